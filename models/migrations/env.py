"""Alembic environment: runs migrations on the engine dondoc hands over (models.db.upgrade)."""
from alembic import context
from sqlmodel import SQLModel

import models.tables  # noqa: F401  (registers the tables on the metadata)

config = context.config
target_metadata = SQLModel.metadata

engine = config.attributes.get("engine")
if engine is None:  # run by the `alembic` command line with sqlalchemy.url set
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # pysqlite commits DDL statement by statement, so a failed migration would leave half a
        # schema, and two processes migrating a new file at once would race: take the
        # transaction ourselves, IMMEDIATE so that the second waits for the first. Foreign
        # keys off, because batch migrations rebuild tables that others reference (the
        # pragma is ignored inside a transaction).
        raw = connection.connection.driver_connection
        saved = raw.isolation_level
        raw.isolation_level = None
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        # the same for PostgreSQL: workers starting at once on a new database would race to
        # create alembic_version; a transaction-scoped advisory lock makes the others wait
        # and then find the schema current
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
    try:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            connection.exec_driver_sql("COMMIT")
        else:
            connection.commit()
    except BaseException:
        if sqlite:
            connection.exec_driver_sql("ROLLBACK")
        raise
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            raw.isolation_level = saved
