"""Safe YAML loading with lines, and Dutch errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide import yamlio
from srg_guide.errors import InputFileError
from srg_guide.yamlio import YamlList, YamlMap, load_yaml, parse_yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, params=["libyaml", "python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test here runs with libyaml's parser and with the pure-Python fallback."""
    if request.param == "python":
        monkeypatch.setattr(yamlio, "_Loader", yamlio._PureLineLoader)
    elif not yamlio.yaml.__with_libyaml__:
        pytest.skip("PyYAML is gebouwd zonder libyaml")
    return str(request.param)


def _with_lines(value: object) -> object:
    """A value with the line of every mapping, key, list and item, for comparing loads."""
    if isinstance(value, YamlMap):
        items = {k: _with_lines(v) for k, v in value.items()}
        return (value.line, sorted(value.key_lines.items()), items)
    if isinstance(value, YamlList):
        return (value.line, value.item_lines, [_with_lines(v) for v in value])
    return value


def test_both_parsers_read_the_shipped_files_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(
        p for folder in ("trees", "tables", "scenarios") for p in (ROOT / folder).rglob("*.yaml")
    )
    assert len(files) > 20
    fast = [_with_lines(load_yaml(p)) for p in files]
    monkeypatch.setattr(yamlio, "_Loader", yamlio._PureLineLoader)
    assert [_with_lines(load_yaml(p)) for p in files] == fast


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
        ("a: 1\nb: [x, y\nc: 2\n", 2, "lijst tussen [ en ] is niet goed afgesloten"),
        ("a: 1\nb: " + "[" * 60 + "\n", 2, "te diep genest"),
        ("a: 1\nb: " + "[" * 5000 + "\n", 2, "te diep genest"),
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
