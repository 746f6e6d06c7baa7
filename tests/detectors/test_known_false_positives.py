"""Values that look like identifiers but are not, and one number reported once.

Build and version numbers are not mobile numbers, an 18-digit resident id with a wrong
check digit is not a bank card (even when it passes Luhn), and a +86 mobile is reported
as ``CN_MOBILE`` alone, not also as Presidio's generic ``PHONE_NUMBER``.
"""

from __future__ import annotations

import pytest

from residency.detectors.checksums import iso7064_mod11_2, luhn
from residency.detectors.china.cn_bank_card_recognizer import CnBankCardRecognizer
from residency.detectors.engine import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _types(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [
        (f.entity_type, text[f.start : f.end]) for f in scanner.scan_record({"text": text}).findings
    ]


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize(
    "text",
    [
        "升级到 13.5.1234.5678 后就好了",
        "Chrome 138.0.7204.158 is out.",
        "Google Chrome 已更新到 138.0.7204.158",
        "Update to 17.0.1234.5678 please",
        "The release tag 15.2.2020.1231 was cut.",
        "SDK 1.38.1234.5678 available",
        "kernel 13.8.1234.5678-generic",
        "固件版本 V18.6.2234.1123 已发布",
    ],
)
def test_version_numbers_are_not_phone_numbers(scanner: Scanner, text: str) -> None:
    assert _types(scanner, text) == []


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize(
    "text",
    [
        "Call me on 138.1234.5678",
        "电话 138.1234.5678",
        "my wechat 138.0.123.4567",
        "Windows 10 user, my number is 138.0.123.4567",
    ],
)
def test_dotted_phone_numbers_near_a_contact_word_are_found(scanner: Scanner, text: str) -> None:
    assert [t for t, _ in _types(scanner, text)] == ["CN_MOBILE"]


def _bad_ids_passing_luhn() -> list[str]:
    out = []
    for body in ("62051320080525018", "62121919550316830", "43070219900101123"):
        for c in "0123456789":
            value = body + c
            if not iso7064_mod11_2(value) and luhn(value):
                out.append(value)
                break
    return out


@pytest.mark.parametrize("value", _bad_ids_passing_luhn())
def test_a_resident_id_with_a_wrong_check_digit_is_not_a_bank_card(value: str) -> None:
    assert CnBankCardRecognizer().validate_result(value) is False


@pytest.mark.parametrize(
    "value", ["6222021234567890123", "6212345678901234", "6228480402564890018"]
)
def test_bank_cards_still_validate(value: str) -> None:
    expected = luhn(value)
    assert CnBankCardRecognizer().validate_result(value) is expected


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize(
    "text, entity",
    [
        ("Call +86 138 1234 5678 tomorrow", "CN_MOBILE"),
        ("tel 0086 139 1234 5678", "CN_MOBILE"),
        ("Call +852 9123 4567 now", "HK_PHONE"),
        ("Call +65 9123 4567", "SG_PHONE"),
        ("Call +886 912 345 678", "TW_PHONE"),
        ("Ring +60 12-345 6789", "MY_PHONE"),
        ("Call +86 10 6552 9988", "CN_LANDLINE"),
        ("Call +44 20 7946 0958", "PHONE_NUMBER"),
    ],
)
def test_one_number_one_finding(scanner: Scanner, text: str, entity: str) -> None:
    assert [t for t, _ in _types(scanner, text)] == [entity]
