"""The pre-training gate against a real signed run: every attack exits 3, named after it."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gate_testing import Runs, cli, gate_cli
from residency_testing import read_rows, residency_cmd

from residency.canonical import canonical_bytes
from residency.keys import Signer, public_key_pem
from residency.statement import build_statement, sign_statement
from residency.verify import MANIFEST_NAME

pytestmark = pytest.mark.xdist_group("gate")

OFFSHORE = "offshore/part-00000.parquet"


def _trusted(runs: Runs) -> list[str]:
    return ["--trusted-keys", str(runs.keys.ops_public)]


def _envelope(run: Path) -> dict[str, Any]:
    envelope: dict[str, Any] = json.loads((run / MANIFEST_NAME).read_text())
    return envelope


def _statement(run: Path) -> dict[str, Any]:
    statement: dict[str, Any] = json.loads(base64.b64decode(_envelope(run)["payload"]))
    return statement


def _assert_integrity_failure(run: Path, runs: Runs, reason: str, *extra: str) -> dict[str, Any]:
    code, verdict, _ = gate_cli(run, "--split", "offshore", *_trusted(runs), *extra)
    assert code == 3, verdict
    assert verdict["ok"] is False and verdict["exit_code"] == 3
    assert verdict["verdict"] == "integrity-failure"
    assert verdict["reason"] == reason, verdict["message"]
    return verdict


# --- the happy path --------------------------------------------------------------------------


def test_gate_clears_untouched_offshore_split_with_json_verdict(runs: Runs) -> None:
    code, verdict, _ = gate_cli(runs.a, "--split", "offshore", *_trusted(runs))
    assert code == 0, verdict
    assert verdict["ok"] is True and verdict["verdict"] == "cleared"
    assert verdict["run_id"] == runs.a_run_id
    assert verdict["records"] == len(read_rows(runs.a, "offshore")) > 0
    assert verdict["files"] == [OFFSHORE]
    assert [s["key_id"] for s in verdict["signers"]] == [runs.keys.ops.key_id]
    assert verdict["signers"][0]["name"] == "ops-signing-2025"
    assert verdict["development_key"] is False
    assert verdict["policy"]["ids"] == ["pipl"]


def test_gate_subprocess_exit_codes_are_real(runs: Runs, run_a: Path) -> None:
    ok = subprocess.run(
        [*residency_cmd(), "gate", str(runs.a), *_trusted(runs), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["verdict"] == "cleared"
    (run_a / OFFSHORE).unlink()
    bad = subprocess.run(
        [*residency_cmd(), "gate", str(run_a), *_trusted(runs), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 3, bad.stderr
    assert json.loads(bad.stdout)["reason"] == "missing-file"


def test_verify_checks_every_subject_and_reconciles_counts(runs: Runs) -> None:
    code, out, _ = cli("verify", runs.a, *_trusted(runs), "--json")
    verdict = json.loads(out)
    assert code == 0 and verdict["verdict"] == "verified"
    assert {"manifest.json", "signer.pub.pem", OFFSHORE} <= set(verdict["files"])
    assert any(f.startswith("decisions/") for f in verdict["files"])
    assert {"offshore", "quarantine", "domestic/CN"} <= set(verdict["splits"])


# --- attacks: each one exits 3 ---------------------------------------------------------------


def test_gate_rejects_one_byte_changed_in_offshore_file(runs: Runs, run_a: Path) -> None:
    path = run_a / OFFSHORE
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    _assert_integrity_failure(run_a, runs, "file-digest-mismatch")


def test_gate_rejects_file_added(runs: Runs, run_a: Path) -> None:
    shutil.copy(
        run_a / "domestic" / "CN" / "part-00000.parquet", run_a / "offshore" / "extra.parquet"
    )
    _assert_integrity_failure(run_a, runs, "unexpected-file")


def test_gate_rejects_file_removed(runs: Runs, run_a: Path) -> None:
    (run_a / OFFSHORE).unlink()
    _assert_integrity_failure(run_a, runs, "missing-file")


def test_gate_rejects_record_moved_from_domestic_to_offshore(runs: Runs, run_a: Path) -> None:
    domestic_path = run_a / "domestic" / "CN" / "part-00000.parquet"
    domestic, offshore = pq.read_table(domestic_path), pq.read_table(run_a / OFFSHORE)
    moved = domestic.slice(0, 1)
    moved_id = moved.column("id")[0].as_py()
    # Rewrite every file consistently: the row keeps its record and record_sha256, the
    # decision log says offshore, and each file is a valid, sorted Parquet file.
    pq.write_table(
        pa.concat_tables([offshore, moved.cast(offshore.schema)]).sort_by("id"),
        run_a / OFFSHORE,
        compression="zstd",
    )
    pq.write_table(domestic.slice(1), domestic_path, compression="zstd")
    decisions_path = run_a / "decisions" / "part-00000.parquet"
    decisions = pq.read_table(decisions_path)
    rows = decisions.to_pylist()
    for row in rows:
        if row["id"] == moved_id:
            row.update(split="offshore", partition=None, reason="no_personal_information")
    pq.write_table(pa.Table.from_pylist(rows, schema=decisions.schema), decisions_path)
    assert moved_id in {r["id"] for r in read_rows(run_a, "offshore")}
    assert moved_id not in {r["id"] for r in read_rows(run_a, "domestic")}

    _assert_integrity_failure(run_a, runs, "file-digest-mismatch")


def test_gate_rejects_statement_edited(runs: Runs, run_a: Path) -> None:
    # Tamper with the offshore file, then edit the statement to claim the new digest.
    import hashlib

    (run_a / OFFSHORE).write_bytes((run_a / OFFSHORE).read_bytes() + b"\0")
    envelope, statement = _envelope(run_a), _statement(run_a)
    for subject in statement["subject"]:
        if subject["name"] == OFFSHORE:
            subject["digest"]["sha256"] = hashlib.sha256(
                (run_a / OFFSHORE).read_bytes()
            ).hexdigest()
    envelope["payload"] = base64.b64encode(canonical_bytes(statement)).decode()
    (run_a / MANIFEST_NAME).write_text(json.dumps(envelope))
    _assert_integrity_failure(run_a, runs, "bad-signature")


def test_gate_rejects_signature_swapped(runs: Runs, run_a: Path) -> None:
    envelope = _envelope(run_a)
    envelope["signatures"] = _envelope(runs.b)["signatures"]  # same key, another payload
    (run_a / MANIFEST_NAME).write_text(json.dumps(envelope))
    _assert_integrity_failure(run_a, runs, "bad-signature")


def test_gate_rejects_key_not_in_trusted_set(runs: Runs, run_a: Path) -> None:
    # Mallory re-signs the true statement with her own key and leaves her public key in
    # signer.pub.pem: verification never trusts a key because it sits in the folder.
    mallory = Signer(Ed25519PrivateKey.generate(), "mallory")
    statement = _statement(run_a)
    forged = sign_statement(
        build_statement(statement["subject"], statement["predicateType"], statement["predicate"]),
        mallory,
    )
    (run_a / MANIFEST_NAME).write_text(json.dumps(forged))
    (run_a / "signer.pub.pem").write_text(public_key_pem(mallory.public_key))
    _assert_integrity_failure(run_a, runs, "untrusted-key")


def test_gate_rejects_manifest_replayed_from_other_run(runs: Runs, run_a: Path) -> None:
    shutil.copy(runs.b / MANIFEST_NAME, run_a / MANIFEST_NAME)
    _assert_integrity_failure(run_a, runs, "run-id-mismatch")


def test_gate_rejects_manifest_and_summary_replayed_from_other_run(runs: Runs, run_a: Path) -> None:
    for name in (MANIFEST_NAME, "manifest.json"):
        shutil.copy(runs.b / name, run_a / name)
    verdict = _assert_integrity_failure(run_a, runs, "file-digest-mismatch")
    assert verdict["verified"] is False
    # an orchestrator that knows which run it produced pins it
    _assert_integrity_failure(run_a, runs, "run-id-mismatch", "--run-id", runs.a_run_id)


def test_gate_rejects_development_key_when_production_keys_are_trusted(runs: Runs) -> None:
    from residency.keys import ensure_dev_signer

    ensure_dev_signer()
    code, verdict, stderr = gate_cli(runs.a)  # no --trusted-keys: the dev key only
    assert code == 3 and verdict["reason"] == "untrusted-key"
    assert "DEVELOPMENT key" in stderr


def test_gate_rejects_unsigned_run(runs: Runs, run_a: Path) -> None:
    (run_a / MANIFEST_NAME).unlink()
    _assert_integrity_failure(run_a, runs, "missing-manifest")


# --- policy: exit 1; usage: exit 2 -----------------------------------------------------------


@pytest.mark.parametrize("split", ["domestic", "domestic/CN", "quarantine"])
def test_gate_denies_splits_other_than_offshore(runs: Runs, split: str) -> None:
    code, verdict, _ = gate_cli(runs.a, "--split", split, *_trusted(runs))
    assert code == 1, verdict
    assert verdict["verdict"] == "denied" and verdict["reason"] == "split-not-exportable"
    assert verdict["verified"] is True


def test_gate_denies_another_destination(runs: Runs) -> None:
    code, verdict, _ = gate_cli(runs.a, *_trusted(runs), "--destination", "US")
    assert code == 1 and verdict["reason"] == "destination-mismatch"
    assert gate_cli(runs.a, *_trusted(runs), "--destination", "sg")[0] == 0


def test_gate_denies_offshore_split_that_needs_a_cac_filing(runs: Runs, run_a: Path) -> None:
    from residency.gate import policy_denials
    from residency.keys import TrustedKeys
    from residency.verify import verify_run

    run = verify_run(runs.a, TrustedKeys.from_file(runs.keys.ops_public), split="offshore")
    run.predicate["export"]["pathways"]["CN"] = {
        "pathway": "standard_contract_or_certification",
        "article": "Art. 8",
        "reason": "r",
    }
    assert [r for r, _ in policy_denials(run, "offshore")] == ["export-pathway-required"]
    allowed = ["standard_contract_or_certification"]
    assert policy_denials(run, "offshore", allow_pathways=allowed) == []


def test_gate_usage_errors_exit_2(runs: Runs, tmp_path: Path) -> None:
    assert gate_cli(runs.a, "--split", "../etc", *_trusted(runs))[0] == 2
    missing = tmp_path / "missing.pub.pem"
    code, verdict, _ = gate_cli(runs.a, "--trusted-keys", missing)
    assert code == 2 and verdict["verdict"] == "usage-error"
    assert gate_cli(runs.a, "--require-signatures", "0", *_trusted(runs))[0] == 2


# --- countersigning --------------------------------------------------------------------------


def test_countersign_then_gate_requires_two_signatures(runs: Runs, run_a: Path) -> None:
    both = [*_trusted(runs), "--trusted-keys", str(runs.keys.steward_public)]
    code, verdict, _ = gate_cli(run_a, *both, "--require-signatures", "2")
    assert code == 3 and verdict["reason"] == "threshold-not-met"

    code, out, err = cli(
        "countersign", run_a, "--key", runs.keys.steward_private, *_trusted(runs), "--json"
    )
    assert code == 0, err
    assert json.loads(out)["signatures"] == 2

    code, verdict, _ = gate_cli(run_a, *both, "--require-signatures", "2")
    assert code == 0, verdict
    assert {s["name"] for s in verdict["signers"]} == {"ops-signing-2025", "data-steward"}
    # a steward key the gate does not trust does not count
    code, verdict, _ = gate_cli(run_a, *_trusted(runs), "--require-signatures", "2")
    assert code == 3 and verdict["reason"] == "threshold-not-met"


def test_countersign_records_the_digest_of_the_reviewed_report(runs: Runs, run_a: Path) -> None:
    from residency.approval import check_approval
    from residency.errors import IntegrityError
    from residency.keys import TrustedKeys

    code, out, err = cli(
        "countersign", run_a, "--key", runs.keys.steward_private, *_trusted(runs), "--json"
    )
    assert code == 0, err
    approval = Path(json.loads(out)["approval"])
    steward = TrustedKeys.from_files([runs.keys.steward_public])
    assert check_approval(run_a, approval, steward)["run_id"] == runs.a_run_id
    # the report is edited after the steward reviewed it: the approval no longer matches
    report = run_a / "report.html"
    report.write_text(report.read_text("utf-8").replace("</body>", "<p>edited</p></body>"))
    with pytest.raises(IntegrityError, match="report.html changed"):
        check_approval(run_a, approval, steward)


def test_countersign_refuses_a_tampered_run(runs: Runs, run_a: Path) -> None:
    (run_a / OFFSHORE).unlink()
    before = (run_a / MANIFEST_NAME).read_bytes()
    code, _, err = cli("countersign", run_a, "--key", runs.keys.steward_private, *_trusted(runs))
    assert code == 3, err
    assert (run_a / MANIFEST_NAME).read_bytes() == before


# --- the Python API --------------------------------------------------------------------------


def test_open_cleared_returns_offshore_rows_after_verification(runs: Runs) -> None:
    import residency

    dataset = residency.open_cleared(runs.a, trusted_keys=str(runs.keys.ops_public))
    table = dataset.to_table()
    assert sorted(table.column("id").to_pylist()) == sorted(
        r["id"] for r in read_rows(runs.a, "offshore")
    )
    assert {"id", "record", "record_sha256"} <= set(table.column_names)


def test_open_cleared_raises_on_tamper(runs: Runs, run_a: Path) -> None:
    from residency.errors import FileDigestError, UntrustedKeyError, UsageError
    from residency.gate import open_cleared
    from residency.keys import TrustedKeys

    trusted = TrustedKeys.from_file(runs.keys.ops_public)
    open_cleared(run_a, trusted)  # the untouched copy opens
    with pytest.raises(UsageError):
        open_cleared(run_a, None)  # there is no way to skip verification
    with pytest.raises(UntrustedKeyError):
        open_cleared(run_a, TrustedKeys.from_file(runs.keys.steward_public))
    path = run_a / OFFSHORE
    path.write_bytes(path.read_bytes()[:-1] + b"\0")
    with pytest.raises(FileDigestError):
        open_cleared(run_a, trusted)


def test_open_cleared_raises_policy_denied_for_another_destination(runs: Runs) -> None:
    from residency.errors import PolicyDenied
    from residency.gate import open_cleared

    with pytest.raises(PolicyDenied):
        open_cleared(runs.a, str(runs.keys.ops_public), destination="US")


def test_signature_status_for_the_report(runs: Runs) -> None:
    from residency.gate import signature_status

    good = signature_status(runs.a, str(runs.keys.ops_public))
    assert good["verified"] is True and good["development_key"] is False
    assert good["key_ids"] == [runs.keys.ops.key_id]
    assert good["signing_key"]["name"] == "ops-signing-2025"
    other = signature_status(runs.a, str(runs.keys.steward_public))
    assert other["verified"] is False and other["reason"] == "untrusted-key"
    assert other["signatures"] == 1
