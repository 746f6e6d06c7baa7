"""Malaysia recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.malaysia.my_mykad_recognizer import MyMykadRecognizer
from residency.detectors.malaysia.my_phone_recognizer import MyPhoneRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("IC no: «900307-14-5678»"),
        case("身份证 «900307145678»"),
        case("MyKad «040229-10-1234» (leap day)"),
        case("«881231-71-0001» (born abroad)"),
        # unassigned place-of-birth codes, impossible dates
        case("IC no: 900307-17-5678"),
        case("IC no: 900307-00-5678"),
        case("IC no: 901332-14-5678"),
        case("IC no: 030229-14-5678"),
        # near-misses
        case("900307145678"),
        case("ts 202403071234"),
        case("9003071456789"),
        case("订单号 900307-14-5678"),
    ],
)
def test_my_mykad(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyMykadRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("call «+60 12-345 6789»"),
        case("手机 «012-3456789»"),
        case("«011-1234 5678» after 6pm"),
        case("HP «0123456789»"),
        # fixed lines: Klang Valley's eight digits, the states' seven, Sabah's and
        # Sarawak's six; national ones after a phone word
        case("tel «+60 3-8922 6310»"),
        case("Telefon rumah pak cik Rahim: «04-263 1234»"),
        case("tel «088-231 456»"),
        # near-misses
        case("Order 0389226310 shipped"),
        case("+60 1-234 5678"),
        # a field that is only the number is a reply to "what is your number?"
        case("«0123456789»"),
        case("sure it's «0123456789»"),
        case("+60 22-345 6789"),
        case("015-3456789"),
        case("01234567890"),
    ],
)
def test_my_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyPhoneRecognizer, text, expected_len, expected_positions)
