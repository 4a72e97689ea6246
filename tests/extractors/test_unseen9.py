"""The unseen9 probe round (tests/make_unseen9.py): new layouts read exactly, look-alikes read as none.

Catalogs: every row of every document exact (canonical truth header: 序号 职业资格名称 译名 颁证单位
对应职称 所属系列). Look-alikes ({"catalog": false}): the reader finds no catalog in them, or it
finds rows whose 对应职称 no 职称 list holds (a skill level, a talent class), which validation holds
back (tests/pipeline/test_unseen9_run.py runs those through `catalog run`). Measure the round with
`.venv/bin/python bench/unseen9_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen9"


# Catalogs not read whole, and refused with the reason (never published short).
NOT_READ = {
    "taicang.html": "table 2 goes on with 序号 6, but its 7 columns are not the header's 6",
    "taicang-chromium.pdf": "table 2 goes on with 序号 6, but its 7 columns are not the header's 6",
}


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen9_catalog_every_row_exact(path: Path) -> None:
    if path.name in NOT_READ:
        with pytest.raises(CatalogIncomplete, match=NOT_READ[path.name]):
            probe.rows(path)
        return
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


# A look-alike that still gives rows: its 对应职称 cells are no 职称, and validation holds it back.
TITLES_NOT_PROFESSIONAL = {"butie.xlsx"}


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen9_look_alike_is_no_catalog(path: Path) -> None:
    if path.name in TITLES_NOT_PROFESSIONAL:
        assert {row[4] for row in probe.rows(path)} == {"A类", "B类", "C类"}
        return
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)
