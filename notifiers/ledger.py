"""Read the delivery ledger and the contact flags; test an agency's channels. For the CLI."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import select
from sqlmodel import Session

from config.directory import Directory, Entry, fold
from models.tables import Agency, Assignment, Clause, ContactFlag, Delivery, Directive, FollowUp

STATUSES = ("sending", "sent", "retrying", "failed", "unknown")


@dataclass
class DeliveryView:
    id: int
    followup: int
    kind: str
    directive: str
    clause: str
    agency_code: str
    agency: str
    recipient: str
    channel: str
    status: str
    attempts: int
    attempted_at: datetime
    updated_at: datetime | None
    provider_id: str | None
    error: str | None

    def to_json(self) -> dict:
        d = asdict(self)
        d["attempted_at"] = self.attempted_at.isoformat()
        d["updated_at"] = self.updated_at.isoformat() if self.updated_at else None
        return d


def deliveries(session: Session, *, agency: str | None = None, status: str | None = None,
               limit: int | None = None) -> list[DeliveryView]:
    """Ledger rows, newest first. `agency` matches a code or any part of the name (accents
    and case ignored)."""
    q = (select(Delivery, FollowUp.kind, Agency.code, Agency.name, Clause.label, Directive.number)
         .join(FollowUp, FollowUp.id == Delivery.followup_id)
         .join(Agency, Agency.id == Delivery.agency_id)
         .join(Assignment, Assignment.id == FollowUp.assignment_id)
         .join(Clause, Clause.id == Assignment.clause_id)
         .join(Directive, Directive.id == Clause.directive_id)
         .order_by(Delivery.attempted_at.desc(), Delivery.id.desc()))
    if status:
        q = q.where(Delivery.status == status)
    wanted = fold(agency) if agency else None
    out = []
    for d, kind, code, name, clause, number in session.execute(q):
        if wanted and wanted != code and wanted not in fold(name):
            continue
        out.append(DeliveryView(
            id=d.id, followup=d.followup_id, kind=kind, directive=number, clause=clause, agency_code=code,
            agency=name, recipient=d.recipient, channel=d.channel, status=d.status, attempts=d.attempts,
            attempted_at=d.attempted_at, updated_at=d.updated_at, provider_id=d.provider_id, error=d.error,
        ))
        if limit and len(out) >= limit:
            break
    return out


def flags(session: Session, *, agency_code: str | None = None) -> list[ContactFlag]:
    q = select(ContactFlag).order_by(ContactFlag.agency_code, ContactFlag.recipient, ContactFlag.channel)
    if agency_code:
        q = q.where(ContactFlag.agency_code == agency_code)
    return list(session.exec(q))


def clear_flags(session: Session, *, agency_code: str, channel: str | None = None) -> int:
    stmt = delete(ContactFlag).where(ContactFlag.agency_code == agency_code)
    if channel:
        stmt = stmt.where(ContactFlag.channel == channel)
    return session.execute(stmt).rowcount


def requeue_failed(session: Session, *, agency_code: str, now: datetime, channel: str | None = None) -> int:
    """Give the agency's failed follow-ups back to the queue, due at `now`, with their failed
    channels to be tried again (after an operator fixed an address or a credential)."""
    from sqlalchemy import update

    agency = session.exec(select(Agency).where(Agency.code == agency_code)).first()
    if agency is None:
        return 0
    fu_ids = list(session.exec(
        select(FollowUp.id).join(Assignment, Assignment.id == FollowUp.assignment_id)
        .where(Assignment.agency_id == agency.id, FollowUp.status == "failed")))
    if not fu_ids:
        return 0
    rows = update(Delivery).where(Delivery.followup_id.in_(fu_ids), Delivery.status == "failed")
    if channel:
        rows = rows.where(Delivery.channel == channel)
    session.execute(rows.values(status="retrying", attempts=0, updated_at=now))
    return session.execute(
        update(FollowUp).where(FollowUp.id.in_(fu_ids), FollowUp.status == "failed")
        .values(status="pending", claim_token=None, claimed_at=None, due_at=now)).rowcount


def find_agency(directory: Directory, name: str) -> Entry | None:
    """A directory entry by code or by name."""
    return directory.entries.get(name) or directory.resolve(name)
