"""Last checks on findings of Presidio's own recognizers before the scanner reports them.

Presidio's generic recognizers were built for other markets and fire on text that holds
no personal data here:

* ``PERSON`` from English NER: see :mod:`residency.detectors.person_filter`;
* ``UK_NHS`` matches any ten digits whose mod-11 check holds (about one number in eleven:
  timestamps, order numbers, build numbers); a UK health number in this product's data is
  announced by its context (NHS, patient, GP ...), so it needs such a word nearby;
* ``US_SSN`` likewise needs its context (SSN, social security);
* a ``PHONE_NUMBER`` announced as a hotline or toll-free number is an organisation's;
* a ``PERSON`` or ``ZH_PERSON`` right before an organisation suffix (``Sdn Bhd``, ``Ltd``,
  ``公司``, ``集团``, ``银行``, ``大学`` ...) is part of an organisation's name.

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

# An organisation's suffix right after a name makes the name part of the organisation's:
# ``Tan Kah Kee Sdn Bhd``, ``Wong Brothers Ltd``, ``张伟集团``, ``王明科技有限公司``.
_ORG_AFTER = re.compile(
    r"^(?:\s*(?:&\s*(?:Co|Sons)\b|(?:Sdn\.?\s*Bhd|Bhd|Berhad|Ltd|Limited|Inc|Incorporated|"
    r"Corp(?:oration)?|Co\.|Company|Pte|LLC|LLP|PLC|GmbH|Holdings|Group|Enterprises?|"
    r"Industries|Trading|Brothers|Foundation|University|Universiti|College|Bank|Kumpulan|"
    r"Syarikat)\b)"
    r"|(?:科技|实业|實業|控股|国际|國際|贸易|貿易|地产|地產|传媒|傳媒|网络|網絡|电子|電子|"
    r"置业|置業|投资|投資|物流|食品|药业|藥業|建筑|建築)?(?:股份)?(?:有限)?"
    r"(?:公司|集团|集團|(?:银行|銀行)(?![卡账帳帐户戶])|大学|大學|学院|學院|医院|醫院|基金会|基金會|研究所|"
    r"事务所|事務所|商行|酒店|中学|中學|小学|小學))",
    re.IGNORECASE,
)
_NAME_ENTITIES = frozenset({"PERSON", "ZH_PERSON"})


def keep_finding(text: str, entity_type: str, start: int, end: int) -> bool:
    """Whether a finding of ``entity_type`` at ``text[start:end]`` should be reported."""
    if entity_type in _NAME_ENTITIES and _ORG_AFTER.match(text[end : end + 24]):
        return False
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
