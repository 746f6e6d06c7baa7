"""Masked evidence: enough for a steward to judge a finding, never the value itself."""

from __future__ import annotations

import hashlib
import hmac

# Categories whose partial value still points at a person or a place (a street and
# house number, a given name): only the first character is kept, and the length is
# capped so that it says little either.
FIRST_CHARACTER_ONLY = frozenset(
    {"name", "address", "precise_location", "health", "religion", "biometric", "minor"}
)
MAX_STARS = 8


def mask_value(value: str, entity_type: str = "") -> str:
    """Keep a short prefix and suffix of longer identifiers, star the rest.

    ``110101199003071234`` -> ``110***********1234``; ``13812345678`` -> ``138****5678``;
    names, addresses and other descriptive values keep only their first character
    (``张三`` -> ``张*``, ``北京市朝阳区建国路88号`` -> ``北********``); short values
    (<= 4 characters) keep only their first character.
    """
    chars = list(value)
    n = len(chars)
    if n <= 1:
        return "*"
    if entity_type and _category(entity_type) in FIRST_CHARACTER_ONLY:
        return chars[0] + "*" * min(n - 1, MAX_STARS)
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


def _category(entity_type: str) -> str:
    from residency.detectors.entities import info

    return info(entity_type).category


def subject_hash(key: bytes, entity_type: str, normalized_value: str) -> str:
    """Keyed hash identifying a data subject by one identifier, without storing it."""
    message = f"{entity_type}\x1f{normalized_value}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]
