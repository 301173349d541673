"""The infographic data: levels (traject, voorziening, activiteit), an example, what goes to CBS.

Read from ``guidelines/infographics/<id>.yaml``; a missing or wrong field is reported with
file, line and field. A level marked ``aanname: true`` is shown as an assumption.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import data_dir
from srg_guide.yamlio import YamlList, YamlMap, load_yaml

LEVEL_IDS = ("traject", "voorziening", "activiteit")
FOLDER = "infographics"


@dataclass(frozen=True)
class Level:
    """One of traject, voorziening, activiteit: what it is and whether CBS receives it."""

    id: str
    name: str
    meaning: str
    delivered: bool
    tag: str
    assumption: bool = False


@dataclass(frozen=True)
class ExampleProvision:
    """A voorziening in the example traject, with its activities."""

    name: str
    activities: tuple[str, ...]


@dataclass(frozen=True)
class Infographic:
    """Everything the drawing, the text version and the app screen show."""

    id: str
    title: str
    summary: str
    levels: dict[str, Level]
    example_traject: str
    example: tuple[ExampleProvision, ...]
    cbs_name: str
    cbs_record: str
    cbs_fields: tuple[str, ...]
    sources: tuple[str, ...]
    source: str = ""

    def as_text(self) -> str:
        """The text alternative: the same facts as the drawing, for screen readers."""
        lines = [self.title, "", self.summary, ""]
        for level in self.levels.values():
            sent = "gaat naar het CBS" if level.delivered else "gaat niet naar het CBS"
            guess = " (aanname van srg-guide)" if level.assumption else ""
            lines.append(f"- {level.name}: {level.meaning} Dit {sent}{guess}.")
        lines += ["", f"Voorbeeld: {self.example_traject}."]
        for provision in self.example:
            parts = f" met {len(provision.activities)} activiteiten" if provision.activities else ""
            lines.append(f"- Voorziening {provision.name}{parts}.")
        lines += [
            "",
            f"{self.cbs_name}: {self.cbs_record}, met {', '.join(self.cbs_fields)}. "
            f"In het voorbeeld zijn dat {len(self.example)} records.",
        ]
        return "\n".join(lines)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, data: YamlMap, key: str, where: str, message: str) -> InputFileError:
        line = data.line_of(key) if key in data else getattr(data, "line", None)
        return InputFileError(message, Location(self.source, line, where))

    def text(self, data: Any, key: str, where: str) -> str:
        value = data.get(key) if isinstance(data, YamlMap) else None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(data, key, f"{where}{key}", "vul een tekst in")
        return " ".join(value.split())

    def mapping(self, data: Any, key: str, where: str) -> YamlMap:
        value = data.get(key) if isinstance(data, YamlMap) else None
        if not isinstance(value, YamlMap):
            raise self.fail(data, key, f"{where}{key}", "moet een mapping zijn")
        return value

    def texts(self, data: YamlMap, key: str, where: str) -> tuple[str, ...]:
        value = data.get(key)
        if not isinstance(value, YamlList) or not all(isinstance(v, str) for v in value):
            raise self.fail(data, key, f"{where}{key}", "schrijf een lijst met teksten")
        return tuple(value)


def load_infographic(path: Path) -> Infographic:
    """Read one infographic file; InputFileError names file, line and field."""
    source = display_path(path)
    data = load_yaml(path)
    read = _Reader(source)
    if not isinstance(data, YamlMap):
        raise InputFileError("een infographic moet een mapping zijn", Location(source, 1))
    levels_data = read.mapping(data, "levels", "")
    levels = {}
    for level_id in LEVEL_IDS:
        raw = read.mapping(levels_data, level_id, "levels.")
        where = f"levels.{level_id}."
        delivered = raw.get("delivered")
        if not isinstance(delivered, bool):
            raise read.fail(raw, "delivered", f"{where}delivered", "schrijf true of false")
        levels[level_id] = Level(
            level_id,
            read.text(raw, "name", where),
            read.text(raw, "meaning", where),
            delivered,
            str(raw.get("tag") or ""),
            raw.get("aanname") is True,
        )
    example = read.mapping(data, "example", "")
    provisions = example.get("voorzieningen")
    if not isinstance(provisions, YamlList) or not provisions:
        raise read.fail(example, "voorzieningen", "example.voorzieningen", "geef ten minste één")
    cbs = read.mapping(data, "cbs", "")
    return Infographic(
        id=read.text(data, "id", ""),
        title=read.text(data, "title", ""),
        summary=read.text(data, "summary", ""),
        levels=levels,
        example_traject=read.text(example, "traject", "example."),
        example=tuple(
            ExampleProvision(
                read.text(item, "name", f"example.voorzieningen[{i}]."),
                read.texts(item, "activiteiten", f"example.voorzieningen[{i}].")
                if isinstance(item, YamlMap)
                else (),
            )
            for i, item in enumerate(provisions)
        ),
        cbs_name=read.text(cbs, "name", "cbs."),
        cbs_record=read.text(cbs, "record", "cbs."),
        cbs_fields=read.texts(cbs, "fields", "cbs."),
        sources=read.texts(data, "sources", ""),
        source=source,
    )


def load_infographics(guidelines: Path | str | None = None) -> dict[str, Infographic]:
    """Every infographic beside the guideline modules, by id (none when the folder is absent)."""
    folder = data_dir("guidelines", guidelines) / FOLDER
    if not folder.is_dir():
        return {}
    found = [load_infographic(path) for path in sorted(folder.glob("*.yaml"))]
    return {infographic.id: infographic for infographic in found}
