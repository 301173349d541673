"""Conversion files: write a draft from the renumbering pairs, and check one against two months."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from srg_guide import __version__
from srg_guide.atomic import write_atomic
from srg_guide.checks.context import TRACKING_FIELDS
from srg_guide.checks.conversion_layout import FIELDS, ConversionLayout, load_conversion_layout
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.readers import open_source
from srg_guide.checks.readers.scan import scan_file
from srg_guide.checks.registry import ConversionRule, all_rules
from srg_guide.checks.report import Identity, Report, RuleResult
from srg_guide.checks.runner import read_tracking
from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.inputs import local_copy
from srg_guide.privacy import mask_bsns_in_text

COLUMNS = FIELDS
REQUIRED = COLUMNS[:2]


def write_draft_conversion(
    report: Report, path: Path, conversion_layout: ConversionLayout | None = None
) -> None:
    """A draft conversion file in the assumed layout, one line per likely renumbering, to confirm.

    A number that passes the BSN elfproef is masked: no BSN leaves srg-guide by default.
    """
    spec = conversion_layout or load_conversion_layout()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=spec.delimiter, lineterminator="\n")
    writer.writerow(spec.columns[c] for c in COLUMNS)
    for p in report.conversion_pairs:
        writer.writerow(
            (
                p.old_registratienummer,
                p.new_registratienummer,
                p.old_gemeentecode,
                p.new_gemeentecode,
                p.old_berichtgevercode,
                p.new_berichtgevercode,
            )
        )
    write_atomic(path, mask_bsns_in_text(out.getvalue()))


@dataclass
class ConversionLine:
    """One line of a conversion file; empty optional codes are None."""

    line: int
    width: int
    values: dict[str, str | None]


@dataclass
class ConversionState:
    """The conversion lines and the tracking keys of both deliveries."""

    lines: list[ConversionLine]
    previous: pl.DataFrame
    current: pl.DataFrame
    cache: dict[str, object] = field(default_factory=dict)


def read_conversion(path: Path, spec: ConversionLayout) -> list[ConversionLine]:
    """Parse a conversion file in layout ``spec``; a missing column is an InputFileError."""
    source = display_path(path)
    scan = scan_file(path)
    data = path.read_bytes()
    text = data.decode("cp1252" if scan.encoding == "cp1252" else "utf-8", errors="replace")
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=spec.delimiter)
    try:
        header = [cell.strip() for cell in next(rows, [])]
        for name in REQUIRED:
            column = spec.columns[name]
            if column not in header:
                raise InputFileError(
                    f'kolom "{column}" ontbreekt in de kopregel (layout: {spec.path})',
                    Location(source, 1, column),
                )
        index = {c: header.index(spec.columns[c]) for c in COLUMNS if spec.columns[c] in header}
        result = []
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            values = {
                c: (row[index[c]].strip() or None) if c in index and index[c] < len(row) else None
                for c in COLUMNS
            }
            result.append(ConversionLine(rows.line_num, len(row), values))
    except csv.Error as exc:
        raise InputFileError(f"CSV onleesbaar: {exc}", Location(source, rows.line_num)) from None
    return result


def _keys(path: Path, layout: Layout, params: Params) -> tuple[pl.DataFrame, str]:
    source = open_source(path, layout)
    return read_tracking(source, layout, params, TRACKING_FIELDS), source.scan.sha256


def check_conversion(
    path: Path,
    *,
    current: Path,
    previous: Path,
    layout: Layout,
    params: Params,
    limit: int | None = None,
    as_of: dt.date | None = None,
    conversion_layout: ConversionLayout | None = None,
) -> Report:
    """Check every conversion line against last month's and this month's delivery."""
    spec = conversion_layout or load_conversion_layout()
    path = local_copy(path)  # a pipe is read once, into a private copy
    lines = read_conversion(path, spec)
    prev_frame, prev_sha = _keys(previous, layout, params)
    cur_frame, _ = _keys(current, layout, params)
    state = ConversionState(lines, prev_frame, cur_frame)
    results = []
    for cls in all_rules():
        if not issubclass(cls, ConversionRule):
            continue
        result = RuleResult(cls.info())
        for finding in cls().check_conversion(state):
            result.count += 1
            if limit is None or len(result.findings) < limit:
                result.findings.append(finding)
        results.append(result)
    identity = Identity(
        tool_version=__version__,
        ruleset_version=params.ruleset_version,
        layout_name=layout.name,
        layout_file=layout.path,
        input_file=display_path(path),
        input_sha256=scan_file(path).sha256,
        row_count=len(lines),
        run_at=dt.datetime.now().replace(microsecond=0),
        as_of=as_of or dt.date.today(),
        previous_file=display_path(previous),
        previous_sha256=prev_sha,
    )
    notice = spec.notice()
    return Report(identity, results, kind="conversie", notices=[notice] if notice else [])


def matches(frame: pl.DataFrame, line: ConversionLine, side: str) -> pl.DataFrame:
    """Records of ``frame`` with the old or new (``side``) registratienummer and codes."""
    condition = pl.col("registratienummer") == line.values[f"{side}_registratienummer"]
    for name in ("gemeentecode", "berichtgevercode"):
        value = line.values[f"{side}_{name}"]
        if value is not None:
            condition = condition & (pl.col(name) == value)
    return frame.filter(condition)
