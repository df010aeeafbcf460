"""Reminders as real e-mail to an SMTP server on 127.0.0.1, and what happens when it is down."""
from __future__ import annotations

import email
from email import policy

import pytest
import yaml
from sqlmodel import select

from config.clock import parse_instant
from conftest import free_port
from helpers import deliver_due, store_seed

SECRET = "s3cr3t-Pa55-word"


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def use_channels(tmp_path, monkeypatch, url: str, **env):
    from config import reset_settings

    path = tmp_path / "channels.yaml"
    path.write_text(yaml.safe_dump({"routes": {"email": url}, "default": ["email"]}, allow_unicode=True),
                    encoding="utf-8")
    monkeypatch.setenv("DONDOC_CHANNELS", str(path))
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    reset_settings()


def test_reminder_arrives_as_vietnamese_email(home, tmp_path, monkeypatch, smtp):
    controller, inbox = smtp
    use_channels(tmp_path, monkeypatch,
                 f"mailto://127.0.0.1:{controller.port}?to={{email}}&from=dondoc@daknong.gov.vn"
                 f"&name=Văn phòng UBND tỉnh Đắk Nông")
    store_seed()
    outcome = deliver_due("2018-09-20T08:00")  # notices of 25/5, then the 7-day reminders
    assert outcome.failed == 0 and outcome.sent == len(inbox.messages) > 2

    reminders = []
    for envelope in inbox.messages:
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        if msg["Subject"].startswith("[Nhắc việc]"):
            reminders.append((envelope.rcpt_tos, msg))
    assert len(reminders) == 2
    rcpt, msg = next(r for r in reminders if r[0] == ["vanthu.skhdt@daknong.gov.vn"])
    assert msg["Subject"] == "[Nhắc việc] 2457/UBND-NC mục 5.2: còn 7 ngày làm việc"
    assert "Văn phòng UBND tỉnh Đắk Nông" in str(msg["From"])
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "Kính gửi: Sở Kế hoạch và Đầu tư" in body
    assert "Thời hạn: 01/10/2018 (trong Quý III/2018)" in body
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert "<b>Thời hạn: 01/10/2018 (trong Quý III/2018)</b>" in html
    # the Message-ID carries the ledger's idempotency key: a resend is the same message
    from models import db
    from models.tables import Delivery

    with db.session() as session:
        row = session.exec(select(Delivery).where(Delivery.provider_id == msg["Message-ID"])).one()
    assert row.idempotency_key in msg["Message-ID"] and row.status == "sent"


def test_dead_smtp_server_defers_without_leaking_the_password(home, tmp_path, monkeypatch, smtp):
    from models import db
    from models.tables import Delivery, FollowUp

    controller, inbox = smtp
    dead = free_port()
    use_channels(tmp_path, monkeypatch,
                 f"mailto://dondoc:${{DONDOC_TEST_SMTP_PASSWORD}}@127.0.0.1:{dead}?to={{email}}"
                 f"&from=dondoc@daknong.gov.vn",
                 DONDOC_TEST_SMTP_PASSWORD=SECRET)
    store_seed()
    outcome = deliver_due("2018-05-25T08:00")
    assert outcome.sent == 0 and outcome.deferred > 0 and outcome.failed == 0

    with db.session() as session:
        rows = session.exec(select(Delivery)).all()
        pending = session.exec(select(FollowUp).where(FollowUp.status == "pending")).all()
    assert rows and all(r.status == "retrying" and r.error for r in rows)  # transient: tried again later
    everything = " ".join(f"{r.target} {r.error}" for r in rows) + str(outcome.lines)
    assert SECRET not in everything
    retry_at = min(f.due_at for f in pending if f.kind == "assigned")
    assert retry_at > parse_instant("2018-05-25T08:00")  # retried later, not lost

    # the server comes back (same route, live port): the retry delivers each notice once
    use_channels(tmp_path, monkeypatch,
                 f"mailto://127.0.0.1:{controller.port}?to={{email}}&from=dondoc@daknong.gov.vn")
    again = deliver_due("2018-05-25T09:00")
    assert again.sent == outcome.deferred == len(inbox.messages)
    assert deliver_due("2018-05-25T09:00").sent == 0


class Picky(Inbox):
    """A mail server that knows no such mailbox as vanthu.skhdt@…"""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("vanthu.skhdt@"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_refused_mailbox_is_flagged_and_the_next_channel_takes_over(home, tmp_path, monkeypatch):
    from aiosmtpd.controller import Controller

    from config import reset_settings
    from helpers import outbox_messages
    from models import db
    from models.tables import ContactFlag

    inbox = Picky()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        path = tmp_path / "channels.yaml"
        path.write_text(yaml.safe_dump({"routes": {
            "email": f"mailto://127.0.0.1:{controller.port}?to={{email}}&from=dondoc@daknong.gov.vn",
            "outbox": "outbox://{agency}/{recipient}"}, "default": ["email", "outbox"]}), encoding="utf-8")
        monkeypatch.setenv("DONDOC_CHANNELS", str(path))
        reset_settings()
        store_seed()
        outcome = deliver_due("2018-05-25T08:00")
    finally:
        controller.stop()
    assert outcome.failed == 0 and outcome.flagged == 1
    fallback = outbox_messages(home)
    assert fallback and {m["to"] for m in fallback} == {"so-ke-hoach-va-dau-tu/focal"}
    assert outcome.sent == len(inbox.messages) + len(fallback)
    with db.session() as session:
        [flag] = session.exec(select(ContactFlag)).all()
    assert (flag.channel, flag.address) == ("email", "vanthu.skhdt@daknong.gov.vn") and "550" in flag.reason
