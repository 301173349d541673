"""JSON with a stable, documented schema (docs/report-schema.json) for scripts and the app."""

from __future__ import annotations

import json
from typing import Any

from srg_guide.checks.report import Mirror
from srg_guide.reports.quarter import build_quarter
from srg_guide.reports.view import ReportView, Row, Section

SCHEMA_VERSION = 2


def render_json(view: ReportView) -> str:
    """The report as a JSON document; see docs/report-json.md."""
    return json.dumps(report_document(view), ensure_ascii=False, indent=2) + "\n"


def report_document(view: ReportView) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    ident = view.identity
    return {
        "schema_version": SCHEMA_VERSION,
        "identity": {
            "tool_version": ident.tool_version,
            "ruleset_version": ident.ruleset_version,
            "layout_name": ident.layout_name,
            "layout_file": ident.layout_file,
            "input_file": ident.input_file,
            "input_sha256": ident.input_sha256,
            "row_count": ident.row_count,
            "run_at": ident.run_at.isoformat(timespec="seconds"),
            "as_of": ident.as_of.isoformat(),
            "reporting_month": ident.reporting_month,
            "previous_file": ident.previous_file,
            "previous_sha256": ident.previous_sha256,
        },
        "privacy": {
            "audience": view.privacy.audience,
            "keys": view.privacy.keys_mode,
            "values": view.privacy.values_mode,
        },
        "summary": {
            **{severity.value: count for severity, count in view.totals.items()},
            "not_run": len(view.not_run),
            "exit_code": view.exit_code,
        },
        "strict": view.strict,
        "notices": view.notices,
        "rules": [_rule(section) for section in view.sections],
        "not_run": [
            {
                "code": item.code,
                "severity": item.severity.value,
                "title": item.title,
                "reason": item.reason,
                "kind": item.kind,
            }
            for item in view.not_run
        ],
        "mirror": _mirror(view.mirror),
        "quarter": _quarter(view),
    }


def _quarter(view: ReportView) -> dict[str, Any]:
    quarter = build_quarter(view)
    return {
        "period": quarter.period,
        "source": quarter.source,
        "quality": [
            {"code": r.code, "label": r.label, "count": r.count, "reason": r.reason}
            for r in quarter.quality
        ],
        "durations": [
            {"type": r.type_label, "max_months": r.max_months, "count": r.count, "reason": r.reason}
            for r in quarter.durations
        ],
    }


def _mirror(mirror: Mirror) -> dict[str, Any]:
    return {
        "types": [
            {
                "code": t.code,
                "name": t.name,
                "total": t.total,
                "per_doel": t.per_doel,
                "started": t.started,
                "ended": t.ended,
                "running": t.running,
                "max_months": t.max_months,
                "over_max": t.over_max,
                "previous_total": t.previous_total,
                "code_source": t.code_source,
            }
            for t in mirror.types
        ],
        "per_doel": mirror.per_doel,
        "doel_names": mirror.doel_names,
        "started": mirror.started,
        "ended": mirror.ended,
        "running": mirror.running,
        "duration_months": mirror.duration_months,
        "previous_total": mirror.previous_total,
        "not_counted": mirror.not_counted,
    }


def _rule(section: Section) -> dict[str, Any]:
    return {
        "code": section.code,
        "severity": section.severity.value,
        "title": section.title,
        "meaning": section.meaning,
        "fix": section.fix,
        "guideline": section.guideline,
        "guideline_title": section.guideline_title,
        "guideline_text": section.guideline_text,
        "count": section.count,
        "shown": len(section.rows),
        "findings": [_finding(row) for row in section.rows],
    }


def _finding(row: Row) -> dict[str, Any]:
    return {
        "line": row.line,
        "previous_line": row.previous_line,
        "field": row.field,
        "message": row.message,
        "key": row.key,
        "value": row.value,
        "details": [{"field": label, "value": value} for label, value in row.details],
    }
