"""SRG105: a number or digits field has the wrong form or is out of range."""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import FieldSpec, Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label


@register
class InvalidValue(RowRule):
    """Digits fields hold only digits (of the right count); numbers parse and fit their range."""

    code = "SRG105"
    severity = Severity.FOUT
    title = "Ongeldige waarde"
    meaning = (
        "Een veld met cijfers of een getal bevat andere tekens, heeft het verkeerde aantal cijfers "
        "of ligt buiten het toegestane bereik (bijvoorbeeld een loonwaarde boven 100)."
    )
    fix = "Corrigeer de waarde in het bronsysteem, of pas de layout aan als die niet klopt."
    guideline = "registratie-velden"

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.type in ("digits", "bsn", "number") for f in layout.fields):
            return None
        return "field", "de layout heeft geen velden met cijfers of getallen"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [c for f in ctx.layout.fields if (c := self._condition(ctx, f)) is not None]

    def _condition(self, ctx: RowContext, spec: FieldSpec) -> Condition | None:
        raw = ctx.raw(spec.name)
        if spec.type == "digits":
            pattern = rf"^\d{{{spec.digits}}}$" if spec.digits else r"^\d+$"
            expected = f"{spec.digits} cijfers" if spec.digits else "alleen cijfers"
            return Condition(
                spec.name,
                raw.is_not_null() & ~raw.str.contains(pattern),
                f"Het veld {field_label(spec.name)} moet {expected} bevatten.",
            )
        if spec.type == "bsn":
            return Condition(
                spec.name,
                raw.is_not_null() & ~raw.str.contains(r"^\d{9}$"),
                f"Het veld {field_label(spec.name)} moet 9 cijfers bevatten.",
            )
        if spec.type == "number":
            return _number_condition(ctx, spec)
        return None


def _number_condition(ctx: RowContext, spec: FieldSpec) -> Condition:
    """Not a number in the layout's notation, or a number outside its bounds: each said so."""
    raw, value = ctx.raw(spec.name), ctx.number(spec.name)
    bounds = []
    outside = pl.lit(False)
    if spec.minimum is not None:
        outside = outside | (value < spec.minimum)
        bounds.append(f"minstens {_num(spec.minimum)}")
    if spec.maximum is not None:
        outside = outside | (value > spec.maximum)
        bounds.append(f"hoogstens {_num(spec.maximum)}")
    label = field_label(spec.name)
    detail = (
        pl.when(value.is_null())
        .then(
            pl.concat_str(
                pl.lit(f"Het veld {label} is geen geldig getal"),
                _why_not_a_number(raw, spec.format or "."),
            )
        )
        .otherwise(
            pl.lit(f"Het veld {label} valt buiten het toegestane bereik ({' en '.join(bounds)})")
        )
    )
    return Condition(
        spec.name,
        raw.is_not_null() & (value.is_null() | outside),
        "{detail}.",
        detail,
    )


def _why_not_a_number(raw: pl.Expr, mark: str) -> pl.Expr:
    """The reason a value is no number in this layout, for the message (or "")."""
    other, name = (".", "een punt") if mark == "," else (",", "een komma")
    own = "een komma (,)" if mark == "," else "een punt (.)"
    return (
        pl.when(raw.str.contains("%", literal=True))
        .then(pl.lit(": laat het teken % weg, alleen het getal hoort erin"))
        .when(raw.str.contains(other, literal=True))
        .then(
            pl.lit(
                f": de layout schrijft {own} als decimaalteken voor; {name} mag niet, "
                "ook niet om duizendtallen te scheiden"
            )
        )
        .otherwise(pl.lit(""))
    )


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")
