"""Hong Kong vehicle registration plates (車牌: ``LV 8213``, ``AB 1234``, ``HK 88``).

An ordinary Hong Kong plate is two letters (never I, O or Q) and a number of one to four
digits with no leading zero; a few old plates have one letter.  Reported only right after
a plate word (車牌, 車牌號碼, plate): the shape alone is also a flight, a grade or a part
number.  Personalised plates (any letters) are not covered.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_LETTER = "[A-HJ-NPR-Z]"
# The car's owner named right after the plate (有冇人識 CP 888 嘅車主？).
_OWNER_AFTER = re.compile(r"\s?(?:嘅|的|架車|架车)?\s?(?:車主|车主|司機|司机)")


class HkVehiclePlateRecognizer(CountryPatternRecognizer):
    """One or two letters and a number of up to four digits, right after a plate word."""

    ENTITY = "HK_VEHICLE_PLATE"
    COUNTRY_CODE = "hk"
    PATTERNS = [
        Pattern(
            "HK plate",
            rf"(?<![A-Za-z0-9-]){_LETTER}{{1,2}} ?[1-9][0-9]{{0,3}}(?![A-Za-z0-9-])",
            0.5,
        )
    ]
    LABEL_IS_CONTEXT = True
    # (and a car's icon right before it: ``🚙 RK 6038``)
    CONTEXT = [
        "plate", "license plate", "licence plate", "plate number", "reg no", "car reg", "🚙", "🚗",
    ]  # fmt: skip
    # (and Cantonese for "his car": 張家豪架車VK 5138)
    CONTEXT_ZH = [
        "車牌", "车牌", "車牌號碼", "车牌号码", "車牌號", "车牌号", "牌照", "架車", "架车",
        "私家車", "私家车",
        # (and a lorry or a van: ``你架貨車 VX 8213 又泊咗喺後巷``)
        "貨車", "货车", "客貨車", "客货车", "貨van", "七人車",
        # (and the car's owner, before or after it: 車主 VK 5138, CP 888 嘅車主)
        "車主", "车主",
    ]  # fmt: skip
    CONTEXT_REQUIRED = frozenset({"HK plate"})

    def announced_elsewhere(self, text: str, result: RecognizerResult) -> bool:
        """A plate followed by its car's owner or driver (``CP 888 嘅車主``)."""
        return _OWNER_AFTER.match(text, result.end) is not None
