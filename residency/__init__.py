"""residency: a data-residency gate for fine-tuning data.

Read datasets, scan every record for personal information, split them into
``offshore`` / ``domestic/<jurisdiction>`` / ``quarantine`` by a policy pack, and sign
the result so that training jobs can refuse data that was not cleared.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "open_cleared"]


def open_cleared(run_dir: str, trusted_keys: Any, **kwargs: Any) -> Any:
    """Open the offshore split of ``run_dir`` after verifying its signed manifest.

    Raises :class:`residency.verify.VerificationError` if anything does not verify.
    """
    from residency.gate import open_cleared as _open_cleared

    return _open_cleared(run_dir, trusted_keys=trusted_keys, **kwargs)
