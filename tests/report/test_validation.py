"""Great Expectations validation of a run: passes on a real run, fails closed on tampering."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from residency_testing import run_job, write_jsonl

from residency.errors import IntegrityError
from residency.model import Finding, ScanResult
from residency.pipelines.write import DECISION_SCHEMA, RECORD_SCHEMA
from residency.validation import SUITES, VALIDATION_FILE, load_suite, validate_run

pytestmark = pytest.mark.xdist_group("report")


def _results(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["suite"]: s for s in report["suites"]}


def test_validation_passes_on_a_real_run(report_run: Any) -> None:
    report = json.loads((report_run.out / VALIDATION_FILE).read_text("utf-8"))
    assert report["success"] is True
    suites = _results(report)
    assert sorted(suites) == sorted(SUITES)
    assert all(s["success"] for s in suites.values())
    assert suites["rescan"]["rows"] == report_run.outcome.stats.splits.get("offshore", 0) > 0
    # the duplicated id is in quarantine twice, and that is allowed
    assert suites["balance"]["rows"] == 8  # distinct ids: dup-1 once
    assert report["rescan"]["strict"] is True


def test_every_expectation_returns_counts_only(report_run: Any) -> None:
    report = json.loads((report_run.out / VALIDATION_FILE).read_text("utf-8"))
    allowed = {
        "expectation",
        "kwargs",
        "success",
        "element_count",
        "unexpected_count",
        "missing_count",
        "observed_columns",
        "observed_value",
        "failed_ids",
        "failed_where",
        "raised_exception",
    }
    for suite in report["suites"]:
        for result in suite["results"]:
            assert set(result) <= allowed, result
            assert "partial_unexpected_list" not in json.dumps(result)


def test_suite_types_match_what_the_writer_writes(tmp_path: Path) -> None:
    """The schema suites (data) and the sink's Arrow schemas must agree after Parquet."""
    for suite, schema in (("schema_records", RECORD_SCHEMA), ("schema_decisions", DECISION_SCHEMA)):
        path = tmp_path / f"{suite}.parquet"
        pq.write_table(schema.empty_table(), path)
        written = pq.read_schema(path)
        expected = {
            e["kwargs"]["column"]: e["kwargs"]["value_set"]
            for e in load_suite(suite)["expectations"]
            if e["type"] == "expect_column_values_to_be_in_set"
        }
        assert list(expected) == schema.names
        for field in written:
            name = str(field.type) + ("" if field.nullable else " not null")
            assert [name] == expected[field.name], field.name


@pytest.fixture
def run_copy(report_run: Any, tmp_path: Path) -> Path:
    copy = tmp_path / "run"
    shutil.copytree(report_run.out, copy)
    (copy / VALIDATION_FILE).unlink()
    return copy


class _FlagEverything:
    """A rescan scanner that finds a (masked) phone number in every record."""

    def scan_records(self, records: list[Any], schema: Any = None) -> list[ScanResult]:
        finding = Finding("CN_MOBILE", "text", 0, 11, 1.0, "test", "138****5678")
        return [ScanResult(findings=(finding,)) for _ in records]


def test_validation_fails_when_the_rescan_finds_personal_data(
    run_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("residency.validation.rescan_scanner", lambda: _FlagEverything())
    with pytest.raises(IntegrityError) as err:
        validate_run(str(run_copy), None)
    offshore = {r["id"] for r in pq.read_table(run_copy / "offshore").to_pylist()}
    assert "rescan" in str(err.value)
    assert any(i in str(err.value) for i in offshore)
    report = json.loads((run_copy / VALIDATION_FILE).read_text("utf-8"))
    rescan = _results(report)["rescan"]
    assert report["success"] is False and rescan["success"] is False
    failed = next(r for r in rescan["results"] if not r["success"])
    assert failed["unexpected_count"] == len(offshore)
    assert set(failed["failed_ids"]) == offshore


def test_validation_accepts_findings_the_policy_clears(
    run_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class _Keywords:
        def scan_records(self, records: list[Any], schema: Any = None) -> list[ScanResult]:
            finding = Finding("HEALTH_INFO", "text", 0, 2, 0.6, "test", "确*")
            return [ScanResult(findings=(finding,)) for _ in records]

    monkeypatch.setattr("residency.validation.rescan_scanner", lambda: _Keywords())
    report = validate_run(str(run_copy), None)
    assert report["success"] is True
    # a health keyword without anyone identified is cleared by PIPL's with_identifier rule
    assert report["rescan"]["findings_cleared_by_policy"] == report["rescan"]["records"]


def _one_file(folder: Path) -> Path:
    return sorted(folder.rglob("*.parquet"))[0]


def test_validation_fails_on_an_id_in_offshore_and_domestic(run_copy: Path) -> None:
    domestic = pq.read_table(_one_file(run_copy / "domestic"))
    offshore_path = _one_file(run_copy / "offshore")
    offshore = pq.read_table(offshore_path)
    moved = domestic.slice(0, 1)
    pq.write_table(pa.concat_tables([offshore, moved.cast(offshore.schema)]), offshore_path)
    with pytest.raises(IntegrityError) as err:
        validate_run(str(run_copy), None)
    report = json.loads((run_copy / VALIDATION_FILE).read_text("utf-8"))
    suites = _results(report)
    assert not suites["cleared"]["success"]
    assert not suites["balance"]["success"] and not suites["counts"]["success"]
    assert moved.column("id")[0].as_py() in str(err.value)


def test_validation_fails_on_a_changed_column_type(run_copy: Path) -> None:
    path = _one_file(run_copy / "quarantine")
    table = pq.read_table(path)
    pq.write_table(table.append_column("extra", pa.array([1] * len(table))), path)
    with pytest.raises(IntegrityError, match="schema_records"):
        validate_run(str(run_copy), None)


def test_validation_fails_when_the_manifest_count_differs(run_copy: Path) -> None:
    manifest = json.loads((run_copy / "manifest.json").read_text("utf-8"))
    manifest["counts"]["splits"]["offshore"] += 1
    (run_copy / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(IntegrityError, match="counts.*offshore"):
        validate_run(str(run_copy), None)


def test_failed_validation_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("residency.validation.rescan_scanner", lambda: _FlagEverything())
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "How do I bake bread?"}])
    out = tmp_path / "out"
    with pytest.raises(IntegrityError, match="validation failed"):
        run_job(out, [src])
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.jsonl"]  # no staging folder left


def test_no_canary_in_validation_results_or_logs(
    report_run: Any, canaries: tuple[str, ...]
) -> None:
    text = (report_run.out / VALIDATION_FILE).read_text("utf-8")
    assert report_run.log  # the capture worked
    for canary in canaries:
        assert canary not in text
        assert canary not in report_run.log


# -- shard by shard ---------------------------------------------------------------------

_SHARDED_RECORDS: list[Any] = [
    *({"id": f"plain-{n}", "text": f"How do I water plant number {n}?"} for n in range(12)),
    *({"id": f"phone-{n}", "text": f"请拨打1395284{n:04d}联系我，谢谢。"} for n in range(12)),
    {"id": "twice", "text": "The weather is nice today."},
    {"id": "twice", "text": "The weather is nice today, again."},
]


@pytest.fixture(scope="module")
def sharded_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """The same input split with one shard and with three."""
    base = tmp_path_factory.mktemp("sharded")
    src = write_jsonl(base / "in.jsonl", _SHARDED_RECORDS)
    outs = {}
    for shards in (1, 3):
        outs[shards] = base / f"out-{shards}"
        run_job(outs[shards], [src], home="CN", shards=shards)
    return outs


def _verdicts(report: dict[str, Any]) -> dict[str, Any]:
    """A report without its timing: suites, rows, per-expectation success and counts
    (the schema suites have a row per file, so only their verdicts are compared)."""

    def per_file(suite: str) -> bool:
        return suite.startswith("schema_")

    return {
        "success": report["success"],
        "rescan": report["rescan"],
        "suites": {
            s["suite"]: (
                s["success"],
                None if per_file(s["suite"]) else s["rows"],
                [
                    (
                        r["expectation"],
                        r["success"],
                        *(None if per_file(s["suite"]) else r.get(k) for k in _COUNT_KEYS),
                    )
                    for r in s["results"]
                ],
            )
            for s in report["suites"]
        },
    }


_COUNT_KEYS = ("element_count", "unexpected_count", "missing_count")


def test_a_sharded_run_validates_as_one_shard_does(sharded_runs: dict[int, Path]) -> None:
    assert len(list((sharded_runs[3] / "decisions").iterdir())) == 3
    assert len(list((sharded_runs[1] / "decisions").iterdir())) == 1
    one = json.loads((sharded_runs[1] / VALIDATION_FILE).read_text("utf-8"))
    three = json.loads((sharded_runs[3] / VALIDATION_FILE).read_text("utf-8"))
    assert one["success"] is True
    assert _verdicts(three) == _verdicts(one)
    assert _results(three)["balance"]["rows"] == len({r["id"] for r in _SHARDED_RECORDS})


class _FindNothing:
    def scan_records(self, records: list[Any], schema: Any = None) -> list[ScanResult]:
        return [ScanResult() for _ in records]


def test_a_duplicate_id_in_two_splits_of_one_shard_is_caught(
    sharded_runs: dict[int, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "run"
    shutil.copytree(sharded_runs[3], copy)
    (copy / VALIDATION_FILE).unlink()
    monkeypatch.setattr("residency.validation.rescan_scanner", lambda: _FindNothing())
    shard_files = [
        (copy / "domestic" / "CN" / name, copy / "offshore" / name)
        for name in sorted(p.name for p in (copy / "offshore").iterdir())
        if (copy / "domestic" / "CN" / name).exists()
    ]
    domestic_path, offshore_path = shard_files[-1]
    assert offshore_path.name != "part-00000.parquet" or len(shard_files) == 1
    domestic = pq.read_table(domestic_path)
    offshore = pq.read_table(offshore_path)
    moved = domestic.slice(0, 1)
    pq.write_table(pa.concat_tables([offshore, moved.cast(offshore.schema)]), offshore_path)
    with pytest.raises(IntegrityError) as err:
        validate_run(str(copy), None)
    moved_id = moved.column("id")[0].as_py()
    assert moved_id in str(err.value)
    suites = _results(json.loads((copy / VALIDATION_FILE).read_text("utf-8")))
    assert not suites["cleared"]["success"]
    failed = next(r for r in suites["cleared"]["results"] if not r["success"])
    assert failed["failed_ids"] == [moved_id] and failed["unexpected_count"] == 2
    assert not suites["balance"]["success"] and not suites["counts"]["success"]
    assert suites["rows"]["success"] and suites["decisions"]["success"]


# -- chunk by chunk inside a shard ----------------------------------------------------------


def _revalidate(run: Path, tmp_path: Path, name: str) -> dict[str, Any]:
    copy = tmp_path / name
    shutil.copytree(run, copy)
    (copy / VALIDATION_FILE).unlink()
    return validate_run(str(copy), None)


def test_chunks_of_a_few_ids_validate_as_the_whole_shard_does(
    sharded_runs: dict[int, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("residency.validation.rescan_scanner", lambda: _FindNothing())
    whole = _revalidate(sharded_runs[1], tmp_path, "whole")
    monkeypatch.setattr("residency.validation.ID_CHUNK_ROWS", 3)
    chunked = _revalidate(sharded_runs[1], tmp_path, "chunked")
    assert chunked["success"] is whole["success"] is True
    assert _verdicts(chunked) == _verdicts(whole)
    assert _results(chunked)["balance"]["rows"] == len({r["id"] for r in _SHARDED_RECORDS})


def test_chunks_are_cut_between_ids_only(sharded_runs: dict[int, Path]) -> None:
    from residency.validation import _id_chunks, _output_files

    root = str(sharded_runs[1])
    files = _output_files(root)
    chunks = list(_id_chunks(root, files, 2))
    assert len(chunks) > 5
    seen: list[set[str]] = [{r["id"] for r in rows + logged} for rows, logged in chunks]
    for i, ids in enumerate(seen):
        for other in seen[i + 1 :]:
            assert not ids & other  # every row of an id is in one chunk
    rows = sum(len(r) + len(lg) for r, lg in chunks)
    assert rows == 2 * len(_SHARDED_RECORDS)  # each record: one split row, one log row


def test_an_id_in_two_splits_is_caught_in_sorted_files_with_small_chunks(
    sharded_runs: dict[int, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copied row is put where the writer would have put it (files stay sorted), so
    the chunked path, not the whole-shard fallback, must catch it."""
    copy = tmp_path / "run"
    shutil.copytree(sharded_runs[1], copy)
    (copy / VALIDATION_FILE).unlink()
    monkeypatch.setattr("residency.validation.rescan_scanner", lambda: _FindNothing())
    monkeypatch.setattr("residency.validation.ID_CHUNK_ROWS", 3)
    warned: list[str] = []
    monkeypatch.setattr("residency.validation._LOG.warning", lambda *a: warned.append(a[0]))
    domestic_path = copy / "domestic" / "CN" / "part-00000.parquet"
    offshore_path = copy / "offshore" / "part-00000.parquet"
    moved = pq.read_table(domestic_path).slice(3, 1)
    offshore = pq.read_table(offshore_path)
    both = pa.concat_tables([offshore, moved.cast(offshore.schema)]).sort_by("id")
    pq.write_table(both, offshore_path)
    with pytest.raises(IntegrityError):
        validate_run(str(copy), None)
    assert warned == []  # no file was out of order
    suites = _results(json.loads((copy / VALIDATION_FILE).read_text("utf-8")))
    failed = next(r for r in suites["cleared"]["results"] if not r["success"])
    assert failed["failed_ids"] == [moved.column("id")[0].as_py()]


@pytest.mark.parametrize("chunk", [1, 2, 10_000])
def test_jsonl_column_types_are_checked_chunk_by_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    from residency.validation import _jsonl_types

    monkeypatch.setattr("residency.validation.TYPE_CHUNK_ROWS", chunk)
    schema = pa.schema(
        [pa.field("id", pa.string(), nullable=False), pa.field("n", pa.int64(), nullable=False)]
    )
    path = tmp_path / "part-00000.jsonl"
    rows = [{"id": "a", "n": 1}, {"id": "b", "n": 2}, {"id": "c"}, {"id": "d", "n": "x", "z": 1}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert _jsonl_types(str(path), schema) == {
        "id": "string not null",
        "n": "invalid",  # the last row's value is not an int64, whatever the chunk size
        "z": "unexpected",
    }
    path.write_text("".join(json.dumps(r) + "\n" for r in rows[:3]), "utf-8")
    assert _jsonl_types(str(path), schema)["n"] == "int64"  # a row lacks it: nullable
