"""Limits checked on an XLSX file before the reader opens it.

python-calamine builds each sheet as one dense block from A1 to the last cell: one cell
at XFD1048576 asks for seventeen billion cells and aborts the process. A small file can
also unpack to gigabytes of XML. So the zip directory and the cell references are read
first, in a streaming pass, and a file beyond these limits is refused with a message.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from srg_guide.errors import InputFileError, Location, display_path

MAX_UNPACKED_BYTES = 100 << 20
"""All parts of the file together, unpacked: 100 MiB (about 200,000 records)."""
MAX_ROWS = 300_000
"""Rows in one sheet, the header row included; larger deliveries go as CSV."""
MAX_COLUMNS = 200
"""Columns in one sheet (a delivery has about a dozen)."""
MAX_CELLS = 6_000_000
"""Rows times columns of one sheet: the block python-calamine allocates."""

# <c r="B7"> and <dimension ref="A1:L300">: the column letters and row number at the end.
_CELL_REF = re.compile(
    rb'<(?:\w+:)?(?:c|dimension)\b[^>]*?\br(?:ef)?="(?:[A-Z]+[0-9]+:)?([A-Z]+)([0-9]+)"'
)
_CHUNK = 1 << 20


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


def check_xlsx_limits(path: Path) -> None:
    """Refuse an XLSX whose unpacked size or sheet size is beyond the limits."""
    source = Location(display_path(path))
    if not zipfile.is_zipfile(path):
        return  # .xls or not a workbook at all: the reader says what is wrong
    try:
        with zipfile.ZipFile(path) as book:
            parts = book.infolist()
            unpacked = sum(part.file_size for part in parts)
            if unpacked > MAX_UNPACKED_BYTES:
                raise InputFileError(
                    f"uitgepakt is dit Excel-bestand {unpacked >> 20} MiB; het maximum is "
                    f"{MAX_UNPACKED_BYTES >> 20} MiB",
                    source,
                )
            for part in parts:
                if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                    _check_sheet(book, part, source)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise InputFileError(f"geen leesbaar Excel-bestand ({exc})", source) from None


def _check_sheet(book: zipfile.ZipFile, part: zipfile.ZipInfo, source: Location) -> None:
    rows = columns = 0
    tail = b""
    with book.open(part) as sheet:
        while chunk := sheet.read(_CHUNK):
            data = tail + chunk
            for letters, digits in _CELL_REF.findall(data):
                columns = max(columns, _column_number(letters))
                rows = max(rows, int(digits))
            tail = data[-256:]  # a reference cut by the chunk border is seen in the next pass
    name = part.filename.removeprefix("xl/worksheets/").removesuffix(".xml")
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        raise InputFileError(
            f"werkblad {name} loopt tot rij {_dutch(rows)} en kolom {_dutch(columns)}; het "
            f"maximum is {_dutch(MAX_ROWS)} rijen, {MAX_COLUMNS} kolommen en "
            f"{_dutch(MAX_CELLS)} cellen. Verwijder lege rijen en kolommen onderaan en rechts, "
            "of lever als CSV",
            source,
        )


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")
