"""PERSON: a person's name joined into a field's identifier, as spreadsheets and code name
their cells, ranges and variables after the person the value belongs to (``Sal_DanielChua``,
``Gaji_Aminah``, ``Bonus_SitiRahman``).

Only after a word for a personal field -- pay, allowances, leave, an identity number, a phone,
an address -- and one joint (``_`` or ``.``), and only from a common given name on (the
gazetteer of :mod:`residency.detectors.malaysia.my_given_name_recognizer`), with up to
three more capitalised words run together (camel case) or joined by underscores.
``Sal_Total``, ``gaji_pokok`` and ``Bonus_Q4`` name no one and are not reported.
"""

from __future__ import annotations

import re

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.malaysia.my_given_name_recognizer import GIVEN_NAMES
from residency.detectors.patterns import Pattern

# A personal field's word, as a cell's, a range's or a variable's name opens with it.
_FIELD = (
    r"(?i:sal|salary|gaji|bonus|pay|payroll|elaun|allowance|ot|commission|komisen|"
    r"ic|nric|mykad|phone|hp|tel|mobile|addr|address|alamat|dob|mc|leave|cuti|loan|"
    r"pinjaman|potongan|kwsp|epf|cpf|socso|perkeso)"
)
# The name: a given name, then up to three capitalised words run together or joined.
NAME_IN_IDENTIFIER = rf"(?:{'|'.join(GIVEN_NAMES)})(?:_?[A-Z][a-z]+){{0,3}}"
FIELD_JOINED_BEFORE = re.compile(rf"(?<![A-Za-z0-9]){_FIELD}[_.]$")


class IdentifierNameRecognizer(CountryPatternRecognizer):
    """A given name (and its surname) after a personal field's word and ``_``."""

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "name in a field's identifier",
            rf"(?<=(?<![A-Za-z0-9]){_FIELD}[_.]){NAME_IN_IDENTIFIER}(?![A-Za-z0-9])",
            0.7,
        ),
    ]
    # (the range's or the sheet's words: ``named range``, ``payroll``, 工资表)
    CONTEXT = ["named range", "range", "payroll", "salary", "gaji", "julat"]
    CONTEXT_ZH = ["工资", "薪资", "名称"]
