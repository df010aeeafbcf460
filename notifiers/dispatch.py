"""Sending claimed follow-ups: compose, route, send, record. Plain functions under the
sweep flow.

Each follow-up goes to one or more recipients (the focal point, the head, the escalation
contacts); each recipient has a *chain* of channels tried in order (e.g. Zalo → SMS →
e-mail). Every attempt has a row in the delivery ledger, one per (follow-up, channel,
recipient), whose idempotency key the provider gets where it takes one.

- A row is committed as ``sending`` before its message leaves. If the sweep dies there, the
  next sweep finds it still ``sending`` and asks the channel (``Notifier.recover``): the outbox
  looks for its file, eSMS deduplicates a resend by RequestId, the others cannot tell, so the
  row becomes ``unknown`` and nothing is resent blindly. Channels that can tell
  (``resumable``) are recorded a whole batch per commit.
- A transient error retries the same channel later, with exponential backoff and jitter, up
  to ``retry.attempts`` times; then the next channel takes over. The last channel keeps
  retrying (at most every ``retry.max_minutes``) until the assignment is done: a failed
  delivery never loses the follow-up.
- A permanent error moves on to the next channel at once; when it is the address's fault the
  contact is flagged (ContactFlag) and that channel skips the address until an operator fixes
  it. A channel-wide error (credentials, template, balance, quota) skips that channel for the
  rest of the batch.
- A timeout after sending makes the row ``unknown``: recorded, not resent.
- A sweep that catches up after a gap sends only the latest of an assignment's reminders
  (the earlier ones are cancelled as stale) and one repeat of an escalation, not each one it
  missed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from config.directory import Directory
from models.tables import Agency, Assignment, Clause, ContactFlag, Delivery, Directive, FollowUp
from notifiers.base import RESEND, SENT, DeliveryError, Notifier
from notifiers.messages import Facts, render
from notifiers.redact import scrubbed_logger
from notifiers.routes import Recipient, RouteError, Routes, Target, recipients
from planning.ladder import Ladder, local_instant, next_repeat, next_window
from planning.status import local_date
from planning.workdays import WorkCalendar

log = scrubbed_logger("dondoc.notifiers.dispatch")

@dataclass
class Outcome:
    sent: int = 0  # follow-ups delivered (to at least one recipient)
    failed: int = 0  # follow-ups no channel could deliver: see the ledger and the flags
    deferred: int = 0  # given back to the queue for a later attempt
    cancelled: int = 0
    unknown: int = 0  # follow-ups whose message may or may not have gone out
    messages: int = 0  # messages sent (a follow-up may go to several recipients)
    flagged: int = 0  # contact addresses flagged for an operator
    became_overdue: list[int] = field(default_factory=list)  # assignment ids
    lines: list[dict] = field(default_factory=list)  # what was sent to whom, for reports

    def add(self, other: "Outcome") -> "Outcome":
        for name in ("sent", "failed", "deferred", "cancelled", "unknown", "messages", "flagged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.became_overdue += other.became_overdue
        self.lines += other.lines
        return self


# what became of one recipient
_SENT, _UNKNOWN, _DEFERRED, _FAILED = "sent", "unknown", "deferred", "failed"


@dataclass
class _Row:
    """The ledger row of one (follow-up, channel, recipient), as this batch knows it."""

    key: str
    status: str
    attempts: int
    new: bool = False


@dataclass
class _Recipient:
    fu: object  # the loaded row
    who: Recipient
    chain: list[Target]
    facts: Facts
    i: int = 0
    state: str | None = None
    retry_at: datetime | None = None
    errors: list[str] = field(default_factory=list)


class Dispatcher:
    """Sends follow-ups with the notifiers of each channel."""

    def __init__(self, *, directory: Directory, routes: Routes, ladder: Ladder, calendar: WorkCalendar,
                 notifiers: dict[str, Notifier], default: Notifier, rng: random.Random | None = None):
        self.directory = directory
        self.routes = routes
        self.ladder = ladder
        self.calendar = calendar
        self.notifiers = notifiers
        self.default = default
        self.rng = rng or random.Random()
        self._days: dict[tuple, int] = {}

    def notifier_for(self, url: str) -> Notifier:
        return self.notifiers.get(url.split("://", 1)[0].lower(), self.default)

    def close(self) -> None:
        for notifier in {id(n): n for n in [*self.notifiers.values(), self.default]}.values():
            notifier.close()

    # --- the batch ---------------------------------------------------------------------------

    def deliver(self, session: Session, *, ids: list[int], token: str, now: datetime) -> Outcome:
        """Send the follow-ups `ids` claimed with `token`, as of `now`; record everything."""
        batch = _Batch(self, session, token, now)
        try:
            return batch.run(ids)
        finally:
            for notifier in {id(n): n for n in [*self.notifiers.values(), self.default]}.values():
                notifier.close()

    def test(self, entry, *, now: datetime, recipients_: tuple[str, ...] = ("focal", "head")) -> list[dict]:
        """Send a test message through every channel of each contact of `entry`; one result per
        (recipient, channel): ``{"recipient", "channel", "address", "ok", "detail"}``. Nothing is
        written to the ledger; contact flags are shown, not changed."""
        from datetime import date

        results = []
        facts = Facts(kind="test", assignment_id=0, agency=entry.name, role="lead", number="TEST",
                      issuer=self.directory.province, issued_on=date.today(), clause="-", action="",
                      due_on=None, deadline_text=None, recurrence=None)
        for label in recipients_:
            try:
                people = recipients(self.directory, entry, label)
            except RouteError as exc:
                results.append({"recipient": label, "channel": "-", "address": "", "ok": False,
                                "detail": str(exc)})
                continue
            for who in people:
                try:
                    chain = self.routes.chain(who)
                except RouteError as exc:
                    results.append({"recipient": who.label, "channel": "-", "address": "", "ok": False,
                                    "detail": str(exc)})
                    continue
                for target in chain:
                    line = {"recipient": who.label, "channel": target.channel, "address": target.address}
                    if target.problem:
                        results.append({**line, "ok": False, "detail": target.problem})
                        continue
                    key = f"test-{entry.code}-{target.channel}-{who.label}-{int(now.timestamp())}"[:64]
                    try:
                        provider_id = self.notifier_for(target.url).send(
                            target.url, render(facts, target.style, key))
                    except DeliveryError as exc:
                        kind = "unknown" if exc.unknown else "permanent" if exc.permanent else "transient"
                        results.append({**line, "ok": False,
                                        "detail": f"{kind}: {self.routes.secrets.scrub(str(exc))}"})
                        continue
                    except Exception as exc:
                        results.append({**line, "ok": False, "detail": self.routes.secrets.scrub(
                            f"{type(exc).__name__}: {exc}")})
                        continue
                    results.append({**line, "ok": True, "detail": f"sent (id {provider_id})" if provider_id
                                    else "sent"})
        self.close()
        return results

    def days_between(self, start, end) -> int:
        key = (start, end)
        if key not in self._days:
            self._days[key] = self.calendar.between(start, end)
        return self._days[key]

    def retry_delay(self, attempts: int) -> timedelta:
        r = self.routes.retry
        minutes = min(r.first_minutes * 2 ** max(0, attempts - 1), r.max_minutes)
        return timedelta(minutes=minutes * (1 + self.rng.uniform(-r.jitter, r.jitter)))


class _Batch:
    def __init__(self, d: Dispatcher, session: Session, token: str, now: datetime):
        self.d, self.session, self.token, self.now = d, session, token, now
        self.out = Outcome()
        self.rows: dict[str, _Row] = {}
        self.flags: set[tuple[str, str]] = set()
        self.broken: dict[str, str] = {}  # channel → why it is skipped for the rest of the batch
        self.pending_updates: list[dict] = []
        self.pending_inserts: list[dict] = []
        self.today = local_date(now)

    # --- loading -----------------------------------------------------------------------------

    def _load(self, ids: list[int]):
        f, a, ag, c, dv = (FollowUp.__table__, Assignment.__table__, Agency.__table__, Clause.__table__,
                           Directive.__table__)
        q = (select(f.c.id, f.c.kind, f.c.recipient, f.c.due_at, f.c.repeat_days, f.c.assignment_id,
                    a.c.done_at, a.c.cancelled, a.c.needs_review, a.c.role, a.c.due_on, a.c.recurrence,
                    ag.c.id.label("agency_id"), ag.c.code.label("agency_code"), ag.c.name.label("agency_name"),
                    c.c.label.label("clause"), c.c.action, c.c.deadline_text,
                    dv.c.number, dv.c.issuer, dv.c.issued_on)
             .join(a, a.c.id == f.c.assignment_id).join(ag, ag.c.id == a.c.agency_id)
             .join(c, c.c.id == a.c.clause_id).join(dv, dv.c.id == c.c.directive_id)
             .where(f.c.id.in_(ids), f.c.claim_token == self.token, f.c.status == "claimed")
             .order_by(f.c.due_at, f.c.id))
        loaded = self.session.execute(q).all()
        t = Delivery.__table__
        for r in self.session.execute(select(t.c.idempotency_key, t.c.status, t.c.attempts)
                                      .where(t.c.followup_id.in_(ids))):
            self.rows[r.idempotency_key] = _Row(r.idempotency_key, r.status, r.attempts)
        fl = ContactFlag.__table__
        self.flags = {(r.channel, r.address) for r in self.session.execute(select(fl.c.channel, fl.c.address))}
        return loaded

    def _facts(self, fu) -> Facts:
        days_left = self.d.days_between(self.today, fu.due_on) if fu.due_on else None
        return Facts(
            kind=fu.kind, assignment_id=fu.assignment_id, agency=fu.agency_name, role=fu.role,
            number=fu.number, issuer=fu.issuer, issued_on=fu.issued_on, clause=fu.clause,
            action=fu.action or "", due_on=fu.due_on, deadline_text=fu.deadline_text,
            recurrence=fu.recurrence, days_left=days_left,
            days_late=-days_left if days_left is not None else None,
        )

    # --- running -----------------------------------------------------------------------------

    def run(self, ids: list[int]) -> Outcome:
        loaded = self._load(ids)
        finished: dict[str, list[int]] = {"cancelled": []}
        work: dict[int, list[_Recipient]] = {}
        deferred_fu: dict[int, datetime] = {}
        fus = {}
        stale = _superseded(loaded)
        for fu in loaded:
            fus[fu.id] = fu
            if fu.done_at is not None or fu.cancelled or fu.needs_review or fu.id in stale:
                finished["cancelled"].append(fu.id)
                continue
            try:
                entry = self.d.directory.entries.get(fu.agency_code)
                facts = self._facts(fu)
                people = recipients(self.d.directory, entry, fu.recipient)
                work[fu.id] = []
                for who in people:
                    try:
                        chain = self.d.routes.chain(who)
                    except RouteError as exc:
                        rec = _Recipient(fu, who, [], facts, state=_FAILED, errors=[str(exc)])
                    else:
                        rec = _Recipient(fu, who, chain, facts)
                    work[fu.id].append(rec)
            except RouteError as exc:
                work[fu.id] = [_Recipient(fu, Recipient(fu.recipient, None, None), [], None, state=_FAILED,
                                          errors=[str(exc)])]
            except Exception as exc:  # one bad follow-up must not stop the batch
                log.error("follow-up #%s could not be prepared: %s: %s", fu.id, type(exc).__name__, exc)
                deferred_fu[fu.id] = next_window(self.now + self.d.retry_delay(1), self.d.ladder, self.d.calendar)
                self.out.lines.append({"at": self.now, "kind": fu.kind, "followup": fu.id,
                                       "error": self.d.routes.secrets.scrub(f"{type(exc).__name__}: {exc}")})

        everyone = [r for recs in work.values() for r in recs]
        # 1. channels that can tell after a crash whether a message went out: one commit for all
        bulk = []
        for rec in everyone:
            if rec.state is None:
                step = self._advance(rec)
                if step is not None and self.d.notifier_for(step[0].url).resumable:
                    bulk.append((rec, step))
        if bulk:
            for rec, (target, key) in bulk:
                self._stage_sending(rec, target, key)
            self._flush()
            self.session.commit()
            for rec, (target, key) in bulk:
                self._attempt(rec, target, key)
        # 2. the others, one commit before each message
        for rec in everyone:
            while rec.state is None:
                # looked up again: an earlier recipient may have found the channel broken
                step = self._advance(rec)
                if step is None:
                    break
                target, key = step
                self._stage_sending(rec, target, key)
                self._flush()
                self.session.commit()
                self._attempt(rec, target, key)
        self._flush()
        self._finish(fus, work, finished, deferred_fu)
        self.session.commit()
        return self.out

    def _key(self, rec: _Recipient, target: Target) -> str:
        return f"fu{rec.fu.id}-{target.channel}-{rec.who.label}"[:64]

    def _advance(self, rec: _Recipient):
        """The next (target, key) to try for `rec`, or None with rec.state set."""
        while rec.i < len(rec.chain):
            target = rec.chain[rec.i]
            key = self._key(rec, target)
            row = self.rows.get(key)
            last = rec.i == len(rec.chain) - 1
            if row is not None:
                if row.status == "sent":
                    rec.state = _SENT
                    return None
                if row.status == "unknown":
                    rec.state = _UNKNOWN
                    rec.errors.append(f"{target.channel}: outcome unknown")
                    return None
                if row.status == "failed":
                    rec.i += 1
                    continue
                if row.status == "sending":  # its sweep died while sending
                    answer = self.d.notifier_for(target.url).recover(target.url, key)
                    if answer == SENT:
                        self._update(key, status="sent", error=None)
                        self._count_sent(rec, target)
                        rec.state = _SENT
                        return None
                    if answer != RESEND:
                        self._update(key, status="unknown",
                                     error="the sweep sending this died before recording the result; not resent")
                        rec.state = _UNKNOWN
                        rec.errors.append(f"{target.channel}: outcome unknown (a sweep died while sending)")
                        return None
                elif row.status == "retrying" and row.attempts >= self.d.routes.retry.attempts and not last:
                    self._update(key, status="failed", error=f"gave up after {row.attempts} attempts")
                    rec.i += 1
                    continue
            if target.problem:
                self._record_failure(rec, target, key, DeliveryError(
                    target.problem, permanent=True, scope="recipient"))
                rec.i += 1
                continue
            if (target.channel, target.address) in self.flags:
                rec.errors.append(f"{target.channel}: {target.address} is flagged for an operator")
                rec.i += 1
                continue
            if target.channel in self.broken:
                rec.errors.append(f"{target.channel}: {self.broken[target.channel]}")
                rec.i += 1
                continue
            return target, key
        if rec.retry_at is not None:
            rec.state = _DEFERRED
        else:
            rec.state = _FAILED
        return None

    # --- the ledger --------------------------------------------------------------------------

    def _stage_sending(self, rec: _Recipient, target: Target, key: str) -> None:
        row = self.rows.get(key)
        if row is None:
            self.rows[key] = _Row(key, "sending", 1, new=True)
            self.pending_inserts.append({
                "followup_id": rec.fu.id, "idempotency_key": key, "channel": target.channel,
                "recipient": rec.who.label, "target": _shown(target.url, self.d.routes.secrets),
                "agency_id": rec.fu.agency_id, "status": "sending", "attempts": 1,
                "attempted_at": self.now, "updated_at": self.now, "subject": None,
                "provider_id": None, "error": None,
            })
        else:
            row.status, row.attempts = "sending", row.attempts + 1
            self._update(key, status="sending", attempts=row.attempts, attempted_at=self.now)

    def _update(self, key: str, **values) -> None:
        row = self.rows.get(key)
        if row is not None and "status" in values:
            row.status = values["status"]
        self.pending_updates.append({"k": key, **values})

    def _flush(self) -> None:
        t = Delivery.__table__
        if self.pending_inserts:
            rows, self.pending_inserts = self.pending_inserts, []
            try:
                with self.session.begin_nested():
                    self.session.execute(insert(t), rows)
            except IntegrityError:  # another sweep holds some of these (a lease taken over)
                for row in rows:
                    try:
                        with self.session.begin_nested():
                            self.session.execute(insert(t), [row])
                    except IntegrityError:
                        self.rows[row["idempotency_key"]].status = "elsewhere"
        if self.pending_updates:
            updates, self.pending_updates = self.pending_updates, []
            # one statement per set of columns, executemany over the rows
            groups: dict[tuple, list[dict]] = {}
            for u in updates:
                u = {**u, "updated_at": self.now}
                groups.setdefault(tuple(sorted(u)), []).append(u)
            for cols, items in groups.items():
                values = {c: bindparam(f"v_{c}") for c in cols if c != "k"}
                stmt = update(t).where(t.c.idempotency_key == bindparam("k")).values(**values)
                self.session.execute(stmt, [{"k": u["k"], **{f"v_{c}": u[c] for c in cols if c != "k"}}
                                            for u in items], execution_options={"synchronize_session": False})

    # --- one attempt -------------------------------------------------------------------------

    def _attempt(self, rec: _Recipient, target: Target, key: str) -> None:
        if self.rows[key].status == "elsewhere":
            rec.state = _UNKNOWN
            rec.errors.append(f"{target.channel}: another sweep is sending this")
            return
        notifier = self.d.notifier_for(target.url)
        message = render(rec.facts, target.style, key)
        if target.channel and self._limit(target) is not None:
            self._limit(target).take()
        try:
            provider_id = notifier.send(target.url, message)
        except DeliveryError as exc:
            self._record_failure(rec, target, key, exc)
            return
        except Exception as exc:  # a bug in a channel must not lose the follow-up
            log.error("channel %s failed unexpectedly: %s: %s", target.channel, type(exc).__name__, exc)
            self._record_failure(rec, target, key, DeliveryError(f"{type(exc).__name__}: {exc}"))
            return
        self._update(key, status="sent", provider_id=(str(provider_id)[:120] if provider_id else None),
                     error=None, subject=message.subject)
        self._count_sent(rec, target, subject=message.subject)
        rec.state = _SENT

    def _limit(self, target: Target):
        from notifiers.limits import bucket

        route = self.d.routes.routes.get(target.channel)
        if route is None or route.limit is None:
            return None
        return bucket(target.channel, *route.limit)

    def _count_sent(self, rec: _Recipient, target: Target, subject: str | None = None) -> None:
        self.out.messages += 1
        self.out.lines.append({
            "at": self.now, "kind": rec.fu.kind, "agency": rec.fu.agency_name,
            "to": f"{rec.who.entry.code}/{rec.who.label}", "channel": target.channel,
            "subject": subject, "assignment": rec.fu.assignment_id,
        })

    def _record_failure(self, rec: _Recipient, target: Target, key: str, exc: DeliveryError) -> None:
        error = self.d.routes.secrets.scrub(str(exc))[:1000]
        rec.errors.append(f"{target.channel}: {error}")
        row = self.rows.get(key)
        if row is None:  # a failure found before sending (e.g. not a phone number)
            self._stage_sending(rec, target, key)
            row = self.rows[key]
        last = rec.i == len(rec.chain) - 1
        if exc.unknown:
            self._update(key, status="unknown", error=error)
            rec.state = _UNKNOWN
            return
        if exc.flags_contact and target.address:
            self._flag(rec, target, error)
        if exc.quota:
            # no quota left today: the next channel now, this one again from tomorrow
            self.broken[target.channel] = error
            self._update(key, status="retrying", error=error)
            tomorrow = local_instant(self.d.calendar.add(self.today, 1), self.d.ladder.start)
            rec.retry_at = tomorrow if rec.retry_at is None else min(rec.retry_at, tomorrow)
            rec.i += 1
            return
        if exc.permanent:
            if exc.scope == "channel":
                self.broken[target.channel] = error
            self._update(key, status="failed", error=error)
            rec.i += 1
            return
        # transient: this channel again later, unless its attempts are used up
        if row.attempts >= self.d.routes.retry.attempts and not last:
            self._update(key, status="failed", error=f"{error} (gave up after {row.attempts} attempts)")
            rec.i += 1
            return
        self._update(key, status="retrying", error=error)
        at = next_window(self.now + self.d.retry_delay(row.attempts), self.d.ladder, self.d.calendar)
        rec.retry_at = at if rec.retry_at is None else min(rec.retry_at, at)
        rec.state = _DEFERRED

    def _flag(self, rec: _Recipient, target: Target, reason: str) -> None:
        if (target.channel, target.address) in self.flags:
            return
        self.flags.add((target.channel, target.address))
        try:
            with self.session.begin_nested():
                self.session.execute(insert(ContactFlag.__table__).values(
                    channel=target.channel, address=target.address[:200], agency_code=rec.who.entry.code,
                    recipient=rec.who.label, reason=reason, flagged_at=self.now))
            self.out.flagged += 1
            log.warning("flagged %s %s of %s for an operator: %s", target.channel, rec.who.label,
                        rec.who.entry.code, reason)
        except IntegrityError:
            pass

    # --- the follow-ups ----------------------------------------------------------------------

    def _finish(self, fus, work, finished, deferred_fu) -> None:
        f = FollowUp.__table__
        sent, failed, unknown = [], [], []
        for fu_id, recs in work.items():
            states = [r.state for r in recs]
            fu = fus[fu_id]
            if _DEFERRED in states:
                retry = [r.retry_at for r in recs if r.retry_at is not None]
                deferred_fu[fu_id] = min(retry) if retry else next_window(
                    self.now + self.d.retry_delay(1), self.d.ladder, self.d.calendar)
            elif _UNKNOWN in states:
                unknown.append(fu_id)
            elif _SENT in states:
                sent.append(fu_id)
            else:
                failed.append(fu_id)
            errors = [e for r in recs for e in r.errors]
            if errors and _SENT not in states:
                self.out.lines.append({"at": self.now, "kind": fu.kind, "followup": fu_id,
                                       "error": " | ".join(errors)[:1000]})

        def finish(ids: list[int], status: str) -> list[int]:
            if not ids:
                return []
            values = {"status": status}
            if status in ("sent", "unknown"):
                values["sent_at"] = self.now
            stmt = (update(f).where(f.c.id.in_(ids), f.c.claim_token == self.token, f.c.status == "claimed")
                    .values(**values).returning(f.c.id))
            return [r.id for r in self.session.execute(stmt)]

        self.out.cancelled += len(finish(finished["cancelled"], "cancelled"))
        done = finish(sent, "sent")
        self.out.sent += len(done)
        self.out.unknown += len(finish(unknown, "unknown"))
        self.out.failed += len(finish(failed, "failed"))
        repeats = []
        for fu_id in done:
            fu = fus[fu_id]
            if fu.kind == "overdue":
                self.out.became_overdue.append(fu.assignment_id)
            if fu.repeat_days:
                repeats.append({"assignment_id": fu.assignment_id, "kind": fu.kind, "recipient": fu.recipient,
                                # from when it went out: a sweep after a gap sends one, not every missed one
                                "due_at": next_repeat(max(fu.due_at, self.now), fu.repeat_days, self.d.ladder,
                                                      self.d.calendar),
                                "repeat_days": fu.repeat_days, "status": "pending", "attempts": 0})
        if repeats:
            _insert_ignoring_duplicates(self.session, f, repeats)
        if deferred_fu:
            stmt = (update(f).where(f.c.id == bindparam("fid"), f.c.claim_token == self.token,
                                    f.c.status == "claimed")
                    .values(status="pending", claim_token=None, claimed_at=None, due_at=bindparam("at")))
            self.session.execute(stmt, [{"fid": k, "at": v} for k, v in deferred_fu.items()],
                                 execution_options={"synchronize_session": False})
            self.out.deferred += len(deferred_fu)


# A reminder is overtaken by a later step of the same assignment due in the same batch (a
# sweep catching up after a gap): "còn 7 ngày", "còn 3 ngày" and "đến hạn hôm nay" at once
# would all be stale but the last.
_OVERTAKEN_BY = {"reminder": {"reminder", "due_today", "overdue"}, "due_today": {"overdue"}}


def _superseded(loaded) -> set[int]:
    """Ids of follow-ups in the batch that a later one of the same assignment overtakes."""
    by_assignment: dict[int, list] = {}
    for fu in loaded:
        by_assignment.setdefault(fu.assignment_id, []).append(fu)
    stale = set()
    for fus in by_assignment.values():
        for fu in fus:
            later = _OVERTAKEN_BY.get(fu.kind, ())
            if any(o.kind in later and o.due_at > fu.due_at for o in fus):
                stale.add(fu.id)
    return stale


def _insert_ignoring_duplicates(session: Session, table, rows: list[dict]) -> None:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(table).on_conflict_do_nothing(), rows)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)
    else:
        for row in rows:
            try:
                with session.begin_nested():
                    session.execute(insert(table), [row])
            except IntegrityError:
                pass


@lru_cache(maxsize=4096)
def _privacy(url: str) -> str:
    from notifiers.via_apprise import privacy_url

    return privacy_url(url)


def _shown(url: str, secrets) -> str:
    return secrets.scrub(_privacy(url))


def default_dispatcher() -> Dispatcher:
    """A dispatcher wired to the configured directory, routes, ladder, calendar and database."""
    from config import load_yaml, settings
    from config.directory import directory
    from models import db
    from notifiers.email import EmailNotifier
    from notifiers.providers import SmsNotifier, ZaloNotifier
    from notifiers.state import QuotaStore, TokenStore
    from notifiers.via_apprise import AppriseNotifier, OutboxNotifier
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    s = settings()
    engine = db.engine()
    zalo = ZaloNotifier(TokenStore(engine), QuotaStore(engine))
    email = EmailNotifier()
    sms = SmsNotifier()
    return Dispatcher(
        directory=directory(), routes=Routes(load_yaml(s.channels_file)), ladder=default_ladder(),
        calendar=default_calendar(),
        notifiers={"outbox": OutboxNotifier(s.outbox_dir), "mailto": email, "mailtos": email,
                   "zns": zalo, "zalooa": zalo, "esms": sms, "speedsms": sms},
        default=AppriseNotifier(),
    )
