"""History tests run on SQLite and PostgreSQL with the register's fixture (SRG_GUIDE_TEST_PG).

Without a server the PostgreSQL half is skipped with a notice at the end of the run; under
CI=true a missing server fails the tests.
"""

from __future__ import annotations

import pytest

from tests.register.conftest import _skipped, db_url

__all__ = ["db_url"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """A visible notice when the PostgreSQL half did not run."""
    if _skipped:
        terminalreporter.write_line(
            f"LET OP: {len(_skipped)} historie/register-test(s) op PostgreSQL overgeslagen "
            f"({_skipped[0]}). Zet SRG_GUIDE_TEST_PG om ze te draaien.",
            yellow=True,
        )
