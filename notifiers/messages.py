"""The Vietnamese texts of follow-ups. Messages carry references (the directive's number,
clause and deadline) and the action, nothing confidential beyond them."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Facts:
    """What a message says about an assignment."""

    kind: str  # assigned | reminder | due_today | overdue | escalation
    assignment_id: int
    agency: str  # the agency's name
    role: str  # lead | support
    number: str
    issuer: str
    issued_on: date | None
    clause: str
    action: str
    due_on: date | None
    deadline_text: str | None
    recurrence: str | None
    days_left: int | None = None  # working days to the deadline
    days_late: int | None = None  # working days past the deadline


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _ref(f: Facts) -> str:
    issued = f" ngày {_d(f.issued_on)}" if f.issued_on else ""
    return f"Văn bản số {f.number}{issued} của {f.issuer}, mục {f.clause}"


def _deadline(f: Facts) -> str:
    if f.due_on:
        return f"Thời hạn: {_d(f.due_on)}" + (f" ({f.deadline_text})" if f.deadline_text else "")
    if f.recurrence == "ongoing":
        return "Thời hạn: thực hiện thường xuyên"
    if f.recurrence:
        return f"Thời hạn: định kỳ ({f.deadline_text or f.recurrence})"
    return "Thời hạn: " + (f.deadline_text or "không ghi thời hạn cụ thể")


SUBJECTS = {
    "assigned": "[Giao việc] {number} mục {clause}: {agency}",
    "reminder": "[Nhắc việc] {number} mục {clause}: còn {days_left} ngày làm việc",
    "due_today": "[Đến hạn hôm nay] {number} mục {clause}",
    "overdue": "[Quá hạn] {number} mục {clause}: {agency}",
    "escalation": "[Báo cáo quá hạn] {number} mục {clause}: {agency} quá hạn {days_late} ngày làm việc",
    # minimal texts for the kinds issue 4 plans (status requests, extension decisions), so that
    # they do not fail for want of a template; the channels work owns the wording
    "status_request": "[Đề nghị báo cáo tiến độ] {number} mục {clause}: {agency}",
    "occurrence": "[Nhắc báo cáo định kỳ] {number} mục {clause}: còn {days_left} ngày làm việc",
    "extension": "[Gia hạn] {number} mục {clause}: {agency}",
}

OPENINGS = {
    "assigned": "{agency} được giao {role_text} thực hiện nhiệm vụ sau.",
    "reminder": "Đề nghị {agency} khẩn trương thực hiện nhiệm vụ sau; còn {days_left} ngày làm việc đến hạn.",
    "due_today": "Hôm nay là hạn hoàn thành nhiệm vụ sau của {agency}. Đề nghị báo cáo kết quả.",
    "overdue": "Nhiệm vụ sau của {agency} đã quá hạn. Đề nghị Thủ trưởng đơn vị chỉ đạo hoàn thành và báo cáo.",
    "escalation": "Kính báo cáo: nhiệm vụ sau của {agency} đã quá hạn {days_late} ngày làm việc, chưa có báo cáo hoàn thành.",
    "status_request": "Đề nghị {agency} báo cáo tình hình, kết quả thực hiện nhiệm vụ thường xuyên sau.",
    "occurrence": "Đề nghị {agency} gửi báo cáo định kỳ theo nhiệm vụ sau; còn {days_left} ngày làm việc đến hạn.",
    "extension": "Thông báo về đề nghị gia hạn nhiệm vụ sau của {agency}; thời hạn hiện hành như dưới đây.",
}


def compose(f: Facts) -> tuple[str, str]:
    """The subject and plain-text body of a follow-up, NFC-normalised."""
    values = {
        "agency": f.agency,
        "number": f.number,
        "clause": f.clause,
        "days_left": f.days_left if f.days_left is not None else "",
        "days_late": f.days_late if f.days_late is not None else "",
        "role_text": "chủ trì" if f.role == "lead" else "phối hợp",
    }
    subject = SUBJECTS[f.kind].format(**values)
    body = "\n".join(
        [
            f"Kính gửi: {f.agency}",
            "",
            OPENINGS[f.kind].format(**values),
            "",
            f"- {_ref(f)}",
            f"- Nội dung: {f.action}",
            f"- {_deadline(f)}",
            "",
            f"Mã theo dõi: #{f.assignment_id}. Khi hoàn thành, đề nghị đơn vị báo cáo kết quả, ghi rõ mã này.",
            "Tin nhắn tự động của hệ thống đôn đốc nhiệm vụ (dondoc).",
        ]
    )
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    return nfc(subject), nfc(body)
