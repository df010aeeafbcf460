"""Periods as the Civil Code counts them (Bộ luật Dân sự 2015, Điều 147–148).

- The first day is not counted: a period "N days from day X" starts the day after X.
- A period in days ends at the end of its last day; in weeks, on the same weekday of the last
  week; in months, on the same day number of the last month, or that month's last day when it
  has no such day; in years, on the same day and month of the last year.
- A period whose last day is a weekend day or a holiday ends at the end of the next working day.

Working days ("05 ngày làm việc") are counted on the working calendar, so they never end on a
day off. Pure functions: the calendar is passed in.
"""
from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from planning.workdays import WorkCalendar

UNITS = ("working_day", "day", "week", "month", "year")


def add_months(day: date, months: int) -> date:
    """The same day number `months` later (earlier if negative), clamped to the month's end."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def period_end(start: date, amount: int, unit: str, calendar: WorkCalendar) -> date:
    """The last day of a period of `amount` `unit`s counted from `start` (not counted itself),
    moved to the next working day when it falls on a day off. Negative amounts count back
    (a day `amount` units before `start`), moving to the working day before instead."""
    if unit not in UNITS:
        raise ValueError(f"unknown period unit {unit!r}; one of {', '.join(UNITS)}")
    if unit == "working_day":
        return calendar.add(start, amount)
    if unit == "day":
        end = start + timedelta(days=amount)
    elif unit == "week":
        end = start + timedelta(weeks=amount)
    elif unit == "month":
        end = add_months(start, amount)
    else:
        end = add_months(start, 12 * amount)
    return calendar.on_or_after(end) if amount >= 0 else calendar.on_or_before(end)
