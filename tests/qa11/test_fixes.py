"""Defects found in the QA of issue 11 and fixed outside checks/ and reports/."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.locations import data_dir
from tests.checks.deliveries import write_delivery


@pytest.mark.parametrize("name", ["rapport.pdf", "rapport.docx", "rapport.2024-10"])
def test_output_with_an_unknown_suffix_is_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "levering.csv", [{}])
    target = tmp_path / name
    assert main(["check", str(delivery), "--output", str(target), "--geen-historie"]) == 2
    err = capsys.readouterr().err
    assert "Onbekend rapportformaat" in err
    assert Path(name).suffix in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "extra"),
    [("rapport", []), ("rapport.text", []), ("rapport.pdf", ["--format", "text"])],
)
def test_output_without_suffix_or_with_format_is_text(
    name: str, extra: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "levering.csv", [{}])
    target = tmp_path / name
    main(["check", str(delivery), "--output", str(target), "--geen-historie", *extra])
    assert target.read_text("utf-8").startswith("Bestandscontrole SRG")


def test_home_help_calls_a_rule_a_controle() -> None:
    from srg_guide.ui.screens.home import HomeScreen

    assert "codes en controles" in HomeScreen.HELP
    assert "regels" not in HomeScreen.HELP


def test_example_layout_says_a_missing_field_means_niet_uitgevoerd() -> None:
    text = (data_dir("tables") / "layouts" / "voorbeeld.yaml").read_text("utf-8")
    assert "overgeslagen" not in text
    assert "regels" not in text
    assert '"Niet uitgevoerd"' in text


async def test_finding_detail_names_the_guideline_by_its_title() -> None:
    from textual.widgets import Static

    from srg_guide.ui.screens.checker import CheckerScreen
    from srg_guide.ui.screens.rule_detail import RuleDetailScreen
    from tests.ui.conftest import make_app

    app = make_app(start="controle")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckerScreen)
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.view is not None
        section = next(s for s in screen.view.sections if s.guideline and s.guideline_title)
        app.push_screen(RuleDetailScreen(screen.resources, section))
        await pilot.pause()
        texts = [str(w.render()) for w in app.screen.query(Static)]
        assert f"Richtlijn: {section.guideline_title} (toets g)" in texts
        slug = str(section.guideline)
        assert not any(slug in t for t in texts if t.startswith("Richtlijn"))


async def test_finding_detail_names_the_line_in_the_previous_delivery() -> None:
    from textual.widgets import DataTable, Static

    from srg_guide.checks.finding import Severity
    from srg_guide.reports.view import Row, Section
    from srg_guide.ui.screens.checker import CheckerScreen
    from srg_guide.ui.screens.rule_detail import RuleDetailScreen
    from tests.ui.conftest import make_app

    rows = [
        Row(None, 55, "registratienummer", "Deze voorziening ontbreekt nu.", "R1", None),
        Row(24, 23, "einddatum", "Deze voorziening loopt weer.", "R2", None),
    ]
    section = Section("SRG401", Severity.WAARSCHUWING, "Verdwenen", "", "", None, 2, rows)
    app = make_app(start="controle")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CheckerScreen)
        app.push_screen(RuleDetailScreen(app.screen.resources, section))
        await pilot.pause()
        table = app.screen.query_one("#lines", DataTable)
        assert [str(table.get_row_at(i)[0]) for i in range(2)] == ["vorige: 55", "24"]
        message = str(app.screen.query_one("#line-message", Static).render())
        assert message == "Vorige levering regel 55: Deze voorziening ontbreekt nu."
        table.move_cursor(row=1)
        await pilot.pause()
        message = str(app.screen.query_one("#line-message", Static).render())
        assert message.startswith("Regel 24 (vorige levering regel 23): ")


def test_report_docs_state_the_exit_codes_check_returns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "report-json.md").read_text("utf-8")
    assert "een **controle** is een regel" not in doc
    assert "Exitcode 2" in doc and "Exitcode 70" in doc
    assert main(["check", str(tmp_path / "ontbreekt.csv"), "--geen-historie"]) == 2
    assert "bestand niet gevonden" in capsys.readouterr().err


def test_sample_does_not_call_signals_fouten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "levering.csv"
    args = ["sample", str(out), "--rows", "40", "--defects", "SRG305=2", "--month", "2024-10"]
    assert main(args) == 0
    said = capsys.readouterr().out
    assert "2 bewust ingevoegde bevindingen" in said
    assert "fouten" not in said


async def test_export_suggests_a_different_name_for_the_report_to_share() -> None:
    from textual.widgets import Input, RadioButton, RadioSet

    from srg_guide.ui.screens.checker import QUARTER_HTML, SHARED_HTML, CheckerScreen
    from srg_guide.ui.screens.export import ExportDialog
    from tests.ui.conftest import make_app

    app = make_app(start="controle")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CheckerScreen)
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        names = {}
        for label in ("HTML", SHARED_HTML, QUARTER_HTML, "HTML"):
            buttons = dialog.query_one(RadioSet).query(RadioButton)
            next(b for b in buttons if str(b.label) == label).value = True
            await pilot.pause()
            names[label] = Path(dialog.query_one("#path", Input).value).name
        assert names == {
            "HTML": "rapport-voorbeeld-levering.html",
            SHARED_HTML: "rapport-voorbeeld-levering-delen.html",
            QUARTER_HTML: "rapport-voorbeeld-levering-kwartaal.html",
        }
        dialog.query_one("#path", Input).value = "/tmp/eigen-naam.html"
        buttons = dialog.query_one(RadioSet).query(RadioButton)
        next(b for b in buttons if str(b.label) == "CSV").value = True
        await pilot.pause()
        assert dialog.query_one("#path", Input).value == "/tmp/eigen-naam.csv"
