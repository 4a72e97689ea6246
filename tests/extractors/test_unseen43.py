"""The unseen43 probe round (tests/make_unseen43.py): catalogs printed as text, not as a table (numbered paragraphs,
lines typed with the space bar or tab stops, Word's automatic lists, <ol>, <br> lines, sentences per series, a table
going on as text lines), and four controls (qualifications named as examples, a numbered list of materials, a table
catalog whose body repeats three rows as text). A catalog printed as text is not read: the notice is refused or set
aside with its reason, and a run holds it back (tests/flows/test_unseen43_run.py). The tab-stop table is read (its
columns line up: extractors/unruled.py), and a landscape page's number is no part of its last row. First contact is
in FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen43"
EXACT = ["sanhe-zhibiao.pdf", "zhongxiang-biaoge.pdf"]
NO_TABLE = ("no-catalog", "find-catalog", "none of the ")
ROWS_PRINTED = ("rejected", "find-catalog", "no table was read as a catalog, but lines that read like catalog rows")
HEADER_PRINTED = ("rejected", "find-catalog", "no table was read as a catalog, but a catalog header")
NOT_READ = {
    "bazhou-kuohao.pdf": ROWS_PRINTED,
    "wuan-fenduan.docx": ROWS_PRINTED,
    "changge-huanhang.html": HEADER_PRINTED,
    "zhuozhou-kongge.pdf": HEADER_PRINTED,
    "gaoan-xufujian.html": ("rejected", "find-catalog", "the catalog table holds 15 rows, but lines that read like its "
                                                        "rows (序号 16, 17"),
    "guixi-banbiao.pdf": ("rejected", "find-catalog", "the catalog table holds 18 rows, but lines that read like its "
                                                      "rows (序号 19, 20"),
    # no table, no row-like lines: "no catalog" here; a run holds each back, as its notice names its catalog
    "dengzhou-liebiao.html": NO_TABLE,
    "ruzhou-fenxilie.pdf": NO_TABLE,
    "xiangcheng-zidong.docx": NO_TABLE,
    "yongcheng-zidong.pdf": NO_TABLE,
    "zhangshu-gongyong.docx": NO_TABLE,
    # controls holding no catalog
    "hanchuan-xilie.html": NO_TABLE,
    "yidu-cailiao.pdf": NO_TABLE,
    "zaoyang-liju.docx": NO_TABLE,
}  # fmt: skip


def test_unseen43_round_size() -> None:
    assert sorted(p.name for p in probe.documents(FIXTURES)) == sorted([*EXACT, *NOT_READ])


@pytest.mark.parametrize("name", EXACT)
def test_unseen43_rows_and_notice_details(name: str) -> None:
    result = probe.assert_read_exactly(FIXTURES / name)
    assert result.catalog.end_unseen == ""  # sanhe's last page is landscape: its — 3 — under the table shows the end


@pytest.mark.parametrize("name", sorted(NOT_READ))
def test_unseen43_text_catalog_not_read_says_why(name: str) -> None:
    probe.assert_not_read(FIXTURES / name, *NOT_READ[name])
