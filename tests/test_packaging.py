"""The wheel: one `residency.*` namespace, package data included, runs from a fresh venv."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from residency_testing import ROOT, SAMPLE_DATA

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("packaging")]


# What a build needs none of (and what another process may be writing meanwhile).
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", ".mypy_cache", ".pytest_cache",
    ".ruff_cache", "__pycache__", "demo-out", "node_modules",
)  # fmt: skip


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the source tree (the checkout's own ``build/`` and
    ``*.egg-info`` belong to its editable install)."""
    dist = tmp_path_factory.mktemp("dist")
    source = tmp_path_factory.mktemp("source") / "residency"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE, symlinks=True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(source),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path_factory.mktemp("build-cwd"),
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    (found,) = dist.glob("residency-*.whl")
    return found


def test_wheel_installs_only_the_residency_namespace(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    assert top == {"residency"}, top
    for required in (
        "residency/pipelines/job.py",
        "residency/detectors/engine.py",
        "residency/policies/__init__.py",
        "residency/detectors/chinese/figures_zh.txt",
        "residency/detectors/chinese/figures_en.txt",
        "residency/detectors/chinese/organisations.txt",
    ):
        assert required in names
    assert any(n.startswith("residency/policies/packs/") and n.endswith(".yaml") for n in names)


def test_every_source_folder_is_listed_as_a_package() -> None:
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    mapping = {
        "residency": "residency",
        "pipelines": "residency.pipelines",
        "detectors": "residency.detectors",
        "policies": "residency.policies",
    }
    for folder, package in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder).parts
            assert ".".join([package, *rel]) in listed, f"{init} is not packaged"


def test_wheel_runs_the_cli_from_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Third-party dependencies come from the project's pinned environment (a path entry,
    # so the editable install's finder there is not activated).
    site = Path(
        subprocess.check_output(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    bare = subprocess.run(
        [str(py), "-c", "import pipelines"], capture_output=True, cwd=tmp_path, env=env
    )
    assert bare.returncode != 0, "a bare 'pipelines' package is importable"
    where = subprocess.check_output(
        [str(py), "-c", "import residency.pipelines as p; print(p.__file__)"],
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert str(site) in where
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(venv / "bin" / "residency"), "split", str(SAMPLE_DATA), "--out", str(out), "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["counts"]["records_read"] == 24


def test_python_dash_m_residency_runs_the_same_cli() -> None:
    """``python -m residency`` is the script's twin (for environments without the script)."""
    proc = subprocess.run(
        [sys.executable, "-P", "-m", "residency", "policy", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "pipl" in proc.stdout
