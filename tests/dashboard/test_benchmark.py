"""Benchmark against other gemeenten from a StatLine CSV (assumed layout; nothing fetched)."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.dashboard import build_dashboard
from srg_guide.dashboard.benchmark import load_benchmark
from srg_guide.dashboard.page import render_dashboard
from srg_guide.errors import InputFileError
from tests.dashboard.tables import table
from tests.dashboard.test_figures import MAX_MONTHS, TYPE_NAMES, _known

EXAMPLE = Path(__file__).resolve().parents[2] / "tables" / "benchmark" / "voorbeeld-statline.csv"


def test_the_example_ranks_per_1000_inhabitants_in_the_newest_period() -> None:
    benchmark = load_benchmark(EXAMPLE)
    assert benchmark.periode == "2025KW02"
    by_code = {s.gemeentecode: s for s in benchmark.rows}
    assert len(by_code) == 6
    own = by_code["0363"]
    assert (own.voorzieningen, own.per_1000_inwoners, own.per_bijstand) == (4200, 4.5, 0.111)
    assert by_code["0014"].plaats == 1
    assert by_code["0518"].plaats == 6


def test_the_page_marks_the_own_gemeenten() -> None:
    history = [_known(g, m) for g in range(2) for m in range(2)]
    page = render_dashboard(
        build_dashboard(history, TYPE_NAMES, MAX_MONTHS), benchmark=load_benchmark(EXAMPLE)
    )
    rows = table(page, "Voorzieningen per 1.000 inwoners")
    assert rows["2"] == ["0363 Voorbeeldstad (uw gemeente)", "4.200", "4,5", "0,11"]
    assert rows["3"] == ["0599 Havenplaats", "3.000", "4,5", "0,09"]
    assert "aanname" in page


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("RegioS;Perioden;Voorzieningen\nGM0363;2025KW1;veel\n", "statline.csv:2"),
        ("Gemeente;Perioden;Voorzieningen\nGM0363;2025KW1;5\n", "statline.csv:1"),
        ("RegioS;Perioden;Voorzieningen\n", "statline.csv"),
    ],
)
def test_a_broken_csv_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, where: str
) -> None:
    path = tmp_path / "statline.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError):
        load_benchmark(path)
    code = main(
        ["dashboard", "--db", f"sqlite:///{tmp_path}/h.db", "--output", str(tmp_path / "d.html"),
         "--vergelijk", str(path)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert where in err
    assert "Traceback" not in err
