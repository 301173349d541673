"""A synthetic delivery (and optionally last month's) with a known list of injected defects."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from srg_guide.checks.params import Params
from srg_guide.errors import SrgGuideError
from srg_guide.sample.defects import DEFECT_KINDS, DefectKind
from srg_guide.sample.records import FIELDS, Record, RecordMaker, add_months, last_day_of_month, ymd
from srg_guide.sample.settings import plain_type_codes

DUPLICATE = "SRG203"
TYPE_DROP = "SRG405"
MONTH_OVER_MONTH = ("SRG401", "SRG402", "SRG403", "SRG404", TYPE_DROP)
ALL_CODES = tuple(sorted([k.code for k in DEFECT_KINDS] + [DUPLICATE, *MONTH_OVER_MONTH]))
NEW_SHARE = 0.05
ENDED_LAST_MONTH_SHARE = 0.03
DELIMITER = ";"


@dataclass(frozen=True)
class Injected:
    """One injected defect: the rule that must fire, where, and in which file.

    A defect of the whole file (a type whose count dropped) has no line but a ``value``.
    """

    code: str
    line: int | None
    field: str | None
    file: str = "levering"
    value: str | None = None


@dataclass
class Sample:
    """Generated files as encoded lines, and the defects injected into them."""

    current: list[bytes]
    previous: list[bytes] | None
    injected: list[Injected] = field(default_factory=list)


def parse_defects(spec: str | None, with_previous: bool) -> dict[str, int] | None:
    """``None``/"mix": every kind; "none": clean; "SRG102=5,SRG305" picks kinds and counts."""
    if spec is None or spec == "mix":
        return None
    if spec == "none":
        return {}
    counts: dict[str, int] = {}
    for part in spec.split(","):
        code, _, number = part.strip().partition("=")
        code = code.strip().upper()
        if code not in ALL_CODES:
            raise SrgGuideError(
                "Onbekend defect", f'"{code}" is geen defect; kies uit {", ".join(ALL_CODES)}'
            )
        if code in MONTH_OVER_MONTH and not with_previous:
            raise SrgGuideError("Vorige maand nodig", f"{code} heeft --previous-out PAD nodig")
        if number and not number.isdigit():
            raise SrgGuideError("Ongeldig aantal", f'"{number}" bij {code} is geen aantal')
        counts[code] = int(number) if number else 1
    return counts


def generate(
    rows: int,
    seed: int,
    params: Params,
    *,
    defects: dict[str, int] | None = None,
    month: dt.date = dt.date(2026, 1, 1),
    with_previous: bool = False,
) -> Sample:
    """Make ``rows`` records for ``month``; ``defects`` None means a mix of every kind."""
    rng = random.Random(seed)
    maker = RecordMaker(rng, params, month)
    counts = _defect_counts(maker, rows, defects, with_previous)
    records = [maker.record(new=rng.random() < NEW_SHARE) for _ in range(rows)]
    state = _Injections(plain_type_codes(params))
    _inject_all(maker, records, counts, state)
    current = [_header()] + [_encode(r.values, r) for r in records]
    previous = None
    if with_previous:
        previous = _previous_file(maker, records, state, counts.get(TYPE_DROP, 0))
    state.injected.sort(key=lambda i: (i.file, i.line or 0, i.code, i.value or ""))
    return Sample(current, previous, state.injected)


@dataclass
class _Injections:
    """What injecting collects: the defects, changes to last month's file, vanished records."""

    plain_types: tuple[str, str]
    """Types without a duration limit or LKS fields, so a type change triggers nothing else."""
    injected: list[Injected] = field(default_factory=list)
    prev_changes: dict[int, dict[str, str]] = field(default_factory=dict)
    vanished: list[Record] = field(default_factory=list)


def _defect_counts(
    maker: RecordMaker, rows: int, defects: dict[str, int] | None, with_previous: bool
) -> dict[str, int]:
    """How many of each defect to inject; a Dutch error when they cannot be made or do not fit."""
    # Without a code for loonkostensubsidie Participatiewet no record can carry an LKS defect.
    no_lks = set() if maker.lks else {k.code for k in DEFECT_KINDS if k.needs_lks}
    codes = [c for c in ALL_CODES if (with_previous or c not in MONTH_OVER_MONTH)]
    codes = [c for c in codes if c not in no_lks]
    counts = defects if defects is not None else {c: max(1, rows // 2000) for c in codes}
    if no_lks & set(counts):
        raise SrgGuideError(
            "Code niet ingesteld",
            f"{', '.join(sorted(no_lks & set(counts)))} heeft een code voor loonkostensubsidie "
            "Participatiewet nodig (type-codes.yaml in de tabellenmap)",
        )
    needed = sum(counts.values()) - counts.get(TYPE_DROP, 0)
    if needed * 2 > rows:
        raise SrgGuideError(
            "Te weinig regels", f"{needed} defecten passen niet in {rows} regels; kies meer regels"
        )
    return counts


def _inject_all(
    maker: RecordMaker, records: list[Record], counts: dict[str, int], state: _Injections
) -> None:
    """Put each counted defect (but the type drop) on its own randomly chosen record."""
    needed = sum(counts.values()) - counts.get(TYPE_DROP, 0)
    slots = maker.rng.sample(range(1, len(records)), needed)
    touched = set(slots)
    plan: list[tuple[str, int]] = []
    for code, count in sorted(counts.items()):
        if code != TYPE_DROP:
            plan += [(code, slots.pop()) for _ in range(count)]
    kinds = {k.code: k for k in DEFECT_KINDS}
    for code, index in plan:
        if code in kinds:
            found: Injected | None = _inject_kind(maker, kinds[code], records[index], index)
        elif code == DUPLICATE:
            found = _duplicate(records, index, touched)
        else:
            found = _month_over_month(maker, code, index, records[index], state)
        if found is not None:
            state.injected.append(found)


def _inject_kind(maker: RecordMaker, kind: DefectKind, rec: Record, index: int) -> Injected:
    """A record defect; a record that started this month stays out of month-over-month rules."""
    if kind.new:
        _make_new(maker, rec)
    field_name = kind.inject(maker, rec)
    if not kind.new:
        rec.new = rec.values["begindatum"] >= ymd(maker.month)
    return Injected(kind.code, index + 2, field_name)


def _duplicate(records: list[Record], index: int, touched: set[int]) -> Injected | None:
    """Copy the nearest earlier untouched record onto ``index``; None when there is none."""
    source = next((i for i in range(index - 1, -1, -1) if i not in touched), index)
    if source == index:
        return None
    rec = records[index]
    rec.values = records[source].values.copy()
    rec.raw_bytes, rec.short, rec.new = {}, False, True
    return Injected(DUPLICATE, index + 2, "registratienummer")


def _previous_file(
    maker: RecordMaker, records: list[Record], state: _Injections, drops: int
) -> list[bytes]:
    """Last month's file, with its vanished provisions and types whose count seems to drop."""
    previous, prev_lines = _previous(maker, records, state.prev_changes, state.vanished)
    state.injected += [Injected("SRG401", n, "registratienummer", "vorige") for n in prev_lines]
    for code in _drop_types(maker, records, drops, state.plain_types):
        previous += _ended_last_month(maker, code, _drop_padding(maker.params, records, code))
        state.injected.append(Injected(TYPE_DROP, None, "type_voorziening", value=code))
    return previous


def _drop_types(
    maker: RecordMaker, records: list[Record], count: int, plain_types: tuple[str, str]
) -> list[str]:
    """Types whose count will seem to drop: not the ones other month-over-month defects use."""
    used = {r.values["type_voorziening"] for r in records}
    candidates = sorted(used - set(plain_types))
    return sorted(maker.rng.sample(candidates, min(count, len(candidates))))


def _drop_padding(params: Params, records: list[Record], code: str) -> int:
    """Extra records of ``code`` last month that make this month's count a sharp drop."""
    now = sum(r.values["type_voorziening"] == code for r in records)
    share_left = max(1.0 - params.drop_percent / 100, 0.01)
    return int(now / share_left) + params.drop_min_previous


def _ended_last_month(maker: RecordMaker, code: str | None, count: int) -> list[bytes]:
    """``count`` records (of type ``code``, else any) that ended last month: none went missing."""
    prev_month = add_months(maker.month, -1)
    prev_end = last_day_of_month(prev_month)
    stamp = f"{prev_month.year:04d}{prev_month.month:02d}"
    lines = []
    for _ in range(count):
        rec = maker.record(type_code=code)
        end = prev_month + dt.timedelta(days=maker.rng.randint(0, prev_end.day - 1))
        rec.values.update(
            verslagmaand=stamp, begindatum=ymd(min(rec.begin, end)), einddatum=ymd(end)
        )
        lines.append(_encode(rec.values))
    return lines


def _make_new(maker: RecordMaker, rec: Record) -> None:
    """Turn ``rec`` into a provision that started this month (so it is not in last month's file)."""
    begin = maker.begin_date(rec.values["type_voorziening"], new=True)
    rec.begin, rec.new = begin, True
    rec.values["begindatum"] = ymd(begin)
    if rec.end is not None and rec.end < begin:
        rec.end = None
        rec.values["einddatum"] = ""


def _month_over_month(
    maker: RecordMaker, code: str, index: int, rec: Record, state: _Injections
) -> Injected | None:
    """Prepare a month-over-month defect; None when it lies in last month's file (SRG401)."""
    if rec.new:
        _make_old(maker, rec)
    if code == "SRG401":
        state.vanished.append(maker.record(type_code=state.plain_types[0]))
        return None
    return Injected(code, index + 2, _change_since_last_month(maker, code, index, rec, state))


def _change_since_last_month(
    maker: RecordMaker, code: str, index: int, rec: Record, state: _Injections
) -> str:
    """Make ``rec`` differ from its line last month as defect ``code`` needs; returns the field."""
    prev_changes = state.prev_changes
    if code == "SRG402":
        closed = add_months(maker.month, -1) + dt.timedelta(days=maker.rng.randint(0, 27))
        if rec.begin > closed:
            rec.begin = closed - dt.timedelta(days=30)
            rec.values["begindatum"] = ymd(rec.begin)
        rec.end = None
        rec.values["einddatum"] = ""
        prev_changes[index] = {"einddatum": ymd(closed)}
        return "einddatum"
    if code == "SRG403":
        old_type, new_type = state.plain_types
        rec.values.update(type_voorziening=new_type, loonwaarde="", arbeidsvermogen="")
        if rec.values["doel_inzet"] not in maker.params.doel_codes:
            rec.values["doel_inzet"] = "1"
        prev_changes[index] = {"type_voorziening": old_type}
        return "type_voorziening"
    old_number = rec.values["registratienummer"]
    rec.values["registratienummer"] = maker.next_number("W")
    prev_changes[index] = {"registratienummer": old_number}
    return "registratienummer"


def _make_old(maker: RecordMaker, rec: Record) -> None:
    rec.begin = add_months(maker.month, -2)
    rec.new = False
    rec.values["begindatum"] = ymd(rec.begin)


def _previous(
    maker: RecordMaker,
    records: list[Record],
    prev_changes: dict[int, dict[str, str]],
    vanished: list[Record],
) -> tuple[list[bytes], list[int]]:
    """Last month's file: every older provision, some that ended last month, the vanished ones."""
    prev_month = add_months(maker.month, -1)
    prev_end = last_day_of_month(prev_month)
    stamp = f"{prev_month.year:04d}{prev_month.month:02d}"
    lines = [_header()]
    for index, rec in enumerate(records):
        if rec.new:
            continue
        values = rec.values.copy()
        if values["einddatum"] > ymd(prev_end):
            values["einddatum"] = ""
        values.update(prev_changes.get(index, {}), verslagmaand=stamp)
        lines.append(_encode(values))
    for line in _ended_last_month(maker, None, int(len(records) * ENDED_LAST_MONTH_SHARE)):
        lines.insert(maker.rng.randint(1, len(lines)), line)
    vanished_lines = []
    for rec in vanished:
        rec.values.update(verslagmaand=stamp, einddatum="")
        lines.append(_encode(rec.values))
        vanished_lines.append(len(lines))
    return lines, vanished_lines


def _header() -> bytes:
    return (DELIMITER.join(FIELDS) + "\n").encode()


def _encode(values: dict[str, str], rec: Record | None = None) -> bytes:
    names = FIELDS[:-1] if rec is not None and rec.short else FIELDS
    raw = rec.raw_bytes if rec is not None else {}
    return b";".join(raw.get(n) or values[n].encode() for n in names) + b"\n"
