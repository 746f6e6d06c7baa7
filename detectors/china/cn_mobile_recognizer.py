"""Mainland China mobile numbers (手机号码)."""

from __future__ import annotations

import re

from residency.detectors.country_base import NA, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Allocated mobile prefixes (MIIT number plan): 13x, 14[5-9], 15[0-35-9], 16[2567],
# 17[0-8], 18x, 19[0-35-9].
_PREFIX = r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])"
_INTL = r"(?:\+86|0086|\(\+86\)|（\+86）)[ -]?|86[ -]?"
_NB = r"(?<![0-9A-Za-z+])"
# Numbers printed in manuals and form examples (China Mobile's service number and the like).
PLACEHOLDERS = frozenset({"13800138000", "13800000000", "13900000000", "18800000000"})


class CnMobileRecognizer(CountryPatternRecognizer):
    """11-digit mobile numbers, bare or 3-4-4 grouped, with an optional +86/0086/86 prefix."""

    ENTITY = "CN_MOBILE"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN mobile (intl)", rf"(?:(?<![0-9A-Za-z])(?:{_INTL})){_PREFIX}\d{{8}}" + NA, 0.7),
        Pattern(
            "CN mobile (intl, grouped)",
            rf"(?:(?<![0-9A-Za-z])(?:{_INTL})){_PREFIX}([ -])\d{{4}}\1\d{{4}}" + NA,
            0.7,
        ),
        Pattern("CN mobile (grouped)", _NB + _PREFIX + r"([ -])\d{4}\1\d{4}" + NA, 0.6),
        Pattern("CN mobile", _NB + _PREFIX + r"\d{8}" + NA, 0.5),
    ]
    CONTEXT = ["mobile", "phone", "cell", "tel", "call", "contact", "whatsapp", "sms"]
    CONTEXT_ZH = ["手机", "手机号", "电话", "联系方式", "联系电话", "联系", "致电", "短信", "号码"]
    STANDALONE_IS_CONTEXT = True
    NAME_IS_CONTEXT = True

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # Only exact placeholders (13800000000, 13800138000) are rejected: a number a user
        # typed, however regular (13812345678), may be real and is reported.
        digits = re.sub(r"\D", "", pattern_text)[-11:]
        return digits[3:] == "00000000" or digits in PLACEHOLDERS
