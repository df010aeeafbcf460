"""The `dondoc` command. Imports stay inside the commands: `dondoc parse` must start fast,
and only commands that run flows (ingest, sweep, demo, serve) pay for importing Prefect."""
from __future__ import annotations

import argparse
import json
import sys


def _instant(text: str):
    from config.clock import parse_instant

    try:
        return parse_instant(text)
    except Exception as exc:  # pendulum raises several kinds
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {text!r} ({exc})") from None


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def cmd_parse(args) -> int:
    from reader import ReaderError, read_file

    failed = 0
    for path in args.files:
        try:
            letter = read_file(path)
            obj = {"file": path, **letter.to_json()}
        except ReaderError as exc:
            obj = {"file": path, "error": str(exc)}
            failed += 1
        if args.json:
            print(json.dumps(obj, ensure_ascii=False), flush=True)
        else:
            _print_letter(obj)
    return 1 if failed else 0


def _print_letter(obj: dict) -> None:
    if "error" in obj:
        print(f"{obj['file']}: error: {obj['error']}", file=sys.stderr)
        return
    print(f"{obj['file']}: {obj.get('number')} — {obj.get('issuer')}, {obj.get('issued_on')}")
    print(f"  {obj.get('subject') or ''}")
    for t in obj["tasks"]:
        when = t["deadline"] or t["recurrence"] or "—"
        support = f" (phối hợp: {', '.join(t['support'])})" if t["support"] else ""
        print(f"  [{t['clause']}] {'; '.join(t['lead'])}{support} → {when}")


def _prefect_quiet() -> None:
    """Prefect prints a lot at INFO; the CLI reports for itself."""
    import os

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def cmd_ingest(args) -> int:
    _prefect_quiet()
    from flows.ingest import ingest_letter

    _calendar_warning(args.now)
    status = 0
    for path in args.files:
        state = ingest_letter(path=path, now=args.now, return_state=True)
        if not state.is_completed():
            print(f"error: {state.message}", file=sys.stderr)
            status = 1
            continue
        summary = state.result()
        if not summary["created"]:
            print(f"{path}: {summary['number']} of {summary['issuer']} is already stored; nothing changed")
            continue
        notices = summary["notices"]
        print(f"{path}: stored {summary['number']} of {summary['issuer']} as directive "
              f"#{summary['directive_id']}: {summary['assignments']} assignments "
              f"({summary['needs_review']} need review), {summary['followups']} follow-ups planned, "
              f"{notices['sent']} notices sent now"
              + (f", {notices['failed']} failed" if notices["failed"] else "")
              + (f", {notices['deferred']} to retry" if notices["deferred"] else ""))
    return status


def cmd_sweep(args) -> int:
    _prefect_quiet()
    from config.clock import local

    from config.clock import now as clock_now

    from flows.chase import in_working_hours
    from flows.sweep import sweep

    at = args.now or clock_now()
    outcome = sweep(now=at)
    if not in_working_hours(at):
        print(f"{local(at).format('YYYY-MM-DD HH:mm')} is outside working hours: nothing sent "
              "(what is due goes out in the next working window)")
    for line in outcome.lines:
        _print_line(line, local)
    print(f"sent {outcome.sent}, failed {outcome.failed}, deferred {outcome.deferred}, "
          f"cancelled {outcome.cancelled}, unknown {outcome.unknown}, "
          f"newly overdue {len(outcome.became_overdue)}")
    return 1 if outcome.failed else 0


def _print_line(line: dict, local) -> None:
    when = local(line["at"]).format("YYYY-MM-DD HH:mm")
    if "error" in line:
        print(f"{when}  FAILED {line['kind']} (follow-up #{line['followup']}): {line['error']}")
    else:
        print(f"{when}  {line['kind']:<10} → {line['agency']} [{line['to']} via {line['channel']}]")


def _calendar_warning(at=None) -> None:
    """Warn on stderr when this year or the next has no swap decisions entered."""
    from config import settings
    from config.clock import now
    from planning.status import local_date
    from planning.workdays import default_calendar

    warning = default_calendar().override_warning(local_date(at or now()), source=str(settings().calendar_file))
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def cmd_assignments(args) -> int:
    from config.clock import now
    from models import db
    from models.queries import assignments
    from planning.status import ALL

    if args.status and args.status not in ALL:
        print(f"unknown status {args.status!r}; one of: {', '.join(ALL)}", file=sys.stderr)
        return 2
    _calendar_warning(args.now)
    with db.session() as session:
        rows = assignments(session, now=args.now or now(), agency=args.agency, status=args.status)
    if args.json:
        for r in rows:
            print(json.dumps(r.to_json(), ensure_ascii=False))
        return 0
    print_table(rows)
    return 0


def print_table(rows) -> None:
    from planning.status import LABELS

    print(f"{'#':>5}  {'văn bản':<14} {'mục':<13} {'vai trò':<8} {'hạn':<10}  {'trạng thái':<36} cơ quan")
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else (r.recurrence or "—")
        clause = r.clause + (f" {r.period}" if r.period else "")
        label = LABELS[r.status] + (" (gia hạn)" if r.extended else "")
        print(f"{r.id:>5}  {r.directive:<14} {clause:<13} {r.role:<8} {due:<10}  "
              f"{label:<36} {r.agency}")


def cmd_done(args) -> int:
    from config.clock import now
    from models import db
    from models.store import StoreError, mark_done
    from models.queries import assignments

    with db.session() as session:
        try:
            a = mark_done(session, assignment_id=args.id, at=args.at or now(), note=args.note)
        except StoreError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        session.commit()
        view = [r for r in assignments(session, now=a.done_at) if r.id == a.id][0]
    closed = " (series closed)" if view.kind == "recurring" else ""
    print(f"#{a.id} {view.agency}, {view.directive} mục {view.clause}: {view.status}{closed}")
    return 0


def cmd_deliveries(args) -> int:
    from config.clock import local
    from models import db
    from notifiers.ledger import STATUSES, deliveries

    if args.status and args.status not in STATUSES:
        print(f"unknown status {args.status!r}; one of: {', '.join(STATUSES)}", file=sys.stderr)
        return 2
    with db.session() as session:
        rows = deliveries(session, agency=args.agency, status=args.status, limit=args.limit)
    if args.json:
        for r in rows:
            print(json.dumps(r.to_json(), ensure_ascii=False))
        return 0
    print(f"{'#':>6}  {'lúc':<16} {'loại':<10} {'văn bản':<14} {'mục':<5} {'người nhận':<10} "
          f"{'kênh':<8} {'trạng thái':<9} {'lần':>3}  cơ quan / mã / lỗi")
    for r in rows:
        detail = r.error if r.status != "sent" else (r.provider_id or "")
        print(f"{r.id:>6}  {local(r.attempted_at).format('YYYY-MM-DD HH:mm'):<16} {r.kind:<10} "
              f"{r.directive:<14} {r.clause:<5} {r.recipient:<10} {r.channel:<8} {r.status:<9} {r.attempts:>3}  "
              f"{r.agency}" + (f" — {detail}" if detail else ""))
    return 0


def cmd_channels(args) -> int:
    from config.clock import now
    from config.directory import directory
    from models import db
    from notifiers.ledger import clear_flags, find_agency, flags

    entry = find_agency(directory(), args.agency)
    if entry is None:
        print(f"error: no agency {args.agency!r} in the directory", file=sys.stderr)
        return 2
    if args.action == "clear":
        from notifiers.ledger import requeue_failed

        with db.session() as session:
            n = clear_flags(session, agency_code=entry.code, channel=args.channel)
            again = requeue_failed(session, agency_code=entry.code, now=args.now or now(), channel=args.channel)
            session.commit()
        print(f"{entry.name}: {n} flag(s) cleared, {again} failed follow-up(s) queued again")
        return 0
    if args.action == "show":
        from config import load_yaml, settings
        from notifiers.dispatch import _shown
        from notifiers.routes import RouteError, Routes, recipients

        routes = Routes(load_yaml(settings().channels_file))
        print(f"{entry.name} ({entry.code})")
        for label in ("focal", "head"):
            for who in recipients(directory(), entry, label):
                try:
                    chain = routes.chain(who)
                    shown = " → ".join(f"{t.channel} [{_shown(t.url, routes.secrets)}]" for t in chain)
                except RouteError as exc:
                    shown = f"error: {exc}"
                print(f"  {who.label:<6} {shown}")
        with db.session() as session:
            for f in flags(session, agency_code=entry.code):
                print(f"  FLAGGED {f.recipient} {f.channel} {f.address}: {f.reason}")
        return 0
    from notifiers.dispatch import default_dispatcher

    results = default_dispatcher().test(entry, now=now())
    for r in results:
        mark = "ok  " if r["ok"] else "FAIL"
        print(f"{mark} {r['recipient']:<7} {r['channel']:<8} {r['address']:<28} {r['detail']}")
    return 0 if results and all(r["ok"] for r in results) else 1

def _view(session, assignment_id: int, now):
    from models.queries import assignments

    return assignments(session, now=now, ids=[assignment_id])[0]


def cmd_review(args) -> int:
    from config.clock import now
    from config.directory import directory
    from models import db
    from models.lifecycle import review_queue
    from models.queries import assignments

    _calendar_warning(args.now)
    at = args.now or now()
    with db.session() as session:
        ids = [a.id for a in review_queue(session)]
        rows = sorted(assignments(session, now=at, ids=ids), key=lambda r: r.id) if ids else []
    if args.json:
        for r in rows:
            print(json.dumps({**r.to_json(), "suggestions": _suggest(r, directory())}, ensure_ascii=False))
        return 0
    if not rows:
        print("nothing waits for review")
        return 0
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else (r.recurrence or "no deadline")
        print(f"#{r.id}  {r.directive} mục {r.clause}  {r.role}  {r.agency_text}  → {due}")
        print(f"       why: {r.review_reason or '—'}")
        if suggestions := _suggest(r, directory()):
            print(f"       directory: {'; '.join(suggestions)}")
    print(f"\n{len(rows)} to review. Fix with: dondoc fix ID [--agency CODE|NAME] [--role lead|support] "
          "[--deadline YYYY-MM-DD | --recurrence EXPR]; confirm as read with: dondoc fix ID; "
          "withdraw with: dondoc cancel ID --reason TEXT")
    return 0


def _suggest(row, directory) -> list[str]:
    """Directory entries close to an agency the directory does not know (code: name)."""
    import difflib

    from config.directory import fold

    if not row.agency_code.startswith("x-"):
        return []
    names = {fold(e.name): e for e in directory}
    close = difflib.get_close_matches(fold(row.agency_text), list(names), n=3, cutoff=0.6)
    return [f"{names[n].code}: {names[n].name}" for n in close]


def _resolve_agency(text: str):
    from config.directory import directory

    d = directory()
    return d.entries.get(text) or d.resolve(text)


def cmd_fix(args) -> int:
    from config.clock import now
    from models import db
    from models.lifecycle import fix
    from models.store import StoreError
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    entry = None
    if args.agency:
        entry = _resolve_agency(args.agency)
        if entry is None:
            print(f"error: {args.agency!r} is not in the agency directory (give its code or name)", file=sys.stderr)
            return 1
    at = args.at or now()
    _calendar_warning(at)
    with db.session() as session:
        try:
            result = fix(session, assignment_id=args.id, now=at, ladder=default_ladder(),
                         calendar=default_calendar(), agency=entry, role=args.role, deadline=args.deadline,
                         recurrence=args.recurrence, until=args.until, note=args.note, by=args.by)
        except StoreError as exc:
            session.rollback()
            print(f"error: {exc}", file=sys.stderr)
            return 1
        session.commit()
        view = _view(session, args.id, at)
    print(f"#{view.id} {view.agency}, {view.directive} mục {view.clause}: " + "; ".join(result.changes))
    print(f"       {view.status}, {result.followups} follow-ups planned")
    return 0


def cmd_cancel(args) -> int:
    from config.clock import now
    from models import db
    from models.lifecycle import cancel
    from models.store import StoreError

    with db.session() as session:
        try:
            n = cancel(session, assignment_id=args.id, now=args.at or now(), reason=args.reason, by=args.by)
        except StoreError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        session.commit()
    print(f"#{args.id} cancelled; {n} pending follow-ups withdrawn")
    return 0


def cmd_extend(args) -> int:
    from config.clock import now
    from models import db
    from models import lifecycle
    from models.store import StoreError
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    at = args.at or now()
    _calendar_warning(at)
    if args.action == "list":
        return _list_extensions(args, at)
    with db.session() as session:
        try:
            if args.action == "request":
                ext = lifecycle.request_extension(session, assignment_id=args.id, to=args.to, reason=args.reason,
                                                  now=at, by=args.by)
            elif args.action == "approve":
                ext = lifecycle.approve_extension(session, assignment_id=args.id, now=at, to=args.to,
                                                  note=args.note, by=args.by, ladder=default_ladder(),
                                                  calendar=default_calendar())
            else:
                ext = lifecycle.refuse_extension(session, assignment_id=args.id, now=at, note=args.note,
                                                 by=args.by, ladder=default_ladder(), calendar=default_calendar())
        except StoreError as exc:
            session.rollback()
            print(f"error: {exc}", file=sys.stderr)
            return 1
        session.commit()
        view = _view(session, args.id, at)
    where = f"#{view.id} {view.agency}, {view.directive} mục {view.clause}"
    if ext.status == "requested":
        print(f"{where}: extension to {ext.requested_on.isoformat()} requested (deadline still "
              f"{ext.previous_due_on.isoformat()} until an operator decides)")
    elif ext.status == "approved":
        print(f"{where}: extension approved, deadline {view.due_on.isoformat()} (originally "
              f"{view.original_due_on.isoformat()}); {view.status}")
    else:
        print(f"{where}: extension refused, deadline stays {view.due_on.isoformat()}; {view.status}")
    return 0


def _list_extensions(args, at) -> int:
    from sqlmodel import select

    from models import db
    from models.queries import assignments
    from models.tables import Extension

    with db.session() as session:
        q = select(Extension).order_by(Extension.id)
        if args.status:
            q = q.where(Extension.status == args.status)
        if args.id:
            q = q.where(Extension.assignment_id == args.id)
        exts = session.exec(q).all()
        views = {v.id: v for v in assignments(session, now=at, ids=[e.assignment_id for e in exts])} if exts else {}
    for e in exts:
        v = views[e.assignment_id]
        obj = {"assignment": e.assignment_id, "directive": v.directive, "clause": v.clause, "agency": v.agency,
               "status": e.status, "requested_on": e.requested_on.isoformat(),
               "previous_due_on": e.previous_due_on.isoformat() if e.previous_due_on else None,
               "granted_on": e.granted_on.isoformat() if e.granted_on else None, "reason": e.reason,
               "requested_by": e.requested_by, "decision_note": e.decision_note}
        if args.json:
            print(json.dumps(obj, ensure_ascii=False))
        else:
            granted = f" → granted {obj['granted_on']}" if obj["granted_on"] else ""
            print(f"#{e.assignment_id}  {v.agency}, {v.directive} mục {v.clause}: {e.status}, "
                  f"{obj['previous_due_on']} → {obj['requested_on']}{granted}  ({e.reason})")
    if not exts and not args.json:
        print("no extension requests")
    return 0


def cmd_stats(args) -> int:
    from config.clock import now
    from models import db
    from models.queries import find_directive, stat_rows, stats
    from planning.status import local_date

    at = args.now or now()
    _calendar_warning(at)
    with db.session() as session:
        directive_id = None
        if args.directive:
            d = find_directive(session, args.directive)
            if d is None:
                print(f"error: no directive {args.directive!r} (give its số/ký hiệu or id)", file=sys.stderr)
                return 1
            directive_id = d.id
        rows = stat_rows(session, now=at, agency=args.agency, directive_id=directive_id)
    table = stats(rows, today=local_date(at))
    if args.json:
        for row in table:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    print_stats(table)
    return 0


def print_stats(table: list[dict]) -> None:
    """The province office's table: the four-way split per agency, extensions apart."""
    from models.queries import stats_total

    head = (f"{'cơ quan':<42} {'tổng':>5} {'trong hạn':>9} {'quá hạn':>8} {'đúng hạn':>9} "
            f"{'trễ hạn':>8} {'gia hạn':>8} {'ngày QH':>8} {'rà soát':>8} {'phối hợp':>9}")
    print(head)
    print("-" * len(head))
    for row in [*table, stats_total(table)] if table else []:
        if row["agency_code"] is None:
            print("-" * len(head))
        print(f"{row['agency'][:42]:<42} {row['total']:>5} {row['in_progress']:>9} {row['overdue']:>8} "
              f"{row['done_on_time']:>9} {row['done_late']:>8} {row['extended']:>8} "
              f"{row['days_overdue_max'] or '':>8} {row['needs_review'] or '':>8} {row['support'] or '':>9}")
    print("\nAssignments each agency leads (chủ trì). trong hạn: in progress within term; đúng hạn / trễ hạn: "
          "done on time / late; gia hạn: of these, extended (judged against the extended deadline); ngày QH: "
          "most calendar days overdue; rà soát: waiting for review (dondoc review), not counted; phối hợp: "
          "shares as a supporting agency, not judged")


def cmd_demo(args) -> int:
    _prefect_quiet()
    from dondoc.demo import run

    return run(home=args.home)


def cmd_serve(args) -> int:
    _prefect_quiet()
    from dondoc.serve import serve

    return serve(args.prefect_yaml)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dondoc", description="Follow up the assignments of directive letters.")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("parse", help="read letters and print what they assign")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--json", action="store_true", help="one JSON object per line per file")
    s.set_defaults(func=cmd_parse)

    s = sub.add_parser("ingest", help="store a letter's assignments and notify the agencies (Prefect flow)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--now", type=_instant, help="the ingest instant (ISO; local time if no offset)")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("sweep", help="send the follow-ups due now (Prefect flow)")
    s.add_argument("--now", type=_instant, help="the instant to sweep at (ISO; local time if no offset)")
    s.set_defaults(func=cmd_sweep)

    s = sub.add_parser("assignments", help="list assignments and their status")
    s.add_argument("--agency", help="an agency code or part of its name")
    s.add_argument("--status", help="in_progress, overdue, done_on_time, done_late, needs_review, cancelled")
    s.add_argument("--now", type=_instant, help="status as of this instant")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_assignments)

    s = sub.add_parser("done", help="record that an assignment is done (closes a recurring series)")
    s.add_argument("id", type=int)
    s.add_argument("--note")
    s.add_argument("--at", type=_instant, help="when it was done (ISO; local time if no offset)")
    s.set_defaults(func=cmd_done)

    s = sub.add_parser("deliveries", help="show the delivery ledger (one row per follow-up, channel, recipient)")
    s.add_argument("--agency", help="an agency code or part of its name")
    s.add_argument("--status", help="sending, sent, retrying, failed, unknown")
    s.add_argument("--limit", type=int, default=None, help="at most this many rows, newest first")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_deliveries)

    s = sub.add_parser("channels", help="test, show or clear an agency's channels")
    s.add_argument("action", choices=("test", "show", "clear"),
                   help="test: send a test message on each channel; show: the routes and flags; "
                        "clear: remove the agency's contact flags and queue its failed follow-ups again")
    s.add_argument("agency", help="an agency code or name")
    s.add_argument("--channel", help="clear: only this channel's flags")
    s.add_argument("--now", type=_instant, help="clear: when the failed follow-ups fall due again (default: now)")
    s.set_defaults(func=cmd_channels)

    s = sub.add_parser("review", help="list the assignments waiting for an operator, and why")
    s.add_argument("--now", type=_instant, help="status as of this instant")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_review)

    s = sub.add_parser("fix", help="correct an assignment's agency, role, deadline or recurrence, and re-plan")
    s.add_argument("id", type=int)
    s.add_argument("--agency", help="a directory code or name")
    s.add_argument("--role", choices=["lead", "support"])
    s.add_argument("--deadline", type=_date, help="YYYY-MM-DD (replaces the deadline: a correction, not an extension)")
    s.add_argument("--recurrence", help="e.g. monthly:day=20, quarterly, yearly:12-15, ongoing")
    s.add_argument("--until", type=_date, help="a recurring series ends after this day (YYYY-MM-DD)")
    s.add_argument("--note")
    s.add_argument("--by", help="who makes the change")
    s.add_argument("--at", type=_instant, help="when (ISO; local time if no offset; default now)")
    s.set_defaults(func=cmd_fix)

    s = sub.add_parser("cancel", help="withdraw an assignment: nothing more is sent about it")
    s.add_argument("id", type=int)
    s.add_argument("--reason", required=True)
    s.add_argument("--by")
    s.add_argument("--at", type=_instant)
    s.set_defaults(func=cmd_cancel)

    s = sub.add_parser("extend", help="extensions (gia hạn): request, approve, refuse, list")
    ext = s.add_subparsers(dest="action", required=True)
    e = ext.add_parser("request", help="record an agency's request for a later deadline")
    e.add_argument("id", type=int)
    e.add_argument("--to", type=_date, required=True, help="the new deadline asked for (YYYY-MM-DD)")
    e.add_argument("--reason", required=True)
    e.add_argument("--by", help="who asks (agency, person, letter number)")
    e.add_argument("--at", type=_instant)
    e = ext.add_parser("approve", help="grant the waiting request; follow-ups move to the new deadline")
    e.add_argument("id", type=int)
    e.add_argument("--to", type=_date, help="grant a different date than asked (YYYY-MM-DD)")
    e.add_argument("--note")
    e.add_argument("--by")
    e.add_argument("--at", type=_instant)
    e = ext.add_parser("refuse", help="refuse the waiting request; the deadline stands")
    e.add_argument("id", type=int)
    e.add_argument("--note")
    e.add_argument("--by")
    e.add_argument("--at", type=_instant)
    e = ext.add_parser("list", help="list extension requests")
    e.add_argument("id", type=int, nargs="?")
    e.add_argument("--status", choices=["requested", "approved", "refused"])
    e.add_argument("--json", action="store_true")
    e.add_argument("--at", type=_instant)
    s.set_defaults(func=cmd_extend)

    s = sub.add_parser("stats", help="the four-way split and days overdue per agency")
    s.add_argument("--directive", help="a directive's số/ký hiệu or id")
    s.add_argument("--agency", help="an agency code or part of its name")
    s.add_argument("--now", type=_instant, help="as of this instant")
    s.add_argument("--json", action="store_true", help="one object per agency")
    s.set_defaults(func=cmd_stats)

    s = sub.add_parser("demo", help="run the seed letter through simulated months, on the embedded default")
    s.add_argument("--home", default=None, help="data folder for the demo (default: ./data/demo, emptied first)")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("serve", help="serve the deployments of prefect.yaml on this machine, no worker")
    s.add_argument("--prefect-yaml", default=None, help="path of prefect.yaml (default: the project's)")
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
