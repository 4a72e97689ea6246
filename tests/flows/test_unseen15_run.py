"""`catalog run` over the whole unseen15 probe round (tests/make_unseen15.py) in one batch.

Every catalog the reader takes is published exactly as its truth: ticked title sub-columns in a DOCX
(and its LibreOffice print, whose one line join the DOCX settles), ticks that are Word symbols
(w:sym; before this round held back with every title empty), a long web table whose <tfoot> notes
print on every page, two halves side by side (before this round Chromium's print read a left row
beside two right rows twice, and the notice, its web page too, waited), a <th> header inside <tbody> with
section rows and rowspan issuers, the header reworded on each page, a footnote table after the
catalog, a turned table turned upright by /Rotate. What it cannot take publishes nothing and is named
in rejected.csv with its step and reason: ticks under level headings (中级 is no 职称); so is every
look-alike (a 职称外语 score table, a 中外合作办学 list), and a notice whose catalog is a linked
attachment in no file of the batch waits, as does one whose catalog is a picture in the page. Measured per document by bench/unseen15_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen15"
pytestmark = pytest.mark.xdist_group("unseen15-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the ")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    ("huzhou.html", "huzhou-chromium.pdf"): ("validate", "title = '中级': not a recognized professional title"),
    # look-alikes: a score table (before this round: 5 rows published, exit 0), a 中外合作办学 list
    ("lishui.html",): NO_HEADER,
    ("lishui-chromium.pdf",): NO_HEADER,
    ("quzhou-libreoffice.docx",): NO_HEADER,
    ("quzhou-libreoffice.pdf",): NO_HEADER,
    # the catalog is a linked attachment, not in the batch: the notice waits
    ("zhoushan.html",): ("find-catalog", "the notice names its catalog (舟山市国际职业资格比照认定职称目录), but no table"),
    # the catalog is a picture (<img>) in the page: nothing to read, the notice waits
    ("huaibei.html",): ("find-catalog", "the notice names its catalog (淮北市国际职业资格比照认定职称目录), but no table"),
}  # fmt: skip
REFUSED = {name for names in NOT_PUBLISHED for name in names}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen15"))


@pytest.mark.parametrize(
    "path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name
)
def test_unseen15_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is refused waits for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen15_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)
