"""Exports are written atomically, with ordinary file permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from srg_guide.atomic import write_atomic
from srg_guide.errors import OutputFileError


def test_new_file_gets_umask_mode_and_no_temp_file_remains(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "rapport.txt", "inhoud")
    finally:
        os.umask(old)
    assert (tmp_path / "rapport.txt").read_text() == "inhoud"
    assert (tmp_path / "rapport.txt").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.txt"]


def test_existing_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "rapport.txt"
    target.write_text("oud en veel langer dan het nieuwe")
    target.chmod(0o600)
    write_atomic(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert target.stat().st_mode & 0o777 == 0o600


def test_unwritable_folder_gives_dutch_error(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(OutputFileError, match="kan niet schrijven"):
        write_atomic(blocker / "rapport.txt", "x")
