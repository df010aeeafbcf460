"""The one clock. Everything that needs 'now' asks here or takes it as an argument."""
from __future__ import annotations

from datetime import datetime, timezone

import pendulum

from config import TIMEZONE

LOCAL = pendulum.timezone(TIMEZONE)


def now() -> datetime:
    """The current instant, tz-aware UTC."""
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """A tz-aware instant in UTC; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def parse_instant(text: str) -> datetime:
    """An ISO date-time from the command line; without an offset it is local (Asia/Ho_Chi_Minh)."""
    moment = pendulum.parse(text, tz=LOCAL)
    return as_utc(datetime.fromtimestamp(moment.timestamp(), timezone.utc))


def local(moment: datetime) -> pendulum.DateTime:
    """The instant in Asia/Ho_Chi_Minh, for display and local-time rules."""
    return pendulum.instance(as_utc(moment)).in_timezone(LOCAL)
