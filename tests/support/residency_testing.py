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
