"""The jinja2 set-up of the HTML report and the dashboard: package templates, strict, escaped."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined


def report_environment() -> Environment:
    """A new environment on ``srg_guide/templates``; each caller adds its own filters."""
    return Environment(
        loader=PackageLoader("srg_guide", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
