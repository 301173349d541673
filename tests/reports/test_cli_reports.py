"""`srg-guide check --format F --output P` on a generated delivery, through main()."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import jsonschema
import pytest
from sample_reports import NINE_DIGITS, as_text

from srg_guide.cli import main
from srg_guide.privacy import is_bsn
from srg_guide.reports import FORMATS

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "report-schema.json").read_text())


@pytest.fixture(scope="module")
def deliveries(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("sample")
    current, previous = folder / "levering.csv", folder / "vorige.csv"
    code = main(
        ["sample", "--rows", "400", "--seed", "11", "--previous-out", str(previous), str(current)]
    )
    assert code == 0
    return current, previous


def file_bsns(path: Path) -> set[str]:
    """Every elfproef-valid nine-digit value in a delivery file."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return {cell for row in csv.reader(handle, delimiter=";") for cell in row if is_bsn(cell)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_from_the_command_line_is_free_of_bsns(
    deliveries: tuple[Path, Path], tmp_path: Path, fmt: str
) -> None:
    current, previous = deliveries
    before = current.read_bytes()
    output = tmp_path / f"rapport.{fmt}"
    code = main(["check", str(current), "--previous", str(previous), "--output", str(output)])
    assert code == 1  # the default sample injects errors at severity fout
    assert current.read_bytes() == before
    text = as_text(output.read_bytes(), fmt)
    if fmt == "json":
        jsonschema.validate(json.loads(text), SCHEMA)
    for path in (current, previous):
        text = text.replace(hashlib.sha256(path.read_bytes()).hexdigest(), "")
    assert [m for m in NINE_DIGITS.findall(text) if is_bsn(m)] == []
    assert len(file_bsns(current)) > 300
    assert "SRG201" in text
    assert [p.name for p in tmp_path.iterdir()] == [output.name]


def test_delen_and_kwartaal_from_the_command_line(
    deliveries: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    current, previous = deliveries
    args = ["check", str(current), "--previous", str(previous)]
    main([*args, "--delen", "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert document["privacy"]["audience"] == "delen"
    text = current.read_text(encoding="utf-8", errors="replace")
    numbers = {row[3] for row in csv.reader(io.StringIO(text), delimiter=";") if len(row) > 3}
    keys = {f["key"] for rule in document["rules"] for f in rule["findings"] if f["key"]}
    assert keys and not keys & numbers
    main([*args, "--kwartaal"])
    out = capsys.readouterr().out
    assert out.startswith("Kwartaaloverzicht SRG")
    assert "Signalering kwaliteit" in out and "Maximale duur volgens het CBS" in out
