"""`catalog run` over the whole unseen12 probe round (tests/make_unseen12.py) in one batch.

Every catalog the reader takes is published exactly as its truth: among them 颁证单位 merged down
(vMerge, rowspan), 对应职称 merged in a workbook, columns in an unusual order, extra columns at 7 pt,
the header printed again mid-table, full-width 序号, a table of <div>s styled display:table, a
markdown table pasted into a web page, a table turned 90° on a portrait page, and a catalog in two
tables. A catalog it cannot take publishes nothing and is named in rejected.csv with
its step and reason: 序号 printed 1.1 or （一）, a footnote marker in a title, a <pre> table and
the print of a markdown one, a transposed catalog; so is every look-alike (a 职称评审 公示, the national 职业资格目录,
港澳 and 海南 qualifications accepted for practice, a subsidy list, an examination schedule, an annual
report, a procurement result); a notice whose catalog (its attachment) is in no file of the batch waits. Measured per document by
bench/unseen12_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.probe_fixtures import with_published_seqs
from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen12"
pytestmark = pytest.mark.xdist_group("unseen12-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the ")
LACKS_TITLE = ("map-header", "a table looks like a catalog but a required column is missing: table 1 lacks title")
PRINTED = ("find-catalog", "no table was read as a catalog, but a catalog header")
MISSING = ("find-catalog", "the notice names its catalog (菏泽市国际职业资格比照认定职称目录), but no table of it was read "
                           "and no other file of the run holds it")  # fmt: skip
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    ("bozhou.html", "bozhou-chromium.pdf"): PRINTED,
    ("huainan-libreoffice.docx", "huainan-libreoffice.pdf"): (
        "map-header", "table 1 prints a catalog header down its first column"),
    ("dongying.xlsx",): ("validate", "seq = '（一）': 序号 is not a number"),
    ("jinan-libreoffice.docx", "jinan-libreoffice.pdf"): ("validate", "title = '工程师①'"),
    ("jining-calc.pdf",): ("map-header", "a table looks like a catalog but a required column is missing"),
    # quarantined, while the notice publishes exactly from its web page (chizhou.html); huangshan-chromium.pdf
    # (zebra stripes) is read since the nineteenth session
    ("chizhou-chromium.pdf",): PRINTED,
    # look-alikes
    ("butie.xlsx",): LACKS_TITLE,
    ("gangao.html",): LACKS_TITLE,
    ("hainan-libreoffice.docx",): LACKS_TITLE,
    ("mulu-libreoffice.docx", "mulu-libreoffice.pdf"): LACKS_TITLE,
    ("caigou.html",): NO_HEADER,
    ("gongshi.html",): NO_HEADER,
    ("gongshi-chromium.pdf",): NO_HEADER,
    ("kaoshi.html",): NO_HEADER,
    ("nianbao-libreoffice.docx",): NO_HEADER,
    ("nianbao-libreoffice.pdf",): NO_HEADER,
    # a notice whose catalog is its attachment, not in the batch: it waits (before, "no catalog", exit 0 beside others)
    ("wubiao-libreoffice.docx",): MISSING,
    ("wubiao-libreoffice.pdf",): MISSING,
}  # fmt: skip
REFUSED = {name for names in NOT_PUBLISHED for name in names}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen12"))


@pytest.mark.parametrize(
    "path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name
)
def test_unseen12_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is refused waits for a steward
    entries = read_table(work / "curated", "entries.csv")
    # 序号 1.1 … as published since the twenty-ninth session (hefei): 1 … in the section's part
    assert entries_of(entries, path.name) == sorted(with_published_seqs(truth_of(path)["rows"]))


def test_unseen12_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)
