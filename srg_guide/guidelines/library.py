"""All guideline modules in force on a date, looked up by id and ``id#anchor``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from srg_guide.errors import Location, Problem
from srg_guide.guidelines.links import split_reference
from srg_guide.guidelines.loader import load_module
from srg_guide.guidelines.model import Module, Section
from srg_guide.guidelines.sections import Paragraph
from srg_guide.locations import data_dir

# Table of contents: a module goes under the first group whose tag it carries.
TOC_GROUPS = (
    ("criteria", "De drie criteria"),
    ("niveau", "Traject, voorziening, activiteit"),
    ("doel inzet", "Doel inzet"),
    ("type", "Type voorziening"),
    ("grijs gebied", "Grijze gebieden"),
    ("signaal", "Signaleringen van het CBS"),
    ("registratie", "Registreren en leveren"),
    ("levering", "Registreren en leveren"),
    ("privacy", "Registreren en leveren"),
)
OTHER_GROUP = "Overig"


@dataclass
class Library:
    """The modules in force on ``as_of`` plus every problem met while loading."""

    modules: dict[str, Module]
    problems: list[Problem] = field(default_factory=list)
    as_of: dt.date = field(default_factory=dt.date.today)
    all_versions: list[Module] = field(default_factory=list)

    def get(self, module_id: str) -> Module | None:
        """The module with this id, or None."""
        return self.modules.get(module_id)

    def resolve(self, reference: str) -> tuple[Module, Section | None] | None:
        """``"type-22#voorbeelden"`` -> (module, section); None when either is unknown."""
        module_id, anchor = split_reference(reference)
        module = self.modules.get(module_id)
        if module is None:
            return None
        if anchor is None:
            return module, None
        section = module.section(anchor)
        return (module, section) if section else None

    def paragraph(self, reference: str) -> Paragraph | None:
        """The paragraph ``"type-22#voorbeelden"`` cites (the whole module without anchor)."""
        resolved = self.resolve(reference)
        return Paragraph(reference, *resolved) if resolved else None

    def title_of(self, reference: str) -> str:
        """ "Module – Kop" for a reference; the reference itself when it is unknown."""
        paragraph = self.paragraph(reference)
        return paragraph.title if paragraph else reference

    def for_code(self, code: str) -> list[Module]:
        """Modules naming this type code (or type id) in their front matter, type module first."""
        found = [m for m in self.modules.values() if code in m.codes]
        return sorted(
            found, key=lambda m: (m.id != f"type-{code}", not m.id.startswith("type-"), m.id)
        )

    def table_of_contents(self) -> list[tuple[str, list[Module]]]:
        """Groups in reading order, each with its modules in reading order."""
        groups: dict[str, list[Module]] = {title: [] for _, title in TOC_GROUPS}
        groups[OTHER_GROUP] = []
        for module in sorted(self.modules.values(), key=_reading_order):
            title = next((t for tag, t in TOC_GROUPS if tag in module.tags), OTHER_GROUP)
            groups[title].append(module)
        return [(title, modules) for title, modules in groups.items() if modules]


def _reading_order(module: Module) -> tuple[int, str]:
    """Front-matter ``order`` first, then the title."""
    return (module.order, module.title)


def load_library(folder: Path | str | None = None, as_of: dt.date | None = None) -> Library:
    """Load every ``*.md`` in the guidelines folder and keep the versions in force on ``as_of``."""
    day = as_of or dt.date.today()
    root = data_dir("guidelines", folder)
    problems: list[Problem] = []
    versions: list[Module] = []
    for path in sorted(root.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        module, found = load_module(path)
        problems.extend(found)
        if module is not None:
            versions.append(module)
    modules: dict[str, Module] = {}
    for module in versions:
        if not module.in_force(day):
            continue
        if module.id in modules:
            other = modules[module.id]
            where = Location(module.source, module.line_of("id"), "id")
            problems.append(
                Problem(where, f'id "{module.id}" geldt op {day} ook al in {other.source}')
            )
            continue
        modules[module.id] = module
    return Library(modules, problems, day, versions)
