"""The one place that opens dondoc's database, and applies its migrations."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL and a busy timeout so that several
    processes (sweeps, the CLI) can share one."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        try:
            import psycopg  # noqa: F401  (psycopg 3 is what we install)

            url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        except ImportError:
            pass
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def engine() -> Engine:
    """The engine of the configured database (DONDOC_DATABASE_URL), migrated to the latest schema."""
    from config import settings

    url = settings().database_url
    eng = engine_for(url)
    _migrated(url)
    return eng


@lru_cache(maxsize=8)
def _migrated(url: str) -> bool:
    upgrade(url)
    return True


def session() -> Session:
    """A new session on the configured database. Objects stay usable after commit."""
    return Session(engine(), expire_on_commit=False)


def upgrade(url: str, revision: str = "head") -> None:
    """Apply the Alembic migrations up to `revision`."""
    from alembic import command

    command.upgrade(_alembic_config(url), revision)


def _alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine_for(url)
    cfg.attributes["configure_logger"] = False
    return cfg
