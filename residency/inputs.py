"""Expanding and checking the job's inputs before anything runs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from apache_beam.io.filesystems import FileSystems

from residency.errors import UsageError
from residency.pipelines.read import SUPPORTED_SUFFIXES, input_format


@dataclass(frozen=True)
class InputFile:
    path: str
    size: int
    format: str


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
