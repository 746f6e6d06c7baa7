"""Script and language profile: Malay text does not get English NER."""

from __future__ import annotations

import pytest

from residency.detectors.language import profile


@pytest.mark.parametrize(
    "text, language, english_ner",
    [
        ("Kira 3595079 + 4629000 dan tunjukkan jalan kerja.", "ms", False),
        ("Terangkan sebab-sebab kejatuhan Kesultanan Melayu Melaka pada tahun 1511.", "ms", False),
        ("Tuliskan pantun tentang persahabatan.", "ms", False),
        ("Pulau Pandan jauh ke tengah, Gunung Daik bercabang tiga.", "ms", False),
        # English with a Malaysian address is still English
        ("Please deliver to Ahmad Faiz at No. 5, Jalan Mawar, Taman Sri Muda.", "en", True),
        ("How do I reverse a linked list in Java?", "en", True),
    ],
)
def test_malay_is_told_from_english(text: str, language: str, english_ner: bool) -> None:
    p = profile(text)
    assert language in p.languages
    assert p.wants_english_ner is english_ner
