"""The report as a person sees it: headless Chromium, network off, screenshot, verdict."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from residency.report import REPORT_FILE

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("report")]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium; "
    "`make test` installs it via .ci/install-chromium when run as root)",
)


def render(page: Path, work: Path) -> dict[str, Any]:
    """Load ``page`` with every network request sent to a dead proxy; return DOM, PNG and
    the page's own requests (from Chromium's net log, browser housekeeping excluded)."""
    assert CHROMIUM is not None
    work.mkdir(parents=True, exist_ok=True)
    png, netlog = work / "page.png", work / "netlog.json"
    common = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--proxy-server=127.0.0.1:9",  # nothing listens: any request fails
        f"--user-data-dir={work / 'profile'}",
        "--window-size=1280,2000",
    ]
    dom = subprocess.run(
        [*common, f"--log-net-log={netlog}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    subprocess.run(
        [*common, f"--screenshot={png}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return {"dom": dom, "png": png, "requests": page_requests(netlog)}


def page_requests(netlog: Path) -> list[str]:
    """URLs the page asked the network for (the browser's own update pings have no page)."""
    events = json.loads(netlog.read_text("utf-8")).get("events", [])
    urls = []
    for event in events:
        params = event.get("params") or {}
        if "url" in params and "file://" in str(params.get("network_isolation_key", "")):
            urls.append(str(params["url"]))
    return sorted(set(urls))


@needs_chromium
def test_the_request_detector_catches_an_external_image(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><p>x</p><img src="http://example.com/pixel.png">', encoding="utf-8"
    )
    assert render(page, tmp_path / "chrome")["requests"] == ["http://example.com/pixel.png"]


@needs_chromium
def test_the_report_renders_offline_with_its_verdict(report_run: Any, tmp_path: Path) -> None:
    page = report_run.out / REPORT_FILE
    shown = render(page, tmp_path / "chrome")
    assert shown["requests"] == []
    dom = shown["dom"]
    assert 'id="verdict"' in dom and "data-verdict=" in dom
    assert ("CLEARED for export" in dom) or ("NOT CLEARED" in dom)
    assert "数据驻留运行报告" in dom
    png = shown["png"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000  # a page, not a blank
