"""`dondoc demo`: the seed letter through nine simulated months, on the embedded default.

In a fresh data folder (SQLite, the local outbox, the local Prefect), it ingests công văn
2457/UBND-NC at 2018-05-25 08:00, then runs the sweep flow at each instant when a follow-up
falls due, through 2019-02-28, recording a few completions on the way (two on time, one
late; Sở Nội vụ never reports, so its assignment is escalated), and prints what was sent
to whom and when, and the final status table.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from config import CONFIG_DIR

SEED = Path(__file__).resolve().parent / "examples" / "2457-UBND-NC.txt"
START = "2018-05-25T08:00"
END = "2019-02-28T17:00"
MARKER = ".dondoc-demo"


@dataclass(frozen=True)
class Completion:
    clause: str
    at: str  # local time
    note: str


COMPLETIONS = (
    Completion("5.2", "2018-09-27T10:00", "Đã tham mưu UBND tỉnh sơ kết phong trào (đúng hạn)"),
    Completion("5.3", "2018-10-05T15:30", "Đã sơ kết, báo cáo chậm do tổng hợp số liệu huyện"),
    Completion("5.1", "2018-12-27T09:00", "Đã tổ chức sơ kết phong trào nông thôn mới"),
)


def prepare_home(home: Path) -> None:
    """Empty the demo folder, refusing to touch a folder the demo did not make."""
    if home.exists() and any(home.iterdir()):
        if not (home / MARKER).exists():
            raise SystemExit(f"{home} is not empty and was not made by `dondoc demo`; choose another --home")
        shutil.rmtree(home)
    home.mkdir(parents=True, exist_ok=True)
    (home / MARKER).write_text("made by dondoc demo; emptied at each run\n")
    os.environ.update({
        "DONDOC_HOME": str(home),
        "DONDOC_DATABASE_URL": f"sqlite:///{home / 'dondoc.db'}",
        "DONDOC_OUTBOX": str(home / "outbox"),
        "DONDOC_CHANNELS": str(CONFIG_DIR / "channels.yaml"),  # the outbox: no real sends
    })
    from config import reset_settings

    reset_settings()


def run(home: str | None = None) -> int:
    from flows import many_short_runs

    with many_short_runs():
        return _run(home)


def _run(home: str | None) -> int:
    from config.clock import local, parse_instant
    from dondoc.cli import _print_line, print_table
    from flows.ingest import ingest_letter
    from flows.sweep import sweep
    from models import db
    from models.followups import next_due_at
    from models.queries import assignments
    from models.store import mark_done
    from planning.status import LABELS

    folder = Path(home or os.path.join(os.environ.get("DONDOC_HOME", "data"), "demo")).resolve()
    prepare_home(folder)
    start, end = parse_instant(START), parse_instant(END)
    print(f"dondoc demo in {folder}\n")

    summary = ingest_letter(path=str(SEED), now=start)
    print(f"{local(start).format('YYYY-MM-DD HH:mm')}  ingested {summary['number']}: "
          f"{summary['assignments']} assignments ({summary['needs_review']} need review: agencies "
          f"not in the directory), {summary['followups']} follow-ups planned, "
          f"{summary['notices']['sent']} new-assignment notices sent:")
    with db.session() as session:
        for agency, clauses in notices_sent(session):
            print(f"{local(start).format('YYYY-MM-DD HH:mm')}  assigned   → {agency}: mục {', '.join(clauses)}")

    pending = sorted(COMPLETIONS, key=lambda c: c.at)
    sweeps = sent = 0
    while True:
        with db.session() as session:
            due = next_due_at(session)
        done_at = parse_instant(pending[0].at) if pending else None
        moments = [m for m in (due, done_at) if m is not None and m <= end]
        if not moments:
            break
        moment = min(moments)
        if done_at is not None and moment == done_at:
            record_done(pending.pop(0), done_at, assignments, mark_done, db, local)
            continue
        outcome = sweep(now=moment)
        sweeps += 1
        sent += outcome.sent
        for line in outcome.lines:
            _print_line(line, local)

    with db.session() as session:
        rows = assignments(session, now=end)
    print(f"\n{sweeps} sweeps, {sent} follow-ups sent; outbox: {folder / 'outbox'}")
    print(f"\nStatus at {local(end).format('YYYY-MM-DD HH:mm')} (Asia/Ho_Chi_Minh):\n")
    print_table([r for r in rows if r.due_on or r.status not in ("in_progress", "needs_review")])
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    print("\n" + ", ".join(f"{LABELS[s]}: {n}" for s, n in counts.items())
          + "  (ongoing duties are listed by `dondoc assignments`)")
    return 0


def notices_sent(session) -> list[tuple[str, list[str]]]:
    """The new-assignment notices in the delivery ledger: (agency, clause labels), by agency."""
    from sqlmodel import select

    from models.tables import Agency, Assignment, Clause, Delivery, FollowUp

    rows = session.exec(
        select(Agency.name, Clause.label)
        .join(Assignment, Assignment.agency_id == Agency.id)
        .join(Clause, Clause.id == Assignment.clause_id)
        .join(FollowUp, FollowUp.assignment_id == Assignment.id)
        .join(Delivery, Delivery.followup_id == FollowUp.id)
        .where(FollowUp.kind == "assigned", Delivery.status == "sent")
        .order_by(Agency.name, Clause.position)
    ).all()
    out: dict[str, list[str]] = {}
    for agency, label in rows:
        out.setdefault(agency, []).append(label)
    return list(out.items())


def record_done(c: Completion, at: datetime, assignments, mark_done, db, local) -> None:
    with db.session() as session:
        row = next(r for r in assignments(session, now=at) if r.clause == c.clause and r.role == "lead")
        mark_done(session, assignment_id=row.id, at=at, note=c.note)
        session.commit()
        status = next(r for r in assignments(session, now=at) if r.id == row.id).status
    print(f"{local(at).format('YYYY-MM-DD HH:mm')}  done       ← {row.agency} reports mục {c.clause} "
          f"({status})")
