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

Results (``validation.json``) keep counts and, for failures, up to
:data:`MAX_FAILED_IDS` record ids: never values, never GX's sample lists.  A failure
raises :class:`~residency.errors.IntegrityError` (exit 3) and the run is not published.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from residency.errors import IntegrityError

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
    """Column types of a JSONL output: the expected type where every value fits it."""
    import pyarrow as pa

    columns: dict[str, list[Any]] = {}
    for row in _jsonl_rows(path):
        for key in row:
            columns.setdefault(key, [])
        for key, values in columns.items():
            values.append(row.get(key))
    types: dict[str, str] = {}
    for name, values in columns.items():
        if name not in expected.names:
            types[name] = "unexpected"
            continue
        field = expected.field(name)
        try:
            pa.array(values, type=field.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            types[name] = "invalid"
            continue
        nulls = any(v is None for v in values)
        types[name] = _type_str(field.type) + ("" if field.nullable or nulls else " not null")
    return types


def _read_columns(path: str, columns: list[str]) -> list[dict[str, Any]]:
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        rows: list[dict[str, Any]] = pq.read_table(path, columns=columns).to_pylist()
        return rows
    return [{c: row.get(c) for c in columns} for row in _jsonl_rows(path)]


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


def _id_tables(root: str, files: list[tuple[str, str, str]], manifest: dict[str, Any]) -> Any:
    import pandas as pd

    rows: list[dict[str, Any]] = []
    logged: list[dict[str, Any]] = []
    for rel, split, partition in files:
        path = os.path.join(root, rel)
        if split == "decisions":
            for r in _read_columns(path, ["id", "split", "partition", "source"]):
                logged.append(r)
            continue
        for r in _read_columns(path, ["id"]):
            rows.append({"id": r["id"], "split": split, "partition": partition})
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
    counts = _counts_table(rows_df, log_df, manifest)
    return {
        "rows": rows_df,
        "cleared": cleared,
        "decisions": log_df,
        "balance": balance,
        "counts": counts,
    }


def _counts_table(rows_df: Any, log_df: Any, manifest: dict[str, Any]) -> Any:
    import pandas as pd

    counts = manifest.get("counts", {})
    splits = counts.get("splits", {})
    partitions = counts.get("domestic_partitions", {})
    disk_parts = Counter(rows_df[rows_df["split"] == "domestic"]["partition"])
    log_parts = Counter(
        p or "UNKNOWN" for p in log_df[log_df["split"] == "domestic"]["partition"].tolist()
    )
    table: list[dict[str, Any]] = []
    for split in SPLITS:
        table.append(
            {
                "output": split,
                "on_disk": int((rows_df["split"] == split).sum()),
                "manifest": int(splits.get(split, 0)),
                "logged": int((log_df["split"] == split).sum()),
            }
        )
    for part in sorted(set(disk_parts) | set(partitions) | set(log_parts)):
        table.append(
            {
                "output": f"domestic/{part}",
                "on_disk": int(disk_parts.get(part, 0)),
                "manifest": int(partitions.get(part, 0)),
                "logged": int(log_parts.get(part, 0)),
            }
        )
    table.append(
        {
            "output": "decisions",
            "on_disk": len(log_df),
            "manifest": int(counts.get("records_read", -1)),
            "logged": len(log_df),
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


def _pipeline_rescan_table(rescan: Any, offshore_ids: list[Any]) -> tuple[Any, dict[str, Any]]:
    """The ``rescan`` table from the pipeline's results: one row per offshore id on disk.

    Failing records beyond the ids the pipeline kept are added as rows of their own
    (``unlisted-<n>``), so that the failure count is never lower than the pipeline's.
    """
    import pandas as pd

    failed = {record_id: (findings, error) for record_id, findings, error in rescan.failed}
    table = [
        {
            "id": i,
            "findings": failed.get(i, (0, False))[0],
            "scan_error": failed.get(i, (0, False))[1],
        }
        for i in offshore_ids
    ]
    listed = sum(1 for i in offshore_ids if i in failed)
    for n in range(max(0, rescan.held + rescan.scan_errors - listed)):
        table.append({"id": f"unlisted-{n}", "findings": 1, "scan_error": False})
    frame = pd.DataFrame(table, columns=["id", "findings", "scan_error"])
    facts = {
        "records": rescan.records,
        "strict": True,
        "where": "pipeline",
        "findings_cleared_by_policy": rescan.findings_cleared,
        "entity_types_found": dict(sorted(rescan.entity_types.items())),
    }
    return frame, facts


def _rescan_table(
    root: str, files: list[tuple[str, str, str]], outcome: Any = None, rows: Any = None
) -> tuple[Any, dict[str, Any]]:
    """The ``rescan`` table: from the pipeline's strict rescan when the run has one that
    covers the offshore rows on disk, else by rescanning the offshore files here."""
    stats = getattr(outcome, "stats", None)
    rescan = getattr(stats, "rescan", None)
    if rescan is not None and rows is not None:
        offshore_ids = rows[rows["split"] == "offshore"]["id"].tolist()
        if rescan.records == len(offshore_ids):
            return _pipeline_rescan_table(rescan, offshore_ids)
        _LOG.warning(
            "the pipeline rescanned %d offshore records, %d are on disk; rescanning here",
            rescan.records,
            len(offshore_ids),
        )
    return _driver_rescan_table(root, files, outcome)


def _driver_rescan_table(
    root: str, files: list[tuple[str, str, str]], outcome: Any = None
) -> tuple[Any, dict[str, Any]]:
    """Rescan every offshore record with all shortcuts off; count the findings of records
    the run's policy would now hold (expected: none)."""
    import pandas as pd

    held = _rescan_policy(outcome)
    table: list[dict[str, Any]] = []
    types: Counter[str] = Counter()
    cleared_findings = 0
    scanner = None
    for rel, split, _partition in files:
        if split != "offshore":
            continue
        for batch in _iter_records(os.path.join(root, rel)):
            scanner = scanner or rescan_scanner()
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
            for index, (record_id, record) in enumerate(parsed):
                result = results.get(index)
                error = result is None or result.error is not None
                counted = 0
                if result is not None and not error and result.findings:
                    if held(record, result):
                        counted = len(result.findings)
                        types.update({f.entity_type for f in result.findings})
                    else:
                        cleared_findings += len(result.findings)
                table.append({"id": record_id, "findings": counted, "scan_error": error})
    frame = pd.DataFrame(table, columns=["id", "findings", "scan_error"])
    facts = {
        "records": len(table),
        "strict": True,
        "where": "driver",
        "findings_cleared_by_policy": cleared_findings,
        "entity_types_found": dict(sorted(types.items())),
    }
    return frame, facts


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


def _run_suite(context: Any, name: str, frame: Any) -> dict[str, Any]:
    import great_expectations as gx

    suite_data = load_suite(name)
    source = context.data_sources.add_pandas(f"residency_{name}")
    batch = (
        source.add_dataframe_asset(name=name)
        .add_batch_definition_whole_dataframe("all")
        .get_batch(batch_parameters={"dataframe": frame})
    )
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


def validate_run(staging: str, outcome: Any) -> dict[str, Any]:
    """Validate every output in ``staging``; write ``validation.json``; raise on failure."""
    from residency.runtime import configure_offline_runtime

    configure_offline_runtime()
    started = time.monotonic()
    with open(os.path.join(staging, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    files = _output_files(staging)
    tables = _schema_tables(staging, files)
    tables.update(_id_tables(staging, files, manifest))
    tables["rescan"], rescan_facts = _rescan_table(staging, files, outcome, tables["rows"])
    context = _context()
    suites = [_run_suite(context, name, tables[name]) for name in SUITES]
    report = {
        "run_id": getattr(outcome, "run_id", manifest.get("run_id")),
        "success": all(s["success"] for s in suites),
        "engine": f"great_expectations {_gx_version()}",
        "seconds": round(time.monotonic() - started, 1),
        "rescan": rescan_facts,
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
