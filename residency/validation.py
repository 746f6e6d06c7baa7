"""Great Expectations validation of a run's outputs, before anything is published.

Finalisation step 2 (``residency.finalize``).  The expectation suites are data
(``residency/expectations/*.json``); this module builds one small pandas table per suite
and never gives Great Expectations a record: the tables hold ids, folder names, counts
and Arrow type names only.

=================  ===========================================================
suite              table (one row per ...)
=================  ===========================================================
schema_records     split file: its columns and Arrow types
schema_decisions   decision-log file: its columns and Arrow types
rows               record in a split file: id, split, partition
cleared            record in offshore or domestic/<J>: ids unique across both
decisions          decision-log row: id, split, partition, source (file:line)
balance            distinct id: times logged == times in the splits, same folders
counts             output: rows on disk == manifest.json == decision log
rescan             offshore record, rescanned with ``ScannerConfig(strict=True)``
=================  ===========================================================

The rescan runs in the pipeline (:mod:`residency.pipelines.rescan`, in parallel on the
workers); its counts and failing ids arrive in the run statistics and the ``rescan``
table is built from them and the offshore ids on disk.  When a run's statistics hold
no rescan (e.g. validating a copied folder), or its count differs from the offshore
rows on disk, the offshore files are rescanned here instead.

Driver memory does not grow with the input: the output files are sharded by
``sha256(id) mod shards`` (:func:`residency.pipelines.write.shard_of`), with the same shard
number in every split and in the decision log, so the id tables (``rows``, ``cleared``,
``decisions``, ``balance``, ``rescan``) are built and validated one shard number at a
time -- and within a shard a chunk of about :data:`ID_CHUNK_ROWS` rows at a time, read
in id order from the shard's files (which the writer sorts by id) and cut between ids --
and their results merged (success only if every chunk succeeds; counts summed; failing
ids merged in shard order, capped).  A file found out of id order is validated with its
whole shard at once.  The ``counts`` table is summed per shard
and the schema tables hold one row per file.

Results (``validation.json``) keep counts and, for failures, up to
:data:`MAX_FAILED_IDS` record ids: never values, never GX's sample lists.  A failure
raises :class:`~residency.errors.IntegrityError` (exit 3) and the run is not published.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from residency.errors import IntegrityError
from residency.output_rows import iter_columns

_LOG = logging.getLogger(__name__)

VALIDATION_FILE = "validation.json"
SUITES = (
    "schema_records",
    "schema_decisions",
    "rows",
    "cleared",
    "decisions",
    "balance",
    "counts",
    "rescan",
)
SPLITS = ("offshore", "domestic", "quarantine")
MAX_FAILED_IDS = 20
RESCAN_BATCH = 256
# The id tables are validated in chunks of about this many rows (splits and decision log
# together), cut between ids; JSONL column types are checked this many rows at a time.
ID_CHUNK_ROWS = 25_000
TYPE_CHUNK_ROWS = 10_000
# Result keys that are counts; everything else GX returns is dropped.
_COUNT_KEYS = ("element_count", "unexpected_count", "missing_count")


# -- suites as data ---------------------------------------------------------------------


def load_suite(name: str) -> dict[str, Any]:
    """The expectation suite ``residency/expectations/<name>.json``."""
    text = resources.files("residency").joinpath("expectations", f"{name}.json").read_text("utf-8")
    suite: dict[str, Any] = json.loads(text)
    return suite


# -- reading the outputs (ids, folders and types only) -------------------------------------


def _output_files(root: str) -> list[tuple[str, str, str]]:
    """``(relative path, split, partition)`` of every output file, sorted."""
    found: list[tuple[str, str, str]] = []
    for top in (*SPLITS, "decisions"):
        base = os.path.join(root, top)
        for dirpath, _dirs, names in os.walk(base):
            for name in names:
                rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                parts = rel.split("/")
                partition = parts[1] if top == "domestic" and len(parts) > 2 else ""
                found.append((rel, top, partition))
    return sorted(found)


def _type_str(arrow_type: Any) -> str:
    """Arrow's type text, with list items named as Parquet names them (``element``)."""
    return str(arrow_type).replace("list<item: ", "list<element: ")


def _type_name(field: Any) -> str:
    return _type_str(field.type) + ("" if field.nullable else " not null")


def _parquet_types(path: str) -> dict[str, str]:
    import pyarrow.parquet as pq

    return {f.name: _type_name(f) for f in pq.read_schema(path)}


def _jsonl_rows(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _jsonl_types(path: str, expected: Any) -> dict[str, str]:
    """Column types of a JSONL output: the expected type where every value fits it.

    Checked in chunks of :data:`TYPE_CHUNK_ROWS` rows, so a large file is never held; a
    row without a column counts as a null in it.
    """
    import pyarrow as pa

    present: Counter[str] = Counter()
    invalid: set[str] = set()
    nulls: set[str] = set()
    total = 0

    def check(rows: list[dict[str, Any]]) -> None:
        names = {key for row in rows for key in row}
        present.update(key for row in rows for key in row)
        for name in names & set(expected.names) - invalid:
            values = [row.get(name) for row in rows]
            try:
                pa.array(values, type=expected.field(name).type)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
                invalid.add(name)
            if any(v is None for v in values):
                nulls.add(name)

    chunk: list[dict[str, Any]] = []
    for row in _jsonl_rows(path):
        chunk.append(row)
        if len(chunk) >= TYPE_CHUNK_ROWS:
            check(chunk)
            total += len(chunk)
            chunk = []
    check(chunk)
    total += len(chunk)
    types: dict[str, str] = {}
    for name in present:
        if name not in expected.names:
            types[name] = "unexpected"
        elif name in invalid:
            types[name] = "invalid"
        else:
            field = expected.field(name)
            nullable = field.nullable or name in nulls or present[name] < total
            types[name] = _type_str(field.type) + ("" if nullable else " not null")
    return types


def _iter_records(path: str) -> Iterator[list[tuple[Any, Any]]]:
    """Batches of ``(id, record JSON text)`` of one split file."""
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(
            batch_size=RESCAN_BATCH, columns=["id", "record"]
        ):
            yield list(zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True))
        return
    chunk: list[tuple[Any, Any]] = []
    for row in _jsonl_rows(path):
        chunk.append((row.get("id"), row.get("record")))
        if len(chunk) >= RESCAN_BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- the tables -------------------------------------------------------------------------


def _schema_tables(root: str, files: list[tuple[str, str, str]]) -> dict[str, Any]:
    import pandas as pd

    from residency.pipelines.write import DECISION_SCHEMA, RECORD_SCHEMA

    out: dict[str, Any] = {}
    for suite, schema, wanted in (
        ("schema_records", RECORD_SCHEMA, lambda split: split in SPLITS),
        ("schema_decisions", DECISION_SCHEMA, lambda split: split == "decisions"),
    ):
        rows: list[dict[str, str]] = []
        for rel, split, _partition in files:
            if not wanted(split):
                continue
            path = os.path.join(root, rel)
            types = (
                _parquet_types(path) if path.endswith(".parquet") else _jsonl_types(path, schema)
            )
            row = {"file": rel}
            row.update({name: types.get(name, "missing") for name in schema.names})
            row.update({name: t for name, t in types.items() if name not in schema.names})
            rows.append(row)
        columns = ["file", *schema.names]
        extra = sorted({k for r in rows for k in r} - set(columns))
        out[suite] = pd.DataFrame(rows, columns=[*columns, *extra])
    return out


_SHARD_FILE = re.compile(r"part-(\d+)\.[A-Za-z0-9]+")


def _shard_groups(files: list[tuple[str, str, str]]) -> list[list[tuple[str, str, str]]]:
    """The output files grouped by shard number, in shard order.

    The writer puts every row of an id -- in any split and in the decision log -- in files
    with the same shard number (``part-<shard>``, :func:`residency.pipelines.write.shard_of`),
    so the id suites can check one shard at a time.  A file whose name has no shard number
    (not written by the sink) puts every file in one group, as before sharding.
    """
    groups: dict[int, list[tuple[str, str, str]]] = {}
    for entry in files:
        match = _SHARD_FILE.fullmatch(entry[0].rsplit("/", 1)[-1])
        if match is None:
            _LOG.warning("%s has no shard number: validating every id in one pass", entry[0])
            return [files]
        groups.setdefault(int(match.group(1)), []).append(entry)
    return [groups[k] for k in sorted(groups)]


class _Tally:
    """Row counts per output, summed over the shards (the ``counts`` table's input)."""

    def __init__(self) -> None:
        self.on_disk: Counter[str] = Counter()
        self.disk_parts: Counter[str] = Counter()
        self.logged: Counter[str] = Counter()
        self.log_parts: Counter[str] = Counter()
        self.log_rows = 0

    def add(self, rows: list[dict[str, Any]], logged: list[dict[str, Any]]) -> None:
        for r in rows:
            self.on_disk[r["split"]] += 1
            if r["split"] == "domestic":
                self.disk_parts[r["partition"]] += 1
        for r in logged:
            self.logged[str(r.get("split"))] += 1
            if r.get("split") == "domestic":
                self.log_parts[r.get("partition") or "UNKNOWN"] += 1
        self.log_rows += len(logged)

    def merge(self, other: _Tally) -> None:
        self.on_disk.update(other.on_disk)
        self.disk_parts.update(other.disk_parts)
        self.logged.update(other.logged)
        self.log_parts.update(other.log_parts)
        self.log_rows += other.log_rows


class _Unsorted(Exception):
    """An output file's rows are not in id order (the writer always sorts them)."""


def _id_key(value: Any) -> tuple[bool, str]:
    return (not isinstance(value, str), str(value))


def _sorted_rows(
    root: str, index: int, entry: tuple[str, str, str], check: bool
) -> Iterator[tuple[tuple[bool, str], int, dict[str, Any]]]:
    rel, split, partition = entry
    path = os.path.join(root, rel)
    last: tuple[bool, str] | None = None
    if split == "decisions":
        rows = iter_columns(path, ["id", "split", "partition", "source"])
    else:
        rows = ({"id": r["id"], "split": split, "partition": partition}
                for r in iter_columns(path, ["id"]))  # fmt: skip
    for row in rows:
        key = _id_key(row["id"])
        if check and last is not None and key < last:
            raise _Unsorted(rel)
        last = key
        yield key, index, row


def _id_chunks(
    root: str, files: list[tuple[str, str, str]], limit: int | None
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """One shard's rows ``(split rows, decision-log rows)``, in chunks of about ``limit``
    rows cut between ids, so that every row of an id is in one chunk.

    The files are merged in id order; a file out of order raises :class:`_Unsorted`
    (``limit=None``: one chunk, any order).
    """
    import heapq

    streams = [_sorted_rows(root, i, entry, limit is not None) for i, entry in enumerate(files)]
    rows: list[dict[str, Any]] = []
    logged: list[dict[str, Any]] = []
    last: tuple[bool, str] | None = None
    chunks = 0
    for key, index, row in heapq.merge(*streams, key=lambda item: (item[0], item[1])):
        if limit is not None and key != last and len(rows) + len(logged) >= limit:
            yield rows, logged
            chunks += 1
            rows, logged = [], []
        last = key
        (logged if files[index][1] == "decisions" else rows).append(row)
    if rows or logged or not chunks:
        yield rows, logged


def _id_tables(rows: list[dict[str, Any]], logged: list[dict[str, Any]]) -> dict[str, Any]:
    """The id tables of a set of ids' rows (all splits and the decision log)."""
    import pandas as pd

    rows_df = pd.DataFrame(rows, columns=["id", "split", "partition"])
    log_df = pd.DataFrame(logged, columns=["id", "split", "partition", "source"])
    cleared = rows_df[rows_df["split"] != "quarantine"][["id"]].reset_index(drop=True)

    def place(split: Any, partition: Any) -> str:
        if split == "domestic":
            return f"domestic/{partition or 'UNKNOWN'}"
        return str(split)

    in_splits: Counter[Any] = Counter()
    placed: dict[Any, Counter[str]] = {}
    for r in rows:
        in_splits[r["id"]] += 1
        placed.setdefault(r["id"], Counter())[place(r["split"], r["partition"])] += 1
    in_log: Counter[Any] = Counter()
    placed_log: dict[Any, Counter[str]] = {}
    for r in logged:
        in_log[r["id"]] += 1
        placed_log.setdefault(r["id"], Counter())[place(r["split"], r["partition"])] += 1
    ids = sorted(set(in_splits) | set(in_log), key=lambda v: (v is None, str(v)))
    balance = pd.DataFrame(
        [
            {
                "id": i,
                "in_splits": in_splits.get(i, 0),
                "in_decisions": in_log.get(i, 0),
                "placed_as_logged": placed.get(i, Counter()) == placed_log.get(i, Counter()),
            }
            for i in ids
        ],
        columns=["id", "in_splits", "in_decisions", "placed_as_logged"],
    )
    return {"rows": rows_df, "cleared": cleared, "decisions": log_df, "balance": balance}


def _counts_table(tally: _Tally, manifest: dict[str, Any]) -> Any:
    import pandas as pd

    counts = manifest.get("counts", {})
    splits = counts.get("splits", {})
    partitions = counts.get("domestic_partitions", {})
    table: list[dict[str, Any]] = []
    for split in SPLITS:
        table.append(
            {
                "output": split,
                "on_disk": int(tally.on_disk.get(split, 0)),
                "manifest": int(splits.get(split, 0)),
                "logged": int(tally.logged.get(split, 0)),
            }
        )
    parts = set(tally.disk_parts) | set(partitions) | set(tally.log_parts)
    for part in sorted(parts):
        table.append(
            {
                "output": f"domestic/{part}",
                "on_disk": int(tally.disk_parts.get(part, 0)),
                "manifest": int(partitions.get(part, 0)),
                "logged": int(tally.log_parts.get(part, 0)),
            }
        )
    table.append(
        {
            "output": "decisions",
            "on_disk": tally.log_rows,
            "manifest": int(counts.get("records_read", -1)),
            "logged": tally.log_rows,
        }
    )
    return pd.DataFrame(table, columns=["output", "on_disk", "manifest", "logged"])


# -- the offshore rescan ------------------------------------------------------------------


@cache
def rescan_scanner() -> Any:
    """The strictest scanner (built once per process: it loads spaCy and the taggers)."""
    from residency.detectors.engine import Scanner, ScannerConfig

    return Scanner(ScannerConfig(strict=True))


def _rescan_policy(outcome: Any) -> Any:
    """``held(record, scan) -> bool``: would the run's own policy hold this record now?"""
    from residency.model import ScanResult
    from residency.policies import infer_jurisdictions, load_policy

    config = getattr(outcome, "config", None)
    policy = load_policy(tuple(config.policies) if config else ("pipl",))
    home = config.home if config else "CN"
    destination = config.destination if config else "SG"
    region_field = config.region_field if config else "meta.user_region"

    def held(record: dict[str, Any], scan: ScanResult) -> bool:
        juris = infer_jurisdictions(record, scan, home=home, region_field=region_field)
        decision = policy.decide(scan, juris, destination=destination, home=home, record=record)
        return decision.split != "offshore"

    return held


def _id_schema(record: Any, record_id: str) -> Any:
    """The schema whose id field holds this record's id (so the id itself is not scanned)."""
    from residency.records import DEFAULT_SCHEMA, RecordSchema

    if not isinstance(record, dict) or str(record.get("id")) == record_id:
        return DEFAULT_SCHEMA
    for key, value in record.items():
        if (
            isinstance(value, (str, int))
            and not isinstance(value, bool)
            and str(value) == record_id
        ):
            return RecordSchema(id_field=str(key))
    return DEFAULT_SCHEMA


def _file_rows(path: str) -> int:
    """Rows in one output file: the Parquet footer's count, or JSONL's non-blank lines."""
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    with open(path, encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


class _PipelineRescan:
    """The ``rescan`` table from the pipeline's results: one row per offshore id on disk,
    built shard by shard.

    Failing records beyond the ids the pipeline kept are added, after the last shard, as
    rows of their own (``unlisted-<n>``), so that the failure count is never lower than
    the pipeline's.
    """

    def __init__(self, rescan: Any) -> None:
        self._rescan = rescan
        self._failed = {rid: (findings, error) for rid, findings, error in rescan.failed}
        self._listed: set[Any] = set()

    def table(self, root: str, files: list[tuple[str, str, str]], rows: Any) -> Any:
        import pandas as pd

        offshore_ids = rows[rows["split"] == "offshore"]["id"].tolist()
        table = [
            {
                "id": i,
                "findings": self._failed.get(i, (0, False))[0],
                "scan_error": self._failed.get(i, (0, False))[1],
            }
            for i in offshore_ids
        ]
        self._listed.update(i for i in offshore_ids if i in self._failed)
        return pd.DataFrame(table, columns=["id", "findings", "scan_error"])

    def remainder(self) -> Any:
        import pandas as pd

        rescan = self._rescan
        unlisted = max(0, rescan.held + rescan.scan_errors - len(self._listed))
        if not unlisted:
            return None
        table = [
            {"id": f"unlisted-{n}", "findings": 1, "scan_error": False} for n in range(unlisted)
        ]
        return pd.DataFrame(table, columns=["id", "findings", "scan_error"])

    def facts(self) -> dict[str, Any]:
        rescan = self._rescan
        return {
            "records": rescan.records,
            "strict": True,
            "where": "pipeline",
            "findings_cleared_by_policy": rescan.findings_cleared,
            "entity_types_found": dict(sorted(rescan.entity_types.items())),
        }


class _DriverRescan:
    """Rescan every offshore record with all shortcuts off, shard by shard; count the
    findings of records the run's policy would now hold (expected: none)."""

    def __init__(self, outcome: Any) -> None:
        self._held = _rescan_policy(outcome)
        self._types: Counter[str] = Counter()
        self._cleared_findings = 0
        self._records = 0

    def table(self, root: str, files: list[tuple[str, str, str]], rows: Any = None) -> Any:
        import pandas as pd

        table: list[dict[str, Any]] = []
        scanner = None
        for rel, split, _partition in files:
            if split != "offshore":
                continue
            for batch in _iter_records(os.path.join(root, rel)):
                scanner = scanner or rescan_scanner()
                table.extend(self._scan(scanner, batch))
        self._records += len(table)
        return pd.DataFrame(table, columns=["id", "findings", "scan_error"])

    def _scan(self, scanner: Any, batch: list[tuple[Any, Any]]) -> list[dict[str, Any]]:
        parsed: list[tuple[str, Any]] = []
        for record_id, text in batch:
            try:
                parsed.append((record_id, json.loads(text)))
            except (TypeError, ValueError):
                parsed.append((record_id, None))
        groups: dict[Any, list[int]] = {}
        for index, (record_id, record) in enumerate(parsed):
            if isinstance(record, dict):
                groups.setdefault(_id_schema(record, str(record_id)), []).append(index)
        results: dict[int, Any] = {}
        for schema, indexes in groups.items():
            scanned = scanner.scan_records([parsed[i][1] for i in indexes], schema)
            results.update(zip(indexes, scanned, strict=True))
        out: list[dict[str, Any]] = []
        for index, (record_id, record) in enumerate(parsed):
            result = results.get(index)
            error = result is None or result.error is not None
            counted = 0
            if result is not None and not error and result.findings:
                if self._held(record, result):
                    counted = len(result.findings)
                    self._types.update({f.entity_type for f in result.findings})
                else:
                    self._cleared_findings += len(result.findings)
            out.append({"id": record_id, "findings": counted, "scan_error": error})
        return out

    def remainder(self) -> Any:
        return None

    def facts(self) -> dict[str, Any]:
        return {
            "records": self._records,
            "strict": True,
            "where": "driver",
            "findings_cleared_by_policy": self._cleared_findings,
            "entity_types_found": dict(sorted(self._types.items())),
        }


def _rescan_source(
    root: str, files: list[tuple[str, str, str]], outcome: Any = None
) -> _PipelineRescan | _DriverRescan:
    """The pipeline's strict rescan when the run has one that covers the offshore rows on
    disk (counted from file metadata), else a rescan of the offshore files here."""
    stats = getattr(outcome, "stats", None)
    rescan = getattr(stats, "rescan", None)
    if rescan is not None:
        offshore = sum(
            _file_rows(os.path.join(root, rel)) for rel, s, _p in files if s == "offshore"
        )
        if rescan.records == offshore:
            return _PipelineRescan(rescan)
        _LOG.warning(
            "the pipeline rescanned %d offshore records, %d are on disk; rescanning here",
            rescan.records,
            offshore,
        )
    return _DriverRescan(outcome)


# -- running GX ---------------------------------------------------------------------------


def _import_gx_quietly() -> Any:
    """Import GX without analytics or chatter (its modules set their own log levels)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    t0 = time.monotonic()
    import great_expectations as gx

    for name in list(logging.root.manager.loggerDict):
        if name.split(".", 1)[0] in ("great_expectations", "posthog"):
            logging.getLogger(name).setLevel(logging.ERROR)
    _LOG.debug("great_expectations imported in %.1fs", time.monotonic() - t0)
    return gx


def import_gx_in_background() -> Any:
    """Start importing GX on a thread (it takes seconds); returns the thread.

    The driver calls this before it runs the pipeline: with workers in other processes
    the driver is idle meanwhile, so validation later finds GX already imported.
    """
    import threading

    thread = threading.Thread(target=_import_gx_quietly, name="import-gx", daemon=True)
    thread.start()
    return thread


def _context() -> Any:
    gx = _import_gx_quietly()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context


def _result_format(frame: Any) -> dict[str, Any]:
    if "id" in frame.columns:
        # COMPLETE only to get the ids of failing rows: the tables hold no record values,
        # and _clean keeps nothing but counts and those ids.
        return {
            "result_format": "COMPLETE",
            "unexpected_index_column_names": ["id"],
            "partial_unexpected_count": 0,
            "return_unexpected_index_query": False,
        }
    return {"result_format": "BASIC", "partial_unexpected_count": 0}


def _failed_ids(result: dict[str, Any]) -> list[str]:
    ids: list[str] = []
    for entry in result.get("unexpected_index_list") or []:
        value = entry.get("id") if isinstance(entry, dict) else None
        if value is not None and str(value) not in ids:
            ids.append(str(value))
        if len(ids) >= MAX_FAILED_IDS:
            break
    return ids


def _clean(expectation: dict[str, Any], res: Any, frame: Any) -> dict[str, Any]:
    """A value-free summary of one expectation result."""
    raw = dict(res.result or {})
    out: dict[str, Any] = {
        "expectation": expectation["type"],
        "kwargs": {k: v for k, v in expectation["kwargs"].items() if k != "value_set"},
        "success": bool(res.success),
    }
    for key in _COUNT_KEYS:
        if isinstance(raw.get(key), int):
            out[key] = raw[key]
    observed = raw.get("observed_value")
    if expectation["type"].startswith("expect_table_columns"):
        out["observed_columns"] = [str(c) for c in observed or []]
    elif isinstance(observed, (int, float)) and not isinstance(observed, bool):
        out["observed_value"] = observed
    if (res.exception_info or {}).get("raised_exception"):
        out["success"] = False
        out["raised_exception"] = True
    if not out["success"]:
        ids = _failed_ids(raw)
        if ids:
            out["failed_ids"] = ids
        where = _failed_where(expectation, frame)
        if where:
            out["failed_where"] = where
    return out


def _failed_where(expectation: dict[str, Any], frame: Any) -> list[str]:
    """The files (schema tables) or outputs (counts table) a failed expectation is about."""
    key = next((k for k in ("file", "output") if k in frame.columns), None)
    if key is None:
        return []
    kwargs = expectation["kwargs"]
    if kwargs.get("column") in frame.columns and "value_set" in kwargs:
        bad = frame[~frame[kwargs["column"]].isin(kwargs["value_set"])]
    elif kwargs.get("column_A") in frame.columns and kwargs.get("column_B") in frame.columns:
        bad = frame[frame[kwargs["column_A"]] != frame[kwargs["column_B"]]]
    else:
        bad = frame
    return [str(v) for v in bad[key].tolist()[:MAX_FAILED_IDS]]


class _SuiteRunner:
    """Runs the suites on GX; a suite's data source and asset are made once, so a suite
    can validate one table per shard."""

    def __init__(self, context: Any) -> None:
        self._context = context
        self._batches: dict[str, Any] = {}

    def run(self, name: str, frame: Any) -> dict[str, Any]:
        import great_expectations as gx

        suite_data = load_suite(name)
        if name not in self._batches:
            source = self._context.data_sources.add_pandas(f"residency_{name}")
            asset = source.add_dataframe_asset(name=name)
            self._batches[name] = asset.add_batch_definition_whole_dataframe("all")
        batch = self._batches[name].get_batch(batch_parameters={"dataframe": frame})
        suite = gx.ExpectationSuite(name=name, expectations=list(suite_data["expectations"]))
        validated = batch.validate(suite, result_format=_result_format(frame))
        results = [
            _clean(expectation, res, frame)
            for expectation, res in zip(suite_data["expectations"], validated.results, strict=True)
        ]
        return {
            "suite": name,
            "description": suite_data.get("description", ""),
            "rows": len(frame),
            "success": bool(validated.success) and all(r["success"] for r in results),
            "results": results,
        }


def _capped(lists: list[list[str]]) -> list[str]:
    """The union of lists of ids or places, in order, without repeats, capped."""
    out: list[str] = []
    for values in lists:
        for value in values:
            if value not in out:
                out.append(value)
            if len(out) >= MAX_FAILED_IDS:
                return out
    return out


def _merge_result(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One expectation's result over all shards: success if every shard's is, counts
    summed, failing ids merged (capped, in shard order)."""
    failing = [r for r in parts if not r["success"]]
    first = failing[0] if failing else parts[0]
    out: dict[str, Any] = {
        "expectation": first["expectation"],
        "kwargs": first["kwargs"],
        "success": not failing,
    }
    for key in _COUNT_KEYS:
        if any(key in r for r in parts):
            out[key] = sum(int(r.get(key, 0)) for r in parts)
    for key in ("observed_columns", "observed_value"):
        if key in first:
            out[key] = first[key]
    if any(r.get("raised_exception") for r in parts):
        out["raised_exception"] = True
    for key in ("failed_ids", "failed_where"):
        merged = _capped([r.get(key, []) for r in failing])
        if merged:
            out[key] = merged
    return out


def _merge_suite(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One suite's result over all shards (one part: unchanged)."""
    if len(parts) == 1:
        return parts[0]
    results = [_merge_result(list(rs)) for rs in zip(*(p["results"] for p in parts), strict=True)]
    return {
        "suite": parts[0]["suite"],
        "description": parts[0]["description"],
        "rows": sum(p["rows"] for p in parts),
        "success": all(p["success"] for p in parts) and all(r["success"] for r in results),
        "results": results,
    }


def _validate_shard(
    root: str,
    files: list[tuple[str, str, str]],
    runner: _SuiteRunner,
    rescan: _PipelineRescan | None,
) -> tuple[dict[str, list[dict[str, Any]]], _Tally]:
    """The id suites' results over one shard's files, a chunk of ids at a time (the whole
    shard at once if a file is out of id order), and the shard's row counts."""
    try:
        return _validate_chunks(root, files, runner, rescan, ID_CHUNK_ROWS)
    except _Unsorted as exc:
        _LOG.warning("%s is not in id order: validating its shard in one pass", exc)
        return _validate_chunks(root, files, runner, rescan, None)


def _validate_chunks(
    root: str,
    files: list[tuple[str, str, str]],
    runner: _SuiteRunner,
    rescan: _PipelineRescan | None,
    limit: int | None,
) -> tuple[dict[str, list[dict[str, Any]]], _Tally]:
    parts: dict[str, list[dict[str, Any]]] = {}
    tally = _Tally()
    for rows, logged in _id_chunks(root, files, limit):
        tally.add(rows, logged)
        tables = _id_tables(rows, logged)
        if rescan is not None:
            tables["rescan"] = rescan.table(root, files, tables["rows"])
        for name, frame in tables.items():
            parts.setdefault(name, []).append(runner.run(name, frame))
        del tables
    return parts, tally


def validate_run(staging: str, outcome: Any) -> dict[str, Any]:
    """Validate every output in ``staging``; write ``validation.json``; raise on failure.

    The id tables are built and validated one shard number at a time (every row of an id
    is in files of one shard number), and within a shard a chunk of ids at a time (the
    files are sorted by id), so the driver never holds more than about
    :data:`ID_CHUNK_ROWS` ids.
    """
    from residency.runtime import configure_offline_runtime

    configure_offline_runtime()
    started = time.monotonic()
    with open(os.path.join(staging, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    files = _output_files(staging)
    runner = _SuiteRunner(_context())
    parts: dict[str, list[dict[str, Any]]] = {name: [] for name in SUITES}
    for name, frame in _schema_tables(staging, files).items():
        parts[name].append(runner.run(name, frame))
    rescan = _rescan_source(staging, files, outcome)
    chunked_rescan = rescan if isinstance(rescan, _PipelineRescan) else None
    tally = _Tally()
    for group in _shard_groups(files) or [[]]:
        shard_parts, shard_tally = _validate_shard(staging, group, runner, chunked_rescan)
        for name, results in shard_parts.items():
            parts[name].extend(results)
        if isinstance(rescan, _DriverRescan):
            parts["rescan"].append(runner.run("rescan", rescan.table(staging, group)))
        tally.merge(shard_tally)
    remainder = rescan.remainder()
    if remainder is not None:
        parts["rescan"].append(runner.run("rescan", remainder))
    parts["counts"].append(runner.run("counts", _counts_table(tally, manifest)))
    suites = [_merge_suite(parts[name]) for name in SUITES]
    report = {
        "run_id": getattr(outcome, "run_id", manifest.get("run_id")),
        "success": all(s["success"] for s in suites),
        "engine": f"great_expectations {_gx_version()}",
        "seconds": round(time.monotonic() - started, 1),
        "rescan": rescan.facts(),
        "suites": suites,
    }
    with open(os.path.join(staging, VALIDATION_FILE), "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    if not report["success"]:
        raise IntegrityError("validation failed; nothing was published: " + failure_summary(report))
    return report


def _gx_version() -> str:
    import great_expectations as gx

    return str(gx.__version__)


def failure_summary(report: dict[str, Any]) -> str:
    """One line per failed expectation: suite, expectation, counts and a few ids."""
    parts: list[str] = []
    for suite in report["suites"]:
        for r in suite["results"]:
            if r["success"]:
                continue
            where = r["kwargs"].get("column") or r["kwargs"].get("column_A") or ""
            text = f"{suite['suite']}: {r['expectation']}({where})"
            if "unexpected_count" in r:
                text += f" {r['unexpected_count']} of {r.get('element_count', '?')} rows"
            if r.get("failed_ids"):
                text += " e.g. id " + ", ".join(r["failed_ids"][:5])
            if r.get("failed_where"):
                text += " in " + ", ".join(r["failed_where"][:3])
            parts.append(text)
    return "; ".join(parts) or "a suite failed"
