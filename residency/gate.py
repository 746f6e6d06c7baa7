"""The pre-training gate: verify a run folder, then decide whether its split may be used.

Three entry points share one procedure (:func:`clear`):

* :func:`open_cleared` -- for training code: the offshore split as a pyarrow dataset,
  only after verification; it raises otherwise and has no way to skip verification;
* :func:`gate` -- for ``residency gate`` and orchestrators: a verdict dictionary with an
  exit code, never an exception;
* :func:`signature_status` -- for the report: is the manifest's signature valid, by
  which keys, and is one of them the development key.

Procedure (order matters: nothing from the manifest is believed before its signature):

1. signature: ``threshold`` distinct keys from the *trusted set* (never ``signer.pub.pem``);
2. run id: the signed run id equals ``expected_run_id`` if given, and the run id of the
   folder's own ``manifest.json`` (a manifest copied in from another run fails here);
3. files: the split's files are exactly the signed subjects, byte for byte;
4. contents: rows, content digest and Merkle root equal the signed split facts, and the
   signed counts (``counts`` of the predicate) agree with them;
5. policy (exit 1, only after 1-4 pass): only ``offshore`` is ever cleared to leave;
   the run's signed export assessment must not need a CAC filing (a pathway other than
   none/exempt/not_applicable) unless the caller acknowledges it (``allow_pathways``);
   a signed validation failure denies; ``destination``, if given, must be the run's.

Exit codes: 0 cleared, 1 policy denies, 2 usage, 3 integrity, 4 infrastructure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from residency.errors import (
    CountMismatchError,
    ExitCode,
    MissingFileError,
    PolicyDenied,
    PredicateError,
    ResidencyError,
    RunIdMismatchError,
    UsageError,
    VerificationError,
)
from residency.keys import TrustedKeys
from residency.manifest import CLEAR_PATHWAYS
from residency.verify import MANIFEST_NAME, OUTPUT_DIRS, VerifiedRun, verify_run

SUMMARY_NAME = "manifest.json"
EXPORTABLE_SPLIT = "offshore"
VERDICTS = {
    ExitCode.OK: "cleared",
    ExitCode.DENIED: "denied",
    ExitCode.USAGE: "usage-error",
    ExitCode.INTEGRITY: "integrity-failure",
    ExitCode.INFRASTRUCTURE: "infrastructure-failure",
}

TrustedLike = TrustedKeys | str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


class ClearanceDenied(PolicyDenied):
    """The split verified, but the gate's policy does not clear it (exit code 1)."""

    def __init__(self, run: VerifiedRun, denials: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(m for _, m in denials), reason=denials[0][0])
        self.run = run
        self.denials = denials


def load_trusted(trusted: TrustedLike | None) -> TrustedKeys:
    """A :class:`TrustedKeys` from itself, a trusted-keys file, or several files."""
    if trusted is None:
        raise UsageError(
            "trusted keys are required: pass a TrustedKeys or a trusted-keys file "
            "(residency.keys.dev_trusted_keys() trusts only this machine's development key)"
        )
    if isinstance(trusted, TrustedKeys):
        keys = trusted
    elif isinstance(trusted, (str, os.PathLike)):
        keys = TrustedKeys.from_file(trusted)
    elif isinstance(trusted, Iterable):
        keys = TrustedKeys.from_files(list(trusted))
    else:
        raise UsageError(f"trusted keys must be a TrustedKeys or file path(s), not {trusted!r}")
    if len(keys) == 0:
        raise UsageError("the trusted-key set is empty: nothing could verify")
    return keys


def _check_split_name(split: str) -> None:
    parts = split.split("/")
    ok = split in OUTPUT_DIRS or (
        len(parts) == 2 and parts[0] == "domestic" and parts[1] not in ("", ".", "..")
    )
    if not ok:
        raise UsageError(
            f"unknown split {split!r}: use offshore, domestic[/<J>], quarantine or decisions"
        )


def _summary_run_id(root: Path) -> str | None:
    """The run id in the folder's unsigned ``manifest.json`` (None if unreadable)."""
    try:
        value = json.loads((root / SUMMARY_NAME).read_text("utf-8")).get("run_id")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _check_run_binding(root: Path, run: VerifiedRun) -> None:
    if not (root / SUMMARY_NAME).is_file():
        raise MissingFileError(f"{SUMMARY_NAME} is missing from the run folder")
    summary_id = _summary_run_id(root)
    if summary_id != run.run_id:
        raise RunIdMismatchError(
            f"{MANIFEST_NAME} is signed for run {run.run_id!r} but this folder's "
            f"{SUMMARY_NAME} is run {summary_id!r}: a manifest replayed from another run"
        )


def _verify_bound(
    root: Path, keys: TrustedKeys, split: str | None, threshold: int, expected: str | None
) -> VerifiedRun:
    """verify_run, bound to this folder: the signed run id must be the folder's own."""
    folder_id = _summary_run_id(root)
    try:
        run = verify_run(
            root, keys, split=split, threshold=threshold, expected_run_id=expected or folder_id
        )
    except RunIdMismatchError as exc:
        if expected is None:
            raise RunIdMismatchError(
                f"{MANIFEST_NAME} is not signed for this folder's run {folder_id!r} "
                f"({exc}): a manifest replayed from another run"
            ) from None
        raise
    _check_run_binding(root, run)
    return run


def _expected_count(counts: Mapping[str, Any], key: str) -> int:
    if key.startswith("domestic/"):
        return int(counts.get("domestic_partitions", {}).get(key.split("/", 1)[1], 0))
    return int(counts.get("splits", {}).get(key, 0))


def reconcile_counts(run: VerifiedRun, *, decisions_rows: int | None = None) -> None:
    """The signed run counts agree with the verified split facts (and the decision log)."""
    counts = run.predicate.get("counts")
    if not isinstance(counts, Mapping) or not isinstance(counts.get("splits"), Mapping):
        raise PredicateError("manifest predicate has no run counts")
    for key, facts in sorted(run.splits.items()):
        expected = _expected_count(counts, key)
        if facts.count != expected:
            raise CountMismatchError(
                f"{key}: {facts.count} records verified, the signed run counts say {expected}"
            )
    if decisions_rows is not None:
        read = counts.get("records_read")
        decided = sum(int(v) for v in counts["splits"].values())
        if not (read == decided == decisions_rows):
            raise CountMismatchError(
                f"records read {read}, decided {decided}, decision-log rows {decisions_rows}: "
                "the signed counts do not reconcile"
            )


def _decision_rows(run: VerifiedRun) -> int:
    total = 0
    for path in run.files_of("decisions"):
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
        else:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
    return total


def policy_denials(
    run: VerifiedRun,
    split: str,
    *,
    destination: str | None = None,
    allow_pathways: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """(reason, message) for every policy objection to using ``split`` of a verified run."""
    denials: list[tuple[str, str]] = []
    if split != EXPORTABLE_SPLIT:
        denials.append(
            (
                "split-not-exportable",
                f"{split} is never cleared to leave its jurisdiction; only offshore is",
            )
        )
        return denials
    predicate = run.predicate
    export = predicate.get("export")
    if not isinstance(export, Mapping) or not isinstance(export.get("pathways"), Mapping):
        raise PredicateError("manifest predicate has no export assessment")
    allowed = set(CLEAR_PATHWAYS) | set(allow_pathways)
    for juris, pathway in sorted(export["pathways"].items()):
        name = pathway.get("pathway") if isinstance(pathway, Mapping) else None
        if name not in allowed:
            denials.append(
                (
                    "export-pathway-required",
                    f"{juris}: exporting the offshore split needs {name} "
                    f"({pathway.get('article', '') if isinstance(pathway, Mapping) else ''}); "
                    f"pass --allow-pathway {name} once it is in place",
                )
            )
    validation = predicate.get("validation")
    if isinstance(validation, Mapping) and validation.get("success") is False:
        denials.append(("validation-failed", "the run's output validation failed"))
    if destination is not None:
        signed = predicate.get("destination")
        if not isinstance(signed, str) or signed.upper() != destination.upper():
            denials.append(
                (
                    "destination-mismatch",
                    f"the offshore split was cleared for {signed}, not {destination.upper()}",
                )
            )
    return denials


def clear(
    run_dir: str | os.PathLike[str],
    trusted: TrustedLike,
    *,
    split: str = EXPORTABLE_SPLIT,
    threshold: int = 1,
    expected_run_id: str | None = None,
    destination: str | None = None,
    allow_pathways: Iterable[str] = (),
) -> VerifiedRun:
    """Verify ``split`` of ``run_dir`` and apply the gate's policy; return the verified run.

    Raises :class:`VerificationError` (exit 3), :class:`PolicyDenied` (exit 1) or
    :class:`UsageError` (exit 2).
    """
    _check_split_name(split)
    if threshold < 1:
        raise UsageError(f"the signature threshold must be at least 1, not {threshold}")
    keys = load_trusted(trusted)
    root = Path(run_dir)
    run = _verify_bound(root, keys, split, threshold, expected_run_id)
    reconcile_counts(run)
    denials = policy_denials(run, split, destination=destination, allow_pathways=allow_pathways)
    if denials:
        raise ClearanceDenied(run, denials)
    return run


def verify_all(
    run_dir: str | os.PathLike[str],
    trusted: TrustedLike,
    *,
    split: str | None = None,
    threshold: int = 1,
    expected_run_id: str | None = None,
) -> VerifiedRun:
    """``residency verify``: every subject digest, every split, and the signed counts."""
    if split is not None:
        _check_split_name(split)
    keys = load_trusted(trusted)
    root = Path(run_dir)
    run = _verify_bound(root, keys, split, threshold, expected_run_id)
    reconcile_counts(run, decisions_rows=_decision_rows(run) if split is None else None)
    return run


# --- verdicts -------------------------------------------------------------------------------


def _signers(run: VerifiedRun) -> list[dict[str, Any]]:
    return [
        {"key_id": k.key_id, "name": k.name, "development": k.is_development} for k in run.signers
    ]


def _run_facts(run: VerifiedRun, split: str | None) -> dict[str, Any]:
    predicate = run.predicate
    raw_policy = predicate.get("policy")
    policy: Mapping[str, Any] = raw_policy if isinstance(raw_policy, Mapping) else {}
    signing = predicate.get("signing_key")
    development = run.development_signed or (
        isinstance(signing, Mapping) and signing.get("development") is True
    )
    facts: dict[str, Any] = {
        "run_id": run.run_id,
        "signers": _signers(run),
        "development_key": development,
        "policy": {"ids": policy.get("ids"), "digest": policy.get("digest")},
        "destination": predicate.get("destination"),
        "files": sorted(run.files),
        "splits": {key: f.as_json() for key, f in sorted(run.splits.items())},
    }
    if split is not None:
        scoped = [f for key, f in run.splits.items() if key == split or key.startswith(split + "/")]
        facts["records"] = sum(f.count for f in scoped)
    return facts


def _failure(exc: BaseException) -> tuple[ExitCode, str, str]:
    if isinstance(exc, ResidencyError):
        return ExitCode(int(exc.exit_code)), exc.reason, str(exc)
    if isinstance(exc, OSError):
        return ExitCode.INFRASTRUCTURE, "io-error", f"cannot read the run folder: {exc.strerror}"
    return (
        ExitCode.INFRASTRUCTURE,
        "internal-error",
        f"unexpected {type(exc).__name__} while verifying; treat the data as not cleared",
    )


def _verdict(
    action: str, run_dir: Any, split: str | None, threshold: int, body: Any
) -> dict[str, Any]:
    verdict: dict[str, Any] = {
        "action": action,
        "run_dir": str(run_dir),
        "split": split,
        "threshold": threshold,
    }
    try:
        run = body()
    except ClearanceDenied as exc:
        verdict.update(ok=False, exit_code=int(ExitCode.DENIED), reason=exc.reason)
        verdict.update(message=str(exc), verified=True, **_run_facts(exc.run, split))
        verdict["denials"] = [{"reason": r, "message": m} for r, m in exc.denials]
    except Exception as exc:  # every failure is a verdict: nothing may look like success
        code, reason, message = _failure(exc)
        verdict.update(ok=False, exit_code=int(code), reason=reason, message=message)
        verdict["verified"] = False
    else:
        verdict.update(ok=True, exit_code=int(ExitCode.OK), reason=None, verified=True)
        verdict["message"] = f"{split or 'every output'} of run {run.run_id} verified" + (
            " and cleared" if action == "gate" else ""
        )
        verdict.update(_run_facts(run, split))
    verdict["verdict"] = (
        ("verified" if verdict["ok"] else VERDICTS[ExitCode(verdict["exit_code"])])
        if action == "verify"
        else VERDICTS[ExitCode(verdict["exit_code"])]
    )
    return verdict


def gate(
    run_dir: str | os.PathLike[str],
    trusted: TrustedLike,
    split: str = EXPORTABLE_SPLIT,
    threshold: int = 1,
    *,
    expected_run_id: str | None = None,
    destination: str | None = None,
    allow_pathways: Iterable[str] = (),
) -> dict[str, Any]:
    """The gate's verdict (never raises): ``ok``, ``exit_code``, ``verdict``, ``reason``...

    ``exit_code`` is 0 only when ``split`` is offshore, verifies against ``trusted`` with
    ``threshold`` signatures and the policy allows it (see the module docstring).
    """

    def body() -> VerifiedRun:
        return clear(
            run_dir,
            trusted,
            split=split,
            threshold=threshold,
            expected_run_id=expected_run_id,
            destination=destination,
            allow_pathways=allow_pathways,
        )

    return _verdict("gate", run_dir, split, threshold, body)


def verify(
    run_dir: str | os.PathLike[str],
    trusted: TrustedLike,
    split: str | None = None,
    threshold: int = 1,
    *,
    expected_run_id: str | None = None,
) -> dict[str, Any]:
    """``residency verify``'s verdict (never raises); exit code 0, 2, 3 or 4."""

    def body() -> VerifiedRun:
        return verify_all(
            run_dir, trusted, split=split, threshold=threshold, expected_run_id=expected_run_id
        )

    return _verdict("verify", run_dir, split, threshold, body)


# --- training code ------------------------------------------------------------------------


def open_cleared(
    run_dir: str | os.PathLike[str],
    trusted_keys: TrustedLike,
    *,
    threshold: int = 1,
    expected_run_id: str | None = None,
    destination: str | None = None,
    allow_pathways: Iterable[str] = (),
) -> Any:
    """The offshore split of ``run_dir`` as a ``pyarrow.dataset.Dataset``, after the gate.

    Verification always runs first (there is no flag to skip it); a failure raises a
    :class:`residency.errors.VerificationError` subclass, a policy objection
    :class:`residency.errors.PolicyDenied`. The dataset reads exactly the verified files
    (a file added later is not picked up); keep the run folder read-only while training
    reads it, as files changed after verification are not re-checked.
    """
    import pyarrow.dataset as ds

    run = clear(
        run_dir,
        trusted_keys,
        split=EXPORTABLE_SPLIT,
        threshold=threshold,
        expected_run_id=expected_run_id,
        destination=destination,
        allow_pathways=allow_pathways,
    )
    files = [str(p) for p in run.files_of(EXPORTABLE_SPLIT)]
    if not files:
        import pyarrow as pa

        from residency.pipelines.write import RECORD_SCHEMA

        return ds.dataset(pa.Table.from_pylist([], schema=RECORD_SCHEMA))
    fmt = "parquet" if all(f.endswith(".parquet") for f in files) else "json"
    return ds.dataset(files, format=fmt)


# --- the report -----------------------------------------------------------------------------


def signature_status(
    run_dir: str | os.PathLike[str], trusted: TrustedLike | None = None
) -> dict[str, Any]:
    """Whether ``run_dir``'s manifest signature verifies (signature only, not the files).

    ``trusted`` defaults to this machine's development key. Never raises: for a report.
    Keys: ``signed`` (a manifest exists), ``verified``, ``reason``, ``message``,
    ``signatures`` (count in the envelope), ``key_ids`` (claimed by the envelope),
    ``signers`` (trusted keys that verified: key_id, name, development),
    ``development_key`` (signed by the development key), ``signing_key`` (as signed).
    """
    from residency.keys import dev_trusted_keys
    from residency.statement import verify_statement

    path = Path(run_dir) / MANIFEST_NAME
    status: dict[str, Any] = {
        "manifest": MANIFEST_NAME,
        "signed": False,
        "verified": False,
        "reason": None,
        "message": None,
        "signatures": 0,
        "key_ids": [],
        "signers": [],
        "development_key": False,
        "signing_key": None,
    }
    try:
        envelope = json.loads(path.read_bytes())
    except (OSError, ValueError):
        status.update(reason="missing-manifest", message=f"{MANIFEST_NAME} is missing or not JSON")
        return status
    signatures = envelope.get("signatures") if isinstance(envelope, dict) else None
    if isinstance(signatures, list):
        status["signed"] = bool(signatures)
        status["signatures"] = len(signatures)
        status["key_ids"] = [s.get("keyid") for s in signatures if isinstance(s, dict)]
    try:
        keys = load_trusted(trusted) if trusted is not None else dev_trusted_keys()
        verified = verify_statement(envelope, keys)
    except Exception as exc:
        code, reason, message = _failure(exc)
        status.update(reason=reason, message=message)
        try:
            dev_ids = {k.key_id for k in dev_trusted_keys()}
        except ResidencyError:
            dev_ids = set()
        status["development_key"] = bool(dev_ids & set(status["key_ids"]))
        return status
    signing = verified.predicate.get("signing_key")
    status.update(
        verified=True,
        signers=[
            {"key_id": k.key_id, "name": k.name, "development": k.is_development}
            for k in verified.signers
        ],
        signing_key=dict(signing) if isinstance(signing, Mapping) else None,
        development_key=any(k.is_development for k in verified.signers)
        or (isinstance(signing, Mapping) and signing.get("development") is True),
    )
    return status


__all__ = [
    "CLEAR_PATHWAYS",
    "ClearanceDenied",
    "VerificationError",
    "clear",
    "gate",
    "load_trusted",
    "open_cleared",
    "policy_denials",
    "reconcile_counts",
    "signature_status",
    "verify",
    "verify_all",
]
