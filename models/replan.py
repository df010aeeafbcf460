"""Planning an assignment's follow-ups from its current values, again after every change.

`replan` is the one way follow-ups are (re)planned: at ingest, after a fix, an extension,
a change of agency or role. It cancels what is pending and plans from the assignment as it
now is; a follow-up already sent is never planned again (same kind and instant), and one
cancelled earlier comes back rather than being duplicated.

Recurring series and ongoing assignments are planned over a rolling horizon: `advance`
creates the series' dated occurrences (child assignments) or the ongoing assignment's status
requests up to `ladder.horizon_days` ahead and moves ``plan_until``; the sweep calls
`advance_due_horizons` so that the horizon keeps rolling. Several sweeps may do this at once:
``plan_until`` is moved with a compare-and-swap, so each stretch is planned by one of them.

Functions take the session and `now`, never read the clock, and do not commit (except
`advance_due_horizons`, which commits each assignment it advances).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from models.tables import Assignment, FollowUp
from planning.ladder import Ladder, Planned, effective_due, plan, status_requests
from planning.recurrence import DATED, ONGOING, RECURRING, UNDATED, kind_of, next_after, occurrences, parse
from planning.status import local_date
from planning.workdays import WorkCalendar

OCCURRENCE = "occurrence"
# messages about a decision (an extension granted or refused), not about the deadline:
# re-planning leaves them be
DECISION_KINDS = ("extension",)
ONE_DAY = timedelta(days=1)


def kind(a: Assignment) -> str:
    """dated | recurring (a series) | occurrence (one dated report of a series) | ongoing | undated."""
    return OCCURRENCE if a.parent_id is not None else kind_of(a.recurrence, a.due_on)


def is_open(a: Assignment) -> bool:
    """Still to be chased: not done, not cancelled, not waiting for review."""
    return a.done_at is None and not a.cancelled and not a.needs_review


def cancel_pending(session: Session, *, assignment_id: int, keep_decisions: bool = False) -> int:
    """Cancel an assignment's pending follow-ups; returns how many."""
    stmt = update(FollowUp).where(FollowUp.assignment_id == assignment_id, FollowUp.status == "pending")
    if keep_decisions:
        stmt = stmt.where(FollowUp.kind.not_in(DECISION_KINDS))
    return session.execute(stmt.values(status="cancelled")).rowcount


def put_followups(session: Session, *, assignment_id: int, planned: list[Planned], fresh: bool = False) -> int:
    """Make `planned` pending for the assignment; returns how many became pending.

    A follow-up with the same kind and instant that was cancelled is revived; one that was
    sent (or is being sent, or failed for good) is not planned again. `fresh`: the
    assignment has no follow-ups yet (skips the lookup)."""
    existing: dict = {}
    if not fresh:
        existing = {(f.kind, f.due_at): f for f in session.exec(
            select(FollowUp).where(FollowUp.assignment_id == assignment_id))}
    n = 0
    for p in planned:
        row = existing.get((p.kind, p.due_at))
        if row is None:
            session.add(FollowUp(assignment_id=assignment_id, kind=p.kind, recipient=p.recipient,
                                 due_at=p.due_at, repeat_days=p.repeat_days))
            existing[(p.kind, p.due_at)] = True
            n += 1
        elif isinstance(row, FollowUp) and row.status == "cancelled":
            row.status, row.recipient, row.repeat_days = "pending", p.recipient, p.repeat_days
            row.claim_token = row.claimed_at = None
            session.add(row)
            n += 1
    return n


def replan(
    session: Session, *, assignment: Assignment, now: datetime, ladder: Ladder, calendar: WorkCalendar,
    notices: bool = False, fresh: bool = False,
) -> int:
    """Cancel the assignment's pending follow-ups and plan them from its current values;
    returns how many follow-ups are now pending. `notices`: tell the agency again (it is new
    to the assignment, or its role changed). A series also gets its occurrences up to the
    horizon, an ongoing assignment its status requests."""
    a = assignment
    if not fresh:
        cancel_pending(session, assignment_id=a.id, keep_decisions=True)
    if not is_open(a):
        a.plan_until = None
        session.add(a)
        return 0
    k = kind(a)
    today = local_date(now)
    if k == OCCURRENCE:
        planned = plan(role=a.role, due_on=a.due_on, assigned_at=now, ladder=ladder, calendar=calendar,
                       kind=RECURRING, notices=False)
    else:
        planned = plan(role=a.role, due_on=a.due_on, assigned_at=now, ladder=ladder, calendar=calendar,
                       kind=k, notices=notices, deadline_steps=k in (DATED, UNDATED))
    n = put_followups(session, assignment_id=a.id, planned=planned, fresh=fresh)
    if k == ONGOING:
        a.plan_until = today - ONE_DAY  # status requests again from today
    elif k == RECURRING and a.plan_until is None:
        a.plan_until = today - ONE_DAY  # occurrences from today on
    elif k != RECURRING:
        a.plan_until = None
    session.add(a)
    if k in (ONGOING, RECURRING):
        session.flush()
        n += advance(session, assignment=a, now=now, ladder=ladder, calendar=calendar, cas=False) or 0
    return n


def horizon_end(a: Assignment, *, today: date, ladder: Ladder) -> tuple[date, date | None]:
    """Through which day to plan `a` now, and its next ``plan_until`` (None: nothing more to
    plan, the series has ended). A series always has its next occurrence planned, however
    far ahead it is (a yearly report)."""
    through = today + timedelta(days=ladder.horizon_days)
    if kind(a) == RECURRING:
        through = max(through, next_after(parse(a.recurrence), today).due_on)
    if a.ends_on is not None and through >= a.ends_on:
        return a.ends_on, None
    return through, through


def advance(
    session: Session, *, assignment: Assignment, now: datetime, ladder: Ladder, calendar: WorkCalendar,
    cas: bool = True,
) -> int | None:
    """Plan `assignment` (a series or an ongoing one) from ``plan_until`` to the horizon:
    create the occurrences or status requests in between and move ``plan_until``. Returns
    how many follow-ups were planned, or None when `cas` is on and another sweep moved
    ``plan_until`` first (then nothing was written)."""
    a = assignment
    start = a.plan_until
    if start is None or not is_open(a):
        return 0
    through, following = horizon_end(a, today=local_date(now), ladder=ladder)
    if through <= start and following is not None:
        return 0  # planned that far already
    if cas:
        moved = session.execute(update(Assignment).where(Assignment.id == a.id, Assignment.plan_until == start)
                                .values(plan_until=following)).rowcount
        if moved != 1:
            return None
        set_committed_value(a, "plan_until", following)
    else:
        a.plan_until = following
        session.add(a)
    if kind(a) == ONGOING:
        planned = status_requests(role=a.role, kind=ONGOING, after=start, through=through,
                                  ladder=ladder, calendar=calendar)
        planned = [p for p in planned if p.due_at >= now]
        return put_followups(session, assignment_id=a.id, planned=planned)
    n = 0
    taken = {p for (p,) in session.execute(select(Assignment.period).where(Assignment.parent_id == a.id))}
    for occ in occurrences(parse(a.recurrence), after=start, through=through):
        if occ.period in taken:
            continue
        due_on = effective_due(occ.due_on, calendar)
        child = Assignment(
            clause_id=a.clause_id, agency_id=a.agency_id, role=a.role, agency_text=a.agency_text,
            deadline_on=occ.due_on, due_on=due_on, original_due_on=due_on, parent_id=a.id,
            period=occ.period, created_at=now,
        )
        session.add(child)
        session.flush()
        n += replan(session, assignment=child, now=now, ladder=ladder, calendar=calendar, fresh=True)
    return n


def advance_due_horizons(
    session: Session, *, now: datetime, ladder: Ladder, calendar: WorkCalendar, limit: int = 200,
) -> tuple[int, int]:
    """Roll the horizon of every series and ongoing assignment that needs it at `now`;
    returns (assignments advanced, follow-ups planned). Commits each assignment."""
    through = local_date(now) + timedelta(days=ladder.horizon_days)
    advanced = planned = 0
    skipped: set[int] = set()
    while True:
        q = select(Assignment).where(Assignment.plan_until.is_not(None), Assignment.plan_until < through)
        if skipped:
            q = q.where(Assignment.id.not_in(skipped))
        batch = session.exec(q.order_by(Assignment.plan_until, Assignment.id).limit(limit)).all()
        if not batch:
            return advanced, planned
        for a in batch:
            if not is_open(a):
                a.plan_until = None
                session.add(a)
                session.commit()
                continue
            n = advance(session, assignment=a, now=now, ladder=ladder, calendar=calendar)
            if n is None:
                session.rollback()
                skipped.add(a.id)
                continue
            session.commit()
            advanced += 1
            planned += n
