"""verify_run: a signed run folder, and the attacks a gate must refuse."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from residency.canonical import canonical_bytes
from residency.errors import UsageError
from residency.keys import Signer, TrustedKeys, ensure_dev_signer
from residency.statement import (
    PREDICATE_TYPE,
    build_statement,
    merkle_root,
    sign_statement,
    split_content_digest,
)
from residency.verify import (
    MANIFEST_NAME,
    ContentDigestError,
    FileDigestError,
    ManifestMissingError,
    MissingFileError,
    PredicateError,
    RunIdMismatchError,
    SignatureError,
    UnexpectedFileError,
    UntrustedKeyError,
    VerificationError,
    describe_run,
    verify_run,
    write_run_manifest,
)

ROWS = {
    "offshore": [{"id": "r1", "text": "hello"}, {"id": "r2", "text": "weather"}],
    "domestic/CN": [{"id": "r3", "text": "redacted-cn"}],
    "quarantine": [{"id": "r4", "text": "??"}],
}


def _sha(record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(record)).hexdigest()


def _write_split(
    root: Path, folder: str, records: list[dict[str, Any]], name: str = "part-00000"
) -> None:
    rows = [{"id": r["id"], "record": json.dumps(r), "record_sha256": _sha(r)} for r in records]
    (root / folder).mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [("id", pa.string()), ("record", pa.string()), ("record_sha256", pa.string())]
        ),
    )
    pq.write_table(table, root / folder / f"{name}.parquet")


def _write_decisions(root: Path) -> None:
    (root / "decisions").mkdir(parents=True, exist_ok=True)
    rows = [
        {"id": r["id"], "split": split.split("/")[0], "record_sha256": _sha(r)}
        for split, records in ROWS.items()
        for r in records
    ]
    pq.write_table(pa.Table.from_pylist(rows), root / "decisions" / "part-00000.parquet")


def _make_run(root: Path, signer: Signer, run_id: str = "run-1") -> Path:
    for folder, records in ROWS.items():
        _write_split(root, folder, records)
    _write_decisions(root)
    (root / "manifest.json").write_text(json.dumps({"run_id": run_id}))
    write_run_manifest(root, signer, run_id=run_id, predicate={"tool": "residency-test"})
    return root


@pytest.fixture
def run(tmp_path: Path, alice: Signer) -> Path:
    return _make_run(tmp_path / "run", alice)


def _resign(root: Path, signer: Signer, mutate: Any) -> None:
    """Re-sign the run's statement after ``mutate(statement)``: a writer that signed wrong facts."""
    envelope = json.loads((root / MANIFEST_NAME).read_text())
    statement = json.loads(base64.b64decode(envelope["payload"]))
    mutate(statement)
    new = sign_statement(
        build_statement(statement["subject"], statement["predicateType"], statement["predicate"]),
        signer,
    )
    (root / MANIFEST_NAME).write_text(json.dumps(new))


def _rehash_subjects(root: Path) -> Any:
    def mutate(statement: dict[str, Any]) -> None:
        for subject in statement["subject"]:
            data = (root / subject["name"]).read_bytes()
            subject["digest"]["sha256"] = hashlib.sha256(data).hexdigest()

    return mutate


# --- the good path -------------------------------------------------------------------------


def test_verify_run_accepts_untouched_run(run: Path, alice: Signer, trusted: TrustedKeys) -> None:
    verified = verify_run(run, trusted, expected_run_id="run-1")
    assert verified.run_id == "run-1"
    assert verified.signers[0].key_id == alice.key_id
    assert set(verified.splits) == {"offshore", "domestic/CN", "quarantine"}
    assert verified.splits["offshore"].count == 2
    assert [p.name for p in verified.files_of("offshore")] == ["part-00000.parquet"]
    assert "manifest.json" in verified.files
    assert verified.predicate["tool"] == "residency-test"
    assert not verified.development_signed


def test_manifest_split_facts_match_an_independent_computation(run: Path) -> None:
    _, splits = describe_run(run)
    offshore = ROWS["offshore"]
    assert splits["offshore"] == {
        "count": 2,
        "content_digest": split_content_digest((r["id"], _sha(r)) for r in offshore),
        "merkle_root": merkle_root(r["id"] for r in offshore),
    }
    lines = sorted(f"{len(r['id'])} {r['id']} {_sha(r)}\n".encode() for r in offshore)
    assert splits["offshore"]["content_digest"] == hashlib.sha256(b"".join(lines)).hexdigest()


def test_verify_run_of_one_split_ignores_other_splits(run: Path, trusted: TrustedKeys) -> None:
    _write_split(run, "quarantine", [{"id": "x", "text": "late"}], name="part-00009")
    assert set(verify_run(run, trusted, split="offshore").splits) == {"offshore"}
    assert set(verify_run(run, trusted, split="domestic").splits) == {"domestic/CN"}
    with pytest.raises(UnexpectedFileError):
        verify_run(run, trusted)


def test_verify_run_signed_with_dev_key(tmp_path: Path) -> None:
    from residency.keys import dev_trusted_keys

    root = _make_run(tmp_path / "run", ensure_dev_signer())
    assert verify_run(root, dev_trusted_keys()).development_signed


def test_verify_run_reads_jsonl_splits(tmp_path: Path, alice: Signer, trusted: TrustedKeys) -> None:
    root = tmp_path / "run"
    for folder in ("offshore", "quarantine"):
        (root / folder).mkdir(parents=True)
    lines = [
        json.dumps({"id": r["id"], "record": json.dumps(r), "record_sha256": _sha(r)})
        for r in ROWS["offshore"]
    ]
    (root / "offshore" / "part-00000.jsonl").write_text("\n".join(lines) + "\n")
    write_run_manifest(root, alice, run_id="j")
    assert verify_run(root, trusted).splits["offshore"].count == 2


def test_verify_run_refuses_unknown_split_name(run: Path, trusted: TrustedKeys) -> None:
    with pytest.raises(UsageError):
        verify_run(run, trusted, split="../etc")


# --- attacks ---------------------------------------------------------------------------------


def test_gate_rejects_unsigned_run(run: Path, trusted: TrustedKeys) -> None:
    (run / MANIFEST_NAME).unlink()
    with pytest.raises(ManifestMissingError):
        verify_run(run, trusted)


def test_gate_rejects_run_signed_by_untrusted_key(
    tmp_path: Path, mallory: Signer, trusted: TrustedKeys
) -> None:
    root = _make_run(tmp_path / "run", mallory)
    with pytest.raises(UntrustedKeyError):
        verify_run(root, trusted)


def test_gate_rejects_manifest_edited_after_signing(run: Path, trusted: TrustedKeys) -> None:
    envelope = json.loads((run / MANIFEST_NAME).read_text())
    statement = json.loads(base64.b64decode(envelope["payload"]))
    statement["predicate"]["splits"]["offshore"]["count"] = 3
    envelope["payload"] = base64.b64encode(canonical_bytes(statement)).decode()
    (run / MANIFEST_NAME).write_text(json.dumps(envelope))
    with pytest.raises(SignatureError):
        verify_run(run, trusted)


def test_gate_rejects_file_added_to_offshore(run: Path, trusted: TrustedKeys) -> None:
    _write_split(run, "offshore", [{"id": "smuggled", "text": "x"}], name="part-00001")
    with pytest.raises(UnexpectedFileError):
        verify_run(run, trusted, split="offshore")


def test_gate_rejects_hidden_file_added_to_offshore(run: Path, trusted: TrustedKeys) -> None:
    (run / "offshore" / ".extra").write_text("x")
    with pytest.raises(UnexpectedFileError):
        verify_run(run, trusted, split="offshore")


def test_gate_rejects_file_deleted_from_quarantine(run: Path, trusted: TrustedKeys) -> None:
    (run / "quarantine" / "part-00000.parquet").unlink()
    with pytest.raises(MissingFileError):
        verify_run(run, trusted)


def test_gate_rejects_offshore_file_edited_after_signing(run: Path, trusted: TrustedKeys) -> None:
    _write_split(run, "offshore", ROWS["offshore"][:1])
    with pytest.raises(FileDigestError):
        verify_run(run, trusted, split="offshore")


def test_gate_rejects_record_moved_from_domestic_to_offshore(
    run: Path, trusted: TrustedKeys
) -> None:
    _write_split(run, "offshore", ROWS["offshore"] + ROWS["domestic/CN"])
    with pytest.raises(FileDigestError):
        verify_run(run, trusted, split="offshore")


def test_gate_rejects_moved_record_even_when_file_digests_were_recomputed(
    run: Path, alice: Signer, trusted: TrustedKeys
) -> None:
    # A writer that re-hashes files after the move still signs the pipeline's content digests.
    _write_split(run, "offshore", ROWS["offshore"] + ROWS["domestic/CN"])
    _write_split(run, "domestic/CN", [])
    _resign(run, alice, _rehash_subjects(run))
    with pytest.raises(ContentDigestError):
        verify_run(run, trusted, split="offshore")


def test_gate_rejects_record_edited_with_stale_record_sha256(
    run: Path, alice: Signer, trusted: TrustedKeys
) -> None:
    table = pq.read_table(run / "offshore" / "part-00000.parquet").to_pylist()
    table[0]["record"] = json.dumps({"id": "r1", "text": "a phone number"})  # sha256 column kept
    pq.write_table(pa.Table.from_pylist(table), run / "offshore" / "part-00000.parquet")
    _resign(run, alice, _rehash_subjects(run))
    with pytest.raises(ContentDigestError) as info:
        verify_run(run, trusted)
    assert "a phone number" not in str(info.value)  # never echo record values


def test_gate_rejects_manifest_replayed_from_other_run(
    tmp_path: Path, alice: Signer, trusted: TrustedKeys
) -> None:
    old = _make_run(tmp_path / "old", alice, run_id="run-old")
    new = _make_run(tmp_path / "new", alice, run_id="run-new")
    shutil.copy(old / MANIFEST_NAME, new / MANIFEST_NAME)
    with pytest.raises(RunIdMismatchError):
        verify_run(new, trusted, expected_run_id="run-new")


def test_gate_rejects_symlink_in_offshore(run: Path, trusted: TrustedKeys, tmp_path: Path) -> None:
    target = run / "offshore" / "part-00000.parquet"
    outside = tmp_path / "outside.parquet"
    shutil.move(target, outside)
    os.symlink(outside, target)
    with pytest.raises(UnexpectedFileError, match="symbolic link"):
        verify_run(run, trusted, split="offshore")


def test_gate_rejects_subject_path_escaping_the_run(
    run: Path, alice: Signer, trusted: TrustedKeys
) -> None:
    def mutate(statement: dict[str, Any]) -> None:
        statement["subject"].append({"name": "../secret", "digest": {"sha256": "0" * 64}})

    _resign(run, alice, mutate)
    with pytest.raises(PredicateError):
        verify_run(run, trusted)


def test_gate_rejects_split_missing_from_predicate(
    run: Path, alice: Signer, trusted: TrustedKeys
) -> None:
    _resign(run, alice, lambda s: s["predicate"]["splits"].pop("domestic/CN"))
    with pytest.raises(PredicateError):
        verify_run(run, trusted)


def test_gate_rejects_other_predicate_type(run: Path, alice: Signer, trusted: TrustedKeys) -> None:
    _resign(run, alice, lambda s: s.update(predicateType="https://slsa.dev/provenance/v1"))
    with pytest.raises(VerificationError):
        verify_run(run, trusted)
    assert PREDICATE_TYPE == "https://residency.dev/split-run/v1"


def test_gate_rejects_manifest_that_is_not_json(run: Path, trusted: TrustedKeys) -> None:
    (run / MANIFEST_NAME).write_text("{")
    with pytest.raises(ManifestMissingError):
        verify_run(run, trusted)


def test_verify_run_on_missing_folder_is_a_usage_error(
    tmp_path: Path, trusted: TrustedKeys
) -> None:
    with pytest.raises(UsageError):
        verify_run(tmp_path / "nope", trusted)
