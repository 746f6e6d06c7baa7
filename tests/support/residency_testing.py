"""Test helpers: running split jobs, reading their outputs, blocking the network."""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DATA = ROOT / "sample_data"
NO_NETWORK_DIR = Path(__file__).resolve().parent / "no_network"


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(record if isinstance(record, str) else json.dumps(record, ensure_ascii=False))
            fh.write("\n")
    return path


def read_rows(out: Path, folder: str) -> list[dict[str, Any]]:
    """All rows under ``out/folder`` (Parquet or JSONL), any depth."""
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    base = out / folder
    if not base.exists():
        return rows
    for path in sorted(base.rglob("*")):
        if path.suffix == ".parquet":
            rows.extend(pq.read_table(path).to_pylist())
        elif path.suffix == ".jsonl":
            rows.extend(json.loads(line) for line in path.read_text("utf-8").splitlines())
    return rows


def split_ids(out: Path) -> dict[str, set[str]]:
    return {s: {r["id"] for r in read_rows(out, s)} for s in ("offshore", "domestic", "quarantine")}


def run_job(
    out: Path, inputs: list[str | Path], beam_args: list[str] | None = None, **config: Any
) -> Any:
    """Run the split job in-process; returns the SplitOutcome."""
    from residency.pipelines.job import SplitJobConfig
    from residency.split import run_split

    cfg = SplitJobConfig(inputs=[str(i) for i in inputs], out=str(out), **config)
    return run_split(cfg, beam_args or [], progress=lambda _m: None)


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Block outbound sockets in this process (loopback stays allowed)."""
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family == socket.AF_UNIX or host in ("127.0.0.1", "::1", "localhost"):
            return real_connect(self, address)
        raise NetworkBlocked(f"outbound connection attempted to {host}")

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in (None, "localhost", "127.0.0.1", "::1", "0.0.0.0", ""):
            return real_getaddrinfo(host, *args, **kwargs)
        raise NetworkBlocked(f"DNS lookup attempted for {host}")

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    yield


def no_network_env() -> dict[str, str]:
    """Environment for a subprocess whose outbound sockets are blocked (via sitecustomize)."""
    env = dict(os.environ)
    paths = [str(NO_NETWORK_DIR), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env["RESIDENCY_BLOCK_NETWORK"] = "1"
    return env


def residency_cmd() -> list[str]:
    return [str(Path(sys.executable).with_name("residency"))]


# --- reliability helpers (tests/reliability) ---------------------------------------------

CRASH_POINTS_DIR = Path(__file__).resolve().parent / "crash_points"
SPLIT_FOLDERS = ("offshore", "domestic", "quarantine")


def crash_env(point: str, marker: Path) -> dict[str, str]:
    """Environment for a ``residency`` subprocess that stops at ``point`` (see crash_points/)."""
    env = no_network_env()
    env["PYTHONPATH"] = os.pathsep.join([str(CRASH_POINTS_DIR), env["PYTHONPATH"]])
    env["RESIDENCY_TEST_CRASH_POINT"] = point
    env["RESIDENCY_TEST_CRASH_MARKER"] = str(marker)
    return env


def assert_run_whole(out: Path) -> dict[str, Any]:
    """Assert ``out`` is a complete published run; return its manifest.json.

    Whole means: only known files (no hidden, temporary, ``beam-temp`` or ``_stats``
    files), every output file reads completely, the decision log has one row per record
    in the splits, the counts in ``manifest.json`` match the rows on disk, and the signed
    manifest (when the run has one) verifies against the run's own public key.
    """
    import pyarrow.parquet as pq

    for path in out.rglob("*"):
        rel = path.relative_to(out).as_posix()
        assert not any(p.startswith((".", "_")) for p in rel.split("/")), rel
        assert "beam-temp" not in rel and not rel.endswith((".tmp", ".partial")), rel
        if path.is_file() and rel.split("/", 1)[0] in (*SPLIT_FOLDERS, "decisions"):
            assert path.suffix in (".parquet", ".jsonl"), rel
            if path.suffix == ".parquet":
                pq.read_table(path)  # a truncated file raises
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    counts = manifest["counts"]
    decisions = read_rows(out, "decisions")
    in_splits = [r["id"] for s in SPLIT_FOLDERS for r in read_rows(out, s)]
    assert sorted(in_splits) == sorted(d["id"] for d in decisions)
    assert counts["records_read"] == len(decisions) == sum(counts["splits"].values())
    for split in SPLIT_FOLDERS:
        assert len(read_rows(out, split)) == counts["splits"].get(split, 0), split
    signed = out / "manifest.intoto.json"
    if signed.exists():
        from residency.keys import TrustedKeys
        from residency.verify import verify_run

        verify_run(out, TrustedKeys.from_file(out / "signer.pub.pem"))
    return manifest
