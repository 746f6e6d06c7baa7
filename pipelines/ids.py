"""DuplicateIds: the record ids that occur more than once, from an ids-only read of the inputs.

The main path (read -> scan -> decide -> write) must not wait on a shuffle of whole
envelopes.  Instead the inputs are read a second, cheap time for their ids only (the
same parsing functions as :mod:`residency.pipelines.read`, so the same ids); ids are
sorted externally per id shard (:class:`residency.pipelines.spill.SpillSortedRuns`) and
merged, and the ids seen twice -- normally none -- become a side input of the main path.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import apache_beam as beam

from residency.pipelines.read import (
    parse_jsonl_line,
    range_lines,
    range_rows,
    read_ranges,
    reading,
)
from residency.pipelines.spill import SpillSortedRuns, delete_runs, merge_key_runs
from residency.pipelines.write import shard_of
from residency.records import (
    DEFAULT_MAX_RECORD_BYTES,
    DEFAULT_SCHEMA,
    RecordSchema,
    record_id,
)

if TYPE_CHECKING:
    from residency.inputs import InputFile, ReadRange


class _ReadIdsFn(beam.DoFn):
    """One read range -> the id of every record in it (blank lines are not records)."""

    def __init__(self, schema: RecordSchema, max_record_bytes: int) -> None:
        self._schema = schema
        self._max = max_record_bytes

    def process(self, part: ReadRange) -> Iterator[str]:
        with reading(part.path):
            if part.kind == "row_group":
                for _, record in range_rows(part):
                    yield record_id(record, self._schema)
                return
            name = os.path.basename(part.path)
            with contextlib.ExitStack() as stack:
                for lineno, line in range_lines(stack, part):
                    raw = line.rstrip(b"\r\n")
                    if raw.strip():
                        yield parse_jsonl_line(raw, f"{name}:{lineno}", self._schema, self._max).id


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
    """Input files (paths or planned inputs) -> the ids that more than one record of the inputs carries (each once)."""

    def __init__(
        self,
        inputs: Sequence[str | InputFile],
        folder: str,
        shards: int = 1,
        schema: RecordSchema = DEFAULT_SCHEMA,
        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    ) -> None:
        super().__init__()
        self._inputs = list(inputs)
        self._folder = folder
        self._shards = max(1, shards)
        self._schema = schema
        self._max = max_record_bytes

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        shards = self._shards
        return (
            pbegin
            | "IdRanges" >> beam.Create(read_ranges(self._inputs))
            | "SpreadIdRanges" >> beam.Reshuffle()
            | "ReadIds" >> beam.ParDo(_ReadIdsFn(self._schema, self._max))
            | "IdShard" >> beam.Map(lambda i: (shard_of(i, shards), i))
            | "SortIds" >> SpillSortedRuns(self._folder)
            | "RepeatedIds" >> beam.ParDo(_RepeatedIdsFn(self._folder))
        )
