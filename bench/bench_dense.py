"""Pages drawn with thousands of paths (maps, plans, charts), read by our PDF reader: seconds and
peak memory per page, each in a fresh process. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_dense.py                   # grid, rects, curves at the default sizes
    .venv/bin/python bench/bench_dense.py --sizes 100,150   # n: grid n x n cells, rects/curves n*n paths

The pages are written by tests/dense_pages.py. Before the twenty-sixth session's change
(extractors/unruled._below, extractors/pdf.close_cut_tables) a page of 22,500 filled rectangles
took 8.5 s and one of 22,500 curves 13.3 s (2.5 and 2.4 s after), growing with the square of the
rules: every rule was compared with every rule. BENCHMARKS.md keeps the figures.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.dense_pages import write_drawing  # noqa: E402

READ = """
import resource, sys, time
from pathlib import Path
from core.errors import NoCatalogFound
from extractors.pdf import read_pdf
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
path = Path(sys.argv[1])
start = time.perf_counter()
try:
    document_to_catalog(read_pdf(path, file_to_source(path, path.parent), reader=sys.argv[2]))
    outcome = "catalog"
except NoCatalogFound:
    outcome = "no catalog"
print(f"{time.perf_counter() - start:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {outcome}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="50,100,150")
    parser.add_argument("--readers", default="pdfplumber,pdfium")
    args = parser.parse_args()
    print(f"{'kind':>7} {'n':>5} {'paths':>7} {'reader':>10} {'seconds':>8} {'peak MiB':>9}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("grid", "rects", "curves"):
            for n in map(int, args.sizes.split(",")):
                path = Path(tmp) / f"{kind}{n}.pdf"
                paths = write_drawing(path, kind, n)
                for reader in args.readers.split(","):
                    done = subprocess.run([sys.executable, "-c", READ, str(path), reader], cwd=REPO,
                                          capture_output=True, text=True, check=True)  # fmt: skip
                    seconds, peak, outcome = done.stdout.split(maxsplit=2)
                    print(f"{kind:>7} {n:>5} {paths:>7} {reader:>10} {seconds:>8} {peak:>9}  {outcome.strip()}", flush=True)


if __name__ == "__main__":
    main()
