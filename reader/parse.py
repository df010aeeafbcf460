"""Read a directive letter: `read_file(path)` and `read_text(text)` → `Letter`.

Pure functions of their input: no clock, no database, no network (a .doc is converted by a
local LibreOffice when one is installed). Both raise only `ReaderError`.

What comes back:
  * a `Letter` with its header fields (None when not printed) and one `Task` per
    (clause, actors, timing); a task the reader is unsure of carries reasons in `review`;
  * a letter whose header is readable but whose body assigns no work (an informational
    letter, an excerpt that stops before the operative part) comes back with `tasks == []`
    and a warning: deciding whether that is acceptable is the caller's business (the ingest
    side refuses letters without tasks);
  * a press or portal copy that names a body of the administration and what it orders or issues
    ("Chủ tịch UBND tỉnh yêu cầu …", "… ban hành Công văn …") is read as a letter, with what was found;
  * text with neither a recognisable header, nor any clause that assigns work, nor such a sentence
    raises `ReaderError("no letter found …")`, as do empty, binary and unreadable files.
"""
from __future__ import annotations

import itertools
from collections import Counter
import os
import re

from reader.agencies import normalise, split_agencies, strip_title
from reader.clauses import build_tree, match_marker
from reader.decode import read_path
from reader.header import read_header
from reader.layout import TABLE_MARK, logical_lines
from reader.letter import Letter, ReaderError
from reader.tasks import (
    Context, Reader, addressees, digest_addressees, drop_repeats, drop_summaries, gist_tasks, imperative,
    merge_restatements,
)
from reader.text import is_upper_line, nfc, sentences

MAX_CHARS = 400_000  # a directive letter is a few pages; longer input is cut, with a warning

_OPENING = re.compile(
    r"(?:như sau|sau đây|dưới đây|QUYẾT ĐỊNH|Quyết định|yêu cầu|đề nghị|chỉ đạo|nội dung sau|[Cc]ụ thể|"
    r"biện pháp sau|giải pháp sau|nhiệm vụ sau)\s*:\s*$"
)
_BLANKS = re.compile(r"[ \t\u00a0]{5,}")
_BLANK_LINES = re.compile(r"(?:[ \t\u00a0]*\n){4,}")
_RELATED = re.compile(
    r"^\s*(?:(?:Các\s+)?(?:Bài|Tin)(?: bài| viết)?\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|khác|mới(?: nhất)?|"
    r"đọc nhiều(?: nhất)?|nổi bật|đã đưa)|Xem thêm|Đọc thêm)\s*:?\s*$",
    re.I,
)
_SHORT_ORDER = re.compile(r"^(?:Giao|Yêu cầu|Đề nghị|Gao)\s+\S+.{6,}")
_LETTER = re.compile(r"[^\W\d_]")
# the central government: its letters address provinces, whose UBND and Chairman are then actors
_CENTRAL_ISSUER = re.compile(
    r"(?:Văn phòng Chính phủ|Chính phủ|Thủ tướng|Bộ (?!Chỉ huy|chỉ huy|Tư lệnh)|Tổng cục|Ủy ban Dân tộc|Uỷ ban Dân tộc)")
_CHROME = re.compile(
    r"^(?:\([^()]*\)\.?|Xem chi tiết.*|Nguồn\s*:.*|Tin,? ảnh\s*:.*|Trân trọng(?!\s+(?:đề nghị|kính đề nghị)).*|\d{1,2}:\d{2}\s.*|"
    r".*\|\s*\d{1,2}:\d{2}.*|.*cms-view-count.*|"
    r"[^()]*\((?:Ảnh|ảnh)(?: minh (?:họa|hoạ))?(?:\s*:[^()]*)?\))$",  # "… cho các hộ nghèo. (Ảnh minh họa)": a photo's caption
    re.I,
)


def read_file(path: str | os.PathLike) -> Letter:
    """The letter in the file at `path` (.txt, .md, .docx, .pdf, .doc); ReaderError if unreadable."""
    text = read_path(path)
    try:
        return read_text(text)
    except ReaderError as exc:
        raise ReaderError(f"{os.fspath(path)}: {exc}") from None


def read_text(text: str) -> Letter:
    """The letter in `text` (already decoded). See the module docstring for what comes back."""
    if not isinstance(text, str):
        raise ReaderError("expected text (str), got " + type(text).__name__)
    warnings: list[str] = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(f"văn bản dài quá {MAX_CHARS} ký tự; phần sau bị bỏ qua")
    # long runs of blanks carry no more layout than a few do, and many patterns scan them once per
    # position: bounding them keeps the reader linear on padded web copies
    text = _BLANK_LINES.sub("\n\n\n", _BLANKS.sub("    ", nfc(text)))
    if not text.strip():
        raise ReaderError("empty text: nothing to read")
    if sum(1 for _ in itertools.islice(_LETTER.finditer(text), 10)) < 10:
        raise ReaderError("no letter found: the text has almost no words")
    lines, tables = logical_lines(text)
    head = read_header(lines)
    warnings.extend(head.warnings)
    span = lines[head.body_start:head.body_end]
    if not head.formal:
        # a web page's "related articles" block ends the article: what follows is other news
        end = next((k for k, x in enumerate(span) if _RELATED.match(x)), None)
        if end is not None:
            # unless the article itself comes after the block, opening on the lead it gave above
            # ("(Baothanhhoa.vn) - Ngày 7-6, UBND tỉnh …" above, "Ngày 7-6, UBND tỉnh …" below)
            lead = {x.strip()[-80:] for x in span[:end] if len(x.strip()) >= 80}
            again = next((k for k in range(end + 1, len(span)) if span[k].strip()[-80:] in lead), None)
            span = span[:end] if again is None else span[:end] + span[again + 1:]
    body = [x for x in span if _is_body_line(x)]
    if not head.formal:
        # a page's headline or menu line (no sentence end, not a clause) states no assignment;
        # the last line is kept, as an excerpt may stop mid-sentence
        body = [x for k, x in enumerate(body) if k == len(body) - 1 or not _headline(x)]
    opening = _opening(body)
    # "Các Sở: Tài nguyên và Môi trường, Xây dựng" as one Kính gửi item: one addressee per Sở
    recipients = [x for r in head.recipients
                  for x in ((":" in r and split_agencies(r)) or [normalise(strip_title(r)) or r])]
    if not head.formal and not recipients:
        recipients = digest_addressees(body)
    preamble: list[str] = []
    if opening is not None:
        for sentence in reversed(sentences(body[opening])):
            preamble = addressees(sentence, recipients)
            if preamble:
                break
        operative = body[opening + 1:]
    else:
        operative = body
    ctx = Context(head.issued_on, head.doc_type, recipients, preamble, tables, reported=not head.formal,
                  year=head.issued_on.year if head.issued_on else _common_year(lines),
                  central=bool(_CENTRAL_ISSUER.match(head.issuer or "")), number=head.number)
    reader = Reader(ctx, operative=opening is not None)
    reader.walk(build_tree(operative), [])
    if not reader.tasks and opening is not None and body[opening].rstrip().endswith(":") and preamble:
        # "… đề nghị Sở Y tế báo cáo các nội dung sau:" over items that only say what the report holds:
        # the opening is the assignment
        reader.read_opening(body[opening].rstrip()[:-1] + ".")
    tasks = drop_summaries(merge_restatements(drop_repeats(reader.tasks))) or gist_tasks(body, ctx)
    if reader.para_no == 1:
        for t in tasks:
            if t.clause == "para1":
                t.clause = "body"
    letter = Letter(
        number=head.number, issuer=head.issuer, issuer_authority=head.issuer_authority,
        place=head.place, issued_on=head.issued_on, doc_type=head.doc_type, subject=head.subject,
        recipients=head.recipients, noi_nhan=head.noi_nhan, signer_title=head.signer_title,
        signer=head.signer, tasks=tasks, warnings=warnings, parent_issuer=head.parent_issuer,
    )
    has_header = any((head.number, head.issued_on, head.issuer, head.subject, head.recipients))
    if not tasks:
        if not has_header and not _ADMINISTRATIVE.search(text):
            raise ReaderError(
                "no letter found: no header (số, ngày, cơ quan ban hành, V/v, Kính gửi) "
                "and no clause that assigns work to an agency"
            )
        letter.warnings.append("no clause assigns work to an agency (informational letter or excerpt)")
    return letter


# a body of the administration and what it does with letters and work: a press copy of a letter
# ("… Chủ tịch UBND tỉnh yêu cầu giám đốc các sở …") is read, even when no task comes out of it
_ADMINISTRATIVE = re.compile(
    r"(?<![\w])(?:UBND|HĐND|Ủy ban|Uỷ ban|Sở|Bộ|Chính phủ|Thủ tướng|Văn phòng|Ban|Cục|Tổng cục)(?![\w])"
    r"[^.!?]{0,200}?(?<![\w])(?i:giao|yêu cầu|đề nghị|chỉ đạo|ban hành|công văn|văn bản|quyết định|chỉ thị|"
    r"kế hoạch|công điện|thông báo)(?![\w])"
)
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?!\d)")
_DATE_YEAR = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?!\d)")


def _common_year(lines: list[str]) -> int | None:
    years = Counter(int(y) for line in lines for y in _YEAR.findall(line))
    if not years:  # a page whose only years sit in dates: its stamp "21/10/2021", a deadline "15-1-2022"
        years = Counter(int(y) for line in lines for y in _DATE_YEAR.findall(line))
    return years.most_common(1)[0][0] if years else None


def _is_body_line(line: str) -> bool:
    if not line or line.startswith(TABLE_MARK):
        return bool(line)
    if match_marker(line):
        return True
    if _OPENING.search(line):
        return True
    if _CHROME.match(line):
        return False
    if is_upper_line(line) and len(line) < 60:
        return False
    return len(line) >= 25 or bool(_SHORT_ORDER.match(line))


def _headline(line: str) -> bool:
    return (len(line) < 160 and not line.startswith(TABLE_MARK) and not match_marker(line)
            and not line.rstrip().endswith((".", ":", ";", "!", "?", "./.", ")")))


def _opening(body: list[str]) -> int | None:
    """Index of the line that opens the operative part ("… có ý kiến như sau:", "QUYẾT ĐỊNH:")."""
    for i, line in enumerate(body):
        if match_marker(line) or line.startswith(TABLE_MARK):
            continue
        if _OPENING.search(line):
            return i
        # "Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, … chủ động ứng phó với cơn bão:"
        # (or over unmarked lines that each open on an order verb: "Tiến hành rà soát …")
        if line.rstrip().endswith(":") and i + 1 < len(body) and (match_marker(body[i + 1]) or imperative(body[i + 1])) \
                and any(addressees(x, []) for x in sentences(line)[-1:]):
            return i
    return None
