"""LINE ids (LINE帳號), the messenger most used in Taiwan: reported only right after a
LINE context word."""

from __future__ import annotations

import re
from typing import Any

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z_.\-@])"
_NA = r"(?![0-9A-Za-z_\-]|\.[0-9A-Za-z])"
# A plain word is an id only after an explicit ``:``/``是``/``為`` (``LINE: meiling``), and
# only in lower case (LINE ids are; ``Line: Tsuen Wan`` is a railway line).
_EXPLICIT_GLUE = re.compile(r"[:：是為为=]")
# A phone line or a transport line, not the messenger (``Our clinic's appointment line is
# 6-zero-1-zero``, ``the MRT line``).
_OTHER_LINE = re.compile(
    r"(?i:\b(?:appointment|booking|reservation|phone|telephone|tel|help|hot|direct|main|office|"
    r"fixed|land|service|enquiry|enquiries|support|customer|general|mrt|lrt|bus|train|metro|"
    r"subway|tram|production|assembly|product|first|second|third|front|bottom|top|next|"
    r"command|code|fax)\s+line\b"
    # (or a line by its number: ``the 1-800 line is toll-free``)
    r"|\b\d[\d-]{2,}\s+line\b"
    # (or lines counted, a hyphen before: ``a two-line thank-you``, ``one-line summary``)
    r"|(?i:\b(?:one|two|three|four|five|single|multi|\d+)-line\b))[^\n]{0,12}$"
)

_KEY_ENDING_IN_LINE = re.compile(r"[A-Za-z0-9]_LINE(?:_ID)?\s*[=:]\s*$", re.IGNORECASE)
_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}T\d{2}")
# A placeholder in brackets, in capitals (``[SPEAKER_1]``, ``<USER_ID>``): no one's id.
_PLACEHOLDER = re.compile(r"[\[<{][A-Z][A-Z0-9_]*[\]>}]")

# A railway line by its name, written ``Line`` (``Ampang Line: lifts are available``).
_NAMED_RAIL_LINE = re.compile(
    r"(?<![A-Za-z])(?!(?:My|Our|Your|His|Her|Their|Add|The|Pls|Please)\b)[A-Z][a-z]+\s+Line\s*[:：]?\s*$"
)


class TwLineIdRecognizer(CountryPatternRecognizer):
    """User-chosen ids: 4-20 letters, digits, ``.``, ``_`` or ``-``.  Official accounts
    (``@brand``) belong to businesses and are not matched."""

    ENTITY = "TW_LINE_ID"
    COUNTRY_CODE = "tw"
    # (Not ending in a dot or a dash: ``new line openings.`` ends a sentence.)
    PATTERNS = [
        Pattern("LINE id", _NB + r"[A-Za-z0-9][A-Za-z0-9._\-]{2,18}[A-Za-z0-9_]" + _NA, 0.5)
    ]
    CONTEXT = ["line", "line id", "lineid", "line帳號", "line账号", "line號", "line号"]
    CONTEXT_ZH = ["加賴", "我的賴", "賴ID", "賴帳號"]
    CONTEXT_REQUIRED = frozenset({"LINE id"})
    CONTEXT_BEFORE = 16

    def keep(self, text: str, result: Any) -> bool:
        before = text[max(0, result.start - 40) : result.start]
        # (a transcript's placeholder in brackets: ``redacted line: "[SPEAKER_1]: ...``)
        if _PLACEHOLDER.fullmatch(text, max(0, result.start - 1), min(len(text), result.end + 1)):
            return False
        # (a log line's first key: ``a compliant line: level=info msg=...``; or its time
        # stamp: ``this OBD log line 2026-11-03T08:15:22Z``)
        if text.startswith("=", result.end) or _DATE_START.match(text, result.start):
            return False
        # (a config key that ends in "line id": ``SLAUGHTER_LINE_ID=SG-JUR-02``, a production
        # line's)
        if _KEY_ENDING_IN_LINE.search(before):
            return False
        return not (_OTHER_LINE.search(before) or _NAMED_RAIL_LINE.search(before))

    def adjacent_ok(self, glue: str, value: str) -> bool:
        if not re.search(r"[A-Za-z]", value):
            return False  # "line 4512", "LINE 0912345678": numbers, found as phones if any
        if re.search(r"[0-9._]", value) or (re.search(r"-", value) and value.islower()):
            return True  # "LINE jiawei_0412", "line: mei.chen88", "line mei-ling"
        # "the MRT line Thomson-East Coast": capitalised words joined by a dash are a name.
        return value.islower() and bool(_EXPLICIT_GLUE.search(glue))
