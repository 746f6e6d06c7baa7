"""Exit-Entry Permit for Travelling to and from Hong Kong and Macau (往来港澳通行证)."""

from __future__ import annotations

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class CnHkMacauPermitRecognizer(CountryPatternRecognizer):
    """C + 8 digits or C + letter + 7 digits (card since 2014), W + 8 digits (booklet).

    The format collides with many product codes, so a context word must come first.
    """

    ENTITY = "CN_HK_MACAU_PERMIT"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN HK/Macau permit", NB + r"(?:[CW]\d{8}|C[A-HJ-NP-Z]\d{7})" + NA, 0.4),
    ]
    CONTEXT = ["exit-entry permit", "two-way permit", "hk macau permit", "permit no", "permit"]
    CONTEXT_ZH = ["通行证", "港澳通行证", "往来港澳通行证", "双程证", "港澳证", "证件号"]
    CONTEXT_REQUIRED = frozenset({"CN HK/Macau permit"})
    CONTEXT_BEFORE = 24
