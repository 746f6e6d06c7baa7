"""Streaming reads of a run's output files (split files and the decision log)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

BATCH_ROWS = 10_000


def iter_columns(path: str | os.PathLike[str], columns: list[str]) -> Iterator[dict[str, Any]]:
    """The rows of one output file (``.parquet``, else JSON lines), ``columns`` only
    (absent ones as None), read a batch at a time."""
    name = os.fspath(path)
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(name).iter_batches(batch_size=BATCH_ROWS, columns=columns):
            yield from batch.to_pylist()
        return
    with open(name, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                yield {c: row.get(c) for c in columns}
