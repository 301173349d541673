"""The cores' data the app reads, loaded on first use and kept for the session."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srg_guide.checks.layout import Layout
    from srg_guide.checks.params import Params
    from srg_guide.checks.report import Report
    from srg_guide.errors import Problem
    from srg_guide.guidelines.citations import Citations
    from srg_guide.guidelines.library import Library
    from srg_guide.guidelines.model import Link
    from srg_guide.search import Hit, SearchIndex
    from srg_guide.tree.codes import CodeTable
    from srg_guide.tree.model import Tree
    from srg_guide.ui.app import AppOptions


FINDINGS_PER_RULE = 500


class Resources:
    """Decision tree, codes, guideline library and citations, each loaded lazily."""

    def __init__(self, options: AppOptions) -> None:
        self.options = options
        self.tree_problems: list[Problem] = []

    @cached_property
    def tree(self) -> Tree:
        """The decision tree in force today (SrgGuideError when none can be loaded)."""
        from srg_guide.errors import ProblemsError
        from srg_guide.locations import data_dir
        from srg_guide.tree import load_trees, tree_in_force

        result = load_trees(data_dir("trees", self.options.trees))
        if not result.trees and result.problems:
            raise ProblemsError("Beslisboom onleesbaar", result.problems)
        self.tree_problems = list(result.problems)
        return tree_in_force(result.trees, self.options.as_of)

    @cached_property
    def codes(self) -> CodeTable:
        """Type codes and doel names for the tree in force."""
        from srg_guide.tree import codes_for

        return codes_for(self.tree.path, self.options.trees, self.options.tables)

    @cached_property
    def library(self) -> Library:
        """Guideline modules in force today."""
        from srg_guide.guidelines import load_library

        return load_library(self.options.guidelines, self.options.as_of)

    @cached_property
    def citations(self) -> Citations:
        """Which tree questions cite which guideline module."""
        from srg_guide.crossref import citations_from_trees

        return citations_from_trees([self.tree])

    @cached_property
    def search_index(self) -> SearchIndex:
        """One index over guidelines, type codes, tree questions and check rules."""
        from srg_guide.search import build_index

        return build_index(self.library, list(self.codes.codes.values()), self.citations)

    def preload(self) -> None:
        """Load everything once, off the UI thread, so opening a mode is instant.

        Errors are left for the moment a mode is opened, which shows them in a dialog.
        """
        from srg_guide.errors import SrgGuideError

        for name in ("tree", "codes", "library", "citations", "search_index"):
            try:
                getattr(self, name)
            except SrgGuideError:
                return
        _freeze_once()

    def search(self, text: str, limit: int = 20) -> list[Hit]:
        """Ranked, typo-tolerant hits from the core index."""
        return self.search_index.search(text, limit)

    def search_guidelines(self, text: str) -> list[tuple[str, str]]:
        """Modules the hits lead to, once each, as (module id, title), best first."""
        result: dict[str, str] = {}
        for hit in self.search(text):
            module = self.library.get(hit.module_id)
            if module is not None and module.id not in result:
                result[module.id] = module.title
        return list(result.items())

    def guideline_for_link(self, link: Link) -> str | None:
        """The guideline reference a module link or a type-code link opens; None for others.

        A type code opens the module naming it (the type's own module first)."""
        if link.kind == "module":
            return f"{link.target}#{link.anchor}" if link.anchor else link.target
        if link.kind == "code":
            found = self.library.for_code(link.target)
            return found[0].id if found else link.target
        return None

    def run_check(
        self,
        path: Path,
        previous: Path | None,
        layout: Path | None,
        progress: Callable[[int, int], None],
    ) -> Report:
        """Check a delivery file with the checks core (call from a worker thread)."""
        from srg_guide.checks.layout import load_layout
        from srg_guide.checks.params import params_for
        from srg_guide.checks.runner import run_check

        tables, trees = self.options.tables, self.options.trees
        file_layout = load_layout(str(layout) if layout else None, tables)
        params = params_for(path, tables, trees, self.options.as_of)
        report = run_check(
            path,
            layout=file_layout,
            params=params,
            previous=previous,
            limit=FINDINGS_PER_RULE,
            as_of=self.options.as_of,
            progress=progress,
        )
        _remember(report, path, file_layout, params, self.options.db)
        return report


def _remember(report: Report, path: Path, layout: Layout, params: Params, db: str | None) -> None:
    """Keep the check's counts for the dashboard, as ``srg-guide check`` does; not for the
    bundled synthetic sample. A failure to store is a notice in the report, never a lost check."""
    from srg_guide.errors import SrgGuideError
    from srg_guide.history import store_report
    from srg_guide.locations import is_bundled_sample
    from srg_guide.store import open_database

    if is_bundled_sample(path):
        return
    try:
        engine = open_database(db)
        try:
            store_report(engine, report, path, layout, params)
        finally:
            engine.dispose()
    except SrgGuideError as exc:
        report.notices.append(f"historie voor het dashboard niet opgeslagen: {exc}")


@cache
def _freeze_once() -> None:
    """Once per process: what is loaded now lives as long as the app, so the cyclic GC
    need not scan it on every screen switch (a quarter of opening the outcome; ui_bench.py).
    """
    gc.collect()
    gc.freeze()
