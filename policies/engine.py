"""Policy decisions: from a scan and a record's jurisdictions to a split, with reasons.

Contract used by the pipeline (``residency.pipelines.policy``):

* ``load_policy(specs) -> Policy`` takes pack names (``pipl``) or YAML paths; invalid
  packs raise :class:`residency.errors.UsageError` (a ``PolicyPackError`` listing
  ``file:line:column`` problems).
* ``Policy.decide(scan, jurisdictions, destination=..., home=..., record=...) -> Decision``
  is pure and cheap.
* ``Policy.digest`` identifies the exact rules and engine semantics: it changes whenever a
  pack (or a pack it extends) changes.  ``Policy.ids`` are the pack ids.
* ``infer_jurisdictions(record, scan, home=..., region_field=...)`` -> sorted tuple.

How a decision is made (fail closed; docs/policies.md has the table):

1. The packs that apply are those governing one of the record's jurisdictions, global
   packs (``jurisdictions: ["*"]``), and the packs governing the run's ``home``: the
   handler's own law applies to everything it processes (PIPL Art. 3), whatever the
   user's region.
2. Every *hold* rule (action ``domestic`` or ``quarantine``) of those packs is matched
   against the findings, and the engine adds its own: a finding type outside the taxonomy
   quarantines the record (``engine.unknown-entity-type``).
3. Strictness: ``quarantine`` > ``domestic`` > ``offshore``.  Quarantine beats domestic
   because it means "a steward must look first": the domestic output is used for
   training at home, and a record nobody could judge must not be used anywhere yet.
4. A scan error quarantines the record with the error as reason, whatever else fired.
5. No jurisdiction, or no pack applies (none governs them nor the home) -> quarantine.
6. Only when nothing held the record are the ``offshore`` rules tried; the record goes
   offshore when one fires (a positive, named clearance such as ``pipl.default-clear``),
   otherwise it is quarantined (``engine.no-clearing-rule``).

``Decision.rule_ids`` lists every rule that fired, sorted; ``reason`` names the rules that
decided (or the scan error); ``partition`` is the ``domestic/<J>`` folder: among the
record's jurisdictions governed by a pack whose deciding rule fired, the home jurisdiction
if it is one of them, else the first in the order of trust (metadata, home, then text
evidence -- ``infer_jurisdictions``); when the deciding pack applied
only through the home (it governs none of the record's jurisdictions), the record's own
first jurisdiction, so each jurisdiction's data reaches its own domestic site.  ``sensitive`` is set when a
fired rule counted a PIPL Art. 28 category (keyword categories only with an identifier).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from residency.canonical import canonical_bytes, sha256_hex
from residency.detectors.entities import ENTITIES, info, is_sensitive
from residency.model import Decision, Finding, ScanResult, Split
from residency.policies.jurisdiction import infer_jurisdictions, normalize_region
from residency.policies.loader import Match, Pack, Rule, is_masked_type, load_packs
from residency.policies.masked import with_masked_findings

# Part of every digest: a change to how rules are interpreted changes the digest too.
ENGINE_SEMANTICS = "residency.policies/2"
ENGINE = "engine"

_STRICTNESS: dict[str, int] = {"offshore": 0, "domestic": 1, "quarantine": 2}


def _engine_rule(rule_id: str, article: str, reason: str) -> Rule:
    return Rule(rule_id, article, "quarantine", reason, Match(always=True), ENGINE)


SCAN_ERROR = _engine_rule(
    "engine.scan-error", "fail closed", "The scan could not judge the record."
)
UNKNOWN_ENTITY = _engine_rule(
    "engine.unknown-entity-type",
    "fail closed",
    "A finding's entity type is not in the taxonomy (residency.detectors.entities); "
    "no rule can say how sensitive it is.",
)
NO_JURISDICTION = _engine_rule(
    "engine.no-jurisdiction",
    "fail closed",
    "The record has no jurisdiction and no --home was given.",
)
NO_APPLICABLE_PACK = _engine_rule(
    "engine.no-applicable-pack",
    "fail closed",
    "No loaded pack governs any of the record's jurisdictions.",
)
NO_CLEARING_RULE = _engine_rule(
    "engine.no-clearing-rule",
    "fail closed",
    "Nothing held the record but no offshore rule cleared it either.",
)


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired, with the findings it counted (masked evidence only)."""

    rule: Rule
    findings: tuple[Finding, ...] = ()
    deciding: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule.id,
            "pack": self.rule.pack,
            "article": self.rule.article,
            "action": self.rule.action,
            "deciding": self.deciding,
            "reason": self.rule.reason,
            "findings": [
                {
                    "entity_type": f.entity_type,
                    "field": f.field,
                    "start": f.start,
                    "end": f.end,
                    "score": f.score,
                    "evidence": f.masked,
                }
                for f in self.findings
            ],
        }


@dataclass(frozen=True)
class Explanation:
    decision: Decision
    hits: tuple[RuleHit, ...]
    packs: tuple[str, ...]
    destination: str

    def to_json(self) -> dict[str, Any]:
        d = self.decision
        return {
            "split": d.split,
            "partition": d.partition,
            "reason": d.reason,
            "sensitive": d.sensitive,
            "jurisdictions": list(d.jurisdictions),
            "destination": self.destination,
            "applicable_packs": list(self.packs),
            "rule_ids": list(d.rule_ids),
            "pack_digest": d.pack_digest,
            "rules": [h.to_json() for h in self.hits],
        }


def _has_identifier(findings: Sequence[Finding]) -> bool:
    for f in findings:
        if is_masked_type(f.entity_type):
            continue
        meta = info(f.entity_type)
        if meta.direct or meta.category == "name":
            return True
    return False


def _select(
    rule: Rule, findings: Sequence[Finding], destination: str, identified: bool
) -> tuple[Finding, ...] | None:
    """The findings a rule counts, or None when it does not fire."""
    m = rule.match
    if not m.applies_to_destination(destination):
        return None
    if m.always:
        return ()
    if m.with_identifier and not identified:
        return None
    selected = tuple(f for f in findings if f.score >= m.min_score and m.selects(f.entity_type))
    return selected or None


def _counts_as_sensitive(finding: Finding, identified: bool) -> bool:
    if is_masked_type(finding.entity_type) or not is_sensitive(finding.entity_type):
        return False
    return info(finding.entity_type).direct or identified


@dataclass(frozen=True)
class Policy:
    """The loaded packs and the decision procedure (see the module docstring)."""

    ids: tuple[str, ...]
    digest: str
    packs: tuple[Pack, ...] = ()

    def decide(
        self,
        scan: ScanResult,
        jurisdictions: Sequence[str],
        *,
        destination: str = "SG",
        home: str | None = None,
        record: dict[str, Any] | None = None,
    ) -> Decision:
        """Where one record goes.  Pass ``record`` to also look for masked tokens in it
        (PIPL Art. 73, ``residency.policies.masked``); ``home`` picks the partition."""
        return self.explain(
            scan, jurisdictions, destination=destination, home=home, record=record
        ).decision

    def explain(
        self,
        scan: ScanResult,
        jurisdictions: Sequence[str],
        *,
        destination: str = "SG",
        home: str | None = None,
        record: dict[str, Any] | None = None,
    ) -> Explanation:
        if record is not None:
            scan = with_masked_findings(scan, record)
        # ``jurisdictions`` arrive in order of trust (metadata/home first, then text
        # evidence); the decision lists them sorted, the partition follows the trust order.
        trusted = tuple(dict.fromkeys(normalize_region(j) or str(j).upper() for j in jurisdictions))
        juris = tuple(sorted(trusted))
        dest = normalize_region(destination) or str(destination).upper()
        home_code = normalize_region(home) if home else None
        findings = scan.findings
        identified = _has_identifier(findings)
        applicable = tuple(
            p
            for p in self.packs
            if p.governed(juris) or (home_code is not None and p.governed((home_code,)))
        )

        holds: list[RuleHit] = []
        unknown = tuple(
            f
            for f in findings
            if f.entity_type not in ENTITIES and not is_masked_type(f.entity_type)
        )
        if unknown:
            holds.append(RuleHit(UNKNOWN_ENTITY, unknown))
        for pack in applicable:
            for rule in pack.rules:
                if rule.holds:
                    selected = _select(rule, findings, dest, identified)
                    if selected is not None:
                        holds.append(RuleHit(rule, selected))

        hits: list[RuleHit]
        split: Split
        partition: str | None = None
        if scan.error:
            hits = [*holds, RuleHit(SCAN_ERROR, deciding=True)]
            split, reason = "quarantine", scan.error
        elif holds:
            split = (
                "quarantine" if any(h.rule.action == "quarantine" for h in holds) else "domestic"
            )
            hits = [RuleHit(h.rule, h.findings, h.rule.action == split) for h in holds]
            deciding = sorted({h.rule.id for h in hits if h.deciding})
            reason = ",".join(deciding)
            if split == "domestic":
                partition = self._partition(hits, trusted, home_code)
        elif not juris:
            hits, split, reason = (
                [RuleHit(NO_JURISDICTION, deciding=True)],
                "quarantine",
                "no_jurisdiction",
            )
        elif not applicable:
            hits = [RuleHit(NO_APPLICABLE_PACK, deciding=True)]
            split, reason = "quarantine", "no_applicable_pack:" + ",".join(juris)
        else:
            clears = [
                RuleHit(rule, selected, deciding=True)
                for pack in applicable
                for rule in pack.rules
                if not rule.holds
                and (selected := _select(rule, findings, dest, identified)) is not None
            ]
            if clears:
                hits, split, reason = clears, "offshore", "clear"
            else:
                hits = [RuleHit(NO_CLEARING_RULE, deciding=True)]
                split, reason = "quarantine", "no_clearing_rule"

        hits.sort(key=lambda h: h.rule.id)
        sensitive = any(_counts_as_sensitive(f, identified) for h in hits for f in h.findings)
        decision = Decision(
            split=split,
            reason=reason,
            jurisdictions=juris,
            rule_ids=tuple(sorted({h.rule.id for h in hits})),
            partition=partition,
            sensitive=sensitive,
            pack_digest=self.digest,
        )
        return Explanation(decision, tuple(hits), tuple(p.id for p in applicable), dest)

    def _partition(self, hits: Sequence[RuleHit], juris: tuple[str, ...], home: str | None) -> str:
        packs = {p.id: p for p in self.packs}
        candidates: set[str] = set()
        for hit in hits:
            if hit.deciding and hit.rule.pack in packs:
                candidates.update(packs[hit.rule.pack].governed(juris))
        if home in candidates:
            return str(home)
        for region in juris:  # in order of trust
            if region in candidates:
                return region
        return juris[0] if juris else (home or "UNKNOWN")


def policy_digest(packs: Sequence[Pack]) -> str:
    """sha256 over the engine semantics and every pack's digest (order-independent)."""
    body = {
        "engine": ENGINE_SEMANTICS,
        "packs": sorted(({"id": p.id, "digest": p.digest} for p in packs), key=lambda x: x["id"]),
    }
    return sha256_hex(canonical_bytes(body))


def load_policy(specs: Sequence[str] = ("pipl",)) -> Policy:
    """Load packs by shipped name or path (see ``residency.policies.loader``)."""
    if isinstance(specs, str):
        specs = (specs,)
    packs = load_packs(tuple(specs))
    return Policy(ids=tuple(p.id for p in packs), digest=policy_digest(packs), packs=packs)


__all__ = [
    "Explanation",
    "Policy",
    "RuleHit",
    "infer_jurisdictions",
    "load_policy",
    "policy_digest",
]
