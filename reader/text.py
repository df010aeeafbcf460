"""Small text helpers shared by the reader's modules: folding, spacing, sentence splits."""
from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_DETACHED_MARK = re.compile(r"(?<![ \t])[ \t]+([\u0300-\u036f])")  # from the run's start only: linear in long runs
_FOLD_CACHE: dict[str, str] = {}


def nfc(text: str) -> str:
    """NFC text with zero-width characters removed and tone marks re-attached.

    PDF extraction sometimes leaves a combining tone mark after a space ("Vie ̣t");
    a combining mark never starts a word, so gluing it back is safe.
    """
    text = _ZERO_WIDTH.sub("", text)
    text = _DETACHED_MARK.sub(r"\1", text)
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Collapse runs of blanks (incl. no-break spaces) and line breaks into one space."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """Lowercase, accent-free, đ→d: for comparisons that must ignore spelling variants."""
    hit = _FOLD_CACHE.get(text)
    if hit is not None:
        return hit
    out = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    out = "".join(c for c in out if unicodedata.category(c) != "Mn").lower()
    if len(_FOLD_CACHE) < 50_000:
        _FOLD_CACHE[text] = out
    return out


def is_upper_line(text: str) -> bool:
    """True when every cased letter of `text` is upper case and there are at least 3 letters."""
    if text != text.upper():
        return False
    letters = 0
    for c in text:
        if c.isalpha():
            letters += 1
            if letters >= 3:
                return True
    return False


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# Sentence ends: a full stop, ! or ? followed by space and an upper-case letter, quote or
# bracket. Abbreviations that end in a dot inside a sentence are guarded.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_ABBREV_BEFORE = re.compile(r"(?:\b(?:TP|Tp|TX|TT|KT|TM|TL|TUQ|Q|P|ThS|TS|PGS|GS|Th|St|ông|bà|Ô|B)\.|\bV\.)$")


# a full stop a web copy glued to the next sentence ("… từng khu vực.Nhận được Công văn này, …")
_GLUED_END = re.compile(r"(?<=\w\w)\.(?=\w\w)")


def _unglue(m: re.Match) -> str:
    s, i = m.string, m.start()
    return ". " if s[i - 2].islower() and s[i - 1].islower() and s[i + 1].isupper() and s[i + 2].islower() else "."


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; keeps abbreviations such as "TP." inside."""
    text = _GLUED_END.sub(_unglue, text)
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        nxt = text[m.end()]
        if not (nxt.isupper() or nxt in "\"“(-–•+"):
            continue
        head = text[start:m.start()]
        if _ABBREV_BEFORE.search(head):
            continue
        if head.strip():
            out.append(squash(head))  # "thường  xuyên": a web copy's doubled space inside a sentence
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(squash(tail))
    return out



def strip_end_marks(text: str) -> str:
    """Remove the end-of-body marker "./." and trailing sentence punctuation."""
    return re.sub(r"[\s./;:,]+$", "", text)
