"""Mainland China vehicle licence plates (车牌号)."""

from __future__ import annotations

import re

from residency.detectors.country_base import NA, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "A-HJ-NP-Z"  # plates never use I or O


class CnLicensePlateRecognizer(CountryPatternRecognizer):
    """Province character + issuing-office letter + 5 characters, or 6 for new-energy plates."""

    ENTITY = "CN_LICENSE_PLATE"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern(
            "CN plate (new energy)",
            rf"[{PROVINCES}][{_L}][·•\- ]?(?:[DF][{_L}0-9]\d{{4}}|\d{{5}}[DF])" + NA,
            0.6,
        ),
        Pattern(
            "CN plate",
            rf"[{PROVINCES}][{_L}][·•\- ]?[{_L}0-9]{{4}}[{_L}0-9挂学警港澳领]" + NA,
            0.5,
        ),
    ]
    LABEL_IS_CONTEXT = True
    CONTEXT = ["license plate", "licence plate", "plate number", "plate no", "vehicle", "car"]
    CONTEXT_ZH = ["车牌", "车牌号", "号牌", "车辆", "牌照"]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # Real plates carry at least three digits in the last five characters.
        return len(re.findall(r"\d", pattern_text[2:])) < 3
