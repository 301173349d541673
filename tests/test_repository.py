"""The repository stands on its own: docs point inside it, bundled scenarios are found anywhere."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.locations import data_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md"])
def test_docs_name_only_files_inside_the_repository(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    assert "../" not in text
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target:
            assert (REPO / target).exists(), target


def test_tree_test_finds_the_bundled_scenarios_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["tree", "test"]) == 0
    total = len(list(data_dir("scenarios").glob("*.yaml")))
    assert f"{total} van {total} scenario's geslaagd" in capsys.readouterr().out


def test_scenario_folder_can_be_set_by_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    [first, *_] = sorted(data_dir("scenarios").glob("*.yaml"))
    shutil.copy(first, tmp_path)
    monkeypatch.setenv("SRG_GUIDE_SCENARIOS", str(tmp_path))
    assert main(["tree", "test"]) == 0
    assert "1 van 1 scenario's geslaagd" in capsys.readouterr().out
