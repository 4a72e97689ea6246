"""`catalog run` over the whole unseen18 probe round (tests/make_unseen18.py) in one batch.

Every catalog the reader takes is published exactly as its truth: pdfmake (header repeated, rows broken
across pages; landscape at 6.5 pt under a two-row header), pdfkit's own table, ReportLab with the
non-embedded STSong-Light, an old CMS page with <br> inside names and its print, a UEditor page with
word-break:break-all and its browser print (header, footer, scale 80 %), a page printed scaled to fit,
a SheetJS export with a 合计 row and a 说明 sheet, a hand-typed workbook with Alt+Enter breaks and its Calc
print, double rules. What it refuses publishes nothing and is named in rejected.csv with its step and
reason; the look-alikes (a 职称评审 公示, a Word-HTML 政策解读 and its print, a 职业技能等级 subsidy workbook,
the offices taking applications) publish nothing. What first contact found wrong is kept as strict
xfails asserting the truth. Measured per document by bench/unseen18_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import (
    Run,
    assert_not_published,
    entries_of,
    files_of,
    read_table,
    run_round,
    truth_of,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen18"
pytestmark = pytest.mark.xdist_group("unseen18-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the ")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    # look-alikes
    ("dali-reportlab-stsong.pdf",): NO_HEADER,
    ("kunming-pdfmake.pdf",): NO_HEADER,
    ("qujing-wordhtml.html",): NO_HEADER,
    ("qujing-wordhtml-chromium.pdf",): NO_HEADER,
    ("yuxi-sheetjs.xlsx",): NO_HEADER,
}  # fmt: skip
REFUSED = {name for names in NOT_PUBLISHED for name in names}
# first contact: the catalog is not published exactly, and the run does not say so for every wrong row
WRONG = {
    # fixed in the seventeenth session: foshan-wordhtml-chromium.pdf and dongguan-trs-chromium.pdf are one notice
    # with their page, whose reading wins the vote (pipeline/assemble.notice_keys); alone, each space between two
    # Chinese characters they read waits in review (tests/extractors/test_unseen18.py, HAN_SPACE_NOTE)
    # fixed in the sixteenth session: foshan-wordhtml.html, dongguan-trs.html (a source line break between two
    # Chinese characters is no space), huizhou-fpdf2.pdf (read by PDFium when pdfminer loses its text)
}  # fmt: skip


def _catalog(path: Path) -> object:
    reason = WRONG.get(path.name)
    return pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else path


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen18"))


@pytest.mark.parametrize(
    "path", [_catalog(p) for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: getattr(p, "name", p)
)
def test_unseen18_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    # every catalog published exactly with nothing waiting; the look-alikes are "no catalog", which waits for nobody
    assert result.returncode == 0, result.stdout + result.stderr
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen18_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen18_run_every_file_accounted_for(batch: Run, path: Path) -> None:
    """No file of the batch is passed over: each is published or named in rejected.csv."""
    curated = batch[0] / "curated"
    entries, rejected = read_table(curated, "entries.csv"), read_table(curated, "rejected.csv")
    assert entries_of(entries, path.name) or path.name in set(rejected["file"]), path.name

