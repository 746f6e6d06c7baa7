"""Mainland China fixed-line numbers (固定电话): area code + 7-8 digit local number."""

from __future__ import annotations

from residency.detectors.country_base import NA, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Area codes: 10 (Beijing), 2x (large cities), 3-digit codes 3xx-9xx; local numbers
# start with 2-8.
_AREA = r"(?:10|2\d|[3-9]\d{2})"
_LOCAL = r"[2-8]\d{2,3}[ -]?\d{4}"
_NB = r"(?<![0-9A-Za-z+])"


class CnLandlineRecognizer(CountryPatternRecognizer):
    """``010-12345678``, ``(0755) 2345 6789``, ``+86 21 6123 4567``; bare runs need context."""

    ENTITY = "CN_LANDLINE"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern(
            "CN landline (intl)",
            r"(?<![0-9A-Za-z])(?:\+86|0086)[ -]?(?:\(0?"
            + _AREA
            + r"\)|0?"
            + _AREA
            + r")[ -]?"
            + _LOCAL
            + NA,
            0.6,
        ),
        Pattern(
            "CN landline (parenthesised)", r"[(（]0" + _AREA + r"[)）][ -]?" + _LOCAL + NA, 0.6
        ),
        # (not the tail of a longer run of digit groups: a bill's ``9113 0827 4410 5526``)
        Pattern(
            "CN landline (separated)", _NB + r"(?<!\d[ -])0" + _AREA + r"[ -]" + _LOCAL + NA, 0.5
        ),
        Pattern("CN landline (bare)", _NB + "0" + _AREA + r"[2-8]\d{6,7}" + NA, 0.2),
    ]
    CONTEXT = ["phone", "tel", "telephone", "landline", "fax", "call", "contact", "office"]
    CONTEXT_ZH = ["电话", "座机", "固话", "联系电话", "传真", "办公电话", "联系方式", "致电"]
