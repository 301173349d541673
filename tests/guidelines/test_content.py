"""The shipped modules: coverage of codes and questions, examples, marked assumptions."""

from __future__ import annotations

import datetime as dt

import pytest

from srg_guide.crossref import load_citations
from srg_guide.guidelines import load_library
from srg_guide.guidelines.display import module_markdown
from srg_guide.tree.codes import codes_for

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
EXAMPLE_MODULES = [f"type-{c.code}" for c in CODES] + [
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


@pytest.mark.parametrize("module_id", SHARED_IDS + [f"type-{c.code}" for c in CODES])
def test_every_shared_id_has_a_module(module_id: str) -> None:
    assert module_id in LIBRARY.modules


@pytest.mark.parametrize("code", [c.code for c in CODES])
def test_every_code_links_to_a_module(code: str) -> None:
    assert LIBRARY.for_code(code)[0].id == f"type-{code}"


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


@pytest.mark.parametrize("code", [c.code for c in CODES if not c.confirmed])
def test_unconfirmed_codes_are_marked_as_assumption(code: str) -> None:
    assert '!!! aanname "Aanname: code niet bevestigd"' in LIBRARY.modules[f"type-{code}"].body


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
