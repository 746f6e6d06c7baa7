"""Shared fixtures (helpers live in tests/support/residency_testing.py)."""

from __future__ import annotations

import os
from pathlib import Path

from residency_testing import no_network  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[1]

# The development signing key used by tests lives in a throwaway folder, never ~/.config.
os.environ.setdefault("RESIDENCY_HOME", str(ROOT / ".pytest_cache" / "residency-home"))
