#!/usr/bin/env python3
"""Times `fsn preview` from a saved change to the refreshed view.

Starts the preview of a 5-page notice on a free port in a throwaway copy of the repository,
then saves a change to one message RUNS times and measures, for each save, how long until the
preview's state announces the new HTML and the new PDF (what the page's script waits for before
it reloads a frame), and how long until the new HTML has been fetched. Prints each run and the
medians.

usage: scripts/bench-preview.py [FSN_BINARY] [RUNS]
       (default: target/release/fsn, 20 runs; build it with `cargo build --release -p fsn-cli`)
"""

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = "FSN2024-1562"
LANG = "it"
MESSAGE = "intro = "


def main() -> None:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "target/release/fsn").resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with tempfile.TemporaryDirectory() as scratch:
        repo = Path(scratch)
        for folder in ("locales", "issuers", "notices"):
            shutil.copytree(ROOT / folder, repo / folder)
        preview = subprocess.Popen(
            [str(binary), "preview", f"notices/{NOTICE}", "--lang", LANG, "--port", "0"],
            cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        try:
            base = preview.stdout.readline().split()[2].rstrip("/")
            measure(base, repo / f"notices/{NOTICE}/locales/{LANG}.ftl", runs)
        finally:
            preview.kill()


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def state(base: str) -> dict:
    return json.loads(get(f"{base}/state.json?lang={LANG}"))


def measure(base: str, messages: Path, runs: int) -> None:
    get(f"{base}/doc/{LANG}.pdf")  # warm: fonts, template and caches loaded
    html_times, pdf_times, fetched_times = [], [], []
    for run in range(runs):
        before = state(base)
        text = messages.read_text(encoding="utf-8")
        saved = time.perf_counter()
        messages.write_text(text.replace(MESSAGE, f"{MESSAGE}Run{run} ", 1), encoding="utf-8")
        html_at = pdf_at = None
        while pdf_at is None:
            now = state(base)
            elapsed = time.perf_counter() - saved
            if html_at is None and now["html"] != before["html"]:
                html_at = elapsed
                get(f"{base}/doc/{LANG}.html")
                fetched_times.append(time.perf_counter() - saved)
            if now["pdf"] != before["pdf"]:
                pdf_at = elapsed
            if elapsed > 30:
                sys.exit(f"run {run}: no new rendering after 30 s")
            time.sleep(0.002)
        html_times.append(html_at or pdf_at)
        pdf_times.append(pdf_at)
        print(f"run {run:2}: HTML announced {html_times[-1] * 1000:6.1f} ms, "
              f"fetched {fetched_times[-1] * 1000:6.1f} ms, PDF announced {pdf_at * 1000:6.1f} ms")
        time.sleep(0.2)
    print(f"median of {runs}: HTML announced {statistics.median(html_times) * 1000:.1f} ms, "
          f"HTML fetched {statistics.median(fetched_times) * 1000:.1f} ms, "
          f"PDF announced {statistics.median(pdf_times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
