"""The split job end to end: partition, decision log, reconciliation, refusals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from residency_testing import (
    SAMPLE_DATA,
    no_network_env,
    read_rows,
    residency_cmd,
    run_job,
    split_ids,
    write_jsonl,
)

from residency.errors import IntegrityError, UsageError

pytestmark = pytest.mark.xdist_group("split_job")


def _input_records() -> dict[str, dict]:
    records: dict[str, dict] = {}
    for path in sorted(SAMPLE_DATA.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            records[rec["id"]] = rec
    return records


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("sample") / "run"
    outcome = run_job(out, [SAMPLE_DATA])
    return out, outcome


def test_every_input_record_lands_in_exactly_one_split(sample_run) -> None:
    out, outcome = sample_run
    ids = split_ids(out)
    all_ids = [i for s in ids.values() for i in s]
    assert len(all_ids) == len(set(all_ids)), "an id appears in two splits"
    expected = set(_input_records()) | {
        r["ticket_id"] for r in pq.read_table(SAMPLE_DATA / "tickets.parquet").to_pylist()
    }
    # Parquet tickets have no `id` column: their ids are derived from their content.
    derived = {i for i in all_ids if i.startswith("sha256:")}
    assert set(all_ids) - derived == set(_input_records())
    assert len(derived) == 4
    assert outcome.stats.read == len(expected) == len(all_ids)


def test_counts_reconcile_with_files_and_decision_log(sample_run) -> None:
    out, outcome = sample_run
    decisions = read_rows(out, "decisions")
    assert len(decisions) == outcome.stats.read
    for split, ids in split_ids(out).items():
        assert outcome.stats.splits.get(split, 0) == len(ids)
        assert {d["id"] for d in decisions if d["split"] == split} == ids


def test_decision_log_has_reasons_rules_and_no_detected_values(sample_run) -> None:
    out, _ = sample_run
    decisions = {d["id"]: d for d in read_rows(out, "decisions")}
    for d in decisions.values():
        assert d["reason"], d["id"]
        assert d["pack_digest"]
        assert d["rule_ids"] or d["split"] == "quarantine"
    pii = decisions["chat-002"]
    assert pii["split"] == "domestic" and pii["partition"] == "CN"
    assert pii["entity_types"]
    text = json.dumps(list(decisions.values()), ensure_ascii=False)
    for raw in ("13812345678", "110101199003071233", "jane.doe@mailhost.com"):
        assert raw not in text


def test_clear_records_go_offshore_and_pii_stays_home(sample_run) -> None:
    out, _ = sample_run
    ids = split_ids(out)
    assert {"chat-003", "inst-001"} <= ids["offshore"]
    assert {"chat-002", "chat-010", "inst-004"} <= ids["domestic"]


def test_output_rows_keep_the_original_record_unchanged(sample_run) -> None:
    out, _ = sample_run
    originals = _input_records()
    for split in ("offshore", "domestic", "quarantine"):
        for row in read_rows(out, split):
            if row["id"] in originals:
                assert json.loads(row["record"]) == originals[row["id"]]
                if "messages" in originals[row["id"]]:
                    assert [m["content"] for m in row["messages"]] == [
                        m["content"] for m in originals[row["id"]]["messages"]
                    ]


def test_domestic_output_is_partitioned_by_jurisdiction(sample_run) -> None:
    out, _ = sample_run
    partitions = {p.name for p in (out / "domestic").iterdir()}
    assert "CN" in partitions
    for d in read_rows(out, "decisions"):
        if d["split"] == "domestic":
            rows = read_rows(out, f"domestic/{d['partition']}")
            assert d["id"] in {r["id"] for r in rows}


def test_refuses_non_empty_output_folder(sample_run, tmp_path: Path) -> None:
    out, _ = sample_run
    before = sorted(p.name for p in out.rglob("*"))
    with pytest.raises(UsageError, match="not empty"):
        run_job(out, [SAMPLE_DATA])
    assert sorted(p.name for p in out.rglob("*")) == before


def test_empty_existing_output_folder_is_accepted(tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "hello world"}])
    run_job(out, [src])
    assert split_ids(out)["offshore"] == {"a"}


def test_unparseable_input_is_quarantined_with_its_reason_never_dropped(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    lines = [
        b'{"id": "ok", "text": "The weather is nice today."}',
        b'{"id": "broken", "text": ',
        b'["not", "an", "object"]',
        b'{"id": "latin1", "text": "caf\xe9"}',
        b"",
        b'{"id": "big", "text": "' + b"x" * 5000 + b'"}',
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "run"
    outcome = run_job(out, [src], max_record_bytes=4096)
    decisions = read_rows(out, "decisions")
    reasons = sorted(d["reason"] for d in decisions if d["split"] == "quarantine")
    assert reasons == ["invalid_json", "invalid_utf8", "not_a_json_object", "oversized_record"]
    assert outcome.stats.read == 5 and outcome.stats.blank_lines == 1
    assert split_ids(out)["offshore"] == {"ok"}


def test_duplicate_ids_are_all_quarantined(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "dup.jsonl",
        [
            {"id": "same", "text": "first text"},
            {"id": "same", "text": "second text"},
            {"id": "other", "text": "plain"},
        ],
    )
    out = tmp_path / "run"
    run_job(out, [src])
    quarantined = read_rows(out, "quarantine")
    assert sorted(r["id"] for r in quarantined) == ["same", "same"]
    assert {d["reason"] for d in read_rows(out, "decisions") if d["id"] == "same"} == {
        "duplicate_id"
    }


def test_records_without_id_get_deterministic_content_ids(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "noid.jsonl", [{"text": "alpha"}, {"text": "beta"}])
    ids = []
    for name in ("a", "b"):
        run_job(tmp_path / name, [src])
        ids.append(sorted(r["id"] for r in read_rows(tmp_path / name, "decisions")))
    assert ids[0] == ids[1] and all(i.startswith("sha256:") for i in ids[0])


def test_same_input_gives_byte_identical_split_files(tmp_path: Path) -> None:
    import hashlib

    digests = []
    for name in ("one", "two"):
        run_job(tmp_path / name, [SAMPLE_DATA], shards=3)
        files = sorted((tmp_path / name).rglob("*.parquet"))
        digests.append(
            {
                str(f.relative_to(tmp_path / name)): hashlib.sha256(f.read_bytes()).hexdigest()
                for f in files
            }
        )
    assert digests[0] == digests[1]


def test_parquet_input_with_other_field_names(tmp_path: Path) -> None:
    table = pa.Table.from_pylist(
        [
            {"uid": 7, "body": "Quarterly revenue grew 4% year over year.", "n": 1.5},
            {"uid": 8, "body": "Call me on 13812345678 tomorrow", "n": 2.0},
        ]
    )
    src = tmp_path / "t.parquet"
    pq.write_table(table, src)
    out = tmp_path / "run"
    run_job(
        out,
        [src],
        schema=__import__("residency.records", fromlist=["RecordSchema"]).RecordSchema(
            id_field="uid", text_field="body"
        ),
    )
    ids = split_ids(out)
    assert ids["offshore"] == {"7"} and ids["domestic"] == {"8"}
    row = read_rows(out, "offshore")[0]
    assert row["text"] == "Quarterly revenue grew 4% year over year."
    assert json.loads(row["record"]) == {
        "uid": 7,
        "body": "Quarterly revenue grew 4% year over year.",
        "n": 1.5,
    }


def test_jsonl_output_format(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "hello"}])
    out = tmp_path / "run"
    run_job(out, [src], output_format="jsonl")
    files = list((out / "offshore").glob("*.jsonl"))
    assert len(files) == 1
    row = json.loads(files[0].read_text("utf-8"))
    assert row["id"] == "x" and json.loads(row["record"]) == {"id": "x", "text": "hello"}


def test_corrupt_parquet_input_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "bad.parquet"
    src.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(UsageError, match="not a readable Parquet"):
        run_job(tmp_path / "run", [src])
    assert not (tmp_path / "run").exists()


def test_a_lost_file_fails_reconciliation_and_nothing_is_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import residency.split as split_module

    real = split_module.reconcile

    def lose_a_file(root: str, stats):  # simulate a sink whose file vanished
        victim = next(Path(root, "decisions").glob("*.parquet"))
        victim.unlink()
        return real(root, stats)

    monkeypatch.setattr(split_module, "reconcile", lose_a_file)
    out = tmp_path / "run"
    with pytest.raises(IntegrityError, match="reconcile"):
        run_job(out, [SAMPLE_DATA])
    assert not out.exists()
    assert not list(tmp_path.glob(".run.staging-*")), "staging folder left behind"


@pytest.mark.slow
def test_cli_runs_offline_and_prints_no_tracebacks_or_warnings(tmp_path: Path) -> None:
    out = tmp_path / "run"
    log = tmp_path / "network.log"
    env = no_network_env()
    env["RESIDENCY_NETWORK_LOG"] = str(log)
    proc = subprocess.run(
        [*residency_cmd(), "split", str(SAMPLE_DATA), "--out", str(out), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["ok"] and summary["counts"]["records_read"] == 24
    for noise in ("Traceback", "WARNING", "apitools", "Recognizer not added", "prism"):
        assert noise.lower() not in proc.stderr.lower(), proc.stderr
    assert not log.exists() or log.read_text() == "", log.read_text()


@pytest.mark.slow
def test_cli_exit_codes_for_usage_errors(tmp_path: Path) -> None:
    base = residency_cmd()
    missing = subprocess.run(
        [*base, "split", str(tmp_path / "nope*.jsonl"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and "matched no" in missing.stderr
    assert "Traceback" not in missing.stderr
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    full = subprocess.run(
        [*base, "split", str(SAMPLE_DATA), "--out", str(tmp_path / "full")],
        capture_output=True,
        text=True,
    )
    assert full.returncode == 2 and "not empty" in full.stderr
    dask = subprocess.run(
        [*base, "split", str(SAMPLE_DATA), "--out", str(tmp_path / "d"), "--runner=DaskRunner"],
        capture_output=True,
        text=True,
    )
    assert dask.returncode == 2 and "DaskRunner" in dask.stderr
