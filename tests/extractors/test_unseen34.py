"""The unseen34 probe round (tests/make_unseen34.py): notices in the full format of GB/T 9704-2012 (红头 with a red
rule drawn as a line, a border, a filled bar or a picture; 文号; a seal over the signature; the catalog in an 附件 on
pages of its own, 42 to 150 rows over up to 12 pages, its header repeated or not, rows split by page breaks; page
numbers in the — 3 — style on alternating sides; the 版记 with 抄送 and 印发 between rules, under the catalog or
alone at a page's foot; a second attachment that is a form) in 13 cities no earlier round used; two look-alikes in
the same format. First contact is in FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen34_run.py runs the
round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import NoCatalogFound
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen34"
# Rows the reader gives otherwise than printed, each with the check that makes its field wait for a steward
# (tests/flows/test_unseen34_run.py: in review, not published as certain):
AS_READ: probe.AsRead = {
    # Chromium broke "Architect -|Professional" after a dash standing alone: its space cannot be told
    ("xinyu-chromium.pdf", "45"): ("AWS Certified Solutions Architect -Professional", "亚马逊云科技认证解决方案架构师（专业级）",
                                   "qualification: -|Professional"),
}


def test_unseen34_round_size() -> None:
    assert (len(probe.documents(FIXTURES, catalog=True)), len(probe.documents(FIXTURES, catalog=False))) == (11, 2)


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen34_rows_and_notice_details(path: Path) -> None:
    probe.assert_rows_and_details(path, AS_READ)


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen34_lookalike_has_no_catalog(path: Path) -> None:
    with pytest.raises(NoCatalogFound):
        probe.rows(path)
