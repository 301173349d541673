"""Safe YAML loading with lines, and Dutch errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.errors import InputFileError
from srg_guide.yamlio import YamlList, YamlMap, load_yaml, parse_yaml


def test_lines_of_keys_and_items() -> None:
    data = parse_yaml("a: 1\nb:\n  - x\n  - y: 2\n", "t.yaml")
    assert isinstance(data, YamlMap)
    assert data.line_of("a") == 1
    assert data.line_of("b") == 2
    items = data["b"]
    assert isinstance(items, YamlList)
    assert items.line_of(1) == 4
    assert items[1].line_of("y") == 4


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: 1\na: 2\n", 2, "twee keer"),
        ("a: 1\n b: 2\nc: [\n", 2, "geen geldige YAML: hier mag geen dubbele punt"),
        ("a: !!python/object:os.system x\n", 1, "tag is niet toegestaan"),
        ("? [1, 2]\n: x\n", 1, "sleutel moet tekst zijn"),
    ],
)
def test_bad_yaml_names_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(InputFileError) as info:
        parse_yaml(text, "t.yaml")
    assert info.value.where is not None
    assert info.value.where.line == line
    assert fragment in str(info.value)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="niet gevonden"):
        load_yaml(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"a: 1\nb: \xff\n")
    with pytest.raises(InputFileError, match="UTF-8") as info:
        load_yaml(bad)
    assert info.value.where is not None and info.value.where.line == 2
