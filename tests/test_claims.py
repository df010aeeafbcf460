"""Claims and their batch helpers, as a sweep (or a dispatcher) relies on them."""
from __future__ import annotations

import pytest

from config.clock import parse_instant
from helpers import store_seed

AT = parse_instant("2018-05-25T08:00")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, home, monkeypatch):
    if request.param == "postgresql":
        monkeypatch.setenv("DONDOC_DATABASE_URL", request.getfixturevalue("pg_url"))
        from config import reset_settings

        reset_settings()
    store_seed()
    return request.param


def test_a_claim_takes_at_most_its_batch_and_an_expired_claim_is_taken_over(database):
    from datetime import timedelta

    from models import db
    from models.followups import LEASE, claim_due, finish_many, load_claimed

    with db.session() as session:
        first = claim_due(session, now=AT, wall_now=AT, token="a", limit=10)
        second = claim_due(session, now=AT, wall_now=AT, token="b", limit=10)
        assert len(first) == len(second) == 10 and not set(first) & set(second)

        rows = load_claimed(session, ids=second, token="b")
        assert [fu.id for fu, *_ in rows] == second
        fu, assignment, agency, clause, directive = rows[0]
        assert (assignment.id, agency.id, clause.id) == (fu.assignment_id, assignment.agency_id, assignment.clause_id)
        assert directive.number == "2457/UBND-NC"
        assert load_claimed(session, ids=second, token="a") == []  # not a's

        assert finish_many(session, ids=first[:5] + second[:5], token="a", status="sent", at=AT) == sorted(first[:5])
        session.commit()
        # a's other five are still claimed: taken over only once the lease has run out
        later = claim_due(session, now=AT, wall_now=AT + LEASE - timedelta(seconds=1), token="c", limit=200)
        assert not set(later) & set(first)
        taken = claim_due(session, now=AT, wall_now=AT + LEASE + timedelta(seconds=1), token="d", limit=200)
        assert set(first[5:]) <= set(taken) and not set(first[:5]) & set(taken)
