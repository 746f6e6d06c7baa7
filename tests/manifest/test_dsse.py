"""DSSE envelopes: the spec's PAE vector, round trips, interop and attacks."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from securesystemslib.dsse import Envelope as SslibEnvelope
from securesystemslib.signer import CryptoSigner, SSlibKey

from residency.dsse import (
    MalformedEnvelopeError,
    SignatureError,
    ThresholdError,
    UntrustedKeyError,
    VerificationError,
    add_signature,
    pae,
    sign_envelope,
    verify_envelope,
)
from residency.errors import ExitCode, IntegrityError, UsageError
from residency.keys import Signer, TrustedKeys

PAYLOAD = b'{"run_id":"r1","splits":{}}'
TYPE = "application/vnd.in-toto+json"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# --- PAE ---------------------------------------------------------------------------


def test_pae_matches_dsse_spec_test_vector() -> None:
    # secure-systems-lab/dsse protocol.md, "Test Vectors"
    assert (
        pae("http://example.com/HelloWorld", b"hello world")
        == b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )


@pytest.mark.parametrize(
    "payload_type, payload, expected",
    [
        ("", b"", b"DSSEv1 0  0 "),
        ("t", b"a b", b"DSSEv1 1 t 3 a b"),
        ("\u00e9", b"\x00", b"DSSEv1 2 \xc3\xa9 1 \x00"),  # LEN counts UTF-8 bytes
    ],
)
def test_pae_counts_bytes_not_characters(
    payload_type: str, payload: bytes, expected: bytes
) -> None:
    assert pae(payload_type, payload) == expected


def test_pae_agrees_with_securesystemslib() -> None:
    env = SslibEnvelope(b"hello world", "http://example.com/HelloWorld", {})
    assert env.pae() == pae("http://example.com/HelloWorld", b"hello world")


# --- round trip ----------------------------------------------------------------------


def test_sign_verify_round_trip(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    assert set(envelope) == {"payload", "payloadType", "signatures"}
    assert envelope["signatures"][0]["keyid"] == alice.key_id
    json.dumps(envelope)  # JSON-serialisable as is
    verified = verify_envelope(envelope, trusted, payload_type=TYPE)
    assert verified.payload == PAYLOAD
    assert verified.payload_type == TYPE
    assert verified.key_ids == (alice.key_id,)
    assert verified.signers[0].name == "alice"
    assert verified.json() == json.loads(PAYLOAD)


def test_signature_is_over_pae_not_payload(alice: Signer) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    sig = base64.b64decode(envelope["signatures"][0]["sig"])
    alice.public_key.verify(sig, pae(TYPE, PAYLOAD))


def test_countersigned_envelope_meets_threshold_two(
    alice: Signer, bob: Signer, trusted: TrustedKeys
) -> None:
    envelope = add_signature(sign_envelope(PAYLOAD, TYPE, alice), bob)
    verified = verify_envelope(envelope, trusted, threshold=2)
    assert set(verified.key_ids) == {alice.key_id, bob.key_id}


def test_countersigning_twice_keeps_one_signature_per_key(alice: Signer, bob: Signer) -> None:
    envelope = add_signature(add_signature(sign_envelope(PAYLOAD, TYPE, alice), bob), bob)
    assert [s["keyid"] for s in envelope["signatures"]] == [alice.key_id, bob.key_id]


def test_verify_accepts_url_safe_unpadded_base64(alice: Signer, trusted: TrustedKeys) -> None:
    payload = b"\xfb\xff\xfe?"  # encodes with + and / in standard base64
    envelope = sign_envelope(payload, TYPE, alice)
    envelope["payload"] = base64.urlsafe_b64encode(payload).decode().rstrip("=")
    sig = envelope["signatures"][0]
    sig["sig"] = sig["sig"].replace("+", "-").replace("/", "_").rstrip("=")
    assert verify_envelope(envelope, trusted).payload == payload


def test_verify_accepts_signature_without_keyid(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    del envelope["signatures"][0]["keyid"]
    assert verify_envelope(envelope, trusted).key_ids == (alice.key_id,)


# --- interoperability with securesystemslib -----------------------------------------------


def test_securesystemslib_verifies_our_envelope(alice: Signer) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    key = SSlibKey.from_crypto(alice.public_key, keyid=alice.key_id)
    sslib_envelope = SslibEnvelope.from_dict(copy.deepcopy(envelope))
    accepted = sslib_envelope.verify([key], 1)
    assert list(accepted) == [alice.key_id]
    assert sslib_envelope.payload == PAYLOAD


def test_we_verify_securesystemslib_envelope() -> None:
    sslib_signer = CryptoSigner.generate_ed25519()
    public = Ed25519PublicKey.from_public_bytes(
        bytes.fromhex(sslib_signer.public_key.keyval["public"])
    )
    trusted = TrustedKeys.from_public_keys(public)
    envelope = SslibEnvelope(PAYLOAD, TYPE, {})
    envelope.sign(sslib_signer)  # keyid is securesystemslib's own, not ours: only a hint
    verified = verify_envelope(envelope.to_dict(), trusted)
    assert verified.payload == PAYLOAD


# --- attacks ---------------------------------------------------------------------------


def test_verify_rejects_payload_edited_after_signing(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    envelope["payload"] = _b64(PAYLOAD.replace(b"r1", b"r2"))
    with pytest.raises(SignatureError):
        verify_envelope(envelope, trusted)


def test_verify_rejects_payload_type_edited_after_signing(
    alice: Signer, trusted: TrustedKeys
) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    envelope["payloadType"] = "application/json"
    with pytest.raises(SignatureError):
        verify_envelope(envelope, trusted)


def test_verify_rejects_signature_swapped_from_other_envelope(
    alice: Signer, trusted: TrustedKeys
) -> None:
    genuine = sign_envelope(PAYLOAD, TYPE, alice)
    other = sign_envelope(b'{"run_id":"other"}', TYPE, alice)
    genuine["signatures"] = other["signatures"]
    with pytest.raises(SignatureError):
        verify_envelope(genuine, trusted)


@pytest.mark.parametrize("cut", [0, 1, 63])
def test_verify_rejects_truncated_signature(alice: Signer, trusted: TrustedKeys, cut: int) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    sig = base64.b64decode(envelope["signatures"][0]["sig"])
    envelope["signatures"][0]["sig"] = _b64(sig[:cut])
    with pytest.raises(SignatureError):
        verify_envelope(envelope, trusted)


def test_verify_rejects_key_not_in_trusted_set(mallory: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, mallory)
    with pytest.raises(UntrustedKeyError):
        verify_envelope(envelope, trusted)


def test_verify_rejects_keyid_claiming_trusted_key(
    alice: Signer, mallory: Signer, trusted: TrustedKeys
) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, mallory)
    envelope["signatures"][0]["keyid"] = alice.key_id
    with pytest.raises(SignatureError):
        verify_envelope(envelope, trusted)


def test_threshold_counts_each_key_once(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    envelope["signatures"] = envelope["signatures"] * 3
    envelope["signatures"].append({"sig": envelope["signatures"][0]["sig"]})  # no keyid
    with pytest.raises(ThresholdError):
        verify_envelope(envelope, trusted, threshold=2)


def test_threshold_ignores_untrusted_countersignature(
    alice: Signer, mallory: Signer, trusted: TrustedKeys
) -> None:
    envelope = add_signature(sign_envelope(PAYLOAD, TYPE, alice), mallory)
    with pytest.raises(ThresholdError):
        verify_envelope(envelope, trusted, threshold=2)


def test_threshold_ignores_forged_signature_beside_a_good_one(
    alice: Signer, bob: Signer, mallory: Signer, trusted: TrustedKeys
) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    forged = sign_envelope(PAYLOAD, TYPE, mallory)["signatures"][0]
    forged["keyid"] = bob.key_id
    envelope["signatures"].append(forged)
    assert verify_envelope(envelope, trusted).key_ids == (alice.key_id,)
    with pytest.raises(ThresholdError):
        verify_envelope(envelope, trusted, threshold=2)


def test_verify_rejects_unexpected_payload_type(alice: Signer, trusted: TrustedKeys) -> None:
    envelope = sign_envelope(PAYLOAD, "application/json", alice)
    with pytest.raises(MalformedEnvelopeError) as info:
        verify_envelope(envelope, trusted, payload_type=TYPE)
    assert info.value.reason == "wrong-payload-type"


def test_verify_rejects_envelope_with_signatures_stripped(
    alice: Signer, trusted: TrustedKeys
) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    envelope["signatures"] = []
    with pytest.raises(MalformedEnvelopeError):
        verify_envelope(envelope, trusted)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda e: e.pop("payload"),
        lambda e: e.pop("payloadType"),
        lambda e: e.update(signatures="sig"),
        lambda e: e.update(payload="not base64 !!"),
        lambda e: e.update(payload=42),
        lambda e: e["signatures"][0].pop("sig"),
        lambda e: e["signatures"][0].update(sig="%%%"),
        lambda e: e["signatures"][0].update(keyid=7),
        lambda e: e.clear(),
    ],
)
def test_verify_rejects_malformed_envelope(
    alice: Signer, trusted: TrustedKeys, mutate: Any
) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    mutate(envelope)
    with pytest.raises(MalformedEnvelopeError):
        verify_envelope(envelope, trusted)


def test_verify_rejects_non_object_envelope(trusted: TrustedKeys) -> None:
    with pytest.raises(MalformedEnvelopeError):
        verify_envelope([], trusted)


def test_verify_refuses_empty_trusted_set_and_bad_threshold(alice: Signer) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    with pytest.raises(UsageError):
        verify_envelope(envelope, TrustedKeys())
    with pytest.raises(UsageError):
        verify_envelope(envelope, TrustedKeys([alice.trusted_key]), threshold=0)


def test_verification_errors_are_integrity_errors() -> None:
    for cls in (SignatureError, UntrustedKeyError, ThresholdError, MalformedEnvelopeError):
        assert issubclass(cls, VerificationError)
        assert issubclass(cls, IntegrityError)
        assert cls("x").exit_code == ExitCode.INTEGRITY


def test_error_messages_carry_no_key_material(
    alice: Signer, mallory: Signer, trusted: TrustedKeys
) -> None:
    envelope = sign_envelope(PAYLOAD, TYPE, mallory)
    envelope["signatures"][0]["keyid"] = alice.key_id
    with pytest.raises(VerificationError) as info:
        verify_envelope(envelope, trusted)
    message = str(info.value)
    assert envelope["signatures"][0]["sig"] not in message
    assert "BEGIN" not in message


def test_verifies_with_many_keys_in_trusted_set(
    alice: Signer, make_signer: Callable[[str], Signer]
) -> None:
    others = [make_signer(f"k{i}") for i in range(5)]
    trusted = TrustedKeys([*(s.trusted_key for s in others), alice.trusted_key])
    envelope = sign_envelope(PAYLOAD, TYPE, alice)
    del envelope["signatures"][0]["keyid"]
    assert verify_envelope(envelope, trusted).signers[0].name == "alice"
