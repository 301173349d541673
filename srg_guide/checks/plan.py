"""Which rules run on a delivery, and why the others do not (listed as "niet uitgevoerd")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Rule
from srg_guide.checks.report import MONTH_UNREADABLE, SkippedRule, field_label

MONTH_FIELD = "verslagmaand"


@dataclass(frozen=True)
class Situation:
    """What a rule may need: the layout, the tables, last month's file, readable months and the
    voorzieningenregister."""

    layout: Layout
    params: Params
    has_previous: bool
    month: dt.date | None
    previous_month: dt.date | None = None
    has_register: bool = False

    @property
    def previous_is_earlier(self) -> bool:
        """False only when both months are known and last month's file is not from before."""
        if self.month is None or self.previous_month is None:
            return True
        return self.previous_month < self.month


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} en {items[-1]}"


def needed_fields(rule: type[Rule]) -> tuple[str, ...]:
    """Every layout field ``rule`` reads (a verslagmaand rule also needs that field)."""
    extra = (MONTH_FIELD,) if rule.needs_month and MONTH_FIELD not in rule.requires else ()
    return (*rule.requires, *extra)


def skip_reason(rule: type[Rule], situation: Situation) -> tuple[str, str] | None:
    """(kind, Dutch reason) when ``rule`` cannot run in ``situation``, else None."""
    layout, params = situation.layout, situation.params
    if rule.needs_register and not situation.has_register:
        return "register", "geen vergelijking met het voorzieningenregister gevraagd"
    missing = [field_label(n) for n in needed_fields(rule) if not layout.has(n)]
    if missing:
        if len(missing) == 1:
            return "field", f"veld {missing[0]} ontbreekt in de layout"
        return "field", f"velden {_and(missing)} ontbreken in de layout"
    if rule.needs_previous and not situation.has_previous:
        return "previous", "geen levering van de vorige maand opgegeven"
    for flag in rule.needs_codes:
        unset = [t.name for t in params.without_code(flag)]
        if unset:
            return "code", f"code voor {_and(unset)} niet ingesteld"
    if rule.needs_month:
        if situation.month is None:
            return "month", MONTH_UNREADABLE
        if rule.needs_previous and situation.previous_month is None:
            return "month", "verslagmaand van de vorige levering ontbreekt of is onleesbaar"
    if rule.needs_previous and not situation.previous_is_earlier:
        return "previous", _not_earlier(situation)
    return rule.not_applicable(layout, params)


def _not_earlier(situation: Situation) -> str:
    assert situation.month is not None and situation.previous_month is not None
    return (
        f"de vorige levering is van {situation.previous_month:%m-%Y}, niet van een eerdere maand "
        f"dan deze levering ({situation.month:%m-%Y}); zijn de bestanden verwisseld?"
    )


def plan(
    rules: list[type[Rule]], situation: Situation
) -> tuple[list[type[Rule]], list[SkippedRule]]:
    """Split ``rules`` into those that run and those that do not (with the reason)."""
    runs: list[type[Rule]] = []
    skipped: list[SkippedRule] = []
    for rule in rules:
        why = skip_reason(rule, situation)
        if why is None:
            runs.append(rule)
        else:
            skipped.append(SkippedRule(rule.info(), why[1], why[0]))
    return runs, skipped
