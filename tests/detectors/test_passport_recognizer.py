"""Passport numbers of any country: reported only when announced as passport numbers.

Each case marks the expected finding(s) with «…» (see ``recognizer_testing.case``).
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.passport_recognizer import PassportRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # right after a passport word
        case("passport «K6428672K»"),
        case("No. pasport saya «A12345678», tolong semak."),
        case("護照號碼：«K12345678»"),
        case("passport no. «C7FJ2R9L4»"),
        # after a traveller's name in capitals (a known name in it), passports asked for
        # earlier in the text
        case("passport numbers: ONG KAH SENG «A48812365»"),
        case("Passports for the booking: TAN WEI MING «K12345678», LIM MEI LING «K23456789»"),
        # near-misses: no passport word, capitals that are no name, a model number
        case("ONG KAH SENG A48812365"),
        case("passport photo done. ORDER REF AB12345678"),
        case("Passport renewal queue today. SKU LIST ABC DEF A48812365"),
        case("router model A48812365"),
    ],
)
def test_passport(text: str, expected_len: int, expected_positions: list) -> None:
    check(PassportRecognizer, text, expected_len, expected_positions)
