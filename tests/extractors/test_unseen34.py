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
from extractors import read_document
from extractors.sniff import file_to_source
from pipeline.ingest import document_to_result
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen34"
FIELDS = ("doc_number", "city", "office", "notice_title", "issue_date", "batch", "catalog_title")
# Rows the reader gives otherwise than printed, each with the check that makes its field wait for a steward
# (tests/flows/test_unseen34_run.py: in review, not published as certain):
AS_READ = {
    # Chromium broke "Architect -|Professional" after a dash standing alone: its space cannot be told
    ("xinyu-chromium.pdf", "45"): ("AWS Certified Solutions Architect -Professional", "qualification: -|Professional"),
    # a Japanese name in forms traditional Chinese shares (技術, 機械, 部門) reads as simplified, in review
    ("zunyi-changbiao.pdf", "26"): ("技术士（机械部门）", "qualification: 技術士（機械部門） → 技术士（机械部门） (printed in traditional characters)"),
    ("pingxiang-banji.docx", "5"): ("技术士（机械部门）", "qualification: 技術士（機械部門） → 技术士（机械部门） (printed in traditional characters)"),
}


def test_unseen34_round_size() -> None:
    assert (len(probe.documents(FIXTURES, catalog=True)), len(probe.documents(FIXTURES, catalog=False))) == (11, 2)


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen34_rows_and_notice_details(path: Path) -> None:
    result = document_to_result(read_document(path, file_to_source(path, path.parent)))
    truth = probe.truth(path)
    assert result.catalog is not None, result.reason
    expected = [list(row) for row in truth["rows"]]
    for row in expected:
        if (path.name, row[0]) in AS_READ:
            row[1] = AS_READ[(path.name, row[0])][0]
    assert [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in result.catalog.rows] == expected
    for row in result.catalog.rows:
        if (path.name, row.seq) in AS_READ:
            assert any(c.startswith(AS_READ[(path.name, row.seq)][1]) for c in row.checks), row.checks
    assert {field: getattr(result.meta, field) for field in FIELDS} == truth["notice"]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen34_lookalike_has_no_catalog(path: Path) -> None:
    with pytest.raises(NoCatalogFound):
        probe.rows(path)
