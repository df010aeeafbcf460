"""Writing a read letter into the database, and the operator's changes to assignments.

Functions take a session and keyword arguments, and never read the clock: the caller
passes `now`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from config.directory import Directory, Entry, fold
from models.replan import cancel_pending, kind, replan
from models.tables import Agency, Assignment, AssignmentChange, Clause, Directive
from planning.ladder import Ladder, effective_due
from planning.periods import UNITS, period_end
from planning.recurrence import RECURRING
from planning.status import local_date
from planning.workdays import WorkCalendar
from reader.letter import Letter

LEAD, SUPPORT = "lead", "support"


class StoreError(Exception):
    """A letter that cannot be stored; nothing of it was written."""


@dataclass
class StoreResult:
    directive: Directive
    created: bool
    assignments: list[Assignment] = field(default_factory=list)
    followups: int = 0


def agency_row(session: Session, *, entry: Entry | None = None, written: str | None = None) -> Agency:
    """The Agency row of a directory entry, or of a name the directory does not know
    (kept as written, ``in_directory`` false, so an operator can see and fix it)."""
    if entry is not None:
        code, name, kind, known = entry.code, entry.name, entry.kind, True
    else:
        slug = re.sub(r"[^a-z0-9]+", "-", fold(written or "")).strip("-")[:100] or "khong-ro"
        code, name, kind, known = f"x-{slug}", (written or "").strip(), "unknown", False
    row = session.exec(select(Agency).where(Agency.code == code)).first()
    if row is None:
        row = Agency(code=code, name=name, kind=kind, in_directory=known)
        session.add(row)
        session.flush()
    return row


def _targets(name: str, directory: Directory) -> tuple[list[Entry | None], str | None]:
    """The directory entries a name stands for, and a review reason if it is unknown."""
    entry = directory.resolve(name)
    if entry is not None:
        return [entry], None
    members = directory.members(name)
    if members:
        return list(members), None
    return [None], f"cơ quan không có trong danh bạ: {name}"


def store_letter(
    session: Session,
    *,
    letter: Letter,
    source_file: str,
    source_bytes: bytes,
    now: datetime,
    directory: Directory,
    ladder: Ladder,
    calendar: WorkCalendar,
) -> StoreResult:
    """Store a letter, its clauses and one assignment per (clause, agency, role), with each
    assignment's planned follow-ups, in the session's transaction (the caller commits).

    A letter already stored (same issuer and number) is left as it is: ``created`` is false.
    Collective addressees expand to the directory's members; an agency the directory does not
    know is stored as written, flagged needs_review, with no follow-ups until it is fixed.
    """
    sha = hashlib.sha256(source_bytes).hexdigest()
    issuer = letter.issuer or "(không rõ cơ quan ban hành)"
    number = letter.number or f"(không số, sha256 {sha[:12]})"
    existing = session.exec(
        select(Directive).where(Directive.issuer == issuer, Directive.number == number)
    ).first()
    if existing is not None:
        return StoreResult(existing, created=False)
    if not letter.tasks:
        raise StoreError("no clause of this letter assigns work to an agency; nothing was stored")

    directive = Directive(
        issuer=issuer, number=number, doc_type=letter.doc_type, subject=letter.subject,
        place=letter.place, issued_on=letter.issued_on, signer=letter.signer,
        signer_title=letter.signer_title, source_file=source_file, source_sha256=sha,
        ingested_at=now,
    )
    session.add(directive)
    session.flush()
    result = StoreResult(directive, created=True)
    for position, task in enumerate(letter.tasks, start=1):
        clause = Clause(
            directive_id=directive.id, position=position, label=task.clause, action=task.action,
            deadline_text=task.deadline_text, deadline_on=task.deadline, recurrence=task.recurrence,
        )
        session.add(clause)
        session.flush()
        due_on = due_date(task, issued_on=letter.issued_on, calendar=calendar)
        seen: set[int] = set()
        roles = [(name, LEAD) for name in task.lead] + [(name, SUPPORT) for name in task.support]
        if not task.lead:
            roles.insert(0, ("(không rõ cơ quan chủ trì)", LEAD))
        for name, role in roles:
            entries, unknown = _targets(name, directory)
            for entry in entries:
                agency = agency_row(session, entry=entry, written=name)
                if agency.id in seen:  # named twice, or lead and support: the first role wins
                    continue
                seen.add(agency.id)
                reasons = list(task.review) + ([unknown] if unknown else [])
                if not task.lead:
                    reasons.append("không tìm thấy cơ quan chủ trì")
                assignment = Assignment(
                    clause_id=clause.id, agency_id=agency.id, role=role, agency_text=name,
                    deadline_on=task.deadline, due_on=due_on, original_due_on=due_on,
                    recurrence=task.recurrence,
                    needs_review=bool(reasons), review_reason="; ".join(reasons) or None,
                    created_at=now,
                )
                session.add(assignment)
                session.flush()
                result.assignments.append(assignment)
                result.followups += replan(session, assignment=assignment, now=now, ladder=ladder,
                                           calendar=calendar, notices=True, fresh=True)
    return result


def due_date(task, *, issued_on, calendar: WorkCalendar):
    """The effective deadline of a task: a relative one ("trong 05 ngày làm việc kể từ ngày
    ban hành") counted by the Civil Code rules from its anchor when that is a known date,
    else the letter's date moved to a working day."""
    rel = task.deadline_relative or {}
    anchor = rel.get("anchor")
    start = issued_on if anchor == "issued_on" else _iso_date(anchor)
    if start is not None and rel.get("unit") in UNITS and isinstance(rel.get("amount"), int) and rel["amount"] > 0:
        return period_end(start, rel["amount"], rel["unit"], calendar)
    return effective_due(task.deadline, calendar)


def _iso_date(text):
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def mark_done(
    session: Session, *, assignment_id: int, at: datetime, note: str | None = None, by: str | None = None,
) -> Assignment:
    """Record completion and cancel the assignment's pending follow-ups.

    For a recurring series this closes it: no more occurrences are planned, and the
    occurrences due after `at` are cancelled (those already due stay to be reported)."""
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise StoreError(f"no assignment #{assignment_id}")
    if assignment.done_at is not None:
        raise StoreError(f"assignment #{assignment_id} was already recorded done")
    if assignment.cancelled:
        raise StoreError(f"assignment #{assignment_id} was cancelled")
    assignment.done_at = at
    assignment.done_note = note
    assignment.plan_until = None
    session.add(assignment)
    cancel_pending(session, assignment_id=assignment_id)
    if kind(assignment) == RECURRING:
        later = cancel_occurrences(session, series_id=assignment.id, after=local_date(at))
        session.add(AssignmentChange(assignment_id=assignment.id, at=at, action="closed", by=by,
                                     detail=f"series closed; {later} later occurrences cancelled"
                                     + (f"; {note}" if note else "")))
    if assignment.role == LEAD:
        _complete_supports(session, lead=assignment, at=at)
    return assignment


def _complete_supports(session: Session, *, lead: Assignment, at: datetime) -> None:
    """When every lead agency of a clause (and period) is done, so is the work: its
    supporting agencies' shares are recorded done with it (a supporting series is closed
    with its lead series), and no longer chased."""
    session.flush()
    shares = session.exec(select(Assignment).where(
        Assignment.clause_id == lead.clause_id, Assignment.period == lead.period,
        Assignment.cancelled.is_(False))).all()
    if any(a.role == LEAD and a.done_at is None for a in shares):
        return
    for a in shares:
        if a.role == SUPPORT and a.done_at is None:
            mark_done(session, assignment_id=a.id, at=at, note=f"hoàn thành cùng cơ quan chủ trì (#{lead.id})")


def cancel_occurrences(session: Session, *, series_id: int, after: date | None = None) -> int:
    """Cancel the open occurrences of a series (those due after `after`, if given) and their
    pending follow-ups; returns how many."""
    q = select(Assignment).where(Assignment.parent_id == series_id, Assignment.done_at.is_(None),
                                 Assignment.cancelled.is_(False))
    if after is not None:
        q = q.where(Assignment.due_on > after)
    n = 0
    for occ in session.exec(q):
        occ.cancelled = True
        session.add(occ)
        cancel_pending(session, assignment_id=occ.id)
        n += 1
    return n
