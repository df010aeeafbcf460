"""The sweep flow: send every follow-up due now, exactly once, and report what is overdue."""
from __future__ import annotations

import uuid
from datetime import datetime

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from config.clock import as_utc, local, now as clock_now
from flows import chase

BATCH = chase.BATCH


@task(cache_policy=NO_CACHE)
def plan_horizons(now: datetime) -> tuple[int, int]:
    """Plan the recurring occurrences and status requests that came within the horizon."""
    return chase.plan_horizons(now)


@task(cache_policy=NO_CACHE)
def send_batch(now: datetime, token: str, limit: int):
    """Claim one batch of due follow-ups and deliver it (None: nothing left)."""
    return chase.send_batch(now=now, token=token, limit=limit)


@task
def report(outcome, now: datetime, note: str = "") -> list[dict]:
    """Publish the sweep's counts and the assignments that became overdue."""
    from models import db
    from models.queries import assignments
    from planning.status import days_overdue, local_date

    rows = []
    if outcome.became_overdue:
        with db.session() as session:
            rows = assignments(session, now=now, ids=sorted(set(outcome.became_overdue)))
    table = [{"id": r.id, "directive": r.directive, "clause": r.clause + (f" ({r.period})" if r.period else ""),
              "agency": r.agency, "role": r.role, "due_on": r.due_on.isoformat() if r.due_on else None,
              "original_due_on": r.original_due_on.isoformat() if r.original_due_on else None,
              "days_overdue": days_overdue(r.due_on, local_date(now))} for r in rows]
    create_markdown_artifact(
        key="sweep-summary",
        markdown=(f"### Sweep at {local(now).to_datetime_string()} (Asia/Ho_Chi_Minh)\n\n"
                  + (f"{note}\n\n" if note else "")
                  + "| sent | failed | deferred | cancelled | unknown | newly overdue |\n"
                  "|---|---|---|---|---|---|\n"
                  f"| {outcome.sent} | {outcome.failed} | {outcome.deferred} | {outcome.cancelled} "
                  f"| {outcome.unknown} | {len(table)} |\n"),
        description="Follow-ups sent, failed and deferred by this sweep",
    )
    if table:
        create_table_artifact(table=table, key="sweep-overdue",
                              description="Assignments that became overdue in this sweep")
    return table


@flow(name="sweep")
def sweep(now: datetime | None = None, batch_size: int = BATCH):
    """Send the follow-ups due at `now` (default: the clock), in batches; return the outcome.
    Running it twice for the same instant, or two at once, sends nothing twice. Outside
    working hours (local time, working days) it sends nothing: what is due waits for the
    next working window."""
    from notifiers.dispatch import Outcome

    logger = get_run_logger()
    now = as_utc(now) if now else clock_now()
    when = local(now).to_datetime_string()
    if warning := chase.calendar_warning(now):
        logger.warning(warning)
    advanced, planned = plan_horizons(now)
    if advanced:
        logger.info("rolled the horizon of %d recurring or ongoing assignments: %d follow-ups planned",
                    advanced, planned)
    total = Outcome()
    if not chase.in_working_hours(now):
        logger.info("sweep at %s: outside working hours, nothing sent", when)
        report(total, now, note="Outside working hours: nothing sent.")
        return total
    token = uuid.uuid4().hex
    while (outcome := send_batch(now, token, batch_size)) is not None:
        total.add(outcome)
    report(total, now)
    logger.info("sweep at %s: %d sent, %d failed, %d deferred, %d newly overdue",
                when, total.sent, total.failed, total.deferred, len(total.became_overdue))
    return total
