"""The texts per channel and kind, phone numbers, rate limits and plugin URLs."""
from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date

import pytest

from conftest import ROOT
from notifiers.messages import Facts, SmsOptions, Style, fold, render, sms_length
from notifiers.phones import PhoneError, normalize_phone

KINDS_NOW = ("assigned", "reminder", "due_today", "overdue", "escalation", "status_request")


def facts(kind="reminder", **kw) -> Facts:
    base = dict(kind=kind, assignment_id=104, agency="Sở Lao động - Thương binh và Xã hội", role="lead",
                number="2457/UBND-NC", issuer="UBND tỉnh Đắk Nông", issued_on=date(2018, 5, 25), clause="5.3",
                action="Tham mưu sơ kết phong trào (nội dung mật)", due_on=date(2018, 10, 1),
                deadline_text="trong Quý III/2018", recurrence=None, days_left=7, days_late=3)
    base.update(kw)
    return Facts(**base)


@pytest.mark.parametrize("kind", KINDS_NOW + ("occurrence", "extension", "a_kind_added_later"))
@pytest.mark.parametrize("style", ["email", "text", "chat", "sms", "zns"])
def test_every_kind_has_a_text_on_every_channel(kind, style):
    m = render(facts(kind), Style(name=style), "fu1-x-focal")
    for text in (m.subject, m.body, m.html or "", *m.params.values()):
        assert unicodedata.is_normalized("NFC", text)
    assert "2457/UBND-NC" in m.body or "2457/UBND-NC" in m.params.values()
    # only references: the clause's action text stays out unless the channels file asks for it
    assert "nội dung mật" not in m.body + (m.html or "") + " ".join(m.params.values())


def test_an_unknown_kind_reads_as_a_reminder():
    m = render(facts("a_kind_added_later"), Style(name="email"), "k")
    assert m.subject.startswith("[Nhắc việc] 2457/UBND-NC mục 5.3")


def test_subjects_say_what_each_kind_is():
    subjects = {k: render(facts(k), Style(name="text"), "k").subject for k in KINDS_NOW}
    assert subjects["reminder"] == "[Nhắc việc] 2457/UBND-NC mục 5.3: còn 7 ngày làm việc"
    assert subjects["escalation"].startswith("[Báo cáo quá hạn]") and "quá hạn 3 ngày làm việc" in subjects["escalation"]
    assert subjects["status_request"].startswith("[Đề nghị báo cáo tiến độ]")
    assert len(set(s.split("]")[0] for s in subjects.values())) == len(KINDS_NOW)


def test_email_can_carry_the_action_when_the_installation_allows_it():
    m = render(facts(), Style(name="email", include_action=True), "k")
    assert "Nội dung: Tham mưu sơ kết phong trào (nội dung mật)" in m.body and "nội dung mật" in m.html


def test_sms_has_no_diacritics_and_fits_one_segment():
    for kind in KINDS_NOW:
        text = render(facts(kind), Style(name="sms"), "k").body
        assert text.isascii(), text
        encoding, units, segments = sms_length(text)
        assert (encoding, segments) == ("gsm7", 1), (text, units)
    text = render(facts(), Style(name="sms"), "k").body
    assert "Nhac viec: VB 2457/UBND-NC muc 5.3, han 01/10/2018, con 7 ngay lam viec" in text


def test_sms_with_diacritics_when_asked_drops_detail_to_stay_short():
    m = render(facts(), Style(name="sms", sms=SmsOptions(unicode=True, max_segments=2)), "k")
    encoding, units, segments = sms_length(m.body)
    assert encoding == "ucs2" and segments <= 2 and "Nhắc việc" in m.body


def test_fold_maps_d_with_stroke_and_normalises_first():
    assert fold("Đắk Nông, đôn đốc") == "Dak Nong, don doc"
    decomposed = unicodedata.normalize("NFD", "Sở Tư pháp")
    assert fold(decomposed) == "So Tu phap"
    assert sms_length(fold("Sở\u00a0Nội vụ"))[0] == "gsm7"  # a non-breaking space would force UCS-2


def test_sms_lengths():
    assert sms_length("a" * 160)[1:] == (160, 1)
    assert sms_length("a" * 161)[1:] == (161, 2)
    assert sms_length("[" * 80)[1:] == (160, 1)  # extension characters count twice
    vietnamese = "Nhắc việc: văn bản 2457/UBND-NC mục 5.3 của Sở Lao động - Thương binh và Xã hội, hạn " \
                 "01/10/2018, còn 7 ngày làm việc. Mã theo dõi #104. Tin nhắn tự động."
    assert sms_length(vietnamese)[2] == 3 and sms_length(fold(vietnamese))[2] == 1


def test_zns_params_are_references_cut_to_their_limits():
    m = render(facts(agency="Sở " + "Rất Dài " * 20), Style(name="zns", templates={"reminder": "T7"}), "k")
    assert m.template == "T7"
    assert m.params["number"] == "2457/UBND-NC" and m.params["deadline"] == "01/10/2018"
    assert m.params["kind"] == "Nhắc việc" and m.params["code"] == "104" and m.params["days"] == "7"
    assert len(m.params["agency"]) == 100
    renamed = render(facts(), Style(name="zns", params={"so_vb": "number", "han": "deadline"}), "k")
    assert renamed.params == {"so_vb": "2457/UBND-NC", "han": "01/10/2018"}


@pytest.mark.parametrize("given, expected", [
    ("0912 345 678", "84912345678"), ("+84 912.345.678", "84912345678"), ("0084912345678", "84912345678"),
    ("84912345678", "84912345678"), ("912345678", "84912345678"), ("01662345678", "84362345678"),
    ("0123 456 7890", "84834567890"), ("841662345678", "84362345678"),
])
def test_phone_numbers(given, expected):
    assert normalize_phone(given) == expected


@pytest.mark.parametrize("given", ["", "abc", "0012345678", "02613123456", "091234567"])
def test_not_phone_numbers(given):
    with pytest.raises(PhoneError):
        normalize_phone(given)


def test_token_bucket_waits_for_the_next_token():
    from notifiers.limits import TokenBucket

    clock = [100.0]
    slept = []

    def sleep(s):
        slept.append(s)
        clock[0] += s

    bucket = TokenBucket(rate=2, burst=3, monotonic=lambda: clock[0], sleep=sleep)
    assert [bucket.take() for _ in range(3)] == [0, 0, 0]  # the burst
    assert bucket.take() == pytest.approx(0.5)  # then one every 1/rate seconds
    clock[0] += 10
    assert [bucket.take() for _ in range(3)] == [0, 0, 0]  # refilled, never above the burst
    assert bucket.take() == pytest.approx(0.5)
    assert slept == [pytest.approx(0.5)] * 2


@pytest.mark.parametrize("url, secret", [
    ("zns://123/84912345678?template=T1&secret=APPSECRET&refresh=SEEDTOKEN&base=http://127.0.0.1:9", "APPSECRET"),
    ("zalooa://123/uid42?secret=APPSECRET&oauth=http://127.0.0.1:9", "APPSECRET"),
    ("esms://KEY123:SECRET456@84912345678?brandname=UBND&base=http://127.0.0.1:9", "SECRET456"),
    ("speedsms://TOKEN789@84912345678?sender=UBND", "TOKEN789"),
])
def test_plugin_urls_round_trip_and_hide_secrets(url, secret):
    import apprise

    from notifiers.via_apprise import register_plugins

    register_plugins()
    plugin = apprise.Apprise.instantiate(url)
    assert plugin is not None and plugin.request_rate_per_sec == 0
    again = apprise.Apprise.instantiate(plugin.url())
    assert again.url() == plugin.url()
    assert secret not in plugin.url(privacy=True)
    if "base=" in url:
        assert plugin.base == "http://127.0.0.1:9"


def test_every_shipped_contact_phone_is_a_phone_number():
    from config.directory import directory

    for entry in directory():
        for contact in (entry.focal, entry.head):
            if contact.phone:
                normalize_phone(contact.phone)


def test_ledger_and_channel_commands_do_not_import_prefect(tmp_path):
    code = ("import sys; from dondoc.cli import main; main(['deliveries']); "
            "main(['channels', 'show', 'so-noi-vu']); "
            "assert 'prefect' not in sys.modules, 'prefect imported'")
    env = {"DONDOC_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert run.returncode == 0, run.stderr
    assert "outbox://so-noi-vu/focal" in run.stdout
