"""The exact pre-filters: what they let through is still found; what they skip is clean."""

from __future__ import annotations

from typing import Any

import pytest

from residency.detectors import Scanner, ScannerConfig
from residency.detectors.normalize import _fold_characters, _unchanged, normalize
from residency.detectors.prefilter import (
    MIN_PHONE_DIGITS,
    TextCache,
    gate_for,
    has_name_candidate,
    min_digits,
)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.fixture(scope="module")
def uncached() -> Scanner:
    return Scanner(ScannerConfig(cache_size=0))


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\d{17}[0-9Xx]", 17),
        (r"(?<![0-9])\d{6} \d{8} \d{3}[0-9Xx](?![0-9])", 17),
        (r"1(?:3\d|4[5-9])\d{8}", 11),
        (r"(?:\+86)?1\d{10}", 11),
        (r"[A-Z]\d{7}|[A-Z]{2}\d{6}", 6),
        (r"abc|\d{4}", 0),
        (r"(\d)\1{5}", 1),  # back references count nothing
        (r"[^0-9]\d", 1),
        (r"[0-9a-f]{8}", 0),
        (r"\d{2,}?x", 2),
        (r"(?P<x>\d\d)?", 0),
    ],
)
def test_min_digits(pattern: str, expected: int) -> None:
    assert min_digits(pattern) == expected


# Texts every recognizer family must still find (the gate lets them through) ...
FOUND = [
    ("身份证号 440305199003071236", "CN_RESIDENT_ID"),
    ("手机：139 0571 2468", "CN_MOBILE"),
    ("手机：幺三九零五七一二四六八", "CN_MOBILE"),
    ("１３９０５７１２４６８ 是我的手机", "CN_MOBILE"),
    ("write to li.wei [at] example [dot] com", "EMAIL_ADDRESS"),
    ("call +1 (212) 555-0148 tomorrow", "PHONE_NUMBER"),
    ("my SSN is 536-22-1938", "US_SSN"),
    ("card 4111 1111 1111 1111", "CREDIT_CARD"),
    ("IBAN GB82 WEST 1234 5698 7654 32", "IBAN_CODE"),
    ("收件人：王晓明，请尽快发货。", "ZH_PERSON"),
    ("欧阳娜娜女士明天到", "ZH_PERSON"),
    ("寄到北京市海淀区中关村大街27号", "ZH_ADDRESS"),
    ("我儿子今年8岁", "MINOR_AGE"),
    ("he was diagnosed with diabetes", "HEALTH_INFO"),
    ("server 8.8.8.8 is down", "IP_ADDRESS"),
]


@pytest.mark.parametrize("text, entity", FOUND)
def test_gated_scan_still_finds(
    scanner: Scanner, uncached: Scanner, text: str, entity: str
) -> None:
    for s in (scanner, uncached):
        assert entity in s.scan_record({"text": text}).entity_types


# ... and texts on which the costly recognizers are skipped by their gates.
SKIPPED = [
    ("The weather is nice today.", "PhoneRecognizer"),
    ("Order 12 apples and 3 pears", "PhoneRecognizer"),
    ("version 1.2 of 3", "PhoneRecognizer"),
    ("今天天气很好。", "ZhPersonRecognizer"),
    ("Hello world", "ZhPersonRecognizer"),
    ("plain prose without numbers", "CnResidentIdRecognizer"),
    ("only 123456 here", "CnMobileRecognizer"),
    ("no at sign here", "EmailRecognizer"),
]


def _gate(scanner: Scanner, name: str, language: str = "en") -> Any:
    for passes in (scanner._patterns, scanner._costly):
        for recognizer, gate in passes._by_language[language]:
            if type(recognizer).__name__ == name:
                return gate
    raise AssertionError(name)


@pytest.mark.parametrize("text, recognizer", SKIPPED)
def test_clean_text_skips_recognizer(scanner: Scanner, text: str, recognizer: str) -> None:
    from residency.detectors.prefilter import digit_count

    gate = _gate(scanner, recognizer)
    assert gate is not None
    assert not gate.allows(text, digit_count(text))


def test_phone_gate_needs_a_digit_chain() -> None:
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    gate = gate_for(PhoneRecognizer())
    assert gate is not None and gate.min_digits == MIN_PHONE_DIGITS
    assert gate.allows("tel 555-0148 9", 8)
    assert not gate.allows("1 a long gap 2 another gap 3 and 4 and 5", 5)


def test_name_candidate() -> None:
    assert has_name_candidate("联系人王晓明")
    assert has_name_candidate("欧阳娜娜")
    assert not has_name_candidate("今天天气很好")
    assert not has_name_candidate("王")


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii text",
        "联系电话：13812345678",
        "１３８１２３４５６７８",
        "a\u200bb",
        "138 1234 5678",
        "2024-01-02 and 3.14159",
        "li.wei [at] example [dot] com",
        "幺三八一二三四五六七八",
        "Ρaypal",
        "e\u0301",
    ],
)
def test_unchanged_agrees_with_the_full_normalisation(text: str) -> None:
    folded = "".join(u[0] for u in _fold_characters(text))
    if _unchanged(text):
        assert folded == text and normalize(text).text == text
    norm = normalize(text)
    assert norm.changed == (norm.text != text)


def test_cached_and_uncached_scans_agree(scanner: Scanner, uncached: Scanner) -> None:
    records = [{"text": t} for t, _ in FOUND] + [{"text": t} for t, _ in SKIPPED]
    records += records  # the second half is served from the cache
    assert scanner.scan_records(records) == uncached.scan_records(records)


def test_text_cache_is_bounded() -> None:
    cache: TextCache[int, str] = TextCache(2)
    for i in range(5):
        cache.put(i, str(i))
    assert len(cache) == 2 and cache.get(0) is None and cache.get(4) == "4"
    off: TextCache[int, str] = TextCache(0)
    off.put(1, "1")
    assert off.get(1) is None and len(off) == 0
