"""Deadlines and recurrences as Vietnamese directive letters write them.

Only expressions introduced by a deadline word count ("trước ngày 15/8/2019", "chậm nhất
…", "trong tháng 12/2018", "vào năm 2010", "không quá 2 tháng kể từ ngày ban hành");
a bare date is a citation, a meeting or an effectivity date and is ignored. Text inside
parentheses is ignored too (citations and asides). Dates are returned as the letter states
them: a month means its last day, a quarter the last day of the quarter, a year 31 December.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                 "chín": 9, "mười": 10, "mười lăm": 15, "hai mươi": 20, "ba mươi": 30}


@dataclass
class Timing:
    """One timing found in a piece of text; `kind` is date, recurrence, relative, delegated or urgent."""
    kind: str
    text: str
    start: int
    deadline: date | None = None
    time: str | None = None
    recurrence: str | None = None
    relative: dict | None = None
    review: list[str] = field(default_factory=list)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the numbers are not a calendar date (typos happen)."""
    if not (1900 <= year <= 2200 and 1 <= month <= 12):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# an aside that is itself a deadline ("… theo quy định (trước ngày 15/12/2023); …") stays
_MASK_PARENS = re.compile(r"\((?!\s*(?:hoàn thành |xong )?(?:trước|chậm nhất|hạn chót|thời hạn)\s)[^()]{0,400}\)")


def mask_parentheses(text: str) -> str:
    """Same length, with the content of (…) blanked: asides hold citations, not deadlines."""
    return _MASK_PARENS.sub(lambda m: " " * len(m.group()), text)


_D = r"(\d{1,2})"
_Y = r"(\d{4})"
_SEP = r"\s*[/.\-]\s*"
_TIME = r"(?:(?P<hh>\d{1,2})\s*(?:giờ|h)\s*(?:(?P<mm>\d{2})\s*(?:phút|'|’)?)?\s*,?\s*(?:,?\s*ngày\s*)?)?"
_CUE = (
    r"(?P<cue>(?:hoàn thành|xong|thực hiện xong|kết thúc)?\s*"
    r"(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?(?:\s+trong)?(?:\s+đến)?|hạn chót(?:\s+là)?|"
    r"không (?:muộn|chậm) hơn|(?:đến|tới) hết|trong|vào|đến hạn|xong trước|tại phiên họp[^.;:()]{0,50}?|"
    r"tại kỳ họp[^.;:()]{0,50}?|là|:)\s+)"
)
_DEADLINE = re.compile(
    r"(?:(?<![\w/])(?=[hxtkcvđlHXTKCVĐ])|(?=:))" + _CUE + _TIME + r"(?:"
    r"(?:ngày\s*)?(?P<d1>\d{1,2})" + _SEP + r"(?P<m1>\d{1,2})" + _SEP + r"(?P<y1>\d{4})"
    r"|ngày\s*(?P<d2>\d{1,2})\s*tháng\s*(?P<m2>\d{1,2})\s*năm\s*(?P<y2>\d{4})"
    r"|(?P<end>cuối\s+)?tháng\s*(?P<m3>\d{1,2})\s*(?:/|-|năm)\s*(?P<y3>\d{4})"
    r"|(?P<qend>cuối\s+)?quý\s*(?P<q>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?P<y4>\d{4})"
    r"|(?:6|sáu)\s*tháng\s*(?P<half>đầu|cuối)\s*năm\s*(?P<y5>\d{4})"
    r"|(?:cuối\s+)?năm\s*(?P<y6>\d{4})"
    r"|(?:ngày\s*)?(?P<d7>\d{1,2})\s*/\s*(?P<m7>\d{1,2})(?![\d/])"
    r"|ngày\s*(?P<d9>\d{1,2})\s*[-.]\s*(?P<m9>\d{1,2})(?![\d/-]|\.\d|\s*[-–]\s*\d)"  # "trước ngày 25-10", press style
    r"|ngày\s*(?P<d8>\d{1,2})\s*tháng\s*(?P<m8>\d{1,2})(?!\s*năm)(?!\d)"
    r")",
    re.I,
)
_RELATIVE = re.compile(
    r"(?<!\w)(?=[tkcsTKCS])(?P<cue>trong thời hạn|trong vòng|trong thời gian|không quá|chậm nhất(?:\s+là)?(?:\s+sau)?|trong|sau)\s+"
    r"(?P<n>\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười lăm|mười|hai mươi|ba mươi)\s*"
    r"(?P<unit>ngày làm việc|ngày|tuần|tháng)(?!\s*(?:(?:đầu|cuối)\s*năm|còn lại))(?!\s*/)(?!\s*\d)"
    r"(?:\s*,?\s*(?:kể từ|tính từ)\s+(?P<anchor>[^,;.()]{1,120}))?",
    re.I,
)
_ANCHOR_ISSUE = re.compile(r"^ngày\s+(?:ban hành|ký)\b", re.I)
_ANCHOR_DATE = re.compile(r"ngày\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})|ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")

_YEARLY_DATES = re.compile(
    r"(?:trước|vào|chậm nhất|trong)?\s*(?:ngày\s*)?(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})"
    r"(?:\s*(?:và|,)\s*(?:ngày\s*)?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2}))?"
    r"\s*(?:của\s+)?(?P<next>năm sau\b|năm tiếp theo\b)?(?:\s*(?:hằng|hàng|mỗi)\s+năm)?",
    re.I,
)
_RECURRENCE = re.compile(
    r"(?<!\w)(?=[tvcnđhmb6sTVCNĐHMB])(?:(?P<monthday>(?:trước|vào|chậm nhất|trong)?\s*ngày\s*(?P<md>\d{1,2})\s*"
    r"(?:(?:hằng|hàng|mỗi)\s+tháng|(?:của\s+)?tháng\s+(?P<mnext>sau|tiếp theo|kế tiếp)(?:\s+liền kề)?))"
    r"|(?P<qday>(?:trước|vào|chậm nhất)?\s*ngày\s*(?P<qd>\d{1,2})\s*(?:của\s+)?tháng\s+(?:cuối(?:\s+cùng)?|thứ ba)\s+"
    r"(?:của\s+)?(?:mỗi|hằng|hàng|các)?\s*quý)"
    r"|(?P<qnext>(?:trước|vào|chậm nhất)?\s*ngày\s*(?P<qnd>\d{1,2})\s*(?:của\s+)?tháng\s+(?:đầu|đầu tiên|thứ nhất)\s+"
    r"(?:của\s+)?quý\s+(?:sau|tiếp theo|kế tiếp))"
    r"|(?P<yday>(?:trước|vào|chậm nhất)?\s*ngày\s*(?P<yd1>\d{1,2})\s*/\s*(?P<ym1>\d{1,2})"
    r"(?:\s*(?:và|,)\s*(?:ngày\s*)?(?P<yd2>\d{1,2})\s*/\s*(?P<ym2>\d{1,2}))?\s*(?:của\s+)?"
    r"(?P<ynext>năm sau|năm tiếp theo)?\s*(?:hằng|hàng|mỗi)?\s*năm)"
    r"|(?P<semi>(?:định kỳ|hằng|hàng|mỗi)\s*(?:6|sáu)\s*tháng|(?:6|sáu)\s*tháng\s*(?:một|1)\s*lần|"
    r"báo cáo\s*(?:sơ kết\s*)?(?:định kỳ\s*)?(?:6|sáu)\s*tháng(?!\s*(?:đầu|cuối)\s*năm\s*\d))"
    r"|(?P<month>(?:định kỳ\s*)?(?:hằng|hàng|mỗi)\s+tháng|định kỳ\s+tháng(?!\s*\d))"
    r"|(?P<quarter>(?:định kỳ\s*)?(?:hằng|hàng|mỗi)\s+quý|định kỳ\s+quý(?!\s*(?:\d|[IV]+(?![\w]))))"
    r"|(?P<year>(?:định kỳ\s*)?(?:hằng|hàng|mỗi)\s+năm|định kỳ\s+năm)"
    r"|(?P<week>(?:định kỳ\s*)?(?:hằng|hàng|mỗi)\s+tuần)"
    r"|(?P<day>(?:hằng|hàng|mỗi)\s+ngày))",
    re.I,
)
_DELEGATED = re.compile(
    r"theo (?:đúng )?(?:kế hoạch|tiến độ|thời gian|thời hạn|lộ trình)[^,.;()]{0,60}"
    r"|theo (?:đúng )?yêu cầu (?:và hướng dẫn )?(?:tại|của) (?:Công văn|văn bản)[^,.;()]{0,40}"
    r"|theo (?:đúng )?quy định(?= *[.;]|$)",
    re.I,
)
_URGENT = re.compile(
    r"\bkhẩn trương\b|\bkịp thời(?= (?:báo cáo|gửi|phản ánh|xử lý|thông báo|đề xuất|kiến nghị|tham mưu))"
    r"|\b(?:hiện|khai|phục|cáo|lý|gửi|chức|chỉnh|dừng) (?P<ngay>ngay)\b|\bhỏa tốc\b|\bhoả tốc\b",
    re.I,
)


_NEGATED = re.compile(r"(?<![\w])(?:không|không phải|chưa|bỏ|thôi)\s+(?:phải\s+)?(?:thực hiện|lập|gửi|làm)\s+(?:các\s+)?(?:chế độ\s+)?"
                      r"báo cáo[^,.;:()]{0,20}$", re.I)
# the periods listed after a recurrence: "hằng quý, năm", "hằng tháng và quý", "6 tháng, năm"
_MORE_PERIODS = re.compile(r"\s*(?:,|và|hoặc)\s*(?P<p>quý|năm|6 tháng|sáu tháng)(?![\w])(?!\s*\d)", re.I)
_PERIOD_KIND = {"quý": "quarterly", "năm": "yearly", "6 tháng": "semiannual", "sáu tháng": "semiannual"}


_PURPOSE = re.compile(r"(?<![\w])(?:để|nhằm)\s[^.;]*$")  # a purpose clause runs on to the year
_COMPLETE = re.compile(r"hoàn thành|xong")  # "để …, bảo đảm hoàn thành công trình trong năm 2018": a target
_EVENT_BEFORE = re.compile(r"(?<![\w])(?:diễn ra|khai mạc|dự kiến)\s*$", re.I)
# cheap tests that let most sentences skip the long patterns
_DIGIT = re.compile(r"\d")
_PERIOD_WORD = re.compile(r"hằng|hàng|mỗi|định kỳ|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười", re.I)


def _q_end(q: str, year: int) -> date:
    return last_day(year, 3 * _ROMAN[q.upper()])


def _time(m: re.Match) -> str | None:
    if m.group("hh") is None:
        return None
    hh, mm = int(m.group("hh")), int(m.group("mm") or 0)
    return f"{hh:02d}:{mm:02d}" if hh < 24 and mm < 60 else None


# "trong hai tháng còn lại", "những tháng còn lại của năm 2023", "các tháng cuối năm": the rest of the year
_REST_OF_YEAR = re.compile(
    r"(?<![\w])(?:trong|những|các)\s+(?:(?:\d{1,2}|hai|ba|bốn|năm|sáu)\s+)?(?:tháng còn lại|tháng cuối năm)"
    r"(?:\s+(?:của\s+)?năm(?:\s+(?P<y>(?:19|20)\d{2}))?)?",
    re.I,
)


def find_timings(text: str, issued_on: date | None = None, *, bare: bool = False,
                 year: int | None = None) -> list[Timing]:
    """Every deadline, recurrence, relative deadline, delegated deadline or urgency word in `text`.

    `bare=True` reads a table cell that is itself a deadline ("Tháng 9/2024", "Quý IV"):
    no deadline word is needed. Years left out of a day/month take `issued_on`'s year and
    carry a review reason. Overlapping finds keep the earliest, longest one.
    """
    masked = mask_parentheses(text)
    if bare:
        masked = "trước " + masked
        shift = 6
    else:
        shift = 0
    found: list[Timing] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    has_digit = _DIGIT.search(masked) is not None
    periodic = has_digit or _PERIOD_WORD.search(masked) is not None
    for m in (_RECURRENCE.finditer(masked) if periodic else ()):
        if _NEGATED.search(masked, max(0, m.start() - 50), m.start()):
            continue  # "không thực hiện báo cáo hằng tháng và hằng quý": no such report
        rec = _recurrence(m)
        if rec and free(m.start(), m.end()):
            s = m.group().strip()
            found.append(Timing("recurrence", s, max(0, m.start() - shift), recurrence=rec))
            taken.append((m.start(), m.end()))
            more = _MORE_PERIODS.match(masked, m.end()) if rec in ("monthly", "quarterly", "semiannual") else None
            if more:  # "báo cáo định kỳ hằng quý, năm": a quarterly and a yearly report
                extra = _PERIOD_KIND[more.group("p").lower()]
                if extra != rec and free(more.start(), more.end()):
                    found.append(Timing("recurrence", text[more.start() - shift:more.end() - shift].strip(" ,"),
                                        max(0, more.start() - shift), recurrence=extra))
                    taken.append((more.start(), more.end()))
    for m in (_DEADLINE.finditer(masked) if has_digit else ()):
        if not free(m.start(), m.end()) or _EVENT_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "dự kiến diễn ra vào cuối tháng 8-2020": when an event happens, not a deadline
        purpose = _PURPOSE.search(masked, max(0, m.start() - 300), m.start()) if m.group("y6") else None
        if purpose and not _COMPLETE.search(masked, purpose.start(), m.end()):
            continue  # "… để có giải pháp ứng phó với thiên tai trong năm 2022": the year the purpose is about
        t = _deadline(m, issued_on, bare, year)
        if t:
            t.start = max(0, m.start() - shift)
            t.text = text[max(0, m.start() - shift):m.end() - shift].lstrip(": ").strip() if not bare else text.strip()
            found.append(t)
            taken.append((m.start(), m.end()))
    if "tháng c" in masked:
        for m in _REST_OF_YEAR.finditer(masked):
            y = int(m.group("y")) if m.group("y") else (issued_on.year if issued_on else year)
            if y and free(m.start(), m.end()) and 1900 <= y <= 2200:
                found.append(Timing("date", text[m.start() - shift:m.end() - shift].strip(), max(0, m.start() - shift),
                                    deadline=date(y, 12, 31)))
                taken.append((m.start(), m.end()))
    for m in (_RELATIVE.finditer(masked) if periodic else ()):
        if not free(m.start(), m.end()):
            continue
        t = _relative(m, issued_on)
        t.start = max(0, m.start() - shift)
        t.text = (text[max(0, m.start() - shift):m.end() - shift] if not bare else text).strip(" ,")
        found.append(t)
        taken.append((m.start(), m.end()))
    if not found and has_digit:
        m = _BARE_PERIOD.search(masked)
        if m and _SUBMIT_BEFORE.search(masked, max(0, m.start() - 80), m.start()):
            # "… trình Thủ tướng Chính phủ Quý II năm 2014.": the period a submission is due in
            t = _deadline(_DEADLINE.match("trong " + m.group()), issued_on, bare, year)
            if t:
                t.start, t.text = max(0, m.start() - shift), text[m.start() - shift:m.end() - shift].strip()
                found.append(t)
    if not found:
        m = _DELEGATED.search(masked)
        if m:
            found.append(Timing("delegated", text[m.start() - shift:m.end() - shift].strip(), m.start() - shift))
    if not found:
        m = _URGENT.search(masked)
        if m:
            word = "ngay" if m.group("ngay") else m.group().strip()
            found.append(Timing("urgent", word, m.start() - shift))
    found.sort(key=lambda t: t.start)
    return found


def _recurrence(m: re.Match) -> str | None:
    g = m.groupdict()
    if g["monthday"]:
        day = int(g["md"])
        if not 1 <= day <= 31:
            return None
        return f"monthly:next_month:day={day}" if g["mnext"] else f"monthly:day={day}"
    if g["qday"]:
        return f"quarterly:last_month:day={int(g['qd'])}"
    if g["qnext"]:
        return f"quarterly:next_quarter_first_month:day={int(g['qnd'])}"
    if g["yday"]:
        text = m.group().lower()
        if "năm" not in text or not re.search(r"(?:hằng|hàng|mỗi)\s+năm|năm sau|năm tiếp theo", text):
            return None
        d1, m1 = int(g["yd1"]), int(g["ym1"])
        if not (1 <= m1 <= 12 and 1 <= d1 <= 31):
            return None
        if g["yd2"]:
            d2, m2 = int(g["yd2"]), int(g["ym2"])
            return f"semiannual:{m1:02d}-{d1:02d},{m2:02d}-{d2:02d}"
        return f"yearly:next_year:{m1:02d}-{d1:02d}" if g["ynext"] else f"yearly:{m1:02d}-{d1:02d}"
    if g["semi"]:
        return "semiannual"
    if g["month"]:
        return "monthly"
    if g["quarter"]:
        return "quarterly"
    if g["year"]:
        return "yearly"
    if g["week"]:
        return "weekly"
    if g["day"]:
        return "daily"
    return None


_BARE_PERIOD = re.compile(
    r"(?<=\s)(?<!hết )(?<!đến )(?<!tới )(?<!từ )(?<!trong )(?<!của )(?:[Qq]uý\s*(?:IV|I{1,3}|[1-4])\s*(?:/|năm)\s*\d{4}|[Tt]háng\s*\d{1,2}\s*(?:/|năm)\s*\d{4})(?=\s*(?:[.;]|$))")
_SUBMIT_BEFORE = re.compile(r"(?<![\w])(?:trình|báo cáo|hoàn thành|ban hành|gửi)(?![\w])[^.;]{0,70}$")
_STATUS_BEFORE = re.compile(r"(?<![\w])(?:tình hình|số liệu|kết quả|lũy kế|luỹ kế)(?![\w])(?![^.;]*(?:hoàn thành|xong))[^.;]{0,150}$")
_TERM_BEFORE = re.compile(r"(?<![\w])(?:[Tt]hời hạn|[Hh]ạn cuối|[Hh]ạn chót|[Hh]ạn nộp|[Hh]ạn gửi)(?![\w])[^.;]{0,50}$")
_RANGE_START = re.compile(r"(?<![\w])(?:từ|kể từ)\s+(?:ngày|nay|tháng|\d)", re.I)


def _deadline(m: re.Match, issued_on: date | None, bare: bool, year: int | None = None) -> Timing | None:
    g = m.groupdict()
    cue = (g["cue"] or "").strip().lower()
    point = cue.endswith(("trước", "hơn", "là", ":", "hạn", "vào", "trong", "đến", "hết")) or "chậm nhất" in cue
    review: list[str] = []
    when: date | None = None
    if cue.startswith(("đến hết", "tới hết")) and _STATUS_BEFORE.search(m.string, max(0, m.start() - 150), m.start()):
        return None  # "báo cáo tình hình giải ngân … đến hết tháng 4/2018": the data's cut-off, not a deadline
    if cue in ("là", ":") and not _TERM_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return None  # "… là ngày 30/9/2025", "…: ngày 20/4/2020" are deadlines only after "thời hạn", "hạn cuối"
    if cue.startswith(("đến", "tới")) and _RANGE_START.search(m.string, max(0, m.start() - 80), m.start()):
        return None  # "từ ngày 15/01 đến hết ngày 19/01": the end of a period, not a deadline
    if g["y1"] or g["y2"]:
        if cue.startswith(("tại phiên", "tại kỳ")):
            return None
        if cue in ("vào",):
            return None  # "vào ngày …" names when something happens, not a deadline
        d, mo, y = (g["d1"], g["m1"], g["y1"]) if g["y1"] else (g["d2"], g["m2"], g["y2"])
        when = make_date(int(y), int(mo), int(d))
        if when is None:
            return None
    elif g["y3"]:
        mo, y = int(g["m3"]), int(g["y3"])
        if not 1 <= mo <= 12:
            return None
        when = last_day(y, mo)
        if cue.endswith("trước") and not g["end"] and not bare:
            when = date(y, mo, 1) - timedelta(days=1)  # "trước tháng 6 năm 2009": before June begins
    elif g["y4"]:
        when = _q_end(g["q"], int(g["y4"]))
    elif g["y5"]:
        y = int(g["y5"])
        when = date(y, 6, 30) if g["half"].lower() == "đầu" else date(y, 12, 31)
    elif g["y6"]:
        if cue.startswith(("tại phiên", "tại kỳ")) or not point:
            return None
        y = int(g["y6"])
        if not 1900 <= y <= 2200:
            return None
        when = date(y, 12, 31)
    elif g["d7"] or g["d8"] or g["d9"]:
        if cue.startswith(("tại phiên", "tại kỳ", "vào", "trong")) and not bare:
            return None
        d, mo = (g["d7"], g["m7"]) if g["d7"] else (g["d9"], g["m9"]) if g["d9"] else (g["d8"], g["m8"])
        if issued_on is None and year is None:
            return None
        # a digest without its letter's date: the year the text itself keeps using
        when = make_date(issued_on.year if issued_on else year, int(mo), int(d))
        if when is not None and issued_on and when < issued_on:
            # "trước ngày 15/01" in a letter of December: the next January
            when = make_date(issued_on.year + 1, int(mo), int(d))
        if when is None:
            return None
        review.append("năm của hạn không ghi; lấy năm ban hành")
    else:
        return None
    if issued_on and when < issued_on:
        review.append("hạn trước ngày ban hành (có thể nhầm năm)")
    return Timing("date", m.group(), m.start(), deadline=when, time=_time(m), review=review)


def _relative(m: re.Match, issued_on: date | None) -> Timing:
    raw = m.group("n").lower()
    amount = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
    unit = {"ngày làm việc": "working_day", "ngày": "day", "tuần": "week", "tháng": "month"}[
        re.sub(r"\s+", " ", m.group("unit").lower())
    ]
    anchor_text = re.split(r"\s+(?:phải|để|và|thì|cần|nhằm)\s", (m.group("anchor") or "").strip())[0].strip()
    t = Timing("relative", m.group(), m.start())
    anchor_day: date | None = None
    if not anchor_text:
        anchor = "unspecified"
        t.review.append("hạn tương đối không ghi mốc tính")
    elif _ANCHOR_ISSUE.match(anchor_text):
        anchor = "issued_on"
        anchor_day = issued_on
    else:
        dm = _ANCHOR_DATE.search(anchor_text)
        if dm:
            d, mo, y = (dm.group(1), dm.group(2), dm.group(3)) if dm.group(1) else dm.group(4, 5, 6)
            anchor_day = make_date(int(y), int(mo), int(d))
            anchor = anchor_day.isoformat() if anchor_day else anchor_text
        else:
            anchor = anchor_text
    t.relative = {"amount": amount, "unit": unit, "anchor": anchor}
    if anchor_day:
        t.deadline = count_from(anchor_day, amount, unit)
    return t


def count_from(day: date, amount: int, unit: str) -> date:
    """`amount` units after `day`; working days on the project's working calendar."""
    from datetime import timedelta

    if unit == "working_day":
        from planning.workdays import default_calendar

        return default_calendar().add(day, amount)
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    return add_months(day, amount)


_HEADER_DATE = re.compile(
    r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})|(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})",
    re.I,
)


def parse_date(text: str) -> date | None:
    """The first full date written in `text` ("ngày 25 tháng 5 năm 2018" or "25/5/2018")."""
    m = _HEADER_DATE.search(text)
    if not m:
        return None
    if m.group(1):
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return make_date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
