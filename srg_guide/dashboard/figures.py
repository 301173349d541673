"""What the dashboard shows, computed from stored aggregates: plain rows for charts and tables.

A count of a rule that did not run is None ("niet uitgevoerd"), never 0; a sum over gemeenten
or months that includes one is None too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from srg_guide.history.aggregate import MIRROR, MIRROR_MONTH, PSEUDO_RULES, Aggregate
from srg_guide.yamlio import parse_yaml

NOT_RUN = "niet uitgevoerd"
FLOWS = (("start", "gestart"), ("stop", "gestopt"), ("lopend", "lopend"))
MONTH_NAMES = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip


@cache
def quarterly_mail() -> dict[str, Any]:
    """Labels and order of CBS's quarterly mail (srg_guide/reports/kwartaalmail.yaml)."""
    text = resources.files("srg_guide.reports").joinpath("kwartaalmail.yaml").read_text("utf-8")
    return dict(parse_yaml(text, "srg_guide/reports/kwartaalmail.yaml"))


def quarter_of(month: str) -> str:
    """``2026-05`` -> ``2026-K2``."""
    return f"{month[:4]}-K{(int(month[5:7]) - 1) // 3 + 1}" if month[5:7].isdigit() else month


def _sum(values: Iterable[int | None]) -> int | None:
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total


@dataclass(frozen=True)
class QuarterTable:
    """One gemeente's quarters in the shape of the CBS quarterly mail.

    The counts of a quarter are those of its last stored month (aanname: how CBS counts over a
    quarter is not known; srg-guide shows the newest delivery of the quarter).
    """

    gemeente: str
    quarters: list[str]
    months: list[str]
    quality: list[tuple[str, str, list[int | None]]]
    """(rule code, label from the mail, count per quarter)."""
    durations: list[tuple[str, int, list[int | None]]]
    """(type label, maximum months, provisions past their maximum per quarter)."""


@dataclass
class Dashboard:
    """Everything the dashboard page and screen show."""

    gemeenten: list[str]
    months: list[str]
    rules: dict[str, str]
    """Rule code -> title, for every rule seen in the history."""
    points: list[dict[str, Any]] = field(default_factory=list)
    """Long rows for the charts: gemeente, maand, reeks, waarde (None: niet uitgevoerd)."""
    quarter_tables: list[QuarterTable] = field(default_factory=list)
    not_run: list[tuple[str, str, list[str]]] = field(default_factory=list)
    """(rule code, reason, the gemeente and month of each delivery where it did not run)."""
    left_out: list[tuple[str, str, str, int]] = field(default_factory=list)
    """(gemeente, berichtgever, month, older checks of that month left out): several checks
    of one month were stored; the newest stored one is shown."""
    _index: dict[tuple[str, str], list[dict[str, Any]]] | None = field(default=None, repr=False)

    def series(self, soort: str, reeks: str, gemeente: str | None = None) -> dict[str, int | None]:
        """Month -> value of one series, for one gemeente or summed over all of them."""
        if self._index is None:
            self._index = {}
            for point in self.points:
                self._index.setdefault((point["soort"], point["reeks"]), []).append(point)
        by_month: dict[str, list[int | None]] = {}
        for point in self._index.get((soort, reeks), []):
            if gemeente in (None, point["gemeente"]):
                by_month.setdefault(point["maand"], []).append(point["waarde"])
        return {month: _sum(values) for month, values in sorted(by_month.items())}


def _rule_titles(codes: Iterable[str]) -> dict[str, str]:
    from srg_guide.checks.rules import all_rules

    titles = {cls.code: cls.title for cls in all_rules()}
    return {code: titles.get(code, code) for code in sorted(codes)}


def build_dashboard(
    aggregates: list[Aggregate],
    type_names: dict[str, str] | None = None,
    max_months: dict[str, int] | None = None,
) -> Dashboard:
    """The dashboard of a history (see ``srg_guide.history.load``)."""
    type_names = type_names or {}
    max_months = max_months or {}
    rule_codes = {item for a in aggregates for kind, item in a.counts if kind == "regel"}
    rule_codes |= {code for a in aggregates for code in a.skipped if code not in PSEUDO_RULES}
    mail = quarterly_mail()
    rule_codes |= {item["rule"] for item in mail["quality"]} | {mail["duration_rule"]}
    dashboard = Dashboard(
        gemeenten=sorted({a.gemeentecode for a in aggregates}),
        months=sorted({a.verslagmaand for a in aggregates}),
        rules=_rule_titles(rule_codes),
    )
    types = sorted({item for a in aggregates for kind, item in a.counts if kind == "type"})
    points = dashboard.points
    not_run: dict[tuple[str, str], list[str]] = {}
    for a in aggregates:
        base = {"gemeente": a.gemeentecode, "maand": a.verslagmaand}
        mirror_ok = MIRROR not in a.skipped
        flows_ok = mirror_ok and MIRROR_MONTH not in a.skipped
        for code in dashboard.rules:
            points.append(
                {**base, "soort": "signaal", "reeks": code, "waarde": a.count("regel", code)}
            )
        ran = [n for c in dashboard.rules if (n := a.count("regel", c)) is not None]
        points.append({**base, "soort": "totaal", "reeks": "signalen", "waarde": sum(ran)})
        for kind, label in FLOWS:
            total = sum(n for (k, _), n in a.counts.items() if k == kind)
            points.append(
                {**base, "soort": "stroom", "reeks": label, "waarde": total if flows_ok else None}
            )
        for code in types:
            label = f"{code} {type_names.get(code, 'onbekend type')}"
            points.append(
                {
                    **base,
                    "soort": "type",
                    "reeks": label,
                    "waarde": a.counts.get(("type", code), 0) if mirror_ok else None,
                }
            )
            over = a.count("regel", mail["duration_rule"]) is not None and mirror_ok
            points.append(
                {
                    **base,
                    "soort": "overmax",
                    "reeks": label,
                    "waarde": a.counts.get(("overmax", code), 0) if over else None,
                }
            )
        for code, reason in a.skipped.items():
            not_run.setdefault((code, reason), []).append(f"{a.gemeentecode} {a.verslagmaand}")
    dashboard.not_run = [(code, reason, where) for (code, reason), where in sorted(not_run.items())]
    dashboard.left_out = [
        (a.gemeentecode, a.berichtgever, a.verslagmaand, a.older) for a in aggregates if a.older
    ]
    for gemeente in dashboard.gemeenten:
        own = [a for a in aggregates if a.gemeentecode == gemeente]
        dashboard.quarter_tables.append(_quarter_table(gemeente, own, type_names, max_months))
    return dashboard


def _quarter_table(
    gemeente: str,
    aggregates: list[Aggregate],
    type_names: dict[str, str],
    max_months: dict[str, int],
    keep: int = 4,
) -> QuarterTable:
    """The newest ``keep`` quarters; each from its last stored month, summed over berichtgevers."""
    mail = quarterly_mail()
    last: dict[str, str] = {}
    for a in aggregates:
        quarter = quarter_of(a.verslagmaand)
        last[quarter] = max(last.get(quarter, ""), a.verslagmaand)
    quarters = sorted(last)[-keep:]
    chosen = [[a for a in aggregates if a.verslagmaand == last[q]] for q in quarters]
    quality = [
        (
            item["rule"],
            item["label"],
            [_sum(a.count("regel", item["rule"]) for a in group) for group in chosen],
        )
        for item in mail["quality"]
    ]
    durations = []
    for code in sorted(max_months):
        values: list[int | None] = []
        for group in chosen:
            ran = all(
                a.count("regel", mail["duration_rule"]) is not None and MIRROR not in a.skipped
                for a in group
            )
            values.append(sum(a.counts.get(("overmax", code), 0) for a in group) if ran else None)
        seen = any(("type", code) in a.counts for a in aggregates)
        if seen:
            durations.append(
                (f"{code} {type_names.get(code, 'onbekend type')}", max_months[code], values)
            )
    return QuarterTable(gemeente, quarters, [last[q] for q in quarters], quality, durations)


def left_out_summary(dashboard: Dashboard) -> str:
    """One Dutch sentence on the checks left out, or empty when none were."""
    if not dashboard.left_out:
        return ""
    older = sum(n for *_, n in dashboard.left_out)
    months = len(dashboard.left_out)
    return (
        f"{older} oudere controle(s) weggelaten: van {months} verslagmaand(en) is meer dan één "
        "bestand gecontroleerd. Per gemeente, berichtgever en verslagmaand telt de laatst "
        "opgeslagen controle."
    )


def month_label(month: str) -> str:
    """``2026-05`` -> ``mei 2026``."""
    if len(month) == 7 and month[5:7].isdigit() and 1 <= int(month[5:7]) <= 12:
        return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"
    return month


def shown(value: int | None) -> str:
    """A count for people, or "niet uitgevoerd"."""
    return NOT_RUN if value is None else f"{value:,}".replace(",", ".")
