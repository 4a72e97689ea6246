"""Regenerate tests/fixtures/legacy: the bundled notices in the legacy formats.

    .venv/bin/python tests/make_legacy.py        (or: make legacy)

From each bundled DOCX notice (raw/<notice>.docx, the same bytes as shared/notices/):

    <notice>.doc    LibreOffice Writer's Word 97 export of the DOCX
    <notice>.wps    the .doc's bytes under WPS Writer's extension. LibreOffice cannot write
                    Kingsoft's own formats; WPS Writer saves .wps as a Word 97 binary file, and
                    that is what this stands for. It is not a file WPS itself wrote.
    <notice>.xlsx   the DOCX's catalog table as a workbook (openpyxl): the catalog title in a row
                    merged across the table, a blank row, the header, then the rows, 序号 stored
                    as numbers; 所属系列 merged over each run of equal values (the bundled notices
                    merge no cell, so the merges are ours: the reader must fill them down)
    <notice>.xls    LibreOffice Calc's Excel 97 (BIFF8) export of the .xlsx
    <notice>.et     the .xls bytes under WPS Spreadsheets' extension (the same caveat as .wps:
                    WPS saves .et as a BIFF8 compound file; LibreOffice cannot write WPS's own)

And a short notice whose catalog table (taizhou-2022-30's rows, 所属系列 merged over its last
run) is the very last thing in the document, with no paragraph after it, written by python-docx
and exported to .doc by LibreOffice:

    end-table.docx / .doc         with a page-number footer, as notices have (GB/T 9704):
                                  the table survives the round trip through LibreOffice
    end-table-bare.docx / .doc    without header or footer: LibreOffice's .doc import loses the
                                  table (the reader refuses the file, saying so)

Needs LibreOffice with Writer and Calc (libreoffice-writer-nogui, libreoffice-calc-nogui).
The files are committed: tests never regenerate them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
import openpyxl  # noqa: E402
from docx.table import Table  # noqa: E402

from tests.notices import NOTICES, RAW, load_truth  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "legacy"
SERIES = 5  # 所属系列, the column merged over runs of equal values
END_NOTICE = "taizhou-2022-30"
END_TEXT = ("某市人力资源和社会保障局文件", "某人社〔2023〕7号", "关于公布国际职业资格比照认定职称目录的通知",
            "各有关单位：现将目录印发给你们，请遵照执行。", "附件", "某市国际职业资格比照认定职称目录（第一批）")  # fmt: skip


def convert(source: Path, out_dir: Path, target: str) -> Path:
    """Convert with headless LibreOffice in a private profile; the written file's path."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui "
                         "libreoffice-calc-nogui")  # fmt: skip
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--convert-to", target,
             "--outdir", str(out_dir), str(source)],
            capture_output=True, timeout=180, check=True,
        )  # fmt: skip
    out = out_dir / f"{source.stem}.{target.split(':')[0]}"
    if not out.exists():
        raise SystemExit(f"LibreOffice wrote no {out.name}: {done.stderr.decode(errors='replace')}")
    return out


def docx_catalog(path: Path) -> tuple[str, list[list[str]]]:
    """The catalog title (the paragraph above the table) and the first table's cells, as printed."""
    document = docx.Document(str(path))
    body = document.element.body
    table_element = next(child for child in body if child.tag.endswith("}tbl"))
    title = ""
    for child in body:
        if child is table_element:
            break
        if child.tag.endswith("}p"):
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")).strip()
            title = text or title
    table = Table(table_element, document.part)
    return title, [[cell.text for cell in row.cells] for row in table.rows]


def runs(rows: Sequence[Sequence[str]], column: int) -> list[tuple[int, int]]:
    """(first, last) index of each run of two or more equal, non-empty values in `column`."""
    found: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index][column] != rows[start][column]:
            if index - start > 1 and rows[start][column]:
                found.append((start, index - 1))
            start = index
    return found


def write_workbook(path: Path, title: str, grid: list[list[str]]) -> Path:
    """The catalog as a sheet: title row merged across, a blank row, header, rows (序号 as numbers)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目录"
    width = len(grid[0])
    sheet.cell(row=1, column=1, value=title)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    header, rows = grid[0], grid[1:]
    for column, text in enumerate(header, start=1):
        sheet.cell(row=3, column=column, value=text)
    for offset, row in enumerate(rows):
        for column, text in enumerate(row, start=1):
            value: str | int = int(text) if column == 1 and text.isdigit() else text
            sheet.cell(row=4 + offset, column=column, value=value)
    for first, last in runs(rows, SERIES):
        for offset in range(first + 1, last + 1):
            sheet.cell(row=4 + offset, column=SERIES + 1, value=None)
        sheet.merge_cells(start_row=4 + first, start_column=SERIES + 1, end_row=4 + last, end_column=SERIES + 1)
    book.save(path)
    return path


def write_end_table_docx(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], footer: str) -> Path:
    """A notice whose catalog table is the last element of the body (no paragraph after it)."""
    document = docx.Document()
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for line in END_TEXT:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    first, last = runs(rows, SERIES)[-1]
    for r in range(first + 1, last + 1):
        table.cell(1 + r, SERIES).text = ""
    table.cell(1 + first, SERIES).merge(table.cell(1 + last, SERIES))
    body = document.element.body
    assert body[-2].tag.endswith("}tbl"), "the table must be the body's last element (before sectPr)"
    document.save(str(path))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for notice in NOTICES:
            source = work / f"{notice}.docx"
            shutil.copyfile(RAW / f"{notice}.docx", source)
            doc = convert(source, work, "doc:MS Word 97")
            shutil.copyfile(doc, OUT / f"{notice}.doc")
            shutil.copyfile(doc, OUT / f"{notice}.wps")
            title, grid = docx_catalog(source)
            xlsx = write_workbook(OUT / f"{notice}.xlsx", title, grid)
            xls = convert(xlsx, work, "xls:MS Excel 97")
            shutil.copyfile(xls, OUT / f"{notice}.xls")
            shutil.copyfile(xls, OUT / f"{notice}.et")
        truth = load_truth(END_NOTICE)
        for name, footer in (("end-table", "— 1 —"), ("end-table-bare", "")):
            end = write_end_table_docx(OUT / f"{name}.docx", truth["header"], truth["rows"], footer)
            shutil.copyfile(convert(end, work, "doc:MS Word 97"), OUT / f"{name}.doc")
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
