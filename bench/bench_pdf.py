"""Benchmark the PDF extractor: pages per second and peak memory.

Usage: python bench/bench_pdf.py [--repeat N] [--pages P]

Reads the bundled notices N times, then a generated P-page PDF (the bundled catalog pages
repeated with qpdf), and prints pages/second and the process's peak RSS. Timing is printed,
never asserted: compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.model import SourceFile  # noqa: E402
from extractors.pdf import read_pdf  # noqa: E402


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def source_of(path: Path) -> SourceFile:
    """A SourceFile for a file outside raw/."""
    data = path.read_bytes()
    return SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def time_reads(paths: list[Path], repeat: int) -> tuple[int, float]:
    """Read every path `repeat` times; return (pages read, seconds)."""
    pages, start = 0, time.perf_counter()
    for _ in range(repeat):
        for path in paths:
            pages += read_pdf(path, source_of(path)).pages or 0
    return pages, time.perf_counter() - start


def many_page_pdf(out: Path, pages: int) -> Path:
    """Repeat the bundled catalog pages until the PDF has `pages` pages (needs qpdf)."""
    src = ROOT / "raw" / "taizhou-2022-30.pdf"
    copies = -(-pages // 6)
    args = ["qpdf", "--empty", "--pages"] + [str(src), "4-9"] * copies + ["--", str(out)]
    subprocess.run(args, check=True, capture_output=True)
    subprocess.run(["qpdf", str(out), "--pages", str(out), f"1-{pages}", "--", "--replace-input"],
                   check=True, capture_output=True)
    return out


def report(label: str, pages: int, seconds: float) -> None:
    """Print one result line."""
    print(f"{label:<28} {pages:>6} pages {seconds:8.2f} s {pages / seconds:8.1f} pages/s "
          f"peak RSS {peak_rss_mb():8.1f} MiB")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="times to read the bundled notices")
    parser.add_argument("--pages", type=int, default=500, help="pages of the generated PDF")
    args = parser.parse_args()
    bundled = sorted((ROOT / "raw").glob("*.pdf"))
    report(f"bundled x{args.repeat}", *time_reads(bundled, args.repeat))
    with tempfile.TemporaryDirectory() as tmp:
        big = many_page_pdf(Path(tmp) / "many.pdf", args.pages)
        report(f"generated {args.pages}-page PDF", *time_reads([big], 1))


if __name__ == "__main__":
    main()
