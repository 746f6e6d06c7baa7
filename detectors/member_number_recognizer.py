"""Numbers an organisation gives a person: students' matriculation numbers, employees' staff
numbers, members' numbers (``matric no. A0221087J``, ``staff ID MY-10988``, ``工号 8812034``).

Such a number points to one person inside the organisation that issued it, as an account
number does, so a record that gives one is about that person (``Chua Yi Xuan
(A0221087J) copied 34% of her thesis``).  The numbers have no shared format: a code holding
at least four digits (letters and dashes allowed) right after its label is reported, and,
without a label, only the NUS matriculation shape (``A0`` + six digits + a letter) in
brackets right after a name.  An example in documentation (``your staff ID, e.g.
S12345``) or a blank (``Student No.: ________``) is nobody's.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_CODE = (
    r"(?<![0-9A-Za-z\-])(?=(?:[A-Za-z\-]*[0-9]){4})[A-Za-z0-9][A-Za-z0-9\-]{2,18}[0-9A-Za-z]"
    r"(?![0-9A-Za-z])"
)
# An NUS matriculation number in brackets right after a name (``Chua Yi Xuan (A0221087J)``).
_MATRIC_AFTER_NAME = r"(?<=[A-Za-z] \()A0\d{6}[A-Z](?=\))"
_NAME_THEN_BRACKET = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]+(?: (?:bin|binti|binte|[A-Z][a-z]+)){1,4} \($"
)
EXAMPLE_BEFORE = re.compile(
    r"(?i:\be\.g\.|\beg\b|\bexample|\bsample|\bformat|\bsuch as|\bcontoh|\blike)\W{0,4}$"
    r"|例如|比如|示例|格式"
)

_TEST_VALUE = re.compile(r"(?i:test|demo|sample|dummy|xxx)|[A-Za-z]*-?0{4,}\d{0,2}(?![0-9])")
# A service agent introducing themselves by work number (``工号7352为您服务``): the
# operator's standard greeting, no record about the agent.
_AT_YOUR_SERVICE = re.compile(
    r"\s*(?:号|號)?\s*(?:为您服务|為您服務|竭诚为您|(?i:at your service))"
)


class MemberNumberRecognizer(CountryPatternRecognizer):
    """A code with four or more digits right after a student's, staff or member label."""

    ENTITY = "MEMBER_NUMBER"
    PATTERNS = [
        Pattern("member number", _CODE, 0.5),
        Pattern("NUS matriculation number after a name", _MATRIC_AFTER_NAME, 0.6),
    ]
    CONTEXT = [
        "matric", "matric no", "matric number", "matriculation number", "student id",
        "student no", "student number", "staff id", "staff no", "staff number",
        "employee id", "employee no", "employee number", "member no", "member number",
        "membership no", "membership number", "no. matrik", "no matrik", "no. pelajar",
        "no. pekerja", "no pekerja", "no. kakitangan", "no. ahli", "nombor ahli", "matrik",
        "nombor matrik", "id pekerja", "nombor pekerja", "id kakitangan", "no. staf", "id staf",
        # (a patient's number at a hospital: ``MRN 1029384756``)
        "mrn", "mrn no", "medical record number", "medical record no", "hospital number",
        "hospital no", "patient id", "patient no", "no. rm", "no. rekod perubatan",
        # (a retirement fund's member number: ``no. KWSP 18273645``, ``EPF no``)
        "no. kwsp", "no kwsp", "nombor kwsp", "kwsp no", "epf no", "epf number", "epf member no",
        "cpf account no",
    ]  # fmt: skip
    CONTEXT_ZH = [
        "学号", "學號", "工号", "工號", "员工编号", "員工編號", "会员号", "會員號",
        "病历号", "病歷號", "住院号", "住院號",
    ]  # fmt: skip
    CONTEXT_REQUIRED = frozenset({"member number"})
    CONTEXT_BEFORE = 20

    def keep(self, text: str, result: RecognizerResult) -> bool:
        if _AT_YOUR_SERVICE.match(text, result.end):
            return False
        before = text[max(0, result.start - 48) : result.start]
        if before.endswith("(") and not _NAME_THEN_BRACKET.search(before):
            return False  # (the matriculation shape in brackets, not after a name)
        if _TEST_VALUE.match(text, result.start):
            return False  # (a test system's record: ``patient_id=TEST-000001``)
        return not EXAMPLE_BEFORE.search(text[max(0, result.start - 16) : result.start])
