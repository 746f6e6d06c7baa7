"""Crash safety: ``kill -9`` at any point leaves ``DIR`` absent or whole, and a rerun works.

Each run is a real ``residency split`` subprocess stopped at a named point by the
test-only ``tests/support/crash_points/sitecustomize.py`` and then killed with SIGKILL:

- ``scan``: a worker is scanning records;
- ``write``: a sink has written the first bytes of an output file (a partial file);
- ``finalize``: the run reconciled and wrote its manifest, the rename has not happened;
- ``publish``: the staging folder has just been renamed to ``DIR``.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from residency_testing import (
    SAMPLE_DATA,
    assert_run_whole,
    crash_env,
    no_network_env,
    residency_cmd,
)

from residency.split import remove_stale_staging, staging_path

pytestmark = pytest.mark.xdist_group("crash_safety")

POINTS = ("scan", "write", "finalize", "publish")
WAIT_SECONDS = 600


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _stagings(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.staging-*"))


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Start one split per point at once, kill each with SIGKILL when it gets there."""
    procs = {}
    for point in POINTS:
        base = tmp_path_factory.mktemp(point)
        marker = base / "reached"
        cmd = [*residency_cmd(), "split", str(SAMPLE_DATA), "--out", str(base / "run")]
        procs[point] = (
            base,
            marker,
            subprocess.Popen(
                cmd,
                env=crash_env(point, marker),
                stdout=open(base / "stdout", "wb"),  # noqa: SIM115
                stderr=open(base / "stderr", "wb"),  # noqa: SIM115
            ),
        )
    deadline = time.monotonic() + WAIT_SECONDS
    pending = set(POINTS)
    try:
        while pending and time.monotonic() < deadline:
            for point in sorted(pending):
                base, marker, proc = procs[point]
                if marker.exists():
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait()
                    pending.discard(point)
                elif proc.poll() is not None:
                    pytest.fail(
                        f"{point}: the job ended ({proc.returncode}) before the crash point: "
                        + (base / "stderr").read_text("utf-8", "replace")[-2000:]
                    )
            time.sleep(0.2)
    finally:
        for _, _, proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert not pending, f"never reached: {sorted(pending)}"
    return {point: procs[point][0] / "run" for point in POINTS}


@pytest.mark.parametrize("point", ["scan", "write", "finalize"])
def test_kill_before_publish_leaves_no_output_folder(killed: dict[str, Path], point: str) -> None:
    out = killed[point]
    assert not out.exists(), f"killed while {point}: {out} exists"
    # The unpublished work stays in the private staging folder beside DIR, never in DIR.
    assert len(_stagings(out)) == 1


def test_kill_while_writing_left_a_partial_file_only_in_staging(killed: dict[str, Path]) -> None:
    (staging,) = _stagings(killed["write"])
    files = [p for p in staging.rglob("*") if p.is_file()]
    assert files, "the sink had not started writing: the crash point is wrong"


def test_kill_after_publish_leaves_a_whole_run(killed: dict[str, Path]) -> None:
    out = killed["publish"]
    manifest = assert_run_whole(out)
    assert manifest["counts"]["records_read"] == 24
    assert not _stagings(out)


def test_rerun_into_a_whole_run_is_refused_and_changes_nothing(killed: dict[str, Path]) -> None:
    out = killed["publish"]
    before = _digests(out)
    proc = subprocess.run(
        [*residency_cmd(), "split", str(SAMPLE_DATA), "--out", str(out)],
        capture_output=True,
        text=True,
        env=no_network_env(),
        timeout=WAIT_SECONDS,
    )
    assert proc.returncode == 2 and "not empty" in proc.stderr, proc.stderr
    assert _digests(out) == before


def test_rerun_after_kill_succeeds_and_keeps_nothing_of_the_killed_run(
    killed: dict[str, Path],
) -> None:
    """Rerun into the same DIR after a kill mid-write and a kill just before the rename."""
    reruns = {}
    old_run_ids = {}
    for point in ("write", "finalize"):
        out = killed[point]
        (staging,) = _stagings(out)
        old = staging / "manifest.json"
        old_run_ids[point] = json.loads(old.read_text())["run_id"] if old.exists() else None
        reruns[point] = subprocess.Popen(
            [*residency_cmd(), "split", str(SAMPLE_DATA), "--out", str(out), "--json"],
            env=no_network_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert old_run_ids["finalize"], "the finalize crash point came before the manifest"
    for point, proc in reruns.items():
        stdout, stderr = proc.communicate(timeout=WAIT_SECONDS)
        out = killed[point]
        assert proc.returncode == 0, stderr
        assert "left unpublished by an interrupted run" in stderr
        assert not _stagings(out), "the killed run's staging folder is still there"
        manifest = assert_run_whole(out)
        assert manifest["run_id"] == json.loads(stdout)["run_id"] != old_run_ids[point]
        assert manifest["counts"]["records_read"] == 24


def test_a_live_runs_staging_folder_is_never_removed(tmp_path: Path) -> None:
    out = tmp_path / "run"
    live = Path(staging_path(str(out), "live"))
    dead = Path(staging_path(str(out), "dead"))
    other = tmp_path / ".other.staging-dead"
    for folder in (live, dead, other):
        folder.mkdir()
        (folder / "part-00000.parquet").write_bytes(b"PAR1")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # what a running split holds
    try:
        said: list[str] = []
        removed = remove_stale_staging(str(out), said.append)
    finally:
        os.close(fd)
    assert removed == [str(dead)] and len(said) == 1
    assert live.exists() and other.exists() and not dead.exists()
