"""Run `catalog run` on each document of tests/fixtures/unseen16 (the seventh blind round: ligatures,
Type3 fonts, a cairo re-print, an owner-password PDF, a linearized PDF 2.0 in object streams, an
incremental update, GBK pages declared gb2312 and wrongly utf-8, an MHTML page, qualification and
译名 in one cell, rows cut by page breaks, a vertical 所属系列, look-alikes; tests/make_unseen16.py)
alone, then on all together, and score it against the truth.

    .venv/bin/python bench/unseen16_report.py                  # every document, then all together
    .venv/bin/python bench/unseen16_report.py xiamen nanping   # only these (prefix match)
    .venv/bin/python bench/unseen16_report.py --jobs 2         # two runs at a time

The columns and the verdict are bench/unseen12_report.py's (EXACT, CAUGHT, SILENT; a catalog
answered "no catalog" is SILENT, since beside other notices a run exits 0 on it). The round has an
MHTML page (.mht), so .mht files are documents too. Always exits 0. Writes only under /tmp/unseen16
(override with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen11_report  # noqa: E402  (sets unseen11's folder: this one's is set after it)

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen16"
unseen9_report.DOCUMENT_SUFFIXES = (*unseen9_report.DOCUMENT_SUFFIXES, ".mht")

if __name__ == "__main__":
    unseen11_report.main("/tmp/unseen16", no_catalog_silent=True)
