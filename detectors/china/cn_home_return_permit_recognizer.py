"""Mainland Travel Permit for Hong Kong and Macau Residents (港澳居民来往内地通行证, 回乡证)."""

from __future__ import annotations

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class CnHomeReturnPermitRecognizer(CountryPatternRecognizer):
    """H (Hong Kong) or M (Macau) + 8 digits, the card's number since 2013; the booklet and
    older cards add two digits (the number of times it was issued).

    ``H12345678`` is also a part, a room or a model number, so a context word must come
    first.
    """

    ENTITY = "CN_HOME_RETURN_PERMIT"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN home return permit", NB + r"[HM]\d{8}(?:\d{2})?" + NA, 0.4),
    ]
    CONTEXT = [
        "home return permit",
        "home-return permit",
        "home visit permit",
        "mainland travel permit",
        "mainland travel permit for hong kong",
        "mainland travel permit for macau",
        "mainland travel permit for macao",
        "return permit",
        "hrp",
        "permit no",
        "permit number",
    ]
    CONTEXT_ZH = [
        "回乡证",
        "回鄉證",
        "回乡卡",
        "回鄉卡",
        "港澳居民来往内地通行证",
        "港澳居民來往內地通行證",
        "来往内地通行证",
        "來往內地通行證",
        "通行证号",
        "通行證號",
        "证件号",
        "證件號",
    ]
    CONTEXT_REQUIRED = frozenset({"CN home return permit"})
