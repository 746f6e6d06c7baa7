"""Loaded models shared by every scanner of a process.

A worker builds the main scanner and the strict rescan scanner; both use the same spaCy
pipeline and the same Chinese tagger model, which are read-only at inference.  Each is
loaded once per process, on first use, keyed by kind and name.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_MODELS: dict[tuple[str, str], Any] = {}
_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_GUARD = threading.Lock()


def shared_model(kind: str, name: str, load: Callable[[], T]) -> T:
    """The model ``(kind, name)`` of this process, loaded by ``load()`` the first time.

    Thread-safe: concurrent first users wait for one load; a failed load is not
    remembered (the next user tries again and sees the error).
    """
    key = (kind, name)
    model = _MODELS.get(key)
    if model is not None:
        return model
    with _GUARD:
        lock = _LOCKS.setdefault(key, threading.Lock())
    with lock:
        model = _MODELS.get(key)
        if model is None:
            model = load()
            _MODELS[key] = model
        return model


def loaded() -> list[tuple[str, str]]:
    """Keys of the models loaded so far (tests, diagnostics)."""
    return sorted(_MODELS)
