"""Benchmark the PDF extractor's memory: peak RSS and pages/s as the page count grows.

Usage: python bench/bench_memory.py [--pages 50 500] [--no-release]

For each page count, builds a PDF of the bundled Taizhou catalog pages repeated with qpdf
(bench_pdf.many_page_pdf), reads it with read_pdf in a fresh subprocess, and prints the
pages read, the time, pages/s and that subprocess's peak RSS. Bounded memory shows as a
peak that stays flat while the page count grows. --no-release disables pdfplumber's per-page
release (Page.close) to show what it saves. Timing is printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_pdf import many_page_pdf  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
if sys.argv[2] == "no-release":
    import pdfplumber.page
    pdfplumber.page.Page.close = lambda self: None
from core.model import SourceFile
from extractors.pdf import read_pdf

path = Path(sys.argv[1])
start = time.perf_counter()
doc = read_pdf(path, SourceFile(path.name, "0" * 64, path.stat().st_size))
seconds = time.perf_counter() - start
print(json.dumps({"pages": doc.pages, "rows": sum(len(t.rows) for t in doc.tables), "seconds": seconds,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(pdf: Path, release: bool) -> dict[str, float]:
    """Read `pdf` in a fresh process; return its pages, rows, seconds and peak RSS (MiB)."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(pdf), "release" if release else "no-release"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[50, 500], help="page counts to read")
    parser.add_argument("--no-release", action="store_true", help="keep every page's objects (to compare)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for pages in args.pages:
            result = measure(many_page_pdf(Path(tmp) / f"{pages}.pdf", pages), not args.no_release)
            print(f"{int(result['pages']):>6} pages {int(result['rows']):>7} rows {result['seconds']:8.1f} s "
                  f"{result['pages'] / result['seconds']:6.1f} pages/s  peak RSS {result['peak_mib']:7.1f} MiB")


if __name__ == "__main__":
    main()
