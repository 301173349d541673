"""QA of issue 11 as a user: defects found by running ``srg-guide check``, each an xfail.

Each test states what a user sees today and what issue 11 asks; when the defect is fixed the
test passes and (strict) xfail turns red, so the marker must then be removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from srg_guide.cli import main
from tests.checks.deliveries import write_delivery


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args, "--geen-historie"])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    _, out, _ = _check(capsys, *args, "--format", "json")
    data: dict[str, Any] = json.loads(out)
    return data


def _messages(report: dict[str, Any], code: str) -> list[str]:
    return [f["message"] for r in report["rules"] if r["code"] == code for f in r["findings"]]


def test_shared_report_does_not_reveal_the_birth_date_through_the_aow_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Born 31-10-1957: AOW age 67, so the AOW date 31-10-2024 is the birthday itself.
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [
            {
                "verslagmaand": "202410",
                "geboortedatum": "19571031",
                "type_voorziening": "22",
                "begindatum": "20240101",
            }
        ],
    )
    for fmt in ("text", "json", "csv", "html"):
        _, out, _ = _check(capsys, str(delivery), "--delen", "--format", fmt)
        assert "AOW-leeftijd" in out
        assert "31-10-2024" not in out, fmt


def test_report_holds_no_command_line_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = {"bsn": "123456782", "type_voorziening": "42", "begindatum": "20240101"}
    previous = write_delivery(
        tmp_path / "vorige.csv",
        [{**base, "verslagmaand": "202409", "registratienummer": "OUD-1"}],
    )
    current = write_delivery(
        tmp_path / "levering.csv",
        [{**base, "verslagmaand": "202410", "registratienummer": "NIEUW-1"}],
    )
    _, html, _ = _check(capsys, str(current), "--previous", str(previous), "--format", "html")
    assert "SRG404" in html
    assert "--draft-conversion" not in html
    assert "--register" not in html


def test_dates_in_finding_values_are_dd_mm_jjjj(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [{"verslagmaand": "202410", "begindatum": "20211211", "einddatum": "20211128"}],
    )
    _, out, _ = _check(capsys, str(delivery))
    assert "De einddatum ligt vóór de begindatum." in out
    assert "28-11-2021" in out
    assert "11-12-2021" in out


def test_report_does_not_call_the_rules_regels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "levering.csv", [{"verslagmaand": "202410"}])
    for fmt in ("text", "html", "csv"):
        _, out, _ = _check(capsys, str(delivery), "--format", fmt)
        assert "regelset" not in out.lower(), fmt


def test_rules_command_help_says_controles(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "toon de regels" not in out


def test_unreadable_path_message_is_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "levering.csv", [{"verslagmaand": "202410"}])
    code, _, err = _check(capsys, str(delivery / "x"))
    assert code == 2
    assert "Not a directory" not in err


def test_type_drop_message_uses_singular_for_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    type_59 = {"type_voorziening": "59", "begindatum": "20240101"}
    previous = write_delivery(
        tmp_path / "vorige.csv", [{**type_59, "verslagmaand": "202409"} for _ in range(25)]
    )
    current = write_delivery(tmp_path / "levering.csv", [{**type_59, "verslagmaand": "202410"}])
    report = _json(capsys, str(current), "--previous", str(previous))
    messages = _messages(report, "SRG405")
    assert messages
    assert not any(" 1 voorzieningen" in m for m in messages)


def test_number_out_of_range_is_not_called_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [{"verslagmaand": "202410", "loonwaarde": "100,5", "arbeidsvermogen": "1"}],
    )
    messages = _messages(_json(capsys, str(delivery)), "SRG105")
    assert messages
    assert not any("geen geldig getal" in m for m in messages)


def test_quarter_lists_every_type_with_a_maximum_even_at_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv", [{"verslagmaand": "202410", "type_voorziening": "30"}]
    )
    quarter = _json(capsys, str(delivery), "--kwartaal")["quarter"]
    listed = {row["type"].split()[0]: row["count"] for row in quarter["durations"]}
    assert listed == {"22": 0, "29": 0, "42": 0}


def test_quarter_says_the_duration_signal_did_not_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = tmp_path / "tabellen"
    tables.mkdir()
    (tables / "durations.yaml").write_text('version: "leeg"\nmax_months: {}\n', "utf-8")
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [{"verslagmaand": "202410", "type_voorziening": "22", "begindatum": "20200101"}],
    )
    _, out, _ = _check(capsys, str(delivery), "--tables", str(tables), "--kwartaal")
    assert "SRG305" in out


def test_quarter_view_mentions_errors_that_set_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [{"verslagmaand": "202410", "begindatum": "20211211", "einddatum": "20211128"}],
    )
    code, out, _ = _check(capsys, str(delivery), "--kwartaal")
    assert code == 1
    assert "1 fout" in out


def test_an_added_older_table_version_does_not_replace_the_current_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = tmp_path / "tabellen"
    tables.mkdir()
    (tables / "durations.2020.yaml").write_text(
        'version: "2020"\nvalid_from: 2020-01-01\nmax_months: {"22": 12}\n', "utf-8"
    )
    delivery = write_delivery(tmp_path / "levering.csv", [{"verslagmaand": "202601"}])
    report = _json(capsys, str(delivery), "--tables", str(tables), "--as-of", "2026-01-31")
    assert "durations=2024.1" in report["identity"]["ruleset_version"]


def test_spiegel_gives_no_false_zero_when_the_month_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [
            {"verslagmaand": "2024-10", "type_voorziening": "22", "begindatum": "20200101"},
            {"verslagmaand": "2024-10", "type_voorziening": "22", "begindatum": "20241001"},
        ],
    )
    report = _json(capsys, str(delivery))
    assert "SRG305" in {item["code"] for item in report["not_run"]}
    (row,) = [t for t in report["mirror"]["types"] if t["code"] == "22"]
    assert row["over_max"] is None
    assert row["started"] is None


def test_csv_names_the_guideline_by_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [{"verslagmaand": "202410", "begindatum": "20211211", "einddatum": "20211128"}],
    )
    _, out, _ = _check(capsys, str(delivery), "--format", "csv")
    line = next(x for x in out.splitlines() if x.startswith("SRG201;"))
    assert not line.endswith(";registratie-velden")


def test_not_run_reason_does_not_name_the_table_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = tmp_path / "tabellen"
    tables.mkdir()
    (tables / "durations.yaml").write_text('version: "leeg"\nmax_months: {}\n', "utf-8")
    delivery = write_delivery(tmp_path / "levering.csv", [{"verslagmaand": "202410"}])
    report = _json(capsys, str(delivery), "--tables", str(tables))
    (reason,) = [item["reason"] for item in report["not_run"] if item["code"] == "SRG305"]
    assert "tabel durations" not in reason
    assert "de tabel maximale looptijden (durations.yaml)" in reason


def test_csv_says_when_findings_are_cut_at_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {"verslagmaand": "202410", "begindatum": "20211211", "einddatum": "20211128"}
    delivery = write_delivery(tmp_path / "levering.csv", [bad, bad | {"registratienummer": "X"}])
    _, text, _ = _check(capsys, str(delivery), "--limit", "1")
    assert "niet getoond" in text
    _, out, _ = _check(capsys, str(delivery), "--limit", "1", "--format", "csv")
    assert "niet getoond" in out or "getoond" in out


def test_shared_report_holds_no_local_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "levering.csv", [{"verslagmaand": "202410"}])
    for fmt in ("text", "json", "csv", "html"):
        _, out, _ = _check(capsys, str(delivery), "--delen", "--format", fmt)
        assert str(tmp_path) not in out, fmt
        assert "/tables/layouts/" not in out, fmt


def test_required_field_with_only_spaces_counts_as_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(
        tmp_path / "levering.csv",
        [{"verslagmaand": "202410", "registratienummer": " "}, {"verslagmaand": "202410"}],
    )
    report = _json(capsys, str(delivery))
    assert _messages(report, "SRG101")
