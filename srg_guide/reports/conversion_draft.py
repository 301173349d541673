"""A draft conversion file from a check's likely renumberings (``check --draft-conversion``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from srg_guide.atomic import write_atomic
from srg_guide.checks.conversion_layout import FIELDS, ConversionLayout, load_conversion_layout
from srg_guide.checks.report import Report
from srg_guide.privacy import mask_bsns_in_text


def write_draft_conversion(
    report: Report, path: Path, conversion_layout: ConversionLayout | None = None
) -> None:
    """A draft conversion file in the assumed layout, one line per likely renumbering, to confirm.

    A number that passes the BSN elfproef is masked: no BSN leaves srg-guide by default.
    """
    spec = conversion_layout or load_conversion_layout()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=spec.delimiter, lineterminator="\n")
    writer.writerow(spec.columns[c] for c in FIELDS)
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
