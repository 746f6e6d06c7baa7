"""Key files: 0600 private keys, passphrases, trusted-key files and the development key."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from residency.dsse import UntrustedKeyError, sign_envelope, verify_envelope
from residency.errors import UsageError
from residency.keys import (
    DEV_KEY_NAME,
    Signer,
    TrustedKeys,
    dev_key_paths,
    dev_trusted_keys,
    ensure_dev_signer,
    generate_keypair,
    key_id,
    load_signer,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private_pem_text(signer: Signer) -> str:
    return signer._private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_key_id_is_sha256_of_raw_public_key() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert key_id(key) == hashlib.sha256(raw).hexdigest()


@posix_only
def test_generate_keypair_writes_private_key_0600(tmp_path: Path) -> None:
    previous = os.umask(0)  # even a permissive umask must not widen the private key
    try:
        signer = generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub.pem", name="ops")
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "k.pem") == 0o600
    assert b"BEGIN PRIVATE KEY" in (tmp_path / "k.pem").read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    loaded = load_signer(tmp_path / "k.pem")
    assert loaded.key_id == signer.key_id
    trusted = TrustedKeys.from_file(tmp_path / "k.pub.pem")
    assert [(k.name, k.key_id) for k in trusted] == [("ops", signer.key_id)]


def test_generate_keypair_refuses_to_overwrite(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub.pem")
    before = (tmp_path / "k.pem").read_bytes()
    with pytest.raises(UsageError, match="already exists"):
        generate_keypair(tmp_path / "k.pem", tmp_path / "other.pub.pem")
    assert (tmp_path / "k.pem").read_bytes() == before
    assert not (tmp_path / "other.pub.pem").exists()


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_load_signer_refuses_private_key_readable_by_others(tmp_path: Path, mode: int) -> None:
    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub.pem")
    (tmp_path / "k.pem").chmod(mode)
    with pytest.raises(UsageError) as info:
        load_signer(tmp_path / "k.pem")
    message = str(info.value)
    assert str(tmp_path / "k.pem") in message
    assert "chmod 600" in message


def test_passphrase_protected_key_round_trip(tmp_path: Path) -> None:
    signer = generate_keypair(
        tmp_path / "k.pem", tmp_path / "k.pub.pem", passphrase="correct horse"
    )
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "k.pem").read_bytes()
    loaded = load_signer(tmp_path / "k.pem", passphrase="correct horse")
    envelope = sign_envelope(b"x", "t", loaded)
    assert verify_envelope(envelope, TrustedKeys([signer.trusted_key])).payload == b"x"


def test_wrong_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub.pem", passphrase="correct horse")
    with pytest.raises(UsageError) as info:
        load_signer(tmp_path / "k.pem", passphrase="battery staple")
    message = str(info.value)
    assert message == f"wrong passphrase for private key {tmp_path / 'k.pem'}"
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_missing_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub.pem", passphrase="pw")
    with pytest.raises(UsageError, match="encrypted: a passphrase is required"):
        load_signer(tmp_path / "k.pem")


def test_passphrase_for_unencrypted_key_is_refused(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub.pem")
    with pytest.raises(UsageError, match="not encrypted"):
        load_signer(tmp_path / "k.pem", passphrase="pw")


def test_missing_and_garbage_private_key_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        load_signer(tmp_path / "absent.pem")
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key")
    junk.chmod(0o600)
    with pytest.raises(UsageError, match="not a PEM"):
        load_signer(junk)


def test_non_ed25519_private_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ec.pem"
    pem = generate_private_key(SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, pem)
    os.close(fd)
    with pytest.raises(UsageError, match="Ed25519"):
        load_signer(path)


def test_signer_repr_shows_no_key_material(alice: Signer) -> None:
    text = repr(alice)
    assert alice.key_id in text
    assert "PRIVATE" not in text
    assert _private_pem_text(alice).splitlines()[1] not in text


# --- trusted-keys files -----------------------------------------------------------------


def test_trusted_keys_json_file(tmp_path: Path, alice: Signer, bob: Signer) -> None:
    path = tmp_path / "trusted.json"
    path.write_text(TrustedKeys([alice.trusted_key, bob.trusted_key]).to_json())
    trusted = TrustedKeys.from_file(path)
    assert {(k.name, k.key_id) for k in trusted} == {
        ("alice", alice.key_id),
        ("bob", bob.key_id),
    }
    assert alice.key_id in trusted


def test_trusted_keys_json_rejects_wrong_key_id(tmp_path: Path, alice: Signer) -> None:
    entry = alice.trusted_key.to_json() | {"key_id": "0" * 64}
    path = tmp_path / "trusted.json"
    path.write_text(json.dumps({"keys": [entry]}))
    with pytest.raises(UsageError, match="does not match"):
        TrustedKeys.from_file(path)


def test_trusted_keys_pem_text_file_with_names(tmp_path: Path, alice: Signer, bob: Signer) -> None:
    from residency.keys import public_key_pem

    path = tmp_path / "trusted.pem"
    path.write_text(
        f"# name: alice\n{public_key_pem(alice.public_key)}\n{public_key_pem(bob.public_key)}"
    )
    keys = list(TrustedKeys.from_file(path))
    assert [k.key_id for k in keys] == [alice.key_id, bob.key_id]
    assert keys[0].name == "alice"
    assert keys[1].name.startswith("key ")


def test_trusted_keys_refuses_private_key_file(tmp_path: Path, alice: Signer) -> None:
    path = tmp_path / "oops.pem"
    path.write_text(_private_pem_text(alice))
    with pytest.raises(UsageError) as info:
        TrustedKeys.from_file(path)
    assert "private key" in str(info.value)
    assert _private_pem_text(alice).splitlines()[1] not in str(info.value)


@pytest.mark.parametrize("content", ["", "{}", '{"keys": [{"name": "x"}]}', "{not json"])
def test_trusted_keys_rejects_bad_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "trusted.json"
    path.write_text(content)
    with pytest.raises(UsageError, match=str(path)):
        TrustedKeys.from_file(path)


def test_trusted_keys_from_several_files(tmp_path: Path) -> None:
    a = generate_keypair(tmp_path / "a.pem", tmp_path / "a.pub.pem", name="a")
    b = generate_keypair(tmp_path / "b.pem", tmp_path / "b.pub.pem", name="b")
    trusted = TrustedKeys.from_files([tmp_path / "a.pub.pem", tmp_path / "b.pub.pem"])
    assert {k.key_id for k in trusted} == {a.key_id, b.key_id}


# --- development key ----------------------------------------------------------------------


@posix_only
def test_dev_key_is_created_on_first_use_outside_the_repo(_isolated_home: Path) -> None:
    private, public = dev_key_paths()
    assert private.is_relative_to(_isolated_home)
    assert not private.exists()
    signer = ensure_dev_signer()
    assert signer.name == DEV_KEY_NAME
    assert "NOT FOR PRODUCTION" in signer.name
    assert _mode(private) == 0o600
    assert DEV_KEY_NAME in public.read_text()
    assert (private.parent / ".gitignore").read_text().strip().endswith("*")
    assert ensure_dev_signer().key_id == signer.key_id  # reused, not regenerated


def test_dev_trusted_keys_trusts_only_the_dev_key(alice: Signer) -> None:
    dev = ensure_dev_signer()
    trusted = dev_trusted_keys()
    assert [k.key_id for k in trusted] == [dev.key_id]
    assert all(k.is_development for k in trusted)
    verify_envelope(sign_envelope(b"x", "t", dev), trusted)
    with pytest.raises(UntrustedKeyError):
        verify_envelope(sign_envelope(b"x", "t", alice), trusted)


def test_dev_trusted_keys_without_a_dev_key_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no development key"):
        dev_trusted_keys()


def test_dev_key_dir_defaults_to_user_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("RESIDENCY_HOME")
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    private, _ = dev_key_paths()
    assert private.parent == tmp_path / ".config" / "residency" / "dev-key"
