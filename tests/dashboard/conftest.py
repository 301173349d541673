"""Dashboard tests use the register's two-back-end database fixture (see tests/history)."""

from tests.register.conftest import db_url

__all__ = ["db_url"]
