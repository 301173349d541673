"""`present --export webinar.html`: one self-contained file that plays the scenarios step by step;
`--export-slides`: one Textual screenshot per step."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.tree import Scenario, load_tree
from srg_guide.webinar.export import load_webinar, webinar_data
from srg_guide.webinar.steps import scenario_steps
from srg_guide.webinar.tree_svg import layers, tree_svg

from .browser import AXE_RUN, CHROMIUM, CHROMIUM_ARGS, SIDEWAYS, axe_source, need_chromium
from .browser import violations_summary as summary
from .conftest import GUIDELINES, OLD_TREES, SCENARIOS, TODAY, TREES

DATA_ARGS = ["--trees", str(TREES), "--guidelines", str(GUIDELINES), "--as-of", TODAY.isoformat()]


def export(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "webinar.html"
    code = main(["present", *DATA_ARGS, "--scenario", str(SCENARIOS), "--export", str(out), *extra])
    assert code == 0
    return out


def test_steps_carry_answer_why_guideline_and_path() -> None:
    webinar = load_webinar(TREES, GUIDELINES, SCENARIOS, TODAY)
    data = webinar_data(webinar)
    training = data["scenarios"][0]
    assert training["name"] == "Training van de gemeente"
    kinds = [step["kind"] for step in training["steps"]]
    assert kinds == ["question", "question", "note", "question", "question", "outcome"]
    first = training["steps"][0]
    assert first["answer"] == "ja" and first["answerLabel"] == "Ja, de klantmanager zet het in"
    assert [o["letter"] for o in first["options"]] == ["A", "B", "C"]
    assert first["why"] == "De gemeente moet de voorziening inzetten of erbij betrokken zijn."
    assert first["guidelineTitle"] == "De criteria – Inzet"
    assert training["steps"][-1]["path"] == [
        "inzet",
        "budget",
        "lees-niveau",
        "doel",
        "soort",
        "training",
    ]
    assert training["steps"][-1]["verdict"] == [
        "Telt mee voor de SRG",
        "Type voorziening: 42 Training",
        "Doel inzet: 1 Re-integratie",
    ]


def test_a_weet_ik_niet_walk_ends_in_a_verdict_with_its_condition() -> None:
    webinar = load_webinar(TREES, GUIDELINES, SCENARIOS, TODAY)
    answers = {"inzet": "ja", "budget": "weet-ik-niet", "doel": "werk", "soort": "training"}
    scenario = Scenario("Budget onbekend", answers, {"outcome": "training"})
    steps = scenario_steps(webinar.tree, scenario, codes=webinar.codes)
    assert steps[1].answer_label == "Weet ik niet"
    assert steps[-1].node_id == "training"
    assert steps[-1].verdict[-1] == (
        "Mits de gemeente het uit het re-integratiebudget betaalt "
        "(navragen bij de afdeling financiën)"
    )


def test_an_escalated_walk_names_the_open_question() -> None:
    answers = {"inzet": "ja", "budget": "weet-ik-niet"}
    scenario = Scenario("Budget onbekend", answers, {"outcome": "weet-ik-niet"})
    steps = scenario_steps(load_tree(OLD_TREES / "quiz.yaml"), scenario)
    assert steps[-1].node_id == "weet-ik-niet"
    headline, question = steps[-1].verdict
    assert headline == "Nog niet te beslissen"
    assert question.startswith(
        "Open vraag: Betaalt de gemeente het uit het re-integratiebudget? (navragen bij "
    )


def test_export_names_a_code_the_organisation_set(tmp_path: Path) -> None:
    trees, tables = tmp_path / "bomen", tmp_path / "tabellen"
    shutil.copytree(TREES, trees)
    codes = trees / "codes.yaml"
    codes.write_text(codes.read_text(encoding="utf-8").replace('    code: "43"\n', ""))
    tables.mkdir()
    (tables / "type-codes.yaml").write_text('codes:\n  vrijwilligerswerk: "43"\n')
    out = tmp_path / "webinar.html"
    args = ["--trees", str(trees), "--guidelines", str(GUIDELINES), "--as-of", TODAY.isoformat()]
    scenario = SCENARIOS / "02-vrijwilligerswerk.yaml"
    assert main(["present", *args, "--scenario", str(scenario), "--export", str(out)]) == 0
    assert "Vrijwilligerswerk; code niet ingesteld" in out.read_text(encoding="utf-8")
    assert (
        main(
            [
                "present",
                *args,
                "--tables",
                str(tables),
                "--scenario",
                str(scenario),
                "--export",
                str(out),
            ]
        )
        == 0
    )
    assert "43 Vrijwilligerswerk (ingesteld door uw organisatie)" in out.read_text(encoding="utf-8")


def test_tree_svg_draws_every_node_once_by_layer() -> None:
    webinar = load_webinar(TREES, GUIDELINES, SCENARIOS, TODAY)
    svg = tree_svg(webinar.tree)
    assert layers(webinar.tree)[:3] == [["inzet"], ["budget", "niet-srg"], ["lees-niveau"]]
    nodes = re.findall(r'data-node="([^"]+)"', svg)
    assert sorted(nodes) == sorted(webinar.tree.nodes)
    assert 'data-edge="soort&gt;training"' in svg and "<title" in svg


def test_export_is_one_file_without_network_references(tmp_path: Path) -> None:
    out = export(tmp_path)
    text = out.read_text(encoding="utf-8")
    assert '<html lang="nl">' in text
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', text)
    assert "<link" not in text and "@import" not in text and "url(" not in text
    assert "Training van de gemeente" in text and "Eigen initiatief" in text
    assert list(tmp_path.iterdir()) == [out]  # atomic: no temporary file left


def test_export_of_a_missing_folder_is_a_dutch_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        ["present", *DATA_ARGS, "--scenario", str(tmp_path / "nergens"), "--export", "x.html"]
    )
    assert code == 2
    assert "voorbeelden niet gevonden" in capsys.readouterr().err
    assert not Path("x.html").exists()


def test_export_slides_writes_one_svg_per_step(tmp_path: Path) -> None:
    slides = tmp_path / "dia"
    one = SCENARIOS / "01-training.yaml"
    code = main(["present", *DATA_ARGS, "--scenario", str(one), "--export-slides", str(slides)])
    assert code == 0
    names = sorted(p.name for p in slides.iterdir())
    # 4 questions before and after the reveal, the note twice, the outcome before and after
    assert names == [f"01-{n:02d}.svg" for n in range(1, 13)]
    first = (slides / "01-01.svg").read_text(encoding="utf-8")
    assert "<svg" in first and "Zet&#160;de&#160;gemeente" in first
    last = (slides / "01-12.svg").read_text(encoding="utf-8")
    assert "Type&#160;voorziening:&#160;42&#160;Training" in last


def test_webinar_plays_in_chromium_from_file_and_passes_axe(tmp_path: Path) -> None:
    need_chromium()
    axe = axe_source()
    sync_api = pytest.importorskip("playwright.sync_api")
    out = export(tmp_path)
    shots = Path(os.environ.get("SRG_GUIDE_SHOTS") or tmp_path)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(out.as_uri())
        assert page.inner_text("#stap-titel") == "Zet de gemeente deze ondersteuning in?"
        assert page.is_visible("#denk") and not page.is_visible("#antwoord")
        page.add_script_tag(content=axe)
        violations = page.evaluate(AXE_RUN)
        assert violations == [], summary(violations)
        assert page.evaluate(SIDEWAYS) == 0
        page.keyboard.press("ArrowRight")  # reveal
        assert "(het antwoord)" in page.inner_text("#keuzes li.answer")
        assert "De criteria – Inzet" in page.inner_text("#richtlijn")
        assert page.get_attribute('svg.boom g[data-node="inzet"]', "class") == "vraag hier"
        page.keyboard.press("ArrowRight")  # next question: the path so far is highlighted
        assert page.inner_text("#stap-titel").startswith("Betaalt de gemeente")
        assert "op-pad" in (page.get_attribute('svg.boom g[data-node="inzet"]', "class") or "")
        assert "op-pad" in (
            page.get_attribute('svg.boom line[data-edge="inzet>budget"]', "class") or ""
        )
        # Each question and the outcome: first think, then reveal; the note is one step.
        titles = []
        for _ in range(8):
            page.keyboard.press("ArrowRight")
            titles.append(page.inner_text("#stap-titel"))
        assert titles == [
            "Betaalt de gemeente het uit het re-integratiebudget?",
            "U levert voorzieningen, geen trajecten en geen activiteiten.",
            "Waar is de inzet vooral op gericht?",
            "Waar is de inzet vooral op gericht?",
            "Wat voor voorziening is het?",
            "Wat voor voorziening is het?",
            "Wat is de uitkomst? Telt het mee, en met welke code?",
            "Uitkomst: Telt mee: training",
        ]
        assert "Type voorziening: 42 Training" in page.inner_text("#oordeel")
        page.set_viewport_size({"width": 1280, "height": 900})
        violations = page.evaluate(AXE_RUN)
        assert violations == [], summary(violations)
        assert page.evaluate(SIDEWAYS) == 0
        page.screenshot(path=str(shots / "webinar-1280.png"), full_page=True)
        page.keyboard.press("ArrowLeft")
        assert (
            page.inner_text("#stap-titel") == "Wat is de uitkomst? Telt het mee, en met welke code?"
        )
        page.select_option("#voorbeeld", "2")
        assert "Voorbeeld 3: Eigen initiatief" in page.inner_text("#stap-info")
        assert all(url.startswith("file://") for url in requests), requests
        assert errors == []
        browser.close()


def test_axe_harness_reports_a_known_violation() -> None:
    """Guards the audits above: an image without alt text must be reported."""
    need_chromium()
    axe = axe_source()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content('<html lang="nl"><body><main><img src="x.png"></main></body></html>')
        page.add_script_tag(content=axe)
        assert "image-alt" in [v["id"] for v in page.evaluate(AXE_RUN)]
        browser.close()


def test_webinar_auto_advance_pauses_then_reveals(tmp_path: Path) -> None:
    need_chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    out = export(tmp_path)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.clock.install()
        page.goto(out.as_uri())
        page.keyboard.press("p")
        assert page.get_attribute("#afspelen", "aria-pressed") == "true"
        page.clock.run_for(7000)
        assert page.is_visible("#denk")  # still the pause to think
        page.clock.run_for(1500)
        assert page.is_visible("#antwoord") and "(het antwoord)" in page.inner_text("#keuzes")
        page.clock.run_for(12500)
        assert page.inner_text("#stap-titel").startswith("Betaalt de gemeente")
        page.keyboard.press("p")
        assert page.get_attribute("#afspelen", "aria-pressed") == "false"
        browser.close()
