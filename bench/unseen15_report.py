"""Run `catalog run` on each document of tests/fixtures/unseen15 (the sixth blind round: ticked
title sub-columns in a DOCX and under level headings, a <th> header inside <tbody> with section rows
and rowspan issuers, the header reworded on every page, two halves side by side, a footnote table,
a turned table turned upright by /Rotate, look-alikes; tests/make_unseen15.py) alone, then on all
together, and score it against the truth.

    .venv/bin/python bench/unseen15_report.py                  # every document, then all together
    .venv/bin/python bench/unseen15_report.py changzhou nantong  # only these (prefix match)
    .venv/bin/python bench/unseen15_report.py --jobs 2         # two runs at a time

The columns and the verdict are bench/unseen12_report.py's (EXACT, CAUGHT, SILENT; a catalog
answered "no catalog" is SILENT, since beside other notices a run exits 0 on it). Always exits 0.
Writes only under /tmp/unseen15 (override with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen11_report  # noqa: E402  (sets unseen11's folder: this one's is set after it)

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen15"

if __name__ == "__main__":
    unseen11_report.main("/tmp/unseen15", no_catalog_silent=True)
