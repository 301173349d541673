"""History: an aggregate of every check run, kept in the shared database, for the dashboard."""

from srg_guide.history.aggregate import Aggregate, aggregates_of
from srg_guide.history.importer import ImportResult, import_folder, store_report
from srg_guide.history.store import load, save

__all__ = [
    "Aggregate",
    "ImportResult",
    "aggregates_of",
    "import_folder",
    "load",
    "save",
    "store_report",
]
