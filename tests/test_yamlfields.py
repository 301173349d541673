"""The one YAML field reader: every problem with file:line:field, in one error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from srg_guide.checks.conversion_layout import load_conversion_layout
from srg_guide.checks.params import load_params
from srg_guide.codelist import load_codes
from srg_guide.errors import InputFileError, ProblemsError
from srg_guide.guidelines.loader import load_module
from srg_guide.infographic.model import load_infographic
from srg_guide.locations import data_dir
from srg_guide.tree.loader import parse_tree
from srg_guide.tree.scenario import load_scenario
from srg_guide.yamlfields import FieldProblemsError, FieldReader
from srg_guide.yamlio import YamlMap, parse_yaml


def _read(text: str) -> tuple[FieldReader, YamlMap]:
    read = FieldReader("t.yaml")
    return read, read.document(parse_yaml(text, "t.yaml"), "dit bestand")


@pytest.mark.parametrize(
    ("text", "call", "expected", "problem"),
    [
        ("a: tekst\n", lambda r, d: r.text(d, "a"), "tekst", None),
        ("b: 1\n", lambda r, d: r.text(d, "a"), "", "t.yaml:1: a: ontbreekt"),
        ("a: [1]\n", lambda r, d: r.text(d, "a", "x"), "", "t.yaml:1: x.a: moet tekst zijn"),
        ("a: 3\n", lambda r, d: r.integer(d, "a", minimum=1), 3, None),
        ("a: -1\n", lambda r, d: r.integer(d, "a"), None, "t.yaml:1: a: moet een heel getal"),
        ("a: true\n", lambda r, d: r.number(d, "a"), None, "t.yaml:1: a: moet een getal zijn"),
        ("a: 2025-01-31\n", lambda r, d: r.date(d, "a"), dt.date(2025, 1, 31), None),
        ("a: 31-01-2025\n", lambda r, d: r.date(d, "a"), None, "geen datum; schrijf JJJJ-MM-DD"),
        ("a: ja\n", lambda r, d: r.boolean(d, "a", default=False), False, "schrijf true (ja)"),
        ("a: z\n", lambda r, d: r.choice(d, "a", "xy", default="x"), "x", '"z" kan niet'),
        ("a: [p, 2]\n", lambda r, d: r.texts(d, "a"), ("p", "2"), None),
        ("a: {p: 1}\n", lambda r, d: r.texts(d, "a"), (), "schrijf een lijst met teksten"),
        ("a: ;;\n", lambda r, d: r.delimiter(d, "a"), ";", "het scheidingsteken moet één teken"),
    ],
)
def test_typed_fields_note_a_problem_and_give_a_default(
    text: str, call: object, expected: object, problem: str | None
) -> None:
    read, data = _read(text)
    assert callable(call)
    assert call(read, data) == expected
    if problem is None:
        assert read.problems == []
    else:
        assert len(read.problems) == 1
        assert problem in str(read.problems[0])


def test_items_and_unknown_fields_name_the_list_index() -> None:
    read, data = _read("rows:\n  - {a: 1}\n  - gewoon tekst\n  - {a: 2, b: 3}\n")
    items = read.items(data, "rows")
    for index, item in items:
        read.unknown_fields(item, {"a"}, f"rows[{index}]")
    assert [index for index, _ in items] == [0, 2]
    assert [str(p) for p in read.problems] == [
        "t.yaml:3: rows[1]: moet een mapping zijn",
        "t.yaml:4: rows[2].b: onbekend veld; kies uit a",
    ]


def test_all_problems_in_one_error_that_is_both_kinds() -> None:
    read, data = _read("a: [1]\nb: x\n")
    read.text(data, "a")
    read.integer(data, "b")
    with pytest.raises(FieldProblemsError) as caught:
        read.raise_problems()
    error = caught.value
    assert isinstance(error, InputFileError)
    assert isinstance(error, ProblemsError)
    assert str(error) == (
        "t.yaml:1: a: moet tekst zijn\nt.yaml:2: b: moet een heel getal zijn (minstens 0)"
    )
    assert len(error.problems) == 2


def test_one_problem_keeps_its_location_on_the_error() -> None:
    read, data = _read("a: [1]\n")
    read.text(data, "a")
    with pytest.raises(FieldProblemsError) as caught:
        read.raise_problems()
    assert caught.value.where is not None
    assert caught.value.where.line == 1
    assert caught.value.message == "moet tekst zijn"


def test_line_offset_shifts_every_line() -> None:
    read = FieldReader("m.md", line_offset=1)
    data = read.document(parse_yaml("a: 1\nb: [x]\n", "m.md"), "front matter")
    read.text(data, "b")
    assert str(read.problems[0]) == "m.md:3: b: moet tekst zijn"


def test_a_list_at_the_top_ends_reading_at_once() -> None:
    with pytest.raises(InputFileError, match=r"t\.yaml:1: dit bestand moet een YAML-mapping"):
        _read("- a\n- b\n")


def test_conversion_layout_names_two_problems_in_one_message(tmp_path: Path) -> None:
    (tmp_path / "conversie.yaml").write_text(
        "delimiter: ';;'\ncolumns:\n  oud_registratienummer: oud\n  onzin: x\n", encoding="utf-8"
    )
    with pytest.raises(InputFileError) as caught:
        load_conversion_layout(tmp_path)
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert lines[1].endswith(
        'conversie.yaml:4: columns.onzin: onbekende naam "onzin"; bekend zijn '
        "oud_registratienummer, nieuw_registratienummer, oud_gemeentecode, nieuw_gemeentecode, "
        "oud_berichtgevercode, nieuw_berichtgevercode"
    )
    assert lines[0].endswith(
        'conversie.yaml:1: delimiter: het scheidingsteken moet één teken zijn, zoals ";"'
    )


# Each loader: a file with two problems gives one message naming both, with file and line.


def _two_lines(error: BaseException, name: str) -> list[str]:
    lines = str(error).splitlines()
    assert len(lines) == 2, lines
    assert all(f"{name}:" in line for line in lines), lines
    return lines


def test_code_list_with_two_problems(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(
        "doelen:\n  - {id: participatie, code: '2', name: P}\n"
        "codes:\n  - {id: Fout, name: A}\n  - {id: b, name: B, code: [1], lks-pw: true}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputFileError) as caught:
        load_codes(path)
    first, second, third = str(caught.value).splitlines()  # three problems, two lines
    assert first.endswith(
        'codes.yaml:4: codes[0].id: "Fout" is geen geldige id '
        "(kleine letters, cijfers en streepjes)"
    )
    assert "codes.yaml:5: codes[1].lks-pw: onbekend veld" in second
    assert 'codes.yaml:5: codes[1].code: moet een code zijn, zoals "22"; laat het veld weg' in third


def test_table_with_two_problems(tmp_path: Path) -> None:
    (tmp_path / "durations.yaml").write_text(
        'version: "1"\nvalid_from: 2020-01-01\nmax_months:\n  "22": twaalf\n  "29": 0\n',
        encoding="utf-8",
    )
    with pytest.raises(InputFileError) as caught:
        load_params(tmp_path)
    first, second = _two_lines(caught.value, "durations.yaml")
    assert "durations.yaml:4: max_months.22: moet een heel getal zijn (minstens 1)" in first
    assert "durations.yaml:5: max_months.29: moet een heel getal zijn (minstens 1)" in second


def test_guideline_module_with_two_problems(tmp_path: Path) -> None:
    path = tmp_path / "goed.md"
    path.write_text(
        "---\nid: goed\ntitle: Goed\ncodes: []\ntags: {a: 1}\nvalid_from: 1-1-2024\n"
        "sources: [x]\n---\n\n# Goed\n",
        encoding="utf-8",
    )
    module, problems = load_module(path)
    assert module is not None
    assert sorted((p.where.line, p.where.field) for p in problems) == [
        (5, "tags"),
        (6, "valid_from"),
    ]


def test_infographic_with_two_problems(tmp_path: Path) -> None:
    source = data_dir("guidelines") / "infographics" / "traject-voorziening-activiteit.yaml"
    text = source.read_text("utf-8")
    broken = text.replace("    delivered: false", "    delivered: nee", 1)
    broken = broken.replace("  record: Eén record per voorziening\n", "")
    assert broken.count("\n") == text.count("\n") - 1
    path = tmp_path / "kapot.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_infographic(path)
    first, second = _two_lines(caught.value, "kapot.yaml")
    assert ".delivered: schrijf true (ja) of false (nee)" in first
    assert "cbs.record: ontbreekt" in second


def test_tree_with_two_problems() -> None:
    text = (
        "id: t\ntitle: T\nversion: '1'\nvalid_from: 2025-01-01\nstart: a\nnodes:\n"
        "  a:\n    kind: question\n    text: Vraag?\n    kleur: rood\n"
        "    options:\n      - {id: x, label: X, next: b}\n"
        "  b:\n    kind: outcome\n    counts: misschien\n    title: Einde\n"
    )
    with pytest.raises(ProblemsError) as caught:
        parse_tree(text, "boom.yaml")
    first, second = _two_lines(caught.value, "boom.yaml")
    assert first.startswith("boom.yaml:10: nodes.a.kleur: onbekend veld")
    assert second.startswith("boom.yaml:15: nodes.b.counts: moet ja (true) of nee (false) zijn")


def test_scenario_with_two_problems(tmp_path: Path) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_text(
        "name: S\nanswers:\n  niveau: [a]\nexpect:\n  outcome: x\n  code: '42'\n", encoding="utf-8"
    )
    with pytest.raises(ProblemsError) as caught:
        load_scenario(path)
    first, second = _two_lines(caught.value, "scenario.yaml")
    assert "scenario.yaml:3: answers.niveau: moet een keuze-id zijn" in first
    assert "scenario.yaml:6: expect.code: onbekend veld" in second
    assert "gebruik type met de id uit codes.yaml" in second
