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
from residency.detectors.malaysia.my_name_recognizer import PINYIN_JOINED, SEA_CHINESE_SURNAMES
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
# A personal document's word opening a file's name, before its owner's name run together
# (``Payslip_Nov2026_TanWeiMing.pdf``, ``Divorce_settlement_draft_AhmadFaizal_v3.docx``).
_DOCUMENT = (
    r"(?i:payslip|pay_slip|salary|gaji|divorce|cerai|medical|mc|loan|warning|termination|"
    r"resignation|offer|contract|nric|mykad|passport|pasport|resume|cv|ea_form|ir8a|appraisal|"
    # (a driving licence's: ``lesen_aisyah_rahman_depan.jpg``)
    r"lesen|licence|license)"
)
# (not a blank form's: ``Contract_Template_…``, ``Payslip_Sample_…``)
_NOT_BLANK = r"(?!(?i:template|sample|example|blank|specimen)(?![a-z]))"
DOCUMENT_FILE_BEFORE = re.compile(
    rf"(?<![A-Za-z0-9]){_DOCUMENT}(?:[_-]{_NOT_BLANK}[A-Za-z0-9]{{1,12}}){{0,3}}[_-]$"
)
# A given name or a Chinese surname of the region, as a file's or an account's name opens.
_NAME_FIRST = rf"(?:{'|'.join(GIVEN_NAMES)}|{'|'.join(sorted(set(SEA_CHINESE_SURNAMES)))})"
# ... then one to three capitalised words run together.
_JOINED_NAME_IN_FILE = (
    _NAME_FIRST + r"(?:[A-Z][a-z]{1,10}){1,3}"
    # (a file's name goes on to its extension)
    r"(?=(?:[_-][A-Za-z0-9]{1,12}){0,2}\.(?:pdf|docx?|xlsx?|jpe?g|png|txt|csv|zip|heic)\b)"
)


# ... or, in a photo's or a video's file name, a given name and a Chinese surname run
# together: the person in it (``IMG_20261104_smile_ChristinaYeo.jpg``; not a report's,
# ``Report_DanielChua.xlsx``).
_GIVEN_AND_SURNAME_IN_FILE = (
    rf"(?:{'|'.join(GIVEN_NAMES)})(?:{'|'.join(sorted(set(SEA_CHINESE_SURNAMES)))})"
    r"(?=(?:[_-][A-Za-z0-9]{1,12}){0,2}\.(?i:jpe?g|png|heic|gif|webp|mp4|mov)\b)"
)
GIVEN_AND_SURNAME_IN_FILE_RX = re.compile(r"(?<=[_-])" + _GIVEN_AND_SURNAME_IN_FILE)
# ... or after a personal document's word, names in lower case joined by ``_``
# (``lesen_aisyah_rahman_depan.jpg``).
_LOWER_NAMES_IN_FILE = (
    rf"(?i:{_NAME_FIRST})(?-i:_[a-z]{{3,15}})"
    r"(?=(?:[_-][a-z0-9]{1,12}){0,2}\.(?:pdf|docx?|xlsx?|jpe?g|png|txt|csv|zip|heic)\b)"
)
LOWER_NAMES_IN_FILE_RX = re.compile(_LOWER_NAMES_IN_FILE)


# A log's user account made of a person's names in lower case, after the user's label
# (``Print Document owned by ahmad.faizal``, ``Queued … by "tan.weiming"``, ``使用者
# lim.meiling``); not a mailbox (``@`` after it) nor a service account (``svc.backup``).
_USER_LABEL = (
    # (and a directory's user id, maybe with a note: ``User-ID note: ahmad.faizal.rosli``)
    r"(?i:owned by|queued by|printed by|submitted by|sent by|created by|user(?:name)?|"
    r"user[- ]?id(?:\s+note)?|"
    r"login|logon|account)\s*[:=]?\s*[\"']?|(?:使用者|用户|用戶|帳號|账号)\s*[:：]?\s*"
    # (a home automation's person or tracked phone: ``person.grace_lim``,
    # ``device_tracker.ahmad_faizal``)
    r"|(?<![\w.])(?:person|device_tracker)\."
)
# (or any given name before a Chinese surname of the region: ``person.grace_lim``)
# (or three names: ``ahmad.faizal.rosli``; or a pinyin name run together after a Chinese
# label: ``用户 liuyanping``)
USER_ACCOUNT_NAME = (
    rf"(?:(?i:{_NAME_FIRST})[._][a-z]{{2,20}}(?:[._][a-z]{{3,20}})?"
    rf"|[a-z]{{2,12}}[._](?i:{'|'.join(sorted(set(SEA_CHINESE_SURNAMES)))})"
    rf"|{PINYIN_JOINED})"
    r"(?![A-Za-z0-9@-]|[._][A-Za-z0-9])"
)
USER_LABEL_BEFORE = re.compile(rf"(?:{_USER_LABEL})$")


class IdentifierNameRecognizer(CountryPatternRecognizer):
    """A given name (and its surname) after a personal field's word and ``_``."""

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "name in a field's identifier",
            rf"(?<=(?<![A-Za-z0-9]){_FIELD}[_.]){NAME_IN_IDENTIFIER}(?![A-Za-z0-9])",
            0.7,
        ),
        Pattern(
            "name run together in a personal document's file name",
            # (a capital first, then the document's words looked for behind it)
            r"(?=[A-Z])"
            rf"(?<=(?<![A-Za-z0-9]){_DOCUMENT}(?:[_-]{_NOT_BLANK}[A-Za-z0-9]{{1,12}}){{0,3}}[_-])"
            + _JOINED_NAME_IN_FILE,
            0.7,
        ),
        Pattern(
            "given name and surname run together in a file's name",
            r"(?=[A-Z])(?<=[_-])" + _GIVEN_AND_SURNAME_IN_FILE,
            0.7,
        ),
        Pattern(
            "names in lower case after a personal document's word in a file's name",
            r"(?=[a-z])"
            rf"(?<=(?<![A-Za-z0-9]){_DOCUMENT}(?:[_-]{_NOT_BLANK}[A-Za-z0-9]{{1,12}}){{0,3}}[_-])"
            + _LOWER_NAMES_IN_FILE,
            0.7,
        ),
        Pattern(
            "names of a user account after its label",
            # (a lower-case letter first, then the label looked for behind it)
            rf"(?=[a-z])(?<=(?<![A-Za-z])(?:{_USER_LABEL}))" + USER_ACCOUNT_NAME,
            0.7,
        ),
    ]
    # (the range's or the sheet's words: ``named range``, ``payroll``, 工资表)
    CONTEXT = ["named range", "range", "payroll", "salary", "gaji", "julat"]
    CONTEXT_ZH = ["工资", "薪资", "名称"]
