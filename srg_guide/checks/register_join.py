"""The delivery joined with the voorzieningenregister on the local code (for SRG701-703)."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from srg_guide.checks.context import KEY_FIELDS, FileState
from srg_guide.checks.finding import Finding, Severity

REGISTER_REQUIRES = (*KEY_FIELDS, "lokale_code")


def joined(state: FileState) -> pl.DataFrame:
    """Every record with a local code, with its register columns (null when not in it)."""
    if state.register_rows is None:
        assert state.register is not None
        register = state.register.unique("lokale_code", keep="last")
        state.register_rows = (
            state.current.filter(pl.col("lokale_code").is_not_null())
            .join(register, on="lokale_code", how="left")
            .sort("_line")
        )
    return state.register_rows


def findings(
    code: str, severity: Severity, hits: pl.DataFrame, field: str, message: pl.Expr
) -> Iterator[Finding]:
    """One finding per firing record; the message is built by polars, not per row in Python."""
    key = pl.col("key") if "key" in hits.columns else pl.lit(None, dtype=pl.String).alias("key")
    picked = hits.select("_line", pl.col(field).alias("value"), key, message.alias("message"))
    for line, value, key, text in picked.iter_rows():
        yield Finding(code, severity, text, line, field, value, key)
