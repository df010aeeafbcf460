"""The ingest flow: read a letter, store its assignments, notify the agencies."""
from __future__ import annotations

import re
import uuid
from datetime import datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.runtime import flow_run
from prefect.states import Failed

from config.clock import as_utc, now as clock_now


@task
def read_letter(path: str):
    """The letter, or the reason it cannot be read (a value, not an exception: an unreadable
    letter is an expected outcome, not a crash with a traceback)."""
    from reader import ReaderError, read_file

    try:
        return read_file(path), None
    except ReaderError as exc:
        return None, str(exc)


@task
def store(path: str, letter, now: datetime) -> dict:
    from sqlalchemy.exc import IntegrityError

    from config.directory import directory
    from models import db
    from models.store import StoreError, store_letter
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    with db.session() as session:
        for attempt in (1, 2):
            try:
                result = store_letter(
                    session, letter=letter, source_file=str(Path(path).resolve()),
                    source_bytes=Path(path).read_bytes(), now=now, directory=directory(),
                    ladder=default_ladder(), calendar=default_calendar(),
                )
                session.commit()
                break
            except StoreError as exc:
                session.rollback()
                return {"error": str(exc)}
            except IntegrityError:
                # the same letter stored by another run at the same moment: the second
                # attempt finds it stored and changes nothing
                session.rollback()
                if attempt == 2:
                    raise
        review = sum(a.needs_review for a in result.assignments)
        return {
            "directive_id": result.directive.id,
            "number": result.directive.number,
            "issuer": result.directive.issuer,
            "created": result.created,
            "assignments": len(result.assignments),
            "needs_review": review,
            "followups": result.followups,
        }


@task
def send_notices(directive_id: int, now: datetime) -> dict:
    """Send the follow-ups of this directive that are due now (the new-assignment notices)."""
    from config.clock import now as wall
    from models import db
    from models.followups import claim_due
    from notifiers.dispatch import default_dispatcher

    token = uuid.uuid4().hex
    dispatcher = default_dispatcher()
    with db.session() as session:
        total = None
        while ids := claim_due(session, now=now, wall_now=wall(), token=token, directive_id=directive_id):
            outcome = dispatcher.deliver(session, ids=ids, token=token, now=now)
            total = outcome if total is None else total.add(outcome)
    return {"sent": total.sent if total else 0, "failed": total.failed if total else 0,
            "deferred": total.deferred if total else 0}


@task
def publish(directive_id: int, number: str, now: datetime) -> list[dict]:
    from models import db
    from models.queries import assignments, per_agency

    with db.session() as session:
        table = per_agency(assignments(session, now=now, directive_id=directive_id))
    key = "assignments-" + (re.sub(r"[^a-z0-9]+", "-", number.lower()).strip("-") or "letter")
    create_table_artifact(table=table, key=key[:100],
                          description=f"Assignments per agency of {number}")
    return table


def _run_name() -> str:
    return "ingest-" + Path(flow_run.parameters.get("path", "letter")).name


@flow(name="ingest-letter", flow_run_name=_run_name)
def ingest_letter(path: str, now: datetime | None = None):
    """Read the letter at `path`, store it, and notify each agency of its new assignments.
    Ingesting a letter already stored (same issuer and number) changes nothing.

    Returns a summary; a letter that cannot be taken ends the run Failed, with the reason as
    the state's message, and nothing of it stored."""
    logger = get_run_logger()
    now = as_utc(now) if now else clock_now()
    letter, error = read_letter(path)
    summary = store(path, letter, now) if letter is not None else {"error": error}
    if "error" in summary:
        reason = summary["error"].removeprefix(f"{path}: ")
        logger.error("%s: %s", path, reason)
        return Failed(message=f"{path}: {reason}")
    if not summary["created"]:
        logger.info("%s of %s is already stored; nothing changed", summary["number"], summary["issuer"])
        return summary
    summary["notices"] = send_notices(summary["directive_id"], now)
    publish(summary["directive_id"], summary["number"], now)
    logger.info(
        "stored %s: %d assignments (%d need review), %d follow-ups planned, %d notices sent",
        summary["number"], summary["assignments"], summary["needs_review"], summary["followups"],
        summary["notices"]["sent"],
    )
    return summary
