"""Run a rule case with a register (tests/checks/cases/SRG70x.yaml) through run_check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from srg_guide.checks.layout import load_layout, resolve_layout_path
from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from srg_guide.sample.records import FIELDS
from tests.checks.deliveries import BASE

LOCAL_FIELD = "  # - name: lokale_code\n  #   type: text\n  #   required: false\n"


def layout_with_local_code(folder: Path) -> Path:
    """The example layout with its optional lokale_code field switched on."""
    text = resolve_layout_path(None).read_text(encoding="utf-8")
    assert LOCAL_FIELD in text
    path = folder / "layout-met-lokale-code.yaml"
    path.write_text(text.replace(LOCAL_FIELD, LOCAL_FIELD.replace("# ", "")), encoding="utf-8")
    return path


def write_records(path: Path, records: list[dict[str, Any]]) -> Path:
    """A delivery in that layout: BASE values, registratienummer R<n>, plus lokale_code."""
    columns = [*FIELDS, "lokale_code"]
    lines = [";".join(columns)]
    for number, record in enumerate(records, start=1):
        values = {**BASE, "registratienummer": f"R{number}", "lokale_code": "", **record}
        lines.append(";".join("" if values[c] is None else str(values[c]) for c in columns))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def register_frame(entries: list[dict[str, Any]]) -> pl.DataFrame:
    """A register as check --register sees it."""
    rows = [
        (
            str(e["lokale_code"]),
            bool(e.get("decided", True)),
            e.get("counts"),
            None if e.get("type_code") is None else str(e["type_code"]),
        )
        for e in entries
    ]
    schema = {
        "lokale_code": pl.String,
        "decided": pl.Boolean,
        "counts": pl.Boolean,
        "type_code": pl.String,
    }
    return pl.DataFrame(rows, schema=schema, orient="row")


def run_register_case(case: dict[str, Any], tmp_path: Path) -> Report:
    layout = load_layout(str(layout_with_local_code(tmp_path)))
    delivery = write_records(tmp_path / "levering.csv", case.get("records", []))
    return run_check(delivery, layout=layout, register=register_frame(case["register"]))
