"""Fixtures for the gate: real signed runs (once per module), keys, and the CLI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from gate_testing import OPS_PASSPHRASE_ENV, Keys, Runs, split_signed
from residency_testing import SAMPLE_DATA

from residency.finalize import FinalizeOptions
from residency.keys import generate_keypair


@pytest.fixture(scope="module")
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A RESIDENCY_HOME of this module's own (the development key lives there)."""
    home = tmp_path_factory.mktemp("residency-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RESIDENCY_HOME", str(home))
        mp.setenv(OPS_PASSPHRASE_ENV, "correct horse battery staple")
        yield home


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory, isolated_home: Path) -> Keys:
    folder = tmp_path_factory.mktemp("keys")
    ops = generate_keypair(
        folder / "ops.pem",
        folder / "ops.pub.pem",
        os.environ[OPS_PASSPHRASE_ENV],
        name="ops-signing-2025",
    )
    steward = generate_keypair(
        folder / "steward.pem", folder / "steward.pub.pem", name="data-steward"
    )
    return Keys(
        folder / "ops.pem",
        folder / "ops.pub.pem",
        ops,
        folder / "steward.pem",
        folder / "steward.pub.pem",
        steward,
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, keys: Keys, isolated_home: Path) -> Runs:
    options = {
        "key": str(keys.ops_private),
        "key_passphrase_env": OPS_PASSPHRASE_ENV,
        "trusted_keys": str(keys.ops_public),
    }
    root = tmp_path_factory.mktemp("runs")
    a = split_signed(root / "a", [SAMPLE_DATA], FinalizeOptions(**options))
    b = split_signed(root / "b", [SAMPLE_DATA / "instructions.jsonl"], FinalizeOptions(**options))
    return Runs(root / "a", root / "b", a.run_id, b.run_id, keys, isolated_home)


@pytest.fixture
def run_a(runs: Runs, tmp_path: Path) -> Path:
    """A private copy of run A to attack."""
    copy = tmp_path / "run"
    shutil.copytree(runs.a, copy)
    return copy
