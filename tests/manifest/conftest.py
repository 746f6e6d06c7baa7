"""Fixtures for the signing and verification tests: fresh keys, no real home directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from residency.keys import Signer, TrustedKeys


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the developer's real ~/.config/residency."""
    home = tmp_path / "residency-home"
    monkeypatch.setenv("RESIDENCY_HOME", str(home))
    return home


def make_signer(name: str) -> Signer:
    return Signer(Ed25519PrivateKey.generate(), name)


@pytest.fixture(name="make_signer")
def _make_signer() -> Callable[[str], Signer]:
    return make_signer


@pytest.fixture
def alice() -> Signer:
    return make_signer("alice")


@pytest.fixture
def bob() -> Signer:
    return make_signer("bob")


@pytest.fixture
def mallory() -> Signer:
    return make_signer("mallory")


@pytest.fixture
def trusted(alice: Signer, bob: Signer) -> TrustedKeys:
    return TrustedKeys([alice.trusted_key, bob.trusted_key])
