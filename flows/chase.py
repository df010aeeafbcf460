"""What one sweep does, as plain functions (no Prefect here): roll the planning horizons,
then claim the due follow-ups in batches and deliver each batch. The sweep flow runs these
as its tasks; tests and the benchmark call them directly, in as many processes as they like.

Exactly once: a batch is claimed with a compare-and-swap in dondoc's database (see
models.followups) and committed before anything is sent, so concurrent sweeps divide the due
set; a sweep killed mid-batch leaves its claims to expire (``LEASE``), and the delivery
ledger keeps the next sweep from sending again what had already left.
"""
from __future__ import annotations

from datetime import datetime

BATCH = 500


def plan_horizons(now: datetime) -> tuple[int, int]:
    """Plan the occurrences and status requests that came within the horizon at `now`;
    returns (assignments advanced, follow-ups planned)."""
    from models import db
    from models.replan import advance_due_horizons
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    with db.session() as session:
        return advance_due_horizons(session, now=now, ladder=default_ladder(), calendar=default_calendar())


def send_batch(*, now: datetime, token: str, limit: int = BATCH, dispatcher=None):
    """Claim up to `limit` follow-ups due at `now` for the sweep `token` and deliver them;
    returns the dispatcher's Outcome, or None when nothing was left to claim."""
    from config.clock import now as wall
    from models import db
    from models.followups import claim_due
    from notifiers.dispatch import default_dispatcher

    with db.session() as session:
        ids = claim_due(session, now=now, wall_now=wall(), token=token, limit=limit)
        if not ids:
            return None
        return (dispatcher or default_dispatcher()).deliver(session, ids=ids, token=token, now=now)


def in_working_hours(now: datetime) -> bool:
    """Whether `now` is inside the working window, when follow-ups may go out."""
    from planning.ladder import default_ladder, in_window
    from planning.workdays import default_calendar

    return in_window(now, default_ladder(), default_calendar())


def calendar_warning(now: datetime) -> str | None:
    """The warning to give when this year or the next has no swap decisions entered."""
    from config import settings
    from planning.status import local_date
    from planning.workdays import default_calendar

    return default_calendar().override_warning(local_date(now), source=str(settings().calendar_file))


def sweep_once(now: datetime, *, token: str, batch_size: int = BATCH, dispatcher=None):
    """A whole sweep without Prefect: horizons, then batches until nothing is due. Outside
    working hours it sends nothing. Returns the summed Outcome."""
    from notifiers.dispatch import Outcome, default_dispatcher

    plan_horizons(now)
    total = Outcome()
    if not in_working_hours(now):
        return total
    dispatcher = dispatcher or default_dispatcher()
    while (outcome := send_batch(now=now, token=token, limit=batch_size, dispatcher=dispatcher)) is not None:
        total.add(outcome)
    return total
