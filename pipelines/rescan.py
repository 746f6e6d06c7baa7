"""RescanOffshore: every record ApplyPolicy sends offshore, scanned again with every
detector shortcut off (``ScannerConfig(strict=True)``) and re-decided by the same policy.

This is the data behind the ``rescan`` expectation suite (:mod:`residency.validation`).
It runs in the workers, in parallel, instead of one driver process re-reading the
offshore files after the job.  Its results are run statistics only:

- ``("rescan", "records")``: records rescanned;
- ``("rescan", "held")``: records the policy would now hold (expected: none);
- ``("rescan", "scan_error")``: records the strict scanner could not judge (expected: none);
- ``("rescan", "findings_cleared")``: findings in records the policy still clears;
- ``("rescan_entity", <type>)``: records with that entity type among the held ones;
- ``("rescan_failed", id, findings, scan_error)``: the ids of failing records, at most
  :data:`MAX_FAILED_KEPT` of them (the smallest ids: deterministic on any runner).

Record ids, counts and entity type names only: never a value.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.utils.shared import Shared

from residency.model import Envelope, ScanResult
from residency.records import DEFAULT_SCHEMA, RecordSchema

MAX_FAILED_KEPT = 1000
FAILED = "failed"


class _StrictHandle:
    """Weak-referenceable holder for the per-process strict scanner (required by Shared)."""

    def __init__(self, scanner: Any) -> None:
        self.scanner = scanner


class _RescanFn(beam.DoFn):
    """Scan a batch of offshore envelopes strictly; emit stats and failing ids."""

    def __init__(
        self,
        schema: RecordSchema,
        policies: Sequence[str],
        destination: str,
        home: str | None,
        region_field: str,
        shared: Shared,
    ) -> None:
        self._schema = schema
        self._specs = list(policies)
        self._destination = destination
        self._home = home
        self._region_field = region_field
        self._shared = shared
        self._scanner: Any = None
        self._policy: Any = None

    def setup(self) -> None:
        from residency.policies import load_policy
        from residency.runtime import configure_offline_runtime

        configure_offline_runtime()

        def build() -> _StrictHandle:
            # The same factory as the driver-side fallback, so that one definition says
            # what "strict" is (and tests can inject a scanner in-process).
            from residency import validation

            return _StrictHandle(validation.rescan_scanner())

        self._scanner = self._shared.acquire(build, tag="strict-rescan").scanner
        self._policy = load_policy(self._specs)

    def _held(self, env: Envelope, scan: ScanResult) -> bool:
        from residency.policies import infer_jurisdictions

        juris = infer_jurisdictions(
            env.record, scan, home=self._home, region_field=self._region_field
        )
        decision = self._policy.decide(
            scan, juris, destination=self._destination, home=self._home, record=env.record
        )
        return bool(decision.split != "offshore")

    def _scan(self, batch: Sequence[Envelope]) -> list[ScanResult | None]:
        records = [env.record for env in batch]
        try:
            results = list(self._scanner.scan_records(records, self._schema))
            if len(results) == len(batch):
                return results
        except Exception:  # retried record by record below; fail closed per record
            pass
        out: list[ScanResult | None] = []
        for record in records:
            try:
                out.append(self._scanner.scan_records([record], self._schema)[0])
            except Exception:
                out.append(None)
        return out

    def process(self, batch: Sequence[Envelope]) -> Iterator[Any]:
        for env, result in zip(batch, self._scan(batch), strict=True):
            yield (("rescan", "records"), 1)
            error = result is None or result.error is not None
            findings = 0
            if error:
                yield (("rescan", "scan_error"), 1)
            elif result is not None and result.findings:
                try:
                    held = self._held(env, result)
                except Exception:  # a policy failure on a rescan fails closed
                    held = True
                if held:
                    findings = len(result.findings)
                    yield (("rescan", "held"), 1)
                    for entity_type in sorted({f.entity_type for f in result.findings}):
                        yield (("rescan_entity", entity_type), 1)
                else:
                    yield (("rescan", "findings_cleared"), len(result.findings))
            if error or findings:
                yield beam.pvalue.TaggedOutput(FAILED, (env.id, findings, error))


class RescanOffshore(beam.PTransform):
    """Rescan decided envelopes that go offshore; output ``(stats key, count)`` pairs."""

    def __init__(
        self,
        schema: RecordSchema = DEFAULT_SCHEMA,
        policies: Sequence[str] = ("pipl",),
        destination: str = "SG",
        home: str | None = "CN",
        region_field: str = "meta.user_region",
        min_batch_size: int = 8,
        max_batch_size: int = 256,
    ) -> None:
        super().__init__()
        self._schema = schema
        self._specs = list(policies)
        self._destination = destination
        self._home = home
        self._region_field = region_field
        self._min = min_batch_size
        self._max = max_batch_size

    def expand(self, decided: beam.PCollection) -> beam.PCollection:
        fn = _RescanFn(
            self._schema, self._specs, self._destination, self._home, self._region_field, Shared()
        )
        scanned = (
            decided
            | "Offshore"
            >> beam.Filter(
                lambda env: env.decision is not None and env.decision.split == "offshore"
            )
            | "Batch" >> beam.BatchElements(min_batch_size=self._min, max_batch_size=self._max)
            | "Rescan" >> beam.ParDo(fn).with_outputs(FAILED, main="stats")
        )
        failed = (
            scanned[FAILED]
            | "KeepSmallestIds" >> beam.combiners.Top.Smallest(MAX_FAILED_KEPT)
            | "FailedKeys"
            >> beam.FlatMap(lambda kept: [(("rescan_failed", i, n, e), 1) for i, n, e in kept])
        )
        zero = decided.pipeline | "RescanZero" >> beam.Create([(("rescan", "records"), 0)])
        # Summed before the Flatten (which a runner may buffer): not one element per record.
        stats = scanned.stats | "SumRescan" >> beam.CombinePerKey(sum)
        return [stats, failed, zero] | "RescanStats" >> beam.Flatten()
