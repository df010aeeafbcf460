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


def _rows_at_0001(url: str) -> None:
    from sqlalchemy import text

    upgrade(url, "0001")
    with engine_for(url).begin() as conn:
        for sql in (
            "insert into agency (id, code, name, kind, in_directory) values (1, 'so-noi-vu', 'Sở Nội vụ', 'so', true)",
            "insert into directive (id, issuer, number, ingested_at) values (1, 'UBND tỉnh', '1/UBND', '2018-05-25 01:00:00+00')",
            "insert into clause (id, directive_id, position, label, action) values (1, 1, 1, '1', 'x')",
            "insert into assignment (id, clause_id, agency_id, role, agency_text, due_on, needs_review, cancelled, "
            "created_at) values (1, 1, 1, 'lead', 'Sở Nội vụ', '2018-10-01', false, false, '2018-05-25 01:00:00+00')",
            "insert into followup (id, assignment_id, kind, recipient, due_at, status, attempts) "
            "values (1, 1, 'assigned', 'focal', '2018-05-25 01:00:00+00', 'sent', 1)",
        ):
            conn.execute(text(sql))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_database_in_use_upgrades_and_keeps_its_assignments(backend, tmp_path, request):
    """An installation made before extensions existed keeps its data; each assignment's
    original deadline is its deadline."""
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path / 'm.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    _rows_at_0001(url)
    upgrade(url)
    with engine_for(url).connect() as conn:
        row = conn.execute(text("select due_on, original_due_on, period, parent_id from assignment")).one()
        assert [str(v) if v is not None else None for v in row] == ["2018-10-01", "2018-10-01", "", None]
        assert conn.execute(text("select count(*) from followup")).scalar() == 1
