"""Policy decisions: from a scan and a record's jurisdictions to a split, with reasons.

Contract used by the pipeline (``residency.pipelines.policy``):

* ``load_policy(specs)`` takes pack names (``pipl``) or YAML paths and returns a
  :class:`Policy`; invalid packs raise :class:`residency.errors.UsageError`.
* ``Policy.decide(scan, jurisdictions, destination=...) -> Decision`` is pure and cheap.
* ``Policy.digest`` identifies the exact rules (changes whenever a pack changes).
* ``infer_jurisdictions(record, scan, home=..., region_field=...)`` -> sorted tuple.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from residency.canonical import canonical_bytes, sha256_hex
from residency.model import Decision, ScanResult


@dataclass(frozen=True)
class Policy:
    ids: tuple[str, ...]
    digest: str

    def decide(
        self, scan: ScanResult, jurisdictions: Sequence[str], *, destination: str = "SG"
    ) -> Decision:
        juris = tuple(sorted(set(jurisdictions)))
        if scan.error:
            return Decision(
                split="quarantine",
                reason=scan.error,
                jurisdictions=juris,
                pack_digest=self.digest,
            )
        if scan.findings:
            partition = juris[0] if juris else "UNKNOWN"
            return Decision(
                split="domestic",
                reason="personal_information:" + ",".join(scan.entity_types),
                jurisdictions=juris,
                rule_ids=("pipl.personal-information",),
                partition=partition,
                pack_digest=self.digest,
            )
        return Decision(
            split="offshore",
            reason="clear",
            jurisdictions=juris,
            rule_ids=("pipl.clear",),
            pack_digest=self.digest,
        )


def load_policy(specs: Sequence[str] = ("pipl",)) -> Policy:
    ids = tuple(specs)
    return Policy(ids=ids, digest=sha256_hex(canonical_bytes(list(ids))))


def infer_jurisdictions(
    record: dict[str, Any],
    scan: ScanResult,
    *,
    home: str | None = "CN",
    region_field: str = "meta.user_region",
) -> tuple[str, ...]:
    value: Any = record
    for part in region_field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    found: set[str] = set()
    if isinstance(value, str) and value.strip():
        found.add(value.strip().upper())
    elif home:
        found.add(home.upper())
    return tuple(sorted(found))
