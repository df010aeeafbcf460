"""Rules added while measuring the reader on held-out letters (tests/data/heldout).

One table per rule family, on short snippets written the way real letters and portal
digests write them. The last test scores the whole held-out set against an honest floor.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from reader import read_file, read_text
from reader.agencies import split_agencies

# The held-out batches: our labels (gold.jsonl) and where each letter came from (sources.tsv)
# are in tests/data/heldout*/. The letters themselves are third-party pages and are not kept in
# the repository: the floor test reads them from DONDOC_TEST_HELDOUT_DOCS (default: a folder
# heldout-docs beside the checkout, one subfolder per batch with docs/NNN.txt) and skips
# without them. sources.tsv says where to find each text again.
HELDOUT = Path(__file__).parent / "data" / "heldout"
HELDOUT_RECORD = Path(__file__).parent / "data" / "heldout-record.json"
HELDOUT_DOCS = Path(os.environ.get("DONDOC_TEST_HELDOUT_DOCS") or Path(__file__).resolve().parents[2] / "heldout-docs")


# ---- header: the letter named by a digest, an attribution line, a site's metadata block ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("Ngày 3/9/2021 Chủ tịch UBND tỉnh ban hành Chỉ thị số 07/CT-CTUBND về việc siết chặt quản lý khai thác cát.\n"
         "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành kiểm soát chặt chẽ các bến bãi tập kết cát.",
         "07/CT-CTUBND", date(2021, 9, 3)),
        ("Ngày 27/5/2022, thay mặt UBND tỉnh, Phó Chủ tịch Thường trực UBND tỉnh ký ban hành văn bản số 1876/UBND-KGVX, "
         "chỉ đạo các sở, ngành chủ động ứng phó với đợt nắng nóng kéo dài.",
         "1876/UBND-KGVX", date(2022, 5, 27)),
        ("VietNamNet - Ngày 9/9, Bộ GD&ĐT đã gửi công văn tới các Sở GD&ĐT về việc thống kê phòng học xuống cấp năm học 2013- 2014.\n"
         "Bộ GD&ĐT đề nghị các sở gửi gấp số liệu về tình trạng cơ sở vật chất trường học.",
         None, date(2013, 9, 9)),
        ("Ngày 21/ 5, UBND tỉnh banh Công văn số 846 /UBND-TH về việc báo cáo tình hình giải ngân năm 2019.\n"
         "Giao các sở, ngành tỉnh báo cáo trước ngày 23/5/2019.",
         "846/UBND-TH", date(2019, 5, 21)),
        ("Ngày 05/3/2021, UBND tỉnh nhận được Văn bản số 912/BNN-TT ngày 02/3/2021 của Bộ Nông nghiệp.\n"
         "Giao Sở Nông nghiệp và PTNT chủ trì tham mưu, trình UBND tỉnh trước ngày 20/3/2021.",
         None, None),
        # an instruction reported without a letter: the day it was given; a page stamp gives the year
        ("Cập nhật lúc:\nThứ Hai, 09/03/2015 - 8:15 AM\n(Baochinhphu.vn) - Ngày 6/3, Phó Thủ tướng Chính phủ yêu cầu "
         "UBND các tỉnh Hà Giang, Cao Bằng kiểm điểm việc chậm bàn giao trụ sở.",
         None, date(2015, 3, 6)),
        ("Phó Thủ tướng ngày 12/9/2016 đã giao Bộ Công Thương chủ trì, phối hợp với các cơ quan liên quan xử lý kiến nghị "
         "của doanh nghiệp, báo cáo Thủ tướng trước ngày 30/9/2016.",
         None, date(2016, 9, 12)),
        ("NGày 14/03/2023, Ủy ban nhân dân tỉnh ban hành Công văn số 512/UBND-VX về việc hưởng ứng Ngày Nước thế giới.",
         "512/UBND-VX", date(2023, 3, 14)),
        ("Công văn số 1379/SNV-CCHC ngày 07/12/2016 V/v khen thưởng cải cách hành chính năm 2016 .\n"
         "Đăng ngày: 08/12/2016 10:52:45\nKính gửi:\n– Công an tỉnh;\n– Sở Y tế.\n"
         "Sở Nội vụ đề nghị các cơ quan, đơn vị lập hồ sơ khen thưởng.", "1379/SNV-CCHC", date(2016, 12, 7)),
        ("Nhảy đến nội dung\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\n"
         "Chỉ đạo tổ chức Tuần lễ phòng, chống thiên tai\nPhòng chống thiên tai hiệu quả\nẢnh minh họa. Nguồn Internet\n"
         "Văn phòng UBND tỉnh ban hành Công văn số 2077/VP-KT, ngày 16/5/2022 truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh.\n"
         "Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì triển khai các hoạt động.", "2077/VP-KT", date(2022, 5, 16)),
    ],
    ids=["no-comma-after-date", "lower-case-van-ban", "source-tag-and-no-year", "typo-in-verb", "received-letter",
         "instruction-without-letter", "leader-then-date", "capital-G-typo", "number-in-the-page-title-over-kinh-gui",
         "issuing-without-aspect-word-below-chrome"],
)
def test_digest_names_its_letter(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


@pytest.mark.parametrize(
    "attribution",
    ["(Theo Công văn 2214/UBND-NN ngày 08/6/2022)", "Theo Công văn 2214/UBND-NN ngày 08/6/2022",
     "(Theo Công văn số 2214/UBND-NN, ngày 08/6/2022)",
     "Xem chi tiết nội dung tại Công văn 2214/UBND-NN ngày 08/6/2022.",
     # a legal-news page: "được ban hành ngày", and the page's byline and links below the line
     "Xem chi tiết tại Công văn 2214/UBND-NN được ban hành ngày 08/6/2022.\n\nTường Vy\n\nGởi câu hỏi\n\n4,382\n\n"
     "Bài viết về lĩnh vực Đầu tư\n\nChính sách khác"],
)
def test_attribution_line_gives_number_and_date(attribution):
    letter = read_text("UBND tỉnh có ý kiến như sau:\n\nGiao Sở Giao thông vận tải kiểm tra hiện trạng cầu, "
                       "báo cáo UBND tỉnh trước ngày 20/6/2022.\n\n" + attribution)
    assert (letter.number, letter.issued_on) == ("2214/UBND-NN", date(2022, 6, 8))


def test_site_title_and_metadata_rows_before_the_header():
    text = ("Thông báo số 58/TB-BNN về ý kiến kết luận của Thứ trưởng tại buổi làm việc với các tỉnh duyên hải "
            "Nam Trung bộ về chống hạn vụ Hè Thu năm 2005\n"
            "Số hiệu: | 58/TB-BNN | Nơi ban hành: | Bộ Nông nghiệp và PTNT |\n"
            "Loại văn bản: | Thông báo | Người ký: | Lê Văn Hùng |\n"
            "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 58/TB-BNN |\n"
            "Hà Nội, ngày 17 tháng 03 năm 2005 |\nTHÔNG BÁO\nKẾT LUẬN CỦA THỨ TRƯỞNG\n"
            "Ngày 9 và 10 tháng 3 năm 2005 tại Ninh Thuận, Thứ trưởng đã làm việc với các tỉnh.\n")
    letter = read_text(text)
    assert (letter.number, letter.issued_on, letter.signer) == ("58/TB-BNN", date(2005, 3, 17), "Lê Văn Hùng")


# ---- agencies and actors ------------------------------------------------------------------
DIGEST = "Ngày 10/3/2020, UBND tỉnh ban hành Công văn số 123/UBND-KT về việc triển khai nhiệm vụ.\n\n"


def leads_of(body: str) -> list[list[str]]:
    return [t.lead for t in read_text(DIGEST + body).tasks]


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Chủ tịch UBND tỉnh đề nghị các thành viên Ban chỉ đạo chống buôn lậu, gian lận thương mại các cấp; Chủ tịch "
         "UBND các thị xã kiểm tra ngay các chợ biên giới.",
         [["các thành viên Ban chỉ đạo chống buôn lậu, gian lận thương mại các cấp", "UBND các thị xã"]]),
        ("Giao Ban quản lý dự án chuyên ngành tỉnh rà soát các công trình chậm tiến độ.",
         [["Ban quản lý dự án chuyên ngành tỉnh"]]),
        ("Giao Sở Công Thương trên cơ sở các đề án đã được phê duyệt, hỗ trợ UBND thị xã xây dựng kế hoạch.",
         [["Sở Công Thương"]]),
        ("Điều 2. Giaocho Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ hướng dẫn thi hành Quyết định này.",
         [["Sở Tư pháp"]]),
        ("Giao Giám đốc: Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch, Đài Phát thanh - "
         "Truyền hình tỉnh phối hợp tổ chức Tháng hành động vì trẻ em.",
         [["Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh - Truyền hình tỉnh"]]),
        ("Chủ tịch UBND tỉnh vừa có văn bản đề nghị Giám đốc các sở, ban ngành chấn chỉnh kỷ luật công vụ.",
         [["các sở, ban ngành"]]),
        ("UBND tỉnh cũng đề nghị Sở Tài chính tổng hợp, báo cáo trước ngày 20/3/2020.", [["Sở Tài chính"]]),
        ("UBND tỉnh Hà Tĩnh vừa có văn bản về việc điều chỉnh quy hoạch vùng nuôi tôm.\n\n"
         "Theo đó, UBND tỉnh đề nghị Sở Tài nguyên và Môi trường rà soát, báo cáo trước ngày 30-9-2020.",
         [["Sở Tài nguyên và Môi trường"]]),
        ("Trên cơ sở đề xuất của các huyện, thị xã và ý kiến thẩm định của các sở, ngành, Sở Tài chính chủ trì, "
         "phối hợp với Sở Xây dựng trình UBND tỉnh phê duyệt phương án; hoàn thành "
         "trong quý II/2020.",
         [["Sở Tài chính"]]),
    ],
    ids=["ban-chi-dao-is-a-name", "ban-quan-ly-is-a-name", "tren-co-so-ends-the-name", "giao-cho",
         "factored-title-list", "issuer-voice-through-vua", "adverb-before-de-nghi", "narrative-vua-co-van-ban",
         "fronted-adverbial-with-commas"],
)
def test_who_leads(body, leads):
    assert leads_of(body) == leads


def test_generic_group_with_its_own_action_is_a_new_task():
    tasks = read_text(DIGEST + "Giao Sở Nội vụ tham mưu xây dựng Đề án; hoàn thành trong quý III/2020.\n\n"
                      "Sau khi Đề án được phê duyệt, các cơ quan, đơn vị định kỳ tự kiểm tra, gửi báo cáo về UBND tỉnh "
                      "trước ngày 10/6 và 10/12 hàng năm.").tasks
    assert [(t.lead, t.deadline, t.recurrence) for t in tasks] == [
        (["Sở Nội vụ"], date(2020, 9, 30), None),
        (["các cơ quan, đơn vị"], None, "semiannual:06-10,12-10"),
    ]


def test_generic_group_that_only_executes_refers_back():
    tasks = read_text(DIGEST + "Đề nghị Hiệu trưởng các trường kiểm tra việc thu các khoản đóng góp.\n"
                      "Các đơn vị thực hiện trước ngày 17/4/2020.").tasks
    assert [(t.lead, t.deadline) for t in tasks] == [(["các trường"], date(2020, 4, 17))]


def test_standing_duty_keeps_its_timing_when_a_report_follows():
    tasks = read_text(DIGEST + "Theo đó, UBND tỉnh đề nghị các cơ quan tiếp tục phổ biến, thực hiện nghiêm Chỉ thị số 08.\n"
                      "UBND tỉnh cũng đề nghị các cơ quan định kỳ 6 tháng, hàng năm gửi kết quả về Sở Nội vụ.").tasks
    assert [(t.lead, t.recurrence) for t in tasks] == [
        (["các cơ quan"], "ongoing"), (["các cơ quan"], "semiannual"), (["các cơ quan"], "yearly")]


@pytest.mark.parametrize(
    "article",
    ["Điều 3. Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Giám đốc các Sở: Xây dựng, Giao thông vận tải; Chủ tịch UBND thị xã và Thủ "
     "trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyế",
     "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan chuyên môn thuộc tỉnh; Chủ tịch Ủy ban nhân dân thị "
     "xã và các hộ gia đình, cá nhân được hỗ trợ căn cứ Quyết định thi hành."],
    ids=["cut-after-thi-hanh", "can-cu-quyet-dinh-thi-hanh"],
)
def test_execution_article_of_a_decision_is_not_a_task(article):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 2093/QĐ-UBND\nPhú Yên, ngày 14 tháng 09 năm 2022\nQUYẾT ĐỊNH\n"
            "BAN HÀNH KẾ HOẠCH\nỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch kèm theo Quyết định này.\n"
            "Điều 2. Giao Sở Giáo dục và Đào tạo chủ trì, hướng dẫn các địa phương thực hiện Kế hoạch.\n"
            + article)
    assert [(t.clause, t.lead) for t in read_text(text).tasks] == [("Điều 2", ["Sở Giáo dục và Đào tạo"])]


# ---- clauses and timing -------------------------------------------------------------------
CHI_THI = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 22/CT-UBND | Ninh Bình, ngày 18 tháng 6 năm 2020 |\n"
           "CHỈ THỊ\nVỀ XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2021\nĐể chuẩn bị kế hoạch năm 2021, Chủ tịch "
           "UBND tỉnh yêu cầu Thủ trưởng các sở, Chủ tịch UBND các huyện tổ chức xây dựng kế hoạch, theo các nội dung sau:\n")


def test_review_section_of_a_directive_keeps_explicit_assignments():
    text = CHI_THI + ("I. ĐÁNH GIÁ\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020\nCăn cứ các chỉ tiêu Nghị quyết của Hội đồng "
                      "nhân dân tỉnh, yêu cầu các sở, ngành, UBND các huyện, thị xã khẩn trương rà soát mức độ hoàn thành "
                      "các chỉ tiêu Nghị quyết đã đề ra.\nCác huyện đã giải ngân phần lớn vốn được giao.\n")
    tasks = read_text(text).tasks
    assert [(t.clause, t.lead, t.recurrence, t.deadline_text) for t in tasks] == [
        ("I", ["các sở, ngành", "UBND các huyện, thị xã"], None, "khẩn trương")]


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
    tasks = read_text(DIGEST + "Theo đó, Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành tổ chức thực hiện "
                      "và báo cáo về Chủ tịch UBND tỉnh (qua Sở Tư pháp) nếu có vướng mắc vượt quá thẩm quyền giải quyết.").tasks
    assert [(t.lead, t.recurrence) for t in tasks] == [(["các sở, ban, ngành"], None), (["các sở, ban, ngành"], "on_event")]


def test_informing_an_office_of_difficulties_is_an_event_report():
    tasks = read_text(DIGEST + "Yêu cầu UBND các phường, xã phối hợp, tổ chức triển khai thực hiện. Nếu gặp khó khăn, vướng mắc, "
                      "chủ động thông tin về Phòng Nội vụ thị xã để được hướng dẫn.").tasks
    assert [t.recurrence for t in tasks] == [None, "on_event"]


@pytest.mark.parametrize(
    ("span", "agencies"),
    [
        ("Chủ tịch UBND các phường; người đứng đầu các cơ quan, trường học, doanh nghiệp và toàn thể Nhân dân trên địa bàn",
         ["UBND các phường", "các cơ quan, trường học, doanh nghiệp"]),
        ("Các cấp, các ngành và địa phương", ["Các cấp, các ngành và địa phương"]),
        ("Sở Y tế và đơn vị liên quan", ["Sở Y tế", "đơn vị liên quan"]),
        ("Viện Kiểm sát nhân dân tỉnh, Toà án nhân dân tỉnh", ["Viện Kiểm sát nhân dân tỉnh", "Toà án nhân dân tỉnh"]),
        ("UBND huyện, thị xã, thành phố, UBMTTQ Việt Nam tỉnh", ["UBND huyện, thị xã, thành phố", "UBMTTQ Việt Nam tỉnh"]),
    ],
    ids=["people-are-not-an-agency", "generic-group-stays-whole", "specific-then-generic", "a-court-after-a-procuracy",
         "the-front-after-the-districts"],
)
def test_split_generic_groups(span, agencies):
    from reader.agencies import split_agencies

    assert split_agencies(span) == agencies


def test_continuing_duty_anywhere_in_the_sentence_is_ongoing():
    (task,) = read_text(DIGEST + "Các cấp, các ngành và địa phương phải xác định phòng, chống tham nhũng là nhiệm vụ "
                        "thường trực, tiếp tục nâng cao vai trò giám sát của Nhân dân.").tasks
    assert (task.lead, task.recurrence) == (["Các cấp, các ngành và địa phương"], "ongoing")


# ---- digests and press reports ---------------------------------------------------------------
def test_restatement_and_duplicated_sentence_give_one_task():
    sentence = ("Trước phản ánh này, ngày 14/9, UBND TP đã có văn bản giao Thanh tra thành phố chủ trì phối hợp "
                "với UBND các quận kiểm tra hiện trường, báo cáo UBND TP trước ngày 25/9.")
    assert len(read_text(DIGEST + sentence + "\n" + sentence).tasks) == 1
    tasks = read_text(DIGEST + "Thủ tướng yêu cầu Bộ Tài nguyên và Môi trường kiểm tra, xử lý nội dung báo chí nêu về mỏ đá.\n\n"
                      "Trước đó, ngày 3/5/2019 Báo Lao động có bài viết về mỏ đá.\n\n"
                      "Về nội dung trên, Thủ tướng Chính phủ yêu cầu Bộ Tài nguyên và Môi trường kiểm tra, xử lý.").tasks
    assert [t.lead for t in tasks] == [["Bộ Tài nguyên và Môi trường"]]


def test_letter_sent_to_an_agency_names_the_lead():
    tasks = read_text(DIGEST + "Trước đó, ngày 04.11.2019, Sở Tài chính có công văn gửi các đơn vị yêu cầu chậm "
                      "nhất ngày 20.11.2019 phải hoàn thành việc đối chiếu số dư.").tasks
    assert [(t.lead, t.deadline) for t in tasks] == [(["các đơn vị"], date(2019, 11, 20))]


def test_gist_of_a_digest_cut_before_the_letter_text():
    text = ("UBND tỉnh chỉ đạo chủ động ứng phó mưa lớn, lũ quét\n\nNgày 06/9/2022, thay mặt UBND tỉnh, Phó Chủ "
            "tịch Thường trực UBND tỉnh ký ban hành văn bản số 3391/UBND-NN, chỉ đạo các sở, ban, ngành cấp tỉnh; UBND các "
            "huyện, thị xã chủ động ứng phó với mưa lớn, lũ quét. Nội dung văn bản chỉ đạo như sau:")
    assert [t.lead for t in read_text(text).tasks] == [["các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã"]]


def test_gist_is_not_used_when_the_letter_text_follows():
    text = ("Ngày 21/4/2020, Ủy ban nhân dân tỉnh ban hành Công văn số 1915/UBND-KTTH chỉ đạo các Sở, Ban, ngành tổ "
            "chức trực trong dịp nghỉ Lễ.\n\nTheo đó, UBND tỉnh yêu cầu các Sở, ban, ngành báo cáo tình hình trước "
            "17 giờ 00 ngày 03/5/2020.")
    assert [(t.lead, t.deadline) for t in read_text(text).tasks] == [(["các Sở, ban, ngành"], date(2020, 5, 3))]


@pytest.mark.parametrize(
    ("text", "leads"),
    [("Mới đây, UBND Tp.Đà Nẵng đã giao Sở Văn hóa - Thể thao phối hợp với các quận, huyện kiểm kê các di tích "
      "chưa được xếp hạng.", [["Sở Văn hóa - Thể thao"]]),
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
        ("Bộ Tài chính vừa có văn bản gửi Giám đốc Sở Tài chính các tỉnh, thành phố; Thủ trưởng các đơn vị trực thuộc Bộ "
         "đề nghị tăng cường kiểm tra việc quản lý, sử dụng tài sản công.",
         [(["Sở Tài chính các tỉnh, thành phố", "các đơn vị trực thuộc Bộ"], None)]),
        ("Bộ Tư pháp sẽ tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/10/2020.", [(["Bộ Tư pháp"], date(2020, 10, 15))]),
        ("Định kỳ từ ngày 20 đến ngày 25 hằng tháng, các đơn vị và bộ phận được giao phải nhập số liệu; "
         "từ ngày 25 đến ngày 28 hằng tháng, Phòng Tổ chức - Hành chính rà soát, tổng hợp trình giám đốc sở.",
         [(["các đơn vị và bộ phận được giao"], "monthly"), (["Phòng Tổ chức - Hành chính"], "monthly")]),
        ("Phó Chủ tịch UBND TP giao Sở KH&ĐT chủ trì thành lập hai đoàn công tác liên ngành. Căn cứ kết quả làm việc, TP giao "
         "Sở KH&ĐT phối hợp Sở Tài chính đề xuất phương án xử lý.",
         [(["Sở KH&ĐT"], None), (["Sở KH&ĐT"], None)]),
        ("Giao Sở Công Thương đề xuất hướng xử lý. Theo báo cáo của Sở Công Thương tính đến ngày 15-8 vẫn còn 37 "
         "trường hợp kinh doanh không phép.", [(["Sở Công Thương"], None)]),
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
    text = ("BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2675/BYT-KCB\nV/v hướng dẫn kiểm tra\n"
            "Hà Nội, ngày 14 tháng 6 năm 2022\nKính gửi: Giám đốc các Sở Y tế[1]\n\n"
            "Bộ Y tế hướng dẫn các Sở Y tế triển khai một số việc sau:\n\n"
            "1. Lập danh sách bệnh viện được kiểm tra: theo Phụ lục 2 kèm theo.\n\n"
            "Sở Y tế chỉ đạo các bệnh viện thực hiện các việc sau:\n\n"
            "1.1. Rà soát, cập nhật danh mục kỹ thuật.\n\n1.2. Phân công người làm đầu mối.\n")
    letter = read_text(text)
    assert letter.recipients == ["Giám đốc các Sở Y tế[1]"]
    assert [(t.clause, t.lead) for t in letter.tasks] == [("1.1", ["Sở Y tế"]), ("1.2", ["Sở Y tế"])]


def test_footnote_mark_is_not_part_of_a_name():
    from reader.agencies import split_agencies

    assert split_agencies("Giám đốc các Sở Giáo dục và Đào tạo[1]") == ["các Sở Giáo dục và Đào tạo"]


def test_defining_articles_give_no_task():
    text = ("UBND TỈNH HÀ TĨNH\nLIÊN NGÀNH\nSỞ TÀI CHÍNH -\nSỞ NÔNG NGHIỆP VÀ PTNT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 845/2012/HDLN /STC-SNN\nHà Tĩnh, ngày 19 tháng 7 năm 2012\nHƯỚNG DẪN\nCƠ CHẾ HỖ TRỢ NGÀNH NGHỀ NÔNG THÔN\n"
            "Sở Tài chính - Sở Nông nghiệp và PTNT hướng dẫn như sau:\n\nĐiều 1. Đối tượng áp dụng.\n\n"
            "1. Các tổ chức, cá nhân trực tiếp tham gia sản xuất ngành nghề nông thôn, gồm:\n\n- Tổ hợp tác được thành "
            "lập theo Bộ luật Dân sự;\n\n2. Các cơ quan, đơn vị có hoạt động đào tạo nghề cho lao động nông thôn.\n")
    letter = read_text(text)
    assert (letter.number, letter.tasks) == ("845/2012/HDLN/STC-SNN", [])


def test_periodic_report_does_not_time_the_work():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 19/2014/QĐ-UBND\nCần Thơ, ngày 08 tháng 9 năm 2014\n"
            "QUYẾT ĐỊNH\nVỀ BAN HÀNH KẾ HOẠCH\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành Kế hoạch kèm theo Quyết định này.\n"
            "Điều 2. Thủ trưởng các sở - ngành căn cứ Kế hoạch này xây dựng kế hoạch triển khai của đơn vị; "
            "gửi báo cáo kết quả về Sở Công Thương định kỳ hàng năm.\n"
            "Điều 3. Giao Sở Công Thương là cơ quan thường trực của chương trình, có trách nhiệm theo dõi, "
            "tổng hợp.\n")
    tasks = read_text(text).tasks
    assert [(t.clause, t.lead, t.recurrence) for t in tasks] == [
        ("Điều 2", ["các sở - ngành"], "ongoing"), ("Điều 2", ["các sở - ngành"], "yearly"),
        ("Điều 3", ["Sở Công Thương"], "ongoing")]


@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [("Thực hiện chỉ đạo của Bộ trưởng về bảo đảm trật tự an toàn giao thông mùa lễ hội Xuân 2019, ngày 15.2, Cục Đường "
      "bộ Việt Nam đã có công văn yêu cầu các Sở Giao thông vận tải tăng cường kiểm tra.", None, date(2019, 2, 15)),
     ("(Baochinhphu.vn) - Bộ Nội vụ vừa có công văn 4210/BNV-TCBC đề nghị UBND các tỉnh rà soát biên chế.",
      "4210/BNV-TCBC", None)],
    ids=["date-after-a-fronted-clause", "number-without-so"],
)
def test_digest_letter_named_mid_sentence(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


# ---- rules from the third held-out batch ----------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chủ tịch UBND tỉnh Trần Văn Hòa đề nghị, Sở Xây dựng, các ngành, địa phương cần tập trung hoàn thiện "
         "hồ sơ các dự án nhà ở xã hội.", [(["Sở Xây dựng", "các ngành, địa phương"], None)]),
        ("Chủ tịch UBND tỉnh Lê Minh Hải chỉ đạo, trong thời gian tới, các ban quản lý dự án tập trung hoàn thiện "
         "thủ tục quyết toán.", [(["các ban quản lý dự án"], None)]),
        ("Tỉnh Bắc Giang đề nghị những người từng có mặt tại các chợ nêu trên khai báo ngay với trạm y tế.", []),
        ("Các sở và các huyện, thị xã sẽ được đánh giá chỉ số cải cách hành chính hằng năm.", []),
        ("Cơ quan thường trực của ban chỉ đạo thị xã là phòng văn hóa - thông tin.", []),
        ("UBND tỉnh Quảng Ninh đã có công điện khẩn số 11: yêu cầu Ban chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn "
         "tỉnh và UBND các thị xã, thành phố: Kiểm tra ngay các hồ đập xung yếu, sẵn sàng di dời dân.",
         [(["Ban chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn tỉnh", "UBND các thị xã, thành phố"], None)]),
        ("Bộ NN&PTNT cũng được giao nhiệm vụ rà soát, đề xuất mở rộng các vùng nguyên liệu tập trung. Bộ cũng có "
         "nhiệm vụ phối hợp với Bộ Công Thương xây dựng Đề án phát triển thị trường nông sản.",
         [(["Bộ NN&PTNT"], None), (["Bộ NN&PTNT"], None)]),
    ],
    ids=["comma-after-de-nghi", "issuer-chi-dao-with-fronted-time", "people-are-not-bodies", "passive-is-no-work",
         "copula-defines", "colon-before-the-action-and-urgency", "bare-head-refers-back"],
)
def test_third_batch_actors(body, expected):
    tasks = read_text(DIGEST + body).tasks
    assert [(t.lead, t.recurrence) for t in tasks] == expected


def test_opening_line_ending_in_colon_before_numbered_items():
    text = ("Ngày 14/10/2020, UBND tỉnh đã ban hành văn bản yêu cầu các sở, ngành, UBND các huyện, thành phố, các đơn vị "
            "quản lý hồ đập, kênh mương và các đơn vị có liên quan chủ động phòng, chống mưa lũ:\n\n"
            "1. Khẩn trương rà soát, thực hiện nghiêm các chỉ đạo của Ban Chỉ đạo quốc gia.\n\n"
            "2. Theo dõi sát tình hình mưa, lũ, chủ động triển khai các phương án ứng phó.\n")
    tasks = read_text(text).tasks
    leads = ["các sở, ngành", "UBND các huyện, thành phố", "các đơn vị quản lý hồ đập, kênh mương",
             "các đơn vị có liên quan"]
    assert [(t.clause, t.lead, t.recurrence) for t in tasks] == [("1", leads, None), ("2", leads, "ongoing")]


def test_honorific_quy_co_quan_means_the_addressees():
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1766/BKHCN-ĐTG\n"
            "Hà Nội, ngày 16 tháng 8 năm 2021\nKính gửi:\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh.\n\n"
            "Bộ Khoa học và Công nghệ trân trọng đề nghị Quý Cơ quan sớm rà soát danh mục nhiệm vụ khoa học năm 2022.\n"
            "Trân trọng đề nghị Quý Cơ quan cử một lãnh đạo phụ trách theo dõi việc này.\nTrân trọng./.\n")
    tasks = read_text(text).tasks
    assert [t.lead for t in tasks] == [["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"]] * 2


def test_clause_headed_by_a_name_and_bullets_make_one_task():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN LÝ SƠN\nSố: 782/UBND-VP\nLý Sơn, ngày 09 tháng 8 năm 2022\n"
            "V/v tổ chức Ngày hội\nKính gửi: Các phòng, ban, đơn vị.\n\nỦy ban nhân dân huyện có ý kiến như sau:\n\n"
            "1. Phòng Kinh tế và Hạ tầng chủ trì bố trí mặt bằng tổ chức Ngày hội.\n\n"
            "2. Trung tâm Truyền thông - Văn hóa và Thể thao\n\n- Thông tin, quảng bá Ngày hội trên hệ thống truyền thanh.\n\n"
            "- Tổ chức biểu diễn văn nghệ phục vụ Ngày hội.\n\n"
            "3. Phòng Y tế huyện: Bố trí lực lượng y tế trực tại khu vực Ngày hội.\n")
    tasks = read_text(text).tasks
    assert [(t.clause, t.lead) for t in tasks] == [
        ("1", ["Phòng Kinh tế và Hạ tầng"]), ("2", ["Trung tâm Truyền thông - Văn hóa và Thể thao"]),
        ("3", ["Phòng Y tế huyện"])]


def test_headline_of_a_press_page_is_not_a_task():
    text = ("Các địa phương chủ động ứng phó áp thấp nhiệt đới\n\nĐến 14 giờ cùng ngày, UBND tỉnh đã có công điện khẩn yêu "
            "cầu UBND các huyện, thị xã chỉ đạo kêu gọi tàu thuyền vào nơi tránh trú.\n")
    assert [t.lead for t in read_text(text).tasks] == [["UBND các huyện, thị xã"]]


def test_source_line_names_the_letter():
    letter = read_text("UBND huyện có ý kiến như sau:\n\n1. Phòng Kinh tế và Hạ tầng chủ trì bố trí mặt bằng.\n\n"
                       "(Nguồn: Từ Công văn số 782/UBND-VP ngày 09/08/2022)\n")
    assert (letter.number, letter.issued_on) == ("782/UBND-VP", date(2022, 8, 9))


# ---- fourth batch: the letter named in a press page, run-together words ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("UBND tỉnh vừa ban hành Công điện số 05/CĐ-UBND ngày 21/7/2020, về việc ứng phó với đợt nắng nóng kéo dài.\n"
         "Chủ tịch UBND tỉnh giao các sở, ngành, địa phương triển khai ngay các giải pháp chống hạn.",
         "05/CĐ-UBND", date(2020, 7, 21)),
        ("Chỉ thị số 12/CT-UBND ngày 17/08/2021 của UBND tỉnh Yên Bái về việc tăng cường quản lý rừng phòng hộ\n"
         "Thực hiện Chỉ thị số 13/CT-TTg ngày 12/08/2020 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh chỉ thị như sau:",
         "12/CT-UBND", date(2021, 8, 17)),
        ("Trong nội dung Công văn số 2870/VP-ĐT, ban hành ngày 02/9, UBND thành phố yêu cầu các quận, huyện "
         "khẩn trương khơi thông cống rãnh.", "2870/VP-ĐT", None),
        ("Thực hiện Công văn số 120/BNN-TY ngày 15/6/2019 của Bộ Nông nghiệp, UBND tỉnh yêu cầu các sở chủ động "
         "phòng, chống dịch bệnh.", None, None),
        (" date 2021-06 Ngày 11/6, UBND tỉnh có văn bản số 6254/UBND-KT đề nghị các sở, ngành, địa phương kiểm tra "
         "an toàn hồ đập.", "6254/UBND-KT", date(2021, 6, 11)),
        ("15:20, 09/09/2019\nVào lúc 14h30 ngày 9/9, Chủ tịch UBND tỉnh đã ký công điện khẩn số 07/CĐ.UBND về ứng "
         "phó áp thấp nhiệt đới.\nYêu cầu Chủ tịch UBND các huyện cấm tàu thuyền ra khơi.",
         "07/CĐ.UBND", date(2019, 9, 9)),
        ("Căn cứ Kế hoạch số 03/KH-BTC ngày 12/4/2022 của Ban Tổ chức. Ngày 20/5/2022, Sở Giáo dục và Đào tạo "
         "đã ban hành Kế hoạch số 41/KH-SGDĐT tổ chức Hội khỏe Phù Đổng.", "41/KH-SGDĐT", date(2022, 5, 20)),
        ("Để phòng, chống cháy rừng mùa khô năm 2019, Ban chỉ đạo liên ngành đã có Công văn ngày 22/02 đề nghị "
         "Chủ tịch Ủy ban nhân dân các huyện huy động lực lượng tuần tra.", None, date(2019, 2, 22)),
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
        ("Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải tổ chức kiểm tra tải trọng xe đến hết ngày 31/8/2019.",
         [(["Sở Giao thông vận tải"], date(2019, 8, 31))]),
        ("Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải tổ chức kiểm tra từ ngày 01/7/2019 đến hết ngày 31/8/2019.",
         [(["Sở Giao thông vận tải"], None)]),
        ("Bộ Công an đã ban hành công điện yêu cầu các đơn vị, địa phương tổng kiểm tra an toàn PCCC. "
         "Bộ sẽ tiếp tục mở đợt cao điểm bảo đảm an toàn PCCC trên toàn quốc.",
         [(["các đơn vị, địa phương"], None)]),
        ("Theo đó có 4 đoàn kiểm tra liên ngành. Đoàn có sự tham gia của đại diện các Sở chuyên ngành.", []),
        ("Trên địa bàn tỉnh đã xuất hiện 3 ổ dịch. Chủ tịch UBND tỉnh đề nghị Chủ tịch UBND các huyện, thị xã tập trung "
         "thực hiện các việc sau:", [(["UBND các huyện, thị xã"], None)]),
        ("Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải tổ chức kiểm tra tải trọng xe.\n\nBài liên quan\n\n"
         "Sáng 12/6, Hội Nông dân tỉnh chủ trì, phối hợp với Sở Nông nghiệp và PTNT tổ chức Diễn đàn.",
         [(["Sở Giao thông vận tải"], None)]),
    ],
    ids=["den-het-ngay-is-a-deadline", "tu-den-het-is-a-period", "bare-head-se-is-the-writer", "co-su-tham-gia-describes",
         "introduction-cut-before-its-items", "related-articles-end-the-page"],
)
def test_fourth_batch_tasks(body, expected):
    tasks = read_text(DIGEST + body).tasks
    assert [(t.lead, t.deadline) for t in tasks] == expected


def test_execution_article_broken_over_lines():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 415/QĐ-UBND\nGia Lai, ngày 11 tháng 6 năm 2020\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy định quản lý chợ trên địa bàn tỉnh\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành Quy định quản lý chợ trên địa bàn tỉnh kèm theo Quyết định này.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày 01 tháng 7 năm 2020.\n"
            "Điều 3. Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh; Giám đốc Sở Công Thương;\n"
            "Thủ trưởng các sở, ngành liên quan; Chủ tịch UBND các huyện, các thị xã và\n"
            "thành phố Pleiku; các thương nhân kinh doanh tại chợ chịu trách nhiệm thi hành Quyết định này./.\n")
    assert read_text(text).tasks == []


# ---- fifth batch ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("Chánh Văn phòng UBND tỉnh vừa có văn bản (ngày 03/3/2022) đôn đốc việc báo cáo gửi Sở Xây dựng nêu rõ:\n\n"
         "Ngày 12/10/2021, UBND tỉnh ban hành Kế hoạch số 198/KH-UBND về việc khắc phục sau kiểm toán. "
         "Theo đó giao Sở Xây dựng rà soát, báo cáo kết quả khắc phục.\n", None, date(2022, 3, 3)),
        ("Ngày 27-3, Thủ tướng Chính phủ ký Công văn (số 412/TTg-KTTH) yêu cầu các Bộ, cơ quan ngang Bộ cắt giảm "
         "các khoản chi thường xuyên chưa cần thiết.", "412/TTg-KTTH", None),
        ("Đà Nẵng, ngày 03 tháng 6 năm 2020\nThực hiện Nghị quyết số 08-NQ/TU ngày 14/4/2012 của Ban "
         "Thường vụ Thành ủy về tăng cường phòng, chống tham nhũng, lãng phí trong các cơ quan nhà nước; "
         "Nghị quyết Đại hội Đảng bộ quận lần thứ XIX và chủ đề năm 2013 của quận “Kỷ cương, minh bạch, phục vụ "
         "Nhân dân”, ngày 22/2/2013, Ủy ban nhân dân quận ban hành Kế hoạch số "
         "17/KH-UBND về công tác phòng, chống tham nhũng năm 2013.\nTrên cơ sở nội dung kế hoạch của Uỷ ban nhân dân quận, đề "
         "nghị các phòng, ban và UBND các phường tổ chức triển khai thực hiện.",
         "17/KH-UBND", date(2013, 2, 22)),
    ],
    ids=["first-named-letter-wins", "number-in-parentheses", "lone-print-date-is-the-page"],
)
def test_digest_names_the_letter_it_reports(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("UBND tỉnh ban hành Quyết định bàn giao các nhà văn hóa thanh niên và giao UBND các huyện, thị xã, Tỉnh đoàn "
         "tiếp nhận cơ sở vật chất, tổ chức khai thác.", [(["UBND các huyện, thị xã", "Tỉnh đoàn"], None)]),
        ("Chủ tịch UBND Thành phố đã có Công văn chỉ đạo Ủy ban nhân dân các quận, huyện, thị xã trực thuộc Thành phố...",
         [(["Ủy ban nhân dân các quận, huyện, thị xã trực thuộc Thành phố"], None)]),
        ("Cục Đăng kiểm Việt Nam vừa có văn bản gửi các Trung tâm đăng kiểm xe cơ giới, các sở Giao thông vận tải được "
         "giao quản lý trạm đăng kiểm, các Chi cục Đăng kiểm trực thuộc đề nghị khẩn trương giải quyết tình trạng ùn tắc.",
         [(["các Trung tâm đăng kiểm xe cơ giới", "các sở Giao thông vận tải được giao quản lý trạm đăng kiểm",
           "các Chi cục Đăng kiểm trực thuộc"], None)]),
        ("Chính phủ yêu cầu các Bộ, ngành, địa phương triển khai quyết liệt các giải pháp thúc đẩy tăng trưởng. Trong "
         "đó, Bộ Tài chính phải tiếp tục quản lý chặt chẽ bội chi ngân sách nhà nước.",
         [(["các Bộ, ngành, địa phương"], None), (["Bộ Tài chính"], "ongoing")]),
        ("Bộ Công Thương chủ trì, phối hợp với Bộ Ngoại giao đẩy mạnh xúc tiến thương mại; kịp thời đề "
         "xuất biện pháp tháo gỡ khó khăn, vướng mắc cho doanh nghiệp.", [(["Bộ Công Thương"], "ongoing")]),
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
        ("Các Sở, ban, ngành bố trí lịch trực trong những ngày nghỉ Tết, thường xuyên theo dõi tình hình, kịp thời "
         "xử lý các tình huống phát sinh.", None),
        ("Cục An toàn thực phẩm đã gửi công văn đề nghị Sở Y tế các tỉnh tăng cường giám sát, kiểm tra các bếp ăn "
         "tập thể, cơ sở chế biến thực phẩm trong dịp Tết.", None),
        ("Trước lượng khách du lịch tăng mạnh trong dịp Tết Nguyên đán, Bộ Văn hóa, Thể thao và Du lịch yêu cầu các "
         "địa phương tăng cường kiểm tra, tuyên truyền, chấn chỉnh hoạt động kinh doanh dịch vụ lưu trú.", None),
        # executing a named letter is no standing duty; a reporting regime is
        ("Chủ tịch UBND huyện yêu cầu các Phòng, ban, đơn vị trên địa bàn huyện thực hiện nghiêm công điện.", None),
        ("Đề nghị các Bộ, cơ quan ngang Bộ thực hiện nghiêm túc chế độ thông tin báo cáo về tình hình thực hiện Chỉ thị.",
         "ongoing"),
        # urging units to send a list is a deliverable; monitoring and campaigning stand
        ("Phòng Nội vụ huyện chịu trách nhiệm đôn đốc các xã, tổng hợp danh sách cán bộ gửi Sở Nội vụ.",
         None),
        ("Giao Sở Nông nghiệp và PTNT theo dõi chặt chẽ diễn biến của dịch bệnh.", "ongoing"),
        ("Giao Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền về phong trào.", "ongoing"),
        ("Đề nghị các đơn vị tiếp tục quán triệt và thực hiện Chỉ thị số 14.", "ongoing"),
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
        ("Chủ tịch UBND tỉnh đề nghị Giám đốc các sở, ngành, các cơ quan trung ương đóng tại tỉnh, Chủ tịch "
         "UBND các huyện, thị xã phổ biến và nghiêm túc thực hiện Chỉ thị.",
         [["các sở, ngành", "các cơ quan trung ương đóng tại tỉnh", "UBND các huyện, thị xã"]]),
        ("Thủ tướng yêu cầu các Bộ, ngành, cơ quan Trung ương các hội đặc thù rà soát trụ sở làm việc.",
         [["các Bộ, ngành", "cơ quan Trung ương các hội đặc thù"]]),
        ("Theo đó, các trường, các đơn vị trực thuộc gửi báo cáo tình hình tuyển sinh về Sở.",
         [["các trường", "các đơn vị trực thuộc"]]),
        # dev 000: sector words of one generic group stay together
        ("Yêu cầu Thủ trưởng các Sở, Ban, ngành, các hội, đoàn thể trong tỉnh tiếp tục quán triệt các phong trào.",
         [["các Sở, Ban, ngành, các hội, đoàn thể trong tỉnh"]]),
        ("Các cấp, các ngành, các địa phương phải chú trọng phát hiện, nhân rộng điển hình tiên tiến.",
         [["Các cấp, các ngành, các địa phương"]]),
        ("Bên cạnh đó, nhà trường và Phòng GD&ĐT các huyện phải công khai các khoản thu đầu năm học.",
         [["nhà trường", "Phòng GD&ĐT các huyện"]]),
        ("Bộ trưởng Trần Văn Bình chủ trì họp trực tuyến với các Giám đốc sở y tế.", []),
        ("Dự kiến, trong tháng 3/2021, Sở Giao thông vận tải Đà Nẵng sẽ công bố phương án phân luồng mới.", []),
        ("Yêu cầu các tổ chức chính trị - xã hội vận động đoàn viên, hội viên chấp hành.",
         [["các tổ chức chính trị - xã hội"]]),
        ("Đề nghị Hội Nông dân tỉnh và các tổ chức chính trị - xã hội phối hợp tuyên truyền.",
         [["Hội Nông dân tỉnh", "các tổ chức chính trị - xã hội"]]),
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
        ("UBND các xã chủ trì lập danh sách hộ dân cần hỗ trợ. Theo đó các phòng, ban liên quan rà soát "
         "số liệu gửi về Phòng Lao động.", [["UBND các xã"], ["các phòng, ban liên quan"]]),
        ("UBND tỉnh giao Sở Nông nghiệp và PTNT chủ trì tham mưu UBND tỉnh chỉ đạo công tác phòng, chống dịch bệnh gia súc.\n\n"
         "Tổ chức tiêm phòng và nhân rộng các mô hình chăn nuôi an toàn sinh học tại các xã.",
         [["Sở Nông nghiệp và PTNT"], ["Sở Nông nghiệp và PTNT"]]),
        ("UBND tỉnh giao Sở Nông nghiệp và PTNT chủ trì tham mưu UBND tỉnh chỉ đạo công tác phòng, chống dịch bệnh gia súc.\n\n"
         "Năm 2023, toàn tỉnh có 5 ổ dịch, phải tiêu hủy hơn 900 con lợn.", [["Sở Nông nghiệp và PTNT"]]),
        ("Đề nghị Ủy ban nhân dân các huyện, thị xã trực thuộc tỉnh trong 2 Vùng động lực phía Nam tiến hành "
         "rà soát các khu công nghiệp.", [["Ủy ban nhân dân các huyện, thị xã trực thuộc tỉnh trong 2 Vùng động lực phía Nam"]]),
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
KE_HOACH = "UBND tỉnh ban hành Kế hoạch triển khai Nghị quyết như sau:\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # requirements of the plan, then the headings of its task list: nothing assigned
        ("- Phát huy vai trò lãnh đạo tập trung của UBND tỉnh trong quá trình tổ chức thực hiện Nghị quyết.\n"
         "- Các sở, ngành, địa phương được phân công phải nghiêm túc, chủ động triển khai Kế hoạch này "
         "theo đúng tiến độ, đảm bảo chất lượng.\n1. Công tác phổ biến, quán triệt nội dung Nghị quyết.\n"
         "2. Hoàn thiện cơ chế, chính sách về chuyển đổi số.\n", []),
        ("1. Sở, ban, ngành, Ủy ban nhân dân phường-xã thực hiện đúng yêu cầu, tiến độ theo Kế hoạch, để Cổng dịch vụ "
         "công vận hành thông suốt.\n", []),
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
        ("Chủ tịch UBND tỉnh đề nghị giám đốc các sở, ngành và chủ tịch UBND các huyện khẩn "
         "trương hoàn thành các chỉ tiêu còn lại.", [["các sở, ngành", "UBND các huyện"]]),
        ("Chủ tịch UBND tỉnh đề nghị lãnh đạo các sở, ngành cấp tỉnh, thủ trưởng các cơ quan có liên quan "
         "khẩn trương gửi báo cáo.", [["các sở, ngành cấp tỉnh", "các cơ quan có liên quan"]]),
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
        ("Xử lý dứt điểm các điểm tập kết rác trái phép\n\nĐó là chỉ đạo của Chủ tịch UBND tỉnh đối với các "
         "Sở, ngành, UBND các huyện, thị xã tại Công văn số 2215/UBND-KT ngày 08/9 về việc tăng cường quản lý chất thải "
         "rắn sinh hoạt theo Chỉ thị số 09/CT-TTg ngày 02/4/2021 của Thủ tướng Chính phủ.",
         "2215/UBND-KT", date(2021, 9, 8), [["các Sở, ngành", "UBND các huyện, thị xã"]]),
        ("Rà soát hồ sơ đất đai\n\nĐây là yêu cầu của Chủ tịch UBND tỉnh gửi Sở Tài nguyên và Môi trường tại Văn bản "
         "số 512/UBND-NN ngày 3/4/2021.", "512/UBND-NN", date(2021, 4, 3), [["Sở Tài nguyên và Môi trường"]]),
        # the quoted order already names its actor: the pointer sentence restates it, no second task
        ("Hỗ trợ người dân vùng lũ\n\n“Sở Lao động - Thương binh và Xã hội phối hợp với UBND các huyện rà soát, "
         "hỗ trợ kịp thời các hộ gia đình bị thiệt hại”. Đó là chỉ đạo của Chủ tịch UBND tỉnh đối với Sở LĐ-TB&XH nhằm bảo "
         "đảm an sinh sau lũ.", None, None, [["Sở Lao động - Thương binh và Xã hội"]]),
    ],
    ids=["do-la-chi-dao-doi-voi", "day-la-yeu-cau-gui", "restates-the-quote"],
)
def test_pointer_sentence_names_letter_and_actors(text, number, issued_on, leads):
    letter = read_text(text)
    assert (letter.number, letter.issued_on, [t.lead for t in letter.tasks]) == (number, issued_on, leads)


@pytest.mark.parametrize(
    ("text", "issued_on"),
    [
        ("(BĐT) - Chiều nay 15/9/2021, Giám đốc Sở Y tế đã ký văn bản hỏa tốc yêu cầu các trung tâm y tế "
         "huyện tăng cường lực lượng xét nghiệm.", date(2021, 9, 15)),
        ("Sáng 4/11/2020, UBND tỉnh ban hành Công văn hỏa tốc yêu cầu các sở, ngành ứng phó với bão.", date(2020, 11, 4)),
        ("Thực hiện chỉ đạo của Thủ tướng, tối nay 12/9/2022, UBND tỉnh đã có công điện yêu cầu các địa phương "
         "sơ tán dân.", date(2022, 9, 12)),
        # a meeting held that afternoon is no letter
        ("Chiều ngày 05/6/2019, UBND huyện đã tổ chức hội nghị sơ kết công tác 5 tháng đầu năm.", None),
        ("Ngày 05/6/2019, UBND huyện đã tổ chức hội nghị sơ kết công tác 5 tháng đầu năm.", None),
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
        ("Sở Tài nguyên và Môi trường vừa có văn bản số 1322/STNMT-QLĐĐ gửi các Sở, ngành liên quan về việc góp ý dự "
         "thảo bảng giá đất.\n\n"
         "Sở Tài nguyên và Môi trường kính đề nghị các quý cơ quan có ý kiến bằng văn bản gửi về Sở.",
         [(["các Sở, ngành liên quan"], None)]),
        # a later paragraph that restates the request with its deadline times it: one task
        ("Sở Tài nguyên và Môi trường vừa có văn bản số 1322/STNMT-QLĐĐ gửi các Sở, ngành liên quan về việc góp ý dự "
         "thảo bảng giá đất.\n\n"
         "Do đó, Sở Tài nguyên và Môi trường kính đề nghị các quý cơ quan quan tâm, gửi văn bản góp ý đối với dự thảo "
         "bảng giá đất nêu trên.\n\nSở Tài nguyên và Môi trường đề nghị các quý cơ quan sớm gửi văn bản góp ý dự "
         "thảo gởi về Sở trước ngày 15/10/2019.", [(["các Sở, ngành liên quan"], date(2019, 10, 15))]),
        # a sapo's order repeated in the body with part of the group: one task
        ("Chủ tịch UBND tỉnh chỉ đạo các địa phương, các tổ chức dùng nước cử người túc trực tại các cống đầu mối để "
         "lấy nước phù sa, đưa nước vào ruộng đúng lịch.\n\nTheo dự báo của cơ quan khí tượng, nắng nóng còn kéo "
         "dài.\n\nTrước mắt, các địa phương cử người túc trực tại các cống đầu mối để lấy nước phù sa.",
         [(["các địa phương", "các tổ chức dùng nước"], None)]),
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
        ("UBND huyện Rà soát tiến độ xây dựng nông thôn mới và giải quyết kiến nghị của cử tri.", []),
        ("UBND huyện Thống Nhất rà soát các hộ nghèo.", [(["UBND huyện Thống Nhất"], None)]),
        # a name and nothing it must do
        ("Báo NLĐ số ra ngày 15-3-2016 có đăng bài “Xe quá tải lại hoành hành”.", []),
        # the months left of the year: the end of the year the text speaks of
        ("Yêu cầu các phòng, ngành đẩy nhanh tiến độ các công trình để hoàn thành trong hai tháng còn lại.",
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
        ("UBND tỉnh giao Sở Y tế có văn bản hướng dẫn các bệnh viện phòng, chống sốt xuất huyết; thường xuyên "
         "theo dõi, cập nhật số ca mắc và báo cáo UBND tỉnh.",
         [(["Sở Y tế"], None, None), (["Sở Y tế"], None, "ongoing")]),
        ("Yêu cầu các phòng, ngành hoàn thiện hồ sơ quyết toán trong tháng 11/2020, tiếp tục vận động "
         "Nhân dân hiến đất làm đường.",
         [(["các phòng, ngành"], date(2020, 11, 30), None), (["các phòng, ngành"], None, "ongoing")]),
        # policy work continued in the same breath stays one standing task
        ("Bộ Công Thương chủ trì triển khai các biện pháp bình ổn thị trường xăng dầu; chỉ đạo tăng cường thanh tra việc "
         "tuân thủ quy định về kinh doanh; tiếp tục mở rộng thị trường xuất khẩu.", [(["Bộ Công Thương"], None, "ongoing")]),
    ],
    ids=["letter-then-thuong-xuyen", "dated-then-tiep-tuc", "policy-work-stays-one"],
)
def test_one_off_and_continuing_in_one_sentence(body, expected):
    assert [(t.lead, t.deadline, t.recurrence) for t in read_text(DIGEST + body).tasks] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Theo đó, Sở GTVT có trách nhiệm chủ trì phối hợp với Công an thành phố; UBND các quận, huyện kiểm "
         "tra, lập danh sách các điểm đen giao thông.",
         [(["Sở GTVT"], ["Công an thành phố", "UBND các quận, huyện"])]),
        # after a full clause, ";" and a named body is a new actor
        ("Sở Y tế chủ trì phối hợp với Sở Tài chính rà soát trang thiết bị; UBND các huyện bố trí kinh phí.",
         [(["Sở Y tế"], ["Sở Tài chính"]), (["UBND các huyện"], [])]),
        ("UBND thành phố đề nghị sở, ngành liên quan, UBND các phường, xã nghiêm túc thực hiện Kết luận thanh tra.",
         [(["sở, ngành liên quan", "UBND các phường, xã"], [])]),
    ],
    ids=["semicolon-in-support-list", "semicolon-after-a-clause", "so-nganh-without-cac"],
)
def test_support_lists_and_bare_groups(body, expected):
    assert [(t.lead, t.support) for t in read_text(DIGEST + body).tasks] == expected


# ---- a press copy is read, not refused, even when no task comes out of it ----
@pytest.mark.parametrize(
    "text",
    [
        "Khắc phục tình trạng chậm trễ trong thực hiện nhiệm vụ\n\nTrong 6 tháng đầu năm, UBND tỉnh giao 412 nhiệm vụ "
        "cho các sở, ngành, địa phương; trong đó có 57 nhiệm vụ chưa hoàn thành đúng hạn.",
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
        ("Các cơ sở giáo dục trong toàn huyện cho trẻ mầm non nghỉ học.", [["Các cơ sở giáo dục trong toàn huyện"]]),
        ("Các địa phương tranh thủ thời tiết thuận lợi để gieo cấy vụ đông.", [["Các địa phương"]]),
        ("Thủ tướng yêu cầu UBND các tỉnh Nam bộ trong hai ngày tới tập trung ứng phó triều cường.", [["UBND các tỉnh Nam bộ"]]),
        # "Trưởng Phòng Phòng …": the title, then the office
        ("Trưởng Phòng Phòng Tài nguyên và Môi trường các huyện phổ biến nội dung này đến cán bộ địa chính xã.",
         [["Phòng Tài nguyên và Môi trường các huyện"]]),
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
    text = ("Thông báo khẩn\n\nKính gửi:\n\nHiệu trưởng các trường trên địa bàn huyện\nPhòng GD&ĐT yêu cầu:\n"
            "1. Các đơn vị nghiêm túc thực hiện công văn hỏa tốc của UBND huyện.\n"
            "2. Cho trẻ mầm non nghỉ học đến khi có thông báo mới.\n"
            "Đề nghị Hiệu trưởng các đơn vị nghiêm túc chấp hành./.")
    letter = read_text(text)
    assert letter.recipients == ["Hiệu trưởng các trường trên địa bàn huyện"]
    # "Các đơn vị" of a letter with a Kính gửi are its addressees (batch 14 kept the words; batches
    # 22, 27, 32 and 34 name the addressees, as the issue asks of a clause addressed to everyone)
    assert [(t.clause, t.lead) for t in letter.tasks] == [
        ("1", ["các trường trên địa bàn huyện"]), ("2", ["các trường trên địa bàn huyện"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "yêu cầu:" then a period of duty, then the actors
        ("Chủ tịch UBND tỉnh yêu cầu: từ ngày 01/9/2021 đến hết ngày 05/9/2021, các đơn vị bố trí cán bộ trực "
         "đầy đủ.", [(["các đơn vị"], None)]),
        # "Những địa phương này" are the bodies just named
        ("UBND các tỉnh ven biển tiếp tục khắc phục thiệt hại do triều cường. Những địa phương này phải sớm ổn "
         "định đời sống người dân.",
         [(["UBND các tỉnh ven biển"], "ongoing")]),
        # work for a celebration ends with it
        ("Giao Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền các hoạt động chào mừng Ngày Chuyển đổi số quốc gia năm 2023.",
         [(["Sở Thông tin và Truyền thông"], None)]),
    ],
    ids=["yeu-cau-colon-then-a-period", "nhung-dia-phuong-nay", "chao-mung-is-an-occasion"],
)
def test_batch8_actors_and_timings(body, expected):
    assert [(t.lead, t.recurrence) for t in read_text(DIGEST + body).tasks] == expected


def test_next_item_run_onto_the_line_is_cut():
    text = (HEAD_SO + "yêu cầu các bệnh viện thực hiện ngay các nội dung sau:\n1. Các bệnh viện chuẩn bị sẵn sàng cơ số thuốc.\n"
            "2. Thủ trưởng các đơn vị trực thuộc Sở phổ biến nội dung này đến nhân viên;3. Thường xuyên cập nhật "
            "diễn biến của áp thấp.\n")
    assert [(t.clause, t.lead, t.recurrence) for t in read_text(text).tasks] == [
        ("1", ["Các bệnh viện"], None), ("2", ["các đơn vị trực thuộc Sở"], None),
        ("3", ["các bệnh viện"], "ongoing")]


HEAD_SO = "Thực hiện chỉ đạo hỏa tốc của Giám đốc Sở Y tế về việc ứng phó với áp thấp nhiệt đới, "


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("UBND các huyện ven biển phối hợp với đồn biên phòng thông báo cho ngư dân và chủ lồng bè biết diễn biến của "
         "áp thấp để chủ động di chuyển vào nơi an toàn.", [["UBND các huyện ven biển"]]),
        ("Giao Sở Công Thương kiểm tra các cửa hàng xăng dầu.\nVăn phòng Chính phủ thông báo để Bộ Công Thương và "
         "các địa phương biết, thực hiện./.", [["Sở Công Thương"]]),
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


def _score(path: Path, gold: dict) -> list[int]:
    """[pair hits, gold pairs, predicted pairs, header hits, header fields] of one letter."""
    try:
        letter = read_file(path)
        got = {"number": letter.number, "issued_on": letter.issued_on and letter.issued_on.isoformat(),
               "tasks": [{"lead": t.lead, "deadline": t.deadline, "recurrence": t.recurrence} for t in letter.tasks]}
    except Exception:  # ReaderError: a letter the reader refuses scores as all-wrong
        got = {"number": None, "issued_on": None, "tasks": []}
    head = [re.sub(r"\s+", "", str(got[f] or "")) == re.sub(r"\s+", "", gold[f])
            for f in ("number", "issued_on") if gold.get(f)]
    gp, pp = _pairs(gold["tasks"]), _pairs(got["tasks"])
    return [_matched(gp, pp), len(gp), len(pp), sum(head), len(head)]


def _figures(counts: list[int]) -> tuple[float, float]:
    """(pair F1, header accuracy) of summed letter counts."""
    hits, n_gold, n_pred, head_hit, head_n = counts
    pair = 2 * hits / (n_gold + n_pred) if n_gold + n_pred else 1.0
    return pair, (head_hit / head_n if head_n else 1.0)


def test_heldout_letters_do_not_fall_below_their_recorded_scores():
    """Each held-out letter's counts were recorded (tests/data/heldout-record.json) when its batch was
    last scored; the letters on this machine, summed, must not fall more than 0.02 below their record.
    Which pages a machine has varies (they are fetched again on each new machine and some do not
    come back), so the floor is taken over the same letters. DONDOC_TEST_RECORD_HELDOUT=1 writes the
    current counts of the letters present into the record instead (after an intended change)."""
    if not HELDOUT_DOCS.is_dir():
        pytest.skip(f"the held-out letters are not on this machine ({HELDOUT_DOCS}; see sources.tsv)")
    record = json.loads(HELDOUT_RECORD.read_text(encoding="utf-8")) if HELDOUT_RECORD.is_file() else {}
    now, then = [0] * 5, [0] * 5
    scored: dict[str, list[int]] = {}
    for corpus in sorted(p.parent for p in HELDOUT.parent.glob("heldout*/gold.jsonl")):
        for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            path = HELDOUT_DOCS / corpus.name / "docs" / f"{gold['id']}.txt"
            if not path.is_file():  # a page that could not be fetched again: not scored
                continue
            key = f"{corpus.name}/{gold['id']}"
            scored[key] = _score(path, gold)
            if key in record:
                now = [a + b for a, b in zip(now, scored[key])]
                then = [a + b for a, b in zip(then, record[key])]
    if os.environ.get("DONDOC_TEST_RECORD_HELDOUT") == "1":
        rows = sorted({**record, **scored}.items())
        HELDOUT_RECORD.write_text("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in rows) + "\n}\n",
                                  encoding="utf-8")
        pytest.skip(f"recorded the counts of {len(scored)} letters in {HELDOUT_RECORD}")
    if not any(then):
        pytest.skip(f"none of the recorded held-out letters is in {HELDOUT_DOCS}")
    (pair, header), (pair_then, header_then) = _figures(now), _figures(then)
    # Each batch's fresh figure, before any rule was drawn from it (pair / header): 10: 0.549 / 0.769,
    # 11: 0.649 / 0.793, 12: 0.590 / 0.969, 13: 0.686 / 0.812, 14: 0.638 / 0.909, 15: 0.312 / 0.789,
    # 16: 0.505 / 0.889, 17: 0.694 / 1.000, 18: 0.564 / 0.870, 19: 0.537 / 0.800, 20: 0.643 / 0.917,
    # 21: 0.495 / 0.708, 22: 0.396 / 0.880, 23: 0.500 / 0.871, 24: 0.578 / 0.880, 25: 0.514 / 1.000,
    # 26: 0.367 / 1.000, 27: 0.542 / 0.939, 28: 0.694 / 1.000, 29: 0.696 / 0.810, 30: 0.653 / 0.900,
    # 31: 0.366 / 1.000, 32: 0.506 / 0.944, 33: 0.375 / 0.952, 34: 0.500 / 0.852, 35: 0.568 / 1.000,
    # 36: 0.755 / 0.818, 37: 0.462 / 0.765, 38: 0.528 / 0.963, 39: 0.632 / 1.000, 40: 0.611 / 0.944.
    # The labels of batches 10-40 were written by other annotators and differ from the dev labels on
    # ongoing vs one-off and on splitting a clause. The floor guards against regressions; it is not
    # an estimate of unseen letters.
    assert pair >= pair_then - 0.02 and header >= header_then - 0.02, (
        f"pair F1 {pair:.3f} (recorded {pair_then:.3f}), header {header:.3f} (recorded {header_then:.3f})")


# ---- batch-9 rules: quoted documents, proposals, fronted grounds, lower-case bodies, bare numbers ----
@pytest.mark.parametrize(
    ("body", "leads"),
    [
        # a passage quoted from a cited document speaks for that document
        ("Tại Quyết định số 206/QĐ-TTg, Thủ tướng đã nêu rõ định hướng, đó là: “Người dân là trung tâm. "
         "Các cơ quan nhà nước cung cấp dịch vụ công trực tuyến toàn trình”.\nGiao Sở Thông tin và Truyền thông "
         "hướng dẫn triển khai.", [["Sở Thông tin và Truyền thông"]]),
        # a digest's news of a proposal assigns nothing yet
        ("Sở Xây dựng đề xuất UBND tỉnh giao UBND cấp xã quản lý trật tự xây dựng.", []),
        # grounds fronted, with a list inside them
        ("Trên cơ sở kết quả rà soát của các sở, ngành, Sở Nội vụ tổng hợp, trình UBND tỉnh trước ngày 20/10/2021.",
         [["Sở Nội vụ"]]),
        ("Theo đó, trong thời gian từ đầu tháng 6 tới ngày 31/8/2021, Bộ Chỉ huy Quân sự tỉnh duy trì lực lượng tuần tra.",
         [["Bộ Chỉ huy Quân sự tỉnh"]]),
        # a body of its own kind, in lower case, with its place, after a named one
        ("UBND tỉnh đề nghị Trung tâm Khuyến nông tỉnh, trung tâm dịch vụ nông nghiệp các huyện hướng dẫn nông dân gieo sạ.",
         [["Trung tâm Khuyến nông tỉnh", "trung tâm dịch vụ nông nghiệp các huyện"]]),
    ],
    ids=["quoted-document", "proposal-is-news", "tren-co-so-fronted", "lower-case-trong-thoi-gian", "lower-case-body-item"],
)
def test_batch9_rules(body, leads):
    assert leads_of(body) == leads


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ngày 07.10.2020, Chủ tịch UBND tỉnh có Công điện số 2764, về việc ứng phó lũ quét.\n"
         "Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra các công trình đang thi công.", "2764"),
        ("Bộ Nông nghiệp và PTNT vừa có Công văn khẩn số 3187 gửi UBND các tỉnh đề nghị chủ động phòng, chống dịch tả "
         "lợn châu Phi.", "3187"),
        ("Ngày 22/9/2021, UBND tỉnh ban hành Công văn hỏa tốc số 13417/UBND-VP về việc giãn cách xã hội.\n"
         "Yêu cầu các địa phương thực hiện nghiêm.", "13417/UBND-VP"),
        ("UBND tỉnh vừa ban hành công văn hỏa tốc số 567/UBND-VX ngày 20/4/2021 chỉ đạo các địa phương phòng dịch.",
         "567/UBND-VX"),
    ],
    ids=["bare-number-after-cong-dien", "bare-number-after-khan", "hoa-toc-before-so", "hoa-toc-after-issuing-verb"],
)
def test_digest_numbers_with_urgency_words_or_without_ky_hieu(text, number):
    assert read_text(text).number == number


# ---- batch 10-11 rules: page titles that name the letter, press dates, roles and second posts ----
@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        # the page's first words name the letter it reproduces
        ("Quyết định số 512/QĐ-UBND của UBND tỉnh về việc công bố hết dịch sởi trên địa bàn huyện\n"
         "Điều 1. Công bố hết dịch.\nĐiều 2. Sở Y tế có trách nhiệm theo dõi tình hình.", "512/QĐ-UBND", None),
        # a source line that abbreviates the kind of letter
        ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành báo cáo trước ngày 20/3/2019.\n\n"
         "Nguồn: CV số 77/VPUBND-TH ngày 4/3/2019 của VPUBND tỉnh", "77/VPUBND-TH", date(2019, 3, 4)),
        ("Kết luận: Giao UBND huyện kiểm tra, trả lời công dân trước ngày 15/9/2021.\n\n"
         "(Theo Thông báo số 88/TB-UBND ngày 30/8/2021 kết luận tiếp công dân định kỳ)", "88/TB-UBND", date(2021, 8, 30)),
        # the letter named in brackets at the end of a sentence, below a portal's own lines
        ("Bỏ qua nội dung\nTin tức\nCải cách hành chính\nẢnh minh họa\n"
         "Văn phòng UBND tỉnh có văn bản truyền đạt ý kiến của Phó Chủ tịch UBND tỉnh về việc rà soát thủ tục "
         "(Công văn số 1023/VP-NC, ngày 05/4/2021).\nSở Tư pháp chủ trì rà soát các thủ tục.", "1023/VP-NC", date(2021, 4, 5)),
        # "…, tại Văn bản số …, UBND tỉnh đề nghị …"
        ("Để ứng phó với đợt rét đậm, tại Văn bản số 310/UBND-NN, ngày 12/01/2024, UBND tỉnh đề nghị các huyện "
         "bảo vệ đàn gia súc.", "310/UBND-NN", date(2024, 1, 12)),
    ],
    ids=["title-names-letter", "cv-source-line", "theo-thong-bao", "paren-below-chrome", "tai-van-ban-mid-sentence"],
)
def test_batch10_11_letter_named(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        # one person's two posts: the second is no second agency
        ("UBND tỉnh giao Cục trưởng Cục Quản lý thị trường tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo 389 tỉnh "
         "chỉ đạo kiểm tra thị trường.", [["Cục Quản lý thị trường tỉnh"]]),
        # the same kind of committee twice: two bodies
        ("Ban chỉ đạo phòng, chống dịch tỉnh Yên Bái, Ban chỉ đạo phòng, chống dịch thành phố Yên Bái có trách "
         "nhiệm triển khai các biện pháp.",
         [["Ban chỉ đạo phòng, chống dịch tỉnh Yên Bái", "Ban chỉ đạo phòng, chống dịch thành phố Yên Bái"]]),
        # "công lập" is part of the name, not the verb "lập"
        ("Các đơn vị sự nghiệp công lập thuộc tỉnh quản lý, UBND các huyện xây dựng phương án tiết kiệm điện.",
         [["Các đơn vị sự nghiệp công lập thuộc tỉnh quản lý", "UBND các huyện"]]),
        # a body's standing role before its work
        ("Sở Giáo dục và Đào tạo là cơ quan thường trực giúp UBND tỉnh tổ chức kỳ thi.", [["Sở Giáo dục và Đào tạo"]]),
        ("Sở Tư pháp là cơ quan quản lý nhà nước về hộ tịch.", []),
        # "các đồng chí" before the members of a committee is an honorific
        ("UBND tỉnh đề nghị các đồng chí thành viên Ban Chỉ huy phòng, chống thiên tai tỉnh theo dõi sát diễn biến mưa lũ.",
         [["thành viên Ban Chỉ huy phòng, chống thiên tai tỉnh"]]),
        # a committee named by its function, and "có kế hoạch" as its predicate; BQL as a head
        ("Đoàn kiểm tra liên ngành tỉnh có kế hoạch kiểm tra các chợ.", [["Đoàn kiểm tra liên ngành tỉnh"]]),
        ("Giao BQL Khu kinh tế tỉnh làm đầu mối hướng dẫn nhà đầu tư.", [["BQL Khu kinh tế tỉnh"]]),
        ("Đồng ý chủ trương để Công ty TNHH Minh Phát khảo sát vị trí dự án.", [["Công ty TNHH Minh Phát"]]),
    ],
    ids=["second-post", "same-committee-twice", "cong-lap", "role-then-work", "role-only", "cac-dong-chi",
         "doan-kiem-tra", "bql", "dong-y-chu-truong"],
)
def test_batch10_11_leads(body, leads):
    assert leads_of(body) == leads


def test_numbered_with_a_dash_and_one_line_kinh_gui():
    letter = read_text("Long An, ngày 03 tháng 10 năm 2019\nKính gửi: Sở Y tế; Sở Giáo dục và Đào tạo.\n"
                       "UBND tỉnh chỉ đạo:\n1- Cho học sinh nghỉ học;\n"
                       "2- Các huyện sơ tán dân khỏi vùng nguy hiểm, xong trước 17 giờ ngày 04-10-2019.\n")
    assert letter.recipients == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]
    assert [(t.clause, t.lead, t.deadline) for t in letter.tasks] == [
        ("1", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], None), ("2", ["Các huyện"], date(2019, 10, 4))]


def test_press_dates_and_a_digest_year():
    # "trước ngày 25-10" in a digest with no date of its own takes the year the text keeps using
    letter = read_text("UBND tỉnh vừa ban hành Kế hoạch số 90/KH-UBND về rà soát hộ nghèo năm 2021.\n"
                       "Trước ngày 25-10, UBND các huyện phải báo cáo sơ bộ và trước ngày 16-11 phải báo cáo chính thức "
                       "kết quả về Sở Lao động - Thương binh và Xã hội.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["UBND các huyện"], date(2021, 10, 25)), (["UBND các huyện"], date(2021, 11, 16))]


def test_periodic_report_splits_from_the_work_it_reports_on():
    letter = read_text(DIGEST + "Giao Sở Công Thương chủ trì kiểm tra toàn bộ các cửa hàng xăng dầu trên địa bàn, "
                                "tổng hợp kết quả báo cáo UBND tỉnh trước ngày 25 hằng tháng.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [
        (["Sở Công Thương"], None), (["Sở Công Thương"], "monthly:day=25")]


# ---- batch 12-13 rules: compact periods, wrapped numbers, central letters, digest sums ----
def test_compact_list_of_periods_gives_one_task_per_period():
    letter = read_text("Bắc Ninh, ngày 02 tháng 3 năm 2018\nQUYẾT ĐỊNH\nĐiều 2. Giao Liên hiệp các Hội Văn học nghệ thuật "
                       "tỉnh chủ trì tổ chức thực hiện; kiểm tra và báo cáo định kỳ hàng quý, năm kết quả với UBND tỉnh.\n")
    assert [(t.lead, (t.recurrence or "").split(":")[0]) for t in letter.tasks] == [
        (["Liên hiệp các Hội Văn học nghệ thuật tỉnh"], "ongoing"),
        (["Liên hiệp các Hội Văn học nghệ thuật tỉnh"], "quarterly"),
        (["Liên hiệp các Hội Văn học nghệ thuật tỉnh"], "yearly")]


def test_standing_duty_splits_from_its_reports_after_a_comma():
    letter = read_text("Bắc Ninh, ngày 02 tháng 3 năm 2018\nQUYẾT ĐỊNH\nĐiều 2. Sở Nội vụ có trách nhiệm hướng dẫn, "
                       "kiểm tra các đơn vị thực hiện Kế hoạch, định kỳ 6 tháng và hằng năm báo cáo UBND tỉnh.\n")
    assert [(t.recurrence or "").split(":")[0] for t in letter.tasks] == ["ongoing", "semiannual", "yearly"]


def test_a_number_wrapped_onto_a_new_line_is_no_clause():
    letter = read_text("Huế, ngày 05 tháng 7 năm 2023\nCHỈ THỊ\nVỀ MÙA MƯA BÃO\nMưa lớn thường tập trung vào tháng 10 và\n"
                       "11. Để chủ động, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành thực hiện các nội dung sau:\n"
                       "1. Tiếp tục rà soát phương án ứng phó.\n")
    assert [(t.clause, t.lead) for t in letter.tasks] == [("1", ["các sở, ngành"])]


def test_a_central_letter_gives_the_provincial_chairman_the_work():
    letter = read_text("VĂN PHÒNG CHÍNH PHỦ\nSố: 1234/VPCP-V.I\nHà Nội, ngày 10 tháng 5 năm 2019\n"
                       "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hà Nam\n"
                       "Về việc báo chí phản ánh, Phó Thủ tướng có ý kiến chỉ đạo như sau:\n"
                       "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam chỉ đạo các cơ quan chức năng kiểm tra, báo cáo Thủ tướng "
                       "Chính phủ trước ngày 15 tháng 6 năm 2019.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Ủy ban nhân dân tỉnh Hà Nam"], date(2019, 6, 15))]


def test_the_provinces_own_chairman_directing_still_speaks():
    letter = read_text("ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 55/UBND-KT\nHà Nam, ngày 10 tháng 5 năm 2019\n"
                       "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam chỉ đạo các sở, ngành kiểm tra, báo cáo trước ngày 15/6/2019.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các sở, ngành"], date(2019, 6, 15))]


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # the sum up top gives way to the letter's own words for the same bodies
        ("Ngày 02/4/2022, UBND tỉnh ban hành Công văn số 901/UBND-VX chỉ đạo các sở, ban, ngành, UBND các huyện "
         "tổ chức trực trong dịp nghỉ lễ.\nTheo đó, UBND tỉnh yêu cầu các sở, ban, ngành tỉnh, UBND các huyện bố trí "
         "lịch trực, báo cáo tình hình trước ngày 05/5/2022.",
         [["các sở, ban, ngành tỉnh", "UBND các huyện"]]),
        ("Ngày 02/4/2022, UBND tỉnh ban hành Công văn số 901/UBND-VX yêu cầu các sở, ngành tổng kết công tác cải cách.\n"
         "Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương báo cáo kết quả trước ngày 01/11/2022.",
         [["các đơn vị, địa phương"]]),
        # … but not where the rest gives other bodies other work
        ("Ngày 02/4/2022 UBND tỉnh đã có công văn số 902/UBND-NN yêu cầu Trung tâm khuyến nông tỉnh tiếp nhận giống lúa.\n"
         "Sở Nông nghiệp và PTNT có trách nhiệm kiểm tra việc cấp giống.",
         [["Trung tâm khuyến nông tỉnh"], ["Sở Nông nghiệp và PTNT"]]),
        # "Về kinh phí, giao …" is an order, not the letter's trích yếu
        ("Ngày 02/4/2022, UBND tỉnh ban hành Công văn số 903/UBND-KT.\nVề kinh phí, giao UBND các huyện cân đối dự toán.",
         [["UBND các huyện"]]),
        # the issuer inviting guests gives nobody work; "Song song đó," is fronted
        ("Ngày 02/4/2022, UBND tỉnh ban hành Công văn số 904/UBND-NC.\nUBND tỉnh cũng kính mời Thường trực HĐND tỉnh dự.\n"
         "Song song đó, Công an tỉnh bảo đảm an ninh khu vực.", [["Công an tỉnh"]]),
        # "tổ chức" inside a list of bodies is a noun; "giáo dục thường xuyên" names a school
        ("Ngày 02/4/2022, UBND tỉnh ban hành Công văn số 905/UBND-NC.\nHội đồng đề nghị các bộ, cơ quan, tổ chức ở trung "
         "ương và các địa phương thực hiện các công việc sau.", [["các bộ, cơ quan, tổ chức ở trung ương", "các địa phương"]]),
    ],
    ids=["sum-then-same-bodies", "sum-then-anaphor", "sum-with-other-bodies", "ve-kinh-phi", "kinh-moi-song-song",
         "to-chuc-noun"],
)
def test_batch12_13_leads(text, leads):
    assert [t.lead for t in read_text(text).tasks] == leads


def test_giao_duc_thuong_xuyen_is_no_standing_duty():
    letter = read_text(DIGEST + "Giao Sở Giáo dục và Đào tạo rà soát nhu cầu mở thêm lớp 10 hệ giáo dục thường xuyên.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["Sở Giáo dục và Đào tạo"], None)]


@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        ("VĂN PHÒNG CHÍNH PHỦ\nS: 77/VPCP-KTTH\nHà Nội, ngày 28 tháng 01 năm 2015\nKính gửi: Bộ Tài chính.\n",
         "77/VPCP-KTTH", date(2015, 1, 28)),
        ("Thực hiện chỉ đạo của Bộ Y tế tại Công văn số 1200/BYT-DP ngày 01/11/2018 về phòng dịch. Vừa qua, Ủy ban "
         "nhân dân tỉnh đã ban hành Công văn số 3053/UBND-VX yêu cầu các đơn vị báo cáo hằng tháng.", "3053/UBND-VX", None),
        ("Trang chủ\n \nTin tức\nMôi trường\nĐăng ngày: 22-11-2019\n"
         "Bộ Tài nguyên và Môi trường vừa có Công văn số 6137/BTNMT-TCMT ngày 20/11/2019 gửi UBND cấp tỉnh về báo cáo.",
         "6137/BTNMT-TCMT", date(2019, 11, 20)),
        ("Ngày 29/7/2020. Chủ tịch UBND tỉnh ban hành Công văn số 6732/UBND-Y về phòng, chống bệnh bạch hầu.",
         "6732/UBND-Y", date(2020, 7, 29)),
    ],
    ids=["s-colon", "issuing-past-a-cited-letter", "issuing-below-chrome", "date-then-full-stop"],
)
def test_batch12_13_letter_named(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


def test_fronted_grounds_before_a_lower_case_group_and_a_year_from_the_pages_dates():
    # a press page with no letter date: the years sit only in its stamp and a deadline
    letter = read_text("08:15, 12/10/2022\n\nKhẩn trương hoàn thiện đề án quản lý chợ\n\n"
                       "Theo đó, Phó Chủ tịch UBND tỉnh yêu cầu, trên cơ sở Đề án khung đã ban hành, các huyện, thị xã "
                       "hoàn thiện đề án trước ngày 30-11. UBND thành phố hoàn thành mô hình chợ mẫu trước ngày 20-1-2023.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["các huyện, thị xã"], date(2022, 11, 30)), (["UBND thành phố"], date(2023, 1, 20))]


def test_a_committee_with_a_proper_name_is_its_own_list_item():
    assert leads_of("UBND tỉnh yêu cầu các sở, ban, ngành tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức "
                    "chính trị - xã hội tỉnh chủ động triển khai.") == [
        ["các sở, ban, ngành tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]]


# ---- batch 14 rules: factored addressees, standard names, handed-in work, numbered districts ----
def test_factored_kinh_gui_item_gives_one_addressee_per_so():
    letter = read_text("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 12/UBND-NN\nBắc Ninh, ngày 02 tháng 3 năm 2017\n"
                       "Kính gửi:\n- Các Sở: Xây dựng, Công Thương;\n- UBND các huyện.\n"
                       "Chủ tịch UBND tỉnh chỉ đạo:\n1. Yêu cầu: hoàn thành rà soát trước 20/3/2017.\n"
                       "2. Sau ngày này, Sở Xây dựng kiểm tra các bãi tập kết.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Sở Xây dựng", "Sở Công Thương", "UBND các huyện"], date(2017, 3, 20)), (["Sở Xây dựng"], None)]


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Bộ Giao thông vận tải tính toán, cân nhắc kỹ phương án thu phí.", [["Bộ Giao thông vận tải"]]),
        ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương tăng cường giám sát.",
         [["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]]),
        ("Trung tâm Văn hóa quận đề nghị Phó Chủ tịch Văn xã Ủy ban nhân dân các phường đôn đốc báo cáo.",
         [["Ủy ban nhân dân các phường"]]),
    ],
    ids=["standard-name-then-action", "standard-name-then-place", "portfolio-title"],
)
def test_batch14_leads(body, leads):
    assert leads_of(body) == leads


def test_handed_in_work_times_the_request_and_a_conditional_report_after_a_comma():
    letter = read_text("Kính gửi: Hiệu trưởng các trường.\nSở Giáo dục và Đào tạo đề nghị các đơn vị góp ý dự thảo quy chế.\n"
                       "Các đơn vị gửi ý kiến về Phòng Khảo thí trước ngày 13/12/2007.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các trường"], date(2007, 12, 13))]
    split = read_text(DIGEST + "Bộ Xây dựng rà soát quy hoạch, báo cáo Thủ tướng Chính phủ những vấn đề vượt thẩm quyền.")
    assert [(t.lead, t.recurrence) for t in split.tasks] == [(["Bộ Xây dựng"], None), (["Bộ Xây dựng"], "on_event")]


def test_a_district_named_by_its_number_on_the_date_line():
    letter = read_text("ỦY BAN NHÂN DÂN QUẬN 9\nTRUNG TÂM VĂN HÓA\nSố: 21/TTVH\nQuận 9, ngày  04   tháng 6  năm 2014\n"
                       "Kính gửi: Ban Văn hóa các phường.\n")
    assert (letter.issued_on, letter.place) == (date(2014, 6, 4), "Quận 9")


# ---- batch 15-16 rules: flattened previews, negated reports, terms, bare periods, courtesy ----
def test_a_header_flattened_onto_one_line_is_read():
    text = ("Tài liệu xem trước\n\nUBND TỈNH YÊN BÁI SỞ Y TẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 77/SYT-NVY Yên Bái, ngày "
            "12 tháng 3 năm 2019 Độc lập - Tự do - Hạnh phúc V/v báo cáo công tác phòng dịch Kính gửi: - Các bệnh viện "
            "tuyến huyện; - Trung tâm Y tế các huyện; Căn cứ Kế hoạch số 12/KH-UBND ngày 02/01/2019 của UBND tỉnh, "
            "Sở Y tế đề nghị các đơn vị báo cáo kết quả trước ngày 25/3/2019.\n")
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == ("77/SYT-NVY", date(2019, 3, 12))
    assert letter.recipients == ["Các bệnh viện tuyến huyện", "Trung tâm Y tế các huyện"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Đề nghị các đơn vị thực hiện báo cáo hằng năm, không thực hiện báo cáo hàng tháng và hàng quý.", ["yearly"]),
        ("Giao các sở báo cáo kết quả rà soát. Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025.", ["2025-09-30"]),
        ("Giao Bộ Xây dựng chủ trì xây dựng Chỉ thị mới, trình Thủ tướng Chính phủ Quý II năm 2014.", ["2014-06-30"]),
        ("Giao Bộ Xây dựng rà soát quy hoạch nhằm tiếp tục tăng cường quản lý.", [None]),
    ],
    ids=["negated-reports", "thoi-han-la-ngay", "bare-quarter-after-trinh", "nham-tiep-tuc-is-a-purpose"],
)
def test_batch15_16_timing(sentence, kinds):
    letter = read_text(DIGEST + sentence)
    assert [str(t.deadline) if t.deadline else (t.recurrence or "").split(":")[0] or None for t in letter.tasks] == kinds


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # courtesy is the writer speaking, not work for the writer
        ("BỘ Y TẾ\nSố: 12/BYT-KH\nHà Nội, ngày 30 tháng 5 năm 2021\nKính gửi: Ủy ban nhân dân các tỉnh.\n"
         "Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh báo cáo trước ngày 08/6/2021.\nBộ Y tế trân trọng cảm ơn./.\n",
         [["Ủy ban nhân dân các tỉnh"]]),
        # a name broken at its own dash across lines is one name, not a new item
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 55/LĐTBXH-LĐTL\nHà Nội, ngày 30 tháng 6 năm 2016\n"
         "Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh.\nĐề nghị Sở thực hiện:\n"
         "- Tổng hợp phiếu điều tra và gửi về Bộ Lao động\n- Thương binh và Xã hội trước ngày 31/7/2016.\n",
         [["Sở Lao động - Thương binh và Xã hội các tỉnh"]]),
        # "Ủy ban Nhân dân các tỉnh, thành phố: A, Thành phố B" names each place at its own level
        ("Ngày 5/8/2014, Văn phòng Chính phủ ban hành Công văn số 6000/VPCP-TCCV.\nThủ tướng yêu cầu Ủy ban Nhân dân các "
         "tỉnh, thành phố: Cao Bằng, Thành phố Hà Nội báo cáo số lượng công chức.",
         [["Ủy ban Nhân dân tỉnh Cao Bằng", "Ủy ban Nhân dân Thành phố Hà Nội"]]),
        # a number on its own line at a page's top; "các nhóm lớp độc lập" keeps its adjective
        ("55/BVHTTDL-DSVH\nKính gửi: Sở Văn hóa, Thể thao và Du lịch các tỉnh\n"
         "Đề nghị Sở Văn hóa, Thể thao và Du lịch gửi báo cáo trước ngày 15/10/2014.", [["Sở Văn hóa, Thể thao và Du lịch"]]),
    ],
    ids=["courtesy", "name-broken-at-its-dash", "ubnd-places-at-their-level", "number-line"],
)
def test_batch15_16_leads(text, leads):
    assert [t.lead for t in read_text(text).tasks] == leads


def test_a_number_printed_alone_at_the_top():
    assert read_text("55/BVHTTDL-DSVH\nKính gửi: Sở Văn hóa các tỉnh\nĐề nghị Sở gửi báo cáo trước ngày 15/10/2014.").number \
        == "55/BVHTTDL-DSVH"


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("Báo cáo quý: Sở Xây dựng tổng hợp và gửi về Bộ Xây dựng.", [["Sở Xây dựng"]]),
        ("Cụ thể, đối với Sở Kế hoạch và Đầu tư, UBND các quận, huyện cần báo cáo tình hình đăng ký doanh nghiệp.",
         [["Sở Kế hoạch và Đầu tư", "UBND các quận, huyện"]]),
        ("Chú thích ảnh: Lực lượng chức năng kiểm tra giấy tờ trên đường.", []),
        ("Đề nghị các trường mầm non, tiểu học, các nhóm lớp mầm non độc lập rà soát cơ sở vật chất.",
         [["các trường mầm non, tiểu học", "các nhóm lớp mầm non độc lập"]]),
    ],
    ids=["topic-colon", "doi-voi-list", "photo-caption", "doc-lap-and-nhom"],
)
def test_a_topic_before_the_actor(body, leads):
    assert leads_of(body) == leads


def test_a_reports_data_cut_off_is_no_deadline():
    letter = read_text(DIGEST + "Đề nghị UBND các tỉnh báo cáo tình hình giải ngân các dự án đến hết tháng 4/2020, dự kiến "
                                "đến hết tháng 6/2020.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["UBND các tỉnh"], None)]
    dated = read_text(DIGEST + "Giao Công an tỉnh tổ chức tổng kiểm tra an toàn phòng cháy đến hết ngày 30/6/2020.")
    assert [(t.lead, t.deadline) for t in dated.tasks] == [(["Công an tỉnh"], date(2020, 6, 30))]


def test_a_dated_line_ending_in_a_colon_times_the_work_and_courtesy_gives_none():
    letter = read_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 38/BGDĐT-VP\nHà Nội, ngày 08 tháng 05 năm 2009\n"
                       "Kính gửi: Các Sở Giáo dục và Đào tạo\n"
                       "Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo rà soát danh sách các trường.\n"
                       "Mọi thông tin đề nghị gửi đến trước ngày 30/5/2009 theo địa chỉ:\nPhòng Tài chính – Văn phòng Bộ\n"
                       "Rất mong các Sở Giáo dục và Đào tạo quan tâm.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các Sở Giáo dục và Đào tạo"], date(2009, 5, 30))]


# ---- session 2026-11-27: people addressed in a list, approvals, a chỉ thị's duties ----
def test_comrades_by_title_are_their_own_list_item():
    assert leads_of("Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo trên hệ thống loa.") == \
        [["Đài truyền thanh xã", "các đồng chí Trưởng thôn"]]
    # two titles before an agency both go: "các đồng chí Chủ tịch UBND các huyện" → UBND các huyện
    assert leads_of("Đề nghị Sở Y tế, các đồng chí Chủ tịch UBND các huyện kiểm tra việc tiêm chủng.") == \
        [["Sở Y tế", "UBND các huyện"]]


def test_the_issuers_approval_is_no_task():
    header = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/UBND-VX\nA, ngày 01 tháng 5 năm 2020\n"
    approval = read_text(header + "Theo đó, đồng chí Chủ tịch UBND tỉnh đồng ý tổ chức lễ kỷ niệm. "
                                  "Đề nghị UBND thành phố chủ trì tổ chức lễ kỷ niệm.")
    assert [t.lead for t in approval.tasks] == [["UBND thành phố"]]
    allowed = read_text(header + "UBND tỉnh đồng ý để Sở Y tế tổ chức hội nghị.")
    assert [t.lead for t in allowed.tasks] == [["Sở Y tế"]]


def test_a_chi_thi_clause_is_standing_unless_the_excerpt_cuts_its_action_off():
    letter = read_text("ỦY BAN NHÂN DÂN TỈNH A\nSố: 03/CT-UBND\nA, ngày 01 tháng 3 năm 2021\nCHỈ THỊ\n"
                       "Về việc tổ chức bầu cử\n1. Công an tỉnh xây dựng phương án bảo đảm an ninh bầu cử.\n"
                       "2. Sở Kế hoạch và Đầu tư phối hợp với các sở, ngành liên quan ng")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [
        (["Công an tỉnh"], "ongoing"), (["Sở Kế hoạch và Đầu tư"], None)]


def test_an_excerpt_cut_off_after_the_subject_still_names_who_acts():
    letter = read_text("ỦY BAN NHÂN DÂN TỈNH A\nSố: 10/CT-UBND\nA, ngày 02 tháng 4 năm 2010\nCHỈ THỊ\nVề phòng chống bão\n"
                       "UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n"
                       "1. Ban Chỉ huy phòng chống lụt bão tỉnh, Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện t")
    assert [t.lead for t in letter.tasks] == [["Ban Chỉ huy phòng chống lụt bão tỉnh", "các sở, ngành", "UBND các huyện"]]


def test_work_after_the_deadline_in_the_same_sentence_is_not_timed_by_it():
    letter = read_text(DIGEST + "UBND thành phố xây dựng mô hình quản lý chợ, hoàn thành trước ngày 15/01/2021; "
                                "phối hợp với Cục Quản lý thị trường tăng cường kiểm tra các chợ tự phát.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["UBND thành phố"], date(2021, 1, 15)), (["UBND thành phố"], None)]
    # what follows the deadline but only hands in or carries out the same work stays with it
    for tail in ("; gửi báo cáo về Sở Công Thương.", ". Yêu cầu Giám đốc Sở triển khai thực hiện."):
        same = read_text(DIGEST + "Giao Sở Công Thương rà soát các chợ, hoàn thành trước ngày 15/01/2021" + tail)
        assert [(t.lead, t.deadline) for t in same.tasks] == [(["Sở Công Thương"], date(2021, 1, 15))]


@pytest.mark.parametrize("intro", ["Sở Thông tin và Truyền thông đề nghị:\n", "1. Về chính quyền số:\n"])
def test_a_date_after_a_list_of_items_times_every_item(intro):
    letter = read_text("SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 43/STTTT-CNTT\nKon Tum, ngày 12 tháng 11 năm 2021\n"
                       "V/v đánh giá mức độ ứng dụng công nghệ thông tin\n" + intro +
                       "- Các sở, ban, ngành tự đánh giá theo phụ lục I.\n"
                       "- UBND các huyện đánh giá theo phụ lục II.\n"
                       "Văn bản đánh giá gửi về Sở Thông tin và Truyền thông trước ngày 25/11/2021.\n")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Các sở, ban, ngành"], date(2021, 11, 25)), (["UBND các huyện"], date(2021, 11, 25))]
    # an item with its own date keeps it
    own = read_text("Số: 43/STTTT-CNTT\nKon Tum, ngày 12 tháng 11 năm 2021\n" + intro +
                    "- Các sở, ban, ngành tự đánh giá, xong trước ngày 20/11/2021.\n"
                    "- UBND các huyện đánh giá theo phụ lục II.\n"
                    "Văn bản đánh giá gửi về Sở trước ngày 25/11/2021.\n")
    assert [(t.lead, t.deadline) for t in own.tasks] == [
        (["Các sở, ban, ngành"], date(2021, 11, 20)), (["UBND các huyện"], date(2021, 11, 25))]


def test_a_second_order_in_the_same_sentence_names_its_own_body():
    letter = read_text(DIGEST + "Thủ tướng yêu cầu các Bộ: Tài chính, Y tế khẩn trương rà soát biên chế theo đúng chỉ đạo "
                                "và yêu cầu Bộ Nội vụ tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30/8/2020.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Bộ Tài chính", "Bộ Y tế"], None), (["Bộ Nội vụ"], date(2020, 8, 30))]
    # an order about someone else's request is not cut: "theo đề nghị của Sở X" names no new actor
    one = read_text(DIGEST + "Giao Sở Y tế rà soát các cơ sở theo đề nghị của Bộ Y tế, báo cáo trước ngày 30/8/2020.")
    assert [(t.lead, t.deadline) for t in one.tasks] == [(["Sở Y tế"], date(2020, 8, 30))]


def test_a_list_given_work_in_the_passive_and_a_page_that_sums_up_a_letter():
    letter = read_text("Theo nội dung công văn 3450/UBND-ĐT, các sở: Xây dựng, Công Thương; các Ban Quản lý dự án đầu tư "
                       "xây dựng (dân dụng, giao thông); cùng UBND các quận, huyện được giao rà soát trách nhiệm quản lý.")
    assert letter.number == "3450/UBND-ĐT"
    assert [t.lead for t in letter.tasks] == [
        ["Sở Xây dựng", "Sở Công Thương", "các Ban Quản lý dự án đầu tư xây dựng", "UBND các quận, huyện"]]


@pytest.mark.parametrize(("line", "number"), [
    ("(PL)- Ngày 14-10, Bộ Xây dựng đã có Công văn 2239 yêu cầu Sở Xây dựng các tỉnh báo cáo trước ngày 30-10.", "2239"),
    # a year after the kind is no number
    ("Ngày 14-10, Bộ Xây dựng đã có công văn 2009 yêu cầu Sở Xây dựng các tỉnh báo cáo trước ngày 30-10.", None),
])
def test_a_letter_number_without_its_ky_hieu(line, number):
    assert read_text(line).number == number


def test_a_digest_of_a_quyet_dinh_gives_standing_duties_and_its_dashed_date():
    letter = read_text("Mới đây, Chủ tịch UBND tỉnh đã ký Quyết định số 2211/QĐ-UBND ngày 19-4-2022 công bố dịch bệnh hại lúa.\n"
                       "Tại quyết định, Chủ tịch UBND tỉnh giao Chủ tịch UBND các huyện: Giao Thuỷ, Hải Hậu và Giám đốc "
                       "Sở Nông nghiệp và PTNT thực hiện nghiêm túc các quy định về phòng chống dịch.")
    assert (letter.number, letter.issued_on) == ("2211/QĐ-UBND", date(2022, 4, 19))
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [
        (["UBND huyện Giao Thuỷ", "UBND huyện Hải Hậu", "Sở Nông nghiệp và PTNT"], "ongoing")]


def test_a_code_that_ends_in_a_digit_keeps_it():
    letter = read_text("UBND TỈNH QUẢNG NINH\nSố: 9244/UBND-NLN2\nQuảng Ninh, ngày 01 tháng 12 năm 2017\n"
                       "Giao Sở Nông nghiệp và Phát triển nông thôn kiểm tra công tác phòng cháy rừng trong tháng12/2017.")
    assert letter.number == "9244/UBND-NLN2"
    assert [t.deadline for t in letter.tasks] == [date(2017, 12, 31)]  # "tháng12" is still split


def test_a_number_line_that_carries_its_date():
    letter = read_text("Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác cải cách hành chính quý III năm 2015.\n"
                       "Kính gửi: Sở Y tế\nĐề nghị Sở Y tế gửi báo cáo trước ngày 10/9/2015.")
    assert (letter.number, letter.issued_on) == ("924/SNV-CCHC", date(2015, 9, 7))


def test_a_generic_sum_gives_way_to_the_bodies_named_after_it_and_a_shared_place_suffix():
    letter = read_text("UBND tỉnh vừa ban hành công văn (số 3018/UBND-KTN) yêu cầu các ngành, địa phương triển khai "
                       "bảo đảm an toàn giao thông đường thủy.\n"
                       "Theo đó, UBND tỉnh giao Công an tỉnh, Sở Giao thông vận tải và UBND, ban an toàn giao thông "
                       "các huyện, thị xã xây dựng kế hoạch chi tiết.")
    assert [t.lead for t in letter.tasks] == [["Công an tỉnh", "Sở Giao thông vận tải", "UBND các huyện, thị xã",
                                              "ban an toàn giao thông các huyện, thị xã"]]


@pytest.mark.parametrize("gap", ["\n", " "])
def test_a_dated_duty_added_with_dong_thoi_times_itself(gap):
    letter = read_text("UBND tỉnh ban hành công văn số 3025/UBND-NN ngày 13/5/2022 về phòng, chống thiên tai.\n"
                       "UBND tỉnh giao Ban Chỉ huy phòng chống thiên tai tỉnh chủ trì tham mưu UBND tỉnh tổ chức các hoạt động."
                       + gap + "Đồng thời, tổng hợp, báo cáo kết quả gửi UBND tỉnh trước ngày 15/6/2022.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Ban Chỉ huy phòng chống thiên tai tỉnh"], None), (["Ban Chỉ huy phòng chống thiên tai tỉnh"], date(2022, 6, 15))]


def test_stacked_lower_case_titles_and_giao_trach_nhiem_without_cho():
    letter = read_text("Chủ tịch UBND thành phố vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu giám đốc, thủ trưởng các sở, "
                       "ban, ngành thành phố và chủ tịch UBND các phường, xã chủ động ứng phó với siêu bão.")
    assert [t.lead for t in letter.tasks] == [["các sở, ban, ngành thành phố", "UBND các phường, xã"]]
    header = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/UBND-VX\nA, ngày 01 tháng 5 năm 2020\nV/v kiểm tra\n"
    given = read_text(header + "Giao trách nhiệm Sở Xây dựng kiểm tra.\nGiao nhiệm vụ các sở, ngành rà soát.")
    assert [t.lead for t in given.tasks] == [["Sở Xây dựng"], ["các sở, ngành"]]


def test_the_provinces_own_doing_is_no_task():
    letter = read_text("Ngày 3-11, Chủ tịch UBND tỉnh ký quyết định thành lập sáu tổ công tác rà soát các dự án.\n"
                       "Lãnh đạo UBND tỉnh Lâm Đồng kiểm tra công trình.\n"
                       "Các tổ công tác có trách nhiệm tham mưu UBND tỉnh tháo gỡ khó khăn cho các dự án.")
    assert [t.lead for t in letter.tasks] == [["Các tổ công tác"]]
    # a province named alone, in a page about a central letter, still acts
    named = read_text("Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến của Thủ tướng.\n"
                      "UBND tỉnh Quảng Ninh chủ trì, phối hợp với Bộ Xây dựng rà soát quy hoạch.")
    assert [t.lead for t in named.tasks] == [["UBND tỉnh Quảng Ninh"]]


def test_when_an_event_takes_place_is_no_deadline():
    letter = read_text(DIGEST + "UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch đề xuất thời điểm thích hợp tổ chức ngày hội.\n\n"
                                "Ngày hội dự kiến diễn ra vào cuối tháng 8/2020 tại thành phố.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Sở Văn hóa, Thể thao và Du lịch"], None)]


def test_a_digest_dated_after_a_bracketed_source_tag():
    letter = read_text("(Phù Ninh)- Ngày 21 tháng 5 năm 2020, UBND huyện Phù Ninh ban hành văn bản số 598 /UBND-CN&TY "
                       "về việc phòng, chống bệnh dịch tả lợn châu Phi.\nYêu cầu UBND các xã tổ chức tiêu độc khử trùng.")
    assert (letter.number, letter.issued_on) == ("598/UBND-CN&TY", date(2020, 5, 21))


def test_news_then_the_order_and_the_writer_submitting():
    header = "VĂN PHÒNG CHÍNH PHỦ\nSố: 2728/VPCP-KTTH\nHà Nội, ngày 29 tháng 4 năm 2011\nKính gửi: Bộ Tài chính\n"
    news = read_text(header + "Báo Kinh tế số ra ngày 14 tháng 4 năm 2011 đăng bài \"Thu từ dầu thô chưa rõ ràng\", "
                              "Thủ tướng Chính phủ giao Bộ Tài chính kiểm tra thông tin bài báo trên, báo cáo trong tháng 5 năm 2011.")
    assert [(t.lead, t.deadline) for t in news.tasks] == [(["Bộ Tài chính"], date(2011, 5, 31))]
    submit = read_text(header + "Giao Bộ Tài chính rà soát.\nVăn Phòng Chính Phủ kính trình xin ý kiến chỉ đạo của Phó Thủ tướng.")
    assert [t.lead for t in submit.tasks] == [["Bộ Tài chính"]]


def test_receiving_the_publics_feedback_is_no_report():
    letter = read_text(DIGEST + "Sở Giao thông vận tải bố trí lực lượng thường trực, công bố số điện thoại đường dây nóng để "
                                "tiếp nhận ý kiến phản ánh của người dân, kịp thời khắc phục các sự cố.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["Sở Giao thông vận tải"], None)]


def test_a_flattened_preview_behind_the_pages_list_number():
    line = ("  1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH AN GIANG Độc lập - Tự do - Hạnh phúc -------- "
            "An Giang, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ ĐẦU TƯ "
            "XÂY DỰNG Trong thời gian qua, công tác quản lý đầu tư xây dựng có nhiều chuyển biến tích cực.")
    letter = read_text("Xem mẫu\n\n" + line)
    assert (letter.number, letter.issued_on) == ("15/2012/CT-UBND", date(2012, 10, 5))


@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Phó Chủ tịch Thường trực UBND tỉnh về chuyển đổi số, "
     "tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.\nTheo đó, yêu cầu Sở Khoa học và Công nghệ đôn đốc các đơn vị.",
     "2881/VP-KGVX", date(2025, 5, 7)),
    ("Công văn số 1238 ngày 8/11/2016 V/v báo cáo số liệu cải cách hành chính.\nKính gửi:\n– Thủ trưởng các sở, ban, ngành;\n"
     "Đề nghị các sở, ban, ngành báo cáo trước ngày 18/11/2016.", "1238", date(2016, 11, 8)),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố:. 4315/BGDĐT-GDTrH\nHà Nội, ngày 19 tháng 5 năm 2008\nKính gửi: Các Sở Giáo dục và Đào tạo\n"
     "Đề nghị các Sở gửi báo cáo.", "4315/BGDĐT-GDTrH", date(2008, 5, 19)),
    ("UBND TỈNH ĐỒNG THÁP YÊU CẦU SỞ GIÁO DỤC VÀ ĐÀO TẠO TRIỂN KHAI VÀ THỰC HIỆN ĐIỀU LỆ TRƯỜNG TIỂU HỌC CỦA BỘ GIÁO DỤC\n\n"
     "Giao Sở Giáo dục và Đào tạo triển khai thực hiện.\n\nVăn phòng Uỷ ban nhân dân Tỉnh đã ban hành Công văn số "
     "1257/VPUBND-THVX Đồng Tháp, ngày 15 tháng 9 năm 2020 về việc ban hành Điều lệ.", "1257/VPUBND-THVX", date(2020, 9, 15)),
    ("Thực hiện chỉ đạo của Bộ Y tế tại Công văn số 2260/BYT-DP ngày 15-5-2014, ngày 12-6-2014 UBND tỉnh có Công văn số "
     "156/UBND-VP7 gửi Giám đốc Sở Y tế yêu cầu Sở Y tế xây dựng kế hoạch.", "156/UBND-VP7", date(2014, 6, 12)),
], ids=["conveyed-at", "bare-number-title", "so-colon-dot", "number-on-the-date-line", "date-without-comma"])
def test_batch21_headers(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


def test_a_news_sentence_with_the_date_does_not_end_the_header_after_the_order():
    letter = read_text("UBND TỈNH ĐỒNG THÁP YÊU CẦU SỞ GIÁO DỤC VÀ ĐÀO TẠO TRIỂN KHAI ĐIỀU LỆ TRƯỜNG TIỂU HỌC CỦA BỘ GIÁO DỤC\n\n"
                       "Phó Chủ tịch Uỷ ban nhân dân tỉnh có ý kiến như sau:\n\n Giao Sở Giáo dục và Đào tạo triển khai thực hiện.\n\n"
                       "Văn phòng Uỷ ban nhân dân Tỉnh đã ban hành Công văn số 1257/VPUBND-THVX Đồng Tháp, ngày 15 tháng 9 năm "
                       "2020 về việc ban hành Điều lệ Trường tiểu học truyền đạt ý kiến trên đến đơn vị biết, thực hiện.")
    assert [t.lead for t in letter.tasks] == [["Sở Giáo dục và Đào tạo"]]


def test_a_closing_deadline_for_all_the_units_times_every_untimed_assignment():
    letter = read_text("SỞ NỘI VỤ\nSố: 1238/SNV-CCHC\nSơn La, ngày 08 tháng 11 năm 2016\nV/v báo cáo số liệu cải cách hành chính\n"
                       "Kính gửi:\n- Thủ trưởng các sở, ban, ngành;\n- Chủ tịch UBND các huyện, thành phố.\n"
                       "Đề nghị các cơ quan, đơn vị báo cáo như sau:\n"
                       "1. Các sở, ban, ngành báo cáo theo phụ lục 1.\n2. UBND các huyện, thành phố báo cáo theo phụ lục 2.\n"
                       "Sở Nội vụ trân trọng đề nghị các cơ quan, đơn vị phối hợp thực hiện và gửi báo cáo về Sở Nội vụ "
                       "trước ngày 18/11/2016.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Các sở, ban, ngành"], date(2016, 11, 18)), (["UBND các huyện, thành phố"], date(2016, 11, 18))]


def test_given_work_in_the_passive_with_its_agent():
    letter = read_text(DIGEST + "Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Văn hóa và "
                                "Thể thao xây dựng kế hoạch triển khai cụ thể.")
    assert [t.lead for t in letter.tasks] == [["Sở Thông tin và Truyền thông"]]


def test_an_approval_naming_a_body_and_a_reply_to_voters():
    header = "VĂN PHÒNG CHÍNH PHỦ\nSố: 5669/VPCP-NN\nHà Nội, ngày 06 tháng 10 năm 2007\n"
    agreed = read_text(header + "1. Đồng ý Ủy ban nhân dân tỉnh Thái Nguyên lập Đề án bảo vệ và phát triển rừng.\n"
                                "2. Thống nhất chủ trương đầu tư dự án.")
    assert [t.lead for t in agreed.tasks] == [["Ủy ban nhân dân tỉnh Thái Nguyên"]]
    reply = read_text("BỘ Y TẾ\nSố: 4737/BYT-VPB1\nHà Nội, ngày 13 tháng 8 năm 2024\n"
                      "Kính gửi: Đoàn Đại biểu Quốc hội Thành phố Hồ Chí Minh\nBộ Y tế xin trả lời như sau:\n"
                      "1. Cử tri kiến nghị Bộ Y tế nghiên cứu cơ chế thu hồi thực phẩm không bảo đảm.\n"
                      "Hiện nay, các quy định của pháp luật về an toàn thực phẩm đã cơ bản hoàn thiện.")
    assert reply.tasks == []


@pytest.mark.parametrize("closing", ["Rất mong sự hợp tác của Quý Bộ/Cơ quan.",
                                     "Bộ Y tế rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan, đơn vị./."])
def test_the_hope_that_closes_a_letter_is_no_task(closing):
    letter = read_text("BỘ Y TẾ\nSố: 978/BYT-KH\nHà Nội, ngày 28 tháng 02 năm 2012\nKính gửi:\n"
                       "- Bộ Lao động - Thương binh và Xã hội\n- Bảo hiểm xã hội Việt Nam\n\n"
                       "Bộ Y tế nhận được công văn số 502/VPCP-KTTH ngày 30/01/2012 của Văn phòng Chính phủ thông báo ý kiến "
                       "của Thủ tướng Chính phủ như sau:\n\n“Đồng ý nâng mức hỗ trợ mua thẻ bảo hiểm y tế từ năm 2012”.\n\n"
                       "Bộ Y tế xin thông báo và đề nghị Quý Bộ/Cơ quan tổ chức triển khai thực hiện.\n\n" + closing)
    assert len(letter.tasks) == 1


def test_a_refusal_is_no_task():
    letter = read_text("VĂN PHÒNG CHÍNH PHỦ\nSố: 200/VPCP-KGVX\nHà Nội, ngày 06 tháng 01 năm 2009\n"
                       "Kính gửi:\n- Các Bộ: Y tế, Tài chính;\n- Bảo hiểm Xã hội Việt Nam.\n"
                       "Xét đề nghị của Bộ Y tế, Phó Thủ tướng có ý kiến như sau:\n"
                       "1. Không ban hành Nghị định sửa đổi Nghị định số 63/2005/NĐ-CP về Điều lệ Bảo hiểm y tế.\n"
                       "2. Bộ Y tế chủ trì xây dựng dự thảo Nghị định, trình Chính phủ trước tháng 6 năm 2009.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Bộ Y tế"], date(2009, 5, 31))]


def test_an_approval_with_commas_in_its_object_is_no_task():
    letter = read_text("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: 994/UBND-KGVX\nHậu Giang, ngày 19 tháng 6 năm 2017\n"
                       "Kính gửi: Sở Khoa học và Công nghệ\nChủ tịch UBND tỉnh có ý kiến như sau:\n"
                       "1. Thống nhất nội dung Đề án phát triển khoa học và công nghệ tỉnh đến năm 2020, tầm nhìn đến năm 2030.\n"
                       "2. Giao Sở Khoa học và Công nghệ xác định cụ thể kinh phí thực hiện đề án.")
    assert [t.lead for t in letter.tasks] == [["Sở Khoa học và Công nghệ"]]


def test_a_source_line_without_a_date_leaves_the_date_to_the_report_sentence():
    letter = read_text("Kiểm tra sự việc nêu trên báo\n\n11:01 AM, 29/12/2007\n\n(Website Chính phủ) - Thực hiện nhiệm vụ được "
                       "Thủ tướng Chính phủ giao, ngày 28/12, Văn phòng Chính phủ đã có công văn đề nghị Bộ Nông nghiệp và "
                       "Phát triển nông thôn kiểm tra sự việc.\n\n(Nguồn: Công văn số 7550/VPCP-CCHC)")
    assert (letter.number, letter.issued_on) == ("7550/VPCP-CCHC", date(2007, 12, 28))


@pytest.mark.parametrize("closing", ["Kính đề nghị các cơ quan, đơn vị quan tâm, phối hợp./.",
                                     "Sở trân trọng đề nghị các cơ quan đơn vị quan tâm, tham gia đóng góp ý kiến."])
def test_the_courtesy_that_closes_a_request_is_no_task(closing):
    letter = read_text(DIGEST + "Đề nghị Sở Y tế gửi báo cáo trước ngày 20/3/2020.\n" + closing)
    assert [t.lead for t in letter.tasks] == [["Sở Y tế"]]


def test_the_year_a_purpose_is_about_is_no_deadline():
    about = read_text(DIGEST + "UBND tỉnh giao các sở, ngành tổ chức tổng kết công tác phòng, chống thiên tai năm 2021 để có "
                               "giải pháp ứng phó hiệu quả với thiên tai trong năm 2022.")
    assert [t.deadline for t in about.tasks] == [None]
    done = read_text(DIGEST + "UBND tỉnh giao Sở Xây dựng đẩy nhanh tiến độ để hoàn thành trong năm 2020.")
    assert [t.deadline for t in done.tasks] == [date(2020, 12, 31)]


def test_what_another_cited_letter_asked_is_no_task_of_this_one():
    letter = read_text("Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về kỳ thi tốt nghiệp "
                       "(Công văn số 2862/VP-KGVX, ngày 28/6/2022).\n\n"
                       "Giao Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n\n"
                       "Tại Công văn số 2563/BGDĐT-QLCL ngày 17/6/2022, Bộ Giáo dục và Đào tạo đề nghị Chủ tịch UBND các "
                       "tỉnh quán triệt Chỉ thị số 06/CT-TTg.")
    assert letter.number == "2862/VP-KGVX"
    assert [t.lead for t in letter.tasks] == [["Sở Giáo dục và Đào tạo"]]


# ---- session 2026-11-27 (2): list boundaries found on batches 18-21 ----
@pytest.mark.parametrize(("span", "items"), [
    ("các sở, ngành liên quan, các huyện, Thành phố", ["các sở, ngành liên quan", "các huyện, Thành phố"]),
    ("Thủ trưởng các đơn vị sự nghiệp công lập, Doanh nghiệp Nhà nước thuộc tỉnh",
     ["các đơn vị sự nghiệp công lập", "Doanh nghiệp Nhà nước thuộc tỉnh"]),
    ("Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh", ["Sở Giao thông - Vận tải"]),
    # one group, as the dev labels keep it
    ("Các cấp, các ngành, các địa phương", ["Các cấp, các ngành, các địa phương"]),
    ("Các Sở Tài nguyên và Môi trường, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn",
     ["Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("các Sở Y tế và Giáo dục và Đào tạo", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    ("các Sở Văn hóa, Thể thao và Du lịch", ["các Sở Văn hóa, Thể thao và Du lịch"]),  # one sector, its own commas
    ("Công an tỉnh, các ngành chức năng liên quan", ["Công an tỉnh", "các ngành chức năng liên quan"]),
    ("các cơ quan, ban ngành, đoàn thể huyện UBND các xã, thị trấn", ["các cơ quan, ban ngành, đoàn thể huyện",
                                                                       "UBND các xã, thị trấn"]),
    ("Sở Y tế, Văn phòng HĐND và UBND huyện", ["Sở Y tế", "Văn phòng HĐND và UBND huyện"]),
    # batch 40: a factored list ending in a group of its own, a comma before "và", another kind after the places
    ("Các Bộ: Ngoại giao, Tài chính và các Bộ, ngành liên quan khác",
     ["Bộ Ngoại giao", "Bộ Tài chính", "các Bộ, ngành liên quan khác"]),
    ("các Sở, ngành cấp tỉnh có liên quan, và UBND các huyện, thị xã ven biển",
     ["các Sở, ngành cấp tỉnh có liên quan", "UBND các huyện, thị xã ven biển"]),
    ("các sở, ban, ngành, UBND các huyện, thị xã, thành phố, cơ quan truyền thông và các đơn vị có liên quan",
     ["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "cơ quan truyền thông", "các đơn vị có liên quan"]),
    ("các Sở: Công Thương, Thông tin và Truyền thông, các đơn vị quản lý, vận hành hồ chứa thủy điện, hồ chứa thủy lợi",
     ["Sở Công Thương", "Sở Thông tin và Truyền thông", "các đơn vị quản lý, vận hành hồ chứa thủy điện, hồ chứa thủy lợi"]),
])
def test_list_boundaries(span, items):
    from reader.agencies import split_agencies
    assert split_agencies(span) == items


@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nstraight connector 2Số: 1551 /UBND-VX\n"
     "Thành phố Hồ Chí Minh, ngày 07 tháng 4 năm 2016\nKính gửi: Sở Y tế\nGiao Sở Y tế chủ trì thực hiện đề án.",
     "1551/UBND-VX", date(2016, 4, 7)),
    ("Khẩn trương hoàn thành cấp giấy chứng nhận\nTheo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu "
     "Chủ tịch UBND các huyện rà soát lại công việc.", "2642/UBND-KT", date(2010, 11, 19)),
], ids=["word-shape-before-so", "theo-van-ban-then-order"])
def test_batch22_headers(text, number, issued_on):
    letter = read_text(text)
    assert (letter.number, letter.issued_on) == (number, issued_on)


def test_the_election_committee_keeps_its_name():
    letter = read_text(DIGEST + "Yêu cầu Ủy ban bầu cử các huyện, thành phố tổng kết công tác bầu cử trước ngày 14/6/2021.")
    assert [t.lead for t in letter.tasks] == [["Ủy ban bầu cử các huyện, thành phố"]]


def test_a_cited_letter_fronting_the_order_and_the_bodies_named_before_the_issuer_asks():
    letter = read_text("Tại Công văn số 1128/UBND-KGVX, UBND tỉnh Bình Phước chỉ đạo Công an tỉnh phối hợp với Bảo hiểm xã hội "
                       "tỉnh thanh tra việc chấp hành pháp luật về bảo hiểm y tế.\n\n"
                       "Đối với các sở, ban, ngành và UBND các huyện, thị xã, UBND tỉnh yêu cầu: căn cứ chức năng, nhiệm vụ "
                       "được giao, tổ chức triển khai các chính sách hỗ trợ.")
    assert letter.number == "1128/UBND-KGVX"
    assert [t.lead for t in letter.tasks] == [["Công an tỉnh"], ["các sở, ban, ngành", "UBND các huyện, thị xã"]]


def test_a_second_ask_joins_the_list_and_a_topic_body_that_directs():
    letter = read_text(DIGEST + "Theo đó, UBND tỉnh yêu cầu Công an tỉnh, Sở Y tế và đề nghị Liên đoàn Lao động tỉnh tiếp tục "
                                "phối hợp với Bảo hiểm xã hội tỉnh tổ chức đối thoại.\n"
                                "Ngoài ra, đối với UBND huyện, thành phố, chỉ đạo UBND xã, phường phối hợp rà soát doanh nghiệp.")
    assert [t.lead for t in letter.tasks] == [["Công an tỉnh", "Sở Y tế", "Liên đoàn Lao động tỉnh"],
                                              ["UBND huyện, thành phố"]]


def test_what_a_report_must_hold_is_no_task_of_its_own():
    letter = read_text("TỔ CÔNG TÁC CHUYÊN TRÁCH\nSố: 467/CCTTHC\nHà Nội, ngày 01 tháng 10 năm 2010\n"
                       "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
                       "Tổ công tác đề nghị Ủy ban nhân dân các tỉnh báo cáo các nội dung sau:\n"
                       "1. Tổng số văn bản đã ban hành để thực thi các phương án đơn giản hóa.\n"
                       "2. Tình hình và kết quả triển khai Công văn số 227/CCTTHC.\n"
                       "Báo cáo đề nghị gửi về Tổ công tác trước ngày 15/10/2010.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Ủy ban nhân dân các tỉnh"], date(2010, 10, 15))]


def test_an_opening_order_over_items_that_only_list_the_report_is_the_task():
    letter = read_text("ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/UBND-VX\nA, ngày 01 tháng 5 năm 2020\nKính gửi: Sở Y tế\n"
                       "UBND tỉnh đề nghị Sở Y tế báo cáo các nội dung sau:\n1. Tình hình dịch bệnh trên địa bàn.\n"
                       "2. Kết quả triển khai các biện pháp phòng chống.\n")
    assert [t.lead for t in letter.tasks] == [["Sở Y tế"]]


def test_a_permission_is_no_task_and_quy_co_quan_is_the_bodies_just_named():
    letter = read_text("THỦ TƯỚNG CHÍNH PHỦ\nSố: 1631/TTg-KGVX\nHà Nội, ngày 16 tháng 9 năm 2010\nKính gửi: Bộ Y tế\n"
                       "1. Cho phép bổ sung Bệnh viện Tim mạch An Giang vào quy hoạch mạng lưới khám, chữa bệnh.\n"
                       "2. Ủy ban nhân dân tỉnh An Giang chịu trách nhiệm chỉ đạo các cơ quan chuyên môn tổ chức thực hiện.")
    assert [t.lead for t in letter.tasks] == [["Ủy ban nhân dân tỉnh An Giang"]]
    asked = read_text(DIGEST + "Sở Công thương đề nghị các cơ quan, đơn vị xem xét dự thảo và có ý kiến đóng góp.\n\n"
                               "Do thời gian rất gấp, Sở Công thương đề nghị quý cơ quan sớm có ý kiến trước ngày 03/5/2019.")
    assert {x for t in asked.tasks for x in t.lead} == {"các cơ quan, đơn vị"}


# ---- batch-23/24 rules ----
def test_a_letter_that_directs_bodies_by_name_assigns_them_work():
    letter = read_text(DIGEST + "Chủ tịch UBND tỉnh vừa có Công văn chỉ đạo Các Sở: Tài chính, NN và PTNT, UBND các huyện, "
                                "thành phố rà soát lại nợ đọng xây dựng cơ bản, gửi Sở Kế hoạch và Đầu tư trước ngày 12/4/2018.\n\n"
                                "Trên cơ sở báo cáo của các cơ quan, giao Sở Kế hoạch và Đầu tư tổng hợp, báo cáo Bộ Nông "
                                "nghiệp và Phát triển nông thôn trước ngày 14/4/2018.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Sở Tài chính", "Sở NN và PTNT", "UBND các huyện, thành phố"], date(2018, 4, 12)),
        (["Sở Kế hoạch và Đầu tư"], date(2018, 4, 14))]
    # a letter that is only cited keeps no one to its order
    cited = read_text(DIGEST + "Thực hiện Công văn chỉ đạo của UBND tỉnh, UBND huyện giao Phòng Y tế rà soát lại các cơ sở.")
    assert [t.lead for t in cited.tasks] == [["Phòng Y tế"]]


def test_a_digest_sum_to_a_group_gives_way_to_the_bodies_its_details_name():
    letter = read_text(DIGEST + "Phó Chủ tịch UBND tỉnh đã có văn bản chỉ đạo các sở, ban, ngành, đơn vị liên quan triển khai "
                                "các giải pháp bảo đảm an toàn giao thông dịp Tết.\n\n"
                                "Theo đó, giao Công an tỉnh chủ trì xây dựng kế hoạch bảo đảm an toàn giao thông; báo cáo "
                                "Chủ tịch UBND tỉnh trước ngày 28/12/2022.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Công an tỉnh"], date(2022, 12, 28))]


def test_a_title_that_carries_the_number_and_date_of_the_letter():
    letter = read_text("Về việc người dân xuất cảnh làm thuê (799/VP-NC, ngày 14/3/2018)\nKính gửi:\n"
                       "- Sở Lao động - Thương binh và Xã hội;\n- Bộ Chỉ huy Bộ đội Biên phòng tỉnh.\n"
                       "Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Giao Sở Lao động - Thương binh và Xã hội trao đổi "
                       "với phía bạn triển khai thỏa thuận hợp tác.")
    assert (letter.number, letter.issued_on) == ("799/VP-NC", date(2018, 3, 14))
    site = read_text("Tuyenquang.gov.vn: Theo văn bản số 73/UBND-NLN, UBND tỉnh chỉ đạo, giao trách nhiệm về việc tổ chức "
                     "Tết trồng cây.\n\nGiao Sở Nông nghiệp và Phát triển nông thôn lựa chọn địa điểm trồng cây.")
    assert site.number == "73/UBND-NLN"


def test_comrades_who_lead_and_places_that_share_their_level():
    assert leads_of(DIGEST + "UBND tỉnh yêu cầu các đồng chí lãnh đạo các địa phương kiểm tra công tác chuẩn bị.") == \
        [["các địa phương"]]
    assert leads_of(DIGEST + "Công điện yêu cầu UBND huyện Quang Bình, Bắc Quang triển khai các biện pháp chống dịch.") == \
        [["UBND huyện Quang Bình", "UBND huyện Bắc Quang"]]


def test_a_report_owed_only_if_something_arises_is_a_task_of_its_own():
    letter = read_text("Kính gửi: Bộ Giao thông vận tải.\nPhó Thủ tướng có ý kiến như sau:\nGiao Bộ Giao thông vận tải xem xét, "
                       "giải quyết các đề xuất của Ủy ban nhân dân tỉnh Đồng Tháp, báo cáo Thủ tướng Chính phủ những vấn đề "
                       "vượt thẩm quyền.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["Bộ Giao thông vận tải"], None),
                                                              (["Bộ Giao thông vận tải"], "on_event")]


def test_a_quoted_order_ends_at_its_closing_mark_and_praise_is_no_task():
    letter = read_text(DIGEST + "\"Chủ tịch tỉnh yêu cầu các Sở, ngành và UBND các địa phương còn lại báo cáo UBND tỉnh theo nội "
                                "dung công văn 8301\", công văn 8925 tiếp tục chỉ đạo của Chủ tịch tỉnh.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["các Sở, ngành", "UBND các địa phương còn lại"], None)]
    praised = read_text(DIGEST + "Bên cạnh đó, Bí thư Huyện ủy cũng đánh giá cao thành tích của Ban chỉ huy Quân sự huyện. "
                                 "Chủ tịch UBND huyện yêu cầu các ngành hoàn thành những công việc còn tồn đọng.")
    assert [t.lead for t in praised.tasks] == [["các ngành"]]


def test_a_long_fronted_purpose_keeps_its_year_and_the_hand_in_date_times_the_report():
    letter = read_text(DIGEST + "Hiện nay, Chiến lược giai đoạn 2011-2020 đã kết thúc, để tổng kết, đánh giá kết quả thực hiện "
                                "Chiến lược phát triển nhà ở quốc gia theo Quyết định số 2127/QĐ-TTg ngày 30/11/2011 của Thủ tướng "
                                "Chính phủ, làm cơ sở phục vụ cho việc xây dựng Chiến lược giai đoạn 2021-2030 trình Thủ tướng "
                                "Chính phủ phê duyệt trong năm 2021, Bộ Xây dựng đề nghị UBND các tỉnh báo cáo các kết quả thực "
                                "hiện Chiến lược.\n\nĐề nghị UBND các tỉnh gửi báo cáo về Bộ Xây dựng trước ngày 30/3/2021 làm "
                                "cơ sở xây dựng chiến lược theo đúng tiến độ được giao.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["UBND các tỉnh"], date(2021, 3, 30))]


def test_digest_dates_after_a_semicolon_and_against_a_today_widget():
    letter = read_text("Thực hiện Chỉ thị số 10547/CT-BNN-TCLN ngày 20/12/2017 của Bộ Nông nghiệp và Phát triển nông thôn; "
                       "ngày 29/01/2018, UBND tỉnh ban hành văn bản số 26/UBND-VP3 về việc tổ chức Tết trồng cây.\n\n"
                       "Theo đó, UBND tỉnh giao UBND các huyện, thành phố tổ chức lễ phát động Tết trồng cây.")
    assert (letter.number, letter.issued_on) == ("26/UBND-VP3", date(2018, 1, 29))
    widget = read_text("Ủy ban nhân dân tỉnh\nThứ hai 24/1/2022\nBáo cáo nợ đọng xây dựng cơ bản\n"
                       "Ngày 05/1, UBND tỉnh ban hành Công văn số 03/UBND-NLN báo cáo nợ đọng xây dựng cơ bản.\n"
                       "Theo đó, yêu cầu chủ tịch UBND các huyện tổng hợp, báo cáo tình hình nợ đọng; báo cáo gửi về "
                       "Sở Tài chính trước ngày 25/01/2016.\nThu Hoài\nprint send mail")
    assert widget.issued_on == date(2016, 1, 5)
    assert [t.lead for t in widget.tasks] == [["UBND các huyện"]]  # the byline "Thu Hoài" gives no work


def test_orders_run_on_with_ellipses_and_the_papers_own_voice():
    letter = read_text(DIGEST + "Đồng chí Chủ tịch chỉ đạo rõ: “Giao cho Sở Kế hoạch - Đầu tư phối hợp với UBND huyện Võ Nhai "
                                "làm rõ… gói thầu số 7… giao cho Sở NNPTNT chủ trì, phối hợp với Sở TNMT làm rõ các nội dung… "
                                "báo cáo UBND tỉnh trước ngày 30-8-2011.\n\n"
                                "Báo CCB Việt Nam rất hoan nghênh sự quan tâm của đồng chí Chủ tịch UBND tỉnh. Chúng tôi sẽ tiếp "
                                "tục thông tin tới bạn đọc khi có báo cáo chính thức của các cơ quan.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Sở Kế hoạch - Đầu tư"], None),
                                                           (["Sở NNPTNT"], date(2011, 8, 30))]


def test_a_report_prepared_and_made_only_if_something_arises_stays_one_task():
    letter = read_text(DIGEST + "Sở Xây dựng có trách nhiệm tổng hợp, tham mưu và báo cáo UBND Thành phố để kịp thời tháo gỡ "
                                "những khó khăn, vướng mắc vượt thẩm quyền.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["Sở Xây dựng"], "on_event")]


def test_a_doubled_space_inside_a_sentence_does_not_hide_its_subject():
    assert leads_of(DIGEST + "Công an tỉnh, Sở Y tế, Ban An toàn giao thông tỉnh thường  xuyên cập nhật tình hình, báo cáo "
                             "Thường trực Tỉnh ủy.") == [["Công an tỉnh", "Sở Y tế", "Ban An toàn giao thông tỉnh"]]


def test_heads_of_bodies_by_kind_and_the_districts_committees():
    assert leads_of(DIGEST + "UBND thành phố yêu cầu người đứng đầu cơ quan, tổ chức, đơn vị phê duyệt danh sách người có "
                             "nghĩa vụ kê khai trước ngày 30-11-2013.") == [["cơ quan, tổ chức, đơn vị"]]
    assert leads_of(DIGEST + "Uỷ ban nhân dân thành phố và các huyện tổ chức đánh giá tình hình thực hiện kế hoạch sử dụng "
                             "đất.") == [["Uỷ ban nhân dân thành phố", "Uỷ ban nhân dân các huyện"]]


def test_the_copy_formula_without_de():
    letter = read_text("Kính gửi: Bộ Thông tin và Truyền thông.\nGiao Bộ Thông tin và Truyền thông chỉ đạo các phương tiện "
                       "thông tin đại chúng tuyên truyền về Tổng điều tra dân số.\nVăn phòng Chính phủ xin thông báo các cơ quan, "
                       "đơn vị biết,thực hiện./.")
    assert [t.lead for t in letter.tasks] == [["Bộ Thông tin và Truyền thông"]]


def test_a_meeting_timetable_a_speakers_remark_and_who_heads_a_body_assign_nothing():
    letter = read_text(DIGEST + "Phòng Tài nguyên và Môi trường thông tin thêm về các loại đất cần lưu ý. Các đơn vị đã góp ý "
                                "về thời gian phối hợp như sau:\n- Ngày 07/8/2017: buổi sáng xã Vĩnh Phú;\n"
                                "- Ngày 10/8/2017: Công an, Quân sự\n\n"
                                "Ban Chỉ đạo cấp nước an toàn và chống thất thoát, thất thu nước sạch tỉnh do ông Lê Đức Tiến, "
                                "Phó Chủ tịch UBND tỉnh làm Trưởng ban.\n\n"
                                "Phó Chủ tịch UBND huyện yêu cầu các xã phối hợp chặt chẽ với đơn vị tư vấn.")
    assert [t.lead for t in letter.tasks] == [["các xã"]]


def test_a_closing_line_that_only_names_a_body_is_no_task():
    letter = read_text(DIGEST + "Giao Văn phòng Bộ Tư pháp chia sẻ báo cáo của các Bộ, ngành.\n- Phòng Tổng hợp – Kiểm soát TTHC -")
    assert [t.lead for t in letter.tasks] == [["Văn phòng Bộ Tư pháp"]]


def test_whose_comments_must_come_in_and_the_e_portal():
    letter = read_text(DIGEST + "- Báo Kon Tum, Cổng thông tin điện tử tỉnh.\n"
                                "Ý kiến tham gia, góp ý báo cáo của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước "
                                "ngày 30/7/2012 để tổng hợp.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các cơ quan, địa phương"], date(2012, 7, 30))]
    # after the assignment, the same bodies' report coming in times that assignment
    back = read_text(DIGEST + "UBND tỉnh yêu cầu các sở, ban, ngành đôn đốc tổng hợp báo cáo kết quả thực hiện.\n"
                              "Báo cáo hoàn thành của các cơ quan, đơn vị gửi bằng văn bản về Ủy ban nhân dân tỉnh trước "
                              "ngày 05/6/2017.")
    assert [(t.lead, t.deadline) for t in back.tasks] == [(["các sở, ban, ngành"], date(2017, 6, 5))]


def test_bodies_named_before_a_second_ask_and_a_mistyped_deadline_word():
    letter = read_text(DIGEST + "Chủ tịch UBND huyện yêu cầu:\nThủ trưởng các cơ quan, đơn vị thuộc UBND huyện, Chủ tịch UBND các xã, "
                                "thị trấn và đề nghị các cơ quan, đơn vị của tỉnh đóng trên địa bàn huyện thực hiện tốt "
                                "công tác phòng, chống cháy nổ.\n"
                                "Lịch trực Tết của các cơ quan QLNN thuộc UBND huyện gửi về Văn phòng HĐND&UBND huyện trưóc "
                                "ngày 13/02/2015.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["các cơ quan, đơn vị thuộc UBND huyện", "UBND các xã, thị trấn", "các cơ quan, đơn vị của tỉnh đóng trên địa bàn huyện"],
         None),
        (["các cơ quan QLNN thuộc UBND huyện"], date(2015, 2, 13))]


def test_leaders_of_bodies_further_down_a_list():
    assert leads_of(DIGEST + "Ban chỉ đạo yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương, lãnh đạo các Bộ, "
                             "ngành thành viên Ban chỉ đạo quốc gia tăng cường kiểm tra công tác phòng, chống dịch.") == \
        [["UBND các tỉnh, thành phố trực thuộc Trung ương", "các Bộ, ngành thành viên Ban chỉ đạo quốc gia"]]


def test_all_of_a_group_then_a_report_if_anything_arises_and_a_dated_summary():
    letter = read_text(DIGEST + "Tất cả các sở, ban, ngành, UBND các huyện, thị xã, thành phố; Báo cáo kịp thời những vấn đề "
                                "nổi cộm, phát sinh (nếu có), báo cáo tổng hợp tình hình sau Tết, gửi UBND tỉnh trước 8h00 "
                                "ngày 16/02/2021.")
    assert [(t.lead, t.deadline, t.recurrence) for t in letter.tasks] == [
        (["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"], date(2021, 2, 16), None),
        (["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"], None, "on_event")]
    # problems a report must describe are its content, not a condition
    content = read_text(DIGEST + "Bộ Xây dựng yêu cầu Sở Xây dựng các tỉnh báo cáo về tình hình quản lý quy hoạch cũng như các "
                                 "vướng mắc trong việc thực hiện, đề xuất các hướng giải quyết, hạn cuối là ngày 25-8-2007.")
    assert [(t.deadline, t.recurrence) for t in content.tasks] == [(date(2007, 8, 25), None)]


def test_an_opinion_run_into_the_citing_sentence_and_difficulties_a_report_must_state():
    letter = read_text(DIGEST + "Thực hiện Công văn số 6028/BTTT-CBC ngày 03/12/2023 của Bộ Thông tin và Truyền thông; UBND tỉnh có "
                                "ý kiến như sau: Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan rà soát, "
                                "báo cáo tình hình thực hiện Chiến lược, trong đó nêu những khó khăn, vướng mắc và kiến nghị; gửi "
                                "báo cáo về Bộ Thông tin và Truyền thông trước ngày 15/12/2023./.")
    assert [(t.lead, t.deadline, t.recurrence) for t in letter.tasks] == [
        (["Sở Thông tin và Truyền thông"], date(2023, 12, 15), None)]


def test_a_photo_caption_glued_to_the_sapo_is_no_sentence_of_it():
    letter = read_text(DIGEST + "Bộ TN&MT đề nghị, UBND các tỉnh, thành phố nghiên cứu góp ý dự thảo Thông tư và gửi ý kiến góp ý "
                                "về Tổng cục Quản lý đất đai trước ngày 31/3/2019. Ảnh minh họa\n\n"
                                "Để hoàn thiện dự thảo Thông tư, Bộ TN&MT đề nghị, UBND các tỉnh, thành phố nghiên cứu góp ý dự "
                                "thảo Thông tư và gửi ý kiến góp ý về Tổng cục Quản lý đất đai trước ngày 31/3/2019.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["UBND các tỉnh, thành phố"], date(2019, 3, 31))]


def test_being_answerable_for_failures_is_no_task():
    letter = read_text(DIGEST + "Yêu cầu các địa phương thành lập Tổ kiểm tra, rà soát tại những địa bàn phức tạp. Thủ trưởng cơ "
                                "quan, đơn vị chịu trách nhiệm đối với những trường hợp báo cáo không trung thực, khách quan.")
    assert [t.lead for t in letter.tasks] == [["các địa phương"]]


def test_work_before_a_dong_thoi_block_is_not_timed_by_the_blocks_date():
    letter = read_text(DIGEST + "Theo đó, UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn khẩn trương tổ chức Hội nghị "
                                "đối thoại giải quyết vướng mắc của các dự án. Đồng thời, Sở Nông nghiệp và Phát triển nông thôn "
                                "chủ trì rà soát hiệu quả các dự án có liên quan đến rừng; đề xuất phương án giải quyết. Tham mưu "
                                "UBND tỉnh phương án xử lý, báo cáo UBND tỉnh trong tháng 10/2017.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Sở Nông nghiệp và Phát triển nông thôn"], None),
        (["Sở Nông nghiệp và Phát triển nông thôn"], date(2017, 10, 31))]


def test_a_bodys_function_is_no_task_and_the_units_submitting_the_draft_are_those_just_asked():
    letter = read_text(DIGEST + "Giao Viện Kinh tế - Xã hội chủ trì, phối hợp với Sở Tài chính nghiên cứu, đề xuất thành lập Tổ tư "
                                "vấn.\n\nTổ tư vấn có chức năng tư vấn, khuyến nghị chính sách với Chủ tịch UBND Thành phố trong "
                                "chỉ đạo, điều hành.\n\nLãnh đạo UBND TP. Cần Thơ yêu cầu các đơn vị trình dự thảo thành lập tổ "
                                "trước ngày 25/3/2026.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Viện Kinh tế - Xã hội"], date(2026, 3, 25))]


def test_the_board_for_works_and_a_completion_target_inside_a_purpose():
    letter = read_text(DIGEST + "Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT khẩn trương hoàn thiện hồ sơ điều "
                                "chỉnh dự án theo quy định để thực hiện, đảm bảo hoàn thành công trình trong năm 2018.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT"], date(2018, 12, 31))]


def test_within_their_remit_ends_a_list_after_a_name_or_a_colon():
    assert leads_of(DIGEST + "Giao UBND các huyện, Sở Xây dựng, Sở Tài nguyên và Môi trường theo phạm vi chức năng, nhiệm vụ "
                             "được giao nghiên cứu, tổ chức triển khai thực hiện Chỉ thị.") == \
        [["UBND các huyện", "Sở Xây dựng", "Sở Tài nguyên và Môi trường"]]
    assert leads_of(DIGEST + "Các sở, ban, ngành, ủy ban nhân dân các huyện, thị xã, thành phố: Theo chức năng, nhiệm vụ được "
                             "phân công, tiếp tục đẩy nhanh các công việc liên quan tới cuộc Tổng điều tra.") == \
        [["Các sở, ban, ngành", "ủy ban nhân dân các huyện, thị xã, thành phố"]]


def test_a_digest_that_names_its_letter_only_in_the_attachments():
    letter = read_text("Sở Giao thông vận tải đã dự thảo Quyết định của Ủy ban nhân dân tỉnh, đề nghị các sở, ngành góp ý cho "
                       "văn bản, gửi về Sở chậm nhất đến ngày 14/9/2021 để tổng hợp.\n\nXem nội dung chi tiết:\n\n"
                       "1. Công văn số 2223/SGTVT-QLVT ngày 13/9/2021;\n\n2. Dự thảo Quyết định;")
    assert (letter.number, letter.issued_on) == ("2223/SGTVT-QLVT", date(2021, 9, 13))


def test_headings_of_what_a_report_covers_and_the_contact_line_are_no_tasks():
    letter = read_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 6435/BGDĐT-CTHSSV\nHà Nội, ngày 10 tháng 12 năm 2015\n"
                       "Kính gửi: Các sở giáo dục và đào tạo\nĐề nghị báo cáo các nội dung sau:\n"
                       "1.Công tác chỉ đạo về việc may, mặc đồng phục năm học 2015 - 2016.\n"
                       "2.Công tác kiểm tra, giám sát, đôn đốc và xử lý sai phạm.\n3.Những đề xuất, kiến nghị và ý kiến khác.\n"
                       "Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo tổng hợp và báo cáo gửi về Bộ trước ngày "
                       "20/12/2015.\nMọi chi tiết xin liên hệ: Vụ Công tác học sinh, sinh viên, điện thoại: 043.869.4916.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các sở giáo dục và đào tạo"], date(2015, 12, 20))]


def test_a_department_in_lower_case_and_how_to_send_the_report():
    letter = read_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 3234/BGDĐT-GDCN\nHà Nội, ngày 16 tháng 5 năm 2013\n"
                       "Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương\n"
                       "Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố báo cáo về tình hình đào tạo giáo viên trước ngày "
                       "25/5/2013:\n- Bằng fax theo số 043.8693942;\n- Bằng đường công văn, theo địa chỉ: Vụ Giáo dục chuyên "
                       "nghiệp.\nThông tin chi tiết xin liên hệ đồng chí Vũ Bá Toản theo số điện thoại 0912159933.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["sở GDĐT các tỉnh, thành phố"], date(2013, 5, 25))]


def test_a_cited_letters_title_and_the_issuer_approving_assign_nothing():
    letter = read_text("Kính gửi: Sở Văn hoá, Thể thao và Du lịch tỉnh Bình Dương\n"
                       "Căn cứ Công văn số 1236/UBND-VX ngày 24 tháng 4 năm 2014 của Ủy ban nhân dân tỉnh Bình Dương về việc đề "
                       "nghị đăng cai tổ chức Festival.\n"
                       "Bộ Văn hoá, Thể thao và Du lịch chấp thuận việc đăng cai tổ chức Festival. Đề nghị Sở Văn hoá, Thể thao "
                       "và Du lịch tỉnh Bình Dương chủ động xây dựng Kế hoạch tổ chức Festival.")
    assert [t.lead for t in letter.tasks] == [["Sở Văn hoá, Thể thao và Du lịch tỉnh Bình Dương"]]


def test_a_letter_forwarded_to_a_body_for_it_to_handle():
    letter = read_text("Kính gửi:\n- Bộ Giao thông vận tải;\n- Ủy ban nhân dân tỉnh Long An.\n"
                       "Văn phòng Chính phủ nhận được văn bản số 4966/UBND-KTTC của Ủy ban nhân dân tỉnh Long An.\n"
                       "Theo Quy chế làm việc của Chính phủ, Văn phòng Chính phủ xin chuyển văn bản nêu trên của Ủy ban nhân dân "
                       "tỉnh Long An đến Bộ Giao thông vận tải để chủ trì xử lý theo chỉ đạo của Thủ tướng Chính phủ./.")
    assert [t.lead for t in letter.tasks] == [["Bộ Giao thông vận tải"]]


def test_an_adverb_before_the_issuers_directing_and_an_excerpt_that_stops_at_the_list():
    assert leads_of(DIGEST + "UBND tỉnh cũng chỉ đạo Công ty Điện lực, Sở Tài chính bảo đảm điện cho kỳ thi.") == \
        [["Công ty Điện lực", "Sở Tài chính"]]
    letter = read_text(DIGEST + "Giao Sở Y tế bảo đảm nhân lực cho kỳ thi.\n\nCùng với đó, UBND tỉnh cũng chỉ đạo Công ty Điện "
                                "lực; Sở Tài chính; Ủy ban nhân dân các huyện, thị ")
    assert [t.lead for t in letter.tasks] == [["Sở Y tế"], ["Công ty Điện lực", "Sở Tài chính", "Ủy ban nhân dân các huyện, thị"]]
    # a courtesy line cut inside the name of a body already given work adds nothing
    again = read_text(DIGEST + "Đề nghị Sở Văn hóa, Thể thao và Du lịch báo cáo trước ngày 25/4/2020.\n\n"
                               "Bộ Văn hóa, Thể thao và Du lịch đề nghị Sở Văn hóa, Thể thao và Du ")
    assert [t.lead for t in again.tasks] == [["Sở Văn hóa, Thể thao và Du lịch"]]


def test_site_metadata_below_the_letter_and_the_inspector_general():
    letter = read_text("VĂN PHÒNG CHÍNH PHỦ\nSố: 4634/VPCP-CN\nHà Nội, ngày 23 tháng 7 năm 2022\n"
                       "Kính gửi: Bộ Tài nguyên và Môi trường.\n"
                       "Giao Bộ Tài nguyên và Môi trường nghiên cứu kiến nghị của tỉnh, báo cáo Thủ tướng Chính phủ trước ngày "
                       "30 tháng 7 năm 2022.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n"
                       "Công văn 4634/VPCP-CN năm 2022 về áp dụng cơ chế đặc thù\nSố hiệu: 4634/VPCP-CN\n"
                       "Loại văn bản: Công văn\nNgười ký: Nguyễn Cao Lục\nNgày ban hành: 23/07/2022")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Bộ Tài nguyên và Môi trường"], date(2022, 7, 30))]
    assert leads_of(DIGEST + "Yêu cầu Tổng Thanh tra Chính phủ chỉ đạo thành lập đoàn thanh tra.") == [["Thanh tra Chính phủ"]]
    assert leads_of(DIGEST + "Giao Chánh Thanh tra tỉnh kiểm tra việc thực hiện.") == [["Thanh tra tỉnh"]]


def test_a_group_that_issues_its_own_plan_is_given_that_work():
    letter = read_text(DIGEST + "Sở TN&MT chủ trì tổ chức các hoạt động hưởng ứng Chiến dịch.\n\n"
                                "Các Sở, ngành, tổ chức đoàn thể cấp tỉnh, UBND các huyện, TP ban hành, tổ chức thực hiện Kế hoạch "
                                "hưởng ứng Chiến dịch. Báo cáo kết quả thực hiện gửi Sở TN&MT trước ngày 10/10/2020.")
    assert [(t.lead, t.deadline) for t in letter.tasks][-1] == (
        ["Các Sở, ngành, tổ chức đoàn thể cấp tỉnh", "UBND các huyện, TP"], date(2020, 10, 10))


def test_an_aside_on_who_heads_the_board_before_its_duty():
    assert leads_of(DIGEST + "Ban chỉ đạo do Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Ngọc Quang làm Trưởng ban, có nhiệm vụ "
                             "xây dựng kế hoạch phòng, chống dịch bệnh.") == [["Ban chỉ đạo"]]
    assert leads_of(DIGEST + "Đài Phát thanh và Truyền hình tỉnh tăng thời lượng phát các bản tin dự báo thời tiết.") == \
        [["Đài Phát thanh và Truyền hình tỉnh"]]


def test_a_digest_whose_writer_names_its_own_letter_by_a_bare_head():
    letter = read_text("Về việc lấy nước đợt 3 phục vụ gieo cấy lúa vụ Đông Xuân\n\n"
                       "Thực hiện Công điện số 256/CĐ-TCTL-QLCT ngày 19/02/2021 của Tổng cục Thủy lợi, Sở Nông nghiệp và PTNT "
                       "đề nghị UBND các huyện, thị xã, thành phố thực hiện tốt các nội dung trong Công văn số 130/SNN-TL ngày "
                       "24/02/2021 của Sở.")
    assert (letter.number, letter.issued_on) == ("130/SNN-TL", date(2021, 2, 24))


def test_an_apposition_after_a_tight_dash_and_a_doubled_plural():
    assert leads_of(DIGEST + "UBND tỉnh chỉ đạo Sở NN & PTNT- Cơ quan thường trực Ban Chỉ huy phòng chống thiên tai tỉnh "
                             "tăng cường theo dõi các hiện tượng khí tượng thủy văn nguy hiểm.") == [["Sở NN & PTNT"]]
    assert leads_of(DIGEST + "UBND tỉnh chỉ đạo các UBND các huyện, thị xã, thành phố tổ chức thăm hỏi gia đình bị thiệt "
                             "hại.") == [["UBND các huyện, thị xã, thành phố"]]


def test_two_provinces_by_count_and_the_office_conveying_an_opinion():
    assert leads_of(DIGEST + "Thủ tướng yêu cầu UBND 2 tỉnh Đắk Lắk, Bắc Cạn chỉ đạo chủ đầu tư giải ngân số vốn đã được gia "
                             "hạn.") == [["UBND tỉnh Đắk Lắk", "UBND tỉnh Bắc Cạn"]]
    letter = read_text("Kính gửi: Sở Kế hoạch và Đầu tư; Sở Tài chính.\nGiao Sở Kế hoạch và Đầu tư chủ trì thực hiện nghiêm "
                       "Chỉ thị số 14/CT-TTg.\nVăn phòng Ủy ban nhân dân thành phố truyền đạt ý kiến chỉ đạo của Phó Chủ tịch "
                       "Ủy ban nhân dân thành phố để các cơ quan, đơn vị liên quan tổ chức thực hiện./.")
    assert [t.lead for t in letter.tasks] == [["Sở Kế hoạch và Đầu tư"]]


def test_place_name_on_the_line_after_a_committee():
    # a web copy broke the line between "UBND huyện" and the district's name
    letter = read_text("Phó Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n"
                       "Yêu cầu Sở Xây dựng, Sở Tài nguyên và Môi trường, UBND huyện\n"
                       "Hoằng Hóa tập trung thực hiện nhiệm vụ được giao, báo cáo Chủ tịch UBND tỉnh\n"
                       "trước ngày 15/11/2021./.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Sở Xây dựng", "Sở Tài nguyên và Môi trường", "UBND huyện Hoằng Hóa"], date(2021, 11, 15))]


def test_digest_between_a_source_tag_and_a_closing_abbreviation_is_read():
    # "(HNM) - … (NTM)." opens and closes with brackets but is one sentence, not a bracketed caption
    letter = read_text("(HNM) - UBND TP vừa ban hành công văn số 1234/UBND-NN yêu cầu Sở NN&PTNT khẩn trương thực hiện "
                       "các dự án hỗ trợ sản xuất tại các xã xây dựng nông thôn mới (NTM).")
    assert [t.lead for t in letter.tasks] == [["Sở NN&PTNT"]]


@pytest.mark.parametrize(
    ("body", "leads"),
    [
        ("UBND thành phố yêu cầu các huyện Ba Vì, Mỹ Đức và Ứng Hòa khẩn trương hoàn thành việc giải phóng mặt bằng.",
         ["huyện Ba Vì", "huyện Mỹ Đức", "huyện Ứng Hòa"]),
        ("UBND thành phố yêu cầu Sở Xây dựng, các huyện Ba Vì, Mỹ Đức khẩn trương hoàn thành việc giải phóng mặt bằng.",
         ["Sở Xây dựng", "huyện Ba Vì", "huyện Mỹ Đức"]),
        ("UBND thành phố yêu cầu các huyện, thị xã khẩn trương hoàn thành việc giải phóng mặt bằng.",
         ["các huyện, thị xã"]),
    ],
    ids=["places-only", "after-a-department", "group-without-names"],
)
def test_places_named_after_their_level_are_one_body_each(body, leads):
    assert [t.lead for t in read_text(body).tasks] == [leads]


def test_unmarked_lines_after_an_introduction_are_its_items():
    # a portal copy lost the dashes: each line below "… yêu cầu các đơn vị, địa phương:" is an item
    letter = read_text("Ngày 15/7/2022, UBND tỉnh ban hành Công văn số 2266/UBND-KGVX về cải thiện chỉ số chuyển đổi số.\n"
                       "Theo đó, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương:\n"
                       "Rà soát và triển khai ngay các nhiệm vụ chuyển đổi số được giao trong năm.\n"
                       "Hằng năm thực hiện tự đánh giá chỉ số chuyển đổi số, gửi về Sở Thông tin và Truyền thông.\n"
                       "Nguyễn Văn A")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [
        (["các sở, ngành, địa phương"], None), (["các sở, ngành, địa phương"], "yearly")]


def test_a_new_subject_after_a_semicolon_of_a_digest_order_is_read():
    # "… yêu cầu lập ngay kế hoạch …; Ban quản lý … có trách nhiệm …": the second body's own order
    letter = read_text("UBND thành phố vừa chỉ đạo Sở Công Thương và các đơn vị liên quan về việc bán hàng bình ổn giá.\n"
                       "Theo đó, UBND thành phố yêu cầu lập ngay kế hoạch bán hàng lưu động tại các xã; Ban quản lý các khu "
                       "công nghiệp thành phố có trách nhiệm bố trí địa điểm bán hàng trước ngày 15/8/2011.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Ban quản lý các khu công nghiệp thành phố"], date(2011, 8, 15))]


def test_an_article_repeated_after_a_related_news_block_is_read():
    # the page gives the lead, a "Tin liên quan" block, then the whole article opening on that lead again
    letter = read_text("(Báo X) - Ngày 7-6, UBND tỉnh đã ban hành Quyết định số 2129/QĐ-UBND về việc phê duyệt danh sách "
                       "người có uy tín trong đồng bào dân tộc thiểu số năm 2018.\nTin liên quan\nĐọc nhiều\n"
                       "Ngày 7-6, UBND tỉnh đã ban hành Quyết định số 2129/QĐ-UBND về việc phê duyệt danh sách người có uy "
                       "tín trong đồng bào dân tộc thiểu số năm 2018.\n"
                       "UBND tỉnh yêu cầu Ban Dân tộc hằng năm rà soát, bổ sung danh sách người có uy tín.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["Ban Dân tộc"], "yearly")]
    # a related block followed by other news still ends the article
    other = read_text("(Báo X) - UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh.\nTin liên quan\n"
                      "UBND huyện yêu cầu Phòng Giáo dục rà soát trường lớp trước năm học mới.")
    assert [t.lead for t in other.tasks] == [["Sở Y tế"]]


@pytest.mark.parametrize(
    ("span", "agencies"),
    [
        ("các Sở LĐTB&XH, Tư pháp, Tài chính, TT&TT và UBND các huyện, thành phố",
         ["Sở LĐTB&XH", "Sở Tư pháp", "Sở Tài chính", "Sở TT&TT", "UBND các huyện, thành phố"]),
        ("các Sở GTVT, Xây dựng", ["Sở GTVT", "Sở Xây dựng"]),
        ("UBND các huyện Phù Mỹ, Vân Canh, TX.An Nhơn và TP.Quy Nhơn",
         ["UBND huyện Phù Mỹ", "UBND huyện Vân Canh", "UBND TX.An Nhơn", "UBND TP.Quy Nhơn"]),
        ("UBND các huyện Phù Mỹ, Vân Canh và thị xã An Nhơn",
         ["UBND huyện Phù Mỹ", "UBND huyện Vân Canh", "UBND thị xã An Nhơn"]),
        ("Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ; Hà Nội và Quảng Trị",
         ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân tỉnh Quảng Trị"]),
    ],
    ids=["sectors-by-abbreviation-before-va", "abbreviation-first", "places-of-another-level", "town-written-out",
         "central-cities-after-semicolons"],
)
def test_factored_lists_with_abbreviations_and_mixed_levels(span, agencies):
    assert split_agencies(span) == agencies


def test_honorific_names_the_recipient_whatever_its_spelling():
    # "Quý Ủy ban" for a Kính gửi spelt "Uỷ ban …" (or a "Sờ" typo for "Sở"): the one addressee
    letter = read_text("Kính gửi: Uỷ ban nhân dân tỉnh Lâm Đồng\n"
                       "Bộ Tài chính đề nghị Quý Ủy ban rà soát, báo cáo trước ngày 15/3/2017.")
    assert [t.lead for t in letter.tasks] == [["Uỷ ban nhân dân tỉnh Lâm Đồng"]]


def test_employment_is_part_of_a_name():
    letter = read_text("Trung tâm Giới thiệu việc làm tỉnh chủ động tổ chức phiên giao dịch việc làm.")
    assert [t.lead for t in letter.tasks] == [["Trung tâm Giới thiệu việc làm tỉnh"]]


def test_what_a_cited_letter_assigned_is_recalled_not_assigned():
    # "Thực hiện … Công văn số …; trong đó, giao Sở X …" recalls the cited letter; the request that
    # follows is this letter's own
    letter = read_text("Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Công văn số 1428/UBND-XD ngày 16/02/2022; trong đó, "
                       "giao Sở Xây dựng nghiên cứu dự thảo Chỉ thị về vật liệu xây không nung.\n"
                       "Sở Xây dựng đề nghị các đơn vị gửi văn bản góp ý dự thảo Chỉ thị đến Sở Xây dựng trước ngày 20/3/2022.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các đơn vị"], date(2022, 3, 20))]


def test_everyone_is_the_letters_addressees():
    # "Sở Nội vụ đề nghị các cơ quan, đơn vị …" under a Kính gửi list: each addressee; the courtesy
    # "Đề nghị các cơ quan, đơn vị quan tâm thực hiện./." closes the letter and gives no work
    letter = read_text("Kính gửi:\n– Công an tỉnh;\n– Ủy ban nhân dân các huyện, thành phố.\n"
                       "Sở Nội vụ đề nghị các cơ quan, đơn vị (có danh sách kèm theo) lập hồ sơ khen thưởng, gửi về "
                       "Sở Nội vụ trước ngày 18/12/2016.\nĐề nghị các cơ quan, đơn vị quan tâm thực hiện./.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Công an tỉnh", "Ủy ban nhân dân các huyện, thành phố"], date(2016, 12, 18))]


def test_photo_caption_line_is_not_an_assignment():
    letter = read_text("Tỉnh yêu cầu các đơn vị hỗ trợ đầu thu truyền hình cho hộ nghèo. (Ảnh minh họa)\n"
                       "Ngày 16/11, UBND tỉnh có công văn về việc hỗ trợ đầu thu truyền hình số.\n"
                       "Theo đó, UBND tỉnh giao Sở Thông tin và Truyền thông chủ động phối hợp triển khai việc hỗ trợ.")
    assert [t.lead for t in letter.tasks] == [["Sở Thông tin và Truyền thông"]]


def test_a_term_given_after_a_colon_is_a_deadline():
    letter = read_text("Sở Khoa học và Công nghệ đề nghị các sở, ban, ngành đề xuất, đăng ký nhiệm vụ nghiên cứu.\n"
                       "Thời hạn cuối cùng nhận hồ sơ: ngày 20 tháng 4 năm 2020.")
    assert [(t.lead, t.deadline, t.deadline_text) for t in letter.tasks] == [
        (["các sở, ban, ngành"], date(2020, 4, 20), "ngày 20 tháng 4 năm 2020")]
    # a colon after anything else is no deadline
    assert read_text("Giao Sở Y tế tổ chức hội nghị tập huấn.\nĐịa điểm tổ chức: ngày 20/4/2020 tại Hội trường.").tasks[0].deadline is None


def test_a_paragraph_that_ends_listing_what_a_draft_holds_keeps_its_request():
    # "… đề nghị Quý Cơ quan cho ý kiến. Dự thảo gồm:" over "(1) …; (2) …": the items list documents,
    # the request before them is the task; the delivery line below gives its deadline
    letter = read_text("Kính gửi:\n– Sở Tài chính;\n– Sở Y tế.\n"
                       "Bộ Kế hoạch và Đầu tư đề nghị Quý Cơ quan góp ý dự thảo Nghị định nêu trên. Hồ sơ dự thảo gồm:\n"
                       "(1) Dự thảo Tờ trình Chính phủ;\n(2) Dự thảo Nghị định.\n"
                       "Văn bản góp ý của Quý Cơ quan gửi về Bộ Kế hoạch và Đầu tư trước ngày 15/6/2021.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Sở Tài chính", "Sở Y tế"], date(2021, 6, 15))]


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # a proposal put to the Chairman or the Prime Minister who decides is no assignment
        ("Sở Nội vụ đề nghị các sở, ngành rà soát hồ sơ, gửi về Sở để thẩm định, đề nghị Chủ tịch UBND tỉnh "
         "xét tặng Kỷ niệm chương.\nTrước đó, Sở nhận được tờ trình của 5 đơn vị đề nghị Chủ tịch UBND tỉnh quyết định "
         "khen thưởng cho 40 cá nhân.", [["các sở, ngành"]]),
        ("Bộ Tài chính đề nghị Thủ tướng Chính phủ xem xét, quyết định việc bổ sung kinh phí.", []),
        # the Chairman of other committees, and a named province's, can be given that work
        ("Bộ Nội vụ đề nghị Chủ tịch UBND các tỉnh quyết định phân bổ biên chế.", [["UBND các tỉnh"]]),
        # praise gives no work, whoever speaks; the order before it keeps its deadline
        ("Thủ tướng yêu cầu Ban An toàn giao thông các tỉnh kiểm điểm, rút kinh nghiệm ngay trong quý II/2012.\n"
         "Thủ tướng cũng biểu dương 20 địa phương đã giảm cả ba tiêu chí trong quý I/2012.",
         [["Ban An toàn giao thông các tỉnh"]]),
        # who heads a board, and its deputies after ";", is no duty of the board
        ("Ban Tổ chức Hội thi vừa được thành lập. Ban Tổ chức do ông Nguyễn Văn A - Phó Chủ tịch UBND tỉnh làm Trưởng ban; "
         "ông Trần Văn B - Giám đốc Sở Văn hóa làm Phó ban và 15 thành viên.\n"
         "Ban Tổ chức có trách nhiệm xây dựng kế hoạch chi tiết của Hội thi.", [["Ban Tổ chức"]]),
        # the sentence that tells who signed the letter is its issuing, not a task
        ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn C ký văn bản số 112 ngày 5/3, gửi các sở về mùa lễ hội.\n"
         "Lãnh đạo Bộ đề nghị các sở tăng cường kiểm tra các lễ hội.", [["các sở"]]),
    ],
)
def test_proposals_to_superiors_praise_who_heads_a_board_and_who_signed_assign_nothing(text, leads):
    assert [t.lead for t in read_text(text).tasks] == leads


def test_a_report_deadline_below_numbered_contents_is_for_every_content_and_the_addressee():
    # "đề nghị Ủy ban nhân dân tỉnh (thành phố) báo cáo các nội dung sau: 1. … 2. …" to the one UBND addressed;
    # the delivery line below the last item times both items
    letter = read_text("Kính gửi: Ủy ban nhân dân tỉnh Yên Bái\n"
                       "Để tổng hợp báo cáo Thủ tướng Chính phủ, Bộ Nội vụ đề nghị Ủy ban nhân dân tỉnh (thành phố) "
                       "báo cáo các nội dung sau đây:\n"
                       "1. Tiến độ ban hành Kế hoạch thực hiện Chương trình của tỉnh.\n"
                       "2. Báo cáo kết quả một năm triển khai thực hiện Chương trình của tỉnh.\n"
                       "Báo cáo của Ủy ban nhân dân tỉnh (thành phố) đề nghị gửi về Bộ Nội vụ trước ngày 31/3/2014.")
    assert [(t.clause, t.lead, t.deadline) for t in letter.tasks] == [
        ("1", ["Ủy ban nhân dân tỉnh Yên Bái"], date(2014, 3, 31)),
        ("2", ["Ủy ban nhân dân tỉnh Yên Bái"], date(2014, 3, 31))]
    # an item that names its own actor keeps the deadline below the last item to that item
    letter = read_text("Kính gửi: Ủy ban nhân dân tỉnh Yên Bái\n"
                       "Bộ Nội vụ đề nghị Ủy ban nhân dân tỉnh thực hiện các nội dung sau đây:\n"
                       "1. Sở Nội vụ rà soát biên chế của tỉnh.\n"
                       "2. Sở Tài chính bố trí kinh phí thực hiện.\n"
                       "Báo cáo kết quả gửi về Bộ Nội vụ trước ngày 31/3/2014.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Sở Nội vụ"], None), (["Sở Tài chính"], date(2014, 3, 31))]


def test_a_ministry_of_foreign_affairs_gives_no_order_and_a_later_decision_no_work():
    # "giao" of "Bộ Ngoại giao" assigns nothing: a subjectless "Chủ trì, phối hợp với Bộ Ngoại giao, …" is the
    # last lead's, with those two as supporters; "Việc … sẽ được xem xét …" says what will be decided, it gives no work to the addressees
    letter = read_text("Kính gửi: Bộ Văn hóa, Thể thao và Du lịch; Bộ Tài chính.\n"
                       "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức Tuần văn hóa, báo cáo trước ngày 10/9/2025.\n"
                       "Chủ trì, phối hợp với Bộ Ngoại giao, Bộ Công Thương rà soát danh sách, mời khách quốc tế, trước ngày 11/9/2025.\n"
                       "2. Việc thành lập Ban điều phối chung sẽ được xem xét căn cứ kết quả của Tuần văn hóa.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Bộ Văn hóa, Thể thao và Du lịch"], date(2025, 9, 10)), (["Bộ Văn hóa, Thể thao và Du lịch"], date(2025, 9, 11))]
    assert letter.tasks[1].support == ["Bộ Ngoại giao", "Bộ Công Thương"]


@pytest.mark.parametrize(
    "closing",
    [
        ". Nhận được Công văn này, yêu cầu các Sở, ngành và UBND các huyện nghiêm túc triển khai thực hiện./.",
        # a web copy that lost the space after the stop before it
        " cho phù hợp với thực tế.Nhận được văn bản này, đề nghị Sở Tài chính, Sở Y tế tổ chức thực hiện.",
    ],
    ids=["on-receipt", "glued-to-the-sentence-before"],
)
def test_the_situation_and_the_closing_on_receipt_formula_give_no_work(closing):
    # "Hiện nay, …" states the situation the letter answers; "Nhận được Công văn này, yêu cầu X … thực hiện./."
    # closes it (with a deadline or a report it would still be work)
    letter = read_text("Kính gửi: Sở Nông nghiệp và Phát triển nông thôn; Sở Tài chính.\n"
                       "UBND tỉnh chỉ đạo như sau:\n"
                       "Hiện nay, trên địa bàn tỉnh đã có mưa nhiều nên nguy cơ cháy rừng không cao. Tuy nhiên, UBND tỉnh "
                       "yêu cầu Sở Nông nghiệp và Phát triển nông thôn tiếp tục chủ động các biện pháp phòng cháy rừng "
                       + closing)
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["Sở Nông nghiệp và Phát triển nông thôn"], "ongoing")]


def test_a_sector_named_ngành_acts_and_a_section_title_gives_no_task():
    letter = read_text("Chủ tịch UBND tỉnh cũng yêu cầu, ngành Y tế phối hợp với các ngành liên quan tổ chức tốt công tác "
                       "trực Tết.")
    assert [(t.lead, t.support) for t in letter.tasks] == [(["ngành Y tế"], ["các ngành liên quan"])]
    # "I. Phương hướng chung:" titles the paragraphs below it: only their own actors are given work
    letter = read_text("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nSố: 15/CT-UBND\nNinh Thuận, ngày 09 tháng 10 năm 2018\nCHỈ THỊ\n"
                       "Về nhiệm vụ năm học 2018-2019\n"
                       "Ủy ban nhân dân tỉnh yêu cầu ngành Giáo dục và Đào tạo, các sở, ban, ngành có liên quan "
                       "triển khai thực hiện nhiệm vụ năm học, như sau:\n\nI. Phương hướng chung:\n\n"
                       "Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành có liên quan triển khai có hiệu quả các nhiệm vụ.")
    assert [t.lead for t in letter.tasks] == [["Sở Giáo dục và Đào tạo"]]


def test_an_introduction_whose_items_the_excerpt_lost_is_the_assignment_even_above_page_links():
    # the page's own lines after "… đề nghị X triển khai một số nội dung:" are no items of it
    letter = read_text("Cục Trồng trọt vừa có công văn số 512/TT-CLT ngày 03/5/2019 gửi các Sở Nông nghiệp và PTNT các tỉnh. "
                       "Theo đó, Cục Trồng trọt đề nghị Sở Nông nghiệp và PTNT các tỉnh, thành phố triển khai một số nội dung:\n"
                       "Nội dung chi tiết: Công văn số 512/TT-CLT\nLịch công tác trống")
    assert [t.lead for t in letter.tasks] == [["Sở Nông nghiệp và PTNT các tỉnh, thành phố"]]


def test_items_under_a_cu_the_opening_and_their_hand_in_date_make_one_task():
    # "… đề nghị X thực hiện báo cáo. Cụ thể:" opens the items; the last item only hands the work in
    # by a date ("- Yêu cầu gửi biểu mẫu … trước ngày …"): the work and its delivery are one task, and
    # the page's contact lines below it ("Điện thoại: …") are no work
    letter = read_text("Theo đó, Bộ Kế hoạch và Đầu tư đề nghị các Ban Quản lý khu công nghiệp các tỉnh thực hiện báo cáo. "
                       "Cụ thể:\n\n- Báo cáo thống kê tình hình phát triển các khu công nghiệp năm 2019.\n\n"
                       "+ Biểu I.1, I.2 áp dụng đối với khu công nghiệp;\n\n+ Biểu III.1 áp dụng chung.\n\n"
                       "- Yêu cầu gửi biểu mẫu thống kê tới Bộ Kế hoạch và Đầu tư trước ngày 20/01/2020.\n\n"
                       "Điện thoại: (028) 3930 3279\nE-mail: info@example.vn")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["các Ban Quản lý khu công nghiệp các tỉnh"], date(2020, 1, 20))]


def test_recurrent_spending_ministers_and_a_continuing_duty_after_a_review():
    # "chi thường xuyên" is recurrent spending, not a standing duty; "Các Bộ trưởng" stand for their
    # ministries; "; đồng thời, tiếp tục …" after a one-off review ("sơ kết") is a task of its own
    letter = read_text("Kính gửi: Các Bộ, cơ quan ngang Bộ\nThủ tướng Chính phủ có ý kiến như sau:\n"
                       "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ khẩn trương tiến hành sơ kết việc thực hiện Chỉ thị "
                       "số 19/2002/CT-TTg và gửi Bộ Tài chính; đồng thời, tiếp tục tăng cường chỉ đạo thực hiện tốt Chỉ thị này.\n"
                       "2. Các cơ quan, đơn vị dự toán chủ động rà soát nhiệm vụ chi để tiết kiệm thêm 10% dự toán chi thường "
                       "xuyên 6 tháng cuối năm.")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [
        (["các Bộ", "cơ quan ngang Bộ"], None), (["các Bộ", "cơ quan ngang Bộ"], "ongoing"),
        (["Các cơ quan, đơn vị dự toán"], None)]


def test_a_digest_sum_is_dropped_when_the_committee_then_gives_the_work_body_by_body():
    letter = read_text("UBND tỉnh vừa ban hành Công văn số 593/UBND-VP chỉ đạo các sở, ngành, địa phương liên quan tăng "
                       "cường công tác kiểm tra hoạt động khoáng sản.\n\n"
                       "UBND tỉnh giao Sở Tài nguyên và Môi trường tổ chức thanh tra, kiểm tra các điểm mỏ.")
    assert [t.lead for t in letter.tasks] == [["Sở Tài nguyên và Môi trường"]]


def test_a_topic_that_describes_whom_it_is_about_is_not_the_actor_and_a_cited_decision_not_the_letter():
    letter = read_text("Kính gửi: Sở Tài chính\n"
                       "Đối với các doanh nghiệp chưa nộp tiền thuê đất, Sở Tài chính đôn đốc thu nộp trước ngày 30/6/2016.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [(["Sở Tài chính"], date(2016, 6, 30))]
    # a digest that names no letter of its own: the decision a clause cites is not it
    letter = read_text("UBND tỉnh giao Sở Kế hoạch và Đầu tư khẩn trương xây dựng bộ tài liệu xúc tiến đầu tư.\n\n"
                       "Sở Kế hoạch và Đầu tư hướng dẫn các nhà đầu tư hoàn thiện hồ sơ theo quy định tại Quyết định số "
                       "2120/QĐ-UBND ngày 01/12/2021 của UBND tỉnh.")
    assert (letter.number, letter.issued_on) == (None, None)


def test_a_digest_order_with_no_object_goes_to_the_bodies_the_letter_was_sent_to():
    letter = read_text("TTH - Chủ tịch UBND tỉnh vừa có Công văn số 7690/UBND-BTCD gửi thủ trưởng các cơ quan chuyên môn "
                       "thuộc UBND tỉnh, Chủ tịch UBND các huyện, thị xã và TP. Huế về việc phối hợp tiếp công dân.\n\n"
                       "Cụ thể, Chủ tịch UBND tỉnh yêu cầu tổ chức tốt công tác tiếp công dân trong thời gian diễn ra Kỳ họp "
                       "Quốc hội. Đồng thời, tăng cường công tác giải quyết khiếu nại, tố cáo.\n\nLương Xuân Trà")
    assert [t.lead for t in letter.tasks] == [["các cơ quan chuyên môn thuộc UBND tỉnh", "UBND các huyện, thị xã và TP. Huế"]]



@pytest.mark.parametrize(
    ("text", "kinds"),
    [("định kỳ tháng 12 hàng năm báo cáo kết quả thực hiện", ["yearly"]),
     ("định kỳ quý IV hằng năm báo cáo kết quả", ["yearly"]),
     ("báo cáo định kỳ tháng về Sở Nội vụ", ["monthly"])],
    ids=["the-month-of-a-yearly-report", "the-quarter-of-a-yearly-report", "monthly"],
)
def test_the_month_named_after_định_kỳ_is_when_a_yearly_report_is_due(text, kinds):
    from reader.dates import find_timings

    assert [t.recurrence for t in find_timings(text, None) if t.kind == "recurrence"] == kinds


def test_a_digest_sum_is_dropped_when_the_details_name_its_bodies_as_supporters():
    letter = read_text("Đó chính là nội dung chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản số 4235/UBND-KGVX gửi các Sở, ban, "
                       "ngành; UBND các huyện, thị xã, thành phố về việc tăng cường các biện pháp bảo vệ trẻ em.\n\n"
                       "Theo đó, UBND tỉnh giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các Sở, ban, ngành; "
                       "UBND các huyện, thị xã, thành phố tăng cường công tác bảo vệ trẻ em.")
    assert [(t.lead, t.support) for t in letter.tasks] == [
        (["Sở Lao động - Thương binh và Xã hội"], ["các Sở, ban, ngành", "UBND các huyện, thị xã, thành phố"])]


def test_a_forms_fields_are_no_tasks_and_a_fronted_purpose_does_not_make_the_request_standing():
    letter = read_text("BỘ NỘI VỤ\nSố: 1568/BNV-TCBC\nV/v báo cáo số lượng công chức\nHà Nội, ngày 14 tháng 04 năm 2021\n"
                       "Kính gửi:\n- Các Bộ, cơ quan ngang Bộ;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
                       "Để có đủ căn cứ báo cáo về kết quả thực hiện Nghị quyết số 19-NQ/TW về tiếp tục đổi mới hệ thống tổ "
                       "chức các đơn vị sự nghiệp công lập, Bộ Nội vụ đề nghị các Bộ, ngành, địa phương rà soát, tổng hợp báo "
                       "cáo số liệu về số biên chế công chức. Cụ thể như sau:\n\n"
                       "1. Biên chế công chức được cơ quan có thẩm quyền giao\n\na) Năm 2015:……….. biên chế\n\n"
                       "b) Năm 2021:……….. biên chế\n\n2. Số công chức có mặt tại thời điểm ngày 31/3/2021\n\n"
                       "a) Số công chức có mặt:…… người\n\nb) Số biên chế công chức chưa")
    assert [(t.lead, t.recurrence) for t in letter.tasks] == [(["các Bộ, ngành, địa phương"], None)]


def test_riêng_names_its_own_body_and_a_date_for_the_body_handed_the_work_is_not_the_leads():
    letter = read_text("UBND tỉnh Khánh Hòa vừa có văn bản gửi Sở Tài nguyên và Môi trường, UBND các huyện, thị xã, thành phố "
                       "về việc đẩy nhanh công tác lập quy hoạch sử dụng đất.\n\n"
                       "UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố khẩn trương hoàn thiện việc lập Quy hoạch sử dụng "
                       "đất giai đoạn 2021-2030; gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28/10/2021 để sở tổ chức "
                       "thẩm định trình UBND tỉnh trước ngày 10/11/2021. Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện Kế "
                       "hoạch sử dụng đất năm 2021; gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 25/10/2021.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["UBND các huyện, thị xã, thành phố"], date(2021, 10, 28)), (["UBND huyện Khánh Sơn"], date(2021, 10, 25))]


def test_what_a_clause_is_about_before_who_acts_and_a_deadline_in_brackets():
    letter = read_text("Văn phòng Chính phủ ban hành Thông báo số 236/TB-VPCP kết luận của Phó Thủ tướng tại cuộc họp về học phí.\n\n"
                       "Sau khi nghe báo cáo của Bộ Giáo dục và Đào tạo, Phó Thủ tướng có ý kiến như sau:\n\n"
                       "Về việc đề xuất ban hành Nghị quyết của Chính phủ để điều chỉnh lộ trình và một số nội dung liên quan "
                       "về học phí: Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Tư pháp khẩn trương rà soát các vấn đề.\n\n"
                       "Đối với các vấn đề thuộc thẩm quyền của Chính phủ, Bộ Tài chính chủ động phối hợp với các Bộ hoàn "
                       "chỉnh dự thảo Nghị quyết theo các quy định của pháp luật có liên quan (trước ngày 15/12/2023).")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Bộ Giáo dục và Đào tạo"], None), (["Bộ Tài chính"], date(2023, 12, 15))]


def test_the_units_that_manage_and_operate_reservoirs_are_one_body():
    letter = read_text(DIGEST + "UBND tỉnh yêu cầu các đơn vị quản lý, vận hành hồ chứa thủy điện, hồ chứa thủy lợi nghiên cứu, "
                                "triển khai các giải pháp phòng, chống hạn hán.")
    assert [t.lead for t in letter.tasks] == [["các đơn vị quản lý, vận hành hồ chứa thủy điện, hồ chứa thủy lợi"]]


def test_the_same_bodies_handing_the_work_in_time_it():
    letter = read_text("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 3507/BNN-TCLN\nHà Nội, ngày 12 tháng 10 năm 2012\n"
                       "Kính gửi: Các Bộ: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường\n\n"
                       "Để có cơ sở trình Thủ tướng Chính phủ xem xét phê duyệt, Bộ Nông nghiệp và Phát triển nông thôn đề nghị "
                       "các Bộ: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường và các đơn vị có liên quan thuộc Bộ "
                       "Nông nghiệp và Phát triển nông thôn góp ý kiến Đề án này.\n\n"
                       "Đề nghị quý cơ quan gửi văn bản góp ý tới Bộ Nông nghiệp và Phát triển nông thôn trước ngày 26/10/2012 "
                       "để kịp tổng hợp, trình Thủ tướng Chính phủ./.")
    assert [(t.lead, t.deadline) for t in letter.tasks] == [
        (["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Tài nguyên và Môi trường",
          "các đơn vị có liên quan thuộc Bộ Nông nghiệp và Phát triển nông thôn"], date(2012, 10, 26))]
