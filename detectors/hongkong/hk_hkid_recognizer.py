"""Hong Kong Identity Card numbers (香港身份證號碼)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.checksums import hkid_check_char
from residency.detectors.country_base import (
    CODE_SEGMENT_BEFORE,
    ID_NEGATIVE_CONTEXT,
    MISTYPED_ID_SCORE,
    NA,
    NB,
    REFERENCE_BEFORE,
    CountryPatternRecognizer,
    MistypedIdRecognizer,
)
from residency.detectors.patterns import Pattern

_SEPARATORS = re.compile(r"[\s_.-]")
_ID_WORD = re.compile(r"(?i)(?:hk)?id|ic\b")
# The bracket said in words (``T274831 括號 7``, ``A123456 bracket 3``).
_BRACKET_WORDS = re.compile(r"括[號号]|(?:open |close )?brackets?", re.IGNORECASE)
_VALUE = re.compile(r"([A-Z]{1,2})(\d{6})[(（]?([0-9A])[)）]?")
# A label set apart from the digits is no two-letter prefix (``meeting ID 845 2391 0076``).
_LABEL_PREFIX = re.compile(r"(?:ID|NO)[\s_.-]")


_BODY_ONLY = re.compile(r"[A-Z]{1,2}\d{6}")


_LETTER_SEGMENT_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]-$")


# Not a Malaysian business registration, its check letter after a dash (``Dapur Mak Teh
# Enterprise (SA0456789-K)``).
_NOT_BUSINESS_NO = r"(?!-[A-Z](?![A-Za-z0-9]))"


class HkHkidRecognizer(CountryPatternRecognizer):
    """``A123456(7)``, ``A1234567``, ``AB123456(7)``; the mod-11 check character must hold."""

    ENTITY = "HK_HKID"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
    COUNTRY_CODE = "hk"
    PATTERNS = [
        Pattern("HKID (bracketed)", NB + r"[A-Z]{1,2}\d{6}[(（][0-9A][)）]", 0.5),
        # (or in a file's name, after an underscore: ``health_export_Y630948(6)_2026Q1.zip``)
        Pattern(
            "HKID (bracketed, in a name)",
            r"(?<=[A-Za-z0-9][_.-])[A-Z]{1,2}\d{6}[(（][0-9A][)）](?![0-9A-Za-z])",
            0.5,
        ),
        # (neither this nor the next: a case or file number's head, ``AP1131105-0042``)
        Pattern(
            "HKID", NB + r"[A-Z]{1,2}\d{6}[0-9A]" + NA + r"(?![-_/]\d)" + _NOT_BUSINESS_NO, 0.3
        ),
        # Split to dodge filters: ``Y021-252-(9)``, ``U_0_872_93_(5)``, ``W_C_6_706_43(7_)``.
        Pattern(
            "HKID (separated)",
            NB
            # (not a code's last segment: ``YTK-R-0981124``)
            + r"(?<![A-Za-z0-9][-_/])"
            + r"[A-Z](?:[\s_.-]?[A-Z])?[\s_.-]?(?:\d[\s_.-]?){6}[(（]?[\s_.-]?[0-9A][\s_.-]?[)）]?"
            + NA
            + r"(?<![-_/])(?![-_/]\d)"
            + _NOT_BUSINESS_NO,
            0.3,
        ),
        # (digits maybe spaced: ``G 1 0 7 6 3 4 括號 4``)
        Pattern(
            "HKID (bracket in words)",
            NB + r"[A-Z]{1,2}\s?\d(?:[\s_.-]?\d){5}\s*(?:括[號号]|(?:open )?bracket)\s*[0-9A]" + NA,
            0.3,
        ),
        # Its check digit left out or given apart (``HKID M710111, check digit eight``):
        # only right after an identity-card word.
        # (not when a check digit follows in words: that one is checked above)
        Pattern(
            "HKID (no check digit)",
            NB + r"[A-Z]{1,2}\d{6}(?![0-9A-Za-z(（])(?!\s*(?:括[號号]|(?i:open )?(?i:bracket)))",
            0.4,
        ),
        # ... and one typed in lower case right after its label (``核對身份證：z6910387``),
        # its check character verified as the upper-case one's.
        Pattern(
            "HKID (lower case, labelled)",
            r"(?<=(?:身份證|身份证|身分證)(?:號碼|号码|號|号)?\s*(?:是|係|:|：)?\s*)"
            r"(?<![0-9A-Za-z])[a-z]{1,2}\d{6}[0-9a]" + NA,
            0.3,
        ),
    ]
    CONTEXT = ["hkid", "hong kong id", "identity card", "id card", "id no"]
    CONTEXT_ZH = ["身份證", "身份证", "香港身份證", "香港身份证", "身份證號碼", "身份证号码"]

    CONTEXT_REQUIRED = frozenset({"HKID (no check digit)"})

    def keep(self, text: str, result: RecognizerResult) -> bool:
        # A claim's, a ticket's or an order's number in dash-separated parts after its word
        # (``Warranty claim WC-26-00731``): a reference, whose check digit held by chance.
        value = text[result.start : result.end]
        if (
            _SEPARATORS.search(value)
            and "(" not in value
            and REFERENCE_BEFORE.search(text, max(0, result.start - 24), result.start)
        ):
            return False
        # (nor one read out of a dashed code's segments, whose dashes the evasion pass took
        # out: ``cue sheet ref CS-Q1-26-0045``; an id word is no code: ``HKID-A123456(3)``)
        code = CODE_SEGMENT_BEFORE.search(text[max(0, result.start - 12) : result.start])
        # (or a one-letter segment: a unit code ``V-A0631275``)
        if _LETTER_SEGMENT_BEFORE.search(text, max(0, result.start - 3), result.start):
            return False
        # (a bracketed check digit is no code's: ``health_export_Y630948(6)_2026Q1.zip``)
        return (
            code is None
            or _ID_WORD.match(code.group(0)) is not None
            or "(" in value
            or "（" in value
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        if _LABEL_PREFIX.match(pattern_text):
            return False
        if _BODY_ONLY.fullmatch(pattern_text):
            return True  # nothing to check; announced by a context word (CONTEXT_REQUIRED)
        m = _VALUE.fullmatch(_SEPARATORS.sub("", _BRACKET_WORDS.sub("", pattern_text)).upper())
        return m is not None and hkid_check_char(m.group(1), m.group(2)) == m.group(3)


# A bracketed number given right after 身份證 or HKID whose check character fails
# (``身份證 Y558203(7)``) is a mistyped card number that still points to its holder: kept
# (fail closed) unless the text is about validating ids.
_LABELLED = (
    r"(?<=(?:(?:香港)?(?:身份證|身份证|身分證)(?:號碼|号码|號|号)?|(?i:\bhkid(?:\s+(?:no\.?|number))?))"
    r"\s*(?:是|係|系|為|为|:|：|(?i:is))?\s*)"
    r"(?<![A-Za-z0-9])[A-Z]{1,2}\s?\d{6}\s?[(（][0-9A][)）]"
)


class HkMistypedHkidRecognizer(MistypedIdRecognizer):
    """A bracketed HKID right after its label whose check character fails (see
    :data:`_LABELLED`); not in text about validating ids."""

    ENTITY = "HK_HKID"
    COUNTRY_CODE = "hk"
    PATTERNS = [Pattern("HKID (labelled, check not verified)", _LABELLED, MISTYPED_ID_SCORE)]
    # (the label is part of the pattern; these only score it)
    CONTEXT = ["hkid", "identity card"]
    CONTEXT_ZH = ["身份證", "身份证"]

    def validate_result(self, pattern_text: str) -> bool | None:
        m = _VALUE.fullmatch(_SEPARATORS.sub("", pattern_text))
        if m is None or hkid_check_char(m.group(1), m.group(2)) == m.group(3):
            return False  # a valid number: HkHkidRecognizer's finding
        return None
