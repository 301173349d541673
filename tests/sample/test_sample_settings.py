"""``srg-guide sample``: domain codes come from the YAML tables, and the bundled sample is
reproduced byte for byte from its README command."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from srg_guide.checks.params import load_params
from srg_guide.cli import main
from srg_guide.errors import SrgGuideError
from srg_guide.locations import bundled_dir, bundled_sample, sample_tables
from srg_guide.sample import generate
from srg_guide.sample.settings import SETTINGS_FILE, plain_type_codes

PARAMS = load_params()
SETTINGS = yaml.safe_load(bundled_dir("tables").joinpath(*SETTINGS_FILE).read_text("utf-8"))


def test_plain_types_get_their_codes_from_the_type_table() -> None:
    by_id = {entry.id: entry.code for entry in PARAMS.types}
    codes = plain_type_codes(PARAMS)
    assert codes == tuple(by_id[type_id] for type_id in SETTINGS["plain_types"])
    assert not set(codes) & (PARAMS.lks_pw_codes | set(PARAMS.max_months))


def test_a_plain_type_missing_from_the_type_table_is_a_dutch_error() -> None:
    missing = SETTINGS["plain_types"][0]
    params = dataclasses.replace(PARAMS, types=tuple(t for t in PARAMS.types if t.id != missing))
    with pytest.raises(SrgGuideError, match=f"type {missing} staat niet in de typetabel"):
        generate(100, 1, params, with_previous=True)


def test_a_plain_type_with_a_maximum_duration_is_refused() -> None:
    code = plain_type_codes(PARAMS)[1]
    params = dataclasses.replace(PARAMS, max_months={**PARAMS.max_months, code: 12})
    with pytest.raises(SrgGuideError, match="maximale duur"):
        generate(100, 1, params, with_previous=True)


def test_clean_lks_records_carry_the_configured_onder_wml_code() -> None:
    params = dataclasses.replace(
        load_params(sample_tables()), arbeidsvermogen_onder_wml=frozenset({"7"})
    )
    sample = generate(500, 4, params, defects={})
    rows = [line.decode().rstrip("\n").split(";") for line in sample.current[1:]]
    lks = [row for row in rows if row[6] in params.lks_pw_codes]
    assert lks and {row[11] for row in lks} == {"7"}


def test_lks_codes_without_an_onder_wml_code_is_a_dutch_error() -> None:
    params = dataclasses.replace(
        load_params(sample_tables()), arbeidsvermogen_onder_wml=frozenset()
    )
    with pytest.raises(SrgGuideError, match="arbeidsvermogen_onder_wml"):
        generate(100, 1, params)


def test_the_readme_command_reproduces_the_bundled_sample(tmp_path: Path) -> None:
    current, previous, listing = (tmp_path / name for name in ("l.csv", "v.csv", "d.csv"))
    args = ["--rows", "300", "--seed", "2026", "--tables", str(sample_tables())]
    args += ["--previous-out", str(previous), "--defects-out", str(listing), str(current)]
    assert main(["sample", *args]) == 0
    bundled = bundled_sample()
    assert current.read_bytes() == bundled.read_bytes()
    assert (
        previous.read_bytes()
        == bundled.with_name("voorbeeld-levering-vorige-maand.csv").read_bytes()
    )
    assert listing.read_bytes() == bundled.with_name("voorbeeld-levering.defecten.csv").read_bytes()
