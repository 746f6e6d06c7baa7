"""Cheap, exact pre-filters that decide which recognizers can possibly fire on a text.

Every check here is a *necessary condition* for a recognizer to return anything, so
skipping a recognizer whose check fails never loses a finding:

* a regex recognizer (Presidio ``PatternRecognizer`` and our country recognizers) can only
  report a span that one of its patterns matches, so it runs only when at least one of its
  compiled patterns ``search``-es the text (one C-level scan, without Presidio's per-pattern
  bookkeeping);
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

import re
import re._constants as sre_constants
import re._parser as sre_parse
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import regex

# Fewest digits of any valid phone number with its country code (Niue, St Helena: 3 + 4).
MIN_PHONE_DIGITS = 5
# Pattern pre-checks on texts longer than this run under Presidio's regex timeout.
TIMEOUT_ABOVE_CHARS = 2000
_DIGIT = regex.compile(r"\d")

K = TypeVar("K")
V = TypeVar("V")


def digit_count(text: str) -> int:
    return len(_DIGIT.findall(text))


def _timeout() -> float:
    from presidio_analyzer import pattern_recognizer

    return float(pattern_recognizer.REGEX_TIMEOUT_SECONDS)


@dataclass(frozen=True)
class RecognizerGate:
    """When a recognizer can fire: at least ``min_digits`` digits, and ``check(text)``."""

    min_digits: int = 0
    check: Callable[[str], bool] | None = None

    def allows(self, text: str, digits: int) -> bool:
        if digits < self.min_digits:
            return False
        return self.check is None or self.check(text)


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


def _pattern_gate(recognizer: Any) -> RecognizerGate | None:
    """Digits needed by, and a ``search`` of, the recognizer's patterns; None: not applicable."""
    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer.predefined_recognizers import IbanRecognizer

    from residency.detectors.country_base import CountryPatternRecognizer

    # Only classes whose analyze() reports nothing but matches of self.patterns.
    pattern_only = (
        PatternRecognizer.analyze,
        CountryPatternRecognizer.analyze,
        IbanRecognizer.analyze,
    )
    if not isinstance(recognizer, PatternRecognizer):
        return None
    patterns: list[Any] = list(vars(recognizer).get("patterns") or [])
    if type(recognizer).analyze not in pattern_only or not patterns:
        return None
    if getattr(recognizer, "deny_list", None):
        return None
    flags = recognizer.global_regex_flags
    compiled = []
    for pattern in patterns:
        # Compile once and hand the same object to Presidio (it compiles lazily otherwise).
        if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
            pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
            pattern.compiled_with_flags = flags
        compiled.append(pattern.compiled_regex)

    def check(text: str) -> bool:
        # Same engine and flags as Presidio's matcher.  The regex module's timeout costs
        # about 50 us per call, five times the search itself on a short text, so only
        # long texts (where a slow match could hurt) get it; a timeout raises and the
        # record is quarantined, where Presidio would log it and skip the pattern.
        if len(text) > TIMEOUT_ABOVE_CHARS:
            timeout = _timeout()
            return any(rx.search(text, timeout=timeout) is not None for rx in compiled)
        return any(rx.search(text) is not None for rx in compiled)

    return RecognizerGate(min(min_digits(p.regex) for p in patterns), check)


# Digits with at most four other characters between them: python-phonenumbers reads a
# number as digit groups split by at most four punctuation characters.
_DIGIT_CHAIN = regex.compile(r"\d(?:\D{0,4}\d)*")


def _phone_check(text: str) -> bool:
    return any(digit_count(m.group()) >= MIN_PHONE_DIGITS for m in _DIGIT_CHAIN.finditer(text))


def gate_for(recognizer: Any) -> RecognizerGate | None:
    """A necessary condition for ``recognizer`` to find anything, or None (always run)."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from residency.detectors.chinese.zh_person_recognizer import ZhPersonRecognizer

    if type(recognizer) is PhoneRecognizer:
        return RecognizerGate(MIN_PHONE_DIGITS, _phone_check)
    if type(recognizer) is ZhPersonRecognizer:
        return RecognizerGate(0, has_name_candidate)
    return _pattern_gate(recognizer)


def _name_candidate_regex() -> re.Pattern[str]:
    from residency.detectors.chinese.zh_person_recognizer import COMPOUND_SURNAMES, SURNAMES

    starts = set(SURNAMES) | {s[0] for s in COMPOUND_SURNAMES}
    return re.compile("[" + "".join(sorted(starts)) + r"][\u4e00-\u9fff]")


_NAME_CANDIDATE: re.Pattern[str] | None = None


def has_name_candidate(text: str) -> bool:
    """A surname character followed by a Han character: a Chinese name is possible."""
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

    def __len__(self) -> int:
        return len(self._data)
