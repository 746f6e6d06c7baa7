"""Singapore phone numbers."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.country_base import NA, CountryPatternRecognizer

_NB = r"(?<![0-9A-Za-z+])"


class SgPhoneRecognizer(CountryPatternRecognizer):
    """``+65 9123 4567``; bare 8-digit numbers starting 6/8/9 need a context word nearby."""

    ENTITY = "SG_PHONE"
    COUNTRY_CODE = "sg"
    PATTERNS = [
        Pattern(
            "SG phone (intl)",
            r"(?<![0-9A-Za-z])(?:\+65|0065|\(\+65\)|（\+65）)[ -]?[689]\d{3}[ -]?\d{4}" + NA,
            0.7,
        ),
        Pattern("SG phone", _NB + r"[689]\d{3}[ -]?\d{4}" + NA, 0.4),
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
        "singapore",
    ]
    CONTEXT_ZH = [
        "电话",
        "電話",
        "手机",
        "手機",
        "联系",
        "聯絡",
        "联络",
        "号码",
        "號碼",
        "致电",
        "致電",
        "新加坡",
    ]
    CONTEXT_NEAR = frozenset({"SG phone"})
    STANDALONE_IS_CONTEXT = True
