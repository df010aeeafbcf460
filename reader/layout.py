"""From decoded text to logical lines: markup removed, columns and pipe tables unpacked,
lines broken mid-sentence by web copies joined back.

A pipe table whose header names the columns of a kế hoạch task table (Nội dung | Cơ quan
chủ trì | Cơ quan phối hợp | Thời gian hoàn thành) is kept as a `Table`; any other pipe
row (a two-column header laid out as a table) is unpacked into one line per cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.agencies import KNOWN_NAMES, starts_with_head
from reader.repair import repair
from reader.text import fold

TABLE_MARK = "\x00TABLE"


@dataclass
class Table:
    """A task table: `columns` maps a role (clause, action, lead, support, deadline) to a column."""
    columns: dict[str, int]
    rows: list[list[str]] = field(default_factory=list)


_MD_EMPH = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_MD_HEAD = re.compile(r"^[^\S\n]{0,3}(?:#{1,6}[^\S\n]+|>[^\S\n]?)", re.M)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_COLUMN_GAP = re.compile(r"\S(?:\t+| {4,})(?=\S)")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_RULE_LINE = re.compile(r"^[\s\-–—_=.*~|]{3,}$")
_PAGE_MARK = re.compile(r"^(?:Trang|Page)\s+\d+(?:\s*/\s*\d+)?$", re.I)
_LABEL_ONLY = re.compile(
    r"^(?:Điều\s+\d+\s*[.:]?|[IVX]{1,5}\s*[.)/]|\d{1,2}(?:\.\d{1,2})*\s*[.)/]?|[a-zđ]\s*[.)]|[-–—•+*])$"
)
_MARKER_START = re.compile(
    r"^(?:Điều\s+\d+|[IVX]{1,5}\s*[.)/]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)/]\s*\S|[a-zđ]\s*\)|[-–—•+*]\s)"
)
_NO_JOIN_START = re.compile(
    r"^(?:Kính gửi|Nơi nhận|Căn cứ|Xét đề nghị|Theo đề nghị|Số\s*:|V/v|Về việc|Điều\s+\d|"
    r"TM\.|KT\.?|TL\.|TUQ\.|Q\.\s)",
)
_COUNCIL_OF = re.compile(r"(?<![\w])(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố)$")
_JOIN_AFTER = re.compile(
    r"(?:,|\(|\b(?:và|của|các|số|ngày|tháng|năm|với|về|tại|theo|cho|để|hoặc|trong|đến|từ|là|"
    r"Sở|Bộ|Ban|Văn phòng|nhân dân|Ủy ban|Uỷ ban|UBND|Luật|Quyết định|Chỉ thị|Kế hoạch|Nghị định|"
    r"Thông tư|Công văn|Nghị quyết))$"
)


def logical_lines(text: str) -> tuple[list[str], list[Table]]:
    """The letter as logical lines (paragraphs) and the task tables found in it.

    A task table stands in the line list as `TABLE_MARK + index`.
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = _HTML_BREAK.sub("\n", raw)
    # markdown marks, line by line: none of the patterns reaches across a line break
    raw = _MD_ESCAPE.sub(r"\1", _MD_HEAD.sub("", _MD_EMPH.sub("", raw)))
    physical: list[str] = []
    tables: list[Table] = []
    pending: list[str] = []
    for line in raw.split("\n"):
        if ("|" in line and line.count("|") >= 2) or line.strip().startswith("|") or (pending and "|" in line):
            pending.append(line)
            continue
        if pending:
            _flush_pipes(pending, physical, tables)
            pending = []
        for piece in _unflatten(line):
            physical.extend(_split_columns(piece))
    if pending:
        _flush_pipes(pending, physical, tables)
    return _split_run_on_items(_join(physical)), tables


# A PDF preview that lost every line break prints the whole header, and often the body, on one
# line: "UBND TỈNH X SỞ Y CỘNG HOÀ XÃ HỘI … Số: 424/SGDĐT-TĐKT Sơn La, ngày … Độc lập - … V/v …
# Kính gửi: - A; - B; Căn cứ …". The header's landmarks start lines of their own again.
_FLAT_QUOC_HIEU = re.compile(r"CỘNG\s*H[OÒ][AÀ]\s*XÃ\s*HỘI", re.I)
_FLAT_BREAK = re.compile(
    r"(?<!\s)\s+(?=CỘNG\s*H[OÒ][AÀ]\s*XÃ\s*HỘI|Độc\s*lập\s*[-–]|Số\s*:|V/v\b|Kính\s+gửi\b|Nơi\s+nhận\b|"
    r"(?:TM|KT|TL)\.\s|Căn\s+cứ\b|Thực\s+hiện\b|Xét\s+đề\s+nghị\b)"
    r"|(?<=Hạnh phúc)\s+"
    r"|(?<=[;:])\s+(?=[-–]\s)"  # "Kính gửi: - A; - B;"
    r"|(?<!\s)\s+(?=(?:[A-ZĐ][^\W\d_]*\s){1,3}[A-ZĐ][^\W\d_]*,\s*ngày\s+\d)"  # "… Sơn La, ngày 05 tháng …"
)
# in the body of such a line, " - Phòng X …" starts an item: a dash between words, before a body's head
_FLAT_ITEM = re.compile(r"(?<=[^\W\d_]{2})\s+(?=[-–]\s+(?:Phòng|Sở|Các|các|UBND|Ủy ban|Uỷ ban|Ban|Trung tâm|Trường|Công an)\s)")


_PAGE_LIST_NO = re.compile(r"^\s*\d{1,2}\.\s+(?=CỘNG|ỦY BAN|UỶ BAN|UBND|BỘ|VĂN PHÒNG|SỞ)")


def _unflatten(line: str) -> list[str]:
    if len(line) < 200 or not _FLAT_QUOC_HIEU.search(line[:400]) or "Số" not in line[:600]:
        return [line]
    line = _PAGE_LIST_NO.sub("", line)  # "1. CỘNG HÒA …": the page's own list number before the letter
    out = [x.strip() for x in _FLAT_BREAK.split(line) if x and x.strip()]
    return [y.strip() for x in out for y in (_FLAT_ITEM.split(x) if len(x) > 300 else [x]) if y.strip()]


_ITEM_NO = re.compile(r"^(\d{1,2})\s*[.)]\s")


def _split_run_on_items(lines: list[str]) -> list[str]:
    """ "2. Trưởng phòng … thực hiện;3. Thường xuyên theo dõi …": a web copy ran the next numbered
    item onto this one's line; it is cut where the next number follows a ";"."""
    out: list[str] = []
    for line in lines:
        m = _ITEM_NO.match(line) if ";" in line else None
        while m:
            nxt = re.search(rf";\s*{int(m.group(1)) + 1}\s*[.)]\s*(?=[^\W\d_])", line)
            if not nxt:
                break
            out.append(line[:nxt.start() + 1])
            line = line[nxt.start() + 1:].lstrip()
            m = _ITEM_NO.match(line)
        out.append(line)
    return out


def _split_columns(line: str) -> list[str]:
    """A flattened two-column line ("ỦY BAN …      CỘNG HÒA …") as separate lines."""
    line = line.strip()
    if ("\t" not in line and "    " not in line) or not _COLUMN_GAP.search(line):
        return [line]
    parts = re.split(r"\t+| {4,}", line)
    return [p.strip() for p in parts if p.strip()] or [""]


def _cells(row: str) -> list[str]:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return [c.strip() for c in row.split("|")]


_ROLE_WORDS = (
    ("lead", re.compile(r"chu tri|don vi thuc hien|co quan thuc hien|trach nhiem thuc hien")),
    ("support", re.compile(r"phoi hop")),
    ("deadline", re.compile(r"thoi gian|thoi han|tien do|han hoan thanh")),
    ("action", re.compile(r"noi dung|nhiem vu|cong viec|hoat dong")),
    ("clause", re.compile(r"^(?:s?tt|so tt|stt)$")),
)


def _table_columns(cells: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = fold(cell).strip(" .:")
        for role, pattern in _ROLE_WORDS:
            if role not in columns and pattern.search(key):
                columns[role] = i
                break
    return columns if "lead" in columns and ("action" in columns or "deadline" in columns) else None


def _flush_pipes(rows: list[str], physical: list[str], tables: list[Table]) -> None:
    table: Table | None = None
    for row in rows:
        if _TABLE_RULE.match(row.strip()):
            continue
        cells = _cells(row)
        if table is None:
            columns = _table_columns(cells)
            if columns:
                table = Table(columns)
                physical.append(f"{TABLE_MARK}{len(tables)}")
                tables.append(table)
                continue
            for cell in _label_value(cells):
                physical.extend(x.strip() for x in cell.split("\n"))
        else:
            table.rows.append(cells)
    physical.append("")


def _label_value(cells: list[str]) -> list[str]:
    """A site's metadata row ("Số hiệu: | 31/TB-VPCP | Người ký: | …"): each label with its value."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        cell = cells[k]
        nxt = cells[k + 1].strip() if k + 1 < len(cells) else ""
        if cell.endswith(":") and nxt and not nxt.endswith(":") and "\n" not in cell:
            out.append(f"{cell} {nxt}")
            k += 2
            continue
        out.append(cell)
        k += 1
    return out


def _join(lines: list[str]) -> list[str]:
    """Glue lines broken inside a sentence or a date line; keep real line structure."""
    out: list[str] = []
    prev_blank = True
    for line in lines:
        line = line.strip()
        if line and prev_blank and out and out[-1] == "" and len(out) > 1 and _continues(out[-2], line):
            out.pop()  # a blank line inside a sentence ("… yêu\n\nnước năm 2018")
            prev_blank = False
        if not line or _RULE_LINE.match(line) or _PAGE_MARK.match(line):
            prev_blank = True
            if line == "" and out and out[-1] != "":
                out.append("")
            continue
        line = repair(line)
        if out and out[-1] and _should_join(out[-1], line, prev_blank):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        prev_blank = False
    return [x for x in out]


def _continues(a: str, b: str) -> bool:
    """`b`, after a blank line, is the rest of the sentence `a` left open."""
    return (
        bool(a) and not a.startswith(TABLE_MARK) and b[0].islower() and not _MARKER_START.match(b)
        and not a.endswith((".", ":", ";", "!", "?")) and not _is_upper(a)
    )


# a line that cannot end there: a number on the next line goes on with it
_OPEN_END = re.compile(r"(?:(?<![\w])(?:và|hoặc|đến|tới|tháng|ngày|số|năm|từ|của|với|quý|khoảng)|[,–])$")


def _name_across(a: str, b: str) -> bool:
    """An official name ("Lao động - Thương binh và Xã hội") broken at its own dash."""
    tail = " ".join(a.split()[-3:])
    m = KNOWN_NAMES.search(tail + " " + b[:60])
    return m is not None and m.start() < len(tail) < m.end()


def _should_join(a: str, b: str, blank_between: bool) -> bool:
    if a.startswith(TABLE_MARK) or b.startswith(TABLE_MARK):
        return False
    if _LABEL_ONLY.match(a):
        return True
    if blank_between:
        return False
    if _MARKER_START.match(b) and _OPEN_END.search(a) and b[:1].isdigit():
        return True  # "… tập trung vào tháng 10 và" / "11. Để chủ động …": a number, not a clause
    if b[:2] in ("- ", "– ") and _name_across(a, b):
        return True  # "… gửi về Bộ Lao động" / "- Thương binh và Xã hội (qua Vụ …)": a name's dash, no item
    if _NO_JOIN_START.match(b) or _MARKER_START.match(b):
        return False
    if a.endswith((".", ":", ";", "!", "?", "./.")):
        return False
    upper_a = _is_upper(a)
    upper_b = _is_upper(b)
    if upper_b and not upper_a:
        return False
    if upper_a and not upper_b:
        return a.endswith(",")
    if upper_a and upper_b:
        return False  # title lines are joined by the header reader, which knows where they end
    first = b[0]
    if first.islower():
        return True
    if first.isdigit():
        return True
    if _JOIN_AFTER.search(a):
        return True
    if len(a) >= 40 and _COUNCIL_OF.search(a) and not a.startswith("Kính gửi") and not starts_with_head(b):
        return True  # "… yêu cầu Sở Xây dựng, UBND huyện" / "Quảng Xương tập trung …": the place's name
    # a proper name broken across lines by a web copy: "… tỉnh Thanh" / "Hóa tại …"
    last = a.rsplit(" ", 1)[-1]
    return len(a) >= 60 and last[:1].isupper() and not last.isupper()


def _is_upper(s: str) -> bool:
    if s != s.upper():  # a lower-case letter: cheap test first
        return False
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
