"""Sweeps at once, and a sweep killed mid-batch, on SQLite and on PostgreSQL: each follow-up
is sent exactly once. The sweeps are separate processes, as workers on several hosts would be,
running what the sweep flow runs (flows.chase) without Prefect."""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
import uuid
from datetime import timedelta

import pytest
from sqlmodel import select

from config.clock import parse_instant
from helpers import outbox_messages, store_seed

AT = "2018-05-25T08:00"


def _sweeper(env: dict, barrier, results, at: str, batch: int) -> None:
    os.environ.update(env)
    from flows.chase import sweep_once
    from models import db
    from notifiers.dispatch import default_dispatcher

    db.engine()  # migrations and connections before the start line
    dispatcher = default_dispatcher()
    barrier.wait()
    outcome = sweep_once(parse_instant(at), token=uuid.uuid4().hex, batch_size=batch, dispatcher=dispatcher)
    results.put(outcome.sent)


def _stalling_sweeper(env: dict, stalled, after: int) -> None:
    """A sweep whose channel hangs right after writing its `after`-th message, before the
    sweep can record it: the test kills it there with SIGKILL."""
    os.environ.update(env)
    from flows.chase import sweep_once
    from notifiers.dispatch import default_dispatcher

    dispatcher = default_dispatcher()
    outbox = dispatcher.notifiers["outbox"]
    sent = []

    class Stalling(type(outbox)):
        def send(self, url, message):
            key = super().send(url, message)
            sent.append(key)
            if len(sent) == after:
                stalled.set()
                time.sleep(600)
            return key

    stalling = Stalling.__new__(Stalling)
    stalling.__dict__.update(outbox.__dict__)
    dispatcher.notifiers["outbox"] = stalling
    sweep_once(parse_instant(AT), token=uuid.uuid4().hex, batch_size=20, dispatcher=dispatcher)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, home, monkeypatch):
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        monkeypatch.setenv("DONDOC_DATABASE_URL", url)
        from config import reset_settings

        reset_settings()
    return request.param


def _due_now(at: str = AT) -> list:
    from models import db
    from models.tables import FollowUp

    with db.session() as session:
        return [f.id for f in session.exec(select(FollowUp).where(FollowUp.status == "pending"))
                if f.due_at <= parse_instant(at)]


def _spawn(target, *args):
    ctx = mp.get_context("spawn")
    proc = ctx.Process(target=target, args=args)
    proc.start()
    return proc


def test_four_sweeps_at_once_send_each_followup_once_and_plan_ahead_once(database, home):
    """Four months after the letter, four sweeps start together: they share the due set
    (the notices and the first quarter's status requests on ongoing duties), each follow-up
    goes out once, and the next status requests are planned once, not four times."""
    from config import settings
    from models import db
    from models.tables import Delivery, FollowUp

    store_seed()
    later = "2018-09-14T09:00"
    due_now = _due_now(later)
    assert len(due_now) > 150

    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(4), ctx.Queue()
    procs = [_spawn(_sweeper, settings().env(), barrier, results, later, 10) for _ in range(4)]
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    counts = [results.get(timeout=5) for _ in procs]

    assert sum(counts) == len(due_now)
    assert sum(1 for c in counts if c) >= 2  # the sweeps shared the work, batch by batch
    with db.session() as session:
        deliveries = session.exec(select(Delivery)).all()
        statuses = {f.status for f in session.exec(select(FollowUp)) if f.id in set(due_now)}
        requests = session.exec(select(FollowUp).where(FollowUp.kind == "status_request")).all()
    assert len(deliveries) == len(due_now) == len({d.followup_id for d in deliveries})
    assert statuses == {"sent"}
    messages = outbox_messages(home)
    assert len(messages) == len(due_now)
    assert not [m for m in messages if ".dup" in m["name"]]

    per_assignment: dict[int, list] = {}
    for f in requests:
        per_assignment.setdefault(f.assignment_id, []).append(f.due_at)
    # 15/6 planned at ingest, then 17/9 and 17/12 (15/9 and 15/12 are Saturdays) when the
    # horizon rolled: three per ongoing duty, never twice the same
    assert {len(v) for v in per_assignment.values()} == {3}
    assert all(len(set(v)) == 3 for v in per_assignment.values())


def test_a_sweep_killed_mid_batch_loses_nothing_and_repeats_nothing(database, home):
    import time_machine

    from config import settings
    from config.clock import now as clock_now
    from helpers import sweep_at
    from models import db
    from models.tables import Delivery, FollowUp

    store_seed()
    due_now = _due_now()
    ctx = mp.get_context("spawn")
    stalled = ctx.Event()
    proc = _spawn(_stalling_sweeper, settings().env(), stalled, 7)
    assert stalled.wait(120), "the sweep did not reach its 7th message"
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(10)
    assert proc.exitcode == -signal.SIGKILL
    assert len(outbox_messages(home)) == 7

    # the next sweep, minutes later: everything but the dead sweep's batch (its claim holds)
    first = sweep_at(AT)
    assert first.sent == len(due_now) - 20
    # a sweep after the claim has expired takes over the dead sweep's batch
    with time_machine.travel(clock_now() + timedelta(minutes=11), tick=False):
        second = sweep_at(AT)
    # the outbox can tell which of the dead batch's messages left (their files exist): those
    # seven are recorded as sent without being written again, the other 13 are sent now
    assert (second.sent, second.unknown) == (20, 0)

    messages = outbox_messages(home)
    assert not [m for m in messages if ".dup" in m["name"]]  # nothing sent twice
    assert len(messages) == len(due_now)  # nothing lost
    with db.session() as session:
        followups = {f.id: f.status for f in session.exec(select(FollowUp)) if f.id in set(due_now)}
        ledger = {d.followup_id: d.status for d in session.exec(select(Delivery))}
    assert set(followups.values()) == {"sent"}
    assert ledger == followups
    assert sweep_at(AT).sent == 0


def _ingester(env: dict, path: str, barrier, results) -> None:
    os.environ.update(env)
    from flows.ingest import store
    from models import db
    from reader import read_file

    db.engine()
    letter = read_file(path)
    barrier.wait()
    results.put(store.fn(path, letter, parse_instant(AT))["created"])


def test_the_same_letter_ingested_twice_at_once_is_stored_once(database, home):
    from config import settings
    from conftest import SEED
    from helpers import count
    from models.tables import Assignment, Directive

    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [_spawn(_ingester, settings().env(), str(SEED), barrier, results) for _ in range(2)]
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert sorted(results.get(timeout=5) for _ in procs) == [False, True]
    assert count(Directive) == 1
    assert count(Assignment) == 108
