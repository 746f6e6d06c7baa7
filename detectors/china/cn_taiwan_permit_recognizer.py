"""Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证, 台胞证)."""

from __future__ import annotations

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class CnTaiwanPermitRecognizer(CountryPatternRecognizer):
    """Eight digits (the card since 2015) or the older ten (eight and a two-digit issue
    count), optionally written with the issue count in brackets.

    Eight digits alone are anything (a date, an order, a phone number), so the permit's
    name must come right before the number.
    """

    ENTITY = "CN_TAIWAN_PERMIT"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern(
            "CN Taiwan compatriot permit",
            NB + r"\d{8}(?:\d{2}|\s?\(\s?[0-9A-Z]{1,2}\s?\))?" + NA,
            0.4,
        ),
    ]
    CONTEXT = [
        "taiwan compatriot permit",
        "taiwan compatriot certificate",
        "mainland travel permit for taiwan residents",
        "mtp",
        "mtp no",
        "mtp number",
        "taibaozheng",
    ]
    CONTEXT_ZH = [
        "台胞证",
        "臺胞證",
        "台胞證",
        "台胞证号",
        "台胞证号码",
        "台湾居民来往大陆通行证",
        "臺灣居民來往大陸通行證",
        "台灣居民來往大陸通行證",
        "台湾通行证",
        "台灣通行證",
    ]
    CONTEXT_REQUIRED = frozenset({"CN Taiwan compatriot permit"})
