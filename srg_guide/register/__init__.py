"""The voorzieningenregister: one reasoned decision per local provision, shared by the team.

Typical use::

    from srg_guide.register import Register, draft_from_session
    register = Register.open()                       # SQLite by default, or a URL
    register.import_catalogue(read_rows(path, mapping), "catalogus.csv")
    entry = register.entry("WF-01")
    register.decide("WF-01", draft_from_session(session, codes, library),
                    expected_version=entry.version, decided_by="J. Jansen")
"""

from srg_guide.register.draft import DecisionDraft, draft_from_session
from srg_guide.register.model import (
    CONDITIONAL,
    DECIDED,
    NOT_DECIDED,
    STALE,
    STATUSES,
    Decision,
    Entry,
    ImportSummary,
)
from srg_guide.register.repository import ConflictError, Register, decisions_frame
from srg_guide.register.stale import changed_node_ids, resume_session, with_stale_marks
from srg_guide.register.tabular import ColumnMapping, Row, bundled_mapping, load_mapping, read_rows

__all__ = [
    "CONDITIONAL",
    "DECIDED",
    "NOT_DECIDED",
    "STALE",
    "STATUSES",
    "ColumnMapping",
    "ConflictError",
    "Decision",
    "DecisionDraft",
    "Entry",
    "ImportSummary",
    "Register",
    "Row",
    "bundled_mapping",
    "changed_node_ids",
    "decisions_frame",
    "draft_from_session",
    "load_mapping",
    "read_rows",
    "resume_session",
    "with_stale_marks",
]
