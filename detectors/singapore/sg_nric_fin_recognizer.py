"""Singapore NRIC / FIN numbers."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.checksums import sg_nric_check_char
from residency.detectors.chinese.results import recognizer_result
from residency.detectors.country_base import (
    ID_NEGATIVE_CONTEXT,
    MISTYPED_ID_SCORE,
    NA,
    NB,
    CountryPatternRecognizer,
    MistypedIdRecognizer,
)
from residency.detectors.patterns import Pattern

# A value its holder labels as their own or a relative's NRIC (``my nric is s 124 0822 5h``,
# ``my dad's NRIC is s-2848782-c``, ``IC saya ...``) is kept even when its check letter
# fails: a mistyped number still points to its holder (fail closed).  Validator docs and
# test vectors do not say "my".
_OWNER = (
    r"(?:my|his|her|our|(?:dad|father|mum|mom|mother|wife|husband|son|daughter|brother|"
    r"sister|grandma|grandpa)['’]s)"
)
_LABEL = r"(?:nric|ic|fin|i/c)(?:\s+(?:no\.?|number|num))?"
_OWNER_ZH = r"(?:我|佢|他|她|阿媽|阿妈|媽媽|妈妈|爸爸|老公|老婆|太太|先生)(?:的|嘅|個|个)?\s*"
_OWN_LABELLED = re.compile(
    rf"(?:\b(?:{_OWNER}\s+{_LABEL}|{_LABEL}\s+(?:saya|aku|dia|anak saya|ayah saya|ibu saya))"
    # (or in Chinese: ``我的 NRIC 是 T0371842J``)
    rf"|{_OWNER_ZH}{_LABEL})"
    r"\s*(?:is|:|：|=|ialah|adalah|是|係)?\s*"
    r"(?P<value>[STFGM][\s_.-]?(?:\d[\s_.-]?){6,8}[A-Z])(?![A-Za-z0-9])",
    re.IGNORECASE,
)
OWN_LABELLED_SCORE = 0.6


class SgNricFinRecognizer(CountryPatternRecognizer):
    """S/T (citizens, PRs), F/G/M (foreigners) + 7 digits + a check letter that must be right."""

    ENTITY = "SG_NRIC_FIN"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
    COUNTRY_CODE = "sg"
    PATTERNS = [
        Pattern("SG NRIC/FIN", NB + r"[STFGMstfgm]\d{7}[A-Za-z]" + NA, 0.5),
        # Split to dodge filters: ``T5 564 053 F``, ``S-87-5-7-018E``.
        Pattern(
            "SG NRIC/FIN (separated)",
            NB + r"[STFGMstfgm][\s_.-]?(?:\d[\s_.-]?){7}[A-Za-z]" + NA,
            0.3,
        ),
    ]
    CONTEXT = ["nric", "fin", "ic", "ic no", "identity card", "singpass", "uin"]
    CONTEXT_ZH = ["身份证", "身份證", "准证", "新加坡身份证", "证件号"]
    EXTRA_PATTERNS = (_OWN_LABELLED,)

    def validate_result(self, pattern_text: str) -> bool | None:
        value = re.sub(r"[\s_.-]", "", pattern_text).upper()
        return sg_nric_check_char(value[0], value[1:8]) == value[8]

    def extra(self, text: str) -> list[RecognizerResult]:
        """Values labelled as somebody's own NRIC, check letter not verified."""
        return [
            recognizer_result(
                str(getattr(self, "name", type(self).__name__)),
                self.id,
                self.ENTITY,
                *m.span("value"),
                OWN_LABELLED_SCORE,
                "NRIC-shaped value labelled as its holder's own (check letter not verified)",
            )
            for m in _OWN_LABELLED.finditer(text)
        ]


# An NRIC or FIN given right after its label whose check letter fails (``FIN G7742918M tu
# helper kami``) is a mistyped number that still points to its holder: kept (fail closed)
# unless the text is about validating ids.
_LABELLED = (
    # (or the card named: ``a Singapore NRIC card S9021547H left at Row D``)
    # (or by the card's short name in capitals: ``IC S1293847F belong to the client``)
    # (the value's shape first, then the label looked for behind it)
    r"(?=[STFGM]\d{7}[A-Z](?![A-Za-z0-9]))"
    r"(?<=(?<![A-Za-z])(?:NRIC|FIN|IC|(?i:nric|fin)\s+(?:no\.?|number|card))\s*(?:is|:|：|=)?\s*"
    # (or the label and where it is written, then what it reads: ``the NRIC on the form
    # reads T0412598C``, ``NRIC on the licence renewal form: S8127634D``)
    r"|(?<![A-Za-z])(?:NRIC|FIN)\s+(?:on|in)\s+(?:the|this|his|her|my|our)\s+"
    r"(?:[a-z]{2,12}\s+){0,2}[a-z]{2,12}\s*(?:(?:reads|shows|says|is)\s+|[:：]\s*)"
    # (or kept on file for a record, then a colon: ``NRIC on file for buyback slip
    # BB-00921: S8234517J``)
    r"|(?<![A-Za-z])(?:NRIC|FIN)\s+on\s+(?:file|record)(?:\s+for\s+[^\n:：]{1,40})?[:：]\s*)"
    r"(?<![A-Za-z0-9])[STFGM]\d{7}[A-Z](?![A-Za-z0-9])"
)


class SgMistypedNricFinRecognizer(MistypedIdRecognizer):
    """An NRIC/FIN right after its label whose check letter fails (see :data:`_LABELLED`);
    not in text about validating ids."""

    ENTITY = "SG_NRIC_FIN"
    COUNTRY_CODE = "sg"
    PATTERNS = [Pattern("NRIC/FIN (labelled, check not verified)", _LABELLED, MISTYPED_ID_SCORE)]
    # (the label is part of the pattern; these only score it)
    CONTEXT = ["nric", "fin"]
    CONTEXT_ZH = ["身份证", "身份證", "准证"]

    def validate_result(self, pattern_text: str) -> bool | None:
        if sg_nric_check_char(pattern_text[0], pattern_text[1:8]) == pattern_text[8]:
            return False  # a valid number: SgNricFinRecognizer's finding
        return None
