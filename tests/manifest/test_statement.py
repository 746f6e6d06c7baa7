"""in-toto statements, the split content digest and Merkle inclusion proofs."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from residency.canonical import canonical_bytes
from residency.dsse import SignatureError, sign_envelope
from residency.errors import IntegrityError
from residency.keys import Signer, TrustedKeys
from residency.statement import (
    PAYLOAD_TYPE,
    PREDICATE_TYPE,
    STATEMENT_TYPE,
    MerkleProofError,
    NotSortedError,
    SplitDigest,
    StatementError,
    build_statement,
    id_bytes,
    merkle_proof,
    merkle_root,
    parse_statement,
    sign_statement,
    split_content_digest,
    statement_bytes,
    verify_merkle_proof,
    verify_statement,
)

SHA_A = hashlib.sha256(b"a").hexdigest()
SHA_B = hashlib.sha256(b"b").hexdigest()
SUBJECTS: list[dict[str, Any]] = [
    {"name": "offshore/part-0.parquet", "digest": {"sha256": SHA_A}},
    {"name": "decisions/part-0.parquet", "digest": {"sha256": SHA_B}},
]
PREDICATE = {"run_id": "r1", "splits": {"offshore": {"count": 2}}}


# --- statement --------------------------------------------------------------------------


def test_build_statement_shape() -> None:
    statement = build_statement(SUBJECTS, PREDICATE_TYPE, PREDICATE)
    assert statement["_type"] == "https://in-toto.io/Statement/v1" == STATEMENT_TYPE
    assert statement["predicateType"] == PREDICATE_TYPE
    assert [s["name"] for s in statement["subject"]] == [
        "decisions/part-0.parquet",
        "offshore/part-0.parquet",
    ]
    assert statement["predicate"] == PREDICATE


def test_statement_serialises_as_rfc8785_canonical_json() -> None:
    statement = build_statement(SUBJECTS, PREDICATE_TYPE, PREDICATE)
    data = statement_bytes(statement)
    assert data == canonical_bytes(statement)
    assert data.startswith(b'{"_type":"https://in-toto.io/Statement/v1","predicate":')
    assert json.loads(data) == statement


@pytest.mark.parametrize(
    "subjects",
    [
        [{"name": "", "digest": {"sha256": SHA_A}}],
        [{"name": "x", "digest": {"sha256": SHA_A.upper()}}],
        [{"name": "x", "digest": {"md5": "00"}}],
        [{"name": "x", "digest": {"sha256": SHA_A}}, {"name": "x", "digest": {"sha256": SHA_B}}],
        ["x"],
    ],
)
def test_build_statement_rejects_bad_subjects(subjects: list[Any]) -> None:
    with pytest.raises(ValueError):
        build_statement(subjects, PREDICATE_TYPE, PREDICATE)


def test_signed_statement_round_trip(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_statement(build_statement(SUBJECTS, PREDICATE_TYPE, PREDICATE), alice)
    assert envelope["payloadType"] == PAYLOAD_TYPE == "application/vnd.in-toto+json"
    verified = verify_statement(envelope, trusted)
    assert verified.predicate == PREDICATE
    assert verified.subjects == {s["name"]: s["digest"]["sha256"] for s in SUBJECTS}
    assert verified.signers[0].key_id == alice.key_id


def test_verify_statement_rejects_subject_digest_edited_after_signing(
    alice: Signer, trusted: TrustedKeys
) -> None:
    statement = build_statement(SUBJECTS, PREDICATE_TYPE, PREDICATE)
    envelope = sign_statement(statement, alice)
    statement["subject"][0]["digest"]["sha256"] = SHA_A
    forged = sign_statement(statement, alice)["payload"]
    envelope["payload"] = forged  # payload from another signing, signature from the first
    statement["subject"][0]["digest"]["sha256"] = SHA_B
    with pytest.raises(SignatureError):
        verify_statement(envelope, trusted)


def test_verify_statement_rejects_other_predicate_type(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_statement(
        build_statement(SUBJECTS, "https://slsa.dev/provenance/v1", {}), alice
    )
    with pytest.raises(StatementError) as info:
        verify_statement(envelope, trusted)
    assert info.value.reason == "wrong-predicate-type"


def test_verify_statement_rejects_signed_non_statement(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(b'{"_type": "something else"}', PAYLOAD_TYPE, alice)
    with pytest.raises(StatementError):
        verify_statement(envelope, trusted)


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b"[]",
        json.dumps({"_type": STATEMENT_TYPE, "predicateType": PREDICATE_TYPE}).encode(),
        json.dumps(
            {
                "_type": STATEMENT_TYPE,
                "predicateType": PREDICATE_TYPE,
                "subject": SUBJECTS + SUBJECTS,
                "predicate": {},
            }
        ).encode(),
        json.dumps(
            {
                "_type": STATEMENT_TYPE,
                "predicateType": PREDICATE_TYPE,
                "subject": SUBJECTS,
                "predicate": [],
            }
        ).encode(),
    ],
)
def test_parse_statement_rejects_malformed(payload: bytes) -> None:
    with pytest.raises(StatementError):
        parse_statement(payload)


# --- split content digest ---------------------------------------------------------------


def test_split_content_digest_byte_format() -> None:
    expected = hashlib.sha256(
        b"1 a " + SHA_B.encode() + b"\n" + b"2 b\n " + SHA_A.encode() + b"\n"
    ).hexdigest()
    assert split_content_digest([("b\n", SHA_A), ("a", SHA_B)]) == expected


def test_split_content_digest_of_empty_split() -> None:
    assert split_content_digest([]) == hashlib.sha256(b"").hexdigest()


def test_split_content_digest_separates_ids_that_concatenate_alike() -> None:
    one = split_content_digest([(f"x {SHA_A}\n1 y", SHA_B)])
    two = split_content_digest([("x", SHA_A), ("y", SHA_B)])
    assert one != two


def test_split_content_digest_counts_duplicates() -> None:
    assert split_content_digest([("a", SHA_A)]) != split_content_digest([("a", SHA_A)] * 2)


def test_split_content_digest_sees_a_record_moved_between_ids() -> None:
    assert split_content_digest([("a", SHA_A), ("b", SHA_B)]) != split_content_digest(
        [("a", SHA_B), ("b", SHA_A)]
    )


def test_split_content_digest_rejects_bad_record_digest() -> None:
    with pytest.raises(ValueError):
        split_content_digest([("a", "not-hex")])


_pairs = st.lists(st.tuples(st.text(max_size=12), st.sampled_from([SHA_A, SHA_B])), max_size=30)


@given(pairs=_pairs, data=st.data())
def test_split_content_digest_is_order_independent(
    pairs: list[tuple[str, str]], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(pairs))
    assert split_content_digest(shuffled) == split_content_digest(pairs)
    assert split_content_digest(iter(shuffled)) == split_content_digest(pairs)


# --- Merkle tree ------------------------------------------------------------------------


def _reference_root(leaves: list[bytes]) -> bytes:
    """RFC 6962 section 2.1, written recursively as in the RFC."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    left, right = _reference_root(leaves[:k]), _reference_root(leaves[k:])
    return hashlib.sha256(b"\x01" + left + right).digest()


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17])
def test_merkle_root_matches_rfc6962_recursion(n: int) -> None:
    ids = [f"rec-{i:03d}" for i in range(n)]
    assert merkle_root(reversed(ids)) == _reference_root([i.encode() for i in ids]).hex()


def test_merkle_root_of_single_id_is_its_leaf_hash() -> None:
    assert merkle_root(["a"]) == hashlib.sha256(b"\x00a").hexdigest()


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8, 13])
def test_merkle_proof_verifies_for_every_id(n: int) -> None:
    ids = [f"id-{i}" for i in range(n)]
    root = merkle_root(ids)
    for record_id in ids:
        proof = merkle_proof(ids, record_id)
        json.dumps(proof)
        verify_merkle_proof(record_id, proof, root)


def test_merkle_proof_for_unknown_id_raises() -> None:
    with pytest.raises(KeyError):
        merkle_proof(["a", "b"], "c")


def test_verify_rejects_proof_for_other_id() -> None:
    ids = ["a", "b", "c", "d"]
    proof = merkle_proof(ids, "a")
    with pytest.raises(MerkleProofError):
        verify_merkle_proof("x", proof, merkle_root(ids))


def test_verify_rejects_proof_against_other_root() -> None:
    ids = ["a", "b", "c"]
    with pytest.raises(MerkleProofError):
        verify_merkle_proof("a", merkle_proof(ids, "a"), merkle_root(["a", "b"]))


def test_verify_rejects_proof_with_flipped_side() -> None:
    ids = ["a", "b", "c", "d"]
    proof = merkle_proof(ids, "a")
    proof[0]["side"] = "left" if proof[0]["side"] == "right" else "right"
    with pytest.raises(MerkleProofError):
        verify_merkle_proof("a", proof, merkle_root(ids))


def test_leaf_and_node_hashes_are_domain_separated() -> None:
    leaf_a = hashlib.sha256(b"\x00a").digest()
    leaf_b = hashlib.sha256(b"\x00b").digest()
    assert merkle_root(["a", "b"]) == hashlib.sha256(b"\x01" + leaf_a + leaf_b).hexdigest()
    assert merkle_root(["a", "b"]) != hashlib.sha256(leaf_a + leaf_b).hexdigest()


@pytest.mark.parametrize(
    "proof", [[{"side": "up", "hash": "00" * 32}], [{"side": "left", "hash": "zz"}], [{}], ["x"]]
)
def test_verify_rejects_malformed_proof(proof: list[Any]) -> None:
    with pytest.raises(MerkleProofError):
        verify_merkle_proof("a", proof, merkle_root(["a", "b"]))


def test_merkle_errors_are_integrity_errors() -> None:
    assert issubclass(MerkleProofError, IntegrityError)
    assert issubclass(StatementError, IntegrityError)


@given(ids=st.lists(st.text(max_size=8), min_size=1, max_size=40, unique=True), data=st.data())
def test_merkle_root_is_order_independent_and_proofs_hold(
    ids: list[str], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(ids))
    root = merkle_root(ids)
    assert merkle_root(shuffled) == root
    record_id = data.draw(st.sampled_from(ids))
    verify_merkle_proof(record_id, merkle_proof(shuffled, record_id), root)


def test_ids_with_lone_surrogates_still_hash_and_prove() -> None:
    # JSON input can carry "\ud800"; such ids must not crash the manifest.
    ids = ["a\ud800", "b"]
    assert split_content_digest([(ids[0], SHA_A)]) != split_content_digest([("a", SHA_A)])
    verify_merkle_proof(ids[0], merkle_proof(ids, ids[0]), merkle_root(ids))


# --- streaming digests against the in-memory reference -------------------------------------


def _reference_content_digest(pairs: list[tuple[str, str]]) -> str:
    """The split content digest as first written: every line sorted in memory."""
    lines = sorted((i.encode("utf-8", "surrogatepass"), d.encode("ascii")) for i, d in pairs)
    h = hashlib.sha256()
    for raw_id, digest in lines:
        h.update(b"%d %b %b\n" % (len(raw_id), raw_id, digest))
    return h.hexdigest()


def _reference_merkle_root(ids: list[str]) -> str:
    """The Merkle root as first written: all leaves in memory, bottom-up, odd ones promoted."""
    level = [
        hashlib.sha256(b"\x00" + raw).digest()
        for raw in sorted(i.encode("utf-8", "surrogatepass") for i in ids)
    ]
    if not level:
        return hashlib.sha256(b"").hexdigest()
    while len(level) > 1:
        paired = [
            hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest()
            for i in range(0, len(level) - 1, 2)
        ]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0].hex()


_SIZES = sorted({0, 1, 2, 3} | {n + d for n in (4, 8, 16, 32, 64) for d in (-1, 0, 1)})
_id_sets = st.one_of(
    *(
        st.lists(st.text(max_size=6), min_size=n, max_size=n)  # repeats allowed: duplicates
        for n in _SIZES
    ),
    st.lists(st.text(max_size=6), max_size=200),
)


@given(ids=_id_sets, data=st.data())
def test_streaming_digests_equal_the_in_memory_reference(
    ids: list[str], data: st.DataObject
) -> None:
    pairs = [(i, data.draw(st.sampled_from([SHA_A, SHA_B]))) for i in ids]
    assert split_content_digest(pairs) == _reference_content_digest(pairs)
    assert merkle_root(ids) == _reference_merkle_root(ids)
    folded = SplitDigest()
    for record_id, sha in sorted(pairs, key=lambda p: (id_bytes(p[0]), p[1])):
        folded.add(record_id, sha)
    assert folded.count == len(pairs)
    assert folded.content_digest() == _reference_content_digest(pairs)
    assert folded.merkle_root() == _reference_merkle_root(ids)


@pytest.mark.parametrize("n", _SIZES)
def test_merkle_root_equals_the_reference_at_every_size(n: int) -> None:
    ids = [f"r{i}" for i in range(n)]
    assert merkle_root(ids) == _reference_merkle_root(ids)
    assert merkle_root(ids) == _reference_root([i.encode() for i in sorted(ids)]).hex()


def test_digests_of_a_split_larger_than_the_sort_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import residency.runs as runs

    monkeypatch.setattr(runs, "DEFAULT_BUDGET_BYTES", 2_000)  # many runs, merged in passes
    monkeypatch.setattr(runs, "MAX_FAN_IN", 3)
    ids = [f"id-{(i * 7919) % 1000:04d}" for i in range(1500)]  # 500 repeated ids
    pairs = [(i, SHA_A if n % 3 else SHA_B) for n, i in enumerate(ids)]
    assert split_content_digest(pairs) == _reference_content_digest(pairs)
    assert merkle_root(ids) == _reference_merkle_root(ids)


def test_split_digest_refuses_pairs_out_of_order() -> None:
    folded = SplitDigest()
    folded.add("b", SHA_A)
    with pytest.raises(NotSortedError):
        folded.add("a", SHA_A)
    folded = SplitDigest()
    low, high = sorted([SHA_A, SHA_B])
    folded.add("a", high)
    with pytest.raises(NotSortedError):
        folded.add("a", low)  # same id: record_sha256 order
    with pytest.raises(ValueError, match="64 lowercase hex"):
        SplitDigest().add("a", "nope")
