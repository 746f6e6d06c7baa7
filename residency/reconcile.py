"""Reconciliation: the counts of a run must agree before anything is published."""

from __future__ import annotations

import os

from residency.errors import IntegrityError
from residency.stats import RunStats

OUTPUT_DIRS = ("offshore", "domestic", "quarantine", "decisions")


def list_output_files(root: str) -> list[str]:
    """Relative paths of every file under the output folders (sorted)."""
    found: list[str] = []
    for top in OUTPUT_DIRS:
        base = os.path.join(root, top)
        for dirpath, _dirs, names in os.walk(base):
            for name in names:
                found.append(
                    os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                )
    return sorted(found)


def count_rows(path: str) -> int:
    """Rows in one output file: the Parquet footer, or lines of a JSONL file."""
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


def _split_of(rel: str) -> str:
    return rel.split("/", 1)[0]


def reconcile(root: str, stats: RunStats) -> dict[str, int]:
    """Check every count agrees; return rows per top-level output folder.

    - records read == offshore + domestic + quarantine == decision log rows;
    - the files on disk are exactly the files the sinks reported, with the rows they reported;
    - rows per split on disk == the pipeline's split counts.
    """
    problems: list[str] = []
    on_disk = list_output_files(root)
    reported = sorted(stats.files)
    extra = sorted(set(on_disk) - set(reported))
    missing = sorted(set(reported) - set(on_disk))
    if extra:
        problems.append(f"{len(extra)} file(s) on disk that no sink reported, e.g. {extra[0]}")
    if missing:
        problems.append(f"{len(missing)} reported file(s) missing on disk, e.g. {missing[0]}")
    rows: dict[str, int] = {d: 0 for d in OUTPUT_DIRS}
    for rel in on_disk:
        n = count_rows(os.path.join(root, rel))
        rows[_split_of(rel)] += n
        if rel in stats.files and stats.files[rel] != n:
            problems.append(f"{rel}: {n} rows on disk, sink reported {stats.files[rel]}")
    for split in ("offshore", "domestic", "quarantine"):
        if rows[split] != stats.splits.get(split, 0):
            problems.append(
                f"{split}: {rows[split]} rows on disk, pipeline decided {stats.splits.get(split, 0)}"
            )
    if stats.read != stats.decided:
        problems.append(f"records read {stats.read} != records decided {stats.decided}")
    if rows["decisions"] != stats.read:
        problems.append(f"decision log has {rows['decisions']} rows, {stats.read} records read")
    if problems:
        raise IntegrityError("counts do not reconcile: " + "; ".join(problems))
    return rows
