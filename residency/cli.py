"""The ``residency`` command line.

Exit codes (every command): 0 done, 1 policy denies, 2 usage error, 3 integrity failure
(counts, digests or signatures do not agree), 4 infrastructure failure.  Never 99.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from residency.runtime import configure_offline_runtime

configure_offline_runtime()  # before Beam or Presidio are imported

from residency import __version__  # noqa: E402
from residency.errors import ExitCode, ResidencyError  # noqa: E402

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail(exc: ResidencyError, as_json: bool = False) -> None:
    """Print an expected failure without a traceback and exit with its code."""
    if as_json:
        click.echo(json.dumps({"ok": False, "exit_code": int(exc.exit_code), "error": str(exc)}))
    click.echo(f"residency: error: {exc}", err=True)
    sys.exit(int(exc.exit_code))


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn ResidencyError into its exit code and a one-line message."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ResidencyError as exc:
            fail(exc, bool(kwargs.get("as_json")))
        except KeyboardInterrupt:
            click.echo("residency: interrupted; nothing was published", err=True)
            sys.exit(int(ExitCode.INFRASTRUCTURE))

    return wrapper


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="residency")
def main() -> None:
    """Data-residency gate for fine-tuning data.

    \b
    Split a dataset into offshore (cleared of personal information), domestic/<J>
    (stays in its jurisdiction) and quarantine (could not be judged), sign the
    result, and gate training on the signature.

    \b
    Exit codes: 0 ok, 1 policy denies, 2 usage, 3 integrity, 4 infrastructure.
    """


def _register() -> None:
    from residency.commands import register

    register(main)


_register()
