"""Sorted runs on disk and their streaming k-way merge: sorting more than fits in memory.

A *run* is a file of items already in order, written as a sequence of pickled batches
(:data:`BATCH_ITEMS` items each), so that reading it back holds one batch at a time.
Runs are private temporary files of one job (in its staging folder or a temporary
folder), never published and never read from anywhere else, hence pickle.

:func:`merge_runs` merges any number of runs with :func:`heapq.merge` (stable: on equal
keys, the earlier run's item first), at most :data:`MAX_FAN_IN` runs open at once;
:func:`external_sort` sorts an unsorted stream through runs in a temporary folder.
Memory is bounded by the spill budget and ``MAX_FAN_IN`` batches, not by the input.
"""

from __future__ import annotations

import heapq
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

BATCH_ITEMS = 256
MAX_FAN_IN = 64
DEFAULT_BUDGET_BYTES = 32 << 20

Opener = Callable[[str], IO[bytes]]


def _local_open(path: str) -> IO[bytes]:
    return open(path, "rb")  # noqa: SIM115 - closed by the reader


def _local_create(path: str) -> IO[bytes]:
    return open(path, "wb")  # noqa: SIM115 - closed by the writer


def approx_size(value: Any) -> int:
    """A cheap estimate of the bytes a (nested) row holds: string lengths plus overheads."""
    if isinstance(value, str | bytes):
        return 49 + len(value)
    if isinstance(value, dict):
        return 64 + sum(approx_size(v) for v in value.values())
    if isinstance(value, list | tuple):
        return 56 + sum(approx_size(v) for v in value)
    return 24


def write_run(fh: IO[bytes], items: Iterable[Any]) -> int:
    """Write ``items`` (already in order) to ``fh`` in pickled batches; return the count."""
    count = 0
    it = iter(items)
    while batch := list(itertools.islice(it, BATCH_ITEMS)):
        pickle.dump(batch, fh, protocol=pickle.HIGHEST_PROTOCOL)
        count += len(batch)
    return count


def read_run(path: str, opener: Opener = _local_open) -> Iterator[Any]:
    """The items of one run, in order, one batch in memory at a time."""
    with opener(path) as fh:
        while True:
            try:
                batch = pickle.load(fh)
            except EOFError:
                return
            yield from batch


def merge_runs(
    paths: Sequence[str],
    key: Callable[[Any], Any] | None = None,
    *,
    spill: Callable[[], str],
    opener: Opener = _local_open,
    creator: Opener = _local_create,
    made: list[str] | None = None,
) -> Iterator[Any]:
    """Stream the items of sorted runs ``paths`` in ``key`` order (stable across runs).

    Beyond :data:`MAX_FAN_IN` runs, groups are first merged into new runs named by
    ``spill()``; their paths are appended to ``made`` (the caller deletes them).
    """
    pending = list(paths)
    while len(pending) > MAX_FAN_IN:
        merged = []
        for start in range(0, len(pending), MAX_FAN_IN):  # consecutive groups: stays stable
            group = pending[start : start + MAX_FAN_IN]
            if len(group) == 1:
                merged.extend(group)
                continue
            target = spill()
            with creator(target) as fh:
                write_run(fh, heapq.merge(*(read_run(p, opener) for p in group), key=key))
            if made is not None:
                made.append(target)
            merged.append(target)
        pending = merged
    return heapq.merge(*(read_run(p, opener) for p in pending), key=key)


class _Spiller:
    """Numbered run files in one temporary folder."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._next = itertools.count()

    def __call__(self) -> str:
        return os.path.join(self.folder, f"run-{next(self._next):08d}")


def external_sort(
    items: Iterable[Any],
    key: Callable[[Any], Any] | None = None,
    *,
    budget_bytes: int = DEFAULT_BUDGET_BYTES,
    size: Callable[[Any], int] = approx_size,
) -> Iterator[Any]:
    """``sorted(items, key=key)`` as a stream, spilling sorted runs to a temporary folder.

    The whole input fits the budget: sorted in memory, nothing written. The temporary
    folder is removed when the returned iterator is exhausted or closed.
    """
    it = iter(items)
    buffer: list[Any] = []
    used = 0
    with tempfile.TemporaryDirectory(prefix="residency-sort-") as folder:
        spill = _Spiller(folder)
        runs: list[str] = []
        for item in it:
            buffer.append(item)
            used += size(item)
            if used >= budget_bytes:
                buffer.sort(key=key)
                runs.append(spill())
                with open(runs[-1], "wb") as fh:
                    write_run(fh, buffer)
                buffer, used = [], 0
        buffer.sort(key=key)
        if not runs:
            yield from buffer
            return
        if buffer:
            runs.append(spill())
            with open(runs[-1], "wb") as fh:
                write_run(fh, buffer)
            buffer = []
        yield from merge_runs(runs, key, spill=spill)
