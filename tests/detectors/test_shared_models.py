"""Models are loaded once per process and shared by the main and the strict scanner."""

from __future__ import annotations

import threading
import time

import pytest

from residency.detectors import Scanner, ScannerConfig
from residency.detectors.shared_models import shared_model


def test_main_and_strict_scanners_share_their_models() -> None:
    main, strict = Scanner(), Scanner(ScannerConfig(strict=True))
    assert main._nlp_engine.nlp_model is strict._nlp_engine.nlp_model
    taggers = [getattr(r, "tagger", None) for s in (main, strict) for r in s._costly.recognizers]
    lacs = {id(t._lac) for t in taggers if t is not None}
    assert len(lacs) == 1
    # Each scanner keeps its own primed texts.
    assert len({id(t._primed) for t in taggers if t is not None}) == 2
    # No confirmed identifier: the main scanner runs both models too.
    record = {"text": "收件人：王晓明。My friend John Smith lives at home on Baker Street."}
    found = main.scan_record(record).entity_types
    assert found == strict.scan_record(record).entity_types
    assert {"ZH_PERSON", "PERSON"} <= set(found)


def test_concurrent_first_users_load_once() -> None:
    calls: list[int] = []

    def load() -> object:
        calls.append(1)
        time.sleep(0.05)
        return object()

    got: list[object] = []
    threads = [
        threading.Thread(target=lambda: got.append(shared_model("test", "once", load)))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len({id(g) for g in got}) == 1


def test_a_failed_load_is_retried() -> None:
    def broken() -> object:
        raise OSError("model missing")

    with pytest.raises(OSError):
        shared_model("test", "broken", broken)
    assert shared_model("test", "broken", lambda: "loaded") == "loaded"
