"""The Vietnamese working calendar for civil servants.

Working days are Monday to Friday, minus the public holidays of `holidays.VN`, minus the
extra days off, plus the worked weekend days of the yearly swap decisions (the operator's
override file, config/calendar_overrides.yaml). Pure: no clock, no I/O beyond reading the
override file once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Overrides:
    off: frozenset[date] = field(default_factory=frozenset)
    worked: frozenset[date] = field(default_factory=frozenset)
    years: frozenset[int] = field(default_factory=frozenset)  # years the operator has entered


class WorkCalendar:
    """Answers 'is this a working day?' and counts working days, both directions."""

    def __init__(self, overrides: Overrides | None = None):
        self.overrides = overrides or Overrides()
        self._vn = holidays.VN()
        self._known: dict[date, bool] = {}

    def is_working_day(self, day: date) -> bool:
        if day in self.overrides.off:
            return False
        if day in self.overrides.worked:
            return True
        known = self._known.get(day)
        if known is None:
            is_holiday = day in self._vn  # also loads that year's swap table
            known = self._known[day] = day in self._vn.weekend_workdays or (
                day.weekday() < 5 and not is_holiday
            )
        return known

    def holiday_name(self, day: date) -> str | None:
        if day in self.overrides.off:
            return "Nghỉ bù (quyết định hoán đổi)"
        return self._vn.get(day)

    def on_or_after(self, day: date) -> date:
        """The day itself if it is a working day, else the next working day."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def on_or_before(self, day: date) -> date:
        while not self.is_working_day(day):
            day -= ONE_DAY
        return day

    def add(self, day: date, n: int) -> date:
        """The working day `n` working days after `day` (before, if n < 0).

        `day` itself is not counted (Bộ luật Dân sự 2015, Điều 147): add(Fri, 1) is the
        next Monday when Monday is a working day. add(day, 0) is `on_or_after(day)`.
        """
        if n == 0:
            return self.on_or_after(day)
        step = ONE_DAY if n > 0 else -ONE_DAY
        left = abs(n)
        while left:
            day += step
            if self.is_working_day(day):
                left -= 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many working days `end` is after `start`."""
        if end <= start:
            return -self.between(end, start) if end < start else 0
        count, day = 0, start
        while day < end:
            day += ONE_DAY
            count += self.is_working_day(day)
        return count

    def missing_override_years(self, today: date) -> list[int]:
        """Years (this one and the next) that have no swap decisions entered yet."""
        return [y for y in (today.year, today.year + 1) if y not in self.overrides.years]

    def override_warning(self, today: date, source: str = "the calendar overrides file") -> str | None:
        """What to tell the operator when this year or the coming one has no swap decisions
        entered in `source` (None when both have an entry; an empty entry means "no swaps")."""
        missing = self.missing_override_years(today)
        if not missing:
            return None
        years = " and ".join(str(y) for y in missing)
        return (f"no working-day swap decisions entered for {years} in {source}: holidays.VN may "
                f"miss that year's swapped days off and worked Saturdays; enter them (or "
                f"`{missing[-1]}: {{}}` if the Government has decided none)")


def load_overrides(data: dict | None) -> Overrides:
    """Build `Overrides` from the YAML mapping {year: {days_off: [...], worked_days: [...]}}."""
    off: set[date] = set()
    worked: set[date] = set()
    years: set[int] = set()
    for year, entry in (data or {}).items():
        years.add(int(year))
        entry = entry or {}
        off.update(_as_date(d) for d in entry.get("days_off") or [])
        worked.update(_as_date(d) for d in entry.get("worked_days") or [])
    return Overrides(frozenset(off), frozenset(worked), frozenset(years))


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    """The calendar with the project's override file (config/calendar_overrides.yaml)."""
    from config import load_calendar_overrides

    return WorkCalendar(load_overrides(load_calendar_overrides()))
