"""Taiwan National Identification numbers (中華民國身分證字號) and new-format ARC numbers."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.checksums import tw_id_valid
from residency.detectors.country_base import NA, NB, CountryPatternRecognizer


class TwNationalIdRecognizer(CountryPatternRecognizer):
    """Letter + 1/2 (sex) + 8 digits, and since 2021 letter + 8/9 + 8 digits for residents
    of foreign nationality; both use the same weighted mod-10 check digit."""

    ENTITY = "TW_NATIONAL_ID"
    COUNTRY_CODE = "tw"
    PATTERNS = [
        Pattern("TW national id", NB + r"[A-Z][12]\d{8}" + NA, 0.5),
        Pattern("TW ARC (2021)", NB + r"[A-Z][89]\d{8}" + NA, 0.4),
    ]
    CONTEXT = ["national id", "taiwan id", "id number", "id no", "arc", "resident certificate"]
    CONTEXT_ZH = [
        "身分證",
        "身分證字號",
        "身份證",
        "身份证",
        "统一编号",
        "統一證號",
        "居留證",
        "居留证",
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        return tw_id_valid(pattern_text)
