"""Decision-level checks: whether the PIPL pack keeps a text at home."""

from __future__ import annotations

from collections.abc import Sequence

from residency.detectors.engine import Scanner
from residency.policies import infer_jurisdictions, load_policy


def held_by_pipl(scanner: Scanner, texts: Sequence[str]) -> dict[str, bool]:
    """``{text: held}`` for plain-text records scanned together: held means the PIPL pack
    sends the record anywhere but offshore."""
    policy = load_policy(["pipl"])
    records = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    out = {}
    for text, record, scan in zip(texts, records, scanner.scan_records(records), strict=True):
        juris = infer_jurisdictions(record, scan, home="CN")
        out[text] = policy.decide(scan, juris, record=record, home="CN").split != "offshore"
    return out
