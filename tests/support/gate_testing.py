"""Helpers for the gate tests (tests/gate): keys, signed runs and the CLI in-process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from residency.finalize import FinalizeOptions
from residency.keys import Signer

OPS_PASSPHRASE_ENV = "RESIDENCY_TEST_OPS_PASSPHRASE"


@dataclass
class Keys:
    ops_private: Path
    ops_public: Path  # the production trusted-keys file of these tests
    ops: Signer
    steward_private: Path
    steward_public: Path
    steward: Signer


@dataclass
class Runs:
    a: Path  # the sample data, signed with the (passphrase-protected) ops key
    b: Path  # another run (one input file), same key: the source of replays
    a_run_id: str
    b_run_id: str
    keys: Keys
    home: Path


def split_signed(out: Path, inputs: list[Path], options: FinalizeOptions) -> Any:
    from residency.pipelines.job import SplitJobConfig
    from residency.split import run_split

    config = SplitJobConfig(inputs=[str(i) for i in inputs], out=str(out))
    return run_split(config, [], progress=lambda _m: None, finalize=options)


def gate_cli(*args: str | Path) -> tuple[int, dict[str, Any], str]:
    """``residency gate ... --json`` in-process: (exit code, verdict, stderr)."""
    from residency.cli import main

    result = CliRunner().invoke(main, ["gate", *map(str, args), "--json"], catch_exceptions=False)
    verdict = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.exit_code, verdict, result.stderr


def cli(*args: str | Path) -> tuple[int, str, str]:
    from residency.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr
