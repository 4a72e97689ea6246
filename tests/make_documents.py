"""Builders for test documents that differ from the bundled notices.

A catalog (header + rows) is written as DOCX (python-docx) or HTML, then printed to PDF by
LibreOffice or Chromium, so the PDF extractor meets other page sizes, fonts, column widths,
merged cells and another PDF producer (Skia). Tests import these; nothing here asserts.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.notices import NOTICES  # noqa: F401  (re-exported for the extractor tests)
from tests.notices import load_truth as truth_json

Rows = Sequence[Sequence[str]]
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Truth:
    """A catalog as published: header and rows."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class MadePdf:
    """A PDF we produced from a known catalog, and that catalog."""

    path: Path
    truth: Truth


def load_truth(name: str) -> Truth:
    """A bundled notice's truth as a Truth (tests only: the pipeline never reads truth)."""
    data = truth_json(name)
    return Truth(tuple(data["header"]), tuple(tuple(r) for r in data["rows"]))


@dataclass(frozen=True)
class DocxLayout:
    """How a catalog is laid out in Word: page, font and column widths (None: equal widths)."""

    page_cm: tuple[float, float] = (21.0, 29.7)
    landscape: bool = False
    font_pt: float = 10.5
    col_widths_cm: tuple[float, ...] | None = None
    merge_columns: tuple[int, ...] = ()
    intro: str = "附件\n国际职业资格比照认定职称目录（第二批）"
    # Rows from this index on go into a second table (no header) after a page break: the
    # catalog goes on at the top of the next page, as when a clerk splits a long table.
    page_break_before: int | None = None


def has_tool(name: str) -> bool:
    """True when a command-line tool is on PATH."""
    return shutil.which(name) is not None


def has_soffice() -> bool:
    """True when LibreOffice can be run."""
    return has_tool("soffice")


def has_chromium() -> bool:
    """True when Chromium can be run."""
    return chromium_binary() is not None


def chromium_binary() -> str | None:
    """The first Chromium/Chrome executable on PATH."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    return None


def equal_runs(rows: Rows, column: int) -> list[tuple[int, int]]:
    """Index ranges [start, end) of runs of two or more equal values in one column."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][column] != rows[start][column]:
            if i - start > 1:
                runs.append((start, i))
            start = i
    return runs


def merge_runs_in_html(page: str, column: int, css: str = "") -> str:
    """A web page whose catalog table prints each run of equal cells in `column` as one cell
    (rowspan), as bureaus merge a repeated issuer; `css` is added to its head."""
    rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
    cells = [re.findall(r"<t[hd][^>]*>.*?</t[hd]>", row, re.S) for row in rows]
    texts = [[re.sub(r"<[^>]+>", "", cell) for cell in row] for row in cells[1:]]
    for start, end in equal_runs(texts, column):
        cells[start + 1][column] = cells[start + 1][column].replace("<td>", f"<td rowspan='{end - start}'>", 1)
        for row in cells[start + 2 : end + 1]:
            row[column] = ""
    printed = iter("<tr>" + "".join(row) + "</tr>" for row in cells)
    page = re.sub(r"<tr>.*?</tr>", lambda _: next(printed), page, flags=re.S)
    return page.replace("</head>", f"<style>{css}</style></head>", 1)


def write_catalog_docx(path: Path, header: Sequence[str], rows: Rows, layout: DocxLayout) -> Path:
    """Write a Word document holding an intro and the catalog as a bordered table."""
    doc = new_docx()
    _set_page(doc, layout)
    _set_fonts(doc, layout.font_pt)
    for line in layout.intro.splitlines():
        doc.add_paragraph(line)
    split = len(rows) if layout.page_break_before is None else layout.page_break_before
    table = _add_table(doc, rows[:split], layout, header)
    _repeat_header(table.rows[0])
    if split < len(rows):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _add_table(doc, rows[split:], layout)
    doc.save(str(path))
    return path


def _add_table(doc: object, rows: Rows, layout: DocxLayout, header: Sequence[str] = ()) -> object:
    """A bordered table: the header (if any), then the rows, merged and sized as laid out."""
    top = 1 if header else 0
    table = doc.add_table(rows=len(rows) + top, cols=len(header or rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    if header:
        _fill_row(table.rows[0].cells, header)
    for r, row in enumerate(rows, start=top):
        _fill_row(table.rows[r].cells, row)
    for column in layout.merge_columns:
        for start, end in equal_runs(rows, column):
            merged = table.cell(start + top, column).merge(table.cell(end - 1 + top, column))
            _set_text(merged, rows[start][column])
    if layout.col_widths_cm:
        for column, width in zip(table.columns, layout.col_widths_cm):
            for cell in column.cells:
                cell.width = Cm(width)
    return table


def write_catalog_html(path: Path, header: Sequence[str], rows: Rows, *, css: str = "") -> Path:
    """Write an HTML page with a bordered catalog table (thead repeats on every printed page)."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows
    )
    style = (
        "body{font-family:'Noto Serif CJK SC',serif;font-size:10pt}"
        "table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #000;padding:3px;text-align:left;vertical-align:top}" + css
    )
    path.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><style>{style}</style></head><body>"
        f"<p>附件</p><p>国际职业资格比照认定职称目录</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>",
        encoding="utf-8",
    )
    return path


def soffice_to_pdf(src: Path, outdir: Path) -> Path:
    """Convert a document to PDF with headless LibreOffice (own profile: runs in parallel)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
            check=True, capture_output=True, timeout=180,
        )
    out = outdir / (src.stem + ".pdf")
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no PDF for {src}")
    return out


def chromium_to_pdf(src: Path, out: Path) -> Path:
    """Print an HTML file to PDF with headless Chromium (Skia's PDF backend)."""
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", src.resolve().as_uri()],
            check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": profile},
        )
    if not out.exists():
        raise RuntimeError(f"Chromium wrote no PDF for {src}")
    return out


def pdf_page_to_image_pdf(pdf: Path, out: Path, *, dpi: int = 60) -> Path:
    """Rasterize a PDF's first page and wrap the picture in a PDF: a 'scan' without text."""
    from PIL import Image

    prefix = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
        check=True, capture_output=True, timeout=60,
    )
    with Image.open(prefix.with_suffix(".png")) as image:
        image.convert("RGB").save(out, "PDF", resolution=float(dpi))
    return out


def encrypt_pdf(pdf: Path, out: Path, *, user_password: str) -> Path:
    """Encrypt with qpdf (AES-256); an empty user password opens without asking."""
    subprocess.run(
        ["qpdf", "--encrypt", user_password, "owner-secret", "256", "--", str(pdf), str(out)],
        check=True, capture_output=True, timeout=60,
    )
    return out


def drop_to_unicode(pdf: Path, out: Path) -> Path:
    """The same PDF with its fonts' ToUnicode maps renamed away, as some producers write them:
    the glyphs still draw, but the text layer decodes to glyph codes ("(cid:12)")."""
    qdf = out.with_suffix(".qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(qdf)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    data = qdf.read_bytes()
    assert b"/ToUnicode" in data
    out.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets stay valid
    qdf.unlink()
    return out


def _set_page(doc: object, layout: DocxLayout) -> None:
    section = doc.sections[0]  # type: ignore[attr-defined]
    width, height = layout.page_cm
    if layout.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = max(width, height), min(width, height)
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))


def _set_fonts(doc: object, size: float) -> None:
    style = doc.styles["Normal"]  # type: ignore[attr-defined]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def _fill_row(cells: Sequence[object], values: Sequence[str]) -> None:
    for cell, value in zip(cells, values):
        _set_text(cell, value)


def _set_text(cell: object, value: str) -> None:
    cell.text = value  # type: ignore[attr-defined]
    for paragraph in cell.paragraphs[1:]:  # type: ignore[attr-defined]
        paragraph._element.getparent().remove(paragraph._element)


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    element = tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    tr_pr.append(element)
