"""The code list (trees/codes.yaml) as the tree package offers it; see srg_guide.codelist."""

from __future__ import annotations

from srg_guide.codelist import (
    CODES_FILE_NAME,
    MISSING_CODE_TEXT,
    ORGANISATION_CODES_FILE,
    SOURCE_CBS,
    SOURCE_ORGANISATION,
    CodeTable,
    Doel,
    TypeCode,
    codes_for,
    load_codes,
    with_organisation_codes,
)

__all__ = [
    "CODES_FILE_NAME",
    "MISSING_CODE_TEXT",
    "ORGANISATION_CODES_FILE",
    "SOURCE_CBS",
    "SOURCE_ORGANISATION",
    "CodeTable",
    "Doel",
    "TypeCode",
    "codes_for",
    "load_codes",
    "with_organisation_codes",
]
