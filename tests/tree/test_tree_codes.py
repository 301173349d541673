"""Type codes: no invented codes; an organisation sets missing ones in its own tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from srg_guide.errors import ProblemsError
from srg_guide.tree import build_rationale, codes_for, load_tree, run_answers, to_json, to_text
from srg_guide.tree.paths import iter_paths

REPO = Path(__file__).resolve().parents[2]
TREE = load_tree(REPO / "trees" / "srg.yaml")
# Types whose name CBS publishes but whose code no source of ours gives (srg-facts §3).
WITHOUT_CODE = {"lks-pw", "forfaitaire-lks", "tijdelijke-lks", "wiw-id-baan", "beschut-werk", "ips"}
WITHOUT_CODE.add("coaching")
CODE_MENTION = re.compile(r"\b(?:type|code)s? (\d{2})\b", re.IGNORECASE)


def test_shipped_types_without_a_source_have_no_code() -> None:
    codes = codes_for()
    assert {t.id for t in codes.codes.values() if t.code is None} == WITHOUT_CODE
    assert {t.code for t in codes.codes.values() if t.code} == {
        "22", "23", "29", "30", "31", "42", "43", "59", "98"
    }  # fmt: skip
    assert all(t.confirmed for t in codes.codes.values() if t.code)


def test_no_outcome_text_names_a_code_that_is_not_confirmed() -> None:
    confirmed = {t.code for t in codes_for().codes.values() if t.code}
    for outcome in TREE.outcomes:
        texts = [outcome.title, outcome.explanation, *(w.text for w in outcome.warnings)]
        for text in texts:
            for number in CODE_MENTION.findall(text):
                assert number in confirmed, (outcome.id, text)


def test_no_outcome_of_the_shipped_tree_shows_an_unconfirmed_code_as_real() -> None:
    codes = codes_for()
    invented = {"11", "12", "13", "14", "21", "32", "41"}
    seen = set()
    for path in iter_paths(TREE):
        if not path.outcome.counts or path.outcome.id in seen:
            continue
        seen.add(path.outcome.id)
        rationale = build_rationale(run_answers(TREE, path.answers).session, codes)
        text = to_text(rationale)
        type_line = next(line for line in text.splitlines() if line.startswith("Type voorz"))
        if path.outcome.type in WITHOUT_CODE:
            assert rationale.code is None
            assert "code niet ingesteld: haal de code uit de geldende Richtlijnen SRG" in type_line
        assert not any(f": {number} " in type_line for number in invented), type_line
        assert '"code": null' in to_json(rationale) or rationale.code not in invented
    assert {"type-lks-pw", "type-coaching", "type-ips", "type-beschut-werk"} <= seen


def organisation_tables(tmp_path: Path, body: str) -> Path:
    (tmp_path / "type-codes.yaml").write_text(body, encoding="utf-8")
    return tmp_path


def test_an_organisation_code_is_shown_as_set_by_the_organisation(tmp_path: Path) -> None:
    tables = organisation_tables(
        tmp_path, '# Codes die uw organisatie heeft ingesteld\ncodes:\n  lks-pw: "11"\n'
    )
    codes = codes_for(tables=tables)
    entry = codes.codes["lks-pw"]
    assert entry.code == "11" and not entry.confirmed
    assert entry.code_text == "11 (ingesteld door uw organisatie)"
    assert codes.by_code("11") is entry
    answers = {
        "inzet-betrokken": "gemeente",
        "niveau": "voorziening",
        "doel": "re-integratie",
        "fin-budget": "subsidie",
        "subsidie-soort": "lks-pw",
    }
    text = to_text(build_rationale(run_answers(TREE, answers).session, codes))
    assert (
        "Type voorziening: 11 Loonkostensubsidie op grond van de Participatiewet "
        "(ingesteld door uw organisatie)"
    ) in text


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('codes:\n  lks-pw: "11"\n  bestaat-niet: "12"\n', "type-codes.yaml:3: codes.bestaat-niet"),
        ('codes:\n  lks-pw: "22"\n', 'code "22" hoort al bij type "participatieplaats"'),
        ('codes:\n  lks-pw: "11"\n  ips: "11"\n', 'code "11" hoort al bij type "lks-pw"'),
        ('codes:\n  training: "41"\n', "heeft al code 42 (bevestigd door het CBS)"),
        ("codes: [11]\n", "type-codes.yaml:1: codes: moet een mapping zijn"),
    ],
)
def test_a_wrong_organisation_code_file_is_a_file_line_error(
    tmp_path: Path, body: str, message: str
) -> None:
    with pytest.raises(ProblemsError) as caught:
        codes_for(tables=organisation_tables(tmp_path, body))
    assert any(message in str(problem) for problem in caught.value.problems), caught.value.problems


def test_duration_warnings_give_the_maximum_from_the_durations_table() -> None:
    durations = yaml.safe_load((REPO / "tables" / "durations.yaml").read_text(encoding="utf-8"))
    max_months = {str(code): months for code, months in durations["max_months"].items()}
    codes = codes_for()
    warned = set()
    for outcome in TREE.outcomes:
        entry = codes.get(outcome.type)
        texts = " ".join(w.text for w in outcome.warnings)
        if entry is not None and entry.code in max_months:
            assert f"langer loopt dan {max_months[entry.code]} maanden" in texts, outcome.id
            warned.add(entry.code)
        else:
            assert "maanden" not in texts, outcome.id
    assert warned == set(max_months)
