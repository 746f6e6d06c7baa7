"""The same job on other runners gives identical outputs (byte-identical split files).

The portable runner talks to Beam's job service over the same Job API that the Flink
and Spark job servers speak, with the LOOPBACK environment (workers in this process).
The other runners read the inputs in small byte ranges (many per file), the reference
run in one range per file: the outputs must not depend on how the inputs were cut.
"""

from __future__ import annotations

import hashlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from residency_testing import SAMPLE_DATA, run_job

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("runners")]

SMALL_RANGE_BYTES = 200  # sample_data/support_chats.jsonl (2.3 kB): 12 ranges


@pytest.fixture
def small_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plan every JSONL input in ~200-byte ranges (lines cross their boundaries)."""
    import residency.inputs as inputs

    monkeypatch.setattr(inputs, "MIN_RANGE_BYTES", SMALL_RANGE_BYTES)
    files = inputs.plan_inputs(inputs.expand_inputs([str(SAMPLE_DATA)]))
    counts = {Path(f.path).name: len(f.ranges) for f in files}
    assert counts["support_chats.jsonl"] > 10 and counts["instructions.jsonl"] > 4


def _digests(out: Path) -> dict[str, str]:
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and p.parts[len(out.parts)] in ("offshore", "domestic", "quarantine", "decisions")
    }


@pytest.fixture(scope="module")
def local_digests(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("local") / "run"
    run_job(out, [SAMPLE_DATA], shards=2)
    return _digests(out)


@pytest.fixture(scope="module")
def job_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path_factory.mktemp("jobsvc") / "service.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "apache_beam.runners.portability.local_job_service_main",
                "--port",
                str(port),
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None:
                pytest.fail(f"job service exited: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        else:
            pytest.fail("job service did not start")
        yield f"localhost:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.usefixtures("small_ranges")
def test_portable_runner_gives_identical_outputs(
    tmp_path: Path, local_digests: dict[str, str], job_endpoint: str
) -> None:
    out = tmp_path / "run"
    outcome = run_job(
        out,
        [SAMPLE_DATA],
        beam_args=[
            "--runner=PortableRunner",
            f"--job_endpoint={job_endpoint}",
            "--environment_type=LOOPBACK",
        ],
        shards=2,
    )
    assert outcome.runner == "PortableRunner"
    assert _digests(out) == local_digests


@pytest.mark.usefixtures("small_ranges")
def test_two_worker_processes_give_identical_outputs(
    tmp_path: Path, local_digests: dict[str, str]
) -> None:
    out = tmp_path / "run"
    run_job(
        out,
        [SAMPLE_DATA],
        beam_args=["--direct_num_workers=2", "--direct_running_mode=multi_processing"],
        shards=2,
    )
    assert _digests(out) == local_digests


@pytest.mark.usefixtures("small_ranges")
def test_one_worker_reading_small_ranges_gives_identical_outputs(
    tmp_path: Path, local_digests: dict[str, str]
) -> None:
    out = tmp_path / "run"
    run_job(out, [SAMPLE_DATA], shards=2)
    assert _digests(out) == local_digests
