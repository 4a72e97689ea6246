"""Run `catalog run` on each document of tests/fixtures/unseen19 (the tenth blind round: document
internals no earlier round has: tracked changes below the row level (inside words, deleted paragraph
marks, inserted-then-deleted text, formatting-only changes), content controls around the table, its
rows (a repeating section), cells and runs, 序号 numbered through a paragraph style and continued over
two tables, a catalog nested in a layout table with gridBefore / gridAfter rows and vMerge, pandoc's
DOCX from Markdown and from HTML, jsPDF + autotable and pdf-lib with a TrueType CJK font, CMS pages
whose catalog is no <table> (display:table divs, a flex <ul>, <dl> cards) and their Chromium prints, an
OpenDocument text's LibreOffice print; look-alikes; tests/make_unseen19.py) alone, then on all
together, and score it against the truth.

    .venv/bin/python bench/unseen19_report.py                   # every document, then all together
    .venv/bin/python bench/unseen19_report.py tangshan baoding  # only these (prefix match)
    .venv/bin/python bench/unseen19_report.py --jobs 2          # two runs at a time

The columns and the verdict are bench/unseen12_report.py's (EXACT, CAUGHT, SILENT; a catalog
answered "no catalog" is SILENT, since beside other notices a run exits 0 on it). Always exits 0.
Writes only under /tmp/unseen19 (override with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen11_report  # noqa: E402  (sets unseen11's folder: this one's is set after it)

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen19"

if __name__ == "__main__":
    unseen11_report.main("/tmp/unseen19", no_catalog_silent=True)
