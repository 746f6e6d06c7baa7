"""Partition and determinism: every input record lands in exactly one split, and the same
input gives the same split contents on any runner mode, worker count and shard count.

Pipelines cost seconds, so the dataset properties run a few generated datasets each;
the pure functions behind them (parse, ids, text fields) run many examples.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from residency_testing import read_rows, run_job

from residency.pipelines.read import parse_jsonl_line
from residency.records import DEFAULT_SCHEMA, iter_text_fields, record_id
from residency.statement import split_content_digest

pytestmark = pytest.mark.xdist_group("partition")

SPLITS = ("offshore", "domestic", "quarantine")

json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
texts = st.sampled_from(
    [
        "",
        "   ",
        "The weather is nice today.",
        "Call 13812345678 tonight",
        "邮箱 li.wei@mailhost.com",
        "张伟住在北京市朝阳区建国路88号",
        "x" * 5000,  # huge relative to the size limit used below
    ]
)
ids = st.sampled_from(["a", "b", "c", "dup", "dup", 7, None, ""])
records = st.one_of(
    st.builds(lambda i, t: {"id": i, "text": t}, ids, texts),
    st.builds(lambda i, t: {"id": i, "messages": [{"role": "user", "content": t}]}, ids, texts),
    st.builds(lambda i, v: {"id": i, "text": "ok", "meta": v}, ids, json_values),
    st.builds(lambda i, v: {"id": i, "text": v}, ids, json_values),
    st.sampled_from(['{"id": "broken", ', "[1, 2]", "\ud800", "not json at all"]),
)


def _write(path: Path, rows: list) -> Path:
    with open(path, "wb") as fh:
        for row in rows:
            text = row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)
            fh.write(text.encode("utf-8", "surrogatepass") + b"\n")
    return path


def _split_rows(out: Path) -> dict[str, list[dict]]:
    return {s: read_rows(out, s) for s in SPLITS}


def _content_digests(out: Path) -> dict[str, str]:
    return {
        s: split_content_digest((r["id"], r["record_sha256"]) for r in rows)
        for s, rows in _split_rows(out).items()
    }


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(records, min_size=1, max_size=12))
def test_every_record_lands_in_exactly_one_split(
    tmp_path_factory: pytest.TempPathFactory, rows: list
) -> None:
    base = tmp_path_factory.mktemp("prop")
    outcome = run_job(base / "run", [_write(base / "in.jsonl", rows)], max_record_bytes=2048)
    per_split = _split_rows(base / "run")
    decisions = read_rows(base / "run", "decisions")
    landed = Counter(r["id"] for rows_ in per_split.values() for r in rows_)
    # One decision per record, one split row per decision: a multiset equality.
    assert landed == Counter(d["id"] for d in decisions)
    assert sum(landed.values()) == len(rows) == outcome.stats.read
    for d in decisions:
        assert d["split"] in SPLITS and d["reason"]
        if d["split"] == "quarantine":
            continue
        assert landed[d["id"]] == 1, "a duplicate id was not quarantined"
    for split, rows_ in per_split.items():
        for row in rows_:
            assert {d["split"] for d in decisions if d["id"] == row["id"]} >= {split}


@pytest.mark.slow
def test_same_input_same_contents_on_any_runner_mode_workers_and_shards(tmp_path: Path) -> None:
    from residency_testing import SAMPLE_DATA

    digests = {}
    for name, beam_args, shards in [
        ("inprocess-1-shard", [], 1),
        (
            "threads-3-workers-4-shards",
            ["--direct_num_workers=3", "--direct_running_mode=multi_threading"],
            4,
        ),
        (
            "processes-2-workers-2-shards",
            ["--direct_num_workers=2", "--direct_running_mode=multi_processing"],
            2,
        ),
    ]:
        run_job(tmp_path / name, [SAMPLE_DATA], beam_args, shards=shards)
        digests[name] = _content_digests(tmp_path / name)
    first = next(iter(digests.values()))
    assert all(d == first for d in digests.values()), digests


@settings(max_examples=500, deadline=None)
@given(value=st.dictionaries(st.text(max_size=8), json_values, max_size=5))
def test_parse_record_id_and_text_fields_agree(value: dict) -> None:
    raw = json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    env = parse_jsonl_line(raw, "x:1", DEFAULT_SCHEMA, 1 << 20)
    if env.error and env.error not in ("text_not_a_string", "malformed_messages", "no_text"):
        assert env.error == "invalid_unicode" and env.id.startswith("invalid:")
        return
    assert env.record == value and env.id == record_id(value) == record_id(json.loads(raw))
    fields = list(iter_text_fields(value))
    assert fields == list(iter_text_fields(json.loads(raw)))  # deterministic order
    for path, text in fields:
        assert isinstance(text, str) and not path.startswith(("id.", "id["))
