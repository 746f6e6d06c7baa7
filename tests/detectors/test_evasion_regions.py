"""Obfuscated Hong Kong and Malaysian phones and Taiwan ids are still found.

A table written for this test (not the corpus generator's transforms): each value is
re-spelled with one trick of the issue's list or two of them mixed, and must be found
(any finding overlapping the value) in a Chinese and an English sentence.  The numbers
and ids are synthetic (valid check digits, no real subscriber).
"""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner

ZW = "\u200b"
SHY = "\u00ad"


def _fullwidth(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def _digits(value: str, alphabet: str) -> str:
    return "".join(alphabet[int(c)] if c.isdigit() else c for c in value)


ARABIC = "٠١٢٣٤٥٦٧٨٩"
DEVANAGARI = "०१२३४५६७८९"
ZH = "〇一二三四五六七八九"
ZH_SPOKEN = "零幺两三四五六七八九"

HK = "+852 9123 4567"
MY = "+60 12-345 6789"
MY_LOCAL = "012-345 6789"
TW = "A123456789"

CASES = [
    # Hong Kong: +852 and eight digits
    _fullwidth(HK),
    "+852\u200b9123\u200c4567",
    "+8525-1234567",
    "+85.291234567",
    "+852_9123_4567",
    "+ 8 5 2 9 1 2 3 4 5 6 7",
    _digits("+852 91234567", ARABIC),
    "+八五二 九一二三 四五六七",
    "+852 9l23 4567",
    # Malaysia: +60 and 01x numbers
    _fullwidth(MY),
    "+60" + ZW + "12" + SHY + "345" + ZW + "6789",
    "+60.12.345.6789",
    "+60_12_345_6789",
    _digits(MY_LOCAL, DEVANAGARI),
    _digits("0123456789", ZH_SPOKEN),
    "0 1 2 - 3 4 5 - 6 7 8 9",
    "O12-345 6789",
    # Taiwan: a letter and nine digits, split, re-spelled and with look-alike letters
    "A 123456789",
    "A_123456789",
    "A-1234-56789",
    "A 1 2 3 4 5 6 7 8 9",
    "A1-2-3456789",
    "F.13.1104093",
    _fullwidth("A 1234 56789"),
    "А123456789",  # Cyrillic А
    "A" + ZW + "123" + ZW + "456" + SHY + "789",
    "A" + _digits("123456789", ZH),
    "B." + _digits("22345678", ZH_SPOKEN) + ".2",
    "A l23456789",
]
# A contact word in each: bare local numbers (012-345 6789) need one by design.
SENTENCES = ("请核对联系资料：{v}，谢谢。", "Please check my contact details: {v} thanks")


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("value", CASES)
def test_obfuscated_value_is_found(scanner: Scanner, value: str) -> None:
    for sentence in SENTENCES:
        text = sentence.format(v=value)
        start = text.index(value)
        end = start + len(value)
        findings = scanner.scan_record({"text": text}).findings
        assert any(f.start < end and start < f.end for f in findings), text
