"""Ed25519 signing keys, trusted-key sets and the local development key.

Formats
-------
* Private key: PKCS#8 PEM, optionally passphrase-encrypted, file mode 0600.
* Public key: SubjectPublicKeyInfo PEM, optionally preceded by a ``# name: <name>`` line.
* Key id: lowercase sha256 hex of the **raw 32-byte Ed25519 public key** (not of the
  SPKI DER), so it is the same whatever the key's file encoding.
* Trusted-keys file, either

  - JSON: ``{"keys": [{"name": "ops-2025", "public_key": "-----BEGIN PUBLIC KEY-----..."},
    ...]}``; an optional ``"key_id"`` per entry must match the computed id; or
  - text: one or more PEM ``PUBLIC KEY`` blocks, each optionally preceded by a
    ``# name: <name>`` line (so a public-key file is itself a trusted-keys file).

Only Ed25519 keys are accepted. Error messages name files and key ids, never key bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from residency.errors import UsageError

DEV_KEY_NAME = "residency-development-key (NOT FOR PRODUCTION)"
DEV_KEY_DIRNAME = "dev-key"
PRIVATE_KEY_MODE = 0o600

_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----\r?\n.*?-----END PUBLIC KEY-----", re.DOTALL)
_NAME_LINE = re.compile(rb"^#\s*name:\s*(.+?)\s*$", re.MULTILINE)


def key_id(public_key: Ed25519PublicKey) -> str:
    """sha256 hex of the raw 32-byte public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def public_key_pem(public_key: Ed25519PublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


@dataclass(frozen=True)
class TrustedKey:
    """A public key trusted to sign, with a human name for messages and reports."""

    name: str
    public_key: Ed25519PublicKey
    key_id: str

    @classmethod
    def from_public_key(cls, public_key: Ed25519PublicKey, name: str | None = None) -> TrustedKey:
        kid = key_id(public_key)
        return cls(name=name or f"key {kid[:16]}", public_key=public_key, key_id=kid)

    @property
    def is_development(self) -> bool:
        return self.name == DEV_KEY_NAME

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "key_id": self.key_id,
            "public_key": public_key_pem(self.public_key),
        }


class Signer:
    """An Ed25519 private key with its id and name; ``sign`` returns the raw signature."""

    def __init__(self, private_key: Ed25519PrivateKey, name: str | None = None) -> None:
        self._private_key = private_key
        self.public_key = private_key.public_key()
        self.key_id = key_id(self.public_key)
        self.name = name or f"key {self.key_id[:16]}"

    def sign(self, data: bytes) -> bytes:
        return self._private_key.sign(data)

    @property
    def trusted_key(self) -> TrustedKey:
        return TrustedKey(self.name, self.public_key, self.key_id)

    def __repr__(self) -> str:  # never show key material
        return f"Signer(name={self.name!r}, key_id={self.key_id!r})"


class TrustedKeys:
    """An immutable set of trusted public keys, looked up by key id."""

    def __init__(self, keys: Iterable[TrustedKey] = ()) -> None:
        self._keys: dict[str, TrustedKey] = {}
        for key in keys:
            self._keys.setdefault(key.key_id, key)

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[TrustedKey]:
        return iter(self._keys.values())

    def __contains__(self, keyid: object) -> bool:
        return keyid in self._keys

    def get(self, keyid: str) -> TrustedKey | None:
        return self._keys.get(keyid)

    def __repr__(self) -> str:
        return f"TrustedKeys({[k.name for k in self]!r})"

    def union(self, other: TrustedKeys) -> TrustedKeys:
        return TrustedKeys([*self, *other])

    @classmethod
    def from_public_keys(cls, *keys: Ed25519PublicKey | TrustedKey) -> TrustedKeys:
        return cls(k if isinstance(k, TrustedKey) else TrustedKey.from_public_key(k) for k in keys)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> TrustedKeys:
        """Load a trusted-keys file (JSON or PEM text, see the module docstring)."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read trusted-keys file {path}: {exc.strerror}") from None
        keys = (
            _parse_json_keys(data, path)
            if data.lstrip()[:1] == b"{"
            else _parse_pem_keys(data, path)
        )
        if not keys:
            raise UsageError(f"trusted-keys file {path} lists no public keys")
        return cls(keys)

    @classmethod
    def from_files(cls, paths: Iterable[str | os.PathLike[str]]) -> TrustedKeys:
        """Union of several trusted-keys or public-key PEM files."""
        keys: list[TrustedKey] = []
        for path in paths:
            keys.extend(cls.from_file(path))
        return cls(keys)

    def to_json(self) -> str:
        """This set as a JSON trusted-keys file."""
        return json.dumps({"keys": [k.to_json() for k in self]}, indent=2) + "\n"


def _load_public(pem: bytes, path: Path, where: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise UsageError(f"{path}: {where} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(f"{path}: {where} is not an Ed25519 key (only Ed25519 is supported)")
    return key


def _parse_json_keys(data: bytes, path: Path) -> list[TrustedKey]:
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"trusted-keys file {path} is not valid JSON: {exc}") from None
    entries = doc.get("keys") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise UsageError(f'trusted-keys file {path} must be {{"keys": [...]}}')
    keys = []
    for index, entry in enumerate(entries):
        where = f"keys[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("public_key"), str):
            raise UsageError(f'{path}: {where} needs a "public_key" PEM string')
        public = _load_public(entry["public_key"].encode("ascii", "replace"), path, where)
        name = entry.get("name")
        key = TrustedKey.from_public_key(public, name if isinstance(name, str) else None)
        claimed = entry.get("key_id")
        if claimed is not None and claimed != key.key_id:
            raise UsageError(
                f"{path}: {where} key_id {claimed!r} does not match its public key ({key.key_id})"
            )
        keys.append(key)
    return keys


def _parse_pem_keys(data: bytes, path: Path) -> list[TrustedKey]:
    keys = []
    position = 0
    for index, match in enumerate(_PEM_BLOCK.finditer(data)):
        preamble = data[position : match.start()]
        position = match.end()
        names = _NAME_LINE.findall(preamble)
        name = names[-1].decode("utf-8", "replace") if names else None
        public = _load_public(match.group(0), path, f"PEM block #{index + 1}")
        keys.append(TrustedKey.from_public_key(public, name))
    if not keys and b"PRIVATE KEY" in data:
        raise UsageError(f"{path} holds a private key: give the public key file instead")
    return keys


def _check_private_mode(path: Path) -> None:
    if os.name != "posix":
        return
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise UsageError(
            f"private key file {path} is accessible by group/other (mode {mode:04o}); "
            f"restrict it with `chmod 600 {path}`"
        )


def load_signer(
    path: str | os.PathLike[str], passphrase: str | bytes | None = None, *, name: str | None = None
) -> Signer:
    """Load an Ed25519 private key; refuse files readable by anyone but the owner."""
    path = Path(path)
    try:
        _check_private_mode(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"private key file {path} does not exist") from None
    except OSError as exc:
        raise UsageError(f"cannot read private key file {path}: {exc.strerror}") from None
    password = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    encrypted = b"ENCRYPTED PRIVATE KEY" in data
    if encrypted and not password:
        raise UsageError(f"private key {path} is encrypted: a passphrase is required")
    if not encrypted and password:
        raise UsageError(f"private key {path} is not encrypted: do not pass a passphrase")
    try:
        key = serialization.load_pem_private_key(data, password if encrypted else None)
    except (ValueError, TypeError):
        if encrypted:
            raise UsageError(f"wrong passphrase for private key {path}") from None
        raise UsageError(f"{path} is not a PEM (PKCS#8) private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UsageError(f"{path} is not an Ed25519 private key (only Ed25519 is supported)")
    return Signer(key, name)


def _write_exclusive(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` with ``mode`` and full contents, or fail if it exists.

    The bytes go to a temporary file created with O_EXCL and ``mode`` (never wider),
    which is then hard-linked into place, so nobody sees a partial or wider-mode file.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # FileExistsError if someone else created it
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: O_EXCL in place instead
            fd2 = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            with os.fdopen(fd2, "wb") as fh:
                fh.write(data)
    finally:
        tmp.unlink(missing_ok=True)


def generate_keypair(
    private_path: str | os.PathLike[str],
    public_path: str | os.PathLike[str],
    passphrase: str | bytes | None = None,
    *,
    name: str | None = None,
) -> Signer:
    """Create a new Ed25519 key pair; the private file is 0600 and never overwritten."""
    private_path, public_path = Path(private_path), Path(public_path)
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError(f"{path} already exists: refusing to overwrite a key file")
    password = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    key = Ed25519PrivateKey.generate()
    signer = Signer(key, name)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    header = f"# name: {signer.name}\n# key_id: {signer.key_id}\n".encode()
    public_pem = header + public_key_pem(signer.public_key).encode("ascii")
    private_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    public_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _write_exclusive(private_path, private_pem, PRIVATE_KEY_MODE)
    except FileExistsError:
        raise UsageError(f"{private_path} already exists: refusing to overwrite") from None
    try:
        _write_exclusive(public_path, public_pem, 0o644)
    except FileExistsError:
        private_path.unlink(missing_ok=True)
        raise UsageError(f"{public_path} already exists: refusing to overwrite") from None
    return signer


# --- development key ---------------------------------------------------------------


def residency_home() -> Path:
    """``$RESIDENCY_HOME``, else ``$XDG_CONFIG_HOME/residency`` (default ``~/.config``)."""
    if home := os.environ.get("RESIDENCY_HOME"):
        return Path(home)
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "residency"


def dev_key_paths() -> tuple[Path, Path]:
    """(private, public) paths of this user's development key, outside any checkout."""
    folder = residency_home() / DEV_KEY_DIRNAME
    return folder / "dev-key.pem", folder / "dev-key.pub.pem"


def ensure_dev_signer() -> Signer:
    """The local DEVELOPMENT signer, created (unencrypted, 0600) on first use."""
    private, public = dev_key_paths()
    if not private.exists():
        folder = private.parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# residency development key: never commit\n*\n")
        try:
            return generate_keypair(private, public, name=DEV_KEY_NAME)
        except UsageError:
            if not private.exists():
                raise
            # another process created it at the same moment: use theirs
    return load_signer(private, name=DEV_KEY_NAME)


def dev_trusted_keys() -> TrustedKeys:
    """A trusted set holding only the local development key (never use in production)."""
    private, public = dev_key_paths()
    if public.exists():
        keys = [
            TrustedKey.from_public_key(k.public_key, DEV_KEY_NAME)
            for k in TrustedKeys.from_file(public)
        ]
        return TrustedKeys(keys)
    if private.exists():
        return TrustedKeys([load_signer(private, name=DEV_KEY_NAME).trusted_key])
    raise UsageError(
        f"no development key at {private.parent}: sign a run first (it creates one) "
        "or pass --trusted-keys"
    )
