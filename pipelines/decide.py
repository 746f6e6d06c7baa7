"""TagJurisdiction and ApplyPolicy: from scan results to a :class:`Decision` per record."""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

import apache_beam as beam
from apache_beam.metrics import Metrics

from residency.model import Decision, Envelope

NAMESPACE = "residency"


class _TagJurisdictionFn(beam.DoFn):
    def __init__(self, home: str | None, region_field: str) -> None:
        self._home = home
        self._region_field = region_field

    def process(self, env: Envelope) -> Iterator[Envelope]:
        from residency.model import ScanResult
        from residency.policies import infer_jurisdictions

        try:
            env.jurisdictions = tuple(
                infer_jurisdictions(
                    env.record,
                    env.scan or ScanResult(),
                    home=self._home,
                    region_field=self._region_field,
                )
            )
        except Exception as exc:
            env.error = env.error or f"jurisdiction_error:{type(exc).__name__}"
            env.jurisdictions = (self._home,) if self._home else ()
        yield env


class TagJurisdiction(beam.PTransform):
    """Set each envelope's jurisdictions from its metadata, the home default and its text."""

    def __init__(self, home: str | None = "CN", region_field: str = "meta.user_region") -> None:
        super().__init__()
        self._home = home
        self._region_field = region_field

    def expand(self, envelopes: beam.PCollection) -> beam.PCollection:
        return envelopes | beam.ParDo(_TagJurisdictionFn(self._home, self._region_field))


class _ApplyPolicyFn(beam.DoFn):
    def __init__(self, policy_specs: Sequence[str], destination: str, home: str | None) -> None:
        self._specs = list(policy_specs)
        self._destination = destination
        self._home = home
        self._policy: object = None

    def setup(self) -> None:
        from residency.policies import load_policy

        self._policy = load_policy(self._specs)

    def process(self, env: Envelope) -> Iterator[Envelope]:
        from residency.model import ScanResult

        policy = self._policy
        scan = env.scan or ScanResult(error=env.error or "not_scanned")
        if env.error and not scan.error:
            scan = ScanResult(findings=scan.findings, languages=scan.languages, error=env.error)
        try:
            decision: Decision = policy.decide(  # type: ignore[attr-defined]
                scan,
                env.jurisdictions,
                destination=self._destination,
                home=self._home,
                record=env.record,
            )
        except Exception as exc:
            decision = Decision(
                split="quarantine",
                reason=f"policy_error:{type(exc).__name__}",
                jurisdictions=env.jurisdictions,
                pack_digest=getattr(policy, "digest", ""),
            )
        if decision.split == "domestic" and not decision.partition:
            partition = self._home or (env.jurisdictions[0] if env.jurisdictions else "UNKNOWN")
            decision = Decision(**{**decision.__dict__, "partition": partition})
        if decision.split != "offshore" and decision.split != "domestic":
            decision = Decision(**{**decision.__dict__, "split": "quarantine"})
        env.decision = decision
        Metrics.counter(NAMESPACE, f"split_{decision.split}").inc()
        # Reasons are rule ids and error codes (never record content): a bounded set.
        Metrics.counter(NAMESPACE, f"reason_{decision.reason}").inc()
        yield env


class ApplyPolicy(beam.PTransform):
    """Decide each envelope's split with the policy packs; fail closed on any error."""

    def __init__(
        self,
        policy_specs: Sequence[str] = ("pipl",),
        destination: str = "SG",
        home: str | None = "CN",
    ) -> None:
        super().__init__()
        self._specs = list(policy_specs)
        self._destination = destination
        self._home = home

    def expand(self, envelopes: beam.PCollection) -> beam.PCollection:
        return envelopes | beam.ParDo(_ApplyPolicyFn(self._specs, self._destination, self._home))


def mark_duplicate_ids(env: Envelope, duplicates: Container[str]) -> Envelope:
    """Records sharing an id cannot be told apart in an audit: all of them are quarantined.

    ``duplicates`` holds the ids more than one input record carries
    (:class:`residency.pipelines.ids.DuplicateIds`, a side input: normally empty).
    """
    if env.id in duplicates:
        env.error = env.error or "duplicate_id"
    return env
