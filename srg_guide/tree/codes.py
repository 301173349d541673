"""Types voorziening and doel inzet values from trees/codes.yaml (data, not code).

Every type has a stable slug ``id``; only a type whose code a source confirms has a
``code``. An organisation sets missing codes in ``type-codes.yaml`` in its own tables
folder; those are shown as "ingesteld door uw organisatie". ``load_codes(path)``
returns a CodeTable or raises ProblemsError listing every problem; ``codes_for``
finds the codes.yaml beside a tree (else the bundled one) and merges the
organisation's codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from srg_guide.errors import InputFileError, Location, Problem, ProblemsError, display_path
from srg_guide.locations import data_dir
from srg_guide.yamlio import YamlList, YamlMap, load_yaml

CODES_FILE_NAME = "codes.yaml"
ORGANISATION_CODES_FILE = "type-codes.yaml"
SOURCE_CBS = "cbs"
SOURCE_ORGANISATION = "organisatie"
MISSING_CODE_TEXT = "niet ingesteld: haal de code uit de geldende Richtlijnen SRG"


@dataclass(frozen=True)
class TypeCode:
    """One type voorziening: slug id, name, and a code if a source or the organisation sets one."""

    id: str
    name: str
    code: str | None = None
    description: str = ""
    examples: tuple[str, ...] = ()
    by_tree: bool = True
    lks_pw: bool = False
    source: str = ""
    line: int = 0
    code_source: str | None = None

    @property
    def confirmed(self) -> bool:
        """True when a CBS source confirms the code."""
        return self.code_source == SOURCE_CBS

    @property
    def key(self) -> str:
        """The code when there is one, else the id (for links and search)."""
        return self.code or self.id

    @property
    def code_text(self) -> str:
        """The code as shown to a user, saying where it comes from or that it is missing."""
        if self.code is None:
            return MISSING_CODE_TEXT
        if self.code_source == SOURCE_ORGANISATION:
            return f"{self.code} (ingesteld door uw organisatie)"
        return self.code

    @property
    def label(self) -> str:
        """Name with code: "Training (code 42)" or "Beschut werk (code niet ingesteld)"."""
        if self.code is None:
            return f"{self.name} (code niet ingesteld)"
        return f"{self.name} (code {self.code_text})"


@dataclass(frozen=True)
class Doel:
    """One doel inzet value (1 re-integratie, 2 participatie)."""

    code: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class CodeTable:
    """All types by id and the doel values by code."""

    codes: dict[str, TypeCode]
    doelen: dict[str, Doel]
    source: str = ""
    version: str = ""
    organisation_source: str = ""
    lines: dict[str, int] = field(default_factory=dict)

    def get(self, key: str | None) -> TypeCode | None:
        """The type with this id, or else with this code."""
        if not key:
            return None
        return self.codes.get(key) or self.by_code(key)

    def by_code(self, code: str) -> TypeCode | None:
        """The type that carries this code (CBS or organisation), if any."""
        return next((t for t in self.codes.values() if t.code == code), None)

    def name_of(self, key: str | None) -> str:
        """Name of a type (by id or code), or "" when unknown."""
        entry = self.get(key)
        return entry.name if entry else ""

    def doel_name(self, doel: str | None) -> str:
        """Name of a doel value, or "" when unknown."""
        entry = self.doelen.get(doel or "")
        return entry.name if entry else ""


def load_codes(path: Path) -> CodeTable:
    """Read codes.yaml; raises ProblemsError naming file, line and field."""
    source = display_path(path)
    data = _load(path, "Codelijst onleesbaar")
    problems: list[Problem] = []
    if not isinstance(data, YamlMap):
        problems.append(Problem(Location(source, 1), "moet een mapping zijn met codes en doelen"))
        raise ProblemsError("Codelijst onbruikbaar", problems)
    codes: dict[str, TypeCode] = {}
    seen_codes: dict[str, str] = {}
    for index, item in _items(data, "codes", source, problems):
        where = f"codes[{index}]"
        type_id = str(item.get("id", "") or "").strip()
        name = str(item.get("name", "") or "").strip()
        if not type_id or not name:
            problems.append(
                Problem(Location(source, item.line, where), "id en name zijn verplicht")
            )
            continue
        if type_id in codes:
            problems.append(
                Problem(Location(source, item.line, f"{where}.id"), f'id "{type_id}" dubbel')
            )
        code = _code_value(item, source, where, problems)
        if code is not None:
            if code in seen_codes:
                message = f'code "{code}" staat ook bij "{seen_codes[code]}"'
                problems.append(Problem(Location(source, item.line_of("code"), where), message))
            seen_codes[code] = type_id
        examples = item.get("examples") or []
        codes[type_id] = TypeCode(
            id=type_id,
            name=name,
            code=code,
            description=str(item.get("description") or ""),
            examples=tuple(str(e) for e in examples) if isinstance(examples, list) else (),
            by_tree=item.get("by_tree") is not False,
            lks_pw=item.get("lks_pw") is True,
            source=str(item.get("source") or ""),
            line=item.line,
            code_source=SOURCE_CBS if code is not None else None,
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


def with_organisation_codes(table: CodeTable, path: Path) -> CodeTable:
    """The table with the codes an organisation set in ``type-codes.yaml``.

    Unknown type ids, a code for a type that already has one, and a code that clashes
    with another type are errors naming file and line.
    """
    source = display_path(path)
    data = _load(path, "Codes van uw organisatie onleesbaar")
    problems: list[Problem] = []
    raw = data.get("codes") if isinstance(data, YamlMap) else None
    if not isinstance(raw, YamlMap):
        line = data.line_of("codes") if isinstance(data, YamlMap) else 1
        problems.append(
            Problem(
                Location(source, line, "codes"),
                'moet een mapping zijn: codes: {lks-pw: "<code uit de Richtlijnen SRG>"}',
            )
        )
        raise ProblemsError("Codes van uw organisatie onbruikbaar", problems)
    codes = dict(table.codes)
    taken = {t.code: t.id for t in codes.values() if t.code is not None}
    for type_id, value in raw.items():
        where = Location(source, raw.line_of(type_id), f"codes.{type_id}")
        entry = codes.get(type_id)
        if entry is None:
            known = ", ".join(t.id for t in codes.values() if t.code is None)
            problems.append(Problem(where, f'onbekend type "{type_id}"; kies uit {known}'))
            continue
        if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
            problems.append(
                Problem(
                    where,
                    "moet een code zijn (de code uit de geldende Richtlijnen SRG)",
                )
            )
            continue
        code = str(value).strip()
        if entry.code is not None and entry.code_source == SOURCE_CBS:
            if entry.code != code:
                message = f'"{entry.name}" heeft al code {entry.code} (bevestigd door het CBS)'
                problems.append(Problem(where, message))
            continue
        if code in taken and taken[code] != type_id:
            problems.append(Problem(where, f'code "{code}" hoort al bij type "{taken[code]}"'))
            continue
        taken[code] = type_id
        codes[type_id] = replace(entry, code=code, code_source=SOURCE_ORGANISATION)
    if problems:
        raise ProblemsError("Codes van uw organisatie onbruikbaar", problems)
    return replace(table, codes=codes, organisation_source=source)


def _load(path: Path, title: str) -> object:
    try:
        return load_yaml(path)
    except InputFileError as exc:
        problem = Problem(exc.where or Location(display_path(path)), exc.message)
        raise ProblemsError(title, [problem]) from None


def _code_value(item: YamlMap, source: str, where: str, problems: list[Problem]) -> str | None:
    value = item.get("code")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        problems.append(
            Problem(
                Location(source, item.line_of("code"), f"{where}.code"),
                'moet een code zijn, zoals "22"; laat het veld weg als geen bron de code noemt',
            )
        )
        return None
    return str(value).strip()


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


def codes_for(
    tree_path: Path | None = None,
    trees_dir: Path | str | None = None,
    tables: Path | str | None = None,
) -> CodeTable:
    """The codes.yaml beside ``tree_path`` (or in ``trees_dir``, else bundled), plus the
    organisation's ``type-codes.yaml`` from the tables folder (``tables`` or SRG_GUIDE_TABLES)."""
    candidates = []
    if tree_path is not None:
        candidates.append(tree_path.parent / CODES_FILE_NAME)
    if trees_dir is not None:
        candidates.append(Path(trees_dir) / CODES_FILE_NAME)
    candidates.append(data_dir("trees") / CODES_FILE_NAME)
    path = next((c for c in candidates if c.is_file()), candidates[-1])
    table = load_codes(path)
    organisation = data_dir("tables", tables) / ORGANISATION_CODES_FILE
    if organisation.is_file():
        table = with_organisation_codes(table, organisation)
    return table
