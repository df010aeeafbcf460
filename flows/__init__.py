"""Prefect flows: thin orchestration over the plain functions of models/, notifiers/ and
planning/. Only this package (and the CLI commands that run flows) import prefect."""

from contextlib import contextmanager


@contextmanager
def many_short_runs():
    """Settings for running many short flow runs in one process (the demo, tests): no
    heartbeat thread, which costs about a second per flow run in Prefect 3.9."""
    from prefect.settings import temporary_settings

    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield
