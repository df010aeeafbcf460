"""From a file on disk to Unicode text: format sniffing, legacy Vietnamese encodings.

Formats: plain text and Markdown (UTF-8/UTF-16, Windows-1258, legacy TCVN3/ABC and VNI
fonts, UTF-8 read as Windows-1252), .docx (paragraphs and tables, read with the standard
library), .pdf with a text layer (needs `pypdf`, imported only when a PDF comes in), old
Word .doc (converted by LibreOffice when it is installed). Everything else raises
`ReaderError` with a message that says what is wrong and, where it can, what to do.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from reader.letter import ReaderError
from reader.text import nfc

MAX_BYTES = 10 * 1024 * 1024
MAX_UNPACKED = 60 * 1024 * 1024  # a .docx body larger than this is a zip bomb, not a letter

# TCVN3 (ABC): one byte per letter; the upper-case toned vowels share the lower-case codes
# (the font, not the code, made them capitals), so they decode to lower case.
_TCVN3 = "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00adøõö÷ùýúûüþ®¡¢£¤¥¦§"
_TCVN3_UNI = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĂÂÊÔƠƯĐ"
_TCVN3_MAP = str.maketrans(dict(zip(_TCVN3, _TCVN3_UNI)))
_VIET_LETTERS = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
_TCVN3_ONLY = frozenset(_TCVN3) - frozenset(_VIET_LETTERS + _VIET_LETTERS.upper())
_TCVN3_ONLY_RE = re.compile("[" + re.escape("".join(sorted(_TCVN3_ONLY))) + "]")

# VNI (Windows): a base letter followed by a mark character, read as Windows-1252.
_VNI_UNI = _VIET_LETTERS + _VIET_LETTERS.upper()
_VNI_SEQ = (
    "aù aø aû aõ aï aê aé aè aú aü aë aâ aá aà aå aã aä eù eø eû eõ eï eâ eá eà eå eã eä "
    "í ì æ ó ò où oø oû oõ oï oâ oá oà oå oã oä ô ôù ôø ôû ôõ ôï uù uø uû uõ uï ö öù öø öû "
    "öõ öï yù yø yû yõ î ñ AÙ AØ AÛ AÕ AÏ AÊ AÉ AÈ AÚ AÜ AË AÂ AÁ AÀ AÅ AÃ AÄ EÙ EØ EÛ EÕ "
    "EÏ EÂ EÁ EÀ EÅ EÃ EÄ Í Ì Æ Ó Ò OÙ OØ OÛ OÕ OÏ OÂ OÁ OÀ OÅ OÃ OÄ Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ UÙ UØ "
    "UÛ UÕ UÏ Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ YÙ YØ YÛ YÕ Î Ñ"
).split()
_VNI_MAP = dict(zip(_VNI_SEQ, _VNI_UNI))
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI_MAP), key=len, reverse=True)))
_VNI_SIGNS = re.compile(r"[aeiouyAEIOUY][ùøûõïâáàåãäêéèúüë]|[ôöÔÖ][ùøûõï]|ñ|Ñ")
_VIET_SPECIFIC = re.compile(r"[\u1ea0-\u1ef9ăắằẳẵặơớờởỡợưứừửữựđĂƠƯĐ]")
_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|á»|áº|Ä[‘\u0091]|Æ°|Æ¡")


def read_path(path: str | os.PathLike) -> str:
    """The text of the letter at `path`, NFC-normalised. Raises ReaderError when unreadable."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ReaderError(f"{p}: cannot open ({exc.strerror or exc})") from None
    if p.is_dir():
        raise ReaderError(f"{p}: is a directory, not a letter")
    if size > MAX_BYTES:
        raise ReaderError(f"{p}: file is {size / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MB limit for a letter")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, p.name)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode a file's bytes according to what they are (sniffed, not taken from the name)."""
    if not data.strip():
        raise ReaderError(f"{name}: empty file")
    if len(data) > MAX_BYTES:
        raise ReaderError(f"{name}: over the {MAX_BYTES // 2**20} MB limit for a letter")
    if data.startswith(b"PK\x03\x04"):
        return nfc(_docx_text(data, name))
    if data.startswith(b"%PDF"):
        return nfc(_pdf_text(data, name))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return nfc(_doc_text(data, name))
    if data.startswith(b"{\\rtf"):
        raise ReaderError(f"{name}: RTF is not supported; save the letter as .docx or .txt")
    return nfc(_plain_text(data, name))


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _plain_text(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReaderError(f"{name}: broken UTF-16 text") from None
    head = data[:8192]
    if b"\x00" in head:
        raise ReaderError(f"{name}: binary file (not text, .docx, .pdf or .doc)")
    controls = len(head) - len(head.translate(None, _CONTROLS))
    if controls > len(head) // 20:
        raise ReaderError(f"{name}: binary file (not text, .docx, .pdf or .doc)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        return _repair_legacy(text, name)
    latin = data.decode("latin-1")
    legacy = _legacy_kind(latin)
    if legacy:
        return _convert_legacy(latin, legacy)
    text = data.decode("cp1258", errors="replace")
    if _VIET_SPECIFIC.search(unicodedata.normalize("NFC", text)) and text.count("\ufffd") < 5:
        return text
    raise ReaderError(
        f"{name}: unknown text encoding (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI); "
        "save the letter as UTF-8"
    )


def _repair_legacy(text: str, name: str) -> str:
    """Text decoded as UTF-8 that still holds legacy-font letters or double-encoded UTF-8."""
    if _MOJIBAKE.search(text[:20000]):
        try:
            fixed = text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            fixed = None
        if fixed is not None:
            return fixed
    legacy = _legacy_kind(text)
    return _convert_legacy(text, legacy) if legacy else text


def _legacy_kind(text: str) -> str | None:
    """'tcvn3', 'vni' or None, judged on letters no Unicode Vietnamese text would use."""
    sample = text[:50000]
    specific = len(_VIET_SPECIFIC.findall(sample))
    tcvn = len(_TCVN3_ONLY_RE.findall(sample))
    vni = len(_VNI_SIGNS.findall(sample))
    # VNI puts its mark after a plain vowel; TCVN3 replaces the vowel itself.
    if vni >= 5 and vni > 3 * specific and vni * 10 >= tcvn * 6:
        return "vni"
    if tcvn >= 5 and tcvn > 3 * specific:
        return "tcvn3"
    return None


def _convert_legacy(text: str, kind: str) -> str:
    if kind == "tcvn3":
        return text.translate(_TCVN3_MAP)
    return _VNI_RE.sub(lambda m: _VNI_MAP[m.group()], text)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes, name: str) -> str:
    """Paragraphs in order; each table row as a pipe row ("| a | b |"), cells' lines joined."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            try:
                info = zf.getinfo("word/document.xml")
            except KeyError:
                raise ReaderError(f"{name}: a zip file but not a Word .docx document") from None
            if info.file_size > MAX_UNPACKED:
                raise ReaderError(f"{name}: .docx body unpacks to over {MAX_UNPACKED // 2**20} MB")
            xml = zf.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise ReaderError(f"{name}: damaged .docx ({exc})") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ReaderError(f"{name}: damaged .docx ({exc})") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise ReaderError(f"{name}: .docx without a body")
    lines: list[str] = []
    for child in body:
        if child.tag == f"{_W}p":
            lines.append(_docx_para(child))
        elif child.tag == f"{_W}tbl":
            lines.extend(_docx_table(child))
    return "\n".join(lines)


def _docx_para(p) -> str:
    out = []
    for el in p.iter():
        if el.tag == f"{_W}t" and el.text:
            out.append(el.text)
        elif el.tag == f"{_W}tab":
            out.append("\t")
        elif el.tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
    return "".join(out)


def _docx_table(tbl) -> list[str]:
    rows = []
    for tr in tbl.iter(f"{_W}tr"):
        cells = []
        for tc in tr.findall(f"{_W}tc"):
            paras = [_docx_para(p) for p in tc.iter(f"{_W}p")]
            cells.append(" <br> ".join(x.strip().replace("\n", " <br> ") for x in paras if x.strip()))
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _pdf_text(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        raise ReaderError(f"{name}: reading PDF needs the 'pypdf' package (pip install pypdf)") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                raise ReaderError(f"{name}: encrypted PDF; save an unprotected copy") from None
        pages = [page.extract_text() or "" for page in reader.pages[:200]]
    except ReaderError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OSError, ZeroDivisionError, AssertionError) as exc:
        raise ReaderError(f"{name}: damaged PDF ({type(exc).__name__})") from None
    text = "\n".join(pages)
    if sum(c.isalpha() for c in text) < 20:
        raise ReaderError(f"{name}: PDF has no text layer (a scan?); run OCR first or supply the .docx")
    return text


def _doc_text(data: bytes, name: str) -> str:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        raise ReaderError(
            f"{name}: old Word .doc format; convert it first "
            "(libreoffice --headless --convert-to docx FILE, or save as .docx in Word)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "letter.doc"
        src.write_bytes(data)
        try:
            subprocess.run(
                [office, "--headless", "--convert-to", "docx", "--outdir", tmp, str(src)],
                capture_output=True, timeout=120, check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ReaderError(f"{name}: LibreOffice could not convert the .doc ({exc})") from None
        out = Path(tmp) / "letter.docx"
        if not out.exists():
            raise ReaderError(f"{name}: LibreOffice could not convert the .doc")
        return _docx_text(out.read_bytes(), name)
