"""The dashboard: figures from the stored history, and the page that shows them."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.dashboard.figures import Dashboard, build_dashboard


def dashboard_from_database(
    db: str | None = None,
    gemeenten: Iterable[str] | None = None,
    tables: str | None = None,
    trees: str | None = None,
) -> Dashboard:
    """Load the history and build the dashboard, with type names and maxima from the tables."""
    from srg_guide.checks.params import load_params
    from srg_guide.history import load
    from srg_guide.store import open_database

    engine = open_database(db)
    try:
        aggregates = load(engine, gemeenten)
    finally:
        engine.dispose()
    params = load_params(tables, trees)
    return build_dashboard(aggregates, dict(params.type_codes), dict(params.max_months))


__all__ = ["Dashboard", "build_dashboard", "dashboard_from_database"]
