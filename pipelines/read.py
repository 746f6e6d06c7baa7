"""ReadRecords: JSONL (optionally gzip) and Parquet files -> :class:`Envelope` s.

Unparseable input is data, not an exception: an invalid JSON line, invalid UTF-8, a
line that is not a JSON object, a record over the size limit or one that holds no
judgeable text (:func:`residency.records.record_problem`) becomes an envelope with
``error`` set (it will land in quarantine with that reason).  Blank lines are
not records and are counted, not emitted.

Inputs are read in :class:`residency.inputs.ReadRange` s (byte ranges of uncompressed
JSONL, row groups of Parquet, whole gzip files), spread over the workers.  A record's
``source`` is ``<file>:<line>`` (JSONL, counting blank lines) or ``<file>#<row>``
(Parquet), both from 1, whatever the ranges.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from residency.canonical import sha256_hex
from residency.model import Envelope
from residency.records import (
    DEFAULT_MAX_RECORD_BYTES,
    DEFAULT_SCHEMA,
    RecordSchema,
    json_safe,
    record_id,
    record_problem,
)

if TYPE_CHECKING:
    from residency.inputs import InputFile, ReadRange

NAMESPACE = "residency"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
SUPPORTED_SUFFIXES = JSONL_SUFFIXES + PARQUET_SUFFIXES
_SKIP_BLOCK = 64 << 10


def input_format(path: str) -> str:
    lower = path.lower()
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    raise ValueError(f"unsupported input file type: {os.path.basename(path)}")


def _bad_envelope(reason: str, raw: bytes, source: str) -> Envelope:
    try:
        payload: dict[str, Any] = {"_raw": raw.decode("utf-8")}
    except UnicodeDecodeError:
        payload = {"_raw_base64": base64.b64encode(raw).decode("ascii")}
    return Envelope(
        id="invalid:" + sha256_hex(raw)[:40],
        record=payload,
        source=source,
        error=reason,
        size=len(raw),
    )


def parse_jsonl_line(
    raw: bytes, source: str, schema: RecordSchema, max_record_bytes: int
) -> Envelope:
    """One JSONL line (without its newline) to an envelope; never raises."""
    if len(raw) > max_record_bytes:
        return _bad_envelope("oversized_record", raw, source)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _bad_envelope("invalid_utf8", raw, source)
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return _bad_envelope("invalid_json", raw, source)
    if not isinstance(value, dict):
        return _bad_envelope("not_a_json_object", raw, source)
    try:
        if b"\\u" in raw:  # only escapes can smuggle in lone surrogates
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # "\ud800": a lone surrogate is valid JSON but not text
        return _bad_envelope("invalid_unicode", raw, source)
    return Envelope(
        id=record_id(value, schema),
        record=value,
        source=source,
        size=len(raw),
        error=record_problem(value, schema),
    )


def iter_range_lines(fh: Any, start: int, stop: int, first: int) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` for each line of a seekable binary file that starts in
    ``[start, stop)``; ``first`` is the number of the first of them.

    A line starts at offset 0 or just after a newline; so the range skips the rest of
    the line that started before it (found in blocks: a long line is not loaded to be
    skipped) and reads on to the end of the last line that starts before ``stop``.
    Lines are returned with their newline, as ``readline`` gives them.
    """
    pos = start
    if start > 0:
        pos = start - 1
        fh.seek(pos)
        while True:
            if pos >= stop:
                return  # no newline in [start - 1, stop): no line starts in the range
            block = fh.read(_SKIP_BLOCK)
            if not block:
                return
            cut = block.find(b"\n")
            if cut >= 0:
                pos += cut + 1
                fh.seek(pos)
                break
            pos += len(block)
    lineno = first
    while pos < stop:
        line = fh.readline()
        if not line:
            return
        yield lineno, line
        pos += len(line)
        lineno += 1


@contextlib.contextmanager
def reading(path: str) -> Iterator[None]:
    """Turn a corrupt gzip stream or Parquet page (the file is bad, not a record) into a
    usage error that names the file."""
    try:
        yield
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        from residency.errors import UsageError

        raise UsageError(
            f"input {path!r} could not be read to the end ({type(exc).__name__}); "
            "it may be truncated or corrupt; nothing was published"
        ) from exc


def range_lines(stack: contextlib.ExitStack, part: ReadRange) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` of a JSONL range (the file closes with ``stack``)."""
    # Python's gzip, not Beam's auto-decompression: Beam ends a truncated gzip stream
    # silently, losing the records after the cut; gzip raises EOFError.
    fh: Any = stack.enter_context(
        FileSystems.open(part.path, compression_type=CompressionTypes.UNCOMPRESSED)
    )
    if part.kind == "lines":
        return iter_range_lines(fh, part.start, part.stop, part.first)
    if part.path.lower().endswith(".gz"):
        fh = stack.enter_context(gzip.GzipFile(fileobj=fh, mode="rb"))
    return enumerate(iter(fh.readline, b""), 1)


def range_rows(part: ReadRange) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(row number, JSON-safe record)`` of a Parquet row-group range."""
    import pyarrow.parquet as pq

    with FileSystems.open(part.path) as fh:
        row = part.first - 1
        for batch in pq.ParquetFile(fh).iter_batches(batch_size=1024, row_groups=[part.start]):
            for value in batch.to_pylist():
                row += 1
                yield row, json_safe(value)


class _ReadRangeFn(beam.DoFn):
    """Reads one :class:`residency.inputs.ReadRange` into envelopes."""

    def __init__(self, schema: RecordSchema, max_record_bytes: int) -> None:
        self._schema = schema
        self._max = max_record_bytes
        self._records = Metrics.counter(NAMESPACE, "records_read")
        self._invalid = Metrics.counter(NAMESPACE, "records_invalid")
        self._blank = Metrics.counter(NAMESPACE, "blank_lines")

    def process(self, part: ReadRange) -> Iterator[Any]:
        name = os.path.basename(part.path)
        with reading(part.path):
            if part.kind == "row_group":
                yield from self._read_parquet(part, name)
            else:
                yield from self._read_jsonl(part, name)

    def _read_jsonl(self, part: ReadRange, name: str) -> Iterator[Any]:
        with contextlib.ExitStack() as stack:
            for lineno, line in range_lines(stack, part):
                raw = line.rstrip(b"\r\n")
                if not raw.strip():
                    self._blank.inc()
                    yield beam.pvalue.TaggedOutput("blank", 1)
                    continue
                env = parse_jsonl_line(raw, f"{name}:{lineno}", self._schema, self._max)
                self._records.inc()
                if env.error:
                    self._invalid.inc()
                yield env

    def _read_parquet(self, part: ReadRange, name: str) -> Iterator[Envelope]:
        for row, record in range_rows(part):
            size = len(json.dumps(record, ensure_ascii=False).encode("utf-8"))
            self._records.inc()
            env = Envelope(
                id=record_id(record, self._schema),
                record=record,
                source=f"{name}#{row}",
                size=size,
            )
            env.error = "oversized_record" if size > self._max else None
            env.error = env.error or record_problem(record, self._schema)
            if env.error:
                self._invalid.inc()
            yield env


def read_ranges(inputs: Sequence[str | InputFile]) -> list[ReadRange]:
    """The read ranges of ``inputs``: planned ones as they are, others planned now."""
    from residency.inputs import InputFile, plan_input

    ranges: list[ReadRange] = []
    for item in inputs:
        if isinstance(item, str):
            meta = FileSystems.match([item])[0].metadata_list[0]
            item = InputFile(item, int(meta.size_in_bytes), input_format(item))
        if not item.sha256:  # not planned yet (an empty file is planned with no ranges)
            item = plan_input(item)
        ranges.extend(item.ranges)
    return ranges


class ReadRecords(beam.PTransform):
    """Read JSONL/Parquet files into envelopes, in parallel pieces.

    Takes the already-expanded input files (see :func:`residency.inputs.expand_inputs`),
    so that an input that matches nothing is a usage error before the job starts: planned
    :class:`residency.inputs.InputFile` s (:func:`residency.inputs.plan_inputs`), or paths,
    which are planned here.  Every :class:`residency.inputs.ReadRange` is read by
    whichever worker the reshuffle gives it to, so one large file keeps every worker busy.
    Outputs the envelopes as the main output and one element per blank line on the
    ``blank`` tag.
    """

    def __init__(
        self,
        inputs: Sequence[str | InputFile],
        schema: RecordSchema = DEFAULT_SCHEMA,
        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    ) -> None:
        super().__init__()
        self._inputs = list(inputs)
        self._schema = schema
        self._max = max_record_bytes

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.pvalue.DoOutputsTuple:
        return (
            pbegin
            | "Ranges" >> beam.Create(read_ranges(self._inputs))
            | "SpreadRanges" >> beam.Reshuffle()
            | "Parse"
            >> beam.ParDo(_ReadRangeFn(self._schema, self._max)).with_outputs(
                "blank", main="records"
            )
        )
