"""Names as letters write them resolve to the agency directory."""
import pytest

from config.directory import directory


@pytest.mark.parametrize("written, code", [
    ("Sở Kế hoạch và Đầu tư", "so-ke-hoach-va-dau-tu"),
    ("Sở KH&ĐT", "so-ke-hoach-va-dau-tu"),
    ("Giám đốc Sở Nội vụ", "so-noi-vu"),
    ("Sở LĐ-TB&XH", "so-lao-dong-tbxh"),
    ("Sở Lao động - Thương binh và Xã hội", "so-lao-dong-tbxh"),
    ("Ban TĐKT", "ban-thi-dua-khen-thuong"),
    ("Sở TT&TT", "so-thong-tin-va-truyen-thong"),
    ("Sở Văn hoá, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),  # hoà/hòa
    ("Uỷ ban nhân dân huyện Krông Nô", "ubnd-huyen-krong-no"),  # uỷ/ủy, full form
    ("UBND huyện Đăk Mil", "ubnd-huyen-dak-mil"),
    ("Văn phòng Điều phối nông thôn mới tỉnh", "van-phong-dieu-phoi-ntm"),
    ("Sở Tài nguyên Môi trường", "so-tai-nguyen-va-moi-truong"),  # a word missing
])
def test_resolve(written, code):
    entry = directory().resolve(written)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize("written", ["Các cơ quan Trung ương trên địa bàn tỉnh", "Sở Ngoại giao", "Bộ Xây dựng"])
def test_unknown_names_do_not_resolve(written):
    assert directory().resolve(written) is None


def test_groups_expand_to_members():
    d = directory()
    districts = d.members("UBND các huyện, thị xã")
    assert len(districts) == 8 and all(e.kind == "huyen" for e in districts)
    departments = {e.code for e in d.members("các Sở, Ban, ngành, các hội, đoàn thể trong tỉnh")}
    assert {"so-noi-vu", "ban-thi-dua-khen-thuong", "cong-an-tinh"} <= departments
    assert "ubnd-huyen-cu-jut" not in departments
    assert d.members("các Doanh nghiệp nhà nước") is None
    assert d.members("Sở Nội vụ") is None
