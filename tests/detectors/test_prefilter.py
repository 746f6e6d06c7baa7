"""The exact pre-filters: what they let through is still found; what they skip is clean."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from residency.detectors import Scanner, ScannerConfig
from residency.detectors.normalize import _fold_characters, _unchanged, normalize
from residency.detectors.prefilter import (
    CASELESS_RANGES,
    MIN_PHONE_DIGITS,
    NeedsMasks,
    PatternNeeds,
    TextCache,
    TextFacts,
    _caseless,
    facts_for,
    gate_for,
    has_name_candidate,
    min_digits,
    pattern_needs,
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
    ("write to li.wei [at] mailhost [dot] com", "EMAIL_ADDRESS"),
    ("call +1 (212) 639-9675 tomorrow", "PHONE_NUMBER"),
    ("my SSN is 536-22-1938", "US_SSN"),
    ("card 4539 1488 0343 6467", "CREDIT_CARD"),
    ("IBAN GB82 WEST 1234 5698 7654 32", "IBAN_CODE"),
    ("收件人：王晓明，请尽快发货。", "ZH_PERSON"),
    ("欧阳娜娜女士明天到", "ZH_PERSON"),
    ("寄到北京市海淀区中关村大街27号", "ZH_ADDRESS"),
    ("我儿子今年8岁", "MINOR_AGE"),
    ("he was diagnosed with diabetes", "HEALTH_INFO"),
    ("server 81.4.108.12 is down", "IP_ADDRESS"),
    # Found by the NRIC recognizer's extra pattern alone (six digits: no NRIC pattern).
    ("my nric is S123456A", "SG_NRIC_FIN"),
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
    ("my nric is not here", "SgNricFinRecognizer"),
]


def _gate(scanner: Scanner, name: str, language: str = "en") -> Any:
    for passes in (scanner._patterns, scanner._costly):
        for recognizer, gate in passes._by_language[language]:
            if type(recognizer).__name__ == name:
                return gate
    raise AssertionError(name)


@pytest.mark.parametrize("text, recognizer", SKIPPED)
def test_clean_text_skips_recognizer(scanner: Scanner, text: str, recognizer: str) -> None:
    gate = _gate(scanner, recognizer)
    assert gate is not None
    assert not gate.allows(text, TextFacts(text))


def test_phone_gate_needs_a_digit_chain() -> None:
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    gate = gate_for(PhoneRecognizer())
    assert gate is not None and gate.min_digits == MIN_PHONE_DIGITS
    assert gate.allows("tel 555-0148 9")
    assert not gate.allows("1 a long gap 2 another gap 3 and 4 and 5")


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
        "li.wei [at] mailhost [dot] com",
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


def test_steps_known_unchanged_are_skipped_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    """``normalize`` skips the first steps :func:`_steps_unchanged` found to change nothing:
    the same result as running every step, on texts changed by an early, a late or no
    step."""
    from residency.detectors import normalize as module

    texts = _texts() + [
        "联系电话：13812345678",
        "call <b>9123</b> 4567 now",
        "li.wei [at] mailhost [dot] com",
        "幺三八一二三四五六七八",
        "nine four two one, five five zero eight",
        "plain ascii text",
        "Ρaypal",
    ]
    skipped = {t: module._steps_unchanged(t) for t in texts}
    assert sum(1 for k in skipped.values() if k) > 50  # some steps skipped
    assert any(k is None for k in skipped.values()) and 0 in skipped.values()
    fast = [normalize(t) for t in texts]
    # Every step run: a text is unchanged or none of its steps is known to change nothing.
    monkeypatch.setattr(module, "_steps_unchanged", lambda t: None if skipped[t] is None else 0)
    assert [normalize(t) for t in texts] == fast


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


# -- what every match of a pattern needs (per-pattern conditions before the search) --------


@pytest.mark.parametrize(
    "pattern, flags, digits, run, chars",
    [
        (r"\d{17}[0-9Xx]", 0, 17, 17, None),
        (r"(?<![0-9])\d{6} \d{8} \d{3}[0-9Xx](?![0-9])", 0, 17, 8, " "),
        (r"\d{3}-?\d{4}", 0, 7, 4, None),
        (r"(?:\d{2}){3}x", 0, 6, 6, "x"),
        (r"\d(?:\d|a)\d", 0, 2, 1, None),
        (r"(\d)\1{5}", 0, 1, 1, None),  # back references count nothing
        (r"abc|\d{4}", 0, 0, 0, None),
        (r"1(?:3\d|4[5-9])\d{8}", 0, 11, 11, "1"),
        (r"[A-Z]\d{7}|[A-Z]{2}\d{6}", 0, 6, 6, None),
        (r"\d{3}(?=\d)\d", 0, 4, 4, None),  # look-arounds keep neighbours adjacent
        (r"\d{2}(?:[ -]?\d{2})+", 0, 4, 2, None),
        (r"\w+@\w+\.\w+", re.IGNORECASE, 0, 0, "@"),
        (r"(?:身份证|护照)号", 0, 0, 0, "号"),
        (r"(?:身份证|护照)", 0, 0, 0, "护身"),
        (r"Ab", 0, 0, 0, "A"),
        (r"ab", re.IGNORECASE, 0, 0, None),  # letters have case variants (K, ſ ...)
        (r"(?i:ab)c", 0, 0, 0, "c"),
        (r"(?i)a:", 0, 0, 0, ":"),
        (r"[[:digit:]]{5}", 0, 0, 0, None),  # regex-only syntax: no conditions
        (r"(?:foo){e<=1}", 0, 0, 0, None),
        (r"\p{Han}{2}", 0, 0, 0, None),
        (r"[^@]+@?", 0, 0, 0, None),
    ],
)
def test_pattern_needs(pattern: str, flags: int, digits: int, run: int, chars: str | None) -> None:
    needs = pattern_needs(pattern, flags)
    assert (needs.digits, needs.run) == (digits, run)
    assert needs.chars == (frozenset(chars) if chars else None)


@functools.cache
def _gated() -> list[tuple[str, PatternNeeds, Any]]:
    """(recognizer name, needs, compiled regex) of every distinct gated pattern (the bare
    regex, without a recognizer's own skip such as a context-required pattern's)."""
    scanner = Scanner()
    seen: dict[tuple[str, int], tuple[str, PatternNeeds, Any]] = {}
    for lang in ("en", "zh"):
        for recognizer, gate in scanner._patterns._by_language[lang]:
            for needs, rx in gate.patterns if gate is not None else ():
                bare = regex.compile(rx.pattern, rx.flags)
                seen.setdefault((rx.pattern, rx.flags), (recognizer.name, needs, bare))
    return list(seen.values())


@functools.cache
def _texts() -> list[str]:
    from residency.corpus import generate, generate_evasion, iter_fields

    records = generate(400, 21) + generate_evasion(200, 22)
    texts = [t for r in records for _, t in iter_fields(r.record)]
    texts += [t for t, _ in FOUND] + [t for t, _ in SKIPPED]
    return texts + [normalize(t).text for t in texts]


def test_gated_patterns_cover_every_family() -> None:
    names = {name for name, _, _ in _gated()}
    assert {"EmailRecognizer", "CreditCardRecognizer", "HealthInfoRecognizer"} <= names
    assert any(n.run >= 11 for _, n, _ in _gated()) and any(n.chars for _, n, _ in _gated())


def test_needs_hold_on_every_corpus_match() -> None:
    """Every text a pattern matches has what the pattern's needs ask for."""
    matched = 0
    for text in _texts():
        facts = TextFacts(text)
        for name, needs, rx in _gated():
            if rx.search(text) is not None:
                matched += 1
                assert needs.possible(facts), (name, rx.pattern)
    assert matched > 2000


# Characters the patterns are made of, so that random texts often match some of them.
_ALPHABET = "0123456789 -.:@+#()（）/_xXkKſEGCW年岁周号护照身份证京粤沪1abSTFGMBlkNo\n"


@given(
    st.lists(
        st.one_of(
            st.text(alphabet=_ALPHABET, max_size=12),
            st.sampled_from([t for t, _ in FOUND]),
            st.from_regex(r"\+?[0-9]{1,4}[ -]?[0-9]{3,8}", fullmatch=True),
            st.from_regex(r"[A-Za-z]{1,2}[0-9]{6,9}[0-9A-Z]?", fullmatch=True),
        ),
        max_size=6,
    )
)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_needs_hold_on_random_texts(parts: list[str]) -> None:
    text = "".join(parts)
    facts = TextFacts(text)
    for name, needs, rx in _gated():
        if rx.search(text) is not None:
            assert needs.possible(facts), (name, rx.pattern)


def test_caseless_characters_have_no_case_variants() -> None:
    """Under IGNORECASE the characters used in conditions match only themselves."""
    import regex

    ranges = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in CASELESS_RANGES)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    plain = regex.compile(f"[{ranges}]").findall(every)
    assert len(plain) == sum(hi - lo + 1 for lo, hi in CASELESS_RANGES)
    assert all(_caseless(c) for c in plain)
    # Nothing else matches them case-insensitively ...
    assert regex.compile(f"[{ranges}]", regex.IGNORECASE).findall(every) == plain
    assert all(c.lower() == c.upper() == c.casefold() == c for c in plain)
    among = "".join(plain)
    for c in plain[::499]:  # ... nor one another
        assert regex.compile(regex.escape(c), regex.IGNORECASE).findall(among) == [c]


def test_gate_decisions_match_a_plain_search(scanner: Scanner) -> None:
    """The per-pattern conditions only skip searches: the gate says what a search says."""
    for text in _texts()[:400]:
        facts = TextFacts(text)
        for recognizer, gate in scanner._patterns._by_language["zh"]:
            if gate is None or not gate.patterns:
                continue
            plain = (
                facts.digits >= gate.min_digits
                and (gate.reads is None or gate.reads(facts))
                and (
                    any(rx.search(text) is not None for _, rx in gate.patterns)
                    or (gate.check is not None and gate.check(text))
                )
            )
            assert gate.allows(text, facts) == plain, recognizer.name


def test_a_recognizer_finds_nothing_in_texts_its_gate_says_it_does_not_read(
    scanner: Scanner,
) -> None:
    """``reads`` (the given-name recognizer's script guard) only skips empty analyses."""
    skipped = 0
    for text in _texts()[:300]:
        facts = facts_for(text)
        for lang in ("en", "zh"):
            for recognizer, gate in scanner._patterns._by_language[lang]:
                if gate is None or gate.reads is None or gate.reads(facts):
                    continue
                skipped += 1
                assert recognizer.analyze(text, recognizer.supported_entities) == []
    assert skipped > 100


def test_skipping_patterns_finds_the_same_matches(scanner: Scanner) -> None:
    """A gated recognizer's patterns skip impossible texts and match the rest as before."""
    checked = 0
    texts = _texts()[:300]
    for recognizer, gate in scanner._patterns._by_language["zh"]:
        if gate is None or not gate.patterns:
            continue
        for pattern, (_, rx) in zip(recognizer.patterns, gate.patterns, strict=True):
            assert type(pattern.compiled_regex).__name__ == "_SkipImpossible"
            for text in texts:
                want = [m.span() for m in rx.finditer(text, timeout=60)]
                assert [m.span() for m in pattern.compiled_regex.finditer(text, timeout=60)] == want
                checked += bool(want)
    assert checked > 100


def test_strict_and_plain_presidio_keep_their_patterns(scanner: Scanner) -> None:
    """The skipping copies belong to the gated scanner; shared Pattern objects are untouched."""
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    from residency.detectors.china.cn_mobile_recognizer import CnMobileRecognizer

    strict = Scanner(ScannerConfig(strict=True))
    for recognizer, _ in strict._patterns._by_language["en"]:
        for pattern in vars(recognizer).get("patterns") or []:
            assert type(pattern.compiled_regex).__name__ != "_SkipImpossible"
    for cls in (EmailRecognizer, CnMobileRecognizer):
        for pattern in cls.PATTERNS:
            assert type(pattern.compiled_regex).__name__ != "_SkipImpossible"


def test_skipped_patterns_keep_the_timeout_on_long_texts() -> None:
    from residency.detectors.prefilter import TIMEOUT_ABOVE_CHARS, _SkipImpossible

    calls: list[dict[str, Any]] = []

    class Recorder:
        def finditer(self, text: str, *args: Any) -> list[Any]:
            calls.append(args)
            return []

    skip = _SkipImpossible(Recorder(), pattern_needs(r"@\d{3}"))
    assert list(skip.finditer("no at sign 123", timeout=60)) == [] and calls == []
    skip.finditer("a@123", timeout=60)
    skip.finditer("a@123 " + "x" * TIMEOUT_ABOVE_CHARS, timeout=60)
    # (pos, endpos, overlapped, concurrent, partial, timeout) by position: the engine
    # keeps the GIL (the same matches, no hand-over per short search)
    assert calls == [(None, None, False, False, False, None), (None, None, False, False, False, 60)]


def test_finditer_reuses_the_gates_search_of_the_same_text() -> None:
    """A pattern the gate searched is not searched from the start again: nothing found
    yields nothing without a search; a first match is yielded, then those after it --
    the same matches as a plain ``finditer`` (look-behinds see the text before it)."""
    import regex

    from residency.detectors.prefilter import RecognizerGate, _SkipImpossible, facts_for

    rx = regex.compile(r"(?<=[a-z] )\d{2}|\bx+")
    text = "ab 12 cd 34 x 56"
    needs = pattern_needs(rx.pattern)
    gate = RecognizerGate(patterns=((needs, rx),))
    facts = facts_for(text)
    assert gate.allows(text, facts) and facts.found[id(rx)].span() == (3, 5)
    skip = _SkipImpossible(rx, needs)
    spans = [m.span() for m in skip.finditer(text)]
    assert spans == [m.span() for m in rx.finditer(text)] == [(3, 5), (9, 11), (12, 13), (14, 16)]

    calls: list[str] = []

    class Recorder:
        pattern = r"@\d{3}"

        def search(self, text: str, *args: Any) -> None:
            calls.append("search")

        def finditer(self, text: str, *args: Any) -> list[Any]:
            calls.append("finditer")
            return []

    recorder = Recorder()
    needs = pattern_needs(recorder.pattern)
    other = "mail a@123 now"
    facts = facts_for(other)
    assert not RecognizerGate(patterns=((needs, recorder),)).allows(other, facts)
    assert list(_SkipImpossible(recorder, needs).finditer(other)) == []
    assert calls == ["search"]


def test_facts_share_the_script_profile() -> None:
    """One profile per text: the scanner's and the given-name recognizer's are the same."""
    from residency.detectors.language import profile
    from residency.detectors.prefilter import facts_for

    text = "Contact Ahmad Faizal about the order"
    facts = facts_for(text)
    assert facts.script == profile(text)
    assert facts_for(text).script is facts.script
    known = profile("其他文字")
    assert facts_for("其他文字", known).script is known


def test_the_address_gate_only_skips_texts_without_a_hint() -> None:
    """The address recognizer reads a text only if its Simplified form has a hint: the
    gate passes every such text (the table maps one character to one)."""
    from residency.detectors.chinese.hant import to_hans
    from residency.detectors.chinese.zh_address_recognizer import _HINT
    from residency.detectors.prefilter import has_address_hint

    texts = _texts() + [
        "台中市北屯區崇德路322號18樓",
        "沙田禾輋邨豐和樓1203室",
        "北京胡同",
        "no hint",
    ]
    hinted = 0
    for text in texts:
        assert to_hans(text) == "".join(to_hans(c) for c in text)
        if _HINT.search(to_hans(text)):
            hinted += 1
            assert has_address_hint(text), text[:20]
    assert hinted > 20


def test_needs_masks_agree_with_each_needs_possible() -> None:
    """One integer test per pattern (:class:`NeedsMasks`) says what ``possible`` says, for
    every gated pattern and normalisation step, on texts they match and texts they don't."""
    from residency.detectors.normalize import _substitution_needs

    needs = [n for _, n, _ in _gated()] + list(_substitution_needs())
    needs += [
        PatternNeeds(),
        PatternNeeds(digits=3, run=2),
        PatternNeeds(chars=frozenset("@＠"), also=(frozenset("."), frozenset("ab"))),
        PatternNeeds(chars=frozenset()),  # an empty set: never possible
    ]
    masks = NeedsMasks(needs)
    texts = _texts() + ["", "12", "a@b.c", "x@y", "123 45", "無"]
    yes = no = 0
    for text in texts:
        facts = TextFacts(text)
        met = masks.met(facts)
        for n, mask in zip(needs, masks.masks, strict=True):
            # (the masks leave a declared search, ``guard``, to the caller)
            possible = dataclasses.replace(n, guard=None).possible(facts)
            assert (met & mask == mask) is possible, (text[:30], n)
            yes += possible
            no += not possible
    assert yes > 1000 and no > 1000


def test_declared_searches_hold_on_every_match() -> None:
    """A pattern's declared search (:func:`require_search`) finds something in every text
    the pattern matches, and the gate skips only texts where it finds nothing."""
    from residency.detectors.malaysia.my_name_recognizer import MyNameRecognizer

    guarded = [(name, n, rx) for name, n, rx in _gated() if n.guard is not None]
    assert len(guarded) >= 5
    assert {name.split("_")[0] for name, _, _ in guarded} == {
        "MyNameRecognizer",
        "LabelledNameRecognizer",
    }
    texts = _texts() + [
        "Haslinda pinjam duit aku semalam",
        "Priya's EP renewal was rejected again",
        "Salary advance for Kumar, approved",
        "Arjun Menon's Employment Pass renewal was rejected",
        "Hazwan's last drawn salary was paid late",
        "Jason from ops will call you",
        "Siti in HR has the forms",
        "Jason from the gym, Siti in town",  # a department word missing: no match
        "NAME: TAN AH KOW\nIC: 900307-14-5678",
        "Patient name : Siti Aminah Binti Ali",
        "name tag on the desk",  # a label without its colon: no match
        "pls call ahmad faizal tomorrow",
        "tell mei ling i said hi",
    ]
    matched = skipped = 0
    for text in texts:
        facts = TextFacts(text)
        for name, needs, rx in guarded:
            found = rx.search(text) is not None
            has_guard = facts.finds(needs.guard)
            assert has_guard == (needs.guard.search(text) is not None)
            assert not found or (has_guard and needs.possible(facts)), (name, text[:40])
            matched += found
            skipped += not has_guard
    assert matched >= 8 and skipped > 100
    assert {p.name for p in MyNameRecognizer.PATTERNS} >= {
        "given name with a private matter",
        "owner of a private matter",
        "given name by department",
        "lower-case name",
    }
