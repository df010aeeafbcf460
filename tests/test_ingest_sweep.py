"""The seed letter through the real flows: ingest, then sweeps across simulated months."""
from __future__ import annotations

import pytest
from sqlmodel import select

from config.clock import parse_instant
from conftest import SEED
from helpers import count, outbox_files, outbox_messages

pytestmark = pytest.mark.usefixtures("prefect_harness")


def ingest(at: str, path=SEED):
    from flows.ingest import ingest_letter

    return ingest_letter(path=str(path), now=parse_instant(at))


def sweep(at: str):
    from flows.sweep import sweep as sweep_flow

    return sweep_flow(now=parse_instant(at))


def deadline_lines(outcome) -> list[dict]:
    """What a sweep sent about deadlines (not the quarterly status requests on ongoing duties)."""
    return [line for line in outcome.lines if line["kind"] != "status_request"]


def lead_assignment(clause: str):
    from models import db
    from models.queries import assignments

    with db.session() as session:
        return next(r for r in assignments(session, now=parse_instant("2018-05-25T08:00"))
                    if r.clause == clause and r.role == "lead")


def test_ingest_notifies_each_agency_once_and_reingest_changes_nothing(home):
    from models.tables import Assignment, Directive, FollowUp

    summary = ingest("2018-05-25T08:00")
    assert summary["created"] and summary["number"] == "2457/UBND-NC"

    messages = outbox_messages(home)
    assert len(messages) == summary["notices"]["sent"] > 0
    assert all(m["subject"].startswith("[Giao việc]") for m in messages)
    # one notice per (clause, agency): the 8 districts each get clauses 1, 2 and 3
    districts = [m for m in messages if m["to"].startswith("ubnd-huyen-") or m["to"].startswith("ubnd-tx-")]
    assert len(districts) == 8 * 3
    khdt = [m for m in messages if m["to"] == "so-ke-hoach-va-dau-tu/focal"]
    notice_52 = next(m for m in khdt if "mục 5.2" in m["subject"])
    assert "2457/UBND-NC" in notice_52["body"] and "01/10/2018" in notice_52["body"]
    assert "chủ trì" in notice_52["body"]

    before = (count(Directive), count(Assignment), count(FollowUp), len(outbox_files(home)))
    again = ingest("2018-06-01T09:00")
    assert again["created"] is False
    assert (count(Directive), count(Assignment), count(FollowUp), len(outbox_files(home))) == before


def test_sweeps_across_time_send_the_ladder_once(home):
    from models import db
    from models.store import mark_done

    ingest("2018-05-25T08:00")
    notices = len(outbox_files(home))

    first = deadline_lines(sweep("2018-09-20T08:00"))
    assert len(first) == 2  # 7 working days before 1/10 (30/9 is a Sunday): Sở KH&ĐT and Sở LĐ-TB&XH
    assert sweep("2018-09-20T08:00").sent == 0  # the same instant again: nothing twice

    khdt = lead_assignment("5.2")
    with db.session() as session:
        mark_done(session, assignment_id=khdt.id, at=parse_instant("2018-09-27T10:00"))
        session.commit()

    # catching up: 26/9, 28/9, 1/10, 2/10 and 4/10 are all due for 5.3 (5.2 is done); the
    # reminders and the due-today notice are stale by now: only the overdue notice to the head
    # and the escalation to the province office go out
    late = sweep("2018-10-04T08:00")
    kinds = sorted(line["kind"] for line in deadline_lines(late))
    assert kinds == ["escalation", "overdue"]
    assert {line["agency"] for line in deadline_lines(late)} == {"Sở Lao động - Thương binh và Xã hội"}
    assert late.became_overdue == [lead_assignment("5.3").id]
    assert sweep("2018-10-04T08:00").sent == 0

    # the escalation repeats every 3 working days until the assignment is done
    assert [line["kind"] for line in deadline_lines(sweep("2018-10-09T08:00"))] == ["escalation"]
    with db.session() as session:
        mark_done(session, assignment_id=lead_assignment("5.3").id, at=parse_instant("2018-10-10T09:00"))
        session.commit()
    # 5.1's reminders of 20/12, 26/12 and 28/12 are all due: only the latest goes; none for 5.3
    assert [line["kind"] for line in deadline_lines(sweep("2018-12-28T16:00"))] == ["reminder"]

    messages = [m for m in outbox_messages(home) if not m["subject"].startswith("[Đề nghị báo cáo tiến độ]")]
    assert not [m for m in outbox_messages(home) if ".dup" in m["name"]]
    assert len(messages) == notices + 2 + 2 + 1 + 1
    reminder = next(m for m in messages if "mục 5.1" in m["subject"] and "[Nhắc việc]" in m["subject"])
    assert "còn 1 ngày làm việc" in reminder["subject"]  # 31/12 and 1/1 are days off; due 2/1
    escalation = next(m for m in messages if m["subject"].startswith("[Báo cáo quá hạn]"))
    assert escalation["to"] == "van-phong-ubnd-tinh/office"
    assert "Sở Lao động - Thương binh và Xã hội" in escalation["body"]


def test_assignments_of_unknown_agencies_wait_for_review(home):
    from models import db
    from models.queries import assignments

    summary = ingest("2018-05-25T08:00")
    with db.session() as session:
        review = assignments(session, now=parse_instant("2018-05-25T08:00"), status="needs_review")
    assert summary["needs_review"] == len(review) > 0
    assert any("Trung ương" in r.agency for r in review)
    assert all(r.review_reason for r in review)
    sent_to = {m["to"].split("/")[0] for m in outbox_messages(home)}
    assert not any(code.startswith("x-") for code in sent_to)


def _artifact(key: str):
    import json

    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_latest_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    assert found, f"no artifact {key}"
    data = found[0].data
    return json.loads(data) if isinstance(data, str) and data[:1] in "[{" else data


def test_runs_publish_artifacts_for_operators(home):
    ingest("2018-05-25T08:00")
    table = _artifact("assignments-2457-ubnd-nc")
    noi_vu = next(row for row in table if row["agency"] == "Sở Nội vụ")
    assert noi_vu["lead"] == 4 and noi_vu["in_progress"] == 4

    sweep("2019-01-25T08:00")  # 5.1, 5.2 and 5.3 are overdue by now
    sweep("2019-02-01T08:00")  # then Sở Nội vụ's 5.4 (due 31/1)
    overdue = _artifact("sweep-overdue")
    assert [(row["agency"], row["clause"]) for row in overdue] == [("Sở Nội vụ", "5.4")]
    assert "| sent |" in _artifact("sweep-summary")


def test_a_sweep_outside_working_hours_sends_nothing_and_says_so(home):
    ingest("2018-05-25T08:00")
    evening = sweep("2018-09-20T19:00")  # the 7-day reminders of 20/9 08:00 are due
    assert evening.sent == 0
    assert "Outside working hours" in _artifact("sweep-summary")
    morning = deadline_lines(sweep("2018-09-21T07:30"))  # the next working window
    assert [line["kind"] for line in morning] == ["reminder", "reminder"]


def test_the_sweep_log_warns_when_next_years_swaps_are_not_entered(home):
    import logging

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Keep(level=logging.WARNING)
    logger = logging.getLogger("prefect.flow_runs")
    logger.addHandler(handler)
    try:
        sweep("2026-11-26T09:00")  # 2026 is entered in calendar_overrides.yaml, 2027 is not
        sweep("2018-11-26T09:00")  # 2018 and 2019 are
    finally:
        logger.removeHandler(handler)
    warnings = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "for 2027 in" in warnings[0] and "calendar_overrides.yaml" in warnings[0]


def test_a_sweep_after_a_long_gap_sends_one_escalation_not_every_missed_one(home):
    ingest("2018-05-25T08:00")
    gap = deadline_lines(sweep("2018-11-30T08:00"))  # the first sweep in months
    escalations = sorted(line["agency"] for line in gap if line["kind"] == "escalation")
    assert escalations == ["Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội"]
    assert sorted(line["kind"] for line in gap) == ["escalation", "escalation", "overdue", "overdue"]
    assert deadline_lines(sweep("2018-12-04T08:00")) == []
    # the next repeat counts 3 working days from when the last one went out
    assert sorted(line["kind"] for line in deadline_lines(sweep("2018-12-05T08:00"))) == [
        "escalation", "escalation"]
