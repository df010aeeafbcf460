"""The directive reader on the project's seed letter (2457/UBND-NC, Đắk Nông) and on bad input."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reader import ReaderError, read_file, read_text

# the seed letter as the repository carries it (a copy of ../shared/corpus/dev/docs/000.txt),
# so these tests run on any machine
SEED = Path(__file__).resolve().parents[1] / "dondoc" / "examples" / "2457-UBND-NC.txt"
PREAMBLE_LEADS = [
    "các Sở, Ban, ngành, các hội, đoàn thể trong tỉnh",
    "Các cơ quan Trung ương trên địa bàn tỉnh",
    "UBND các huyện, thị xã",
    "các Doanh nghiệp nhà nước",
]


@pytest.fixture(scope="module")
def seed():
    return read_file(SEED)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("number", "2457/UBND-NC"),
        ("issuer", "UBND tỉnh Đắk Nông"),
        ("place", "Đắk Nông"),
        ("issued_on", date(2018, 5, 25)),
        ("doc_type", "công văn"),
        ("subject", "đẩy mạnh tổ chức các phong trào thi đua trọng tâm do UBND tỉnh phát động"),
        ("recipients", [
            "Các Sở, Ban, ngành, Đoàn thể, Hội cấp tỉnh",
            "Các Cơ quan TW trên địa bàn tỉnh",
            "UBND các huyện, thị xã",
            "Văn phòng điều phối nông thôn mới",
            "Các Doanh nghiệp nhà nước thuộc tỉnh",
        ]),
        ("signer_title", "CHỦ TỊCH"),
        ("signer", "Nguyễn Bốn"),
    ],
)
def test_seed_header(seed, field, expected):
    assert getattr(seed, field) == expected


def test_seed_noi_nhan_runs_from_nhu_tren_to_luu(seed):
    assert seed.noi_nhan[0] == "Như trên"
    assert seed.noi_nhan[-1] == "Lưu: VT, NC-Ph"
    assert len(seed.noi_nhan) == 13


# clause, leads, support, deadline, deadline_text, recurrence
SEED_TASKS = [
    ("1", PREAMBLE_LEADS, [], None, None, "ongoing"),
    ("2", PREAMBLE_LEADS, [], None, None, "ongoing"),
    ("3", ["Các cấp, các ngành, các địa phương"], [], None, None, "ongoing"),
    ("4", ["Sở Thông tin và Truyền thông"], [], None, None, "ongoing"),
    ("5.1", ["Văn phòng Điều phối nông thôn mới tỉnh"], [], date(2018, 12, 31), "trong tháng 12/2018", None),
    ("5.2", ["Sở Kế hoạch và Đầu tư"], [], date(2018, 9, 30), "trong Quý III/2018", None),
    ("5.3", ["Sở Lao động - Thương binh và Xã hội"], [], date(2018, 9, 30), "trong Quý III/2018", None),
    ("5.4", ["Sở Nội vụ"], [], date(2019, 1, 31), "trong tháng 01/2019", None),
    ("5.5", ["Ban Thi đua - Khen thưởng tỉnh"], ["các đơn vị có liên quan", "các cơ quan báo chí"],
     None, "theo đúng kế hoạch đã đề ra", "ongoing"),
]


def test_seed_has_exactly_the_nine_tasks(seed):
    assert [t.clause for t in seed.tasks] == [row[0] for row in SEED_TASKS]


@pytest.mark.parametrize(("clause", "lead", "support", "deadline", "deadline_text", "recurrence"), SEED_TASKS)
def test_seed_task(seed, clause, lead, support, deadline, deadline_text, recurrence):
    task = next(t for t in seed.tasks if t.clause == clause)
    assert task.lead == lead
    assert task.support == support
    assert task.deadline == deadline
    assert task.deadline_text == deadline_text
    assert task.recurrence == recurrence
    assert task.deadline_time is None and task.deadline_relative is None
    assert task.review == []
    assert task.action


def test_seed_closing_formula_is_not_a_task(seed):
    # "Nhận được Văn bản này, yêu cầu các đơn vị, địa phương nghiêm túc triển khai …"
    assert not any("các đơn vị, địa phương" in lead for t in seed.tasks for lead in t.lead)


def test_seed_json_contract(seed):
    out = seed.to_json()
    assert out["issued_on"] == "2018-05-25"
    assert out["tasks"][4]["deadline"] == "2018-12-31"
    assert set(out["tasks"][0]) >= {"clause", "lead", "support", "deadline", "deadline_text", "recurrence", "review"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  \t ", "empty"),
        (b"\x00\x01\x02\x03\xff\xfe\x00binary\x00\x00" * 50, "binary"),
        (bytes(range(256)) * 8, "binary"),
        ("Xin chào, hôm nay trời đẹp. Chúng tôi đi chơi công viên.".encode(), "no letter found"),
    ],
    ids=["empty", "blank", "nul-bytes", "all-bytes", "no-clauses"],
)
def test_bad_file_gives_clear_reader_error(tmp_path, content, message):
    path = tmp_path / "letter.txt"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_file(path)


def test_missing_file_gives_reader_error(tmp_path):
    with pytest.raises(ReaderError, match="cannot open"):
        read_file(tmp_path / "nope.txt")


@pytest.mark.parametrize("text", ["", "   ", "12/5/2019 ---- |||"])
def test_read_text_rejects_text_without_a_letter(text):
    with pytest.raises(ReaderError):
        read_text(text)


def test_header_without_operative_clause_gives_letter_without_tasks():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 73/UBND-TH\nHậu Giang, ngày 12 tháng 1 năm 2018\n"
        "V/v ủy quyền chỉ đạo, điều hành\n\nKính gửi: Thường trực Tỉnh ủy.\n\n"
        "Từ ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018, Chủ tịch UBND tỉnh đi công tác tại Hà Nội.\n"
    )
    letter = read_text(text)
    assert letter.number == "73/UBND-TH"
    assert letter.tasks == []
    assert any("no clause assigns work" in w for w in letter.warnings)
