"""The check, rules and sample commands through the CLI: exit codes, files, no input changes."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from srg_guide.checks.docs import rules_markdown
from srg_guide.cli import main
from srg_guide.locations import bundled_sample
from tests.checks.deliveries import write_delivery

REPO = Path(__file__).resolve().parents[2]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_delivery(tmp_path / "l.csv", [{}, {}])
    assert main(["check", str(path)]) == 0
    assert "Samenvatting" in capsys.readouterr().out


def test_signals_only_exit_0_and_errors_exit_1(tmp_path: Path) -> None:
    signal = write_delivery(
        tmp_path / "s.csv", [{"type_voorziening": "22", "begindatum": "20200101"}]
    )
    error = write_delivery(tmp_path / "e.csv", [{"begindatum": "20250231"}])
    assert main(["check", str(signal)]) == 0
    assert main(["check", str(error)]) == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "bestaat-niet.csv"], "bestand niet gevonden"),
        (["check", "{tmp}/l.csv", "--layout", "geen-layout"], "bestand niet gevonden"),
        (["check", "{tmp}/l.csv", "--format", "xlsx"], "--output"),
        (
            ["check", "{tmp}/kop.csv"],
            "ontbreken in de kopregel: berichtgevercode, verslagmaand, bsn",
        ),
    ],
)
def test_unusable_input_exits_2_with_a_message(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_delivery(tmp_path / "l.csv", [{}])
    (tmp_path / "kop.csv").write_text("gemeentecode;registratienummer\n0363;R1\n")
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    assert message in capsys.readouterr().err


def test_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.csv", "--format", "pdf"])
    assert exc.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err


def test_input_files_unchanged_after_check_in_every_format(tmp_path: Path) -> None:
    sample = bundled_sample()
    previous = sample.with_name("voorbeeld-levering-vorige-maand.csv")
    before = (_sha(sample), _sha(previous))
    for fmt in ("text", "json", "html", "csv", "xlsx"):
        out = tmp_path / f"rapport.{fmt}"
        code = main(
            [
                "check",
                str(sample),
                "--previous",
                str(previous),
                "--format",
                fmt,
                "--output",
                str(out),
            ]
        )
        assert code == 1
        assert out.stat().st_size > 0
    assert (_sha(sample), _sha(previous)) == before


def test_json_identity_names_the_input_hash(capsys: pytest.CaptureFixture[str]) -> None:
    sample = bundled_sample()
    main(["check", str(sample), "--format", "json"])
    assert _sha(sample) in capsys.readouterr().out


def test_bundled_sample_matches_its_defect_list(capsys: pytest.CaptureFixture[str]) -> None:
    sample = bundled_sample()
    previous = sample.with_name("voorbeeld-levering-vorige-maand.csv")
    listing = sample.with_name("voorbeeld-levering.defecten.csv")
    main(["check", str(sample), "--previous", str(previous), "--format", "json", "--limit", "0"])
    document = json.loads(capsys.readouterr().out)
    found_codes = sorted(rule["code"] for rule in document["rules"] for _ in range(rule["count"]))
    with listing.open(encoding="utf-8") as handle:
        expected = sorted(row["code"] for row in csv.DictReader(handle, delimiter=";"))
    assert found_codes == expected


def test_a_delivery_file_named_conversion_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_delivery(tmp_path / "conversion", [{}, {"begindatum": "20250231"}])
    monkeypatch.chdir(tmp_path)
    assert main(["check", "conversion", "--format", "json", "--geen-historie"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["identity"]["input_file"] == "conversion"
    assert document["identity"]["row_count"] == 2
    assert {r["code"]: r["count"] for r in document["rules"]}["SRG102"] == 1


def test_conversion_command_needs_both_deliveries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conversion = write_delivery(tmp_path / "conversie.csv", [{}])
    with pytest.raises(SystemExit) as stopped:
        main(["conversion", str(conversion), "--previous", str(conversion)])
    assert stopped.value.code == 2
    assert "deze argumenten ontbreken: --current" in capsys.readouterr().err


def test_draft_conversion_then_conversion_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = write_delivery(
        tmp_path / "vorige.csv", [{"verslagmaand": "202512", "registratienummer": "OUD1"}]
    )
    current = write_delivery(tmp_path / "nu.csv", [{"registratienummer": "NIEUW1"}])
    draft = tmp_path / "conversie.csv"
    main(["check", str(current), "--previous", str(previous), "--draft-conversion", str(draft)])
    assert f"concept-conversiebestand geschreven naar {draft}" in capsys.readouterr().err
    lines = draft.read_text().splitlines()
    assert lines[1] == "OUD1;NIEUW1;0363;0363;12345;12345"
    capsys.readouterr()
    code = main(["conversion", str(draft), "--current", str(current), "--previous", str(previous)])
    assert code == 0, capsys.readouterr().out
    draft.write_text(lines[0] + "\nOUD9;NIEUW1;;;;\n")
    code = main(["conversion", str(draft), "--current", str(current), "--previous", str(previous)])
    assert code == 1
    assert "SRG602" in capsys.readouterr().out


def test_conversion_command_never_gives_the_all_clear_for_an_assumed_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = write_delivery(
        tmp_path / "vorige.csv", [{"verslagmaand": "202512", "registratienummer": "OUD1"}]
    )
    current = write_delivery(tmp_path / "nu.csv", [{"registratienummer": "NIEUW1"}])
    draft = tmp_path / "conversie.csv"
    main(["check", str(current), "--previous", str(previous), "--draft-conversion", str(draft)])
    capsys.readouterr()
    argv = ["conversion", str(draft), "--current", str(current)]
    assert main([*argv, "--previous", str(previous)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "kan naar het CBS" not in out
    assert "Geen bevindingen tegen de aangenomen layout" in out
    assert "softwareleverancier" in out
    assert "aanname" in out


def test_conversion_columns_come_from_the_tables_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = write_delivery(
        tmp_path / "vorige.csv", [{"verslagmaand": "202512", "registratienummer": "OUD1"}]
    )
    current = write_delivery(tmp_path / "nu.csv", [{"registratienummer": "NIEUW1"}])
    tables = tmp_path / "tabellen"
    tables.mkdir()
    (tables / "conversie.yaml").write_text(
        "name: leverancier X\nassumption: false\ndelimiter: ','\n"
        "columns: {oud_registratienummer: oud, nieuw_registratienummer: nieuw}\n",
        encoding="utf-8",
    )
    conversion = tmp_path / "conversie.csv"
    conversion.write_text("oud,nieuw\nOUD1,NIEUW1\n", encoding="utf-8")
    argv = ["conversion", str(conversion), "--current", str(current)]
    assert main([*argv, "--previous", str(previous), "--tables", str(tables)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Geen bevindingen tegen de aangenomen layout" in out
    assert "is een aanname van srg-guide" not in out  # confirmed by this organisation


def test_rules_docs_are_up_to_date() -> None:
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown()


def test_rules_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "SRG101" in out and "SRG604" in out


def test_sample_command_writes_file_and_defects(tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    prev = tmp_path / "p.csv"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "srg_guide",
            "sample",
            "--rows",
            "500",
            "--seed",
            "4",
            "--defects",
            "SRG305=2,SRG401",
            "--previous-out",
            str(prev),
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    listing = (tmp_path / "s.csv.defecten.csv").read_text().splitlines()
    assert listing[0] == "bestand;regel;code;veld;waarde"
    assert sorted(line.split(";")[2] for line in listing[1:]) == ["SRG305", "SRG305", "SRG401"]
    assert len(out.read_text().splitlines()) == 501


def test_sample_none_is_clean(tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    assert main(["sample", "--rows", "200", "--defects", "none", str(out)]) == 0
    assert main(["check", str(out)]) == 0


def test_draft_conversion_masks_bsn_like_numbers(tmp_path: Path) -> None:
    previous = write_delivery(
        tmp_path / "vorige.csv", [{"verslagmaand": "202512", "registratienummer": "111222333"}]
    )
    current = write_delivery(tmp_path / "nu.csv", [{"registratienummer": "N1"}])
    draft = tmp_path / "conversie.csv"
    main(["check", str(current), "--previous", str(previous), "--draft-conversion", str(draft)])
    text = draft.read_text()
    assert "111222333" not in text
    assert "*******33;N1" in text


def test_output_dash_does_not_claim_a_file_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "nu.csv", [{"registratienummer": "A1"}])
    main(["check", str(delivery), "--output", "-", "--geen-historie"])
    captured = capsys.readouterr()
    assert "Bestandscontrole SRG" in captured.out
    assert "geschreven naar -" not in captured.err
