"""`dondoc demo`: the seed letter through nine simulated months, on the embedded default.

In a fresh data folder (SQLite, the local outbox, the local Prefect), it ingests công văn
2457/UBND-NC at 2018-05-25 08:00, then runs the sweep flow at each instant when a follow-up
falls due, through 2019-02-28, and plays what an office does on the way:

- the operator reviews what the reader was unsure of, fixes one agency and withdraws one;
- a second letter (a short sample written for the demo, not a real document) asks Ban Thi
  đua - Khen thưởng for a report before the 20th of every month: each month is tracked on
  its own, and November's comes in late;
- Sở LĐ-TB&XH asks for an extension (gia hạn) of mục 5.3, which is approved; Sở Nội vụ asks
  too for mục 5.4 and is refused, never reports, and is escalated across Tết 2019;
- ongoing duties get quarterly status requests;

and prints what was sent to whom and when, the final status table and the province
office's statistics.
"""
from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from config import CONFIG_DIR

EXAMPLES = Path(__file__).resolve().parent / "examples"
SEED = EXAMPLES / "2457-UBND-NC.txt"
MONTHLY = EXAMPLES / "demo-bao-cao-hang-thang.txt"
START = "2018-05-25T08:00"
END = "2019-02-28T17:00"
MARKER = ".dondoc-demo"


@dataclass(frozen=True)
class Event:
    """Something the office or an agency does at `at` (local time)."""

    at: str
    action: str  # done | fix | cancel | ingest | extend-request | extend-approve | extend-refuse
    clause: str = ""
    number: str = "2457/UBND-NC"
    agency_text: str | None = None  # which assignment of the clause, as the letter wrote it
    period: str = ""  # an occurrence of a recurring report
    args: dict = field(default_factory=dict)


def _monthly_done(period: str, at: str) -> Event:
    return Event(at, "done", "1", "2701/UBND-NC", period=period,
                 args={"note": f"Báo cáo tháng {period[5:]}/{period[:4]}"})


EVENTS = (
    Event("2018-05-28T09:00", "fix", "5.5", agency_text="các cơ quan báo chí",
          args={"agency": "so-thong-tin-va-truyen-thong", "note": "cơ quan quản lý báo chí của tỉnh"}),
    Event("2018-05-28T09:05", "cancel", "5.5", agency_text="các đơn vị có liên quan",
          args={"reason": "không chỉ rõ đơn vị: Ban TĐKT chủ trì đã đủ"}),
    Event("2018-06-12T10:00", "ingest", args={"path": MONTHLY}),
    _monthly_done("2018-06", "2018-06-19T15:00"),
    _monthly_done("2018-07", "2018-07-19T15:00"),
    _monthly_done("2018-08", "2018-08-17T15:00"),
    Event("2018-09-27T08:30", "extend-request", "5.3",
          args={"to": date(2018, 10, 12), "reason": "Chờ số liệu sơ kết của các huyện", "by": "Sở LĐ-TB&XH"}),
    Event("2018-09-27T10:00", "done", "5.2", args={"note": "Đã tham mưu UBND tỉnh sơ kết phong trào"}),
    Event("2018-09-28T09:00", "extend-approve", "5.3", args={"note": "Đồng ý gia hạn đến 12/10/2018"}),
    _monthly_done("2018-09", "2018-09-19T15:00"),
    Event("2018-10-05T15:30", "done", "5.3", args={"note": "Đã sơ kết, báo cáo UBND tỉnh"}),
    _monthly_done("2018-10", "2018-10-19T15:00"),
    _monthly_done("2018-11", "2018-11-23T16:00"),  # late: due 20/11
    _monthly_done("2018-12", "2018-12-19T15:00"),
    Event("2019-01-08T09:00", "done", "5.1", args={"note": "Đã tổ chức sơ kết phong trào nông thôn mới"}),
    _monthly_done("2019-01", "2019-01-18T15:00"),
    Event("2019-01-28T09:00", "extend-request", "5.4",
          args={"to": date(2019, 2, 28), "reason": "Chưa tổng hợp đủ báo cáo của các đơn vị", "by": "Sở Nội vụ"}),
    Event("2019-01-29T09:00", "extend-refuse", "5.4", args={"note": "Đề nghị hoàn thành đúng hạn"}),
    _monthly_done("2019-02", "2019-02-19T15:00"),
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
    from dondoc.cli import print_stats, print_table
    from flows.chase import calendar_warning
    from flows.ingest import ingest_letter
    from flows.sweep import sweep
    from models import db
    from models.followups import next_due_at
    from models.lifecycle import review_queue
    from models.queries import assignments, stats
    from planning.status import LABELS, local_date

    folder = Path(home or os.path.join(os.environ.get("DONDOC_HOME", "data"), "demo")).resolve()
    prepare_home(folder)
    # the sweep logs the calendar warning at every run; the demo says it once, below
    logging.getLogger("prefect.flow_runs").setLevel(logging.ERROR)
    start, end = parse_instant(START), parse_instant(END)
    print(f"dondoc demo in {folder}\n")

    summary = ingest_letter(path=str(SEED), now=start)
    when = _when(start, local)
    print(f"{when}  ingested {summary['number']}: {summary['assignments']} assignments "
          f"({summary['needs_review']} need review: agencies not in the directory), "
          f"{summary['followups']} follow-ups planned, {summary['notices']['sent']} new-assignment notices sent:")
    with db.session() as session:
        for agency, clauses in notices_sent(session):
            print(f"{when}  assigned   → {agency}: mục {', '.join(clauses)}")
        for a in review_queue(session):
            print(f"{when}  review     ? #{a.id} {a.agency_text!r} ({a.role}): {a.review_reason}")

    pending = sorted(EVENTS, key=lambda e: e.at)
    sweeps = sent = 0
    warned = None
    while True:
        with db.session() as session:
            due = next_due_at(session)
        event_at = parse_instant(pending[0].at) if pending else None
        moments = [m for m in (due, event_at) if m is not None and m <= end]
        if not moments:
            break
        moment = min(moments)
        if event_at is not None and moment == event_at:
            play(pending.pop(0), event_at)
            continue
        if (warning := calendar_warning(moment)) and warning != warned:
            print(f"{_when(moment, local)}  calendar   ! {warning}")
        warned = warning
        outcome = sweep(now=moment)
        sweeps += 1
        sent += outcome.sent
        print_sent(outcome.lines, local)

    with db.session() as session:
        rows = assignments(session, now=end)
        waiting = len(review_queue(session))
    print(f"\n{sweeps} sweeps, {sent} follow-ups sent; outbox: {folder / 'outbox'}")
    print(f"\nStatus at {_when(end, local)} (Asia/Ho_Chi_Minh), dated assignments:\n")
    print_table([r for r in rows if r.due_on and r.role == "lead"])
    counts: dict[str, int] = {}
    for r in rows:
        if r.kind != "recurring":
            counts[r.status] = counts.get(r.status, 0) + 1
    print("\nAll assignments: " + ", ".join(f"{LABELS[s]}: {n}" for s, n in counts.items())
          + f"  ({waiting} still wait for review: `dondoc review`)")
    print(f"\nStatistics at {_when(end, local)} (`dondoc stats`), agencies with dated work:\n")
    print_stats([r for r in stats(rows, today=local_date(end)) if r["overdue"] + r["done_on_time"] + r["done_late"]])
    return 0


def _when(moment, local) -> str:
    return local(moment).format("YYYY-MM-DD HH:mm")


def print_sent(lines: list[dict], local) -> None:
    """What a sweep sent; the quarterly status requests on ongoing duties in one line."""
    from dondoc.cli import _print_line

    requests = [line for line in lines if line.get("kind") == "status_request"]
    for line in lines:
        if line not in requests:
            _print_line(line, local)
    if requests:
        agencies = {line["agency"] for line in requests}
        print(f"{_when(requests[0]['at'], local)}  status_request → {len(agencies)} agencies: progress on "
              f"{len(requests)} ongoing duties (quarterly)")


def _find(event: Event, at):
    from models import db
    from models.queries import assignments

    with db.session() as session:
        return next(r for r in assignments(session, now=at)
                    if r.directive == event.number and r.clause == event.clause and r.period == event.period
                    and (r.agency_text == event.agency_text if event.agency_text else r.role == "lead"))


def play(event: Event, at) -> None:
    """Do what the event says, as an operator would with the command line, and say so."""
    from config.clock import local
    from config.directory import directory
    from flows.ingest import ingest_letter
    from models import db, lifecycle
    from models.store import mark_done
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    when = _when(at, local)
    if event.action == "ingest":
        summary = ingest_letter(path=str(event.args["path"]), now=at)
        print(f"{when}  ingested {summary['number']}: {summary['assignments']} assignments, "
              f"{summary['followups']} follow-ups planned, {summary['notices']['sent']} notices sent "
              "(a report before the 20th of every month: one tracked occurrence per month)")
        return
    row = _find(event, at)
    plan = {"ladder": default_ladder(), "calendar": default_calendar()}
    with db.session() as session:
        if event.action == "done":
            mark_done(session, assignment_id=row.id, at=at, note=event.args.get("note"))
        elif event.action == "fix":
            result = lifecycle.fix(session, assignment_id=row.id, now=at, agency=directory().entries[event.args["agency"]],
                                   note=event.args.get("note"), **plan)
        elif event.action == "cancel":
            lifecycle.cancel(session, assignment_id=row.id, now=at, reason=event.args["reason"])
        elif event.action == "extend-request":
            lifecycle.request_extension(session, assignment_id=row.id, to=event.args["to"],
                                        reason=event.args["reason"], by=event.args["by"], now=at)
        elif event.action == "extend-approve":
            lifecycle.approve_extension(session, assignment_id=row.id, now=at, note=event.args.get("note"), **plan)
        elif event.action == "extend-refuse":
            lifecycle.refuse_extension(session, assignment_id=row.id, now=at, note=event.args.get("note"), **plan)
        session.commit()
    after = _find(event, at) if event.action != "fix" else None
    what = f"mục {event.clause}" + (f" ({event.period})" if event.period else "")
    if event.action == "done":
        print(f"{when}  done       ← {row.agency} reports {what} ({after.status})")
    elif event.action == "fix":
        print(f"{when}  fixed      ✎ #{row.id} {what}: {'; '.join(result.changes)}")
    elif event.action == "cancel":
        print(f"{when}  cancelled  ✎ #{row.id} {what} ({row.agency_text}): {event.args['reason']}")
    elif event.action == "extend-request":
        print(f"{when}  gia hạn?   ← {row.agency} asks to move {what} from {row.due_on:%d/%m/%Y} to "
              f"{event.args['to']:%d/%m/%Y}: {event.args['reason']}")
    elif event.action == "extend-approve":
        print(f"{when}  approved   ✎ {what}: deadline {after.due_on:%d/%m/%Y} "
              f"(originally {after.original_due_on:%d/%m/%Y}); follow-ups moved")
    else:
        print(f"{when}  refused    ✎ {what}: deadline stays {after.due_on:%d/%m/%Y}")


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
