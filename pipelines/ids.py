"""DuplicateIds: the record ids that occur more than once, from an ids-only read of the inputs.

The main path (read -> scan -> decide -> write) must not wait on a shuffle of whole
envelopes.  Instead the inputs are read a second, cheap time for their ids only (the
same parsing functions as :mod:`residency.pipelines.read`, so the same ids); ids are
sorted externally per id shard (:class:`residency.pipelines.spill.SpillSortedRuns`) and
merged, and the ids seen twice -- normally none -- become a side input of the main path.
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
import os
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from residency.pipelines.read import input_format, parse_jsonl_line
from residency.pipelines.spill import SpillSortedRuns, delete_runs, merge_key_runs
from residency.pipelines.write import shard_of
from residency.records import (
    DEFAULT_MAX_RECORD_BYTES,
    DEFAULT_SCHEMA,
    RecordSchema,
    json_safe,
    record_id,
)


class _ReadIdsFn(beam.DoFn):
    """One input file -> the id of every record in it (blank lines are not records)."""

    def __init__(self, schema: RecordSchema, max_record_bytes: int) -> None:
        self._schema = schema
        self._max = max_record_bytes

    def process(self, path: str) -> Iterator[str]:
        try:
            if input_format(path) == "parquet":
                yield from self._parquet_ids(path)
            else:
                yield from self._jsonl_ids(path)
        except (OSError, EOFError, ValueError, zlib.error) as exc:
            from residency.errors import UsageError

            raise UsageError(
                f"input {path!r} could not be read to the end ({type(exc).__name__}); "
                "it may be truncated or corrupt; nothing was published"
            ) from exc

    def _jsonl_ids(self, path: str) -> Iterator[str]:
        name = os.path.basename(path)
        with contextlib.ExitStack() as stack:
            fh: Any = stack.enter_context(
                FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
            )
            if path.lower().endswith(".gz"):
                fh = stack.enter_context(gzip.GzipFile(fileobj=fh, mode="rb"))
            for lineno, line in enumerate(iter(fh.readline, b""), 1):
                raw = line.rstrip(b"\r\n")
                if raw.strip():
                    yield parse_jsonl_line(raw, f"{name}:{lineno}", self._schema, self._max).id

    def _parquet_ids(self, path: str) -> Iterator[str]:
        import pyarrow.parquet as pq

        with FileSystems.open(path) as fh:
            for batch in pq.ParquetFile(fh).iter_batches(batch_size=1024):
                for value in batch.to_pylist():
                    yield record_id(json_safe(value), self._schema)


class _RepeatedIdsFn(beam.DoFn):
    """Merge one id shard's sorted runs; output each id that occurs more than once."""

    def __init__(self, folder: str) -> None:
        self._folder = folder

    def process(self, item: tuple[int, Sequence[str]]) -> Iterator[str]:
        _, paths = item
        paths = list(paths)
        made: list[str] = []
        for value, same in itertools.groupby(merge_key_runs(self._folder, paths, None, made)):
            if sum(1 for _ in itertools.islice(same, 2)) == 2:
                yield value
        delete_runs([*paths, *made])


class DuplicateIds(beam.PTransform):
    """Files -> the ids that more than one record of the inputs carries (each once)."""

    def __init__(
        self,
        paths: Sequence[str],
        folder: str,
        shards: int = 1,
        schema: RecordSchema = DEFAULT_SCHEMA,
        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    ) -> None:
        super().__init__()
        self._paths = list(paths)
        self._folder = folder
        self._shards = max(1, shards)
        self._schema = schema
        self._max = max_record_bytes

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        shards = self._shards
        return (
            pbegin
            | "IdFiles" >> beam.Create(self._paths)
            | "SpreadIdFiles" >> beam.Reshuffle()
            | "ReadIds" >> beam.ParDo(_ReadIdsFn(self._schema, self._max))
            | "IdShard" >> beam.Map(lambda i: (shard_of(i, shards), i))
            | "SortIds" >> SpillSortedRuns(self._folder)
            | "RepeatedIds" >> beam.ParDo(_RepeatedIdsFn(self._folder))
        )
