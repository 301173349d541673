"""BSN detection by the elfproef and masking."""

from __future__ import annotations

import pytest

from srg_guide.privacy import contains_bsn, hash_value, is_bsn, mask_bsn, mask_bsns_in_text


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
