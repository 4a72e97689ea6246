"""Run `catalog run` on each document of tests/fixtures/unseen9b (table furniture: notes and
合计 rows, 续表, page headers and numbers, 序号 styles, 备注 and 国别 columns, "/" cells, two
titles in a cell, a caption row) alone, then on all together, and score it against the truth.

    .venv/bin/python bench/unseen9b_report.py            # every document, then all together
    .venv/bin/python bench/unseen9b_report.py taixing     # only these (prefix match)

The columns and verdicts (EXACT, CAUGHT, SILENT) are bench/unseen9_report.py's. Always exits 0.
Writes only under /tmp/unseen9b (override with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen9b"

if __name__ == "__main__":
    if not any(a.startswith("--work") for a in sys.argv[1:]):
        sys.argv[1:1] = ["--work", "/tmp/unseen9b"]
    sys.exit(unseen9_report.main())
