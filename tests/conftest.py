"""Shared fixtures. Prefect is configured for tests before anything imports it: its own
home in a temporary folder, an in-memory server database, no telemetry, no log shipping."""
from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

_PREFECT_HOME = tempfile.mkdtemp(prefix="dondoc-prefect-")
os.environ.pop("PREFECT_API_URL", None)
os.environ.update({
    "PREFECT_HOME": _PREFECT_HOME,
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_DATABASE_CONNECTION_URL": "sqlite+aiosqlite:///:memory:",
})
for name in list(os.environ):
    if name.startswith("DONDOC_") and not name.startswith("DONDOC_TEST_"):  # a user's settings, not the tests'
        del os.environ[name]

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "dondoc" / "examples" / "2457-UBND-NC.txt"
PG_URL = os.environ.get("DONDOC_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    from flows import many_short_runs

    with prefect_test_harness(), many_short_runs():
        yield


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh data folder with its own SQLite database and outbox; the shipped config."""
    from config import reset_settings

    monkeypatch.setenv("DONDOC_HOME", str(tmp_path / "data"))
    reset_settings()
    yield tmp_path / "data"
    reset_settings()


def pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=2):
            return True
    except Exception:
        return False


@pytest.fixture
def pg_url(monkeypatch):
    """A clean schema in the PostgreSQL on 127.0.0.1:5432, or a skip saying why not."""
    if not pg_available():
        pytest.skip("no PostgreSQL on 127.0.0.1:5432 (trust auth, database test)")
    import uuid

    import psycopg

    schema = f"dondoc_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    yield url
    from models.db import engine_for

    engine_for.cache_clear()
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
