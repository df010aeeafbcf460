"""Whatever it is given, the reader returns a Letter or raises ReaderError, and does so quickly."""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import Letter, ReaderError, read_file, read_text

# Pieces of real letters, so that generated text reaches the deep rules, not only the guards.
FRAGMENTS = [
    "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "Số: 2457 /UBND-NC\n",
    "Đắk Nông, ngày 25 tháng 5 năm 2018\n", "V/v đẩy mạnh\n", "Kính gửi:\n", "- Sở Y tế;\n",
    "1. ", "5.1. ", "a) ", "- ", "+ ", "Điều 2. ", "II. ", "1/ ", "| Nội dung | Cơ quan chủ trì | Thời gian |\n",
    "| 1 | Rà soát | Sở Tư pháp | Quý IV/2024 |\n", "Giao ", "Yêu cầu ", "Đề nghị ", "các Sở: Tài chính, Xây dựng ",
    "Sở Tài chính chủ trì, phối hợp với ", "UBND các huyện, thị xã ", "báo cáo ",
    "trước ngày 15/8/2019", "trước 16 giờ ngày ", "trong tháng 12/2018", "Quý III/2018", "hằng tháng",
    "trong thời hạn 05 ngày làm việc kể từ ngày ban hành", "không quá 2 tháng kể từ ngày ", "(", ")", ";", ":",
    ".", ",", "\n", "\n\n", "./.", "Nơi nhận:\n", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", "Nguyễn Văn A",
    "thường xuyên", "có khó khăn, vướng mắc, kịp thời báo cáo", "QUYẾT ĐỊNH:\n", "như sau:\n",
    "ngày 32/13/2019", "99/99", "Quý V/2020", "tháng 13/2020", "năm 99999", "·µ¸", "aø", "\x00", "\u0301",
]

text_strategy = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_any_text_gives_letter_or_reader_error(text):
    start = time.perf_counter()
    try:
        letter = read_text(text)
    except ReaderError as exc:
        assert str(exc)
    else:
        assert isinstance(letter, Letter)
        letter.to_json()
    assert time.perf_counter() - start < 5


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=4000),
    st.sampled_from([b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf1", b"\xff\xfe"]).flatmap(
        lambda head: st.binary(max_size=2000).map(lambda tail: head + tail)),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(lambda parts: "".join(parts).encode("utf-8", "replace")),
))
def test_any_bytes_in_a_file_give_letter_or_reader_error(tmp_path, data):
    path = tmp_path / "letter.bin"
    path.write_bytes(data)
    try:
        letter = read_file(path)
    except ReaderError as exc:
        assert str(exc)
    else:
        assert isinstance(letter, Letter)


def test_long_pathological_text_is_read_fast():
    # long runs that tempt backtracking: commas, capitals, digits and separators without end
    nasty = [
        "Sở " + "A, " * 20000, "1/" * 50000, "trước ngày " * 10000, "(" * 20000 + ")" * 20000,
        "các " * 30000, "Giao " * 20000, "ngày 1 tháng 1 năm " * 5000, "a" * 300_000, "- \n" * 30000,
        "gửi Sở Y tế " * 20000 + "đề nghị", "Chủ tịch UBND tỉnh " * 10000 + "yêu cầu", "Sở A chủ trì, " * 20000,
        # thousands of tasks: comparing each with all the others would be quadratic
        "".join(f"{i % 90 + 1}. Giao Sở Y tế rà soát việc số {i} trước ngày {i % 28 + 1}/3/2020.\n" for i in range(8000)),
        "Giao Sở Y tế rà soát việc. " * 8000,
        # a padded web copy: runs of blanks that many patterns would scan once per position
        "Giao Sở Y tế" + " " * 300_000 + "kiểm tra trước ngày 15/8/2019.", "Kính gửi: Sở Y tế" + "\n" * 300_000 + "Giao Sở Y tế.",
        "Giao Sở Y tế" + "\t \u00a0" * 100_000 + ": kiểm tra.",
    ]
    for text in nasty:
        start = time.perf_counter()
        try:
            read_text(text)
        except ReaderError:
            pass
        assert time.perf_counter() - start < 10, text[:30]
