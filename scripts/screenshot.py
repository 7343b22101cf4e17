"""Screenshot the built view in headless Chromium, for the README.

python scripts/screenshot.py data/spacekg.html docs/view.png
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser import chromium_page


def main(page_file: Path, out: Path) -> None:
    with chromium_page(viewport=(1500, 950)) as page:
        page.goto(page_file.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        page.hover("header h1")
        page.wait_for_timeout(300)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
