"""No leakage: canary personal data in the input never appears in anything but the splits.

Looked at: stdout and stderr of the CLI (``--json``), every log record at DEBUG of an
in-process run (all loggers turned to DEBUG), Beam metric names, the texts of
exceptions from induced failures, and every file under DIR except the split folders
(the decision log, manifests -- DSSE payloads decoded --, validation results, report,
keys, and whatever is added later: the walk picks new files up by itself).
"""

from __future__ import annotations

import base64
import html
import json
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from residency_testing import no_network_env, read_rows, residency_cmd, run_job, write_jsonl

from residency.detectors.checksums import iso7064_mod11_2_check_char, sg_nric_check_char
from residency.detectors.engine import Scanner
from residency.errors import ResidencyError

pytestmark = pytest.mark.xdist_group("no_leakage")

CN_ID_BODY = "11010519870611432"
CN_ID = CN_ID_BODY + str(iso7064_mod11_2_check_char(CN_ID_BODY))
SG_NRIC = "S" + "8123456" + str(sg_nric_check_char("S", "8123456"))
CANARIES = {
    "cn_id": CN_ID,
    "cn_mobile": "13987654321",
    "email": "canary.zhang@mailhost.com",
    "sg_nric": SG_NRIC,
    "zh_name_address": "欧阳娜娜住在北京市朝阳区建国路88号",
}
SPLIT_FOLDERS = ("offshore", "domestic", "quarantine")


def _records() -> list[dict]:
    return [
        {"id": "c1", "text": f"我的身份证号是{CN_ID}，手机{CANARIES['cn_mobile']}"},
        {"id": "c2", "text": f"Mail me at {CANARIES['email']}, NRIC {SG_NRIC}."},
        {"id": "c3", "messages": [{"role": "user", "content": CANARIES["zh_name_address"]}]},
        {"id": "c4", "text": "Nothing personal here.", "meta": {"phone": CANARIES["cn_mobile"]}},
        {"id": "boom", "text": f"EXPLODE {CANARIES['email']} {CN_ID}"},
        {"id": "c5", "text": f"{CN_ID} {CANARIES['email']}", "extra": "x" * 300},
        f'{{"id": "c6", "text": "{CN_ID} cut',  # invalid JSON holding a canary
    ]


def _leaks(text: str) -> list[str]:
    return [name for name, value in CANARIES.items() if value in text]


def _texts_of(path: Path) -> Iterator[str]:
    """Every readable form of a file: rows, decoded JSON, DSSE payloads, unescaped HTML."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        yield json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str)
        return
    raw = path.read_bytes()
    text = raw.decode("utf-8", "replace")
    yield text
    yield html.unescape(text)
    try:
        value = json.loads(text)
    except ValueError:
        return
    yield json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict) and isinstance(value.get("payload"), str):
        yield base64.b64decode(value["payload"]).decode("utf-8", "replace")


def _non_split_files(out: Path) -> list[Path]:
    return [
        p
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] not in SPLIT_FOLDERS
    ]


def _assert_no_leak_in_run_folder(out: Path) -> None:
    files = _non_split_files(out)
    assert any(p.parts[-2] == "decisions" for p in files) and (out / "manifest.json") in files
    for path in files:
        for text in _texts_of(path):
            assert not _leaks(text), f"{path.relative_to(out)} holds {_leaks(text)}"


def _explode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Detector failures whose exception messages carry the record text."""
    real_cheap = Scanner._cheap_pass
    real_scan = Scanner.scan_records

    def scan_records(self, records, schema=None):  # type: ignore[no-untyped-def]
        for record in records:
            if "EXPLODE" in json.dumps(record, ensure_ascii=False):
                raise ValueError(f"cannot scan {record!r}")
        return real_scan(self, records, schema) if schema else real_scan(self, records)

    def cheap_pass(self, record, schema):  # type: ignore[no-untyped-def]
        if "EXPLODE" in json.dumps(record, ensure_ascii=False):
            state = real_cheap(self, {"id": "x", "text": "fine"}, schema)
            try:
                int(record["text"])  # ValueError: invalid literal ... '<the text>'
            except ValueError as exc:
                logging.getLogger("residency.detectors.engine").debug("scan failed", exc_info=True)
                state.error = f"detector_error:{type(exc).__name__}"
            return state
        return real_cheap(self, record, schema)

    monkeypatch.setattr(Scanner, "scan_records", scan_records)
    monkeypatch.setattr(Scanner, "_cheap_pass", cheap_pass)


def test_canaries_are_detected_so_the_test_means_something(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", _records()[:4])
    run_job(tmp_path / "run", [src])
    decisions = {d["id"]: d for d in read_rows(tmp_path / "run", "decisions")}
    assert all(decisions[i]["split"] != "offshore" for i in ("c1", "c2", "c3", "c4"))
    rows = json.dumps(read_rows(tmp_path / "run", "domestic"), ensure_ascii=False)
    assert set(_leaks(rows)) == set(CANARIES)  # the records themselves are kept whole


def test_cli_output_and_run_folder_hold_no_canary(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", _records())
    out = tmp_path / "run"
    proc = subprocess.run(
        [
            *residency_cmd(),
            "split",
            str(src),
            "--out",
            str(out),
            "--json",
            "--max-record-bytes=300",
        ],
        capture_output=True,
        text=True,
        env=no_network_env(),
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert not _leaks(proc.stdout) and not _leaks(proc.stderr), proc.stderr
    _assert_no_leak_in_run_folder(out)


def test_debug_logs_metrics_and_detector_errors_hold_no_canary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import apache_beam as beam

    _explode(monkeypatch)
    results = []
    real_run = beam.Pipeline.run

    def run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real_run(self, *args, **kwargs)
        results.append(result)
        return result

    monkeypatch.setattr(beam.Pipeline, "run", run)
    for name in [None, *logging.root.manager.loggerDict]:
        logger = logging.getLogger(name)
        monkeypatch.setattr(logger, "level", logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    src = write_jsonl(tmp_path / "in.jsonl", _records())
    out = tmp_path / "run"
    run_job(out, [src], max_record_bytes=300)

    decisions = {d["id"]: d for d in read_rows(out, "decisions")}
    assert decisions["boom"]["reason"] == "detector_error:ValueError"
    assert caplog.records, "nothing was logged at DEBUG: the capture is broken"
    for record in caplog.records:
        text = record.getMessage() + (caplog.handler.format(record) if record.exc_info else "")
        assert not _leaks(text), f"log {record.name}: {_leaks(text)}"
    (result,) = results
    metrics = result.metrics().query()
    names = [
        f"{m.key.step} {m.key.metric.namespace} {m.key.metric.name}"
        for kind in metrics.values()
        for m in kind
    ]
    assert any("records_read" in n for n in names)
    assert not _leaks(" ".join(names))
    _assert_no_leak_in_run_folder(out)


def test_a_failed_job_says_nothing_of_the_record_that_broke_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    import residency.pipelines.write as write

    def decision_row(env, digest):  # type: ignore[no-untyped-def]
        raise KeyError(json.dumps(env.record, ensure_ascii=False))

    monkeypatch.setattr(write, "decision_row", decision_row)
    caplog.set_level(logging.DEBUG)
    src = write_jsonl(tmp_path / "in.jsonl", _records()[:2])
    with pytest.raises(ResidencyError) as failure:
        run_job(tmp_path / "run", [src])
    assert not _leaks(str(failure.value))
    captured = capfd.readouterr()
    logged = "\n".join(caplog.handler.format(r) for r in caplog.records)
    assert not _leaks(logged), _leaks(logged)
    assert not _leaks(captured.out + captured.err), _leaks(captured.err)
