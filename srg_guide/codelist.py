"""Types voorziening and doel inzet values from trees/codes.yaml (data, not code).

Shared by the tree, the checks, search and the site, so it sits above all of them.

Every type has a stable slug ``id``; only a type whose code a source confirms has a
``code``. An organisation sets missing codes in ``type-codes.yaml`` in its own tables
folder; those are shown as "ingesteld door uw organisatie". ``load_codes(path)``
returns a CodeTable or raises one FieldProblemsError listing every problem; ``codes_for``
finds the codes.yaml beside a tree (else the bundled one) and merges the
organisation's codes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from srg_guide.errors import InputFileError, Location, Problem, display_path
from srg_guide.locations import data_dir, table_file
from srg_guide.yamlfields import FieldProblemsError, FieldReader
from srg_guide.yamlio import YamlMap, load_yaml

CODES_FILE_NAME = "codes.yaml"
ORGANISATION_CODES_FILE = "type-codes.yaml"
SOURCE_CBS = "cbs"
SOURCE_ORGANISATION = "organisatie"
MISSING_CODE_TEXT = "niet ingesteld: haal de code uit de geldende Richtlijnen SRG"
_TYPE_FIELDS = ("id", "code", "name", "description", "examples", "by_tree", "lks_pw", "source")
_DOEL_FIELDS = ("id", "code", "name", "description")


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
    """One doel inzet value (1 re-integratie, 2 participatie), with a stable slug ``id``."""

    code: str
    name: str
    description: str = ""
    id: str = ""


@dataclass(frozen=True)
class CodeTable:
    """All types by id and the doel values by code."""

    codes: dict[str, TypeCode]
    doelen: dict[str, Doel]
    source: str = ""
    version: str = ""
    organisation_source: str = ""
    lines: dict[str, int] = field(default_factory=dict)
    valid_from: dt.date | None = None

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

    def doel_code(self, doel_id: str) -> str | None:
        """The code of the doel with this id (such as "participatie"), if the list has it."""
        return next((d.code for d in self.doelen.values() if d.id == doel_id), None)

    def doel_name(self, doel: str | None) -> str:
        """Name of a doel value, or "" when unknown."""
        entry = self.doelen.get(doel or "")
        return entry.name if entry else ""


def load_codes(path: Path) -> CodeTable:
    """Read codes.yaml; one FieldProblemsError names file, line and field of every problem."""
    read = FieldReader(display_path(path))
    data = read.document(_load(path, "Codelijst onleesbaar"), "een codelijst")
    codes: dict[str, TypeCode] = {}
    for index, item in read.items(data, "codes"):
        entry = _type_code(read, item, f"codes[{index}]")
        if entry is None:
            continue
        if entry.id in codes:
            read.problem_at(item, "id", f"codes[{index}]", f'id "{entry.id}" staat er twee keer')
        other = next((t for t in codes.values() if entry.code and t.code == entry.code), None)
        if other is not None:
            message = f'code "{entry.code}" staat ook bij "{other.id}"'
            read.problem_at(item, "code", f"codes[{index}]", message)
        codes[entry.id] = entry
    doelen: dict[str, Doel] = {}
    for index, item in read.items(data, "doelen"):
        at = f"doelen[{index}]"
        read.unknown_fields(item, _DOEL_FIELDS, at)
        code = read.text(item, "code", at)
        if code:
            doelen[code] = Doel(
                code,
                read.text(item, "name", at, required=False),
                read.text(item, "description", at, required=False),
                read.slug(item, "id", at, required=False),
            )
    version = read.text(data, "version", required=False)
    valid_from = read.date(data, "valid_from", required=False)
    read.raise_problems("Codelijst onbruikbaar")
    return CodeTable(codes, doelen, read.source, version, valid_from=valid_from)


def _type_code(read: FieldReader, item: YamlMap, at: str) -> TypeCode | None:
    """One type of the code list; None when its id or name is missing."""
    read.unknown_fields(item, _TYPE_FIELDS, at)
    type_id = read.slug(item, "id", at)
    name = read.text(item, "name", at)
    code = read.code(item, "code", at, hint="; laat het veld weg als geen bron de code noemt")
    entry = TypeCode(
        id=type_id,
        name=name,
        code=code,
        description=read.text(item, "description", at, required=False),
        examples=read.texts(item, "examples", at),
        by_tree=read.boolean(item, "by_tree", at, default=True),
        lks_pw=read.boolean(item, "lks_pw", at, default=False),
        source=read.text(item, "source", at, required=False),
        line=item.line,
        code_source=SOURCE_CBS if code is not None else None,
    )
    return entry if type_id and name else None


def with_organisation_codes(table: CodeTable, path: Path) -> CodeTable:
    """The table with the codes an organisation set in ``type-codes.yaml``.

    Unknown type ids, a code for a type that already has one, and a code that clashes
    with another type are errors naming file and line, all in one FieldProblemsError.
    """
    title = "Codes van uw organisatie onbruikbaar"
    read = FieldReader(display_path(path))
    data = read.document(_load(path, "Codes van uw organisatie onleesbaar"), "type-codes.yaml")
    raw = data.get("codes")
    if not isinstance(raw, YamlMap):
        example = '{lks-pw: "<code uit de geldende Richtlijnen SRG>"}'
        read.problem_at(data, "codes", "", f"moet een mapping zijn: codes: {example}")
        raw = YamlMap()
    codes = dict(table.codes)
    taken = {t.code: t.id for t in codes.values() if t.code is not None}
    for type_id in raw:
        entry = codes.get(type_id)
        if entry is None:
            known = ", ".join(t.id for t in codes.values() if t.code is None)
            read.problem_at(raw, type_id, "codes", f'onbekend type "{type_id}"; kies uit {known}')
            continue
        code = read.code(raw, type_id, "codes", hint=" (de code uit de geldende Richtlijnen SRG)")
        if code is None:
            if raw[type_id] is None:
                read.problem_at(raw, type_id, "codes", "ontbreekt: vul de code in")
            continue
        if entry.code_source == SOURCE_CBS:
            if entry.code != code:
                message = f'"{entry.name}" heeft al code {entry.code} (bevestigd door het CBS)'
                read.problem_at(raw, type_id, "codes", message)
            continue
        if taken.get(code, type_id) != type_id:
            message = f'code "{code}" hoort al bij type "{taken[code]}"'
            read.problem_at(raw, type_id, "codes", message)
            continue
        taken[code] = type_id
        codes[type_id] = replace(entry, code=code, code_source=SOURCE_ORGANISATION)
    read.raise_problems(title)
    return replace(table, codes=codes, organisation_source=read.source)


def _load(path: Path, title: str) -> object:
    try:
        return load_yaml(path)
    except InputFileError as exc:
        problem = Problem(exc.where or Location(display_path(path)), exc.message)
        raise FieldProblemsError([problem], title) from None


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
    organisation = table_file(ORGANISATION_CODES_FILE, tables)
    if organisation is not None:
        table = with_organisation_codes(table, organisation)
    return table
