"""Run `catalog run` on each document of tests/fixtures/unseen18 (the ninth blind round: producers and
renderings no earlier round has: Word's "Save as Web Page" HTML in GB2312 hard-wrapped at 76 columns,
Word HTML pasted into a TRS WCM page as IE serialized it, their Chromium prints, pdfmake, pdfkit, fpdf2
and ReportLab with the non-embedded STSong-Light, an old CMS page with <font> and <br> inside names, a
UEditor page with word-break:break-all printed from the browser with its header and footer, a page
printed scaled to fit, SheetJS and hand-typed Alt+Enter workbooks, double rules; look-alikes;
tests/make_unseen18.py) alone, then on all together, and score it against the truth.

    .venv/bin/python bench/unseen18_report.py                   # every document, then all together
    .venv/bin/python bench/unseen18_report.py foshan huizhou    # only these (prefix match)
    .venv/bin/python bench/unseen18_report.py --jobs 2          # two runs at a time

The columns and the verdict are bench/unseen12_report.py's (EXACT, CAUGHT, SILENT; a catalog
answered "no catalog" is SILENT, since beside other notices a run exits 0 on it). Always exits 0.
Writes only under /tmp/unseen18 (override with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen11_report  # noqa: E402  (sets unseen11's folder: this one's is set after it)

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen18"

if __name__ == "__main__":
    unseen11_report.main("/tmp/unseen18", no_catalog_silent=True)
