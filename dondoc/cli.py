"""The `dondoc` command. Imports stay inside the commands: `dondoc parse` must start fast,
and only commands that run flows pay for importing Prefect."""
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

    from flows.sweep import sweep

    outcome = sweep(now=args.now)
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


def cmd_assignments(args) -> int:
    from config.clock import now
    from models import db
    from models.queries import assignments
    from planning.status import ALL

    if args.status and args.status not in ALL:
        print(f"unknown status {args.status!r}; one of: {', '.join(ALL)}", file=sys.stderr)
        return 2
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

    print(f"{'#':>5}  {'văn bản':<14} {'mục':<5} {'vai trò':<8} {'hạn':<10}  {'trạng thái':<26} cơ quan")
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else (r.recurrence or "—")
        print(f"{r.id:>5}  {r.directive:<14} {r.clause:<5} {r.role:<8} {due:<10}  "
              f"{LABELS[r.status]:<26} {r.agency}")


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
    print(f"#{a.id} {view.agency}, {view.directive} mục {view.clause}: {view.status}")
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

    s = sub.add_parser("done", help="record that an assignment is done")
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
