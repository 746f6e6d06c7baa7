"""``residency report DIR`` (rebuild the steward's report) and ``residency review DIR``."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import click

from residency.cli import CONTEXT, guarded


@click.command("report", context_settings=CONTEXT)
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option(
    "--trusted-keys",
    default=None,
    help="Trusted-keys file to check the manifest signature with (default: this machine's).",
)
@guarded
def report_command(run_dir: str, trusted_keys: str | None) -> None:
    """Rebuild RUN_DIR/report.html from the run folder (no record is read)."""
    from residency.report import write_report

    click.echo(str(write_report(_run_folder(run_dir), trusted_keys)))


@click.command("review", context_settings=CONTEXT)
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option("--open", "open_it", is_flag=True, help="Open the report in a local browser.")
@guarded
def review_command(run_dir: str, open_it: bool) -> None:
    """Print the path of RUN_DIR's report (building it if missing); --open opens it."""
    from residency.report import REPORT_FILE, write_report

    root = _run_folder(run_dir)
    path = root / REPORT_FILE
    if not path.exists():
        path = write_report(root)
    click.echo(str(path.resolve()))
    if open_it:
        _open(path.resolve())


def _run_folder(run_dir: str) -> Path:
    from residency.errors import UsageError

    root = Path(run_dir)
    if not (root / "manifest.json").is_file():
        raise UsageError(f"{run_dir}: no manifest.json here; pass the --out folder of a split run")
    return root


def _open(path: Path) -> None:
    """Open a local file with the desktop's viewer; never a URL."""
    opener = shutil.which("xdg-open") or shutil.which("open")
    if opener and (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or opener.endswith("/open")
    ):
        subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return
    import webbrowser

    if not webbrowser.open(path.as_uri()):
        click.echo("residency: no browser here; open the path above yourself", err=True)


def register(group: click.Group) -> None:
    group.add_command(report_command)
    group.add_command(review_command)
