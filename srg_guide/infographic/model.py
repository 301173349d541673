"""The infographic data: levels (traject, voorziening, activiteit), an example, what goes to CBS.

Read from ``guidelines/infographics/<id>.yaml``; every missing or wrong field is reported with
file, line and field, all in one error. A level marked ``aanname: true`` is shown as an assumption.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from srg_guide.errors import display_path
from srg_guide.locations import data_dir
from srg_guide.yamlfields import FieldReader
from srg_guide.yamlio import YamlMap, load_yaml

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


def _words(read: FieldReader, data: YamlMap, key: str, at: str = "") -> str:
    """A required text with its white space (line breaks in YAML) made single spaces."""
    return " ".join(read.text(data, key, at).split())


def _level(read: FieldReader, levels: YamlMap, level_id: str) -> Level | None:
    raw = read.mapping(levels, level_id, "levels")
    if raw is None:
        return None
    at = f"levels.{level_id}"
    delivered = raw.get("delivered")
    if not isinstance(delivered, bool):
        read.problem_at(raw, "delivered", at, "schrijf true (ja) of false (nee)")
    return Level(
        level_id,
        _words(read, raw, "name", at),
        _words(read, raw, "meaning", at),
        delivered is True,
        read.text(raw, "tag", at, required=False),
        read.boolean(raw, "aanname", at, default=False),
    )


def _example(read: FieldReader, example: YamlMap) -> tuple[ExampleProvision, ...]:
    items = read.items(example, "voorzieningen", "example")
    if not items and isinstance(example.get("voorzieningen"), list):
        read.problem_at(example, "voorzieningen", "example", "geef ten minste één voorziening")
    return tuple(
        ExampleProvision(
            _words(read, item, "name", f"example.voorzieningen[{index}]"),
            read.texts(item, "activiteiten", f"example.voorzieningen[{index}]"),
        )
        for index, item in items
    )


def load_infographic(path: Path) -> Infographic:
    """Read one infographic file; one InputFileError names file, line and field of each problem."""
    read = FieldReader(display_path(path))
    data = read.document(load_yaml(path), "een infographic")
    levels_data = read.mapping(data, "levels") or YamlMap()
    levels = {}
    for level_id in LEVEL_IDS:
        level = _level(read, levels_data, level_id)
        if level is not None:
            levels[level_id] = level
    example = read.mapping(data, "example") or YamlMap()
    cbs = read.mapping(data, "cbs") or YamlMap()
    infographic = Infographic(
        id=_words(read, data, "id"),
        title=_words(read, data, "title"),
        summary=_words(read, data, "summary"),
        levels=levels,
        example_traject=_words(read, example, "traject", "example"),
        example=_example(read, example),
        cbs_name=_words(read, cbs, "name", "cbs"),
        cbs_record=_words(read, cbs, "record", "cbs"),
        cbs_fields=read.texts(cbs, "fields", "cbs", required=True),
        sources=read.texts(data, "sources", required=True),
        source=read.source,
    )
    read.raise_problems()
    return infographic


def load_infographics(guidelines: Path | str | None = None) -> dict[str, Infographic]:
    """Every infographic beside the guideline modules, by id (none when the folder is absent)."""
    folder = data_dir("guidelines", guidelines) / FOLDER
    if not folder.is_dir():
        return {}
    found = [load_infographic(path) for path in sorted(folder.glob("*.yaml"))]
    return {infographic.id: infographic for infographic in found}
