"""Value types that flow between the pipeline steps.

They never carry a detected value in clear: a :class:`Finding` holds masked evidence
and, for direct identifiers, a keyed hash of the value (for counting data subjects).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Split = Literal["offshore", "domestic", "quarantine"]
SPLITS: tuple[Split, ...] = ("offshore", "domestic", "quarantine")


@dataclass(frozen=True)
class Finding:
    """One piece of personal information found in a record.

    ``field`` is the path of the scanned text inside the record (``text``,
    ``messages[2].content``, ``meta.phone``); ``start``/``end`` are offsets in that
    field's *original* text, even when the value was only found after normalisation.
    """

    entity_type: str
    field: str
    start: int
    end: int
    score: float
    recognizer: str
    masked: str
    normalized: bool = False
    subject: str | None = None


@dataclass(frozen=True)
class ScanResult:
    """What the scanner found in one record; ``error`` set means it could not judge it."""

    findings: tuple[Finding, ...] = ()
    languages: tuple[str, ...] = ()
    error: str | None = None

    @property
    def entity_types(self) -> tuple[str, ...]:
        return tuple(sorted({f.entity_type for f in self.findings}))


@dataclass(frozen=True)
class Decision:
    """Where one record goes, and why."""

    split: Split
    reason: str
    jurisdictions: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    partition: str | None = None
    sensitive: bool = False
    pack_digest: str = ""


@dataclass
class Envelope:
    """A record on its way through the pipeline.

    ``record`` is the original record, unchanged.  ``error`` is set by the reader when
    the input could not be parsed (then ``record`` holds ``{"_raw": ...}``) and by any
    later step that could not do its job; such records always end in quarantine.
    """

    id: str
    record: dict[str, Any]
    source: str = ""
    error: str | None = None
    size: int = 0
    scan: ScanResult | None = None
    jurisdictions: tuple[str, ...] = ()
    decision: Decision | None = None
    extras: dict[str, Any] = field(default_factory=dict)
