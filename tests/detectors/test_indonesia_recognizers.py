"""Indonesian NIK numbers: valid values, impossible dates and codes, and near-misses.

Each case marks the expected finding(s) with «…» (see ``recognizer_testing.case``).
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.indonesia.id_nik_recognizer import IdNikRecognizer, id_nik_valid


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("外籍漁工 印尼身分證號 «3273011208890004»，家鄉在 Bandung"),
        case("NIK: «3578104506920003» (KTP Surabaya)"),
        case("Worker's KTP «3273 0112 0889 0004» attached"),
        case("印尼身份证 «3171076109950002»"),
        # a woman's day (day plus 40) is valid; an impossible month or day is not
        case("NIK 3273011213890004"),
        case("NIK 3273017208890004"),
        # no province has code 00 or 99; a serial of 0000
        case("NIK 0073011208890004"),
        case("NIK 9973011208890004"),
        case("NIK 3273011208890000"),
        # a valid shape without its label: an order, a card, a tracking number
        case("Order 3273011208890004 shipped"),
        case("card 3273011208890004"),
        # fifteen or seventeen digits
        case("NIK 327301120889000"),
        case("NIK 32730112088900041"),
    ],
)
def test_id_nik(text: str, expected_len: int, expected_positions: list) -> None:
    check(IdNikRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "digits, valid",
    [
        ("3273011208890004", True),
        ("3273015208890004", True),  # a woman born on the 12th
        ("3273011213890004", False),  # month 13
        ("3273013208890004", False),  # day 32
        ("3200011208890004", False),  # regency 00
        ("1234", False),
    ],
)
def test_id_nik_date_and_codes(digits: str, valid: bool) -> None:
    assert id_nik_valid(digits) is valid
