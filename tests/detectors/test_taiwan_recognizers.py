"""Taiwan recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.taiwan.tw_mobile_barcode_recognizer import TwMobileBarcodeRecognizer
from residency.detectors.taiwan.tw_national_id_recognizer import (
    TwMistypedNationalIdRecognizer,
    TwNationalIdRecognizer,
)
from residency.detectors.taiwan.tw_phone_recognizer import TwPhoneRecognizer
from residency.detectors.taiwan.tw_vehicle_plate_recognizer import TwVehiclePlateRecognizer


# A123456789 is the commonly published example; F231178979 and A800000014 were computed
# by hand (letter code split into two digits, weights 1 9 8 7 6 5 4 3 2 1 1, sum % 10 == 0).
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("身分證字號 «A123456789»"),
        case("ID: «F231178979»"),
        case("居留證 «A800000014» (ARC, 2021 format)"),
        case("«A123456789»"),
        # invalid check digit
        case("身分證字號 A123456788"),
        case("ARC A800000015"),
        # near-misses
        case("a123456789"),
        case("A1234567890"),
        case("A323456789"),
        case("SKU A123456789"),
        case("AB12345678"),
    ],
)
def test_tw_national_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwNationalIdRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a wrong check digit right after its label or an owner's "my ID": still its holder's
        case("我的身分證字號是 «A223581904»，要申請勞保"),
        case("身份證：«F131178979»"),
        case("my Taiwan ID is «B221904736», please fill the form"),
        case("her national id no. «C280145522»"),
        # near-misses: a valid id (the other recognizer's), no label, text about
        # validating ids, a letter-digit shape that is not an id's
        case("身分證字號 A123456789"),
        case("訂單 A223581904"),
        case("身分證字號 A123456788 的檢查碼錯誤"),
        case("my Taiwan ID is B321904736"),
        case("身分證字號 A22358190"),
    ],
)
def test_tw_mistyped_national_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwMistypedNationalIdRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("手機 «0912-345-678»"),
        case("call «+886 912 345 678»"),
        case("office «+886 2 2345 6789»"),
        case("電話«0912345678»"),
        case("«0912 345 678» 找陳小姐"),
        case("電話：«(02) 2712-3456» 分機 22"),  # a two-digit area code, next to a phone word
        case("call «04-2345-6789» after lunch"),
        # near-misses
        case("0912-345678"),
        case("09123456789"),
        case("訂單號 0912345678"),
        case("+886 112 345 678"),
        case("build 20240912345678"),
        case("see section (02) 2712-3456 of the report for details"),  # no phone word
        case("訂單號 (02) 2712 3456"),
        case("電話 (021) 5555 1234"),  # a mainland three-digit area code
    ],
)
def test_tw_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwPhoneRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("撞到我就跑的白色轎車，車牌«BDR-5306»"),
        case("我的車號是 «AB-1234»"),
        case("licence plate «7788-KL» seen at the gate"),
        case("機車車牌«MKT-385»"),
        # near-misses: no plate word right before, a flight, a model number
        case("BDR-5306"),
        case("航班 BR-0851 延誤"),
        case("型號 ABC-1234 已停產"),
        case("車牌 ABCD-12345"),
    ],
)
def test_tw_vehicle_plate(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwVehiclePlateRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("我的手機條碼載具是 «/K9X.7+Q» ，發票都存在裡面"),
        case("電子發票載具 «/7QK+3RM»｜買受人 李宗翰"),
        case("Invoice carrier «/QX8+2MD» belongs to the member"),
        case("手機載具 «/3VN-8.K»，電話另附"),
        # an example of the format, not somebody's carrier
        case("手機條碼載具格式是斜線加7碼，財政部網站上的示意寫法是 /ABC+123。"),
        # the shape without a carrier word: a path, a code
        case("config path /K9X.7+Q was renamed"),
        case("see /ABCDEFG for details"),
        # six or eight characters; lower case
        case("載具 /K9X7+Q"),
        case("載具 /K9X.7+QQ"),
        case("載具 /k9x.7+q"),
    ],
)
def test_tw_mobile_barcode(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwMobileBarcodeRecognizer, text, expected_len, expected_positions)
