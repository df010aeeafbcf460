"""The operative part of a letter as a tree of clauses.

Markers, outermost first as they usually nest: "Điều N.", Roman "I.", "1." / "1/" / "1)",
"1.1.", "a)", "-" / "–" / "•", "+". Nesting follows the order in which marker kinds first
appear (a kind already open closes everything opened after it), which is how Vietnamese
administrative letters are laid out whatever the kinds used. A paragraph without a marker
continues the clause before it, except closing formulas ("Nhận được văn bản này…",
"Trong quá trình thực hiện…"), which stand on their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.layout import TABLE_MARK

_MARKERS = (
    ("dieu", re.compile(r"^Điều\s+(\d{1,3})\s*[.:]?\s*(.*)$")),
    ("roman", re.compile(r"^([IVX]{1,5})\s*[.)/]\s*(?=[^\W\d_a-z]|$)(.*)$")),
    ("dotted", re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s*[.)]?\s+(.*)$")),
    ("num", re.compile(r"^(\d{1,2})\s*([.)/]|-(?=\s*[^\W\d_a-zđ]))\s*(?=[^\W\d_]|[\"“(]|$)(.*)$")),  # "1-" too
    ("letter", re.compile(r"^([a-zđ])\s*[).]\s+(.*)$")),
    ("dash", re.compile(r"^[-–—]\s*(.*)$")),
    ("bullet", re.compile(r"^[•●▪◦*]\s*(.*)$")),
    ("plus", re.compile(r"^\+\s*(.*)$")),
)
_CLOSING = re.compile(
    r"^(?:Nhận được|Trong quá trình|Quá trình (?:triển khai|thực hiện)|Trên đây|Đây là|Trân trọng(?!\s+(?:đề nghị|kính đề nghị))|"
    r"Kính báo|Văn phòng [^,.]{0,60}(?:xin )?thông báo|(?:Yêu cầu|Đề nghị) (?:Thủ trưởng |Giám đốc |Hiệu trưởng |Chủ tịch )?"
    r"các (?:cơ quan|đơn vị|sở|trường)[^.]{0,80}(?:nghiêm túc|tốt tinh thần))"
)


INNER_KINDS = frozenset(("dash", "bullet", "plus"))
_OUTER = frozenset(("dieu", "roman", "num"))


@dataclass
class Node:
    kind: str
    label: str | None
    text: str = ""
    paras: list[str] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    table: int | None = None

    @property
    def is_item(self) -> bool:
        """A "-", "•" or "+" item with nothing nested under it."""
        return self.kind in INNER_KINDS and not self.children

    @property
    def is_heading(self) -> bool:
        t = self.text.rstrip()
        return t.endswith(":") or (bool(t) and t.upper() == t and any(c.isalpha() for c in t))


def match_marker(line: str) -> tuple[str, str | None, str] | None:
    """(kind, printed label, rest of the line) for a line that starts with a clause marker."""
    for kind, pattern in _MARKERS:
        m = pattern.match(line)
        if not m:
            continue
        if kind == "dieu":
            return kind, f"Điều {m.group(1)}", m.group(2)
        if kind == "roman":
            return kind, m.group(1), m.group(2)
        if kind == "dotted":
            depth = m.group(1).count(".") + 1
            return f"num{depth}", m.group(1), m.group(2)
        if kind == "num":
            label = m.group(1) + ("/" if m.group(2) == "/" else "")
            return "num", label, m.group(3)
        if kind == "letter":
            return kind, m.group(1) + ")", m.group(2)
        return kind, None, m.group(1)
    return None


def build_tree(lines: list[str]) -> Node:
    """The clause tree of the operative lines (TABLE_MARK lines become table nodes)."""
    root = Node("root", None)
    stack: list[Node] = [root]
    for line in lines:
        if line.startswith(TABLE_MARK):
            stack[-1].children.append(Node("table", None, table=int(line[len(TABLE_MARK):])))
            continue
        marker = match_marker(line)
        if marker is None:
            if _CLOSING.match(line) and len(stack) > 1:
                del stack[1:]
                root.children.append(Node("closing", "closing", line))
            elif len(stack) > 1:
                stack[-1].paras.append(line)
            else:
                root.children.append(Node("para", None, line))
            continue
        kind, label, rest = marker
        kinds = [n.kind for n in stack]
        if kind in kinds:
            del stack[kinds.index(kind):]
        elif kind in _OUTER and any(k in INNER_KINDS for k in kinds):
            # "- Các cơ quan … phải tích cực …" then "1. Công tác thông tin …": a numbered item never
            # sits under a dash item; a web copy lost the heading between them
            del stack[next(i for i, k in enumerate(kinds) if k in INNER_KINDS):]
        parent = stack[-1]
        node = Node(kind, _compose(parent, kind, label), rest.strip())
        parent.children.append(node)
        stack.append(node)
    return root


def _compose(parent: Node, kind: str, label: str | None) -> str | None:
    if label is None:
        return parent.label
    if kind.startswith("num") and kind != "num":
        return label  # "5.1" is printed whole
    if parent.label and parent.kind in ("dieu", "roman", "num", "num2", "num3", "letter") and parent.kind != "closing":
        return f"{parent.label}.{label}"
    return label
