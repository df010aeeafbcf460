"""How fast the dispatcher sends claimed follow-ups through the outbox, on SQLite.

    python benchmarks/dispatch.py --due 10000

Builds a fresh SQLite database with `--due` follow-ups due now (one per assignment, spread
over 30 agencies of the shipped directory), then claims and delivers them in batches of
`--batch` as a sweep does, without Prefect. The last line is one JSON object: due, sent,
claim_seconds, deliver_seconds, seconds, per_second.
"""
from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, and benchmarks/email.py would
# hide the standard library's `email`: the project's folder instead.
_ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(_ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "benchmarks"]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from datetime import date, datetime, timedelta, timezone  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--due", type=int, default=10000)
    p.add_argument("--batch", type=int, default=200)
    args = p.parse_args()

    home = tempfile.mkdtemp(prefix="dondoc-dispatch-")
    os.environ["DONDOC_HOME"] = home
    for name in ("DONDOC_DATABASE_URL", "DONDOC_CHANNELS", "DONDOC_OUTBOX", "DONDOC_AGENCIES"):
        os.environ.pop(name, None)

    from sqlalchemy import insert

    from config.directory import directory
    from models import db
    from models.followups import claim_due
    from models.tables import Agency, Assignment, Clause, Directive, FollowUp
    from notifiers.dispatch import Outcome, default_dispatcher

    now = datetime(2018, 9, 20, 1, 0, tzinfo=timezone.utc)  # 08:00 in Asia/Ho_Chi_Minh, a working day
    agencies = list(directory())[:30]
    n, k = args.due, len(agencies)
    clauses = -(-n // k)
    with db.engine().begin() as c:
        c.execute(insert(Agency), [dict(code=e.code, name=e.name, kind=e.kind, in_directory=True) for e in agencies])
        c.execute(insert(Directive), [dict(issuer="UBND tỉnh Đắk Nông", number="2457/UBND-NC", ingested_at=now)])
        c.execute(insert(Clause), [dict(directive_id=1, position=i, label=f"{i}", action="", deadline_text=None)
                                   for i in range(1, clauses + 1)])
        c.execute(insert(Assignment), [dict(clause_id=1 + i // k, agency_id=1 + i % k, role="lead", agency_text="x",
                                            due_on=date(2018, 10, 1), created_at=now, needs_review=False,
                                            cancelled=False) for i in range(n)])
        c.execute(insert(FollowUp), [dict(assignment_id=i + 1, kind="reminder", recipient="focal",
                                          due_at=now - timedelta(minutes=1), status="pending", attempts=0)
                                     for i in range(n)])

    token, total, dispatcher = uuid.uuid4().hex, Outcome(), default_dispatcher()
    claim_s = deliver_s = 0.0
    started = time.perf_counter()
    with db.session() as session:
        while True:
            t = time.perf_counter()
            ids = claim_due(session, now=now, wall_now=datetime.now(timezone.utc), token=token, limit=args.batch)
            claim_s += time.perf_counter() - t
            if not ids:
                break
            t = time.perf_counter()
            total.add(dispatcher.deliver(session, ids=ids, token=token, now=now))
            deliver_s += time.perf_counter() - t
    seconds = time.perf_counter() - started
    files = len(list((Path(home) / "outbox").glob("*.txt")))
    print(json.dumps({"due": n, "sent": total.sent, "outbox_files": files, "claim_seconds": round(claim_s, 2),
                      "deliver_seconds": round(deliver_s, 2), "seconds": round(seconds, 2),
                      "per_second": round(total.sent / seconds)}))
    return 0 if total.sent == n == files else 1


if __name__ == "__main__":
    sys.exit(main())
