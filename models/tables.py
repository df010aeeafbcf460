"""dondoc's tables. The schema changes only through Alembic migrations (models/migrations).

Vocabulary: a *directive* (công văn, chỉ thị, …) has *clauses*; each clause gives work to
agencies as *assignments*, one per (clause, agency, role), where the role is ``lead``
(chủ trì) or ``support`` (phối hợp). Each assignment has planned *follow-ups* (reminders,
escalations), each of which may produce *deliveries* (one per channel and recipient).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


def _instant(**kw) -> Field:
    nullable = kw.pop("nullable", True)
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, **kw))


class Agency(SQLModel, table=True):
    """An agency that receives assignments. Directory members have ``in_directory``;
    names the directory does not know are kept as written, flagged for an operator."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=120)
    name: str = Field(max_length=300)
    kind: str = Field(default="other", max_length=30)
    in_directory: bool = True


class Directive(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("issuer", "number", name="uq_directive_issuer_number"),)

    id: int | None = Field(default=None, primary_key=True)
    issuer: str = Field(max_length=300)
    number: str = Field(max_length=120)
    doc_type: str | None = Field(default=None, max_length=60)
    subject: str | None = Field(default=None, sa_column=Column(Text))
    place: str | None = Field(default=None, max_length=120)
    issued_on: date | None = None
    signer: str | None = Field(default=None, max_length=120)
    signer_title: str | None = Field(default=None, max_length=200)
    source_file: str | None = Field(default=None, sa_column=Column(Text))
    source_sha256: str | None = Field(default=None, max_length=64)
    ingested_at: datetime | None = _instant(nullable=False)


class Clause(SQLModel, table=True):
    """One unit of work the reader found (a labelled clause, or part of one)."""

    id: int | None = Field(default=None, primary_key=True)
    directive_id: int = Field(foreign_key="directive.id", index=True)
    position: int
    label: str = Field(max_length=40)
    action: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    deadline_text: str | None = Field(default=None, sa_column=Column(Text))
    deadline_on: date | None = None
    recurrence: str | None = Field(default=None, max_length=80)


class Assignment(SQLModel, table=True):
    """An agency's share of a clause. Status is derived (see planning.status), never a stale
    flag: only review, cancellation and completion are stored.

    A recurring assignment (a *series*, ``recurrence`` set) has one child assignment per
    dated occurrence (``parent_id``, ``period``), each tracked on its own. ``plan_until`` is
    the day through which a series' occurrences, or an ongoing assignment's status requests,
    are planned; the sweep moves it forward (a rolling horizon). ``original_due_on`` keeps
    the deadline an extension (gia hạn) moved away from."""

    __table_args__ = (
        UniqueConstraint("clause_id", "agency_id", "role", "period", name="uq_assignment"),
    )

    id: int | None = Field(default=None, primary_key=True)
    clause_id: int = Field(foreign_key="clause.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    role: str = Field(max_length=10)  # lead | support
    agency_text: str = Field(max_length=300)  # the name as the letter wrote it
    deadline_on: date | None = None  # as the letter states it
    due_on: date | None = None  # the effective deadline: a working day
    recurrence: str | None = Field(default=None, max_length=80)
    needs_review: bool = False
    review_reason: str | None = Field(default=None, sa_column=Column(Text))
    cancelled: bool = False
    created_at: datetime | None = _instant(nullable=False)
    done_at: datetime | None = _instant()
    done_note: str | None = Field(default=None, sa_column=Column(Text))
    original_due_on: date | None = None  # the deadline before any extension
    parent_id: int | None = Field(default=None, foreign_key="assignment.id", index=True)
    period: str = Field(default="", max_length=20, sa_column_kwargs={"server_default": ""})
    plan_until: date | None = Field(default=None, index=True)
    ends_on: date | None = None  # a series ends after this day (the directive's period)


class Extension(SQLModel, table=True):
    """A request for more time (gia hạn) on an assignment, and the operator's decision."""

    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignment.id", index=True)
    status: str = Field(default="requested", max_length=10)  # requested | approved | refused
    requested_on: date  # the new deadline asked for
    reason: str = Field(sa_column=Column(Text, nullable=False))
    requested_by: str | None = Field(default=None, max_length=200)
    requested_at: datetime | None = _instant(nullable=False)
    previous_due_on: date | None = None  # the deadline when the request was made
    granted_on: date | None = None  # the new deadline, when approved (the operator may change it)
    decided_by: str | None = Field(default=None, max_length=200)
    decided_at: datetime | None = _instant()
    decision_note: str | None = Field(default=None, sa_column=Column(Text))


class AssignmentChange(SQLModel, table=True):
    """What an operator changed on an assignment (fix, cancel, close), for the record."""

    __tablename__ = "assignment_change"

    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignment.id", index=True)
    at: datetime | None = _instant(nullable=False)
    action: str = Field(max_length=20)  # fixed | cancelled | closed
    detail: str = Field(sa_column=Column(Text, nullable=False))
    by: str | None = Field(default=None, max_length=200)


class FollowUp(SQLModel, table=True):
    """A planned message about an assignment. ``due_at`` is the next time it is due; a sweep
    claims it with a compare-and-swap on ``status`` so that it is sent once."""

    __tablename__ = "followup"
    __table_args__ = (
        UniqueConstraint("assignment_id", "kind", "due_at", name="uq_followup"),
        Index("ix_followup_due", "status", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="assignment.id", index=True)
    # assigned | reminder | due_today | overdue | escalation | status_request
    # | occurrence (a periodic report coming due) | extension (a decision on a gia hạn request)
    kind: str = Field(max_length=20)
    recipient: str = Field(max_length=10)  # focal | head | office
    due_at: datetime | None = _instant(nullable=False)
    repeat_days: int | None = None  # working days to the next one, for repeating escalations
    status: str = Field(default="pending", max_length=10)  # pending|claimed|sent|failed|cancelled|unknown
    claim_token: str | None = Field(default=None, max_length=40)
    claimed_at: datetime | None = _instant()
    sent_at: datetime | None = _instant()
    attempts: int = 0


class Delivery(SQLModel, table=True):
    """The delivery ledger: one row per (follow-up, channel, recipient), written before the
    message leaves. ``idempotency_key`` is passed to providers that take one (ZNS tracking_id,
    eSMS RequestId, the e-mail Message-ID). Status: ``sending`` (in flight, or its sweep
    died), ``sent``, ``retrying`` (a transient error; tried again later), ``failed`` (a
    permanent error, or retries used up: the next channel took over) or ``unknown`` (it may
    have gone out, e.g. a timeout after the request was sent: never resent blindly)."""

    id: int | None = Field(default=None, primary_key=True)
    followup_id: int = Field(foreign_key="followup.id", index=True)
    idempotency_key: str = Field(unique=True, max_length=64)
    channel: str = Field(max_length=30)
    recipient: str = Field(default="", max_length=20)  # focal | head | office | office2 | …
    target: str = Field(sa_column=Column(Text, nullable=False))  # redacted: never a secret
    agency_id: int = Field(foreign_key="agency.id", index=True)
    status: str = Field(max_length=10)  # sending | sent | retrying | failed | unknown
    attempts: int = 0
    provider_id: str | None = Field(default=None, max_length=120)  # the provider's message id
    error: str | None = Field(default=None, sa_column=Column(Text))
    attempted_at: datetime | None = _instant(nullable=False)
    updated_at: datetime | None = _instant()
    subject: str | None = Field(default=None, sa_column=Column(Text))


class ContactFlag(SQLModel, table=True):
    """A contact address that a provider refused for good (an invalid phone number, a Zalo
    user who does not follow the OA, an e-mail address the server rejects). The channel skips
    that address until an operator fixes the directory (a new address is not flagged) or
    clears the flag (`dondoc channels clear`)."""

    __tablename__ = "contact_flag"
    __table_args__ = (UniqueConstraint("channel", "address", name="uq_contact_flag"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=30)
    address: str = Field(max_length=200)  # phone, e-mail address or Zalo user id; no secret
    agency_code: str = Field(max_length=120, index=True)
    recipient: str = Field(max_length=20)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    flagged_at: datetime | None = _instant(nullable=False)


class OAuthToken(SQLModel, table=True):
    """The OAuth token pair of a provider account (Zalo OA: access token and its single-use
    refresh token), encrypted with a key derived from the app's secret (never stored).
    ``version`` changes at each refresh; ``lock_owner``/``lock_until`` let one process refresh
    at a time (a compare-and-swap lease)."""

    __tablename__ = "oauth_token"

    name: str = Field(primary_key=True, max_length=80)  # e.g. zalo:<app id>
    access_token: str | None = Field(default=None, sa_column=Column(Text))  # encrypted
    refresh_token: str | None = Field(default=None, sa_column=Column(Text))  # encrypted
    expires_at: datetime | None = _instant()
    version: int = 0
    seed_sha256: str | None = Field(default=None, max_length=64)
    lock_owner: str | None = Field(default=None, max_length=40)
    lock_until: datetime | None = _instant()
    updated_at: datetime | None = _instant()
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class ProviderQuota(SQLModel, table=True):
    """What a provider says is left of its daily quota (ZNS reports it in every answer)."""

    __tablename__ = "provider_quota"

    provider: str = Field(primary_key=True, max_length=80)
    day: date  # local (Asia/Ho_Chi_Minh) day the figures belong to
    daily_quota: int | None = None
    remaining: int | None = None
    updated_at: datetime | None = _instant()
