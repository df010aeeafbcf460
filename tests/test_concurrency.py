"""Two sweeps at once over the same due set send each follow-up exactly once, on SQLite and
on PostgreSQL. The sweeps are separate processes, as two workers would be."""
from __future__ import annotations

import multiprocessing as mp
import os

import pytest
from sqlmodel import select

from config.clock import parse_instant
from helpers import deliver_due, outbox_messages, store_seed

AT = "2018-05-25T08:00"


def _sweeper(env: dict, barrier, results) -> None:
    os.environ.update(env)
    from models import db

    db.engine()  # migrations and connections before the start line
    barrier.wait()
    results.put(deliver_due(AT, limit=5).sent)



@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, home, monkeypatch):
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        monkeypatch.setenv("DONDOC_DATABASE_URL", url)
        from config import reset_settings

        reset_settings()
    return request.param


@pytest.mark.parametrize("sweepers", [2])
def test_concurrent_sweeps_send_each_followup_once(database, home, sweepers):
    from config import settings
    from models import db
    from models.tables import Delivery, FollowUp

    store_seed()
    with db.session() as session:
        due = session.exec(select(FollowUp).where(FollowUp.status == "pending")).all()
        due_now = [f for f in due if f.due_at <= parse_instant(AT)]
    assert len(due_now) > 50

    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(sweepers), ctx.Queue()
    procs = [ctx.Process(target=_sweeper, args=(settings().env(), barrier, results)) for _ in range(sweepers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    counts = [results.get(timeout=5) for _ in procs]

    assert sum(counts) == len(due_now)
    with db.session() as session:
        deliveries = session.exec(select(Delivery)).all()
        statuses = {f.status for f in session.exec(select(FollowUp)) if f.due_at <= parse_instant(AT)}
    assert len(deliveries) == len(due_now) == len({d.followup_id for d in deliveries})
    assert statuses == {"sent"}
    messages = outbox_messages(home)
    assert len(messages) == len(due_now)
    assert not [m for m in messages if ".dup" in m["name"]]
