"""Types without a confirmed code, the organisation's type-codes.yaml and the layered tables."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from srg_guide.checks.layout import load_layout
from srg_guide.checks.params import load_params, params_for
from srg_guide.checks.runner import run_check
from srg_guide.cli import main
from srg_guide.codelist import load_codes
from srg_guide.errors import InputFileError, SrgGuideError
from srg_guide.locations import bundled_sample, data_dir, sample_tables
from srg_guide.sample import generate, parse_defects
from tests.checks.deliveries import NEW_CODES, write_delivery

LKS_NAME = "Loonkostensubsidie op grond van de Participatiewet"
LKS_RULES = ("SRG301", "SRG302", "SRG303")


def _org_tables(tmp_path: Path, text: str) -> Path:
    """An organisation's tables folder holding only type-codes.yaml."""
    folder = tmp_path / "eigen-tabellen"
    folder.mkdir()
    (folder / "type-codes.yaml").write_text(text, encoding="utf-8")
    return folder


def test_new_form_without_codes_loads_and_names_the_missing_ones() -> None:
    params = load_params(trees=NEW_CODES)
    assert "22" in params.type_codes
    assert params.lks_pw_codes == frozenset()
    assert [t.name for t in params.without_code("lks_pw")] == [LKS_NAME]
    assert "lks-pw" in {t.id for t in params.without_code()}


def test_lks_rules_not_run_without_the_code(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", [{"type_voorziening": "22"}])
    report = run_check(path, params=load_params(trees=NEW_CODES))
    reasons = {s.rule.code: s.reason for s in report.skipped}
    for code in LKS_RULES:
        assert reasons[code] == f"code voor {LKS_NAME} niet ingesteld"
    assert not set(LKS_RULES) & {r.rule.code for r in report.results}


def test_organisation_folder_with_only_type_codes_falls_back_for_the_rest(
    tmp_path: Path,
) -> None:
    folder = _org_tables(tmp_path, 'codes:\n  lks-pw: "11"\n')
    params = load_params(folder, NEW_CODES)
    assert params.lks_pw_codes == frozenset({"11"})
    (lks,) = [t for t in params.types if t.id == "lks-pw"]
    assert lks.code_source == "organisatie"
    assert params.max_months == load_params().max_months  # durations.yaml from the bundle
    path = write_delivery(tmp_path / "l.csv", [{"type_voorziening": "11", "doel_inzet": "2"}])
    report = run_check(path, params=params)
    fired = {r.rule.code: r.count for r in report.results}
    assert fired["SRG301"] == 1
    assert {s.rule.code for s in report.skipped}.isdisjoint(LKS_RULES)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('codes:\n  lks-pw: "11"\n  onbekend: "12"\n', 3, "onbekend type"),
        ('codes:\n  lks-pw: "22"\n', 2, 'hoort al bij type "participatieplaats"'),
        ('codes:\n  participatieplaats: "23"\n', 2, "heeft al code 22"),
        ('codes:\n  lks-pw: "11"\n  ips: "11"\n', 3, "hoort al bij"),
        ("codes:\n  lks-pw: [1]\n", 2, "moet een code zijn"),
        ("codes: 11\n", 1, "moet een mapping zijn"),
    ],
)
def test_bad_type_codes_name_file_and_line(
    tmp_path: Path, text: str, line: int | None, words: str
) -> None:
    folder = _org_tables(tmp_path, text)
    with pytest.raises(InputFileError) as caught:
        load_params(folder, NEW_CODES)
    message = str(caught.value)
    assert "type-codes.yaml" in message
    if line is not None:
        assert f"type-codes.yaml:{line}" in message
    assert words in message


def test_two_bad_type_codes_are_named_in_one_message(tmp_path: Path) -> None:
    folder = _org_tables(tmp_path, 'codes:\n  onbekend: "12"\n  lks-pw: [1]\n')
    with pytest.raises(InputFileError) as caught:
        load_params(folder, NEW_CODES)
    first, second = str(caught.value).splitlines()
    assert "type-codes.yaml:2: codes.onbekend: onbekend type" in first
    assert "type-codes.yaml:3: codes.lks-pw: moet een code zijn" in second


def test_a_code_list_without_the_participatie_doel_id_is_refused(tmp_path: Path) -> None:
    trees = tmp_path / "trees"
    trees.mkdir()
    text = (NEW_CODES / "codes.yaml").read_text("utf-8")
    (trees / "codes.yaml").write_text(text.replace("id: participatie", "id: meedoen"), "utf-8")
    with pytest.raises(InputFileError, match='geen doel met id "participatie"') as caught:
        load_params(trees=trees)
    assert "codes.yaml: doelen" in str(caught.value)


def test_the_participatie_rule_reads_the_doel_code_from_the_code_list(tmp_path: Path) -> None:
    trees = tmp_path / "trees"
    trees.mkdir()
    text = (NEW_CODES / "codes.yaml").read_text("utf-8")
    (trees / "codes.yaml").write_text(text.replace('code: "2"', 'code: "7"'), "utf-8")
    folder = _org_tables(tmp_path, 'codes:\n  lks-pw: "11"\n')
    params = load_params(folder, trees)
    assert params.doel_code("participatie") == "7"
    records = [{"type_voorziening": "11", "doel_inzet": doel} for doel in ("2", "7")]
    report = run_check(write_delivery(tmp_path / "l.csv", records), params=params)
    assert {r.rule.code: r.count for r in report.results}.get("SRG301") == 1


def test_the_current_code_list_still_loads() -> None:
    params = load_params()
    assert params.type_codes
    assert all(t.code for t in params.types) or params.without_code()


def test_layouts_fall_back_to_the_bundled_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _org_tables(tmp_path, 'codes:\n  lks-pw: "11"\n')
    path = write_delivery(tmp_path / "l.csv", [{}])
    assert main(["check", str(path), "--tables", str(folder), "--format", "json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)


def test_an_own_layout_in_the_organisation_folder_wins(tmp_path: Path) -> None:
    folder = _org_tables(tmp_path, 'codes:\n  lks-pw: "11"\n')
    (folder / "layouts").mkdir()
    text = (data_dir("tables") / "layouts" / "voorbeeld.yaml").read_text("utf-8")
    (folder / "layouts" / "voorbeeld.yaml").write_text(
        text.replace("name: Voorbeeld-layout", "name: Eigen layout"), "utf-8"
    )
    assert load_layout(None, folder).name.startswith("Eigen layout")


def test_example_codes_are_labelled() -> None:
    text = (sample_tables() / "type-codes.yaml").read_text("utf-8")
    assert text.startswith("# VOORBEELDCODES, niet van het CBS")
    assert not (data_dir("tables") / "type-codes.yaml").exists()


def test_bundled_sample_uses_the_example_tables_and_says_so() -> None:
    params = params_for(bundled_sample(), trees=NEW_CODES)
    assert params.lks_pw_codes
    assert "VOORBEELDCODES" in params.notices[0]
    report = run_check(bundled_sample(), params=params)
    assert {s.rule.code for s in report.skipped}.isdisjoint(LKS_RULES)
    assert sum(r.count for r in report.results if r.rule.code in LKS_RULES) > 0


def test_own_file_does_not_get_the_example_codes(tmp_path: Path) -> None:
    copy = tmp_path / "voorbeeld-levering.csv"
    shutil.copy(bundled_sample(), copy)
    params = params_for(copy, trees=NEW_CODES)
    assert params.lks_pw_codes == frozenset()
    assert not params.notices


def test_sample_without_lks_code_leaves_out_lks_defects() -> None:
    params = load_params(trees=NEW_CODES)
    sample = generate(2000, 3, params)
    assert not {d.code for d in sample.injected} & set(LKS_RULES)
    with pytest.raises(SrgGuideError):
        generate(200, 3, params, defects=parse_defects("SRG301", False))


def test_mirror_says_where_a_code_comes_from(tmp_path: Path) -> None:
    folder = _org_tables(tmp_path, 'codes:\n  lks-pw: "11"\n')
    records = [{"type_voorziening": t} for t in ("11", "22", "77")]
    report = run_check(
        write_delivery(tmp_path / "l.csv", records), params=load_params(folder, NEW_CODES)
    )
    sources = {t.code: t.code_source for t in report.mirror.types}
    assert sources == {"11": "organisatie", "22": "codelijst", "77": ""}
    sample = params_for(bundled_sample(), trees=NEW_CODES)
    assert {t.code_source for t in sample.types if t.id == "lks-pw"} == {"voorbeeld"}


def test_load_params_uses_the_code_table_it_is_given(tmp_path: Path) -> None:
    table = load_codes(NEW_CODES / "codes.yaml")
    renamed = {k: replace(t, name=f"Eigen {t.name}") for k, t in table.codes.items()}
    params = load_params(codes=replace(table, codes=renamed, version="eigen"))
    assert params.type_codes["22"] == "Eigen Participatieplaats"
    assert params.versions["codes"] == "eigen"
