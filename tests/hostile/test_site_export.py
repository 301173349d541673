"""Critical 4: a module id is a strict slug, checked at load time; the site stays inside OUT."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.guidelines.library import load_library
from tests.hostile.conftest import REPO


def _library_with_id(tmp_path: Path, module_id: str) -> Path:
    folder = tmp_path / "deep" / "er" / "richtlijnen"
    shutil.copytree(REPO / "guidelines", folder)
    module = folder / "type-98.md"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("id: type-98\n", f"id: '{module_id}'\n", 1), encoding="utf-8")
    return folder


def _all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


@pytest.mark.parametrize(
    "module_id", ["../../x", "/tmp/srg-guide-x", "javascript:alert(1)", "a/b", "A", "x\ny"]
)
def test_bad_module_id_is_an_error_and_nothing_is_written(
    module_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _library_with_id(tmp_path, module_id)
    library = load_library(folder)
    assert "type-98" not in library.modules and module_id not in library.modules
    problem = next(p for p in library.problems if p.where.field == "id")
    assert problem.where.line == 2 and problem.where.path.endswith("type-98.md")
    before = _all_files(tmp_path)
    out = tmp_path / "deep" / "er" / "site"
    assert main(["export", "site", str(out), "--guidelines", str(folder)]) == 2
    assert "Export geweigerd" in capsys.readouterr().err
    assert _all_files(tmp_path) == before
    assert not Path("/tmp/srg-guide-x.html").exists()


def test_every_exported_file_lies_inside_out(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert main(["export", "site", str(out)]) == 0
    root = out.resolve()
    files = _all_files(tmp_path)
    assert files and all(p.resolve().is_relative_to(root) for p in files)
    assert not any(p.is_symlink() for p in files)
    for page in out.glob("*.html"):
        hrefs = re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8"))
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
