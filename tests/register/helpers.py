"""Small helpers shared by the register tests."""

from __future__ import annotations

from pathlib import Path

from srg_guide.register import DecisionDraft, Register, Row, draft_from_session
from srg_guide.register.context import DecisionContext
from srg_guide.tree import run_answers

CATALOGUE = [
    Row(2, {"lokale_code": "TR-01", "naam": "Sollicitatietraining", "omschrijving": "Zes weken"}),
    Row(3, {"lokale_code": "VW-01", "naam": "Vrijwilligerswerk buurthuis"}),
    Row(4, {"lokale_code": "IN-01", "naam": "Inloopspreekuur"}),
]
TRAINING = {"inzet": "ja", "soort": "training"}
VOLUNTEERING = {"inzet": "ja", "soort": "vrijwilligerswerk"}
NOT_COUNTED = {"inzet": "nee"}


def context(trees_dir: Path) -> DecisionContext:
    return DecisionContext.load(trees_dir)


def draft(trees_dir: Path, answers: dict[str, str]) -> DecisionDraft:
    ctx = context(trees_dir)
    result = run_answers(ctx.tree, answers)
    assert result.outcome is not None
    return draft_from_session(result.session, ctx.codes, ctx.library)


def decide(register: Register, trees_dir: Path, code: str, answers: dict[str, str], **kw: str):
    entry = register.entry(code)
    return register.decide(code, draft(trees_dir, answers), expected_version=entry.version, **kw)
