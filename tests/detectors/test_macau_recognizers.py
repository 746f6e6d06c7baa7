"""Macau recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import pytest
from recognizer_testing import analyze, case, check

from residency.detectors.macau.mo_bir_recognizer import MoBirRecognizer
from residency.detectors.macau.mo_phone_recognizer import MoPhoneRecognizer
from residency.detectors.macau.mo_vehicle_plate_recognizer import MoVehiclePlateRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("澳門身份證 «1234567(8)»"),
        case("BIR no. «5123456(7)»"),
        case("«7654321（0）»"),
        case("Macau ID card «71234568»"),
        case("澳门身份证号码«12345678»"),
        # near-misses
        case("12345678"),
        case("ref 2234567(8)"),
        case("12345678(9)"),
        case("price 7123456"),
        case("訂單號 1234567(8)"),
    ],
)
def test_mo_bir(text: str, expected_len: int, expected_positions: list) -> None:
    check(MoBirRecognizer, text, expected_len, expected_positions)


def test_mo_bir_context_raises_the_score() -> None:
    bare = analyze(MoBirRecognizer, "1234567(8)")
    with_context = analyze(MoBirRecognizer, "澳門身份證 1234567(8)")
    assert bare[0].score < with_context[0].score


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("聯絡電話 «+853 6612 3456»"),
        case("call «+853-2871-2345»"),
        case("«00853 66123456»"),
        case("澳門手機 «6612 3456»"),
        case("Macau office «2871 2345»"),
        # near-misses: no Macau word (Hong Kong's / Singapore's recognizer decides),
        # other leading digits, an order number, another region's code
        case("call 6612 3456"),
        case("Macau ref 3871 2345"),
        case("澳門訂單號 66123456"),
        case("+852 6612 3456"),
        case("+853 5612 3456"),
    ],
)
def test_mo_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(MoPhoneRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("車牌 «AH-82-06» 係佢部 Tesla"),
        case("matrícula «MX-12-34»"),
        case("plate number «M-12-34»"),
        # near-misses: no plate word, three letters, digits not in pairs, run on
        case("part AH-82-06 in stock"),
        case("車牌 AHX-82-06"),
        case("車牌 AH-823-06"),
        case("車牌 AH-82-061"),
    ],
)
def test_mo_vehicle_plate(text: str, expected_len: int, expected_positions: list) -> None:
    check(MoVehiclePlateRecognizer, text, expected_len, expected_positions)
