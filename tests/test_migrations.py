"""The schema is made by the migrations, and they describe the tables exactly, so that every
change to the tables ships with its migration."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import models.tables  # noqa: F401
from models.db import engine_for, upgrade


def _diff(url: str):
    upgrade(url)
    with engine_for(url).connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                SQLModel.metadata)


def test_migrations_match_the_models_on_sqlite(tmp_path):
    assert _diff(f"sqlite:///{tmp_path / 'm.db'}") == []


def test_migrations_match_the_models_on_postgresql(pg_url):
    assert _diff(pg_url) == []


def test_upgrade_is_idempotent(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    upgrade(url)
    with engine_for(url).connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() is not None


@pytest.mark.parametrize("table", ["agency", "directive", "clause", "assignment", "followup", "delivery"])
def test_tables_exist(tmp_path, table):
    from sqlalchemy import inspect

    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    assert table in inspect(engine_for(url)).get_table_names()
