"""Store a check run's aggregate, and load a folder of past deliveries in one go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from srg_guide import __version__
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params, params_for
from srg_guide.checks.readers.scan import scan_file
from srg_guide.checks.report import Report
from srg_guide.errors import SrgGuideError, display_path
from srg_guide.history.aggregate import aggregates_of
from srg_guide.history.store import is_stored, save

DELIVERY_SUFFIXES = (".csv", ".txt", ".dat", ".xlsx", ".xlsm", ".xls", ".ods")
FileProgress = Callable[[int, int, Path], None]
"""Called with (files done, files in the folder, the file) after each file."""


def store_report(engine: Engine, report: Report, path: Path, layout: Layout, params: Params) -> int:
    """Store the aggregate(s) of one check run; returns how many were new (0: already stored)."""
    return save(engine, aggregates_of(report, path, layout, params))


@dataclass
class ImportResult:
    """What ``import_folder`` did: files read, aggregates newly stored, files skipped because
    they were stored before with the same versions, files that failed."""

    files: int = 0
    stored: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def delivery_files(folder: Path) -> list[Path]:
    """The delivery files directly in ``folder``, by name."""
    if not folder.is_dir():
        raise SrgGuideError("Map niet gevonden", f"{display_path(folder)} is geen map")
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DELIVERY_SUFFIXES
    )


def import_folder(
    engine: Engine,
    folder: Path,
    layout: Layout,
    *,
    tables: str | None = None,
    trees: str | None = None,
    as_of: dt.date | None = None,
    progress: FileProgress | None = None,
) -> ImportResult:
    """Check every delivery file in ``folder`` (all findings counted) and store its aggregate.

    A file stored before by this srg-guide version with the same tables is skipped unchecked
    (only hashed). A file that cannot be read is listed in ``failed``; the others go on.
    """
    from srg_guide.checks.runner import run_check

    files = delivery_files(folder)
    result = ImportResult()
    for done, path in enumerate(files, start=1):
        try:
            params = params_for(path, tables, trees, as_of)
            sha256 = scan_file(path).sha256
            if is_stored(engine, sha256, __version__, params.ruleset_version):
                result.skipped += 1
            else:
                report = run_check(path, layout=layout, params=params, limit=None, as_of=as_of)
                result.stored += store_report(engine, report, path, layout, params)
        except SrgGuideError as exc:
            result.failed.append((display_path(path), str(exc)))
        result.files += 1
        if progress is not None:
            progress(done, len(files), path)
    return result
