"""ScanForPII: attach a :class:`ScanResult` to every envelope.

The scanner (spaCy model, Presidio registry, recognizers) is built once per worker
process through :class:`apache_beam.utils.shared.Shared` and records are scanned in
batches.  Anything that goes wrong for a record becomes ``ScanResult(error=...)`` and
the record is quarantined downstream; a batch-level failure is retried record by
record so that one bad record cannot take others with it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.shared import Shared

from residency.model import Envelope, ScanResult
from residency.records import DEFAULT_SCHEMA, RecordSchema

NAMESPACE = "residency"


class _ScannerHandle:
    """Weak-referenceable holder for the per-process scanner (required by Shared)."""

    def __init__(self, scanner: Any) -> None:
        self.scanner = scanner


class _ScanFn(beam.DoFn):
    def __init__(
        self, config: Any, schema: RecordSchema, shared: Shared, progress_every: int
    ) -> None:
        self._config = config
        self._schema = schema
        self._shared = shared
        self._progress_every = progress_every
        self._started = 0.0
        self._scanner: Any = None
        self._scanned = Metrics.counter(NAMESPACE, "records_scanned")
        self._errors = Metrics.counter(NAMESPACE, "scan_errors")
        self._done = 0

    def setup(self) -> None:
        from residency.runtime import configure_offline_runtime

        configure_offline_runtime()

        def build() -> _ScannerHandle:
            from residency.detectors import Scanner

            return _ScannerHandle(Scanner(self._config))

        self._scanner = self._shared.acquire(build, tag=repr(self._config)).scanner
        self._started = time.monotonic()

    def process(self, batch: Sequence[Envelope]) -> Iterator[Envelope]:
        todo = [env for env in batch if env.error is None]
        for env in batch:
            if env.error is not None:
                env.scan = ScanResult(error=env.error)
        if todo:
            try:
                results = self._scanner.scan_records([e.record for e in todo], self._schema)
                if len(results) != len(todo):
                    raise RuntimeError("scanner returned a wrong number of results")
            except Exception:
                results = [self._scan_one(e) for e in todo]
            for env, result in zip(todo, results, strict=True):
                env.scan = result
        for env in batch:
            self._scanned.inc()
            if env.scan is not None and env.scan.error:
                self._errors.inc()
            self._done += 1
            if self._progress_every and self._done % self._progress_every == 0:
                self._report_progress()
            yield env

    def _report_progress(self) -> None:
        """A line on stderr per N records per worker: counts only, never content."""
        elapsed = max(time.monotonic() - self._started, 1e-9)
        sys.stderr.write(
            f"residency: worker {os.getpid()} scanned {self._done} records "
            f"({self._done / elapsed:.0f} records/s)\n"
        )
        sys.stderr.flush()

    def _scan_one(self, env: Envelope) -> ScanResult:
        try:
            result: ScanResult = self._scanner.scan_record(env.record, self._schema)
            return result
        except Exception as exc:  # fail closed, never log the record
            return ScanResult(error=f"detector_error:{type(exc).__name__}")


class ScanForPII(beam.PTransform):
    """Scan envelopes for personal information (batched, one scanner per process)."""

    def __init__(
        self,
        config: Any = None,
        schema: RecordSchema = DEFAULT_SCHEMA,
        min_batch_size: int = 8,
        max_batch_size: int = 256,
        progress_every: int = 0,
    ) -> None:
        super().__init__()
        if config is None:
            from residency.detectors import ScannerConfig

            config = ScannerConfig()
        self._config = config
        self._schema = schema
        self._min = min_batch_size
        self._max = max_batch_size
        self._progress_every = progress_every

    def expand(self, envelopes: beam.PCollection) -> beam.PCollection:
        return (
            envelopes
            | "Batch" >> beam.BatchElements(min_batch_size=self._min, max_batch_size=self._max)
            | "Scan"
            >> beam.ParDo(_ScanFn(self._config, self._schema, Shared(), self._progress_every))
        )
