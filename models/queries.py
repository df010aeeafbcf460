"""Read-only views of assignments, for the CLI, the artifacts and the demo."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from config.directory import fold
from models.replan import kind as kind_of
from models.tables import Agency, Assignment, Clause, Directive, Extension
from planning import status as st
from planning.recurrence import RECURRING, kind_of as recurrence_kind


@dataclass
class AssignmentView:
    id: int
    directive: str
    clause: str
    agency_code: str
    agency: str
    role: str
    due_on: date | None
    recurrence: str | None
    status: str
    done_at: datetime | None
    review_reason: str | None
    action: str
    kind: str = "dated"  # dated | recurring (a series) | occurrence | ongoing | undated
    period: str = ""  # an occurrence's period (2018-06, 2018-Q3, …)
    parent_id: int | None = None  # an occurrence's series
    original_due_on: date | None = None  # the deadline before any extension
    extended: bool = False  # an extension (gia hạn) was approved
    agency_text: str = ""  # the agency as the letter wrote it
    directive_id: int = 0

    def to_json(self) -> dict:
        d = asdict(self)
        for name in ("due_on", "done_at", "original_due_on"):
            d[name] = getattr(self, name).isoformat() if getattr(self, name) else None
        return d


def assignments(
    session: Session, *, now: datetime, agency: str | None = None, status: str | None = None,
    directive_id: int | None = None, ids: list[int] | None = None,
) -> list[AssignmentView]:
    """Assignments with their status at `now`, by directive, clause and agency (a series'
    occurrences after it, by period).

    `agency` matches an agency code, or any part of its name (accents and case ignored).
    """
    q = (
        select(Assignment, Agency, Clause, Directive)
        .join(Agency, Agency.id == Assignment.agency_id)
        .join(Clause, Clause.id == Assignment.clause_id)
        .join(Directive, Directive.id == Clause.directive_id)
        .order_by(Directive.id, Clause.position, Assignment.role, Agency.name, Assignment.period)
    )
    if directive_id is not None:
        q = q.where(Directive.id == directive_id)
    if ids is not None:
        q = q.where(Assignment.id.in_(ids))
    extended = set(session.exec(select(Extension.assignment_id).where(Extension.status == "approved")))
    out = []
    wanted = fold(agency) if agency else None
    for a, ag, cl, d in session.exec(q):
        if wanted and agency != ag.code and wanted not in fold(ag.name):
            continue
        s = st.status(due_on=a.due_on, done_at=a.done_at, now=now, needs_review=a.needs_review,
                      cancelled=a.cancelled)
        if status and s != status:
            continue
        out.append(AssignmentView(
            id=a.id, directive=d.number, clause=cl.label, agency_code=ag.code, agency=ag.name,
            role=a.role, due_on=a.due_on, recurrence=a.recurrence, status=s, done_at=a.done_at,
            review_reason=a.review_reason, action=cl.action, kind=kind_of(a), period=a.period,
            parent_id=a.parent_id, original_due_on=a.original_due_on, extended=a.id in extended,
            agency_text=a.agency_text, directive_id=d.id,
        ))
    return out


SPLIT = (st.IN_PROGRESS, st.OVERDUE, st.DONE_ON_TIME, st.DONE_LATE)


@dataclass
class StatRow:
    """What `stats` needs of an assignment (lighter than an AssignmentView)."""

    agency_code: str
    agency: str
    role: str
    kind: str
    status: str
    extended: bool
    due_on: date | None


def stat_rows(
    session: Session, *, now: datetime, agency: str | None = None, directive_id: int | None = None,
) -> list[StatRow]:
    """The assignments `stats` counts, read column by column so that a province's million
    assignments take seconds, not minutes. `agency` as in `assignments`."""
    agencies = {ag.id: ag for ag in session.exec(select(Agency))}
    if agency:
        wanted = fold(agency)
        agencies = {i: ag for i, ag in agencies.items() if agency == ag.code or wanted in fold(ag.name)}
    q = select(Assignment.id, Assignment.agency_id, Assignment.role, Assignment.due_on, Assignment.done_at,
               Assignment.needs_review, Assignment.cancelled, Assignment.parent_id, Assignment.recurrence)
    if agency:
        q = q.where(Assignment.agency_id.in_(list(agencies)))
    if directive_id is not None:
        q = q.join(Clause, Clause.id == Assignment.clause_id).where(Clause.directive_id == directive_id)
    extended = set(session.exec(select(Extension.assignment_id).where(Extension.status == "approved")))
    series: dict[str | None, bool] = {}
    out = []
    for a_id, agency_id, role, due_on, done_at, review, cancelled, parent_id, recurrence in session.execute(q):
        if parent_id is None and recurrence:
            if recurrence not in series:
                series[recurrence] = recurrence_kind(recurrence, None) == RECURRING
            if series[recurrence]:
                out.append(StatRow("", "", role, RECURRING, "", False, None))
                continue
        ag = agencies[agency_id]
        out.append(StatRow(ag.code, ag.name, role, "", st.status(
            due_on=due_on, done_at=done_at, now=now, needs_review=review, cancelled=cancelled),
            a_id in extended, due_on))
    return out


def stats(rows: list, *, today: date) -> list[dict]:
    """The province office's split per agency, counting the assignments it leads (chủ trì):
    in progress within term, overdue, done on time, done late (their sum is ``total``), how
    many of them had an extension, how many wait for review or were cancelled, and days
    overdue (calendar days past the deadline of the overdue ones: the most and the sum).
    ``support`` counts its shares as a supporting agency (phối hợp), which are not judged.
    A recurring series counts through its occurrences, not itself."""
    table: dict[str, dict] = {}
    for r in rows:
        if r.kind == "recurring":
            continue
        row = table.setdefault(r.agency_code, {
            "agency": r.agency, "agency_code": r.agency_code, "total": 0, **{s: 0 for s in SPLIT},
            "extended": 0, st.NEEDS_REVIEW: 0, st.CANCELLED: 0, "days_overdue_max": 0, "days_overdue_total": 0,
            "support": 0,
        })
        if r.role != "lead":
            row["support"] += 1
            continue
        row[r.status] += 1
        if r.status in SPLIT:
            row["total"] += 1
            row["extended"] += r.extended
        if r.status == st.OVERDUE:
            late = st.days_overdue(r.due_on, today)
            row["days_overdue_max"] = max(row["days_overdue_max"], late)
            row["days_overdue_total"] += late
    return sorted(table.values(), key=lambda r: (-r[st.OVERDUE], -r["days_overdue_max"], r["agency"]))


def stats_total(table: list[dict]) -> dict:
    """The sum of a stats table (the province row)."""
    total = {"agency": "Tổng cộng", "agency_code": None}
    for key in table[0] if table else ():
        if key not in ("agency", "agency_code"):
            fold_max = key == "days_overdue_max"
            total[key] = max((r[key] for r in table), default=0) if fold_max else sum(r[key] for r in table)
    return total


def per_agency(rows: list[AssignmentView]) -> list[dict]:
    """One row per agency: how many assignments it has in each status."""
    table: dict[str, dict] = {}
    for r in rows:
        row = table.setdefault(r.agency, {"agency": r.agency, "lead": 0, "support": 0,
                                          **{s: 0 for s in st.ALL}})
        row[r.role] += 1
        row[r.status] += 1
    return sorted(table.values(), key=lambda r: r["agency"])


def find_directive(session: Session, text: str) -> Directive | None:
    """A directive by its id (digits) or its số/ký hiệu ("2457/UBND-NC"; spaces, case and
    accents ignored)."""
    if text.strip().isdigit():
        return session.get(Directive, int(text))
    wanted = fold(text).replace(" ", "")
    for d in session.exec(select(Directive)):
        if fold(d.number).replace(" ", "") == wanted:
            return d
    return None
