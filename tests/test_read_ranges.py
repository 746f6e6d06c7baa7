"""Splittable reading: byte ranges of JSONL, row groups of Parquet, whole gzip files.

Whatever the ranges, a file must give the same envelopes (id, source, error), the same
blank-line count and the same line numbers as reading it whole, line by line.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from residency.canonical import file_sha256
from residency.errors import UsageError
from residency.inputs import (
    MAX_RANGE_BYTES,
    MIN_RANGE_BYTES,
    InputFile,
    ReadRange,
    plan_input,
    range_bytes,
)
from residency.pipelines.read import _ReadRangeFn, input_format, iter_range_lines, read_ranges
from residency.records import DEFAULT_SCHEMA


def _whole(data: bytes) -> list[tuple[int, bytes]]:
    """The reference: every line with its number, as readline() numbers them."""
    return list(enumerate(io.BytesIO(data).readlines(), 1))


def _input(path: Path) -> InputFile:
    return InputFile(str(path), path.stat().st_size, input_format(str(path)))


def _by_ranges(path: Path, step: int) -> tuple[InputFile, list[tuple[int, bytes]]]:
    planned = plan_input(_input(path), step)
    lines: list[tuple[int, bytes]] = []
    with open(path, "rb") as fh:
        for part in planned.ranges:
            lines.extend(iter_range_lines(fh, part.start, part.stop, part.first))
    return planned, lines


def _envelopes(planned: InputFile, max_bytes: int = 1 << 20) -> tuple[list[Any], int]:
    fn = _ReadRangeFn(DEFAULT_SCHEMA, max_bytes)
    envs, blank = [], 0
    for part in planned.ranges:
        for out in fn.process(part):
            if hasattr(out, "tag"):
                blank += 1
            else:
                envs.append((out.id, out.source, out.error, out.size))
    return envs, blank


CASES = {
    "lf": b'{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n',
    "crlf": b'{"id": "a", "text": "one"}\r\n\r\n{"id": "b", "text": "two"}\r\n',
    "no_final_newline": b'{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}',
    "blank_lines": b'\n\n  \n{"id": "a", "text": "one"}\n\n',
    "only_newlines": b"\n\n\n",
    "one_byte": b"x",
    "utf8": '{"id": "中文", "text": "張偉 住在 台北市 🙂"}\n{"id": "é", "text": "ç"}\n'.encode(),
    "long_line": b'{"id": "long", "text": "' + b"y" * 5000 + b'"}\n{"id": "z", "text": "z"}\n',
    "bad_lines": b'not json\n[1, 2]\n{"id": "ok", "text": "fine"}\n\xff\xfe\n',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_range_size_reads_each_line_once_with_its_number(tmp_path: Path, name: str) -> None:
    data = CASES[name]
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    for step in [1, 2, 3, 5, 7, 16, 64, len(data), len(data) + 1]:
        planned, lines = _by_ranges(path, step)
        assert lines == _whole(data), step
        assert planned.ranges[0].start == 0 and planned.ranges[-1].stop == len(data)
        assert all(a.stop == b.start for a, b in itertools.pairwise(planned.ranges))


@pytest.mark.parametrize("name", sorted(CASES))
def test_envelopes_do_not_depend_on_the_ranges(tmp_path: Path, name: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(CASES[name])
    whole = _envelopes(plan_input(_input(path), len(CASES[name]) + 1), max_bytes=4096)
    assert len(plan_input(_input(path), len(CASES[name]) + 1).ranges) == 1
    for step in (1, 3, 10):
        assert _envelopes(plan_input(_input(path), step), max_bytes=4096) == whole, step


def test_sources_reasons_and_blank_lines_of_a_split_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(CASES["bad_lines"] + b"\r\n" + CASES["long_line"])
    envs, blank = _envelopes(plan_input(_input(path), 4), max_bytes=4096)
    assert blank == 1
    assert [(src, err) for _, src, err, _ in envs] == [
        ("mixed.jsonl:1", "invalid_json"),
        ("mixed.jsonl:2", "not_a_json_object"),
        ("mixed.jsonl:3", None),
        ("mixed.jsonl:4", "invalid_utf8"),
        ("mixed.jsonl:6", "oversized_record"),
        ("mixed.jsonl:7", None),
    ]


def test_a_range_inside_one_long_line_owns_nothing(tmp_path: Path) -> None:
    data = b'{"id": "a", "text": "' + b"x" * 300 + b'"}\n{"id": "b", "text": "b"}\n'
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    with open(path, "rb") as fh:
        assert list(iter_range_lines(fh, 100, 200, 2)) == []
        assert list(iter_range_lines(fh, 100, len(data), 2)) == [(2, b'{"id": "b", "text": "b"}\n')]
        # A range that starts just after a newline owns the line that starts there.
        start = data.index(b"\n") + 1
        assert list(iter_range_lines(fh, start, start + 1, 2)) == [
            (2, b'{"id": "b", "text": "b"}\n')
        ]


def test_an_empty_file_has_no_ranges(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    planned = plan_input(_input(path))
    assert planned.ranges == ()
    assert planned.sha256 == hashlib.sha256(b"").hexdigest()
    assert read_ranges([planned]) == [] and read_ranges([str(path)]) == []


def test_range_sizes_are_a_few_mb_at_most_and_depend_on_the_size_only() -> None:
    assert range_bytes(0) == range_bytes(1) == MIN_RANGE_BYTES
    assert range_bytes(320_000) == MIN_RANGE_BYTES  # 2,000 records: 20 ranges
    assert range_bytes(1_600_000) == 25_000  # 10^4 records: 64 ranges
    assert range_bytes(100 << 20) == (100 << 20) // 64
    assert range_bytes(10 << 30) == MAX_RANGE_BYTES


def test_the_plan_is_deterministic_and_digests_the_stored_bytes(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": "中文 " * (i % 50)}) for i in range(40_000)]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / "big.jsonl"
    path.write_bytes(data)
    first, second = plan_input(_input(path)), plan_input(_input(path))
    assert first == second
    assert len(first.ranges) == -(-len(data) // range_bytes(len(data))) > 1
    assert first.sha256 == hashlib.sha256(data).hexdigest() == file_sha256(str(path))
    with open(path, "rb") as fh:
        got = [n for r in first.ranges for n, _ in iter_range_lines(fh, r.start, r.stop, r.first)]
    assert got == list(range(1, 40_001))


def test_gzip_is_read_whole_and_its_digest_is_of_the_compressed_bytes(tmp_path: Path) -> None:
    data = gzip.compress(b"\n".join(b'{"id": "g%d", "text": "t"}' % i for i in range(5)))
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(data)
    planned = plan_input(_input(path), 1)
    assert planned.ranges == (ReadRange(str(path), "file"),)
    assert planned.sha256 == hashlib.sha256(data).hexdigest() == file_sha256(str(path))
    envs, _ = _envelopes(planned)
    assert [src for _, src, _, _ in envs] == [f"in.jsonl.gz:{i}" for i in range(1, 6)]


def test_a_truncated_gzip_still_stops_the_job(tmp_path: Path) -> None:
    data = gzip.compress(b'{"id": "a", "text": "t"}\n' * 100)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UsageError, match="cut.jsonl.gz.*truncated or corrupt"):
        _envelopes(plan_input(_input(path)))


def test_parquet_is_read_by_row_groups_with_file_row_numbers(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "t.parquet"
    table = pa.table({"id": [f"p{i}" for i in range(10)], "text": ["hello"] * 10})
    pq.write_table(table, path, row_group_size=3)
    planned = plan_input(_input(path))
    assert [(r.kind, r.start, r.first) for r in planned.ranges] == [
        ("row_group", 0, 1),
        ("row_group", 1, 4),
        ("row_group", 2, 7),
        ("row_group", 3, 10),
    ]
    envs, _ = _envelopes(planned)
    assert [(i, src) for i, src, _, _ in envs] == [
        (f"p{i}", f"t.parquet#{i + 1}") for i in range(10)
    ]


def test_a_file_that_changes_size_while_planned_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "t"}\n')
    stale = InputFile(str(path), 5, "jsonl")
    with pytest.raises(UsageError, match="changed size"):
        plan_input(stale)
