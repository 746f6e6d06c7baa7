"""Travellers' data in airline reservation records (IATA special service requests).

A booking's PNR carries what the traveller gave the airline in coded lines: ``SSR DOCS``
their passport (document type, issuing country, number, nationality, birth date, sex,
expiry, name: ``SSR DOCS SQ HK1 P/SGP/K2957103M/SGP/12MAR88/F/14NOV30/GOH/RACHEL``),
``SSR CTCM`` their mobile (``SSR CTCM MH HK1/60127745318/EN``) and ``SSR CTCE`` their
e-mail, with ``@`` written ``//``, ``_`` written ``..`` and ``-`` written ``./``
(``SSR CTCE CX HK1/DARREN.KOH77//GMAIL.COM``).  The values have no shape of their own
there (a passport number without its word, a mobile without its ``+``, an e-mail without
its ``@``), so each is found by its place in the request.  A template's placeholders
(``P/GBR/XXXXXXXXX/GBR/DDMMMYY``) are not: the number needs a digit and the birth date a
real date.
"""

from __future__ import annotations

import datetime as dt
import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
# The request's code, its airline (before the code in an OSI line, maybe none in a
# template), its status and count (``HK1``, ``NN1``), then the separator of its fields.
_REQUEST = (
    r"(?:SSR|SR|OSI\s[A-Z0-9]{{2}})\s?{code}(?:\s?[A-Z0-9]{{2}})?"
    r"(?:\s?(?:HK|KK|NN|HN|YK)\d)?\s?[/-]?"
)
_SEP = r"[/-]"
_DOCS = (
    rf"(?<=\b{_REQUEST.format(code='DOCS')}[PIACM][A-Z]?{_SEP}[A-Z]{{3}}{_SEP})"
    # The number (a digit in it: no template's X's), then the nationality, the birth date
    # and the sex after it.
    rf"(?=[A-Z]*\d)[A-Z0-9]{{5,15}}"
    rf"(?={_SEP}[A-Z]{{3}}{_SEP}\d{{2}}(?:{_MONTHS})\d{{2}}{_SEP}(?:MI|FI|M|F|U|X)(?![A-Z]))"
)
# (the birth date right after the number and the nationality)
_DOCS_BIRTH = re.compile(rf"{_SEP}[A-Z]{{3}}{_SEP}(\d{{2}}(?:{_MONTHS})\d{{2}})")
# A traveller's mobile, home or business number (``CTCM``, ``CTCH``, ``CTCB``, ``CTCP``),
# with its country code and no ``+`` as the request writes it; not the agency's (``CTCA``).
_CTC_PHONE = (
    rf"(?<=\b{_REQUEST.format(code='CTC[MHBP]')}\s?)"
    r"\+?\d(?:[ .]?\d){6,15}(?![\d])"
)
# The e-mail as the request encodes it: ``//`` for ``@``.
_CTC_EMAIL = (
    rf"(?<=\b{_REQUEST.format(code='CTCE')}\s?)"
    # (``..`` for ``_`` and ``./`` for ``-`` in the local part)
    r"[A-Z0-9](?:[A-Z0-9_+]|\.(?:\.|/(?!/))?){0,63}//[A-Z0-9-]+(?:\.[A-Z0-9-]+)*"
    # (a top-level domain of letters: not the passenger's number after it, ``.SG-1.1``)
    r"\.[A-Z]{2,24}(?=-\d|[^A-Z0-9.-]|$)"
)


def _real_date(ddmmmyy: str) -> bool:
    try:
        dt.datetime.strptime(ddmmmyy.title(), "%d%b%y")
    except ValueError:
        return False
    return True


class _SsrRecognizer(CountryPatternRecognizer):
    """What the requests' recognizers share: no country, no negative words, and
    case-sensitive patterns (the record is in capitals; a lower-case "docs" is a word)."""

    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    REGEX_FLAGS = 0


class SsrDocsRecognizer(_SsrRecognizer):
    """A passport's number in an ``SSR DOCS`` request with a real birth date after it."""

    ENTITY = "PASSPORT"
    PATTERNS = [Pattern("SSR DOCS document number", _DOCS, 0.85)]
    CONTEXT = ["passport", "docs", "apis"]
    CONTEXT_ZH = ["护照", "護照"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        birth = _DOCS_BIRTH.match(text, result.end)
        return birth is not None and _real_date(birth.group(1))


class SsrContactPhoneRecognizer(_SsrRecognizer):
    """A traveller's number in an ``SSR CTCM`` (or ``CTCH``, ``CTCB``, ``CTCP``) request."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [Pattern("SSR CTC phone", _CTC_PHONE, 0.85)]
    CONTEXT = ["mobile", "phone", "contact"]
    CONTEXT_ZH = ["手机", "電話", "电话"]


class SsrContactEmailRecognizer(_SsrRecognizer):
    """A traveller's e-mail in an ``SSR CTCE`` request, ``@`` written ``//``."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("SSR CTCE e-mail", _CTC_EMAIL, 0.85)]
    CONTEXT = ["email", "e-mail"]
    CONTEXT_ZH = ["邮箱", "郵箱", "电邮", "電郵"]
