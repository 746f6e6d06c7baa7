"""Malaysian mobile numbers."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.country_base import NA, CountryPatternRecognizer

_NB = r"(?<![0-9A-Za-z+])"
# 011 numbers have 8 subscriber digits; the other 01x prefixes have 7.
_SUBSCRIBER = r"1(?:1[ -]?\d{4}|[02-46-9][ -]?\d{3})[ -]?\d{4}"


class MyPhoneRecognizer(CountryPatternRecognizer):
    """``+60 12-345 6789``, ``012-3456789``, ``011-1234 5678``."""

    ENTITY = "MY_PHONE"
    COUNTRY_CODE = "my"
    PATTERNS = [
        Pattern(
            "MY mobile (intl)",
            r"(?<![0-9A-Za-z])(?:\+60|0060|\(\+60\))[ -]?" + _SUBSCRIBER + NA,
            0.7,
        ),
        Pattern(
            "MY mobile (separated)", _NB + r"01(?:1-\d{4}|[02-46-9]-\d{3})[ -]?\d{4}" + NA, 0.6
        ),
        Pattern("MY mobile", _NB + "0" + _SUBSCRIBER + NA, 0.4),
    ]
    CONTEXT = [
        "phone",
        "mobile",
        "handphone",
        "hp",
        "h/p",
        "tel",
        "call",
        "ring",
        "text",
        "sms",
        "whatsapp",
        "reach",
        "contact",
        "phone number",
        "contact number",
        "my number",
        "hubungi",
        "telefon",
        "talian",
        "nombor telefon",
        "no. telefon",
        "no. tel",
        "panggil",
        "malaysia",
    ]
    CONTEXT_ZH = ["电话", "電話", "手机", "手機", "联系", "聯絡", "号码", "號碼", "马来西亚"]
    STANDALONE_IS_CONTEXT = True
