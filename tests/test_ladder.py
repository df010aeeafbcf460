"""The follow-up plan, as the province office would expect it for the seed letter."""
from datetime import date

import pytest

from config.clock import local, parse_instant
from planning.ladder import default_ladder, effective_due, next_repeat, next_window, plan
from planning.status import status
from planning.workdays import default_calendar

CAL = default_calendar()
LADDER = default_ladder()
INGEST = parse_instant("2018-05-25T08:00")


def planned(role, deadline, at=INGEST):
    due = effective_due(deadline, CAL)
    return [(p.kind, p.recipient, local(p.due_at).format("YYYY-MM-DD HH:mm"))
            for p in plan(role=role, due_on=due, assigned_at=at, ladder=LADDER, calendar=CAL)]


def test_quarter_deadline_on_a_sunday_moves_to_monday_and_gets_the_whole_ladder():
    assert planned("lead", date(2018, 9, 30)) == [
        ("assigned", "focal", "2018-05-25 08:00"),
        ("reminder", "focal", "2018-09-20 08:00"),
        ("reminder", "focal", "2018-09-26 08:00"),
        ("reminder", "focal", "2018-09-28 08:00"),
        ("due_today", "focal", "2018-10-01 08:00"),
        ("overdue", "head", "2018-10-02 08:00"),
        ("escalation", "office", "2018-10-04 08:00"),
    ]


def test_supporting_agency_is_told_once():
    assert planned("support", date(2018, 9, 30)) == [("assigned", "focal", "2018-05-25 08:00")]


def test_ongoing_duty_gets_the_assignment_notice_only():
    assert planned("lead", None) == [("assigned", "focal", "2018-05-25 08:00")]


def test_short_deadline_drops_reminders_that_would_be_in_the_past():
    kinds = [k for k, _, _ in planned("lead", date(2018, 5, 29))]
    assert kinds == ["assigned", "reminder", "due_today", "overdue", "escalation"]


def test_letter_stored_at_night_is_notified_at_the_next_working_window():
    assert planned("lead", None, at=parse_instant("2018-05-25T21:40")) == [
        ("assigned", "focal", "2018-05-28 07:30")]


@pytest.mark.parametrize("moment, expected", [
    ("2018-05-25T10:00", "2018-05-25 10:00"),
    ("2018-05-25T06:00", "2018-05-25 07:30"),
    ("2018-05-25T17:00", "2018-05-28 07:30"),
    ("2019-02-01T18:00", "2019-02-11 07:30"),  # Tết
])
def test_next_window(moment, expected):
    assert local(next_window(parse_instant(moment), LADDER, CAL)).format("YYYY-MM-DD HH:mm") == expected


def test_escalation_repeats_in_working_days():
    assert local(next_repeat(parse_instant("2019-02-12T08:00"), 3, LADDER, CAL)).format(
        "YYYY-MM-DD HH:mm") == "2019-02-15 08:00"


@pytest.mark.parametrize("done, now, expected", [
    (None, "2018-10-01T16:59", "in_progress"),      # the deadline day itself is within term
    (None, "2018-10-02T08:00", "overdue"),
    ("2018-10-01T23:00", "2018-12-01T08:00", "done_on_time"),
    ("2018-10-02T07:00", "2018-12-01T08:00", "done_late"),
])
def test_status_is_derived_from_deadline_and_now(done, now, expected):
    assert status(due_on=date(2018, 10, 1), done_at=parse_instant(done) if done else None,
                  now=parse_instant(now)) == expected


def test_an_occurrence_of_a_monthly_report_gets_the_recurring_ladder():
    # "trước ngày 20 hằng tháng": the occurrence of 20/1/2019, chased across the Tết holidays
    due = effective_due(date(2019, 1, 20), CAL)  # a Sunday: Monday 21/1
    steps = [(p.kind, p.recipient, local(p.due_at).format("YYYY-MM-DD HH:mm"), p.repeat_days)
             for p in plan(role="lead", due_on=due, assigned_at=INGEST, ladder=LADDER, calendar=CAL,
                           kind="recurring", notices=False)]
    assert steps == [
        ("occurrence", "focal", "2019-01-16 08:00", None),
        ("due_today", "focal", "2019-01-21 08:00", None),
        ("overdue", "head", "2019-01-23 08:00", None),
        ("escalation", "office", "2019-01-28 08:00", 5),
    ]


def test_a_recurring_series_itself_gets_only_the_notice():
    assert [p.kind for p in plan(role="lead", due_on=None, assigned_at=INGEST, ladder=LADDER, calendar=CAL,
                                 kind="recurring")] == ["assigned"]


def test_ongoing_duties_get_quarterly_status_requests_on_working_days():
    from planning.ladder import status_requests

    got = [local(p.due_at).format("YYYY-MM-DD HH:mm") for p in status_requests(
        role="lead", kind="ongoing", after=date(2018, 5, 25), through=date(2019, 6, 30), ladder=LADDER, calendar=CAL)]
    # the 15th of each quarter's last month; 15/9 and 15/12/2018 are Saturdays
    assert got == ["2018-06-15 08:00", "2018-09-17 08:00", "2018-12-17 08:00", "2019-03-15 08:00",
                   "2019-06-17 08:00"]
    assert status_requests(role="support", kind="ongoing", after=date(2018, 5, 25), through=date(2019, 6, 30),
                           ladder=LADDER, calendar=CAL) == []


def test_ladder_policy_per_kind_and_role_comes_from_the_file():
    from planning.ladder import load_ladder

    ladder = load_ladder({
        "dated": [{"kind": "reminder", "before": 2, "to": "focal", "roles": ["lead", "support"]},
                  {"kind": "escalation", "after": 5, "to": "office", "roles": ["lead"], "repeat": 10}],
        "horizon_days": 30,
    })
    support = plan(role="support", due_on=date(2018, 10, 1), assigned_at=INGEST, ladder=ladder, calendar=CAL)
    assert [(p.kind, local(p.due_at).format("YYYY-MM-DD")) for p in support] == [("reminder", "2018-09-27")]
    lead = plan(role="lead", due_on=date(2018, 10, 1), assigned_at=INGEST, ladder=ladder, calendar=CAL)
    assert [(p.kind, local(p.due_at).format("YYYY-MM-DD"), p.repeat_days) for p in lead][-1] == (
        "escalation", "2018-10-08", 10)
    assert ladder.horizon_days == 30 and ladder.steps("recurring") == ladder.dated  # falls back to dated


@pytest.mark.parametrize("moment, inside", [
    ("2019-01-05T09:00", True),    # the Saturday worked for the 31/12/2018 swap
    ("2018-12-31T09:00", False),   # the swapped day off
    ("2019-02-06T09:00", False),   # Tết
    ("2018-05-25T07:29", False),
    ("2018-05-25T16:59", True),
])
def test_working_window(moment, inside):
    from planning.ladder import in_window

    assert in_window(parse_instant(moment), LADDER, CAL) is inside
