"""Paragraph-level differences between two versions of guideline modules.

A paragraph is a heading with the text under it (as in ``module#anchor`` references); the
text under the title is the opening paragraph. Paragraphs are matched by their anchor.
"""

from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from srg_guide.errors import InputFileError, Location, Problem, ProblemsError, display_path
from srg_guide.guidelines.loader import load_module
from srg_guide.guidelines.model import Module
from srg_guide.guidelines.sections import Paragraph

ADDED, REMOVED, CHANGED = "toegevoegd", "verwijderd", "gewijzigd"


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph added, removed or changed, with its text before and after."""

    kind: str
    title: str
    old_text: str = ""
    new_text: str = ""


@dataclass(frozen=True)
class ModuleChange:
    """The changes in one module between two versions."""

    module_id: str
    title: str
    kind: str
    old_label: str = ""
    new_label: str = ""
    paragraphs: list[ParagraphChange] = field(default_factory=list)


def paragraphs(module: Module) -> dict[str, tuple[str, str]]:
    """Anchor -> (heading, plain text) for every heading of the module."""
    result = {}
    for section in module.sections:
        paragraph = Paragraph(f"{module.id}#{section.anchor}", module, section)
        result[section.anchor] = (section.title, paragraph.text)
    return result


def version_label(module: Module) -> str:
    """ "geldig vanaf 2019-01-01 tot en met 2024-02-29" or the file name."""
    if module.valid_from is None:
        return module.source
    label = f"geldig vanaf {module.valid_from.isoformat()}"
    if module.valid_until is not None:
        label += f" tot en met {module.valid_until.isoformat()}"
    return label


def compare_modules(old: Module | None, new: Module | None) -> ModuleChange | None:
    """What changed from ``old`` to ``new`` (either may be absent); None when nothing did."""
    if old is None and new is None:
        return None
    if old is None or new is None:
        module = new or old
        assert module is not None
        kind = ADDED if old is None else REMOVED
        texts = paragraphs(module)
        changes = [
            ParagraphChange(kind, title, "" if old is None else text, text if old is None else "")
            for title, text in texts.values()
        ]
        label = version_label(module)
        return ModuleChange(
            module.id,
            module.title,
            kind,
            "" if old is None else label,
            label if old is None else "",
            changes,
        )
    before, after = paragraphs(old), paragraphs(new)
    changes = []
    for anchor, (title, text) in after.items():
        if anchor not in before:
            changes.append(ParagraphChange(ADDED, title, "", text))
        elif before[anchor][1] != text:
            changes.append(ParagraphChange(CHANGED, title, before[anchor][1], text))
    changes += [
        ParagraphChange(REMOVED, title, text, "")
        for anchor, (title, text) in before.items()
        if anchor not in after
    ]
    if not changes and old.title == new.title:
        return None
    return ModuleChange(new.id, new.title, CHANGED, version_label(old), version_label(new), changes)


def _read(path: Path) -> Module:
    module, problems = load_module(path)
    if module is None:
        raise ProblemsError("Richtlijnmodule onleesbaar", problems)
    return module


def _latest_by_id(folder: Path) -> dict[str, Module]:
    """Each module id's newest version in a folder (a folder may hold dated versions)."""
    found: dict[str, Module] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        module, found_problems = load_module(path)
        problems += found_problems
        if module is None:
            continue
        other = found.get(module.id)
        if other is None or _start(module) > _start(other):
            found[module.id] = module
    if problems:
        raise ProblemsError("Richtlijnen onleesbaar", problems)
    return found


def _start(module: Module) -> str:
    return module.valid_from.isoformat() if module.valid_from else ""


def compare_paths(old: Path, new: Path) -> list[ModuleChange]:
    """Compare two module files, or two folders of modules (matched by id)."""
    for path in (old, new):
        if not path.exists():
            raise InputFileError("bestand of map niet gevonden", Location(display_path(path)))
    if old.is_file() != new.is_file():
        raise InputFileError(
            "vergelijk twee bestanden of twee mappen, niet een bestand met een map",
            Location(display_path(new)),
        )
    if old.is_file():
        change = compare_modules(_read(old), _read(new))
        return [change] if change else []
    before, after = _latest_by_id(old), _latest_by_id(new)
    changes = [compare_modules(before.get(i), after.get(i)) for i in sorted({*before, *after})]
    return [c for c in changes if c is not None]


def dated_changes(versions: list[Module]) -> list[ModuleChange]:
    """Changes between consecutive dated versions of each module id, newest first."""
    by_id: dict[str, list[Module]] = {}
    for module in versions:
        by_id.setdefault(module.id, []).append(module)
    changes = []
    for modules in by_id.values():
        ordered = sorted(modules, key=_start)
        for old, new in itertools.pairwise(ordered):
            change = compare_modules(old, new)
            if change is not None:
                changes.append(change)
    return sorted(changes, key=lambda c: c.new_label, reverse=True)


def changed_lines(paragraph: ParagraphChange) -> list[tuple[str, str]]:
    """The lines that differ, as ("-", old line) and ("+", new line); equal lines left out."""
    old = [line for line in paragraph.old_text.splitlines() if line]
    new = [line for line in paragraph.new_text.splitlines() if line]
    result: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if tag != "equal":
            result += [("-", line) for line in old[i1:i2]]
            result += [("+", line) for line in new[j1:j2]]
    return result


def as_text(changes: list[ModuleChange]) -> str:
    """A readable list per module: each paragraph added, removed or changed, with its text."""
    if not changes:
        return "Geen verschillen in de richtlijnen.\n"
    lines = []
    for change in changes:
        versions = " → ".join(label for label in (change.old_label, change.new_label) if label)
        lines.append(f"Module {change.module_id}: {change.title} ({change.kind}; {versions})")
        for paragraph in change.paragraphs:
            lines.append(f"  {paragraph.kind}: {paragraph.title}")
            lines += [f"    {mark} {line}" for mark, line in changed_lines(paragraph)]
        lines.append("")
    count = sum(len(c.paragraphs) for c in changes)
    modules = "1 module" if len(changes) == 1 else f"{len(changes)} modules"
    paragraphs_count = "1 paragraaf" if count == 1 else f"{count} paragrafen"
    lines.append(f"{modules} veranderd, {paragraphs_count}.")
    return "\n".join(lines) + "\n"
