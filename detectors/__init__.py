"""PII detectors: Presidio recognizers for China and its neighbours, and the scanner."""

from residency.detectors.engine import Scanner, ScannerConfig

__all__ = ["Scanner", "ScannerConfig"]
