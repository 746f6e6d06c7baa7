"""Text split into tokenizer pieces is put back together before matching; lists of names or
column names in code are left as written."""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.detectors.normalize import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        # SentencePiece: ``▁`` starts a word, a piece without it goes on with the last one.
        (
            "pieces = ['▁ring', '▁mei', '▁ling', '▁on', '▁139', '▁12', '34', '▁56', '78']",
            "pieces =  ring mei ling on 13912345678",
        ),
        # GPT-2 byte-level BPE: ``Ġ`` starts a word.
        ("['Ġmy', 'Ġic', 'Ġis', 'ĠS', '912', '345', '6', 'D']", " my ic is S9123456D"),
        # WordPiece: ``##`` goes on with the last piece, other pieces are words.
        ("['my', 'name', 'is', 'tan', '##wei', '##ming']", "my name is tanweiming"),
        # A word segmenter's output under a ``tokens`` key: CJK pieces and punctuation close
        # up, digits stay apart (and are joined as split digits are).
        (
            '{"tokens": ["王", "秀英", "的", "电话", "是", "139", "1234", "5678", "。"]}',
            '{"tokens": 王秀英的电话是13912345678。}',
        ),
    ],
)
def test_token_lists_are_joined_into_their_text(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # No marker and no key that says tokens: a list in code, names or columns.
        "team = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve']",
        'columns = ["name", "phone", "email", "address", "postcode"]',
        # Too few pieces for a tokenized text.
        "tokens: ['▁hi', '▁there']",
        # A list of labels, not of tokens.
        '"labels": ["B-PER", "I-PER", "O", "O", "B-LOC"]',
    ],
)
def test_other_lists_are_left_alone(text: str) -> None:
    assert normalize(text).text == text


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "tokens: ['▁call', '▁me', '▁at', '▁139', '▁12', '34', '▁56', '78', '▁tonight']",
            "CN_MOBILE",
        ),
        (
            '{"tokens": ["陈", "志明", "的", "身份证", "号", "是", "110101", "1990", "0307", "4517"]}',
            "CN_RESIDENT_ID",
        ),
    ],
)
def test_a_value_in_token_pieces_is_found_at_the_list(
    scanner: Scanner, text: str, entity: str
) -> None:
    result = scanner.scan_records([{"id": "1", "text": text}])[0]
    found = {f.entity_type for f in result.findings}
    assert entity in found, found
