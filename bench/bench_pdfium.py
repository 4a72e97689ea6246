"""Benchmark the pdfium page reader against pdfplumber, per page, on the same pages.

Usage: python bench/bench_pdfium.py [--repeat N]

Reads the bundled notices (raw/*.pdf) and the producer corpus (tests/fixtures/producers) N times
each way and prints ms/page for: pdfplumber's bare `page.extract_tables()`, our reader through
pdfplumber, our reader through pdfium, and pypdfium2's plain text extraction; then the ratios.
Timing is printed, never asserted: compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.model import SourceFile  # noqa: E402
from extractors.pdf import read_pdf  # noqa: E402


def bare_extract_tables(path: Path) -> int:
    """pdfplumber alone: open, `extract_tables()` on every page."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def ours(reader: str) -> Callable[[Path], int]:
    """Our read_pdf (tables and running text) through one page reader."""

    def run(path: Path) -> int:
        data = path.read_bytes()
        source = SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        return read_pdf(path, source, reader=reader).pages or 0

    return run


def pdfium_text(path: Path) -> int:
    """pypdfium2 alone: every page's plain text."""
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def ms_per_page(run: Callable[[Path], int], paths: list[Path], repeat: int) -> float:
    """Best of `repeat` passes over all paths, in milliseconds per page."""
    best = float("inf")
    for _ in range(repeat):
        pages, start = 0, time.perf_counter()
        for path in paths:
            pages += run(path)
        best = min(best, (time.perf_counter() - start) * 1000 / pages)
    return best


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (the best is kept)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # pdfminer's font warnings
    paths = sorted((ROOT / "raw").glob("*.pdf")) + sorted((ROOT / "tests" / "fixtures" / "producers").glob("*.pdf"))
    results = {
        "pdfplumber extract_tables (bare)": ms_per_page(bare_extract_tables, paths, args.repeat),
        "our reader via pdfplumber": ms_per_page(ours("pdfplumber"), paths, args.repeat),
        "our reader via pdfium": ms_per_page(ours("pdfium"), paths, args.repeat),
        "pypdfium2 plain text": ms_per_page(pdfium_text, paths, args.repeat),
    }
    base = results["pdfplumber extract_tables (bare)"]
    print(f"{len(paths)} PDFs, best of {args.repeat}")
    for label, ms in results.items():
        print(f"{label:<34} {ms:8.2f} ms/page  {ms / base:6.3f} x bare extract_tables")
    fast = results["our reader via pdfium"]
    print(f"our reader: pdfium is {results['our reader via pdfplumber'] / fast:.1f}x faster than via pdfplumber; "
          f"target (<= 0.2 x bare extract_tables): {'met' if fast <= 0.2 * base else 'missed'}")


if __name__ == "__main__":
    main()
