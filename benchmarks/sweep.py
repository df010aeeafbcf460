"""The sweep at province scale: N assignments with their planned follow-ups, M of them due.

    .venv/bin/python benchmarks/sweep.py --assignments 1000000 --due 10000

Builds (once, cached under $DONDOC_HOME/bench, default ./data/bench) a SQLite database made
by the real migrations: the agencies of the shipped directory, one directive per 1,000
assignments, four assignments per clause (one lead, three supporting), each with the
follow-ups the shipped ladder plans for it — the past ones sent, or cancelled when the
assignment was done; the future ones pending — and M lead assignments due within a month
that have one reminder due now. Then, on a copy, it runs the real sweep flow (Prefect, the
outbox channel) at that instant and prints figures; the LAST line is one JSON object:

    assignments, due, followups (rows in the table), sent, claim_seconds (finding and
    claiming the due set, all batches), deliver_seconds (the dispatcher, all batches),
    horizon_seconds (rolling the planning horizon), sweep_seconds (the whole flow run, the
    Prefect server already up), batches, batch_size, outbox_files, build_seconds (0 when
    cached), and what Prefect itself costs here: prefect_server_start_seconds (a local
    `prefect server start` until healthy; skipped when PREFECT_API_URL names a server),
    prefect_flow_run_seconds (an empty flow run, heartbeat off as in dondoc's demo and tests),
    prefect_flow_run_with_heartbeat_seconds (the same with Prefect's default heartbeat),
    prefect_task_run_seconds (an empty task run inside a flow)

Targets (issue 4, SQLite, this 2-core machine): at N = 1,000,000 and M = 10,000,
claim_seconds ≤ 1 and sweep_seconds ≤ 30 with sent = M; claim_seconds at 1,000,000 no more
than twice its value at 100,000.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(_ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "benchmarks"]

NOW_LOCAL = "2026-03-10T09:00"  # a Tuesday morning in working hours
PER_CLAUSE = 4  # one lead, three supporting agencies
FMT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite


def _ts(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(tzinfo=None).strftime(FMT)


def build(path: Path, n: int, m: int, now: datetime) -> int:
    """Write the database; returns how many follow-up rows it has."""
    from config.directory import directory
    from models.db import engine_for, upgrade
    from planning.ladder import default_ladder, effective_due, local_instant, plan
    from planning.workdays import default_calendar

    if path.exists():
        path.unlink()
    upgrade(f"sqlite:///{path}")
    engine_for(f"sqlite:///{path}").dispose()
    ladder, cal = default_ladder(), default_calendar()
    today = (now + timedelta(hours=7)).date()
    entries = [e for e in directory() if e.code != directory().office.code]
    rnd = random.Random(4)

    # the ladder of each deadline, computed once per (deadline, role)
    templates: dict[tuple[date, str], list[tuple]] = {}

    def ladder_of(due: date, role: str, assigned: datetime):
        key = (due, role)
        if key not in templates:
            templates[key] = [(p.kind, p.recipient, p.due_at, p.repeat_days)
                              for p in plan(role=role, due_on=due, assigned_at=assigned, ladder=ladder, calendar=cal)]
        return templates[key]

    clauses = -(-n // PER_CLAUSE)
    near = [effective_due(today + timedelta(days=d), cal) for d in range(3, 31)]
    spread = sorted({effective_due(today + timedelta(days=d), cal) for d in range(-360, 361, 3)})

    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.executemany("INSERT INTO agency (id, code, name, kind, in_directory) VALUES (?, ?, ?, ?, 1)",
                   [(i + 1, e.code, e.name, e.kind) for i, e in enumerate(entries)])
    directives = -(-n // 1000)
    db.executemany(
        "INSERT INTO directive (id, issuer, number, subject, issued_on, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(d + 1, "UBND tỉnh Đắk Nông", f"{d + 1}/UBND-BENCH", "Văn bản thử tải", "2025-01-02", _ts(now))
         for d in range(directives)])
    fu_id = a_id = 0
    rows_c, rows_a, rows_f = [], [], []
    due_left = m

    def flush():
        db.executemany("INSERT INTO clause (id, directive_id, position, label, action, deadline_text) "
                       "VALUES (?, ?, ?, ?, ?, ?)", rows_c)
        db.executemany("INSERT INTO assignment (id, clause_id, agency_id, role, agency_text, deadline_on, due_on, "
                       "original_due_on, needs_review, cancelled, created_at, done_at, period) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, '')", rows_a)
        db.executemany("INSERT INTO followup (id, assignment_id, kind, recipient, due_at, repeat_days, status, "
                       "claimed_at, sent_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)", rows_f)
        rows_c.clear(), rows_a.clear(), rows_f.clear()

    for c in range(clauses):
        directive = c * PER_CLAUSE // 1000 + 1
        due = near[c % len(near)] if due_left > 0 else rnd.choice(spread)
        assigned = local_instant(due - timedelta(days=60), ladder.send_time)
        done_at = local_instant(due - timedelta(days=2), ladder.send_time) if due < today else None
        rows_c.append((c + 1, directive, c % 1000 + 1, str(c % 1000 + 1), "Thực hiện nhiệm vụ thử tải",
                       f"trước ngày {due.strftime('%d/%m/%Y')}"))
        picked = rnd.sample(entries, PER_CLAUSE)
        for i, entry in enumerate(picked):
            if a_id >= n:
                break
            a_id += 1
            role = "lead" if i == 0 else "support"
            agency_id = entries.index(entry) + 1
            rows_a.append((a_id, c + 1, agency_id, role, entry.name, due.isoformat(), due.isoformat(),
                           due.isoformat(), _ts(assigned), _ts(done_at) if done_at else None))
            for kind, recipient, due_at, repeat in ladder_of(due, role, assigned):
                fu_id += 1
                if done_at is not None and due_at > done_at:
                    status, sent = "cancelled", None
                elif due_at <= now:
                    status, sent = "sent", _ts(due_at)
                else:
                    status, sent = "pending", None
                rows_f.append((fu_id, a_id, kind, recipient, _ts(due_at), repeat, status, sent,
                               1 if status == "sent" else 0))
            if role == "lead" and due_left > 0:
                # the due set: one reminder each, fallen due in the last hours (microseconds keep
                # it apart from the planned 08:00 steps)
                due_left -= 1
                fu_id += 1
                late = timedelta(seconds=due_left % 10_000, microseconds=123)
                rows_f.append((fu_id, a_id, "reminder", "focal", _ts(now - late), None, "pending", None, 0))
        if len(rows_f) > 200_000:
            flush()
    flush()
    db.commit()
    db.execute("ANALYZE")
    db.commit()
    db.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, copied for each run
    db.close()
    if due_left:
        raise SystemExit(f"only {m - due_left} due follow-ups fit in {n} assignments")
    return fu_id


def _empty_flow():
    from prefect import flow

    @flow(name="bench-empty")
    def empty() -> None:
        return None

    return empty


def start_prefect(home: Path):
    """A Prefect server of our own on a free port, as production has a standing one (unless
    PREFECT_API_URL names one already); returns (the process or None, seconds to healthy)."""
    import socket
    import subprocess
    import urllib.request

    if os.environ.get("PREFECT_API_URL"):
        return None, 0.0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_UI_ENABLED": "false"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    while True:
        try:
            urllib.request.urlopen(f"{api}/health", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.perf_counter() - start > 120:
                proc.kill()
                raise SystemExit("the Prefect server did not start")
            time.sleep(0.3)
    os.environ["PREFECT_API_URL"] = api
    return proc, time.perf_counter() - start


def prefect_costs(rounds: int = 3, tasks: int = 50) -> dict:
    """What an empty flow run and an empty task run cost here, the server being up."""
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    from flows import many_short_runs

    @task(cache_policy=NO_CACHE)
    def nothing(i: int) -> int:
        return i

    empty = _empty_flow()

    @flow(name="bench-tasks")
    def with_tasks(n: int) -> None:
        for i in range(n):
            nothing(i)

    with many_short_runs():
        start = time.perf_counter()
        for _ in range(rounds):
            empty()
        flow_run = (time.perf_counter() - start) / rounds
        start = time.perf_counter()
        with_tasks(tasks)
        task_run = (time.perf_counter() - start - flow_run) / tasks
    start = time.perf_counter()
    empty()  # Prefect's defaults: with the heartbeat thread
    heartbeat = time.perf_counter() - start
    return {"prefect_flow_run_seconds": round(flow_run, 3), "prefect_task_run_seconds": round(task_run, 4),
            "prefect_flow_run_with_heartbeat_seconds": round(heartbeat, 3)}


def _stub_deliver(self, session, *, ids, token, now):
    """Record each claimed follow-up as sent without composing or sending anything: what the
    sweep costs on its own, whatever the dispatcher costs."""
    from models.followups import finish_many, load_claimed
    from notifiers.dispatch import Outcome

    out = Outcome()
    load_claimed(session, ids=ids, token=token)  # what a dispatcher needs to compose the batch
    out.sent = len(finish_many(session, ids=ids, token=token, status="sent", at=now))
    session.commit()
    return out


def run_sweep(url: str, now: datetime, batch_size: int, stub: bool = False) -> dict:
    """The real sweep flow, with the claim, delivery and horizon steps timed from inside."""
    from flows import chase, many_short_runs
    from models import followups
    from notifiers import dispatch

    if stub:
        dispatch.Dispatcher.deliver = _stub_deliver

    spent = {"claim": 0.0, "deliver": 0.0, "horizon": 0.0, "batches": 0}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
                if name == "claim":
                    spent["batches"] += 1
        return wrapper

    followups.claim_due = timed("claim", followups.claim_due)
    dispatch.Dispatcher.deliver = timed("deliver", dispatch.Dispatcher.deliver)
    chase.plan_horizons = timed("horizon", chase.plan_horizons)
    from flows.sweep import sweep

    with many_short_runs():
        start = time.perf_counter()
        outcome = sweep(now=now, batch_size=batch_size)
        total = time.perf_counter() - start
    spent["batches"] -= 1  # the last claim finds nothing
    return {"sent": outcome.sent, "failed": outcome.failed, "deferred": outcome.deferred, "sweep_seconds": total,
            **{f"{k}_seconds": round(v, 3) for k, v in spent.items() if k != "batches"},
            "batches": spent["batches"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignments", type=int, required=True, metavar="N")
    parser.add_argument("--due", type=int, required=True, metavar="M")
    parser.add_argument("--batch-size", type=int, default=None, help="follow-ups claimed per batch (default: the flow's)")
    parser.add_argument("--rebuild", action="store_true", help="build the database even if cached")
    parser.add_argument("--stub-dispatch", action="store_true",
                        help="mark claimed follow-ups sent without composing or sending: the sweep's own cost")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="dondoc-bench-"))
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect"))
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
    for name in [k for k in os.environ if k.startswith("DONDOC_") and k != "DONDOC_HOME"]:
        del os.environ[name]
    from config import reset_settings, settings
    from config.clock import parse_instant

    cache = settings().home / "bench"
    cache.mkdir(parents=True, exist_ok=True)
    template = cache / f"sweep-{args.assignments}-{args.due}.db"
    now = parse_instant(NOW_LOCAL)
    build_seconds = 0.0
    if args.rebuild or not template.exists():
        start = time.perf_counter()
        build(template, args.assignments, args.due, now)
        build_seconds = time.perf_counter() - start
        print(f"built {template} in {build_seconds:.1f} s", file=sys.stderr)

    db_path = work / "dondoc.db"
    shutil.copyfile(template, db_path)
    os.environ.update({"DONDOC_HOME": str(work), "DONDOC_DATABASE_URL": f"sqlite:///{db_path}",
                       "DONDOC_OUTBOX": str(work / "outbox")})
    reset_settings()
    with sqlite3.connect(db_path) as db:
        followup_rows = db.execute("SELECT count(*) FROM followup").fetchone()[0]
        due = db.execute("SELECT count(*) FROM followup WHERE status = 'pending' AND due_at <= ?",
                         (_ts(now),)).fetchone()[0]

    from flows.chase import BATCH

    batch_size = args.batch_size or BATCH
    server, server_seconds = start_prefect(work / "prefect")
    try:
        from flows import many_short_runs

        with many_short_runs():
            _empty_flow()()  # the client's first connection, registrations
        figures = run_sweep(settings().database_url, now, batch_size, stub=args.stub_dispatch)
        costs = {"prefect_server_start_seconds": round(server_seconds, 3), **prefect_costs()}
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
    outbox = len(list((work / "outbox").glob("*.txt"))) if (work / "outbox").exists() else 0
    result = {"assignments": args.assignments, "due": due, "followups": followup_rows, **figures,
              "batch_size": batch_size, "dispatch": "stub" if args.stub_dispatch else "real", "outbox_files": outbox, "build_seconds": round(build_seconds, 1), **costs}
    result["sweep_seconds"] = round(result["sweep_seconds"], 3)
    # what the sweep costs besides the dispatcher (claims, horizon, Prefect tasks, artifacts)
    result["sweep_without_deliver_seconds"] = round(result["sweep_seconds"] - result["deliver_seconds"], 3)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{args.assignments} assignments, {due} due: claimed in {result['claim_seconds']} s over "
          f"{result['batches']} batches, delivered in {result['deliver_seconds']} s, whole sweep "
          f"{result['sweep_seconds']} s, {result['sent']} sent", file=sys.stderr)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
