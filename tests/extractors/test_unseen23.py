"""The unseen23 probe round (tests/make_unseen23.py): a fourteenth blind round, of catalog structures.

Nine catalogs: 序号 restarting under each section row of one table, sub-numbered levels (1.1, 1-1)
under parent rows, levels sharing merged 序号/名称/单位 cells, two titles by level in one 对应职称
cell, columns in another order under other words, 合计 and 注 rows, a long web page printed over 8
pages, and 译名 left empty or printed as — or /. First contact (FIRST_CONTACT.txt in the fixtures)
published five exactly and held four back, none silently. tests/flows/test_unseen23_run.py runs the
round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen23"
# held back by validation (tests/flows/test_unseen23_run.py): the reader's rows are checked there
HELD_BACK = ("linyi-zibianhao", "zunyi-hebing", "nanyang-liangji", "tianshui-fenxiang")
EXACT = [p for p in probe.documents(FIXTURES, catalog=True) if not p.name.startswith(HELD_BACK)]


def test_unseen23_round_size() -> None:
    assert len(probe.documents(FIXTURES, catalog=True)) == 18
    assert len(EXACT) == 10


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen23_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("name", ["zunyi-hebing-libreoffice.docx", "zunyi-hebing-libreoffice.pdf",
                                  "nanyang-liangji.html", "nanyang-liangji-chromium.pdf"])
def test_unseen23_held_back_catalog_is_read_exactly(name: str) -> None:
    # zunyi: levels under merged cells carry the merged text; nanyang's PDF had lost the space
    # after a spaced slash at a line break ('初级：助理工程师 /|中级：工程师')
    assert probe.rows(FIXTURES / name) == [tuple(row) for row in probe.truth(FIXTURES / name)["rows"]]


# The readers mark a cell merged across its own row apart from one merged down (RawRow.across):
# before, the parent rows took the last level's 译名, 颁证单位, 对应职称 and 所属系列. Now they are
# headings (Catalog.headings), and the levels are read exactly: 1-1 … 6-2, each family a part since the twenty-ninth
# session (held back for their 1-1 序号 before).
@pytest.mark.parametrize("name", ["tianshui-fenxiang-libreoffice.docx", "tianshui-fenxiang-libreoffice.pdf"])
def test_unseen23_a_parent_row_merged_across_is_a_heading(name: str) -> None:
    path = FIXTURES / name
    assert probe.rows(path) == probe.with_published_seqs(probe.truth(path)["rows"])
    catalog = document_to_catalog(read_document(path, file_to_source(path, path.parent)))
    assert [(str(r.part), r.seq) for r in catalog.rows] == probe.published_seqs([r[0] for r in probe.truth(path)["rows"]])
    assert [h.seq for h in catalog.headings] == ["1", "2", "3", "4", "5", "6"]
