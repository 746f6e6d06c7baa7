"""Singapore recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.singapore.sg_nric_fin_recognizer import (
    SgMistypedNricFinRecognizer,
    SgNricFinRecognizer,
)
from residency.detectors.singapore.sg_phone_recognizer import SgPhoneRecognizer


# S1234567D is the commonly published example.  By hand, weights 2 7 6 5 4 3 2:
# T0123456: 77 + 4 = 81, 81 % 11 = 4 -> "JZIHGFEDCBA"[4] = G
# F1234567: 106 % 11 = 7 -> "XWUTRQPNMLK"[7] = N;  G1234567: 110 % 11 = 0 -> X
# M1234567: (106 + 3) % 11 = 10, 11 - 10 = 1 -> "KLJNPQRTUWX"[0] = K
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("NRIC: «S1234567D»"),
        case("身份证 «T0123456G»"),
        case("FIN «F1234567N» and «G1234567X»"),
        case("new FIN «M1234567K»"),
        case("lower case «s1234567d»"),
        # a holder's own number is kept when mistyped (check letter or one digit off)
        case("my nric is «s 124 0822 5h», pls check"),
        case("My dad's NRIC is «s-2848782-c»"),
        case("IC saya «T0123456X» tolong semak"),
        # invalid check letter
        case("NRIC: S1234567A"),
        case("FIN F1234567X"),
        case("M1234567L"),
        case("The validator must reject S1234567A: its check letter does not match."),
        case("my ic number? not S1234567A, that is the sample"),
        # near-misses
        case("S12345678D"),
        case("AS1234567D"),
        case("X1234567D"),
        case("S1234567DE"),
    ],
)
def test_sg_nric_fin(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgNricFinRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("call «+65 9123 4567»"),
        case("«+65-6123-4567» office"),
        case("电话 «8123 4567»"),
        case("HP: «91234567»"),
        # somebody else's number, or one announced
        case("the driver gave me his number «9058 3316» in case I left something"),
        case("her number is «8123 4567» if you need her"),
        case("boleh dapatkan nombor dia «9123 4567» esok"),
        # near-misses
        # a field that is only the number is a reply to "what is your number?"
        case("«91234567»"),
        case("sure it's «91234567»"),
        case("+65 5123 4567"),
        case("total 61234567 SGD"),
        case("电话 7123 4567"),
        case("订单号 91234567"),
        case("the number 98765432 is divisible by 2"),
        case("order number 91234567 was shipped"),
    ],
)
def test_sg_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgPhoneRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a wrong check letter right after its label: still its holder's
        case("FIN «G7742918M» tu helper Indonesia kami"),
        case("NRIC: «S8826417A»"),
        case("nric no. «T0312345C» for the form"),
        # near-misses: a valid number (the other recognizer's), no label, validator text
        case("NRIC: S8826417G"),
        case("G7742918M"),
        case("The validator rejects FIN G7742918M as the checksum fails."),
        case("FINANCE S8826417A"),
    ],
)
def test_sg_mistyped_nric_fin(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgMistypedNricFinRecognizer, text, expected_len, expected_positions)
