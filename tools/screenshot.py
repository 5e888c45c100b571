"""Render a report as HTML and take a screenshot of it with headless Chromium.

    python tools/screenshot.py                        # the test fixture -> docs/img/report.png
    python tools/screenshot.py samples/x.pdf          # a real resume through profilecheck.analyze
    python tools/screenshot.py --width 420 --out /tmp/phone.png
    python tools/screenshot.py --json saved-report.json

Needs Debian's chromium (`apt-get install chromium`).  The browser runs offline: no network, no
profile of its own left behind, and the page has no scripts.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profilecheck import __version__  # noqa: E402
from profilecheck.render import render, render_data  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "report_full.json"
CHROMIUM = "/usr/bin/chromium"


def html_for(args: argparse.Namespace) -> str:
    if args.resume:
        from profilecheck import Options, analyze

        return render(analyze(args.resume, Options(as_of=date.fromisoformat(args.as_of))), "html")
    data = json.loads(Path(args.json).read_text(encoding="utf-8"))
    data["tool"]["version"] = __version__  # the fixture leaves the version out
    return render_data(data, "html")


def screenshot(html: str, png: Path, width: int, height: int) -> None:
    browser = shutil.which("chromium") or CHROMIUM
    with tempfile.TemporaryDirectory(prefix="profilecheck-shot-") as folder:
        page = Path(folder) / "report.html"
        page.write_text(html, encoding="utf-8")
        command = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", f"--user-data-dir={Path(folder) / 'profile'}",
            f"--window-size={width},{height}", f"--screenshot={png.resolve()}", page.as_uri(),
        ]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("resume", nargs="?", help="a resume to analyze (default: the test fixture report)")
    parser.add_argument("--json", default=str(FIXTURE), help="a saved JSON report to render (default: %(default)s)")
    parser.add_argument("--as-of", default="2026-11-25", help="the date 'Present' means, for a repeatable picture")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=2200)
    parser.add_argument("--out", default=str(ROOT / "docs" / "img" / "report.png"))
    parser.add_argument("--html", help="also keep the rendered HTML here")
    args = parser.parse_args()
    html = html_for(args)
    if args.html:
        Path(args.html).write_text(html, encoding="utf-8")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    screenshot(html, out, args.width, args.height)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
