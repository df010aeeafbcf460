"""One table per rule family, on short snippets written in the style of real letters."""
from __future__ import annotations

import io
import unicodedata
import zipfile
from datetime import date

import pytest

from reader import ReaderError, read_file, read_text
from reader.agencies import split_agencies
from reader.dates import find_timings
from reader.header import read_header
from reader.layout import logical_lines
from reader.repair import repair

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 123/UBND-KT\nQuảng Trị, ngày 10 tháng 3 năm 2020\nV/v triển khai nhiệm vụ\n\n"
    "Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\n"
    "UBND tỉnh có ý kiến như sau:\n\n"
)


def tasks_of(body: str):
    return read_text(HEAD + body).tasks


# ---- header ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "number", "issued_on", "place"),
    [
        ("Số: 2457 /UBND-NC\nĐắk Nông, ngày 25 tháng 5 năm 2018", "2457/UBND-NC", date(2018, 5, 25), "Đắk Nông"),
        ("Số: 1234/UBND- TH\nHà Nội, ngày 02 tháng 11 năm 2017.", "1234/UBND-TH", date(2017, 11, 2), "Hà Nội"),
        ("Số: 43-TTg\nHà Nội, ngày 22 tháng 1 năm 1996", "43-TTg", date(1996, 1, 22), "Hà Nội"),
        ("Số: 55/2007/CT-UBND\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007", "55/2007/CT-UBND",
         date(2007, 3, 5), "Phan Rang-Tháp Chàm"),
        ("Số:\n89 /SGDĐT-VP\nVũng Tàu, ngày 25/5/2018", "89/SGDĐT-VP", date(2018, 5, 25), "Vũng Tàu"),
        ("Số : 4144 /GDĐT – VP     Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018", "4144/GDĐT-VP",
         date(2018, 11, 25), "Thành phố Hồ Chí Minh"),
        ("| Số: 06/CT-UBND | Thanh Hóa, ngày\n02 tháng 5 năm 2019 |", "06/CT-UBND", date(2019, 5, 2), "Thanh Hóa"),
    ],
    ids=["spaces", "space-after-dash", "pre-2000", "year-in-number", "line-break", "two-columns", "pipe-table"],
)
def test_number_date_and_place(header, number, issued_on, place):
    h = read_header(logical_lines("ỦY BAN NHÂN DÂN\nTỈNH X\n" + header + "\n\nKính gửi: Sở Y tế.\n")[0])
    assert (h.number, h.issued_on, h.place) == (number, issued_on, place)


@pytest.mark.parametrize(
    ("foot", "title", "name"),
    [
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
        ("KT.BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n(đã ký)\nNguyễn Cao Lục", "KT.BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", "Nguyễn Cao Lục"),
        ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Thị Hoa", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", "Lê Thị Hoa"),
    ],
)
def test_signature_block(foot, title, name):
    letter = read_text(HEAD + "1. Giao Sở Y tế rà soát.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n\n" + foot)
    assert (letter.signer_title, letter.signer) == (title, name)
    assert letter.noi_nhan == ["Như trên", "Lưu: VT, KT."]


def test_chairman_issues_in_own_name():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 845/QĐ-UBND\nHậu Giang, ngày 17 tháng 9 năm 2019\n"
            "QUYẾT ĐỊNH\nPHÊ DUYỆT PHƯƠNG ÁN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\n"
            "Căn cứ Luật Thủy lợi ngày 19/6/2017;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt phương án kèm theo.\nĐiều 2. Giao Sở Tư pháp hướng dẫn thực hiện.\n")
    letter = read_text(text)
    assert letter.doc_type == "quyết định"
    assert letter.issuer_authority == "Chủ tịch UBND tỉnh"
    assert [(t.clause, t.lead, t.recurrence) for t in letter.tasks] == [("Điều 2", ["Sở Tư pháp"], "ongoing")]


# ---- agencies --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("span", "agencies"),
    [
        ("Giám đốc Sở Nội vụ", ["Sở Nội vụ"]),
        ("các Sở: Tài chính, Xây dựng và Công Thương", ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]),
        ("các Bộ: Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch", ["Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch"]),
        ("UBND các huyện, thị xã, thành phố", ["UBND các huyện, thị xã, thành phố"]),
        ("các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện", ["các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện"]),
        ("Sở Y tế, Công an tỉnh và các đơn vị liên quan", ["Sở Y tế", "Công an tỉnh", "các đơn vị liên quan"]),
        ("Thủ trưởng các đơn vị trực thuộc", ["các đơn vị trực thuộc"]),
        ("Trung tâm Y tế huyện (Cơ quan Thường trực Ban Chỉ đạo)", ["Trung tâm Y tế huyện"]),
        ("Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban Chỉ đạo", ["Sở Kế hoạch và Đầu tư"]),
        ("Sở Lao động-Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
    ],
)
def test_split_agencies(span, agencies):
    assert split_agencies(span) == agencies


@pytest.mark.parametrize(
    ("body", "lead", "support"),
    [
        ("1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát định mức.", ["Sở Tài chính"], ["Sở Xây dựng"]),
        ("1. Sở Xây dựng phối hợp với UBND thành phố nghiên cứu quy chuẩn.", ["Sở Xây dựng"], ["UBND thành phố"]),
        ("1. Sở Y tế chủ động theo dõi tình hình dịch bệnh.", ["Sở Y tế"], []),
        ("1. Đề nghị Bảo hiểm xã hội tỉnh cung cấp số liệu.", ["Bảo hiểm xã hội tỉnh"], []),
        ("1. Yêu cầu Chủ tịch UBND các huyện chỉ đạo các xã thực hiện.", ["UBND các huyện"], []),
        ("1. Giao Sở Nội vụ tổng hợp, báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư).", ["Sở Nội vụ"], []),
        ("1. Các huyện gửi báo cáo về Sở Tài chính trước ngày 20/3/2020.", ["Các huyện"], []),
        ("1. Rà soát các dự án chậm tiến độ.", ["Các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã, thành phố"], []),
    ],
    ids=["giao-chu-tri", "a-phoi-hop-b", "subject-first", "de-nghi", "title-dropped", "report-channel",
         "send-to-is-not-support", "addressed-to-all"],
)
def test_lead_and_support(body, lead, support):
    (task,) = tasks_of(body)
    assert task.lead == lead
    assert task.support == support


# ---- deadlines -------------------------------------------------------------------------
ISSUED = date(2019, 8, 1)


@pytest.mark.parametrize(
    ("text", "deadline", "time", "recurrence"),
    [
        ("báo cáo trước ngày 15/8/2019", date(2019, 8, 15), None, None),
        ("hoàn thành trước ngày 15 tháng 8 năm 2019", date(2019, 8, 15), None, None),
        ("gửi trước 16 giờ ngày 15/8/2019", date(2019, 8, 15), "16:00", None),
        ("trình trong tháng 12/2019", date(2019, 12, 31), None, None),
        ("trình Chính phủ trước tháng 12 năm 2019", date(2019, 11, 30), None, None),  # before December begins
        ("trình trước cuối tháng 12/2019", date(2019, 12, 31), None, None),
        ("sơ kết trong Quý III/2019", date(2019, 9, 30), None, None),
        ("tổng kết trong quý 4 năm 2019", date(2019, 12, 31), None, None),
        ("hoàn thành trong 6 tháng đầu năm 2020", date(2020, 6, 30), None, None),
        ("tổng kết vào năm 2020", date(2020, 12, 31), None, None),
        ("gửi chậm nhất ngày 20/9/2019", date(2019, 9, 20), None, None),
        ("báo cáo trước ngày 20 hằng tháng", None, None, "monthly:day=20"),
        ("báo cáo định kỳ hằng quý", None, None, "quarterly"),
        ("báo cáo trước ngày 15/6 và 15/12 hằng năm", None, None, "semiannual:06-15,12-15"),
        ("báo cáo trước ngày 15/12 hằng năm", None, None, "yearly:12-15"),
    ],
)
def test_deadline_expressions(text, deadline, time, recurrence):
    (t,) = find_timings(text, ISSUED)
    assert (t.deadline, t.time, t.recurrence) == (deadline, time, recurrence)


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 của Bộ Kế hoạch và Đầu tư",
        "Quyết định có hiệu lực từ ngày 01/7/2025",
        "Từ ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018",
        "số liệu tính đến 17 giờ 00, ngày 20/5/2020",
        "quy hoạch sử dụng đất đến năm 2020",
        "(chưa trình trong năm 2009, xin lùi sang năm 2010)",
        "báo cáo định kỳ theo mẫu",
    ],
)
def test_dates_that_are_not_deadlines(text):
    assert [t for t in find_timings(text, ISSUED) if t.kind in ("date", "recurrence", "relative")] == []


def test_relative_deadline_counts_working_days_from_issue_date():
    pytest.importorskip("holidays")
    (t,) = find_timings("trong thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản này", date(2020, 3, 10))
    assert t.relative == {"amount": 5, "unit": "working_day", "anchor": "issued_on"}
    assert t.deadline == date(2020, 3, 17)


def test_relative_deadline_from_an_event_has_no_date():
    (t,) = find_timings("trong thời hạn 07 ngày làm việc, kể từ ngày nhận được ý kiến thẩm định", ISSUED)
    assert t.deadline is None and t.relative["anchor"].startswith("ngày nhận được")


def test_relative_months_from_issue():
    (t,) = find_timings("không quá 2 tháng kể từ ngày ban hành văn bản này", date(2023, 2, 7))
    assert (t.relative["unit"], t.deadline) == ("month", date(2023, 4, 7))


def test_day_month_without_year_takes_issue_year_with_review():
    (task,) = tasks_of("1. Giao Sở Y tế báo cáo trước ngày 15/4.")
    assert task.deadline == date(2020, 4, 15)
    assert task.review


def test_deadline_before_issue_date_is_kept_and_flagged():
    (task,) = tasks_of("1. Giao Sở Y tế hoàn thành trước ngày 21/11/2019.")
    assert task.deadline == date(2019, 11, 21)
    assert any("trước ngày ban hành" in r for r in task.review)


def test_deadline_in_its_own_sentence_joins_the_assignment_before_it():
    body = "Đề nghị các trường kiểm tra việc thu các khoản đóng góp.\nCác đơn vị thực hiện trước ngày 17/4/2020.\n"
    (task,) = tasks_of(body)
    assert (task.lead, task.deadline) == (["các trường"], date(2020, 4, 17))


@pytest.mark.parametrize(
    ("body", "recurrence"),
    [
        ("1. Sở Nội vụ thường xuyên kiểm tra công tác cải cách hành chính.", "ongoing"),
        ("1. Sở Y tế tiếp tục theo dõi diễn biến dịch bệnh.", "ongoing"),
        ("1. Sở Tài chính rà soát định mức chi.", None),
    ],
)
def test_ongoing_duties(body, recurrence):
    (task,) = tasks_of(body)
    assert task.recurrence == recurrence


def test_problems_reported_when_they_arise_are_on_event():
    body = "1. Giao Sở Y tế triển khai Kế hoạch.\n\nTrong quá trình thực hiện, có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh.\n"
    tasks = tasks_of(body)
    assert [t.recurrence for t in tasks] == [None, "on_event"]
    assert tasks[1].lead == ["Các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã, thành phố"]


# ---- clauses ---------------------------------------------------------------------------
def test_clause_labels_nest():
    body = ("I. NỘI DUNG\n1. Công tác chỉ đạo:\na) Cục Thuế có trách nhiệm:\n- Rà soát đối tượng nộp thuế.\n"
            "2. Sở Tài chính tham mưu bố trí kinh phí trong tháng 5/2020.\n")
    tasks = tasks_of(body)
    assert [(t.clause, t.lead) for t in tasks] == [("I.1.a)", ["Cục Thuế"]), ("I.2", ["Sở Tài chính"])]


def test_objectives_section_is_not_a_task():
    body = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của các cấp, các ngành.\nII. NHIỆM VỤ\n1. Sở Tư pháp tổ chức phổ biến Luật.\n"
    assert [t.lead for t in tasks_of(body)] == [["Sở Tư pháp"]]


def test_copy_formula_is_not_a_task():
    body = "Giao Sở Y tế rà soát.\n\nVăn phòng UBND tỉnh thông báo để Sở Y tế và các cơ quan liên quan biết, thực hiện./.\n"
    assert [t.lead for t in tasks_of(body)] == [["Sở Y tế"]]


def test_plan_table_in_markdown():
    body = ("| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Rà soát văn bản | Sở Tư pháp | Các sở, ngành | Quý IV/2020 |\n"
            "| 2 | Tuyên truyền | Sở Thông tin và Truyền thông | Đài Phát thanh và Truyền hình tỉnh | Thường xuyên |\n")
    tasks = tasks_of(body)
    assert [(t.clause, t.lead, t.support, t.deadline, t.recurrence) for t in tasks] == [
        ("1", ["Sở Tư pháp"], ["Các sở, ngành"], date(2020, 12, 31), None),
        ("2", ["Sở Thông tin và Truyền thông"], ["Đài Phát thanh và Truyền hình tỉnh"], None, "ongoing"),
    ]


# ---- text repair and encodings -----------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [("thờihạn", "thời hạn"), ("tháng8", "tháng 8"), ("caBộ", "ca Bộ"), ("UBNDngày", "UBND ngày"),
     ("cáchuyện", "các huyện"), ("Tàinguyên", "Tài nguyên"), ("COVID-19", "COVID-19"), ("H5N1", "H5N1"),
     ("TTg", "TTg"), ("quyền", "quyền")],
)
def test_repair_run_together_words(raw, fixed):
    assert repair(raw) == fixed


SAMPLE = HEAD + "1. Giao Sở Y tế rà soát trước ngày 20/3/2020.\n"


def _cp1258(text: str) -> bytes:
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def _tcvn3(text: str) -> bytes:
    from reader.decode import _TCVN3, _TCVN3_UNI
    back = {u: t for t, u in zip(_TCVN3, _TCVN3_UNI)}
    out = []
    for c in text:
        if c in back:
            out.append(back[c])
        elif c.lower() in back and c.isupper():
            out.append(back[c.lower()])  # TCVN3 capitals share the lower-case codes
        else:
            out.append(c)
    return "".join(out).encode("latin-1")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1258", "tcvn3"])
def test_encodings(tmp_path, encoding):
    path = tmp_path / "letter.txt"
    if encoding == "tcvn3":
        data = _tcvn3(SAMPLE)
    elif encoding == "cp1258":  # Windows-1258 writes tone marks as combining characters
        data = _cp1258(SAMPLE)
    else:
        data = SAMPLE.encode(encoding)
    path.write_bytes(data)
    letter = read_file(path)
    assert letter.number == "123/UBND-KT"
    assert [t.deadline for t in letter.tasks] == [date(2020, 3, 20)]


def _docx(paragraphs: list[str], table: list[list[str]]) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
    body = "".join(f"<w:p><w:r><w:t>{esc(p)}</w:t></w:r></w:p>" for p in paragraphs)
    rows = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{esc(c)}</w:t></w:r></w:p></w:tc>" for c in row) + "</w:tr>"
        for row in table
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}<w:tbl>{rows}</w:tbl></w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_docx_paragraphs_and_task_table(tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(_docx(
        HEAD.split("\n"),
        [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["1", "Xây dựng kế hoạch", "Sở Nội vụ", "Sở Tài chính", "Tháng 9/2020"]],
    ))
    letter = read_file(path)
    assert letter.number == "123/UBND-KT"
    assert [(t.lead, t.support, t.deadline) for t in letter.tasks] == [(["Sở Nội vụ"], ["Sở Tài chính"], date(2020, 9, 30))]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04garbage", "damaged .docx"),
        (b"%PDF-1.4\n%%EOF", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".doc"),
        (b"{\\rtf1 hello}", "RTF"),
    ],
)
def test_unreadable_formats_say_what_to_do(tmp_path, content, message):
    path = tmp_path / "letter.bin"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_file(path)


def test_file_over_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (10 * 1024 * 1024 + 1))
    with pytest.raises(ReaderError, match="MB"):
        read_file(path)


# ---- the name-closure model: where no verb of the list ends a name, grammar does ----------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name closed by its place takes no further lower-case word …
        ("các bệnh viện trên địa bàn tỉnh sẵn sàng giường bệnh.", "các bệnh viện trên địa bàn tỉnh"),
        ("Ban Chỉ huy Phòng thủ dân sự tỉnh trực 24/24 giờ.", "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
        ("Trung tâm Y tế huyện Mộ Đức ưu tiên tiêm vắc xin cho người cao tuổi.", "Trung tâm Y tế huyện Mộ Đức"),
        ("UBND các xã ven biển huy động lực lượng.", "UBND các xã ven biển"),
        # … but a connector goes on: another place, a region, a list, "trực thuộc", "có liên quan"
        ("UBND các tỉnh Bắc Trung bộ và Tây Nguyên chủ động ứng phó.", "UBND các tỉnh Bắc Trung bộ và Tây Nguyên"),
        ("các đơn vị trực thuộc Sở nghiêm túc thực hiện.", "các đơn vị trực thuộc Sở"),
        ("UBND các huyện có liên quan khẩn trương rà soát.", "UBND các huyện có liên quan"),
        ("các tổ chức chính trị - xã hội vận động hội viên.", "các tổ chức chính trị - xã hội"),
        ("Sở Lao động - Thương binh và Xã hội tỉnh ưu tiên hỗ trợ.", "Sở Lao động - Thương binh và Xã hội tỉnh"),
        # a lower-case group with no known verb after it: its kind and one two-syllable qualifier
        ("các doanh nghiệp vận tải tuân thủ quy định về tải trọng.", "các doanh nghiệp vận tải"),
        ("các cơ sở giáo dục nghiêm cấm học sinh đốt pháo.", "các cơ sở giáo dục"),
        # adverbs of frequency and manner are never part of a name
        ("Sở Y tế hằng tháng báo cáo tình hình dịch bệnh.", "Sở Y tế"),
        ("Các sở, ngành, địa phương tuyệt đối không chủ quan.", "Các sở, ngành, địa phương"),
        ("Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện.", "Bộ Chỉ huy Quân sự tỉnh"),
        # where no verb ends the clause, a list of body nouns ends at the first other word
        ("các cơ quan, đơn vị nêu cao tinh thần trách nhiệm.", "các cơ quan, đơn vị"),
        ("Thủ trưởng các sở, ban, ngành nêu gương trước cán bộ.", "Thủ trưởng các sở, ban, ngành"),
        ("các sở, ban, ngành liên quan nêu cao trách nhiệm.", "các sở, ban, ngành liên quan"),
    ],
    ids=["closed-by-tinh", "closed-by-tinh-after-capitals", "closed-by-place-name", "xa-ven-bien",
         "region-and-list", "truc-thuoc", "co-lien-quan", "xa-hoi-is-no-place", "tinh-after-official-name",
         "generic-no-verb", "generic-no-verb-2", "hang-thang", "tuyet-doi", "san-sang", "generic-list",
         "generic-list-after-title", "generic-list-lien-quan"],
)
def test_name_closure(text, name):
    from reader.agencies import agency_span

    assert agency_span(text)[0] == name


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Văn bản nêu rõ, các địa phương cần rà soát toàn bộ các hộ nghèo trên địa bàn.", [["các địa phương"]]),
        ("Công văn yêu cầu, Sở Y tế khẩn trương bổ sung thuốc, vật tư.", [["Sở Y tế"]]),
        ("Lãnh đạo UBND tỉnh lưu ý, UBND các huyện không để xảy ra cháy rừng.", [["UBND các huyện"]]),
        ("Văn bản của UBND tỉnh nêu rõ: Sở Xây dựng chủ trì kiểm tra các công trình.", [["Sở Xây dựng"]]),
        ("Chủ tịch UBND tỉnh chỉ đạo: Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra thị trường.",
         [["Sở Công Thương"]]),
        # a speech frame before news is no task
        ("Báo cáo nêu rõ, các địa phương đã hoàn thành 95% kế hoạch.", []),
        # a source fronted ("Cũng theo văn bản này, …"); "giao nhiệm vụ cho X"; negation ends a name
        ("Cũng theo văn bản này, Sở Tài chính được giao hướng dẫn các đơn vị quyết toán kinh phí.", [["Sở Tài chính"]]),
        ("UBND tỉnh giao nhiệm vụ cho Sở Nội vụ tổng hợp danh sách.", [["Sở Nội vụ"]]),
        ("Chủ tịch UBND tỉnh đề nghị lãnh đạo các sở, ban, ngành không tổ chức tiệc tất niên bằng ngân sách.",
         [["các sở, ban, ngành"]]),
    ],
    ids=["van-ban-neu-ro", "cong-van-yeu-cau", "luu-y", "frame-with-colon", "issuer-directs-with-colon",
         "frame-before-news", "cung-theo-van-ban", "giao-nhiem-vu-cho", "khong-ends-a-name"],
)
def test_speech_frame_before_the_subject(body, leads):
    assert [t.lead for t in tasks_of(body)] == leads


# ---- head nouns: bodies named by the kind of unit they are -----------------------------------
@pytest.mark.parametrize(
    "body",
    ["Bưu điện tỉnh", "Hạt Kiểm lâm các huyện", "Trạm Y tế các xã", "Đồn Biên phòng cửa khẩu", "Đại học Huế",
     "Liên minh Hợp tác xã tỉnh", "Vườn quốc gia Bạch Mã", "Cảng hàng không Phú Bài", "Đội Quản lý thị trường số 1",
     "các hộ kinh doanh", "các trạm y tế", "các cửa hàng xăng dầu", "các khu công nghiệp", "các hãng hàng không",
     "các khách sạn"],
)
def test_bodies_named_by_their_kind_are_actors(body):
    assert [t.lead for t in tasks_of(f"Yêu cầu {body} khẩn trương rà soát, báo cáo trước ngày 20/3/2020.")] == [[body]]


@pytest.mark.parametrize(
    "sentence",
    ["Đội ngũ cán bộ phải nâng cao trình độ chuyên môn.", "Cảng biển Đà Nẵng đón 2 triệu tấn hàng.",
     "Hạt giống được cấp cho các hộ dân."],
)
def test_common_words_that_begin_like_a_head_name_no_body(sentence):
    from reader.agencies import is_agency_start

    assert not is_agency_start(sentence)


# ---- the directive verbs: the body named after any of them is given the work -------------
@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("UBND tỉnh lưu ý các địa phương chủ động phương án phòng chống hạn hán.", [["các địa phương"]]),
        ("UBND tỉnh giao trách nhiệm cho Sở Tài chính hướng dẫn thủ tục thanh toán.", [["Sở Tài chính"]]),
        ("UBND tỉnh phân công Sở Nội vụ làm đầu mối tiếp nhận hồ sơ.", [["Sở Nội vụ"]]),
        ("UBND tỉnh chỉ thị các sở, ban, ngành thực hiện nghiêm kỷ luật hành chính.", [["các sở, ban, ngành"]]),
        ("UBND tỉnh giao: Sở Tài chính chủ trì thẩm định dự toán; Sở Kế hoạch và Đầu tư bố trí vốn.",
         [["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư"]]),
        # a body dividing its own work acts itself; "sự phân công" is a noun
        ("Sở Y tế phân công cán bộ trực 24/24 giờ.", [["Sở Y tế"]]),
        ("Theo sự phân công, các thành viên Ban Chỉ đạo theo dõi địa bàn được giao.", [["các thành viên Ban Chỉ đạo"]]),
    ],
    ids=["luu-y", "giao-trach-nhiem-cho", "phan-cong", "chi-thi-as-verb", "giao-colon-items", "acting-body-phan-cong",
         "su-phan-cong-is-a-noun"],
)
def test_directive_verbs(body, leads):
    assert [t.lead for t in tasks_of(body)] == leads
