"""Bad input: every record lands in a split with a clear reason, or the job stops with a
clear error; nothing is silently dropped.

(Invalid JSON, invalid UTF-8, non-objects, the size limit, duplicate ids, corrupt
Parquet and a glob that matches nothing are in tests/test_split_job.py.)

Decisions recorded here:
- a missing or null text field is fine when other fields hold text (every string is
  scanned); a text field holding a number, list or object is ``text_not_a_string``;
- a messages field that is not a list of objects with string content is
  ``malformed_messages``;
- a record with no non-blank text or number besides its id is ``no_text``;
- an empty input file is an empty dataset: the run succeeds with zero records;
- a gzip or Parquet file that breaks part-way stops the job (exit 2), naming the file.
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from residency_testing import (
    assert_run_whole,
    no_network_env,
    read_rows,
    residency_cmd,
    run_job,
    write_jsonl,
)

from residency.errors import UsageError

pytestmark = pytest.mark.xdist_group("bad_input")

RECORDS = {
    "fine": {"id": "fine", "text": "The weather is nice today."},
    "no-text-field": {"id": "no-text-field", "prompt": "Name three rivers.", "answer": "Nile"},
    "null-text": {"id": "null-text", "text": None, "body": "Markets closed higher."},
    "text-number": {"id": "text-number", "text": 42},
    "text-list": {"id": "text-list", "text": ["a", "b"]},
    "text-object": {"id": "text-object", "text": {"nested": {"deeper": "junk"}}},
    "empty-text": {"id": "empty-text", "text": ""},
    "blank-text": {"id": "blank-text", "text": "   \n\t "},
    "id-only": {"id": "id-only"},
    "messages-string": {"id": "messages-string", "messages": "hello"},
    "messages-junk": {"id": "messages-junk", "messages": [1, None, "x"]},
    "content-number": {"id": "content-number", "messages": [{"role": "user", "content": 7}]},
    # The content-part form: text parts are read; an image part cannot be scanned.
    "content-parts": {
        "id": "content-parts",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Name a river."}]}],
    },
    "content-image": {
        "id": "content-image",
        "messages": [
            {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "a.png"}}]}
        ],
    },
    "content-parts-phone": {
        "id": "content-parts-phone",
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "my mobile is 9123"}]},
            {"role": "assistant", "content": "and the rest?"},
            {"role": "user", "content": [{"type": "text", "text": "4567"}]},
        ],
    },
    "deep-junk": {"id": "deep-junk", "text": "ok", "meta": [[[[{"a": [None, True, 1.5]}]]]]},
    "numeric-phone": {
        "id": "numeric-phone",
        "text": "See contact.",
        "meta": {"phone": 13812345678},
    },
}
EXPECTED_QUARANTINE = {
    "text-number": "text_not_a_string",
    "text-list": "text_not_a_string",
    "text-object": "text_not_a_string",
    "empty-text": "no_text",
    "blank-text": "no_text",
    "id-only": "no_text",
    "messages-string": "malformed_messages",
    "messages-junk": "malformed_messages",
    "content-number": "malformed_messages",
    "content-image": "malformed_messages",
}


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("mixed")
    src = write_jsonl(base / "in.jsonl", list(RECORDS.values()))
    table = pa.Table.from_pylist(
        [{"id": "pq-empty", "text": ""}, {"id": "pq-fine", "text": "A plain sentence."}]
    )
    pq.write_table(table, base / "in.parquet")
    gz = base / "more.jsonl.gz"
    gz.write_bytes(
        gzip.compress(b"".join(b'{"id": "gz-%d", "text": "Plain line."}\n' % i for i in range(3)))
    )
    outcome = run_job(base / "run", [src, base / "in.parquet", gz])
    assert outcome.stats.read == len(RECORDS) + 2 + 3
    assert_run_whole(base / "run")
    return {d["id"]: d for d in read_rows(base / "run", "decisions")}


@pytest.mark.parametrize("record_id, reason", sorted(EXPECTED_QUARANTINE.items()))
def test_records_without_judgeable_text_are_quarantined_with_a_reason(
    mixed_run: dict[str, dict], record_id: str, reason: str
) -> None:
    assert (mixed_run[record_id]["split"], mixed_run[record_id]["reason"]) == (
        "quarantine",
        reason,
    )


def test_other_schemas_and_nested_values_are_judged_normally(mixed_run: dict[str, dict]) -> None:
    for record_id in (
        "fine",
        "no-text-field",
        "null-text",
        "deep-junk",
        "pq-fine",
        "gz-2",
        "content-parts",
    ):
        assert mixed_run[record_id]["split"] == "offshore", mixed_run[record_id]
    assert mixed_run["pq-empty"]["reason"] == "no_text"


def test_a_number_holding_personal_data_is_scanned(mixed_run: dict[str, dict]) -> None:
    assert mixed_run["numeric-phone"]["split"] != "offshore"


def test_a_number_split_over_content_parts_is_found(mixed_run: dict[str, dict]) -> None:
    assert mixed_run["content-parts-phone"]["split"] != "offshore"


def test_an_empty_input_file_is_an_empty_run(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n  \n")
    outcome = run_job(tmp_path / "run", [tmp_path / "empty.jsonl", tmp_path / "blank.jsonl"])
    assert outcome.stats.read == 0 and outcome.stats.blank_lines == 3
    manifest = assert_run_whole(tmp_path / "run")
    assert manifest["counts"]["records_read"] == 0


def _cli(tmp_path: Path, *inputs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*residency_cmd(), "split", *map(str, inputs), "--out", str(tmp_path / "run")],
        capture_output=True,
        text=True,
        env=no_network_env(),
        timeout=600,
    )


def test_a_folder_without_supported_files_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "a.jsonl").write_text('{"id": "a", "text": "hi"}\n')
    (folder / "notes.txt").write_text("not data")
    proc = _cli(tmp_path, folder)
    assert proc.returncode == 2 and "matched no JSONL or Parquet files" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "run").exists()


def test_an_unsupported_file_type_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "data.csv"
    src.write_text("id,text\n1,hello\n")
    with pytest.raises(UsageError, match="not a supported file type"):
        run_job(tmp_path / "run", [src])


def test_a_truncated_parquet_file_is_a_usage_error(tmp_path: Path) -> None:
    whole = tmp_path / "whole.parquet"
    pq.write_table(
        pa.Table.from_pylist([{"id": str(i), "text": "x" * 50} for i in range(50)]), whole
    )
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UsageError, match="cut.parquet.*truncated or corrupt"):
        run_job(tmp_path / "run", [cut])
    assert not (tmp_path / "run").exists()


def test_a_corrupt_gzip_stops_the_job_naming_the_file(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": str(i), "text": f"line {i}"}) + "\n" for i in range(2000))
    data = gzip.compress(lines.encode())
    src = tmp_path / "broken.jsonl.gz"
    src.write_bytes(data[: len(data) // 2])  # cut in the middle of the stream
    with pytest.raises(UsageError, match="broken.jsonl.gz.*truncated or corrupt"):
        run_job(tmp_path / "run", [src])
    assert not (tmp_path / "run").exists()
    assert not list(tmp_path.glob(".run.staging-*"))


def test_a_corrupt_parquet_page_behind_a_valid_footer_stops_the_job(tmp_path: Path) -> None:
    src = tmp_path / "pages.parquet"
    rows = [{"id": str(i), "text": f"sentence number {i} " * 5} for i in range(500)]
    pq.write_table(pa.Table.from_pylist(rows), src, compression="zstd")
    data = bytearray(src.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little") + 8
    for k in range(8, len(data) - footer - 8, 7):  # garble the data pages, keep the footer
        data[k] ^= 0x5A
    src.write_bytes(bytes(data))
    with pytest.raises(UsageError, match="pages.parquet.*truncated or corrupt"):
        run_job(tmp_path / "run", [src])
    assert not (tmp_path / "run").exists()
