"""A context-required pattern skips texts without its context words: same results as
searching every text (the recognizer with its bare patterns)."""

from __future__ import annotations

import copy
import re

import pytest
import regex

from residency.detectors.china.cn_hk_macau_permit_recognizer import CnHkMacauPermitRecognizer
from residency.detectors.china.cn_home_return_permit_recognizer import (
    CnHomeReturnPermitRecognizer,
)
from residency.detectors.china.cn_qq_recognizer import CnQqNumberRecognizer
from residency.detectors.china.cn_taiwan_permit_recognizer import CnTaiwanPermitRecognizer
from residency.detectors.china.cn_wechat_recognizer import CnWechatIdRecognizer
from residency.detectors.country_base import CountryPatternRecognizer, _ContextRequired
from residency.detectors.macau.mo_bir_recognizer import MoBirRecognizer

RECOGNIZERS = [
    CnWechatIdRecognizer,
    CnQqNumberRecognizer,
    MoBirRecognizer,
    CnHkMacauPermitRecognizer,
    CnHomeReturnPermitRecognizer,
    CnTaiwanPermitRecognizer,
]
TEXTS = [
    "my wechat is mingming",
    "WeChat: zhang_san88 or call",
    "WECHAT ID abcdef1",
    "awechat: abcdef1",  # context word inside a longer word: window check decides
    "wechatid mingming",
    "加微信号mingming_88",
    "plain English prose without any messenger handle at all",
    "qq 123456789",
    "QQ号：12345678",
    "qqq12345678",
    "12345678 qq",  # context after the value only
    "澳門身份證 12345678",
    "id card 1234567(8) and 52345678",
    "bir12345678",
    "回乡证号码 H12345678 and hrp M1234567801",
    "台胞证 12345678(B); MTP no. 04561234; mtp12345678",
    "",
]


def _bare(recognizer: CountryPatternRecognizer) -> CountryPatternRecognizer:
    """The same recognizer with plain compiled patterns (every text searched)."""
    twin = copy.copy(recognizer)
    patterns = []
    for pattern in recognizer.patterns:
        p = copy.copy(pattern)
        p.compiled_regex = regex.compile(p.regex, flags=recognizer.global_regex_flags)
        patterns.append(p)
    twin.patterns = patterns
    return twin


def _spans(recognizer: CountryPatternRecognizer, text: str) -> list[tuple[int, int, float]]:
    found = recognizer.analyze(text, entities=[recognizer.supported_entities[0]])
    return sorted((r.start, r.end, r.score) for r in found)


@pytest.mark.parametrize("cls", RECOGNIZERS)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_skip_agrees_with_full_search(cls: type[CountryPatternRecognizer], language: str) -> None:
    recognizer = cls(supported_language=language)
    assert any(isinstance(p.compiled_regex, _ContextRequired) for p in recognizer.patterns)
    bare = _bare(recognizer)
    for text in TEXTS:
        assert _spans(recognizer, text) == _spans(bare, text), text


def test_skip_only_without_any_context_word() -> None:
    rx = _ContextRequired(regex.compile(r"\d+"), ["qq", "扣扣"])
    assert rx.search("no handle 123") is None
    assert list(rx.finditer("no handle 123")) == []
    assert rx.search("QQ 123") is not None
    assert [m.group() for m in rx.finditer("扣扣 123 45")] == ["123", "45"]
    assert rx.pattern == r"\d+"


def test_remembered_answer_is_the_texts_own() -> None:
    """The last text's answer is reused only for that very text: equal texts built anew,
    other texts and the empty text in any order get the answer of a fresh search."""
    rx = _ContextRequired(regex.compile(r"\d+"), ["qq", "扣扣"])
    fresh = [(t, _ContextRequired(regex.compile(r"\d+"), ["qq", "扣扣"])) for t in TEXTS]
    for text in TEXTS + TEXTS[::-1] + ["".join(["Q", "Q 1"]), "", "qq 1", "qq 1"]:
        expected = _ContextRequired(regex.compile(r"\d+"), ["qq", "扣扣"]).possible(text)
        assert rx.possible(text) is expected, text
        assert (rx.search(text) is not None) == (
            expected and regex.search(r"\d+", text) is not None
        )
    assert all(c.possible(t) == rx.possible(t) for t, c in fresh)


# Every code point but the surrogates, each once: where a pattern matches in it, it
# matches that character.
_ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.fixture(scope="module")
def country_recognizers() -> list[CountryPatternRecognizer]:
    from residency.detectors.engine import Scanner

    found = [r for r in Scanner()._patterns.recognizers if isinstance(r, CountryPatternRecognizer)]
    assert len(found) > 40
    return found


def _words(recognizer: CountryPatternRecognizer) -> list[str]:
    from residency.detectors.country_base import _with_hans

    return [*_with_hans(recognizer.context), *_with_hans(recognizer.NEGATIVE_CONTEXT)]


def test_first_character_guard_keeps_every_character_a_word_can_start_with(
    country_recognizers: list[CountryPatternRecognizer],
) -> None:
    """Whatever character a word's first letter matches case-insensitively (any code
    point: Kelvin sign, long s, dotted I ...), the guard's character set matches too."""
    from residency.detectors.country_base import first_character_guard

    literal: dict[str, set[int]] = {}
    for recognizer in country_recognizers:
        words = _words(recognizer)
        guard = first_character_guard(words)
        assert guard, recognizer.name
        allowed = {m.start() for m in re.finditer(guard + ".", _ALL_CHARACTERS, re.I | re.S)}
        for first in {w[0] for w in words}:
            if first not in literal:
                rx = re.compile(re.escape(first), re.I)
                literal[first] = {m.start() for m in rx.finditer(_ALL_CHARACTERS)}
            assert literal[first] <= allowed, (recognizer.name, first)


def test_service_number_guard_keeps_every_character_a_service_word_can_start_with() -> None:
    """The post-filter's guarded service-word search (``_SERVICE_NUMBER_BEFORE``) leaves
    no position where a word of ``SERVICE_LINE_WORDS`` can start, whatever its case."""
    from residency.detectors.country_base import SERVICE_LINE_WORDS, first_character_guard

    guard = first_character_guard(SERVICE_LINE_WORDS)
    assert guard
    allowed = {m.start() for m in re.finditer(guard + ".", _ALL_CHARACTERS, re.I | re.S)}
    for first in {w[0] for w in SERVICE_LINE_WORDS}:
        matched = {m.start() for m in re.finditer(re.escape(first), _ALL_CHARACTERS, re.I)}
        assert matched <= allowed, first


WINDOWS = [
    "请在下午三点以后打给我，谢谢，我的号码是 ",
    "聯絡電話：",
    "Hi team, please give the courier a ring at ",
    "PHONE NO. ",
    "\u212aontact me on ",  # Kelvin sign
    "\u017fms me at ",  # long s
    "İc number ",
    "call centre hotline ",
    "order number ",
    "訂單號碼 ",
    "",
]


def test_guarded_word_search_finds_what_the_bare_search_finds(
    country_recognizers: list[CountryPatternRecognizer],
) -> None:
    for recognizer in country_recognizers:
        guarded = recognizer._any_word
        bare = re.compile(guarded.pattern[guarded.pattern.index("])") + 2 :], re.I)
        assert guarded.pattern.startswith("(?=[") and bare.pattern.startswith("(?=(?P<")
        for window in WINDOWS:
            got = [
                (m.start(), m.lastgroup, m.group(m.lastgroup or 0))
                for m in guarded.finditer(window)
            ]
            want = [
                (m.start(), m.lastgroup, m.group(m.lastgroup or 0)) for m in bare.finditer(window)
            ]
            assert got == want, (recognizer.name, window)


def _unguarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without its leading first-character guard."""
    assert rx.pattern.startswith("(?=[")
    return re.compile(rx.pattern[rx.pattern.index("])") + 2 :], rx.flags)


def test_guarded_positive_and_required_words_search_as_bare_ones(
    country_recognizers: list[CountryPatternRecognizer],
) -> None:
    texts = WINDOWS + TEXTS + [w + "1234 5678" for w in WINDOWS]
    for recognizer in country_recognizers:
        searches = [recognizer._positive] if recognizer._positive is not None else []
        searches += [
            p.compiled_regex._words
            for p in recognizer.patterns
            if isinstance(p.compiled_regex, _ContextRequired)
        ]
        for rx in searches:
            bare = _unguarded(rx)
            for text in texts:
                got, want = rx.search(text), bare.search(text)
                assert (got and got.span()) == (want and want.span()), (recognizer.name, text)


SCANNED = [
    "HKID: Ａ１２３４５６（７），电话：９１２３ ４５６７！",
    "聯絡電話：６１２３４５６７；身分證字號：Ａ１２３４５６７８９",
    "ｊｏｈｎ．ｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ，微信号：ｍｉｎｇｍｉｎｇ＿８８",
    "手机：１３８，２７４９，５１６３。QQ号：12345678",
    "Call me on 9123 4567 or WhatsApp +65 8123 4567; order number 91234567.",
    "my ic 900307-14-5678, nombor telefon 012-338 4719, call centre 1300 88 1234",
    "\u212aontact: 9123 4567, \u017fms 8123 4567",
]


def test_scanner_finds_the_same_with_bare_context_searches() -> None:
    """End to end: with every first-character guard taken off again, the scanner's
    findings on texts full of context words, full-width punctuation and digits are the
    same."""
    from residency.detectors.engine import Scanner, ScannerConfig

    def findings(scanner: Scanner) -> list[tuple[str, int, int, float, str]]:
        results = scanner.scan_records([{"text": t} for t in SCANNED])
        return [
            (f.entity_type, f.start, f.end, f.score, f.masked) for r in results for f in r.findings
        ]

    guarded = Scanner(ScannerConfig(cache_size=0))
    want = findings(guarded)
    bare = Scanner(ScannerConfig(cache_size=0))
    stripped = 0
    for recognizer in bare._patterns.recognizers:
        if not isinstance(recognizer, CountryPatternRecognizer):
            continue
        # (the searches are compiled from their sources on first use)
        recognizer._any_word_source = _unguarded(recognizer._any_word).pattern
        if recognizer._positive is not None:
            recognizer._positive_source = _unguarded(recognizer._positive).pattern
        for p in recognizer.patterns:
            if isinstance(p.compiled_regex, _ContextRequired):
                p.compiled_regex._words = _unguarded(p.compiled_regex._words)
        stripped += 1
    assert stripped > 40
    assert len(want) >= 10
    assert findings(bare) == want


def test_window_enhancer_and_organisation_guards_change_no_search(
    country_recognizers: list[CountryPatternRecognizer],
) -> None:
    """The window context enhancer's word search (case-insensitive: every code point
    checked for each first character) and the organisation gazetteer's Latin search find
    what their bare searches find."""
    from residency.detectors.chinese.public_figures import _organisation_patterns
    from residency.detectors.context import _pattern
    from residency.detectors.engine import Scanner

    scanner = Scanner()
    searches = []
    for recognizer in scanner._patterns.recognizers + scanner._costly.recognizers:
        words = tuple(getattr(recognizer, "context", None) or ())
        if words:
            searches.append(_pattern(words))
    searches.append(_organisation_patterns()[0])
    assert len(searches) > 40
    texts = WINDOWS + TEXTS + ["Morgan Stanley and Johnson & Johnson", "HSBC Holdings, hsbc"]
    checked: set[str] = set()
    for rx in searches:
        bare = _unguarded(rx)
        for text in texts:
            got, want = rx.search(text), bare.search(text)
            assert (got and got.span()) == (want and want.span()), (rx.pattern[:60], text)
        guard = rx.pattern[: rx.pattern.index("])") + 2]
        if guard in checked:
            continue
        checked.add(guard)
        allowed = {m.start() for m in re.finditer(guard + ".", _ALL_CHARACTERS, rx.flags | re.S)}
        for first in guard[4:-2].replace("\\", ""):
            literal = re.compile(re.escape(first), rx.flags)
            assert {m.start() for m in literal.finditer(_ALL_CHARACTERS)} <= allowed, first


def test_word_start_guards_change_no_context_search(
    country_recognizers: list[CountryPatternRecognizer],
) -> None:
    """The context searches with each kind's word-start guard (:func:`word_start_guard`)
    find what the same searches without it find: every word, where it starts, of which
    kind, inside longer words or not, after any letter a case-insensitive look-behind
    reads (Kelvin sign, long s, dotted I)."""
    from residency.corpus import generate, iter_fields
    from residency.detectors.country_base import (
        _reading,
        _with_hans,
        _word_regex,
        first_character_guard,
        word_start_guard,
    )

    texts = [_reading(t) for t in WINDOWS + TEXTS]
    texts += [_reading(t) for r in generate(60, 7) for _, t in iter_fields(r.record)]
    before = ["", "a", "\u212a", "\u017f", "İ", "1", " ", "号", "_"]
    checked = 0
    for recognizer in country_recognizers:
        positive_words = _with_hans(recognizer.context)
        negative_words = _with_hans(recognizer.NEGATIVE_CONTEXT)
        words = sorted({*positive_words, *negative_words}, key=len)[:40]
        texts_here = texts + [b + w + " 9123 4567" for w in words for b in before]
        parts = [
            (g, _word_regex(ws)) for g, ws in (("neg", negative_words), ("pos", positive_words))
        ]
        bare_any = re.compile(
            first_character_guard([*positive_words, *negative_words])
            + "(?="
            + "|".join(f"(?P<{g}>{rx})" for g, rx in parts if rx)
            + ")",
            re.I,
        )
        pairs = [(recognizer._any_word, bare_any)]
        if recognizer._positive is not None:
            bare = first_character_guard(positive_words) + f"(?:{_word_regex(positive_words)})"
            pairs.append((recognizer._positive, re.compile(bare, re.I)))
        assert word_start_guard(positive_words) in recognizer._any_word.pattern
        for guarded, bare_rx in pairs:
            assert guarded.pattern != bare_rx.pattern
            for text in texts_here:
                got = [
                    (m.span(), m.lastgroup, m.span(m.lastgroup or 0))
                    for m in guarded.finditer(text)
                ]
                want = [
                    (m.span(), m.lastgroup, m.span(m.lastgroup or 0))
                    for m in bare_rx.finditer(text)
                ]
                assert got == want, (recognizer.name, text[:40])
                checked += bool(want)
    assert checked > 1000
