"""Canary personal data planted in the input never reaches the manifests or CLI output.

One real ``residency split`` (through the CLI, with the default development key), then
``verify`` and ``gate``; every artefact and every line printed is searched for the canaries.
"""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import pytest
from residency_testing import no_network_env, read_rows, residency_cmd, write_jsonl

pytestmark = pytest.mark.xdist_group("gate_canary")

CANARIES = {
    "resident_id": "11010519491231002X",
    "mobile": "13912345678",
    "email": "qiaowei.canaryson@mailhost.org",
    "name_en": "Qiaowei Canaryson",
    "name_zh": "欧阳金雀",
    "region": "Canaryville-Q7X9",
}


def _records() -> list[dict[str, object]]:
    c = CANARIES
    return [
        {
            "id": "c-1",
            "text": f"客户{c['name_zh']}（身份证{c['resident_id']}）请回电{c['mobile']}。",
        },
        {"id": "c-2", "text": f"Please email {c['name_en']} at {c['email']} about the refund."},
        {
            "id": "c-3",
            "messages": [
                {"role": "user", "content": f"My number is {c['mobile']}, I am {c['name_en']}."},
                {"role": "assistant", "content": "Thanks, noted."},
            ],
            "meta": {"user_region": c["region"]},
        },
        {"id": "c-4", "text": "Explain how a hash table handles collisions."},
    ]


@pytest.fixture(scope="module")
def canary_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("canary")
    data = write_jsonl(root / "input" / "chats.jsonl", _records())
    env = no_network_env()
    env["RESIDENCY_HOME"] = str(root / "home")  # a fresh development key
    out = root / "run"
    printed = ""
    commands = [
        ["split", str(data), "--out", str(out)],
        ["split", str(data), "--out", str(root / "run-json"), "--json"],
        ["verify", str(out)],
        ["verify", str(out), "--json"],
        ["gate", str(out), "--split", "offshore"],
        ["gate", str(out), "--split", "offshore", "--json"],
        ["gate", str(out), "--split", "domestic", "--json"],
    ]
    for index, args in enumerate(commands):
        proc = subprocess.run(
            [*residency_cmd(), *args], capture_output=True, text=True, env=env, timeout=600
        )
        printed += proc.stdout + proc.stderr
        expected = 1 if args[-2:] == ["domestic", "--json"] else 0
        assert proc.returncode == expected, (index, proc.stderr)
    return out, printed


def _assert_clean(where: str, text: str) -> None:
    for label, value in CANARIES.items():
        assert value not in text, f"{label} canary leaked into {where}"
        assert value.lower() not in text.lower(), f"{label} canary leaked into {where}"


def test_canaries_really_are_in_the_data(canary_run: tuple[Path, str]) -> None:
    out, _ = canary_run
    records = " ".join(
        r["record"] for s in ("offshore", "domestic", "quarantine") for r in read_rows(out, s)
    )
    assert all(value in records for value in CANARIES.values())


def test_no_canary_in_signed_manifest_payload(canary_run: tuple[Path, str]) -> None:
    out, _ = canary_run
    raw = (out / "manifest.intoto.json").read_text("utf-8")
    _assert_clean("manifest.intoto.json", raw)
    envelope = json.loads(raw)
    payload = base64.b64decode(envelope["payload"]).decode("utf-8")
    _assert_clean("the signed statement", payload)
    _assert_clean(
        "the signed statement (unescaped)", json.dumps(json.loads(payload), ensure_ascii=False)
    )


def test_no_canary_in_summary_public_key_or_cli_output(canary_run: tuple[Path, str]) -> None:
    out, printed = canary_run
    _assert_clean("manifest.json", (out / "manifest.json").read_text("utf-8"))
    _assert_clean("signer.pub.pem", (out / "signer.pub.pem").read_text("utf-8"))
    _assert_clean("CLI output", printed)


def test_default_run_is_signed_and_named_as_development_key(canary_run: tuple[Path, str]) -> None:
    out, printed = canary_run
    envelope = json.loads((out / "manifest.intoto.json").read_text("utf-8"))
    statement = json.loads(base64.b64decode(envelope["payload"]))
    signing = statement["predicate"]["signing_key"]
    assert signing["development"] is True and "NOT FOR PRODUCTION" in signing["name"]
    assert "DEVELOPMENT KEY" in (out / "signer.pub.pem").read_text("utf-8")
    assert "signed with the local DEVELOPMENT key" in printed
    assert "no --trusted-keys given" in printed
    # the manifest records what decided the run, without personal data
    predicate = statement["predicate"]
    assert predicate["inputs"][0]["name"] == "chats.jsonl"
    assert "/" not in predicate["inputs"][0]["name"]
    assert predicate["policy"]["ids"] == ["pipl"] and predicate["tool"]["version"]
    assert predicate["detectors"]["country_recognizers"]
    assert "offshore" in predicate["data_subjects"]["splits"]
    # automatic sharding: the count used is recorded (it places every id in its file)
    assert predicate["job"]["shards"] is None and predicate["job"]["shards_used"] == 1
