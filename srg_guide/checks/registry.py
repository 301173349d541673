"""Rule base classes and the @register decorator; ``srg_guide.checks.rules`` gathers the rules.

Row rules turn into polars expressions evaluated per batch (fast on large files);
file rules look at the collected tracking keys once the whole file is read.
This module imports no rule: rules import it, so arrows only point down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import polars as pl

from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.report import RuleInfo

if TYPE_CHECKING:
    from srg_guide.checks.context import ConversionState, FileState, RowContext
    from srg_guide.checks.layout import Layout
    from srg_guide.checks.params import Params


@dataclass(frozen=True)
class Condition:
    """A row fires when ``when`` is true; ``field`` names the culprit, ``message`` says why.

    ``message`` may hold ``{detail}``, filled from the ``detail`` expression for firing rows only.
    ``confirm`` is a costlier test run only on rows where ``when`` holds (a cheap prefilter).
    """

    field: str | None
    when: pl.Expr
    message: str
    detail: pl.Expr | None = None
    confirm: pl.Expr | None = None


class Rule:
    """Shared metadata: every rule has a stable code, a severity and Dutch texts."""

    code: ClassVar[str]
    severity: ClassVar[Severity]
    title: ClassVar[str]
    meaning: ClassVar[str]
    fix: ClassVar[str]
    guideline: ClassVar[str | None] = None
    requires: ClassVar[tuple[str, ...]] = ()
    """Every layout field the rule reads; without one of them it is listed as not run."""
    needs_previous: ClassVar[bool] = False
    """True: compares with last month's delivery (``--previous``)."""
    needs_month: ClassVar[bool] = False
    """True: needs a readable verslagmaand (of both deliveries when ``needs_previous``)."""
    needs_codes: ClassVar[tuple[str, ...]] = ()
    """Type flags (e.g. ``lks_pw``) whose types must all have a code."""
    needs_register: ClassVar[bool] = False
    """True: compares with the voorzieningenregister (``--register``)."""

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        """(kind, Dutch reason) when the rule has nothing to judge with this layout and these
        tables (kinds as in ``report.SKIP_KINDS``), or None."""
        return None

    @classmethod
    def info(cls) -> RuleInfo:
        """The rule as plain data for reports and the app."""
        return RuleInfo(cls.code, cls.severity, cls.title, cls.meaning, cls.fix, cls.guideline)


class RowRule(Rule):
    """A rule that judges each record on its own."""

    any_width: ClassVar[bool] = False
    """True: also judges lines of the wrong width (the record-shape rule); other row rules skip
    them, as their fields cannot be read reliably."""

    def conditions(self, ctx: RowContext) -> list[Condition]:
        """Expressions that are true on a record that breaks the rule."""
        raise NotImplementedError


class FileRule(Rule):
    """A rule that needs the whole file (duplicates, month over month)."""

    def check_file(self, state: FileState) -> Iterable[Finding]:
        """Findings once every batch has been read."""
        raise NotImplementedError


class ConversionRule(Rule):
    """A rule for a conversion file (old -> new registratienummer), judged on two deliveries."""

    def check_conversion(self, state: ConversionState) -> Iterable[Finding]:
        """Findings for the conversion file's lines."""
        raise NotImplementedError


_RULES: dict[str, type[Rule]] = {}
_CODE = re.compile(r"SRG\d{3}")


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator adding a rule; its code must be new and well formed."""
    if not _CODE.fullmatch(cls.code):
        raise ValueError(f"rule code {cls.code!r} is not SRGnnn")
    if cls.code in _RULES:
        raise ValueError(f"rule code {cls.code} registered twice")
    for attr in ("title", "meaning", "fix"):
        if not getattr(cls, attr, ""):
            raise ValueError(f"rule {cls.code} lacks {attr}")
    _RULES[cls.code] = cls
    return cls


def registered_rules() -> list[type[Rule]]:
    """The rules registered so far, sorted by code; ``rules.all_rules()`` registers them all."""
    return [_RULES[code] for code in sorted(_RULES)]
