"""The working calendar, on dates an office clerk would check by hand."""
from datetime import date

import pytest

from planning.workdays import WorkCalendar, default_calendar, load_overrides


@pytest.fixture(scope="module")
def cal():
    return default_calendar()


@pytest.mark.parametrize("day, working", [
    (date(2018, 5, 25), True),    # a Friday
    (date(2018, 5, 26), False),   # Saturday
    (date(2018, 9, 3), False),    # Quốc khánh, observed
    (date(2018, 12, 31), False),  # day off swapped with Saturday 5/1/2019
    (date(2019, 1, 5), True),     # the worked Saturday of that swap
    (date(2019, 2, 6), False),    # Tết Kỷ Hợi
    (date(2026, 1, 2), False),    # swap holidays.VN misses: entered in calendar_overrides.yaml
    (date(2026, 1, 10), True),    # ... and the Saturday worked for it
])
def test_working_days(cal, day, working):
    assert cal.is_working_day(day) is working


@pytest.mark.parametrize("start, n, expected", [
    (date(2018, 5, 25), 1, date(2018, 5, 28)),    # Friday + 1 → Monday: the first day is not counted
    (date(2019, 2, 1), 1, date(2019, 2, 11)),     # across Tết 2019
    (date(2019, 2, 11), -1, date(2019, 2, 1)),    # and back
    (date(2018, 10, 1), -7, date(2018, 9, 20)),
    (date(2018, 12, 28), 1, date(2019, 1, 2)),    # over the 31/12 swap and New Year
    (date(2018, 9, 30), 0, date(2018, 10, 1)),    # 0: the day itself, or the next working day
])
def test_add_working_days(cal, start, n, expected):
    assert cal.add(start, n) == expected


def test_between_counts_working_days(cal):
    assert cal.between(date(2019, 1, 31), date(2019, 2, 12)) == 3
    assert cal.between(date(2019, 2, 12), date(2019, 1, 31)) == -3
    assert cal.between(date(2019, 1, 31), date(2019, 1, 31)) == 0


def test_overrides_beat_the_holiday_table():
    cal = WorkCalendar(load_overrides({2025: {"days_off": ["2025-05-05"], "worked_days": ["2025-05-03"]}}))
    assert not cal.is_working_day(date(2025, 5, 5))
    assert cal.is_working_day(date(2025, 5, 3))
    assert cal.missing_override_years(date(2025, 6, 1)) == [2026]


def test_operator_is_warned_when_the_coming_year_has_no_swap_decisions():
    cal = WorkCalendar(load_overrides({2026: {"days_off": ["2026-01-02"]}, 2027: None}))
    assert cal.override_warning(date(2026, 11, 26)) is None  # 2027 entered, even without swaps
    warning = WorkCalendar(load_overrides({2026: {}})).override_warning(date(2026, 11, 26), source="overrides.yaml")
    assert "for 2027 in overrides.yaml" in warning
