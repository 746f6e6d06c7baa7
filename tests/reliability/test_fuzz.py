"""Bounded fuzzing of the record reader and the normaliser (hypothesis).

Any input that once crashed one of them belongs in REGRESSIONS below.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from residency.detectors.normalize import canonical_value, normalize
from residency.pipelines.read import parse_jsonl_line
from residency.records import DEFAULT_SCHEMA

READER_REGRESSIONS = [
    b'"\\ud800"',
    b'{"id": "\\udc00x"}',
    b"[" * 100_000,  # RecursionError in json
    b"\xff\xfe{}",
    b'{"id": 1e999}',
    b"{}",
]
NORMALIZE_REGRESSIONS = [
    "",
    "\u200b",
    "１３８\u200b１２３４ ５６７８",
    "幺三八一二三四五六七八",
    "a [at] b [dot] com",
    "ﬀ" * 5,
]

KNOWN_REASONS = {
    None,
    "oversized_record",
    "invalid_utf8",
    "invalid_json",
    "not_a_json_object",
    "invalid_unicode",
    "text_not_a_string",
    "malformed_messages",
    "no_text",
}


def _check_reader(raw: bytes) -> None:
    env = parse_jsonl_line(raw, "f:1", DEFAULT_SCHEMA, 4096)
    assert env.error in KNOWN_REASONS
    assert isinstance(env.id, str) and env.id
    if env.error is None:
        assert isinstance(env.record, dict)


@pytest.mark.parametrize("raw", READER_REGRESSIONS)
def test_reader_regressions(raw: bytes) -> None:
    _check_reader(raw)


@settings(max_examples=1000, deadline=None)
@given(
    raw=st.binary(max_size=300)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_reader_never_raises_on_any_bytes(raw: bytes) -> None:
    _check_reader(raw)


def _check_normalize(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for start, end in zip(norm.starts, norm.ends, strict=True):
        assert 0 <= start < end <= len(text)
    for i in range(len(norm.text)):
        for j in (i, i + 1, len(norm.text)):
            o_start, o_end = norm.original_span(i, j)
            assert 0 <= o_start <= o_end <= len(text)
    canonical_value(text)


@pytest.mark.parametrize("text", NORMALIZE_REGRESSIONS)
def test_normalize_regressions(text: str) -> None:
    _check_normalize(text)


digitish = st.text(
    alphabet=st.sampled_from(
        list("0123456789 -._@[]()atdoOlI|幺一二三四五六七八九零〇１２３\u200b\u00adаоеΟ")
    ),
    max_size=60,
)


@settings(max_examples=800, deadline=None)
@given(text=st.text(max_size=80) | digitish)
def test_normalized_offsets_map_back_inside_the_original(text: str) -> None:
    _check_normalize(text)
