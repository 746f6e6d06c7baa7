"""Unified Social Credit Code (统一社会信用代码, GB 32100-2015) of an organisation.

An organisation id is not personal information on its own; it is reported with a low
score so that policies can decide (sole proprietors' codes can point to a person).
"""

from __future__ import annotations

from residency.detectors.checksums import uscc_valid
from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_C = "[0-9A-HJ-NPQRTUWXY]"


class CnUsccRecognizer(CountryPatternRecognizer):
    """18 characters: authority, type, 6-digit region, 9-char org code, mod-31 check char."""

    ENTITY = "CN_USCC"
    COUNTRY_CODE = "cn"
    PATTERNS = [Pattern("CN USCC", NB + _C + r"{2}\d{6}" + _C + "{10}" + NA, 0.4)]
    CONTEXT = ["unified social credit code", "uscc", "credit code", "business license"]
    CONTEXT_ZH = ["统一社会信用代码", "信用代码", "营业执照", "税号", "纳税人识别号"]
    CONTEXT_BOOST = 0.2
    MAX_CONTEXT_SCORE = 0.6

    def validate_result(self, pattern_text: str) -> bool | None:
        # A valid code keeps its low pattern score (None); an invalid one is rejected.
        # (nor a blank of zeros: ``税号 000000000000000000``)
        if len(set(pattern_text)) == 1:
            return False
        return None if uscc_valid(pattern_text) else False
