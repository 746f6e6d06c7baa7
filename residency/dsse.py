"""DSSE v1 envelopes: sign PAE(payloadType, payload), verify against trusted keys.

Spec: https://github.com/secure-systems-lab/dsse (protocol.md, envelope.md).

Envelope JSON::

    {"payload": "<base64>", "payloadType": "<type>",
     "signatures": [{"keyid": "<hex>", "sig": "<base64>"}, ...]}

A ``keyid`` only *identifies*: it selects which trusted key to try first. A signature
counts only if a public key from the trusted set verifies it, and each trusted key
counts once however many signatures it made. Verification raises a
:class:`VerificationError` subclass; it never returns a bool.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature

from residency.errors import (  # re-exported: raise and catch them from here as before
    MalformedEnvelopeError,
    SignatureError,
    ThresholdError,
    UntrustedKeyError,
    UsageError,
    VerificationError,
)
from residency.keys import TrustedKey, TrustedKeys

PAE_PREFIX = b"DSSEv1"


class SignerLike(Protocol):
    """What signing needs: a key id and a raw signature over bytes."""

    @property
    def key_id(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class VerifiedPayload:
    """A payload whose envelope met the threshold, and the trusted keys that signed it."""

    payload: bytes
    payload_type: str
    signers: tuple[TrustedKey, ...]

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(key.key_id for key in self.signers)

    def json(self) -> Any:
        """The payload parsed as JSON; a payload that is not JSON is malformed."""
        try:
            return json.loads(self.payload)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise MalformedEnvelopeError(
                "signed payload is not valid JSON", reason="malformed-payload"
            ) from None


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 Pre-Authentication Encoding: ``DSSEv1 SP LEN(type) SP type SP LEN(body) SP body``."""
    type_bytes = payload_type.encode("utf-8")
    return b"%b %d %b %d %b" % (PAE_PREFIX, len(type_bytes), type_bytes, len(payload), payload)


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64decode(text: Any, what: str) -> bytes:
    """Standard or URL-safe base64, padded or not (the spec says verifiers accept both)."""
    if not isinstance(text, str):
        raise MalformedEnvelopeError(f"envelope {what} is not a base64 string")
    normalised = text.strip().replace("-", "+").replace("_", "/")
    normalised += "=" * (-len(normalised) % 4)
    try:
        return base64.b64decode(normalised, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedEnvelopeError(f"envelope {what} is not valid base64") from None


def sign_envelope(payload: bytes, payload_type: str, signer: SignerLike) -> dict[str, Any]:
    """A new DSSE envelope over ``payload``, signed once by ``signer``."""
    if not isinstance(payload, (bytes, bytearray)):
        raise TypeError("payload must be bytes (serialise it first)")
    payload = bytes(payload)
    signature = signer.sign(pae(payload_type, payload))
    return {
        "payload": _b64encode(payload),
        "payloadType": payload_type,
        "signatures": [{"keyid": signer.key_id, "sig": _b64encode(signature)}],
    }


def add_signature(envelope: Mapping[str, Any], signer: SignerLike) -> dict[str, Any]:
    """A copy of ``envelope`` countersigned by ``signer`` (replacing its earlier signature).

    The envelope is parsed but *not* verified: countersigning says "I also sign this
    payload", so callers should verify first if they mean to vouch for existing signers.
    """
    payload, payload_type, signatures = _parse(envelope)
    signature = signer.sign(pae(payload_type, payload))
    kept = [dict(s) for s in signatures if s.get("keyid") != signer.key_id]
    kept.append({"keyid": signer.key_id, "sig": _b64encode(signature)})
    return {"payload": _b64encode(payload), "payloadType": payload_type, "signatures": kept}


def _parse(envelope: Any) -> tuple[bytes, str, list[Mapping[str, Any]]]:
    if not isinstance(envelope, Mapping):
        raise MalformedEnvelopeError("envelope is not a JSON object")
    missing = [k for k in ("payload", "payloadType", "signatures") if k not in envelope]
    if missing:
        raise MalformedEnvelopeError(f"envelope lacks field(s): {', '.join(missing)}")
    payload_type = envelope["payloadType"]
    if not isinstance(payload_type, str) or not payload_type:
        raise MalformedEnvelopeError("envelope payloadType is not a non-empty string")
    payload = _b64decode(envelope["payload"], "payload")
    signatures = envelope["signatures"]
    if not isinstance(signatures, list):
        raise MalformedEnvelopeError("envelope signatures is not a list")
    for index, entry in enumerate(signatures):
        if not isinstance(entry, Mapping) or "sig" not in entry:
            raise MalformedEnvelopeError(f"envelope signature #{index} has no 'sig'")
        keyid = entry.get("keyid")
        if keyid is not None and not isinstance(keyid, str):
            raise MalformedEnvelopeError(f"envelope signature #{index} keyid is not a string")
    return payload, payload_type, signatures


def verify_envelope(
    envelope: Any,
    trusted: TrustedKeys,
    threshold: int = 1,
    *,
    payload_type: str | None = None,
) -> VerifiedPayload:
    """Verify ``envelope`` against ``trusted``; raise a :class:`VerificationError` if it fails.

    Each signature is tried against the trusted key its ``keyid`` names; a signature
    whose keyid is absent or unknown is tried against every trusted key (the keyid is a
    hint, never authority). ``threshold`` distinct trusted keys must verify.
    ``payload_type``, if given, must equal the envelope's ``payloadType``.
    """
    if threshold < 1:
        raise UsageError(f"signature threshold must be at least 1, not {threshold}")
    if len(trusted) == 0:
        raise UsageError("no trusted keys were given: pass a trusted-keys file")
    payload, envelope_type, signatures = _parse(envelope)
    if not signatures:
        raise MalformedEnvelopeError("envelope has no signatures")
    signed = pae(envelope_type, payload)

    accepted: dict[str, TrustedKey] = {}
    forged = 0  # signatures naming a trusted key that do not verify under it
    for entry in signatures:
        sig = _b64decode(entry["sig"], "signature")
        claimed = entry.get("keyid")
        named = trusted.get(claimed) if isinstance(claimed, str) else None
        candidates = [named] if named is not None else list(trusted)
        for key in candidates:
            if key.key_id in accepted:
                continue
            try:
                key.public_key.verify(sig, signed)
            except InvalidSignature:
                continue
            accepted[key.key_id] = key
            break
        else:
            if named is not None and named.key_id not in accepted:
                forged += 1

    if len(accepted) >= threshold:
        if payload_type is not None and envelope_type != payload_type:
            raise MalformedEnvelopeError(
                f"envelope payloadType is {envelope_type!r}, expected {payload_type!r}",
                reason="wrong-payload-type",
            )
        return VerifiedPayload(payload, envelope_type, tuple(accepted.values()))
    if accepted:
        names = ", ".join(k.name for k in accepted.values())
        raise ThresholdError(
            f"only {len(accepted)} of the required {threshold} trusted keys signed ({names})"
        )
    if forged:
        raise SignatureError(
            f"{forged} signature(s) name a trusted key but do not verify: "
            "the payload or signature was altered, or another key signed it"
        )
    raise UntrustedKeyError(
        f"none of the {len(signatures)} signature(s) was made by a trusted key "
        f"({len(trusted)} trusted)"
    )


__all__ = [
    "MalformedEnvelopeError",
    "SignatureError",
    "SignerLike",
    "ThresholdError",
    "UntrustedKeyError",
    "VerificationError",
    "VerifiedPayload",
    "add_signature",
    "pae",
    "sign_envelope",
    "verify_envelope",
]
