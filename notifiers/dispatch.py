"""Sending claimed follow-ups: compose, route, send, record. Plain functions under the
sweep flow.

Every send is preceded by a ledger row (Delivery, status ``sending``) with a unique
idempotency key, committed before the message leaves. So if a sweep dies between sending
and recording, the next sweep finds the row still ``sending``, records it ``unknown`` and does
not send it blindly again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from config.directory import Directory
from models import followups
from models.tables import Agency, Assignment, Clause, Delivery, Directive, FollowUp
from notifiers.base import DeliveryError, Message, Notifier
from notifiers.messages import Facts, compose
from notifiers.routes import RouteError, Routes
from planning.ladder import Ladder, next_repeat, next_window
from planning.status import local_date
from planning.workdays import WorkCalendar

MAX_ATTEMPTS = 5
RETRY_BASE = timedelta(minutes=15)


@dataclass
class Outcome:
    sent: int = 0
    failed: int = 0
    deferred: int = 0  # given back to the queue for a later attempt
    cancelled: int = 0
    unknown: int = 0
    became_overdue: list[int] = field(default_factory=list)  # assignment ids
    lines: list[dict] = field(default_factory=list)  # what was sent to whom, for reports

    def add(self, other: "Outcome") -> "Outcome":
        for name in ("sent", "failed", "deferred", "cancelled", "unknown"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.became_overdue += other.became_overdue
        self.lines += other.lines
        return self


class Dispatcher:
    """Sends follow-ups with the notifiers of each channel."""

    def __init__(self, *, directory: Directory, routes: Routes, ladder: Ladder, calendar: WorkCalendar,
                 notifiers: dict[str, Notifier], default: Notifier):
        self.directory = directory
        self.routes = routes
        self.ladder = ladder
        self.calendar = calendar
        self.notifiers = notifiers
        self.default = default

    def notifier_for(self, url: str) -> Notifier:
        return self.notifiers.get(url.split("://", 1)[0].lower(), self.default)

    def deliver(self, session: Session, *, ids: list[int], token: str, now: datetime) -> Outcome:
        outcome = Outcome()
        for followup_id in ids:
            try:
                outcome.add(self._deliver_one(session, followup_id=followup_id, token=token, now=now))
                session.commit()
            except Exception as exc:  # one bad follow-up must not stop the batch
                session.rollback()
                fu = session.get(FollowUp, followup_id)
                error = self.routes.secrets.scrub(f"{type(exc).__name__}: {exc}")
                outcome.add(self._failed(session, fu, token, now, error, permanent=False))
                session.commit()
        return outcome

    def _deliver_one(self, session: Session, *, followup_id: int, token: str, now: datetime) -> Outcome:
        out = Outcome()
        fu = session.get(FollowUp, followup_id)
        if fu is None or fu.claim_token != token:
            return out
        assignment = session.get(Assignment, fu.assignment_id)
        if assignment.done_at is not None or assignment.cancelled or assignment.needs_review:
            followups.finish(session, followup_id=fu.id, token=token, status="cancelled")
            out.cancelled += 1
            return out
        agency = session.get(Agency, assignment.agency_id)
        clause = session.get(Clause, assignment.clause_id)
        directive = session.get(Directive, clause.directive_id)
        entry = self.directory.entries.get(agency.code)
        contact_entry = self.directory.office if fu.recipient == "office" else entry
        contact = contact_entry.head if fu.recipient == "head" else contact_entry.focal
        today = local_date(now)
        facts = Facts(
            kind=fu.kind, assignment_id=assignment.id, agency=agency.name, role=assignment.role,
            number=directive.number, issuer=directive.issuer, issued_on=directive.issued_on,
            clause=clause.label, action=clause.action, due_on=assignment.due_on,
            deadline_text=clause.deadline_text, recurrence=assignment.recurrence,
            days_left=self.calendar.between(today, assignment.due_on) if assignment.due_on else None,
            days_late=self.calendar.between(assignment.due_on, today) if assignment.due_on else None,
        )
        subject, body = compose(facts)
        target_code = contact_entry.code
        try:
            targets = self.routes.targets(contact_entry, target_code, fu.recipient, contact)
        except RouteError as exc:
            return self._failed(session, fu, token, now, str(exc), permanent=True)

        errors = []
        for target in targets:
            key = f"fu{fu.id}-{target.channel}-{fu.recipient}"
            delivery = self._ledger_row(session, fu, key, target, now, subject, agency.id)
            if delivery.status == "sent":
                return self._sent(session, fu, assignment, token, now, out)
            if delivery.status == "unknown":
                out.unknown += 1
                followups.finish(session, followup_id=fu.id, token=token, status="unknown", at=now)
                return out
            notifier = self.notifier_for(target.url)
            try:
                notifier.send(target.url, Message(subject=subject, body=body, key=key))
            except DeliveryError as exc:
                delivery.status = "failed"
                delivery.error = self.routes.secrets.scrub(str(exc))[:1000]
                session.add(delivery)
                session.commit()
                errors.append(f"{target.channel}: {delivery.error}")
                continue
            delivery.status = "sent"
            delivery.error = None
            session.add(delivery)
            out.lines.append({
                "at": now, "kind": fu.kind, "agency": agency.name, "to": f"{target_code}/{fu.recipient}",
                "channel": target.channel, "subject": subject, "assignment": assignment.id,
            })
            return self._sent(session, fu, assignment, token, now, out)
        return self._failed(session, fu, token, now, " | ".join(errors) or "no channel", permanent=False)

    def _ledger_row(self, session, fu, key, target, now, subject, agency_id) -> Delivery:
        """The ledger row of this (follow-up, channel, recipient), committed as ``sending``.
        A row left ``sending`` by a dead sweep becomes ``unknown``."""
        row = session.exec(select(Delivery).where(Delivery.idempotency_key == key)).first()
        if row is None:
            row = Delivery(
                followup_id=fu.id, idempotency_key=key, channel=target.channel,
                target=self.routes.secrets.scrub(_privacy(target.url)), agency_id=agency_id,
                status="sending", attempts=1, attempted_at=now, subject=subject,
            )
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return session.exec(select(Delivery).where(Delivery.idempotency_key == key)).one()
            return row
        if row.status == "sending":
            row.status = "unknown"
            row.error = "the sweep sending this died before recording the result; not resent"
        elif row.status == "failed":
            row.status, row.attempts, row.attempted_at = "sending", row.attempts + 1, now
        session.add(row)
        session.commit()
        return row

    def _sent(self, session, fu, assignment, token, now, out: Outcome) -> Outcome:
        if followups.finish(session, followup_id=fu.id, token=token, status="sent", at=now):
            out.sent += 1
            if fu.kind == "overdue":
                out.became_overdue.append(assignment.id)
            if fu.repeat_days:
                session.add(FollowUp(
                    assignment_id=fu.assignment_id, kind=fu.kind, recipient=fu.recipient,
                    due_at=next_repeat(fu.due_at, fu.repeat_days, self.ladder, self.calendar),
                    repeat_days=fu.repeat_days,
                ))
        return out

    def _failed(self, session, fu, token, now, error: str, *, permanent: bool) -> Outcome:
        out = Outcome()
        if permanent or fu.attempts >= MAX_ATTEMPTS:
            followups.finish(session, followup_id=fu.id, token=token, status="failed")
            out.failed += 1
        else:
            later = now + RETRY_BASE * (2 ** (fu.attempts - 1))
            followups.retry_later(session, followup_id=fu.id, token=token,
                                  due_at=next_window(later, self.ladder, self.calendar))
            out.deferred += 1
        out.lines.append({"at": now, "kind": fu.kind, "error": error, "followup": fu.id})
        return out


def _privacy(url: str) -> str:
    from notifiers.via_apprise import privacy_url

    return privacy_url(url)


def default_dispatcher() -> Dispatcher:
    """A dispatcher wired to the configured directory, routes, ladder and calendar."""
    from config import load_yaml, settings
    from config.directory import directory
    from notifiers.via_apprise import AppriseNotifier, OutboxNotifier
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    s = settings()
    return Dispatcher(
        directory=directory(), routes=Routes(load_yaml(s.channels_file)), ladder=default_ladder(),
        calendar=default_calendar(), notifiers={"outbox": OutboxNotifier(s.outbox_dir)},
        default=AppriseNotifier(),
    )
