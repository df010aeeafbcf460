"""The header and the foot of a letter (Nghị định 30/2020/NĐ-CP layout).

Top: tên cơ quan ban hành (issuer, upper case, left), Quốc hiệu (right), Số/ký hiệu, địa danh
and date, tên loại + trích yếu (or "V/v …" for a công văn), Kính gửi. Bottom: Nơi nhận (left)
and the signature block (right): authority line(s) "TM./KT./TL./TUQ./Q. …", title, name.
Web copies flatten the two columns, put the header in a pipe table, or prefix a site
metadata block ("Số hiệu: … Người ký: …"); portal digests have no header at all and name
the letter in a sentence ("Ngày 21/4/2020, UBND tỉnh ban hành Công văn số 1915/UBND-KTTH").
A field that is not in the text is None, never guessed.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from reader.dates import make_date, parse_date
from reader.text import fold, is_upper_line, squash

_UP = "A-ZĐÂĂÊÔƠƯ"
_KY_HIEU = (
    rf"(?P<n>\d{{1,6}})(?:\s*/\s*(?P<y>(?:19|20)\d{{2}}))?\s*(?P<sep>[/-])\s*"
    rf"(?P<kh>[{_UP}][A-Za-zĐđ0-9&]*(?:\s*[-–./]\s*[{_UP}][A-Za-zĐđ0-9&]*)*)"
)
# "S: 709/VPCP-KTTH": a web copy that lost the "ố" keeps the colon
# the kinds of letter a page names its letter by
_KINDS = "Công văn|Văn bản|Quyết định|Chỉ thị|Kế hoạch|Thông báo|Công điện"
_SO = re.compile(rf"(?:^|[\s|\-\d])(?:Số\s*:?\.?|S\s*:)\s*{_KY_HIEU}")  # "connector 2Số: 1551 /UBND-VX"
_BARE_KY_HIEU = re.compile(_KY_HIEU)
_SO_HIEU = re.compile(rf"Số hiệu\s*:\s*{_KY_HIEU}")
_CITED_NUMBER = re.compile(
    rf"(?P<kind>{_KINDS})\s*(?:số)?\s*:?\s*{_KY_HIEU}"
)
_MOTTO = re.compile(
    r"CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|CỘNG\s*HOÀ\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|"
    r"CỘNG\s*HÒA\s*XÃ\s*HỘI|CỘNG\s*HOÀ\s*XÃ\s*HỘI|CHỦ\s*NGHĨA\s*VIỆT\s*NAM|"
    r"Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc|[-–—_]{2,}",
    re.I,
)
_QUOC_HIEU = re.compile(r"CỘNG\s*H(?:ÒA|OÀ|OA)\s*XÃ\s*HỘI|Độc\s*lập\s*[-–—]\s*Tự\s*do", re.I)
_DATE_LINE = re.compile(
    r"(?P<pre>[^,|]{0,80}?),?\s*ngày\s*(?P<d>\d{1,2})\s*(?:tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})|"
    r"[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))"
)
# A digest names the letter it reports in its first sentence: "Ngày 21/4/2020, UBND tỉnh ban
# hành Công văn số …", "Ngày 14/10, Bộ GD&ĐT có văn bản gửi …", "Ngày 11/8/2020, … đã ký ban
# hành văn bản số …". A source tag may precede it ("GiadinhNet - Ngày …"). The verb must be
# one of issuing: a letter the issuer *received* ("nhận được Văn bản số …") is a citation.
# a day and month, maybe a year: "21/4/2020", "2-8-2014", "11.1", "12 tháng 5 năm 2021"
_DM = (r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
       r"|(?P<dl>\d{1,2})\s+tháng\s+(?P<ml>\d{1,2})(?:\s+năm\s+(?P<yl>\d{4}))?)(?!\d|[/.-]\d)")


def _dmy(m: re.Match) -> tuple[int, int, int | None]:
    if m.group("d"):
        return int(m.group("d")), int(m.group("m")), int(m.group("y")) if m.group("y") else None
    return int(m.group("dl")), int(m.group("ml")), int(m.group("yl")) if m.group("yl") else None


_DIGEST_DATE = re.compile(
    r"^\s*(?:\w{1,8}\s+)?(?:(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?\s+)?(?:[^\s.,]{1,30}\s*[-–]\s*|\([^()]{1,30}\)\s*[-–]?\s*)?(?:N[gG]ày|(?:Sáng|Chiều|Trưa|Tối|Đêm|Hôm)(?:\s+(?:nay|qua))?,?(?:\s+ngày)?)\s*\(?" + _DM + r"\)?"
    r"\s*[,.]?\s+(?P<rest>[^.]{0,200})"
)
# … or after a fronted clause: "Thực hiện chỉ đạo của Bộ trưởng …, ngày 11.1, Cục … đã có công văn …"
_DIGEST_DATE_MID = re.compile(
    r"(?:(?:[,;]\s*|(?<=[.!?:]\s)|\blúc\s+\S+\s+)(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)(?:\s+nay)?,?\s+)?[Nn]gày\s*|"
    r"(?:,\s*|(?<=[.!?:]\s)|\b)(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)(?:\s+nay)?,?\s+(?:ngày\s*)?)\(?" + _DM
    + r"\)?(?:\s*,\s*|\s+(?=(?:UBND|Ủy ban|Uỷ ban|Văn phòng|Sở|Bộ|Chủ tịch|Thủ tướng)\s))(?P<rest>[^.]{0,200})"
)
_ISSUING = re.compile(
    r"(?<![\w])(?:ban hành|ký|có|gửi|phát hành)\s+(?:[^\s.,;]+\s+){0,3}?"
    r"(?P<kind>công văn|văn bản|quyết định|chỉ thị|kế hoạch|thông báo|công điện)(?![\w])"
    rf"|(?P<kind2>{_KINDS})\s*số\s*:?\s*\d",
    re.I,
)
_ATTRIBUTION = re.compile(
    rf"^\(?\s*(?:Theo|Xem chi tiết(?: văn bản| nội dung)?(?: tại)?|Nguồn\s*:\s*(?:[Tt]ừ|[Tt]heo|[Tt]rích)?)\s*(?:{_KINDS}|CV|VB)"
    rf"\s*(?:số)?\s*:?\s*{_KY_HIEU}\s*(?:,?\s*(?:được\s+)?(?:ban hành\s+|ký\s+)?ngày\s*(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}))?"
)
# a letter's number printed without its ký hiệu, right after the letter's kind ("Công văn khẩn số 5995")
_BARE_NUMBER = re.compile(r"(?:\S+(?:\s+\S+){0,3}?\s+số|\S+\s+\S+)\s+(?P<n>(?!(?:19|20)\d\d(?!\d))\d{2,6})(?![\d/\w-])")
_DATED = re.compile(
    r"\s*,?\s*\(?\s*(?:(?:được\s+)?(?:ban hành|ký)\s+)?ngày\s*(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\d/.]\d)"
)
# words before a document's number that make it a cited (earlier) document, not the letter itself
_CITING_LEAD = re.compile(
    r"(?i)\b(?:thực hiện|căn cứ|theo|triển khai|nhận được|tiếp theo|hưởng ứng|trên cơ sở|tại|quy định|"
    r"hướng dẫn|kèm theo|nêu|đã|ngoài ra)\b"
)
_TITLE_PAREN = re.compile(rf"\(\s*(?:(?:{_KINDS})\s+(?:số\s*)?)?{_KY_HIEU}\s*,\s*ngày\s*(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}})\s*\)")
_TITLE_LEAD = re.compile(rf"(?P<kind>Công văn|Công điện|Quyết định|Kế hoạch|Chỉ thị|Thông báo)\s+(?:số\s*:?\s*)?{_KY_HIEU}"
                         rf"\s*,?\s*ngày\s*(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}})")
_DOC_TYPES = {
    "QUYẾT ĐỊNH": "quyết định", "CHỈ THỊ": "chỉ thị", "KẾ HOẠCH": "kế hoạch", "THÔNG BÁO": "thông báo",
    "CÔNG ĐIỆN": "công điện", "HƯỚNG DẪN": "hướng dẫn", "NGHỊ QUYẾT": "nghị quyết",
    "CHƯƠNG TRÌNH": "chương trình", "QUY CHẾ": "quy chế", "QUY ĐỊNH": "quy định", "BÁO CÁO": "báo cáo",
    "TỜ TRÌNH": "tờ trình", "THÔNG CÁO": "thông cáo", "ĐỀ ÁN": "đề án", "PHƯƠNG ÁN": "phương án",
    "GIẤY MỜI": "giấy mời", "CÔNG VĂN": "công văn",
}
_TYPE_CODES = {"QĐ": "quyết định", "CT": "chỉ thị", "KH": "kế hoạch", "TB": "thông báo", "CĐ": "công điện",
               "HD": "hướng dẫn", "NQ": "nghị quyết", "BC": "báo cáo", "TTr": "tờ trình", "CTr": "chương trình"}
_ORGAN_HEADS = (
    ("ỦY BAN NHÂN DÂN", "UBND"), ("UỶ BAN NHÂN DÂN", "UBND"), ("UBND", "UBND"),
    ("HỘI ĐỒNG NHÂN DÂN", "HĐND"), ("VĂN PHÒNG", "Văn phòng"), ("THỦ TƯỚNG", "Thủ tướng"),
    ("SỞ", "Sở"), ("BỘ", "Bộ"), ("BAN", "Ban"), ("TỔNG CỤC", "Tổng cục"), ("CHI CỤC", "Chi cục"),
    ("CỤC", "Cục"), ("PHÒNG", "Phòng"), ("TRUNG TÂM", "Trung tâm"), ("CÔNG AN", "Công an"),
    ("KHO BẠC", "Kho bạc"), ("THANH TRA", "Thanh tra"), ("ỦY BAN", "Ủy ban"), ("UỶ BAN", "Ủy ban"),
    ("BẢO HIỂM XÃ HỘI", "Bảo hiểm xã hội"), ("NGÂN HÀNG", "Ngân hàng"), ("TRƯỜNG", "Trường"),
    ("BỘ CHỈ HUY", "Bộ Chỉ huy"), ("ĐÀI", "Đài"), ("VIỆN", "Viện"), ("HỘI", "Hội"),
)
_LOCALITY = re.compile(r"^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$")
_TITLE_WORDS = (
    r"(?:PHÓ\s+)?(?:CHỦ\s*TỊCH|GIÁM\s*ĐỐC|BỘ\s*TRƯỞNG|THỨ\s*TRƯỞNG|CHỦ\s*NHIỆM|CHÁNH\s*VĂN\s*PHÒNG|"
    r"TRƯỞNG\s*BAN|THỦ\s*TƯỚNG|TRƯỞNG\s*PHÒNG|HIỆU\s*TRƯỞNG|CỤC\s*TRƯỞNG|TỔNG\s*GIÁM\s*ĐỐC|"
    r"VIỆN\s*TRƯỞNG|CHI\s*CỤC\s*TRƯỞNG|TỔNG\s*CỤC\s*TRƯỞNG|CHÁNH\s*THANH\s*TRA|TRƯỞNG\s*ĐOÀN|"
    r"VỤ\s*TRƯỞNG|BÍ\s*THƯ|THƯ\s*KÝ)"
)
_AUTHORITY = re.compile(rf"^(?:(?:(?:TM|KT|TL|TUQ)(?:\.\s*|\s+)|Q\.\s*)[^\W\d_a-zđ].*|{_TITLE_WORDS}(?:\s*,\s*{_TITLE_WORDS})*\.?)$")
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ký|Ký)(?: tên)?(?:,? đóng dấu)?\s*\)?\.?$")
_NAME = re.compile(r"^(?:[^\W\d_][^\W\d_]*\s+){1,5}[^\W\d_]+$")
_META = re.compile(
    r"(?P<key>Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|"
    r"Số công báo|Lĩnh vực|Tình trạng|Ngày hết hiệu lực)\s*:\s*(?P<val>.*?)"
    r"(?=\s+(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|"
    r"Số công báo|Lĩnh vực|Tình trạng|Ngày hết hiệu lực)\s*:|$)"
)
_KINH_GUI = re.compile(r"^Kính\s+gửi\s*:?\s*(?P<rest>.*)$", re.I)
_NOI_NHAN = re.compile(r"^Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.I)
_BULLET = re.compile(r"^[-–—•+*]\s*")
_VV = re.compile(r"^(?:V/v|V/V|v/v)\s*:?\s*(?P<s>.+)$")
# "Về việc …" as a trích yếu; "Về kinh phí, giao UBND các huyện …" is a fronted topic and its order
_VE_VIEC = re.compile(r"^(?P<s>Về (?:việc\s)?\S(?!.*,\s+(?:[Gg]iao|yêu cầu|đề nghị|đồng ý|UBND|Sở|Ủy ban|Uỷ ban|Bộ)\s).{0,150})$")
_OPENERS = re.compile(r"^(?:Căn cứ|Xét|Theo đề nghị|Thực hiện|Ngày|Sáng|Chiều|Năm|Trong|Để|Vừa qua|Qua)\b")


@dataclass
class Header:
    number: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    issuer_authority: str | None = None
    place: str | None = None
    issued_on: date | None = None
    doc_type: str | None = None
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    noi_nhan: list[str] = field(default_factory=list)
    signer_title: str | None = None
    signer: str | None = None
    body_start: int = 0  # first line of the letter's body
    body_end: int = 0  # first line after the body (Nơi nhận / signature)
    formal: bool = False  # a printed header (not a digest)
    warnings: list[str] = field(default_factory=list)


def read_header(lines: list[str]) -> Header:
    """Fill a `Header` from the logical lines of a letter."""
    h = Header(body_end=len(lines))
    meta = _metadata(lines[:15])
    top = _top_zone(lines)
    used: set[int] = set(meta.get("_lines", ()))
    _number(h, lines, top, meta, used)
    _date_line(h, lines, top, used)
    _issuer(h, lines, top, used, set(meta.get("_lines", ())))
    _doc_type_and_subject(h, lines, top, used)
    _recipients(h, lines, top, used)
    if meta.get("Người ký") and not h.signer:
        h.signer = meta["Người ký"]
    if not h.issuer and meta.get("Nơi ban hành", "").startswith(("Thủ tướng", "Bộ", "Văn phòng")):
        h.issuer = meta["Nơi ban hành"]
    if not h.doc_type and meta.get("Loại văn bản"):
        h.doc_type = meta["Loại văn bản"].lower()
    if not h.issued_on and meta.get("Ngày ban hành"):
        h.issued_on = parse_date(meta["Ngày ban hành"])
    h.formal = bool(h.number or h.issued_on or h.recipients) and bool(used - set(meta.get("_lines", ())))
    own = used - set(meta.get("_lines", ()))
    if own and meta.get("_lines") and min(meta["_lines"]) > max(own):
        used = own  # a site's metadata rows ("Số hiệu: …") printed below the letter do not end its header
    h.body_start = max(used) + 1 if used else 0
    _foot(h, lines)
    if h.formal and h.issued_on and not (h.number or h.recipients or h.issuer or h.subject or h.doc_type):
        # a lone date line ("Hải Phòng, ngày 18 tháng 11 năm 2019") over a page that reports a
        # letter is the page's date: the letter the text names, if any, is the one read
        saved = h.issued_on
        h.issued_on = None
        _digest(h, lines)
        if h.number or h.issued_on:
            h.formal = False
        else:
            h.issued_on = saved
    if h.formal and not (h.number or h.issued_on):
        # a web copy that prints the letter's number and date in its title instead of the header:
        # "Về việc … (799/VP-NC, ngày 14/3/2018)" above the Kính gửi
        # or opens its title on them: "Công văn số 1379/SNV-CCHC ngày 07/12/2016 V/v …"
        m = next(filter(None, map(_TITLE_PAREN.search, lines[:h.body_start])), None) or next(
            filter(None, map(_TITLE_LEAD.match, lines[:min(h.body_start, 3)])), None)
        if m:
            h.number, h.issued_on = _clean_number(m), parse_date(m.group("date"))
            h.doc_type = h.doc_type or (m.groupdict().get("kind") or "").lower() or None
    if not h.formal:
        _digest(h, lines)
    if not h.doc_type:
        h.doc_type = _type_from_number(h.number)
    return h


def _metadata(lines: list[str]) -> dict:
    found: dict = {"_lines": []}
    for i, line in enumerate(lines):
        hits = list(_META.finditer(line))
        if hits and hits[0].start() == 0:
            found["_lines"].append(i)
            for m in hits:
                found.setdefault(m.group("key"), m.group("val").strip())
    return found


def _top_zone(lines: list[str]) -> int:
    """Index of the first line that is plainly body text (the header lies before it).

    The Quốc hiệu is printed in the header's right column (NĐ 30/2020, Phụ lục I), so
    whatever precedes it - a site's title line, its metadata block - is not the body.
    """
    start = next((i for i, line in enumerate(lines[:40]) if _QUOC_HIEU.search(line)), 0)
    for i, line in enumerate(lines[start:60], start):
        if _VV.match(line) or _VE_VIEC.match(line) or _KINH_GUI.match(line) or _SO.search(line[:40]):
            continue
        if len(line) > 160 and not _KINH_GUI.match(line) and "ngày" not in line[:120]:
            return i
        if _OPENERS.match(line) and len(line) > 60 and not _DATE_LINE.search(line[:90]):
            return i
        if _CLAUSE_START.match(line):
            return i
    return min(len(lines), 60)


_CLAUSE_START = re.compile(r"^(?:\d{1,2}\s*[./)]|[IVX]{1,4}\.|Điều\s+\d)\s")


def _clean_number(m: re.Match) -> str:
    kh = re.sub(r"\s+", "", m.group("kh")).replace("–", "-")
    if m.group("y"):
        return f"{m.group('n')}/{m.group('y')}/{kh}"
    return f"{m.group('n')}{m.group('sep')}{kh}"


def _number(h: Header, lines: list[str], top: int, meta: dict, used: set[int]) -> None:
    # "Số: 424/SGDĐT-TĐKT" beats a mangled "Số 424/SGDĐT TĐKT" that a preview printed first
    colon = [i for i, line in enumerate(lines[:top]) if re.search(r"(?:^|[\s|])Số\s*:\s*\d", line)]
    for i, line in enumerate(lines[:top]):
        if colon and i < colon[0]:
            continue
        if re.search(r"(?:^|[\s|])Số\s*:?\s*$", line) and i + 1 < len(lines):
            line = line + " " + lines[i + 1]  # the number broken off onto the next line
        m = _SO.search(line)
        if m and "Số hiệu" not in line[:m.end()]:
            h.number = _clean_number(m)
            used.add(i)
            return
    for i in meta.get("_lines", ()):
        m = _SO_HIEU.search(lines[i])
        if m:
            h.number = _clean_number(m)
            return
    first = next((x.strip(" |") for x in lines[:3] if x.strip(" |")), "")
    m = _BARE_KY_HIEU.fullmatch(first)
    if m:  # a portal copy that prints the number alone as its first line: "3472/BVHTTDL-DSVH"
        h.number = _clean_number(m)
        return
    bare = _NAMED_BARE.match(first)
    if bare:  # "Công văn số 1238 ngày 8/11/2016 V/v …" as the page's title
        h.number = bare.group("n")
        if not h.issued_on:
            _date_after(h, first[bare.end():], lines)


def _date_line(h: Header, lines: list[str], top: int, used: set[int]) -> None:
    for i, line in enumerate(lines[:top]):
        m = _DATE_LINE.search(line) if "ngày" in line else None  # cheap test first: the pattern is slow
        if not m and "Ngày" in line and line.lstrip().startswith("Số"):
            m = _DATE_LINE.search(line.replace("Ngày", "ngày"))  # "Số 924/SNV-CCHC Ngày 07-9-2015 V/v …"
        if not m or _META.match(line):
            continue
        pre = m.group("pre")
        place = _place(pre)
        if place is None and not re.search(r"\bSố\b", pre) and pre.strip(" |"):
            continue
        if place is None and len(line) - m.end() > 40 and _SENTENCE_GOES_ON.match(line, m.end()):
            continue  # "Ngày 24/10/2017, UBND huyện đã tổ chức hội nghị …": a news sentence, no date line
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("y") else (m.group("d"), m.group("m2"), m.group("y2"))
        when = make_date(int(y), int(mo), int(d))
        if when:
            h.issued_on, h.place = when, place
            if len(line) <= 160:  # a news sentence that carries the date is body, not the header's end
                used.add(i)
            cited = None if h.number else _CITED_NUMBER.search(line, 0, m.start("d"))
            if cited and not _CITED_BEFORE.search(line[max(0, cited.start() - 30):cited.start()]):
                h.number = _clean_number(cited)  # "… đã ban hành Công văn số 1257/VPUBND-THVX Đồng Tháp, ngày 15 …"
            return


_SENTENCE_END = re.compile(r"[^\W_][\"”’)]?[.!?](?:\s+[\"“]?[^\W\d_]|\s*$)")
_SENTENCE_GOES_ON = re.compile(r"\s*,\s*[^\W\d_]+\s+[^\W\d_]+")
_TIME_OF_DAY = re.compile(r"^(?:Sáng|Chiều|Trưa|Tối|Đêm|Hôm|Vào|Từ|Đến|Trước|Sau|Ngày)\b")


def _place(pre: str) -> str | None:
    pre = _SO.sub(" ", pre) if "Số" in pre else pre
    pre = pre.replace("|", " ")
    words = pre.split()
    if len(words) >= 2 and words[-1].isdigit() and words[-2] in ("Quận", "Phường"):
        return f"{words[-2]} {words[-1]}"  # "Quận 9, ngày …": a district named by its number
    out: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w[:1].isupper() or (out and w in ("-",)) or (
                out and w in ("phố", "xã", "trấn") and k > 0 and words[k - 1] in ("Thành", "Thị")):
            out.append(w)
        else:
            break
    while out and not out[-1][:1].isupper():
        out.pop()
    place = " ".join(reversed(out)).strip(" ,")
    if not place or len(place) > 40 or re.search(r"\d", place) or _TIME_OF_DAY.match(place):
        return None
    return place


def _organs(fragments: list[str]) -> list[list[str]]:
    organs: list[list[str]] = []
    for frag in fragments:
        if _LOCALITY.match(frag) and organs:
            organs[-1].append(frag)
        elif any(frag.startswith(head) for head, _ in _ORGAN_HEADS):
            organs.append([frag])
        elif organs and len(organs[-1]) == 1 and not organs[-1][0].endswith(("NHÂN DÂN",)):
            organs[-1][0] += " " + frag
        else:
            organs.append([frag])
    return organs


def _case_organ(parts: list[str]) -> str:
    name = parts[0]
    out = name
    for head, short in _ORGAN_HEADS:
        if name.startswith(head):
            rest = name[len(head):].strip()
            out = short + (" " + _sentence_name(rest) if rest else "")
            if short == "UBND" and _LOCALITY.match(rest):
                out = "UBND " + _locality(rest)
            break
    else:
        out = _sentence_name(name)
    for loc in parts[1:]:
        out += " " + _locality(loc)
    return out


def _sentence_name(text: str) -> str:
    """ "GIÁO DỤC VÀ ĐÀO TẠO" → "Giáo dục và Đào tạo": capitals after và, comma or dash."""
    words = text.lower().split()
    out = []
    cap = True
    for w in words:
        if cap and w not in ("và",):
            w = w[:1].upper() + w[1:]
            cap = False
        out.append(w)
        if w in ("và", "-", "–") or w.endswith(","):
            cap = True
    return " ".join(out)


def _locality(text: str) -> str:
    m = _LOCALITY.match(text)
    if not m:
        return _sentence_name(text)
    name = " ".join(w[:1].upper() + w[1:].lower() if w not in ("-", "–") else w for w in m.group(2).split())
    return f"{m.group(1).lower()} {name}"


def _issuer(h: Header, lines: list[str], top: int, used: set[int], meta_lines: set[int]) -> None:
    fragments: list[str] = []
    marks = used - meta_lines
    first_mark = min(marks) if marks else top
    for i, line in enumerate(lines[:min(top, first_mark + 1)]):
        if i in meta_lines:
            continue
        text = _SO.split(line)[0] if _SO.search(line) else line
        text = _MOTTO.sub(" ", text).replace("|", " ")
        text = squash(text).strip(" -–—")
        # a page's headline in capitals ("UBND TỈNH X YÊU CẦU SỞ Y TRIỂN KHAI …") is too long for an organ block
        if text and is_upper_line(text) and text not in _DOC_TYPES and not _AUTHORITY.match(text) \
                and len(text.split()) <= 16:
            fragments.append(text)
            used.add(i)
        elif i in used:
            break
        elif len(text) > 120 and _SENTENCE_END.search(text):
            break  # a sentence of the body: an upper-case line after it is page chrome ("BAN BẠN ĐỌC")
    if not fragments:
        return
    organs = [o for o in _organs(fragments) if any(o[0].startswith(head) for head, _ in _ORGAN_HEADS)]
    if not organs:
        return
    names = [_case_organ(o) for o in organs]
    issuer = names[-1]
    if len(names) > 1:
        parent = names[-2]
        h.parent_issuer = parent
        if len(organs[-1]) == 1:
            loc = re.search(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)\s+.+$", parent)
            if loc:
                issuer += " " + (loc.group()[0].upper() + loc.group()[1:] if loc.group().startswith("thành phố") and False else loc.group())
    h.issuer = issuer


def _doc_type_and_subject(h: Header, lines: list[str], top: int, used: set[int]) -> None:
    limit = min(len(lines), top + 3)
    for i, line in enumerate(lines[:limit]):
        key = squash(line.replace("|", " ")).rstrip(":").strip()
        if key in _DOC_TYPES and not line.rstrip().endswith(":"):
            h.doc_type = _DOC_TYPES[key]
            used.add(i)
            title: list[str] = []
            j = i + 1
            while j < len(lines) and (not lines[j] or is_upper_line(lines[j])) and len(title) < 6:
                t = lines[j]
                if not t:
                    if title:
                        break
                    j += 1
                    continue
                if _AUTHORITY.match(t) or t.startswith(("ỦY BAN", "UỶ BAN", "CHỦ TỊCH", "THỦ TƯỚNG", "BỘ TRƯỞNG")):
                    if t.startswith("CHỦ TỊCH"):
                        h.issuer_authority = "Chủ tịch UBND " + ("huyện" if "HUYỆN" in t else "tỉnh")
                    used.add(j)
                    break
                title.append(t)
                used.add(j)
                j += 1
            if title:
                h.subject = _sentence_case(" ".join(title), lines)
                if h.doc_type == "thông báo" and h.subject.lower().startswith("kết luận"):
                    h.doc_type = "thông báo kết luận"
            break
    if h.subject:
        return
    for i, line in enumerate(lines):
        m = _VV.match(line)
        if m and (i < top + 3 or i > len(lines) - 15):
            h.subject = squash(_TITLE_PAREN.sub("", m.group("s"))).rstrip(" .")
            if i < top + 3:
                used.add(i)
            h.doc_type = h.doc_type or "công văn"
            return
    for i, line in enumerate(lines[:min(top, 12)]):
        m = _VE_VIEC.match(line)
        if m:
            h.subject = squash(_TITLE_PAREN.sub("", m.group("s"))).rstrip(" .")
            used.add(i)
            return


def _sentence_case(title: str, lines: list[str]) -> str:
    """Upper-case title in sentence case; words written capitalised in the body stay so."""
    caps: set[tuple[str, str]] = set()  # (neighbour, word) pairs seen with the word capitalised
    acronyms: set[str] = set()
    wanted = {w.strip(".,;:()“”\"").lower() for w in title.split()}  # only the title's words matter
    for line in lines:
        if is_upper_line(line):
            continue
        words = [w.strip(".,;:()“”\"") for w in line.split()]
        for k, w in enumerate(words):
            if not w or not w[0].isupper() or k == 0 or w.lower() not in wanted:
                continue
            if w.isupper() and len(w) > 1:
                acronyms.add(w)
            caps.add((words[k - 1].lower(), w.lower()))
            if k + 1 < len(words):
                caps.add((w.lower(), "+" + words[k + 1].lower()))
    out = []
    words = squash(title).split()
    for k, w in enumerate(words):
        low = w.lower()
        bare = low.strip(".,;:()“”\"")
        prev = words[k - 1].lower().strip(".,;:()“”\"") if k else ""
        nxt = words[k + 1].lower().strip(".,;:()“”\"") if k + 1 < len(words) else ""
        if k == 0:
            out.append(low[:1].upper() + low[1:])
        elif w.strip(".,;:()") in acronyms or any(c.isdigit() for c in w):
            out.append(w)
        elif (prev, bare) in caps or (bare, "+" + nxt) in caps:
            out.append(low[:1].upper() + low[1:])
        else:
            out.append(low)
    return " ".join(out)


def _recipients(h: Header, lines: list[str], top: int, used: set[int]) -> None:
    for i, line in enumerate(lines[:top + 10]):
        m = _KINH_GUI.match(line)
        if not m:
            continue
        used.add(i)
        rest = m.group("rest").strip(" |")
        items: list[str] = []
        if rest and not _BULLET.match(rest):
            items.extend(re.split(r"\s*;\s*", rest))  # "Kính gửi: Sở Y tế; Sở Giáo dục." on one line
        elif rest:
            items.extend(_dash_items(rest))
        j = i + 1
        # an addressee is a name, not a paragraph: a long dash item is the body's first
        while j < len(lines) and (not lines[j] or (_BULLET.match(lines[j]) and len(lines[j]) <= 200)):
            if lines[j]:
                items.extend(_dash_items(lines[j]))
                used.add(j)
            elif items and j + 1 < len(lines) and lines[j + 1] and not _BULLET.match(lines[j + 1]):
                break
            j += 1
        if not items:
            # "Kính gửi:" over one addressee on its own line, without a dash
            k = next((x for x in range(i + 1, min(len(lines), i + 3)) if lines[x]), None)
            if k is not None and len(lines[k]) < 160 and lines[k][:1].isupper() and not _OPENERS.match(lines[k]) \
                    and not _CLAUSE_START.match(lines[k]) and not _SENTENCE_END.search(lines[k]):
                items.append(lines[k])
                used.add(k)
        h.recipients = [x for x in (_clean_item(x) for x in items) if x]
        return


def _dash_items(line: str) -> list[str]:
    parts = re.split(r"\s*;\s*[-–—•]\s*", _BULLET.sub("", line.strip()))
    return [p for p in parts if p.strip()]


def _clean_item(item: str) -> str:
    item = squash(item).strip(" |")
    item = re.sub(r"[;,]+$", "", item).strip()
    if item.endswith(".") and not re.search(r"\b[A-ZĐ]{1,4}\.$|\)\.$|\d\w?\.$", item):
        item = item[:-1].rstrip()
    return item


def _foot(h: Header, lines: list[str]) -> None:
    """Nơi nhận and the signature block; sets `body_end`."""
    start = None
    for i in range(len(lines) - 1, h.body_start - 1, -1):
        if _NOI_NHAN.match(lines[i]):
            start = i
            break
    if start is None:
        for i in range(h.body_start, len(lines)):
            if _BULLET.match(lines[i]) and re.match(r"^[-–—•]\s*Như\s+(?:trên|Điều)", lines[i]):
                start = i
                break
    sig_start = None
    for i in range(max(h.body_start, len(lines) - 40), len(lines)):
        line = lines[i].strip(" |")
        if _AUTHORITY.match(line) and len(line.split()) <= 10 and is_upper_line(line):
            sig_start = i
            break
    ends = [x for x in (start, sig_start) if x is not None]
    if ends:
        h.body_end = min(ends)
    if start is not None:
        rest = _NOI_NHAN.match(lines[start])
        items: list[str] = []
        if rest and rest.group("rest").strip():
            r = rest.group("rest").strip()
            if _BULLET.match(r):
                items.extend(_dash_items(r))
        elif not rest:
            items.extend(_dash_items(lines[start]))
        for line in lines[start + 1:]:
            if _BULLET.match(line):
                items.extend(_dash_items(line))
            elif _VV.match(line):
                break
            elif (line and items and not items[-1].rstrip().endswith((";", "."))
                  and not _AUTHORITY.match(line) and not _SIGNED.match(line) and not _NAME.match(line)):
                items[-1] = items[-1].rstrip() + " " + line.strip()
        h.noi_nhan = [x for x in (_clean_item(x) for x in items) if x]
    if sig_start is not None:
        titles: list[str] = []
        k = sig_start
        while k < len(lines):
            line = lines[k].strip(" |")
            if _AUTHORITY.match(line) and len(line.split()) <= 10 and is_upper_line(line):
                titles.append(squash(line))
            elif titles and line and not _SIGNED.match(line) and not _BULLET.match(line):
                name = squash(line)
                if _NAME.match(name) and not is_upper_line(name) and len(name) < 40:
                    h.signer = name
                    break
                if _NAME.match(name) and is_upper_line(name) and len(name) < 40:
                    h.signer = " ".join(w.capitalize() for w in name.split())
                    break
            k += 1
        if titles:
            h.signer_title = " / ".join(titles)


def _digest(h: Header, lines: list[str]) -> None:
    """A portal digest: the letter's number and date come from the sentence that reports it.

    The letter a page reports is the first one it names with an issuing verb: later sentences
    recount earlier documents ("Ngày 09/11/2020, UBND tỉnh ban hành Kế hoạch số 261/KH-UBND …").
    An attribution line ("(Theo Công văn 907/UBND-KT ngày 13/3/2023)") names it outright.
    """
    for line in lines[:4] + lines[-12:]:
        m = _TITLE_PAREN.search(line) or _ATTRIBUTION.match(line)
        if m and _ATTRIBUTION.match(line):
            h.number = h.number or _clean_number(m)
            if m.group("date") and not h.issued_on:
                h.issued_on = parse_date(m.group("date"))
            if not h.issued_on:  # the source line names the letter; its date may be in the report sentence
                attributed = h.number
                _digest_report(h, lines)
                h.number = attributed
            return
    _digest_report(h, lines)
    if not h.number:
        _attached(h, lines)
    if not h.number:
        _own_letter(h, lines)
    if not h.number and not h.issued_on:
        _instructed(h, lines)


# A digest of an instruction that names no letter: the day it was given is the issue date
# ("Ngày 5/3, Thủ tướng Chính phủ Nguyễn Tấn Dũng yêu cầu …", "Thủ tướng … ngày 4/8/2014 đã giao …")
_LEADER = r"(?:Thủ tướng|Phó Thủ tướng|Chủ tịch|Phó Chủ tịch|UBND|Ủy ban|Uỷ ban|Văn phòng|Bộ|Sở)\s"
_ORDERS = r"(?:[^.,;]{0,80}?\s)??(?:đã\s+|vừa\s+)?(?:yêu cầu|chỉ đạo|giao|đề nghị)(?![\w])"
_INSTRUCTED = (
    re.compile(rf"(?:^|[.!?:]\s|[,–-]\s|\s(?=N))[Nn][Gg]ày\s*{_DM}\s*,?\s+(?={_LEADER}{_ORDERS})"),
    re.compile(rf"(?:^|[.!?:]\s){_LEADER}(?:[^.,;]{{0,60}}?\s)?[Nn]gày\s*{_DM}\s+(?={_ORDERS})"),
)


def _instructed(h: Header, lines: list[str]) -> None:
    for line in lines[:8]:
        m = _INSTRUCTED[0].search(line[:600]) or _INSTRUCTED[1].search(line[:600])
        if m:
            _date_from(h, m, lines)
            return


# "Xem nội dung chi tiết:" / "Văn bản đính kèm:" over the page's list of files, the letter first
_LIST_NO = re.compile(r"^\s*\d+\s*[.)]\s*")
_ATTACHED = re.compile(r"(?:Xem (?:nội dung )?chi tiết|(?:Văn bản|File|Tài liệu|Tệp) đính kèm|Tải về)\s*:?\s*$", re.I)


def _attached(h: Header, lines: list[str]) -> None:
    """A digest that names its letter only in the list of attached files below it:
    "Xem nội dung chi tiết: / 1. Công văn số 2223/SGTVT-QLVT ngày 13/9/2021;"."""
    for k, line in enumerate(lines):
        if _ATTACHED.search(line):
            first = _LIST_NO.sub("", next((x for x in lines[k + 1:k + 4] if x.strip()), ""))
            m = _CITED_NUMBER.match(first)
            if m and _DATED.match(first, m.end()):
                h.number = _clean_number(m)
                _date_after(h, first[m.end():], lines)
            return


# "… thực hiện tốt các nội dung trong Công văn số 130/SNN-TL ngày 24/02/2021 của Sở.": a body named by its
# bare head is the page's own writer, so the letter so named is the one the page reports
_CITED_AT = re.compile(r"(?:\btại|\btheo|[Cc]ăn cứ|[Tt]hực hiện)\s+$")  # "… theo quy định tại Quyết định số …"
_OF_ITSELF = re.compile(r"\s*của\s+(?:Sở|Bộ|UBND tỉnh|Ủy ban nhân dân tỉnh|Uỷ ban nhân dân tỉnh)\s*(?:[.,;]|$)")


def _own_letter(h: Header, lines: list[str]) -> None:
    for line in lines[:16]:
        for m in _CITED_NUMBER.finditer(line):
            dated = _DATED.match(line, m.end())
            if dated and _OF_ITSELF.match(line, dated.end()) and not _CITED_AT.search(line, 0, m.start()):
                h.number = _clean_number(m)
                _date_after(h, line[m.end():], lines)
                return


def _digest_report(h: Header, lines: list[str]) -> None:
    # "Tuyenquang.gov.vn: Theo văn bản số 73/UBND-NLN, UBND tỉnh chỉ đạo …": the site's name first
    text_lines = [_SITE_TAG.sub("", x) for x in lines[:16] if x.strip()]
    for k, line in enumerate(text_lines):
        # "… có văn bản truyền đạt ý kiến … (Công văn số 3729/VP-KGVX, ngày 11/9/2019)." below a page's chrome
        m = _TITLE_PAREN.search(line) if k < 4 or (k < 8 and _ISSUING.search(line[:300])) else None
        if m:  # "Về việc báo cáo … (3585/VP-KTN, ngày 23/10/2017)."
            h.number = h.number or _clean_number(m)
            h.issued_on = h.issued_on or parse_date(m.group("date"))
            return
        if _digest_dated(h, line, lines):
            return
        if k < 4 and _digest_that_is(h, line, lines):
            return
        if (k < 4 or k < 12 and _ISSUER_NEWS.match(line)) and (_digest_issuing(h, line, lines) or _digest_named(h, line, lines)):
            return


def _digest_dated(h: Header, line: str, lines: list[str]) -> bool:
    """ "Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-CTUBND …" """
    for m in itertools.chain((_DIGEST_DATE.match(line),), _DIGEST_DATE_MID.finditer(line[:600])):
        issuing = _ISSUING.search(m.group("rest")) if m else None
        if issuing and "nhận được" not in m.group("rest")[:issuing.start()]:
            break
    else:
        return False
    # read on past the group's end: a number may hold a dot ("12/CĐ.UBND")
    rest = line[m.start("rest") + (issuing.start("kind") if issuing.group("kind") else issuing.start("kind2")):]
    cited = re.match(rf"\S+(?:\s+\S+){{0,3}}?\s*\(?\s*(?:số)?\s*:?\s*{_KY_HIEU}", rest)
    if cited and not h.number:
        h.number = _clean_number(cited)
    elif not h.number:
        bare = _BARE_NUMBER.match(rest)  # "Công điện số 1510, về việc …": printed without its ký hiệu
        h.number = bare.group("n") if bare else None
    if not h.issued_on:
        _date_from(h, m, lines)
    return True


def _date_from(h: Header, m: re.Match, lines: list[str]) -> None:
    """The issue date of a day/month (and year) match; a missing year from the page, with a warning."""
    day, month, given = _dmy(m)
    year = given or _likely_year(lines, month, day)
    h.issued_on = make_date(year, month, day) if year else None
    if h.issued_on and not given:
        h.warnings.append("năm ban hành không ghi; suy ra từ các năm trong văn bản")


def _digest_issuing(h: Header, line: str, lines: list[str]) -> bool:
    """ "Văn phòng Chính phủ vừa có công văn 5783/VPCP-HC đề nghị …", "… vừa có văn bản (ngày 15/7/2021) …" """
    # the first issuing verb, past a cited letter ("Thực hiện … Công văn số …. Vừa qua, UBND tỉnh đã ban hành …")
    issuing = next((x for x in _ISSUING.finditer(line[:600]) if x.group("kind")), None) or _ISSUING.search(line[:300])
    if issuing and issuing.group("kind") and "nhận được" not in line[:issuing.start()]:
        m = re.match(rf"\s*(?:(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn)\s+)?\(?\s*(?:số\s*)?:?\s*{_KY_HIEU}", line[issuing.end():])
        if m:
            h.number = _clean_number(m)
            _date_after(h, line[issuing.end() + m.end():], lines)
            return True
        bare = _BARE_NUMBER.match(issuing.group("kind") + line[issuing.end():])
        if bare and not _DATED.match(line[issuing.end():]):  # "… vừa có Công văn khẩn số 5995 gửi …"
            h.number = bare.group("n")
            _date_after(h, line[issuing.start("kind") + bare.end():], lines)
            return True
        if _DATED.match(line[issuing.end():]):  # "… đã có Công văn ngày 14/01 đề nghị …"
            _date_after(h, line[issuing.end():], lines)
            return True
    m = re.search(rf"(?:Công văn|Văn bản)\s+số\s*:\s*{_KY_HIEU}(?:\s+về việc\s+(?P<subj>.+))?", line)
    if m:
        h.number = _clean_number(m)
        h.doc_type = h.doc_type or "công văn"
        if m.group("subj") and not h.subject:
            h.subject = m.group("subj").strip().rstrip(".")
        return True
    return False


_THAT_IS = re.compile(r"(?:^|(?<=[.!?”\"]\s))(?:Đó|Đây) (?:chính )?là\b")
# a page's news sentence below its own chrome: "Bộ Tài nguyên và Môi trường vừa có Công văn số …"
_ISSUER_NEWS = re.compile(
    r"^[^.]{3,120}?\s(?:(?:vừa|đã)\s+(?:ký\s+)?(?:ban hành|có|ký|gửi)"
    r"|(?:ký\s+)?ban hành\s+(?=(?:[Cc]ông văn|[Vv]ăn bản|[Cc]ông điện|Quyết định|Kế hoạch|Chỉ thị|Thông báo)\s))\s?")


def _digest_that_is(h: Header, line: str, lines: list[str]) -> bool:
    """ "Đó là chỉ đạo của UBND tỉnh đối với … tại Công văn số 4079/UBND-KT ngày 19/6 về việc …": the
    sentence that points back at the page's headline names the letter the page reports."""
    m = _THAT_IS.search(line) if ("Đó là" in line or "Đây là" in line) else None
    if not m:
        return False
    end = line.find(". ", m.end())
    cited = _CITED_NUMBER.search(line, m.end(), end if end > 0 else len(line))
    if not cited:
        return False
    h.number = h.number or _clean_number(cited)
    _date_after(h, line[cited.end():], lines)
    return True


def _digest_named(h: Header, line: str, lines: list[str]) -> bool:
    """A page title "Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh …", or the letter named
    with its date and no citing lead: "Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, …" """
    m = _CITED_NUMBER.search(line[:300])
    if m and not _CITING_LEAD.search(line[:m.start()]) and _DATED.match(line[m.end():]):
        h.number = _clean_number(m)
        _date_after(h, line[m.end():], lines)
        return True
    if m and m.start() == 0 and _NAMED_TITLE.match(line, m.end()):
        # a page whose first words name the letter: "Quyết định số 4266/QĐ-UBND của UBND tỉnh về việc …",
        # "Chỉ thị số 03/CT-UBND về việc tổ chức … đã nêu rõ …"
        h.number = _clean_number(m)
        return True
    content = _CONTENT_OF.match(line)
    if content:  # "Theo nội dung công văn 3450/UBND-ĐT, các sở … được giao …": the page sums up that letter
        h.number = _clean_number(content)
        _date_after(h, line[content.end():], lines)
        return True
    if m and _CONVEYS.search(line[:m.start()]) and re.search(r"(?<![\w])tại\s+$", line[:m.start()]):
        # "Văn phòng UBND tỉnh truyền đạt ý kiến của … tại Công văn số 2881/VP-KGVX, ngày 07/5/2025."
        h.number = _clean_number(m)
        _date_after(h, line[m.end():], lines)
        return True
    bare = _NAMED_BARE.match(line)
    if bare:  # a page titled "Công văn số 1238 ngày 8/11/2016 V/v …": a number printed without its ký hiệu
        h.number = bare.group("n")
        _date_after(h, line[bare.end():], lines)
        return True
    opening = _AT_OR_PER.match(line)
    if opening and _ORDERS_IN_IT.match(line, opening.end()):
        m = opening  # "Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu …"
    if m and (m.start() <= 4 and line.startswith(("Tại ", "Theo ")) or _AT_CITED.search(line[:m.start()])) \
            and _ORDERS_IN_IT.match(line, m.end()):
        # "Tại Công văn số 1234/UBND-VX ngày 12/5/2021, Chủ tịch UBND tỉnh yêu cầu …": the letter in
        # which the order is given is the one the page reports
        h.number = _clean_number(m)
        _date_after(h, line[m.end():], lines)
        return True
    return False


_SITE_TAG = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\s*[:–-]\s*(?=[^\W\d_])")
_AT_CITED = re.compile(r",\s*tại\s+$")  # "Nhằm chủ động ứng phó …, tại Văn bản số …, UBND tỉnh đề nghị …"
_CITED_BEFORE = re.compile(r"(?i)\b(?:thực hiện|căn cứ|theo|tại|tiếp nhận|nhận được|kèm theo|triển khai)\b")
_AT_OR_PER = re.compile(rf"(?:Tại|Theo)\s+(?i:{_KINDS})\s*(?:số\s*)?:?\s*{_KY_HIEU}")
_CONVEYS = re.compile(r"(?<![\w])(?:truyền đạt|thông báo) ý kiến(?: chỉ đạo)?(?![\w])")
_NAMED_BARE = re.compile(rf"(?:{_KINDS})\s+số\s+(?P<n>\d{{2,6}})(?=\s*,?\s*ngày\s*\d)")
_CONTENT_OF = re.compile(rf"(?:Theo|Trong) nội dung (?:của )?(?i:{_KINDS})\s*(?:số\s*)?:?\s*{_KY_HIEU}")
_NAMED_TITLE = re.compile(r"\s*(?:của|về|V/v|v/v)\s")
_ORDERS_IN_IT = re.compile(r"[^.;]{0,120}?,\s+[^.;,]{2,80}?(?<![\w])(?:yêu cầu|đề nghị|giao|chỉ đạo|đôn đốc)(?![\w])")


def _date_after(h: Header, rest: str, lines: list[str]) -> None:
    """The letter's date written right after its number: "số 02/CĐ-UBND ngày 13/3/2019"."""
    m = _DATED.match(rest)
    if not m or h.issued_on:
        return
    year = int(m.group("y")) if m.group("y") else _likely_year(lines, int(m.group("m")), int(m.group("d")))
    if year:
        h.issued_on = make_date(year, int(m.group("m")), int(m.group("d")))
        if not m.group("y") and h.issued_on:
            h.warnings.append("năm ban hành không ghi; suy ra từ các năm trong văn bản")


# a page's own date stamp near its top: "Thứ hai, ngày 01/06/2020 | 10:22 AM", "(09/10/2020)",
# "12/08/2017 7:09 CH.", "04/11/2020 15:39"
_STAMP = re.compile(
    r"^\W*(?:Thứ\s+\S+,?\s+|Chủ nhật,?\s+)?(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})\s*\)?"
    r"(?:\s*[|,-]?\s*\d{1,2}:\d{2}.*)?$", re.I)


def _likely_year(lines: list[str], month: int | None = None, day: int | None = None) -> int | None:
    """The year of a day/month written without one: the page's date stamp, when the page has one
    (the year before it if that day/month would fall after the stamp), else the most common year."""
    if month and day:
        for line in lines[:12]:
            m = _STAMP.match(line.strip()) if len(line) < 80 else None
            if m:
                y = int(m.group("y"))
                y = y - 1 if (month, day) > (int(m.group("m")), int(m.group("d"))) else y
                return _before_deadlines(lines, month, day, y)
    years = Counter(int(y) for line in lines for y in re.findall(r"\b((?:19|20)\d{2})\b", line))
    return years.most_common(1)[0][0] if years else None


_DUE = re.compile(r"(?<![\w])(?:trước|chậm nhất|hạn chót)\s+(?:ngày\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})(?!\d)")


def _before_deadlines(lines: list[str], month: int, day: int, year: int) -> int:
    """A letter is issued before its deadlines: where every deadline it sets falls before the day the
    page's stamp suggests, the stamp is the page's own (a "today" widget), and the year is the one
    that puts the letter just before its first deadline ("Ngày 05/1 … trước ngày 25/01/2016")."""
    due = []
    for line in lines:
        for m in _DUE.finditer(line):
            try:
                due.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
            except ValueError:
                continue
    if not due or max(due) >= _safe_date(year, month, day):
        return year
    first = min(due)
    return first.year if _safe_date(first.year, month, day) <= first else first.year - 1


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _type_from_number(number: str | None) -> str | None:
    if not number:
        return None
    parts = re.split(r"[/-]", number)
    for p in parts[1:]:
        if p in _TYPE_CODES:
            return _TYPE_CODES[p]
    return "công văn" if "/" in number else None
