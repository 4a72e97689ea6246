"""Run `catalog run` on each document of tests/fixtures/unseen17 (the eighth blind round, of
look-alikes only: government tables that are no catalog, many in a catalog's own words;
tests/make_unseen17.py) alone, then on all together, and score it against the truth.

    .venv/bin/python bench/unseen17_report.py                  # every document, then all together
    .venv/bin/python bench/unseen17_report.py huangshi yichang # only these (prefix match)
    .venv/bin/python bench/unseen17_report.py --jobs 2         # two runs at a time

The columns and the verdict are bench/unseen12_report.py's (EXACT, CAUGHT, SILENT): a look-alike is
SILENT when any row of it is published. Always exits 0. Writes only under /tmp/unseen17 (override
with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen11_report  # noqa: E402  (sets unseen11's folder: this one's is set after it)

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen17"

if __name__ == "__main__":
    unseen11_report.main("/tmp/unseen17", no_catalog_silent=True)
