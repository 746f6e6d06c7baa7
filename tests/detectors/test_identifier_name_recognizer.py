"""A person's name joined into a cell's, a range's or a variable's identifier."""

from __future__ import annotations

import pytest

from residency.detectors.identifier_name_recognizer import IdentifierNameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> IdentifierNameRecognizer:
    return IdentifierNameRecognizer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sal_DanielChua -> Payroll!$H$14", "DanielChua"),
        ("Bonus_SitiRahman = 1.5", "SitiRahman"),
        ("=SUM(Elaun_Ahmad_Faizal)", "Ahmad_Faizal"),
        ("phone.Priya = 91234567", "Priya"),
    ],
)
def test_name_after_a_personal_field_is_found(
    recognizer: IdentifierNameRecognizer, text: str, name: str
) -> None:
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Gaji_Pokok = Gaji!$F$9",  # basic pay: no name
        "Sal_Total = SUM(H2:H40)",
        "Bonus_Q4 = 2.0",
        "Report_DanielChua.xlsx",  # no personal field before it
        "mySal_DanielChua",  # the field is inside a longer word
    ],
)
def test_no_name_or_no_field_is_not_reported(
    recognizer: IdentifierNameRecognizer, text: str
) -> None:
    assert recognizer.analyze(text, ["PERSON"]) == []
