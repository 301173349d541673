"""Which database, connecting to it, and bringing its schema to the newest migration."""

from __future__ import annotations

import os
from importlib import resources
from typing import Any

from sqlalchemy import Engine, column, create_engine, event, inspect, select, table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from srg_guide.errors import SrgGuideError
from srg_guide.locations import user_data_dir

DB_FILE = "srg-guide.db"
HEAD_REVISION = "0004"
"""The newest migration; a database already there skips Alembic (and its import) entirely."""
_DRIVERLESS = ("postgresql://", "postgres://")


def database_url(explicit: str | None = None) -> str:
    """The database URL: ``--db`` > ``SRG_GUIDE_DB`` > a SQLite file in the user's data folder."""
    url = explicit or os.environ.get("SRG_GUIDE_DB") or ""
    if not url:
        return f"sqlite:///{user_data_dir() / DB_FILE}"
    for prefix in _DRIVERLESS:
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def describe_url(url: str) -> str:
    """The URL as shown to people: without the password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(onleesbaar adres)"


def _unusable(url: str, exc: SQLAlchemyError) -> SrgGuideError:
    reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
    if isinstance(exc, OperationalError):
        return SrgGuideError(
            "Database niet bereikbaar",
            f"{describe_url(url)}: {reason}. Controleer --db of SRG_GUIDE_DB.",
        )
    return SrgGuideError(
        "Database niet bij te werken", f"{describe_url(url)}: {reason}. Meld dit aan de beheerder."
    )


def open_database(url: str | None = None) -> Engine:
    """An engine on the chosen database, created and migrated to the newest schema on first use."""
    chosen = database_url(url)
    try:
        engine = _create(chosen)
    except (ArgumentError, ValueError) as exc:
        raise SrgGuideError(
            "Onbekend database-adres",
            f"{describe_url(chosen)}: gebruik sqlite:///PAD of "
            f"postgresql+psycopg://gebruiker@server/database ({exc})",
        ) from None
    except ImportError as exc:
        raise SrgGuideError(
            "Databasestuurprogramma ontbreekt",
            f"{describe_url(chosen)}: {exc.name} is niet geïnstalleerd",
        ) from None
    try:
        if current_revision(engine) != HEAD_REVISION:
            upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _unusable(chosen, exc) from None
    return engine


def _create(url: str) -> Engine:
    parsed = make_url(url)
    options: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = os.path.dirname(os.path.abspath(database))
            os.makedirs(folder, exist_ok=True)
        options["connect_args"] = {"timeout": 30}
    engine = create_engine(url, **options)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def alembic_config() -> Any:
    """The Alembic configuration of the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    folder = resources.files("srg_guide.store") / "migrations"
    config.set_main_option("script_location", str(folder))
    return config


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        version = table("alembic_version", column("version_num"))
        return connection.execute(select(version.c.version_num)).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (idempotent)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
