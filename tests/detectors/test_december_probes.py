"""Classes of misses found by probing Traditional-Chinese phrasings and split identifiers
(the ``--december`` check set's areas): each table holds values that must be found, and
near misses that must not be."""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.detectors.normalize import normalize


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _types(scanner: Scanner, text: str) -> set[str]:
    (scan,) = scanner.scan_records([{"id": "1", "text": text}])
    return {f.entity_type for f in scan.findings}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A full-width bar (a field separator in tickets and tables) beside a split value.
        ("客服單｜電話 6460.200.5｜狀態", "客服單|電話 64602005|狀態"),
        ("行動電話 09.417.237.29｜狀態", "行動電話 0941723729|狀態"),
        ("|138 1234 5678|", "|13812345678|"),
        ("a | 12 | 34 | 5678 |", "a | 12 | 34 | 5678 |"),
        # Still a look-alike 1 right between two digits.
        ("138|2345678", "13812345678"),
    ],
)
def test_a_bar_is_a_digit_only_between_digits(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("客服單 #5521｜行動電話 09.417.237.29｜狀態：處理中", "TW_PHONE"),
        ("客服單 #5521｜電話 5932_79_2_6｜狀態：處理中", "HK_PHONE"),
        ("工單｜身分證字號 G27-70-08-76-4｜處理中", "TW_NATIONAL_ID"),
        ("客服單｜IC 630_404_06_4518｜狀態：處理中", "MY_MYKAD"),
    ],
)
def test_split_values_between_bars_are_found(scanner: Scanner, text: str, entity: str) -> None:
    assert entity in _types(scanner, text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # Taiwan ids of Hsinchu City (O) and Chiayi City (I): the letter is no look-alike 0/1.
        ("身分證字號 O.26.815.4.287~", "TW_NATIONAL_ID"),
        ("身分證字號是I17.39.9828.9喔", "TW_NATIONAL_ID"),
        ("身分證字號...O 257 066 105...", "TW_NATIONAL_ID"),
        ("ID no. I257-4-4426-0.", "TW_NATIONAL_ID"),
        # An English phone word glued to Chinese or "_" still makes a dotted quad a phone.
        ("HP是99.51.55.67喔", "SG_PHONE"),
        ("HP_68.139.1.55", "SG_PHONE"),
        # A lone digit group before a bare 60 makes one split MyKad, not +60 and a phone.
        ("【IC】9 60 6 0 1078 693", "MY_MYKAD"),
        ("IC - 9 60 4 2 0 1127 60 - 謝謝", "MY_MYKAD"),
    ],
)
def test_split_ids_after_probe_fixes_are_found(scanner: Scanner, text: str, entity: str) -> None:
    assert entity in _types(scanner, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("O2 2345 6789", "0223456789"),  # no valid Taiwan id: O is a look-alike 0
        ("O912345678", "0912345678"),
        ("60 12-338 4719", "+60123384719"),  # a bare country code still gets its +
        ("hotel 12.34.56.78", "hotel 12.34.56.78"),  # 'tel' inside a word: an IP stays
        ("HP是99.51.55.67喔", "HP是99515567喔"),
    ],
)
def test_near_misses_of_the_probe_fixes(text: str, expected: str) -> None:
    assert normalize(text).text == expected
