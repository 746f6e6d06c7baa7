"""Last checks on findings of Presidio's own recognizers before the scanner reports them.

Presidio's generic recognizers were built for other markets and fire on text that holds
no personal data here:

* ``PERSON`` from English NER: see :mod:`residency.detectors.person_filter`;
* ``UK_NHS`` matches any ten digits whose mod-11 check holds (about one number in eleven:
  timestamps, order numbers, build numbers); a UK health number in this product's data is
  announced by its context (NHS, patient, GP ...), so it needs such a word nearby;
* ``US_SSN`` likewise needs its context (SSN, social security);
* a ``PHONE_NUMBER`` announced as a hotline or toll-free number is an organisation's.

:func:`keep_finding` returns False to drop a finding; types it does not know are kept.
"""

from __future__ import annotations

import re

from residency.detectors.person_filter import keep_person

_CONTEXT_WINDOW = 48
_REQUIRED_CONTEXT: dict[str, re.Pattern[str]] = {
    "UK_NHS": re.compile(
        r"(?<![A-Za-z])(?:nhs|national health|health|patient|gp|surgery|hospital|clinic|"
        r"medical|nhi)(?![A-Za-z])|健保|病人|患者|醫院|医院",
        re.IGNORECASE,
    ),
    "US_SSN": re.compile(
        r"(?<![A-Za-z])(?:ssn|ss#|social security|social sec)(?![A-Za-z])|社会保障|社會安全",
        re.IGNORECASE,
    ),
}

# Words right before a number that make it an organisation's service number.
_SERVICE_NUMBER_BEFORE = re.compile(
    r"(?:hotline|helpline|toll[- ]free|freephone|热线|熱線)(?:\s*(?:number|no\.?|line))?"
    r"[\s:：,，]*(?:is|at|on|=)?[\s:：]*$",
    re.IGNORECASE,
)


def keep_finding(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether a finding of ``entity_type`` at ``text[start:end]`` should be reported."""
    if entity_type == "PERSON":
        return keep_person(text, start, end)
    if entity_type == "PHONE_NUMBER" and _SERVICE_NUMBER_BEFORE.search(
        text[max(0, start - _CONTEXT_WINDOW) : start]
    ):
        return False
    required = _REQUIRED_CONTEXT.get(entity_type)
    if required is not None:
        window = text[max(0, start - _CONTEXT_WINDOW) : end + _CONTEXT_WINDOW]
        return required.search(window) is not None
    return True
