"""Taiwan National Identification numbers (中華民國身分證字號) and new-format ARC numbers."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from residency.detectors.checksums import tw_id_valid
from residency.detectors.country_base import (
    ID_NEGATIVE_CONTEXT,
    MISTYPED_ID_SCORE,
    NA,
    NB,
    REFERENCE_BEFORE,
    CountryPatternRecognizer,
    MistypedIdRecognizer,
)
from residency.detectors.patterns import Pattern


class TwNationalIdRecognizer(CountryPatternRecognizer):
    """Letter + 1/2 (sex) + 8 digits, and since 2021 letter + 8/9 + 8 digits for residents
    of foreign nationality; both use the same weighted mod-10 check digit."""

    ENTITY = "TW_NATIONAL_ID"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
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

    def keep(self, text: str, result: RecognizerResult) -> bool:
        # A case's or an order's number after its word or a number sign (``案件
        # #A1130928-17``, its dash taken out by the evasion pass): a reference.
        return not REFERENCE_BEFORE.search(text, max(0, result.start - 16), result.start)


# A number given right after 身分證字號 (or ``my national ID``) with a wrong check digit
# (``我的身分證字號是 A223581904``) is a mistyped id that still points to its holder: kept
# (fail closed) unless the text is about validating ids (範例, 測試, invalid ...).
_LABELLED = (
    r"(?<=(?:(?:身分證|身份證|身份证)(?:字號|字号|號碼|号码|統一編號|號|号)?"
    r"|(?i:\b(?:my|his|her|our)\s+(?:taiwan(?:ese)?\s+|national\s+)?id(?:\s+(?:no\.?|number))?))"
    r"\s*(?:是|為|为|係|:|：|(?i:is))?\s*)"
    r"(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![0-9A-Za-z])"
)


class TwMistypedNationalIdRecognizer(MistypedIdRecognizer):
    """A Taiwan id right after its label or an owner's ``my ID`` whose check digit fails
    (see :data:`_LABELLED`); not in text about validating ids."""

    ENTITY = "TW_NATIONAL_ID"
    COUNTRY_CODE = "tw"
    PATTERNS = [
        Pattern(
            "TW national id (labelled, check not verified)",
            _LABELLED,
            MISTYPED_ID_SCORE,
        )
    ]
    # (the label is part of the pattern; these only score it)
    CONTEXT = ["national id", "taiwan id"]
    CONTEXT_ZH = ["身分證", "身份證", "身份证"]

    def validate_result(self, pattern_text: str) -> bool | None:
        return False if tw_id_valid(pattern_text) else None  # a valid id: the other's
