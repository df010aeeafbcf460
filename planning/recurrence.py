"""Recurring assignments: the reader's recurrence expressions turned into dated occurrences.

The grammar is the corpus's (LABELING.md): ``monthly:day=20`` ("trước ngày 20 hằng tháng"),
``monthly:next_month:day=5`` (the report on a month is due on the 5th of the next one),
``quarterly``, ``quarterly:last_month:day=15``, ``quarterly:next_quarter_first_month:day=10``,
``semiannual``, ``semiannual:06-15,12-15``, ``yearly``, ``yearly:11-20``,
``yearly:next_year:01-20``, ``weekly``; and the kinds that are not series: ``ongoing``
(thường xuyên), ``daily`` (treated as ongoing: a daily reminder would be noise), ``on_event``
(report when something happens).

Each occurrence has a *period* label (``2018-06``, ``2018-Q3``, ``2018-H1``, ``2018``,
``2018-W27``) and a nominal due date (the letter's date, before the working-calendar move).
Pure: dates in, dates out.
"""
from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta

DATED, RECURRING, ONGOING, UNDATED = "dated", "recurring", "ongoing", "undated"
KINDS = (DATED, RECURRING, ONGOING, UNDATED)


@dataclass(frozen=True)
class Rule:
    every: str  # monthly | quarterly | semiannual | yearly | weekly
    day: int | None = None  # day of the month the report is due
    month_in_period: str = "last"  # which month of the period holds the due day: last | next
    dates: tuple[tuple[int, int], ...] = ()  # (month, day) pairs for semiannual and yearly
    next_year: bool = False  # yearly:next_year: the report on year Y is due in Y+1


@dataclass(frozen=True)
class Occurrence:
    period: str
    due_on: date  # nominal: may be a day off; the caller moves it to a working day


class RecurrenceError(ValueError):
    """A recurrence expression dondoc cannot turn into dates."""


def _last_day(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def _day_in(year: int, month: int, day: int) -> date:
    if month > 12:
        year, month = year + 1, month - 12
    return date(year, month, min(day, _cal.monthrange(year, month)[1]))


def parse(expr: str | None) -> Rule | None:
    """The rule of a recurring expression; None for expressions that are not series
    (None, ``ongoing``, ``daily``, ``on_event``). Raises RecurrenceError on nonsense."""
    if not expr or expr in ("ongoing", "daily", "on_event"):
        return None
    parts = expr.strip().split(":")
    every, rest = parts[0], parts[1:]
    if every == "weekly" and not rest:
        return Rule("weekly")
    if every == "monthly":
        day = _day_arg(rest[-1]) if rest else None
        nxt = "next_month" in rest
        return Rule("monthly", day=day, month_in_period="next" if nxt else "last")
    if every == "quarterly":
        day = _day_arg(rest[-1]) if rest else None
        nxt = "next_quarter_first_month" in rest
        return Rule("quarterly", day=day, month_in_period="next" if nxt else "last")
    if every == "semiannual":
        if not rest:
            return Rule("semiannual", dates=((6, 30), (12, 31)))
        dates = tuple(_month_day(x) for x in rest[-1].split(","))
        if len(dates) != 2:
            raise RecurrenceError(f"semiannual needs two dates: {expr!r}")
        return Rule("semiannual", dates=tuple(sorted(dates)))
    if every == "yearly":
        if not rest:
            return Rule("yearly", dates=((12, 31),))
        return Rule("yearly", dates=(_month_day(rest[-1]),), next_year="next_year" in rest)
    raise RecurrenceError(f"not a recurrence dondoc knows: {expr!r}")


def _day_arg(text: str) -> int:
    m = re.fullmatch(r"day=(\d{1,2})", text)
    if not m or not 1 <= int(m[1]) <= 31:
        raise RecurrenceError(f"bad day in recurrence: {text!r}")
    return int(m[1])


def _month_day(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text.strip())
    if not m or not (1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31):
        raise RecurrenceError(f"bad MM-DD in recurrence: {text!r}")
    return int(m[1]), int(m[2])


def kind_of(recurrence: str | None, due_on: date | None) -> str:
    """How an assignment is chased: ``recurring`` (a series of dated occurrences),
    ``ongoing`` (periodic status requests), ``dated`` (one deadline) or ``undated``."""
    try:
        if parse(recurrence) is not None:
            return RECURRING
    except RecurrenceError:
        pass
    if recurrence in ("ongoing", "daily"):
        return ONGOING
    return DATED if due_on else UNDATED


def _period_due(rule: Rule, year: int, last_month: int) -> date:
    """When the report on a period ending in `last_month` is due: its day in that month (or the
    month's end), or with `next`, that day of the month after."""
    if rule.month_in_period == "next":
        return _day_in(year, last_month + 1, rule.day or 31)
    return _day_in(year, last_month, rule.day) if rule.day else _last_day(year, last_month)


def _periods(rule: Rule, year: int):
    """The occurrences whose period lies in `year`, in order."""
    if rule.every == "monthly":
        for month in range(1, 13):
            yield Occurrence(f"{year}-{month:02d}", _period_due(rule, year, month))
    elif rule.every == "quarterly":
        for q in range(1, 5):
            yield Occurrence(f"{year}-Q{q}", _period_due(rule, year, 3 * q))
    elif rule.every == "semiannual":
        for half, (month, day) in enumerate(rule.dates, start=1):
            yield Occurrence(f"{year}-H{half}", _day_in(year, month, day))
    elif rule.every == "yearly":
        month, day = rule.dates[0]
        yield Occurrence(str(year), _day_in(year + rule.next_year, month, day))
    elif rule.every == "weekly":
        week_one = date.fromisocalendar(year, 1, 5)  # Friday of ISO week 1
        for week in range(1, date(year, 12, 28).isocalendar()[1] + 1):
            yield Occurrence(f"{year}-W{week:02d}", week_one + timedelta(weeks=week - 1))


def occurrences(rule: Rule, *, after: date, through: date) -> list[Occurrence]:
    """The occurrences due in (after, through], earliest first."""
    out = []
    for year in range(after.year - 1, through.year + 1):
        out.extend(o for o in _periods(rule, year) if after < o.due_on <= through)
    return sorted(out, key=lambda o: o.due_on)


def next_after(rule: Rule, day: date) -> Occurrence:
    """The first occurrence due after `day`."""
    year = day.year - 1
    while True:
        found = [o for o in _periods(rule, year) if o.due_on > day]
        if found:
            return min(found, key=lambda o: o.due_on)
        year += 1
