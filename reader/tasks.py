"""From the clause tree to tasks: who leads, who supports, by when.

Within a paragraph each sentence (and each ";"-part of its action) is read for an actor:
  1. a subject agency at the start ("Sở Y tế chủ trì …", "Các cấp, các ngành phải …");
     when that subject is the issuer speaking ("UBND tỉnh yêu cầu …") its object is used;
  2. the object of an assignment word: Giao / Yêu cầu / Đề nghị / Đồng ý để;
  3. otherwise the actor is inherited: the previous part of the same clause, the enclosing
     clause ("a) Cục Thuế có trách nhiệm:"), the addressees named where the operative part
     opens ("UBND tỉnh yêu cầu <addressees> … như sau:"), then the Kính gửi list.
Parts with the same actors in one clause make one task per distinct timing; parts without
a timing join the clause's single deadline, or form their own task when the clause has
several timings or the only other timing is conditional (on_event).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reader.agencies import (
    agency_key, agency_span, is_agency_start, is_issuer_like, is_speaking, is_standard_name, same_agency, split_agencies,
    strip_title, verb_at,
)
from reader.clauses import INNER_KINDS, Node
from reader.dates import Timing, find_timings
from reader.layout import Table
from reader.letter import Task
from reader.text import fold, sentences, squash

_FRONTED = re.compile(
    r"^(?:(?:Theo đó|Trong đó|Cụ thể|Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Song song (?:với )?đó|Mặt khác|Trên cơ sở [^,]{1,100}(?:,\s+[a-zđà-ỹ][^,]{0,80})*?(?=\s*,\s*(?:[A-ZĐ]|(?:các|những) [a-zđà-ỹ]+,))|Căn cứ nội dung (?:này|trên)|"
    r"Sau khi [^,]{1,80}|Sau (?:ngày|thời điểm|thời hạn)[^,]{1,40}|Căn cứ (?:nội dung|kế hoạch|chương trình)[^,]{1,80}|(?:Ngay\s+)?[Tt]rong (?:tháng|quý|năm|thời gian)[^,]{1,60}|Từ nay[^,]{0,30}|"
    r"Trước (?:ngày|mắt)[^,]{0,30}|Chậm nhất[^,]{1,40}|Nhận được [^,]{1,60}|Để [^,]{1,120}|"
    r"Tại (?:Công văn|Văn bản|Quyết định|Chỉ thị|Kế hoạch|Thông báo|Công điện|công văn|văn bản)[^,]{1,80}|Thống nhất [^,]{1,150}|Trường hợp [^,]{1,100}|Trong trường hợp [^,]{1,100}|Khi [^,]{1,100}|"
    r"Nếu [^,]{1,100}|Trong quá trình [^,]{1,80}|Tuy nhiên|Định kỳ [^,]{1,80}|(?:Hằng|Hàng) (?:tháng|quý|năm)[^,]{0,60}|"
    r"[Tt]ừ ngày [^,]{1,60}|(?:Cũng )?[Tt]heo (?:văn bản|công văn|công điện|chỉ thị|quyết định|thông báo|Văn bản|Công văn|"
    r"Công điện|Chỉ thị|Quyết định|Thông báo)[^,]{0,100}|Theo (?:chỉ đạo|yêu cầu|đề nghị|ý kiến|kết luận|nội dung|kế hoạch|Kế hoạch|(?:sự )?phân công|hướng dẫn|quy định|chức năng)[^,]{0,100})\s*,\s*|(?:Theo đó|Ngoài ra|Bên cạnh đó|Cùng với đó|Đồng thời)\s+(?=(?:các|Các|những)\s)|"
    r"Riêng\s+(?=(?:UBND|Ủy ban|Uỷ ban|Sở|Bộ|Ban|Phòng|Công an|Các|các)\s))+"
)
_TRIGGER = re.compile(
    r"(?<![\w])(?:(?<!Ngoại )(?<!ngoại )(?:Giao|giao|Gao)(?!\s+(?:thông|dịch|lưu|ban|nhận|kết|thừa|tiếp|hữu)\b)(?:\s+(?:nhiệm vụ|trách nhiệm)(?:\s+cụ thể)?(?=\s+cho\s|\s+(?:các\s|[^\W\d_a-zđ])))?(?:\s+cho(?=\s))?|Yêu cầu|yêu cầu|Đề nghị|đề nghị|[Đđ]ồng ý (?:(?:chủ trương|về chủ trương)\s+)?(?:để|cho)|[Đđ]ồng ý(?=\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ|Sở)\s)|"
    # the other directive verbs: a body given work by name ("phân công Sở X", "chỉ thị các sở", "lưu ý các địa phương")
    r"[Pp]hân công|chỉ thị|lưu ý|"
    # a letter that directs by name ("vừa có Công văn số 12/UBND-KT chỉ đạo các sở …")
    r"(?:[Cc]ông văn|[Vv]ăn bản|[Cc]ông điện|[Cc]hỉ thị)(?:\s+(?:hỏa tốc|khẩn))?(?:\s+số)?(?:\s+[\w./-]*\d[\w./-]*)?"
    r"(?:\s*,?\s*ngày\s+[\d/.-]+\d)?\s*,?\s+chỉ đạo)"
    r"(?:\s*,)?\s+|(?<![\w])(?:yêu cầu|đề nghị|giao|Giao)(?=\s*:\s+[^\W\d_])"
)
_NOT_TRIGGER_BEFORE = re.compile(
    r"(?:\b(?:được|đã|(?<!Nội )(?<!Ngoại )vụ|bàn|chuyển|theo|Theo|xét|Xét|của|các|những|đúng|về|Về|tại|cầu|nghị|sự|sẽ|việc)\s*)$"
)
# In a letter, "UBND tỉnh đã giao Sở X …" recalls an earlier assignment; a press report or
# portal digest has no other way to state the assignment it reports.
_NOT_TRIGGER_BEFORE_REPORTED = re.compile(
    r"(?:\b(?:được|(?<!Nội )(?<!Ngoại )vụ|bàn|chuyển|theo|Theo|xét|Xét|của|các|những|đúng|về|Về|tại|cầu|nghị|sự|sẽ|việc)\s*)$"
)
# a quotation that a sentence takes from a cited document
_CITES_QUOTE = re.compile(
    r"(?:(?:[Tt]ại|[Tt]heo|[Cc]ủa)\s+(?:Quyết định|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Luật|Kết luận|Chiến lược|Hiến pháp)"
    r"[^“]{0,300}|(?:là|rằng|như sau)\s*:\s*)“"
)
_COPY_FORMULA = re.compile(
    r"thông báo (?:(?:để|đến|cho)\s|(?=(?:các |quý )?(?:cơ quan|đơn vị|Bộ|Sở)[^.]{0,80}?\bbiết\b))[^.]{0,200}?\b(?:biết|thực hiện)[^.;]{0,30}?\s*(?:\./\.|[.;!]|$)|^(?:Trân trọng|Kính báo|Xin trân trọng)(?!\s+(?:đề nghị|kính đề nghị))|"
    r"truyền đạt (?:ý kiến|chỉ đạo)[^.]{0,200}?\bđể\b[^.]{0,100}?\b(?:biết|thực hiện)[^.;]{0,30}?\s*(?:\./\.|[.;!]|$)|"
    r"(?:chịu trách nhiệm|có trách nhiệm) thi hành\b|căn cứ (?:Quyết định|quyết định)(?: này)? (?:để )?thi hành|"
    r"^Chánh Văn phòng [^.;]{0,80}[;,] [^.]{0,300}?(?:Giám đốc|Thủ trưởng|Chủ tịch)|có hiệu lực (?:thi hành )?(?:kể )?từ|"
    r"^Quyết định (?:này )?có hiệu lực|^Ban hành kèm theo|^(?:Phê duyệt|Bãi bỏ|Công nhận|Ban hành)\b|"
    # the courtesy that closes a request: "Kính đề nghị các cơ quan, đơn vị quan tâm, phối hợp./."
    r"(?:(?:[Kk]ính|[Tt]rân trọng) đề nghị|^Đề nghị) (?:các |Quý |quý )?(?:[Cc]ơ quan|[Đđ]ơn vị)[^.;]{0,30}? quan tâm"
    r"(?:,?\s*(?:phối hợp|tạo điều kiện|giúp đỡ|thực hiện|tham gia[^.;0-9]{0,40}))?\s*(?:\./\.|[.;!]|$)|"
    # … and the hope it ends on: "Sở X rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan./."
    r"(?<![\w])(?:[Rr]ất|[Kk]ính|[Xx]in) mong (?:nhận được )?sự (?:quan tâm|hợp tác|phối hợp|giúp đỡ|ủng hộ|chỉ đạo)"
    r"(?:,\s*(?:quan tâm|hợp tác|phối hợp|giúp đỡ|ủng hộ|chỉ đạo))* của [^.;]{0,40}?(?:\./\.|[.;!]|$)",
)
# A plan's requirements (its "Yêu cầu" section, whose heading a web copy may lose): carry out the
# plan itself properly and on time ("thực hiện đúng yêu cầu, tiến độ tại Kế hoạch", "triển khai
# thực hiện kế hoạch đúng tiến độ, bảo đảm chất lượng") is no assignment
_REQUIREMENT = re.compile(
    r"đúng yêu cầu,? tiến độ (?:tại|của|theo) (?:Kế hoạch|kế hoạch)|"
    r"(?:Kế hoạch|kế hoạch)(?: này)? (?:đúng|theo đúng) tiến độ,? (?:bảo đảm|đảm bảo) chất lượng"
)
_EXECUTION_LIST = re.compile(r"^Chánh Văn phòng [^.;]{0,80};")
# Sections that state objectives hold no assignments; sections that review the situation
# ("I. ĐÁNH GIÁ TÌNH HÌNH …", "KẾT QUẢ …") are narrative, but a chỉ thị may still give work
# there in so many words ("yêu cầu các sở … khẩn trương đánh giá …"): only those count.
_NON_OPERATIVE_SECTION = re.compile(
    r"^(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM|KẾT QUẢ|TÌNH HÌNH|ĐÁNH GIÁ|CĂN CỨ|SỰ CẦN THIẾT|"
    r"Mục đích|Yêu cầu|Mục tiêu|Quan điểm|Kết quả|Tình hình|Đánh giá|Căn cứ|Sự cần thiết)\b"
)
# "… đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư. Dự thảo Thông tư gồm:" is no heading: what
# follows lists what a thing holds, and the sentences before it keep their work
_LISTS_THINGS = re.compile(r"[.;]\s[^.;:]*(?<![\w])(?:bao gồm|gồm có|gồm)\s*:\s*$")
# "… đề nghị Chủ tịch UBND tỉnh xét tặng Huy hiệu", "đề nghị Thủ tướng Chính phủ xem xét, quyết định": a
# proposal put to the superior who decides, not work given to an agency
_SUPERIOR = re.compile(r"(?:(?:Phó )?Thủ tướng|Chủ tịch (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố)(?!\s+[^\W\d_a-zđ]))"
                       r"(?![\w])")
_DECIDE = re.compile(r"(?:xem xét,?\s*|sớm\s+)?(?:xét|quyết định|phê duyệt|cho phép|khen thưởng|tặng)(?![\w])")
# Articles that define rather than assign (phạm vi, đối tượng, giải thích từ ngữ, nguyên tắc …
# in a quy chế, quy định or hướng dẫn): the bodies they name are not given work there.
_DEFINING_SECTION = re.compile(
    r"^(?:Phạm vi|PHẠM VI|Đối tượng|ĐỐI TƯỢNG|Giải thích|GIẢI THÍCH|Nguyên tắc|NGUYÊN TẮC|"
    r"(?:Những )?[Qq]uy định chung|(?:NHỮNG )?QUY ĐỊNH CHUNG|Điều kiện|ĐIỀU KIỆN|Nội dung hỗ trợ|Mức hỗ trợ|Mức chi)\b"
)
_REVIEW_SECTION = re.compile(r"^(?:KẾT QUẢ|TÌNH HÌNH|ĐÁNH GIÁ|Kết quả|Tình hình|Đánh giá)\b")
_SUPPORT = re.compile(r"(?<![\w])(?<!sự )(?:phối hợp|Phối hợp)(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+")
_ON_EVENT = re.compile(
    r"(?:khó khăn|vướng mắc|vượt (?:quá )?thẩm quyền|phát sinh|nếu có|khi có|(?:^|[,;:]\s*|\btrong )trường hợp|"
    r"nổi cộm|sự cố|bất thường)",
    re.I,
)
# "tháo gỡ khó khăn, vướng mắc", "nêu những khó khăn, vướng mắc": the difficulties are the work's object or the
# report's content, not a condition on it
_REMOVING = re.compile(
    r"(?:tháo gỡ|giải quyết|khắc phục|xử lý|hỗ trợ|nêu rõ|nêu|cũng như)\s+(?:các\s+|những\s+)?(?:khó khăn|vướng mắc)"
    r"(?:\s*(?:,|và)\s*(?:khó khăn|vướng mắc))*",
    re.I,
)


_EVENT_WORDS = ("khó khăn", "vướng mắc", "thẩm quyền", "phát sinh", "nếu có", "khi có", "trường hợp", "nổi cộm",
                "sự cố", "bất thường")


def _on_event(text: str) -> bool:
    """The text makes its report conditional on an event (problems arising, "nếu có", "khi có")."""
    low = text.lower()
    if not any(w in low for w in _EVENT_WORDS):  # cheap test first: most sentences name no event
        return False
    m = _ON_EVENT.search(text)
    if m and ("khó" in m.group().lower() or "vướng" in m.group().lower()) and _REMOVING.search(text):
        return _ON_EVENT.search(_REMOVING.sub(" ", text)) is not None
    return m is not None


# reporting as a duty; "theo báo cáo của Sở X" cites a report, it asks for none
_REPORT = re.compile(r"(?<!theo )(?<!Theo )(?:báo cáo|(?<!ý kiến )(?<!tin )(?<!được )phản ánh|kiến nghị|đề xuất|xin ý kiến|(?:thông tin|thông báo) (?:về|cho|đến|kịp thời))", re.I)
# Standing duties (dev: "tiếp tục", monitoring, campaigning, a reporting regime). Executing a
# named letter ("thực hiện nghiêm công điện") or urging ("đôn đốc") alone is no standing duty.
_STANDING = re.compile(
    r"(?:(?<!giáo dục )(?<!chi )thường xuyên|(?<!nhằm )(?<!để )\btiếp tục\b|"
    r"theo dõi|giám sát|duy trì|đẩy mạnh|chú trọng|vận động|tuyên truyền|"
    r"chế độ (?:thông tin )?báo cáo)",
    re.I,
)
# Work bounded to an occasion ("trong dịp Tết", "trong những ngày nghỉ Lễ") ends with it: one-off,
# whatever standing word it uses (dev 080: "trực trong những ngày nghỉ Lễ, thường xuyên nắm tình hình")
_OCCASION = re.compile(
    r"(?<![\w])(?:dịp|(?:những|các) ngày (?:nghỉ|lễ|Lễ|Tết|tết)|mùa [Ll]ễ hội|trước, trong và sau Tết|chào mừng)(?![\w])"
)
_AT_LETTER = re.compile(r"Tại (?:Công văn|Văn bản|Quyết định|Chỉ thị|Kế hoạch|Thông báo|Công điện) (?:số\s*)?(?P<n>\d+\s*/\s*[^\s,]+)")
_PETITION = re.compile(r"(?:[Cc]ử tri|[Cc]ông dân)\b[^.;:]{0,60}?\s(?:kiến nghị|đề nghị|phản ánh|hỏi)\s")
_BODY_NAMED = r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ|Sở)\s"  # "Đồng ý Ủy ban nhân dân tỉnh X lập Đề án …"
_APPROVAL = re.compile(  # also the leader's refusals: "Không đồng ý …", "Không ban hành Nghị định sửa đổi …"
    r"^(?:[Kk]hông|[Cc]hưa)\s+(?:(?:ban hành|sửa đổi)\s+(?:Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị)|"
    r"đồng ý|chấp thuận|thống nhất|nhất trí)\b|"
    r"^(?:(?:[Cc]ơ bản|[Vv]ề cơ bản|[Hh]oàn toàn)\s+)?(?:thống nhất|Thống nhất|đồng ý|Đồng ý|nhất trí|Nhất trí|chấp thuận|"
    r"Chấp thuận|[Gg]hi nhận|[Đđ]ánh giá cao|[Bb]iểu dương|[Hh]oan nghênh|[Cc]ho phép)\b(?! để| cho)(?!\s+" + _BODY_NAMED + ")")
# "Các đơn vị thực hiện trước ngày …", "yêu cầu các đơn vị thực hiện nghiêm túc": the generic
# execution verb refers back to the assignments already made; a new action makes a new task.
_DELIVER = re.compile(  # the same work handed in
    r"^(?:gửi|gởi|nộp)\s+(?:(?:bằng\s+)?(?:ý kiến|báo cáo|văn bản|kết quả|hồ sơ|danh sách|số liệu|biểu mẫu|biểu)|về|đến|tới)(?![\w])"
    r"|^trình\s+(?:dự thảo|đề án|phương án|hồ sơ)(?![\w])")
_EXECUTE = re.compile(r"^(?:(?:nghiêm túc|khẩn trương|chủ động|tổ chức|triển khai)\s+)*(?:thực hiện|hoàn thành|chấp hành)\b")
_REPORTING = re.compile(r"\b(?:báo cáo|tổng hợp|thống kê)\b", re.I)  # preparing the report itself
_URGENT_WORD = re.compile(r"\bkhẩn trương\b|(?<![\w])ngay(?! (?:sau|từ|khi|trong)\b)(?![\w])", re.I)
_CONTINUING = re.compile(r"(?<!giáo dục )(?<!chi )\bthường xuyên\b|(?<!nhằm )(?<!để )\btiếp tục\b", re.I)  # not a purpose, not "giáo dục thường xuyên", not "chi thường xuyên" (recurrent spending)
# after the subject: a passive other than being assigned, or the copula of a definition
_NOT_ACTING = re.compile(
    # "Thủ trưởng cơ quan chịu trách nhiệm đối với những trường hợp báo cáo không trung thực": answerable, no work
    r"(?:phải\s+)?(?:tự\s+)?chịu trách nhiệm (?:trước|đối với (?:những|các) trường hợp|nếu)(?![\w])|"
    r"(?:(?:sẽ|cũng|đã|đều|rất)\s+)*(?:được(?!\s+(?:(?:UBND|Ủy ban|Uỷ ban|Chủ tịch|Thủ tướng|Chính phủ)[^,.;]{0,40}?\s+)?"
    r"(?:giao|phân công))|là|có sự|có chức năng|"  # "X được Ủy ban nhân dân tỉnh giao chủ trì …" is given work
    r"đánh giá cao|biểu dương|ghi nhận|khen ngợi|chúc mừng|hoan nghênh)(?![\w])")  # praise gives none
_DIRECTED = re.compile(r"chỉ đạo\s*(?:,\s*(?:trong thời gian tới|thời gian tới|từ nay|sắp tới)\s*)?,?\s*")
_ROLE_AS = re.compile(
    r"là\s+(?:cơ quan|đơn vị)\s+(?:thường trực|đầu mối|chủ trì|chuyên môn|tham mưu)"
    r"(?:\s+(?P<whom>của|giúp|cho)(?=\s))?\s*,?\s*")
_ADVERBS = frozenset(("cũng", "đồng thời", "vẫn", "luôn"))
_NARRATIVE = re.compile(r"^(?:đã|chưa|đang|vừa)\b")
# the dateline that opens a news item ("Ngày 13/3, …", "Sáng 4/11, …", "Tối 22/2, …")
_NEWS_LEAD = re.compile(r"^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?: nay)?,?\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b")
_MEETING = re.compile(r"\s*(?:cuộc họp|hội nghị|phiên họp|buổi làm việc|buổi họp|làm việc|họp)(?![\w])", re.I)
# "Đó là chỉ đạo của UBND tỉnh đối với …", "Đây là yêu cầu của Chủ tịch UBND tỉnh gửi …"
_THAT_IS = re.compile(
    r"(?:Đó|Đây) (?:chính )?là (?:(?:nội dung|ý kiến) )?(?:chỉ đạo|yêu cầu|đề nghị|nhiệm vụ|nội dung|ý kiến chỉ đạo)"
    r"(?: của [^.;]{1,80}?)?\s+(?:đối với|gửi(?: đến| tới)?)\s+"
)
_DEMONSTRATIVE = re.compile(r"^(?:[Nn]hững|[Cc]ác)\s[^,]{2,30}\s(?:này|đó|nói trên|nêu trên)$")
_FORECAST = re.compile(r"^(?:Theo\s+)?[Dd]ự kiến\b")
_ANAPHOR = re.compile(
    r"^(?:các|Các) (?:đơn vị|cơ quan|địa phương|cơ quan, đơn vị|đơn vị, địa phương|cơ quan, đơn vị, địa phương|"
    r"ngành, địa phương|đơn vị, cá nhân)$"
)
_HONORIFIC = re.compile(r"(?:[Cc]ác\s+)?[Qq]uý\s+(?:Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|Cục|Tổng cục|Trung tâm|Văn phòng|Cơ quan|Đơn vị|cơ quan|đơn vị)\b")
_BARE_HEAD = re.compile(r"^(?:(?:các\s+)?quý\s+|các\s+)?(Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|Cục|Tổng cục|Trung tâm|Văn phòng|Cơ quan|Đơn vị)$", re.I)


@dataclass
class Context:
    issued_on: date | None
    doc_type: str | None
    recipients: list[str]
    preamble: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    reported: bool = False  # a digest or press report, not the letter's own text
    year: int | None = None  # the year the text speaks of (the letter's, else the page's most common)
    central: bool = False  # issued by a central body (VPCP, a Bộ): a province's UBND is an addressee
    number: str | None = None  # the letter's own số/ký hiệu


@dataclass
class Part:
    leads: list[str]
    lead_text: str
    text: str
    explicit: bool
    sentence: str = ""
    support: list[str] = field(default_factory=list)
    timings: list[Timing] = field(default_factory=list)
    own: bool = False  # the actors were found in this part's own sentence
    summary: bool = False  # a digest's sentence that names the letter and sums up what it asks
    details: bool = False  # "Theo đó, …": a sentence that gives the letter's own words after its sum
    scope: str = ""  # its own words with the sentence's fronted adverbials: what decides its timing
    continues: bool = False  # a piece after ";" in the sentence of the part before it

    @property
    def fresh(self) -> bool:
        """Its own sentence assigns the work anew (Giao/Yêu cầu/Đề nghị + agency)."""
        return self.own and _assigns(self.sentence)


def addressees(sentence: str, recipients: list[str]) -> list[str]:
    """Agencies a sentence assigns work to (subject or object of Giao/Yêu cầu/Đề nghị), or []."""
    leads, _text, _rest, _ok = _actor(sentence, recipients)
    return leads


def _actor(sentence: str, recipients: list[str], reported: bool = False,
           central: bool = False) -> tuple[list[str], str, str, bool]:
    """(leads, lead text, action text, is_task) for one sentence. `central`: the letter comes from a
    central body (VPCP, a Bộ), so a province's UBND or Chairman in it is an addressee, not the issuer."""
    if _PETITION.match(sentence):
        return [], "", sentence, False  # "Cử tri kiến nghị Bộ Y tế nghiên cứu …": the voters ask, the letter answers
    if _FORECAST.match(sentence):
        return [], "", sentence, False  # "Dự kiến, trong tháng 10, Sở X sẽ công bố …": news of a plan
    that = _THAT_IS.match(sentence) if sentence[:3] in ("Đó ", "Đây") else None
    if that and is_agency_start(sentence[that.end():]):
        # "Đó là chỉ đạo của UBND tỉnh đối với các sở, … tại Công văn số …": a press page states
        # the work in its headline, then names whom the letter gives it to
        named = _named_actor(sentence[that.end():], recipients)
        if named:
            return named
    said = _INLINE_OPENING.search(sentence) if "như sau" in sentence else None
    if said and is_agency_start(sentence[said.end():]):
        # "Thực hiện Công văn số …; UBND tỉnh có ý kiến như sau: Sở X chủ trì …" run into one line
        return _actor(sentence[said.end():], recipients, reported, central)
    fm = _FRONTED.match(sentence)
    body = sentence[fm.end():] if fm else sentence
    body = _ALL_OF.sub("", body)  # "Tất cả các sở, ban, ngành …": all of them, the group itself
    if is_agency_start(body):
        span, off = agency_span(body)
        headed = _HEADED_BY.search(body, 0, off + 60) if " do " in span else None
        if headed and headed.start() < off:
            span, off = body[:headed.start()], headed.end()
        verb = verb_at(body, off) or (":" if body[off - 1:off] == ":" else "")  # "Phòng X: Xây dựng …"
        if not verb and is_standard_name(span) and body[off:off + 1].islower() and not _TRIGGER.search(body, off):
            verb = body[off:].split(" ", 1)[0]  # "Bộ Giao thông vận tải tính toán …": any verb after a full name
        if verb == "đăng":
            verb = ""  # "Báo X số ra ngày … đăng bài …, Thủ tướng giao Bộ Tài chính …": news, then the order
        if not verb and _CUT_OFF.fullmatch(body, off):
            verb = "…"  # the excerpt stops inside the clause, after its subject: "1. Sở X, UBND các huyện t"
        if verb in ("đề nghị", "yêu cầu") and span.endswith(" và") and is_agency_start(body[off + len(verb):].lstrip()):
            # "(… yêu cầu:) Thủ trưởng các cơ quan, Chủ tịch UBND các xã và đề nghị các cơ quan của tỉnh thực hiện …":
            # those named first are asked too
            after = off + len(verb) + 1
            extra, end = agency_span(body, after)
            leads = _resolve(split_agencies(span[:-3]) + split_agencies(extra), recipients)
            if leads:
                return leads, body[:end], body[end:], True
        if verb in ("chấp thuận", "đồng ý", "thống nhất") and _speaks(verb, span, central) \
                and not _TRIGGER.search(body, off):  # "đồng ý để Sở Y tế tổ chức …" gives Sở Y tế the work
            return [], "", body, False  # "Bộ VHTTDL chấp thuận việc đăng cai …": the issuer approving
        if verb in _ADVERBS:  # "UBND tỉnh cũng đề nghị …": the adverb hides the speaking verb
            after = verb_at(body, off + len(verb) + 1)
            if _speaks(after, span, central):
                off, verb = off + len(verb) + 1, after
        # the issuer speaking through a longer predicate ("Chủ tịch UBND tỉnh vừa có văn bản yêu
        # cầu X …"): the assignment is the object of the trigger word, never the issuer itself
        issuer_voice = _issuer(span, central) and _assigning_trigger(body, off, reported)
        if verb in ("ký", "ban hành") and _SIGNED.match(body, off) and not _assigning_trigger(body, off, reported):
            return [], "", body, False  # "Thứ trưởng Bộ X … ký văn bản số 58 ngày 7/1, gửi các sở …": the letter issued
        if verb in ("đã", "đang", "vừa") and not issuer_voice:
            if not _assigning_trigger(body, off, reported):
                return [], "", body, False  # narrative: what an agency did or is doing
            issuer_voice = True  # "Bộ Y tế vừa có văn bản gửi X đề nghị …": the request assigns
        if verb == "chủ trì" and _MEETING.match(body, off + len(verb)) and (
                _issuer(span, central) or strip_title(span.strip()) != span.strip()):
            return [], "", body, False  # "Phó Chủ tịch UBND tỉnh X chủ trì cuộc họp": who chaired
        if verb == "sẽ" and _BARE_HEAD.match(strip_title(span.strip())):
            return [], "", body, False  # "Bộ sẽ tiếp tục …": a body naming itself by its head only is the writer
        role = _ROLE_AS.match(body, off) if verb == "là" else None
        if role:
            # "Sở X là cơ quan thường trực giúp UBND tỉnh triển khai …": the body's role, then its work
            at = role.end()
            if role.group("whom") and is_agency_start(body[at:]):
                at += agency_span(body[at:])[1]
            leads = _resolve(split_agencies(span), recipients) if verb_at(body, at) else []
            if leads:
                return leads, span, body[at:], True
        if not issuer_voice and _NOT_ACTING.match(body, off):
            return [], "", body, False  # "X sẽ được xếp hạng", "X là phòng văn hóa": X is not given work
        if verb == "chỉ đạo" and _speaks(verb, span, central):
            directed = _DIRECTED.match(body, off)  # "Chủ tịch UBND tỉnh chỉ đạo, trong thời gian tới, X …"
            named = _named_actor(body[directed.end():], recipients) if directed else None
            if named:
                return named
        if reported and verb in ("đề xuất", "kiến nghị") and not issuer_voice:
            return [], "", body, False  # "Sở X đề xuất UBND TP giao …": news of a proposal, no assignment yet
        if verb in (".", "?", "!", "") and not body[off:].strip(" .?!-–—"):  # also a byline "Phòng Tổng hợp -"
            return [], "", body, False  # a name and nothing it must do ("Báo X số ra ngày … có đăng bài …")
        if verb and not issuer_voice and not central and not _speaks(verb, span, central) and _province_itself(span.strip()):
            return [], "", body, False  # "Lãnh đạo UBND tỉnh kiểm tra công trình": the province's own doing
        if verb and not issuer_voice and not _speaks(verb, span, central):
            leads = _resolve(split_agencies(span), recipients)
            if leads:
                return leads, span, body[off:], True
    for m in _TRIGGER.finditer(sentence):
        before = sentence[max(0, m.start() - 12):m.start()]
        if (_NOT_TRIGGER_BEFORE_REPORTED if reported else _NOT_TRIGGER_BEFORE).search(before):
            continue
        rest = sentence[m.end():]
        word = m.group().strip().lower()
        if rest[:1] == ":" and is_agency_start(rest[1:].lstrip()):
            rest = rest[1:].lstrip()  # "UBND tỉnh giao: Sở Tài chính chủ trì …; Sở X …"
        if rest[:1] == ":" or (rest[:1].islower() and not is_agency_start(rest)):
            # "Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4 đến hết ngày 03/5, các đơn vị bố trí …"
            fm = _FRONTED.match(rest.lstrip(": ")[:1].upper() + rest.lstrip(": ")[1:])
            if fm and is_agency_start(rest.lstrip(": ")[fm.end():]):
                rest = rest.lstrip(": ")[fm.end():]
        if not is_agency_start(rest) and not _BARE_HEAD.match(rest.split(" ", 1)[0]) and not _HONORIFIC.match(rest):
            sent_to = _addressed(sentence[max(0, m.start() - 300):m.start()])
            if sent_to:  # "có công văn gửi các đơn vị đề nghị chậm nhất ngày … phải báo cáo"
                return _resolve(sent_to, recipients), "", rest, True
            continue
        span, off = agency_span(rest)
        leads = _resolve(split_agencies(span) or _bare(span), recipients)
        if leads:
            if word == "giao" and rest[off:].startswith(("thông", "dịch")):
                continue
            more = _AND_ASKS.match(rest, off)
            if more and ("và" in more.group() or span.endswith(" và")) and is_agency_start(rest[more.end():]):
                # "yêu cầu Công an tỉnh, Sở Y tế và đề nghị Liên đoàn Lao động tỉnh tiếp tục phối hợp …"
                extra, end = agency_span(rest[more.end():])
                leads = leads + [x for x in _resolve(split_agencies(extra), recipients) if x not in leads]
                off = more.end() + end
            return leads, span, rest[off:], True
    lead = _before_chu_tri(body)
    if lead:
        leads, span, action = lead
        return _resolve(leads, recipients), span, action, True
    topic = _TOPIC.match(body)
    if topic and is_agency_start(body[topic.end():]):
        # "Báo cáo quý: Sở Xây dựng thực hiện …", "đối với Sở KH&ĐT, UBND các quận cần báo cáo …": the
        # topic first, then who must act
        after = body[topic.end():]
        if topic.group().lower().startswith("đối với"):
            span, off = agency_span(after)
            comma = re.match(r"\s*,?\s*", after[off:])
            if (span.endswith(",") or after[off:].lstrip()[:1] == ",") and verb_at(after, off + comma.end()) \
                    and after[off + comma.end():][:1].islower():
                span = span.rstrip(" ,")
                # "đối với UBND huyện, thành phố, chỉ đạo UBND xã …": the bodies named do what follows
                leads = _resolve(split_agencies(span), recipients)
                if leads:
                    return leads, span, after[off + comma.end():], True
        found = _actor(after, recipients, reported, central)
        if found[0] and topic.group().lower().startswith("đối với") and _WHICH_FAIL.match(found[2]) and "," in found[2]:
            # "Đối với các doanh nghiệp không thực hiện nghĩa vụ tài chính, UBND tỉnh sẽ …": the topic
            # describes whom the rest is about; who acts comes after it
            return _actor(found[2].split(",", 1)[1].lstrip(), recipients, reported, central)
        said = _ISSUER_ASKS.search(body, topic.end()) if not found[0] and topic.group().lower().startswith("đối với") else None
        if said:  # "Đối với các sở, ngành …, UBND tỉnh yêu cầu: căn cứ chức năng …": those bodies must act
            leads = _resolve(split_agencies(body[topic.end():said.start()]), recipients)
            if leads:
                return leads, body[topic.end():said.start()], body[said.end():], True
        return found
    rest = _after_fronted(body)
    if rest:
        # "Văn bản nêu rõ, các địa phương cần rà soát …", "Trên tinh thần đó, Sở X …": whatever
        # the fronted part before the first comma, an agency right after it is the subject
        return _actor(rest, recipients, reported, central)
    forward = _FORWARDED.search(body) if "chuyển" in body else None
    if forward:
        # "Văn phòng Chính phủ xin chuyển văn bản nêu trên … đến Bộ Giao thông vận tải để chủ trì xử lý …"
        span, off = agency_span(body, forward.end())
        purpose = _IN_ORDER_TO.match(body, off)
        leads = _resolve(split_agencies(span), recipients) if purpose else []
        if leads:
            return leads, span, body[purpose.end():], True
    owned = _OWNED_DELIVERY.search(body) if reported else None
    if owned:
        # "Ý kiến góp ý của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước ngày 30/7/2012":
        # whose comments or report must come in is who must send them (in a letter, the addressees
        # asked above: its deadline belongs to their assignment)
        span, off = agency_span(body, owned.end())
        span = span.removesuffix(" có")
        if _HAND_IN.match(body, off):
            leads = _resolve(split_agencies(span), recipients)
            if leads:
                return leads, span, body[off:], True
    return [], "", body, True


_SIGNED = re.compile(r"(?:ký|ban hành)(?:\s+ban hành)?\s+(?:văn bản|[Cc]ông văn|[Qq]uyết định|[Cc]hỉ thị|[Cc]ông điện|"
                     r"[Tt]hông báo|[Kk]ế hoạch)\s+(?:số\s*)?\d")
_IN_ORDER_TO = re.compile(r"\s*,?\s*để\s+")
_FORWARDED = re.compile(r"(?<![\w])(?:xin\s+)?chuyển\s[^.;]{0,250}?\s(?:đến|tới)\s+(?=[A-ZĐ]|các\s)")
_OWNED_DELIVERY = re.compile(
    r"^(?:[Ýý] kiến|[Bb]áo cáo|[Vv]ăn bản|[Hh]ồ sơ|[Dd]anh sách|[Kk]ết quả|[Ss]ố liệu|[Ll]ịch)[^.;:]{0,60}?(?<![\w])của\s+"
    r"(?=(?:các|UBND|Ủy ban|Uỷ ban|Sở|Bộ|Ban|Phòng|Trung tâm)\s)")
_HAND_IN = re.compile(r"\s*(?:[^.;,]{0,30}?\s)?(?:phải\s+|cần\s+)?(?:gửi|gởi|nộp)\b")  # "… (có) nhận định đánh giá gửi về"


def _gives_no_work(sentence: str, reported: bool) -> bool:
    """A sentence that holds no assignment whatever its words: a copy formula, a stated requirement,
    the page's own voice ("Chúng tôi sẽ …"), a timetable ("Ngày 07/8/2017: xã Vĩnh Phú"), who heads
    a body, a photo caption, whom to call or how to send, a "Căn cứ …" that gives no order."""
    return bool(_COPY_FORMULA.search(sentence) or _REQUIREMENT.search(sentence) or _FIRST_PERSON.match(sentence)
                or (_SCHEDULE.match(sentence) and not _TRIGGER.search(sentence))
                or (" làm " in sentence and _CHAIRED_BY.search(sentence)) or _CAPTION.match(sentence) or _CONTACT.match(sentence)
                or (sentence.startswith("Căn cứ ") and not _assigning_trigger(sentence, 0, reported))
                or _CITED_CONTENT.match(sentence) is not None
                or (_PRAISED.match(sentence) is not None and not _TRIGGER.search(sentence))
                or (sentence.startswith("Việc ") and _WILL_BE_DONE.search(sentence) is not None and not _TRIGGER.search(sentence))
                or (sentence.startswith("Nhận được ") and _ON_RECEIPT.match(sentence) is not None)
                or (_SITUATION.match(sentence) is not None and not _TRIGGER.search(sentence)))


# "Nhận được Công văn này, yêu cầu các Sở, … nghiêm túc triển khai thực hiện./.": the closing formula,
# when it asks for nothing but carrying the letter out
_ON_RECEIPT = re.compile(
    r"Nhận được (?:[Cc]ông văn|[Vv]ăn bản|[Cc]hỉ thị|[Cc]ông điện|[Kk]ế hoạch)(?: này)?\s*,?\s*(?:yêu cầu|đề nghị)\s[^.;]{1,300}?\s"
    r"(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai)\s+)*thực hiện(?:\s+(?:nghiêm túc|tốt|kịp thời))?\s*(?:\./\.?|[.;!])?\s*$")
# "Hiện nay, trên địa bàn tỉnh đã có mưa nhiều, …": the situation the letter answers, no work
_SITUATION = re.compile(r"(?:Hiện nay|(?:Trong )?[Tt]hời gian (?:vừa )?qua|Vừa qua|(?:Những )?[Nn]ăm qua)\s*,")


# "Việc thành lập Ủy ban … sẽ được xem xét căn cứ trên kết quả …": what will be decided later, no work now
_WILL_BE_DONE = re.compile(r"^Việc\s[^.;:]{1,250}?\s(?:sẽ|đã)\s+được\s")


# "Thủ tướng cũng biểu dương 33 địa phương đã …": whoever speaks, praise gives no work
_PRAISED = re.compile(r"^(?:[^\s,.;:]+\s+){1,8}?(?:cũng\s+|đồng thời\s+)?(?:biểu dương|đánh giá cao|khen ngợi|hoan nghênh|"
                      r"chúc mừng)(?![\w])")


# "Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Công văn số 1428/UBND-XD …; trong đó, giao Sở Xây
# dựng …": what the cited letter assigned, recalled before this letter's own request
_CITED_CONTENT = re.compile(
    r"^(?:Thực hiện|Căn cứ|Theo)\b[^;.]{0,200}?\b(?:Công văn|Văn bản|Quyết định|Kế hoạch|Chỉ thị|Thông báo|Nghị quyết|"
    r"công văn|văn bản)\s+số[^;]{0,250};\s*trong đó\b")


# "gửi hồ sơ về Sở X trước ngày 28-10 để sở tổ chức thẩm định trình UBND tỉnh trước ngày 10-11": what the
# body handed the work does with it, by its own date, is not the lead's
_FOR_ANOTHER = re.compile(r"(?<![\w])để\s+(?:(?:các|cho)\s+)?(?:[Ss]ở|UBND|Ủy ban|Uỷ ban|[Bb]ộ|Văn phòng|Thanh tra|Công an)(?![\w])")


def _own_timings(timings: list[Timing], scope: str) -> list[Timing]:
    dated = [t for t in timings if t.kind in _DATED_KINDS]
    if len(dated) < 2:
        return timings
    later = [t for t in dated[1:] if _FOR_ANOTHER.search(scope, dated[0].start, t.start)]
    return [t for t in timings if t not in later]


def _attaches_back(parts: list[Part]) -> bool:
    """Pieces after a deadline that still belong to the timed work: anything but further work
    after a ";" of the same sentence (its report, its hand-over, an execution formula, a new
    sentence that only comments)."""
    return any(not p.continues or not p.text[:1].islower() or _EXECUTE.match(p.text) or _DELIVER.match(p.text)
               or _REPORT.match(p.text) for p in parts)


_ALSO = re.compile(r"\W*(?:[Đđ]ồng thời|[Nn]goài ra)\s*,")
_HAND_IN_ORDER = re.compile(r"^(?:Yêu cầu|Đề nghị)\s+(?=(?:gửi|gởi|nộp)\b)")
_JOINING = re.compile(r"^(?:phối hợp|cùng)\s+(?=(?:thực hiện|triển khai|gửi|nộp)\b)")  # "phối hợp thực hiện và gửi báo cáo …"


def _timed(task: Task) -> bool:
    return bool(task.deadline or task.recurrence or task.deadline_relative)


_CUT_OFF = re.compile(r"\s*[a-zđà-ỹ]{1,6}")  # a word cut short where a web excerpt ends


def _named_actor(text: str, recipients: list[str]) -> tuple[list[str], str, str, bool] | None:
    """The agencies named at the start of `text` as the actor of what follows, or None."""
    if not is_agency_start(text):
        return None
    span, off = agency_span(text)
    leads = _resolve(split_agencies(span), recipients)
    return (leads, span, text[off:], True) if leads else None


_PROVINCE_ITSELF = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+tỉnh(?P<name>(?:\s+[^\W\d_a-zđ][^\W\d_]*)*)$")


def _province_itself(span: str) -> bool:
    """The province's own People's Committee, in a letter that is not from a central body: "UBND
    tỉnh", or its leaders by title ("Lãnh đạo UBND tỉnh Lâm Đồng"). "UBND tỉnh Quảng Ninh" named
    alone may be an addressee of a central letter the page reports, so it still acts."""
    bare = strip_title(span)
    m = _PROVINCE_ITSELF.match(bare)
    return bool(m) and (not m.group("name") or bare is not span)


_CONTENT_ITEM = re.compile(r"(?:Trong nội dung|Tổng số|Số lượng|Tình hình|Kết quả|Danh sách|Nội dung|Đánh giá chung|"
                           r"Những khó khăn|Công tác|Những đề xuất|Các đề xuất|Đề xuất, kiến nghị|Biên chế|"
                           r"Số (?:công chức|viên chức|biên chế|người|hộ|liệu))(?![\w])"
                           r"|.*(?:…\s*){2,}|.*\.{4,}")  # a form's field with its blank: "Năm 2015:……….. biên chế"
# "Ban Chỉ đạo … do ông Lê Đức Tiến, Phó Chủ tịch UBND tỉnh làm Trưởng ban": who heads a body, no work
_HEAD = r"(?:ông|bà|đồng chí|(?:Phó\s+)?Chủ tịch|(?:Phó\s+)?Giám đốc)"
_CHAIRED_BY = re.compile(rf"(?<![\w])do\s+{_HEAD}\s[^.;]{{2,120}}?\blàm\s+(?:Trưởng|Tổ trưởng|Chủ tịch|Chủ nhiệm)[^.;]{{0,20}}"
                         rf"(?:[.;]?$|;\s*{_HEAD}\s)")  # "…; ông B - Giám đốc Sở X làm Phó ban": the rest of the list
# "Ban chỉ đạo do Phó Chủ tịch Thường trực UBND tỉnh X làm Trưởng ban, có nhiệm vụ …": an aside on who heads it
_HEADED_BY = re.compile(rf"\s+do\s+{_HEAD}\s[^.;,]{{2,100}}?\s+làm\s+(?:Trưởng ban|Tổ trưởng|Trưởng đoàn|Chủ tịch|Chủ nhiệm)\s*,\s*")
# who to call; how to send ("- Bằng fax theo số …", "- Bằng đường công văn, theo địa chỉ …")
_CONTACT = re.compile(r"(?:Mọi|Thông tin|Chi tiết)[^:.;]{0,40}?(?:xin )?liên hệ\b|Bằng (?:fax|email|thư|đường|bản)\b"
                      r"|(?:Điện thoại|ĐT|Fax|E-?mail|Email|Địa chỉ|Website)\s*:", re.I)
_CAPTION = re.compile(r"Ảnh(?: minh (?:họa|hoạ))?\s*(?::|$)")  # "… trước ngày 31/3/2019. Ảnh minh họa": a photo's caption
_SCHEDULE = re.compile(r"(?:Ngày|Từ ngày|Sáng|Chiều|Buổi sáng|Buổi chiều)\s[^:;,.]{1,30}:\s")
_INLINE_OPENING = re.compile(r"(?<![\w])(?:có ý kiến(?: chỉ đạo)?|yêu cầu|chỉ đạo|đề nghị)\s+như sau\s*:\s*")
_WHICH_FAIL = re.compile(r"\s*(?:không|chưa|cố tình|còn)\s")
_ALL_OF = re.compile(r"^(?:[Tt]ất cả|[Tt]oàn bộ)\s+(?=các\s)")
_FIRST_PERSON = re.compile(r"(?:Chúng tôi|Tôi)\s")
_SAID_BY = re.compile(r"[”\"]\s*,\s+[^\"“”]{2,100}$")  # a quotation's closing mark, then who said it
_AND_ASKS = re.compile(r"\s*,?\s*(?:và\s+)?(?:đề nghị|yêu cầu|giao)\s+")
_ASKS_NOBODY = re.compile(r"(?:(?:Phó )?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)(?![\w])"
                          r"[^,.;:]{0,40}?\s(?:yêu cầu|đề nghị|chỉ đạo)\s+(?=[a-zđà-ỹ])")
_ISSUER_ASKS = re.compile(r",\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND)[^,.;:]{0,40}?\s(?:yêu cầu|đề nghị)\s*:?\s*")
_TOPIC = re.compile(r"[Đđ]ối với\s+(?=[^\W\d_])|(?!(?:Chú thích|Ảnh|Nguồn|Tin|Xem|Video|Clip)\b)[^:.;,]{2,60}?:\s+(?=[^\W\d_])")
_LOCAL_AUTHORITY = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s+[^\W\d_a-zđ]")


def _issuer(span: str, central: bool) -> bool:
    return is_issuer_like(span) and not (central and _LOCAL_AUTHORITY.search(span))


def _speaks(verb: str, span: str, central: bool) -> bool:
    """ "Chủ tịch UBND tỉnh Phú Thọ chỉ đạo các sở …" in a VPCP letter: the Chairman is given the work."""
    if central and verb in ("chỉ đạo", "sẽ", "phân công", "chỉ thị") and _LOCAL_AUTHORITY.search(span):
        return False
    if verb == "ban hành" and span[:4].lower() == "các ":
        return False  # "Các Sở, ngành, UBND các huyện ban hành, tổ chức thực hiện Kế hoạch …": a group writes no letter
    return is_speaking(verb, span)


# a speech frame: what a text or speaker states, fronted before the clause it introduces ("Văn bản
# nêu rõ, …", "Công điện yêu cầu, …", "Lãnh đạo Sở lưu ý, …")
_SPEECH_FRAME = re.compile(
    r"[^,.;:]{2,80}?(?<![\w])(?:nêu rõ|nêu|cho biết|nhấn mạnh|chỉ rõ|lưu ý|khẳng định|yêu cầu|đề nghị|chỉ đạo|"
    r"quy định rõ|quy định|ghi rõ|đề cập|nói rõ)\s*[,:]\s+"
)


# what the clause is about, fronted before who acts ("Về việc đề xuất ban hành Nghị quyết …: Bộ X chủ trì …",
# "Đối với các vấn đề thuộc thẩm quyền của Chính phủ, Bộ X chủ động …")
_ABOUT = re.compile(r"(?:[Đđ]ối với|[Vv]ề)\s+[^,;:.]{2,200}?\s*[,:]\s+")


def _after_fronted(body: str) -> str:
    """The clause after a fronted speech frame ("<frame>, <agency> …"), or ""."""
    if is_agency_start(body) and not is_issuer_like(body):
        return ""  # "Sở X, Sở Y …" is a list; "Lãnh đạo UBND tỉnh lưu ý, …" the issuer speaking
    m = _ABOUT.match(body)
    if m and is_agency_start(body[m.end():]):
        return body[m.end():]
    if "," not in body[:100] and ":" not in body[:100]:
        return ""
    m = _SPEECH_FRAME.match(body)
    if not m:
        return ""
    rest = body[m.end():]
    return rest if is_agency_start(rest) else ""


def _assigning_trigger(text: str, start: int, reported: bool = False) -> bool:
    """An assignment word after `start` that assigns (not "bàn giao", "được giao", "giao thông")."""
    before = _NOT_TRIGGER_BEFORE_REPORTED if reported else _NOT_TRIGGER_BEFORE
    for m in _TRIGGER.finditer(text, start):
        if before.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if m.group().strip().lower() in ("giao", "gao") and text.startswith(("thông", "dịch"), m.end()):
            continue
        return True
    return False


_CHU_TRI = re.compile(r"(?<![\w])chủ trì(?![\w])")
_SENT_TO = re.compile(r"(?<![\w])gửi\s+(?P<to>[^.:]{2,280}?)\s*,?\s*$")


def _addressed(before: str) -> list[str]:
    """The addressees of "… văn bản gửi X" right before a trigger word that has no object."""
    m = _SENT_TO.search(before) if "gửi" in before else None
    if not m or not is_agency_start(m.group("to")):
        return []
    to = m.group("to").rstrip(" ,")
    span, off = agency_span(to)
    if off >= len(to):
        return split_agencies(span)
    # "gửi các Khu quản lý đường bộ, các sở GTVT quản lý ủy thác quốc lộ, các Ban QLDA trực thuộc":
    # every item of the list names a body, though a name runs on past a verb-like word
    items = [x.strip() for x in re.split(r"[,;]\s*(?=(?:các|những|Các|Những)\s)", to)]
    if len(items) < 2 or not all(is_agency_start(x) for x in items):
        return []
    return [a for x in items for a in split_agencies(x)]  # each item whole: "các sở GTVT quản lý ủy thác quốc lộ"


def _before_chu_tri(body: str) -> tuple[list[str], str, str] | None:
    """ "Trên cơ sở hướng dẫn của các Bộ, ngành …, Sở Kế hoạch và Đầu tư chủ trì, phối hợp …":
    whatever adverbial comes first, the agency right before "chủ trì" is the lead."""
    m = _CHU_TRI.search(body) if "chủ trì" in body else None
    if not m or m.start() == 0:
        return None
    before = body[:m.start()].rstrip()
    seg = before.rsplit(",", 1)[-1].strip()
    if not seg or not is_agency_start(seg):
        return None
    span, off = agency_span(seg)
    if off < len(seg):
        return None  # a verb inside: not a bare agency phrase
    if _MEETING.match(body, m.end()) and (is_issuer_like(span) or strip_title(span) != span):
        return None  # "Ngày 10/5, Phó Chủ tịch UBND tỉnh X chủ trì cuộc họp …": who chaired
    leads = split_agencies(span)
    return (leads, span, body[m.start():]) if leads else None


_DUTY = re.compile(r"(?<![\w])(?:có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|được giao(?: nhiệm vụ)?)(?![\w])")


def _first_piece(sentence: str) -> str:
    """The sentence up to the end of its first ";"-part (fronted adverbials included)."""
    if "(" not in sentence:
        return sentence.split(";", 1)[0]
    depth = 0
    for i, c in enumerate(sentence):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ";" and depth == 0:
            return sentence[:i]
    return sentence


def _name_only(text: str, recipients: list[str]) -> list[str]:
    """The agencies of a clause heading that is nothing but their name ("2. Trung tâm Y tế huyện:")."""
    text = text.strip().rstrip(":.").strip()
    if not text or not is_agency_start(text):
        return []
    span, off = agency_span(text)
    return _resolve(split_agencies(span), recipients) if off >= len(text) else []


def _assigns(sentence: str) -> bool:
    """The sentence gives work with an assignment word and its object (not "được giao", "giao thông"),
    or states its subject's duty ("X có nhiệm vụ …", "X được giao nhiệm vụ …")."""
    if _DUTY.search(sentence):
        return True
    for m in _TRIGGER.finditer(sentence):
        rest = sentence[m.end():]
        if _NOT_TRIGGER_BEFORE.search(sentence[max(0, m.start() - 12):m.start()]) or rest.startswith(("thông", "dịch")):
            continue
        if is_agency_start(rest):
            return True
    return False


def _unfront(text: str) -> str:
    m = _FRONTED.match(text)
    return text[m.end():] if m else text


def _bare(span: str) -> list[str]:
    span = strip_title(span.strip())
    return [span] if _BARE_HEAD.match(span) else []


def _resolve(leads: list[str], recipients: list[str]) -> list[str]:
    """A bare "Bộ"/"Sở" names the addressee of that kind ("Yêu cầu Bộ tổ chức …")."""
    out = []
    for lead in leads:
        m = _BARE_HEAD.match(lead)
        if m:
            head = m.group(1).lower()
            match = _named_as(head, recipients)  # "Quý Sở" with a "Sờ Thông tin …" (a typo) in Kính gửi
            if len(match) != 1 and _HONORIFIC.match(lead) and head in ("cơ quan", "đơn vị") and recipients:
                out.extend(recipients)  # "đề nghị Quý Cơ quan …": the honorific addresses the recipients
                continue
            out.append(match[0] if len(match) == 1 else lead)
        elif _LEVEL_ONLY.match(lead):
            # "đề nghị Ủy ban nhân dân tỉnh (thành phố) báo cáo" to the one "Ủy ban nhân dân tỉnh Bắc Giang" addressed
            match = [r for r in _named_as(lead, recipients) if fold(r) != fold(lead)]
            out.append(match[0] if len(match) == 1 else lead)
        else:
            out.append(lead)
    return out


def _named_as(head: str, recipients: list[str]) -> list[str]:
    """The recipients whose names begin with the words of `head`, whatever the accents and case."""
    words = fold(head).split()
    return [r for r in recipients if fold(r).split()[:len(words)] == words]


_LEVEL_ONLY = re.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)$", re.I)


def _split_action(text: str) -> list[str]:
    """The action text cut at ";" outside brackets."""
    if ";" not in text:
        parts = [text]
    elif "(" not in text:
        parts = text.split(";")
    else:
        parts, depth, start = [], 0, 0
        for i, c in enumerate(text):
            if c == "(":
                depth += 1
            elif c == ")":
                depth = max(0, depth - 1)
            elif c == ";" and depth == 0:
                parts.append(text[start:i])
                start = i + 1
        parts.append(text[start:])
    parts = [x for p in parts for x in _split_new_order(p)]
    out: list[str] = []
    for p in (p.strip() for p in parts):
        cuts = _AND_REPORT.finditer(p) if p and (" và " in p or ", " in p) and _REPORT.search(p) else ()
        m = next((m for m in cuts if (
            _ON_EVENT.search(p, m.end()) and not _ON_EVENT.search(p[:m.start()])
            and not _REPORTING.search(p[:m.start()])  # "tổng hợp, tham mưu và báo cáo …" is one report
        ) or (  # "Báo cáo kịp thời những vấn đề phát sinh (nếu có), báo cáo tổng hợp … trước ngày …": two reports
            _IF_ARISES.search(p[:m.start()]) and _REPORT.match(p) and not _ON_EVENT.search(p, m.end()))), None)
        if m:  # "triển khai thực hiện và báo cáo … nếu có …": the condition belongs to the report
            out.extend((p[:m.start()], p[m.end():]))
        elif p:
            out.append(p)
    return out


_IF_ARISES = re.compile(r"(?<![\w])(?:nếu có|khi có|phát sinh|xảy ra|trường hợp)(?![\w])")  # a condition, not report content
_NEW_ORDER = re.compile(r"(?:,|…|\.\.\.|\s+và|\s+đồng thời)\s+(?=(?:yêu cầu|đề nghị|giao)\s)")


def _split_new_order(text: str) -> list[str]:
    """ "X khẩn trương thực hiện …, và yêu cầu Bộ Nội vụ tổng hợp, báo cáo …": a second order to
    another body in the same sentence is a piece of its own."""
    if "yêu cầu" not in text and "đề nghị" not in text and "giao" not in text:
        return [text]
    for m in _NEW_ORDER.finditer(text):
        rest = re.sub(r"^[Gg]iao\s+(?:cho\s+)?", "", text[m.end():]) if text[m.end():].startswith(("giao ", "Giao ")) \
            else text[m.end():].split(" ", 2)[-1]
        if len(text[:m.start()].split()) >= 3 and is_agency_start(rest):
            return [text[:m.start()], *_split_new_order(text[m.end():])]
    return [text]


# one-off outputs: a letter, a plan, a draft, a submission
_DELIVERABLE = re.compile(
    r"(?<![\w])(?:có văn bản|ban hành|dự thảo|trình|thành lập|sơ kết|tổng kết|xây dựng (?:kế hoạch|phương án|đề án|quy chế|quy định|"
    r"chương trình|hướng dẫn)|lập (?:kế hoạch|danh sách|hồ sơ|phương án|quy hoạch)|tổ chức (?:hội nghị|đoàn))(?![\w])"
)
# what is left of an action the excerpt cuts off: "phối hợp với các Bộ, ngành có liên quan ng"
_UNSEEN = re.compile(r"(?:phối hợp với [^.;:]{0,80}?)?\s*[a-zđà-ỹ]{0,6}", re.I)
_OPENS_CONTINUING = re.compile(r"^\W*(?:(?:đồng thời|Đồng thời),?\s+)?(?:thường xuyên|tiếp tục|Thường xuyên|Tiếp tục)\s")
_CONT_SPLIT = re.compile(r",\s+(?=(?:tiếp tục|thường xuyên)\s)")
_DATED_KINDS = ("date", "relative")


def _split_continuing(piece: str, issued_on: date | None, year: int | None) -> list[str]:
    """ "rà soát các chỉ tiêu để hoàn thành trong hai tháng còn lại, tiếp tục tổ chức chiến dịch …": a
    dated deliverable and a continuing duty in one sentence are two tasks."""
    m = _CONT_SPLIT.search(piece)
    if not m:
        return [piece]
    left, right = piece[:m.start()], piece[m.end():]
    if not any(t.kind in _DATED_KINDS for t in find_timings(left, issued_on, year=year)):
        return [piece]
    if any(t.kind in _DATED_KINDS + ("recurrence",) for t in find_timings(right, issued_on, year=year)):
        return [piece]
    return [left, right]


_REPORT_SPLIT = re.compile(
    r",\s+(?=(?:tổng hợp|báo cáo)\b|(?:định kỳ|hằng|hàng)\s[^,;]{0,30}?báo cáo\b)")


def _split_periodic_report(piece: str, issued_on: date | None, year: int | None) -> list[str]:
    """ "tiến hành tổng kiểm tra …, tổng hợp kết quả báo cáo UBND tỉnh trước ngày 20 hằng tháng": the
    work and its periodic report are two tasks, as they are when a ";" parts them."""
    timings = find_timings(piece, issued_on, year=year)
    if not timings or any(t.kind != "recurrence" for t in timings):
        return [piece]
    cuts = [m for m in _REPORT_SPLIT.finditer(piece) if m.start() < timings[0].start]
    if not cuts:
        return [piece]
    left, right = piece[:cuts[0].start()], piece[cuts[0].end():]
    if len(left.split()) < 4 or _REPORTING.search(left):
        return [piece]  # "theo dõi, tổng hợp, báo cáo hằng tháng" is one monthly report
    return [left, right]


# "A và báo cáo … nếu có vướng mắc": the condition belongs to the report, not to A ("các đề xuất, kiến
# nghị của tỉnh" names what A handles)
_AND_REPORT = re.compile(r"(?:\s+và|,)\s+(?=(?:kịp thời\s+)?(?:báo cáo|phản ánh|kiến nghị|đề xuất)\b(?!\s+(?:của|này|nêu trên)\b))")


def _join_support_lists(pieces: list[str]) -> list[str]:
    """ "Sở TN&MT chủ trì phối hợp với sở, ngành liên quan; UBND quận, huyện, thị xã rà soát …": a ";"
    inside the list of supporting bodies does not end the clause: the piece that stops on a name
    after "phối hợp với" goes on with the next."""
    out = [pieces[0]]
    for piece in pieces[1:]:
        prev = out[-1]
        m = None
        for m in _SUPPORT.finditer(prev):
            pass
        if m and is_agency_start(prev[m.end():]) and is_agency_start(piece):
            _span, off = agency_span(prev[m.end():])
            if off >= len(prev) - m.end():
                out[-1] = prev + "; " + piece.lstrip()
                continue
        out.append(piece)
    return out


def _supports(text: str) -> list[str]:
    out: list[str] = []
    for m in _SUPPORT.finditer(text):
        rest = text[m.end():]
        if not is_agency_start(rest):
            continue
        span, _ = agency_span(rest)
        for a in split_agencies(span):
            if a not in out:
                out.append(a)
    return out


class Reader:
    """Walks the clause tree and collects tasks for one letter."""

    def __init__(self, ctx: Context, operative: bool):
        self.ctx = ctx
        self.operative = operative  # the letter opened its operative part ("… như sau:")
        self.tasks: list[Task] = []
        self.para_no = 0
        self.last_leads: list[str] = []
        self.explicit_only = False  # inside a review section: only explicit assignments count

    # -- tree -----------------------------------------------------------------------------
    def walk(self, node: Node, inherited: list[str], top: bool = False) -> None:
        if node.kind == "table":
            self._table(node)
            return
        if node.kind == "root":
            run = 0  # tasks made before the current run of "-" items began
            items = [c.is_item for c in node.children] + [False]
            numbered = [c.kind.startswith("num") and not c.children for c in node.children] + [False]
            for k, child in enumerate(node.children):
                if (items[k] or numbered[k]) and not (k and (items[k - 1] or numbered[k - 1])):
                    run = len(self.tasks)
                ends_run = items[k] and k and items[k - 1] and not items[k + 1]
                # numbered items that name no actor of their own are the parts of the opening's request
                # ("đề nghị UBND tỉnh báo cáo các nội dung sau: 1. … 2. …"): a deadline below the last is theirs
                parts_of_opening = (not ends_run and numbered[k] and k and numbered[k - 1] and not numbered[k + 1]
                                    and self.ctx.preamble)
                if not (k and node.children[k - 1].kind == child.kind):
                    alike = len(self.tasks)  # tasks made before the current run of items of one kind
                elif child.kind in INNER_KINDS and self.tasks[alike:] and (timing := self._hand_in(child)) is not None:
                    # "- Yêu cầu gửi biểu mẫu … tới Bộ KH&ĐT trước ngày 20/01/2020." below the items of
                    # the work: handing it in is that work's deadline, not a task of its own
                    self._time_run(self.tasks[alike:], timing)
                    rest = [p for p in child.paras if p.strip()]
                    if rest:
                        self.walk(Node("para", None, rest[0], rest[1:]), inherited, top=True)
                    continue
                head, timing, rest = self._shared_tail(child) if ends_run or parts_of_opening else (child.paras, None, [])
                if timing is None:
                    self.walk(child, inherited, top=True)
                    continue
                mine, last_leads = len(self.tasks), self.last_leads
                self.walk(Node(child.kind, child.label, child.text, head), inherited, top=True)
                if parts_of_opening and not (self.tasks[run:] and all(t.lead == self.ctx.preamble for t in self.tasks[run:])):
                    del self.tasks[mine:]  # an item names its own actor: the deadline is the last item's alone
                    self.last_leads = last_leads
                    self.walk(child, inherited, top=True)
                    continue
                self._time_run(self.tasks[run:], timing)
                if rest:
                    self.walk(Node("para", None, rest[0], rest[1:]), inherited, top=True)
            intros = [] if self.tasks else [c for c in node.children if c.kind == "para" and not c.paras and not c.children
                                            and c.text.rstrip().endswith(":") and _TRIGGER.search(c.text)]
            if intros:
                # "… yêu cầu Chủ tịch UBND các huyện triển khai một số nhiệm vụ:" and the excerpt stops (or
                # only a page's links follow): the introduction is all that is left of the assignment
                self._paragraphs([sentences(intros[-1].text.rstrip()[:-1] + ".")[-1]], f"para{self.para_no}",
                                 inherited, labelled=False)
            return
        label = node.label
        if top and node.kind in ("para",):
            self.para_no += 1
            label = f"para{self.para_no}"
            if self.ctx.reported and _NEWS_LEAD.match(node.text):
                self.last_leads = []  # "Ngày 13/3, Bộ trưởng … có công văn …": a new report begins

        if node.label and node.text and (node.is_heading or len(node.text.split()) <= 8) \
                and _DEFINING_SECTION.match(node.text):
            return
        if node.label and node.text and (node.is_heading or len(node.text.split()) <= 6) \
                and _NON_OPERATIVE_SECTION.match(node.text):
            if not _REVIEW_SECTION.match(node.text):
                return  # "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích": objectives, not assignments
            saved, self.explicit_only = self.explicit_only, True
            try:
                self.walk(Node(node.kind, node.label, "", node.paras, node.children, node.table), inherited, top)
            finally:
                self.explicit_only = saved
            return
        if node.text and _EXECUTION_LIST.match(node.text):
            # "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc …;" broken over lines: the whole
            # article names who executes the decision, whatever line the formula ends on
            return
        named = _name_only(node.text, self.ctx.recipients) if node.text else []
        if node.children:
            leads = named or (addressees(node.text, self.ctx.recipients) if node.text else [])
            context = leads or inherited
            paras = node.paras
            if paras and paras[-1].rstrip().endswith(":"):
                # "Sở GDĐT chỉ đạo các cơ sở giáo dục triển khai các nội dung sau:" introduces
                # the sub-items: its actor is theirs, and it is not a task of its own
                context = addressees(paras[-1], self.ctx.recipients) or context
                paras = paras[:-1]
            if all(c.is_item for c in node.children):
                # "-" items of one clause are one clause's paragraphs: one task per actor and timing
                last = node.children[-1]
                head, timing, rest = self._shared_tail(last) if len(node.children) > 1 else (last.paras, None, [])
                bullets = [x for c in node.children for x in ([c.text] if c.text else []) + (head if c is last else c.paras)]
                first = len(self.tasks)
                self._paragraphs(paras + bullets, label, context)
                if timing is not None:
                    self._time_run(self.tasks[first:], timing)
                    if rest:
                        self._paragraphs(rest, label, context)
                return
            if paras:
                self._paragraphs(paras, label, context)
            for child in node.children:
                self.walk(child, context)
            return
        if node.is_heading and not node.paras and not _LISTS_THINGS.search(node.text) and not (node.text.rstrip().endswith(":") and any(
                t.kind in _DATED_KINDS for t in find_timings(node.text, self.ctx.issued_on, year=self.ctx.year))):
            return  # a heading; but "Mọi thông tin đề nghị gửi đến trước ngày 30/5/2009 theo địa chỉ:" times work
        if named and node.paras:  # "2. Trung tâm Văn hóa - Thông tin và Thể thao" over its paragraphs
            self._paragraphs(node.paras, label or "body", named, labelled=True)
            return
        # "I. Phương hướng chung:" over its paragraphs: a title, not a task for the letter's addressees
        title = node.paras and node.is_heading and len(node.text.split()) <= 8 and not _TRIGGER.search(node.text) \
            and not is_agency_start(node.text)
        texts = ([node.text] if node.text and not title else []) + node.paras
        self._paragraphs(texts, label or "body", inherited, closing=node.kind == "closing",
                         labelled=node.kind not in ("para", "closing"))

    def read_opening(self, sentence: str) -> None:
        """Read the letter's opening sentence as its assignment (when nothing below it assigns work):
        only an order ("… đề nghị Sở Y tế báo cáo các nội dung sau"), not a guide that opens on itself."""
        if _TRIGGER.search(sentence):
            self._paragraphs([sentence], "body", [], labelled=False)

    def _shared_tail(self, last: Node) -> tuple[list[str], Timing | None, list[str]]:
        """A paragraph after the last "-" item of a list that names no actor and gives one date
        ("Văn bản đánh giá gửi về Sở X trước ngày 20/11/2020.") times every item of the list, not
        only the last: (the last item's paragraphs before it, its timing, the paragraphs after it)."""
        for k, para in enumerate(last.paras):
            if addressees(para, self.ctx.recipients):
                break
            dated = [t for t in find_timings(para, self.ctx.issued_on, year=self.ctx.year) if t.kind in _DATED_KINDS]
            if len(dated) == 1:
                return last.paras[:k], dated[0], last.paras[k + 1:]
            if dated:
                break
        return last.paras, None, []

    def _hand_in(self, item: Node) -> Timing | None:
        """The one date of an item that only hands the work in ("Gửi báo cáo về Sở X trước ngày …")."""
        text = _HAND_IN_ORDER.sub("", item.text)
        if item.children or not _DELIVER.match(text[:1].lower() + text[1:]) or addressees(item.text, self.ctx.recipients):
            return None
        dated = [t for t in find_timings(item.text, self.ctx.issued_on, year=self.ctx.year) if t.kind in _DATED_KINDS]
        return dated[0] if len(dated) == 1 else None

    @staticmethod
    def _time_run(tasks: list[Task], timing: Timing) -> None:
        """Give `timing` to those of `tasks` that have none of their own."""
        for task in tasks:
            if not _timed(task):
                _apply_timing(task, timing)

    # -- paragraphs -------------------------------------------------------------------------
    def _paragraphs(self, texts: list[str], label: str | None, inherited: list[str], closing: bool = False,
                    labelled: bool = True) -> None:
        parts: list[Part] = []
        last: list[str] = []
        quoting = answering = False
        for text in texts:
            for sentence in sentences(text):
                if quoting or ("“" in sentence and _CITES_QUOTE.search(sentence) and not _TRIGGER.search(sentence)):
                    # a passage quoted from another document ("Tại Quyết định số …, đã xác định: “…”") is
                    # that document's voice, not this letter's assignment
                    opened = sentence.rfind("“")
                    quoting = sentence.rfind("”") < opened if opened >= 0 else quoting and "”" not in sentence
                    continue
                quoted = sentence[:1] in "“\""
                sentence = sentence.lstrip("“\"'‘( ")
                said = _SAID_BY.search(sentence) if quoted else None
                if said:  # "“Chủ tịch tỉnh yêu cầu X báo cáo …”, công văn 8925 tiếp tục chỉ đạo.": the quote is the order
                    sentence = sentence[:said.start()] + "."
                if _gives_no_work(sentence, self.ctx.reported):
                    continue
                if last and sentence[:3] in ("Đó ", "Đây") and _THAT_IS.match(sentence):
                    continue  # "“Sở X phối hợp …”. Đó là chỉ đạo của UBND tỉnh đối với Sở X": said already
                leads, lead_text, action, is_task = _actor(sentence, self.ctx.recipients, self.ctx.reported, self.ctx.central)
                cited = _AT_LETTER.match(sentence) if self.ctx.number and sentence.startswith("Tại ") else None
                if cited and re.sub(r"\s+", "", cited.group("n")) != re.sub(r"\s+", "", self.ctx.number):
                    continue  # "Tại Công văn số 2563/BGDĐT-QLCL …, Bộ GD&ĐT đề nghị …": what another letter asked
                if _PETITION.match(sentence):
                    answering = True  # what follows a voter's petition answers it, unless it names who acts
                if not is_task or (self.explicit_only and not (leads and _TRIGGER.search(sentence))) or (answering and not leads):
                    continue
                if not leads and _APPROVAL.match(sentence):
                    continue  # "Thống nhất nội dung Đề án …, tầm nhìn đến năm 2030.": an approval, whatever its commas
                if leads and (all(_DEMONSTRATIVE.search(x) for x in leads) or (
                        not self.ctx.recipients and all(_HONORIFIC.fullmatch(x) for x in leads))) and (last or self.last_leads):
                    # "Những địa phương này phải …", "đề nghị quý cơ quan sớm có ý kiến …": the bodies just named
                    leads = list(last or self.last_leads)
                if len(leads) == 1 and _BARE_HEAD.match(leads[0]):
                    # "Bộ TT&TT được giao …. Bộ cũng có nhiệm vụ …": the bare head names the body just mentioned
                    head = _BARE_HEAD.match(leads[0]).group(1).lower()
                    earlier = [x for x in (last or self.last_leads) if x.lower().startswith(head + " ")]
                    leads = earlier[-1:] or leads
                explicit = bool(leads)
                if leads and not action.strip(" .;,"):
                    # "UBND tỉnh cũng chỉ đạo Công ty Điện lực; Sở Tài chính; …": the excerpt stops at the list; a
                    # cut name of a body already given work ("… đề nghị Sở Văn hóa, Thể thao và Du") adds nothing
                    known = [agency_key(x) for t in self.tasks for x in t.lead]
                    if all(any(k.startswith(agency_key(x)) for k in known) for x in leads):
                        continue
                    action = "…"
                pieces = _split_action(action)
                if len(pieces) > 1 and ("phối hợp" in action or "Phối hợp" in action):
                    pieces = _join_support_lists(pieces)
                if "hằng" in action or "hàng" in action or "định kỳ" in action:
                    pieces = [x for piece in pieces for x in _split_periodic_report(piece, self.ctx.issued_on, self.ctx.year)]
                if "tiếp tục" in action or "thường xuyên" in action:
                    pieces = [x for piece in pieces for x in _split_continuing(piece, self.ctx.issued_on, self.ctx.year)]
                for k, piece in enumerate(pieces):
                    p_leads, p_text, p_action, p_task = (leads, lead_text, piece, True)
                    if k > 0 and (is_agency_start(_unfront(piece)) or _TRIGGER.match(piece)) and (
                            explicit or self.operative or labelled or (self.ctx.reported and _TRIGGER.search(sentence))):
                        sub = _actor(piece, self.ctx.recipients, self.ctx.reported, self.ctx.central)
                        if sub[0]:
                            p_leads, p_text, p_action, p_task = sub
                    if not p_task or _APPROVAL.match(piece) or (_SUPERIOR.match(p_text) and _DECIDE.match(p_action)):
                        continue
                    if k == 0 and not explicit and _NARRATIVE.match(piece):
                        continue
                    part = Part(p_leads, p_text, p_action, bool(p_leads), sentence if k == 0 else piece)
                    part.own = bool(p_leads) and (p_leads is not leads or k == 0)
                    part.summary = self.ctx.reported and (_LETTER_NAMED.search(sentence) is not None or (
                        sentence[:3] in ("Đó ", "Đây") and _THAT_IS.match(sentence) is not None))
                    part.details = _DETAILS.match(sentence) is not None
                    part.continues = k > 0
                    part.support = _supports(p_action)
                    # the timing may sit in a fronted adverbial ("Định kỳ … hằng tháng, X cập nhật …")
                    part.scope = (sentence if len(pieces) == 1 else
                                  sentence[:len(sentence) - len(action)] + piece if k == 0 else piece)
                    part.timings = _own_timings(find_timings(part.scope, self.ctx.issued_on, year=self.ctx.year), part.scope)
                    if not part.leads:
                        part.leads = last
                    if part.leads:
                        last = part.leads
                    parts.append(part)
        self._make_tasks(parts, label, inherited, closing, labelled)

    def _make_tasks(self, parts: list[Part], label: str | None, inherited: list[str], closing: bool,
                    labelled: bool) -> None:
        digest = False
        if labelled or (self.operative and not closing):
            fallback = inherited or self.ctx.preamble or self.ctx.recipients
        elif closing:
            fallback = self.ctx.preamble or self.ctx.recipients
        else:
            fallback = self.last_leads  # a digest paragraph that only adds a deadline
            digest = True
        groups: list[tuple[list[str], list[Part]]] = []
        whole: Timing | None = None  # a closing "các đơn vị … trước ngày …" when nothing else is timed
        for part in parts:
            leads = part.leads or []
            closing_text = _JOINING.sub("", part.text)
            if leads and _is_anaphor(leads) and self.tasks and (_EXECUTE.match(closing_text) or _DELIVER.match(closing_text)):
                # "các đơn vị" after earlier assignments refers back to them: its deadline
                # joins them; without a deadline it is the closing formula, not a new task. Where
                # no assignment before it has a timing, the deadline is the letter's, for them all
                if any(_timed(t) for t in self.tasks) or any(_has_signal(p) for p in parts if p is not part) \
                        or (whole := self._letter_deadline(part)) is None:
                    self._attach(part)
                continue
            if (leads and self.tasks and _DELIVER.match(closing_text) and not _timed(self.tasks[-1])
                    and all(any(same_agency(x, y) for y in self.tasks[-1].lead) for x in leads) and self._attach(part)):
                # "… đề nghị các Bộ: X, Y góp ý kiến Đề án." then "Đề nghị quý cơ quan gửi văn bản góp ý … trước
                # ngày 26/10/2012": the same bodies handing the work in time it
                continue
            if leads and self.ctx.recipients and all(_EVERYONE.fullmatch(x) for x in leads):
                leads = list(self.ctx.recipients)  # "đề nghị các cơ quan, đơn vị …": the letter's addressees
            if not leads and _CONTENT_ITEM.match(part.text) and not _has_signal(part):
                continue  # "1. Tổng số văn bản đã ban hành …": what a report must hold, not work of its own
            if not leads and digest and not fallback and self.ctx.recipients and _ASKS_NOBODY.match(part.text):
                # "Cụ thể, Chủ tịch UBND tỉnh yêu cầu tổ chức tốt …" with no object: the bodies the page
                # says the letter was sent to
                leads = list(self.ctx.recipients)
            if not leads:
                signal = _has_signal(part) or (_on_event(part.sentence or part.text) and _REPORT.search(part.text))
                # a digest paragraph that opens on an order verb ("Tổ chức xây dựng …. Tham mưu UBND
                # tỉnh …") goes on with the actor of the paragraph before it
                signal = signal or (not labelled and not self.operative and part is parts[0] and imperative(part.text))
                if not fallback or (not signal and not (labelled or (self.operative and not closing))):
                    continue
                leads = fallback
                if (digest and self.tasks and _same_set(self.tasks[-1].lead, leads) and _has_signal(part)
                        and not _ALSO.match(part.sentence or part.text) and self._attach(part)):
                    # "… báo cáo kết quả gửi UBND tỉnh." then "Báo cáo … gửi về UBND tỉnh trước ngày
                    # 05/6/2017.": a paragraph that only adds a deadline times the work before it, as a
                    # deadline sentence of a numbered clause does
                    continue
            self.last_leads = leads
            for key, members in groups:
                if _same_set(key, leads):
                    members.append(part)
                    break
            else:
                groups.append((leads, [part]))
        for leads, members in groups:
            self._group_tasks(leads, members, label)
        if whole is not None:
            self._time_run(self.tasks, whole)

    @staticmethod
    def _letter_deadline(part: Part) -> Timing | None:
        dated = [t for t in part.timings if t.kind in ("date", "relative")]
        return dated[0] if len(dated) == 1 else None

    def _attach(self, part: Part) -> bool:
        """A deadline stated for "các đơn vị" after the assignment belongs to that assignment."""
        dated = [t for t in part.timings if t.kind in ("date", "relative", "recurrence")]
        if not dated:
            return False
        prev = self.tasks[-1]
        for t in dated:
            # a standing duty ("tiếp tục …", ongoing) keeps its own timing; a dated report is a new task
            if not _timed(prev):
                _apply_timing(prev, t)
                continue
            task = Task(clause=prev.clause, lead=list(prev.lead), support=[], action=_summary(part.text))
            _apply_timing(task, t)
            self.tasks.append(task)
        return True

    def _group_tasks(self, leads: list[str], parts: list[Part], label: str | None) -> None:
        support: list[str] = []
        for p in parts:
            for s in p.support:
                if s not in support and not any(same_agency(s, x) for x in leads):
                    support.append(s)
        timed: list[tuple[Timing, Part]] = []
        events: list[Part] = []
        plain: list[Part] = []
        for p in parts:
            dated = [t for t in p.timings if t.kind in ("date", "recurrence") or (t.kind == "relative")]
            if dated:
                timed.extend((t, p) for t in dated)
            elif _on_event(p.scope or p.sentence or p.text) and _REPORT.search(p.text):
                events.append(p)  # the scope: the work cut from its conditional report is not conditional
            else:
                plain.append(p)
        distinct: list[tuple[Timing, Part]] = []
        for t, p in timed:
            if not any(_same_timing(t, u) for u, _ in distinct):
                distinct.append((t, p))
        clause = label or "body"
        made: list[Task] = []
        # a periodic report does not time the work it reports on ("xây dựng kế hoạch …; báo cáo
        # kết quả định kỳ hằng năm"): the work stays a task of its own
        periodic_only = (len(distinct) == 1 and distinct[0][0].kind == "recurrence"
                         and not any(_REPORTING.search(p.text) for p in plain))
        standing_run: list[Part] = []
        if len(distinct) == 1 and not periodic_only and plain:
            # work stated after the deadline ("… hoàn thành trước ngày 15/1/2022; tổ chức kiểm tra …")
            # is not timed by it: the deadline covers what comes before it
            last_dated = max(i for i, p in enumerate(parts) if any(_same_timing(distinct[0][0], t) for t in p.timings))
            after = [p for p in plain if parts.index(p) > last_dated]
            if after and not _attaches_back(after):
                standing_run, plain = after, [p for p in plain if p not in after]
        # "…, tham mưu UBND tỉnh tổ chức …. Đồng thời, tổng hợp, báo cáo … trước ngày 15/6/2022.": the
        # dated duty added with "Đồng thời" times itself, not the work before it
        apart = False
        if len(distinct) == 1 and not periodic_only and plain and not standing_run:
            dated_at = parts.index(distinct[0][1])
            also_at = next((i for i in range(dated_at, 0, -1) if _ALSO.match(parts[i].sentence or parts[i].text)), None)
            # "… Đồng thời, Sở X chủ trì rà soát …; đề xuất …. Tham mưu …, báo cáo trong tháng 10/2017.": the
            # work from "Đồng thời" on is what the date covers; the work before it stands apart
            if also_at is not None and all(parts.index(p) < dated_at for p in plain) \
                    and any(parts.index(p) < also_at for p in plain):
                plain = [p for p in plain if parts.index(p) < also_at]
                apart = True
        if len(distinct) == 1 and not periodic_only and plain and not standing_run and not apart:
            # "… hoàn thành trong hai tháng còn lại, tiếp tục tổ chức …" beside a dated deliverable:
            # the continuing duty stands apart
            k = next((i for i, p in enumerate(plain) if _OPENS_CONTINUING.match(p.text)), None)
            if k is not None:
                standing_run, plain = plain[k:], plain[:k]
        if plain and (len(distinct) != 1 or periodic_only or apart):
            # each fresh assignment ("… giao Sở X tổ chức …. Từ kết quả đó, giao Sở X đề xuất …")
            # is its own task; sentences without an actor continue the one before; a continuing duty
            # after one-off work ("… có văn bản chỉ đạo …; thường xuyên theo dõi, báo cáo …") too
            runs: list[list[Part]] = []
            for p in plain:
                if not runs or (not distinct and len(plain) > 1 and p.fresh) or (
                        _OPENS_CONTINUING.match(p.text) and any(_DELIVERABLE.search(x.text) for x in runs[-1])
                        and not any(_STANDING.search(x.scope or x.text) for x in runs[-1])):
                    runs.append([p])
                else:
                    runs[-1].append(p)
            for run in runs:
                task = self._plain_task(clause, leads, run)
                if made and made[-1].recurrence == task.recurrence == "ongoing" and _OPENS_CONTINUING.match(run[0].text):
                    continue  # a continuing duty after work that is standing already adds no task
                made.append(task)
        for k, (t, p) in enumerate(distinct):
            task = Task(clause=clause, lead=list(leads), action=_summary(p.text))
            _apply_timing(task, t)
            if k == 0 and len(distinct) == 1 and plain and not periodic_only and not apart:
                task.action = _summary(plain[0].text if plain else p.text)
            made.append(task)
        if standing_run:
            made.append(self._plain_task(clause, leads, standing_run))
        if events:
            task = Task(clause=clause, lead=list(leads), action=_summary(events[0].text), recurrence="on_event")
            urgent = [t for p in events for t in p.timings if t.kind in ("urgent", "delegated")]
            task.deadline_text = urgent[0].text if urgent else None
            made.append(task)
        for task in made:
            task.summary = all(p.summary for p in parts)
            task.details = any(p.details for p in parts)
            task.support = list(support) if task.recurrence != "on_event" else []
            if not task.lead:
                task.review.append("không xác định được cơ quan thực hiện")
        self.tasks.extend(made)

    def _plain_task(self, clause: str, leads: list[str], plain: list[Part]) -> Task:
        task = Task(clause=clause, lead=list(leads), action=_summary(plain[0].text))
        soft = [t for p in plain for t in p.timings if t.kind in ("delegated", "urgent")]
        if soft:
            task.deadline_text = soft[0].text
        # a chỉ thị's clauses and a quyết định's articles are standing duties, unless the excerpt
        # cuts the action off before it shows ("Bộ Kế hoạch và Đầu tư phối hợp với các Bộ ng")
        standing = (self.ctx.doc_type == "chỉ thị" or (self.ctx.doc_type == "quyết định" and (
                        clause.startswith("Điều") or self.ctx.reported))
                    ) and not any(_UNSEEN.fullmatch(p.text) for p in plain)
        # "khẩn trương", "ngay" ask for a deliverable, not a standing duty, even in a chỉ thị; only
        # words that say so ("thường xuyên", "tiếp tục") keep an urgent task standing
        urgent = any(_URGENT_WORD.search(p.text) for p in plain)
        # a fronted purpose ("Để có đủ căn cứ báo cáo … về tiếp tục đổi mới …, Bộ Nội vụ đề nghị …") says
        # why, not how long: only the words from the actor on count
        said = [p.text if p.scope.startswith(("Để ", "Nhằm ")) else (p.scope or p.text) for p in plain]
        if any(_OCCASION.search(x) for x in said):
            standing = False
        elif urgent:
            standing = any(_CONTINUING.search(x) for x in said)
        elif standing or any(_STANDING.search(x) for x in said):
            standing = True
        if standing:
            task.recurrence = "ongoing"
        return task

    def _table(self, node: Node) -> None:
        if node.table is None or node.table >= len(self.ctx.tables):
            return
        table = self.ctx.tables[node.table]
        cols = table.columns
        for n, row in enumerate(table.rows, 1):
            def cell(role: str) -> str:
                i = cols.get(role)
                return squash(row[i].replace("<br>", "; ")) if i is not None and i < len(row) else ""
            leads = split_agencies(cell("lead"))
            if not leads:
                continue
            task = Task(clause=cell("clause") or f"row{n}", lead=leads, action=_summary(cell("action")))
            task.support = [s for s in split_agencies(cell("support")) if s not in leads]
            timings = find_timings(cell("deadline"), self.ctx.issued_on, bare=True) if cell("deadline") else []
            if timings:
                _apply_timing(task, timings[0])
            elif re.search(r"thường xuyên|hằng|hàng", cell("deadline"), re.I):
                task.recurrence = "ongoing"
                task.deadline_text = cell("deadline")
            self.tasks.append(task)


_LETTER_NAMED = re.compile(
    r"(?<![\w])(?:ban hành|ký|có)\s+(?:[^\s.,;]+\s+){0,3}?(?:công văn|văn bản|chỉ thị|công điện|kế hoạch|quyết định)"
    r"(?![\w])", re.I)
_GIST = re.compile(r"(?<![\w])chỉ đạo\s+")


def gist_tasks(lines: list[str], ctx: Context) -> list[Task]:
    """A digest whose text stops before the letter's own words: the sentence that names the
    letter gives its gist ("… đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, ban,
    ngành … tăng cường …"). Used only when nothing else assigns work: where the letter's own
    words follow, they are the tasks and this sentence only summarises them."""
    for line in lines[:4]:
        for sentence in sentences(line):
            named = _LETTER_NAMED.search(sentence)
            gist = _GIST.search(sentence, named.end()) if named else None
            if not gist or not is_agency_start(sentence[gist.end():]):
                continue
            rest = sentence[gist.end():]
            span, off = agency_span(rest)
            leads = _resolve(split_agencies(span), ctx.recipients)
            if not leads:
                continue
            task = Task(clause="para1", lead=leads, action=_summary(rest[off:]))
            timings = [t for t in find_timings(rest[off:], ctx.issued_on) if t.kind in ("date", "relative", "recurrence")]
            if timings:
                _apply_timing(task, timings[0])
            return [task]
    return []


_SENT = re.compile(r"(?<![\w])(?:gửi|gởi)(?:\s+(?:đến|tới))?\s+")


def digest_addressees(lines: list[str]) -> list[str]:
    """The bodies a digest says its letter was sent to ("Sở Xây dựng vừa có văn bản số 497/SXD-PQH gửi
    các Sở, ngành liên quan về việc …"): the letter's Kính gửi, which the page does not print."""
    for line in lines[:4]:
        for sentence in sentences(line)[:2]:
            named = _LETTER_NAMED.search(sentence)
            sent = _SENT.search(sentence, named.end(), named.end() + 120) if named else None
            if not sent or not is_agency_start(sentence[sent.end():]):
                continue
            span, _off = agency_span(sentence[sent.end():])
            leads = split_agencies(span)
            if leads:
                return leads
    return []


def drop_repeats(tasks: list[Task]) -> list[Task]:
    """Tasks without the ones that only repeat an earlier task of the same prose or clause: same
    actors, same timing and an action that is the same or a shortened restatement ("Thủ tướng yêu cầu Bộ Công Thương
    nghiên cứu, xử lý." after the full assignment; a sentence duplicated by a web copy)."""
    out: list[Task] = []
    seen: set[int] = set()  # hashes of (actors, timing, each prefix of an earlier action): linear
    for task in tasks:
        # numbered clauses are distinct by design; repeats happen in prose (digests, web copies)
        scope = "prose" if task.clause.startswith(("para", "body")) else task.clause
        h = hash((scope, frozenset(agency_key(x) for x in task.lead), _timing_key(task)))
        prefixes = []
        for word in _WORD.findall(task.action.lower()):
            h = hash((h, word))
            prefixes.append(h)
        if prefixes and prefixes[-1] in seen:
            continue
        out.append(task)
        seen.update(prefixes)
    return out


_WORD = re.compile(r"\w+")
# words that say nothing of what is to be done
_FILLER = frozenset(
    "các những và của cho để với về tại theo trong trên đã sẽ được có là này đó nêu trên khẩn trương kịp thời "
    "chủ động nghiêm túc tập trung quan tâm phối hợp thực hiện triển khai tổ chức đúng đảm bảo bảo đảm".split()
)


_DETAILS = re.compile(r"^(?:Theo đó|Cụ thể|Nội dung (?:công văn|văn bản) nêu rõ|Theo nội dung (?:công văn|văn bản)|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố) (?:giao|yêu cầu|đề nghị)(?= ))\b")


def drop_summaries(tasks: list[Task]) -> list[Task]:
    """A digest opens on the letter and what it asks in sum ("… ban hành Công văn số … chỉ đạo các sở,
    ngành, UBND các huyện tổ chức trực …"); where the letter's own words then give work to the same
    bodies ("Theo đó, UBND tỉnh yêu cầu các sở, ngành …"), those are the tasks and the sum is not."""
    own = {agency_key(x) for t in tasks if not t.summary for x in t.lead}
    if not own or not any(t.details for t in tasks):
        return tasks  # "UBND tỉnh cũng giao Sở X …" after the sum is more work, not the sum in detail
    if any(_is_anaphor(t.lead) for t in tasks if not t.summary and t.lead):
        return [t for t in tasks if not t.summary]  # "Theo đó, … yêu cầu các đơn vị, địa phương …": the same bodies

    # the bodies the details give work to, or name as supporting it ("giao Sở X chủ trì, phối hợp với
    # các Sở, ban, ngành …" after a sum addressed to those)
    own |= {agency_key(x) for t in tasks if not t.summary for x in t.support}

    def covered(name: str) -> bool:
        key = agency_key(name)
        return any(key == k or (min(len(key), len(k)) >= 8 and (key.startswith(k) or k.startswith(key))) for k in own)

    # a sum addressed to "các ngành, địa phương" (or any group: "các sở, ban, ngành, đơn vị liên quan")
    # is what the details then spell out body by body
    return [t for t in tasks if not (t.summary and (_is_anaphor(t.lead) or any(covered(x) for x in t.lead)
                                                    or all(x[:4].lower() == "các " for x in t.lead)))]


def merge_restatements(tasks: list[Task]) -> list[Task]:
    """Tasks without the prose ones that restate an earlier prose task: no actor of their own outside
    the earlier task's actors, and what they ask is what it asked ("Trước mắt, các địa phương … bố trí
    đủ người để mở nước …" after the sapo said so; "Sở Xây dựng đề nghị các quý cơ quan … có văn bản
    thẩm định gởi về Sở Xây dựng trước ngày 28/4/2020" after the request itself). A restatement that
    adds a deadline to untimed work times that work."""
    out: list[Task] = []
    prose: list[tuple[Task, frozenset, set]] = []
    for task in tasks:
        if not task.clause.startswith(("para", "body")) or not task.lead:
            out.append(task)
            continue
        keys = frozenset(agency_key(x) for x in task.lead)
        action = task.action.lower()
        if task.deadline_text:
            action = action.replace(task.deadline_text.lower(), " ")
        words = {w for w in _WORD.findall(action) if w not in _FILLER and not w.isdigit()}
        if prose and keys == prose[-1][1] and _DELIVER.match(action) and _REPORTING.search(prose[-1][0].action):
            # "… đề nghị X báo cáo kết quả …" then "Đề nghị X gửi báo cáo về Bộ trước ngày 30/3/2021": the
            # hand-in date of the report just asked for
            prose[-1] = (prose[-1][0], prose[-1][1], prose[-1][2] | words)
        for earlier, e_keys, e_words in prose:
            if not keys <= e_keys or len(words) < 3:
                continue
            if len(words & e_words) < 0.6 * len(words):
                continue
            if _timing_key(task) == _timing_key(earlier):
                break
            untimed = earlier.deadline is None and earlier.recurrence is None and earlier.deadline_relative is None
            if untimed and task.recurrence is None:
                earlier.deadline, earlier.deadline_text, earlier.deadline_time = task.deadline, task.deadline_text, task.deadline_time
                earlier.deadline_relative = task.deadline_relative
                earlier.review.extend(x for x in task.review if x not in earlier.review)
                break
            if task.deadline is None and task.recurrence is None and task.deadline_relative is None:
                break
        else:
            out.append(task)
            prose.append((task, keys, words))
    return out


def _timing_key(task: Task) -> tuple:
    return task.deadline, (task.recurrence or "").split(":")[0], str(task.deadline_relative)


def _apply_timing(task: Task, t: Timing) -> None:
    task.deadline_text = t.text
    if t.kind == "recurrence":
        task.recurrence = t.recurrence
    elif t.kind == "relative":
        task.deadline_relative = t.relative
        task.deadline = t.deadline
        task.recurrence = None
    elif t.kind == "date":
        task.deadline = t.deadline
        task.deadline_time = t.time
        task.recurrence = None
    task.review.extend(x for x in t.review if x not in task.review)


def _same_timing(a: Timing, b: Timing) -> bool:
    return (a.kind, a.deadline, a.recurrence, str(a.relative)) == (b.kind, b.deadline, b.recurrence, str(b.relative))


def _same_set(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(any(same_agency(x, y) for y in b) for x in a)


# the letter's addressees by a bare common noun: "các cơ quan, đơn vị", "các đơn vị" ("Quý cơ quan"
# is resolved with the other honorifics in _resolve); narrower than _ANAPHOR: "các địa phương" are
# not all of a letter's addressees
_EVERYONE = re.compile(r"[Cc]ác\s+(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương))*")


def _is_anaphor(leads: list[str]) -> bool:
    return len(leads) == 1 and bool(_ANAPHOR.match(leads[0]))


def imperative(text: str) -> bool:
    """The text opens on a capitalised order verb ("Tổ chức …", "Tham mưu …"), without a subject."""
    words = text.split(None, 2)
    if not text[:1].isupper() or text[:2].isupper() or (len(words) > 1 and words[1][:1].isupper()):
        return False  # "Thu Hoài print send mail": a byline, a name in title case
    verb = verb_at(text[0].lower() + text[1:60], 0)
    return bool(verb) and not is_speaking(verb) and not _NARRATIVE_VERB.match(text)  # "Rất mong …" is courtesy


_NARRATIVE_VERB = re.compile(r"^(?:Đã|Đang|Vừa|Chưa|Sẽ|Cũng|Vẫn|Để|Nhằm|Theo|Trong|Trước|Sau|Ngay|Là|Được|Có|Căn cứ|Thực hiện)\b")


def _has_signal(part: Part) -> bool:
    return any(t.kind in ("date", "relative", "recurrence") for t in part.timings)


_LEAD_IN = re.compile(r"^(?:[,;:]\s*|(?:khẩn trương|chủ động|căn cứ [^,]{0,60},|tập trung|nghiêm túc|phải|cần)\s+)+", re.I)


def _summary(text: str, limit: int = 160) -> str:
    """A short verb phrase for the task (the action as written, trimmed)."""
    text = squash(text)
    text = _LEAD_IN.sub("", text).strip(" .;:,")
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:") + " …"
    return text
