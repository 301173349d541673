"""Clean synthetic records in the example layout: fake but elfproef-valid BSNs, plausible dates."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field

from srg_guide.checks.params import Params
from srg_guide.errors import SrgGuideError

FIELDS = (
    "gemeentecode",
    "berichtgevercode",
    "verslagmaand",
    "registratienummer",
    "bsn",
    "geboortedatum",
    "type_voorziening",
    "doel_inzet",
    "begindatum",
    "einddatum",
    "loonwaarde",
    "arbeidsvermogen",
)
GEMEENTECODE = "0363"
BERICHTGEVERCODE = "12345"
UNLIMITED_MONTHS = 36


def fake_bsn(rng: random.Random) -> str:
    """Nine digits passing the elfproef (random, so almost surely nobody's real BSN)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def last_day_of_month(month: dt.date) -> dt.date:
    """Last day of ``month``."""
    return add_months(month.replace(day=1), 1) - dt.timedelta(days=1)


def ymd(day: dt.date) -> str:
    """JJJJMMDD."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


@dataclass
class Record:
    """One provision; ``new`` means it started in the reporting month (not in last month's file)."""

    values: dict[str, str]
    begin: dt.date
    end: dt.date | None
    new: bool = False
    raw_bytes: dict[str, bytes] = field(default_factory=dict)
    short: bool = False


class RecordMaker:
    """Makes clean records for one reporting month."""

    def __init__(self, rng: random.Random, params: Params, month: dt.date) -> None:
        self.rng = rng
        self.params = params
        self.month = month.replace(day=1)
        self.month_end = last_day_of_month(self.month)
        self.lks = sorted(params.lks_pw_codes)
        # A clean LKS record has an arbeidsvermogen "onder WML" (tables/signals.yaml).
        self.onder_wml = min(params.arbeidsvermogen_onder_wml, default="")
        if self.lks and not self.onder_wml:
            raise SrgGuideError(
                "Code niet ingesteld",
                "lks.arbeidsvermogen_onder_wml in signals.yaml is leeg; zonder die code krijgt "
                "elke loonkostensubsidie in het voorbeeld een signaal",
            )
        self.types = sorted(params.type_codes)
        self.counter = 0

    def next_number(self, prefix: str = "V") -> str:
        """A unique registratienummer that never looks like a BSN."""
        self.counter += 1
        return f"{prefix}{self.counter:08d}"

    def birth_date(self) -> dt.date:
        """Aged 18 to 60 at the reporting month: far from AOW age."""
        oldest = add_months(self.month, -60 * 12)
        youngest = add_months(self.month, -18 * 12)
        return oldest + dt.timedelta(days=self.rng.randint(0, (youngest - oldest).days))

    def begin_date(self, type_code: str, new: bool) -> dt.date:
        """A start that keeps the run within the type's maximum."""
        if new:
            return self.month + dt.timedelta(days=self.rng.randint(0, self.month_end.day - 1))
        limit = self.params.max_months.get(type_code, UNLIMITED_MONTHS)
        earliest = add_months(self.month_end, -(limit - 1))
        span = (self.month - dt.timedelta(days=1) - earliest).days
        return earliest + dt.timedelta(days=self.rng.randint(0, max(span, 0)))

    def record(self, *, new: bool = False, type_code: str | None = None) -> Record:
        """One clean record."""
        rng = self.rng
        code = type_code or rng.choice(self.types)
        begin = self.begin_date(code, new)
        end = None
        if rng.random() < 0.15:
            first = max(begin, self.month)
            end = first + dt.timedelta(days=rng.randint(0, (self.month_end - first).days))
        lks = code in self.lks
        values = {
            "gemeentecode": GEMEENTECODE,
            "berichtgevercode": BERICHTGEVERCODE,
            "verslagmaand": f"{self.month.year:04d}{self.month.month:02d}",
            "registratienummer": self.next_number(),
            "bsn": fake_bsn(rng),
            "geboortedatum": ymd(self.birth_date()),
            "type_voorziening": code,
            "doel_inzet": "1" if lks else rng.choice(sorted(self.params.doel_codes)),
            "begindatum": ymd(begin),
            "einddatum": ymd(end) if end else "",
            "loonwaarde": f"{rng.randint(20, 95)},{rng.randint(0, 9)}" if lks else "",
            "arbeidsvermogen": self.onder_wml if lks else "",
        }
        return Record(values, begin, end, new=new)
