"""Bounded memory: sorted runs on disk instead of whole groups in memory (issue 8).

The split job shuffles no envelopes (duplicate ids come from an ids-only read) and
writes each shard by merging sorted runs; the verifier folds digests from a merge of
the sorted files.  These tests force tiny spill budgets and merge fan-ins, so every
path (many runs, merges in passes) runs on small inputs, and compare with the
straightforward in-memory computation.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given
from hypothesis import strategies as st
from residency_testing import assert_run_whole, read_rows, run_job, write_jsonl

from residency import runs
from residency.pipelines import write
from residency.pipelines.ids import DuplicateIds

pytestmark = pytest.mark.xdist_group("bounded_memory")


# --- runs: external sort and merge ------------------------------------------------------


@given(items=st.lists(st.text(max_size=5)), budget=st.integers(1, 400), fan_in=st.integers(2, 5))
def test_external_sort_equals_sorted(items: list[str], budget: int, fan_in: int) -> None:
    old = runs.MAX_FAN_IN
    runs.MAX_FAN_IN = fan_in
    try:
        assert list(runs.external_sort(items, budget_bytes=budget)) == sorted(items)
    finally:
        runs.MAX_FAN_IN = old


def test_external_sort_is_stable_across_runs() -> None:
    items = [(i % 5, i) for i in range(200)]
    out = list(runs.external_sort(items, key=lambda t: t[0], budget_bytes=300))
    assert out == sorted(items, key=lambda t: t[0])


# --- DuplicateIds: an ids-only read ------------------------------------------------------


def test_duplicate_ids_across_files_and_formats(tmp_path: Path) -> None:
    a = write_jsonl(
        tmp_path / "a.jsonl",
        [{"id": "x", "text": "one"}, {"id": "y", "text": "two"}, "", '{"id": "broken", '],
    )
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"id": "y", "text": "three"}\n\n{"id": "z", "text": "four"}\n')
        fh.write('{"id": "broken", \n')  # the same bad line twice: the same derived id
    pq.write_table(pa.Table.from_pylist([{"id": "z", "text": "five"}]), tmp_path / "c.parquet")
    files = [str(a), str(tmp_path / "b.jsonl.gz"), str(tmp_path / "c.parquet")]
    bad_id = "invalid:" + hashlib.sha256(b'{"id": "broken", ').hexdigest()[:40]
    with beam.Pipeline() as p:
        dups = p | DuplicateIds(files, str(tmp_path / "runs"), shards=3)
        assert_that(dups, equal_to(["y", "z", bad_id]))


# --- WriteSplits: sorted runs merged into the same files ----------------------------------


def _inputs(tmp_path: Path) -> list[Path]:
    """Cheap records: mostly unparseable lines (never scanned), some duplicated ids."""
    a = write_jsonl(
        tmp_path / "in" / "a.jsonl",
        [{"id": f"ok-{i:03d}", "text": "The weather is fine."} for i in range(12)]
        + [{"id": "dup", "text": "first"}, {"id": "ok-003", "text": "again"}]
        + [f'{{"id": "bad-{i % 150}", ' for i in range(180)],
    )
    b = write_jsonl(
        tmp_path / "in" / "b.jsonl",
        [{"id": "dup", "text": "second"}] + [f'{{"id": "other-{i}", ' for i in range(60)],
    )
    return [a, b]


def _digests(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] in ("offshore", "quarantine", "decisions")
    }


def _whole_shard_bytes(path: Path, row_group_size: int) -> bytes:
    """The file as the former sink wrote it: the shard's rows sorted in memory by id."""
    schema = write.DECISION_SCHEMA if path.parent.name == "decisions" else write.RECORD_SCHEMA
    rows = sorted(pq.read_table(path).to_pylist(), key=lambda r: r["id"])
    buffer = io.BytesIO()
    with pq.ParquetWriter(buffer, schema, compression="zstd") as writer:
        for start in range(0, len(rows), row_group_size):
            chunk = rows[start : start + row_group_size]
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def budget_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("budget")
    inputs = _inputs(tmp)
    outs: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(write, "ROW_GROUP_ROWS", 7)
        outs["default"] = tmp / "default"
        run_job(outs["default"], inputs, shards=2)
        patch.setattr(runs, "DEFAULT_BUDGET_BYTES", 600)  # a run every few rows
        patch.setattr(runs, "MAX_FAN_IN", 3)  # merged in several passes
        outs["tiny"] = tmp / "tiny"
        run_job(outs["tiny"], inputs, shards=2)
    return outs


def test_tiny_spill_budget_gives_byte_identical_files(budget_runs: dict[str, Path]) -> None:
    default, tiny = _digests(budget_runs["default"]), _digests(budget_runs["tiny"])
    assert default == tiny and len(default) >= 4


def test_files_equal_a_whole_shard_sort_with_the_same_row_groups(
    budget_runs: dict[str, Path],
) -> None:
    out = budget_runs["tiny"]
    checked = 0
    for path in sorted(out.rglob("*.parquet")):
        ids = pq.read_table(path, columns=["id"]).column("id").to_pylist()
        if len(ids) != len(set(ids)):
            continue  # rows sharing an id: ordered by content, see below
        meta = pq.ParquetFile(path).metadata
        sizes = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
        assert sizes == [7] * (len(ids) // 7) + ([len(ids) % 7] if len(ids) % 7 else [])
        assert path.read_bytes() == _whole_shard_bytes(path, 7), path.name
        checked += 1
    assert checked >= 2


def test_rows_sharing_an_id_are_ordered_by_content(budget_runs: dict[str, Path]) -> None:
    out = budget_runs["tiny"]
    for folder in ("quarantine", "decisions"):
        for path in sorted((out / folder).glob("*.parquet")):
            rows = pq.read_table(path).to_pylist()
            keys = [write.row_order(r) for r in rows]
            assert keys == sorted(keys)
    quarantined = read_rows(out, "quarantine")
    assert sorted(r["id"] for r in quarantined if r["id"] in ("dup", "ok-003")) == [
        "dup",
        "dup",
        "ok-003",
        "ok-003",
    ]
    reasons = {d["reason"] for d in read_rows(out, "decisions") if d["id"] in ("dup", "ok-003")}
    assert reasons == {"duplicate_id"}


def test_published_run_holds_no_runs_and_verifies(budget_runs: dict[str, Path]) -> None:
    for out in budget_runs.values():
        assert not list(out.rglob("*.run")) and not (out / "_runs").exists()
        assert_run_whole(out)  # includes verify_run: digests folded from merged files


def test_a_retried_merge_finds_its_file_already_written(tmp_path: Path) -> None:
    rows = [
        {"id": i, "record": "{}", "record_sha256": "0" * 64, "text": None, "messages": None}
        for i in ("b", "a", "c")
    ]
    folder = tmp_path / "_runs"
    folder.mkdir()
    paths = []
    for chunk in (rows[:2], rows[2:]):
        paths.append(str(folder / f"{len(paths)}.run"))
        with open(paths[-1], "wb") as fh:
            runs.write_run(fh, sorted(chunk, key=write.row_order))
    orphan = folder / "orphan.run"  # a failed bundle's run: never listed, never merged
    with open(orphan, "wb") as fh:
        runs.write_run(fh, [{**rows[0], "id": "zzz"}])
    fn = write._WriteShardFn(str(tmp_path), "jsonl", str(folder), 10)
    first = list(fn.process((("offshore", 0), paths)))
    target = tmp_path / "offshore" / "part-00000.jsonl"
    assert [json.loads(line)["id"] for line in target.read_text().splitlines()] == ["a", "b", "c"]
    assert not any(Path(p).exists() for p in paths) and orphan.exists()
    assert (
        list(fn.process((("offshore", 0), paths)))
        == first
        == [(("file", target.relative_to(tmp_path).as_posix()), 3)]
    )
