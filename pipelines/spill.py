"""SpillSortedRuns: group ``(key, item)`` pairs by key without holding a group in memory.

Modelled on Beam's ``apache_beam/io/fileio.py`` (temporary files per bundle, only the
outputs of committed bundles are used): each bundle buffers its items per key up to a
byte budget, sorts them and writes each key's items as a sorted run
(:mod:`residency.runs`) to ``<folder>/<uuid>.run``, and outputs only ``(key, run path)``.
Grouping those paths is a small shuffle; the consumer k-way merges a key's runs
(:func:`merge_key_runs`), streaming.  A retried bundle's runs are never output, so they
are never merged: they stay in ``folder``, which the driver removes with the staging
folder's other scratch files.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.window import GlobalWindows

from residency import runs
from residency.runs import approx_size, merge_runs, write_run

RUNS_DIR = "_runs"


def _open(path: str) -> IO[bytes]:
    return FileSystems.open(path)


def _create(path: str) -> IO[bytes]:
    return FileSystems.create(path)


def _mkdirs(path: str) -> None:
    with contextlib.suppress(OSError):
        FileSystems.mkdirs(path)


def run_path(folder: str) -> str:
    return FileSystems.join(folder, f"{uuid.uuid4().hex}.run")


class _SpillFn(beam.DoFn):
    def __init__(
        self,
        folder: str,
        order: Callable[[Any], Any] | None,
        budget_bytes: int,
        size: Callable[[Any], int],
    ) -> None:
        self._folder = folder
        self._order = order
        self._budget = budget_bytes
        self._size = size
        self._buffers: dict[Any, list[Any]] = {}
        self._used = 0

    def setup(self) -> None:
        _mkdirs(self._folder)

    def start_bundle(self) -> None:
        self._buffers, self._used = {}, 0

    def process(self, element: tuple[Any, Any]) -> Iterator[tuple[Any, str]]:
        key, item = element
        self._buffers.setdefault(key, []).append(item)
        self._used += self._size(item)
        if self._used >= self._budget:
            yield from self._spill()

    def finish_bundle(self) -> Iterator[Any]:
        for kv in self._spill():
            yield GlobalWindows.windowed_value(kv)

    def _spill(self) -> Iterator[tuple[Any, str]]:
        buffers, self._buffers, self._used = self._buffers, {}, 0
        for key in sorted(buffers, key=repr):
            items = buffers.pop(key)
            items.sort(key=self._order)
            path = run_path(self._folder)
            with FileSystems.create(path) as fh:
                write_run(fh, items)
            del items
            yield key, path


class SpillSortedRuns(beam.PTransform):
    """``(key, item)`` -> ``(key, [run paths])``: sorted runs on disk, grouped by key.

    ``order`` is the sort key of items; ``size`` estimates an item's bytes against
    ``budget_bytes`` (per bundle, all keys together; default
    :data:`residency.runs.DEFAULT_BUDGET_BYTES`).  Global window only.
    """

    def __init__(
        self,
        folder: str,
        order: Callable[[Any], Any] | None = None,
        budget_bytes: int | None = None,
        size: Callable[[Any], int] = approx_size,
    ) -> None:
        super().__init__()
        self._folder = folder
        self._order = order
        self._budget = budget_bytes or runs.DEFAULT_BUDGET_BYTES
        self._size = size

    def expand(self, pairs: beam.PCollection) -> beam.PCollection:
        return (
            pairs
            | "Spill" >> beam.ParDo(_SpillFn(self._folder, self._order, self._budget, self._size))
            | "GroupRuns" >> beam.GroupByKey()
        )


def merge_key_runs(
    folder: str, paths: Iterable[str], order: Callable[[Any], Any] | None, made: list[str]
) -> Iterator[Any]:
    """The items of one key's runs in ``order``: runs merged in path order (deterministic).

    Intermediate runs (beyond the merge fan-in) are added to ``made``; the caller
    deletes them with the inputs once its output is safely written.
    """
    return merge_runs(
        sorted(paths),
        order,
        spill=lambda: run_path(folder),
        opener=_open,
        creator=_create,
        made=made,
    )


def delete_runs(paths: Sequence[str]) -> None:
    """Best-effort removal of merged runs (leftovers go with the staging folder)."""
    existing = [p for p in paths if FileSystems.exists(p)]
    if existing:
        with contextlib.suppress(Exception):
            FileSystems.delete(existing)
