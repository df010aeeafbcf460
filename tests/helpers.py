"""Small helpers shared by tests (not fixtures)."""
from __future__ import annotations

from pathlib import Path

from sqlmodel import select


def outbox_files(home: Path) -> list[Path]:
    folder = home / "outbox"
    return sorted(folder.glob("*.txt")) if folder.exists() else []


def outbox_messages(home: Path) -> list[dict]:
    """Each outbox file as {to, subject, key, body, name}."""
    out = []
    for f in outbox_files(home):
        head, _, body = f.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines())
        out.append({"to": fields["To"], "subject": fields["Subject"], "key": fields["Key"],
                    "body": body, "name": f.name})
    return out


def count(model) -> int:
    from models import db

    with db.session() as session:
        return len(session.exec(select(model)).all())


def store_seed(at: str = "2018-05-25T08:00", path=None):
    """Store a letter's assignments and follow-ups (the seed letter by default), without
    sending anything."""
    from config.clock import parse_instant
    from config.directory import directory
    from conftest import SEED
    from models import db
    from models.store import store_letter
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar
    from reader import read_file

    path = path or SEED
    with db.session() as session:
        result = store_letter(session, letter=read_file(path), source_file=str(path),
                              source_bytes=Path(path).read_bytes(), now=parse_instant(at),
                              directory=directory(), ladder=default_ladder(), calendar=default_calendar())
        session.commit()
    return result


def sweep_at(at: str | None = None):
    """One whole sweep without Prefect (horizons, then batches) at `at`, or at the clock's
    now when `at` is None (for time travel)."""
    import uuid

    from config.clock import now, parse_instant
    from flows.chase import sweep_once

    return sweep_once(parse_instant(at) if at else now(), token=uuid.uuid4().hex)


def deliver_due(at: str, limit: int = 500):
    """What one sweep does, without Prefect: claim what is due at `at` and deliver it."""
    import uuid

    from config.clock import now as wall, parse_instant
    from models import db
    from models.followups import claim_due
    from notifiers.dispatch import Outcome, default_dispatcher

    token, total, dispatcher = uuid.uuid4().hex, Outcome(), default_dispatcher()
    with db.session() as session:
        while ids := claim_due(session, now=parse_instant(at), wall_now=wall(), token=token, limit=limit):
            total.add(dispatcher.deliver(session, ids=ids, token=token, now=parse_instant(at)))
    return total
