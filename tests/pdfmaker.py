"""Write small PDFs with a real text layer, for reader tests, with no PDF library.

Vietnamese needs characters outside any standard PDF encoding, so each distinct character
gets a one-byte code and the font carries a ToUnicode map: text extraction (what the reader
relies on) gives back the Unicode text exactly, as it does for PDFs made by office software.
"""
from __future__ import annotations


def _obj(n: int, body: bytes) -> bytes:
    return b"%d 0 obj\n" % n + body + b"\nendobj\n"


def make_pdf(lines: list[str] | None) -> bytes:
    """A one-page PDF whose text layer holds `lines`; with None, a page with no text at all
    (as a scan without OCR looks to a reader)."""
    lines = lines or []
    chars = sorted({c for line in lines for c in line})
    if len(chars) > 254:
        raise ValueError("too many distinct characters for a one-byte font")
    code = {c: i + 1 for i, c in enumerate(chars)}
    content = b"BT /F1 10 Tf 40 800 Td 12 TL\n"
    for line in lines:
        hexed = "".join(f"{code[c]:02X}" for c in line).encode()
        content += b"<" + hexed + b"> Tj T*\n"
    content += b"ET"
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /dondoc-test def /CMapType 2 def\n"
        "1 begincodespacerange <01> <FF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n"
        + "".join(f"<{code[c]:02X}> <{ord(c):04X}>\n" for c in chars)
        + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 255 "
        b"/ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    if not lines:
        objects[2] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
        objects[3] = b"<< /Length 0 >>\nstream\n\nendstream"
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += _obj(n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out
