"""Reminders through Zalo (ZNS, OA), eSMS, SpeedSMS and e-mail, against local servers that
answer like the real ones: success, permanent and transient errors, fallback to the next
channel, retry after a crash, quota, refresh-token rotation, and no secret anywhere."""
from __future__ import annotations

import logging
import threading
import uuid
from datetime import timedelta

import pytest
import yaml
from sqlalchemy import text, update
from sqlmodel import select

from config.clock import parse_instant
from conftest import ROOT, free_port
from helpers import deliver_due, store_seed
from standins import (StandIn, TokenEndpoint, basic_user, esms_error, esms_ok, oa_ok, speedsms_error,
                      speedsms_ok, zalo_error, zns_ok)

APP, SECRET, SEED = "4321987650", "zalo-app-S3CRET-key", "RT-seed-0f8e7d"
ESMS_KEY, ESMS_SECRET, SPEED_TOKEN = "esms-API-key-777", "esms-S3CRET-888", "speedsms-T0KEN-999"
SECRETS = (SECRET, SEED, ESMS_KEY, ESMS_SECRET, SPEED_TOKEN)

KHDT, LDTBXH = "84900000004", "84900000012"  # the focal points of the two 7-day reminders
REMINDERS_7 = "2018-09-20T08:00"  # Sở KH&ĐT (5.2) and Sở LĐ-TB&XH (5.3), 7 working days before 1/10
REMINDERS_3 = "2018-09-26T08:00"


@pytest.fixture
def channels(home, tmp_path, monkeypatch):
    """Write a channels file (and optionally a changed agency directory) and use it."""
    from config import reset_settings

    def use(routes: dict, default: list, *, retry: dict | None = None, agencies=None, **env):
        data = {"routes": routes, "default": default, "retry": retry or {"attempts": 2}}
        path = tmp_path / "channels.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        monkeypatch.setenv("DONDOC_CHANNELS", str(path))
        env = {"ZALO_SECRET": SECRET, "ZALO_REFRESH": SEED, "ESMS_KEY": ESMS_KEY, "ESMS_SECRET": ESMS_SECRET,
               "SPEED_TOKEN": SPEED_TOKEN, **env}
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        if agencies is not None:
            directory = yaml.safe_load((ROOT / "config" / "agencies.yaml").read_text(encoding="utf-8"))
            agencies(directory)
            apath = tmp_path / "agencies.yaml"
            apath.write_text(yaml.safe_dump(directory, allow_unicode=True), encoding="utf-8")
            monkeypatch.setenv("DONDOC_AGENCIES", str(apath))
        reset_settings()

    return use


def zns_route(zns: StandIn, token: StandIn, extra: str = "") -> str:
    return (f"zns://{APP}/{{phone}}?template=T100&secret=${{ZALO_SECRET}}&refresh=${{ZALO_REFRESH}}"
            f"&base={zns.base}&oauth={token.base}{extra}")


def esms_route(esms: StandIn) -> str:
    return f"esms://${{ESMS_KEY}}:${{ESMS_SECRET}}@{{phone}}?brandname=UBND_DAKNONG&base={esms.base}"


def seed_sent_before(at: str) -> None:
    """Store the seed letter and take every follow-up due before `at` as already sent, so that
    a sweep at `at` sends only what falls due then."""
    from models import db
    from models.tables import FollowUp

    store_seed()
    with db.session() as session:
        session.execute(update(FollowUp).where(FollowUp.due_at < parse_instant(at)).values(status="sent"))
        session.commit()


def ledger():
    from models import db
    from models.tables import Delivery

    with db.session() as session:
        return session.exec(select(Delivery).order_by(Delivery.id)).all()


def flags():
    from models import db
    from models.tables import ContactFlag

    with db.session() as session:
        return session.exec(select(ContactFlag)).all()


def followup_statuses() -> set[str]:
    """The statuses of the follow-ups the ledger has rows for."""
    from models import db
    from models.tables import FollowUp

    ids = {r.followup_id for r in ledger()}
    with db.session() as session:
        return {f.status for f in session.exec(select(FollowUp).where(FollowUp.id.in_(ids)))}


# --- Zalo ZNS ---------------------------------------------------------------------------------


def test_zns_reminders_go_out_with_a_refreshed_token_and_rotate_it(channels):
    from models import db

    tokens = TokenEndpoint(SEED, SECRET)
    revoked: set[str] = set()

    def zns_answer(req):
        if req["headers"].get("access_token") in revoked:
            return zalo_error(-124, "Access token invalid")
        return zns_ok((500, 480))(req)

    with StandIn(tokens) as token, StandIn(zns_answer) as zns:
        channels({"zalo": zns_route(zns, token)}, ["zalo"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
        assert out.sent == 2 and tokens.calls == 1

        phones = sorted(r["body"]["phone"] for r in zns.requests)
        assert phones == [KHDT, LDTBXH]
        req = next(r for r in zns.requests if r["body"]["phone"] == KHDT)
        assert req["headers"]["access_token"] == tokens.issued[0]
        data = req["body"]["template_data"]
        assert (data["number"], data["clause"], data["deadline"], data["days"]) == ("2457/UBND-NC", "5.2",
                                                                                   "01/10/2018", "7")
        rows = {r.idempotency_key: r for r in ledger()}
        assert req["body"]["tracking_id"] in {k.replace("-", "_") for k in rows}
        assert all(r.status == "sent" and r.provider_id for r in rows.values())

        with db.engine().connect() as conn:
            stored = " ".join(str(v) for row in conn.execute(text("SELECT * FROM oauth_token")) for v in row)
            quota = conn.execute(text("SELECT daily_quota, remaining FROM provider_quota")).one()
        assert tokens.issued[0] not in stored and SEED not in stored and "RT-" not in stored
        assert tuple(quota) == (500, 480)

        # Zalo stops taking the access token: dondoc refreshes it with the refresh token it got
        # last time (the seed is used up) and sends again, each reminder once
        revoked.add(tokens.issued[0])
        before = len(zns.requests)
        out = deliver_due(REMINDERS_3)
        assert out.sent == 2 and tokens.calls == 2
        accepted = [r for r in zns.requests[before:] if r["headers"]["access_token"] not in revoked]
        assert sorted(r["body"]["phone"] for r in accepted) == [KHDT, LDTBXH]


def test_two_processes_refresh_the_token_once(home, tmp_path):
    from models import db
    from notifiers.state import TokenStore

    tokens = TokenEndpoint(SEED, SECRET, delay=0.3)
    got, errors = [], []
    with StandIn(tokens) as token:
        db.engine()
        stores = [TokenStore(db.engine_for(str(db.engine().url))) for _ in range(3)]
        barrier = threading.Barrier(len(stores))

        def worker(store):
            barrier.wait()
            try:
                got.append(store.access_token(app_id=APP, secret=SECRET, seed=SEED, oauth_base=token.base)[0])
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(s,)) for s in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert not errors
    assert tokens.calls == 1 and got == [tokens.issued[0]] * 3


def test_invalid_phone_falls_back_to_sms_and_flags_the_contact(channels, capsys):
    from dondoc.cli import main

    def zns_answer(req):
        return zalo_error(-108, "Phone number invalid") if req["body"]["phone"] == KHDT else zns_ok()(req)

    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn(zns_answer) as zns, StandIn(esms_ok) as esms:
        channels({"zalo": zns_route(zns, token), "sms": esms_route(esms)}, ["zalo", "sms"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
        assert out.sent == 2 and out.flagged == 1
        assert [r["body"]["Phone"] for r in esms.requests] == [KHDT]
        sms = esms.requests[0]["body"]
        assert sms["Content"].isascii() and "2457/UBND-NC" in sms["Content"] and "01/10/2018" in sms["Content"]
        assert sms["IsUnicode"] == "0" and sms["Brandname"] == "UBND_DAKNONG"
        assert sms["RequestId"] == next(r.idempotency_key for r in ledger() if r.channel == "sms")
        [flag] = flags()
        assert (flag.channel, flag.address, flag.agency_code) == ("zalo", KHDT, "so-ke-hoach-va-dau-tu")
        assert "-108" in flag.reason

        # the next reminder does not ask Zalo about that number again
        zns_before = len(zns.requests)
        deliver_due(REMINDERS_3)
        assert [r["body"]["phone"] for r in zns.requests[zns_before:]] == [LDTBXH]
        assert [r["body"]["Phone"] for r in esms.requests] == [KHDT, KHDT]

    assert main(["deliveries", "--status", "failed"]) == 0
    shown = capsys.readouterr().out
    assert "zalo" in shown and "-108" in shown and "Sở Kế hoạch và Đầu tư" in shown
    assert main(["channels", "clear", "so-ke-hoach-va-dau-tu"]) == 0
    assert flags() == []


def test_rejected_template_skips_zalo_for_the_batch_without_flagging_anyone(channels):
    with StandIn(TokenEndpoint(SEED, SECRET)) as token, \
            StandIn([zalo_error(-109, "Template ID invalid")]) as zns, StandIn(esms_ok) as esms:
        channels({"zalo": zns_route(zns, token), "sms": esms_route(esms)}, ["zalo", "sms"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
    assert out.sent == 2 and len(zns.requests) == 1 and len(esms.requests) == 2
    assert flags() == []
    assert [r.status for r in ledger() if r.channel == "zalo"] == ["failed"]


def test_transient_errors_retry_later_then_the_next_channel_takes_over(channels):
    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn([(503, {"error": "busy"})]) as zns, \
            StandIn(esms_ok) as esms:
        channels({"zalo": zns_route(zns, token), "sms": esms_route(esms)}, ["zalo", "sms"],
                 retry={"attempts": 2, "first_minutes": 30})
        seed_sent_before(REMINDERS_7)
        first = deliver_due(REMINDERS_7)
        assert first.deferred == 2 and first.sent == 0 and esms.requests == []
        assert followup_statuses() == {"pending"}
        assert deliver_due(REMINDERS_7).sent == 0  # not due again yet: backoff

        second = deliver_due("2018-09-20T09:00")  # the retry: Zalo still down, attempts used up → SMS
    assert second.sent == 2 and len(zns.requests) == 4 and len(esms.requests) == 2
    assert sorted((r.channel, r.status, r.attempts) for r in ledger()) == [
        ("sms", "sent", 1), ("sms", "sent", 1), ("zalo", "failed", 2), ("zalo", "failed", 2)]


def test_a_timeout_is_recorded_unknown_and_not_resent(channels):
    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn([("hang", 1.5)]) as zns, \
            StandIn(esms_ok) as esms:
        channels({"zalo": zns_route(zns, token, "&rto=0.3"), "sms": esms_route(esms)}, ["zalo", "sms"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
        assert out.unknown == 2 and out.sent == 0
        assert deliver_due("2018-09-21T08:00").sent == 0
    assert len(zns.requests) == 2 and esms.requests == []
    assert {r.status for r in ledger()} == {"unknown"}
    assert followup_statuses() == {"unknown"}


def test_a_used_up_zns_quota_sends_the_rest_by_sms(channels):
    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn(zns_ok((2, 0))) as zns, \
            StandIn(esms_ok) as esms:
        channels({"zalo": zns_route(zns, token), "sms": esms_route(esms)}, ["zalo", "sms"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
    assert out.sent == 2 and len(zns.requests) == 1 and len(esms.requests) == 1
    assert flags() == []


# --- Zalo OA ------------------------------------------------------------------------------------


def test_oa_messages_reach_followers_and_others_fall_back_to_email(channels):
    from test_email import Inbox

    from aiosmtpd.controller import Controller

    def give_zalo_ids(directory):
        for a in directory["agencies"]:
            if a["code"] in ("so-ke-hoach-va-dau-tu", "so-lao-dong-tbxh"):
                a["focal"]["zalo"] = f"uid-{a['code']}"

    def oa_answer(req):
        if req["body"]["recipient"]["user_id"] == "uid-so-lao-dong-tbxh":
            return zalo_error(-213, "User has not followed OA")
        return oa_ok(req)

    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn(oa_answer) as oa:
            channels({"zalo": f"zalooa://{APP}/{{zalo}}?secret=${{ZALO_SECRET}}&refresh=${{ZALO_REFRESH}}"
                              f"&base={oa.base}&oauth={token.base}",
                      "email": f"mailto://127.0.0.1:{smtp.port}?to={{email}}&from=dondoc@daknong.gov.vn"},
                     ["zalo", "email"], agencies=give_zalo_ids)
            seed_sent_before(REMINDERS_7)
            out = deliver_due(REMINDERS_7)
    finally:
        smtp.stop()
    assert out.sent == 2
    assert all(r["path"] == "/v3.0/oa/message/cs" for r in oa.requests)
    text_ = next(r for r in oa.requests if r["body"]["recipient"]["user_id"] == "uid-so-ke-hoach-va-dau-tu")
    assert text_["body"]["message"]["text"].startswith("[Nhắc việc] 2457/UBND-NC mục 5.2")
    assert [e.rcpt_tos for e in inbox.messages] == [["vanthu.sldtbxh@daknong.gov.vn"]]
    [flag] = flags()
    assert (flag.channel, flag.address) == ("zalo", "uid-so-lao-dong-tbxh")


# --- SMS gateways -----------------------------------------------------------------------------


@pytest.mark.parametrize("code, permanent, flagged", [("101", True, False), ("108", True, True),
                                                      ("103", False, False), ("140", True, False)])
def test_esms_errors(channels, code, permanent, flagged):
    with StandIn([esms_error(code)]) as esms, StandIn(speedsms_ok) as speed:
        channels({"sms": esms_route(esms),
                  "sms2": f"speedsms://${{SPEED_TOKEN}}@{{phone}}?sender=UBND&base={speed.base}"},
                 ["sms", "sms2"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
    # every one of these moves on to the second gateway at once; only the phone's fault is flagged
    assert out.sent == 2 and len(speed.requests) == 2
    assert bool(flags()) == flagged
    assert len(esms.requests) == (2 if flagged else 1)  # a channel-wide error is not repeated
    assert {basic_user(r) for r in speed.requests} == {SPEED_TOKEN}


def test_speedsms_invalid_phone_is_flagged_and_balance_is_not(channels):
    answers = {KHDT: speedsms_error("105"), LDTBXH: speedsms_ok(None)}
    with StandIn(lambda req: answers[req["body"]["to"][0]]) as speed, StandIn(esms_ok) as esms:
        channels({"sms": f"speedsms://${{SPEED_TOKEN}}@{{phone}}?sender=UBND&base={speed.base}",
                  "sms2": esms_route(esms)}, ["sms", "sms2"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
    assert out.sent == 2 and [r["body"]["Phone"] for r in esms.requests] == [KHDT]
    assert [(f.channel, f.address) for f in flags()] == [("sms", KHDT)]
    assert speed.requests[0]["body"]["sender"] == "UBND" and speed.requests[0]["body"]["content"].isascii()


# --- crashes ------------------------------------------------------------------------------------


class Crash(BaseException):
    """The process dies (as with SIGKILL): nothing after it runs."""


def crash_after_send(dispatcher):
    """Make every notifier of `dispatcher` die right after its message went out."""
    for schema, notifier in list(dispatcher.notifiers.items()):
        class Dying(type(notifier)):
            def send(self, url, message, _real=notifier):
                _real.send(url, message)
                raise Crash()
        dying = Dying.__new__(Dying)
        dying.__dict__.update(notifier.__dict__)
        dispatcher.notifiers[schema] = dying


def sweep_that_dies(at: str) -> None:
    from config.clock import now as wall
    from models import db
    from models.followups import claim_due
    from notifiers.dispatch import default_dispatcher

    d = default_dispatcher()
    crash_after_send(d)
    with db.session() as session:
        ids = claim_due(session, now=parse_instant(at), wall_now=wall(), token="dead", limit=10)
        with pytest.raises(Crash):
            d.deliver(session, ids=ids, token="dead", now=parse_instant(at))


def sweep_after_the_lease(at: str):
    from config.clock import now as wall
    from models import db
    from models.followups import LEASE, claim_due
    from notifiers.dispatch import Outcome, default_dispatcher

    total, d, token = Outcome(), default_dispatcher(), uuid.uuid4().hex
    with db.session() as session:
        while ids := claim_due(session, now=parse_instant(at), wall_now=wall() + LEASE + timedelta(minutes=1),
                               token=token, limit=10):
            total.add(d.deliver(session, ids=ids, token=token, now=parse_instant(at)))
    return total


def test_esms_message_caught_in_a_crash_is_resent_under_the_same_request_id(channels):
    seen: set[str] = set()

    def esms_answer(req):
        rid = req["body"]["RequestId"]
        if rid in seen:
            return esms_error("124")  # eSMS: a RequestId already accepted
        seen.add(rid)
        return esms_ok(req)

    with StandIn(esms_answer) as esms:
        channels({"sms": esms_route(esms)}, ["sms"])
        seed_sent_before(REMINDERS_7)
        sweep_that_dies(REMINDERS_7)
        assert {r.status for r in ledger()} == {"sending"}
        out = sweep_after_the_lease(REMINDERS_7)
    assert out.sent == 2 and len(seen) == 2  # each SMS accepted once; the other reached the phone once
    assert {r.status for r in ledger()} == {"sent"}


def test_an_email_caught_in_a_crash_is_unknown_and_the_rest_go_out(channels):
    from test_email import Inbox

    from aiosmtpd.controller import Controller

    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        channels({"email": f"mailto://127.0.0.1:{smtp.port}?to={{email}}&from=dondoc@daknong.gov.vn"}, ["email"])
        seed_sent_before(REMINDERS_7)
        sweep_that_dies(REMINDERS_7)  # the first e-mail leaves, then the process dies
        out = sweep_after_the_lease(REMINDERS_7)
    finally:
        smtp.stop()
    assert out.unknown == 1 and out.sent == 1
    assert len(inbox.messages) == 2  # nothing lost, nothing sent twice
    assert sorted(r.status for r in ledger()) == ["sent", "unknown"]


# --- secrets ------------------------------------------------------------------------------------


def test_no_secret_in_any_log_line_ledger_row_error_or_flag(channels, caplog, capsys):
    from dondoc.cli import main
    from models import db

    caplog.set_level(logging.DEBUG)
    logging.getLogger("apprise").propagate = True  # Apprise's own lines too, for this test
    try:
        with StandIn(TokenEndpoint("another-seed", SECRET)) as token, StandIn(zns_ok()) as zns, \
                StandIn([esms_error("101")]) as esms, StandIn([speedsms_error("105")]) as speed:
            channels({"zalo": zns_route(zns, token), "sms": esms_route(esms),
                      "sms2": f"speedsms://${{SPEED_TOKEN}}@{{phone}}?sender=UBND&base={speed.base}"},
                     ["zalo", "sms", "sms2"])
            seed_sent_before(REMINDERS_7)
            out = deliver_due(REMINDERS_7)
            main(["deliveries"])
            main(["channels", "show", "so-ke-hoach-va-dau-tu"])
            main(["channels", "test", "so-ke-hoach-va-dau-tu"])
    finally:
        logging.getLogger("apprise").propagate = False
    assert out.failed == 2  # the token is refused, the key is wrong, the phones are flagged
    printed = capsys.readouterr()
    with db.engine().connect() as conn:
        stored = " ".join(str(v) for table in ("delivery", "contact_flag", "oauth_token", "provider_quota")
                          for row in conn.execute(text(f"SELECT * FROM {table}")) for v in row)
    everything = "\n".join([caplog.text, printed.out, printed.err, str(out.lines), stored])
    assert "refresh token" in everything and "101" in everything  # the errors are there …
    for secret in SECRETS:
        assert secret not in everything  # … the secrets are not


# --- recipients, quota on the last channel, an operator's fix -------------------------------------


def test_escalations_reach_every_escalation_recipient(channels):
    from helpers import outbox_messages

    def two_office_contacts(directory):
        directory["escalation"] = {"office": [
            {"title": "Chánh Văn phòng", "email": "cvp@daknong.gov.vn"},
            {"title": "Phó Chủ tịch phụ trách", "email": "pct@daknong.gov.vn"},
        ]}

    channels({"outbox": "outbox://{agency}/{recipient}"}, ["outbox"], agencies=two_office_contacts)
    seed_sent_before(REMINDERS_7)
    out = deliver_due("2018-10-04T08:00")  # 5.2 and 5.3 reach their deadline; 5.3 escalates on 4/10
    from config import settings

    escalations = [m for m in outbox_messages(settings().home) if m["subject"].startswith("[Báo cáo quá hạn]")]
    tos = [m["to"] for m in escalations]
    assert tos.count("van-phong-ubnd-tinh/office") == tos.count("van-phong-ubnd-tinh/office2") >= 1
    assert out.messages == out.sent + len(tos) // 2  # each escalation: one follow-up, two messages


def test_a_used_up_quota_on_the_last_channel_waits_for_the_next_working_day(channels):
    from models import db
    from models.tables import FollowUp

    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn(zns_ok((2, 0))) as zns:
        channels({"zalo": zns_route(zns, token)}, ["zalo"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)  # Thursday 20/9/2018
    assert out.sent == 1 and out.deferred == 1 and len(zns.requests) == 1
    with db.session() as session:
        waiting = session.exec(select(FollowUp).where(FollowUp.status == "pending",
                                                      FollowUp.kind == "reminder")).all()
    assert parse_instant("2018-09-21T07:30") in {f.due_at for f in waiting}


def test_an_operator_fix_sends_a_failed_follow_up_again(channels, capsys):
    from dondoc.cli import main

    fixed = []

    def zns_answer(req):
        if req["body"]["phone"] == KHDT and not fixed:
            return zalo_error(-118, "Zalo account not existed")
        return zns_ok()(req)

    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn(zns_answer) as zns:
        channels({"zalo": zns_route(zns, token)}, ["zalo"])
        seed_sent_before(REMINDERS_7)
        out = deliver_due(REMINDERS_7)
        assert out.sent == 1 and out.failed == 1 and out.flagged == 1
        assert deliver_due("2018-09-21T08:00").sent == 0  # nothing is tried while it waits for an operator

        fixed.append(True)  # the focal point registers Zalo; the operator clears the flag
        assert main(["channels", "clear", "Sở KH&ĐT", "--now", "2018-09-21T08:00"]) == 0
        assert "1 flag(s) cleared, 1 failed follow-up(s) queued again" in capsys.readouterr().out
        again = deliver_due("2018-09-21T08:00")
    assert again.sent == 1
    assert [r["body"]["phone"] for r in zns.requests].count(KHDT) == 2
    assert sorted(r.status for r in ledger()) == ["sent", "sent"]


def test_channels_test_sends_through_each_channel_and_reports_each_result(channels, capsys):
    from dondoc.cli import main

    with StandIn(TokenEndpoint(SEED, SECRET)) as token, StandIn(zns_ok()) as zns, \
            StandIn([esms_error("101")]) as esms:
        channels({"zalo": zns_route(zns, token), "sms": esms_route(esms)}, ["zalo", "sms"])
        code = main(["channels", "test", "Sở KH&ĐT"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1  # one channel does not work
    assert [line.split()[:4] for line in lines] == [
        ["ok", "focal", "zalo", KHDT], ["FAIL", "focal", "sms", KHDT],
        ["ok", "head", "zalo", "84910000004"], ["FAIL", "head", "sms", "84910000004"]]
    assert "permanent: eSMS 101: ApiKey or SecretKey wrong" in lines[1]
    assert {r["body"]["template_data"]["kind"] for r in zns.requests} == {"Thử nghiệm"}
    assert ledger() == []  # a test is not a follow-up


def test_outbox_batch_caught_in_a_crash_is_finished_exactly_once(channels):
    from config import settings
    from helpers import outbox_messages

    channels({"outbox": "outbox://{agency}/{recipient}"}, ["outbox"])
    store_seed()
    sweep_that_dies("2018-05-25T08:00")  # the whole batch is recorded `sending`, one file is written
    assert len(outbox_messages(settings().home)) == 1
    assert {r.status for r in ledger()} == {"sending"} and len(ledger()) == 10
    out = sweep_after_the_lease("2018-05-25T08:00")
    messages = outbox_messages(settings().home)
    assert out.unknown == 0 and out.sent == len(messages) > 10  # the 10 of the dead batch and the rest
    assert not [m for m in messages if ".dup" in m["name"]]
    assert {r.status for r in ledger()} == {"sent"}
