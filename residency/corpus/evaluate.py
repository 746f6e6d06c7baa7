"""Score a gate against the corpus labels: per-record leak / false-hold, per-entity P/R.

Two systems are compared on the same records:

* **ours** -- :class:`residency.detectors.engine.Scanner` plus the shipped policy: a record
  goes offshore iff ``Policy.decide`` says ``offshore`` (domestic and quarantine both hold);
* **presidio** -- plain ``AnalyzerEngine`` (default recognizers, the same spaCy model,
  language ``en``) on every text field: a record is held iff any finding scores >= 0.5.
  ``presidio_pii`` is the same run ignoring Presidio's non-personal types (``DATE_TIME``,
  ``URL``, ``NRP``, ...), i.e. the most favourable reading of plain Presidio.

A *leak* is a record with labels that would go offshore; a *false hold* is a record
without labels that would not.  Span matching is by overlap within the same field.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from residency.corpus.generator import LabelledRecord
from residency.detectors.entities import IGNORED_PRESIDIO_ENTITIES, PHONE_ENTITIES

PRESIDIO_HOLD_SCORE = 0.5
PRESIDIO_NOT_PERSONAL = IGNORED_PRESIDIO_ENTITIES
BATCH = 64

# Predicted types that count as finding a labelled type (generic and sibling types included).
COMPATIBLE: dict[str, frozenset[str]] = {
    **{t: PHONE_ENTITIES for t in PHONE_ENTITIES},
    "CN_RESIDENT_ID": frozenset({"CN_RESIDENT_ID", "NATIONAL_ID"}),
    "HK_HKID": frozenset({"HK_HKID", "NATIONAL_ID"}),
    "TW_NATIONAL_ID": frozenset({"TW_NATIONAL_ID", "NATIONAL_ID"}),
    "SG_NRIC_FIN": frozenset({"SG_NRIC_FIN", "NATIONAL_ID"}),
    "MY_MYKAD": frozenset({"MY_MYKAD", "NATIONAL_ID"}),
    "CN_BANK_CARD": frozenset({"CN_BANK_CARD", "CREDIT_CARD", "BANK_ACCOUNT"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL_ADDRESS"}),
    "PERSON": frozenset({"PERSON", "ZH_PERSON"}),
    "ADDRESS": frozenset({"ADDRESS", "ZH_ADDRESS", "LOCATION"}),
}


@dataclass(frozen=True)
class Span:
    entity_type: str
    field: str
    start: int
    end: int
    score: float = 1.0

    def overlaps(self, field_: str, start: int, end: int) -> bool:
        return self.field == field_ and self.start < end and start < self.end


@dataclass
class Outcome:
    """What one system did with one record."""

    held: bool
    spans: list[Span]
    split: str = ""
    reason: str = ""


@dataclass
class Rates:
    pii: int = 0
    leaked: int = 0
    clean: int = 0
    held: int = 0

    def add(self, rec: LabelledRecord, out: Outcome) -> None:
        if rec.has_pii:
            self.pii += 1
            self.leaked += not out.held
        else:
            self.clean += 1
            self.held += out.held

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.pii if self.pii else 0.0

    @property
    def false_hold_rate(self) -> float:
        return self.held / self.clean if self.clean else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pii_records": self.pii,
            "leaked": self.leaked,
            "leak_rate": round(self.leak_rate, 5),
            "clean_records": self.clean,
            "false_holds": self.held,
            "false_hold_rate": round(self.false_hold_rate, 5),
        }


@dataclass
class EntityScore:
    labels: int = 0
    found_typed: int = 0
    found_any: int = 0

    @property
    def recall(self) -> float:
        return self.found_typed / self.labels if self.labels else 0.0

    @property
    def recall_any(self) -> float:
        return self.found_any / self.labels if self.labels else 0.0


@dataclass
class PredictionScore:
    predicted: int = 0
    correct: int = 0
    on_clean: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0


@dataclass
class Scores:
    """Everything the report prints for one system on one corpus."""

    overall: Rates = field(default_factory=Rates)
    by_language: dict[str, Rates] = field(default_factory=lambda: defaultdict(Rates))
    by_genre: dict[str, Rates] = field(default_factory=lambda: defaultdict(Rates))
    by_evasion: dict[str, EntityScore] = field(default_factory=lambda: defaultdict(EntityScore))
    entities: dict[str, EntityScore] = field(default_factory=lambda: defaultdict(EntityScore))
    predictions: dict[str, PredictionScore] = field(
        default_factory=lambda: defaultdict(PredictionScore)
    )

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "by_language": {k: v.to_json() for k, v in sorted(self.by_language.items())},
            "by_genre": {k: v.to_json() for k, v in sorted(self.by_genre.items())},
            "entities": {
                k: {"labels": v.labels, "recall": round(v.recall, 4), "recall_any_type": round(v.recall_any, 4)}
                for k, v in sorted(self.entities.items())
            },
            "predictions": {
                k: {"predicted": v.predicted, "precision": round(v.precision, 4), "on_clean_records": v.on_clean}
                for k, v in sorted(self.predictions.items())
            },
            "evasion_identifier_recall": {
                k: {"labels": v.labels, "recall_any_type": round(v.recall_any, 4)}
                for k, v in sorted(self.by_evasion.items())
            },
        }  # fmt: skip


def label_found(lab: Any, spans: Iterable[Span], typed: bool) -> bool:
    ok = COMPATIBLE.get(lab.entity_type, frozenset({lab.entity_type}))
    return any(
        s.overlaps(lab.field, lab.start, lab.end) and (not typed or s.entity_type in ok)
        for s in spans
    )


def score(records: Sequence[LabelledRecord], outcomes: Sequence[Outcome]) -> Scores:
    s = Scores()
    for rec, out in zip(records, outcomes, strict=True):
        s.overall.add(rec, out)
        s.by_language[rec.language].add(rec, out)
        s.by_genre[rec.genre].add(rec, out)
        for lab in rec.labels:
            e = s.entities[lab.entity_type]
            e.labels += 1
            e.found_typed += label_found(lab, out.spans, typed=True)
            found_any = label_found(lab, out.spans, typed=False)
            e.found_any += found_any
            if lab.evasion:
                ev = s.by_evasion[lab.evasion]
                ev.labels += 1
                ev.found_any += found_any
        for span in out.spans:
            p = s.predictions[span.entity_type]
            p.predicted += 1
            p.on_clean += not rec.has_pii
            p.correct += any(
                span.overlaps(lab.field, lab.start, lab.end)
                and span.entity_type in COMPATIBLE.get(lab.entity_type, frozenset())
                for lab in rec.labels
            )
    return s


# -- the two systems ----------------------------------------------------------------------


def run_ours(
    records: Sequence[LabelledRecord],
    scanner: Any,
    policy: Any,
    *,
    home: str = "CN",
    progress: Callable[[int], None] | None = None,
) -> list[Outcome]:
    """Scanner + ``Policy.decide`` (offshore iff the policy says so)."""
    from residency.policies import infer_jurisdictions

    out: list[Outcome] = []
    for i in range(0, len(records), BATCH):
        batch = records[i : i + BATCH]
        scans = scanner.scan_records([r.record for r in batch])
        for rec, scan in zip(batch, scans, strict=True):
            juris = infer_jurisdictions(rec.record, scan, home=home)
            decision = policy.decide(scan, juris, record=rec.record, home=home)
            spans = [Span(f.entity_type, f.field, f.start, f.end, f.score) for f in scan.findings]
            out.append(
                Outcome(decision.split != "offshore", spans, decision.split, decision.reason)
            )
        if progress:
            progress(len(out))
    return out


def make_presidio() -> Any:
    """Plain Presidio: default recognizers, the project's spaCy model, English."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from residency.detectors.engine import SPACY_MODEL
    from residency.runtime import configure_offline_runtime

    configure_offline_runtime()
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def run_presidio(
    records: Sequence[LabelledRecord],
    analyzer: Any,
    *,
    ignore: frozenset[str] = frozenset(),
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Outcome], list[Outcome]]:
    """``(all types, personal types only)``: held iff any finding scores >= 0.5."""
    from residency.records import iter_text_fields

    strict: list[Outcome] = []
    lenient: list[Outcome] = []
    for n, rec in enumerate(records, 1):
        spans: list[Span] = []
        for path, text in iter_text_fields(rec.record):
            for r in analyzer.analyze(text=text, language="en"):
                if r.score >= PRESIDIO_HOLD_SCORE:
                    spans.append(Span(r.entity_type, path, r.start, r.end, float(r.score)))
        personal = [s for s in spans if s.entity_type not in (ignore or PRESIDIO_NOT_PERSONAL)]
        strict.append(Outcome(bool(spans), spans))
        lenient.append(Outcome(bool(personal), personal))
        if progress and n % BATCH == 0:
            progress(n)
    return strict, lenient


def count_by(items: Iterable[str]) -> list[tuple[str, int]]:
    return Counter(items).most_common()
