"""Hong Kong recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.hongkong.hk_address_recognizer import HkFlatAddressRecognizer
from residency.detectors.hongkong.hk_hkid_recognizer import (
    HkHkidRecognizer,
    HkMistypedHkidRecognizer,
)
from residency.detectors.hongkong.hk_phone_recognizer import HkPhoneRecognizer
from residency.detectors.hongkong.hk_vehicle_plate_recognizer import HkVehiclePlateRecognizer


# A123456(3) is the commonly published example; the others were computed by hand:
# weights 9..2 over (prefix letters as A=10.., a missing second letter as 36, digits),
# check = (11 - sum % 11) % 11 with 10 written "A".
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("香港身份證 «A123456(3)»"),
        case("HKID «A1234563»"),
        case("id card «AB987654(3)»"),
        case("身份证号码«A123456（3）»"),
        case("«Z683365(A)» on file"),
        # the bracket said in words
        case("身份證號碼係 «A123456 括號 3»"),
        case("HKID «A123456 bracket 3»"),
        # invalid check character
        case("香港身份證 A123456(4)"),
        case("HKID AB987654(2)"),
        case("Z683365(0)"),
        case("身份證號碼係 A123456 括號 4"),
        # typed in lower case right after its label
        case("核對身份證：«z6910387»，已影印存檔"),
        # near-misses
        case("model A1234567890"),
        case("part AB123456 only six digits and no check"),
        case("ABC1234563"),
        case("a123456(3)"),
        # (lower case without its label, or with a wrong check character)
        case("型號 z6910387 已停產"),
        case("身份證：z6910388"),
        # a case number's head, with its sequence after a dash
        case("案件編號 AP1131105-0042"),
        case("file A1234563/12"),
    ],
)
def test_hk_hkid(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkHkidRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("call «+852 9123 4567»"),
        case("«(+852) 2345-6789» office"),
        case("電話：«9123 4567»"),
        case("mobile «61234567»"),
        case("WhatsApp «5123-4567»"),
        # a fixed line (2xxx, 3xxx) right after a phone word
        case("電話：«2345 6789»"),
        case("屋企電話係 «3188 4521»"),
        case("Tel «2345-6789»"),
        # near-misses: bare numbers need context, wrong first digits
        # a field that is only the number is a reply to "what is your number?"
        case("«9123 4567»"),
        case("sure it's «9123 4567»"),
        case("price 91234567 HKD"),
        case("+852 1234 5678"),
        case("2345 6789"),
        case("room rate 23456789 for the ballroom, call the hotel"),
        case("訂單號 23456789"),
        case("電話：912345678"),
        case("訂單號 91234567"),
    ],
)
def test_hk_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkPhoneRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a flat or room with a floor or a residential building after it (maybe a block)
        case("«Flat 12B, 8/F, Block 3, Kwai Chung Estate»"),
        case("«Rm 1608, Wah Fu Estate Block 2», Pok Fu Lam"),
        case("deliver to «Flat C, 23/F, Tower 5», Ocean Shores"),
        case("«FLAT 7, 3/F, LUCKY MANSION», 12 Nathan Road"),
        case("send it to «Flat 5, Block B»"),
        # near-misses: a flat and a block with no address word, a room in a sentence, an
        # office after its company, a building's name alone
        case("Unit 5, Block A is closed for painting"),
        case("Room 3 on the 2nd floor is the meeting room"),
        case("Acme Trading Ltd, Room 1203, 12/F, Wing On Centre"),
        case("Wah Fu Estate Block 2 has a new lift"),
        case("Flat 3 in our block has a leak"),
    ],
)
def test_hk_flat_address(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkFlatAddressRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a wrong check character right after its label: still its holder's
        case("身份證 «Y558203(7)»"),
        case("佢身份證 «Z 683412(6)»，幫我填表"),
        case("HKID: «A123456(4)»"),
        # near-misses: a valid number (the other recognizer's), no label, a sample, no
        # bracket
        case("HKID: A123456(3)"),
        case("Y558203(7)"),
        case("香港身份證號碼 A123456(7)，此為虛構樣本"),
        case("身份證 Y5582037"),
    ],
)
def test_hk_mistyped_hkid(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkMistypedHkidRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("邊個架白色 Tesla 車牌 «LV 8213» 泊咗喺 B1？"),
        case("my car plate «AB1234», parked at level 3"),
        case("車牌號碼：«HK 88»"),
        # near-misses: no plate word right before, a flight, a leading zero, I/O/Q letters
        case("LV 8213"),
        case("Flight CX 251 departs at 9"),
        case("車牌 AB 0123"),
        case("車牌 IO 1234"),
        case("車牌 AB 12345"),
    ],
)
def test_hk_vehicle_plate(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkVehiclePlateRecognizer, text, expected_len, expected_positions)
