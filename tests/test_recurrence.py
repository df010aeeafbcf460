"""Recurring assignments become dated occurrences, as an office would write them in its diary."""
from datetime import date

import pytest

from planning.recurrence import RecurrenceError, kind_of, next_after, occurrences, parse


def dates(expr, after, through):
    return [(o.period, o.due_on.isoformat()) for o in occurrences(parse(expr), after=after, through=through)]


@pytest.mark.parametrize("expr, after, through, expected", [
    # "trước ngày 20 hằng tháng", letter of 25/5/2018: June's is the first
    ("monthly:day=20", date(2018, 5, 25), date(2018, 8, 31),
     [("2018-06", "2018-06-20"), ("2018-07", "2018-07-20"), ("2018-08", "2018-08-20")]),
    # the report on a month is due on the 5th of the next one: May's report is still to come
    ("monthly:next_month:day=5", date(2018, 5, 25), date(2018, 7, 31),
     [("2018-05", "2018-06-05"), ("2018-06", "2018-07-05")]),
    ("monthly:day=31", date(2019, 1, 31), date(2019, 4, 30),
     [("2019-02", "2019-02-28"), ("2019-03", "2019-03-31"), ("2019-04", "2019-04-30")]),
    ("quarterly", date(2018, 5, 25), date(2019, 1, 1),
     [("2018-Q2", "2018-06-30"), ("2018-Q3", "2018-09-30"), ("2018-Q4", "2018-12-31")]),
    ("quarterly:last_month:day=15", date(2018, 6, 15), date(2018, 12, 31),
     [("2018-Q3", "2018-09-15"), ("2018-Q4", "2018-12-15")]),
    ("quarterly:next_quarter_first_month:day=10", date(2018, 11, 1), date(2019, 4, 30),
     [("2018-Q4", "2019-01-10"), ("2019-Q1", "2019-04-10")]),
    ("semiannual:06-15,12-15", date(2018, 5, 25), date(2019, 6, 30),
     [("2018-H1", "2018-06-15"), ("2018-H2", "2018-12-15"), ("2019-H1", "2019-06-15")]),
    ("semiannual", date(2018, 7, 1), date(2019, 7, 1), [("2018-H2", "2018-12-31"), ("2019-H1", "2019-06-30")]),
    ("yearly:11-20", date(2018, 5, 25), date(2019, 12, 31), [("2018", "2018-11-20"), ("2019", "2019-11-20")]),
    ("yearly:next_year:01-20", date(2018, 5, 25), date(2019, 12, 31), [("2018", "2019-01-20")]),
    ("weekly", date(2018, 12, 26), date(2019, 1, 11),
     [("2018-W52", "2018-12-28"), ("2019-W01", "2019-01-04"), ("2019-W02", "2019-01-11")]),
])
def test_occurrences(expr, after, through, expected):
    assert dates(expr, after, through) == expected


def test_a_yearly_report_always_has_a_next_occurrence():
    assert next_after(parse("yearly:11-20"), date(2018, 11, 20)).due_on == date(2019, 11, 20)
    assert next_after(parse("monthly:next_month:day=5"), date(2018, 12, 31)).period == "2018-12"


@pytest.mark.parametrize("recurrence, due_on, kind", [
    ("monthly:day=20", None, "recurring"),
    ("quarterly", None, "recurring"),
    ("ongoing", None, "ongoing"),
    ("daily", None, "ongoing"),        # a daily reminder would be noise: chased like a standing duty
    ("on_event", None, "undated"),
    (None, date(2018, 10, 1), "dated"),
    (None, None, "undated"),
])
def test_kind_of(recurrence, due_on, kind):
    assert kind_of(recurrence, due_on) == kind


@pytest.mark.parametrize("expr", ["fortnightly", "monthly:day=40", "semiannual:06-15", "yearly:13-01"])
def test_nonsense_is_refused(expr):
    with pytest.raises(RecurrenceError):
        parse(expr)
