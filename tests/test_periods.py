"""Periods counted as the Civil Code counts them (Điều 147–148), on dates a clerk can check."""
from datetime import date

import pytest

from planning.periods import add_months, period_end
from planning.workdays import default_calendar

CAL = default_calendar()


@pytest.mark.parametrize("start, amount, unit, end", [
    # "trong thời hạn 05 ngày làm việc kể từ ngày 25/5/2018" (a Friday): the 25th is not counted
    (date(2018, 5, 25), 5, "working_day", date(2018, 6, 1)),
    (date(2019, 2, 1), 5, "working_day", date(2019, 2, 15)),      # across Tết Kỷ Hợi (4–8/2)
    (date(2019, 1, 25), 10, "day", date(2019, 2, 11)),            # ends on Tết eve: next working day
    (date(2019, 1, 31), 1, "month", date(2019, 2, 28)),           # no 31 February: the month's last day
    (date(2018, 12, 31), 2, "month", date(2019, 2, 28)),
    (date(2019, 3, 30), 1, "month", date(2019, 5, 2)),            # 30/4 and 1/5 are holidays
    (date(2018, 12, 28), 1, "week", date(2019, 1, 4)),            # same weekday, a week on
    (date(2020, 2, 29), 1, "year", date(2021, 3, 1)),             # 28/2/2021 is a Sunday
    (date(2026, 1, 1), 1, "day", date(2026, 1, 5)),               # 2/1/2026 is a swapped day off
    (date(2026, 1, 8), 2, "working_day", date(2026, 1, 10)),      # ... and Saturday 10/1 is worked
    (date(2019, 2, 11), -3, "working_day", date(2019, 1, 30)),    # back across Tết
])
def test_period_end(start, amount, unit, end):
    assert period_end(start, amount, unit, CAL) == end


def test_unknown_unit_is_refused():
    with pytest.raises(ValueError, match="fortnight"):
        period_end(date(2019, 1, 1), 1, "fortnight", CAL)


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(date(2019, 1, 31), 1) == date(2019, 2, 28)
    assert add_months(date(2019, 3, 31), -1) == date(2019, 2, 28)
    assert add_months(date(2019, 11, 30), 3) == date(2020, 2, 29)
