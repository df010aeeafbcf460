"""Vietnamese phone numbers in the form SMS gateways and Zalo ZNS take: 84 + 9 digits."""
from __future__ import annotations

import re

# The 11-digit mobile prefixes remapped to 10 digits in 2018-2019 (Viettel, MobiFone,
# VinaPhone, Vietnamobile, Gmobile).
_OLD_PREFIXES = {
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037",
    "0168": "038", "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076",
    "0128": "078", "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}


class PhoneError(ValueError):
    """Not a Vietnamese phone number."""


def normalize_phone(text: str) -> str:
    """``84`` followed by 9 digits. Accepts spaces, dots, dashes, ``+84``, ``0084``, a leading
    ``0``, and the old 11-digit mobile numbers (0162… → 032…). Raises PhoneError."""
    digits = re.sub(r"[\s.\-()]", "", str(text or ""))
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("0084"):
        digits = digits[2:]
    if not digits.isdigit():
        raise PhoneError(f"not a phone number: {text!r}")
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if len(digits) == 11 and digits[:4] in _OLD_PREFIXES:
        digits = _OLD_PREFIXES[digits[:4]] + digits[4:]
    if len(digits) == 9 and not digits.startswith("0"):
        digits = "0" + digits
    if len(digits) != 10 or not digits.startswith("0") or digits[1] == "0":
        raise PhoneError(f"not a Vietnamese phone number: {text!r}")
    return "84" + digits[1:]
