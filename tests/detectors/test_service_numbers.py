"""Published service numbers: the same line dialled any way, and near misses."""

from __future__ import annotations

import pytest

from residency.detectors.service_numbers import PUBLISHED, published_service_number


@pytest.mark.parametrize(
    "value",
    [
        "9151 1767",
        "+65 9151 1767",
        "6591511767",
        "03-6204 7788",
        "+603-6204 7788",
        "+60 3 6204 7788",
        "0060362047788",
        "2896 0000",
        "+852 2896 0000",
        "016-2211800",
        "+6016 221 1800",
    ],
)
def test_published_numbers_match_however_dialled(value: str) -> None:
    assert published_service_number(value)


@pytest.mark.parametrize(
    "value",
    ["9151 1768", "9123 4567", "03-6204 7789", "012-620 4778", "+65 2896 0000 1", ""],
)
def test_other_numbers_do_not_match(value: str) -> None:
    assert not published_service_number(value)


def test_every_entry_is_a_number_a_recognizer_could_report() -> None:
    for region, _name, number in PUBLISHED:
        digits = "".join(c for c in number if c.isdigit())
        assert region in ("SG", "MY", "HK")
        assert 8 <= len(digits) <= 11, number
