"""A card number with its expiry date is a card even when its Luhn digit is wrong.

Each case marks the expected finding(s) with «…» (see ``recognizer_testing.case``).
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.card_expiry_recognizer import CardWithExpiryRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a wrong Luhn digit, the expiry after it
        case("card_no=«4563 5180 2217 3940», exp=08/28"),
        case("Kad kredit «5210-6988-4123-7705», tamat tempoh 09/27"),
        case("信用卡 «6225881234567891» 有效期 08/28"),
        case("card «4563518022173940» valid thru 11/2027"),
        # near-misses: a valid number (the card recognizers'), no expiry date, an order
        # number, a date that is no expiry's, fifteen digits
        case("card 4111 1111 1111 1111 exp 08/28"),
        case("Order 1234 5678 9012 3456 expires in 10 days"),
        case("Order no 1234 5678 9012 3456, exp 08/28"),
        case("Tracking 1234567890123456, expected 08/28"),
        case("card 4563 5180 2217 394 exp 08/28"),
        # the writer's own card, right after "my card" (wrong Luhn digit): still a card
        case("my card «4532 7719 0846 2215» got charged twice by the florist"),
        case("我的卡号 «6222 0212 3456 7890» 被扣了两次"),
        case("kad kredit saya «5210 6988 4123 7705» kena caj dua kali"),
        # near-misses: a valid number, text about checking numbers, somebody else's card
        case("my card 4111 1111 1111 1111 was declined"),
        case("Test: my card 4242 4242 4242 4241 fails the Luhn check"),
        case("the shop's card 4532 7719 0846 2215 reader is broken"),
    ],
)
def test_card_with_expiry(text: str, expected_len: int, expected_positions: list) -> None:
    check(CardWithExpiryRecognizer, text, expected_len, expected_positions)
