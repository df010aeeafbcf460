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
