"""Register tests run on SQLite and on PostgreSQL (a fresh schema per test).

The PostgreSQL URL comes from SRG_GUIDE_TEST_PG (e.g. postgresql://srg:srg@localhost/srg_test).
Without it the PostgreSQL half is skipped with a notice at the end of the run; under CI=true a
missing or unreachable server fails the tests instead.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.schema import CreateSchema, DropSchema

from srg_guide.store import database_url
from srg_guide.tree import Outcome

PG_ENV = "SRG_GUIDE_TEST_PG"
DATA = Path(__file__).parent / "data"
_skipped: list[str] = []


def _no_server(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is verplicht in CI: {reason}")
    _skipped.append(reason)
    pytest.skip(f"PostgreSQL-test overgeslagen: {reason}")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each back end."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        _no_server(f"{PG_ENV} is niet gezet")
    url = make_url(database_url(base))
    engine = sa.create_engine(url)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    try:
        with engine.begin() as conn:
            conn.execute(CreateSchema(schema))
    except sa.exc.OperationalError as exc:
        engine.dispose()
        _no_server(f"server niet bereikbaar ({str(exc.orig).splitlines()[0]})")
    scoped = url.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield scoped.render_as_string(hide_password=False)
    finally:
        with engine.begin() as conn:
            conn.execute(DropSchema(schema, cascade=True))
        engine.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """A visible notice when the PostgreSQL half did not run."""
    if _skipped:
        terminalreporter.write_line(
            f"LET OP: {len(_skipped)} register-test(s) op PostgreSQL overgeslagen "
            f"({_skipped[0]}). Zet {PG_ENV} om ze te draaien.",
            yellow=True,
        )


# Outcomes name a type slug (codes.yaml) once the tree core has Outcome.type; before that a code.
TYPE_SLUGS = {"42": "training", "43": "vrijwilligerswerk"}


def _tree_text() -> str:
    text = (DATA / "trees" / "register.yaml").read_text(encoding="utf-8")
    if "type" not in Outcome.__dataclass_fields__:
        return text
    return re.sub(
        r'    code: "(\d+)"\n    doel: "\d"\n',
        lambda m: f"    type: {TYPE_SLUGS[m.group(1)]}\n",
        text,
    )


@pytest.fixture
def trees_dir(tmp_path: Path) -> Path:
    """A copy of the small test tree, so a test may bump its version."""
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "register.yaml").write_text(_tree_text(), encoding="utf-8")
    return folder


def bump_tree(trees_dir: Path, old: str, new: str) -> None:
    """Version 2 of the test tree with ``old`` text replaced by ``new``."""
    path = trees_dir / "register.yaml"
    text = path.read_text(encoding="utf-8").replace('version: "1"', 'version: "2"')
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
