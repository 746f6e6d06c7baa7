"""Helpers for policy tests: findings are built directly, no scanner (no spaCy)."""

from __future__ import annotations

import pytest

from residency.model import Finding, ScanResult
from residency.policies import Policy, load_policy

ALL_PACKS = ("pipl", "pdpa_sg", "pdpa_my", "gdpr")


def finding(entity_type: str, score: float = 0.9, field: str = "text", start: int = 0) -> Finding:
    return Finding(
        entity_type=entity_type,
        field=field,
        start=start,
        end=start + 4,
        score=score,
        recognizer="test",
        masked="x***",
    )


def scan(*entity_types: str, error: str | None = None, score: float = 0.9) -> ScanResult:
    return ScanResult(
        findings=tuple(finding(t, score, start=i * 10) for i, t in enumerate(entity_types)),
        error=error,
    )


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(ALL_PACKS)
