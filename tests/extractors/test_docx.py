"""extractors.docx on the bundled notices and on DOCX files of our own making."""

from __future__ import annotations

import hashlib
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

import extractors.docx as docx_reader
from core.errors import DocumentTooLarge, UnreadableDocument
from core.model import Document, SourceFile
from extractors.docx import read_docx
from extractors.tables import document_to_catalog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/make_docx.py is a plain module
from make_docx import (  # noqa: E402
    build_merged_docx,
    catalog_html,
    catalog_html_expectation,
    frame_docx,
    rewrite_zip,
    soffice_convert,
)

from tests.notices import NOTICES, load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _source(path: Path) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def _read(path: Path) -> Document:
    return read_docx(path, _source(path))



def _cells(doc: Document, table: int = 0) -> list[list[str | None]]:
    return [list(row.cells) for row in doc.tables[table].rows]


@pytest.mark.parametrize("name", NOTICES)
def test_docx_catalog_rows_equalload_truth(name: str) -> None:
    truth = load_truth(name)
    rows = _cells(_read(ROOT / "raw" / f"{name}.docx"))
    assert rows[0] == truth["header"]
    assert rows[1:] == truth["rows"]


@pytest.mark.parametrize("name", NOTICES)
def test_docx_lineage_points_at_table_and_row(name: str) -> None:
    path = ROOT / "raw" / f"{name}.docx"
    doc = _read(path)
    assert [t.index for t in doc.tables] == list(range(1, len(doc.tables) + 1))
    for table in doc.tables:
        assert table.page is None and table.bbox is None
        refs = [row.ref for row in table.rows]
        assert [(r.table, r.row) for r in refs] == [(table.index, n) for n in range(1, len(refs) + 1)]
        assert {(r.file, r.sha256, r.page) for r in refs} == {(path.name, doc.source.sha256, None)}


def test_docx_text_is_body_paragraphs_outside_tables() -> None:
    doc = _read(ROOT / "raw" / "wuxi-2021-49.docx")
    lines = doc.text.split("\n")
    assert lines[:3] == ["无锡市人力资源和社会保障局文件", "锡人社职〔2021〕49号", "关于印发《无锡市国际职业资格比照认定 专业技术资格办法（试行）》的通知"]
    assert lines[-2:] == ["附件", "无锡市国际职业资格比照认定专业技术资格目录（第一批）"]
    assert "" not in lines
    assert "Associate Constructor" not in doc.text  # table text stays in the table


def test_docx_second_table_is_the_application_form() -> None:
    doc = _read(ROOT / "raw" / "taizhou-2022-30.docx")
    assert len(doc.tables) == 2
    form = doc.tables[1]
    assert form.index == 2 and len(form.rows) == 10
    assert form.rows[0].cells == ("姓 名", "", "性 别", "", "联系电话", "")
    # A cell spanning five grid columns: text at the first, None over the rest.
    assert form.rows[8].cells[0] == "市（区）职称部门或市直部门意见"
    assert (form.rows[8].cells[1] or "").startswith("经审核，该申报人符合比照认定申报条件")
    assert form.rows[8].cells[2:] == (None, None, None, None)
    assert doc.text.split("\n")[-2:] == ["附件 2", "国际职业资格比照认定专业技术资格申报表"]


@pytest.fixture(scope="session")
def merged_docx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[list[str | None]]]:
    path = tmp_path_factory.mktemp("docx") / "merged.docx"
    expected = build_merged_docx(path, load_truth("taizhou-2022-30")["rows"], "苏州市国际职业资格比照认定职称目录（第二批）")
    return path, expected


def test_docx_merges_line_breaks_and_header_variant(merged_docx: tuple[Path, list[list[str | None]]]) -> None:
    path, expected = merged_docx
    rows = _cells(_read(path))
    assert rows == expected
    assert rows[0][1:] == [None] * 6  # the title row's gridSpan
    assert rows[3][3] is None and rows[2][3] is not None  # a vMerge continuation under its first cell
    across = [row.across for row in _read(path).tables[0].rows]
    assert across[0] == frozenset(range(1, 7))  # the gridSpan covers its own row's positions
    assert 3 not in across[3]  # the vMerge continuation is covered from above


def test_docx_merged_cells_are_one_grid_each(merged_docx: tuple[Path, list[list[str | None]]]) -> None:
    path, _ = merged_docx
    # python-docx repeats a merged cell at every position it covers; the reader prints it once
    # (at its first position) and marks the covered positions None.
    table = docx.Document(str(path)).tables[0]
    seen: list[object] = []  # the cells' XML elements, kept alive so that `is` compares them
    covered = []
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if any(cell._tc is tc for tc in seen):
                covered.append((r, c))
            seen.append(cell._tc)
    rows = _cells(_read(path))
    assert len(covered) > 40
    assert [(r, c) for r, row in enumerate(rows) for c, cell in enumerate(row) if cell is None] == covered


def test_docx_merged_cells_fill_the_catalog_rows(merged_docx: tuple[Path, list[list[str | None]]]) -> None:
    path, _ = merged_docx
    catalog = document_to_catalog(_read(path))
    printed = [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in catalog.rows]
    assert printed == load_truth("taizhou-2022-30")["rows"]


@pytest.mark.slow
def test_docx_saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> None:
    truth = load_truth("wuxi-2021-49")
    folder = tmp_path_factory.mktemp("lo")
    page = folder / "catalog.html"
    page.write_text(catalog_html(truth["rows"][:25], truth["header"], "无锡市目录（第二批）", "utf-8"), encoding="utf-8")
    path = soffice_convert(page, folder, "docx:MS Word 2007 XML")
    with zipfile.ZipFile(path) as archive:
        assert b"LibreOffice" in archive.read("docProps/app.xml")
    doc = _read(path)
    assert _cells(doc) == catalog_html_expectation(truth["rows"][:25], truth["header"], "无锡市目录（第二批）")
    assert doc.text.split("\n")[:2] == ["附件", "无锡市目录（第二批）"]


def test_docx_layout_frame_yields_inner_table(tmp_path: Path) -> None:
    rows = [["序号", "职业资格名称", "对应职称"], ["1", "CFA", "经济师"]]
    path = tmp_path / "frame.docx"
    frame_docx(path, rows)
    doc = _read(path)
    assert [_cells(doc, i) for i in range(len(doc.tables))] == [rows]
    assert doc.tables[0].index == 1
    assert doc.text.split("\n") == ["正文之前", "框内文字", "框内结尾", "正文之后"]


def test_docx_zip_bomb_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    zeros = b"\0" * (2 * docx_reader.MIN_RATIO_BYTES)
    rewrite_zip(ROOT / "raw" / "wuxi-2021-49.docx", path, {}, add={"word/media/image1.bin": zeros})
    with pytest.raises(DocumentTooLarge, match="zip bomb") as info:
        _read(path)
    assert info.value.file == "bomb.docx"


def test_docx_over_unpacked_cap_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED_BYTES", 100_000)
    with pytest.raises(DocumentTooLarge, match="unpacks to 934166 bytes"):
        _read(ROOT / "raw" / "wuxi-2021-49.docx")


def _with_external_entity(tmp_path: Path) -> tuple[Path, str]:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42", encoding="utf-8")
    source = ROOT / "raw" / "wuxi-2021-49.docx"
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("word/document.xml")
    decl_end = xml.index(b"?>") + 2
    dtd = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'.encode()
    xml = xml[:decl_end] + dtd + xml[decl_end:].replace(b"Associate Constructor", b"Associate &x;", 1)
    path = tmp_path / "xxe.docx"
    rewrite_zip(source, path, {"word/document.xml": xml})
    return path, "TOP-SECRET-42"


def test_docx_external_entity_is_refused(tmp_path: Path) -> None:
    path, secret = _with_external_entity(tmp_path)
    with pytest.raises(UnreadableDocument, match="declares a DTD") as info:
        _read(path)
    assert secret not in str(info.value)


def test_docx_parser_does_not_resolve_external_entities(tmp_path: Path) -> None:
    # The second layer: python-docx itself, without our DTD check, leaves the entity unresolved.
    path, secret = _with_external_entity(tmp_path)
    body = docx.Document(str(path)).element.body
    grid = docx_reader.tbl_to_grid(next(body.iter(docx_reader.TBL))).rows
    assert grid[1][1] == "Associate"  # the text before the entity, nothing after
    assert all(secret not in (cell or "") for row in grid for cell in row)
    assert secret not in "".join(docx_reader.paragraph_to_text(p) for p in body.iter(docx_reader.P))


@pytest.mark.parametrize(
    "content",
    [b"this is plain text, not a zip", b"PK\x03\x04" + b"\0" * 64, b""],
    ids=["text", "zip-header-only", "empty"],
)
def test_docx_not_a_zip_is_unreadable(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(content)
    with pytest.raises(UnreadableDocument, match="not a readable zip"):
        _read(path)


def test_docx_truncated_zip_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    data = (ROOT / "raw" / "wuxi-2021-49.docx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableDocument):
        _read(path)


def test_docx_zip_without_word_document_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(UnreadableDocument, match="not a readable Word document"):
        _read(path)


def test_an_ofd_document_is_refused_naming_its_format(tmp_path: Path) -> None:
    from core.errors import UnsupportedFormat
    from extractors.sniff import sniff_format

    path = tmp_path / "notice.ofd"  # an OFD package: OFD.xml at its root, pages of XML under Doc_0/
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>')
        archive.writestr("Doc_0/Document.xml", "<ofd:Document xmlns:ofd='http://www.ofdspec.org/2016'/>")
    with pytest.raises(UnsupportedFormat, match=r"an OFD document \(GB/T 33190"):
        sniff_format(path)


def test_docx_a_catalog_cell_holding_a_small_table_keeps_the_catalog(tmp_path: Path) -> None:
    # Found by probing: one issuer cell holding a 1x2 table (中文名 | (English)) made the whole
    # catalog read as a layout frame, and the notice was reported "no catalog".
    import json

    import docx as python_docx

    from extractors import read_document
    from extractors.sniff import file_to_source
    from extractors.tables import document_to_catalog
    from tests.notices import FIXTURES, RAW

    truth = json.loads((FIXTURES / "wuxi-2021-49.truth.json").read_text(encoding="utf-8"))["rows"]
    made = python_docx.Document(str(RAW / "wuxi-2021-49.docx"))
    cell = made.tables[0].rows[10].cells[3]
    for paragraph in cell.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    cell.paragraphs[0].text = ""
    zh, en = truth[9][3].split(" (", 1)
    nested = cell.add_table(rows=1, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = zh, "(" + en
    path = tmp_path / "wuxi-nested.docx"
    made.save(str(path))
    rows = document_to_catalog(read_document(path, file_to_source(path, tmp_path))).rows
    assert [(r.seq, r.qualification, r.issuer, r.title, r.series) for r in rows] == [
        (t[0], t[1], t[3], t[4], t[5]) for t in truth
    ]


@pytest.mark.parametrize(
    ("title", "width_cm", "height_cm", "outcome"),
    [("附件：国际职业资格比照认定职称目录", 16.0, 12.0, "quarantined"),  # the catalog pasted as a picture
     ("附件：国际职业资格比照认定职称目录", 4.0, 4.0, "no catalog"),  # a seal
     ("附件：国际职业资格比照认定职称目录", 16.0, 2.5, "no catalog"),  # a red letterhead
     ("关于做好2024年度职称评审工作的通知", 16.0, 12.0, "no catalog")],  # a picture in a notice naming no catalog
    ids=["table-sized", "seal", "letterhead", "no-catalog-named"],
)  # fmt: skip
def test_docx_a_catalog_printed_as_a_picture_is_never_no_catalog(
    tmp_path: Path, title: str, width_cm: float, height_cm: float, outcome: str
) -> None:
    """A notice that names its catalog and holds a picture as large as a table: the catalog is
    likely that picture, which is not read. It is quarantined (the run waits, exit 1) with that
    reason; as "no catalog" (before), a run with other notices passed with it missing. Its PDF
    (LibreOffice's print) too. A smaller picture (a seal, a letterhead) keeps "no catalog", its
    reason naming the pictures so a steward knows where to look."""
    import io

    from docx.shared import Cm
    from make_documents import has_soffice, soffice_to_pdf
    from PIL import Image

    from core.errors import CatalogIncomplete, NoCatalogFound
    from extractors.tables import document_to_catalog
    from pipeline.ingest import file_to_result

    png = io.BytesIO()
    Image.new("RGB", (round(width_cm * 20), round(height_cm * 20)), "white").save(png, format="PNG")
    made = docx.Document()
    made.add_paragraph(title)
    made.add_picture(io.BytesIO(png.getvalue()), width=Cm(width_cm), height=Cm(height_cm))
    path = tmp_path / "picture.docx"
    made.save(str(path))
    doc = read_docx(path, SourceFile("picture.docx", hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size))
    assert doc.pictures == 1
    if outcome == "quarantined":
        with pytest.raises(CatalogIncomplete, match=r"names its catalog \(国际职业资格比照认定职称目录\) and holds 1 "
                                                     r"picture\(s\) as large as a table"):  # fmt: skip
            document_to_catalog(doc)
    else:
        with pytest.raises(NoCatalogFound, match=r"the file holds 1 picture\(s\): a catalog printed as a picture is not read"):
            document_to_catalog(doc)
    if outcome == "quarantined" and has_soffice():
        pdf = soffice_to_pdf(path, tmp_path / "pdf")
        result = file_to_result(pdf, pdf.parent)
        assert (result.status, result.step) == ("rejected", CatalogIncomplete.step), result.reason
        assert "as large as a table" in result.reason


def _paragraph(*runs: tuple[str, str]) -> etree._Element:
    """A w:p of runs (text, run properties XML)."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:r><w:rPr>{props}</w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r>" for text, props in runs)
    return etree.fromstring(f"<w:p xmlns:w='{ns}'>{body}</w:p>")


@pytest.mark.parametrize(
    ("runs", "text"),
    [
        ((("工程师", ""), ("3", "<w:vertAlign w:val='superscript'/>")), "工程师"),  # a footnote marker ends it
        ((("Active Member", ""), ("*", "<w:vertAlign w:val='superscript'/>"), (" ", "")), "Active Member "),
        ((("国际信息系统安全认证联盟 (ISC)", ""), ("2", "<w:vertAlign w:val='superscript'/>")),
         "国际信息系统安全认证联盟 (ISC)2"),  # (ISC)²: the name's own digit
        ((("m", ""), ("2", "<w:vertAlign w:val='superscript'/>"), (" area", "")), "m2 area"),  # not at the end
        ((("AICHE member", "<w:strike/>"), (" AIChE member", "")), " AIChE member"),  # struck: replaced
        ((("AIChE", "<w:strike w:val='0'/>"), (" member", "")), "AIChE member"),  # strike switched off
        ((("Society", "<w:dstrike/>"), ("ASM", "")), "ASM"),  # struck twice
        ((("asm", "<w:caps/>"), (" International", "")), "ASM International"),  # all caps: printed in capitals
        ((("ASM", "<w:caps w:val='false'/>"), (" Int", "")), "ASM Int"),  # caps switched off
    ],
)  # fmt: skip
def test_docx_footnote_markers_and_struck_text_are_not_read(runs: tuple[tuple[str, str], ...], text: str) -> None:
    assert docx_reader.paragraph_to_text(_paragraph(*runs)) == text
