"""A bare catalog attachment printed in Chinese only (no Latin name, no 国际 in it) cannot tell
itself from a table of domestic qualifications, so alone it is set aside (UncertainCatalog).
Fetched with the notice page that links it, whose title says 国际职业资格, it is that notice's
catalog: published with the page's document number and the attachment's URL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as new_docx

from core.model import SourceFile
from extractors.sniff import file_to_source
from pipeline.provenance import Retrieval, record_retrieval
from tests.flows.test_catalog_flow import run_cli
from tests.notices import read_table

ROWS = [("1", "英国皇家特许测量师", "英国皇家特许测量师学会", "高级工程师", "工程系列"),
        ("2", "注册专业工程师", "美国国家勘察设计考试者理事会", "高级工程师", "工程系列"),
        ("3", "特许公认会计师", "英国特许公认会计师公会", "高级会计师", "会计系列")]  # fmt: skip
PAGE_URL, FILE_URL = "http://rsj.example.cn/tzgg/202603/t2.html", "http://rsj.example.cn/files/附件.docx"


def page_html(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            "<p>常人社发〔2026〕12号</p><p>各辖市、区人力资源和社会保障局：</p>"
            "<p>现将目录印发给你们，请遵照执行。</p><p>常州市人力资源和社会保障局</p><p>2026年3月1日</p>"
            '<p>附件：<a href="/files/附件.docx">附件.docx</a></p></body></html>')  # fmt: skip


def attachment(path: Path) -> None:
    """The catalog table alone, as a clerk attaches it: a header and rows, nothing else."""
    document = new_docx()
    table = document.add_table(rows=0, cols=5)
    for cells in [("序号", "职业资格名称", "颁证单位", "对应职称", "所属系列"), *ROWS]:
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    document.save(str(path))


def fetched(raw: Path, title: str) -> None:
    """raw/ as `catalog fetch PAGE_URL` leaves it: the page, its attachment, and where each came from."""
    raw.mkdir()
    (raw / "t2.html").write_text(page_html(title), encoding="utf-8")
    attachment(raw / "附件.docx")
    for name, url, linked_from in (("t2.html", PAGE_URL, ""), ("附件.docx", FILE_URL, PAGE_URL)):
        source: SourceFile = file_to_source(raw / name, raw)
        record_retrieval(raw, Retrieval(url, url, linked_from, "2026-03-02T01:30:00Z", 200, "", "", "",
                                        source.sha256, source.size, name))  # fmt: skip


def test_a_page_that_says_international_vouches_for_its_chinese_only_attachment(tmp_path: Path) -> None:
    fetched(tmp_path / "raw", "关于印发《常州市国际职业资格比照认定职称目录》的通知")
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--curated", str(tmp_path / "curated"), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    current = tmp_path / "curated" / "current"
    entries, notices = read_table(current / "entries.csv"), read_table(current / "notices.csv")
    assert [tuple(r) for r in entries[["seq", "qualification", "issuer", "title", "series"]].to_numpy()] == ROWS
    assert set(entries["doc_number"]) == {"常人社发〔2026〕12号"} and set(entries["source_url"]) == {FILE_URL}
    [notice] = notices.to_dict("records")
    assert (notice["formats"], notice["city"], notice["title"]) == ("docx", "常州", "关于印发《常州市国际职业资格比照认定职称目录》的通知")
    assert list(read_table(current / "rejected.csv")["file"]) == ["t2.html"]  # the page: no catalog of its own


@pytest.mark.parametrize("title", ["关于公布专业技术人员职业资格与职称对应关系的通知"])
def test_a_page_that_does_not_say_it_leaves_the_attachment_set_aside(tmp_path: Path, title: str) -> None:
    fetched(tmp_path / "raw", title)
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--curated", str(tmp_path / "curated"), home=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "nothing says its qualifications are international" in result.stdout + result.stderr
    assert not (tmp_path / "curated" / "current").exists()  # nothing published
