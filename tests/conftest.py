"""Shared fixtures (helpers live in tests/support/residency_testing.py)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from residency_testing import (
    NetworkBlocked,
    no_network,  # noqa: F401  (fixture)
)

ROOT = Path(__file__).resolve().parents[1]

# Property tests assert behaviour, never wall-clock time: on a loaded 2-core runner one slow
# draw (a second's pause) must not fail the suite, so Hypothesis's deadline and its
# "input generation is slow" health check are off for every test.
settings.register_profile("residency", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("residency")

# The development signing key used by tests lives in a throwaway folder, never ~/.config.
os.environ.setdefault("RESIDENCY_HOME", str(ROOT / ".pytest_cache" / "residency-home"))


@pytest.fixture(autouse=True, scope="session")
def _no_outbound_network() -> Iterator[None]:
    """The whole suite runs offline: outbound sockets and DNS fail in the test process.

    Loopback and Unix sockets stay allowed (Beam's local workers, a local job server).
    Subprocesses are not covered here; tests that start ``residency`` use
    ``no_network_env()`` for that.
    """
    with pytest.MonkeyPatch.context() as patch:
        real_connect = socket.socket.connect
        real_getaddrinfo = socket.getaddrinfo
        local = ("127.0.0.1", "::1", "localhost", "0.0.0.0", "", None)

        def connect(self: socket.socket, address: Any) -> Any:
            host = address[0] if isinstance(address, tuple) else address
            if self.family == socket.AF_UNIX or host in local:
                return real_connect(self, address)
            raise NetworkBlocked(f"outbound connection attempted to {host}")

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if host in local:
                return real_getaddrinfo(host, *args, **kwargs)
            raise NetworkBlocked(f"DNS lookup attempted for {host}")

        patch.setattr(socket.socket, "connect", connect)
        patch.setattr(socket, "getaddrinfo", getaddrinfo)
        yield
