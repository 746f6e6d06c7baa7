"""Canonical JSON (RFC 8785) and the digests built on it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785


def canonical_bytes(value: Any) -> bytes:
    """RFC 8785 canonical JSON; floats that JCS cannot encode fall back to sorted JSON."""
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError):
        # Lone surrogates (valid JSON escapes, invalid Unicode) survive as surrogatepass bytes.
        return json.dumps(
            value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
        ).encode("utf-8", "surrogatepass")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_digest(record: Any) -> str:
    """sha256 of a record's canonical JSON: the identity of its content."""
    return sha256_hex(canonical_bytes(record))


def file_sha256(path: str, chunk: int = 1 << 20) -> str:
    """sha256 of a file's stored bytes (a ``.gz`` is not decompressed), any Beam filesystem."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    h = hashlib.sha256()
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
