"""A small version of the live-quiz load run: no vote lost, tallies exact (figures: bench/)."""

from __future__ import annotations

from pathlib import Path

from .load import run_load


async def test_forty_participants_three_questions_every_vote_counted(tmp_path: Path) -> None:
    result = await run_load(tmp_path, participants=40, questions=3)
    assert result.counted == 120 and result.rejected == 0
    assert result.tallies == result.expected
    assert result.tallies[0] == {"a": 13, "b": 14, "c": 13, "weet-ik-niet": 0}
    assert result.exact
