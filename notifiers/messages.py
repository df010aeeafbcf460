"""The Vietnamese texts of follow-ups, per kind and per channel style, NFC-normalised.

Messages carry references — the directive's number, the clause, the deadline, the tracking
code — and nothing confidential beyond them: the clause's action text goes only into e-mail
and outbox messages, and only when the channels file says ``include_action: true``.

Styles: ``email`` (subject, plain text and HTML), ``text`` (subject and full plain text: the
outbox, generic Apprise URLs), ``chat`` (a few lines: Zalo OA), ``sms`` (one short line,
without diacritics by default, length checked), ``zns`` (Zalo template parameters).
"""
from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from notifiers.base import Message


@dataclass(frozen=True)
class Facts:
    """What a message says about an assignment."""

    kind: str  # assigned | reminder | due_today | overdue | escalation | status_request | …
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


@dataclass(frozen=True)
class Kind:
    label: str  # the subject's bracketed prefix
    subject: str  # after the prefix
    opening: str  # first sentence of the full text
    short: str  # the SMS sentence (written with diacritics; folded when sending)


GENERIC = Kind(
    "Nhắc việc", "{number} mục {clause}: {agency}",
    "Đề nghị {agency} quan tâm thực hiện nhiệm vụ sau.",
    "Nhắc việc: VB {number} mục {clause}, {deadline_short}",
)

KINDS: dict[str, Kind] = {
    "assigned": Kind(
        "Giao việc", "{number} mục {clause}: {agency}",
        "{agency} được giao {role_text} thực hiện nhiệm vụ sau.",
        "Giao việc ({role_text}): VB {number} mục {clause}, {deadline_short}",
    ),
    "reminder": Kind(
        "Nhắc việc", "{number} mục {clause}: còn {days_left} ngày làm việc",
        "Đề nghị {agency} khẩn trương thực hiện nhiệm vụ sau; còn {days_left} ngày làm việc đến hạn.",
        "Nhắc việc: VB {number} mục {clause}, {deadline_short}, còn {days_left} ngày làm việc",
    ),
    "due_today": Kind(
        "Đến hạn hôm nay", "{number} mục {clause}",
        "Hôm nay là hạn hoàn thành nhiệm vụ sau của {agency}. Đề nghị báo cáo kết quả.",
        "Đến hạn hôm nay: VB {number} mục {clause}. Đề nghị báo cáo kết quả",
    ),
    "overdue": Kind(
        "Quá hạn", "{number} mục {clause}: {agency}",
        "Nhiệm vụ sau của {agency} đã quá hạn. Đề nghị Thủ trưởng đơn vị chỉ đạo hoàn thành và báo cáo.",
        "Quá hạn: VB {number} mục {clause}, {deadline_short}. Đề nghị chỉ đạo hoàn thành, báo cáo",
    ),
    "escalation": Kind(
        "Báo cáo quá hạn", "{number} mục {clause}: {agency} quá hạn {days_late} ngày làm việc",
        "Kính báo cáo: nhiệm vụ sau của {agency} đã quá hạn {days_late} ngày làm việc, chưa có báo cáo hoàn thành.",
        "Báo cáo quá hạn: VB {number} mục {clause}, quá hạn {days_late} ngày làm việc",
    ),
    "status_request": Kind(
        "Đề nghị báo cáo tiến độ", "{number} mục {clause}: {agency}",
        "Đề nghị {agency} báo cáo tình hình, kết quả thực hiện nhiệm vụ sau.",
        "Đề nghị báo cáo tiến độ: VB {number} mục {clause}",
    ),
    "occurrence": Kind(
        "Nhắc báo cáo định kỳ", "{number} mục {clause}: hạn {deadline_short_plain}",
        "Đề nghị {agency} gửi báo cáo định kỳ theo nhiệm vụ sau.",
        "Nhắc báo cáo định kỳ: VB {number} mục {clause}, {deadline_short}",
    ),
    "extension": Kind(
        "Gia hạn", "{number} mục {clause}: {agency}",
        "Thông báo về đề nghị gia hạn nhiệm vụ sau của {agency}; thời hạn hiện hành như dưới đây.",
        "Gia hạn: VB {number} mục {clause}, {deadline_short}",
    ),
    "test": Kind(
        "Thử nghiệm", "kiểm tra kênh nhắc việc: {agency}",
        "Tin nhắn thử nghiệm kênh nhắc việc của {agency}; không cần trả lời.",
        "Thử nghiệm kênh nhắc việc dondoc: {agency}",
    ),
}


def kind_of(name: str) -> Kind:
    """The texts of a follow-up kind; a kind this version does not know reads as a generic reminder."""
    return KINDS.get(name, GENERIC)


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


def _deadline_short(f: Facts) -> str:
    if f.due_on:
        return _d(f.due_on)
    if f.recurrence == "ongoing":
        return "thường xuyên"
    return "định kỳ" if f.recurrence else "không ghi hạn"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _values(f: Facts) -> dict:
    return {
        "agency": f.agency,
        "number": f.number,
        "clause": f.clause,
        "days_left": f.days_left if f.days_left is not None else "",
        "days_late": f.days_late if f.days_late is not None else "",
        "role_text": "chủ trì" if f.role == "lead" else "phối hợp",
        "deadline_short": "hạn " + _deadline_short(f) if f.due_on else _deadline_short(f),
        "deadline_short_plain": _deadline_short(f),
    }


def _kind(f: Facts) -> Kind:
    k = kind_of(f.kind)
    if f.kind == "reminder" and f.days_left is None:  # undated: no count of days to show
        return GENERIC
    return k


def subject(f: Facts) -> str:
    k = _kind(f)
    return nfc(f"[{k.label}] " + k.subject.format(**_values(f)))


def plain(f: Facts, *, include_action: bool = False) -> str:
    k, v = _kind(f), _values(f)
    lines = [f"Kính gửi: {f.agency}", "", k.opening.format(**v), "", f"- {_ref(f)}"]
    if include_action and f.action:
        lines.append(f"- Nội dung: {f.action}")
    lines += [
        f"- {_deadline(f)}",
        "",
        f"Mã theo dõi: #{f.assignment_id}. Khi hoàn thành, đề nghị đơn vị báo cáo kết quả, ghi rõ mã này.",
        "Tin nhắn tự động của hệ thống đôn đốc nhiệm vụ (dondoc).",
    ]
    return nfc("\n".join(lines))


def html_body(f: Facts, *, include_action: bool = False) -> str:
    k, v = _kind(f), _values(f)
    e = html.escape
    items = [f"<li>{e(_ref(f))}</li>"]
    if include_action and f.action:
        items.append(f"<li>Nội dung: {e(f.action)}</li>")
    items.append(f"<li><b>{e(_deadline(f))}</b></li>")
    return nfc(
        f"<p>Kính gửi: {e(f.agency)}</p>\n"
        f"<p>{e(k.opening.format(**v))}</p>\n"
        f"<ul>{''.join(items)}</ul>\n"
        f"<p>Mã theo dõi: <b>#{f.assignment_id}</b>. Khi hoàn thành, đề nghị đơn vị báo cáo kết quả, "
        f"ghi rõ mã này.</p>\n"
        f"<p style=\"color:#666\">Tin nhắn tự động của hệ thống đôn đốc nhiệm vụ (dondoc).</p>"
    )


def chat(f: Facts) -> str:
    """A few lines for a chat message (Zalo OA): diacritics kept, references only."""
    k, v = _kind(f), _values(f)
    return nfc("\n".join([
        f"[{k.label}] {f.number} mục {f.clause}",
        k.opening.format(**v),
        _deadline(f),
        f"Mã theo dõi: #{f.assignment_id}",
    ]))


# --- SMS -------------------------------------------------------------------------------------

# GSM 03.38: the basic set costs one unit, the extension table two; anything else forces UCS-2.
_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXT = set("^{}\\[~]|€\f")


def fold(text: str) -> str:
    """Vietnamese without diacritics, for SMS: NFC first, then marks dropped, đ/Đ mapped."""
    text = unicodedata.normalize("NFD", nfc(text)).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    # a non-breaking space or typographic dash is not GSM-7 and would make the SMS UCS-2 (and cost 2-3x)
    return text.replace("\u00a0", " ").replace("–", "-").replace("—", "-").replace("“", '"').replace("”", '"')


def sms_length(text: str) -> tuple[str, int, int]:
    """(encoding, units, segments) of an SMS: GSM-7 is 160 units in one part, 153 per part
    when split; UCS-2 is 70, and 67 per part."""
    if all(c in _GSM_BASIC or c in _GSM_EXT for c in text):
        units = sum(2 if c in _GSM_EXT else 1 for c in text)
        single, part = 160, 153
        encoding = "gsm7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
        encoding = "ucs2"
    segments = 1 if units <= single else -(-units // part)
    return encoding, units, segments


@dataclass(frozen=True)
class SmsOptions:
    unicode: bool = False  # keep diacritics (UCS-2: 70 characters a segment instead of 160)
    max_segments: int = 1


def sms(f: Facts, options: SmsOptions = SmsOptions()) -> str:
    """One short line; optional parts are dropped until it fits ``max_segments``."""
    k, v = _kind(f), _values(f)
    required = k.short.format(**v)
    optional = [f"Ma #{f.assignment_id}" if not options.unicode else f"Mã #{f.assignment_id}", f.agency]
    finish = (lambda s: nfc(s)) if options.unicode else fold
    for n in range(len(optional), -1, -1):
        parts = [required] + optional[:n]
        text = finish(". ".join(parts[:1] + [p for p in parts[1:] if p]) + ".")
        if sms_length(text)[2] <= options.max_segments:
            return text
    # still too long (a very long directive number): cut, keeping the reference at the start
    text = finish(required)
    while sms_length(text + "...")[2] > options.max_segments and len(text) > 10:
        text = text[:-1]
    return text + "..."


# --- ZNS -------------------------------------------------------------------------------------

# Default names of the template parameters (as registered with Zalo) → what they hold.
ZNS_PARAMS = {
    "agency": "agency", "number": "number", "clause": "clause", "deadline": "deadline",
    "kind": "kind", "code": "code", "days": "days",
}
ZNS_PARAM_MAX = 30  # characters: the length limit of most ZNS parameter types
ZNS_PARAM_MAX_LONG = {"agency": 100}


def zns_params(f: Facts, names: dict[str, str] | None = None) -> dict[str, str]:
    """The template_data of a ZNS message: each template parameter name → its value, cut to
    the parameter's length limit."""
    k = _kind(f)
    days = f.days_left if f.kind in ("reminder",) else f.days_late if f.kind in ("overdue", "escalation") else None
    facts = {
        "agency": f.agency, "number": f.number, "clause": f.clause,
        "deadline": _deadline_short(f), "kind": k.label, "code": str(f.assignment_id),
        "days": "" if days is None else str(days),
    }
    out = {}
    for name, fact in (names or ZNS_PARAMS).items():
        value = nfc(str(facts.get(fact, "")))
        limit = ZNS_PARAM_MAX_LONG.get(fact, ZNS_PARAM_MAX)
        out[name] = value if len(value) <= limit else value[: limit - 1] + "…"
    return out


# --- per style -------------------------------------------------------------------------------

STYLES = ("email", "text", "chat", "sms", "zns")


@dataclass(frozen=True)
class Style:
    """How a route renders messages (from its entry in the channels file)."""

    name: str = "text"
    include_action: bool = False
    sms: SmsOptions = SmsOptions()
    params: dict[str, str] | None = None  # ZNS parameter names
    templates: dict[str, str] = field(default_factory=dict)  # ZNS template id per kind

    def __hash__(self):
        return hash((self.name, self.include_action, self.sms,
                     tuple(sorted((self.params or {}).items())), tuple(sorted(self.templates.items()))))


def render(f: Facts, style: Style, key: str) -> Message:
    """The message of follow-up facts `f` for a channel of `style`, with idempotency key `key`."""
    subj = subject(f)
    if style.name == "email":
        return Message(subj, plain(f, include_action=style.include_action), key,
                       html=html_body(f, include_action=style.include_action), kind=f.kind)
    if style.name == "sms":
        return Message(subj, sms(f, style.sms), key, kind=f.kind)
    if style.name == "chat":
        return Message(subj, chat(f), key, kind=f.kind)
    if style.name == "zns":
        template = style.templates.get(f.kind) or style.templates.get("default")
        return Message(subj, chat(f), key, params=zns_params(f, style.params), template=template, kind=f.kind)
    return Message(subj, plain(f, include_action=style.include_action), key, kind=f.kind)


def compose(f: Facts) -> tuple[str, str]:
    """The subject and plain-text body of a follow-up (the ``text`` style)."""
    return subject(f), plain(f)
