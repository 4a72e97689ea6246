"""Word documents whose catalog is an embedded Excel worksheet object (tests/make_embedded.py): read
where the object stands, with the Word document's lineage; a worksheet the document shows only in
part is refused with its reason. Before, such a notice read as one without a catalog (exit 0)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, NoCatalogFound, UnreadableDocument
from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "embedded"


def _truth(path: Path) -> list[tuple[str, ...]]:
    return [tuple(row) for row in json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))["rows"]]


@pytest.mark.parametrize("name", ["sanming-ole.docx", "longyan-ole-xls.docx", "putian-ole-word.docx"])
def test_docx_embedded_worksheet_catalog_every_row_exact(name: str) -> None:
    path = FIXTURES / name
    catalog = document_to_catalog(read_document(path, file_to_source(path, FIXTURES)))
    rows = [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog.rows]
    assert rows == _truth(path)
    assert {(r.ref.file, r.ref.table) for r in catalog.rows} == {(name, 1)}  # lineage: the Word document's table 1
    assert [r.ref.row for r in catalog.rows] == list(range(2, len(rows) + 2))


def test_docx_embedded_worksheet_shown_in_part_is_refused() -> None:
    path = FIXTURES / "nanping-ole-partial.docx"
    with pytest.raises(UnreadableDocument, match=r"has cells past the range the document shows \(A1:F4\)"):
        read_document(path, file_to_source(path, FIXTURES))


def test_docx_embedded_object_not_read_is_never_no_catalog() -> None:
    # a PDF embedded as an icon (the attachment inside the notice) is not read: refused with that reason
    path = FIXTURES / "ningde-ole-pdf.docx"
    document = read_document(path, file_to_source(path, FIXTURES))
    assert document.embedded == ("AcroExch.Document.DC",)
    with pytest.raises(CatalogIncomplete, match=r"embeds 1 object\(s\) that are not read \(AcroExch\.Document\.DC\)"):
        document_to_catalog(document)


def test_docx_embedded_worksheet_damaged_is_a_clear_error(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from make_embedded import document  # the fixtures' own writer

    path = tmp_path / "damaged-ole.docx"
    document("三明市", "明人社〔2025〕1号", "2025年4月8日", b"PK\x03\x04 not a workbook").save(path)
    with pytest.raises(UnreadableDocument, match="embedded as /word/embeddings/Microsoft_Excel_Worksheet.xlsx"):
        read_document(path, file_to_source(path, tmp_path))


def test_docx_embedded_equation_is_no_reason_to_refuse(tmp_path: Path) -> None:
    # an equation or a drawing holds no catalog: a notice without a catalog that carries one stays "no catalog"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from make_embedded import OLE_BIN, document  # the fixtures' own writer

    path = tmp_path / "equation.docx"
    document("三明市", "明人社〔2025〕2号", "2025年4月8日", b"\xd0\xcf\x11\xe0 an equation",
             embedded=(*OLE_BIN, "Equation.DSMT4")).save(path)
    doc = read_document(path, file_to_source(path, tmp_path))
    assert doc.embedded == ()
    with pytest.raises(NoCatalogFound):
        document_to_catalog(doc)
