"""Every entry in SLOW_TESTS (tests/conftest.py) still names an existing test file or test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SLOW_TESTS

TESTS = Path(__file__).parent


@pytest.mark.parametrize("entry", SLOW_TESTS)
def test_slow_entry_names_an_existing_test(entry: str) -> None:
    where, _, name = entry.partition("::")
    path = TESTS / where
    assert path.exists(), f"{where} bestaat niet meer"
    if name:
        assert re.search(rf"def {re.escape(name)}", path.read_text(encoding="utf-8")), entry
