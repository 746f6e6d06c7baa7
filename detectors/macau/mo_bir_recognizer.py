"""Macau Resident Identity Card numbers (澳門居民身份證, BIR)."""

from __future__ import annotations

from residency.detectors.country_base import ID_NEGATIVE_CONTEXT, NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class MoBirRecognizer(CountryPatternRecognizer):
    """1/5/7 + 6 digits + a bracketed check digit, e.g. ``1234567(8)``.

    The check-digit algorithm is not published, so the score depends on context: the
    bracketed form is reported on its own, the unbracketed 8 digits only after a context word.
    """

    ENTITY = "MO_BIR"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
    COUNTRY_CODE = "mo"
    PATTERNS = [
        Pattern("MO BIR (bracketed)", NB + r"[157]\d{6}[(（]\d[)）]", 0.5),
        Pattern("MO BIR", NB + r"[157]\d{7}" + NA, 0.4),
    ]
    CONTEXT = ["macau id", "macao id", "bir", "identity card", "id card", "id no"]
    CONTEXT_ZH = ["澳門身份證", "澳门身份证", "身份證", "身份证", "居民身份證", "澳門", "澳门"]
    CONTEXT_REQUIRED = frozenset({"MO BIR"})
