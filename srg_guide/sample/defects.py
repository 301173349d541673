"""Defect injectors: each makes exactly one rule fire on one record (or one previous-file line).

An injector returns the field the finding will name. Injectors marked ``new`` need a record
that started this month, so that month-over-month rules stay silent about it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from srg_guide.sample.records import Record, RecordMaker, add_months, fake_bsn, ymd

Injector = Callable[[RecordMaker, Record], str | None]


@dataclass(frozen=True)
class DefectKind:
    """How to inject the defect that rule ``code`` must find."""

    code: str
    inject: Injector
    new: bool = False
    needs_previous: bool = False
    needs_lks: bool = False


def _blank_birth_date(maker: RecordMaker, rec: Record) -> str:
    rec.values["geboortedatum"] = ""
    return "geboortedatum"


def _bad_birth_date(maker: RecordMaker, rec: Record) -> str:
    rec.values["geboortedatum"] = rec.values["geboortedatum"][:4] + "1332"
    return "geboortedatum"


def _unknown_type(maker: RecordMaker, rec: Record) -> str:
    rec.values.update(type_voorziening="77", loonwaarde="", arbeidsvermogen="")
    if rec.values["doel_inzet"] not in maker.params.doel_codes:
        rec.values["doel_inzet"] = "1"
    return "type_voorziening"


def _unknown_doel(maker: RecordMaker, rec: Record) -> str:
    rec.values["doel_inzet"] = "3"
    return "doel_inzet"


def _letters_in_gemeentecode(maker: RecordMaker, rec: Record) -> str:
    rec.values["gemeentecode"] = "03A3"
    return "gemeentecode"


def _bsn_fails_elfproef(maker: RecordMaker, rec: Record) -> str:
    bsn = rec.values["bsn"]
    rec.values["bsn"] = bsn[:8] + str((int(bsn[8]) + 1 + maker.rng.randint(0, 8)) % 10)
    return "bsn"


def _missing_last_field(maker: RecordMaker, rec: Record) -> None:
    rec.short = True


def _bad_byte(maker: RecordMaker, rec: Record) -> str:
    rec.raw_bytes["registratienummer"] = rec.values["registratienummer"].encode() + b"\x81"
    return "registratienummer"


def _end_before_start(maker: RecordMaker, rec: Record) -> str:
    assert rec.end is None or rec.end >= rec.begin
    rec.values["einddatum"] = ymd(rec.begin - dt.timedelta(days=maker.rng.randint(1, 40)))
    return "einddatum"


def _next_reporting_month(maker: RecordMaker, rec: Record) -> str:
    following = add_months(maker.month, 1)
    rec.values["verslagmaand"] = f"{following.year:04d}{following.month:02d}"
    return "verslagmaand"


def _start_after_month(maker: RecordMaker, rec: Record) -> str:
    begin = maker.month_end + dt.timedelta(days=maker.rng.randint(1, 40))
    rec.values.update(begindatum=ymd(begin), einddatum="")
    return "begindatum"


def _lks(maker: RecordMaker, rec: Record, **changes: str) -> None:
    rec.values.update(
        type_voorziening=maker.lks[0],
        doel_inzet="1",
        loonwaarde="55,5",
        arbeidsvermogen=maker.onder_wml,
    )
    rec.values.update(changes)


def _lks_participatie(maker: RecordMaker, rec: Record) -> str:
    _lks(maker, rec, doel_inzet="2")
    return "doel_inzet"


def _lks_no_arbeidsvermogen(maker: RecordMaker, rec: Record) -> str:
    _lks(maker, rec, arbeidsvermogen="")
    return "arbeidsvermogen"


def _lks_no_loonwaarde(maker: RecordMaker, rec: Record) -> str:
    _lks(maker, rec, loonwaarde="")
    return "loonwaarde"


def _aow_age(maker: RecordMaker, rec: Record) -> str:
    born = add_months(maker.month, -70 * 12) - dt.timedelta(days=maker.rng.randint(0, 900))
    rec.values.update(geboortedatum=ymd(born), einddatum="")
    return "geboortedatum"


def _too_long(maker: RecordMaker, rec: Record) -> str:
    code, limit = sorted(maker.params.max_months.items())[0]
    begin = add_months(maker.month, -(limit + maker.rng.randint(2, 12)))
    rec.values.update(type_voorziening=code, begindatum=ymd(begin), einddatum="")
    rec.values.update(loonwaarde="", arbeidsvermogen="")
    if rec.values["doel_inzet"] not in maker.params.doel_codes:
        rec.values["doel_inzet"] = "1"
    return "begindatum"


def _bsn_as_number(maker: RecordMaker, rec: Record) -> str:
    rec.values["registratienummer"] = fake_bsn(maker.rng)
    return "registratienummer"


DEFECT_KINDS: tuple[DefectKind, ...] = (
    DefectKind("SRG101", _blank_birth_date),
    DefectKind("SRG102", _bad_birth_date),
    DefectKind("SRG103", _unknown_type),
    DefectKind("SRG104", _unknown_doel),
    DefectKind("SRG105", _letters_in_gemeentecode, new=True),
    DefectKind("SRG106", _bsn_fails_elfproef),
    DefectKind("SRG107", _missing_last_field, new=True),
    DefectKind("SRG108", _bad_byte, new=True),
    DefectKind("SRG201", _end_before_start),
    DefectKind("SRG202", _next_reporting_month),
    DefectKind("SRG204", _start_after_month, new=True),
    DefectKind("SRG301", _lks_participatie, needs_lks=True),
    DefectKind("SRG302", _lks_no_arbeidsvermogen, needs_lks=True),
    DefectKind("SRG303", _lks_no_loonwaarde, needs_lks=True),
    DefectKind("SRG304", _aow_age),
    DefectKind("SRG305", _too_long),
    DefectKind("SRG501", _bsn_as_number, new=True),
)
"""Record defects; SRG203 and the month-over-month ones are made by the generator itself."""
