"""BSN detection by the elfproef and masking."""

from __future__ import annotations

import pytest

from srg_guide.privacy import (
    contains_bsn,
    hash_value,
    is_bsn,
    mask_bsn,
    mask_bsns_in_text,
    safe_text,
    visible,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("111222333", True),
        ("123456782", True),
        ("123456789", False),
        ("000000000", False),
        ("12345678", False),
        ("1234567820", False),
        ("12345678a", False),
        ("１２３４５６７８２", False),
    ],
)
def test_is_bsn(value: str, expected: bool) -> None:
    assert is_bsn(value) is expected


def test_mask_keeps_last_two_digits() -> None:
    assert mask_bsn("123456782") == "*******82"


def test_mask_in_text_only_touches_valid_numbers() -> None:
    text = "bsn 123456782, reg 123456789, lang 1234567820"
    assert mask_bsns_in_text(text) == "bsn *******82, reg 123456789, lang 1234567820"
    assert not contains_bsn(mask_bsns_in_text(text))
    assert contains_bsn(text)


def test_hash_is_salted_and_stable() -> None:
    assert hash_value("123456782", "a") == hash_value("123456782", "a")
    assert hash_value("123456782", "a") != hash_value("123456782", "b")
    assert "123456782" not in hash_value("123456782", "a")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123.456.782", "***.***.*82"),
        ("123 456 782", "*** *** *82"),
        ("123-456-782", "***-***-*82"),
        ("12 34 56 78 2", "** ** ** *8 2"),
        ("=123456782", "=*******82"),
        ("#123456782", "#*******82"),
        (" 123456782", " *******82"),
        ("１２３４５６７８２", "*******８２"),  # full-width digits
        ("begin 01-10-2022, eind 01-09-2022", "begin 01-10-2022, eind 01-09-2022"),
        ("1234567820", "1234567820"),
        ("REG-F01-001", "REG-F01-001"),
        ("V00000049", "V00000049"),
    ],
)
def test_mask_finds_bsns_written_with_separators(text: str, expected: str) -> None:
    assert mask_bsns_in_text(text) == expected
    assert not contains_bsn(mask_bsns_in_text(text))


def test_masking_goes_on_until_nothing_passes() -> None:
    # After masking the first number, 82 and the next group would make nine digits again.
    masked = mask_bsns_in_text("123.456.782.1234567")
    assert not contains_bsn(masked)
    assert masked.startswith("***.***.*82")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1b[2J", r"\x1b[2J"),
        ("a\nb\rc\td", r"a\nb\rc\td"),
        ("nul\x00een\x01vt\x0b", r"nul\x00een\x01vt\x0b"),
        ("\u202egnp.exe", r"\u202egnp.exe"),
        ("\x9b31m", r"\x9b31m"),
        ("gewoon: é € ß", "gewoon: é € ß"),
    ],
)
def test_visible_writes_out_control_characters(text: str, expected: str) -> None:
    assert visible(text) == expected


def test_safe_text_masks_and_escapes() -> None:
    assert safe_text("\x1b]0;123.456.782\x07") == r"\x1b]0;***.***.*82\x07"


# C0 and C1 control characters, DEL, and the bidirectional marks and overrides.
CONTROL_CHARACTERS = [
    *map(chr, range(0x00, 0x20)),
    *map(chr, range(0x7F, 0xA0)),
    "\u200e",
    "\u200f",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]


@pytest.mark.parametrize("char", CONTROL_CHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
def test_visible_writes_out_every_control_character(char: str) -> None:
    assert visible(f"a{char}b") == "a" + char.encode("unicode_escape").decode() + "b"


@pytest.mark.parametrize(
    "text",
    ["regel 12345678", "V00000674/0363/12345", "12.345.678", "1234 5678", "12345678 a 9", ""],
)
def test_text_without_nine_digits_in_a_row_is_left_alone(text: str) -> None:
    assert mask_bsns_in_text(text) == text
