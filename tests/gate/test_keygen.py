"""``residency keygen``: 0600 private keys, passphrases, no overwriting."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from gate_testing import cli

from residency.errors import UsageError
from residency.keys import TrustedKeys, load_signer


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESIDENCY_HOME", str(tmp_path / "home"))


def test_keygen_writes_0600_private_key_and_a_trusted_public_key(tmp_path: Path) -> None:
    private = tmp_path / "keys" / "ops.pem"
    code, out, err = cli("keygen", "--out-private", private, "--name", "ops-2025", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    public = tmp_path / "keys" / "ops.pub.pem"
    assert result["public_key"] == str(public) and result["encrypted"] is False
    assert b"PRIVATE KEY" not in public.read_bytes()
    trusted = TrustedKeys.from_file(public)
    assert result["key_id"] in trusted and trusted.get(result["key_id"]).name == "ops-2025"
    assert load_signer(private).key_id == result["key_id"]


def test_keygen_encrypts_with_passphrase_from_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPS_KEY_PASSPHRASE", "s3cret passphrase")
    private, public = tmp_path / "ops.pem", tmp_path / "ops-public.pem"
    code, out, err = cli(
        "keygen",
        "--out-private",
        private,
        "--out-public",
        public,
        "--passphrase-env",
        "OPS_KEY_PASSPHRASE",
    )
    assert code == 0, err
    assert "s3cret" not in out + err
    assert b"ENCRYPTED PRIVATE KEY" in private.read_bytes()
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    with pytest.raises(UsageError, match="passphrase"):
        load_signer(private)
    with pytest.raises(UsageError, match="wrong passphrase"):
        load_signer(private, "wrong")
    assert load_signer(private, "s3cret passphrase").key_id in TrustedKeys.from_file(public)


def test_keygen_prompts_for_a_passphrase(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from residency.cli import main

    private = tmp_path / "ops.pem"
    result = CliRunner().invoke(
        main,
        ["keygen", "--out-private", str(private), "--prompt-passphrase"],
        input="typed phrase\ntyped phrase\n",
    )
    assert result.exit_code == 0, result.output
    assert load_signer(private, "typed phrase")


def test_keygen_refuses_to_overwrite(tmp_path: Path) -> None:
    private = tmp_path / "ops.pem"
    assert cli("keygen", "--out-private", private)[0] == 0
    before = private.read_bytes()
    code, _, err = cli("keygen", "--out-private", private)
    assert code == 2 and "refusing to overwrite" in err
    assert private.read_bytes() == before


def test_keygen_requires_the_passphrase_variable_to_be_set(tmp_path: Path) -> None:
    code, _, err = cli(
        "keygen", "--out-private", tmp_path / "k.pem", "--passphrase-env", "NOT_SET_ANYWHERE"
    )
    assert code == 2 and "NOT_SET_ANYWHERE" in err
    assert not (tmp_path / "k.pem").exists()
