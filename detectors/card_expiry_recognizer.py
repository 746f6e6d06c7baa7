"""A payment card's number given with its expiry date or as the writer's own card,
whatever its check digit.

Card recognizers accept a number only when its Luhn digit holds, so a card number typed
with one digit wrong is not found -- yet it still points to its holder, and a sixteen-digit
number next to ``exp 08/28`` (``tamat tempoh``, ``有效期``) is a card and nothing else:
kept, fail closed.  So is one right after ``my card`` (``my card 4532 7719 0846 2215 got
charged twice``, ``kad saya``, ``我的卡号``) -- not in text about validating numbers.
Numbers that pass Luhn are the card recognizers' (and published test cards are dropped by
the post-filter as everywhere).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.checksums import luhn
from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# An expiry word and a month/year date shortly after the number (``exp=08/28``,
# ``tamat tempoh O9/27``, ``有效期 08/28``).
_EXPIRY_AFTER = (
    r"(?=[^0-9\n]{0,32}?(?:(?i:\bexp(?:iry|ires|\.|\b)|valid (?:thru|through|until)|"
    r"tamat tempoh|luput|sah sehingga)|有效期|到期)[^0-9\n]{0,6}[0O]?[0-9]{1,2}\s?/\s?[0-9]{2,4})"
)


# The writer's own card named right before the number (``my card``, ``my visa card no.``,
# ``kad kredit saya``, ``我的信用卡号``).
_OWN_CARD_BEFORE = (
    r"(?<=(?:(?i:\bmy\s+(?:(?:credit|debit|visa|master ?card|amex|bank)\s+)?card"
    r"(?:\s+(?:no\.?|number|num))?|\bkad\s+(?:kredit\s+|debit\s+|bank\s+)?saya)"
    r"|我的(?:信用卡|银行卡|銀行卡|借记卡|卡)(?:号|號)?(?:码|碼)?)\s*(?:is|:|：|=|是)?\s*)"
)


class CardWithExpiryRecognizer(CountryPatternRecognizer):
    """Sixteen digits, plain or in groups of four, followed shortly by an expiry word."""

    ENTITY = "CREDIT_CARD"
    COUNTRY_CODE = None
    PATTERNS = [
        Pattern(
            "card number with expiry",
            NB + r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}" + NA + _EXPIRY_AFTER,
            0.6,
        ),
        Pattern(
            "own card number",
            _OWN_CARD_BEFORE + NB + r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}" + NA,
            0.6,
        ),
    ]
    CONTEXT = ["card", "credit card", "debit card", "card no", "kad kredit", "kad debit"]
    CONTEXT_ZH = ["信用卡", "银行卡", "卡号", "借记卡"]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "").replace("-", "")
        return False if luhn(digits) else None  # a valid number: the card recognizers'

    def keep(self, text: str, result: RecognizerResult) -> bool:
        return _ABOUT_CHECKING_CARDS.search(text) is None


# Text about checking card numbers (a Luhn test, a validator's unit test): its numbers are
# test vectors.  (Narrower than the ids' rule: a complaint says "wrong" and "fails" too.)
_ABOUT_CHECKING_CARDS = re.compile(
    r"(?i:luhn|checksum|check digit|validator|validation|test cards?|test vectors?|unit tests?)"
    r"|校验|校驗|测试|測試"
)
