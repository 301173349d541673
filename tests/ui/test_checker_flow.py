"""Bestandscontrole in the app: check the bundled sample, drill down, export, cancel, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual.message import Message
from textual.widgets import DataTable, Input, RadioSet, Static

from srg_guide.locations import bundled_sample
from srg_guide.privacy import contains_bsn
from srg_guide.ui.messages import CheckCancelled, CheckFailed, CheckFinished
from srg_guide.ui.screens.checker import QUARTER_HTML, SHARED_HTML, CheckerScreen
from srg_guide.ui.screens.error import ErrorScreen
from srg_guide.ui.screens.export import ExportDialog
from srg_guide.ui.screens.guideline import GuidelineScreen
from srg_guide.ui.screens.rule_detail import RuleDetailScreen
from srg_guide.ui.widgets.findings_table import FindingsTable

from .conftest import make_app

# Per format in the order of reports.FORMATS: the label users see, file extension and
# bytes near the start.
REPORT_MARKERS = [
    ("Tekst", "txt", b"Bestandscontrole SRG"),
    ("JSON", "json", b"schema_version"),
    ("HTML", "html", b"<html"),
    ("CSV", "csv", b";"),
    ("Excel (xlsx)", "xlsx", b"PK"),
]


def cells(table: DataTable[str]) -> list[str]:
    return [str(cell) for row in range(table.row_count) for cell in table.get_row_at(row)]


async def run_check(pilot, screen: CheckerScreen) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f5")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


class TestCheckSample:
    async def test_findings_per_rule_and_drill_down(self) -> None:
        app = make_app(start="controle")
        posted: list[Message] = []
        async with app.run_test(size=(100, 32), message_hook=posted.append) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            shown = Path(screen.query_one("#file", Input).value)
            assert shown.resolve() == bundled_sample().resolve()
            await run_check(pilot, screen)
            assert screen.report is not None
            finished = [m for m in posted if isinstance(m, CheckFinished)]
            assert finished and all(m.report is screen.report for m in finished)
            summary = str(screen.query_one("#summary", Static).render())
            assert "records" in summary

            table = screen.query_one(FindingsTable)
            fired = [r for r in screen.report.results if r.count]
            skipped = screen.report.skipped
            assert table.row_count == len(fired) + len(skipped) and fired
            codes = [str(table.get_row_at(i)[0]) for i in range(len(fired))]
            not_run = [table.get_row_at(i) for i in range(len(fired), table.row_count)]
            assert [(str(r[0]), str(r[1])) for r in not_run] == [
                (s.rule.code, "niet uitgevoerd") for s in skipped
            ]
            ranks = [next(r.rule.severity.rank for r in fired if r.rule.code == c) for c in codes]
            assert ranks == sorted(ranks)  # most severe first
            assert not any(contains_bsn(text) for text in cells(table))

            await pilot.press("enter")
            await pilot.pause()
            detail = app.screen
            assert isinstance(detail, RuleDetailScreen)
            picked = [m for m in posted if isinstance(m, FindingsTable.RuleSelected)]
            assert {(m.control.id, m.code) for m in picked} == {("findings", codes[0])}
            result = next(r for r in fired if r.rule.code == codes[0])
            assert detail.section.code == codes[0]
            lines = detail.query_one("#lines", DataTable)
            assert lines.row_count == min(result.count, len(result.findings))
            shown_lines = {str(lines.get_row_at(i)[0]) for i in range(lines.row_count)}
            assert shown_lines == {str(f.line or "") for f in result.findings}
            assert not any(contains_bsn(text) for text in cells(lines))
            text = " ".join(str(w.render()) for w in detail.query(Static))
            assert result.rule.meaning.split()[0] in text
            assert result.rule.fix.split()[0] in text

            if result.rule.guideline:
                await pilot.press("g")
                await pilot.pause()
                assert isinstance(app.screen, GuidelineScreen)
                assert app.screen.current == result.rule.guideline
                await pilot.press("escape")
                await pilot.pause()
            assert app.screen is detail
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen

    async def test_bsn_rows_are_masked_in_the_drill_down(self) -> None:
        app = make_app(start="controle")
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            await run_check(pilot, screen)
            assert screen.report is not None
            personal = [
                r for r in screen.report.results if any(f.value or f.key for f in r.findings)
            ]
            assert personal, "the sample should have findings that carry personal values"
            table = screen.query_one(FindingsTable)
            for row in range(table.row_count - len(screen.report.skipped)):
                table.move_cursor(row=row)
                await pilot.press("enter")
                await pilot.pause()
                detail = app.screen
                assert isinstance(detail, RuleDetailScreen)
                lines = detail.query_one("#lines", DataTable)
                for value in cells(lines):
                    assert not contains_bsn(value)
                await pilot.press("escape")
                await pilot.pause()

    async def test_export_every_report_format(self, tmp_path: Path, _exports_in_tmp: Path) -> None:
        app = make_app(start="controle")
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            await run_check(pilot, screen)
            for index, (label, fmt, marker) in enumerate(REPORT_MARKERS):
                await pilot.press("e")
                await pilot.pause()
                dialog = app.screen
                assert isinstance(dialog, ExportDialog)
                button = dialog.query_one(RadioSet).query("RadioButton")[index]
                assert str(button.label) == label
                button.value = True
                await pilot.pause()
                suggested = Path(dialog.query_one("#path", Input).value)
                assert suggested.suffix == f".{fmt}"
                assert suggested.parent == _exports_in_tmp  # the documents folder by default
                target = tmp_path / f"rapport.{fmt}"
                dialog.query_one("#path", Input).value = str(target)
                await pilot.click("#save")
                await pilot.pause()
                data = target.read_bytes()
                assert marker in data[:2000], fmt
                assert app.screen is screen

    async def test_export_a_report_to_share_and_the_quarterly_view(self, tmp_path: Path) -> None:
        app = make_app(start="controle")
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            await run_check(pilot, screen)
            pages = {}
            for label in (SHARED_HTML, QUARTER_HTML):
                await pilot.press("e")
                await pilot.pause()
                dialog = app.screen
                assert isinstance(dialog, ExportDialog)
                buttons = dialog.query_one(RadioSet).query("RadioButton")
                next(b for b in buttons if str(b.label) == label).value = True
                await pilot.pause()
                target = tmp_path / f"rapport-{len(pages)}.html"
                dialog.query_one("#path", Input).value = str(target)
                await pilot.click("#save")
                await pilot.pause()
                pages[label] = target.read_text(encoding="utf-8")
            shared = pages[SHARED_HTML]
            assert "vz-1" in shared
            keys = {f.key for r in screen.report.results for f in r.findings if f.key}  # type: ignore[union-attr]
            assert keys and not any(key.split("/")[0] in shared for key in keys)
            assert "Signalering kwaliteit" in pages[QUARTER_HTML]


class TestBadInput:
    async def test_missing_file_gives_a_dutch_error(self, tmp_path: Path) -> None:
        app = make_app(start="controle", check_file=tmp_path / "bestaat-niet.csv")
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            await run_check(pilot, screen)
            error = app.screen
            assert isinstance(error, ErrorScreen)
            assert "bestaat-niet.csv" in error.error_message
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen
            assert screen.report is None

    async def test_an_error_never_shows_a_bsn_or_an_escape(self, tmp_path: Path) -> None:
        missing = tmp_path / "levering-123.456.782\x1b[2J.csv"
        app = make_app(start="controle", check_file=missing)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            await run_check(pilot, screen)
            error = app.screen
            assert isinstance(error, ErrorScreen)
            assert "levering-***.***.*82\\x1b[2J.csv" in error.error_message
            assert not contains_bsn(error.error_message) and "\x1b" not in error.error_message

    async def test_escape_cancels_a_running_check(self, tmp_path: Path) -> None:
        big = tmp_path / "groot.csv"
        small = tmp_path / "klein.csv"
        subprocess.run(
            [sys.executable, "-m", "srg_guide", "sample", "--rows", "1000", str(small)],
            check=True,
            capture_output=True,
        )
        header, *rows = small.read_bytes().splitlines()
        big.write_bytes(b"\n".join([header, *rows * 300]) + b"\n")
        app = make_app(start="controle", check_file=big)
        posted: list[Message] = []
        async with app.run_test(size=(100, 32), message_hook=posted.append) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckerScreen)
            screen.action_run()  # start without waiting, as a user would see it
            await pilot.press("escape")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.screen is screen  # escape stopped the check, it did not close
            assert screen.report is None
            assert "Gestopt" in str(screen.query_one("#summary", Static).render())
            assert not screen.running
            assert any(isinstance(m, CheckCancelled) for m in posted)
            assert not any(isinstance(m, CheckFailed) for m in posted)  # no error dialog


async def test_path_input_completes_file_names(tmp_path: Path) -> None:
    (tmp_path / "levering-januari.csv").write_text("x\n", encoding="utf-8")
    (tmp_path / "maanden").mkdir()
    app = make_app(start="controle")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#file", Input)
        field.focus()
        # One assignment and one key press type the path as a user would.
        field.value = f"{tmp_path}/le"
        field.cursor_position = len(field.value)
        await pilot.press("v")
        await pilot.pause(0.2)
        await pilot.press("right")  # accept the suggestion
        assert field.value == f"{tmp_path}/levering-januari.csv"
        field.value = f"{tmp_path}/ma"
        field.cursor_position = len(field.value)
        await pilot.press("a")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert field.value == f"{tmp_path}/maanden/"


async def test_previous_month_file_enables_month_over_month_rules() -> None:
    previous = bundled_sample().with_name("voorbeeld-levering-vorige-maand.csv")
    app = make_app(start="controle")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckerScreen)
        screen.query_one("#previous", Input).value = str(previous)
        await run_check(pilot, screen)
        assert screen.report is not None
        assert screen.report.identity.previous_file is not None
        assert any(r.rule.code.startswith("SRG4") for r in screen.report.results)


class TestHistory:
    async def test_a_check_in_the_app_is_kept_for_the_dashboard(self, tmp_path: Path) -> None:
        """As with `srg-guide check`: the counts go to the history; the bundled sample does not."""
        from srg_guide.history import load
        from srg_guide.store import open_database

        delivery = tmp_path / "levering.csv"
        delivery.write_bytes(bundled_sample().read_bytes())
        for path in (bundled_sample(), delivery):
            app = make_app(start="controle", check_file=path)
            async with app.run_test(size=(100, 32)) as pilot:
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, CheckerScreen)
                await run_check(pilot, screen)
                assert screen.report is not None
        engine = open_database()
        try:
            stored = load(engine)
        finally:
            engine.dispose()
        assert len(stored) == 1
        assert stored[0].file_sha256 == screen.report.identity.input_sha256
