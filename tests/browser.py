"""Headless Debian Chromium driven by Playwright, as the tests and benchmarks use it."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip


@contextlib.contextmanager
def chromium_page(viewport: tuple[int, int] = (1400, 900)) -> Iterator[Any]:
    """A page in a fresh Chromium profile; fails clearly when Chromium is missing."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError("Chromium is missing: apt-get install -y chromium (scripts/test.sh does this)")
    with tempfile.TemporaryDirectory(prefix="spacekg-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=FLAGS, headless=True,
            viewport={"width": viewport[0], "height": viewport[1]},
        )  # fmt: skip
        try:
            yield context.new_page()
        finally:
            context.close()
