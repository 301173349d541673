"""Search: the right module in the top 3, typos and accents forgiven."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from srg_guide.search import Document, SearchIndex, load_index
from srg_guide.search.text import edit_distance, fold, words

INDEX = load_index()

# query, a module that must be among the top 3 hits
QUERIES = [
    ("vrijwilligerswerk", "grijs-vrijwilligerswerk"),
    ("vrijwiligerswerk", "type-43"),  # typo: one l
    ("jobcoach", "type-30"),
    ("jobcaoch", "type-30"),  # swapped letters
    ("JOBCOACH werkplek", "type-30"),
    ("participatieplaats", "type-22"),
    ("particpatieplaats", "type-22"),  # missing letter
    ("participatieplaats 24 maanden", "signaal-duur"),
    ("werkervaringsplaats", "type-29"),
    ("werkervaringplaats", "type-29"),  # missing s
    ("loonwaarde leeg", "signaal-lks-loonwaarde"),
    ("loonkostensubsidie doel participatie", "signaal-lks-doel-participatie"),
    ("arbeidsvermogen WML", "signaal-lks-arbeidsvermogen"),
    ("AOW leeftijd", "signaal-aow-leeftijd"),
    ("inburgering taalcursus", "grijs-inburgering"),
    ("inburgerring", "grijs-inburgering"),  # doubled letter
    ("vinger aan de pols", "grijs-coaching-monitoring"),
    ("monitoring", "grijs-coaching-monitoring"),
    ("nazorg", "grijs-nazorg"),
    ("Wmo dagbesteding", "grijs-wmo"),
    ("praktijkroute", "grijs-praktijkroute"),
    ("proefplaatsing", "type-23"),
    ("orthopedische werkschoenen", "type-59"),
    ("orthopädische schoenen", "type-59"),  # accent
    ("traplift", "type-31"),
    ("conversiebestand", "conversiebestand"),
    ("nieuw registratienummer software", "conversiebestand"),
    ("BSN e-mail", "privacy"),
    ("downloadportaal 14 dagen", "levering-en-portaal"),
    ("traject of voorziening", "traject-voorziening-activiteit"),
    ("herleidbaar", "criterium-herleidbaar"),
    ("collectief groep", "grijs-collectief"),
    ("re-integratiebudget financiering", "criterium-financiering"),
    ("reintegratiebudget", "criterium-financiering"),  # without hyphen
    ("doel inzet", "doel-inzet"),
    ("sollicitatietraining", "type-42"),
    ("IPS psychische", "type-ips"),
    ("beschut werk", "type-beschut-werk"),
    ("forfaitair", "type-forfaitaire-lks"),
    ("externe partij", "grijs-externe-partij"),
    ("parttime", "grijs-parttime-werk"),
    ("sleutel berichtgevercode", "registratie-sleutel"),
    ("niet nader in te delen", "type-98"),
]


@pytest.mark.parametrize(("query", "module_id"), QUERIES)
def test_right_module_in_top_three(query: str, module_id: str) -> None:
    top = [hit.module_id for hit in INDEX.search(query, 3)]
    assert module_id in top, top


def test_jobcoach_finds_code_30() -> None:
    targets = [hit.document.target for hit in INDEX.search("jobcoach", 3)]
    assert "code:30" in targets


def test_questions_and_rules_are_indexed() -> None:
    kinds = {document.kind for document in INDEX.documents}
    assert {"module", "code", "vraag"} <= kinds


def test_unknown_word_finds_nothing() -> None:
    assert INDEX.search("xylofoonzwaluw") == []
    assert INDEX.search("  ") == []


def test_more_words_matched_ranks_higher() -> None:
    index = SearchIndex(
        [Document("module", "a", "Training", "lessen"), Document("module", "b", "Training", "")]
    )
    assert [hit.document.target for hit in index.search("training lessen")] == ["a", "b"]


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("jobcoach", "jobcoach", 0), ("jobcaoch", "jobcoach", 1), ("wmo", "wnp", 2), ("ab", "", 2)],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, 3) == distance


def test_folding_drops_accents_and_case() -> None:
    assert fold("Beëindiging Ö") == "beeindiging o"
    assert words("Re-integratie") == ["re", "integratie", "reintegratie"]


def test_cli_search_prints_ranked_hits() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "search", "jobcaoch", "-n", "3"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(" 1. [richtlijn] Type 30")


def test_cli_search_without_hits_exits_1() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "search", "xylofoonzwaluw"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Niets gevonden" in result.stdout


def test_a_bsn_typed_as_search_word_is_not_echoed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "search", "123456782"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Niets gevonden" in result.stdout
    assert "123456782" not in result.stdout + result.stderr


def _search_lines(query: str, env: dict[str, str] | None = None) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "search", query, "-n", "12"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_type_without_cbs_code_is_named_by_id_not_by_an_invented_code() -> None:
    lines = _search_lines("loonkostensubsidie participatiewet")
    lks = [line for line in lines if "Loonkostensubsidie op grond van de Participatiewet" in line]
    assert lks and all("type-lks-pw" in line for line in lks), lines
    assert not any("11" in line for line in lks), lks


def test_type_with_organisation_code_still_leads_to_its_module() -> None:
    tables = str(Path(__file__).parents[2] / "tables" / "samples" / "voorbeeld-tabellen")
    lines = _search_lines("loonkostensubsidie", {"SRG_GUIDE_TABLES": tables})
    types = [line for line in lines if "[type]" in line]
    assert types and all(" -> type-" in line for line in types), lines
