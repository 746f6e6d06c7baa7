"""Singapore phone numbers."""

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


class SgPhoneRecognizer(CountryPatternRecognizer):
    """``+65 9123 4567``; bare 8-digit numbers starting 6/8/9 need a context word nearby."""

    ENTITY = "SG_PHONE"
    COUNTRY_CODE = "sg"
    PATTERNS = [
        Pattern(
            "SG phone (intl)",
            r"(?<![0-9A-Za-z])(?:\+65|0065|\(\+65\)|（\+65）)[ -]?[689]\d{3}[ -]?\d{4}" + NA,
            0.7,
        ),
        Pattern(
            "SG phone", _NB + NOT_AFTER_CODE + r"[689]\d{3}[ -]?\d{4}" + NA + NOT_BEFORE_GROUP, 0.4
        ),
        # (a mobile with the country code and no plus, as a telco's records write it:
        # ``msisdn=6590218473``; a phone word near it still needed)
        # (not a WhatsApp link's, as a business's booking link gives it: ``wa.me/65...``)
        Pattern("SG mobile (65 without plus)", _NB + r"(?<!wa\.me/)65[89]\d{7}" + NA, 0.4),
        # ... but a WhatsApp link its owner calls a personal line is theirs (``it's my
        # personal line: https://wa.me/65…``, ``wa.me/852… 呢個係我私人電話``)
        Pattern(
            "SG mobile (personal wa.me link)",
            r"(?=65)(?<=wa\.me/)65[89]\d{7}(?![0-9])"
            r"(?=[^\n]{0,40}(?:私人|(?i:personal|my own)))"
            r"|(?=65)(?<=(?:私人|(?i:personal|my own|my whatsapp))[^\n]{0,60}wa\.me/)65[89]\d{7}(?![0-9])",
            0.7,
        ),
    ]
    # (and PayNow, which sends from and to a mobile: ``PayNow for the deposit came from
    # 9672 4418``)
    CONTEXT = [
        *PHONE_CONTEXT, *FAMILY_CONTEXT, "singapore", "paynow", "paylah", "came from", "sent from",
        # (or the person it belongs to said right after it: ``9128 5574 - that's the guy who
        # keeps calling``)
        "that's the", "that is the", "customer for",
    ]  # fmt: skip
    CONTEXT_ZH = [*PHONE_CONTEXT_ZH, "新加坡"]
    CONTEXT_NEAR = frozenset({"SG phone"})
    STANDALONE_IS_CONTEXT = True
    # (a label's phone word further back: ``Call back the lady about the refund: 8766 0192``)
    LABEL_IS_CONTEXT = True
    NAME_IS_CONTEXT = True
