"""Type codes and doel inzet values from trees/codes.yaml (data, not code).

``load_codes(path)`` returns a CodeTable or raises ProblemsError listing every
problem; ``codes_for(tree_path)`` finds the codes.yaml next to a tree file and
falls back to the bundled one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from srg_guide.errors import InputFileError, Location, Problem, ProblemsError, display_path
from srg_guide.locations import data_dir
from srg_guide.yamlio import YamlList, YamlMap, load_yaml

CODES_FILE_NAME = "codes.yaml"


@dataclass(frozen=True)
class TypeCode:
    """One type voorziening: code, name and whether the code is confirmed by CBS."""

    code: str
    name: str
    description: str = ""
    examples: tuple[str, ...] = ()
    confirmed: bool = False
    by_tree: bool = True
    lks_pw: bool = False
    source: str = ""
    line: int = 0


@dataclass(frozen=True)
class Doel:
    """One doel inzet value (1 re-integratie, 2 participatie)."""

    code: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class CodeTable:
    """All type codes and doel values, by code."""

    codes: dict[str, TypeCode]
    doelen: dict[str, Doel]
    source: str = ""
    version: str = ""
    lines: dict[str, int] = field(default_factory=dict)

    def name_of(self, code: str | None) -> str:
        """Name of a type code, or "" when unknown."""
        entry = self.codes.get(code or "")
        return entry.name if entry else ""

    def doel_name(self, doel: str | None) -> str:
        """Name of a doel value, or "" when unknown."""
        entry = self.doelen.get(doel or "")
        return entry.name if entry else ""


def load_codes(path: Path) -> CodeTable:
    """Read codes.yaml; raises ProblemsError naming file, line and field."""
    source = display_path(path)
    try:
        data = load_yaml(path)
    except InputFileError as exc:
        raise ProblemsError(
            "Codelijst onleesbaar", [Problem(exc.where or Location(source), exc.message)]
        ) from None
    problems: list[Problem] = []
    if not isinstance(data, YamlMap):
        problems.append(Problem(Location(source, 1), "moet een mapping zijn met codes en doelen"))
        raise ProblemsError("Codelijst onbruikbaar", problems)
    codes: dict[str, TypeCode] = {}
    for index, item in _items(data, "codes", source, problems):
        code = str(item.get("code", "")).strip()
        name = str(item.get("name", "")).strip()
        if not code or not name:
            problems.append(
                Problem(
                    Location(source, item.line, f"codes[{index}]"), "code en name zijn verplicht"
                )
            )
            continue
        if code in codes:
            problems.append(
                Problem(
                    Location(source, item.line, f"codes[{index}].code"), f'code "{code}" dubbel'
                )
            )
        examples = item.get("examples") or []
        codes[code] = TypeCode(
            code=code,
            name=name,
            description=str(item.get("description") or ""),
            examples=tuple(str(e) for e in examples) if isinstance(examples, list) else (),
            confirmed=item.get("confirmed") is True,
            by_tree=item.get("by_tree") is not False,
            lks_pw=item.get("lks_pw") is True,
            source=str(item.get("source") or ""),
            line=item.line,
        )
    doelen: dict[str, Doel] = {}
    for index, item in _items(data, "doelen", source, problems):
        code = str(item.get("code", "")).strip()
        if not code:
            problems.append(
                Problem(Location(source, item.line, f"doelen[{index}].code"), "ontbreekt")
            )
            continue
        doelen[code] = Doel(code, str(item.get("name") or ""), str(item.get("description") or ""))
    if problems:
        raise ProblemsError("Codelijst onbruikbaar", problems)
    return CodeTable(codes, doelen, source, str(data.get("version") or ""))


def _items(
    data: YamlMap, key: str, source: str, problems: list[Problem]
) -> list[tuple[int, YamlMap]]:
    value = data.get(key)
    if not isinstance(value, YamlList):
        problems.append(Problem(Location(source, data.line_of(key), key), "moet een lijst zijn"))
        return []
    result = []
    for index, item in enumerate(value):
        if isinstance(item, YamlMap):
            result.append((index, item))
        else:
            problems.append(
                Problem(
                    Location(source, value.line_of(index), f"{key}[{index}]"),
                    "moet een mapping zijn",
                )
            )
    return result


def codes_for(tree_path: Path | None = None, trees_dir: Path | str | None = None) -> CodeTable:
    """The codes.yaml beside ``tree_path`` (or in ``trees_dir``), else the bundled one."""
    candidates = []
    if tree_path is not None:
        candidates.append(tree_path.parent / CODES_FILE_NAME)
    if trees_dir is not None:
        candidates.append(Path(trees_dir) / CODES_FILE_NAME)
    candidates.append(data_dir("trees") / CODES_FILE_NAME)
    for candidate in candidates:
        if candidate.is_file():
            return load_codes(candidate)
    return load_codes(candidates[-1])
