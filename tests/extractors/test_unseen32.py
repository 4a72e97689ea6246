"""The unseen32 probe round (tests/make_unseen32.py): notice details as cities word and lay them out (文号 forms,
letterheads, a joint notice, a 签发人 line, a 规范性文件 number, Chinese-numeral and CMS dates, titles wrapped at
awkward places, 公告, batches, an 自治州, a 地区, a 盟, a 高新区, a county-level city, a Shanghai district, other
cities named first in the navigation or the text). Each truth holds the notice's details besides its rows. First
contact is in FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen32_run.py runs the round through
`catalog run` and checks notices.csv.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import read_document
from extractors.sniff import file_to_source
from pipeline.ingest import document_to_result
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen32"
# Where the published detail differs from the round's truth on purpose:
AS_PUBLISHED = {
    # a bare 第12号 names no office or year, and notices are told apart by their 文号: kept empty
    ("wenshan-gonggao.html", "doc_number"): "",
    # offices signing side by side are joined with 、, as offices signing one above the other are
    ("zhangjiajie-lianhe.pdf", "office"): "张家界市人力资源和社会保障局、张家界市科学技术局",
}


def test_unseen32_round_size() -> None:
    assert len(probe.documents(FIXTURES)) == 15


@pytest.mark.parametrize("path", probe.documents(FIXTURES), ids=lambda p: p.name)
def test_unseen32_rows_and_notice_details(path: Path) -> None:
    result = document_to_result(read_document(path, file_to_source(path, path.parent)))
    truth = probe.truth(path)
    assert result.catalog is not None, result.reason
    assert [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in result.catalog.rows] == [
        tuple(row) for row in truth["rows"]]  # fmt: skip
    expected = {field: AS_PUBLISHED.get((path.name, field), truth["notice"][field]) for field in probe.NOTICE_FIELDS}
    assert {field: getattr(result.meta, field) for field in probe.NOTICE_FIELDS} == expected
