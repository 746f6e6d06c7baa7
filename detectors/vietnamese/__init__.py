"""Recognizers for Vietnamese names (workers, spouses and students in Taiwan, Malaysia and
Singapore)."""
