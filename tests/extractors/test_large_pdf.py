"""A 500-page PDF is read in bounded memory: pages are read one at a time and released.

The PDF repeats a real catalog page (the last page of the Taizhou catalog: a ruled table)
500 times with qpdf. It is read in a subprocess that reports its own peak RSS
(getrusage(RUSAGE_SELF) in the child: exact, and unaffected by larger children this test
worker ran before). Memory is asserted, never time. Without the per-page release
(pdfplumber's Page.close) the same read peaks about 100 MiB higher; on full catalog pages
(bench/bench_memory.py) the difference is about 750 MiB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/make_documents.py is a plain module
from make_documents import ROOT, has_tool  # noqa: E402

PAGES = 500
WARM_UP_PAGES = 50
PEAK_MIB = 600  # generous: the read peaks near 45 MiB
GROWTH_MIB = 50  # from 50 to 500 pages; without the per-page release it is ~100 MiB

CHILD = """
import json, sys
from pathlib import Path
from core.model import SourceFile
from extractors.pdf import read_pdf

def read(path):
    return read_pdf(Path(path), SourceFile(Path(path).name, "0" * 64, Path(path).stat().st_size))

def peak_mib():
    # VmHWM: this process's own peak. ru_maxrss keeps, across exec, the peak of the process that
    # forked it (the test worker's, often over PEAK_MIB), which also hid any growth.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

read(sys.argv[1])
warm = peak_mib()
doc = read(sys.argv[2])
print(json.dumps({"pages": doc.pages, "tables": len(doc.tables), "rows": sum(len(t.rows) for t in doc.tables),
                  "warm_mib": warm, "peak_mib": peak_mib()}))
"""


def repeat_page(source: Path, page: int, copies: int, out: Path) -> Path:
    """A PDF of one page of `source` repeated `copies` times (qpdf copies, no re-rendering)."""
    subprocess.run(["qpdf", "--empty", "--pages", *[str(source), str(page)] * copies, "--", str(out)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    return out


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    if not has_tool("qpdf"):
        pytest.skip("qpdf is not installed: cannot build the 500-page PDF")
    out = tmp_path_factory.mktemp("large_pdf")
    source = ROOT / "raw" / "taizhou-2022-30.pdf"
    small = repeat_page(source, 9, WARM_UP_PAGES, out / "small.pdf")
    big = repeat_page(source, 9, PAGES, out / "big.pdf")
    done = subprocess.run([sys.executable, "-c", CHILD, str(small), str(big)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, float] = json.loads(done.stdout)
    return result


def test_large_pdf_every_page_is_read(measured: dict[str, float]) -> None:
    # The page holds one table of a header and two entries.
    assert (measured["pages"], measured["tables"], measured["rows"]) == (PAGES, PAGES, 3 * PAGES)


def test_large_pdf_peak_memory_is_bounded(measured: dict[str, float]) -> None:
    assert measured["peak_mib"] < PEAK_MIB, measured
    assert measured["peak_mib"] - measured["warm_mib"] < GROWTH_MIB, measured
