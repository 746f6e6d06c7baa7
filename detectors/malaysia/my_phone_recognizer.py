"""Malaysian mobile numbers."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.country_base import (
    NA,
    PHONE_CONTEXT,
    PHONE_CONTEXT_ZH,
    CountryPatternRecognizer,
)

_NB = r"(?<![0-9A-Za-z+])"
# 011 numbers have 8 subscriber digits; the other 01x prefixes have 7.
_SUBSCRIBER = r"1(?:1[ -]?\d{4}|[02-46-9][ -]?\d{3})[ -]?\d{4}"


class MyPhoneRecognizer(CountryPatternRecognizer):
    """``+60 12-345 6789``, ``012-3456789``, ``011-1234 5678``."""

    ENTITY = "MY_PHONE"
    COUNTRY_CODE = "my"
    PATTERNS = [
        Pattern(
            "MY mobile (intl)",
            r"(?<![0-9A-Za-z])(?:\+60|0060|\(\+60\))[ -]?" + _SUBSCRIBER + NA,
            0.7,
        ),
        Pattern(
            "MY mobile (separated)", _NB + r"01(?:1-\d{4}|[02-46-9]-\d{3})[ -]?\d{4}" + NA, 0.6
        ),
        Pattern("MY mobile", _NB + "0" + _SUBSCRIBER + NA, 0.4),
    ]
    CONTEXT = [*PHONE_CONTEXT, "malaysia"]
    CONTEXT_ZH = [*PHONE_CONTEXT_ZH, "马来西亚"]
    STANDALONE_IS_CONTEXT = True
