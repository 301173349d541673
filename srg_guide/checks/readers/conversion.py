"""Read a conversion file (old -> new registratienummer) in the layout of tables/conversie.yaml."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from srg_guide.checks.context import CONVERSION_REQUIRED, ConversionLine
from srg_guide.checks.conversion_layout import FIELDS, ConversionLayout
from srg_guide.checks.readers.scan import FileScan
from srg_guide.errors import InputFileError, Location, display_path


def read_conversion(path: Path, spec: ConversionLayout, scan: FileScan) -> list[ConversionLine]:
    """Parse a conversion file in layout ``spec``; a missing column is an InputFileError.

    ``scan`` is ``scan_file(path)``: it gives the encoding.
    """
    source = display_path(path)
    data = path.read_bytes()
    text = data.decode("cp1252" if scan.encoding == "cp1252" else "utf-8", errors="replace")
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=spec.delimiter)
    try:
        header = [cell.strip() for cell in next(rows, [])]
        for name in CONVERSION_REQUIRED:
            column = spec.columns[name]
            if column not in header:
                raise InputFileError(
                    f'kolom "{column}" ontbreekt in de kopregel (layout: {spec.path})',
                    Location(source, 1, column),
                )
        index = {c: header.index(spec.columns[c]) for c in FIELDS if spec.columns[c] in header}
        result = []
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            values = {
                c: (row[index[c]].strip() or None) if c in index and index[c] < len(row) else None
                for c in FIELDS
            }
            result.append(ConversionLine(rows.line_num, len(row), values))
    except csv.Error as exc:
        raise InputFileError(f"CSV onleesbaar: {exc}", Location(source, rows.line_num)) from None
    return result
