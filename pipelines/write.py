"""WriteSplits: the three outputs, the decision log and the run statistics.

Files are written by a deterministic sharded sink rather than ``fileio.WriteToFiles``
(which silently ignores failed renames and cannot create nested folders): each row
goes to shard ``sha256(id) mod shards`` of its destination (``offshore``,
``domestic/CN``, ``quarantine``, ``decisions``), rows are sorted by id inside a shard
(:func:`row_order`), so the same input gives byte-identical files on any runner and
worker count.  No shard is ever held in memory: each bundle spills sorted runs of
rows (:mod:`residency.pipelines.spill`) and one k-way merge per shard streams them
into the file.  Writes go into the private staging folder; the driver publishes it
only after reconciling.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import pyarrow as pa
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from residency.canonical import record_digest
from residency.detectors.entities import is_sensitive
from residency.model import Envelope
from residency.pipelines.spill import RUNS_DIR, SpillSortedRuns, delete_runs, merge_key_runs
from residency.records import (
    DEFAULT_SCHEMA,
    RecordSchema,
    dumps_record,
    messages_column,
    text_column,
)

NAMESPACE = "residency"
STATS_DIR = "_stats"

RECORD_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("record", pa.string(), nullable=False),
        pa.field("record_sha256", pa.string(), nullable=False),
        pa.field("text", pa.string()),
        pa.field(
            "messages",
            pa.list_(pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])),
        ),
    ]
)

EVIDENCE_TYPE = pa.struct(
    [
        pa.field("entity_type", pa.string()),
        pa.field("field", pa.string()),
        pa.field("masked", pa.string()),
        pa.field("score", pa.float64()),
        pa.field("normalized", pa.bool_()),
    ]
)

DECISION_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("split", pa.string(), nullable=False),
        pa.field("partition", pa.string()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("jurisdictions", pa.list_(pa.string())),
        pa.field("entity_types", pa.list_(pa.string())),
        pa.field("rule_ids", pa.list_(pa.string())),
        pa.field("sensitive", pa.bool_()),
        pa.field("pack_digest", pa.string()),
        pa.field("languages", pa.list_(pa.string())),
        pa.field("source", pa.string()),
        pa.field("record_sha256", pa.string(), nullable=False),
        pa.field("evidence", pa.list_(EVIDENCE_TYPE)),
    ]
)

SCHEMAS = {"records": RECORD_SCHEMA, "decisions": DECISION_SCHEMA}
ROW_GROUP_ROWS = 10_000
MAX_EVIDENCE = 20


def destination_of(env: Envelope) -> str:
    """Relative folder of the record's split: offshore, quarantine or domestic/<J>."""
    assert env.decision is not None
    if env.decision.split == "domestic":
        return f"domestic/{env.decision.partition or 'UNKNOWN'}"
    return env.decision.split


def shard_of(record_id: str, shards: int) -> int:
    return int.from_bytes(hashlib.sha256(record_id.encode("utf-8")).digest()[:8], "big") % shards


def record_row(env: Envelope, schema: RecordSchema, digest: str) -> dict[str, Any]:
    return {
        "id": env.id,
        "record": dumps_record(env.record),
        "record_sha256": digest,
        "text": text_column(env.record, schema),
        "messages": messages_column(env.record, schema),
    }


def decision_row(env: Envelope, digest: str) -> dict[str, Any]:
    d = env.decision
    assert d is not None
    findings = env.scan.findings if env.scan else ()
    return {
        "id": env.id,
        "split": d.split,
        "partition": d.partition,
        "reason": d.reason,
        "jurisdictions": list(d.jurisdictions),
        "entity_types": sorted({f.entity_type for f in findings}),
        "rule_ids": list(d.rule_ids),
        "sensitive": bool(d.sensitive),
        "pack_digest": d.pack_digest,
        "languages": list(env.scan.languages) if env.scan else [],
        "source": env.source,
        "record_sha256": digest,
        "evidence": [
            {
                "entity_type": f.entity_type,
                "field": f.field,
                "masked": f.masked,
                "score": float(f.score),
                "normalized": bool(f.normalized),
            }
            for f in findings[:MAX_EVIDENCE]
        ],
    }


def _mkdirs(path: str) -> None:
    """Create a folder; fine if it exists (local) or is not needed (object stores)."""
    with contextlib.suppress(OSError):
        FileSystems.mkdirs(path)


class _ToRowsFn(beam.DoFn):
    """Fan one decided envelope out into its split row, its decision row and stats."""

    STATS = "stats"
    SUBJECTS = "subjects"

    def __init__(self, shards: int, schema: RecordSchema) -> None:
        self._shards = shards
        self._schema = schema

    def process(self, env: Envelope) -> Iterator[Any]:
        d = env.decision
        assert d is not None
        digest = record_digest(env.record)
        dest = destination_of(env)
        shard = shard_of(env.id, self._shards)
        yield ((dest, shard), record_row(env, self._schema, digest))
        yield (("decisions", shard), decision_row(env, digest))
        yield beam.pvalue.TaggedOutput(
            self.STATS, (("split", d.split, d.partition or "", d.reason), 1)
        )
        juris = d.partition or (d.jurisdictions[0] if d.jurisdictions else "")
        for j in d.jurisdictions or ("",):
            yield beam.pvalue.TaggedOutput(self.STATS, (("jurisdiction", d.split, j), 1))
        for rule in d.rule_ids:
            yield beam.pvalue.TaggedOutput(self.STATS, (("rule", d.split, rule), 1))
        if d.sensitive:
            yield beam.pvalue.TaggedOutput(self.STATS, (("sensitive", d.split), 1))
        findings = env.scan.findings if env.scan else ()
        for entity_type in sorted({f.entity_type for f in findings}):
            yield beam.pvalue.TaggedOutput(self.STATS, (("entity", d.split, entity_type), 1))
        sensitive_record = any(is_sensitive(f.entity_type) for f in findings)
        for subject in sorted({f.subject for f in findings if f.subject}):
            yield beam.pvalue.TaggedOutput(
                self.SUBJECTS, (d.split, juris, sensitive_record, subject)
            )
        Metrics.counter(NAMESPACE, "records_written").inc()


def row_order(row: dict[str, Any]) -> tuple[str, str, str]:
    """Rows of a file are sorted by id; rows sharing an id (all quarantined) by content."""
    return (row["id"], row["record_sha256"], row.get("source") or "")


def _count_rows(path: str, fmt: str) -> int:
    with FileSystems.open(path) as fh:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(fh).metadata.num_rows)
        return sum(1 for _ in fh)


class _WriteShardFn(beam.DoFn):
    """Merge one (destination, shard)'s sorted runs into its single file in the staging folder.

    The rows stream from the runs (:func:`residency.pipelines.spill.merge_key_runs`) into
    row groups of ``row_group_size``: the file is the one a sort of the whole shard would
    give.  It is written under the runs folder and renamed into place, then its runs are
    deleted; a retried bundle whose runs are gone finds the file already in place.
    """

    def __init__(self, staging: str, fmt: str, runs: str, row_group_size: int = 10_000) -> None:
        self._staging = staging
        self._format = fmt
        self._runs = runs
        self._row_group_size = row_group_size

    def process(self, item: tuple[tuple[str, int], Iterable[str]]) -> Iterator[Any]:
        (dest, shard), run_paths = item
        paths = sorted(run_paths)
        suffix = "parquet" if self._format == "parquet" else "jsonl"
        rel = f"{dest}/part-{shard:05d}.{suffix}"
        path = FileSystems.join(self._staging, *rel.split("/"))
        if not all(FileSystems.exists(p) for p in paths):
            if not FileSystems.exists(path):
                raise OSError(f"sorted runs of {rel} are missing")
            yield (("file", rel), _count_rows(path, self._format))  # done by an earlier attempt
            return
        made: list[str] = []
        rows = merge_key_runs(self._runs, paths, row_order, made)
        schema = DECISION_SCHEMA if dest == "decisions" else RECORD_SCHEMA
        tmp = FileSystems.join(self._runs, f"{uuid.uuid4().hex}.part")
        count = 0
        with FileSystems.create(tmp) as fh:
            if self._format == "parquet":
                import pyarrow.parquet as pq

                with pq.ParquetWriter(fh, schema, compression="zstd") as writer:
                    while chunk := list(itertools.islice(rows, self._row_group_size)):
                        writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                        count += len(chunk)
            else:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False).encode("utf-8"))  # schema order
                    fh.write(b"\n")
                    count += 1
        _mkdirs(path.rsplit("/", 1)[0])
        FileSystems.rename([tmp], [path])
        delete_runs([*paths, *made])
        Metrics.counter(NAMESPACE, "files_written").inc()
        yield (("file", rel), count)


class _CountDistinctFn(beam.DoFn):
    """Merge one key's sorted runs of values; output ``(key, number of distinct values)``."""

    def __init__(self, runs: str) -> None:
        self._runs = runs

    def process(self, item: tuple[Any, Iterable[str]]) -> Iterator[tuple[Any, int]]:
        key, run_paths = item
        paths = list(run_paths)
        made: list[str] = []
        distinct = sum(1 for _ in itertools.groupby(merge_key_runs(self._runs, paths, None, made)))
        delete_runs([*paths, *made])
        yield key, distinct


class _WriteStatsFn(beam.DoFn):
    def __init__(self, staging: str) -> None:
        self._staging = staging

    def process(self, item: tuple[Any, Iterable[tuple[Any, int]]]) -> Iterator[str]:
        _, entries = item
        lines = sorted(json.dumps([list(k), v], ensure_ascii=False) for k, v in entries)
        path = FileSystems.join(self._staging, STATS_DIR, "stats.jsonl")
        _mkdirs(FileSystems.join(self._staging, STATS_DIR))
        with FileSystems.create(path) as fh:
            fh.write(("\n".join(lines) + "\n").encode("utf-8"))
        yield path


class WriteSplits(beam.PTransform):
    """Write decided envelopes to ``staging/{offshore,domestic/<J>,quarantine,decisions}``.

    ``extra_stats`` are ``(key, count)`` PCollections (e.g. records read) folded into the
    run statistics file ``staging/_stats/stats.jsonl`` that the driver reconciles.
    Rows reach their files through sorted runs in ``staging/_runs`` (at most
    ``budget_bytes`` of rows buffered per bundle), never a whole shard in memory.
    """

    def __init__(
        self,
        staging: str,
        shards: int = 1,
        fmt: str = "parquet",
        schema: RecordSchema = DEFAULT_SCHEMA,
        extra_stats: Iterable[beam.PCollection] = (),
        budget_bytes: int | None = None,
    ) -> None:
        super().__init__()
        self._budget = budget_bytes
        self._staging = staging
        self._shards = max(1, shards)
        self._format = fmt
        self._schema = schema
        self._extra_stats = list(extra_stats)

    def expand(self, decided: beam.PCollection) -> beam.PCollection:
        fanned = decided | "ToRows" >> beam.ParDo(
            _ToRowsFn(self._shards, self._schema)
        ).with_outputs(_ToRowsFn.STATS, _ToRowsFn.SUBJECTS, main="rows")
        runs = FileSystems.join(self._staging, RUNS_DIR, "rows")
        files = (
            fanned.rows
            | "SortShards" >> SpillSortedRuns(runs, row_order, self._budget)
            | "WriteShards"
            >> beam.ParDo(_WriteShardFn(self._staging, self._format, runs, ROW_GROUP_ROWS))
        )
        subject_runs = FileSystems.join(self._staging, RUNS_DIR, "subjects")
        subjects = (
            fanned[_ToRowsFn.SUBJECTS]
            | "SubjectKey" >> beam.Map(lambda s: (("subjects", s[0], s[1], s[2]), s[3]))
            | "SortSubjects" >> SpillSortedRuns(subject_runs, None, self._budget)
            | "CountSubjects" >> beam.ParDo(_CountDistinctFn(subject_runs))
        )
        # Summed per source first: the partial sums run in the producing stage, so no
        # runner buffers one stats element per record at the Flatten.
        sources = [fanned[_ToRowsFn.STATS], files, subjects, *self._extra_stats]
        summed = [pc | f"SumStats{i}" >> beam.CombinePerKey(sum) for i, pc in enumerate(sources)]
        return (
            summed
            | "AllStats" >> beam.Flatten()
            | "SumStats" >> beam.CombinePerKey(sum)
            | "OneKey" >> beam.Map(lambda kv: (None, kv))
            | "GatherStats" >> beam.GroupByKey()
            | "WriteStats" >> beam.ParDo(_WriteStatsFn(self._staging))
        )
