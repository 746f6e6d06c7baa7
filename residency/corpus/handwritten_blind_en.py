"""A check set written blind (placeholder; filled in on its own branch)."""

from __future__ import annotations

CLEAN: dict[tuple[str, str], list[str]] = {}
PERSONAL: dict[str, list[str]] = {}
CHATS: list[list[tuple[str, str]]] = []
