"""Rules added while measuring the reader on held-out letters (tests/data/heldout).

One table per rule family, on short snippets written the way real letters and portal
digests write them. The last test scores the whole held-out set against an honest floor.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from reader import read_file, read_text

HELDOUT = Path(__file__).parent / "data" / "heldout"


# ---- header: the letter named by a digest, an attribution line, a site's metadata block ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-CTUBND về việc tiếp tục phòng, chống dịch.\n"
         "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện quyết liệt công tác phòng, chống dịch.",
         "11/CT-CTUBND", date(2020, 4, 16)),
        ("Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh đã ký ban hành văn bản số 2508/UBND-KGVX, "
         "chỉ đạo các sở, ban, ngành tăng cường các biện pháp phòng, chống dịch.",
         "2508/UBND-KGVX", date(2020, 8, 11)),
        ("GiadinhNet - Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo sĩ số đầu năm học 2010- 2011.\n"
         "Bộ GD&ĐT đề nghị các sở báo cáo nhanh tình hình biến động sĩ số học sinh.",
         None, date(2010, 10, 14)),
        ("Ngày 21/ 5, UBND tỉnh banh Công văn số 846 /UBND-TH về việc báo cáo tình hình giải ngân năm 2019.\n"
         "Giao các sở, ngành tỉnh báo cáo trước ngày 23/5/2019.",
         "846/UBND-TH", date(2019, 5, 21)),
        ("Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương.\n"
         "Giao Sở Công Thương chủ trì tổng hợp báo cáo, trình UBND tỉnh trước ngày 10/8/2018.",
         None, None),
    ],
    ids=["no-comma-after-date", "lower-case-van-ban", "source-tag-and-no-year", "typo-in-verb", "received-letter"],
)
def test_digest_names_its_letter(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


@pytest.mark.parametrize(
    "attribution",
    ["(Theo Công văn 907/UBND-KT ngày 13/3/2023)", "Theo Công văn 907/UBND-KT ngày 13/3/2023",
     "(Theo Công văn số 907/UBND-KT, ngày 13/3/2023)"],
)
def test_attribution_line_gives_number_and_date(attribution):
    letter = read_text("UBND tỉnh có ý kiến như sau:\n\nGiao Sở Tài nguyên và Môi trường rà soát, "
                       "báo cáo UBND tỉnh trước ngày 25/3/2023.\n\n" + attribution)
    assert (letter.number, letter.issued_on) == ("907/UBND-KT", date(2023, 3, 13))


def test_site_title_and_metadata_rows_before_the_header():
    text = ("Thông báo số 31/TB-VPCP về việc kết luận của Phó Thủ tướng tại hội nghị triển khai nghị quyết của "
            "Quốc hội về kế hoạch năm 1999 khu vực 15 tỉnh, thành phố đồng bằng Bắc bộ và Khu 4 cũ của cả nước\n"
            "Số hiệu: | 31/TB-VPCP | Loại văn bản: | Thông báo |\n"
            "Nơi ban hành: | Văn phòng Chính phủ | Người ký: | Nguyễn Tôn |\n"
            "VĂN PHÒNG CHÍNH PHỦ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/TB-VPCP |\n"
            "Hà Nội, ngày 22 tháng 02 năm 1999 |\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG\n"
            "Ngày 4 và 5 tháng 01 năm 1999 tại Hà Nội, Phó Thủ tướng đã chủ trì Hội nghị.\n")
    letter = read_text(text)
    assert (letter.number, letter.issued_on, letter.signer) == ("31/TB-VPCP", date(1999, 2, 22), "Nguyễn Tôn")


# ---- agencies and actors ------------------------------------------------------------------
DIGEST = "Ngày 10/3/2020, UBND tỉnh ban hành Công văn số 123/UBND-KT về việc triển khai nhiệm vụ.\n\n"


def leads_of(body: str) -> list[list[str]]:
    return [t.lead for t in read_text(DIGEST + body).tasks]


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch các cấp; Chủ tịch UBND các "
         "huyện thực hiện quyết liệt công tác phòng, chống dịch.",
         [["các thành viên Ban chỉ đạo phòng, chống dịch các cấp", "UBND các huyện"]]),
        ("Giao Ban quản lý dự án chuyên ngành tỉnh rà soát các công trình chậm tiến độ.",
         [["Ban quản lý dự án chuyên ngành tỉnh"]]),
        ("Giao Sở Tài nguyên và Môi trường trên cơ sở các quy hoạch đã duyệt, hướng dẫn UBND huyện lập hồ sơ.",
         [["Sở Tài nguyên và Môi trường"]]),
        ("Điều 2. Giaocho Sở Xây dựng chủ trì, phối hợp các sở, ngành tổ chức triển khai Quyết định này.",
         [["Sở Xây dựng"]]),
        ("Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - "
         "Truyền hình tỉnh tiếp tục tuyên truyền.",
         [["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", "Đài Phát thanh - Truyền hình tỉnh"]]),
        ("Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Thủ trưởng các sở, ban ngành nghiêm túc quán triệt Chỉ thị.",
         [["các sở, ban ngành"]]),
        ("UBND tỉnh cũng đề nghị Sở Tài chính tổng hợp, báo cáo trước ngày 20/3/2020.", [["Sở Tài chính"]]),
        ("UBND tỉnh Thanh Hóa vừa có văn bản về việc bổ sung vùng sản xuất lúa gạo.\n\n"
         "Theo đó, UBND tỉnh đề nghị Sở Nông nghiệp và Phát triển nông thôn tham mưu, báo cáo trước ngày 15-7-2020.",
         [["Sở Nông nghiệp và Phát triển nông thôn"]]),
        ("Trên cơ sở hướng dẫn của các Bộ, ngành Trung ương và báo cáo của các cơ quan, đơn vị, Sở Kế hoạch và "
         "Đầu tư chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh ban hành Kế hoạch; hoàn thành "
         "trong quý I/2020.",
         [["Sở Kế hoạch và Đầu tư"]]),
    ],
    ids=["ban-chi-dao-is-a-name", "ban-quan-ly-is-a-name", "tren-co-so-ends-the-name", "giao-cho",
         "factored-title-list", "issuer-voice-through-vua", "adverb-before-de-nghi", "narrative-vua-co-van-ban",
         "fronted-adverbial-with-commas"],
)
def test_who_leads(body, leads):
    assert leads_of(body) == leads


def test_generic_group_with_its_own_action_is_a_new_task():
    tasks = read_text(DIGEST + "Giao Sở Kế hoạch và Đầu tư tham mưu ban hành Kế hoạch; hoàn thành trong quý I/2020.\n\n"
                      "Sau khi ban hành Kế hoạch, các cơ quan, đơn vị định kỳ đánh giá kết quả, báo cáo UBND tỉnh "
                      "trước ngày 05/6 và 05/12 hàng năm.").tasks
    assert [(t.lead, t.deadline, t.recurrence) for t in tasks] == [
        (["Sở Kế hoạch và Đầu tư"], date(2020, 3, 31), None),
        (["các cơ quan, đơn vị"], None, "semiannual:06-05,12-05"),
    ]


def test_generic_group_that_only_executes_refers_back():
    tasks = read_text(DIGEST + "Đề nghị Hiệu trưởng các trường rà soát việc thu quỹ.\nCác đơn vị thực hiện trước ngày 24/3/2020.").tasks
    assert [(t.lead, t.deadline) for t in tasks] == [(["các trường"], date(2020, 3, 24))]


def test_standing_duty_keeps_its_timing_when_a_report_follows():
    tasks = read_text(DIGEST + "Theo đó, UBND tỉnh đề nghị các đơn vị tiếp tục quán triệt, thực hiện Chỉ thị số 20.\n"
                      "UBND tỉnh cũng đề nghị các đơn vị định kỳ 6 tháng, hàng năm báo cáo kết quả về UBND tỉnh.").tasks
    assert [(t.lead, t.recurrence) for t in tasks] == [
        (["các đơn vị"], "ongoing"), (["các đơn vị"], "semiannual"), (["các đơn vị"], "yearly")]


@pytest.mark.parametrize(
    "article",
    ["Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Tài chính; Chủ tịch UBND các huyện và Thủ trưởng "
     "các cơ quan liên quan chịu trách nhiệm thi hành Quyế",
     "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Ban, ngành; Chủ tịch Ủy ban nhân dân các "
     "huyện và các đơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành."],
    ids=["cut-after-thi-hanh", "can-cu-quyet-dinh-thi-hanh"],
)
def test_execution_article_of_a_decision_is_not_a_task(article):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1528/QĐ-UBND\nBình Định, ngày 29 tháng 04 năm 2021\nQUYẾT ĐỊNH\n"
            "BAN HÀNH KẾ HOẠCH\nỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Điều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì tổ chức triển khai thực hiện Kế hoạch này.\n"
            + article)
    assert [(t.clause, t.lead) for t in read_text(text).tasks] == [("Điều 2", ["Sở Lao động - Thương binh và Xã hội"])]


# ---- clauses and timing -------------------------------------------------------------------
CHI_THI = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/CT-UBND | Thanh Hoá, ngày 10 tháng 10 năm 2019 |\n"
           "CHỈ THỊ\nVỀ LẬP KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN\nThực hiện Luật Đầu tư công, Chủ tịch UBND tỉnh yêu cầu "
           "Giám đốc các sở, Chủ tịch UBND các huyện triển khai việc lập kế hoạch, với các nội dung sau:\n")


def test_review_section_of_a_directive_keeps_explicit_assignments():
    text = CHI_THI + ("I. ĐÁNH GIÁ\nTÌNH HÌNH THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2016-2020\nCăn cứ kế hoạch phát triển "
                      "kinh tế - xã hội của tỉnh, yêu cầu các sở, ban, ngành, UBND các huyện khẩn trương đánh giá "
                      "tình hình thực hiện kế hoạch giai đoạn 2016 - 2020.\nCác sở đã hoàn thành nhiều dự án.\n")
    tasks = read_text(text).tasks
    assert [(t.clause, t.lead, t.recurrence, t.deadline_text) for t in tasks] == [
        ("I", ["các sở, ban, ngành", "UBND các huyện"], None, "khẩn trương")]


def test_objective_section_still_gives_nothing():
    text = CHI_THI + "I. MỤC ĐÍCH, YÊU CẦU\n1. Yêu cầu các sở bảo đảm tiến độ.\nII. NHIỆM VỤ\n1. Sở Tài chính thẩm định dự toán.\n"
    assert [t.lead for t in read_text(text).tasks] == [["Sở Tài chính"]]


@pytest.mark.parametrize(
    ("item", "recurrence"),
    [("1. Sở Tài chính theo dõi thu ngân sách.", "ongoing"),
     ("1. Sở Tài chính khẩn trương rà soát các khoản nợ đọng.", None)],
    ids=["standing-duty", "urgent-deliverable"],
)
def test_urgent_item_of_a_directive_is_not_a_standing_duty(item, recurrence):
    (task,) = read_text(CHI_THI + item + "\n").tasks
    assert task.recurrence == recurrence


def test_report_condition_splits_off_from_the_action():
    tasks = read_text(DIGEST + "Theo đó, Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành triển khai thực hiện "
                      "và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền.").tasks
    assert [(t.lead, t.recurrence) for t in tasks] == [(["các sở, ban, ngành"], None), (["các sở, ban, ngành"], "on_event")]


def test_informing_an_office_of_difficulties_is_an_event_report():
    tasks = read_text(DIGEST + "Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện. Nếu có khó khăn, vướng mắc, "
                      "chủ động thông tin về Văn phòng HĐND&UBND huyện để hỗ trợ.").tasks
    assert [t.recurrence for t in tasks] == [None, "on_event"]


@pytest.mark.parametrize(
    ("span", "agencies"),
    [
        ("Chủ tịch UBND các xã; người đứng đầu các cơ quan, đơn vị, doanh nghiệp và toàn thể Nhân dân",
         ["UBND các xã", "các cơ quan, đơn vị, doanh nghiệp"]),
        ("Các cấp, các ngành và địa phương", ["Các cấp, các ngành và địa phương"]),
        ("Sở Y tế và đơn vị liên quan", ["Sở Y tế", "đơn vị liên quan"]),
    ],
    ids=["people-are-not-an-agency", "generic-group-stays-whole", "specific-then-generic"],
)
def test_split_generic_groups(span, agencies):
    from reader.agencies import split_agencies

    assert split_agencies(span) == agencies


def test_continuing_duty_anywhere_in_the_sentence_is_ongoing():
    (task,) = read_text(DIGEST + "Các cấp, các ngành và địa phương xác định cải cách hành chính là trách nhiệm chung, "
                        "tiếp tục phát huy vai trò lãnh đạo của cấp ủy.").tasks
    assert (task.lead, task.recurrence) == (["Các cấp, các ngành và địa phương"], "ongoing")


# ---- digests and press reports ---------------------------------------------------------------
def test_restatement_and_duplicated_sentence_give_one_task():
    sentence = ("Trước đề xuất trên, ngày 28/5, UBND TP đã có công văn giao Sở GTVT chủ trì phối hợp với các đơn vị "
                "liên quan kiểm tra, rà soát báo cáo UBND TP trước ngày 10/6.")
    assert len(read_text(DIGEST + sentence + "\n" + sentence).tasks) == 1
    tasks = read_text(DIGEST + "Thủ tướng yêu cầu Bộ Công Thương nghiên cứu, xử lý thông tin báo chí phản ánh về dự án.\n\n"
                      "Trước đó, ngày 8/8/2018 Báo Thanh niên có đưa tin về dự án.\n\n"
                      "Về thông tin trên, Thủ tướng Chính phủ yêu cầu Bộ Công Thương nghiên cứu, xử lý.").tasks
    assert [t.lead for t in tasks] == [["Bộ Công Thương"]]


def test_letter_sent_to_an_agency_names_the_lead():
    tasks = read_text(DIGEST + "Trước đó, ngày 11.12.2019, Sở Kế hoạch và Đầu tư có công văn gửi các đơn vị đề nghị chậm "
                      "nhất ngày 25.12.2019 phải báo cáo nội dung này.").tasks
    assert [(t.lead, t.deadline) for t in tasks] == [(["các đơn vị"], date(2019, 12, 25))]


def test_gist_of_a_digest_cut_before_the_letter_text():
    text = ("UBND tỉnh chỉ đạo tăng cường các biện pháp phòng, chống dịch\n\nNgày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ "
            "tịch UBND tỉnh đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, ban, ngành thuộc tỉnh; UBND các "
            "huyện, thành phố tăng cường các biện pháp phòng, chống dịch. Nội dung văn bản chỉ đạo như sau:")
    assert [t.lead for t in read_text(text).tasks] == [["các sở, ban, ngành thuộc tỉnh", "UBND các huyện, thành phố"]]


def test_gist_is_not_used_when_the_letter_text_follows():
    text = ("Ngày 21/4/2020, Ủy ban nhân dân tỉnh ban hành Công văn số 1915/UBND-KTTH chỉ đạo các Sở, Ban, ngành tổ "
            "chức trực trong dịp nghỉ Lễ.\n\nTheo đó, UBND tỉnh yêu cầu các Sở, ban, ngành báo cáo tình hình trước "
            "17 giờ 00 ngày 03/5/2020.")
    assert [(t.lead, t.deadline) for t in read_text(text).tasks] == [(["các Sở, ban, ngành"], date(2020, 5, 3))]


@pytest.mark.parametrize(
    ("text", "leads"),
    [("Mới đây, UBND Tp.HCM đã giao Sở Quy hoạch - Kiến trúc phối hợp với các sở, ngành liên quan đánh giá tình "
      "hình thực hiện quy hoạch phân khu.", [["Sở Quy hoạch - Kiến trúc"]]),
     ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/UBND-KT\nQuảng Trị, ngày 10 tháng 3 năm 2020\nV/v đôn đốc\n"
      "Kính gửi: Sở Y tế.\n\nUBND tỉnh đã giao Sở Y tế rà soát tại Công văn số 5/UBND-KT. Đến nay Sở chưa báo cáo.\n"
      "UBND tỉnh đề nghị Sở Y tế báo cáo trước ngày 20/3/2020.", [["Sở Y tế"]])],
    ids=["press-report-states-the-assignment", "letter-recalls-an-earlier-one"],
)
def test_da_giao(text, leads):
    assert [t.lead for t in read_text(text).tasks] == leads


# ---- rules from the second held-out batch ---------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Bộ Y tế vừa có văn bản gửi Giám đốc Sở Y tế các tỉnh, thành phố; Giám đốc các Bệnh viện trực thuộc Bộ "
         "đề nghị tăng cường đảm bảo an ninh, an toàn cho người bệnh.",
         [(["Sở Y tế các tỉnh, thành phố", "các Bệnh viện trực thuộc Bộ"], None)]),
        ("Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ trước ngày 30/9/2020.", [(["Bộ Nội vụ"], date(2020, 9, 30))]),
        ("Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập nhật kết quả; "
         "từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, tổng hợp báo cáo giám đốc sở.",
         [(["các đơn vị và phòng ban được phân công"], "monthly"), (["Phòng Kế hoạch - Đầu tư"], "monthly")]),
        ("Phó Chủ tịch UBND TP giao Sở TN&MT chủ trì tổ chức ba tổ công tác khảo sát. Từ kết quả kiểm tra, TP giao "
         "Sở TN&MT phối hợp Sở Tư pháp đề xuất các biện pháp chấn chỉnh.",
         [(["Sở TN&MT"], None), (["Sở TN&MT"], None)]),
        ("Giao Sở Xây dựng đề xuất giải quyết. Theo báo cáo của Sở Xây dựng tính đến ngày 30-10 đã giảm xuống còn 154 "
         "trường hợp vi phạm.", [(["Sở Xây dựng"], None)]),
    ],
    ids=["narrative-verb-then-request", "future-work-of-a-named-body", "fronted-period-and-participle",
         "two-fresh-assignments", "cited-report-is-no-event"],
)
def test_second_batch_actors_and_timings(body, expected):
    tasks = read_text(DIGEST + body).tasks
    assert [(t.lead, t.recurrence.split(":")[0] if t.recurrence else t.deadline) for t in tasks] == expected


def test_issuer_undertaking_is_not_a_task():
    assert leads_of("UBND tỉnh sẽ xem xét, giải quyết. Giao Sở Y tế rà soát.") == [["Sở Y tế"]]


def test_intro_paragraph_gives_the_actor_of_sub_items():
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1114/BGDĐT-QLCL\nV/v hướng dẫn khảo sát\n"
            "Hà Nội, ngày 25 tháng 3 năm 2022\nKính gửi: Giám đốc các Sở Giáo dục và Đào tạo[1]\n\n"
            "Bộ GDĐT hướng dẫn các Sở GDĐT thực hiện một số nội dung sau:\n\n"
            "1. Lập danh sách các cơ sở giáo dục tham gia khảo sát: Phụ lục 1 đính kèm.\n\n"
            "Sở GDĐT chỉ đạo các cơ sở giáo dục triển khai các nội dung sau:\n\n"
            "1.1. Rà soát, xác nhận tên, địa chỉ của trường.\n\n1.2. Cử cán bộ phụ trách.\n")
    letter = read_text(text)
    assert letter.recipients == ["Giám đốc các Sở Giáo dục và Đào tạo[1]"]
    assert [(t.clause, t.lead) for t in letter.tasks] == [("1.1", ["Sở GDĐT"]), ("1.2", ["Sở GDĐT"])]


def test_footnote_mark_is_not_part_of_a_name():
    from reader.agencies import split_agencies

    assert split_agencies("Giám đốc các Sở Giáo dục và Đào tạo[1]") == ["các Sở Giáo dục và Đào tạo"]


def test_defining_articles_give_no_task():
    text = ("UBND TỈNH NGHỆ AN\nLIÊN NGÀNH\nSỞ TÀI CHÍNH -\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 1213/2010/HDLN /STC-SCT\nVinh, ngày 06 tháng 12 năm 2010\nHƯỚNG DẪN\nTHỰC HIỆN QUY CHẾ QUỸ KHUYẾN CÔNG\n"
            "Sở Tài chính - Sở Công Thương hướng dẫn cụ thể như sau:\n\nĐiều 1. Đối tượng được hỗ trợ khuyến công.\n\n"
            "1. Các tổ chức, cá nhân trực tiếp đầu tư sản xuất công nghiệp, gồm:\n\n- Hợp tác xã thành lập, hoạt động "
            "theo luật HTX;\n\n2. Các cơ quan, tổ chức có hoạt động liên quan đến phát triển công nghiệp.\n")
    letter = read_text(text)
    assert (letter.number, letter.tasks) == ("1213/2010/HDLN/STC-SCT", [])


def test_periodic_report_does_not_time_the_work():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 27/2011/QĐ-UBND\nTP. Hồ Chí Minh, ngày 14 tháng 5 năm 2011\n"
            "QUYẾT ĐỊNH\nVỀ BAN HÀNH KẾ HOẠCH\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Điều 2. Thủ trưởng các sở - ngành căn cứ nội dung kế hoạch này xây dựng chương trình, kế hoạch cụ thể; "
            "báo cáo kết quả thực hiện về Sở Tài nguyên và Môi trường định kỳ hàng năm.\n"
            "Điều 3. Giao Sở Tài nguyên và Môi trường là cơ quan thường trực phụ trách chương trình, có trách nhiệm "
            "tổng hợp.\n")
    tasks = read_text(text).tasks
    assert [(t.clause, t.lead, t.recurrence) for t in tasks] == [
        ("Điều 2", ["các sở - ngành"], "ongoing"), ("Điều 2", ["các sở - ngành"], "yearly"),
        ("Điều 3", ["Sở Tài nguyên và Môi trường"], "ongoing")]


@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [("Thực hiện chỉ đạo của Bộ trưởng về công tác y tế dịp Tết Nguyên đán 2017, ngày 11.1, Cục Quản lý khám chữa bệnh "
      "đã có công văn yêu cầu Sở Y tế các tỉnh tăng cường giám sát.", None, date(2017, 1, 11)),
     ("(Chinhphu.vn) - Văn phòng Chính phủ vừa có công văn 5783/VPCP-HC đề nghị UBND các tỉnh rà soát, đánh giá.",
      "5783/VPCP-HC", None)],
    ids=["date-after-a-fronted-clause", "number-without-so"],
)
def test_digest_letter_named_mid_sentence(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


# ---- rules from the third held-out batch ----------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chủ tịch UBND tỉnh Nguyễn Bốn đề nghị, Sở Kế hoạch và Đầu tư, các ngành, địa phương cần tập trung đẩy "
         "nhanh tiến độ giải ngân vốn đầu tư công.", [(["Sở Kế hoạch và Đầu tư", "các ngành, địa phương"], None)]),
        ("Chủ tịch UBND tỉnh Phạm Văn Tân chỉ đạo, trong thời gian tới, các chủ đầu tư đẩy nhanh tiến độ giải ngân.",
         [(["các chủ đầu tư"], None)]),
        ("Tỉnh Vĩnh Phúc đề nghị những người đã đến các địa điểm có ca mắc liên hệ ngay cơ quan y tế.", []),
        ("Các bộ và các tỉnh thành sẽ được xếp hạng chuyển đổi số hàng năm.", []),
        ("Cơ quan thường trực ban chỉ đạo là phòng văn hóa - thông tin cấp huyện.", []),
        ("UBND tỉnh Lạng Sơn đã có công điện khẩn số 07: yêu cầu Ban chỉ huy Phòng, chống lụt bão, tìm kiếm cứu nạn "
         "tỉnh và UBND các huyện, thành phố: Chỉ đạo ngay việc giằng nhà cửa, vận động nhân dân sơ tán.",
         [(["Ban chỉ huy Phòng, chống lụt bão, tìm kiếm cứu nạn tỉnh", "UBND các huyện, thành phố"], None)]),
        ("Bộ TT&TT cũng được giao nhiệm vụ kiểm tra, đề xuất thành lập thêm các khu CNTT tập trung. Bộ cũng có "
         "nhiệm vụ phối hợp với Bộ Kế hoạch và Đầu tư xây dựng Quy hoạch phát triển kinh tế số.",
         [(["Bộ TT&TT"], None), (["Bộ TT&TT"], None)]),
    ],
    ids=["comma-after-de-nghi", "issuer-chi-dao-with-fronted-time", "people-are-not-bodies", "passive-is-no-work",
         "copula-defines", "colon-before-the-action-and-urgency", "bare-head-refers-back"],
)
def test_third_batch_actors(body, expected):
    tasks = read_text(DIGEST + body).tasks
    assert [(t.lead, t.recurrence) for t in tasks] == expected


def test_opening_line_ending_in_colon_before_numbered_items():
    text = ("Ngày 9/11/2019, UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, các đơn vị "
            "quản lý hồ chứa thủy điện, thủy lợi và các đơn vị có liên quan chủ động ứng phó với cơn bão số 6:\n\n"
            "1. Khẩn trương triển khai thực hiện nghiêm các nội dung chỉ đạo của Thủ tướng Chính phủ.\n\n"
            "2. Theo dõi chặt chẽ diễn biến cơn bão, chủ động chỉ đạo triển khai các biện pháp.\n")
    tasks = read_text(text).tasks
    leads = ["các sở, ban, ngành", "UBND các huyện, thị xã", "các đơn vị quản lý hồ chứa thủy điện, thủy lợi",
             "các đơn vị có liên quan"]
    assert [(t.clause, t.lead, t.recurrence) for t in tasks] == [("1", leads, None), ("2", leads, "ongoing")]


def test_honorific_quy_co_quan_means_the_addressees():
    text = ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2390/BTTTT-THH\n"
            "Hà Nội, ngày 02 tháng 7 năm 2020\nKính gửi:\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh.\n\n"
            "Bộ Thông tin và Truyền thông trân trọng đề nghị Quý Cơ quan triển khai ngay các nhiệm vụ được giao.\n"
            "Trân trọng đề nghị Quý Cơ quan giao đơn vị chuyên trách làm đầu mối chuyển đổi số.\nTrân trọng./.\n")
    tasks = read_text(text).tasks
    assert [t.lead for t in tasks] == [["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"]] * 2


def test_clause_headed_by_a_name_and_bullets_make_one_task():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CÔN ĐẢO\nSố: 1150/UBND-VP\nCôn Đảo, ngày 22 tháng 4 năm 2021\n"
            "V/v tuyên truyền kỷ niệm\nKính gửi: Các phòng, ban, đơn vị.\n\nỦy ban nhân dân huyện có ý kiến như sau:\n\n"
            "1. Phòng Văn hóa và Thông tin chủ trì hướng dẫn công tác tuyên truyền.\n\n"
            "2. Trung tâm Văn hóa - Thông tin và Thể thao\n\n- Tăng cường các tin, bài tuyên truyền.\n\n"
            "- Tổ chức các hoạt động tuyên truyền trực quan.\n\n"
            "3. Phòng Tài nguyên và Môi trường huyện: Xây dựng kế hoạch chỉnh trang đô thị.\n")
    tasks = read_text(text).tasks
    assert [(t.clause, t.lead) for t in tasks] == [
        ("1", ["Phòng Văn hóa và Thông tin"]), ("2", ["Trung tâm Văn hóa - Thông tin và Thể thao"]),
        ("3", ["Phòng Tài nguyên và Môi trường huyện"])]


def test_headline_of_a_press_page_is_not_a_task():
    text = ("Các địa phương chủ động phòng chống bão số 6\n\nĐến 16 giờ cùng ngày, UBND tỉnh đã có công điện khẩn yêu "
            "cầu UBND các huyện, thành phố chỉ đạo giằng nhà cửa.\n")
    assert [t.lead for t in read_text(text).tasks] == [["UBND các huyện, thành phố"]]


def test_source_line_names_the_letter():
    letter = read_text("UBND huyện có ý kiến như sau:\n\n1. Phòng Văn hóa và Thông tin chủ trì hướng dẫn tuyên truyền.\n\n"
                       "(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)\n")
    assert (letter.number, letter.issued_on) == ("1150/UBND-VP", date(2021, 4, 22))


# ---- fourth batch: the letter named in a press page, run-together words ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019, về việc thực hiện các biện pháp cấp bách.\n"
         "Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố triển khai ngay các biện pháp.",
         "02/CĐ-UBND", date(2019, 3, 13)),
        ("Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh Lào Cai về việc triển khai các giải pháp cấp bách\n"
         "Thực hiện Chỉ thị số 04/CT-TTg ngày 20/02/2019 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu như sau:",
         "05/CT-UBND", date(2019, 3, 6)),
        ("Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố yêu cầu các sở, ngành liên quan "
         "chủ động phòng, chống dịch bệnh.", "4913/VP-KT", None),
        ("Thực hiện Công văn số 120/BNN-TY ngày 15/6/2019 của Bộ Nông nghiệp, UBND tỉnh yêu cầu các sở chủ động "
         "phòng, chống dịch bệnh.", None, None),
        (" date 2022-10 Ngày 20/10, UBND tỉnh có văn bản số 13080/UBND-VP yêu cầu các sở, ngành, địa phương tổng rà "
         "soát an toàn phòng cháy.", "13080/UBND-VP", date(2022, 10, 20)),
        ("10:48, 21/07/2018\nVào lúc 10h00 ngày 21/7, Chủ tịch UBND tỉnh vừa có công điện khẩn số 12/CĐ.UBND về khắc "
         "phục hậu quả cơn bão số 3.\nYêu cầu Chủ tịch UBND các huyện tổ chức sơ tán dân.",
         "12/CĐ.UBND", date(2018, 7, 21)),
        ("Căn cứ Kế hoạch số 01/KH-BTC ngày 05/7/2021 của Ban Tổ chức. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du "
         "lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi.", "67/KH-SVHTTDL", date(2021, 11, 2)),
        ("Để bảo đảm an toàn thực phẩm mùa Lễ hội Xuân 2016, Ban chỉ đạo liên ngành đã có Công văn ngày 14/01 đề nghị "
         "Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo các đơn vị tăng cường kiểm tra.", None, date(2016, 1, 14)),
    ],
    ids=["number-then-date", "page-title-names-the-letter", "letter-without-citing-lead", "cited-letter-is-not-it",
         "page-date-stamp-before-ngay", "time-of-day-before-ngay", "ngay-after-a-full-stop", "dated-letter-no-number"],
)
def test_press_page_names_its_letter(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [("Giaocho Sở Xây dựng", "Giao cho Sở Xây dựng"), ("date 2022-10", "date 2022-10"),
     ("cáchuyện", "các huyện"), ("online here", "online here")],
)
def test_bare_ascii_runs_are_split_only_at_a_function_word(raw, fixed):
    from reader.repair import repair
    assert repair(raw) == fixed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chủ tịch UBND tỉnh yêu cầu Công an tỉnh tổ chức tổng kiểm tra an toàn về PCCC đến hết ngày 30/6/2018.",
         [(["Công an tỉnh"], date(2018, 6, 30))]),
        ("Chủ tịch UBND tỉnh yêu cầu Công an tỉnh tổ chức kiểm tra từ ngày 15/5/2018 đến hết ngày 30/6/2018.",
         [(["Công an tỉnh"], None)]),
        ("Bộ Công an đã ban hành công điện yêu cầu các đơn vị, địa phương tổng kiểm tra an toàn PCCC. "
         "Bộ sẽ tiếp tục mở đợt cao điểm bảo đảm an toàn PCCC trên toàn quốc.",
         [(["các đơn vị, địa phương"], None)]),
        ("Theo đó có 6 đoàn kiểm tra liên ngành. Đoàn có sự tham gia của các đơn vị chức năng thuộc các Bộ.", []),
        ("Tỉnh ta đã phát hiện 1 ổ dịch. Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố tập trung "
         "triển khai một số nhiệm vụ:", [(["UBND các huyện, thành phố"], None)]),
        ("Chủ tịch UBND tỉnh yêu cầu Công an tỉnh tổ chức tổng kiểm tra an toàn về PCCC.\n\nBài liên quan\n\n"
         "Chiều 28/3, Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức Hội nghị.",
         [(["Công an tỉnh"], None)]),
    ],
    ids=["den-het-ngay-is-a-deadline", "tu-den-het-is-a-period", "bare-head-se-is-the-writer", "co-su-tham-gia-describes",
         "introduction-cut-before-its-items", "related-articles-end-the-page"],
)
def test_fourth_batch_tasks(body, expected):
    tasks = read_text(DIGEST + body).tasks
    assert [(t.lead, t.deadline) for t in tasks] == expected


def test_execution_article_broken_over_lines():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 728/QĐ-UBND\nKhánh Hòa, ngày 25 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy chế huy động lực lượng chữa cháy\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế huy động lực lượng chữa cháy.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh;\n"
            "Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã,\n"
            "thành phố và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    assert read_text(text).tasks == []


# ---- fifth batch ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("Chánh Văn phòng UBND tỉnh vừa có văn bản (ngày 15/7/2021) nhắc báo cáo gửi Sở Tài chính nêu rõ:\n\n"
         "Ngày 09/11/2020, UBND tỉnh ban hành Kế hoạch số 261/KH-UBND về việc thực hiện Kết luận thanh tra. "
         "Theo đó giao Sở Tài chính tổng hợp kết quả thực hiện.\n", None, date(2021, 7, 15)),
        ("Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, cơ quan ngang Bộ thu hồi "
         "cơ sở nhà đất sử dụng không đúng quy định.", "73/TTg-CN", None),
        ("Hải Phòng, ngày 18 tháng 11 năm 2019\nThực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban "
         "Thường vụ Thành ủy về đẩy mạnh cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý của bộ máy nhà nước; "
         "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII và chủ đề năm 2011 của huyện “Phát triển đô thị, xây dựng "
         "nông thôn mới và đảm bảo an sinh xã hội”, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số "
         "42/KH-UBND về thực hiện cải cách hành chính năm 2011.\nTrên cơ sở kế hoạch của Uỷ ban nhân dân huyện, đề "
         "nghị các phòng chuyên môn và UBND các xã, thị trấn tổ chức xây dựng kế hoạch thực hiện.",
         "42/KH-UBND", date(2011, 5, 13)),
    ],
    ids=["first-named-letter-wins", "number-in-parentheses", "lone-print-date-is-the-page"],
)
def test_digest_names_the_letter_it_reports(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("UBND tỉnh ban hành Quyết định điều chuyển đường bộ và giao UBND các huyện, thành phố, thị xã, Tỉnh đoàn "
         "tiếp nhận tài sản, tổ chức quản lý.", [(["UBND các huyện, thành phố, thị xã", "Tỉnh đoàn"], None)]),
        ("Thủ tướng Chính phủ đã có Công văn chỉ đạo Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương...",
         [(["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], None)]),
        ("Cục Đường bộ Việt Nam vừa có văn bản gửi các Khu quản lý đường bộ, các sở Giao thông vận tải quản lý ủy "
         "thác quốc lộ, các Ban Quản lý dự án trực thuộc yêu cầu đẩy nhanh giải ngân kinh phí bảo trì quốc lộ.",
         [(["các Khu quản lý đường bộ", "các sở Giao thông vận tải quản lý ủy thác quốc lộ",
           "các Ban Quản lý dự án trực thuộc"], None)]),
        ("Chính phủ yêu cầu các Bộ, cơ quan, địa phương triển khai đồng bộ các nhiệm vụ, giải pháp đã đề ra. Trong "
         "đó, Ngân hàng Nhà nước Việt Nam phải tiếp tục điều hành các công cụ chính sách tiền tệ linh hoạt.",
         [(["các Bộ, cơ quan, địa phương"], None), (["Ngân hàng Nhà nước Việt Nam"], "ongoing")]),
        ("Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các Bộ, ngành đẩy mạnh huy động các nguồn vốn; kịp thời đề "
         "xuất các giải pháp tháo gỡ khó khăn, vướng mắc.", [(["Bộ Kế hoạch và Đầu tư"], "ongoing")]),
    ],
    ids=["self-named-body-ends-a-generic-list", "ellipsis-is-not-part-of-a-name", "list-of-addressees-after-gui",
         "trong-do-opens-a-new-assignment", "removing-difficulties-is-no-event"],
)
def test_fifth_batch_actors(body, expected):
    tasks = read_text(DIGEST + body).tasks
    assert [(t.lead, t.recurrence) for t in tasks] == expected


# ---- ongoing or one-off, as the dev gold decides it ----
@pytest.mark.parametrize(
    ("body", "recurrence"),
    [
        # dev 080: bounded to the holiday, even with "thường xuyên"
        ("Các Sở, ban, ngành bố trí phân công trực trong những ngày nghỉ Lễ, thường xuyên nắm tình hình, chủ động "
         "xử lý những vấn đề phát sinh.", None),
        ("Cục Quản lý khám chữa bệnh đã có công văn yêu cầu Sở Y tế các tỉnh tăng cường giám sát, kiểm tra công tác "
         "khám, chữa bệnh cho người dân trong dịp Tết.", None),
        ("Trước nhu cầu tiêu thụ thực phẩm tăng cao trong dịp Tết Nguyên đán, Bộ Y tế yêu cầu các địa phương tăng "
         "cường thanh tra, kiểm tra, tuyên truyền phòng ngừa ngộ độc thực phẩm.", None),
        # executing a named letter is no standing duty; a reporting regime is
        ("Chủ tịch UBND thị xã yêu cầu các Phòng, ban, đơn vị trên địa bàn thị xã thực hiện nghiêm công điện.", None),
        ("Đề nghị các Bộ, cơ quan ngang Bộ thực hiện nghiêm túc chế độ thông tin báo cáo về tình hình thực hiện Chỉ thị.",
         "ongoing"),
        # urging units to send a list is a deliverable; monitoring and campaigning stand
        ("Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị gửi Văn phòng UBND tỉnh.",
         None),
        ("Giao Sở Nông nghiệp và PTNT theo dõi chặt chẽ diễn biến của dịch bệnh.", "ongoing"),
        ("Giao Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền về phong trào.", "ongoing"),
        ("Đề nghị các đơn vị tiếp tục quán triệt, thực hiện Chỉ thị số 20.", "ongoing"),
    ],
    ids=["holiday-duty-with-thuong-xuyen", "dip-tet-monitoring", "dip-tet-fronted", "execute-a-named-letter",
         "reporting-regime", "urging-a-list", "monitoring", "campaign", "tiep-tuc"],
)
def test_ongoing_or_one_off(body, recurrence):
    tasks = read_text(DIGEST + body).tasks
    assert [t.recurrence for t in tasks] == [recurrence]


# ---- generic lists, groups written in lower case, persons and forecasts ----
@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban ngành, các cơ quan trung ương trên địa bàn tỉnh, Chủ tịch "
         "UBND các huyện, thành phố quán triệt và tổ chức triển khai thực hiện Chỉ thị.",
         [["các sở, ban ngành", "các cơ quan trung ương trên địa bàn tỉnh", "UBND các huyện, thành phố"]]),
        ("Thủ tướng yêu cầu các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan Trung ương các đoàn thể rà "
         "soát cơ sở nhà đất.",
         [["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "cơ quan Trung ương các đoàn thể"]]),
        ("Theo đó, các trường, các đơn vị giáo dục báo cáo việc thực hiện sự chỉ đạo của Sở.",
         [["các trường", "các đơn vị giáo dục"]]),
        # dev 000: sector words of one generic group stay together
        ("Yêu cầu Thủ trưởng các Sở, Ban, ngành, các hội, đoàn thể trong tỉnh tiếp tục quán triệt các phong trào.",
         [["các Sở, Ban, ngành, các hội, đoàn thể trong tỉnh"]]),
        ("Các cấp, các ngành, các địa phương phải chú trọng phát hiện, nhân rộng điển hình tiên tiến.",
         [["Các cấp, các ngành, các địa phương"]]),
        ("Ngoài ra, nhà trường và Sở GD&ĐT các địa phương phải có ý kiến về việc quy định mặc đồng phục.",
         [["nhà trường", "Sở GD&ĐT các địa phương"]]),
        ("Bộ trưởng Phùng Xuân Nhạ chủ trì làm việc với các Giám đốc sở giáo dục và đào tạo.", []),
        ("Dự kiến, trong tháng 10/2018, Sở Giáo dục và Đào tạo Hà Nội sẽ công bố đề minh họa các môn thi.", []),
        ("Yêu cầu các tổ chức chính trị - xã hội vận động đoàn viên, hội viên chấp hành.",
         [["các tổ chức chính trị - xã hội"]]),
        ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp vận động.",
         [["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]]),
        ("Chậm nhất ngày 15/7/2020, các Sở, ngành gửi báo cáo về Sở Tài chính.", [["các Sở, ngành"]]),
        ("Giao Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị sơ kết.", [["Sở Văn hóa, Thể thao và Du lịch"]]),
    ],
    ids=["cac-co-quan-trung-uong-is-a-new-group", "co-quan-trung-uong-after-a-list", "cac-don-vi-after-cac-truong",
         "sector-words-stay-one-group", "cap-nganh-dia-phuong-stay-one-group", "nha-truong-is-an-actor",
         "a-minister-by-name-is-a-person", "forecast-is-news", "cac-to-chuc-is-a-group",
         "to-chuc-after-va-cac", "chua-nhat-fronted", "to-chuc-as-a-verb"],
)
def test_lists_groups_and_persons(body, leads):
    assert leads_of(body) == leads


# ---- a digest's paragraphs and connectives; "trong" before a number ----
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("UBND các huyện chủ trì tổng hợp danh sách đối tượng tiêm chủng. Theo đó các cơ quan, đơn vị liên quan tổng "
         "hợp danh sách gửi về Phòng Y tế.", [["UBND các huyện"], ["các cơ quan, đơn vị liên quan"]]),
        ("UBND tỉnh giao Công an tỉnh chủ trì tham mưu UBND tỉnh chỉ đạo công tác PCCC.\n\n"
         "Tổ chức xây dựng và nhân rộng các mô hình an toàn về PCCC tại địa bàn, cơ sở.",
         [["Công an tỉnh"], ["Công an tỉnh"]]),
        ("UBND tỉnh giao Công an tỉnh chủ trì tham mưu UBND tỉnh chỉ đạo công tác PCCC.\n\n"
         "Năm 2024, toàn tỉnh xảy ra 12 vụ cháy, thiệt hại khoảng 3 tỷ đồng.", [["Công an tỉnh"]]),
        ("Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương trong 3 Vùng kinh tế trọng điểm tiến hành "
         "rà soát quy hoạch.", [["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương trong 3 Vùng kinh tế trọng điểm"]]),
    ],
    ids=["theo-do-without-comma", "order-verb-paragraph-goes-on", "narrative-paragraph-does-not",
         "trong-a-number-that-is-no-time"],
)
def test_digest_paragraphs(body, expected):
    assert leads_of(body) == expected


# ---- dates without a year ----
@pytest.mark.parametrize(
    ("text", "issued_on"),
    [
        # the page's stamp beats the most common year (here that of the resolutions cited)
        ("Tăng cường giải ngân vốn đầu tư công\n04/11/2020 15:39\nNgày 2/11, UBND tỉnh ban hành Công văn số "
         "77/UBND-TH về việc thực hiện Nghị quyết số 12/NQ-HĐND ngày 5/7/2019 và Quyết định số 34/QĐ-UBND ngày "
         "1/8/2019.\nTheo đó, UBND tỉnh giao Sở Tài chính rà soát các dự án chậm giải ngân.", date(2020, 11, 2)),
        # a stamp of January: a letter of late December is from the year before
        ("Thứ ba, ngày 05/01/2021 | 08:10\nNgày 28/12, UBND tỉnh ban hành Công văn số 55/UBND-KT về việc trực Tết.\n"
         "Theo đó, UBND tỉnh giao Sở Y tế bố trí trực cấp cứu.", date(2020, 12, 28)),
        ("Ngày 21/ 5, UBND tỉnh ban hành Công văn số 846 /UBND-TH về việc báo cáo giải ngân năm 2019.\n"
         "Giao các sở, ngành tỉnh báo cáo trước ngày 23/5/2019.", date(2019, 5, 21)),
    ],
    ids=["stamp-beats-most-common-year", "stamp-of-january", "no-stamp-most-common-year"],
)
def test_year_of_a_digest_date(text, issued_on):
    assert read_text(text).issued_on == issued_on


def test_deadline_without_year_after_a_december_letter_is_next_year():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 123/UBND-KT\nQuảng Trị, ngày 20 tháng 12 năm 2020\nV/v báo cáo\n\n"
            "Kính gửi: Sở Y tế.\n\nGiao Sở Y tế báo cáo kết quả trước ngày 15/01.\n")
    assert [t.deadline for t in read_text(text).tasks] == [date(2021, 1, 15)]


# ---- a plan whose web copy lost its section headings ----
KE_HOACH = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết như sau:\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # requirements of the plan, then the headings of its task list: nothing assigned
        ("- Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh trong việc triển khai thực hiện Nghị quyết.\n"
         "- Các cơ quan, đơn vị, địa phương được giao nhiệm vụ phải tích cực, chủ động triển khai thực hiện kế hoạch "
         "đúng tiến độ, bảo đảm chất lượng.\n1. Công tác thông tin, tuyên truyền, quán triệt Nghị quyết.\n"
         "2. Hoàn thiện hệ thống chính sách, pháp luật về phòng thủ dân sự.\n", []),
        ("1. Sở, ban, ngành, Ủy ban nhân dân quận-huyện thực hiện đúng yêu cầu, tiến độ tại Kế hoạch, bảo đảm tiến độ "
         "vận hành Hệ thống.\n", []),
        # a numbered item after dash items is no sub-item of the last dash item
        ("- Sở Y tế tổ chức kiểm tra các cơ sở khám chữa bệnh.\n1. Giao Sở Tài chính bố trí kinh phí.\n",
         [("-", ["Sở Y tế"]), ("1", ["Sở Tài chính"])]),
        # the task section itself still assigns
        ("1. Giao Sở Nội vụ chủ trì triển khai thực hiện Kế hoạch; báo cáo kết quả trước ngày 15/12/2021.\n",
         [("1", ["Sở Nội vụ"])]),
    ],
    ids=["requirements-then-task-headings", "thuc-hien-dung-yeu-cau-tien-do", "number-after-dashes",
         "task-section-assigns"],
)
def test_plan_without_headings(body, expected):
    tasks = read_text(DIGEST + KE_HOACH + body).tasks
    assert [("-" if t.clause in ("body", "para1", "para2") else t.clause, t.lead) for t in tasks] == expected


def test_a_later_news_item_of_a_tag_page_does_not_inherit_the_agency():
    text = ("Tag: phòng chống dịch\n\nNgày 10/3, UBND tỉnh có công văn giao Sở Y tế rà soát các cơ sở khám bệnh.\n\n"
            "Ngày 12/3, Bộ Giáo dục công bố lịch thi năm học mới; kết quả sẽ được công bố trước ngày 30/3/2020.")
    assert [(t.lead, t.deadline) for t in read_text(text).tasks] == [(["Sở Y tế"], None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next paragraph only gives the deadline of the work before it: one task, timed (heldout7 702)
        ("Ngày 10/3/2020, UBND tỉnh có công văn giao Sở Y tế rà soát các cơ sở khám bệnh.\n\n"
         "Kết quả rà soát gửi về UBND tỉnh trước ngày 30/3/2020.", [(["Sở Y tế"], date(2020, 3, 30), None)]),
        # work that has its own timing keeps it: the dated report is a task of its own
        ("Ngày 10/3/2020, UBND tỉnh có công văn giao Sở Y tế thường xuyên theo dõi các cơ sở khám bệnh.\n\n"
         "Kết quả gửi về UBND tỉnh trước ngày 30/3/2020.",
         [(["Sở Y tế"], None, "ongoing"), (["Sở Y tế"], date(2020, 3, 30), None)]),
    ],
    ids=["times-the-work-before", "standing-work-keeps-its-timing"],
)
def test_a_paragraph_that_only_adds_a_deadline_keeps_the_agency(text, expected):
    assert [(t.lead, t.deadline, t.recurrence) for t in read_text(text).tasks] == expected


# ---- a thông báo kết luận: who chaired, what was approved, who must act ----
KET_LUAN = ("VĂN PHÒNG ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 120/TB-VP\nQuảng Trị, ngày 12 tháng 5 năm 2021\nTHÔNG BÁO\n"
            "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án\n\nNgày 10/5/2021, Phó Chủ tịch UBND tỉnh "
            "Nguyễn Văn An chủ trì cuộc họp nghe báo cáo tiến độ dự án. Sau khi nghe Sở Xây dựng báo cáo, Phó Chủ tịch "
            "UBND tỉnh kết luận như sau:\n")


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ("1. Cơ bản thống nhất với báo cáo của Sở Xây dựng.\n2. Giao Sở Xây dựng đôn đốc nhà thầu, hoàn thành trước "
         "ngày 30/6/2021.\n", [("2", ["Sở Xây dựng"], date(2021, 6, 30))]),
        ("1. Đánh giá cao sự nỗ lực của UBND huyện Cam Lộ trong công tác giải phóng mặt bằng.\n2. UBND huyện Cam Lộ "
         "khẩn trương bàn giao mặt bằng cho nhà thầu.\n", [("2", ["UBND huyện Cam Lộ"], None)]),
        ("1. Sở Tài chính thẩm định quyết toán dự án.\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan "
         "biết, thực hiện./.\n", [("1", ["Sở Tài chính"], None)]),
    ],
    ids=["co-ban-thong-nhat-is-approval", "danh-gia-cao-is-no-task", "copy-formula"],
)
def test_conclusion_notice(items, expected):
    tasks = read_text(KET_LUAN + items).tasks
    assert [(t.clause, t.lead, t.deadline) for t in tasks] == expected


def test_who_chaired_the_meeting_is_no_lead():
    text = ("Ngày 10/5/2021, Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp nghe báo cáo tiến độ dự án.\n"
            "Giao Sở Xây dựng đôn đốc nhà thầu đẩy nhanh tiến độ.")
    assert [t.lead for t in read_text(text).tasks] == [["Sở Xây dựng"]]


# ---- press copies: titles in lower case ----
@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ban, ngành và chủ tịch UBND các huyện, thị xã, thành phố khẩn "
         "trương rà soát các nhiệm vụ được giao.", [["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]]),
        ("Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành thuộc tỉnh, thủ trưởng các đơn vị có liên quan "
         "khẩn trương tổng hợp báo cáo.", [["các sở, ban, ngành thuộc tỉnh", "các đơn vị có liên quan"]]),
        # a title is dropped only before an agency: "lãnh đạo, chỉ đạo" is the work
        ("Giao Sở Nội vụ lãnh đạo, chỉ đạo công tác thi đua.", [["Sở Nội vụ"]]),
    ],
    ids=["giam-doc-chu-tich", "lanh-dao-thu-truong", "lanh-dao-as-a-verb"],
)
def test_lower_case_titles(body, leads):
    assert leads_of(body) == leads


# ---- press pages that point back at their headline: "Đó là chỉ đạo của … đối với X tại Công văn số …" ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on", "leads"),
    [
        ("Kiểm tra, xử lý nghiêm các trường hợp vẫn ra đường\n\nĐó là chỉ đạo của UBND tỉnh đối với các Sở, ban, "
         "ngành, UBND các huyện, thành phố tại Công văn số 4079/UBND-KT ngày 19/6 về việc tiếp tục thực hiện các biện "
         "pháp phòng, chống dịch theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.",
         "4079/UBND-KT", date(2020, 6, 19), [["các Sở, ban, ngành", "UBND các huyện, thành phố"]]),
        ("Rà soát hồ sơ đất đai\n\nĐây là yêu cầu của Chủ tịch UBND tỉnh gửi Sở Tài nguyên và Môi trường tại Văn bản "
         "số 512/UBND-NN ngày 3/4/2021.", "512/UBND-NN", date(2021, 4, 3), [["Sở Tài nguyên và Môi trường"]]),
        # the quoted order already names its actor: the pointer sentence restates it, no second task
        ("Phòng chống dịch tả heo\n\n“Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND cấp huyện tập trung "
         "chỉ đạo, kiểm tra việc phòng, chống dịch bệnh”. Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT nhằm tăng "
         "cường phòng chống dịch.", None, None, [["Sở Nông nghiệp và Phát triển nông thôn"]]),
    ],
    ids=["do-la-chi-dao-doi-voi", "day-la-yeu-cau-gui", "restates-the-quote"],
)
def test_pointer_sentence_names_letter_and_actors(text, number, issued_on, leads):
    letter = read_text(text)
    assert (letter.number, letter.issued_on, [t.lead for t in letter.tasks]) == (number, issued_on, leads)


@pytest.mark.parametrize(
    ("text", "issued_on"),
    [
        ("(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo đã ký văn bản hỏa tốc đề nghị các phòng "
         "Giáo dục và Đào tạo cho học sinh nghỉ học.", date(2020, 10, 8)),
        ("Sáng 4/11/2020, UBND tỉnh ban hành Công văn hỏa tốc yêu cầu các sở, ngành ứng phó với bão.", date(2020, 11, 4)),
        ("Thực hiện chỉ đạo của Thủ tướng, tối nay 12/9/2022, UBND tỉnh đã có công điện yêu cầu các địa phương "
         "sơ tán dân.", date(2022, 9, 12)),
        # a meeting held that afternoon is no letter
        ("Chiều ngày 24/10/2017, UBND huyện đã tổ chức hội nghị đánh giá kết quả tháng 10.", None),
        ("Ngày 24/10/2017, UBND huyện đã tổ chức hội nghị đánh giá kết quả tháng 10.", None),
    ],
    ids=["chieu-nay", "sang", "toi-nay-mid-sentence", "meeting-is-no-letter", "meeting-on-a-dateline"],
)
def test_time_of_day_dateline(text, issued_on):
    assert read_text(text + "\nGiao Sở Y tế rà soát.").issued_on == issued_on


def test_a_cited_letter_ends_an_agency_name():
    assert leads_of("Yêu cầu UBND các huyện, thành phố tại Công văn số 12/UBND-KT khẩn trương rà soát.") == \
        [["UBND các huyện, thành phố"]]


# ---- a digest's addressees, honorifics, restatements ----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "các quý cơ quan" are the bodies the page says the letter was sent to
        ("Sở Xây dựng vừa có văn bản số 497/SXD-PQH gửi các Sở, ngành liên quan về việc lấy ý kiến thẩm định.\n\n"
         "Sở Xây dựng kính đề nghị các quý cơ quan có văn bản góp ý gửi về Sở Xây dựng.",
         [(["các Sở, ngành liên quan"], None)]),
        # a later paragraph that restates the request with its deadline times it: one task
        ("Sở Xây dựng vừa có văn bản số 497/SXD-PQH gửi các Sở, ngành liên quan về việc lấy ý kiến thẩm định.\n\n"
         "Vì vậy, Sở Xây dựng kính đề nghị các quý cơ quan phối hợp, có văn bản góp ý thẩm định các đồ án quy hoạch "
         "xây dựng vùng huyện nêu trên.\n\nSở Xây dựng đề nghị các quý cơ quan quan tâm, có văn bản thẩm định gởi về "
         "Sở Xây dựng trước ngày 28/4/2020.", [(["các Sở, ngành liên quan"], date(2020, 4, 28))]),
        # a sapo's order repeated in the body with part of the group: one task
        ("Chủ tịch UBND tỉnh chỉ đạo các địa phương, các tổ chức thủy lợi bố trí đủ người để mở nước, nhận nước, "
         "điều tiết nước nội đồng kịp thời trong thời gian mở nước.\n\nTheo nhận định của Đài khí tượng thủy văn "
         "tỉnh, El Nino tiếp tục duy trì.\n\nTrước mắt, các địa phương bố trí đủ người để mở nước, nhận nước điều "
         "tiết nước nội đồng kịp thời.", [(["các địa phương", "các tổ chức thủy lợi"], None)]),
        # another request of the same body is a task of its own
        ("Ngày 3/4/2020, UBND tỉnh có văn bản giao Sở Y tế rà soát các cơ sở khám bệnh.\n\n"
         "UBND tỉnh cũng giao Sở Y tế mua sắm vật tư phòng dịch trước ngày 30/4/2020.",
         [(["Sở Y tế"], None), (["Sở Y tế"], date(2020, 4, 30))]),
    ],
    ids=["cac-quy-co-quan", "restated-with-deadline", "restated-with-part-of-the-group", "another-request"],
)
def test_digest_addressees_and_restatements(text, expected):
    assert [(t.lead, t.deadline) for t in read_text(text).tasks] == expected


# ---- headlines, names without an action, the rest of the year ----
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # title case: a predicate capitalises its first syllable only; a place name every syllable
        ("UBND huyện Đánh giá kết quả tháng 10 và đánh giá các vấn đề cử tri quan tâm.", []),
        ("UBND huyện Thống Nhất rà soát các hộ nghèo.", [(["UBND huyện Thống Nhất"], None)]),
        # a name and nothing it must do
        ("Báo SGGP số ra ngày 2-8-2014 có đăng bài “Cát lậu lại tung hoành”.", []),
        # the months left of the year: the end of the year the text speaks of
        ("Yêu cầu các phòng, ngành rà soát các chỉ tiêu để hoàn thành trong hai tháng còn lại.",
         [(["các phòng, ngành"], date(2020, 12, 31))]),
        ("Giao Sở Tài chính đẩy nhanh giải ngân trong những tháng còn lại của năm 2021.",
         [(["Sở Tài chính"], date(2021, 12, 31))]),
        # a month written with a hyphen
        ("Giao Giám đốc Sở TN-MT chủ trì kiểm tra, báo cáo kết quả cho UBND TP ngay trong tháng 8-2020.",
         [(["Sở TN - MT"], date(2020, 8, 31))]),
    ],
    ids=["title-case-headline", "place-name-in-capitals", "name-without-action", "hai-thang-con-lai",
         "nhung-thang-con-lai-cua-nam", "thang-with-hyphen"],
)
def test_headlines_and_rest_of_year(body, expected):
    assert [(t.lead, t.deadline) for t in read_text(DIGEST + body).tasks] == expected


# ---- a one-off deliverable and a continuing duty in one sentence; ";" inside a support list ----
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("UBND tỉnh giao Sở NN&PTNT có văn bản chỉ đạo, hướng dẫn các địa phương phòng chống hạn hán; thường xuyên "
         "theo dõi, tổng hợp và báo cáo tình hình nguồn nước về UBND tỉnh.",
         [(["Sở NN&PTNT"], None, None), (["Sở NN&PTNT"], None, "ongoing")]),
        ("Yêu cầu các phòng, ngành rà soát các chỉ tiêu để hoàn thành trong tháng 12/2020, tiếp tục tổ chức chiến "
         "dịch ra quân làm thủy lợi.",
         [(["các phòng, ngành"], date(2020, 12, 31), None), (["các phòng, ngành"], None, "ongoing")]),
        # policy work continued in the same breath stays one standing task
        ("Bộ Tài chính chủ trì triển khai các giải pháp cân đối thu chi ngân sách; chỉ đạo tăng cường kiểm tra việc "
         "chấp hành quy định về giá; tiếp tục đẩy mạnh cải cách thủ tục hành chính.", [(["Bộ Tài chính"], None, "ongoing")]),
    ],
    ids=["letter-then-thuong-xuyen", "dated-then-tiep-tuc", "policy-work-stays-one"],
)
def test_one_off_and_continuing_in_one_sentence(body, expected):
    assert [(t.lead, t.deadline, t.recurrence) for t in read_text(DIGEST + body).tasks] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Theo đó, Sở TN&MT có trách nhiệm chủ trì phối hợp với sở, ngành liên quan; UBND quận, huyện, thị xã rà "
         "soát, xác định rõ nhiệm vụ đã thực hiện.",
         [(["Sở TN&MT"], ["sở, ngành liên quan", "UBND quận, huyện, thị xã"])]),
        # after a full clause, ";" and a named body is a new actor
        ("Sở Y tế chủ trì phối hợp với Sở Tài chính rà soát trang thiết bị; UBND các huyện bố trí kinh phí.",
         [(["Sở Y tế"], ["Sở Tài chính"]), (["UBND các huyện"], [])]),
        ("UBND thành phố yêu cầu sở, ngành liên quan, UBND các quận, huyện triển khai thực hiện Thông báo kết luận.",
         [(["sở, ngành liên quan", "UBND các quận, huyện"], [])]),
    ],
    ids=["semicolon-in-support-list", "semicolon-after-a-clause", "so-nganh-without-cac"],
)
def test_support_lists_and_bare_groups(body, expected):
    assert [(t.lead, t.support) for t in read_text(DIGEST + body).tasks] == expected


# ---- a press copy is read, not refused, even when no task comes out of it ----
@pytest.mark.parametrize(
    "text",
    [
        "Tập trung xử lý các nhiệm vụ quá hạn\n\nTừ đầu năm, UBND tỉnh giao 833 nhiệm vụ cho các sở, ban, ngành, "
        "địa phương; trong đó có 181 nhiệm vụ quá hạn.",
        "Sở Y tế vừa ban hành văn bản hướng dẫn về công tác tiêm chủng mở rộng năm nay.",
    ],
    ids=["tasks-counted-not-given", "news-of-a-letter"],
)
def test_press_copy_without_tasks_is_a_letter(text):
    letter = read_text(text)
    assert letter.tasks == [] and letter.warnings


# ---- how press and portal pages date and number the letter they report ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("Ngày 2-8-2014, UBND TP ban hành Công văn số 3925/UBND-ĐTMT yêu cầu các sở, ngành rà soát.",
         "3925/UBND-ĐTMT", date(2014, 8, 2)),
        ("Hôm qua (12/5/2021), UBND tỉnh đã ban hành Công văn số 1234/UBND-VX yêu cầu các sở tăng cường kiểm tra.",
         "1234/UBND-VX", date(2021, 5, 12)),
        ("Ngày 12 tháng 5 năm 2021, UBND tỉnh ban hành Kế hoạch số 99/KH-UBND về chuyển đổi số.",
         "99/KH-UBND", date(2021, 5, 12)),
        ("Ngày 12/5/2021, Chủ tịch UBND tỉnh ký Chỉ thị 05/CT-UBND về tăng cường phòng chống dịch.",
         "05/CT-UBND", date(2021, 5, 12)),
        ("Tại Công văn số 1234/UBND-VX ngày 12/5/2021, Chủ tịch UBND tỉnh yêu cầu các sở tăng cường kiểm tra.",
         "1234/UBND-VX", date(2021, 5, 12)),
        # a range is no date
        ("Ngày 22-24/6, UBND tỉnh ban hành Công văn số 12/UBND-KT yêu cầu các sở rà soát năm 2021.", "12/UBND-KT", None),
        # a letter cited under "Căn cứ" is not the one reported
        ("Căn cứ Công văn số 77/BYT-DP ngày 3/4/2021 của Bộ Y tế, Sở Y tế đề nghị các bệnh viện rà soát.", None, None),
    ],
    ids=["hyphen-date", "hom-qua-in-brackets", "long-form-date", "number-without-so", "tai-cong-van-the-order-is-in",
         "a-range", "can-cu-is-a-citation"],
)
def test_press_dates_and_numbers(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


# ---- lists and names as press digests write them ----
@pytest.mark.parametrize(
    ("body", "leads"),
    [
        # named places factored after "UBND các tỉnh": one body per place
        ("Thủ tướng yêu cầu UBND các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh tiếp tục khắc phục hậu quả mưa lũ.",
         [["UBND tỉnh Thanh Hóa", "UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh"]]),
        ("Thủ tướng yêu cầu UBND các tỉnh ven biển thông báo cho tàu thuyền.", [["UBND các tỉnh ven biển"]]),
        # a verb the name cannot hold ends it: "cho", "chấp hành", "tranh thủ", "trong hai ngày tới"
        ("Các cơ sở giáo dục trong toàn tỉnh cho học sinh nghỉ học.", [["Các cơ sở giáo dục trong toàn tỉnh"]]),
        ("Các địa phương tranh thủ tháo nước đệm, chuẩn bị phương tiện bơm nước.", [["Các địa phương"]]),
        ("Thủ tướng yêu cầu UBND các tỉnh Bắc bộ trong hai ngày tới tạm hoãn các hội họp.", [["UBND các tỉnh Bắc bộ"]]),
        # "Trưởng Phòng Phòng …": the title, then the office
        ("Trưởng Phòng Phòng Giáo dục và Đào tạo các huyện thông tin nội dung này đến giáo viên.",
         [["Phòng Giáo dục và Đào tạo các huyện"]]),
        # the head in lower case after a title; "cùng" joins two groups
        ("Bộ Y tế có công văn gửi Chủ tịch ủy ban nhân dân các tỉnh đề nghị tăng cường phòng, chống cúm gia cầm.",
         [["ủy ban nhân dân các tỉnh"]]),
        ("Thủ tướng yêu cầu các bộ, ngành cùng các địa phương chủ động phòng chống bão.", [["các bộ, ngành", "các địa phương"]]),
        # after a body named with a title, a "các" group is a new item
        ("Yêu cầu Chủ tịch UBND các huyện, thị xã, các cấp ủy, chính quyền địa phương tập trung ứng phó bão.",
         [["UBND các huyện, thị xã", "các cấp ủy, chính quyền địa phương"]]),
    ],
    ids=["factored-places", "coastal-provinces-stay", "cho-is-a-verb", "tranh-thu", "trong-hai-ngay-toi", "truong-phong",
         "lower-case-uy-ban", "cung-joins-groups", "group-after-a-titled-body"],
)
def test_press_lists_and_names(body, leads):
    assert leads_of(body) == leads


def test_addressee_on_the_line_after_kinh_gui():
    text = ("Thông báo khẩn\n\nKính gửi:\n\nHiệu trưởng các trường trên toàn thị xã\nPhòng GD&ĐT yêu cầu:\n"
            "1. Các đơn vị tiếp tục thực hiện nghiêm công điện của UBND tỉnh.\n2. Cho học sinh nghỉ học đến khi có thông báo mới.\n"
            "Đề nghị Hiệu trưởng các đơn vị chấp hành nghiêm túc./.")
    letter = read_text(text)
    assert letter.recipients == ["Hiệu trưởng các trường trên toàn thị xã"]
    assert [(t.clause, t.lead) for t in letter.tasks] == [("1", ["Các đơn vị"]), ("2", ["các trường trên toàn thị xã"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "yêu cầu:" then a period of duty, then the actors
        ("Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các đơn vị bố trí, phân công trực "
         "hợp lý.", [(["các đơn vị"], None)]),
        # "Những địa phương này" are the bodies just named
        ("UBND các tỉnh ven biển tiếp tục khắc phục hậu quả mưa lũ. Những địa phương này phải phục hồi sản xuất.",
         [(["UBND các tỉnh ven biển"], "ongoing")]),
        # work for a celebration ends with it
        ("Giao Sở Thông tin và Truyền thông đẩy mạnh tổ chức các hoạt động chào mừng Ngày Sách năm 2024.",
         [(["Sở Thông tin và Truyền thông"], None)]),
    ],
    ids=["yeu-cau-colon-then-a-period", "nhung-dia-phuong-nay", "chao-mung-is-an-occasion"],
)
def test_batch8_actors_and_timings(body, expected):
    assert [(t.lead, t.recurrence) for t in read_text(DIGEST + body).tasks] == expected


def test_next_item_run_onto_the_line_is_cut():
    text = (HEAD_SO + "yêu cầu các cơ sở giáo dục thực hiện các nội dung sau:\n1. Các cơ sở giáo dục cho học sinh nghỉ học.\n"
            "2. Thủ trưởng các đơn vị trực thuộc Sở thông tin nội dung này đến giáo viên;3. Thường xuyên theo dõi "
            "diễn biến của bão.\n")
    assert [(t.clause, t.lead, t.recurrence) for t in read_text(text).tasks] == [
        ("1", ["Các cơ sở giáo dục"], None), ("2", ["các đơn vị trực thuộc Sở"], None),
        ("3", ["các cơ sở giáo dục"], "ongoing")]


HEAD_SO = "Thực hiện chỉ đạo khẩn của Giám đốc Sở Giáo dục và Đào tạo về việc phòng, chống bão số 16, "


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("UBND các tỉnh ven biển phối hợp với bộ đội biên phòng thông báo cho các chủ phương tiện và tàu thuyền biết vị "
         "trí, hướng di chuyển của bão để chủ động tránh, trú bão an toàn.", [["UBND các tỉnh ven biển"]]),
        ("Giao Sở Y tế rà soát các cơ sở khám bệnh.\nVăn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.",
         [["Sở Y tế"]]),
        ("Giao Sở Y tế rà soát các cơ sở khám bệnh.\nUBND tỉnh thông báo đến các sở, ban, ngành biết liên hệ công tác./.",
         [["Sở Y tế"]]),
    ],
    ids=["informing-skippers-is-work", "copy-formula", "copy-formula-with-a-purpose"],
)
def test_informing_as_work_or_as_copy_formula(body, leads):
    assert leads_of(body) == leads


# ---- the whole held-out set against an honest floor (same matching as shared/corpus/score.py) ----
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    text = re.sub(r"\buy ban nhan dan\b", "ubnd", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _same(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= 0.85)


def _pairs(tasks: list[dict]) -> list[tuple[str, str | None]]:
    out = []
    for t in tasks:
        when = str(t["deadline"])[:10] if t.get("deadline") else (
            "every:" + t["recurrence"].split(":")[0] if t.get("recurrence") else None)
        out.extend((agency, when) for agency in t.get("lead") or [])
    return out


def _matched(gold: list, pred: list) -> int:
    used, hits = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _same(g[0], p[0]) and g[1] == p[1]:
                used.add(i)
                hits += 1
                break
    return hits


def test_heldout_letters_score_above_an_honest_floor():
    hits = n_gold = n_pred = head_hit = head_n = 0
    for corpus in sorted(HELDOUT.parent.glob("heldout*")):
        for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            try:
                letter = read_file(corpus / "docs" / f"{gold['id']}.txt")
                got = {"number": letter.number, "issued_on": letter.issued_on and letter.issued_on.isoformat(),
                       "tasks": [{"lead": t.lead, "deadline": t.deadline, "recurrence": t.recurrence}
                                 for t in letter.tasks]}
            except Exception:  # ReaderError: a letter the reader refuses scores as all-wrong
                got = {"number": None, "issued_on": None, "tasks": []}
            for field in ("number", "issued_on"):
                if gold.get(field):
                    head_n += 1
                    head_hit += re.sub(r"\s+", "", str(got[field] or "")) == re.sub(r"\s+", "", gold[field])
            gp, pp = _pairs(gold["tasks"]), _pairs(got["tasks"])
            hits, n_gold, n_pred = hits + _matched(gp, pp), n_gold + len(gp), n_pred + len(pp)
    precision, recall = hits / n_pred, hits / n_gold
    pair_f1 = 2 * precision * recall / (precision + recall)
    # measured over the 185 letters of batches 1-9: pair F1 0.912, header 0.994 (1-8, tuned on: 0.947 / 1.000;
    # batch 9 after the rules its errors suggested: 0.658 / 0.952). The last fresh estimate is batch 9's before
    # any tuning on it: 0.590 / 0.905 (batch 8's was 0.434 / 0.952, batch 7's 0.727 / 0.727).
    # The floor guards against regressions; it is not an estimate of unseen letters.
    assert pair_f1 >= 0.90 and head_hit / head_n >= 0.95


# ---- batch-9 rules: quoted documents, proposals, fronted grounds, lower-case bodies, bare numbers ----
@pytest.mark.parametrize(
    ("body", "leads"),
    [
        # a passage quoted from a cited document speaks for that document
        ("Tại Quyết định số 100/QĐ-TTg, Thủ tướng đã xác định rõ quan điểm, đó là: “Dữ liệu là tài nguyên. "
         "Các cơ quan nhà nước kết nối, chia sẻ dữ liệu”.\nGiao Sở Thông tin và Truyền thông hướng dẫn triển khai.",
         [["Sở Thông tin và Truyền thông"]]),
        # a digest's news of a proposal assigns nothing yet
        ("Sở Xây dựng đề xuất UBND tỉnh giao UBND cấp xã quản lý trật tự xây dựng.", []),
        # grounds fronted, with a list inside them
        ("Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư tổng hợp, trình UBND tỉnh trước ngày 15/11/2021.",
         [["Sở Kế hoạch và Đầu tư"]]),
        ("Theo đó, trong thời gian từ đầu tháng 1 tới ngày 15/3/2021, Công an tỉnh bố trí lực lượng thường xuyên tuần tra.",
         [["Công an tỉnh"]]),
        # a body of its own kind, in lower case, with its place, after a named one
        ("UBND tỉnh yêu cầu Trung tâm Kiểm soát bệnh tật, trung tâm y tế các huyện tăng cường giám sát dịch bệnh.",
         [["Trung tâm Kiểm soát bệnh tật", "trung tâm y tế các huyện"]]),
    ],
    ids=["quoted-document", "proposal-is-news", "tren-co-so-fronted", "lower-case-trong-thoi-gian", "lower-case-body-item"],
)
def test_batch9_rules(body, leads):
    assert leads_of(body) == leads


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ngày 18.5.2021, Chủ tịch UBND tỉnh có Công điện số 1510, về việc phòng, chống tố lốc.\n"
         "Chủ tịch UBND tỉnh giao Sở Công Thương kiểm tra các hồ thủy điện.", "1510"),
        ("Bộ Y tế vừa có Công văn khẩn số 5995 gửi UBND các tỉnh đề nghị tăng cường phòng, chống cúm gia cầm.", "5995"),
        ("Ngày 22/9/2021, UBND tỉnh ban hành Công văn hỏa tốc số 13417/UBND-VP về việc giãn cách xã hội.\n"
         "Yêu cầu các địa phương thực hiện nghiêm.", "13417/UBND-VP"),
        ("UBND tỉnh vừa ban hành công văn hỏa tốc số 567/UBND-VX ngày 20/4/2021 chỉ đạo các địa phương phòng dịch.",
         "567/UBND-VX"),
    ],
    ids=["bare-number-after-cong-dien", "bare-number-after-khan", "hoa-toc-before-so", "hoa-toc-after-issuing-verb"],
)
def test_digest_numbers_with_urgency_words_or_without_ky_hieu(text, number):
    assert read_text(text).number == number
