"""The unseen19 probe round (tests/make_unseen19.py): a tenth blind round of document internals,
look-alikes read as none.

Catalogs: a DOCX with tracked changes below the row level (inside words, deleted paragraph marks,
text inserted then deleted, a formatting-only change, a heading changed), a DOCX of content controls
(the table in a block control, its rows in a repeating section, cell-level controls, drop-down and
combo-box runs), 序号 numbered through a paragraph style and continued over two tables, a catalog
nested in a one-cell layout table with gridAfter / gridBefore rows and 对应职称 and 所属系列 merged down,
pandoc's DOCX from Markdown and from HTML (rowspan, <br> in issuers), jsPDF + autotable and pdf-lib
with an embedded TrueType CJK font, CMS pages whose catalog is no <table> (display:table divs, a flex
<ul>, <dl> cards) and the Chromium prints of two, LibreOffice's print of an OpenDocument text (the
.odt itself is not among the suffixes read here). Look-alikes: a 职称评审结果公示 in content
controls, a 职业资格证书 fee table (jsPDF), a 技能人才 subsidy list (pandoc).

What first contact found wrong is kept as strict xfails asserting the truth (see FIRST_CONTACT.txt in
the fixtures): the fix shows as an XPASS. tests/flows/test_unseen19_run.py runs the round through
`catalog run`; measure it with `.venv/bin/python bench/unseen19_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen19"

# first contact: the reader refuses these catalogs (the run names them in rejected.csv and publishes nothing):
# their catalog is no <table>
WRONG: dict[str, str] = {
    # fixed in the eighteenth session: xingtai-flexlist.html (a box of rows of cells whose first row is a
    # catalog header is read as a table, extractors/html.py _tables_from_rows), yangquan-cards.html (one <dl>
    # card per entry: _tables_from_cards); in the nineteenth: xingtai-flexlist-chromium.pdf, the print of
    # the flex <ul> (a rule under every row, none between columns, cells centred: extractors/unruled.py
    # find_banded)
}


def _catalog(path: Path) -> object:
    reason = WRONG.get(path.name)
    return pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else path


def test_unseen19_round_size() -> None:
    assert len(probe.documents(FIXTURES, catalog=True)) == 15
    assert len(probe.documents(FIXTURES, catalog=False)) == 3


@pytest.mark.parametrize(
    "path", [_catalog(p) for p in probe.documents(FIXTURES, catalog=True)], ids=lambda p: getattr(p, "name", p)
)
def test_unseen19_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen19_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)
