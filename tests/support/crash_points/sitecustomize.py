"""Test-only: make a ``residency`` subprocess stop at a named point so a test can kill it.

Put this folder on ``PYTHONPATH`` and set ``RESIDENCY_TEST_CRASH_POINT`` to one of
:data:`POINTS` and ``RESIDENCY_TEST_CRASH_MARKER`` to a file path: when the process
reaches the point it writes the marker file and sleeps until it is killed.  Nothing
in the product knows about this; it patches functions after importing them.
The network guard of ``tests/support/no_network`` is applied too when asked for.
"""

import os
import runpy
import time

POINTS = ("scan", "write", "reconcile", "finalize", "publish")

_guard = os.path.join(os.path.dirname(os.path.dirname(__file__)), "no_network", "sitecustomize.py")
if os.path.exists(_guard):
    runpy.run_path(_guard)

_POINT = os.environ.get("RESIDENCY_TEST_CRASH_POINT")
_MARKER = os.environ.get("RESIDENCY_TEST_CRASH_MARKER", "")


def _stop_here() -> None:
    with open(_MARKER, "w") as fh:
        fh.write(f"{_POINT} {os.getpid()}\n")
    while True:
        time.sleep(60)


class _StopAfterFirstWrite:
    """A file handle that stops the process right after its first bytes hit the disk."""

    def __init__(self, fh):
        self._fh = fh

    def write(self, data):
        n = self._fh.write(data)
        self._fh.flush()
        _stop_here()
        return n

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()

    def __getattr__(self, name):
        return getattr(self._fh, name)


def _install(point: str) -> None:
    import residency.cli  # noqa: F401  (sets up the offline runtime first, like the CLI)
    import residency.finalize as finalize
    import residency.pipelines.write as write
    import residency.split as split
    from residency.detectors.engine import Scanner

    if point == "scan":

        def scan_records(self, records, schema=None):
            _stop_here()

        Scanner.scan_records = scan_records
    elif point == "write":
        real_fs = write.FileSystems

        class FileSystems(real_fs):
            @staticmethod
            def create(path, *args, **kwargs):
                return _StopAfterFirstWrite(real_fs.create(path, *args, **kwargs))

        write.FileSystems = FileSystems
    elif point == "reconcile":

        def reconcile(root, stats):
            _stop_here()

        split.reconcile = reconcile
    elif point == "finalize":
        real_finalize = finalize.finalize_run

        def finalize_run(staging, outcome, options):
            summary = real_finalize(staging, outcome, options)
            _stop_here()
            return summary

        finalize.finalize_run = finalize_run
    elif point == "publish":
        real_publish = split._publish

        def _publish(staging, out):
            real_publish(staging, out)
            _stop_here()

        split._publish = _publish
    else:
        raise SystemExit(f"unknown RESIDENCY_TEST_CRASH_POINT {point!r}; use one of {POINTS}")


if _POINT:
    _install(_POINT)
