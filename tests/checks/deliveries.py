"""Build small delivery files in the example layout from record overrides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from srg_guide.checks.params import Params, load_params
from srg_guide.locations import data_dir, sample_tables
from srg_guide.sample.records import FIELDS

NEW_CODES = Path(__file__).parent / "data" / "codes-nieuw"
"""A trees folder whose codes.yaml has the new form: ids, and codes only where confirmed."""


def layout_without(folder: Path, fields: Sequence[str]) -> Path:
    """The example layout without ``fields``, written to ``folder``: a municipality's own layout
    that lacks them."""
    data = yaml.safe_load((data_dir("tables") / "layouts" / "voorbeeld.yaml").read_text("utf-8"))
    data["fields"] = [f for f in data["fields"] if f["name"] not in fields]
    path = folder / "layout-zonder.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def example_params() -> Params:
    """The new-form code list plus the sample's example codes (VOORBEELDCODES): every type has
    a code, independent of which codes the shipped trees/codes.yaml confirms."""
    return load_params(sample_tables(), NEW_CODES)


BAD_BYTE = "{BAD}"

BASE = {
    "gemeentecode": "0363",
    "berichtgevercode": "12345",
    "verslagmaand": "202601",
    "registratienummer": "",
    "bsn": "123456782",
    "geboortedatum": "19800101",
    "type_voorziening": "42",
    "doel_inzet": "1",
    "begindatum": "20250101",
    "einddatum": "",
    "loonwaarde": "",
    "arbeidsvermogen": "",
}


def record_line(
    overrides: Mapping[str, object], number: int, fields: Sequence[str] = FIELDS
) -> bytes:
    """One CSV line: BASE with ``overrides``; registratienummer R<number> unless given."""
    values = {**BASE, "registratienummer": f"R{number}"}
    values.update({k: "" if v is None else str(v) for k, v in overrides.items()})
    unknown = set(values) - set(FIELDS)
    assert not unknown, f"unknown fields {unknown}"
    return ";".join(values[f] for f in fields).encode().replace(BAD_BYTE.encode(), b"\x81")


def write_delivery(
    path: Path,
    records: Sequence[Mapping[str, object] | str],
    header: bool = True,
    without: Sequence[str] = (),
) -> Path:
    """Write records (dicts) or raw lines (str, ``{BAD}`` = an invalid byte) to ``path``;
    the columns in ``without`` are left out (for a layout that lacks those fields)."""
    fields = [f for f in FIELDS if f not in without]
    lines = [";".join(fields).encode()] if header else []
    for number, rec in enumerate(records, start=1):
        if isinstance(rec, str):
            lines.append(rec.encode().replace(BAD_BYTE.encode(), b"\x81"))
        else:
            lines.append(record_line(rec, number, fields))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path
