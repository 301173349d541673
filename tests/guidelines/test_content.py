"""The shipped modules: coverage of codes and questions, examples, marked assumptions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from srg_guide.crossref import load_citations
from srg_guide.guidelines import load_library
from srg_guide.guidelines.display import module_markdown
from srg_guide.tree.codes import codes_for

REPO = Path(__file__).resolve().parents[2]
LIBRARY = load_library()
CODES = list(codes_for().codes.values())
CITATIONS, _ = load_citations()
SHARED_IDS = [
    "drie-criteria", "criterium-inzet", "criterium-financiering", "criterium-herleidbaar",
    "traject-voorziening-activiteit", "doel-inzet",
    "grijs-vrijwilligerswerk", "grijs-inburgering", "grijs-coaching-monitoring", "grijs-nazorg",
    "grijs-wmo", "grijs-collectief", "grijs-uwv-werkgever", "grijs-lks-varianten",
    "grijs-eigen-medewerkers", "grijs-parttime-werk", "grijs-praktijkroute", "grijs-externe-partij",
    "signaal-lks-doel-participatie", "signaal-lks-arbeidsvermogen", "signaal-lks-loonwaarde",
    "signaal-aow-leeftijd", "signaal-duur",
    "registratie-velden", "registratie-sleutel", "conversiebestand", "privacy",
    "levering-en-portaal",
]  # fmt: skip
TYPE_MODULES = {c.id: LIBRARY.for_code(c.key)[0].id for c in CODES if LIBRARY.for_code(c.key)}
EXAMPLE_MODULES = [
    *sorted(set(TYPE_MODULES.values())),
    "drie-criteria",
    "criterium-inzet",
    "criterium-financiering",
    "criterium-herleidbaar",
]


def _items_under(module_id: str, anchor: str) -> list[str]:
    body = LIBRARY.modules[module_id].body
    section = body.split("## ")
    chosen = next(s for s in section if s.lower().startswith(anchor))
    return [line for line in chosen.splitlines() if line.startswith(("- ", "1. ", "2. ", "3. "))]


@pytest.mark.parametrize("module_id", SHARED_IDS)
def test_every_shared_id_has_a_module(module_id: str) -> None:
    assert module_id in LIBRARY.modules


@pytest.mark.parametrize("type_id", [c.id for c in CODES])
def test_every_type_links_to_its_own_module(type_id: str) -> None:
    entry = next(c for c in CODES if c.id == type_id)
    module = LIBRARY.for_code(entry.key)[0]
    assert module.id.startswith("type-")
    if entry.code:
        assert module.id == f"type-{entry.code}"


def test_tree_is_loaded_and_every_question_cites_an_existing_module() -> None:
    questions = [q for q in CITATIONS.questions.values() if q.kind == "question"]
    assert len(questions) >= 5
    for question in questions:
        assert question.guidelines, question.id
        assert all(LIBRARY.resolve(ref.reference) for ref in question.guidelines), question.id


@pytest.mark.parametrize("module_id", EXAMPLE_MODULES)
def test_type_and_criterion_modules_have_examples_and_counter_examples(module_id: str) -> None:
    assert len(_items_under(module_id, "voorbeelden")) >= 3
    assert len(_items_under(module_id, "lijkt erop, maar telt niet")) >= 2


@pytest.mark.parametrize("type_id", [c.id for c in CODES if c.code is None])
def test_a_type_without_a_known_code_says_so_and_shows_no_number(type_id: str) -> None:
    module = LIBRARY.modules[TYPE_MODULES[type_id]]
    assert '!!! let-op "Code niet bekend"' in module.body
    assert "geldende Richtlijnen SRG" in module.body
    assert "(code niet bekend)" in module.title
    assert not any(ch.isdigit() for ch in module.title)


# Review of issue 10 §4: wording that stated an unsourced claim as fact, and language slips.
FORBIDDEN = [
    "consultant",
    "Hetzelfde taalcursus",
    "heeft niets veranderd",
    "noemt het CBS (nog) geen maximum",
    "Sinds juli 2024 stuurt",
    "Sinds juli 2024 mailt",
    "Een training is altijd",
    "Laat haar staan; het is een signalering",
    "Alleen bij dit type levert u ook loonwaarde",
    "Dit telt als [type 11]",
    "(code:11)",
]


@pytest.mark.parametrize("phrase", FORBIDDEN)
def test_reviewed_wording_is_gone_from_guidelines_and_tree(phrase: str) -> None:
    tree_text = (REPO / "trees" / "srg.yaml").read_text(encoding="utf-8")
    assert phrase not in tree_text
    for module in LIBRARY.modules.values():
        assert phrase not in module.body, module.id


@pytest.mark.parametrize(
    ("module_id", "marker"),
    [
        ("type-forfaitaire-lks", "Aanname: de betekenis"),
        ("type-tijdelijke-lks", "Aanname: de betekenis"),
        ("grijs-lks-varianten", "Voor zover bekend"),
        ("type-lks-pw", "Voor zover bekend"),
        ("drie-criteria", "aangescherpt"),
        ("signaal-duur", "kennen wij geen maximum"),
        ("grijs-wmo", "criterium 1"),
        ("type-98", "(aanname)"),
        ("grijs-uwv-werkgever", "aanname"),
        ("type-22", "aanname"),
        ("levering-en-portaal", "wil het CBS"),
        ("traject-voorziening-activiteit", "afleiding van srg-guide"),
        ("type-29", "aanname"),
        ("signaal-aow-leeftijd", "aanname"),
        ("grijs-coaching-monitoring", "geen substantiële inzet"),
        ("criterium-herleidbaar", "Aanname: ook als het per persoon is vastgelegd"),
        ("grijs-eigen-medewerkers", "Open punt: het personeelsbudget"),
        ("criterium-financiering", "Aanname (sterk)"),
    ],
)
def test_unsourced_statements_are_marked_or_corrected(module_id: str, marker: str) -> None:
    assert marker in LIBRARY.modules[module_id].body


def test_the_2019_portal_module_does_not_list_the_2024_duration_signal() -> None:
    old = load_library(as_of=dt.date(2020, 1, 1)).modules["levering-en-portaal"]
    assert "kwam pas in 2024" in old.body


@pytest.mark.parametrize("module", LIBRARY.modules.values(), ids=lambda m: m.id)
def test_every_module_cites_a_source(module: object) -> None:
    assert module.sources  # type: ignore[attr-defined]


def test_cited_module_lists_its_questions() -> None:
    cited = next(q for q in CITATIONS.questions.values() if q.kind == "question")
    module = LIBRARY.modules[cited.guidelines[0].module_id]
    assert f"(vraag:{cited.id})" in module_markdown(module, CITATIONS)


def test_as_of_picks_the_version_in_force() -> None:
    old = load_library(as_of=dt.date(2023, 6, 1)).modules["levering-en-portaal"]
    new = load_library(as_of=dt.date(2024, 8, 1)).modules["levering-en-portaal"]
    assert "elke maand" in old.body and "elk kwartaal" in new.body
    assert old.valid_until == dt.date(2024, 2, 29)


@pytest.mark.parametrize("module", LIBRARY.modules.values(), ids=lambda m: m.id)
def test_summary_is_plain_text(module: object) -> None:
    summary = module.summary  # type: ignore[attr-defined]
    assert summary and not any(mark in summary for mark in ("**", "](", "!!!"))
