"""Insurance policy numbers tied to a private matter (``policy HK-MED-5531209; my wife
was diagnosed with breast cancer``, ``保单号 P2025031800417，我父亲住院``).

A policy number points to its holder: a claim or a chat that gives one ties what it says
(a wife's diagnosis, a hospital stay) to a person.  Alone (``Policy PL-2026-004417 renews
on 1 January``, ``保单号…的理赔材料已收到``) it is a reference like an order number, so it is
reported only when the text also holds a private matter (an illness, a stay in hospital,
a death, a debt: :data:`.private_matter.PRIVATE_MATTER_ZH` and its English and
Malay counterpart).  Policy numbers have no shared format: a code holding at least six
digits (letters and dashes allowed) right after a policy word; a company's rule book
(``privacy policy``, ``leave policy POL-2023-000123``) is not a policy held.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.private_matter import PRIVATE_MATTER_RX, PRIVATE_MATTER_ZH

# ... and care a claim is about (``my son's appendix surgery``, ``hospital bill``).
_CARE = re.compile(
    r"(?i:\bhospital\b|\bwad\b|\bward\b|\bsurgery\b|\boperation\b|\bdeath\b|\bpassed away\b|"
    r"\bmeninggal\b|\barwah\b|\bkemalangan\b|\baccident\b|\binjur\w*)|医院|醫院|病|身故|去世|车祸|車禍"
)
_CODE = r"(?<![0-9A-Za-z\-])(?=(?:[A-Za-z\-]*[0-9]){6})[A-Za-z0-9](?:[A-Za-z0-9\-/]{4,24})[0-9](?![0-9A-Za-z])"
# A rule book named "policy", not an insurance policy.
_RULE_BOOK_BEFORE = re.compile(
    r"(?i:\b(?:privacy|security|retention|data|hr|it|company|leave|travel|refund|returns?|"
    r"cookie|credit|lending|pricing|usage|access|password|group|internal)\s+polic(?:y|ies)\b)"
    r"[^\n]{0,20}$"
)

# A group policy's master number (團體意外險保單號碼 GPA-115-000782, ``group hospitalisation
# policy no.``): the policyholder is the employer or the school, not a person.
_GROUP_POLICY_BEFORE = re.compile(
    r"(?:团体|團體|团险|團險)[\u4e00-\u9fff]{0,8}[\s:：#]*$"
    r"|(?i:\bgroup\s+(?:[a-z&]+\s+){0,3}(?:insurance|policy|cover|plan)\b)[^\n]{0,24}$"
)

_GROUP_IN_NUMBER = re.compile(r"(?<![A-Za-z])(?:GRP|GROUP)(?![A-Za-z])")


class InsurancePolicyRecognizer(CountryPatternRecognizer):
    """A code with six or more digits right after a policy word."""

    ENTITY = "INSURANCE_POLICY"
    PATTERNS = [Pattern("policy number", _CODE, 0.5)]
    CONTEXT = [
        "policy", "policy no", "policy number", "policy #", "insurance policy", "polisi",
        "no. polisi", "nombor polisi", "certificate no", "member id",
    ]  # fmt: skip
    CONTEXT_ZH = [
        "保单",
        "保單",
        "保单号",
        "保單號",
        "保单号码",
        "保單號碼",
        "保险单号",
        "保險單號",
    ]
    CONTEXT_REQUIRED = frozenset({"policy number"})
    CONTEXT_BEFORE = 24

    def keep(self, text: str, result: RecognizerResult) -> bool:
        if _RULE_BOOK_BEFORE.search(text[max(0, result.start - 40) : result.start]):
            return False
        # (the number may say so itself: ``policy no. PA-GRP-55821907``)
        if _GROUP_POLICY_BEFORE.search(text, max(0, result.start - 64), result.start) or (
            _GROUP_IN_NUMBER.search(text, result.start, result.end)
        ):
            return False
        return bool(
            PRIVATE_MATTER_RX.search(text) or PRIVATE_MATTER_ZH.search(text) or _CARE.search(text)
        )
