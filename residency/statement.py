"""in-toto Statement v1 for split runs, the order-independent split digest and Merkle tree.

Statement (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md)::

    {"_type": "https://in-toto.io/Statement/v1",
     "subject": [{"name": "offshore/part-0.parquet", "digest": {"sha256": "..."}}, ...],
     "predicateType": "https://residency.dev/split-run/v1",
     "predicate": {...}}

serialised as RFC 8785 canonical JSON and carried in a DSSE envelope with payloadType
``application/vnd.in-toto+json``. The split-run predicate is described in
residency/verify.py.

Record ids are hashed as their UTF-8 bytes (lone surrogates, which JSON input can
carry, are encoded as Python's ``surrogatepass`` does, so every id has bytes).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from residency.canonical import canonical_bytes
from residency.dsse import SignerLike, sign_envelope, verify_envelope
from residency.errors import MerkleProofError, StatementError
from residency.keys import TrustedKey, TrustedKeys

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PAYLOAD_TYPE = "application/vnd.in-toto+json"
#: The split-run predicate; documented in residency/verify.py (module docstring).
PREDICATE_TYPE = "https://residency.dev/split-run/v1"

_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


# --- statement -----------------------------------------------------------------------


def _check_subject(subject: Any) -> dict[str, Any]:
    if not isinstance(subject, Mapping):
        raise ValueError("a subject must be a mapping with 'name' and 'digest'")
    name, digest = subject.get("name"), subject.get("digest")
    if not isinstance(name, str) or not name:
        raise ValueError("a subject needs a non-empty string 'name'")
    if not isinstance(digest, Mapping) or not _SHA256_HEX.match(str(digest.get("sha256", ""))):
        raise ValueError(f"subject {name!r} needs digest.sha256 as 64 lowercase hex digits")
    return {"name": name, "digest": dict(digest)}


def build_statement(
    subjects: Iterable[Mapping[str, Any]], predicate_type: str, predicate: Mapping[str, Any]
) -> dict[str, Any]:
    """An in-toto v1 Statement; subjects are validated, must be unique and are sorted by name."""
    checked = sorted((_check_subject(s) for s in subjects), key=lambda s: s["name"])
    names = [s["name"] for s in checked]
    if len(set(names)) != len(names):
        raise ValueError("subject names must be unique")
    return {
        "_type": STATEMENT_TYPE,
        "subject": checked,
        "predicateType": predicate_type,
        "predicate": dict(predicate),
    }


def statement_bytes(statement: Mapping[str, Any]) -> bytes:
    """The signed serialisation: RFC 8785 canonical JSON."""
    return canonical_bytes(statement)


def sign_statement(statement: Mapping[str, Any], signer: SignerLike) -> dict[str, Any]:
    """A DSSE envelope (``application/vnd.in-toto+json``) over the canonical statement."""
    return sign_envelope(statement_bytes(statement), PAYLOAD_TYPE, signer)


def parse_statement(payload: bytes, predicate_type: str | None = PREDICATE_TYPE) -> dict[str, Any]:
    """Parse and check a verified payload as an in-toto v1 Statement; raise StatementError."""
    try:
        statement = json.loads(payload)
    except (UnicodeDecodeError, ValueError):
        raise StatementError("signed payload is not JSON") from None
    if not isinstance(statement, dict) or statement.get("_type") != STATEMENT_TYPE:
        raise StatementError(f"signed payload is not an in-toto Statement ({STATEMENT_TYPE})")
    if predicate_type is not None and statement.get("predicateType") != predicate_type:
        raise StatementError(
            f"statement predicateType is {statement.get('predicateType')!r}, "
            f"expected {predicate_type!r}",
            reason="wrong-predicate-type",
        )
    subjects = statement.get("subject")
    if not isinstance(subjects, list) or not subjects:
        raise StatementError("statement has no subjects")
    try:
        checked = [_check_subject(s) for s in subjects]
    except ValueError as exc:
        raise StatementError(f"statement subject is malformed: {exc}") from None
    if len({s["name"] for s in checked}) != len(checked):
        raise StatementError("statement lists the same subject twice")
    if not isinstance(statement.get("predicate"), dict):
        raise StatementError("statement predicate is not an object")
    return statement


@dataclass(frozen=True)
class VerifiedStatement:
    """A statement from an envelope that verified, and the trusted keys that signed it."""

    statement: dict[str, Any]
    signers: tuple[TrustedKey, ...]

    @property
    def predicate(self) -> dict[str, Any]:
        predicate: dict[str, Any] = self.statement["predicate"]
        return predicate

    @property
    def subjects(self) -> dict[str, str]:
        """Subject name -> sha256 hex."""
        return {s["name"]: s["digest"]["sha256"] for s in self.statement["subject"]}


def verify_statement(
    envelope: Any,
    trusted: TrustedKeys,
    *,
    threshold: int = 1,
    predicate_type: str | None = PREDICATE_TYPE,
) -> VerifiedStatement:
    """Verify the DSSE envelope, then parse its payload as an in-toto Statement."""
    verified = verify_envelope(envelope, trusted, threshold, payload_type=PAYLOAD_TYPE)
    return VerifiedStatement(parse_statement(verified.payload, predicate_type), verified.signers)


# --- record ids and the split digest --------------------------------------------------


def id_bytes(record_id: str) -> bytes:
    """The bytes a record id is hashed and sorted as."""
    return record_id.encode("utf-8", "surrogatepass")


def _pair_key(record_id: str, record_sha256: str) -> tuple[bytes, bytes]:
    if not isinstance(record_sha256, str) or not _SHA256_HEX.match(record_sha256):
        raise ValueError(f"record {record_id!r}: record_sha256 is not 64 lowercase hex digits")
    return id_bytes(record_id), record_sha256.encode("ascii")


class NotSortedError(ValueError):
    """Pairs given to :class:`SplitDigest` out of (id bytes, record_sha256) order."""


class SplitDigest:
    """Count, content digest and Merkle root of a split, folded from its sorted pairs.

    Feed :meth:`add` every ``(id, record_sha256)`` pair of the split in ascending
    (:func:`id_bytes`, record_sha256) order -- the order of the lines of
    :func:`split_content_digest` and of the leaves of :func:`merkle_root`, which equal
    :meth:`content_digest` and :meth:`merkle_root` -- in O(log n) memory: the Merkle
    root keeps one hash per complete subtree (a stack of at most log2(n) + 1).
    A pair out of order raises :class:`NotSortedError`.
    """

    def __init__(self) -> None:
        self.count = 0
        self._lines = hashlib.sha256()
        self._subtrees: list[tuple[int, bytes]] = []  # (leaves, hash), sizes decreasing
        self._last: tuple[bytes, bytes] | None = None

    def add(self, record_id: str, record_sha256: str) -> None:
        self.add_key(_pair_key(record_id, record_sha256))

    def add_key(self, key: tuple[bytes, bytes]) -> None:
        """Add a pair as its sort key ``(id bytes, record_sha256 as ASCII)``."""
        if self._last is not None and key < self._last:
            raise NotSortedError("split pairs are not in (id, record_sha256) order")
        self._last = key
        raw_id, digest = key
        self.count += 1
        self._lines.update(b"%d %b %b\n" % (len(raw_id), raw_id, digest))
        size, node = 1, hashlib.sha256(b"\x00" + raw_id).digest()
        while self._subtrees and self._subtrees[-1][0] == size:
            node = _node_hash(self._subtrees.pop()[1], node)
            size *= 2
        self._subtrees.append((size, node))

    def content_digest(self) -> str:
        return self._lines.hexdigest()

    def merkle_root(self) -> str:
        if not self._subtrees:
            return hashlib.sha256(b"").hexdigest()
        node = self._subtrees[-1][1]
        for _, left in reversed(self._subtrees[:-1]):  # RFC 6962: largest power of 2 left
            node = _node_hash(left, node)
        return node.hex()


def split_content_digest(pairs: Iterable[tuple[str, str]]) -> str:
    """sha256 hex of a split's ``(id, record_sha256)`` multiset, independent of order.

    Byte format: each pair becomes the line ``LEN(id) SP id SP record_sha256 LF``, where
    ``id`` is :func:`id_bytes`, ``LEN`` its byte length in ASCII decimal (no leading
    zeros; the length makes ids containing spaces or newlines unambiguous) and
    ``record_sha256`` 64 lowercase hex digits. Lines are sorted by (id bytes,
    record_sha256) and hashed concatenated; duplicates are kept. An empty split hashes
    the empty string.  Sorted externally (:func:`residency.runs.external_sort`): memory
    stays bounded for any split.
    """
    from residency.runs import external_sort

    digest = SplitDigest()
    for key in external_sort(_pair_key(i, d) for i, d in pairs):
        digest.add_key(key)
    return digest.content_digest()


# --- Merkle tree (RFC 6962 hashing over sorted ids) ------------------------------------


def _leaf_hash(record_id: str) -> bytes:
    return hashlib.sha256(b"\x00" + id_bytes(record_id)).digest()


def _node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _sorted_leaves(ids: Iterable[str]) -> tuple[list[str], list[bytes]]:
    """Every leaf in memory: only for :func:`merkle_proof` (one record's proof)."""
    ordered = [i for _, i in sorted((id_bytes(i), i) for i in ids)]
    return ordered, [_leaf_hash(i) for i in ordered]


def merkle_root(ids: Iterable[str]) -> str:
    """RFC 6962 Merkle tree hash (0x00 leaf / 0x01 node prefixes) over ids sorted by bytes.

    Sorted externally and folded incrementally (:class:`SplitDigest`): bounded memory.
    """
    from residency.runs import external_sort

    digest = SplitDigest()
    for raw_id in external_sort(id_bytes(i) for i in ids):
        digest.add_key((raw_id, b""))
    return digest.merkle_root()


def merkle_proof(ids: Iterable[str], record_id: str) -> list[dict[str, str]]:
    """Inclusion proof for ``record_id``: the sibling hashes from leaf to root.

    Each step is ``{"side": "left"|"right", "hash": hex}``: the side the sibling sits on.
    Raises ``KeyError`` if the id is not in ``ids``.  Holds the whole tree's leaves in
    memory: meant for proving single records, not for whole-split work.
    """
    ordered, level = _sorted_leaves(ids)
    try:
        index = ordered.index(record_id)
    except ValueError:
        raise KeyError(f"record id {record_id!r} is not in the tree") from None
    proof = []
    while len(level) > 1:
        sibling = index ^ 1
        if sibling < len(level):
            side = "left" if sibling < index else "right"
            proof.append({"side": side, "hash": level[sibling].hex()})
        paired = [_node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
        index //= 2
    return proof


def verify_merkle_proof(record_id: str, proof: Iterable[Mapping[str, str]], root: str) -> None:
    """Raise :class:`MerkleProofError` unless ``proof`` leads from ``record_id`` to ``root``."""
    node = _leaf_hash(record_id)
    for step in proof:
        try:
            side, sibling = step["side"], bytes.fromhex(step["hash"])
        except (KeyError, TypeError, ValueError):
            raise MerkleProofError("Merkle proof step is malformed") from None
        if len(sibling) != 32 or side not in ("left", "right"):
            raise MerkleProofError("Merkle proof step is malformed")
        node = _node_hash(sibling, node) if side == "left" else _node_hash(node, sibling)
    if node.hex() != root.lower():
        raise MerkleProofError(
            f"record id {record_id!r} is not proven in Merkle root {root[:16]}..."
        )


__all__ = [
    "PAYLOAD_TYPE",
    "PREDICATE_TYPE",
    "STATEMENT_TYPE",
    "MerkleProofError",
    "NotSortedError",
    "SplitDigest",
    "StatementError",
    "VerifiedStatement",
    "build_statement",
    "id_bytes",
    "merkle_proof",
    "merkle_root",
    "parse_statement",
    "sign_statement",
    "split_content_digest",
    "statement_bytes",
    "verify_merkle_proof",
    "verify_statement",
]
