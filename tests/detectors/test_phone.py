"""The lean phone matcher finds exactly what python-phonenumbers' matcher finds."""

from __future__ import annotations

import functools

import phonenumbers
import pytest
from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

from residency.detectors import phone
from residency.detectors.phone import (
    FailedCandidates,
    LeanMatcher,
    PhoneRecognizer,
    cannot_be_valid,
    min_valid_digits,
)
from residency.detectors.prefilter import TextCache

FAILED: FailedCandidates = TextCache(1000)

REGIONS = ("US", "GB")
EDGE_CASES = [
    "call 212-555-0123 now",
    "+1 212 555 0123",
    "(020) 7946 0958 or 020 7946 0958",
    "+44 20 7946 0958 ext. 123",
    "+43 1234",  # shortest international numbers
    "+49 1234 or +49 12345",
    "1-800-FLOWERS",
    "12x34x56x78x90",  # 'x' is phone punctuation; three letters make a vanity number
    "call 2125550123x12",
    "abc2125550123",  # glued to letters: not reported
    "2125550123def",
    "%2125550123",
    "$2125550123",
    "2125550123 2125550123 2125550123",
    "12345",
    "1/2/2023 and 12:30 and 2012-01-02 08:00:00",
    "211-227 (2003)",
    "１２１２５５５０１２３",  # full-width digits
    "٠٢٠٧٩٤٦٠٩٥٨",  # Arabic-Indic digits
    "00 44 20 7946 0958 and 011 44 20 7946 0958",
    "tel: +86 138 1234 5678, 手机 13812345678",
    "",
]


def _matches(cls: type, text: str, region: str) -> list[tuple[int, int, str]]:
    if cls is LeanMatcher:
        matcher = LeanMatcher(text, region, 1, min_valid_digits(REGIONS), FAILED)
    else:
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=1)
    return [(m.start, m.end, phonenumbers.format_number(m.number, 0)) for m in matcher]


@functools.cache
def _corpus() -> list[str]:
    from residency.corpus import generate, generate_evasion, iter_fields
    from residency.detectors.normalize import normalize

    records = generate(300, 31) + generate_evasion(150, 32)
    texts = [t for r in records for _, t in iter_fields(r.record)]
    return texts + [normalize(t).text for t in texts]


@pytest.mark.parametrize("region", REGIONS)
def test_lean_matcher_agrees_on_edge_cases(region: str) -> None:
    for text in EDGE_CASES:
        for _ in range(2):  # the second time from remembered failures
            assert _matches(LeanMatcher, text, region) == _matches(
                phonenumbers.PhoneNumberMatcher, text, region
            ), text


@pytest.mark.parametrize("region", REGIONS)
def test_lean_matcher_agrees_on_the_corpus(region: str) -> None:
    for text in _corpus():
        assert _matches(LeanMatcher, text, region) == _matches(
            phonenumbers.PhoneNumberMatcher, text, region
        )


def test_failures_are_remembered_with_their_surroundings() -> None:
    """The same candidate glued to a letter fails, and alone it is still found."""
    assert _matches(LeanMatcher, "x2125550123y", "US") == []
    assert _matches(LeanMatcher, " 2125550123 ", "US") != []


def test_long_texts_skip_nothing() -> None:
    text = "12 " * (phone.MAX_CHARS_TO_SKIP // 3 + 10) + "call 212-555-0123"
    assert LeanMatcher(text, "US", 1, 6, FAILED)._min_digits == 0
    assert _matches(LeanMatcher, text, "US") == _matches(
        phonenumbers.PhoneNumberMatcher, text, "US"
    )


def test_min_valid_digits_holds_for_every_example_number() -> None:
    bound = min_valid_digits(REGIONS)
    assert bound >= 5
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(11):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            digits = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            assert len(digits) - 1 >= bound, region
            if phonenumbers.region_code_for_number(example) in REGIONS:
                national = phonenumbers.national_significant_number(example)
                assert len(national) >= bound, region


def _national_candidates() -> list[str]:
    """Every region's example numbers in national and code-without-plus shapes, with
    prefixes that parse strips (or not), and random digit strings with separators."""
    import random

    shapes = (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164)
    out = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(11):
            example = phonenumbers.example_number_for_type(region, kind)
            for shape in shapes if example is not None else ():
                text = phonenumbers.format_number(example, shape).lstrip("+")
                out += [text, text.replace(" ", ""), "1" + text, "0" + text, "44" + text]
    rng = random.Random(5)
    prefixes = ["", "1", "0", "44", "440", "011", "00", "180020", "44180020", "11", "01"]
    for _ in range(20_000):
        digits = rng.choice(prefixes) + "".join(rng.choices("0123456789", k=rng.randint(1, 18)))
        out.append("".join(c + (rng.choice(" -.()") if rng.random() < 0.2 else "") for c in digits))
    return out


@pytest.mark.parametrize("region", REGIONS)
def test_numbers_ruled_out_by_length_never_parse_valid(region: str) -> None:
    ruled_out = 0
    for candidate in _national_candidates():
        if cannot_be_valid(candidate, region):
            ruled_out += 1
            matcher = phonenumbers.PhoneNumberMatcher(candidate, region, leniency=1)
            assert matcher._parse_and_verify(candidate, 0) is None, candidate
    assert ruled_out > 1000
    assert not cannot_be_valid("(201) 555-0123", "US")
    assert not cannot_be_valid("1 201 555 0123", "US")
    assert not cannot_be_valid("020 7946 0018", "GB")
    assert not cannot_be_valid("44 20 7946 0018", "GB")
    assert not cannot_be_valid("+86 138 1234 5678", region)  # international: never ruled out
    assert cannot_be_valid("6849 0403", region)


def test_recognizer_results_equal_presidio() -> None:
    ours = PhoneRecognizer(supported_regions=REGIONS)
    theirs = PresidioPhoneRecognizer(supported_regions=REGIONS)
    assert ours.name == theirs.name == "PhoneRecognizer"
    for text in EDGE_CASES + _corpus()[:400]:
        a = ours.analyze(text, ["PHONE_NUMBER"])
        b = theirs.analyze(text, ["PHONE_NUMBER"])
        assert [
            (r.start, r.end, r.score, r.analysis_explanation.textual_explanation) for r in a
        ] == [(r.start, r.end, r.score, r.analysis_explanation.textual_explanation) for r in b], (
            text
        )
