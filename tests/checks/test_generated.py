"""A generated delivery with injected defects: the check finds exactly the injected list."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from srg_guide.sample import ALL_CODES, generate, parse_defects
from srg_guide.sample.generator import Sample
from tests.checks.deliveries import example_params

PARAMS = example_params()

Place = tuple[str, int | None, str, str | None, str | None]


def _found(report: Report) -> set[Place]:
    """(file, line, code, field, value); the value only for findings on the whole file."""
    found: set[Place] = set()
    for result in report.results:
        for f in result.findings:
            if f.line is None and f.previous_line is not None:
                found.add(("vorige", f.previous_line, f.code, f.field, None))
            elif f.line is None:
                found.add(("levering", None, f.code, f.field, f.value))
            else:
                found.add(("levering", f.line, f.code, f.field, None))
    return found


def _injected(sample: Sample) -> set[Place]:
    return {(d.file, d.line, d.code, d.field, d.value) for d in sample.injected}


@pytest.fixture(scope="module")
def big_sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Sample, Path, Path]:
    sample = generate(100_000, 11, PARAMS, with_previous=True)
    folder = tmp_path_factory.mktemp("generated")
    current, previous = folder / "levering.csv", folder / "vorige.csv"
    current.write_bytes(b"".join(sample.current))
    assert sample.previous is not None
    previous.write_bytes(b"".join(sample.previous))
    return sample, current, previous


def test_100k_rows_full_recall_and_precision(big_sample: tuple[Sample, Path, Path]) -> None:
    sample, current, previous = big_sample
    report = run_check(current, previous=previous, params=PARAMS)
    injected = _injected(sample)
    assert {place[2] for place in injected} == set(ALL_CODES)
    found = _found(report)
    assert injected - found == set(), "missed (recall)"
    assert found - injected == set(), "extra (precision)"
    assert report.identity.row_count == 100_000
    # Every rule runs; only the register rules wait for --register (tests/register covers them).
    assert {s.rule.code for s in report.skipped} == {"SRG701", "SRG702", "SRG703"}


def test_clean_sample_has_no_findings(tmp_path: Path) -> None:
    sample = generate(3000, 5, PARAMS, defects=parse_defects("none", True), with_previous=True)
    current, previous = tmp_path / "c.csv", tmp_path / "p.csv"
    current.write_bytes(b"".join(sample.current))
    previous.write_bytes(b"".join(sample.previous or []))
    report = run_check(current, previous=previous, params=PARAMS)
    assert sample.injected == []
    assert [r.rule.code for r in report.results if r.count] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_chosen_defects_small_files(seed: int, tmp_path: Path) -> None:
    spec = parse_defects("SRG102=3,SRG305=2,SRG203,SRG404,SRG405=2", True)
    sample = generate(400, seed, PARAMS, defects=spec, with_previous=True)
    current, previous = tmp_path / "c.csv", tmp_path / "p.csv"
    current.write_bytes(b"".join(sample.current))
    previous.write_bytes(b"".join(sample.previous or []))
    assert _found(run_check(current, previous=previous, params=PARAMS)) == _injected(sample)
    assert len(sample.injected) == 9
