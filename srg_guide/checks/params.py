"""Thresholds and code lists the rules read: tables/*.yaml plus type codes from trees/codes.yaml.

Types whose code no source confirms have no code in trees/codes.yaml; an organisation sets
them in ``type-codes.yaml`` in its tables folder. Rules that need such a code do not run
while it is missing (they are listed as not run).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import (
    data_dir,
    is_bundled_sample,
    sample_tables,
    table_file,
    table_files,
)
from srg_guide.yamlio import YamlMap, load_yaml


@dataclass(frozen=True)
class AowAge:
    """AOW age for people born from ``born_from`` up to and including ``born_until``."""

    born_from: dt.date
    born_until: dt.date
    years: int
    months: int
    confirmed: bool = True
    """False: an aanname in tables/aow.yaml (e.g. an AOW age the government has not set yet)."""


@dataclass(frozen=True)
class TypeEntry:
    """One type voorziening: stable ``id``, name, code (None while no source confirms it) and flags.

    ``code_source`` is "codelijst" for a code from trees/codes.yaml, "organisatie" for one
    set in the organisation's type-codes.yaml and "voorbeeld" for the sample's example codes.
    """

    id: str
    name: str
    code: str | None
    flags: frozenset[str] = frozenset()
    code_source: str = "codelijst"


FLAGS = ("lks_pw",)
"""Type flags in trees/codes.yaml that rules look up (``Rule.needs_codes``)."""


@dataclass(frozen=True)
class Params:
    """Everything a rule may look up; no number lives in rule code."""

    type_codes: dict[str, str]
    doel_codes: dict[str, str]
    lks_pw_codes: frozenset[str]
    max_months: dict[str, int]
    aow_ages: tuple[AowAge, ...]
    arbeidsvermogen_onder_wml: frozenset[str]
    drop_percent: float = 30.0
    drop_min_previous: int = 20
    renumber_max_gap_days: int = 1
    versions: dict[str, str] = field(default_factory=dict)
    types: tuple[TypeEntry, ...] = ()
    notices: tuple[str, ...] = ()
    """Plain-Dutch remarks about the tables used (e.g. no version in force on --as-of)."""

    @property
    def ruleset_version(self) -> str:
        """One string naming the versions of every table used."""
        return " ".join(f"{name}={version}" for name, version in sorted(self.versions.items()))

    def without_code(self, flag: str | None = None) -> list[TypeEntry]:
        """Types (with ``flag``, when given) that have no code yet."""
        return [t for t in self.types if t.code is None and (flag is None or flag in t.flags)]


def _need(mapping: Any, key: str, kind: Any, source: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        line = mapping.line if isinstance(mapping, YamlMap) else None
        raise InputFileError(f'"{key}" ontbreekt', Location(source, line, key))
    value = mapping[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        line = mapping.line_of(key) if isinstance(mapping, YamlMap) else None
        raise InputFileError(f'"{key}" heeft een verkeerde vorm', Location(source, line, key))
    return value


def _load(path: Path) -> tuple[Any, str]:
    return load_yaml(path), display_path(path)


def _valid_from(data: Any, source: str) -> dt.date:
    start = data.get("valid_from", dt.date.min) if isinstance(data, dict) else dt.date.min
    if not isinstance(start, dt.date):
        line = data.line_of("valid_from") if isinstance(data, YamlMap) else None
        raise InputFileError(
            "valid_from moet een datum zijn (JJJJ-MM-DD)", Location(source, line, "valid_from")
        )
    return start.date() if isinstance(start, dt.datetime) else start


def _too_early(name: str, data: Any, start: dt.date, day: dt.date) -> str:
    version = data.get("version", "?") if isinstance(data, dict) else "?"
    return (
        f"Tabel {name}: op {day:%d-%m-%Y} gold nog geen versie. Gebruikt is versie {version}, "
        f"geldig vanaf {start:%d-%m-%Y}; een oudere versie is er niet."
    )


def _in_force(
    tables: Path | str | None, name: str, day: dt.date, notices: list[str]
) -> tuple[Any, str]:
    """The version of table ``name`` in force on ``day``: NAME.yaml or a dated NAME.*.yaml.

    The versions come from the first tables folder that has any (layered lookup). A version
    with ``valid_from`` counts from that date; one without it always counts. The latest
    ``valid_from`` not after ``day`` wins. When none counts yet, the oldest is used and a
    notice says so.
    """
    paths = table_files(f"{name}.yaml", tables) + table_files(f"{name}.*.yaml", tables)
    if not paths:
        raise InputFileError(
            "tabel niet gevonden", Location(display_path(data_dir("tables", tables) / name))
        )
    versions = [(_valid_from(data, source), data, source) for data, source in map(_load, paths)]
    in_force = [v for v in versions if v[0] <= day]
    if in_force:
        _, data, source = max(in_force, key=lambda version: version[0])
        return data, source
    start, data, source = min(versions, key=lambda version: version[0])
    notices.append(_too_early(name, data, start, day))
    return data, source


def _types(codes: Any, source: str) -> list[TypeEntry]:
    """Type entries of trees/codes.yaml: ``id`` + optional ``code`` (or, older, ``code`` only)."""
    entries = []
    for entry in _need(codes, "codes", list, source):
        code = entry.get("code") if isinstance(entry, dict) else None
        if code is not None and not isinstance(code, str):
            line = entry.line_of("code") if isinstance(entry, YamlMap) else None
            message = '"code" moet tekst zijn, bijvoorbeeld "22"'
            raise InputFileError(message, Location(source, line, "code"))
        ident = entry.get("id") if isinstance(entry, dict) else None
        ident = str(_need(entry, "id", str, source)) if code is None or ident is not None else code
        flags = frozenset(flag for flag in FLAGS if entry.get(flag) is True)
        entries.append(TypeEntry(ident, str(entry.get("name", ident)), code, flags))
    return entries


TYPE_CODES_FILE = "type-codes.yaml"


def with_organisation_codes(
    types: list[TypeEntry], tables: Path | str | None = None
) -> list[TypeEntry]:
    """``types`` with the codes an organisation set in ``type-codes.yaml`` (layered lookup).

    An unknown id, a code that another type already has, or a second code for a type that
    already has one is an error naming file and line.
    """
    path = table_file(TYPE_CODES_FILE, tables)
    if path is None:
        return types
    data, source = _load(path)
    if data is None:
        return types
    origin = "voorbeeld" if path.parent.resolve() == sample_tables().resolve() else "organisatie"
    mapping = _need(data, "codes", dict, source)
    by_id = {t.id: t for t in types}
    owner = {t.code: t for t in types if t.code is not None}
    result = dict(by_id)
    for ident, value in mapping.items():
        where = Location(source, mapping.line_of(ident), ident)
        code = str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None
        if ident not in by_id:
            known = ", ".join(sorted(t.id for t in types if t.code is None)) or "geen"
            raise InputFileError(f"onbekend type (zonder code zijn: {known})", where)
        if code is None or not code.strip():
            raise InputFileError(
                "de code moet tekst zijn (de code uit de geldende Richtlijnen SRG)",
                where,
            )
        entry = by_id[ident]
        if entry.code is not None and entry.code != code:
            raise InputFileError(f"{entry.name} heeft al code {entry.code} in de codelijst", where)
        other = owner.get(code)
        if other is not None and other.id != ident:
            raise InputFileError(f"code {code} is al van {other.name}", where)
        owner[code] = entry
        if entry.code is None:
            result[ident] = replace(entry, code=code, code_source=origin)
    return [result[t.id] for t in types]


def load_params(
    tables: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> Params:
    """Read codes and the durations, AOW and signal tables in force on ``as_of`` (default today).

    Tables come from ``tables`` where it has them, else from the bundled folder.
    Bad data raises InputFileError.
    """
    day = as_of or dt.date.today()
    notices: list[str] = []
    codes, codes_src = _load(data_dir("trees", trees) / "codes.yaml")
    codes_start = _valid_from(codes, codes_src)
    if codes_start > day:
        notices.append(_too_early("codes", codes, codes_start, day))
    types = _types(codes, codes_src)
    if all(t.id == t.code for t in types):
        # The older code list (no ids) gives every type a code: type-codes.yaml has no use.
        if table_file(TYPE_CODES_FILE, tables) is not None:
            notices.append(
                f"{codes_src} heeft nog geen id's per type; {TYPE_CODES_FILE} is niet gebruikt."
            )
    else:
        types = with_organisation_codes(types, tables)
    doelen = {
        str(_need(d, "code", str, codes_src)): str(d.get("name", ""))
        for d in _need(codes, "doelen", list, codes_src)
    }
    durations, dur_src = _in_force(tables, "durations", day, notices)
    max_months = {
        str(code): value
        for code, value in _need(durations, "max_months", dict, dur_src).items()
        if isinstance(value, int) or _bad(durations["max_months"], code, dur_src)
    }
    aow, aow_src = _in_force(tables, "aow", day, notices)
    ages = tuple(
        AowAge(
            _need(row, "born_from", dt.date, aow_src),
            _need(row, "born_until", dt.date, aow_src),
            _need(row, "years", int, aow_src),
            _need(row, "months", int, aow_src),
            row.get("confirmed", True) is not False,
        )
        for row in _need(aow, "ages", list, aow_src)
    )
    signals, sig_src = _in_force(tables, "signals", day, notices)
    lks_settings = _need(signals, "lks", dict, sig_src)
    mom = _need(signals, "month_over_month", dict, sig_src)
    return Params(
        type_codes={t.code: t.name for t in types if t.code is not None},
        doel_codes=doelen,
        lks_pw_codes=frozenset(t.code for t in types if t.code and "lks_pw" in t.flags),
        max_months=max_months,
        aow_ages=ages,
        arbeidsvermogen_onder_wml=frozenset(
            str(v) for v in _need(lks_settings, "arbeidsvermogen_onder_wml", list, sig_src)
        ),
        drop_percent=float(_need(mom, "drop_percent", int | float, sig_src)),
        drop_min_previous=_need(mom, "drop_min_previous", int, sig_src),
        renumber_max_gap_days=_need(mom, "renumber_max_gap_days", int, sig_src),
        versions={
            "codes": str(codes.get("version", "?")),
            "durations": str(durations.get("version", "?")),
            "aow": str(aow.get("version", "?")),
            "signals": str(signals.get("version", "?")),
        },
        types=tuple(types),
        notices=tuple(notices),
    )


SAMPLE_NOTICE = (
    "Dit is het synthetische voorbeeldbestand. Het is gecontroleerd met de voorbeeldcodes uit "
    "{folder} (VOORBEELDCODES, niet van het CBS)."
)


def params_for(
    delivery: Path,
    tables: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> Params:
    """``load_params`` for checking ``delivery``.

    The bundled sample, checked without a tables folder of the user's own, uses the example
    type codes in ``tables/samples/voorbeeld-tabellen`` (with a notice saying so).
    """
    own = tables is not None or os.environ.get("SRG_GUIDE_TABLES")
    if own or not is_bundled_sample(delivery):
        return load_params(tables, trees, as_of)
    folder = sample_tables()
    params = load_params(folder, trees, as_of)
    notice = SAMPLE_NOTICE.format(folder=display_path(folder))
    return replace(params, notices=(notice, *params.notices))


def _bad(mapping: YamlMap, key: str, source: str) -> bool:
    raise InputFileError(
        "maximum moet een heel getal zijn", Location(source, mapping.line_of(key), key)
    )
