"""Taiwan phone numbers (台灣電話)."""

from __future__ import annotations

from residency.detectors.country_base import NA, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z+])"
_INTL = r"(?<![0-9A-Za-z])(?:\+886|00886|\(\+886\)|（\+886）)[ -]?"


class TwPhoneRecognizer(CountryPatternRecognizer):
    """Mobiles ``0912-345-678`` / ``+886 912 345 678``, ``+886 2 2345 6789`` landlines and,
    next to a phone word, ``(02) 2712-3456``."""

    ENTITY = "TW_PHONE"
    COUNTRY_CODE = "tw"
    PATTERNS = [
        Pattern("TW mobile (intl)", _INTL + r"9\d{2}[ -]?\d{3}[ -]?\d{3}" + NA, 0.7),
        Pattern("TW landline (intl)", _INTL + r"[2-8][ -]?\d{3,4}[ -]?\d{4}" + NA, 0.6),
        Pattern("TW mobile (grouped)", _NB + r"09\d{2}([ -])\d{3}\1\d{3}" + NA, 0.6),
        Pattern("TW mobile", _NB + r"09\d{8}" + NA, 0.5),
        # A two-digit area code (02-08; mainland area codes have three or four digits),
        # bracketed or not, then a 7-8 digit local number: ``(02) 2712-3456``.
        Pattern(
            "TW landline",
            r"(?<![0-9A-Za-z(（])(?:[(（]0[2-8][)）]\s?|0[2-8][ -])\d{3,4}[ -]?\d{4}" + NA,
            0.4,
        ),
    ]
    CONTEXT = ["phone", "mobile", "tel", "call", "contact", "taiwan", "line id"]
    CONTEXT_ZH = ["電話", "电话", "手機", "手机", "聯絡", "联系", "台灣", "台湾"]
    CONTEXT_NEAR = frozenset({"TW landline"})
    STANDALONE_IS_CONTEXT = True
    NAME_IS_CONTEXT = True
