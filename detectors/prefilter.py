"""Cheap, exact pre-filters that decide which recognizers can possibly fire on a text.

Every check here is a *necessary condition* for a recognizer to return anything, so
skipping a recognizer whose check fails never loses a finding:

* a regex recognizer (Presidio ``PatternRecognizer`` and our country recognizers) can only
  report a span that one of its patterns matches, so it runs only when at least one of its
  compiled patterns ``search``-es the text (one C-level scan, without Presidio's per-pattern
  bookkeeping).  A pattern is searched only if the text has what every match of it needs
  (:class:`PatternNeeds`, read off the pattern's parse tree): enough digits, a long enough
  run of consecutive digits, one of a few characters (``@`` for e-mail, one character of
  each word of a Chinese keyword list ...).  Those facts are computed once per text
  (:class:`TextFacts`) and shared by every recognizer.  When such a recognizer runs,
  Presidio's loop over its patterns skips those the text cannot match
  (:func:`skip_impossible_patterns`);
* Presidio's ``PhoneRecognizer`` (python-phonenumbers, ``VALID`` leniency) only reports
  valid numbers, and no country code plus national number is shorter than
  :data:`MIN_PHONE_DIGITS` digits;
* the Chinese name recognizer only keeps two-to-four Han character words that start with
  a surname, so the tagger runs only when a surname character is followed by a Han
  character (:func:`has_name_candidate`).

Recognizers this module does not know are always run (fail closed).

:class:`TextCache` is a bounded LRU map used to scan each distinct text once per process:
fine-tuning sets repeat system prompts and assistant boilerplate verbatim.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
import operator
import re
import re._constants as sre_constants
import re._parser as sre_parse
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import regex

from residency.detectors.language import ScriptProfile, profile
from residency.detectors.patterns import compile_patterns

# Fewest digits of any valid phone number with its country code (Niue, St Helena: 3 + 4).
MIN_PHONE_DIGITS = 5
# Pattern pre-checks on texts longer than this run under Presidio's regex timeout.
TIMEOUT_ABOVE_CHARS = 2000
# Digits as the ``regex`` module (Presidio's matcher) reads ``\d``.
_DIGIT = regex.compile(r"\d")
_DIGIT_RUN = regex.compile(r"\d+")

K = TypeVar("K")
V = TypeVar("V")


def digit_count(text: str) -> int:
    return len(_DIGIT.findall(text))


class TextFacts:
    """What the pre-filters and recognizers ask of one text, computed once and shared."""

    __slots__ = ("_chars", "_script", "digits", "found", "run", "text")

    def __init__(self, text: str, script: ScriptProfile | None = None) -> None:
        runs = _DIGIT_RUN.findall(text, None, None, False, False)  # see _any_search
        self.text = text
        self.digits = sum(map(len, runs))
        self.run = max(map(len, runs), default=0)
        self._chars: frozenset[str] | None = None
        self._script = script
        # What the gates' searches of compiled patterns (by id) found in this text: the
        # first match or None; a recognizer's finditer of the same pattern reuses it.
        self.found: dict[int, Any] = {}

    @property
    def chars(self) -> frozenset[str]:
        if self._chars is None:
            self._chars = frozenset(self.text)
        return self._chars

    def finds(self, rx: Any) -> bool:
        """Whether the compiled ``rx`` searches this text (remembered in :attr:`found`, as
        the gates' searches are; with Presidio's timeout on a long text, as they are)."""
        found = self.found.get(id(rx), _NOT_SEARCHED)
        if found is _NOT_SEARCHED:
            timeout = pattern_timeout() if len(self.text) > TIMEOUT_ABOVE_CHARS else None
            # (string, pos, endpos, concurrent, partial, timeout): see _any_search
            found = rx.search(self.text, None, None, False, False, timeout)
            self.found[id(rx)] = found
        return found is not None

    @property
    def script(self) -> ScriptProfile:
        """The text's :func:`~residency.detectors.language.profile`."""
        if self._script is None:
            self._script = profile(self.text)
        return self._script


_CURRENT = threading.local()


def facts_for(text: str, script: ScriptProfile | None = None) -> TextFacts:
    """The facts of ``text``: those of the text this thread is scanning, or new ones
    (knowing its ``script`` profile if given)."""
    facts: TextFacts | None = getattr(_CURRENT, "facts", None)
    if facts is None or facts.text is not text:
        facts = TextFacts(text, script)
        _CURRENT.facts = facts
    return facts


def peek_facts(text: str) -> TextFacts:
    """The facts of ``text`` like :func:`facts_for`, without replacing the thread's."""
    facts: TextFacts | None = getattr(_CURRENT, "facts", None)
    if facts is None or facts.text is not text:
        return TextFacts(text)
    return facts


@dataclass(frozen=True)
class PatternNeeds:
    """What any text a pattern can match contains (a necessary condition, never more).

    ``digits`` decimal digits in all, a run of ``run`` consecutive ones, at least one
    of ``chars`` (``None``: no character condition) and one of each set of ``also``
    (commoner characters, such as ``A-Z``: cheap to check, and Chinese text lacks them),
    and a match of ``guard`` (a compiled search declared with :func:`require_search`),
    tested last: it is the costliest.
    """

    digits: int = 0
    run: int = 0
    chars: frozenset[str] | None = None
    also: tuple[frozenset[str], ...] = ()
    guard: Any = None

    def possible(self, facts: TextFacts) -> bool:
        return (
            facts.digits >= self.digits
            and facts.run >= self.run
            and (self.chars is None or not self.chars.isdisjoint(facts.chars))
            and all(not s.isdisjoint(facts.chars) for s in self.also)
            and (self.guard is None or facts.finds(self.guard))
        )


class NeedsMasks:
    """The needs of many patterns as bit masks, for testing them all on one text.

    Each distinct condition (at least ``d`` digits, a run of ``r``, one character of a
    set) has a bit; ``masks[i]`` holds the bits of ``needs[i]``'s conditions and
    :meth:`met` the bits of those a text meets, so ``needs[i].possible(facts)`` is
    ``met & masks[i] == masks[i]``: one integer test per pattern instead of a set test
    per condition.  :meth:`met` looks only at the text's characters that some set holds.
    """

    __slots__ = ("_char_bits", "_chars", "_digits", "_runs", "masks")

    def __init__(self, needs: tuple[PatternNeeds, ...] | list[PatternNeeds]) -> None:
        bits: dict[Any, int] = {}

        def bit(condition: Any) -> int:
            return bits.setdefault(condition, 1 << len(bits))

        masks = []
        for n in needs:
            mask = 0
            if n.digits > 0:
                mask |= bit(("digits", n.digits))
            if n.run > 0:
                mask |= bit(("run", n.run))
            for chars in (n.chars, *n.also) if n.chars is not None else n.also:
                mask |= bit(chars)
            masks.append(mask)
        self.masks: tuple[int, ...] = tuple(masks)
        # The bits a count of digits (a run's length) meets, by count up to the largest
        # threshold: those of every threshold at most the count.
        self._digits = self._by_count(bits, "digits")
        self._runs = self._by_count(bits, "run")
        char_bits: dict[str, int] = {}
        for condition, b in bits.items():
            if type(condition) is frozenset:
                for c in condition:
                    char_bits[c] = char_bits.get(c, 0) | b
        self._char_bits = char_bits
        self._chars = frozenset(char_bits)

    @staticmethod
    def _by_count(bits: dict[Any, int], kind: str) -> tuple[int, ...]:
        thresholds = [(c[1], b) for c, b in bits.items() if type(c) is tuple and c[0] == kind]
        most = max((need for need, _ in thresholds), default=0)
        return tuple(
            functools.reduce(operator.or_, (b for need, b in thresholds if count >= need), 0)
            for count in range(most + 1)
        )

    def met(self, facts: TextFacts) -> int:
        """The bits of the conditions that the text of ``facts`` meets."""
        digits, runs = self._digits, self._runs
        out = digits[min(facts.digits, len(digits) - 1)] | runs[min(facts.run, len(runs) - 1)]
        char_bits = self._char_bits
        for c in self._chars.intersection(facts.chars):
            out |= char_bits[c]
        return out


def pattern_timeout() -> float:
    """Presidio's regex timeout (seconds), which its matcher gives long texts."""
    from presidio_analyzer import pattern_recognizer

    return float(pattern_recognizer.REGEX_TIMEOUT_SECONDS)


@dataclass(frozen=True)
class RecognizerGate:
    """When a recognizer can fire.

    At least ``min_digits`` digits, the recognizer ``reads`` the text (if given: a
    recognizer that reads only some scripts), and -- for a regex recognizer -- one of its
    ``patterns`` (needs, compiled regex) searches the text or ``check(text)`` (if given:
    what finds its findings beyond its patterns); for another recognizer ``check(text)``.
    """

    min_digits: int = 0
    check: Callable[[str], bool] | None = None
    patterns: tuple[tuple[PatternNeeds, Any], ...] = ()
    reads: Callable[[TextFacts], bool] | None = None

    def allows(self, text: str, facts: TextFacts | None = None) -> bool:
        if facts is None:
            facts = TextFacts(text)
        if facts.digits < self.min_digits:
            return False
        if self.reads is not None and not self.reads(facts):
            return False
        if self.patterns:
            return _any_search(self.patterns, text, facts) or (
                self.check is not None and self.check(text)
            )
        return self.check is None or self.check(text)


def _any_search(
    patterns: tuple[tuple[PatternNeeds, Any], ...], text: str, facts: TextFacts
) -> bool:
    """Whether one of the patterns the text can match (by its facts) searches it.

    Same engine and flags as Presidio's matcher.  The regex module's timeout costs more
    than the search itself on a short text, so only long texts (where a slow match could
    hurt) get it; a timeout raises and the record is quarantined, where Presidio would log
    it and skip the pattern.  ``concurrent=False``: the engine keeps the GIL instead of
    releasing and taking it again around each search of a text (the same matches).  The
    arguments go by position: the ``regex`` module's keyword parsing costs more than the
    GIL hand-over it saves.
    """
    timeout = pattern_timeout() if len(text) > TIMEOUT_ABOVE_CHARS else None
    digits, run = facts.digits, facts.run
    chars: frozenset[str] | None = None
    found_by = facts.found
    for needs, rx in patterns:
        # needs.possible(facts), unrolled: this loop runs for every recognizer and text.
        if digits < needs.digits or run < needs.run:
            continue
        if needs.chars is not None or needs.also:
            if chars is None:
                chars = facts.chars
            if needs.chars is not None and needs.chars.isdisjoint(chars):
                continue
            if any(s.isdisjoint(chars) for s in needs.also):
                continue
        if needs.guard is not None and not facts.finds(needs.guard):
            continue
        # (string, pos, endpos, concurrent, partial, timeout), positionally
        if timeout is None:
            found = rx.search(text, None, None, False)
        else:
            found = rx.search(text, None, None, False, False, timeout)
        found_by[id(rx)] = found
        if found is not None:
            return True
    return False


def min_digits(pattern: str) -> int:
    """Fewest decimal digits any match of ``pattern`` contains (0 when unsure).

    Walks the stdlib parse tree: a literal digit or a class of digits only counts one, a
    repeat counts its minimum, a branch its cheapest alternative; look-arounds and back
    references count nothing.  Syntax the stdlib parser rejects gives 0 (no gate).
    """
    try:
        tree = sre_parse.parse(pattern)
    except Exception:
        return 0
    return _min_digits(tree)


def _is_digit_class(items: Any) -> bool:
    if not items:
        return False
    for op, av in items:
        if op is sre_constants.LITERAL and chr(av).isdecimal():
            continue
        if op is sre_constants.RANGE and all(chr(c).isdecimal() for c in range(av[0], av[1] + 1)):
            continue
        if op is sre_constants.CATEGORY and av in (
            sre_constants.CATEGORY_DIGIT,
            sre_constants.CATEGORY_UNI_DIGIT,
        ):
            continue
        return False  # NEGATE, letters, other categories
    return True


def _min_digits(seq: Any) -> int:
    total = 0
    for op, av in seq:
        if op is sre_constants.LITERAL:
            total += chr(av).isdecimal()
        elif op is sre_constants.IN:
            total += _is_digit_class(av)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) or (
            op is getattr(sre_constants, "POSSESSIVE_REPEAT", None)
        ):
            total += av[0] * _min_digits(av[2])
        elif op is sre_constants.SUBPATTERN:
            total += _min_digits(av[-1])
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            total += _min_digits(av)
        elif op is sre_constants.BRANCH:
            total += min(_min_digits(alt) for alt in av[1])
        elif op is sre_constants.GROUPREF_EXISTS:
            total += min(_min_digits(av[1]), _min_digits(av[2]) if av[2] else 0)
        # AT, ANY, ASSERT(_NOT), GROUPREF, NOT_LITERAL, CATEGORY: nothing certain
    return total


# Syntax of the ``regex`` module that the stdlib parser would misread (POSIX classes,
# fuzzy matching, Unicode properties, version and case flags ...): no needs are derived.
_REGEX_ONLY_SYNTAX = ("[:", "(?V", "(?|", "(?f", "(?r", "(?b", "(?e", "(?&", "(?R", "(?(",
                      "\\p", "\\P", "\\m", "\\M", "\\G", "\\K", "\\X", "{e", "{i", "{d", "{s")  # fmt: skip
_STDLIB_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.ASCII | re.UNICODE
_LARGEST_CLASS = 30_000  # characters; larger classes give no condition
_MOST_COMMON = 25.0  # a character condition this common (by _weight) is not worth a check


# Searches every match of a pattern needs and its parse tree does not show (the words of
# a look-around in each of its branches): pattern -> the search's pattern.
_REQUIRED_SEARCHES: dict[str, str] = {}


def require_search(pattern: str, guard: str) -> str:
    """``pattern``, declaring that every text it matches has a match of ``guard`` (by the
    same engine and flags): for instance a positive look-around that each branch of
    ``pattern`` holds, whose contents then match in the text where the look-around does.
    The gates search ``guard`` (once per text) before ``pattern``, whose search is slower.
    """
    _REQUIRED_SEARCHES[pattern] = guard
    return pattern


@functools.cache
def _compiled_guard(guard: str, flags: int) -> Any:
    return regex.compile(guard, flags)


def pattern_needs(pattern: str, flags: int = 0) -> PatternNeeds:
    """What every text that ``pattern`` (compiled by ``regex`` with ``flags``) matches has.

    Read off the stdlib parse tree; anything unsure gives no condition (a looser need is
    always safe).  Under IGNORECASE only characters without case variants (ASCII
    punctuation, CJK characters and punctuation ...) make character conditions.  A search
    declared with :func:`require_search` is the ``guard``.
    """
    needs = _parsed_needs(pattern, flags)
    guard = _REQUIRED_SEARCHES.get(pattern)
    if guard is None:
        return needs
    return dataclasses.replace(needs, guard=_compiled_guard(guard, flags))


# (a recognizer's patterns are read once per language it is built for: the same text)
@functools.cache
def _parsed_needs(pattern: str, flags: int) -> PatternNeeds:
    if flags & ~_STDLIB_FLAGS or any(s in pattern for s in _REGEX_ONLY_SYNTAX):
        return PatternNeeds()
    try:
        tree = sre_parse.parse(pattern, flags)
    except Exception:
        return PatternNeeds()
    icase = bool((flags | tree.state.flags) & re.IGNORECASE)
    sets = _char_sets(tree, icase)
    chars = _cheapest(sets)
    return PatternNeeds(
        digits=_min_digits(tree),
        run=_shape(tree).best,
        chars=chars,
        also=_also(sets, chars),
    )


_MOST_ALSO = 3  # further character conditions kept per pattern
_LARGEST_ALSO = 100  # characters; a condition is a set lookup per character of the smaller


def _also(sets: list[frozenset[str]], chars: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    """Up to :data:`_MOST_ALSO` further conditions, rarest first (all necessary too)."""
    small = {s for s in sets if len(s) <= _LARGEST_ALSO and s != chars}
    # Drop a set that contains another kept one (implied by it) or the main condition.
    small = {s for s in small if not any(o < s for o in small) and not (chars and chars <= s)}
    ranked = sorted(small, key=lambda s: (sum(map(_weight, s)), sorted(s)))
    return tuple(ranked[:_MOST_ALSO])


@dataclass(frozen=True)
class _Shape:
    """Digit runs of every match of a node: a lower bound of each."""

    full: bool  # only digits (possibly none)
    length: int  # if full: fewest digits
    pre: int  # digits every match starts with
    suf: int  # digits every match ends with
    best: int  # longest run of consecutive digits every match holds


_EMPTY = _Shape(True, 0, 0, 0, 0)
_OTHER = _Shape(False, 0, 0, 0, 0)


def _digits(n: int) -> _Shape:
    return _Shape(True, n, n, n, n)


def _concat(a: _Shape, b: _Shape) -> _Shape:
    if a.full and b.full:
        return _digits(a.length + b.length)
    pre = a.length + b.pre if a.full else a.pre
    suf = a.suf + b.length if b.full else b.suf
    return _Shape(False, 0, pre, suf, max(a.best, b.best, a.suf + b.pre, pre, suf))


def _is_ascii_digit_class(items: Any) -> bool:
    """A class every character of which is a digit (to ``regex``'s ``\\d`` as well)."""
    if not items:
        return False
    for op, av in items:
        if op is sre_constants.LITERAL and 0x30 <= av <= 0x39:
            continue
        if op is sre_constants.RANGE and av[0] >= 0x30 and av[1] <= 0x39:
            continue
        if op is sre_constants.CATEGORY and av in (
            sre_constants.CATEGORY_DIGIT,
            sre_constants.CATEGORY_UNI_DIGIT,
        ):
            continue
        return False
    return True


def _shape(seq: Any) -> _Shape:
    out = _EMPTY
    for op, av in seq:
        out = _concat(out, _node_shape(op, av))
    return out


def _node_shape(op: Any, av: Any) -> _Shape:
    if op is sre_constants.LITERAL:
        return _digits(1) if 0x30 <= av <= 0x39 else _OTHER
    if op is sre_constants.IN:
        return _digits(1) if _is_ascii_digit_class(av) else _OTHER
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _EMPTY  # zero width: the characters around it stay adjacent
    if op in _REPEATS:
        low, inner = av[0], _shape(av[2])
        if inner.full:
            return _digits(low * inner.length)
        if low == 0:
            return _OTHER
        if low == 1:
            return inner
        return _concat(inner, inner)
    if op is sre_constants.SUBPATTERN:
        return _shape(av[-1])
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _shape(av)
    if op is sre_constants.BRANCH:
        alts = [_shape(alt) for alt in av[1]]
        if all(a.full for a in alts):
            return _digits(min(a.length for a in alts))
        pre = min(a.length if a.full else a.pre for a in alts)
        suf = min(a.length if a.full else a.suf for a in alts)
        return _Shape(False, 0, pre, suf, min(a.best for a in alts))
    return _OTHER  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS ...: nothing certain


_REPEATS = tuple(
    op
    for op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)


# Code points without case in Unicode: under IGNORECASE they match only themselves.
CASELESS_RANGES = (
    (0x00, 0x40),  # ASCII controls, space, punctuation, digits
    (0x5B, 0x60),
    (0x7B, 0x7F),
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xFF01, 0xFF20),  # full-width punctuation and digits
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
)


def _caseless(c: str) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in CASELESS_RANGES)


def _class_chars(items: Any, icase: bool) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(av))
        elif op is sre_constants.RANGE and av[1] - av[0] < _LARGEST_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\\d, \\w, \\s): not enumerable here
            return None
        if len(chars) > _LARGEST_CLASS:
            return None
    if not chars or (icase and not all(_caseless(c) for c in chars)):
        return None
    return frozenset(chars)


def _char_sets(seq: Any, icase: bool) -> list[frozenset[str]]:
    """Character sets one character of which every text the node matches contains."""
    out: list[frozenset[str]] = []
    for op, av in seq:
        if op is sre_constants.LITERAL:
            if not icase or _caseless(chr(av)):
                out.append(frozenset(chr(av)))
        elif op is sre_constants.IN:
            chars = _class_chars(av, icase)
            if chars is not None:
                out.append(chars)
        elif op in _REPEATS:
            if av[0] >= 1:
                out.extend(_char_sets(av[2], icase))
        elif op is sre_constants.SUBPATTERN:
            _, add, remove, inner = av
            local = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            out.extend(_char_sets(inner, local))
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            out.extend(_char_sets(av, icase))
        elif op is sre_constants.ASSERT:  # a positive look-around is in the text too
            out.extend(_char_sets(av[1], icase))
        elif op is sre_constants.BRANCH:
            alts = [_cheapest(_char_sets(alt, icase), limit=None) for alt in av[1]]
            if all(a is not None for a in alts):
                out.append(frozenset().union(*(a for a in alts if a is not None)))
    return out


def _weight(c: str) -> float:
    """Rough frequency of a character in text (only steers which condition is kept)."""
    if c.isdigit() or c in " \n\t.,-":
        return 3.0
    if c.isascii():
        return 3.0 if c.islower() else 1.5 if c.isalpha() else 0.3
    return 0.05


def _cheapest(
    sets: list[frozenset[str]], limit: float | None = _MOST_COMMON
) -> frozenset[str] | None:
    if not sets:
        return None
    best = min(sets, key=lambda s: sum(map(_weight, s)))
    if limit is not None and sum(map(_weight, best)) > limit:
        return None
    return best


def _pattern_gate(recognizer: Any) -> RecognizerGate | None:
    """Digits needed by, and a ``search`` of, the recognizer's patterns; None: not applicable."""
    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer.predefined_recognizers import IbanRecognizer

    from residency.detectors.country_base import CountryPatternRecognizer
    from residency.detectors.malaysia.my_given_name_recognizer import MyGivenNameRecognizer

    # Only classes whose analyze() reports nothing but matches of self.patterns
    # (MyGivenNameRecognizer's returns [] or CountryPatternRecognizer.analyze's results).
    pattern_only = (
        PatternRecognizer.analyze,
        CountryPatternRecognizer.analyze,
        IbanRecognizer.analyze,
        MyGivenNameRecognizer.analyze,
    )
    if not isinstance(recognizer, PatternRecognizer):
        return None
    patterns: list[Any] = list(vars(recognizer).get("patterns") or [])
    if type(recognizer).analyze not in pattern_only or not patterns:
        return None
    # ... and findings beyond them (CountryPatternRecognizer.extra: an NRIC labelled as its
    # holder's own) only where one of its EXTRA_PATTERNS searches the text.
    extra: tuple[Any, ...] = ()
    if isinstance(recognizer, CountryPatternRecognizer) and (
        type(recognizer).extra is not CountryPatternRecognizer.extra
    ):
        extra = tuple(recognizer.EXTRA_PATTERNS)
        if not extra:
            return None
    if getattr(recognizer, "deny_list", None):
        return None
    flags = recognizer.global_regex_flags
    # Compile once and hand the same object to Presidio (it compiles lazily otherwise).
    compile_patterns(recognizer)
    compiled = [pattern.compiled_regex for pattern in patterns]

    needs = tuple(pattern_needs(p.regex, flags or 0) for p in patterns)
    extra_needs = tuple(pattern_needs(rx.pattern, rx.flags & _STDLIB_FLAGS) for rx in extra)
    return RecognizerGate(
        min(n.digits for n in needs + extra_needs),
        check=_searches_any(extra) if extra else None,
        patterns=tuple(zip(needs, compiled, strict=True)),
        reads=_given_name_reads(recognizer)
        if isinstance(recognizer, MyGivenNameRecognizer)
        else None,
    )


def _searches_any(patterns: tuple[Any, ...]) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        return any(rx.search(text) is not None for rx in patterns)

    return check


def _given_name_reads(recognizer: Any) -> Callable[[TextFacts], bool]:
    """The texts a :class:`MyGivenNameRecognizer` reads: English-NER ones or the others,
    by its ``with_ner`` (its analyze returns ``[]`` on the rest without searching)."""
    with_ner = recognizer.with_ner

    def reads(facts: TextFacts) -> bool:
        return facts.script.wants_english_ner is with_ner

    return reads


# Digits with at most four other characters between them: python-phonenumbers reads a
# number as digit groups split by at most four punctuation characters.
_DIGIT_CHAIN = regex.compile(r"\d(?:\D{0,4}\d)*")


def _phone_check(text: str) -> bool:
    return any(digit_count(m.group()) >= MIN_PHONE_DIGITS for m in _DIGIT_CHAIN.finditer(text))


_NOT_SEARCHED = object()


class _SkipImpossible:
    """A compiled pattern that finds nothing, without searching, in a text lacking its needs.

    Presidio runs every pattern of a recognizer with ``finditer(text, timeout=...)``, and
    the ``regex`` module's timeout alone costs several microseconds per call.  Patterns
    whose needs the text lacks cannot match: they are skipped.  The others run as the
    gate's searches do: with Presidio's timeout on texts longer than
    :data:`TIMEOUT_ABOVE_CHARS`, without it on shorter ones.  A pattern the gate has
    searched in the same text (:attr:`TextFacts.found`) is not searched from the start
    again: nothing found yields nothing, and a non-empty first match is yielded before the
    matches a search from its end finds (what ``finditer`` itself does after it: the
    engine reads the characters before ``pos`` for look-behinds, ``\\b`` and ``^``).
    """

    __slots__ = ("_needs", "_rx")

    def __init__(self, rx: Any, needs: PatternNeeds) -> None:
        self._rx = rx
        self._needs = needs

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Any:
        facts = facts_for(text)
        if not self._needs.possible(facts):
            return iter(())
        if args or kwargs.keys() - {"timeout"}:
            return self._rx.finditer(text, *args, **kwargs)
        timeout = kwargs.get("timeout") if len(text) > TIMEOUT_ABOVE_CHARS else None
        first = facts.found.get(id(self._rx), _NOT_SEARCHED)
        if first is None:
            return iter(())
        # (string, pos, endpos, overlapped, concurrent, partial, timeout): see _any_search
        if first is not _NOT_SEARCHED and first.end() > first.start():
            rest = self._rx.finditer(text, first.end(), None, False, False, False, timeout)
            return itertools.chain((first,), rest)
        return self._rx.finditer(text, None, None, False, False, False, timeout)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)


def skip_impossible_patterns(recognizer: Any, gate: RecognizerGate | None) -> None:
    """Give a gated regex recognizer its own patterns that skip texts lacking their needs.

    Copies, so that other users of the (class-level, shared) ``Pattern`` objects -- the
    strict scanner, plain Presidio -- keep Presidio's behaviour.
    """
    if gate is None or not gate.patterns:
        return
    mine = []
    for pattern, (needs, rx) in zip(recognizer.patterns, gate.patterns, strict=True):
        if pattern.compiled_regex is not rx:
            raise ValueError(f"gate and patterns of {recognizer.name} disagree")
        twin = copy.copy(pattern)
        twin.compiled_regex = _SkipImpossible(rx, needs)
        mine.append(twin)
    recognizer.patterns = mine


def gate_for(recognizer: Any) -> RecognizerGate | None:
    """A necessary condition for ``recognizer`` to find anything, or None (always run)."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from residency.detectors.chinese.zh_address_recognizer import ZhAddressRecognizer
    from residency.detectors.chinese.zh_person_recognizer import ZhPersonRecognizer
    from residency.detectors.phone import PhoneRecognizer as LeanPhoneRecognizer

    if type(recognizer) in (PhoneRecognizer, LeanPhoneRecognizer):
        return RecognizerGate(MIN_PHONE_DIGITS, _phone_check)
    if type(recognizer) is ZhPersonRecognizer:
        return RecognizerGate(0, has_name_candidate)
    if type(recognizer) is ZhAddressRecognizer:
        return RecognizerGate(0, has_address_hint) if _address_hint_chars() else None
    return _pattern_gate(recognizer)


@functools.cache
def _address_hint_chars() -> frozenset[str] | None:
    """Characters one of which every text the address recognizer reads contains
    (``None``: no such condition, the recognizer always runs).

    It reads only texts whose Simplified form (:func:`~.chinese.hant.to_hans`, one
    character for one) its hint pattern searches: every hint match holds one character
    of the pattern's needs, so the text holds that character or a Traditional one mapped
    onto it.
    """
    from residency.detectors.chinese.hant import TO_HANS, to_hans
    from residency.detectors.chinese.zh_address_recognizer import _HINT

    needs = pattern_needs(_HINT.pattern, _HINT.flags & ~re.UNICODE).chars
    if needs is None:
        return None
    # Every character the table maps (whatever form its values take) onto a needed one.
    mapped = {chr(k) for k in TO_HANS if not needs.isdisjoint(to_hans(chr(k)))}
    return needs | frozenset(mapped)


def has_address_hint(text: str) -> bool:
    """Whether :class:`ZhAddressRecognizer` can find anything in ``text`` (a hint character)."""
    chars = _address_hint_chars()
    return chars is None or not chars.isdisjoint(facts_for(text).chars)


def _name_candidate_regex() -> re.Pattern[str]:
    from residency.detectors.chinese.zh_person_recognizer import COMPOUND_SURNAMES, SURNAMES

    starts = "".join(sorted(set(SURNAMES) | {s[0] for s in COMPOUND_SURNAMES}))
    # ... or an English given name before a surname (``Wendy 祁``, ``Amy王``).
    # ... or a surname and a character typed apart (``张 伟 明``, ``马 俊 杰的``).
    # ... or a surname told on its own (``姓龚，名雨桐``).
    return re.compile(
        f"[{starts}][\\u4e00-\\u9fff]|[A-Z][a-z]+ ?[{starts}]|[{starts}] [\\u4e00-\\u9fff]"
        f"|姓\\s*[{starts}]"
    )


_NAME_CANDIDATE: re.Pattern[str] | None = None


def has_name_candidate(text: str) -> bool:
    """A surname character followed by a Han character, or a capitalised Latin word
    followed by a surname: a Chinese name is possible."""
    global _NAME_CANDIDATE
    if _NAME_CANDIDATE is None:
        _NAME_CANDIDATE = _name_candidate_regex()
    return _NAME_CANDIDATE.search(text) is not None


class TextCache(Generic[K, V]):
    """A least-recently-used map with at most ``size`` entries (``size=0``: disabled)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._lock = threading.Lock()  # Beam may call one scanner from several threads
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> V | None:
        if not self.size:
            return None
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: K, value: V) -> None:
        if not self.size:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
