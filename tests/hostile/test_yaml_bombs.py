"""Billion laughs and deep nesting: every YAML loader refuses them quickly, with a line number."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.errors import InputFileError
from srg_guide.yamlio import MAX_DEPTH, parse_yaml
from tests.hostile.conftest import SAMPLE

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)
DEEP = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
DEEP_BLOCK = "".join(f"{'  ' * i}k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * 60 + "x: 1\n"


def test_small_aliases_still_load() -> None:
    data = parse_yaml("a: &x [1, 2]\nb: *x\n", "klein.yaml")
    assert data["b"] == [1, 2]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (LAUGHS, "te veel herhaling", 5),
        (DEEP, "te diep genest", 1),
        (DEEP_BLOCK, "te diep genest", MAX_DEPTH),
    ],
)
def test_parse_refuses_with_a_line(text: str, message: str, line: int) -> None:
    with pytest.raises(InputFileError, match=message) as refused:
        parse_yaml(text, "bom.yaml")
    assert refused.value.where is not None and refused.value.where.line == line


@pytest.mark.parametrize("text", [LAUGHS, DEEP])
def test_every_command_refuses_a_bomb(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bom.yaml"
    bomb.write_text(text, encoding="utf-8")
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text("inzet-betrokken: inwoner\n", encoding="utf-8")
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    (scenarios / "bom.yaml").write_text(text, encoding="utf-8")
    assert main(["classify", "--tree", str(bomb), "--answers", str(answers)]) == 2
    assert main(["classify", "--answers", str(bomb)]) == 2
    assert main(["check", str(SAMPLE), "--layout", str(bomb)]) == 2
    assert main(["tree", "test", str(scenarios)]) == 2
    captured = capsys.readouterr()
    assert "interne fout" not in captured.err + captured.out
    assert "te veel herhaling" in captured.err or "te diep genest" in captured.err


def test_a_huge_yaml_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "groot.yaml"
    big.write_bytes(b"# " + b"x" * (9 << 20) + b"\n")
    assert main(["check", str(SAMPLE), "--layout", str(big)]) == 2
    assert "te groot" in capsys.readouterr().err
