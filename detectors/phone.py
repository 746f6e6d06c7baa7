"""Presidio's generic ``PhoneRecognizer`` with a faster python-phonenumbers matcher.

Same name, results and explanations as Presidio's; its matcher (:class:`LeanMatcher`)
returns the same matches as ``phonenumbers.PhoneNumberMatcher`` with less work:

* a candidate with fewer digits (or letters, which a vanity number turns into digits)
  than any valid number is written with (:func:`min_valid_digits`) is not parsed -- on
  texts short enough that the matcher's try budget (``max_tries``) cannot run out, since
  skipping changes how many tries are spent;
* a candidate, or a part of one the matcher tries (an inner match), with fewer such
  characters than that is not parsed either, on any text: parsing spends no tries;
* a candidate parsed before is remembered by a digest of what decides it (the candidate,
  region, leniency and whether the characters right before and after it are ones the
  matcher turns a number down for: a Latin letter, a currency symbol, ``%``), failed or
  parsed, so the same number in the original and the normalised text (``，`` became
  ``,`` next to it), or in the next record, is not parsed again;
* the matchers of one text (one per default region) share their searches of it for
  candidates (:meth:`LeanMatcher._find`): the same search from the same index finds the same;
* a candidate written nationally (ASCII digits and plain separators only) whose national
  significant number, however ``parse`` takes it from the digits, matches the general
  description (possible lengths and pattern) of no region of the default region's country
  code is not parsed (:func:`cannot_be_valid`): leniency ``VALID`` and above check
  ``is_valid_number``, which needs such a match.
"""

from __future__ import annotations

import copy
import functools
import hashlib
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneMetadata, PhoneNumberMatch
from phonenumbers.phonenumbermatcher import (  # type: ignore[attr-defined]
    _PATTERN,  # (not in the package's stubs)
    _SECOND_NUMBER_START_PATTERN,
)
from phonenumbers.phonenumberutil import (
    _MAX_LENGTH_FOR_NSN,
    COUNTRY_CODE_TO_REGION_CODE,
    COUNTRY_CODES_FOR_NON_GEO_REGIONS,
    _is_number_matching_desc,
    region_code_for_country_code,
)
from phonenumbers.re_util import re_compile
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

from residency.detectors.prefilter import TextCache

# Digests of candidates parsed before (candidate, region, leniency, what is around it):
# True for one that failed, else the number it parsed to.
FailedCandidates = TextCache[bytes, Any]

# Tries one candidate can spend at most per character (itself, then up to one per position
# for each of the six inner-match patterns): below this many characters a text cannot
# exhaust the matcher's default budget of 65535 tries.
_TRIES_PER_CHAR = 13
_DEFAULT_MAX_TRIES = 65535
MAX_CHARS_TO_SKIP = _DEFAULT_MAX_TRIES // _TRIES_PER_CHAR - 1
# Failed candidates remembered per recognizer (~150 bytes each: a digest and its entry).
_FAILED_SIZE = 4096


@functools.cache
def min_valid_digits(regions: tuple[str, ...]) -> int:
    """Fewest digits a valid number matched with these default regions is written with.

    A number with its country code (``+``, or the region's international prefix) has at
    least that code's digits and the shortest national number of its region; one written
    nationally has at least the shortest national number of the regions sharing the
    default regions' country codes.
    """

    def shortest(metadata: Any) -> int:
        return min(metadata.general_desc.possible_length)

    geo = [
        (cc, PhoneMetadata.metadata_for_region(r))
        for cc, rs in COUNTRY_CODE_TO_REGION_CODE.items()
        for r in rs
        if r != "001"
    ]
    geo += [
        (cc, PhoneMetadata.metadata_for_nongeo_region(cc))
        for cc in COUNTRY_CODES_FOR_NON_GEO_REGIONS
    ]
    international = min(len(str(cc)) + shortest(md) for cc, md in geo if md is not None)
    codes = {phonenumbers.country_code_for_region(r) for r in regions}
    national = min(shortest(md) for cc, md in geo if cc in codes and md is not None)
    return min(international, national)


class LeanMatcher(phonenumbers.PhoneNumberMatcher):
    """``PhoneNumberMatcher`` with the same matches and less work (see module docstring)."""

    def __init__(
        self,
        text: str,
        region: str,
        leniency: int,
        min_digits: int,
        failed: FailedCandidates,
    ) -> None:
        super().__init__(text, region, leniency=leniency)
        self._failed = failed
        # Default max_tries only: the skip's exactness depends on it.
        self._min_digits = min_digits if len(self.text) <= MAX_CHARS_TO_SKIP else 0
        # Parsing spends no tries: too short a candidate fails there on any text.
        self._min_valid = min_digits
        # The candidates found from each search index: the same for every region.
        self._candidates: dict[int, tuple[int, str] | None] = {}

    def _find(self, index: int) -> Any:
        """``PhoneNumberMatcher._find`` step for step, with each search of the text for a
        candidate (and its trimming) remembered by where it started: the matchers of one
        text share them (:meth:`PhoneRecognizer.analyze`)."""
        found = self._candidate(index)
        while self._max_tries > 0 and found is not None:
            start, candidate = found
            candidate_len = len(candidate)
            if candidate_len >= self._min_candidate_length:
                match = self._extract_match(candidate, start)
                if match is not None:
                    return match
                self._max_tries -= 1
            index = start + candidate_len
            found = self._candidate(index)
        return None

    def _candidate(self, index: int) -> tuple[int, str] | None:
        memo = self._candidates
        if index in memo:
            return memo[index]
        match = _PATTERN.search(self.text, index)
        found = None
        if match is not None:
            start = match.start()
            candidate = self._trim_after_first_match(
                _SECOND_NUMBER_START_PATTERN, self.text[start : match.end()]
            )
            found = (start, candidate)
        memo[index] = found
        return found

    def _extract_match(self, candidate: str, offset: int) -> Any:
        if self._min_digits and _digits_and_letters(candidate) < self._min_digits:
            return None
        return super()._extract_match(candidate, offset)

    def _parse_and_verify(self, candidate: str, offset: int) -> Any:
        # Too few digits (or letters) for any valid number: fails without parsing (the
        # whole candidates and the inner ones of _extract_inner_match alike).
        if _digits_and_letters(candidate) < self._min_valid:
            return None
        # What the result depends on besides the candidate and the offset: whether the
        # characters around it are ones phonenumbers turns a candidate down for (a Latin
        # letter, a currency symbol, ``%``), its only reading of the text.
        text = self.text
        end = offset + len(candidate)
        before = offset > 0 and _rejecting_neighbour(text[offset - 1])
        after = end < len(text) and _rejecting_neighbour(text[end])
        raw = f"{self.preferred_region}\x1f{self.leniency}\x1f{before:d}{after:d}\x1f{candidate}"
        # A digest, so that the memory holds no record content.
        key = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        known = self._failed.get(key)
        if known is not None:
            if known is True:
                return None
            # The number parsed before: the same match at this offset (own copy).
            return PhoneNumberMatch(offset, candidate, copy.copy(known))
        if self.leniency >= Leniency.VALID and cannot_be_valid(candidate, self.preferred_region):
            match = None
        else:
            match = super()._parse_and_verify(candidate, offset)
        self._failed.put(key, True if match is None else copy.copy(match.number))
        return match


# What a candidate for :func:`cannot_be_valid` may hold: ASCII digits and separators that
# spell no ``+``, extension (``x``, ``#``, ``;ext=``, ``,,``), vanity letter or second number.
_NATIONAL_CHARS = frozenset("0123456789 -.()")


@functools.cache
def _national_rule(region: str) -> tuple[str, Any, Any, dict[int, tuple[Any, ...]]] | None:
    """For :func:`cannot_be_valid`: ``region``'s country code, its international and
    national prefix patterns (compiled as python-phonenumbers compiles them) and the
    general descriptions of the code's regions by length; ``None`` where the rule does not apply (a
    national prefix transform, a region that is not its code's main one)."""
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or not metadata.international_prefix:
        return None
    code = metadata.country_code
    if (
        code is None
        or region_code_for_country_code(code) != region
        or metadata.national_prefix_transform_rule
    ):
        return None
    regions = [
        PhoneMetadata.metadata_for_region(r, None) for r in COUNTRY_CODE_TO_REGION_CODE[code]
    ]
    prefix = metadata.national_prefix_for_parsing
    return (
        str(code),
        re_compile(metadata.international_prefix),
        re_compile(prefix) if prefix else None,
        _descs_by_length(tuple(m.general_desc for m in regions if m is not None)),
    )


def _descs_by_length(descs: tuple[Any, ...]) -> dict[int, tuple[Any, ...]]:
    """The general descriptions a number of each length can match (a description without
    possible lengths under every length up to phonenumbers' longest national number)."""
    lengths = range(_MAX_LENGTH_FOR_NSN + 1)
    return {
        n: tuple(d for d in descs if not d.possible_length or n in d.possible_length)
        for n in lengths
    }


def cannot_be_valid(candidate: str, region: str | None) -> bool:
    """Whether no number python-phonenumbers parses from ``candidate`` with default
    ``region`` is valid, by its national significant number alone.

    Only for a candidate of ASCII digits and ``" -.()"`` (no ``+``, extension, vanity
    letter) whose digits do not start with the region's international prefix: ``parse``
    then keeps the region's country code and takes the national significant number from
    the digits by removing at most the country code (if they start with it, and then the
    national prefix once) and then the national prefix once (each removal optional here,
    so every number ``parse`` can give is considered).  ``is_valid_number`` finds the
    number's region among the code's regions and needs the number to match that region's
    general description (``_number_type_helper``: ``_is_number_matching_desc``, its
    possible lengths and national number pattern), checked here with the same function.
    """
    if region is None or not _NATIONAL_CHARS.issuperset(candidate):
        return False
    rule = _national_rule(region)
    if rule is None:
        return False
    code, international, national, descs = rule
    digits = "".join(c for c in candidate if "0" <= c <= "9")
    if international.match(digits):
        return False

    def without_prefix(number: str) -> tuple[str, ...]:
        found = national.match(number) if national is not None else None
        return (number, number[found.end() :]) if found else (number,)

    numbers = set(without_prefix(digits))
    if digits.startswith(code):
        for rest in without_prefix(digits[len(code) :]):
            numbers.update(without_prefix(rest))
    for n in numbers:
        # A number longer than phonenumbers' longest fails parse (TOO_LONG).
        for desc in descs.get(len(n), ()):
            if _is_number_matching_desc(n, desc):
                return False
    return True


@functools.lru_cache(maxsize=4096)
def _rejecting_neighbour(ch: str) -> bool:
    """Whether python-phonenumbers' matcher (leniency VALID and above) turns down a
    candidate next to ``ch``: its own checks, remembered per character."""
    matcher = phonenumbers.PhoneNumberMatcher
    return bool(matcher._is_invalid_punctuation_symbol(ch) or matcher._is_latin_letter(ch))


# The score of a valid number written in international form (``+CC ...``).
INTERNATIONAL_SCORE = 0.6


class PhoneRecognizer(PresidioPhoneRecognizer):
    """Presidio's ``PhoneRecognizer`` (same name and results) with :class:`LeanMatcher`;
    with ``international_score``, a valid number written as ``+CC ...`` scores at least that."""

    def __init__(self, international_score: float | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("name", PresidioPhoneRecognizer.__name__)
        super().__init__(**kwargs)
        self.international_score = international_score
        self.failed: FailedCandidates = TextCache(_FAILED_SIZE)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's ``analyze`` step for step, with the lean matcher."""
        if self.leniency is None:
            raise ValueError("Need a leniency value")  # as phonenumbers' matcher does
        min_digits = min_valid_digits(tuple(self.supported_regions))
        results = []
        candidates: dict[int, tuple[int, str] | None] = {}  # shared by the regions
        for region in self.supported_regions:
            matcher = LeanMatcher(text, region, self.leniency, min_digits, self.failed)
            matcher._candidates = candidates
            for match in matcher:
                try:
                    parsed_number = phonenumbers.parse(text[match.start : match.end])
                    # Rebinding the loop's region as Presidio does (its explanations).
                    region = phonenumbers.region_code_for_number(parsed_number)
                except phonenumbers.NumberParseException:
                    pass
                result = self._get_recognizer_result(match, text, region, nlp_artifacts)
                # A valid number written with its country code (``+63 917 552 8104``) is a
                # phone number wherever it is from: as strong as a local one with context
                # (only when asked for; by default the results are Presidio's own).
                if self.international_score is not None and text[match.start] == "+":
                    result.score = max(result.score, self.international_score)
                results.append(result)
        return list(EntityRecognizer.remove_duplicates(results))


def _digits_and_letters(candidate: str) -> int:
    """How many characters of ``candidate`` phonenumbers could read as digits."""
    return sum(1 for c in candidate if c.isdigit() or c.isalpha())
