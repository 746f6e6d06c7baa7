"""Presidio's :class:`~presidio_analyzer.Pattern`, compiled once.

Presidio's constructor compiles every regular expression only to check it, without the
flags of the recognizer that will use it; the recognizer compiles it again, with its
flags, before it first runs.  The expressions of this package run to thousands of
characters, so the first compile alone took about two seconds of the start-up.
Here the check is that second compile: :class:`~residency.detectors.engine.Scanner`
compiles every pattern of every recognizer with its recognizer's flags as it is built,
so an invalid expression still fails at start-up, never in the middle of a scan.
"""

from __future__ import annotations

from typing import Any

import presidio_analyzer
import regex


class Pattern(presidio_analyzer.Pattern):
    """A named regular expression and its score, compiled when its recognizer is built."""

    def __init__(self, name: str, regex: str, score: float) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None


def compile_patterns(recognizer: Any) -> None:
    """Compile the patterns of a Presidio ``PatternRecognizer`` with its flags, where not
    done yet (``regex.error``: an invalid expression, named by its pattern)."""
    flags = recognizer.global_regex_flags
    for pattern in getattr(recognizer, "patterns", None) or ():
        if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
            try:
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
            except regex.error as exc:
                raise ValueError(
                    f"invalid pattern {pattern.name!r} of {recognizer.name}: {exc}"
                ) from exc
            pattern.compiled_with_flags = flags
