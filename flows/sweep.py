"""The sweep flow: send every follow-up due now, exactly once, and report what is overdue."""
from __future__ import annotations

import uuid
from datetime import datetime

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from config.clock import as_utc, local, now as clock_now

BATCH = 200


@task
def claim(now: datetime, token: str, limit: int) -> list[int]:
    from config.clock import now as wall
    from models import db
    from models.followups import claim_due

    with db.session() as session:
        return claim_due(session, now=now, wall_now=wall(), token=token, limit=limit)


@task
def deliver(ids: list[int], token: str, now: datetime):
    from models import db
    from notifiers.dispatch import default_dispatcher

    with db.session() as session:
        return default_dispatcher().deliver(session, ids=ids, token=token, now=now)


@task
def report(outcome, now: datetime) -> list[dict]:
    """Publish the sweep's counts and the assignments that became overdue."""
    from models import db
    from models.queries import assignments

    with db.session() as session:
        rows = [r for r in assignments(session, now=now, status="overdue")
                if r.id in set(outcome.became_overdue)]
    table = [{"id": r.id, "directive": r.directive, "clause": r.clause, "agency": r.agency,
              "due_on": r.due_on.isoformat() if r.due_on else None} for r in rows]
    create_markdown_artifact(
        key="sweep-summary",
        markdown=(f"### Sweep at {local(now).to_datetime_string()} (Asia/Ho_Chi_Minh)\n\n"
                  f"| sent | failed | deferred | cancelled | unknown |\n|---|---|---|---|---|\n"
                  f"| {outcome.sent} | {outcome.failed} | {outcome.deferred} | {outcome.cancelled} "
                  f"| {outcome.unknown} |\n"),
        description="Follow-ups sent, failed and deferred by this sweep",
    )
    if table:
        create_table_artifact(table=table, key="sweep-overdue",
                              description="Assignments that became overdue in this sweep")
    return table


@flow(name="sweep")
def sweep(now: datetime | None = None, batch_size: int = BATCH):
    """Send the follow-ups due at `now` (default: the clock), in batches; return the outcome.
    Running it twice for the same instant, or two at once, sends nothing twice."""
    from notifiers.dispatch import Outcome

    logger = get_run_logger()
    now = as_utc(now) if now else clock_now()
    token = uuid.uuid4().hex
    total = Outcome()
    while ids := claim(now, token, batch_size):
        total.add(deliver(ids, token, now))
    report(total, now)
    logger.info("sweep at %s: %d sent, %d failed, %d deferred, %d newly overdue",
                local(now).to_datetime_string(), total.sent, total.failed, total.deferred,
                len(total.became_overdue))
    return total
