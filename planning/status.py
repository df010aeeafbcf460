"""An assignment's status, derived from stored facts and 'today' (never a stored flag).

The official split of the province office: in progress within term (đang thực hiện trong
hạn), overdue (quá hạn), done on time (hoàn thành đúng hạn), done late (hoàn thành quá hạn);
plus needs_review (the reader was unsure) and cancelled.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from config import TIMEZONE

_LOCAL = ZoneInfo(TIMEZONE)

IN_PROGRESS = "in_progress"
OVERDUE = "overdue"
DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
NEEDS_REVIEW = "needs_review"
CANCELLED = "cancelled"
ALL = (IN_PROGRESS, OVERDUE, DONE_ON_TIME, DONE_LATE, NEEDS_REVIEW, CANCELLED)

LABELS = {
    IN_PROGRESS: "Đang thực hiện trong hạn",
    OVERDUE: "Quá hạn",
    DONE_ON_TIME: "Hoàn thành đúng hạn",
    DONE_LATE: "Hoàn thành quá hạn",
    NEEDS_REVIEW: "Cần rà soát",
    CANCELLED: "Đã hủy",
}


def local_date(moment: datetime) -> date:
    """The day of a UTC instant in Asia/Ho_Chi_Minh."""
    return moment.astimezone(_LOCAL).date()


def status(
    *, due_on: date | None, done_at: datetime | None, now: datetime, needs_review: bool = False,
    cancelled: bool = False,
) -> str:
    """The status at instant `now`. A deadline is met by completion any time on its day."""
    if cancelled:
        return CANCELLED
    if done_at is not None:
        if due_on is None or local_date(done_at) <= due_on:
            return DONE_ON_TIME
        return DONE_LATE
    if needs_review:
        return NEEDS_REVIEW
    if due_on is not None and local_date(now) > due_on:
        return OVERDUE
    return IN_PROGRESS


def days_overdue(due_on: date | None, until: date) -> int:
    """Calendar days past the deadline (0 when not late)."""
    return max(0, (until - due_on).days) if due_on else 0
