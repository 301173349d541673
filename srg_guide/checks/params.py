"""Thresholds and code lists the rules read: tables/*.yaml plus type codes from trees/codes.yaml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import data_dir
from srg_guide.yamlio import YamlMap, load_yaml


@dataclass(frozen=True)
class AowAge:
    """AOW age for people born from ``born_from`` up to and including ``born_until``."""

    born_from: dt.date
    born_until: dt.date
    years: int
    months: int


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

    @property
    def ruleset_version(self) -> str:
        """One string naming the versions of every table used."""
        return " ".join(f"{name}={version}" for name, version in sorted(self.versions.items()))


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


def _in_force(tables_dir: Path, name: str, day: dt.date) -> tuple[Any, str]:
    """The version of table ``name`` in force on ``day``: NAME.yaml or a dated NAME.*.yaml.

    A version with ``valid_from`` counts from that date; one without it always counts.
    The latest ``valid_from`` not after ``day`` wins.
    """
    in_force: list[tuple[dt.date, Any, str]] = []
    for path in [tables_dir / f"{name}.yaml", *sorted(tables_dir.glob(f"{name}.*.yaml"))]:
        data, source = _load(path)
        start = data.get("valid_from", dt.date.min) if isinstance(data, dict) else dt.date.min
        if not isinstance(start, dt.date):
            line = data.line_of("valid_from") if isinstance(data, YamlMap) else None
            raise InputFileError(
                "valid_from moet een datum zijn (JJJJ-MM-DD)", Location(source, line, "valid_from")
            )
        if isinstance(start, dt.datetime):
            start = start.date()
        if start <= day:
            in_force.append((start, data, source))
    if not in_force:
        raise InputFileError(
            f"geen versie van deze tabel geldt op {day.isoformat()}",
            Location(display_path(tables_dir / f"{name}.yaml"), None, "valid_from"),
        )
    _, data, source = max(in_force, key=lambda version: version[0])
    return data, source


def load_params(
    tables: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> Params:
    """Read codes and the durations, AOW and signal tables in force on ``as_of`` (default today).

    Bad data raises InputFileError.
    """
    tables_dir = data_dir("tables", tables)
    day = as_of or dt.date.today()
    codes, codes_src = _load(data_dir("trees", trees) / "codes.yaml")
    type_codes: dict[str, str] = {}
    lks: set[str] = set()
    for entry in _need(codes, "codes", list, codes_src):
        if entry.get("code") is None:  # no confirmed code (trees/codes.yaml)
            continue
        code = str(_need(entry, "code", str, codes_src))
        type_codes[code] = str(entry.get("name", code))
        if entry.get("lks_pw") is True:
            lks.add(code)
    doelen = {
        str(_need(d, "code", str, codes_src)): str(d.get("name", ""))
        for d in _need(codes, "doelen", list, codes_src)
    }
    durations, dur_src = _in_force(tables_dir, "durations", day)
    max_months = {
        str(code): value
        for code, value in _need(durations, "max_months", dict, dur_src).items()
        if isinstance(value, int) or _bad(durations["max_months"], code, dur_src)
    }
    aow, aow_src = _in_force(tables_dir, "aow", day)
    ages = tuple(
        AowAge(
            _need(row, "born_from", dt.date, aow_src),
            _need(row, "born_until", dt.date, aow_src),
            _need(row, "years", int, aow_src),
            _need(row, "months", int, aow_src),
        )
        for row in _need(aow, "ages", list, aow_src)
    )
    signals, sig_src = _in_force(tables_dir, "signals", day)
    lks_settings = _need(signals, "lks", dict, sig_src)
    mom = _need(signals, "month_over_month", dict, sig_src)
    return Params(
        type_codes=type_codes,
        doel_codes=doelen,
        lks_pw_codes=frozenset(lks),
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
    )


def _bad(mapping: YamlMap, key: str, source: str) -> bool:
    raise InputFileError(
        "maximum moet een heel getal zijn", Location(source, mapping.line_of(key), key)
    )
