"""Run `catalog run` on each document of tests/fixtures/unseen12 (the fifth blind round: 序号
numbered per section, in Chinese numerals or full-width digits, a transposed table, merged issuers
and titles, unusual column orders and extra columns, a repeated header row, <div>, <pre> and
markdown tables, a turned table, zebra rows, footnote markers, a catalog in two tables, look-alikes;
tests/make_unseen12.py) alone, then on all together, and score it against the truth.

    .venv/bin/python bench/unseen12_report.py                # every document, then all together
    .venv/bin/python bench/unseen12_report.py hefei tongling  # only these (prefix match)
    .venv/bin/python bench/unseen12_report.py --jobs 2       # two runs at a time

The columns are bench/unseen9_report.py's. The verdict is stricter than unseen9_report's, which
counts a file CAUGHT whenever the run exits 1:
    EXACT   every row published exactly, nothing else, exit 0
    CAUGHT  something not exact, exit 1, and the run says so where it is wrong: rows missing only
            when the file is held back or quarantined (rejected.csv, or the summary's reason);
            a wrong or extra published row only when one of its wrong cells is a review item's
            raw value (or the file is held back); a look-alike: nothing published, exit 1
    SILENT  anything else that is not exact: exit 0, or exit 1 for something else (an issuer in
            review while a missing row or a wrong cell goes unmentioned); and, stricter than
            unseen11_report, a catalog answered "no catalog": run alone it exits 1 only because
            nothing is published, but a run with other notices exits 0 on it
Whether a held-back file's reason names its real problem is for the reader of the reason column:
the round's README paragraph records that judgement per file. --jobs N runs N documents at a
time (the first alone, so that the Prefect database template is made once). Always exits 0.
Writes only under /tmp/unseen12 (override with --work).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen11_report  # noqa: E402  (sets unseen11's folder: this one's is set after it)

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen12"

if __name__ == "__main__":
    unseen11_report.main("/tmp/unseen12", no_catalog_silent=True)
