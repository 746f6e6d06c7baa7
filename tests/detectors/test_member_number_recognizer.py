"""Students', staff and members' numbers after their label
(:mod:`residency.detectors.member_number_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.member_number_recognizer import MemberNumberRecognizer


@pytest.fixture(scope="module")
def recognizer() -> MemberNumberRecognizer:
    return MemberNumberRecognizer()


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ahmad Fikri bin Zainal (matric MED19-0442) asked to sit the OSCE later.", "MED19-0442"),
        ("Ah Seng want to apply paternity leave early, staff ID MY-10988.", "MY-10988"),
        ("Employee No: 004512, last drawn salary RM4,200", "004512"),
        ("No. Matrik: 2021845562, Fakulti Kejuruteraan", "2021845562"),
        ("学号 2022103377 的同学请到教务处", "2022103377"),
        ("工號 A88120 明天請病假", "A88120"),
        # The NUS matriculation shape in brackets right after a name, with no label.
        ("Board of Discipline: Chua Yi Xuan (A0221087J) copied her thesis.", "A0221087J"),
    ],
)
def test_numbers_after_their_label_are_found(
    recognizer: MemberNumberRecognizer, text: str, value: str
) -> None:
    found = recognizer.analyze(text, ["MEMBER_NUMBER"])
    assert [text[r.start : r.end] for r in found] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Enter your staff ID (e.g. S12345) to log in.",  # an example
        "Your student number is a 10-digit number beginning with 30.",  # no digits given
        "Staff ID cards are issued on the first day.",
        "Staff ID: 123, desk 4",  # fewer than four digits
        "客服：您好，中国移动10086，工号7352为您服务。",  # an agent's greeting
        "Order 7700128834 has shipped.",  # no label
        "Room (A0221087J) is booked.",  # the matric shape not after a name
        "The A0221087J part number is discontinued.",
    ],
)
def test_other_numbers_are_not_member_numbers(
    recognizer: MemberNumberRecognizer, text: str
) -> None:
    assert recognizer.analyze(text, ["MEMBER_NUMBER"]) == []
