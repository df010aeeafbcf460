"""The follow-up plan of an assignment: pure functions of the deadline, the ladder and the
working calendar. Nothing here reads the clock; `assigned_at` is passed in.

The ladder (config/ladder.yaml) has one list of steps per kind of assignment (see
planning.recurrence.kind_of): ``dated`` (one deadline), ``recurring`` (the series gets the
``at: assignment`` steps, each dated occurrence the others), ``ongoing`` (the notice, then
status requests on a recurrence) and ``undated``. Each step names the roles it is for
(lead = chủ trì, support = phối hợp)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pendulum

from config import TIMEZONE
from planning.recurrence import occurrences, parse
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
    every: str | None = None  # a recurrence expression: when status requests go out (ongoing)


@dataclass(frozen=True)
class Ladder:
    start: time
    end: time
    send_time: time
    dated: tuple[Step, ...]
    undated: tuple[Step, ...]
    recurring: tuple[Step, ...] = ()
    ongoing: tuple[Step, ...] = ()
    horizon_days: int = 92  # how far ahead occurrences and status requests are planned

    def steps(self, kind: str) -> tuple[Step, ...]:
        """The steps of a kind of assignment (dated, recurring, ongoing, undated)."""
        if kind == "recurring":
            return self.recurring or self.dated
        if kind == "ongoing":
            return self.ongoing or self.undated
        return self.dated if kind == "dated" else self.undated


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
                every=s.get("every"),
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
        recurring=steps(data.get("recurring")),
        ongoing=steps(data.get("ongoing")),
        horizon_days=int(data.get("horizon_days", 92)),
    )


def local_instant(day: date, at: time) -> datetime:
    """`day` at local time `at`, as a UTC instant."""
    moment = pendulum.datetime(day.year, day.month, day.day, at.hour, at.minute, tz=LOCAL)
    return datetime.fromtimestamp(moment.timestamp(), tz=pendulum.UTC)


def in_window(moment: datetime, ladder: Ladder, calendar: WorkCalendar) -> bool:
    """Whether `moment` is inside working hours on a working day (local time)."""
    return next_window(moment, ladder, calendar) == moment


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
    """The deadline as a working day: one on a day off moves to the next working day
    (Bộ luật Dân sự 2015, Điều 148.5)."""
    return calendar.on_or_after(deadline_on) if deadline_on else None


def step_instant(step: Step, due_on: date, ladder: Ladder, calendar: WorkCalendar) -> datetime:
    if step.before is not None:
        day = calendar.add(due_on, -step.before)
    else:
        day = calendar.add(due_on, step.after or 0)
    return local_instant(day, ladder.send_time)


def plan(
    *, role: str, due_on: date | None, assigned_at: datetime, ladder: Ladder, calendar: WorkCalendar,
    kind: str | None = None, notices: bool = True, deadline_steps: bool = True,
) -> list[Planned]:
    """The follow-ups of an assignment planned at `assigned_at`, earliest first.

    `kind` picks the ladder (default: dated if there is a deadline, else undated).
    `notices` keeps the ``at: assignment`` steps (not when re-planning an assignment whose
    agency was already told); `deadline_steps` keeps the steps counted from the deadline
    (not for a recurring series, whose occurrences carry them). Steps that would fall before
    `assigned_at` are dropped (a letter that gives three days does not get a seven-day
    reminder), except the steps after the deadline, which go out at the next working window.
    Status requests (``every``) are planned by `status_requests`.
    """
    kind = kind or ("dated" if due_on else "undated")
    out: list[Planned] = []
    for step in ladder.steps(kind):
        if role not in step.roles or step.every:
            continue
        if step.at_assignment:
            if not notices:
                continue
            due_at = next_window(assigned_at, ladder, calendar)
        else:
            if due_on is None or not deadline_steps:
                continue
            due_at = step_instant(step, due_on, ladder, calendar)
            if due_at <= assigned_at and step.after is None:
                continue
            due_at = max(due_at, next_window(assigned_at, ladder, calendar))
        out.append(Planned(step.kind, step.to, due_at, step.repeat))
    return sorted(out, key=lambda p: p.due_at)


def status_requests(
    *, role: str, kind: str, after: date, through: date, ladder: Ladder, calendar: WorkCalendar
) -> list[Planned]:
    """The status requests of an ongoing assignment due in (after, through]: one per
    occurrence of each ``every`` step, on the working day on or after it, at the send time."""
    out = []
    for step in ladder.steps(kind):
        if not step.every or role not in step.roles:
            continue
        for occ in occurrences(parse(step.every), after=after, through=through):
            day = calendar.on_or_after(occ.due_on)
            out.append(Planned(step.kind, step.to, local_instant(day, ladder.send_time), step.repeat))
    return sorted(out, key=lambda p: p.due_at)


def next_repeat(previous_due: datetime, every: int, ladder: Ladder, calendar: WorkCalendar) -> datetime:
    """The next occurrence of a repeating follow-up: `every` working days later, same hour."""
    day = pendulum.instance(previous_due).in_timezone(LOCAL).date()
    return local_instant(calendar.add(day, every), ladder.send_time)


def default_ladder() -> Ladder:
    from config import load_yaml, settings

    return load_ladder(load_yaml(settings().ladder_file))


