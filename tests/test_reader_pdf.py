"""Letters as PDF: with a text layer they read like text; a scan without one is refused
with a clear message."""
import pytest

from pdfmaker import make_pdf
from reader import ReaderError, read_file

LETTER = [
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
    "Số: 1234/UBND-TH",
    "V/v báo cáo kết quả thực hiện cải cách hành chính",
    "Đắk Nông, ngày 02 tháng 3 năm 2020",
    "Kính gửi: Sở Nội vụ.",
    "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổng hợp, báo cáo UBND tỉnh",
    "kết quả cải cách hành chính quý I/2020 trước ngày 25/3/2020./.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn A",
]


def test_pdf_with_a_text_layer(tmp_path):
    path = tmp_path / "1234-UBND-TH.pdf"
    path.write_bytes(make_pdf(LETTER))
    letter = read_file(path)
    assert letter.number == "1234/UBND-TH"
    assert letter.issued_on.isoformat() == "2020-03-02"
    [task] = letter.tasks
    assert task.lead == ["Sở Nội vụ"] and task.support == ["Sở Tư pháp"]
    assert task.deadline.isoformat() == "2020-03-25"


def test_scanned_pdf_without_text_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf(None))
    with pytest.raises(ReaderError, match="no text layer"):
        read_file(path)
