"""What an operator and the agencies see when assignments change: extensions (gia hạn),
corrections after review, completion, and recurring reports, with sweeps in between."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from config.clock import parse_instant
from helpers import outbox_messages, store_seed, sweep_at

LETTER_150 = Path(__file__).parent / "data" / "followups" / "150-UBND-KT.txt"


def find(clause: str, agency: str, role: str = "lead", period: str = ""):
    from models import db
    from models.queries import assignments

    with db.session() as session:
        return next(r for r in assignments(session, now=parse_instant("2018-05-25T08:00"))
                    if r.clause == clause and r.agency_code == agency and r.role == role and r.period == period)


def view(assignment_id: int, at: str):
    from models import db
    from models.queries import assignments

    with db.session() as session:
        return assignments(session, now=parse_instant(at), ids=[assignment_id])[0]


def change(fn, **kw):
    """Run a lifecycle function in its own transaction, with the shipped ladder and calendar."""
    from models import db
    from planning.ladder import default_ladder
    from planning.workdays import default_calendar

    if "now" in kw:
        kw["now"] = parse_instant(kw["now"])
    with db.session() as session:
        needs = fn.__code__.co_varnames[:fn.__code__.co_argcount + fn.__code__.co_kwonlyargcount]
        extra = {k: v for k, v in (("ladder", default_ladder()), ("calendar", default_calendar())) if k in needs}
        result = fn(session, **kw, **extra)
        session.commit()
    return result


def sweeps(*moments: str, agency: str | None = None) -> list[tuple[str, str, str]]:
    """Sweep at each moment; what was sent (local day, kind, recipient), in order, to one
    agency's contacts or about it, leaving out the quarterly status requests."""
    out = []
    for at in moments:
        for line in sweep_at(at).lines:
            if "error" in line or line["kind"] == "status_request":
                continue
            if agency is None or line["to"].startswith(agency + "/") or line["agency"] == agency:
                out.append((at[:10], line["kind"], line["to"]))
    return out


def test_approved_extension_moves_the_deadline_keeps_the_original_and_counts_apart(home):
    from models import lifecycle
    from models import db
    from models.queries import assignments, stats
    from models.store import mark_done
    from planning.status import local_date

    store_seed()
    sweep_at("2018-05-25T08:00")
    ldtbxh = find("5.3", "so-lao-dong-tbxh").id  # Quý III/2018: due Monday 1/10/2018

    change(lifecycle.request_extension, assignment_id=ldtbxh, to=date(2018, 10, 15),
           reason="Chờ số liệu của các huyện", by="Sở LĐ-TB&XH", now="2018-09-21T10:00")
    assert view(ldtbxh, "2018-09-21T10:00").due_on.isoformat() == "2018-10-01"  # stands until decided
    assert sweeps("2018-09-20T08:00", "2018-09-26T08:00", agency="Sở Lao động - Thương binh và Xã hội") == [
        ("2018-09-20", "reminder", "so-lao-dong-tbxh/focal"), ("2018-09-26", "reminder", "so-lao-dong-tbxh/focal")]

    change(lifecycle.approve_extension, assignment_id=ldtbxh, now="2018-09-27T09:00", note="Đồng ý")
    after = view(ldtbxh, "2018-10-02T09:00")
    assert (after.due_on.isoformat(), after.original_due_on.isoformat()) == ("2018-10-15", "2018-10-01")
    assert after.status == "in_progress" and after.extended

    # told of the decision; then no due-today, overdue or escalation for 1/10, and the
    # reminders start again for 15/10 (7 working days before: Thursday 4/10)
    assert sweeps("2018-09-27T09:00", "2018-10-01T08:00", "2018-10-02T08:00", "2018-10-04T08:00",
                  agency="Sở Lao động - Thương binh và Xã hội") == [
        ("2018-09-27", "extension", "so-lao-dong-tbxh/focal"),
        ("2018-10-04", "reminder", "so-lao-dong-tbxh/focal")]
    approval = next(m for m in outbox_messages(home) if m["subject"].startswith("[Gia hạn]"))
    assert "Thời hạn: 15/10/2018" in approval["body"]  # the new deadline

    change(mark_done, assignment_id=ldtbxh, at=parse_instant("2018-10-05T15:30"))
    assert view(ldtbxh, "2018-12-01T08:00").status == "done_on_time"  # against the extended deadline
    with db.session() as session:
        rows = assignments(session, now=parse_instant("2018-12-01T08:00"), agency="so-lao-dong-tbxh")
    row = stats(rows, today=local_date(parse_instant("2018-12-01T08:00")))[0]
    assert (row["done_on_time"], row["extended"], row["done_late"]) == (1, 1, 0)


def test_refused_extension_leaves_the_deadline_and_the_escalation_goes_on_across_tet(home):
    from models import lifecycle
    from models.store import StoreError

    store_seed()
    sweeps("2018-05-25T08:00", "2019-01-22T08:00", "2019-01-28T08:00")
    noi_vu = find("5.4", "so-noi-vu").id  # tháng 01/2019: due 31/1/2019
    change(lifecycle.request_extension, assignment_id=noi_vu, to=date(2019, 2, 28),
           reason="Chưa đủ số liệu", now="2019-01-28T10:00")
    with pytest.raises(StoreError, match="already has an extension request"):
        change(lifecycle.request_extension, assignment_id=noi_vu, to=date(2019, 3, 1),
               reason="lại", now="2019-01-28T11:00")
    change(lifecycle.refuse_extension, assignment_id=noi_vu, now="2019-01-29T09:00", note="Không đủ căn cứ")
    assert sweeps("2019-01-29T09:00", "2019-01-30T08:00", "2019-01-31T08:00", "2019-02-01T08:00",
                  "2019-02-12T08:00", agency="Sở Nội vụ") == [
        ("2019-01-29", "extension", "so-noi-vu/focal"),
        ("2019-01-30", "reminder", "so-noi-vu/focal"),
        ("2019-01-31", "due_today", "so-noi-vu/focal"),
        ("2019-02-01", "overdue", "so-noi-vu/head"),
        ("2019-02-12", "escalation", "van-phong-ubnd-tinh/office"),  # 3 working days on, after Tết
    ]
    refusal = next(m for m in outbox_messages(home) if m["subject"].startswith("[Gia hạn]"))
    assert "Thời hạn: 31/01/2019" in refusal["body"]  # the deadline stands
    assert view(noi_vu, "2019-02-12T08:00").due_on.isoformat() == "2019-01-31"
    assert not view(noi_vu, "2019-02-12T08:00").extended


def test_extension_requests_are_checked(home):
    from models import lifecycle
    from models.store import StoreError

    store_seed()
    khdt = find("5.2", "so-ke-hoach-va-dau-tu").id
    ongoing = find("1", "so-noi-vu").id
    with pytest.raises(StoreError, match="not after the current one"):
        change(lifecycle.request_extension, assignment_id=khdt, to=date(2018, 9, 30),
               reason="x", now="2018-09-21T10:00")
    with pytest.raises(StoreError, match="no deadline to extend"):
        change(lifecycle.request_extension, assignment_id=ongoing, to=date(2018, 12, 31),
               reason="x", now="2018-09-21T10:00")
    with pytest.raises(StoreError, match="no extension request waiting"):
        change(lifecycle.approve_extension, assignment_id=khdt, now="2018-09-21T10:00")


def test_review_then_fix_plans_from_the_corrected_values(home):
    from models import db, lifecycle
    from models.store import StoreError

    store_seed()
    sweep_at("2018-05-25T08:00")
    with db.session() as session:
        queue = lifecycle.review_queue(session)
    assert len(queue) == 6 and all(a.review_reason for a in queue)
    unknown = next(a for a in queue if a.agency_text == "các đơn vị có liên quan")  # 5.5, support
    assert not [m for m in outbox_messages(home) if m["to"].startswith("x-")]

    with pytest.raises(StoreError, match="not in the directory"):
        change(lifecycle.fix, assignment_id=unknown.id, now="2018-05-28T09:00")
    from config.directory import directory

    result = change(lifecycle.fix, assignment_id=unknown.id, now="2018-05-28T09:00",
                    agency=directory().entries["so-tu-phap"], role="lead", deadline=date(2018, 6, 30))
    assert "agency: các đơn vị có liên quan → Sở Tư pháp" in result.changes
    assert "role: support → lead" in result.changes
    sweep_at("2018-05-28T09:00")
    notice = [m for m in outbox_messages(home) if m["to"] == "so-tu-phap/focal" and "mục 5.5" in m["subject"]]
    assert len(notice) == 1 and "chủ trì" in notice[0]["body"] and "02/07/2018" in notice[0]["body"]
    fixed = view(unknown.id, "2018-07-03T09:00")
    assert (fixed.status, fixed.due_on.isoformat()) == ("overdue", "2018-07-02")  # 30/6 is a Saturday
    with db.session() as session:
        assert unknown.id not in [a.id for a in lifecycle.review_queue(session)]


def test_corrected_deadline_moves_the_reminders_and_replaces_the_original(home):
    from models import lifecycle

    store_seed()
    sweep_at("2018-05-25T08:00")
    khdt = find("5.2", "so-ke-hoach-va-dau-tu").id
    change(lifecycle.fix, assignment_id=khdt, now="2018-06-01T09:00", deadline=date(2018, 12, 31),
           note="Quý IV, không phải Quý III")
    assert sweeps("2018-09-20T08:00", "2018-10-02T08:00", agency="Sở Kế hoạch và Đầu tư") == []
    fixed = view(khdt, "2018-10-02T09:00")
    assert (fixed.status, fixed.due_on.isoformat(), fixed.original_due_on.isoformat()) == (
        "in_progress", "2019-01-02", "2019-01-02")  # 31/12/2018 was a swapped day off
    assert sweeps("2018-12-20T08:00", agency="Sở Kế hoạch và Đầu tư") == [
        ("2018-12-20", "reminder", "so-ke-hoach-va-dau-tu/focal")]


def test_a_changed_agency_gets_the_remaining_follow_ups_and_done_stops_them(home):
    from config.directory import directory
    from models import lifecycle
    from models.store import mark_done

    store_seed()
    sweep_at("2018-05-25T08:00")
    khdt = find("5.2", "so-ke-hoach-va-dau-tu").id
    assert sweeps("2018-09-20T08:00", agency="Sở Kế hoạch và Đầu tư") == [
        ("2018-09-20", "reminder", "so-ke-hoach-va-dau-tu/focal")]
    change(lifecycle.fix, assignment_id=khdt, now="2018-09-21T09:00", agency=directory().entries["so-tai-chinh"])
    assert sweeps("2018-09-21T09:00", "2018-09-26T08:00") == [
        ("2018-09-21", "assigned", "so-tai-chinh/focal"),
        ("2018-09-26", "reminder", "so-tai-chinh/focal"),
        ("2018-09-26", "reminder", "so-lao-dong-tbxh/focal"),  # 5.3, untouched
    ]
    change(mark_done, assignment_id=khdt, at=parse_instant("2018-09-27T10:00"))
    assert sweeps("2018-09-28T08:00", "2018-10-01T08:00", "2018-10-02T08:00", "2018-10-04T08:00",
                  agency="Sở Tài chính") == []


def test_a_monthly_report_is_tracked_occurrence_by_occurrence_across_tet(home):
    from models import db
    from models.queries import assignments
    from models.store import mark_done

    stored = store_seed("2025-12-22T09:00", path=LETTER_150)
    sweep_at("2025-12-22T09:00")
    series = find("1", "so-tai-chinh").id
    with db.session() as session:
        occ = [r for r in assignments(session, now=parse_instant("2025-12-22T09:00")) if r.parent_id == series]
    # rolling horizon of 92 days: January to March 2026 (December's 20th had passed)
    assert [(r.period, r.due_on.isoformat()) for r in occ] == [
        ("2026-01", "2026-01-20"), ("2026-02", "2026-02-23"), ("2026-03", "2026-03-20")]  # 20/2 is in Tết
    assert stored.directive.number == "150/UBND-KT"

    january = find("1", "so-tai-chinh", period="2026-01").id
    february = find("1", "so-tai-chinh", period="2026-02").id
    change(mark_done, assignment_id=january, at=parse_instant("2026-01-19T15:00"))
    # February's report is due on the 20th, in Tết Bính Ngọ (16–20/2): it moves to Monday 23/2
    assert sweeps("2026-02-11T08:00", "2026-02-23T08:00", "2026-02-25T08:00", "2026-03-02T08:00",
                  agency="Sở Tài chính") == [
        ("2026-02-11", "occurrence", "so-tai-chinh/focal"),
        ("2026-02-23", "due_today", "so-tai-chinh/focal"),
        ("2026-02-25", "overdue", "so-tai-chinh/head"),
        ("2026-03-02", "escalation", "van-phong-ubnd-tinh/office"),
    ]
    assert view(january, "2026-03-02T09:00").status == "done_on_time"
    assert view(february, "2026-03-02T09:00").status == "overdue"
    assert view(series, "2026-03-02T09:00").status == "in_progress"

    # the horizon has rolled with the sweeps: April and May are planned now
    with db.session() as session:
        periods = [r.period for r in assignments(session, now=parse_instant("2026-03-02T09:00")) if r.parent_id == series]
    assert periods[-2:] == ["2026-04", "2026-05"]

    # closing the series cancels what is not due yet; February stays owed
    change(mark_done, assignment_id=series, at=parse_instant("2026-04-01T10:00"), note="Chuyển sang báo cáo quý")
    assert view(find("1", "so-tai-chinh", period="2026-04").id, "2026-04-01T10:00").status == "cancelled"
    assert view(february, "2026-04-01T10:00").status == "overdue"
    # ... and the supporting agency's series closes with it
    assert view(find("1", "so-xay-dung", role="support").id, "2026-04-01T10:00").status == "done_on_time"
    assert view(find("1", "so-xay-dung", role="support", period="2026-05").id, "2026-04-01T10:00").status == "cancelled"
    from sqlmodel import select

    from models.tables import FollowUp

    april, may = (find("1", "so-tai-chinh", period=p).id for p in ("2026-04", "2026-05"))
    with db.session() as session:
        assert not session.exec(select(FollowUp).where(FollowUp.assignment_id.in_([april, may]),
                                                       FollowUp.status == "pending")).all()


def test_the_supporting_agency_of_a_series_has_its_occurrences_tracked_but_not_chased(home):
    from models import db
    from models.queries import assignments

    store_seed("2025-12-22T09:00", path=LETTER_150)
    with db.session() as session:
        rows = assignments(session, now=parse_instant("2026-02-25T09:00"), agency="so-xay-dung")
    support = [r for r in rows if r.clause == "1" and r.period]
    assert {r.role for r in support} == {"support"} and len(support) == 3
    assert [kind for _, kind, _ in sweeps("2025-12-22T09:00", "2026-01-15T08:00", "2026-01-20T08:00",
                                          agency="Sở Xây dựng")] == ["assigned", "assigned"]  # clauses 1 and 3


def test_ongoing_duties_get_status_requests_each_quarter_as_the_horizon_rolls(home):
    from sqlmodel import select

    from models import db
    from models.tables import FollowUp

    store_seed("2025-12-22T09:00", path=LETTER_150)
    ongoing = find("3", "so-xay-dung").id
    for day in ("2025-12-22T09:00", "2026-03-16T08:00", "2026-06-15T08:00"):
        sweep_at(day)
    requests = [m for m in outbox_messages(home) if m["subject"].startswith("[Đề nghị báo cáo tiến độ]")]
    assert [m["to"] for m in requests] == ["so-xay-dung/focal", "so-xay-dung/focal"]  # 16/3 (15/3 a Sunday), 15/6
    with db.session() as session:
        planned = session.exec(select(FollowUp).where(FollowUp.assignment_id == ongoing,
                                                      FollowUp.kind == "status_request",
                                                      FollowUp.status == "pending")).all()
    assert len(planned) == 1  # 15/9/2026, within 92 days of 15/6


def test_a_dated_deadline_on_a_swapped_day_off_with_the_clock_travelling(home):
    """Sở Nội vụ must finish by 02/01/2026, the Friday the Government swapped for Saturday
    10/1/2026: sweeps run every working morning at 08:00 by the clock (time-machine)."""
    import datetime as dt

    import time_machine

    from planning.workdays import default_calendar

    store_seed("2025-12-22T08:00", path=LETTER_150)
    noi_vu = find("2", "so-noi-vu").id
    assert view(noi_vu, "2025-12-22T08:00").due_on.isoformat() == "2026-01-05"

    received: list[tuple[str, str]] = []
    day = dt.date(2025, 12, 22)
    cal = default_calendar()
    while day <= dt.date(2026, 1, 16):
        with time_machine.travel(dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
                                 tick=False):
            outcome = sweep_at()
        if not cal.is_working_day(day):
            assert outcome.lines == []  # a day off: nothing goes out
        received += [(day.isoformat(), line["kind"]) for line in outcome.lines
                     if line["agency"] == "Sở Nội vụ" and line["kind"] != "status_request"]
        day += dt.timedelta(days=1)
    assert received == [
        ("2025-12-22", "assigned"),
        ("2025-12-23", "reminder"),    # 7 working days before 5/1 (1/1 a holiday, 2/1 swapped off)
        ("2025-12-29", "reminder"),
        ("2025-12-31", "reminder"),
        ("2026-01-05", "due_today"),
        ("2026-01-06", "overdue"),
        ("2026-01-08", "escalation"),
        ("2026-01-12", "escalation"),  # 3 working days on: 9/1, Saturday 10/1 (worked), 12/1
        ("2026-01-15", "escalation"),
    ]


def test_supporting_shares_complete_with_their_lead_and_only_leads_are_judged(home):
    from models import db
    from models.queries import stat_rows, stats
    from models.store import mark_done
    from planning.status import local_date

    store_seed("2025-12-22T09:00", path=LETTER_150)
    january = find("1", "so-tai-chinh", period="2026-01").id
    support = find("1", "so-xay-dung", role="support", period="2026-01").id
    change(mark_done, assignment_id=january, at=parse_instant("2026-01-26T10:00"))  # late: due 20/1
    after = view(support, "2026-02-02T09:00")
    assert after.status == "done_late" and after.done_at == parse_instant("2026-01-26T10:00")

    at = parse_instant("2026-02-25T09:00")
    with db.session() as session:
        table = {r["agency_code"]: r for r in stats(stat_rows(session, now=at), today=local_date(at))}
    # Sở Tài chính leads the monthly report: January late, February overdue (due 23/2 after Tết)
    assert (table["so-tai-chinh"]["done_late"], table["so-tai-chinh"]["overdue"]) == (1, 1)
    assert table["so-tai-chinh"]["days_overdue_max"] == 2
    # Sở Xây dựng only supports it: its shares are counted apart, not judged
    xd = table["so-xay-dung"]
    assert (xd["overdue"], xd["done_late"], xd["support"]) == (0, 0, 3)


@pytest.mark.parametrize("relative, deadline", [
    ({"amount": 8, "unit": "working_day", "anchor": "issued_on"}, "2026-01-05"),  # over 1/1 and the 2/1 swap
    ({"amount": 10, "unit": "day", "anchor": "issued_on"}, "2026-01-05"),         # ends 1/1 (holiday), then 2/1 (off)
    ({"amount": 1, "unit": "month", "anchor": "2025-12-31"}, "2026-02-02"),       # 31/1/2026 is a Saturday
])
def test_relative_deadlines_are_counted_by_the_civil_code(relative, deadline):
    from models.store import due_date
    from planning.workdays import default_calendar
    from reader.letter import Task

    task = Task(clause="1", lead=["Sở Nội vụ"], deadline_relative=relative)
    assert due_date(task, issued_on=date(2025, 12, 22), calendar=default_calendar()).isoformat() == deadline


def test_a_misread_deadline_corrected_to_a_quarterly_report_until_the_plan_ends(home):
    """The reader took "báo cáo trước ngày 02/01/2026" for a one-off; the letter meant every
    quarter until the end of 2026: the operator corrects it and the occurrences follow."""
    from models import db, lifecycle
    from models.queries import assignments

    store_seed("2025-12-22T08:00", path=LETTER_150)
    noi_vu = find("2", "so-noi-vu").id
    result = change(lifecycle.fix, assignment_id=noi_vu, now="2025-12-23T09:00", recurrence="quarterly",
                    until=date(2026, 9, 30))
    assert "recurrence: none → quarterly" in result.changes
    assert view(noi_vu, "2025-12-23T09:00").kind == "recurring"
    with db.session() as session:
        occ = [(r.period, r.due_on.isoformat()) for r in assignments(session, now=parse_instant("2025-12-23T09:00"))
               if r.parent_id == noi_vu]
    assert occ == [("2025-Q4", "2025-12-31")]  # Q1 2026 is beyond the 92-day horizon yet
    for day in ("2026-03-02T08:00", "2026-06-01T08:00", "2026-09-01T08:00", "2026-12-01T08:00"):
        sweep_at(day)
    with db.session() as session:
        periods = [r.period for r in assignments(session, now=parse_instant("2026-12-01T08:00")) if r.parent_id == noi_vu]
    assert periods == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]  # none after the plan's end
    # same agency, same role: the correction does not plan the assignment notice again
    from sqlmodel import select

    from models.tables import FollowUp

    with db.session() as session:
        notices = session.exec(select(FollowUp).where(FollowUp.assignment_id == noi_vu,
                                                      FollowUp.kind == "assigned")).all()
    assert len(notices) == 1


def test_a_monthly_report_across_tet_with_the_clock_travelling(home):
    """Tết Bính Ngọ (16–20/2/2026): sweeps every morning by the clock; February's report,
    due on the 20th, is chased on the working days around it."""
    import datetime as dt

    import time_machine

    from models.store import mark_done

    store_seed("2025-12-22T08:00", path=LETTER_150)
    sweep_at("2025-12-22T08:00")  # the notices
    change(mark_done, assignment_id=find("1", "so-tai-chinh", period="2026-01").id,
           at=parse_instant("2026-01-19T10:00"))
    received, day = [], dt.date(2026, 2, 9)
    while day <= dt.date(2026, 2, 26):
        with time_machine.travel(dt.datetime(day.year, day.month, day.day, 8, 0,
                                             tzinfo=dt.timezone(dt.timedelta(hours=7))), tick=False):
            outcome = sweep_at()
        received += [(day.isoformat(), line["kind"]) for line in outcome.lines
                     if line["agency"] == "Sở Tài chính" and line["kind"] != "status_request"]
        day += dt.timedelta(days=1)
    assert received == [("2026-02-11", "occurrence"), ("2026-02-23", "due_today"), ("2026-02-25", "overdue")]
