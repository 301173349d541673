"""BSN detection by the elfproef, and masking so no BSN leaves the screen by default."""

from __future__ import annotations

import hashlib
import re

_NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")


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


def mask_bsns_in_text(text: str) -> str:
    """Replace every elfproef-valid nine-digit run in ``text`` by its masked form."""
    return _NINE_DIGITS.sub(lambda m: mask_bsn(m.group()) if is_bsn(m.group()) else m.group(), text)


def contains_bsn(text: str) -> bool:
    """True when ``text`` holds a nine-digit run that passes the elfproef."""
    return any(is_bsn(m.group()) for m in _NINE_DIGITS.finditer(text))
