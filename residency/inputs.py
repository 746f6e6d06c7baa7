"""Expanding, checking and planning the job's inputs before anything runs.

Planning (:func:`plan_inputs`) cuts every input into :class:`ReadRange` s, the units
that workers read in parallel: an uncompressed JSONL file into byte ranges (a range
owns the lines that *start* inside it, as Beam's ``textio`` does), a Parquet file into
its row groups, a gzip file not at all (a gzip stream cannot be entered in the middle).
The same single pass over the stored bytes gives each file's sha256 (for the manifest)
and each byte range's first line number, so record sources stay ``<file>:<line>``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from residency.errors import UsageError
from residency.pipelines.read import SUPPORTED_SUFFIXES, input_format

# Byte ranges of an uncompressed JSONL file: RANGES_PER_FILE of them, each at least
# MIN_RANGE_BYTES (opening and seeking a range costs little, but not nothing, on object
# stores) and at most MAX_RANGE_BYTES (a few MB: enough ranges for every worker of a
# cluster, little lost when one is retried).  So a 0.3 MB file (2,000 records) gives 20
# ranges (enough for the local runner, which deals whole ranges round-robin to its
# workers, to keep two workers evenly busy), a 1.6 MB file (10^4 records) 64, a 10 GB
# file 2,385.  The plan depends on the size only.
MIN_RANGE_BYTES = 16 << 10
MAX_RANGE_BYTES = 4 << 20
RANGES_PER_FILE = 64
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ReadRange:
    """One piece of one input that one worker reads.

    ``kind`` is ``"lines"``: the lines of an uncompressed JSONL file that start in bytes
    ``[start, stop)``, the first of them being line ``first`` of the file; ``"file"``: a
    whole (gzip) JSONL file, lines numbered from 1; or ``"row_group"``: Parquet row group
    ``start``, whose first row is row ``first`` of the file.
    """

    path: str
    kind: str
    start: int = 0
    stop: int = 0
    first: int = 1


@dataclass(frozen=True)
class InputFile:
    path: str
    size: int
    format: str
    sha256: str = ""  # of the stored bytes; set by plan_inputs
    ranges: tuple[ReadRange, ...] = ()  # set by plan_inputs


def _is_local(path: str) -> bool:
    return "://" not in path


def expand_inputs(patterns: Sequence[str]) -> list[InputFile]:
    """Expand paths, globs and directories into a sorted, de-duplicated list of files.

    A directory means the supported files directly inside it.  A pattern that matches
    nothing, or a file of an unsupported type, is a :class:`UsageError`.
    """
    if not patterns:
        raise UsageError("no input given: pass one or more JSONL/Parquet files, globs or folders")
    found: dict[str, InputFile] = {}
    for pattern in patterns:
        spec = pattern
        if _is_local(pattern) and os.path.isdir(pattern):
            spec = os.path.join(pattern, "*")
            directory = True
        else:
            directory = False
        try:
            metadata = FileSystems.match([spec])[0].metadata_list
        except Exception as exc:  # BeamIOError, unknown scheme, permission problems
            raise UsageError(f"cannot list input {pattern!r}: {type(exc).__name__}") from exc
        matched = 0
        for meta in metadata:
            path = meta.path
            if _is_local(path) and os.path.isdir(path):
                continue
            if not path.lower().endswith(SUPPORTED_SUFFIXES):
                if directory:
                    continue
                raise UsageError(
                    f"input {path!r} is not a supported file type "
                    f"(expected one of: {', '.join(SUPPORTED_SUFFIXES)})"
                )
            matched += 1
            found[path] = InputFile(
                path=path, size=int(meta.size_in_bytes), format=input_format(path)
            )
        if matched == 0:
            what = "folder" if directory else "input"
            raise UsageError(
                f"{what} {pattern!r} matched no JSONL or Parquet files "
                f"(supported: {', '.join(SUPPORTED_SUFFIXES)})"
            )
    return [found[p] for p in sorted(found)]


def check_parquet_footers(files: Sequence[InputFile]) -> dict[str, int]:
    """Open every Parquet input's footer; return its row count. Corrupt files are usage errors."""
    import pyarrow.parquet as pq

    rows: dict[str, int] = {}
    for f in files:
        if f.format != "parquet":
            continue
        try:
            with FileSystems.open(f.path) as fh:
                rows[f.path] = pq.ParquetFile(fh).metadata.num_rows
        except Exception as exc:
            raise UsageError(
                f"input {f.path!r} is not a readable Parquet file ({type(exc).__name__}); "
                "it may be truncated or corrupt"
            ) from exc
    return rows


def range_bytes(size: int) -> int:
    """Bytes per range for an uncompressed JSONL file of ``size`` bytes (see above)."""
    return min(MAX_RANGE_BYTES, max(MIN_RANGE_BYTES, -(-size // RANGES_PER_FILE)))


def is_splittable(path: str) -> bool:
    """Uncompressed JSONL: readable from any byte offset."""
    return input_format(path) == "jsonl" and not path.lower().endswith(".gz")


def plan_inputs(files: Sequence[InputFile]) -> list[InputFile]:
    """Each file with its sha256 and its read ranges (one pass over each file's bytes)."""
    return [plan_input(f) for f in files]


def plan_input(f: InputFile, step: int | None = None) -> InputFile:
    """``f`` with ``sha256`` and ``ranges`` set; ``step`` overrides :func:`range_bytes`."""
    starts: list[int] = [0]
    if is_splittable(f.path):
        starts = list(range(0, f.size, step or range_bytes(f.size)))
    digest, newlines = _digest_and_count_newlines(f, [s - 1 for s in starts[1:]])
    ranges: list[ReadRange]
    if is_splittable(f.path):
        # The first line starting at or after s > 0 follows the first newline at or
        # after s - 1: it is line (newlines before s - 1) + 2.  An empty file: no range.
        firsts = [1, *(n + 2 for n in newlines)]
        stops = [*starts[1:], f.size]
        ranges = [
            ReadRange(f.path, "lines", a, b, first)
            for a, b, first in zip(starts, stops, firsts, strict=False)
        ]
    elif f.format == "parquet":
        ranges = _row_group_ranges(f.path)
    else:
        ranges = [ReadRange(f.path, "file")]
    return replace(f, sha256=digest, ranges=tuple(ranges))


def _digest_and_count_newlines(f: InputFile, offsets: Sequence[int]) -> tuple[str, list[int]]:
    """sha256 of the stored bytes, and the number of newlines before each of ``offsets``."""
    h = hashlib.sha256()
    counts: list[int] = []
    seen = newlines = i = 0
    try:
        with FileSystems.open(f.path, compression_type=CompressionTypes.UNCOMPRESSED) as fh:
            while block := fh.read(_CHUNK):
                h.update(block)
                end = seen + len(block)
                while i < len(offsets) and offsets[i] <= end:
                    counts.append(newlines + block.count(b"\n", 0, offsets[i] - seen))
                    i += 1
                newlines += block.count(b"\n")
                seen = end
    except OSError as exc:
        raise UsageError(f"cannot read input {f.path!r} ({type(exc).__name__})") from exc
    if seen != f.size or i != len(offsets):
        raise UsageError(
            f"input {f.path!r} changed size while it was being read "
            f"({f.size} bytes listed, {seen} read); nothing was published"
        )
    return h.hexdigest(), counts


def _row_group_ranges(path: str) -> list[ReadRange]:
    import pyarrow.parquet as pq

    with FileSystems.open(path) as fh:
        meta = pq.ParquetFile(fh).metadata
    ranges, first = [], 1
    for group in range(meta.num_row_groups):
        ranges.append(ReadRange(path, "row_group", group, group + 1, first))
        first += meta.row_group(group).num_rows
    return ranges
