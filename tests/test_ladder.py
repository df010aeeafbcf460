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
