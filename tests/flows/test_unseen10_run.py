"""`catalog run` over the whole unseen10 probe round (tests/make_unseen10.py) in one batch.

Every catalog the reader takes is published exactly as its truth: among them a title printed as
ticks, a catalog in a DOCX text box, cairo's re-distilled PDFs, a Calc print, and a web page, a
workbook and a DOCX holding a row hidden from view (never published). A catalog it cannot take,
and every look-alike (a 职称评审 公示, the national 职业资格目录, a course list, work permits, a fee
table, a list of papers to hand in, a year's statistics of recognitions, a list of changes),
publishes nothing and is named in rejected.csv with its step and reason. Measured per document by
bench/unseen10_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# `catalog run` is done once, not once per worker.
pytestmark = pytest.mark.xdist_group("unseen10-run")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen10"

NO_TITLE = ("map-header", "a table looks like a catalog but a required column is missing")
NO_HEADER = ("find-catalog", "none of the 1 tables has a catalog header")
CHANGES = ("map-header", "a table looks like a catalog but table 1 prints 原对应职称 (a value before a change)")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    # wujiang.html (a CSS grid of <div>s) is published exactly since the twenty-fifth session
    ("xuyi-libreoffice.docx", "xuyi-libreoffice.pdf"): ("validate", "seq = '': 序号 is not a number"),
    ("sheyang-writer.pdf",): ("validate", "seq = '9': the catalog runs to the bottom of the file's last page"),
    ("cailiao-libreoffice.docx",): NO_HEADER,
    ("cailiao-libreoffice.pdf",): NO_HEADER,
    ("pingshen.html",): NO_HEADER,
    ("pingshen-chromium.pdf",): NO_HEADER,
    ("xuke-libreoffice.docx",): NO_HEADER,
    ("xuke-libreoffice.pdf",): NO_HEADER,
    ("guojia-libreoffice.docx",): NO_TITLE,
    ("guojia-libreoffice.pdf",): NO_TITLE,
    ("peixun.html",): NO_HEADER,  # a course list (学时, 培训费): no header since unseen11
    ("peixun-chromium.pdf",): NO_HEADER,  # a course list (学时, 培训费): no header since unseen11
    ("shoufei.html",): NO_TITLE,
    ("tongji.html",): NO_HEADER,
    ("tongji-chromium.pdf",): NO_HEADER,
    ("tiaozheng.html",): CHANGES,
    ("tiaozheng-chromium.pdf",): CHANGES,
}
REFUSED = {name for names in NOT_PUBLISHED for name in names}
HIDDEN = "Konstruktionsmechaniker/-in"  # the row jingkou's files hide (others print it shown)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen10"))


@pytest.mark.parametrize(
    "path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name
)
def test_unseen10_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the look-alikes wait for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen10_run_no_hidden_row_published(batch: Run) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    mine = entries[entries["source_file"].str.startswith("jingkou") | entries["also_in"].str.contains("jingkou")]
    assert len(mine) and HIDDEN not in set(mine["qualification"])


def test_unseen10_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)
