"""Macau phone numbers (澳門電話)."""

from __future__ import annotations

from residency.detectors.country_base import (
    NA,
    NOT_AFTER_CODE,
    NOT_BEFORE_GROUP,
    CountryPatternRecognizer,
)
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z+])"


class MoPhoneRecognizer(CountryPatternRecognizer):
    """``+853 6612 3456`` (mobiles 6xxx xxxx and fixed lines 28xx xxxx after +853/00853);
    a bare number only with a Macau word nearby (a phone word alone makes a bare 6xxx
    number Hong Kong's or Singapore's finding, as before: no Macau jurisdiction on it)."""

    ENTITY = "MO_PHONE"
    COUNTRY_CODE = "mo"
    PATTERNS = [
        Pattern(
            "MO phone (intl)",
            r"(?<![0-9A-Za-z])(?:\+853|00853|\(\+853\)|（\+853）)[ -]?(?:6\d{3}|28\d\d)[ -]?\d{4}"
            + NA,
            0.7,
        ),
        Pattern(
            "MO phone",
            _NB + NOT_AFTER_CODE + r"(?:6\d{3}|28\d\d)[ -]?\d{4}" + NA + NOT_BEFORE_GROUP,
            0.3,
        ),
    ]
    CONTEXT = ["macau", "macao"]
    CONTEXT_ZH = ["澳門", "澳门"]
    CONTEXT_NEAR = frozenset({"MO phone"})
