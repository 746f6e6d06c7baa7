"""Names spelled out letter by letter (:mod:`residency.detectors.spaced_name_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.spaced_name_recognizer import SpacedNameRecognizer, collapsed


@pytest.fixture(scope="module")
def recognizer() -> SpacedNameRecognizer:
    return SpacedNameRecognizer()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Patient: M e i  L i n g  T a n, ward 5", "Mei Ling Tan"),
        ("Tell R a j e s h  K u m a r his results are in.", "Rajesh Kumar"),
        ("nama N u r  A i n i, kelas 4B", "Nur Aini"),
        ("Email from D a v i d  O n g about the loan", "David Ong"),
        ("K e l v i n L i m owes me money", "Kelvin Lim"),  # one space between words too
    ],
)
def test_letter_spaced_names_are_found(
    recognizer: SpacedNameRecognizer, text: str, name: str
) -> None:
    found = recognizer.analyze(text, ["PERSON"])
    assert [" ".join(collapsed(text[r.start : r.end])) for r in found] == [name]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Read it backwards: naiJ iuH iaT, she owes me money.", "naiJ iuH iaT"),
        ("Tulis terbalik: lamaK nib diaZ yang pinjam duit.", "lamaK nib diaZ"),
        ("倒过来念：丽美张。就是她。", "丽美张"),
    ],
)
def test_names_written_backwards_after_a_note_are_found(
    recognizer: SpacedNameRecognizer, text: str, value: str
) -> None:
    found = recognizer.analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in found] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Python: 'olleH dlroW'[::-1] gives Hello World.",  # no note and colon before
        "Reverse the list: apple, banana.",  # no word ending in a capital
        "倒过来念：上海自来水来自海上。",  # a palindrome, no surname at its end
        "W E L C O M E  H O M E",  # a heading in capitals
        "H a p p y  B i r t h d a y to you",  # a greeting opens with a common word
        "T h e  E n d",
        "S i t i alone",  # one word is weak evidence
        "x J o h n  L e e y",  # inside a longer letter-spaced run
        "Joshua Lee has asthma",  # not spelled out: left to the name recognizers
        "a b c d e f g",
    ],
)
def test_other_spaced_text_is_not_a_name(recognizer: SpacedNameRecognizer, text: str) -> None:
    assert recognizer.analyze(text, ["PERSON"]) == []
