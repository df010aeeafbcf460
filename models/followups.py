"""Claiming due follow-ups exactly once, and recording what became of them.

A follow-up is *claimed* by one sweep with a compare-and-swap update: only rows still
``pending`` (or ``claimed`` by a sweep that died, past the lease) change, and each claimed row
carries the claiming sweep's token. Later updates check that token, so two sweeps never both
own a row. On PostgreSQL the candidate rows are locked with ``FOR UPDATE SKIP LOCKED`` so that
concurrent sweeps divide the due set instead of queueing behind each other.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlmodel import Session

from models.tables import Assignment, Clause, FollowUp

LEASE = timedelta(minutes=10)  # a claim older than this (wall clock) belongs to a dead sweep


def claim_due(
    session: Session, *, now: datetime, wall_now: datetime, token: str, limit: int = 500,
    directive_id: int | None = None,
) -> list[int]:
    """Claim up to `limit` follow-ups due at `now`; returns their ids, earliest first.

    `now` is the business instant (the sweep's, possibly simulated); `wall_now` is the real
    clock, used only for claim leases. `directive_id` limits the claim to one directive's
    follow-ups. Commits.
    """
    t = FollowUp.__table__
    due = or_(
        and_(t.c.status == "pending", t.c.due_at <= now),
        and_(t.c.status == "claimed", t.c.due_at <= now, t.c.claimed_at < wall_now - LEASE),
    )
    if directive_id is not None:
        a, c = Assignment.__table__, Clause.__table__
        due = and_(due, t.c.assignment_id.in_(
            select(a.c.id).join(c, c.c.id == a.c.clause_id).where(c.c.directive_id == directive_id)
        ))
    candidates = select(t.c.id).where(due).order_by(t.c.due_at, t.c.id).limit(limit)
    values = dict(status="claimed", claim_token=token, claimed_at=wall_now, attempts=t.c.attempts + 1)
    if session.get_bind().dialect.name == "postgresql":
        # In a CTE, so that the locked candidates are picked once: as an IN (subquery), a
        # concurrent sweep's update makes PostgreSQL re-check and re-run the subquery, and one
        # sweep would claim far more than `limit` rows.
        picked = candidates.with_for_update(skip_locked=True).cte("picked")
        stmt = update(t).where(t.c.id == picked.c.id, due)
    else:
        stmt = update(t).where(t.c.id.in_(candidates.scalar_subquery()), due)
    stmt = stmt.values(**values).returning(t.c.id, t.c.due_at)
    rows = session.execute(stmt).all()
    session.commit()
    return [r.id for r in sorted(rows, key=lambda r: (r.due_at, r.id))]


def finish(session: Session, *, followup_id: int, token: str, status: str, at: datetime | None = None) -> bool:
    """Move a claimed follow-up to `status` (sent, failed, cancelled, unknown) if `token` still owns it."""
    t = FollowUp.__table__
    values = {"status": status}
    if status in ("sent", "unknown"):
        values["sent_at"] = at
    result = session.execute(
        update(t).where(t.c.id == followup_id, t.c.claim_token == token, t.c.status == "claimed").values(**values)
    )
    return result.rowcount == 1


def retry_later(session: Session, *, followup_id: int, token: str, due_at: datetime) -> bool:
    """Give a claimed follow-up back to the queue, due again at `due_at`."""
    t = FollowUp.__table__
    result = session.execute(
        update(t)
        .where(t.c.id == followup_id, t.c.claim_token == token, t.c.status == "claimed")
        .values(status="pending", claim_token=None, claimed_at=None, due_at=due_at)
    )
    return result.rowcount == 1


def next_due_at(session: Session) -> datetime | None:
    """When the earliest pending follow-up falls due (None if there is none)."""
    t = FollowUp.__table__
    return session.execute(select(func.min(t.c.due_at)).where(t.c.status == "pending")).scalar()


def finish_many(
    session: Session, *, ids: list[int], token: str, status: str, at: datetime | None = None,
) -> list[int]:
    """`finish` for a whole batch in one statement: the ids among `ids` that `token` still
    owned, now in `status`. Does not commit (one commit per batch is the caller's choice)."""
    if not ids:
        return []
    t = FollowUp.__table__
    values = {"status": status}
    if status in ("sent", "unknown"):
        values["sent_at"] = at
    rows = session.execute(
        update(t).where(t.c.id.in_(ids), t.c.claim_token == token, t.c.status == "claimed")
        .values(**values).returning(t.c.id)
    ).all()
    return sorted(r.id for r in rows)


def load_claimed(session: Session, *, ids: list[int], token: str) -> list[tuple]:
    """The claimed follow-ups of `token` among `ids`, each with its assignment, agency,
    clause and directive, in one query (instead of five lookups per follow-up), in the
    order of `ids`."""
    if not ids:
        return []
    from sqlmodel import select as sm_select

    from models.tables import Agency, Directive

    rows = session.exec(
        sm_select(FollowUp, Assignment, Agency, Clause, Directive)
        .join(Assignment, Assignment.id == FollowUp.assignment_id)
        .join(Agency, Agency.id == Assignment.agency_id)
        .join(Clause, Clause.id == Assignment.clause_id)
        .join(Directive, Directive.id == Clause.directive_id)
        .where(FollowUp.id.in_(ids), FollowUp.claim_token == token, FollowUp.status == "claimed")
    ).all()
    order = {i: n for n, i in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r[0].id])
