"""Regenerate tests/fixtures/embedded: Word documents whose catalog is an embedded Excel worksheet.

    .venv/bin/python tests/make_embedded.py

Word's Insert > Object > Microsoft Excel Worksheet (WPS has the same) puts a workbook inside the
document (word/embeddings/…xlsx, or an Excel 97-2003 book as word/embeddings/oleObject1.bin) and
shows a picture of it where the object stands (`w:object` holding `v:shape` and `o:OLEObject
ProgID="Excel.Sheet.12" r:id=…`). Clerks paste catalogs this way. The page shows the range the
embedded workbook's `oleSize` names, of its active sheet.

    sanming-ole.docx        the catalog as an embedded .xlsx, oleSize covering the whole table
    longyan-ole-xls.docx    the catalog as an embedded Excel 97-2003 book (the .xls LibreOffice
                            writes from the same sheet, as oleObject1.bin, ProgID Excel.Sheet.8)
    nanping-ole-partial.docx  the object shows A1:F4 of a sheet that has 6 rows: which rows the notice
                            means cannot be told (truth: the shown rows; the notice held back)
    putian-ole-word.docx    the catalog as a Word document embedded as an icon (ProgID Word.Document.12)
    ningde-ole-pdf.docx     the catalog as a PDF embedded as an icon (ProgID AcroExch.Document.DC),
                            which is not read: refused with that reason

Rows are real (the bundled notices' rows, by tests/make_unseen9.pick). Beside each, <stem>.truth.json.
Needs soffice (LibreOffice) for the .xls, whose bytes (LibreOffice's own time stamps) differ on each run.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import openpyxl
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_unseen9 import T, W, notice_lines, numbered, pick  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OUT = FIXTURES / "embedded"
HEADER = ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
OLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"


def workbook(rows: list[tuple[str, ...]], ole_size: str | None = None) -> bytes:
    """An .xlsx of the header and rows on one sheet, its oleSize (the range an object shows) set."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目录"
    for row in [HEADER, *rows]:
        sheet.append(list(row))
    buf = io.BytesIO()
    book.save(buf)
    out = io.BytesIO()  # times pinned (zip dates, the book's created and modified): the same bytes each run
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/workbook.xml" and ole_size:  # CT_Workbook: oleSize comes after calcPr
                body = re.sub(rb"(<calcPr[^>]*/>)", rb'\1<oleSize ref="' + ole_size.encode() + rb'"/>', body)
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", body)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            dst.writestr(info, body)
    return out.getvalue()


def as_xls(xlsx: bytes) -> bytes:
    """The same book as Excel 97-2003 (.xls), written by LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "book.xlsx"
        src.write_bytes(xlsx)
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)  # fmt: skip
        return (Path(tmp) / "book.xls").read_bytes()


OLE_BIN = ("oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject", OLE)


def document(city: str, doc_no: str, date: str, blob: bytes, *, xls: bool = False,
             embedded: tuple[str, str, str, str] | None = None, aspect: str = "Content") -> docx.document.Document:  # fmt: skip
    """The notice's lines, the object where the catalog stands (a worksheet, or `embedded`: part
    name, content type, relationship type and ProgID), and the closing lines."""
    lines = notice_lines(city, doc_no, date, f"{city}国际职业资格比照认定职称目录（第一批）")
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    name, kind, reltype, progid = embedded or ((*OLE_BIN, "Excel.Sheet.8") if xls else
                                               ("Microsoft_Excel_Worksheet.xlsx", XLSX, PACKAGE, "Excel.Sheet.12"))  # fmt: skip
    part = Part(PackURI(f"/word/embeddings/{name}"), kind, blob, doc.part.package)
    rid = doc.part.relate_to(part, reltype)
    doc.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:object w:dxaOrig="9600" w:dyaOrig="3000"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
        'style="width:480pt;height:150pt" o:ole=""/>'
        f'<o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i1025" DrawAspect="{aspect}" '
        f'ObjectID="_1790000001" r:id="{rid}"/></w:object></w:r>'))
    doc.add_paragraph("注：本目录自发布之日起施行。")
    doc.core_properties.created = doc.core_properties.modified = datetime(2025, 1, 1, tzinfo=timezone.utc)
    return doc


def _pinned(package: bytes) -> bytes:
    """An Office package with its zip dates pinned."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0)), src.read(item.filename))
    return out.getvalue()


def save(doc: docx.document.Document, stem: str, truth: dict) -> None:  # type: ignore[type-arg]
    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()  # zip dates pinned: the bytes are the same on every run
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0)), src.read(item.filename))
    (OUT / f"{stem}.docx").write_bytes(out.getvalue())
    (OUT / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rows = numbered(pick(W, 1, 2, 3) + pick(T, 1, 2))
    save(document("三明市", "明人社〔2025〕12号", "2025年4月8日", workbook(rows, f"A1:F{len(rows) + 1}")), "sanming-ole",
         {"header": list(HEADER), "rows": [list(r) for r in rows], "why": "the catalog is an embedded .xlsx worksheet object"})
    rows = numbered(pick(T, 3, 4, 5, 6))
    save(document("龙岩市", "龙人社〔2025〕7号", "2025年5月6日", as_xls(workbook(rows)), xls=True), "longyan-ole-xls",
         {"header": list(HEADER), "rows": [list(r) for r in rows],
          "why": "the catalog is an embedded Excel 97-2003 worksheet object (oleObject1.bin)"})
    rows = numbered(pick(W, 4, 5, 6, 7, 8))
    save(document("南平市", "南人社〔2025〕3号", "2025年6月2日", workbook(rows, "A1:F4")), "nanping-ole-partial",
         {"header": list(HEADER), "rows": [list(r) for r in rows[:3]],
          "why": "the object shows A1:F4 (3 rows) of a sheet of 5 rows: held back (which rows the notice means is unclear)"})
    rows = numbered(pick(W, 9, 10, 11) + pick(T, 7, 8))
    inner = docx.Document()
    inner.add_paragraph("莆田市国际职业资格比照认定职称目录（第一批）")
    table = inner.add_table(rows=0, cols=len(HEADER))
    for row in [HEADER, *rows]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    inner.core_properties.created = inner.core_properties.modified = datetime(2025, 1, 1, tzinfo=timezone.utc)
    buf = io.BytesIO()
    inner.save(buf)
    word = ("Microsoft_Word_Document.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            PACKAGE, "Word.Document.12")  # fmt: skip
    save(document("莆田市", "莆人社〔2025〕21号", "2025年7月1日", _pinned(buf.getvalue()), embedded=word, aspect="Icon"),
         "putian-ole-word", {"header": list(HEADER), "rows": [list(r) for r in rows],
                             "why": "the catalog is a Word document embedded as an icon (the attachment inside the notice)"})
    pdf = (FIXTURES / "unseen23" / "xinxiang-liexu-libreoffice.pdf").read_bytes()
    save(document("宁德市", "宁人社〔2025〕5号", "2025年8月3日", pdf, embedded=(*OLE_BIN, "AcroExch.Document.DC"), aspect="Icon"),
         "ningde-ole-pdf", {"catalog": False, "why": "the catalog is a PDF embedded as an icon, which is not read: "
                                                     "held back with that reason (never 'no catalog')"})
    for path in sorted(OUT.glob("*.docx")):
        print(path)


if __name__ == "__main__":
    main()
