"""ViNameRecognizer: Vietnamese full names with their diacritics; no match for places,
streets named after heroes, or names written without a Vietnamese letter."""

from __future__ import annotations

import pytest

from residency.detectors.vietnamese.vi_name_recognizer import ViNameRecognizer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anh Trần Minh Tuấn ơi, xe của anh sửa xong rồi", "Trần Minh Tuấn"),
        ("Nguyễn Thị Hồng Nhung (越南) 已到職", "Nguyễn Thị Hồng Nhung"),
        ("Lê Văn Hải, passport C1234567", "Lê Văn Hải"),
        ("Bà Phạm Thị Lan gọi lúc 9 giờ", "Phạm Thị Lan"),
        ("移工 Đỗ Thị Thu Hà 今天請假", "Đỗ Thị Thu Hà"),
        ("caregiver Huỳnh Ngọc Ánh starts Monday", "Huỳnh Ngọc Ánh"),
    ],
)
def test_vietnamese_names_found(text: str, name: str) -> None:
    results = ViNameRecognizer().analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in results] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Le Minh and Cao Long went home",  # no Vietnamese letter: maybe English or Chinese
        "Hà Nội is the capital",  # a place named like a person
        "đường Nguyễn Huệ, Quận 1",  # a street after its word
        "Hồ Chí Minh City",  # a city
        "Trần Hưng Đạo Street",  # a street after the name
        "Stalls on Lê Lợi street open at 6",  # a street in lower case
        "Lâm Đồng province grows coffee",  # a province
    ],
)
def test_near_misses_not_found(text: str) -> None:
    assert ViNameRecognizer().analyze(text, ["PERSON"]) == []
