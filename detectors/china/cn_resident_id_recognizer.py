"""Mainland China Resident Identity Card number (居民身份证号码, GB 11643-1999)."""

from __future__ import annotations

import datetime

from residency.detectors.checksums import iso7064_mod11_2, valid_date
from residency.detectors.country_base import (
    ID_NEGATIVE_CONTEXT,
    MISTYPED_ID_SCORE,
    NA,
    NB,
    CountryPatternRecognizer,
    MistypedIdRecognizer,
)
from residency.detectors.patterns import Pattern

# A number given right after 身份证 with a region and a birth date but a wrong check
# character (``身份证541517 1974 1205 7205，达瓦``) is a mistyped id that still points to its
# holder: kept (fail closed) unless the text is about validating ids (校验位不正确, 测试).
_LABELLED = (
    # (a few words may come between the label and a colon: ``身份证号你可以查：``)
    # (and the part given first: ``身份证前十四位 11010519880722，后四位 031X``)
    r"(?<=(?:身份证|身份證|身分證)(?:号码|號碼|字号|字號|号|號)?(?:前[0-9一二三四五六七八九十]{1,3}位)?"
    r"(?:\s*(?:是|为|為|係|:|：)?|[^\d\n。，,]{1,8}[:：])\s*)"
    r"(?<![0-9])(?:[0-9]\s?){17}[0-9Xx](?![0-9A-Za-z])"
)

# First two digits of the administrative division code (GB/T 2260): provinces,
# plus 71 Taiwan, 81/82 Hong Kong/Macau and 83 (residence permits for HK/MO/TW residents).
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}
)


def _born_plausibly(year: int, month: int, day: int) -> bool:
    if not valid_date(year, month, day):
        return False
    return datetime.date(1900, 1, 1) <= datetime.date(year, month, day) <= datetime.date.today()


def has_resident_id_shape(value: str) -> bool:
    """Whether 18 characters have a resident id's region and birth date (check ignored)."""
    value = value.replace(" ", "").upper()
    if len(value) != 18 or not value[:17].isdigit() or int(value[:2]) not in PROVINCE_CODES:
        return False
    return _born_plausibly(int(value[6:10]), int(value[10:12]), int(value[12:14]))


class CnResidentIdRecognizer(CountryPatternRecognizer):
    """18-digit ids (region, birth date, sequence, MOD 11-2 check char) and old 15-digit ids.

    The 18-digit form is certain when region, date and check character are valid and
    rejected otherwise; the 15-digit form has no check digit and needs context.
    """

    ENTITY = "CN_RESIDENT_ID"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN resident id (18)", NB + r"\d{17}[0-9Xx]" + NA, 0.5),
        Pattern("CN resident id (18, grouped)", NB + r"\d{6} \d{8} \d{3}[0-9Xx]" + NA, 0.5),
        Pattern("CN resident id (15)", NB + r"\d{15}" + NA, 0.3),
    ]
    CONTEXT = ["resident id", "identity card", "id card", "id number", "id no", "citizen id", "ID"]
    CONTEXT_ZH = [
        "身份证",
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "证件号",
        "证件号码",
        "身份号码",
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.replace(" ", "").upper()
        if int(value[:2]) not in PROVINCE_CODES:
            return False
        if len(value) == 18:
            year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
            return _born_plausibly(year, month, day) and iso7064_mod11_2(value)
        year, month, day = 1900 + int(value[6:8]), int(value[8:10]), int(value[10:12])
        return None if _born_plausibly(year, month, day) else False


class CnMistypedResidentIdRecognizer(MistypedIdRecognizer):
    """An id right after 身份证 with a region and a birth date but a wrong check character
    (see :data:`_LABELLED`); not in text about validating ids."""

    ENTITY = "CN_RESIDENT_ID"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern(
            "CN resident id (labelled, check not verified)",
            _LABELLED,
            MISTYPED_ID_SCORE,
        )
    ]
    # (the label is part of the pattern; these only score it)
    CONTEXT = ["id card", "resident id"]
    CONTEXT_ZH = ["身份证", "身份證", "身分證"]

    def validate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.replace(" ", "")
        if iso7064_mod11_2(value.upper()):
            return False  # a valid id: CnResidentIdRecognizer's finding
        return None if has_resident_id_shape(value) else False
