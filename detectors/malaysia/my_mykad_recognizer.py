"""Malaysian identity card numbers (MyKad / NRIC)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.checksums import valid_date
from residency.detectors.country_base import ID_NEGATIVE_CONTEXT, NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Place-of-birth codes assigned by the National Registration Department (JPN): states,
# then foreign regions.  Unassigned codes (00, 17-20, 69, 70, 73, 80, 81, 94-97) are rejected.
PLACE_OF_BIRTH_CODES = frozenset(
    [*range(1, 17), *range(21, 60), *range(60, 69), 71, 72, *range(74, 80)]
    + [*range(82, 94), 98, 99]
)


# What announces an old card's number (``IC lama``, ``old IC``, ``K/P lama``).
_OLD_IC_WORD = re.compile(
    r"(?i:\b(?:ic|i/c|k/?p|kad pengenalan|nric)\s+lama\b|\bold\s+(?:ic|i/c|nric|identity card)\b)"
)

# A reference's letters glued by a dash before the digits (``CHG-``, ``INV-``), not an IC
# word (``IC-``, ``KP-``).
_CODE_PREFIX = re.compile(r"(?<![A-Za-z])(?!(?i:ic|kp|nric|mykad|no)-)[A-Za-z]{2,6}-$")
# A product's batch or lot code by its label (``Kod kelompok pada tin susu ...: 261128-03-0045``):
# a factory date and line, no one's card.
_BATCH_LABEL = re.compile(
    r"(?i:\b(?:kod kelompok|no\.? kelompok|kod batch|batch(?: code| no\.?| number)?|"
    r"lot(?: code| no\.?| number))\b)[^:\n]{0,40}[:：#]\s*$"
    # (or a system's event or ticket id: ``Event ID 260314-10-0452``)
    r"|(?i:\b(?:event|incident|alarm|log|transaction|txn|request|job|ticket|case|session|"
    r"trace) id)\s*[:：#]?\s*$"
    # (or the word batch or lot right before it: ``PCB grade B, batch 261203-05-0147``)
    r"|(?i:\b(?:batch|lot|kelompok))\s*[:：#]?\s*$"
)
# A reference's or an account's label: a number grouped otherwise than a card's 6-2-4 after
# it is the reference's (``Nombor rujukan aduan TNB: 2603-1410-5237``, ``current account
# 501-123456-001``); see :func:`residency.detectors.postfilter.keep_finding`.
REFERENCE_OR_ACCOUNT_BEFORE = re.compile(
    r"(?i:\b(?:rujukan|reference|ref|account|akaun|a/c|acct|notice|notis|summons|saman|"
    r"compound|kompaun)\b)[^\n]{0,30}$"
)
CARD_GROUPS = re.compile(r"\d{6}[\s-]?\d{2}[\s-]?\d{4}")


class MyMykadRecognizer(CountryPatternRecognizer):
    """YYMMDD-PB-###G: a real birth date and an assigned place-of-birth code; no check digit.
    Also the old card's letter and seven digits, near an IC word."""

    ENTITY = "MY_MYKAD"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
    COUNTRY_CODE = "my"
    PATTERNS = [
        Pattern("MY MyKad", NB + r"\d{6}-\d{2}-\d{4}" + NA, 0.6),
        Pattern("MY MyKad (bare)", NB + r"\d{12}" + NA, 0.3),
        # The old identity card (before 1990: ``IC lama ayah saya A2483106``): a letter for
        # the state's series and seven digits, with an IC word nearby.
        Pattern("MY old IC", NB + r"[AHK] ?\d{7}" + NA, 0.4),
    ]
    CONTEXT_NEAR = frozenset({"MY old IC"})
    # (an id's word far back in the line's label: ``IC saya ditulis terbalik, baca dari
    # belakang: 372541714088``)
    LABEL_IS_CONTEXT = True
    CONTEXT = [
        "mykad", "nric", "ic", "ic no", "identity card", "kad pengenalan", "no. kp", "kp",
        "k/p", "no. k/p", "no k/p",
    ]  # fmt: skip
    CONTEXT_ZH = ["身份证", "身份證", "大马身份证", "马来西亚身份证", "证件号"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """A number with no reference's letters glued before it; an old IC near an IC word."""
        if _CODE_PREFIX.search(text, max(0, result.start - 8), result.start):
            return False  # (a change's or a ticket's reference: ``CHG-240914-10-0552``)
        if _BATCH_LABEL.search(text, max(0, result.start - 64), result.start):
            return False
        if text[result.start].isdigit():
            return True
        return _OLD_IC_WORD.search(text, max(0, result.start - 40), result.start) is not None

    def validate_result(self, pattern_text: str) -> bool | None:
        if not pattern_text[0].isdigit():
            return None  # an old IC: no date or place in it
        digits = pattern_text.replace("-", "")
        yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
        if not (valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)):
            return False
        return None if int(digits[6:8]) in PLACE_OF_BIRTH_CODES else False
