"""Agencies: who must act (chủ trì, lead) and who helps (phối hợp, support).

An agency mention starts with a head noun (Sở, Bộ, UBND, Ban, Văn phòng, Trung tâm, …) or a
group word ("các …"), possibly after a person's title, which is dropped ("Giám đốc Sở Nội
vụ" → "Sở Nội vụ"). It ends where the action starts: at the first lower-case verb of the
directive vocabulary ("chủ trì", "phối hợp", "báo cáo", "rà soát", …). Lists are split on
";" always, and on "," or "và" only where a new agency starts, so that generic groups stay
as written ("các Sở, Ban, ngành, các hội, đoàn thể") while "Sở A, Sở B và các cơ quan liên
quan" gives three. Factored lists are distributed ("các Sở: Tài chính, Xây dựng" → "Sở Tài
chính", "Sở Xây dựng"), keeping official names that contain "," or "và" whole.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reader.text import fold, squash

# Heads that open an agency name. Order: longest first where one is a prefix of another.
_HEADS = (
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Bộ Chỉ huy", "Bộ Tư lệnh",
    "Bảo hiểm xã hội", "Viện kiểm sát", "Cổng thông tin", "Hợp tác xã", "Nhà xuất bản",
    "Tổng công ty", "Tổng cục", "Chi cục", "Chi nhánh", "Công an", "Công ty", "Cơ quan", "Cục",
    "Đơn vị", "Doanh nghiệp", "Đài", "Đoàn", "Liên đoàn", "Mặt trận", "Ngân hàng", "Kho bạc",
    "Thanh tra", "Học viện", "Viện", "Trường", "Phòng", "Tập đoàn", "Trung tâm", "Văn phòng",
    "Ủy ban", "Uỷ ban", "UBND", "HĐND", "UBMTTQ", "Sở", "Bộ", "Ban", "Báo", "Hội đồng", "Hội",
    "Quỹ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Tỉnh đoàn",
    "Thành đoàn", "Huyện đoàn", "Tòa án", "Toà án", "Cảng vụ", "Hải quan", "Điện lực", "Bệnh viện", "Hiệp hội",
    "Chủ đầu tư", "Khu quản lý", "Thành viên", "Lực lượng", "Bộ đội", "Tổ công tác", "Tổ", "Thường trực",
    "Chính phủ", "BCĐ", "TTYT", "BQL", "BCH",
    # more bodies by their head noun: field units, posts, enterprises, academies
    "Bưu điện", "Hạt", "Trạm", "Đội", "Đồn", "Đại học", "Liên minh", "Vườn quốc gia", "Cảng hàng không", "Cảng",
    "Nhà máy", "Xí nghiệp", "Bến xe", "Liên hiệp", "Các", "Những",
)
# Bodies whose head is their whole name ("UBND các huyện, thị xã, Tỉnh đoàn"): always a new item.
_SELF_NAMED = frozenset(("Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ",
                         "Huyện ủy", "Huyện uỷ"))
# Heads that, followed by a capitalised name or standing alone, always begin a new list item.
_STRONG = frozenset((
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "HĐND", "Hội đồng nhân dân", "Sở", "Bộ", "Ban",
    "Văn phòng", "Cục", "Chi cục", "Tổng cục", "Trung tâm", "Công an", "Đài", "Báo", "Kho bạc",
    "Thanh tra", "Bảo hiểm xã hội", "Ngân hàng", "Tập đoàn", "Viện", "Phòng", "Liên đoàn",
    "Mặt trận", "Tòa án", "Toà án", "Viện kiểm sát", "Bộ Chỉ huy", "Công ty", "Tỉnh đoàn",
    "Hải quan", "Điện lực", "Bệnh viện", "Hội", "Tỉnh ủy", "Tỉnh uỷ", "Cảng vụ",
    "Ủy ban", "Uỷ ban", "Hội đồng", "Liên hiệp", "Liên minh", "Đoàn", "Doanh nghiệp",
))
_ALWAYS_NEW = frozenset(("Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "HĐND", "Hội đồng nhân dân",
                         "Công an", "Kho bạc", "Bảo hiểm xã hội", "Bộ Chỉ huy", "Viện kiểm sát", "Tòa án", "Toà án", "UBMTTQ"))
_TITLES = (
    "Phó Chủ tịch Văn xã", "Phó Chủ tịch Văn Xã", "Phó Chủ tịch Kinh tế", "Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Tổng Giám đốc",
    "Tổng giám đốc", "Giám đốc", "Thủ trưởng", "Bộ trưởng", "Thứ trưởng", "Phó Trưởng ban",
    "Trưởng ban", "Trưởng Ban", "Trưởng Phòng", "Chánh Văn phòng", "Chánh văn phòng", "Chánh Thanh tra",
    "Hiệu trưởng", "Trưởng phòng", "Cục trưởng", "Chi cục trưởng", "Tổng cục trưởng",
    "Viện trưởng", "Vụ trưởng", "Chỉ huy trưởng", "Người đứng đầu", "người đứng đầu", "Lãnh đạo", "Chủ nhiệm",
    "Bí thư", "Trưởng", "các đồng chí", "Các đồng chí", "đồng chí", "Đồng chí",
    # press copies write the titles in lower case ("yêu cầu giám đốc các sở, ban, ngành và chủ tịch
    # UBND các huyện"); as everywhere, a title is dropped only when an agency follows it
    "phó chủ tịch", "chủ tịch", "phó giám đốc", "giám đốc", "thủ trưởng", "lãnh đạo", "bộ trưởng",
    "hiệu trưởng", "trưởng ban", "trưởng phòng", "chánh văn phòng", "chủ nhiệm",
)
# Where an agency phrase ends: the first of these, in lower case, outside brackets.
_VERBS = (
    "chủ trì", "phối hợp", "có trách nhiệm", "có nhiệm vụ", "có sự", "chịu trách nhiệm", "căn cứ", "khẩn trương",
    "nghiêm túc", "tập trung", "chủ động", "kịp thời", "tích cực", "phải", "cần", "được",
    "tiến hành", "thực hiện", "triển khai", "tổ chức", "xem xét", "nghiên cứu", "rà soát",
    "báo cáo", "gửi", "chỉ đạo", "hướng dẫn", "theo dõi", "đôn đốc", "kiểm tra", "tham mưu",
    "tổng hợp", "tổng kiểm tra", "tổng rà soát", "tổng điều tra", "tổng vệ sinh", "xây dựng", "hoàn thành", "hoàn thiện", "trình", "thẩm định", "giải quyết",
    "xử lý", "làm việc", "tham gia", "quán triệt", "vận động", "thống nhất", "trả lời", "bố trí",
    "cho ý kiến", "góp ý", "tiếp thu", "ký", "thừa ủy quyền", "thừa uỷ quyền", "thay mặt", "treo",
    "thông báo", "đẩy mạnh", "tăng cường", "bảo đảm", "đảm bảo", "thống kê", "nộp", "cung cấp",
    "phổ biến", "tuyên truyền", "lập", "điều chỉnh", "sơ kết", "tổng kết", "giúp", "tiếp tục",
    "nắm", "khắc phục", "phê duyệt", "ban hành", "hoàn tất", "đánh giá", "khảo sát", "tập huấn",
    "đề xuất", "kiến nghị", "phân công", "chuẩn bị", "lấy ý kiến", "quản lý", "giám sát",
    "chấn chỉnh", "sắp xếp", "cập nhật", "công bố", "đăng tải", "niêm yết", "kiểm soát",
    "ngăn chặn", "duy trì", "nâng cao", "đề nghị", "yêu cầu", "chuyển", "với tinh thần", "thường xuyên", "định kỳ", "luôn", "phát động",
    "hưởng ứng", "cử", "hỗ trợ", "trao đổi", "liên hệ", "xác định", "xác minh", "lựa chọn",
    "soạn thảo", "bổ sung", "sửa đổi", "đưa", "dừng", "tạm dừng", "mở", "rà", "chịu", "có ý kiến",
    "đến nay", "chưa", "đã", "đang", "sẽ", "vẫn", "cũng", "nhằm", "để", "sớm", "ngay", "theo chức năng",
    "theo thẩm quyền", "theo phạm vi", "theo quy định", "theo đề nghị", "theo dõi", "trong phạm vi", "thuộc phạm vi",
    "căn cứ", "tiếp nhận", "bàn giao", "vận hành", "thu", "chi trả", "rút", "công khai", "áp dụng",
    "thi hành", "làm", "phát huy", "chú trọng", "quan tâm", "thẩm tra", "trình bày",
    "ưu tiên", "bám sát", "thanh tra", "thanh toán", "quyết toán", "giải ngân", "hoàn trả",
    "nhận", "thông tin", "đối chiếu", "kê khai", "xin", "mời", "trên cơ sở", "vừa", "thành lập", "đẩy nhanh",
    "kết luận", "nhấn mạnh", "lưu ý", "phát biểu", "cho biết", "lãnh đạo", "về việc", "có văn bản", "có báo cáo",
    "mua sắm", "có công văn", "có công điện", "chấp hành", "tranh thủ", "tạm hoãn", "di dời", "sơ tán", "phục hồi", "khôi phục", "huy động",
    "ứng phó", "bảo vệ", "không được", "không để", "thu hoạch", "bằng các", "bằng văn bản",
    # adverbs of frequency and manner and the predicate of readiness: never part of a name
    "hằng ngày", "hằng tuần", "hằng tháng", "hằng quý", "hằng năm", "hàng ngày", "hàng tuần", "hàng tháng",
    "hàng quý", "hàng năm", "tuyệt đối", "sẵn sàng",
    # "có" with the plan it must make: the predicate, never part of a name
    "có kế hoạch", "có phương án", "có biện pháp", "có giải pháp", "kính mời", "trân trọng kính mời",
    "trân trọng", "cảm ơn", "xin cảm ơn", "rất mong", "mong",
    "cụ thể hóa", "cụ thể hoá", "tính toán", "cân nhắc", "nghiêm cấm", "đồng ý", "chấp thuận",
    "đăng", "kính trình", "kính báo cáo",
    "chia sẻ", "kiện toàn", "có chức năng", "tăng", "kiểm điểm", "rút kinh nghiệm",
    "Báo cáo",  # "…, UBND các huyện; Báo cáo kịp thời …": never the newspaper "Báo X"
    # praise, and a speaker's remark: what a body thinks or says of the work, never part of its name
    "thông tin thêm", "rất", "đánh giá cao", "biểu dương", "ghi nhận", "khen ngợi", "chúc mừng", "hoan nghênh",
)
_VERB_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, set(_VERBS) - {"xây dựng", "cử", "làm"}), key=len, reverse=True)) + r")(?![\w])"
    r"|(?<![\w])(?<!việc )làm(?![\w])"  # "Trung tâm Giới thiệu việc làm": employment, a noun
    r"|(?<![\w])(?<!Ngoại )giao(?! thông)(?![\w])"  # "Bộ Ngoại giao": foreign affairs
    r"|(?<![\w])(?<!hàng )(?<!Hàng )không(?![\w])"  # negation ends a name; "hàng không" is aviation
    r"|(?<![\w])trong(?= (?:thời hạn|thời gian|vòng|tháng|quý|năm|ngày|quá trình|\d+\s*(?:ngày|tháng|năm|tuần|giờ|quý)|\d+/"
    r"|(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười) (?:ngày|tháng|tuần|giờ)))"
    # "cho học sinh nghỉ học": "cho" before a lower-case word is the verb, not part of a name
    r"|(?<![\w])cho(?= [a-zđà-ỹ])"
    r"|(?<![\w])(?<!đầu tư )xây dựng(?![\w])"  # "Ban Quản lý dự án đầu tư xây dựng": construction, a noun
    r"|(?<![\w])(?<!bầu )cử(?![\w])"  # "Ủy ban bầu cử các xã": the election committee
    r"|(?<![\w])tự(?= (?:đánh giá|kiểm tra|rà soát|chịu|chủ động|tổ chức|bố trí|thực hiện|cân đối|bảo đảm|đảm bảo)(?![\w]))"
    r"|(?<![\w])trước(?= (?:ngày|\d|mắt))|[.:?!](?=\s|$)"
    # a cited letter ends the name: "UBND các huyện tại Công văn số …", "… theo Kế hoạch số …"
    r"|(?<![\w])(?:tại|theo)(?= (?:[Cc]ông văn|[Vv]ăn bản|Quyết định|Chỉ thị|Kế hoạch|Thông báo|Công điện)(?![\w]))"
    r"|(?<![\w])là(?![\w])(?!\s+chủ\b)"  # the copula; "các Bộ là chủ Chương trình" names which Bộ
)
_HEAD_RE = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True)) + r")(?![\w])", re.I
)
_TITLE_RE = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, _TITLES), key=len, reverse=True)) + r")(?![\w])\s*:?\s*"
)
_SPEAKING = frozenset(("yêu cầu", "đề nghị", "giao", "có ý kiến", "thông báo", "ban hành", "kính mời", "trân trọng kính mời",
                       "trân trọng", "cảm ơn", "xin cảm ơn", "rất mong", "mong",
                       "đã", "kính đề nghị", "trân trọng đề nghị", "xin", "nhận", "đang",
                       "kết luận", "nhấn mạnh", "lưu ý", "phát biểu", "cho biết",
                       "có văn bản", "có công văn", "có công điện", "đồng ý", "chấp thuận",
                       "kính trình", "kính báo cáo", "thông tin thêm"))  # the writer of a letter speaking; a speaker at a meeting
_NOT_SPECIFIC = frozenset(("Trung", "ương", "TW", "Chính", "Nhà", "Nước", "Thường", "Nhân"))
# Nouns that name bodies after "các"/"những" (lower case; a capitalised word is a name anyway)
_ORG_NOUN = re.compile(
    r"(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|cấp|huyện|xã|tỉnh|thành phố|quận|phường|thị xã|thị trấn|"
    r"trường|chủ|doanh nghiệp|hội|đoàn|thành viên|tổ chức|tổ|phòng|trung tâm|tập đoàn|tổng công ty|công ty|bệnh viện|"
    r"viện|cục|chi cục|ủy ban|uỷ ban|văn phòng|lực lượng|ngân hàng|hiệp hội|đài|báo|cơ sở|nhà|học viện|"
    r"hợp tác xã|đội|chi nhánh|thôn|bản|khu phố|bên|kho bạc|quỹ|"
    r"hộ kinh doanh|trạm|cửa hàng|chợ|khu công nghiệp|khu chế xuất|cảng|hãng|khách sạn|nhà máy|bến xe|đại lý|siêu thị|"
    r"tổng đại lý|cơ sở|nhóm lớp|nhóm trẻ)(?![\w])"
)
_GENERIC_LOWER = re.compile(
    r"^(?:các|những)\s+" + _ORG_NOUN.pattern + r"|^(?:cơ quan|đơn vị|địa phương|doanh nghiệp|nhà trường)\b"
    r"|^sở,?\s+(?:ban,?\s+)?ngành\b"  # "yêu cầu sở, ngành liên quan, UBND các quận …" without "các"
)

# Official names holding "," or "và" that a factored list must not cut.
_KNOWN = (
    "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch", "VH,TT&DL", "VH, TT&DL",
    "VHTT&DL", "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội",
    "Lao động – Thương binh và Xã hội", "Kế hoạch và Đầu tư", "Tài nguyên và Môi trường",
    "Thông tin và Truyền thông", "Giáo dục và Đào tạo", "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường", "Khoa học và Công nghệ", "Dân tộc và Tôn giáo",
    "Văn hóa và Thể thao", "Phát thanh và Truyền hình", "Tài chính - Kế hoạch",
    "Thi đua - Khen thưởng", "Kế hoạch - Tài chính", "HĐND và UBND", "Hội đồng nhân dân và Ủy ban nhân dân",
)
_KNOWN_RE = re.compile(
    "|".join(
        r"\s*".join(re.escape(w) for w in name.replace(",", " , ").split())
        for name in sorted(_KNOWN, key=len, reverse=True)
    ),
    re.I,
)
KNOWN_NAMES = _KNOWN_RE  # official names that hold "," "và" or "-": the layout keeps them on one line
_FACTORED = re.compile(
    r"^(?P<pre>(?:các|Các)\s+)?(?P<head>Sở|Bộ|sở|bộ|Ban|ban|Cục|cục|Phòng|phòng|"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban Nhân dân|Uỷ ban Nhân dân) các (?:tỉnh|huyện|xã|quận|thành phố)"
    r"(?:\s*,\s*(?:thành phố|thị xã))?)"
    r"\s*:\s*(?P<items>.+)$"
)
_PARENS = re.compile(r"\s*\([^()]*\)")
# a place name: capitalised syllables ("Thanh Hóa", "Bà Rịa - Vũng Tàu")
_PLACE = r"[^\W\d_a-zđ][^\W\d_]*(?:(?:\s+|\s*-\s*)[^\W\d_a-zđ][^\W\d_]*){0,4}"
# a later place of another level: "UBND các huyện Phù Mỹ, Vân Canh, TX.An Nhơn và TP.Quy Nhơn"
_OWN_LEVEL = r"(?:(?:TX|TP|Tp)\.\s*|(?:thị xã|thành phố)\s+)"
_OWN_LEVEL_RE = re.compile(_OWN_LEVEL)
_FACTORED_PLACES = re.compile(
    r"^(?P<head>UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở [^\W\d_a-zđ][^,]{2,40}?) (?P<all>(?:các|\d+|hai|ba|bốn|năm) )?(?P<level>tỉnh|huyện|thành phố|quận|xã|thị xã)\s+"
    r"(?P<names>" + _PLACE + r"(?:(?:\s*,\s*|\s*,?\s+và\s+)" + _OWN_LEVEL + "?" + _PLACE + r")+)$"
)
_A_PLACE = re.compile(r"(?:tỉnh|huyện|quận|thị xã) [^\W\d_a-zđ]")  # a place named as the body that acts
_PLACES_ONLY = re.compile(
    r"^[Cc]ác (?P<level>tỉnh|huyện|quận|xã|thị xã)\s+"
    r"(?P<names>" + _PLACE + r"(?:(?:\s*,\s*|\s*,?\s+và\s+)" + _OWN_LEVEL + "?" + _PLACE + r")+)$"
)
_SHARED_PLACE = re.compile(
    r"^(?P<a>UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s*,\s*(?P<b>[a-zđ][^,;:]{2,60}?)\s+"
    r"(?P<places>các\s+(?:huyện|quận|xã|phường|thị xã|thành phố|tỉnh)(?![\w]).*)$")
_PLACE_SEP = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
# the body's role in apposition: "Sở KH&ĐT - cơ quan thường trực …", "Sở TN&MT là cơ quan thường
# trực …"; a restrictive "các Bộ là chủ Chương trình" names which Bộ and stays
_APPOSITIVE = re.compile(r"\s*[-–]\s+(?=(?:[Cc]ơ\s*quan|đơn\s*vị|là|cơquan)\b)|\s+là\s+(?=(?:cơ\s*quan|đơn\s*vị|đầu\s*mối)\b)")
_TRAILING = re.compile(
    r"(?:[\s,;:\-–]+|\s*(?:\.{2,}|…)|(?<!\btrực)\s+thuộc|\s+(?:của|tại|trên|và|với|cùng|để|có|là|thì|phải|cần|đồng thời|"
    r"theo|sau đây|nêu trên|như sau))+$"
)
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")  # "các Sở Giáo dục và Đào tạo[1]": a web copy's footnote mark
# "… và toàn thể Nhân dân": the population is addressed too, but it is not an agency
_PEOPLE = re.compile(r"\s+(?:và|cùng)\s+(?:toàn thể\s+|các tầng lớp\s+)?(?:Nhân dân|nhân dân|người dân)\b.{0,40}$")
_LEADING = re.compile(r"^(?:và|cùng|với|đồng thời|giao|Giao|,|;|-|–)\s+")
_DASH = re.compile(r"(?<=[^\W\d_]{2})\s*([-–])\s*(?=[^\W\d_]{2})")


# Common words that begin with a head noun but name no agency ("Báo cáo", "Tổ chức", …).
_NOT_AGENCY = re.compile(
    r"^(?:Báo cáo|Ban hành|Hội nghị|Hội thảo|Hội ý|Tổ chức|Phòng chống|Phòng, chống|Phòng ngừa|"
    r"Trường hợp|(?:Các|Những) trường hợp|Đoàn kết|Cục bộ|Vụ việc|Bộ phận|Bộ máy|Bộ tiêu chí|Bộ hồ sơ|Bộ chỉ số|Quỹ đất|"
    r"Đội ngũ|Hạt giống|Trạm dừng|Cảng biển|Cảng cá|Viện dẫn|Sở hữu|Sở dĩ|Đơn vị nào|Cơ quan nào|Đài tưởng niệm|Tổ quốc|Chính phủ điện tử|"
    # a head's chief is a person ("Bộ trưởng Phùng Xuân Nhạ chủ trì làm việc"), not the body
    r"(?:Bộ|Cục|Chi cục|Tổng cục|Viện|Tổ|Đoàn|Hội|Sở|Ban) trưởng)\b",
    re.I,
)


_CANONICAL: dict[str, str] = {}
for _h in _HEADS:
    _CANONICAL.setdefault(_h.lower(), _h)  # first spelling in _HEADS wins, as the old scan did


def starts_with_head(text: str) -> re.Match | None:
    """The head noun at the start of `text` (first letter case-insensitive), if any."""
    if _NOT_AGENCY.match(text):
        return None
    m = _HEAD_RE.match(text)
    if not m:
        return None
    word = m.group()
    if word.lower() in ("các", "những"):
        # "các sở, ngành", "các chủ đầu tư", "các Sở": a group of bodies; "những người",
        # "những công trình" name no agency
        rest = text[m.end():].lstrip()
        return m if rest[:1].isupper() or _ORG_NOUN.match(rest) else None
    # a lower-case head counts only for generic nouns ("cơ quan", "đơn vị") …
    if word[0].islower() and word.lower() not in ("cơ quan", "đơn vị", "doanh nghiệp", "thành viên", "chủ đầu tư", "lực lượng",
                                                  "ủy ban nhân dân", "uỷ ban nhân dân"):
        return None
    # … and a capital one must be the head as spelled in the list, not e.g. "Ban hành"
    canonical = _canonical(word)
    if word[1:] != canonical[1:] and not (" " in word and word.split(" ", 1)[0][1:] == canonical.split(" ", 1)[0][1:]):
        return None  # "Ban hành" is no "Ban"; "Ủy ban Nhân dân" is "Ủy ban nhân dân" capitalised
    return m


def _canonical(word: str) -> str:
    return _CANONICAL.get(word.lower(), word)


def strip_title(text: str) -> str:
    """Drop a person's title when an agency or a group follows it."""
    if _MINISTERS.fullmatch(text):
        return "các Bộ"  # "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ …": the ministers stand for their ministries
    inspector = _HEAD_INSPECTOR.match(text)
    if inspector:
        return text[inspector.end():]  # "Tổng Thanh tra Chính phủ", "Chánh Thanh tra tỉnh": who heads Thanh tra X
    m = _TITLE_RE.match(text)
    if not m:
        return text
    rest = text[m.end():]
    if starts_with_head(rest) or rest[:4].lower() == "các " or _GENERIC_LOWER.match(rest):
        return rest
    # "các đồng chí Chủ tịch UBND các huyện", "giám đốc, thủ trưởng các sở": all the titles go
    joint = _TITLE_JOINT.match(rest)
    after = rest[joint.end():] if joint else rest
    inner = strip_title(after) if _TITLE_RE.match(after) else after
    return inner if inner is not after else text


_MINISTERS = re.compile(r"[Cc]ác\s+Bộ\s+trưởng")
_HEAD_INSPECTOR = re.compile(r"(?:Tổng|Chánh)\s+(?=Thanh tra\s+[^\W\d_])")
_TITLE_JOINT = re.compile(r"\s*(?:,|và)\s+")


def is_agency_start(text: str) -> bool:
    """True if an agency mention (maybe after a title) starts `text`."""
    text = text.lstrip()
    stripped = strip_title(text)
    if stripped is not text:
        return True
    if _GENERIC_LOWER.match(text) or _LOWER_HEAD_NAMED.match(text):
        return True
    return starts_with_head(text) is not None


# "sở GDĐT các tỉnh", "sở Tài chính": a department written in lower case, still named by what follows
_LOWER_HEAD_NAMED = re.compile(r"(?:sở|bộ|ngành)\s+[A-ZĐ]")  # "ngành Văn hóa, Thể thao và Du lịch": the sector


# The standard names of ministries and provincial departments: a Bộ or Sở so named is complete, and
# a lower-case word after it ("Bộ Giao thông vận tải tính toán, cân nhắc …") begins the action
# unless it places the body ("Sở Y tế tỉnh", "Sở Tài chính các tỉnh").
_SECTORS = (
    "Giao thông vận tải", "Giao thông - Vận tải", "Tài chính", "Xây dựng", "Y tế", "Tư pháp", "Nội vụ", "Công Thương",
    "Công thương", "Ngoại giao", "Ngoại vụ", "Quốc phòng", "Khoa học và Công nghệ", "Giáo dục và Đào tạo",
    "Tài nguyên và Môi trường", "Kế hoạch và Đầu tư", "Lao động - Thương binh và Xã hội",
    "Lao động – Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch",
    "Thông tin và Truyền thông", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và PTNT", "Nông nghiệp và Môi trường",
    "Dân tộc và Tôn giáo", "Khoa học, Công nghệ và Môi trường", "Thương mại", "Du lịch", "Kế hoạch - Đầu tư",
)
_SECTOR_FULL = re.compile(r"(?:Bộ|Sở)\s+(?:" + "|".join(re.escape(x) for x in sorted(_SECTORS, key=len, reverse=True)) + r")")
_SECTOR_NAME = re.compile(
    _SECTOR_FULL.pattern +
    r"(?=\s+(?!(?:tỉnh|thành phố|thành|huyện|quận|thị xã|thị|các|và|cùng|với|hoặc|trực thuộc|thuộc|TP|Tp)\b)[a-zđà-ỹ])"
)


# or by its abbreviation: "các Sở LĐTB&XH, Tư pháp, Tài chính, TT&TT"
_SECTOR_ALT = "|".join(re.escape(x) for x in sorted(_SECTORS, key=len, reverse=True)) + r"|[A-ZĐ]{2,6}(?:\s?[&-]\s?[A-ZĐ]{1,5}){0,3}"
_SECTOR_ITEM = re.compile(rf"(?:{_SECTOR_ALT})(?=\s*(?:,|và|$))")
_FACTORED_SECTORS = re.compile(
    rf"^[Cc]ác\s+(?P<head>Sở|Bộ|sở|bộ)\s+(?P<items>(?:{_SECTOR_ALT})(?:\s*,\s*(?:và\s+)?(?:{_SECTOR_ALT})|\s+và\s+(?:{_SECTOR_ALT}))+)$")


def is_standard_name(span: str) -> bool:
    """ "Bộ Giao thông vận tải", "Sở Y tế": a ministry or department by its standard name, nothing more."""
    return _SECTOR_FULL.fullmatch(span.strip()) is not None


def agency_span(text: str, start: int = 0) -> tuple[str, int]:
    """The agency phrase starting at `start` and the offset where the action begins."""
    depth = 0
    i = start
    limit = min(len(text), start + 600)
    sector = _SECTOR_NAME.match(text, start)
    if sector:
        return text[start:sector.end()], sector.end() + 1
    while i < limit:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c == ":" and i > start and _ACTION_AFTER_COLON.match(text[i + 1:i + 60].lower()):
                return text[start:i].strip(), i + 1  # "Phòng TN&MT huyện: Xây dựng kế hoạch …"
            if c.isupper() and i > start and _LOCALITY_BEFORE.search(text, start, i):
                # a headline in title case: "UBND huyện Đánh giá kết quả tháng 10": a place name
                # capitalises every syllable ("huyện Thống Nhất"), a predicate only its first
                verb = _VERB_RE.match(c.lower() + text[i + 1:i + 40])
                if verb and " " in verb.group() and verb.group().split(" ", 1)[1][:1].islower():
                    return text[start:i].strip(), i
            m = _VERB_RE.match(text, i) if i == start or not text[i - 1].isalnum() else None
            if m:
                tok = m.group()
                if tok == ":" and _colon_is_factored(text[start:i]):
                    i += 1  # "các Sở: Tài chính, Xây dựng"
                    continue
                if (tok in _COMMITTEE_FUNCTIONS and _COMMITTEE_BEFORE.search(text, start, i)) or (
                        tok == "quản lý" and _MANAGING_BEFORE.search(text, start, i)) or (
                        tok in ("vận hành", "khai thác", "sử dụng") and _MANAGING_AND.search(text, start, i)):
                    i = m.end()  # "Ban chỉ đạo", "Ban quản lý dự án": the function names the body
                    continue
                if tok == "trình" and text[max(start, i - 5):i].lower() == "công ":
                    i = m.end()  # "Ban QLDA đầu tư xây dựng các công trình …": works, not "submit"
                    continue
                if tok == "thông tin" and text[max(start, i - 5):i].lower() == "cổng ":
                    i = m.end()  # "Cổng thông tin điện tử tỉnh": the e-portal, a body of its own
                    continue
                if tok == "lãnh đạo" and (_COMRADES.fullmatch(text, start, i) or (
                        text[i - 2:i] == ", " and is_agency_start(text[m.end():].lstrip()))):
                    i = m.end()  # "các đồng chí lãnh đạo các địa phương", "…, lãnh đạo các Bộ": the people who lead them
                    continue
                if tok == "thường xuyên" and text.endswith("giáo dục ", start, i):
                    i = m.end()  # "Trung tâm giáo dục thường xuyên": the kind of school
                    continue
                if tok in ("lập", "quản lý") and _COMPOUND_BEFORE.search(text, start, i):
                    i = m.end()  # "đơn vị sự nghiệp công lập", "thuộc tỉnh quản lý": part of the name
                    continue
                if tok == "tổ chức" and i - start > 4 and text[i - 2:i] == ", " \
                        and (_GENERIC_START.match(text, start) or _KIND_BEFORE.search(text, start, i)) \
                        and not _VERB_RE.match(text, m.end() + 1):
                    i = m.end()  # "các bộ, cơ quan, tổ chức ở trung ương": a noun in a list of bodies
                    continue
                if tok == "tổ chức" and _GROUP_WORD_BEFORE.search(text, start, i):
                    i = m.end()  # "các tổ chức chính trị - xã hội": after a group word it is the noun
                    continue
                if tok == "được" and _GENERIC_START.match(text, start) and ";" not in text[start:i]:
                    assigned = _ASSIGNED.match(text, i)
                    if assigned:  # "các đơn vị được phân công": the participle says which units
                        i = assigned.end()
                        continue
                if i > start:
                    if tok in _CLAUSE_END:
                        cut = _generic_cut(text, start, i)
                        if cut:  # "các doanh nghiệp vận tải tuân thủ nghiêm quy định.": no verb known
                            return text[start:cut].strip(), cut
                    return text[start:i].strip(), i
            elif c.islower() and text[i - 1] == " " and i > start and _name_closed(text, start, i):
                # "các cơ sở y tế trên địa bàn tỉnh sẵn sàng …", "Ban Chỉ huy … tỉnh trực ban …": a
                # name closed by its place takes no further lower-case word but a connector
                return text[start:i].strip(), i
        i += 1
    cut = _generic_cut(text, start, limit)
    if cut:
        return text[start:cut].strip(), cut
    return text[start:limit].strip(), limit


# ---- the name-closure model -------------------------------------------------------------------
# An agency name is a head noun and a name span. Where no verb of the list ends it, grammar does:
# a span closed by its place ("… tỉnh", "… huyện Bình Sơn", "… trung ương", "… trên địa bàn tỉnh")
# takes no more lower-case words except those that continue a place or a list (connectors).
_CLAUSE_END = frozenset((".", "?", "!"))
_LOCALITY_CLOSED = re.compile(
    r"(?<![\w])(?<!tác )(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|[Tt]rung ương|TW)"
    r"(?:\s+(?:[^\W\d_a-zđà-ỹ][\w&.-]*))*\s+$"
)
# lower-case words that go on after a place: another place or list, a region, a qualifier of places
_CONNECTOR = frozenset((
    "và", "các", "những", "thuộc", "trực thuộc", "liên quan", "có", "hội", "trên", "trong", "ven", "miền", "vùng", "biên", "đặc",
    "nghèo", "khu", "đồng", "cấp", "nông", "hải", "giáp", "dọc", "ngoài", "lân", "bị", "chịu", "bộ", "nơi",
    "cùng", "hoặc", "đóng", "thành", "thị", "huyện", "xã", "tỉnh", "phường", "quận", "nhà", "phía", "từ", "đến",
    "gồm", "theo", "mới", "trung", "ương", "trọng", "vùng", "còn", "đã", "hay",
))
_PLACE_WORDS = frozenset(("tỉnh", "huyện", "phố", "xã", "quận", "phường", "trấn", "ương"))
_WORD_AT = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def _name_closed(text: str, start: int, i: int) -> bool:
    """The lower-case word at `i` cannot continue the name begun at `start`: the name is closed by
    its place and the word is no connector."""
    if i - start < 6:
        return False
    prev = text[text.rfind(" ", start, i - 1) + 1:i - 1]  # the word before: a place word or a name
    if not prev or not (prev[0].isupper() or prev in _PLACE_WORDS):
        return False
    w = _WORD_AT.match(text, i)
    if not w or w.group() in _CONNECTOR or w.group().split(" ", 1)[0] in _CONNECTOR:
        return False
    return _LOCALITY_CLOSED.search(text, max(start, i - 80), i) is not None


# "các <body noun> <two syllables>": a lower-case group named by its kind and one two-syllable
# qualifier ("các doanh nghiệp vận tải", "các cơ sở y tế"); used only where no verb ends the span
_GENERIC_QUALIFIED = re.compile(
    r"(?:[Cc]ác|[Nn]hững)\s+(?:" + _ORG_NOUN.pattern + r")(?:\s+[a-zđà-ỹ]+){1,2}(?=\s+[a-zđà-ỹ])"
)
# "các cơ quan, đơn vị", "các sở, ban, ngành": a list of body nouns, which no qualifier follows
_GENERIC_LIST = re.compile(
    r"(?:[Cc]ác|[Nn]hững)\s+(?:" + _ORG_NOUN.pattern + r")(?:\s*,\s*(?:và\s+)?(?:các\s+)?(?:" + _ORG_NOUN.pattern + r"))+"
    r"(?:\s+(?:có liên quan|liên quan|chức năng|chuyên môn|cấp (?:tỉnh|huyện|xã)|(?:trực thuộc|thuộc)\s+[^\s,;]+))?(?=\s+[a-zđà-ỹ])"
)


def _generic_cut(text: str, start: int, end: int) -> int | None:
    """Where a generic group ends when the scan found no verb before the end of its clause."""
    title = _TITLE_RE.match(text, start, end)  # "người đứng đầu các cơ quan, đơn vị nêu cao …"
    at = title.end() if title else start
    m = _GENERIC_LIST.match(text, at, end) or _GENERIC_QUALIFIED.match(text, at, end)
    if not m:
        return None
    rest = text[m.end():end].split()
    if len(rest) < 2 or rest[0] in _CONNECTOR or " ".join(rest[:2]) in _CONNECTOR:
        return None
    return m.end()


# A committee is named by its function: Ban chỉ đạo, Ban quản lý dự án, Ban tổ chức, Tổ kiểm
# tra, Hội đồng thẩm định. Right after such a head the verb is part of the name, not the action.
_COMMITTEE_FUNCTIONS = frozenset((
    "chỉ đạo", "quản lý", "tổ chức", "kiểm tra", "thẩm định", "giám sát", "tư vấn", "điều hành",
    "tuyên truyền", "vận động", "tiếp nhận", "thẩm tra", "đánh giá", "xử lý", "giúp", "nghiên cứu",
))
_COMMITTEE_BEFORE = re.compile(r"(?<![\w])(?:Ban|ban|Tổ|tổ|Hội đồng|hội đồng|Ủy ban|Uỷ ban|(?<!Tỉnh )(?<!Thành )(?<!Huyện )(?:Đoàn|đoàn)|Trung tâm|Viện)\s+$")
_MANAGING_BEFORE = re.compile(r"(?<![\w])(?:đơn vị|cơ quan|Đơn vị|Cơ quan|Khu|khu)\s+$")  # "các đơn vị quản lý hồ chứa"
_MANAGING_AND = re.compile(r"(?<![\w])(?:đơn vị|cơ quan|Đơn vị|Cơ quan)\s+quản lý\s*(?:,|và)\s*$")  # "đơn vị quản lý, vận hành hồ"
_LOCALITY_BEFORE = re.compile(r"(?<![\w])(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường|thị trấn)\s$")
_CONCURRENT = re.compile(
    r"\s*,\s*(?:kiêm\s+)?(?:Phó\s+)?[Tt]rưởng\s+[Bb]an(?:\s+[Tt]hường\s+trực)?\s+(?:Ban\s+[Cc]hỉ\s+(?:đạo|huy)|BCĐ|BCH)[^,;]*")
_COMPOUND_BEFORE = re.compile(r"(?<![\w])(?:công|độc|thuộc (?:tỉnh|huyện|thành phố|sở|bộ|ngành)|do (?:tỉnh|huyện|thành phố))\s+$")
_GROUP_WORD_BEFORE = re.compile(r"(?<![\w])(?:các|Các|những|Những)\s+$")
_STRONG_START = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s")


_GENERIC_START = re.compile(r"(?:[Cc]ác|[Nn]hững)\s+[^\W\dA-ZĐ]")
_KIND_BEFORE = re.compile(r"(?<![\w])(?:cơ quan|ngành|đơn vị),\s$")  # "Các Sở, ngành, tổ chức đoàn thể …"
_ASSIGNED = re.compile(r"được (?:phân công|giao)(?: nhiệm vụ)?(?![\w])")


# after a colon, an action (a verb followed by its object), not a factored name ("Xây dựng,")
_ACTION_AFTER_COLON = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(map(re.escape, set(_VERBS) - {"thông tin"}), key=len, reverse=True)) + r")"
    r"\s+(?!và\b)[^\W\d_]"
    r"|theo (?:chức năng|thẩm quyền|phạm vi)\b)"  # "…, thành phố: Theo chức năng, nhiệm vụ …, tiếp tục …"
)


def _colon_is_factored(before: str) -> bool:
    words = before.strip().split()
    if not words:
        return False
    last = " ".join(words[-3:])
    return bool(re.search(r"(?:Sở|Bộ|sở|bộ|Ban|ban|Cục|Phòng|tỉnh|huyện|xã|quận|thành phố|"
                          r"Giám đốc|Thủ trưởng|Chủ tịch)$", last))


def verb_at(text: str, offset: int) -> str:
    m = _VERB_RE.match(text, offset)
    return m.group() if m else ""


_ISSUER_LIKE = re.compile(
    r"^(?:(?:Phó )?Chủ tịch |(?:Phó )?Thủ tướng|Chính phủ|Văn phòng (?:UBND|Ủy ban|Uỷ ban|Chính phủ))|"
    r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố|huyện|quận|thị xã|xã)(?! các)\b"
)


def is_issuer_like(subject: str) -> bool:
    """The subject is the issuing authority itself (Chủ tịch UBND tỉnh, UBND tỉnh, VPCP …)."""
    return bool(_ISSUER_LIKE.match(strip_title(subject.strip())) or _ISSUER_LIKE.match(subject.strip()))


def is_speaking(verb: str, subject: str = "") -> bool:
    """The verb is the issuer speaking ("UBND tỉnh yêu cầu …"), not the agency acting.

    "chỉ đạo" is the issuer speaking only when the subject is the issuing authority itself;
    "Sở X chỉ đạo các cơ quan …" is Sở X acting.
    """
    if verb in _SPEAKING:
        return True
    # "UBND tỉnh sẽ xem xét" is the issuer's own undertaking; "Bộ Nội vụ sẽ tổng hợp" is work
    return verb in ("chỉ đạo", "sẽ", "phân công", "chỉ thị") and bool(_ISSUER_LIKE.match(subject.strip()))


_LOST_COMMA = re.compile(r"(?:(?<=\shuyện)|(?<=\stỉnh)|(?<=\sxã))\s+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s)")


def split_agencies(span: str) -> list[str]:
    """The agencies named in a lead or support phrase, normalised (see module docstring)."""
    span = _PARENS.sub("", span)
    if _TITLE_RE.match(span):
        # "Cục trưởng Cục X, Phó Trưởng ban Thường trực Ban Chỉ đạo Y": one person's second post
        span = _CONCURRENT.sub("", span)
    span = _LOST_COMMA.sub(", ", span)  # "… đoàn thể huyện UBND các xã": a web copy lost the comma
    out: list[str] = []
    pieces: list[str] = []
    for piece in _SEMICOLON.split(span):
        if pieces and _FACTORED.match(pieces[-1]) and _BARE_PLACES.fullmatch(piece.strip()):
            pieces[-1] += ", " + piece.strip()  # "UBND các tỉnh, thành phố: Hồ Chí Minh; Đà Nẵng và Huế": one list
        else:
            pieces.append(piece)
    for piece in pieces:
        piece = _LEADING.sub("", piece.strip())
        if not piece:
            continue
        piece = strip_title(piece)
        fm = _FACTORED.match(piece)
        if fm:
            out.extend(_expand_factored(fm))
            continue
        sectors = _factored_sectors(piece)
        if sectors:  # "Các Sở Tài nguyên và Môi trường, Giao thông vận tải, …" without a colon: one Sở each
            out.extend(sectors)
            continue
        pm = _FACTORED_PLACES.match(piece)
        names = _PLACE_SEP.split(pm.group("names")) if pm else []
        if pm and (pm.group("all") or not any(starts_with_head(x) for x in names[1:])):
            # "UBND các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh", "UBND huyện Quang Bình, Bắc Quang": one body per place
            out.extend(f"{pm.group('head')} {name}" if _OWN_LEVEL_RE.match(name) else
                       f"{pm.group('head')} {pm.group('level')} {name}" for name in names)
            continue
        for item in _split_piece(piece):
            sectors = _factored_sectors(item)
            if sectors:  # "các Sở LĐTB&XH, Tư pháp và UBND các huyện": the Sở of the list before "và"
                out.extend(sectors)
                continue
            shared = _SHARED_PLACE.match(item) if "các" in item else None
            places = _PLACES_ONLY.match(item) if "các" in item else None
            if shared:  # "UBND, ban an toàn giao thông các huyện, thị xã": both bodies of the places named
                out.extend(f"{shared.group(g)} {shared.group('places')}" for g in ("a", "b"))
            elif places:  # "(Sở NN&PTNT,) các huyện Chương Mỹ, Đan Phượng": one body per place
                out.extend(f"{places.group('level')} {name}" for name in _PLACE_SEP.split(places.group("names")))
            else:
                out.append(item)
    result = []
    for item in out:
        item = normalise(item)
        council = _COUNCIL.match(result[-1]) if result and _OF_PLACES.match(item) else None
        if council:  # "Uỷ ban nhân dân thành phố và các huyện": the districts' own committees
            item = f"{council.group()} {item}"
        if item and (is_agency_start(item) or _A_PLACE.match(item)
                     or (result and (_lower_body(item) or _COMRADES_TITLED.match(item)))) \
                and item not in result \
                and item.lower() not in ("các", "những"):
            result.append(item)
    return result


def _factored_sectors(text: str) -> list[str]:
    """ "các Sở Tư pháp, Tài chính và TT&TT" → one Sở each; [] for anything else."""
    sm = _FACTORED_SECTORS.match(text) if text[:4] in ("Các ", "các ") else None
    if not sm:
        return []
    head = sm.group("head")[0].upper() + sm.group("head")[1:]
    return [f"{head} {x.group()}" for x in _SECTOR_ITEM.finditer(sm.group("items"))]


def _lower_body(item: str) -> bool:
    """A list item in lower case that names bodies of a kind by place ("trung tâm y tế các huyện")."""
    m = _HEAD_RE.match(item) if item[:1].islower() else None
    return bool(m) and _canonical(m.group()) in _STRONG and _LOCAL_TAIL.search(item) is not None


def _protect(text: str) -> tuple[str, list[str]]:
    saved: list[str] = []

    def keep(m: re.Match) -> str:
        saved.append(m.group())
        return f"\x01{len(saved) - 1}\x01"

    return _KNOWN_RE.sub(keep, text), saved


def _restore(text: str, saved: list[str]) -> str:
    return _SAVED.sub(lambda m: saved[int(m.group(1))], text) if "\x01" in text else text


def _expand_factored(m: re.Match) -> list[str]:
    head = m.group("head")
    both = head.endswith("thành phố") and " tỉnh" in head
    if head.lower() in ("sở", "bộ", "ban", "cục", "phòng"):
        head = head[0].upper() + head[1:]
    else:
        # "Ủy ban nhân dân các tỉnh, thành phố: Cao Bằng, Thành phố Hà Nội": each place at its own level
        head = re.sub(r"\s+các\s+", " ", re.sub(r"\s*,\s*(?:thành phố|thị xã)$", "", head))
    protected, saved = _protect(m.group("items"))
    items: list[str] = []
    parts = [p.strip() for p in re.split(r"\s*,\s*", protected) if p.strip()]
    group = False  # the last item is a group of its own ("các …"): lower-case words after it are its own
    for idx, part in enumerate(parts):
        if items and _LOCALITIES.fullmatch(part) and _OF_PLACES.search(_restore(items[-1], saved)):
            items[-1] += ", " + part  # "Các Sở: Tài chính, Xây dựng, UBND các huyện, thành phố": one group
            continue
        if group and part[:1].islower():
            items[-1] += ", " + part
            continue
        group = part[:4] == "các "  # "…, các đơn vị quản lý, vận hành hồ chứa": a group, commas and all
        cut = re.search(r" và (?=[Cc]ác\s)", part)  # outside the names kept whole (\x01N\x01)
        if cut:
            # "Các Bộ: Ngoại giao, Tài chính và các Bộ, ngành liên quan khác": the list ends at "và các …"
            items.extend([part[:cut.start()], part[cut.end():]])
            group = True
            continue
        if idx == len(parts) - 1 and " và " in part and "\x01" not in part:
            # "…: Giao Thuỷ, Hải Hậu và Giám đốc Sở Nông nghiệp và PTNT": the first "và" before a
            # body of its own ends the list; else the last "và" joins its last two items
            cut = next((m for m in re.finditer(r" và ", part)
                        if part[m.end():].lower().startswith("các") or is_agency_start(part[m.end():])), None)
            left, right = (part[:cut.start()], part[cut.end():]) if cut else part.rsplit(" và ", 1)
            items.extend([left, right])
            continue
        items.append(part)
    out = []
    for item in items:
        item = _restore(item, saved).strip()
        if not item:
            continue
        item = strip_title(item)  # "… và Giám đốc Sở Nông nghiệp và PTNT"
        if starts_with_head(item) or item.lower().startswith("các"):
            out.append(item)
        elif _LEVEL_WORD.match(item) and _LEVEL_WORD.search(head):
            out.append(f"{_LEVEL_WORD.sub('', head).rstrip()} {item}")  # "… tỉnh" + "Thành phố Hà Nội"
        elif both and fold(item) in _CENTRAL_CITIES:
            out.append(f"{_LEVEL_WORD.sub('', head).rstrip()} thành phố {item}")  # "các tỉnh, thành phố: Đà Nẵng"
        else:
            out.append(f"{head} {item}")
    return out


# the cities directly under the central government, which a list of "tỉnh, thành phố" names without a level
_CENTRAL_CITIES = frozenset(("ha noi", "ho chi minh", "hai phong", "da nang", "can tho"))
_BARE_PLACES = re.compile(_PLACE + r"(?:(?:\s*,\s*|\s+và\s+)" + _PLACE + r")*")
_LEVEL_WORD = re.compile(r"(?:^|\s)(?:tỉnh|huyện|xã|quận|thành phố|thị xã|Thành phố|Thị xã|Tỉnh|Huyện|Quận|TP\.?)(?=\s|$)")


def _split_piece(piece: str) -> list[str]:
    protected, saved = _protect(piece)
    tokens = _LIST_SEP.split(protected)
    items: list[str] = [tokens[0]]
    for k in range(1, len(tokens), 2):
        sep, seg = tokens[k], tokens[k + 1]
        if not seg.strip():
            items[-1] += sep + seg
            continue
        if _starts_item(_restore(seg.strip(), saved), strip_title(_restore(items[-1], saved).strip()),
                        "và" in sep or "cùng" in sep):
            items.append(seg)
        else:
            items[-1] += sep + seg
    return [_restore(x, saved).strip() for x in items if x.strip()]


_COMRADES = re.compile(r"(?:[Cc]ác\s+)?[Đđ]ồng chí\s")
_COMRADES_TITLED = re.compile(r"(?:[Cc]ác\s+)?[Đđ]ồng chí\s+[^\W\d_a-zđ]")


def _starts_item(seg: str, prev: str, after_va: bool) -> bool:
    if _TITLE_RE.match(seg) and strip_title(seg) is not seg or _COMRADES.match(seg):
        return True  # a person by title; "…, các đồng chí Trưởng thôn": the people so addressed
    if seg[:1].islower() and is_specific(prev):
        low = _HEAD_RE.match(seg)
        if low and _canonical(low.group()) in _STRONG and _LOCAL_TAIL.search(seg):
            return True  # "Trung tâm Kiểm soát bệnh tật, trung tâm y tế các huyện": a body of its own kind
    head = starts_with_head(seg)
    if head:
        word = _canonical(head.group())
        rest = seg[head.end():].lstrip()
        if word in ("Các", "Những"):
            nxt = rest[:1]
            # "UBND các huyện, thị xã, các đơn vị quản lý …": after a body named by its head, a new
            # "các" group is a new item; inside a generic group ("các Sở, Ban, ngành, các hội") it is
            # not, unless the new group names another kind of body ("các sở, ban ngành, các cơ quan
            # trung ương trên địa bàn"; "các trường, các đơn vị giáo dục")
            return bool(nxt) and (nxt.isupper() or after_va or is_specific(prev) or _STRONG_START.match(prev) is not None
                                  or _ALWAYS_NEW_START.match(prev) is not None  # "Công an tỉnh, các ngành …"
                                  or _BODY_KIND.match(rest) is not None
                                  # "các sở, ngành liên quan, các huyện": the localities after the departments
                                  or (_LOCALITIES.match(rest) is not None and not _LOCAL_TAIL.search(prev)))
        if _CENTRAL.match(seg):  # "các Bộ, cơ quan ngang Bộ, cơ quan Trung ương các đoàn thể"
            return True
        if word in _ALWAYS_NEW or word in _SELF_NAMED:
            return True
        if seg[:1].islower() and _BODY_KIND.match(seg) and _OF_PLACES.search(prev):
            return True  # "UBND các huyện, thị xã, thành phố, cơ quan truyền thông": another kind after the places
        if seg[:1].islower():  # a bare generic noun ("đơn vị liên quan") after a named body
            return after_va and is_specific(prev)
        if word in _STRONG and rest[:1].isupper():
            return True
        if word in _STRONG and fold(" ".join(seg.split()[:2])) == fold(" ".join(prev.split()[:2])):
            return True  # "Ban chỉ đạo … tỉnh H, Ban chỉ đạo … thị xã H": the same kind of body again
        if word in _STRONG and after_va:
            return True
        return False
    if after_va and _GENERIC_LOWER.match(seg):
        # "Sở Y tế và đơn vị liên quan" names two; "các cấp, các ngành và địa phương" is one group
        return seg[:4].lower() in ("các ", "nhữn") or is_specific(prev)
    return False


_ALWAYS_NEW_START = re.compile(r"(?:Công an|Kho bạc|Bảo hiểm xã hội|Bộ Chỉ huy|Viện kiểm sát)\s")
_LOCALITIES = re.compile(r"(?:huyện|quận|xã|phường|thị xã|thành phố)(?![\w])")
_COUNCIL = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?=\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\b)")
_OF_PLACES = re.compile(r"(?<![\w])các\s+(?:huyện|quận|xã|phường|thị xã|thành phố)(?![\w])")
_LOCAL_TAIL = re.compile(r"(?<![\w])(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)(?![\w])")
# after "các" in a list: kinds of bodies that form a group of their own, unlike the sector words
# of one generic group ("các Sở, Ban, ngành, các hội, đoàn thể"; "các cấp, các ngành, các địa phương")
_BODY_KIND = re.compile(r"(?:cơ quan|đơn vị|trường|doanh nghiệp|chủ đầu tư|bệnh viện|cơ sở|tổ chức|nhóm lớp|nhóm trẻ)(?![\w])")
_CENTRAL = re.compile(r"(?:[Cc]ác\s+)?[Cc]ơ quan\s+(?:[Tt]rung ương|TW)(?![\w])")


def is_specific(item: str) -> bool:
    """Names one body (a capitalised proper name after the head), not a generic group."""
    words = item.split()
    for w in words[1:]:
        w = w.strip(",;:()")
        if not w or not w[0].isupper() or w in _NOT_SPECIFIC:
            continue
        if _HEAD_RE.fullmatch(w) or w in ("Các", "Ban", "Sở", "Bộ"):
            continue
        return True
    return False


def normalise(item: str) -> str:
    """One agency as it should be stored: title, asides and dangling words dropped, spacing fixed."""
    item = _PARENS.sub("", _FOOTNOTE.sub("", item))
    m = _APPOSITIVE.search(item)
    if m:
        item = item[:m.start()]
    item = _DOUBLE_PLURAL.sub("", strip_title(squash(item)))
    item = _PEOPLE.sub("", item)
    item = _DASH.sub(r" \1 ", item)
    prev = None
    while prev != item:
        prev = item
        item = _TRAILING.sub("", item).strip()
        item = _LEADING.sub("", item).strip()
    return squash(item)


_DOUBLE_PLURAL = re.compile(r"^[Cc]ác\s+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s)")  # "các UBND các huyện"


def same_agency(a: str, b: str) -> bool:
    """Loose equality used to merge mentions (accent- and case-insensitive, UBND = Ủy ban nhân dân)."""
    return _key(a) == _key(b)


def agency_key(name: str) -> str:
    """The comparison key of `same_agency`: equal keys name the same agency."""
    return _key(name)


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    k = _UBND_FOLDED.sub("ubnd", fold(name))
    return _NON_ALNUM.sub("", k)


_UBND_FOLDED = re.compile(r"\buy ban nhan dan\b")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SEMICOLON = re.compile(r"\s*;\s*")
_SAVED = re.compile(r"\x01(\d+)\x01")
_LIST_SEP = re.compile(r"(\s*,\s*và\s+|\s*,\s*|\s+và\s+|\s+cùng(?:\s+với)?\s+(?=các\s|Các\s))")
