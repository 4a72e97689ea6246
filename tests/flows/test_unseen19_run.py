"""`catalog run` over the whole unseen19 probe round (tests/make_unseen19.py) in one batch.

Every catalog the reader takes is published exactly as its truth: tracked changes below the row level
(Word's final view), content controls around the table, its rows, cells and runs, 序号 numbered through
a paragraph style and continued over two tables, a catalog nested in a layout table with gridAfter /
gridBefore rows and vMerge, pandoc's DOCX from Markdown and from HTML, jsPDF + autotable and pdf-lib
with a TrueType CJK font, CMS pages whose catalog is no <table> and their prints, LibreOffice's print of
an OpenDocument text (the .odt itself is not among the suffixes a round reads). What it refuses
publishes nothing and is named in rejected.csv with its step and reason; the look-alikes (a 职称评审结果
公示 in content controls, a 职业资格证书 fee table, a 技能人才 subsidy list) publish nothing. What first
contact found wrong is kept as strict xfails asserting the truth. Measured per document by
bench/unseen19_report.py.
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

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen19"
pytestmark = pytest.mark.xdist_group("unseen19-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the ")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    # first contact refused the catalogs that are no <table>: the flex <ul> page and the <dl> cards are read
    # since the eighteenth session (extractors/html.py, _tables_from_rows, _tables_from_cards), the flex
    # <ul>'s print since the nineteenth (extractors/unruled.py, find_banded)
    # look-alikes
    ("jinzhong-butie-pandoc.docx",): NO_HEADER,
    ("langfang-fee-jspdf.pdf",): ("map-header", "a table looks like a catalog but a required column is missing"),
    ("qinhuangdao-gongshi.docx",): NO_HEADER,
}  # fmt: skip
REFUSED = {name for names in NOT_PUBLISHED for name in names}
# first contact: the catalog is not published exactly, and the run does not say so for every wrong row
# (none: every catalog first contact did not refuse is published exactly)
WRONG: dict[str, str] = {}


def _catalog(path: Path) -> object:
    reason = WRONG.get(path.name)
    return pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else path


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen19"))


@pytest.mark.parametrize(
    "path", [_catalog(p) for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: getattr(p, "name", p)
)
def test_unseen19_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is refused waits for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen19_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen19_run_every_file_accounted_for(batch: Run, path: Path) -> None:
    """No file of the batch is passed over: each is published or named in rejected.csv."""
    curated = batch[0] / "curated"
    entries, rejected = read_table(curated, "entries.csv"), read_table(curated, "rejected.csv")
    assert entries_of(entries, path.name) or path.name in set(rejected["file"]), path.name
