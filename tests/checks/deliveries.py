"""Build small delivery files in the example layout from record overrides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from srg_guide.checks.params import Params, load_params
from srg_guide.locations import sample_tables
from srg_guide.sample.records import FIELDS

NEW_CODES = Path(__file__).parent / "data" / "codes-nieuw"
"""A trees folder whose codes.yaml has the new form: ids, and codes only where confirmed."""


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


def record_line(overrides: Mapping[str, object], number: int) -> bytes:
    """One CSV line: BASE with ``overrides``; registratienummer R<number> unless given."""
    values = {**BASE, "registratienummer": f"R{number}"}
    values.update({k: "" if v is None else str(v) for k, v in overrides.items()})
    unknown = set(values) - set(FIELDS)
    assert not unknown, f"unknown fields {unknown}"
    return ";".join(values[f] for f in FIELDS).encode().replace(BAD_BYTE.encode(), b"\x81")


def write_delivery(
    path: Path, records: Sequence[Mapping[str, object] | str], header: bool = True
) -> Path:
    """Write records (dicts) or raw lines (str, ``{BAD}`` = an invalid byte) to ``path``."""
    lines = [";".join(FIELDS).encode()] if header else []
    for number, rec in enumerate(records, start=1):
        if isinstance(rec, str):
            lines.append(rec.encode().replace(BAD_BYTE.encode(), b"\x81"))
        else:
            lines.append(record_line(rec, number))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path
