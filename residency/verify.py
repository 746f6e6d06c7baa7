"""Verify a split run folder against its signed manifest ``DIR/manifest.intoto.json``.

The manifest is a DSSE envelope (residency.dsse) over an in-toto v1 Statement
(residency.statement) with ``predicateType`` ``https://residency.dev/split-run/v1``.

Subjects: every file under ``offshore/``, ``domestic/<J>/``, ``quarantine/`` and
``decisions/``, named by its POSIX path relative to ``DIR`` (``offshore/part-00000.parquet``),
with ``digest.sha256`` of the file bytes. Other files (``manifest.json``, reports) may be
listed too; a listed file is checked, an unlisted one outside those folders is ignored.

Predicate (keys read here; any other keys are free-form and not checked)::

    {
      "run_id": "<str>",
      "splits": {
        "offshore":    {"count": <int>, "content_digest": "<hex>", "merkle_root": "<hex>"},
        "quarantine":  {...},
        "domestic/CN": {...},          # one entry per jurisdiction folder
        ...
      }
    }

``offshore`` and ``quarantine`` entries are always required, and a ``domestic/<J>``
entry for every jurisdiction folder holding files. ``count`` is the number of rows in
the split, ``content_digest`` is :func:`residency.statement.split_content_digest` over
its ``(id, record_sha256)`` pairs and ``merkle_root`` is
:func:`residency.statement.merkle_root` over its ids (optional). The verifier
recomputes ``record_sha256`` from the ``record`` column (sha256 of the RFC 8785 form of
the parsed JSON); the stored ``record_sha256`` column must agree but is never trusted.

:func:`describe_run` computes subjects and split facts from disk and
:func:`write_run_manifest` signs them, so writer and verifier share one definition.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from residency.canonical import record_digest
from residency.dsse import SignerLike
from residency.errors import (  # re-exported: the verification errors a caller catches
    ContentDigestError,
    FileDigestError,
    MalformedEnvelopeError,
    ManifestMissingError,
    MerkleProofError,
    MissingFileError,
    PredicateError,
    RunIdMismatchError,
    SignatureError,
    StatementError,
    ThresholdError,
    UnexpectedFileError,
    UntrustedKeyError,
    UsageError,
    VerificationError,
)
from residency.keys import TrustedKey, TrustedKeys
from residency.runs import external_sort
from residency.statement import (
    PREDICATE_TYPE,
    NotSortedError,
    SplitDigest,
    build_statement,
    id_bytes,
    sign_statement,
    verify_statement,
)

MANIFEST_NAME = "manifest.intoto.json"
SPLIT_DIRS = ("offshore", "domestic", "quarantine")
OUTPUT_DIRS = (*SPLIT_DIRS, "decisions")
REQUIRED_SPLITS = ("offshore", "quarantine")
CONTENT_SUFFIXES = (".parquet", ".jsonl")
MAX_MANIFEST_BYTES = 256 << 20

_SPLIT_KEY = re.compile(r"^(offshore|quarantine|domestic/[^/\\]+)$")


@dataclass(frozen=True)
class SplitFacts:
    """What the manifest states about one split, recomputed from its files."""

    count: int
    content_digest: str
    merkle_root: str

    def as_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "content_digest": self.content_digest,
            "merkle_root": self.merkle_root,
        }


@dataclass(frozen=True)
class VerifiedRun:
    """A run folder whose manifest and files (in the verified scope) all checked out."""

    run_dir: Path
    run_id: str
    predicate: dict[str, Any]
    signers: tuple[TrustedKey, ...]
    files: dict[str, str]  # relative path -> sha256, for the verified scope
    splits: dict[str, SplitFacts] = field(default_factory=dict)

    def files_of(self, split: str) -> list[Path]:
        """Absolute paths of the verified files in ``split`` (e.g. ``offshore``), sorted."""
        return [self.run_dir / rel for rel in sorted(self.files) if _in_scope(rel, split)]

    @property
    def development_signed(self) -> bool:
        return any(k.is_development for k in self.signers)


# --- folder walking --------------------------------------------------------------------


def _in_scope(rel: str, scope: str | None) -> bool:
    return scope is None or rel.startswith(scope + "/")


def _split_key(rel: str) -> str | None:
    """``offshore/x`` -> ``offshore``, ``domestic/CN/x`` -> ``domestic/CN``, decisions -> None."""
    parts = rel.split("/")
    if parts[0] == "decisions" or parts[0] not in SPLIT_DIRS:
        return None
    if parts[0] == "domestic":
        if len(parts) < 3:
            raise UnexpectedFileError(
                f"{rel}: files under domestic/ must be in a jurisdiction folder"
            )
        return "/".join(parts[:2])
    return parts[0]


def _walk(root: Path, rel: str) -> Iterator[str]:
    """Every regular file below ``root/rel``; links and special files are refused."""
    try:
        entries = sorted(os.scandir(root / rel), key=lambda e: e.name)
    except FileNotFoundError:
        return
    for entry in entries:
        child = f"{rel}/{entry.name}"
        if entry.is_symlink():
            raise UnexpectedFileError(f"{child} is a symbolic link: output folders hold only files")
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(root, child)
        elif entry.is_file(follow_symlinks=False):
            yield child
        else:
            raise UnexpectedFileError(f"{child} is not a regular file")


def output_files(run_dir: str | os.PathLike[str], scope: str | None = None) -> list[str]:
    """Relative POSIX paths of all files under the output folders (or one ``scope``)."""
    root = Path(run_dir)
    tops = [scope] if scope is not None else list(OUTPUT_DIRS)
    root_link = [t for t in tops if (root / t).is_symlink()]
    if root_link:
        raise UnexpectedFileError(
            f"{root_link[0]} is a symbolic link: output folders hold only files"
        )
    return sorted(rel for top in tops for rel in _walk(root, top))


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _iter_rows(path: Path, rel: str) -> Iterator[tuple[str, str, str]]:
    """``(id, record, stored record_sha256)`` for every row of a Parquet or JSONL file."""
    columns = ["id", "record", "record_sha256"]
    if rel.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            parquet = pq.ParquetFile(path)
            missing = [c for c in columns if c not in parquet.schema_arrow.names]
            if missing:
                raise ContentDigestError(f"{rel} lacks column(s) {', '.join(missing)}")
            for batch in parquet.iter_batches(columns=columns, batch_size=8192):
                data = batch.to_pydict()
                yield from zip(data["id"], data["record"], data["record_sha256"], strict=True)
        except (pa.ArrowException, OSError) as exc:
            raise ContentDigestError(
                f"{rel} is not a readable Parquet file ({type(exc).__name__})"
            ) from None
        return
    with open(path, "rb") as fh:
        for line_no, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
                yield row["id"], row["record"], row["record_sha256"]
            except (ValueError, KeyError, TypeError):
                raise ContentDigestError(f"{rel} line {line_no} is not a split row") from None


def _checked_pairs(root: Path, rel: str) -> Iterator[tuple[bytes, bytes]]:
    """One file's rows as ``(id bytes, record_sha256)`` keys, each record's digest recomputed."""
    if not rel.endswith(CONTENT_SUFFIXES):
        raise UnexpectedFileError(f"{rel}: split folders hold only .parquet or .jsonl files")
    for record_id, record, stored in _iter_rows(root / rel, rel):
        if not isinstance(record_id, str) or not isinstance(record, str):
            raise ContentDigestError(f"{rel}: a row has no string id or record")
        try:
            digest = record_digest(json.loads(record))
        except ValueError:
            raise ContentDigestError(f"{rel}: record {record_id!r} is not valid JSON") from None
        if stored != digest:
            raise ContentDigestError(
                f"{rel}: record {record_id!r} does not match its record_sha256 column"
            )
        yield id_bytes(record_id), digest.encode("ascii")


def _split_facts(root: Path, files: list[str]) -> SplitFacts:
    """Streamed: the sinks sort every file by (id, record_sha256), so a k-way merge of the
    files is the split in digest order.  A file out of that order (written by something
    else) is not trusted to be sorted: the split is then sorted externally instead.
    """
    digest = SplitDigest()
    try:
        for key in heapq.merge(*(_checked_pairs(root, rel) for rel in files)):
            digest.add_key(key)
    except NotSortedError:
        digest = SplitDigest()
        pairs = itertools.chain.from_iterable(_checked_pairs(root, rel) for rel in files)
        for key in external_sort(pairs):
            digest.add_key(key)
    return SplitFacts(
        count=digest.count,
        content_digest=digest.content_digest(),
        merkle_root=digest.merkle_root(),
    )


def _group_by_split(files: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for rel in files:
        key = _split_key(rel)
        if key is not None:
            groups.setdefault(key, []).append(rel)
    return groups


# --- writing ---------------------------------------------------------------------------


def describe_run(run_dir: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(subjects, splits) of a finished run folder, as the manifest states them."""
    root = Path(run_dir)
    files = output_files(root)
    subjects = [{"name": rel, "digest": {"sha256": _file_sha256(root / rel)}} for rel in files]
    groups = _group_by_split(files)
    for required in REQUIRED_SPLITS:
        groups.setdefault(required, [])
    splits = {key: _split_facts(root, groups[key]).as_json() for key in sorted(groups)}
    return subjects, splits


def write_run_manifest(
    run_dir: str | os.PathLike[str],
    signer: SignerLike,
    *,
    run_id: str,
    predicate: Mapping[str, Any] | None = None,
    extra_subjects: tuple[str, ...] = ("manifest.json",),
) -> dict[str, Any]:
    """Sign ``DIR/manifest.intoto.json`` for a finished run; return the envelope.

    ``predicate`` adds free-form keys (inputs, policy, counts); ``run_id`` and
    ``splits`` are computed here. ``extra_subjects`` that exist are listed too.
    """
    root = Path(run_dir)
    subjects, splits = describe_run(root)
    for rel in extra_subjects:
        if (root / rel).is_file():
            subjects.append({"name": rel, "digest": {"sha256": _file_sha256(root / rel)}})
    body = {**(predicate or {}), "run_id": run_id, "splits": splits}
    envelope = sign_statement(build_statement(subjects, PREDICATE_TYPE, body), signer)
    target = root / MANIFEST_NAME
    tmp = root / f".{MANIFEST_NAME}.tmp"
    tmp.write_text(json.dumps(envelope, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, target)
    return envelope


# --- verifying -------------------------------------------------------------------------


def _load_envelope(root: Path) -> Any:
    path = root / MANIFEST_NAME
    if not root.is_dir():
        raise UsageError(f"{root} is not a folder")
    if not path.is_file() or path.is_symlink():
        raise ManifestMissingError(f"{path} does not exist: this run is not signed")
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise ManifestMissingError(f"{path} is larger than {MAX_MANIFEST_BYTES >> 20} MiB")
    try:
        return json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ManifestMissingError(f"{path} is not JSON") from None


def _check_predicate(predicate: Mapping[str, Any]) -> tuple[str, dict[str, dict[str, Any]]]:
    run_id, splits = predicate.get("run_id"), predicate.get("splits")
    if not isinstance(run_id, str) or not run_id:
        raise PredicateError("manifest predicate has no run_id")
    if not isinstance(splits, dict):
        raise PredicateError("manifest predicate has no splits")
    for key, facts in splits.items():
        if not _SPLIT_KEY.match(key):
            raise PredicateError(f"manifest predicate names an unknown split {key!r}")
        if (
            not isinstance(facts, dict)
            or not isinstance(facts.get("count"), int)
            or not isinstance(facts.get("content_digest"), str)
        ):
            raise PredicateError(f"manifest split {key!r} needs count and content_digest")
    for required in REQUIRED_SPLITS:
        if required not in splits:
            raise PredicateError(f"manifest predicate has no {required!r} split")
    return run_id, splits


def _check_subject_path(name: str) -> None:
    parts = name.split("/")
    if name.startswith("/") or "\\" in name or any(p in ("", ".", "..") for p in parts):
        raise PredicateError(f"manifest subject {name!r} is not a plain relative path")


def verify_run(
    run_dir: str | os.PathLike[str],
    trusted: TrustedKeys,
    *,
    split: str | None = None,
    threshold: int = 1,
    expected_run_id: str | None = None,
) -> VerifiedRun:
    """Verify ``run_dir`` against its signed manifest; raise a VerificationError if anything fails.

    ``split`` limits the file and content checks to one output folder (``offshore``,
    ``quarantine``, ``domestic``, ``domestic/<J>`` or ``decisions``); the signature is
    always checked in full. Order: signature, run id, file set, file digests, contents.
    """
    if split is not None and not (split in OUTPUT_DIRS or _SPLIT_KEY.match(split)):
        raise UsageError(
            f"unknown split {split!r}: use offshore, domestic[/<J>], quarantine or decisions"
        )
    root = Path(run_dir)
    verified = verify_statement(_load_envelope(root), trusted, threshold=threshold)
    run_id, claimed_splits = _check_predicate(verified.predicate)
    if expected_run_id is not None and run_id != expected_run_id:
        raise RunIdMismatchError(f"manifest is for run {run_id!r}, expected {expected_run_id!r}")

    subjects = verified.subjects
    for name in subjects:
        _check_subject_path(name)
    listed = {n for n in subjects if n.split("/", 1)[0] in OUTPUT_DIRS and _in_scope(n, split)}
    on_disk = set(output_files(root, split))
    if extra := sorted(on_disk - listed):
        raise UnexpectedFileError(
            f"{len(extra)} file(s) not in the manifest, e.g. {extra[0]}: refusing added data"
        )
    if missing := sorted(listed - on_disk):
        raise MissingFileError(
            f"{len(missing)} file(s) in the manifest are missing, e.g. {missing[0]}"
        )

    checked = sorted(n for n in subjects if _in_scope(n, split))
    for rel in checked:
        path = root / rel
        if not path.is_file() or path.is_symlink():
            raise MissingFileError(f"{rel} is listed in the manifest but is not a file")
        if _file_sha256(path) != subjects[rel]:
            raise FileDigestError(f"{rel} has changed since the manifest was signed")

    groups = _group_by_split(sorted(on_disk))
    unclaimed = sorted(k for k in groups if k not in claimed_splits)
    if unclaimed:
        raise PredicateError(f"manifest has no content digest for split {unclaimed[0]!r}")
    facts: dict[str, SplitFacts] = {}
    for key in sorted(claimed_splits):
        if split is not None and not (key == split or key.startswith(split + "/")):
            continue
        claim = claimed_splits[key]
        actual = _split_facts(root, groups.get(key, []))
        if actual.count != claim["count"]:
            raise ContentDigestError(
                f"{key}: {actual.count} records on disk, manifest says {claim['count']}"
            )
        if actual.content_digest != claim["content_digest"]:
            raise ContentDigestError(f"{key}: records differ from the signed content digest")
        if "merkle_root" in claim and actual.merkle_root != claim["merkle_root"]:
            raise ContentDigestError(f"{key}: record ids differ from the signed Merkle root")
        facts[key] = actual

    return VerifiedRun(
        run_dir=root.resolve(),
        run_id=run_id,
        predicate=verified.predicate,
        signers=verified.signers,
        files={rel: subjects[rel] for rel in checked},
        splits=facts,
    )


__all__ = [
    "MANIFEST_NAME",
    "ContentDigestError",
    "FileDigestError",
    "MalformedEnvelopeError",
    "ManifestMissingError",
    "MerkleProofError",
    "MissingFileError",
    "PredicateError",
    "RunIdMismatchError",
    "SignatureError",
    "SplitFacts",
    "StatementError",
    "ThresholdError",
    "UnexpectedFileError",
    "UntrustedKeyError",
    "VerificationError",
    "VerifiedRun",
    "describe_run",
    "output_files",
    "verify_run",
    "write_run_manifest",
]
