"""Fail closed on regex timeouts that Presidio would swallow.

Presidio's ``PatternRecognizer`` catches a regex ``TimeoutError``, logs a warning and
skips the pattern: the text would be judged with fewer detectors.  A filter on Presidio's
logger notes such a warning in a thread-local flag (and keeps it off the console); the
scanner checks the flag after every recognizer and raises, so the record is quarantined
with ``detector_error:TimeoutError``.
"""

from __future__ import annotations

import logging
import threading

PRESIDIO_LOGGER = "presidio-analyzer"
_state = threading.local()


class _TimeoutWatch(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        if message.startswith("Regex pattern") and "timed out" in message:
            _state.timed_out = True
        return record.levelno >= logging.ERROR  # Presidio's warnings stay off the console


_WATCH = _TimeoutWatch()


def install() -> None:
    """Let Presidio's warnings reach the watch (idempotent)."""
    logger = logging.getLogger(PRESIDIO_LOGGER)
    if _WATCH not in logger.filters:
        logger.addFilter(_WATCH)
    logger.setLevel(logging.WARNING)


def raise_if_timed_out(recognizer: str) -> None:
    """Raise (and reset) if a regex of the recognizer just run timed out in this thread."""
    if getattr(_state, "timed_out", False):
        _state.timed_out = False
        raise TimeoutError(f"a regex of {recognizer} timed out")
