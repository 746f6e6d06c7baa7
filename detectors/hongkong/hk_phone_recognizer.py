"""Hong Kong phone numbers (香港電話)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.country_base import NA, CountryPatternRecognizer

_NB = r"(?<![0-9A-Za-z+])"


class HkPhoneRecognizer(CountryPatternRecognizer):
    """``+852 9123 4567`` (any 8-digit number after +852/00852); bare 5/6/9 mobiles need context."""

    ENTITY = "HK_PHONE"
    COUNTRY_CODE = "hk"
    PATTERNS = [
        Pattern(
            "HK phone (intl)",
            r"(?<![0-9A-Za-z])(?:\+852|00852|\(\+852\)|（\+852）)[ -]?[2-9]\d{3}[ -]?\d{4}" + NA,
            0.7,
        ),
        Pattern("HK phone", _NB + r"[569]\d{3}[ -]?\d{4}" + NA, 0.4),
    ]
    CONTEXT = ["phone", "mobile", "tel", "call", "whatsapp", "contact", "hong kong", "hk"]
    CONTEXT_ZH = ["電話", "电话", "手機", "手机", "聯絡", "联系", "香港"]
    CONTEXT_REQUIRED = frozenset({"HK phone"})
