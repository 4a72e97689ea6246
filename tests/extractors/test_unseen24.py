"""The unseen24 probe round (tests/make_unseen24.py): a fifteenth blind round, of merged cells.

Eleven catalogs in 25 files: parent rows merged across a family's levels (with a 序号 of their own,
and without), 颁证单位, 所属系列 and 对应职称 merged down over runs of rows and across page breaks, a
long name wrapping in a narrow merged cell, a name merged across 职业资格名称 and 译名, a two-row
header over merged-down data, ditto marks, and section rows beside parent rows; as DOCX, LibreOffice
and Chromium PDFs, web pages and workbooks. First contact (FIRST_CONTACT.txt in the fixtures) is
recorded there; tests/flows/test_unseen24_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen24"
DOCUMENTS = probe.documents(FIXTURES, catalog=True)

# Parent rows (Catalog.headings): (序号 as printed, the family), the same in every rendering.
HEADINGS = {
    "daqing-fuji": ["1", "5", "8", "12", "16", "19", "23"],
    "eerduosi-wuxuhao": [""] * 7,
    "nanchong-fuji": ["1", "4", "8", "11", "14", "19"],
    "jincheng-fenlei": ["1", "5", "9", "15"],
}


def _catalog(path: Path):  # type: ignore[no-untyped-def]
    return document_to_catalog(read_document(path, file_to_source(path, path.parent)))


def test_unseen24_round_size() -> None:
    assert len(DOCUMENTS) == 25


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_unseen24_catalog_every_row_exact(path: Path) -> None:
    # Before merges across were told from merges down (RawRow.across), parent rows took the row
    # above's 颁证单位, 对应职称 and 所属系列, unnumbered ones were glued onto the row above, and a
    # name merged across 译名 took the row above's 译名.
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_unseen24_parent_rows_are_headings_not_entries(path: Path) -> None:
    stem = next((s for s in HEADINGS if path.name.startswith(s)), None)
    headings = _catalog(path).headings
    assert [h.seq for h in headings] == (HEADINGS[stem] if stem else [])
    assert all(h.text and h.ref.file == path.name for h in headings)
    if stem == "daqing-fuji":
        assert headings[0].text == "英国皇家特许测量师学会（RICS）会员资格"
