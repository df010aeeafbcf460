"""Read-only views of assignments, for the CLI, the artifacts and the demo."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from config.directory import fold
from models.tables import Agency, Assignment, Clause, Directive
from planning import status as st


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

    def to_json(self) -> dict:
        d = asdict(self)
        d["due_on"] = self.due_on.isoformat() if self.due_on else None
        d["done_at"] = self.done_at.isoformat() if self.done_at else None
        return d


def assignments(
    session: Session, *, now: datetime, agency: str | None = None, status: str | None = None,
    directive_id: int | None = None,
) -> list[AssignmentView]:
    """Assignments with their status at `now`, by directive, clause and agency.

    `agency` matches an agency code, or any part of its name (accents and case ignored).
    """
    q = (
        select(Assignment, Agency, Clause, Directive)
        .join(Agency, Agency.id == Assignment.agency_id)
        .join(Clause, Clause.id == Assignment.clause_id)
        .join(Directive, Directive.id == Clause.directive_id)
        .order_by(Directive.id, Clause.position, Assignment.role, Agency.name)
    )
    if directive_id is not None:
        q = q.where(Directive.id == directive_id)
    out = []
    wanted = fold(agency) if agency else None
    for a, ag, cl, d in session.exec(q):
        if wanted and wanted != ag.code and wanted not in fold(ag.name):
            continue
        s = st.status(due_on=a.due_on, done_at=a.done_at, now=now, needs_review=a.needs_review,
                      cancelled=a.cancelled)
        if status and s != status:
            continue
        out.append(AssignmentView(
            id=a.id, directive=d.number, clause=cl.label, agency_code=ag.code, agency=ag.name,
            role=a.role, due_on=a.due_on, recurrence=a.recurrence, status=s, done_at=a.done_at,
            review_reason=a.review_reason, action=cl.action,
        ))
    return out


def per_agency(rows: list[AssignmentView]) -> list[dict]:
    """One row per agency: how many assignments it has in each status."""
    table: dict[str, dict] = {}
    for r in rows:
        row = table.setdefault(r.agency, {"agency": r.agency, "lead": 0, "support": 0,
                                          **{s: 0 for s in st.ALL}})
        row[r.role] += 1
        row[r.status] += 1
    return sorted(table.values(), key=lambda r: r["agency"])
