"""The register as a vertaaltabel (CSV, XLSX), and CBS's vertaaltabel compared with it.

Neither file holds personal data: no client data exists in the register, and the name of
the person who decided and the free note are left out. Doel inzet is a person-level field:
the vertaaltabel states one only where the decision fixed it (an R or P variant) and says so
in a column of its own on every row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from srg_guide.atomic import write_atomic
from srg_guide.errors import InputFileError, Location
from srg_guide.register.model import Decision, Entry
from srg_guide.register.tabular import ColumnMapping, Row

COLUMNS = (
    "lokale_code",
    "naam",
    "telt_mee",
    "niveau",
    "type_voorziening",
    "type_naam",
    "doel_inzet",
    "toelichting_doel",
    "status",
    "onderbouwing",
)
DOEL_FIXED_NOTE = "vast doel: de gemeente heeft dit als aparte variant vastgelegd"
DOEL_PER_PERSON_NOTE = (
    "doel inzet is een kenmerk van de persoon: stel het per inwoner vast "
    "(1 re-integratie, 2 participatie)"
)
REACTION_COLUMNS = (
    "lokale_code",
    "naam",
    "type_cbs",
    "type_gemeente",
    "telt_mee_cbs",
    "telt_mee_gemeente",
    "verschil",
    "reactie",
)


def doel_note(d: Decision | None) -> str:
    """Why the doel column says what it says (empty when the provision does not count)."""
    if d is None or not d.counts:
        return ""
    return DOEL_FIXED_NOTE if d.doel_fixed and d.doel else DOEL_PER_PERSON_NOTE


def doel_per_person_count(found: list[Entry]) -> int:
    """How many counting entries have no fixed doel (the export warns about them)."""
    return sum(doel_note(e.decision) == DOEL_PER_PERSON_NOTE for e in found)


def vertaaltabel_rows(found: list[Entry]) -> list[list[str]]:
    """One row per entry; an entry without a decision says so."""
    rows = []
    for entry in found:
        d = entry.decision
        rows.append(
            [
                entry.lokale_code,
                entry.naam,
                d.counts_label if d else "",
                (d.level or "") if d else "",
                (d.type_code or "") if d else "",
                (d.type_name or "") if d else "",
                d.doel_label if d else "",
                doel_note(d),
                entry.status,
                d.reference if d else "",
            ]
        )
    return rows


def write_table(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    """CSV (semicolons) or, for .xlsx, a workbook; written atomically."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Vertaaltabel"
        for values in [list(header), *rows]:
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                cell.data_type = "s"  # text stays text, also when it starts with "="
        sheet.auto_filter.ref = sheet.dimensions
        buffer = io.BytesIO()
        book.save(buffer)
        write_atomic(path, buffer.getvalue())
        return
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_atomic(path, out.getvalue())


@dataclass(frozen=True)
class Difference:
    """Where CBS's mapping of a local code differs from the register."""

    lokale_code: str
    naam: str
    type_cbs: str
    type_gemeente: str
    counts_cbs: str
    counts_gemeente: str
    what: str
    reference: str


def _counts(value: str | None, mapping: ColumnMapping, source: str, line: int) -> str:
    if value is None:
        return ""
    lowered = value.lower()
    for label in ("ja", "nee"):
        if lowered in mapping.values.get(label, (label,)):
            return label
    raise InputFileError(
        f'"{value}" is geen ja of nee (zie values in {mapping.path})',
        Location(source, line, "telt_mee"),
    )


def compare(
    rows: list[Row], found: list[Entry], mapping: ColumnMapping, source: str
) -> list[Difference]:
    """Every local code where CBS and the register disagree, or that only one side knows."""
    by_code = {e.lokale_code: e for e in found}
    differences = []
    seen = set()
    for row in rows:
        code = row.values.get("lokale_code")
        if not code:
            raise InputFileError("lokale code is leeg", Location(source, row.line, "lokale_code"))
        seen.add(code)
        cbs_type = row.values.get("type", "")
        cbs_counts = _counts(row.values.get("telt_mee"), mapping, source, row.line)
        entry = by_code.get(code)
        d = entry.decision if entry else None
        ours_type = (d.type_code or "") if d else ""
        ours_counts = d.counts_label if d else ""
        if entry is None:
            what = "niet in ons register"
        elif d is None:
            what = "nog niet beoordeeld door de gemeente"
        elif cbs_counts and cbs_counts != ours_counts:
            what = f"telt mee: CBS {cbs_counts}, gemeente {ours_counts}"
        elif cbs_type != ours_type:
            what = f"type: CBS {cbs_type or 'geen'}, gemeente {ours_type or 'geen'}"
        else:
            continue
        differences.append(
            Difference(
                code,
                entry.naam if entry else "",
                cbs_type,
                ours_type,
                cbs_counts,
                ours_counts,
                what,
                d.reference if d else "",
            )
        )
    for entry in found:
        if entry.lokale_code not in seen and entry.decision and entry.decision.counts:
            d = entry.decision
            differences.append(
                Difference(
                    entry.lokale_code,
                    entry.naam,
                    "",
                    d.type_code or "",
                    "",
                    d.counts_label,
                    "niet in de vertaaltabel van het CBS",
                    d.reference,
                )
            )
    return differences


def reaction_rows(differences: list[Difference]) -> list[list[str]]:
    """The reaction file for CBS: per difference what the municipality decided and why."""
    rows = []
    for diff in differences:
        if diff.reference:
            reaction = (
                f"De gemeente deelt dit in als type {diff.type_gemeente or 'geen'} "
                f"(telt mee: {diff.counts_gemeente}); onderbouwing: {diff.reference}."
            )
        else:
            reaction = "De gemeente heeft deze term nog niet beoordeeld."
        rows.append(
            [
                diff.lokale_code,
                diff.naam,
                diff.type_cbs,
                diff.type_gemeente,
                diff.counts_cbs,
                diff.counts_gemeente,
                diff.what,
                reaction,
            ]
        )
    return rows
