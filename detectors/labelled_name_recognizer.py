"""Names written right after a name label of a form or a record (``Name: Chidi Okafor``,
``NAME: OKAFOR, CHIDI E``, ``Patient name: Aisha Rahman``, ``Nama: Siti Aminah``).

The English model reads such lines badly: it takes ``Chidi Okafor DOB`` for an
organisation and finds nothing in capitals.  A form's label says what the value is, so
one to four capitalised words after it (also ``SURNAME, GIVEN``, with an initial) are a
name.  The label must open the text or follow a line break, a field separator or two
spaces (``Product Name: Galaxy Tab`` is not a person's label).  Findings are ``PERSON`` and
go through the person filter (stand-in names, test words, famous figures).
"""

from __future__ import annotations

import re

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.malaysia.my_name_recognizer import CAPS_NAME_WORD
from residency.detectors.patterns import Pattern
from residency.detectors.prefilter import require_search

_LABEL = (
    r"(?:NAME|Name|FULL NAME|Full [Nn]ame|PATIENT NAME|Patient [Nn]ame|NAMA(?: PENUH)?|"
    r"Nama(?: [Pp]enuh)?)"
)
# A name's part on an identity document's record, one word enough (``Surname: NGUYEN /
# Given name: MINH``).
_PART_LABEL = r"(?:SURNAME|Surname|GIVEN NAMES?|Given [Nn]ames?|Family [Nn]ame|FAMILY NAME)"
_WHERE = r"(?:^|(?<=[\n|;,>\[({\"'\t])|(?<=  )|(?<=[|/] ))"
# A JSON key that holds a person's name (compared as written: ``card_holder``, ``fullName``).
_JSON_KEY = (
    # (not a bare ``name``: a product's or a function's too)
    r"(?:full_?[Nn]ame|holder|card_?[Hh]older|account_?[Hh]older|traveller|traveler|"
    r"passenger|guest_?[Nn]ame|patient_?[Nn]ame|customer_?[Nn]ame|recipient|payee)"
)
_CAPS = r"[A-Z]{2,}(?:['’-][A-Z]+)?"
# The next field's label in capitals, no part of the name (``FERNANDEZ ISABEL MARIE, DOB``).
_NEXT_FIELD = r"(?:DOB|NRIC|FIN|IC|TEL|HP|MRN|AGE|SEX|ID|NO|DA|LO)(?![A-Za-z])"
_TITLE = r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?"
# Words of a form, not of a name (``Name: N/A``, ``Name: Your Full Name``, ``Name: Test
# User``).
_NOT_NAME = re.compile(
    r"(?i:^(?:n/?a|nil|none|tbc|tba|unknown|redacted|anonymous|your|full|first|last|"
    r"given|surname|name|here|please|see|same|as|sample|example|test|dummy|fake|"
    r"placeholder|user|customer|applicant|patient|doe|bloggs|product|item|company|"
    r"organisation|organization|account|file|field|value|string|type)$)"
)


class LabelledNameRecognizer(CountryPatternRecognizer):
    """One to four capitalised words (or ``SURNAME, GIVEN``) after a form's name label."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "name after a name label",
            require_search(
                rf"(?<={_WHERE}\s*{_LABEL}\s*[:：]\s*)"
                rf"(?:{_CAPS}(?:,? (?!{_NEXT_FIELD}){_CAPS}){{1,3}}(?:,? [A-Z](?![A-Za-z]))?"
                rf"|{_TITLE}(?: {_TITLE}){{1,3}})(?![A-Za-z])",
                rf"{_LABEL}\s*[:：]",  # (the label and colon its look-behind holds)
            ),
            0.6,
        ),
        Pattern(
            "name's part after its label",
            require_search(
                rf"(?<={_WHERE}\s*{_PART_LABEL}\s*[:：]\s*)"
                rf"(?:{_CAPS}(?: {_CAPS}){{0,2}}|{_TITLE}(?: {_TITLE}){{0,2}})(?![A-Za-z])",
                rf"{_PART_LABEL}\s*[:：]",
            ),
            0.6,
        ),
        # ... or in capitals after a clinical note's ``pt`` (patient), written in lower
        # case (``PT`` is also an Indonesian company's and physiotherapy's), up to a
        # comma, a bracket or the bed, ward or record number (``pt BRENDAN O'SULLIVAN,
        # bed 12B``; not ``pt NIL BY MOUTH``).
        Pattern(
            "name in capitals after a clinical note's pt",
            require_search(
                r"(?<=(?:^|[\s,;(])pt\.? )"
                rf"(?!(?:NIL|NBM|NOT|NO|DNR|NKDA|GCS|ICU|HDU|AED)(?![A-Z])){_CAPS}"
                rf"(?: (?!{_NEXT_FIELD}){CAPS_NAME_WORD}){{1,3}}"
                r"(?=,?\s*(?:bed|ward|MRN|IC|NRIC|age|aged|\d|\())",
                r"pt\.? [A-Z]",
            ),
            0.6,
        ),
        # ... or in Latin letters after a Chinese name label, a colon or a space after it
        # (``外傭體檢報告摘要：姓名 NOVITA PURNAMASARI｜檢查日期``).
        Pattern(
            "Latin name after a Chinese name label",
            require_search(
                r"(?<=(?:姓名|英文姓名|名字|僱員姓名|雇员姓名|外傭姓名)\s*[:：]?\s*)"
                rf"(?:{_CAPS}(?: (?!{_NEXT_FIELD}){_CAPS}){{1,3}}|{_TITLE}(?: {_TITLE}){{1,3}})"
                r"(?![A-Za-z])",
                r"姓名|名字",
            ),
            0.6,
        ),
        # ... or as a JSON string under a person's key (``"holder":"DESMOND ONG K H"``,
        # ``"traveller":"Zhang Hao"``): the whole value, up to its closing quote.
        Pattern(
            "name under a person's JSON key",
            require_search(
                rf"(?<=\"{_JSON_KEY}\"\s*:\s*\")"
                rf"(?:{_CAPS}(?: {_CAPS}){{1,3}}(?: [A-Z]){{0,2}}|{_TITLE}(?: {_TITLE}){{1,3}})"
                r"(?=\")",
                rf"\"{_JSON_KEY}\"\s*:",
            ),
            0.6,
        ),
    ]
    CONTEXT = ["name", "nama"]
    CONTEXT_ZH = ["姓名"]

    def validate_result(self, pattern_text: str) -> bool | None:
        words = re.split(r"[,\s]+", pattern_text.strip())
        return None if not any(_NOT_NAME.match(w) for w in words) else False
