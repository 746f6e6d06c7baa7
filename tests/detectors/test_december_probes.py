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
