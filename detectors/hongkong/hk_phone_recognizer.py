"""Hong Kong phone numbers (香港電話)."""

from __future__ import annotations

from residency.detectors.country_base import (
    FAMILY_CONTEXT,
    NA,
    NOT_AFTER_CODE,
    NOT_BEFORE_GROUP,
    PHONE_CONTEXT,
    PHONE_CONTEXT_ZH,
    CountryPatternRecognizer,
)
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z+])"


class HkPhoneRecognizer(CountryPatternRecognizer):
    """``+852 9123 4567`` (any 8-digit number after +852/00852); bare 5/6/9 mobiles need context nearby, bare 2/3 fixed lines a phone word right before them."""

    ENTITY = "HK_PHONE"
    COUNTRY_CODE = "hk"
    PATTERNS = [
        Pattern(
            "HK phone (intl)",
            r"(?<![0-9A-Za-z])(?:\+852|00852|\(\+852\)|（\+852）)[ -]?[2-9]\d{3}[ -]?\d{4}" + NA,
            0.7,
        ),
        Pattern(
            "HK phone", _NB + NOT_AFTER_CODE + r"[569]\d{3}[ -]?\d{4}" + NA + NOT_BEFORE_GROUP, 0.4
        ),
        # (a mobile with the country code and no plus, as a telco's records write it:
        # ``dst=85291830276``; a phone word near it still needed)
        # (not a WhatsApp link's, as a clinic's booking link gives it: ``wa.me/852...``)
        Pattern("HK mobile (852 without plus)", _NB + r"(?<!wa\.me/)852[569]\d{7}" + NA, 0.4),
        # ... but a WhatsApp link its owner calls a personal line is theirs (``it's my
        # personal line: https://wa.me/65…``, ``wa.me/852… 呢個係我私人電話``)
        Pattern(
            "HK mobile (personal wa.me link)",
            r"(?=852)(?<=wa\.me/)852[569]\d{7}(?![0-9])"
            r"(?=[^\n]{0,40}(?:私人|(?i:personal|my own)))"
            r"|(?=852)(?<=(?:私人|(?i:personal|my own|my whatsapp))[^\n]{0,60}wa\.me/)852[569]\d{7}(?![0-9])",
            0.7,
        ),
        # A fixed line (2xxx, 3xxx) looks like any 8-digit number: a phone word right
        # before it (屋企電話係 2695 4418, Tel: 2345 6789).
        Pattern(
            "HK landline",
            _NB + NOT_AFTER_CODE + r"[23]\d{3}[ -]?\d{4}" + NA + NOT_BEFORE_GROUP,
            0.4,
        ),
    ]
    CONTEXT = [*PHONE_CONTEXT, *FAMILY_CONTEXT, "hong kong", "hk"]
    CONTEXT_ZH = [*PHONE_CONTEXT_ZH, "香港"]
    CONTEXT_NEAR = frozenset({"HK phone"})
    CONTEXT_REQUIRED = frozenset({"HK landline"})
    STANDALONE_IS_CONTEXT = True
    NAME_IS_CONTEXT = True
