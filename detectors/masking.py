"""Masked evidence: enough for a steward to judge a finding, never the value itself."""

from __future__ import annotations

import hashlib
import hmac


def mask_value(value: str, entity_type: str = "") -> str:
    """Keep a short prefix and suffix of longer values, star the rest.

    ``110101199003071234`` -> ``110***********1234``; ``张三`` -> ``张*``;
    short values (<= 4 characters) keep only their first character.
    """
    chars = list(value)
    n = len(chars)
    if n <= 1:
        return "*"
    if n <= 4:
        return chars[0] + "*" * (n - 1)
    if n <= 8:
        return chars[0] + "*" * (n - 2) + chars[-1]
    keep_head, keep_tail = 3, 4
    if "@" in value:  # e-mail: keep first character of the local part and the domain's TLD
        local, _, domain = value.partition("@")
        tld = domain.rsplit(".", 1)[-1] if "." in domain else ""
        return local[:1] + "***@***" + ("." + tld if tld else "")
    return (
        "".join(chars[:keep_head]) + "*" * (n - keep_head - keep_tail) + "".join(chars[-keep_tail:])
    )


def subject_hash(key: bytes, entity_type: str, normalized_value: str) -> str:
    """Keyed hash identifying a data subject by one identifier, without storing it."""
    message = f"{entity_type}\x1f{normalized_value}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]
