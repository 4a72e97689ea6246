"""The unseen10 probe round (tests/make_unseen10.py): other layouts and producers read exactly,
look-alikes read as none.

Catalogs: every row of every document exact, among them those the round found read wrong or not
at all: a title printed as ticks (对应职称 over 助理工程师 | 工程师 | 高级工程师), a catalog in a
DOCX text box and its LibreOffice print (padding lost at the table's left), cairo's re-distilled
PDFs (implausible font descents), a watermark over a Chromium print, and rows hidden in a web page
(style attribute or stylesheet class), a workbook and a DOCX. Catalogs the reader cannot take are
refused with their reason. Look-alikes ({"catalog": false}) give no catalog, among them a year's
statistics (认定人数) and a list of changes (原对应职称), which the reader before this round read as
catalogs: 16 of these tests fail on it (bfcbf55). tests/flows/test_unseen10_run.py runs the round through `catalog run`; measure it with
`.venv/bin/python bench/unseen10_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from extractors.numbering import NOT_PRINTED, SEQ_AS_PRINTED
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen10"


# Catalogs not read, each refused with its reason (never published short or wrong).
NOT_READ: dict[str, str] = {
    # wujiang.html (a CSS grid of <div>s) is read since the twenty-fifth session (extractors.html._tables_from_grids)
    # yizheng-chromium.pdf (a header over a rule, centred headings; a rule under every row) is read
    # since the nineteenth session (extractors/unruled.py find_banded)
}
# Read, but not as printed: no 序号 to tell a row a page break split from two rows (validation
# holds the notice back: 序号 is not a number).
NO_SEQ = {"xuyi-libreoffice.pdf"}
# No 序号 column in a Word table, whose rows are the file's own: numbered in print order (twenty-ninth session)
BY_POSITION = {"xuyi-libreoffice.docx"}


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen10_catalog_every_row_exact(path: Path) -> None:
    if path.name in NOT_READ:
        with pytest.raises(CatalogIncomplete, match=NOT_READ[path.name]):
            probe.rows(path)
        return
    rows = probe.rows(path)
    if path.name in NO_SEQ:
        assert {row[0] for row in rows} == {""}
        return
    if path.name in BY_POSITION:
        assert [r[1:] for r in rows] == [tuple(row[1:]) for row in probe.truth(path)["rows"]]
        assert [r[0] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
        assert {dict(r.extra)[SEQ_AS_PRINTED] for r in probe.catalog(path).rows} == {NOT_PRINTED}
        return
    assert rows == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen10_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


def test_unseen10_ticked_title_is_the_ticked_heading() -> None:
    rows = probe.rows(FIXTURES / "xinyi.html")
    assert [row[4] for row in rows][:3] == ["工程师", "工程师", "工程师"]
    assert {row[4] for row in rows} <= {"助理工程师", "工程师"}
    assert all(row[0] for row in rows)  # the sub-heading row (助理工程师 | 工程师 | 高级工程师) is no entry
