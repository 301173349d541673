"""Type codes from trees/codes.yaml, as the guidelines, search and site need them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import data_dir
from srg_guide.yamlio import YamlList, YamlMap, load_yaml


@dataclass(frozen=True)
class TypeCode:
    """One type voorziening; ``confirmed`` is False when the code is srg-guide's assumption."""

    code: str
    name: str
    description: str
    examples: tuple[str, ...]
    confirmed: bool
    source: str


def load_type_codes(trees: Path | str | None = None) -> list[TypeCode]:
    """Read the ``codes:`` list of codes.yaml in the trees folder."""
    path = data_dir("trees", trees) / "codes.yaml"
    data = load_yaml(path)
    entries = data.get("codes") if isinstance(data, YamlMap) else None
    if not isinstance(entries, YamlList):
        raise InputFileError('lijst "codes" ontbreekt', Location(display_path(path), 1, "codes"))
    codes: list[TypeCode] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, YamlMap) or "code" not in entry:
            where = Location(display_path(path), entries.line_of(index), f"codes[{index}]")
            raise InputFileError("elke code heeft een code en een naam", where)
        codes.append(
            TypeCode(
                code=str(entry["code"]),
                name=str(entry.get("name", "")),
                description=str(entry.get("description", "")),
                examples=tuple(str(e) for e in entry.get("examples") or ()),
                confirmed=bool(entry.get("confirmed", False)),
                source=str(entry.get("source", "")),
            )
        )
    return codes
