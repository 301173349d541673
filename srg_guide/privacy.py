"""BSN detection (elfproef, also with dots, spaces or dashes), masking, and safe terminal text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any, TextIO

# Digit groups joined by one separator each: 123456782, 123.456.782, 123 45 67 82, 1234-56-782.
_DIGIT_RUN = re.compile(r"\d+(?:[ .\-_\u00a0]\d+)*")
_GROUP = re.compile(r"\d+")
# Nine or more digits and separators in a row: only there can a BSN hide (a cheap first scan).
_CANDIDATE_REGION = re.compile(r"\d[\d .\-_\u00a0]{7,}\d")
# Nine digits, one separator at most between two: how a digit run with nine digits starts.
_NINE_DIGITS = re.compile(r"\d(?:[ .\-_\u00a0]?\d){8}")
# C0 and C1 control characters, DEL, and the bidirectional overrides that reorder text on screen.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def is_bsn(value: str) -> bool:
    """True when ``value`` is nine digits that pass the BSN elfproef."""
    if len(value) != 9 or not value.isascii() or not value.isdigit() or value == "000000000":
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(value[:8], range(9, 1, -1), strict=True)
    )
    return (total - int(value[8])) % 11 == 0


def mask_bsn(value: str) -> str:
    """Mask a BSN to its last two digits: ``*******82``."""
    return "*" * (len(value) - 2) + value[-2:]


def hash_value(value: str, salt: str) -> str:
    """Salted short hash, so equal values can be matched without showing them."""
    return hashlib.sha256(f"{salt}:{value}".encode()).hexdigest()[:12]


def _bsn_digit_positions(text: str) -> list[list[int]]:
    """Per possible BSN in ``text``: the positions of its nine digits.

    Whole digit groups only: nine digits inside a longer unbroken run are no BSN, but
    ``123.456.782`` and ``12 3456 782`` are, once the separators are taken out.
    """
    found: list[list[int]] = []
    for run in _runs_with_nine_digits(text):
        groups = [(m.start() + run.start(), m.group()) for m in _GROUP.finditer(run.group())]
        for first in range(len(groups)):
            digits = ""
            for last in range(first, len(groups)):
                digits += "".join(str(int(char)) for char in groups[last][1])  # also ０-９
                if len(digits) >= 9:
                    break
            if len(digits) == 9 and is_bsn(digits):
                found.append(
                    [
                        start + offset
                        for start, group in groups[first : last + 1]
                        for offset in range(len(group))
                    ]
                )
    return found


def _runs_with_nine_digits(text: str) -> Iterator[re.Match[str]]:
    """The whole digit runs that hold at least nine digits; a cheap scan skips the rest."""
    for region in _CANDIDATE_REGION.finditer(text):
        for run in _DIGIT_RUN.finditer(text, region.start(), region.end()):
            if _NINE_DIGITS.match(run.group()):
                yield run


def mask_bsns_in_text(text: str) -> str:
    """Mask every possible BSN in ``text`` to its last two digits, separators kept."""
    if not _CANDIDATE_REGION.search(text):
        return text  # most text has no nine digits in a row: skip the scan per digit run
    while found := _bsn_digit_positions(text):
        chars = list(text)
        for positions in found:
            for position in positions[:-2]:
                chars[position] = "*"
        # Masking can join the kept digits to a following group; go on until nothing passes.
        text = "".join(chars)
    return text


def contains_bsn(text: str) -> bool:
    """True when ``text`` holds nine digits, separators allowed, that pass the elfproef."""
    return bool(_bsn_digit_positions(text))


def visible(text: str) -> str:
    r"""Control characters written out (``\x1b``, ``\n``), so no field can steer a terminal."""
    if text.isprintable():
        return text  # every character _CONTROL matches is unprintable; this test is cheaper
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return char.encode("unicode_escape").decode("ascii")


def safe_text(text: str) -> str:
    """Text bound for any output: BSNs masked and control characters made visible."""
    return visible(mask_bsns_in_text(text))


def safe_message(text: str) -> str:
    r"""A message for the terminal: BSNs masked, controls written out except line breaks.

    A carriage return at the very start stays: the progress display rewrites its own line.
    """
    lead = "\r" if text.startswith("\r") else ""
    lines = mask_bsns_in_text(text[len(lead) :]).split("\n")
    return lead + "\n".join(visible(line) for line in lines)


class SafeStream:
    """A text stream (stderr) whose every write passes :func:`safe_message`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write the safe form of ``text``; returns the length of what was asked."""
        self.stream.write(safe_message(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
