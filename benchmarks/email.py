"""Reminder e-mails to a local SMTP server, the naive way and through dondoc's sender.

    python benchmarks/email.py --messages 1000

Starts an SMTP server on 127.0.0.1 (aiosmtpd), sends `--messages` reminder e-mails twice:
naive (a new Apprise object per message, as a script would) and through dondoc's e-mail
notifier (Apprise's URL parsing and message formatting, one SSL context and reused SMTP
connections). Both send the same HTML + plain-text reminder with a Vietnamese subject and
sender name. The last line is one JSON object: messages, received (counted by the server,
both runs), naive_seconds, dondoc_seconds, ratio (naive / dondoc).
"""
from __future__ import annotations

import sys
from pathlib import Path

# this file is named like the standard library's `email`: take its folder off sys.path
_ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(_ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "benchmarks"]

import argparse  # noqa: E402
import json  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402


class Counter:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def reminders(n: int):
    from notifiers.messages import Facts, Style, render

    style = Style(name="email")
    for i in range(n):
        facts = Facts(kind="reminder", assignment_id=i + 1, agency="Sở Kế hoạch và Đầu tư", role="lead",
                      number="2457/UBND-NC", issuer="UBND tỉnh Đắk Nông", issued_on=date(2018, 5, 25),
                      clause="5.2", action="", due_on=date(2018, 10, 1), deadline_text="trong Quý III/2018",
                      recurrence=None, days_left=7)
        yield i, render(facts, style, f"bench-{i}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=1000)
    args = p.parse_args()

    import apprise
    from aiosmtpd.controller import Controller

    from notifiers.email import EmailNotifier

    counter = Counter()
    port = free_port()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        url = (f"mailto://127.0.0.1:{port}?from=dondoc@daknong.gov.vn&name=Văn phòng UBND tỉnh Đắk Nông"
               "&to=vanthu{i}@daknong.gov.vn")
        messages = list(reminders(args.messages))

        started = time.perf_counter()
        naive_ok = 0
        for i, m in messages:
            a = apprise.Apprise()
            a.add(url.format(i=i))
            naive_ok += bool(a.notify(title=m.subject, body=m.html, body_format=apprise.NotifyFormat.HTML))
        naive = time.perf_counter() - started

        sender = EmailNotifier()
        started = time.perf_counter()
        dondoc_ok = 0
        for i, m in messages:
            sender.send(url.format(i=i), m)
            dondoc_ok += 1
        sender.close()
        dondoc = time.perf_counter() - started

        deadline = time.monotonic() + 10
        while counter.count < naive_ok + dondoc_ok and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        controller.stop()
    print(f"naive: {naive:.2f} s ({naive / args.messages * 1000:.1f} ms/message); "
          f"dondoc: {dondoc:.2f} s ({dondoc / args.messages * 1000:.2f} ms/message)", file=sys.stderr)
    print(json.dumps({"messages": args.messages, "received": counter.count, "naive_sent": naive_ok,
                      "dondoc_sent": dondoc_ok, "naive_seconds": round(naive, 3),
                      "dondoc_seconds": round(dondoc, 3), "ratio": round(naive / dondoc, 1)}))
    return 0 if counter.count == 2 * args.messages else 1


if __name__ == "__main__":
    sys.exit(main())
