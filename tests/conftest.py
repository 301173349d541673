"""Shared fixtures: keep each test away from the developer's own files."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions, recent files and caches go to fresh folders, never the developer's.

    Each test gets its own folders, so tests may run in parallel (pytest-xdist).
    """
    monkeypatch.setenv("SRG_GUIDE_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.setenv("SRG_GUIDE_CACHE", str(tmp_path_factory.mktemp("cache")))
    for kind in ("TREES", "GUIDELINES", "TABLES", "SCENARIOS"):
        monkeypatch.delenv(f"SRG_GUIDE_{kind}", raising=False)


# Tests that take seconds each (measured with --durations under `make test-fast`), as test file,
# folder or node id (a prefix: it covers every parametrised case). `make test-fast`
# (-m "not slow") leaves them out; `make test` runs them all.
SLOW_TESTS = (
    # The app driven by Pilot or tmux, and its snapshots.
    "ui/",
    "test_tmux.py",
    "guidelines/test_textual_render.py",
    "register/test_screen.py",
    "dashboard/test_screen.py",
    "trainer/test_presenter.py",
    "trainer/test_present_cli.py",
    "trainer/test_infographic.py::test_app_screen_draws_the_same_data_with_a_text_version",
    "trainer/test_infographic.py::test_guideline_link_opens_the_infographic",
    "trainer/test_infographic.py::test_changes_screen_lists_module_and_tree_changes",
    "qa11/test_fixes.py::test_finding_detail_names_the_guideline_by_its_title",
    "qa11/test_fixes.py::test_export_suggests_a_different_name_for_the_report_to_share",
    "qa11/test_fixes.py::test_finding_detail_names_the_line_in_the_previous_delivery",
    # Chromium.
    "site/test_browser.py",
    "site/test_browser_open_points.py",
    "reports/test_report_browser.py",
    "dashboard/test_browser.py",
    "trainer/test_browser_live.py",
    "trainer/test_infographic.py::test_site_pages_pass_axe_and_the_figure_fits_390_px",
    "trainer/test_webinar.py::test_webinar_plays_in_chromium_from_file_and_passes_axe",
    "trainer/test_webinar.py::test_axe_harness_reports_a_known_violation",
    "trainer/test_webinar.py::test_webinar_auto_advance_pauses_then_reveals",
    # Fuzzing, and forty simulated participants.
    "checks/test_fuzz.py",
    "reports/test_privacy_fuzz.py",
    "tree/test_tree_fuzz.py",
    "hostile/test_fuzz_hostile.py",
    "checks/test_skipped.py::test_any_missing_fields_with_or_without_previous",
    "trainer/test_live_load.py",
    # Big inputs: 100k rows, 24 monthly deliveries, a 1500-question chain, a cell at XFD1048576.
    "checks/test_generated.py::test_100k_rows_full_recall_and_precision",
    "history/test_import.py::test_import_24_months_then_again_then_the_dashboard",
    "hostile/test_limits.py::test_a_long_chain_tree_is_no_internal_error",
    "hostile/test_limits.py::test_a_cell_at_xfd1048576_is_refused_without_a_crash",
    # A whole site, slide set or register run end to end (one such test per command stays quick).
    "site/test_export.py::test_export_replaces_its_own_earlier_site",
    "hostile/test_site_export.py::test_every_exported_file_lies_inside_out",
    "trainer/test_webinar.py::test_export_slides_writes_one_svg_per_step",
    "register/test_end_to_end.py",
    "register/test_cli.py::test_decide_by_walking_and_rewalk_a_stale_one",
    "search/test_cache.py::test_unreadable_cache_is_rebuilt",
    # A fresh interpreter per case.
    "test_core_imports.py",
    "hostile/test_pipes.py",
    "hostile/test_serve.py::test_busy_port_is_a_dutch_message",
    "hostile/test_outputs.py::test_sigterm_during_a_write_leaves_no_temporary_file",
    "search/test_search.py::test_cli_search_without_hits_exits_1",
    "search/test_search.py::test_type_with",
    "search/test_search.py::test_type_without",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests in SLOW_TESTS as slow."""
    tests = Path(__file__).parent
    for item in items:
        where = item.path.relative_to(tests).as_posix()
        if f"{where}::{item.nodeid.partition('::')[2]}".startswith(SLOW_TESTS):
            item.add_marker(pytest.mark.slow)
