"""Fuzz: random bytes and mutated valid lines give findings or a clean exit-2 message."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srg_guide.cli import main
from srg_guide.sample.records import FIELDS
from tests.checks.deliveries import record_line

HEADER = ";".join(FIELDS).encode()
VALID = [record_line({"type_voorziening": t}, i) for i, t in enumerate(["42", "22", "11"], 1)]
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(content: bytes, capsys: pytest.CaptureFixture[str], suffix: str = ".csv") -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"levering{suffix}"
        path.write_bytes(content)
        code = main(["check", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    if code == 2:
        assert err.startswith("srg-guide: ") and "Traceback" not in err
    else:
        assert out.startswith("{")


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    _check(data, capsys)


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_after_a_header(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    _check(HEADER + b"\n" + data, capsys)


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_as_xlsx(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    _check(data, capsys, ".xlsx")


mutation = st.tuples(
    st.integers(0, len(VALID) - 1),
    st.integers(0, 120),
    st.sampled_from(["insert", "delete", "replace"]),
    st.binary(min_size=1, max_size=4) | st.sampled_from([b";", b'"', b"\n", b"\r", b"\x00"]),
)


@FUZZ
@given(mutations=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_valid_lines(mutations: list, capsys: pytest.CaptureFixture[str]) -> None:
    lines = list(VALID)
    for index, position, kind, data in mutations:
        line = lines[index]
        position = min(position, len(line))
        if kind == "insert":
            line = line[:position] + data + line[position:]
        elif kind == "delete":
            line = line[:position] + line[position + len(data) :]
        else:
            line = line[:position] + data + line[position + len(data) :]
        lines[index] = line
    _check(HEADER + b"\n" + b"\n".join(lines) + b"\n", capsys)
