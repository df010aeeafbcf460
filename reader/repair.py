"""Repair words run together by web and PDF copies ("thờihạn", "tháng8", "caBộ", "UBNDngày").

Only safe splits are made: at a case or digit boundary that no Vietnamese word has, or
between two syllables when the run-together token is not itself a Vietnamese syllable and
exactly one split gives two valid syllables (ties broken only by a short list of function
words, e.g. "cáchuyện" → "các huyện").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_STOP_TONES = {"\u0301", "\u0323"}  # syllables ending in c, ch, p, t take only these tones
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"(?:(oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|iêu|yêu|uêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|"
    r"oi|ôi|ơi|ua|ui|ưa|ưi|ưu)"  # vowel groups that end the syllable
    r"|(uyê|iê|oa|oă|oe|uâ|uê|uô|uơ|uy|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
    r"(ch|ng|nh|c|m|n|p|t)?)"
)
_FUNCTION_WORDS = frozenset(
    "các và của những được trong đã cho với theo tại về để là có không này đó thì mà nhưng "
    "hoặc từ đến trên dưới sau trước khi nếu".split()
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_LOWER_UPPER = re.compile(r"(?<=[^\W\d_])(?=[^\W\d_])")


@lru_cache(maxsize=20000)
def is_syllable(word: str) -> bool:
    """True if `word` (any case) is spelled like one Vietnamese syllable."""
    if len(word) > 8:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    m = _SYLLABLE.fullmatch(base)
    if not m:
        return False
    coda = m.group(4)
    if coda in ("c", "ch", "p", "t") and (not tones or tones[0] not in _STOP_TONES):
        return False
    return True


@lru_cache(maxsize=20000)
def _split_word(word: str) -> str:
    # two syllables are at most 14 letters ("nghiêng" + "nghiêng"); longer runs are not words
    if len(word) < 4 or len(word) > 14 or is_syllable(word) or not word[1:].islower():
        return word
    splits = [k for k in range(1, len(word)) if is_syllable(word[:k]) and is_syllable(word[k:])]
    if word.isascii():
        # a bare ASCII run is most often a foreign word, a code or a URL part ("date", "here");
        # it is split only next to an unmarked function word ("Giaocho" → "Giao cho")
        splits = [k for k in splits if word[:k].lower() in _FUNCTION_WORDS or word[k:] in _FUNCTION_WORDS]
    if len(splits) > 1:
        splits = [k for k in splits if word[:k].lower() in _FUNCTION_WORDS]
    if len(splits) != 1:
        return word
    k = splits[0]
    return word[:k] + " " + word[k:]


def _fix_token(tok: str) -> str:
    if tok.isdigit():
        return tok
    # case boundary: "caBộ", "TổngBí", "UBNDngày"
    out = []
    start = 0
    for i in range(1, len(tok)):
        a, b = tok[i - 1], tok[i]
        if a.islower() and b.isupper():
            run = tok[start:i]
            if len(run) >= 2 and not run.isupper() and is_syllable(run.split()[-1] if run else run):
                out.append(tok[start:i])
                start = i
        elif a.isupper() and b.islower() and i >= 3 and tok[start:i - 1].isupper() and len(tok[start:i - 1]) >= 2:
            # "UBNDngày": the capitals before the last one form an acronym unless the last
            # capital starts the lower-case word (then "UBNDNgày" style would be needed)
            rest = tok[i - 1:]
            low = re.match(r"[^\W\d_][^\W\d_A-ZĐ]*", rest)
            if low and not is_syllable(low.group()) and is_syllable(tok[i:i + len(low.group()) - 1] or "x"):
                out.append(tok[start:i])
                start = i
    out.append(tok[start:])
    return " ".join(_split_word(p) for p in out)


_RUN = re.compile(r"[^\W_]{4,}")  # shorter tokens are never split: skip them in the scan
_CODE = re.compile(r"[A-ZĐ]{2,8}")
_DIGIT_WORD = re.compile(r"(?<=\d)(?=[^\W\d_]{3})|(?<=[^\W\d_]{3})(?=\d)")


def repair(text: str) -> str:
    """`text` with run-together words split where the split is certain."""
    if "ưó" in text or "uớ" in text or "ưoc" in text:
        text = _MISSPELT.sub("trước", text)
    return _RUN.sub(_fix_match, text)


# "trưóc ngày 13/02", "truớc ngày …": a mistyped tone mark on the deadline word itself
_MISSPELT = re.compile(r"(?<![\w])tr(?:ưó|uớ|ưo)c(?![\w])")


_FIXED: dict[str, str] = {}  # token -> its repair: most tokens are common words met again and again


def _fix_match(m: re.Match) -> str:
    tok = m.group()
    hit = _FIXED.get(tok)
    if hit is not None:
        return hit
    out = tok if len(tok) < 9 and tok.islower() and is_syllable(tok) else _fix_run(tok)
    if len(tok) <= 40 and len(_FIXED) < 50_000:  # a long run (a URL, a pasted code) is seldom met again
        _FIXED[tok] = out
    return out


def _fix_run(tok: str) -> str:
    parts = [p for p in _DIGIT_WORD.split(tok) if p]
    for k in range(len(parts) - 1, 0, -1):
        if parts[k].isdigit() and _CODE.fullmatch(parts[k - 1]):  # a code: "UBND-NLN2", "KTTH2"; not "NĂM2018"
            parts[k - 1:k + 1] = [parts[k - 1] + parts[k]]
    fixed = []
    for p in parts:
        if p.isdigit() or not any(c.isalpha() for c in p) or any(c.isdigit() for c in p):
            fixed.append(p)
        else:
            fixed.append(_fix_token(p))
    return " ".join(fixed)
