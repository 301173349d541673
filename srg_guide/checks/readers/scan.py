"""One cheap pass over the raw bytes: hash, line count, encoding guess, reader hints."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from srg_guide.errors import InputFileError, Location, display_path, os_reason

_CHUNK = 1 << 20
MAX_HEADER_BYTES = 65536
"""A header line longer than this is refused, not cut (a cut header miscounts the fields)."""


@dataclass(frozen=True)
class FileScan:
    """What the pass learned about the file."""

    sha256: str
    size: int
    line_count: int
    encoding: str
    bad_utf8: bool
    cp1252_ok: bool
    has_quote: bool
    has_unit_separator: bool
    first_line: bytes
    first_line_complete: bool = True
    starts_utf16: bool = False
    looks_binary: bool = False
    has_carriage_return: bool = False


def scan_file(path: Path) -> FileScan:
    """Hash and sniff ``path`` in 1 MiB chunks; the file is opened read-only."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    size = newlines = 0
    bad = real_non_ascii = has_quote = has_unit = has_cr = False
    cp1252_ok = True
    first = b""
    first_complete = True
    last = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                if not first:
                    line = chunk.split(b"\n", 1)[0]
                    first_complete = len(line) <= MAX_HEADER_BYTES
                    first = line[:MAX_HEADER_BYTES]
                size += len(chunk)
                newlines += chunk.count(b"\n")
                has_quote = has_quote or b'"' in chunk
                has_unit = has_unit or b"\x1f" in chunk
                has_cr = has_cr or b"\r" in chunk
                last = chunk[-1:]
                if not chunk.isascii():
                    text = decoder.decode(chunk)
                    replaced = text.count("\ufffd")
                    bad = bad or replaced > 0
                    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
                    real_non_ascii = real_non_ascii or non_ascii > replaced
                    cp1252_ok = cp1252_ok and _is_cp1252(chunk)
                elif decoder.getstate()[0]:
                    # A character was split over two chunks and this one does not finish it.
                    bad = bad or "\ufffd" in decoder.decode(chunk)
            bad = bad or "\ufffd" in decoder.decode(b"", final=True)
    except FileNotFoundError:
        raise InputFileError("bestand niet gevonden", Location(display_path(path))) from None
    except IsADirectoryError:
        raise InputFileError("dit is een map, geen bestand", Location(display_path(path))) from None
    except OSError as exc:
        raise InputFileError(
            f"kan bestand niet lezen ({os_reason(exc)})", Location(display_path(path))
        ) from None
    # Windows-1252 only when UTF-8 fails, nothing in it looks like UTF-8 and it decodes cleanly.
    encoding = "cp1252" if bad and not real_non_ascii and cp1252_ok else "utf-8"
    lines = newlines + (1 if last and last != b"\n" else 0)
    return FileScan(
        sha256=digest.hexdigest(),
        size=size,
        line_count=lines,
        encoding=encoding,
        bad_utf8=bad,
        cp1252_ok=cp1252_ok,
        has_quote=has_quote,
        has_unit_separator=has_unit,
        first_line=first.rstrip(b"\r"),
        first_line_complete=first_complete,
        starts_utf16=_looks_utf16(first),
        looks_binary=b"\x00" in first[:4096] and not _looks_utf16(first),
        has_carriage_return=has_cr,
    )


def _looks_utf16(start: bytes) -> bool:
    """A UTF-16 byte order mark, or a zero byte next to (nearly) every ASCII letter."""
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = start[:200]
    if len(sample) < 8:
        return False
    return any(
        half.count(0) * 5 >= len(half) * 4 and other.count(0) * 5 <= len(other)
        for half, other in ((sample[1::2], sample[0::2]), (sample[0::2], sample[1::2]))
    )


def _is_cp1252(chunk: bytes) -> bool:
    try:
        chunk.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def refuse_unreadable_text(path: Path, scan: FileScan) -> None:
    """Name the encoding or line ending of a text file the readers cannot split into lines."""
    where = Location(display_path(path), 1)
    if scan.looks_binary:
        raise InputFileError(
            "dit is geen tekstbestand: het bevat nultekens (binaire gegevens); geef een "
            "leveringsbestand in CSV, vaste breedte of Excel",
            where,
        )
    if scan.starts_utf16:
        raise InputFileError(
            "het bestand is in UTF-16 opgeslagen; sla het op als UTF-8 (of Windows-1252) "
            "en controleer het opnieuw",
            where,
        )
    if scan.has_carriage_return and scan.line_count <= 1 and b"\r" in scan.first_line:
        raise InputFileError(
            "de regels eindigen alleen op CR (oude Mac-opmaak), niet op LF of CRLF; sla het "
            "bestand op met Windows- of Unix-regeleinden",
            where,
        )
