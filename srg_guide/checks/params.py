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

from srg_guide.codelist import (
    SOURCE_CBS,
    SOURCE_ORGANISATION,
    CodeTable,
    codes_for,
)
from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import (
    data_dir,
    is_bundled_sample,
    sample_tables,
    table_files,
)
from srg_guide.yamlfields import FieldReader
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

    @property
    def label(self) -> str:
        """The age in words: "67 jaar", "66 jaar en 4 maanden", "67 jaar en 1 maand"."""
        if not self.months:
            return f"{self.years} jaar"
        return f"{self.years} jaar en {self.months} {'maand' if self.months == 1 else 'maanden'}"


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
    doel_ids: dict[str, str]
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

    def doel_code(self, doel_id: str) -> str:
        """The doel inzet code with this id in trees/codes.yaml, such as "participatie".

        ``load_params`` refuses a code list without the ids in DOEL_IDS.
        """
        return self.doel_ids[doel_id]

    def without_code(self, flag: str | None = None) -> list[TypeEntry]:
        """Types (with ``flag``, when given) that have no code yet."""
        return [t for t in self.types if t.code is None and (flag is None or flag in t.flags)]


DOEL_IDS = ("participatie",)
"""Doel ids in trees/codes.yaml (``doelen``) that rules look up with ``Params.doel_code``."""


def _table(path: Path, what: str) -> tuple[YamlMap, FieldReader]:
    """A table file as a mapping, with the reader that reports its fields."""
    read = FieldReader(display_path(path))
    return read.document(load_yaml(path), what), read


TABLE_NAMES = {
    "codes": "codelijst",
    "durations": "maximale looptijden",
    "aow": "AOW-leeftijden",
    "signals": "signaalgrenzen",
}
"""How user text names each table (its file is NAME.yaml)."""


def table_label(name: str) -> str:
    """``de tabel maximale looptijden (durations.yaml)``: the Dutch name, then the file."""
    return f"de tabel {TABLE_NAMES.get(name, name)} ({name}.yaml)"


def _valid_from(read: FieldReader, data: YamlMap) -> dt.date | None:
    return read.date(data, "valid_from", required=False)


def _too_early(name: str, version: str, start: dt.date, day: dt.date) -> str:
    return (
        f"Op {day:%d-%m-%Y} gold nog geen versie van {table_label(name)}. Gebruikt is versie "
        f"{version}, geldig vanaf {start:%d-%m-%Y}; een oudere versie is er niet."
    )


def _undated_among_dated(name: str, version: str) -> str:
    return (
        f"Versie {version} van {table_label(name)} heeft geen valid_from; naast versies met een "
        "datum geldt ze als de oudste. Is ze nieuwer, geef haar dan een valid_from."
    )


def _in_force(
    tables: Path | str | None, name: str, day: dt.date, notices: list[str]
) -> tuple[YamlMap, FieldReader]:
    """The version of table ``name`` in force on ``day``: NAME.yaml or a dated NAME.*.yaml.

    The versions come from the first tables folder that has any (layered lookup). A version
    with ``valid_from`` counts from that date; one without it always counts, as the oldest
    (a notice says so when dated versions sit next to it). The latest ``valid_from`` not after
    ``day`` wins. When none counts yet, the oldest is used and a notice says so.
    """
    paths = table_files(f"{name}.yaml", tables) + table_files(f"{name}.*.yaml", tables)
    if not paths:
        raise InputFileError(
            "tabel niet gevonden", Location(display_path(data_dir("tables", tables) / name))
        )
    versions = []
    undated = []
    for path in paths:
        data, read = _table(path, f"tabel {name}")
        valid_from = _valid_from(read, data)
        read.raise_problems()
        if valid_from is None:
            undated.append(str(data.get("version", "?")))
        versions.append((valid_from or dt.date.min, data, read))
    if undated and len(versions) > 1:
        notices.extend(_undated_among_dated(name, version) for version in undated)
    in_force = [v for v in versions if v[0] <= day]
    if in_force:
        _, data, read = max(in_force, key=lambda version: version[0])
        return data, read
    start, data, read = min(versions, key=lambda version: version[0])
    notices.append(_too_early(name, str(data.get("version", "?")), start, day))
    return data, read


def _type_entries(table: CodeTable) -> list[TypeEntry]:
    """The types of the code table; an organisation code is "voorbeeld" in the sample tables."""
    organisation = table.organisation_source
    example = bool(organisation) and Path(organisation).resolve().parent == (
        sample_tables().resolve()
    )
    origins = {
        SOURCE_CBS: "codelijst",
        SOURCE_ORGANISATION: "voorbeeld" if example else "organisatie",
    }
    return [
        TypeEntry(
            t.id,
            t.name,
            t.code,
            frozenset(flag for flag in FLAGS if getattr(t, flag)),
            origins.get(t.code_source or "", "codelijst"),
        )
        for t in table.codes.values()
    ]


def _doel_ids(table: CodeTable) -> dict[str, str]:
    """Code per doel id; every id in DOEL_IDS must be in the code list."""
    missing = [doel_id for doel_id in DOEL_IDS if table.doel_code(doel_id) is None]
    if missing:
        raise InputFileError(
            f'geen doel met id "{missing[0]}"; zet "id: {missing[0]}" bij dat doel inzet '
            "(de regels zoeken het daarop op)",
            Location(table.source, None, "doelen"),
        )
    return {d.id: d.code for d in table.doelen.values() if d.id}


def _max_months(read: FieldReader, data: YamlMap) -> dict[str, int]:
    months = read.mapping(data, "max_months") or YamlMap()
    result = {}
    for code in months:
        value = read.integer(months, code, "max_months", minimum=1)
        if value is not None:
            result[str(code)] = value
    return result


def _aow_ages(read: FieldReader, data: YamlMap) -> tuple[AowAge, ...]:
    ages = []
    for index, row in read.items(data, "ages"):
        at = f"ages[{index}]"
        born_from = read.date(row, "born_from", at)
        born_until = read.date(row, "born_until", at)
        years = read.integer(row, "years", at)
        months = read.integer(row, "months", at)
        if born_from and born_until and years is not None and months is not None:
            confirmed = read.boolean(row, "confirmed", at, default=True)
            ages.append(AowAge(born_from, born_until, years, months, confirmed))
    return tuple(ages)


def _signals(read: FieldReader, data: YamlMap) -> dict[str, Any]:
    """The signal settings as keyword arguments of Params."""
    lks = read.mapping(data, "lks") or YamlMap()
    mom = read.mapping(data, "month_over_month") or YamlMap()
    onder_wml = read.texts(lks, "arbeidsvermogen_onder_wml", "lks", required=True)
    return {
        "arbeidsvermogen_onder_wml": frozenset(onder_wml),
        "drop_percent": read.number(mom, "drop_percent", "month_over_month") or 0.0,
        "drop_min_previous": read.integer(mom, "drop_min_previous", "month_over_month") or 0,
        "renumber_max_gap_days": read.integer(mom, "renumber_max_gap_days", "month_over_month")
        or 0,
    }


def load_params(
    tables: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
    codes: CodeTable | None = None,
) -> Params:
    """Read the durations, AOW and signal tables in force on ``as_of`` (default today).

    ``codes`` is the code table (trees/codes.yaml plus the organisation's type-codes.yaml);
    without it, it is read with ``codes_for``. Tables come from ``tables`` where it has them,
    else from the bundled folder. Bad data raises one InputFileError per file, listing
    every problem in it.
    """
    day = as_of or dt.date.today()
    notices: list[str] = []
    table = codes if codes is not None else codes_for(trees_dir=trees, tables=tables)
    if table.valid_from is not None and table.valid_from > day:
        notices.append(_too_early("codes", table.version or "?", table.valid_from, day))
    types = _type_entries(table)
    durations, dur_read = _in_force(tables, "durations", day, notices)
    max_months = _max_months(dur_read, durations)
    dur_read.raise_problems()
    aow, aow_read = _in_force(tables, "aow", day, notices)
    ages = _aow_ages(aow_read, aow)
    aow_read.raise_problems()
    signals, sig_read = _in_force(tables, "signals", day, notices)
    settings = _signals(sig_read, signals)
    sig_read.raise_problems()
    return Params(
        type_codes={t.code: t.name for t in types if t.code is not None},
        doel_codes={d.code: d.name for d in table.doelen.values()},
        doel_ids=_doel_ids(table),
        lks_pw_codes=frozenset(t.code for t in types if t.code and "lks_pw" in t.flags),
        max_months=max_months,
        aow_ages=ages,
        versions={
            "codes": table.version or "?",
            "durations": str(durations.get("version", "?")),
            "aow": str(aow.get("version", "?")),
            "signals": str(signals.get("version", "?")),
        },
        types=tuple(types),
        notices=tuple(notices),
        **settings,
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
    codes: CodeTable | None = None,
) -> Params:
    """``load_params`` for checking ``delivery``.

    The bundled sample, checked without a tables folder of the user's own, uses the example
    type codes in ``tables/samples/voorbeeld-tabellen`` (with a notice saying so); ``codes``
    (the caller's code table) is used otherwise.
    """
    own = tables is not None or os.environ.get("SRG_GUIDE_TABLES")
    if own or not is_bundled_sample(delivery):
        return load_params(tables, trees, as_of, codes)
    folder = sample_tables()
    params = load_params(folder, trees, as_of)
    notice = SAMPLE_NOTICE.format(folder=display_path(folder))
    return replace(params, notices=(notice, *params.notices))
