"""An operator's changes to assignments after ingest, each followed by re-planning.

- `fix`: correct the agency, role, deadline or recurrence the reader got wrong (or confirm
  what it was unsure of); clears needs_review and plans the follow-ups from the corrected
  values. A corrected deadline is a correction, not an extension: it replaces the original.
- `request_extension`, `approve_extension`, `refuse_extension`: gia hạn. The original
  deadline stays on record (``original_due_on``); an approval moves the deadline and the
  follow-ups, and either decision is sent to the agency.
- `cancel`: the assignment is withdrawn; nothing more is sent.

Every function takes the session and `now` (or `at`), checks what it is asked, raises
StoreError with a sentence an operator can act on, and leaves the commit to the caller.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from config.directory import Entry
from models.replan import OCCURRENCE, cancel_pending, is_open, kind, put_followups, replan
from models.store import LEAD, SUPPORT, StoreError, agency_row, cancel_occurrences
from models.tables import Agency, Assignment, AssignmentChange, Extension, FollowUp
from planning.ladder import Ladder, Planned, effective_due, next_window
from planning.recurrence import DATED, RECURRING, RecurrenceError, parse
from planning.workdays import WorkCalendar

ROLES = (LEAD, SUPPORT)


@dataclass
class FixResult:
    assignment: Assignment
    changes: list[str] = field(default_factory=list)
    followups: int = 0  # pending after re-planning


def _open_assignment(session: Session, assignment_id: int) -> Assignment:
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise StoreError(f"no assignment #{assignment_id}")
    if a.done_at is not None:
        raise StoreError(f"assignment #{assignment_id} is already done")
    if a.cancelled:
        raise StoreError(f"assignment #{assignment_id} was cancelled")
    return a


def _was_notified(session: Session, assignment_id: int) -> bool:
    return session.exec(select(FollowUp.id).where(
        FollowUp.assignment_id == assignment_id, FollowUp.kind == "assigned",
        FollowUp.status.in_(("sent", "claimed", "unknown", "pending")))).first() is not None


def fix(
    session: Session, *, assignment_id: int, now: datetime, ladder: Ladder, calendar: WorkCalendar,
    agency: Entry | None = None, role: str | None = None, deadline: date | None = None,
    recurrence: str | None = None, until: date | None = None, note: str | None = None,
    by: str | None = None,
) -> FixResult:
    """Correct an assignment and re-plan its follow-ups. With no correction given it
    confirms the assignment as the reader stored it. Clears needs_review.

    A new agency or role is told of the assignment (and the occurrences of a series follow
    it); a new deadline replaces the original one; a new recurrence cancels the series'
    open occurrences and plans new ones from today."""
    a = _open_assignment(session, assignment_id)
    result = FixResult(a)
    if role is not None and role not in ROLES:
        raise StoreError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if deadline is not None and recurrence is not None:
        raise StoreError("give a deadline or a recurrence, not both")
    if recurrence is not None:
        if kind(a) == OCCURRENCE:
            raise StoreError(f"#{a.id} is one occurrence of series #{a.parent_id}: change the series' recurrence")
        try:
            parse(recurrence)
        except RecurrenceError as exc:
            raise StoreError(str(exc)) from None
    if until is not None and kind(a) != RECURRING and recurrence is None:
        raise StoreError(f"#{a.id} is not a recurring series: --until applies to series only")

    tell = False
    new_agency = agency_row(session, entry=agency) if agency is not None else None
    new_agency_id = new_agency.id if new_agency is not None else a.agency_id
    new_role = role or a.role
    if (new_agency_id, new_role) != (a.agency_id, a.role):
        _check_free(session, a, agency_id=new_agency_id, role=new_role)
        tell = True
    if new_agency_id != a.agency_id:
        result.changes.append(f"agency: {session.get(Agency, a.agency_id).name} → {new_agency.name}")
    if new_role != a.role:
        result.changes.append(f"role: {a.role} → {new_role}")
    a.agency_id, a.role = new_agency_id, new_role
    if deadline is not None:
        if kind(a) == RECURRING:
            result.changes.append(f"recurrence: {a.recurrence} → none")
            cancel_occurrences(session, series_id=a.id)
            a.recurrence = None
        due = effective_due(deadline, calendar)
        result.changes.append(f"deadline: {_d(a.due_on)} → {_d(due)}")
        a.deadline_on, a.due_on, a.original_due_on = deadline, due, due
    if recurrence is not None and recurrence != a.recurrence:
        result.changes.append(f"recurrence: {a.recurrence or 'none'} → {recurrence}")
        cancel_occurrences(session, series_id=a.id)
        a.recurrence = recurrence
        a.deadline_on = a.due_on = a.original_due_on = None
        a.plan_until = None
    if until is not None:
        result.changes.append(f"series ends: {_d(a.ends_on)} → {_d(until)}")
        a.ends_on = until
    if a.needs_review:
        result.changes.append(f"reviewed ({a.review_reason})" if a.review_reason else "reviewed")
        a.needs_review = False
        tell = tell or not _was_notified(session, a.id)
    if not session.get(Agency, a.agency_id).in_directory:
        raise StoreError(f"#{a.id}'s agency {a.agency_text!r} is not in the directory, so dondoc cannot reach "
                         "it: give --agency with a directory code or name")
    if not result.changes:
        raise StoreError(f"nothing to change on #{a.id}: it does not need review; give --agency, --role, "
                         "--deadline, --recurrence or --until")
    session.add(a)
    session.flush()
    if kind(a) == RECURRING and tell:
        # the open occurrences follow the series to its new agency or role
        for occ in session.exec(select(Assignment).where(
                Assignment.parent_id == a.id, Assignment.done_at.is_(None), Assignment.cancelled.is_(False))):
            occ.agency_id, occ.role = a.agency_id, a.role
            session.add(occ)
            session.flush()
            replan(session, assignment=occ, now=now, ladder=ladder, calendar=calendar)
    result.followups = replan(session, assignment=a, now=now, ladder=ladder, calendar=calendar, notices=tell)
    detail = "; ".join(result.changes) + (f" — {note}" if note else "")
    session.add(AssignmentChange(assignment_id=a.id, at=now, action="fixed", detail=detail, by=by))
    return result


def _check_free(session: Session, a: Assignment, *, agency_id: int, role: str) -> None:
    other = session.exec(select(Assignment).where(
        Assignment.clause_id == a.clause_id, Assignment.agency_id == agency_id, Assignment.role == role,
        Assignment.period == a.period, Assignment.id != a.id)).first()
    if other is not None:
        raise StoreError(f"that agency already has this clause as {role}: assignment #{other.id}")


def _d(day: date | None) -> str:
    return day.isoformat() if day else "none"


def cancel(session: Session, *, assignment_id: int, now: datetime, reason: str, by: str | None = None) -> int:
    """Withdraw an assignment (and a series' open occurrences); returns how many pending
    follow-ups were cancelled."""
    a = _open_assignment(session, assignment_id)
    a.cancelled = True
    a.plan_until = None
    session.add(a)
    n = cancel_pending(session, assignment_id=a.id)
    if kind(a) == RECURRING:
        cancel_occurrences(session, series_id=a.id)
    session.add(AssignmentChange(assignment_id=a.id, at=now, action="cancelled", detail=reason, by=by))
    return n


# gia hạn


def pending_extension(session: Session, assignment_id: int) -> Extension | None:
    return session.exec(select(Extension).where(
        Extension.assignment_id == assignment_id, Extension.status == "requested")).first()


def request_extension(
    session: Session, *, assignment_id: int, to: date, reason: str, now: datetime, by: str | None = None,
) -> Extension:
    """Record a request to move an assignment's deadline to `to`. The deadline stands (and
    the agency keeps being reminded) until an operator approves."""
    a = _open_assignment(session, assignment_id)
    if kind(a) not in (DATED, OCCURRENCE) or a.due_on is None:
        raise StoreError(f"#{a.id} has no deadline to extend ({kind(a)})")
    if a.needs_review:
        raise StoreError(f"#{a.id} needs review first (dondoc fix)")
    if to <= a.due_on:
        raise StoreError(f"the new deadline {to.isoformat()} is not after the current one {a.due_on.isoformat()}")
    if not reason.strip():
        raise StoreError("an extension request needs a reason")
    if pending_extension(session, a.id) is not None:
        raise StoreError(f"#{a.id} already has an extension request waiting for a decision")
    ext = Extension(assignment_id=a.id, requested_on=to, reason=reason.strip(), requested_by=by,
                    requested_at=now, previous_due_on=a.due_on)
    session.add(ext)
    session.flush()
    return ext


def approve_extension(
    session: Session, *, assignment_id: int, now: datetime, ladder: Ladder, calendar: WorkCalendar,
    to: date | None = None, note: str | None = None, by: str | None = None,
) -> Extension:
    """Grant the waiting request (to the date asked, or to `to`): the deadline moves, the
    original stays on record, the follow-ups are re-planned, and the agency is told."""
    a = _open_assignment(session, assignment_id)
    ext = pending_extension(session, a.id)
    if ext is None:
        raise StoreError(f"#{a.id} has no extension request waiting for a decision")
    granted = to or ext.requested_on
    due = effective_due(granted, calendar)
    if due <= a.due_on:
        raise StoreError(f"the new deadline {granted.isoformat()} is not after the current one {a.due_on.isoformat()}")
    ext.status, ext.granted_on, ext.decided_at, ext.decided_by, ext.decision_note = "approved", granted, now, by, note
    if a.original_due_on is None:
        a.original_due_on = a.due_on
    a.due_on = due
    session.add_all([ext, a])
    session.flush()
    replan(session, assignment=a, now=now, ladder=ladder, calendar=calendar)
    _tell(session, a, "extension", now, ladder, calendar)
    return ext


def refuse_extension(
    session: Session, *, assignment_id: int, now: datetime, ladder: Ladder, calendar: WorkCalendar,
    note: str | None = None, by: str | None = None,
) -> Extension:
    """Refuse the waiting request: the deadline stands, and the agency is told."""
    a = _open_assignment(session, assignment_id)
    ext = pending_extension(session, a.id)
    if ext is None:
        raise StoreError(f"#{a.id} has no extension request waiting for a decision")
    ext.status, ext.decided_at, ext.decided_by, ext.decision_note = "refused", now, by, note
    session.add(ext)
    _tell(session, a, "extension", now, ladder, calendar)
    return ext


def _tell(session, a: Assignment, message: str, now: datetime, ladder: Ladder, calendar: WorkCalendar) -> None:
    if is_open(a):
        put_followups(session, assignment_id=a.id,
                      planned=[Planned(message, "focal", next_window(now, ladder, calendar))])


def review_queue(session: Session) -> list[Assignment]:
    """Assignments waiting for an operator (needs_review, not cancelled, not done)."""
    return list(session.exec(select(Assignment).where(
        Assignment.needs_review.is_(True), Assignment.cancelled.is_(False), Assignment.done_at.is_(None))
        .order_by(Assignment.id)))
