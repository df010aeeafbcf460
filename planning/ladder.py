"""The follow-up plan of an assignment: pure functions of the deadline, the ladder and the
working calendar. Nothing here reads the clock; `assigned_at` is passed in."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pendulum

from config import TIMEZONE
from planning.workdays import WorkCalendar

LOCAL = pendulum.timezone(TIMEZONE)


@dataclass(frozen=True)
class Step:
    kind: str
    to: str
    roles: tuple[str, ...]
    at_assignment: bool = False
    before: int | None = None
    after: int | None = None
    repeat: int | None = None


@dataclass(frozen=True)
class Ladder:
    start: time
    end: time
    send_time: time
    dated: tuple[Step, ...]
    undated: tuple[Step, ...]


@dataclass(frozen=True)
class Planned:
    kind: str
    recipient: str
    due_at: datetime  # UTC
    repeat_days: int | None = None


def load_ladder(data: dict) -> Ladder:
    def steps(items):
        return tuple(
            Step(
                kind=s["kind"],
                to=s["to"],
                roles=tuple(s.get("roles") or ("lead",)),
                at_assignment=s.get("at") == "assignment",
                before=s.get("before"),
                after=s.get("after"),
                repeat=s.get("repeat"),
            )
            for s in items or ()
        )

    hours = data.get("working_hours") or {}
    return Ladder(
        start=time.fromisoformat(hours.get("start", "07:30")),
        end=time.fromisoformat(hours.get("end", "17:00")),
        send_time=time.fromisoformat(data.get("send_time", "08:00")),
        dated=steps(data.get("dated")),
        undated=steps(data.get("undated")),
    )


def local_instant(day: date, at: time) -> datetime:
    """`day` at local time `at`, as a UTC instant."""
    moment = pendulum.datetime(day.year, day.month, day.day, at.hour, at.minute, tz=LOCAL)
    return datetime.fromtimestamp(moment.timestamp(), tz=pendulum.UTC)


def next_window(moment: datetime, ladder: Ladder, calendar: WorkCalendar) -> datetime:
    """The earliest instant at or after `moment` inside working hours on a working day."""
    here = pendulum.instance(moment).in_timezone(LOCAL)
    day, clock = here.date(), here.time().replace(tzinfo=None)
    if calendar.is_working_day(day) and ladder.start <= clock < ladder.end:
        return moment
    if calendar.is_working_day(day) and clock < ladder.start:
        return local_instant(day, ladder.start)
    return local_instant(calendar.add(day, 1), ladder.start)


def effective_due(deadline_on: date | None, calendar: WorkCalendar) -> date | None:
    """The deadline as a working day: one on a day off moves to the next working day."""
    return calendar.on_or_after(deadline_on) if deadline_on else None


def step_instant(step: Step, due_on: date, ladder: Ladder, calendar: WorkCalendar) -> datetime:
    if step.before is not None:
        day = calendar.add(due_on, -step.before)
    else:
        day = calendar.add(due_on, step.after or 0)
    return local_instant(day, ladder.send_time)


def plan(
    *, role: str, due_on: date | None, assigned_at: datetime, ladder: Ladder, calendar: WorkCalendar
) -> list[Planned]:
    """The follow-ups of a new assignment, earliest first.

    Dated steps that would fall before the assignment exists are dropped (a letter that
    gives three days does not get a seven-day reminder), except the step after the deadline.
    """
    steps = ladder.dated if due_on else ladder.undated
    out: list[Planned] = []
    for step in steps:
        if role not in step.roles:
            continue
        if step.at_assignment:
            due_at = next_window(assigned_at, ladder, calendar)
        else:
            due_at = step_instant(step, due_on, ladder, calendar)
            if due_at <= assigned_at and step.after is None:
                continue
            due_at = max(due_at, next_window(assigned_at, ladder, calendar))
        out.append(Planned(step.kind, step.to, due_at, step.repeat))
    return sorted(out, key=lambda p: p.due_at)


def next_repeat(previous_due: datetime, every: int, ladder: Ladder, calendar: WorkCalendar) -> datetime:
    """The next occurrence of a repeating follow-up: `every` working days later, same hour."""
    day = pendulum.instance(previous_due).in_timezone(LOCAL).date()
    return local_instant(calendar.add(day, every), ladder.send_time)


def default_ladder() -> Ladder:
    from config import load_yaml, settings

    return load_ladder(load_yaml(settings().ladder_file))


