"""Builders for DOCX and HTML test documents that differ from the bundled notices.

Each builder writes a document from catalog rows (the truth fixtures) and returns the rows a
reader must give back, computed here from the layout the builder chose: merged positions are
None, the merge's first position carries the text.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from html import escape
from pathlib import Path

import docx
from docx.table import Table

Rows = list[list[str | None]]

# Header wording another city uses, with a country column the bundled notices lack.
VARIANT_HEADER = ["序号", "资格名称", "译名", "认证机构", "发证国家", "可认定专业技术资格", "所属系列"]
# Truth columns (序号 职业资格名称 译名 颁证单位 对应职称 所属系列) in VARIANT_HEADER order; None = country.
_VARIANT_SOURCE = [0, 1, 2, 3, None, 4, 5]
MERGED_COLUMNS = (3, 5, 6)  # 认证机构, 可认定专业技术资格, 所属系列: merged over runs of equal values


def country_of(issuer: str) -> str:
    """A plausible 发证国家 for the test column: the issuer's leading country name, if any."""
    for country in ("美国", "英国", "德国", "澳大利亚", "加拿大", "日本", "法国", "新加坡", "国际"):
        if issuer.startswith(country):
            return country
    return ""


def to_variant_rows(truth_rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Truth rows rearranged under VARIANT_HEADER, with the country column filled."""
    return [[row[i] if i is not None else country_of(row[3]) for i in _VARIANT_SOURCE] for row in truth_rows]


def split_lines(text: str) -> list[str]:
    """Where a builder breaks a cell's text: before " (", which join_lines rejoins with one space."""
    head, sep, tail = text.partition(" (")
    return [head, "(" + tail] if sep and head else [text]


def vertical_runs(rows: Sequence[Sequence[str]], column: int) -> list[tuple[int, int]]:
    """(first, last) row indexes of each run of equal values in a column."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][column] != rows[start][column]:
            runs.append((start, i - 1))
            start = i
    return runs


def merged_expectation(title: str, header: list[str], data: list[list[str]]) -> Rows:
    """What a reader returns for a title row spanning the table, the header and merged data."""
    expected: Rows = [[title] + [None] * (len(header) - 1), list(header)]
    for i, row in enumerate(data):
        expected.append([None if i and c in MERGED_COLUMNS and data[i - 1][c] == v else v for c, v in enumerate(row)])
    return expected


def _write_lines(cell: object, lines: list[str], as_paragraphs: bool) -> None:
    """Write lines into a python-docx cell: as a line break (w:br) or as separate paragraphs."""
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    run = paragraph.add_run(lines[0])
    for line in lines[1:]:
        if as_paragraphs:
            cell.add_paragraph(line)  # type: ignore[attr-defined]
        else:
            run.add_break()
            run = paragraph.add_run(line)


def build_merged_docx(path: Path, truth_rows: Sequence[Sequence[str]], title: str) -> Rows:
    """A DOCX catalog with a merged title row, VARIANT_HEADER, vertical merges and line breaks."""
    data = to_variant_rows(truth_rows)
    document = docx.Document()
    document.add_paragraph("附件")
    document.add_paragraph(title)
    table = document.add_table(rows=len(data) + 2, cols=len(VARIANT_HEADER))
    table.cell(0, 0).text = title
    table.cell(0, 0).merge(table.cell(0, len(VARIANT_HEADER) - 1))
    for c, name in enumerate(VARIANT_HEADER):
        table.cell(1, c).text = name
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            if c not in MERGED_COLUMNS:
                _write_lines(table.cell(r + 2, c), split_lines(value), as_paragraphs=c == 2)
    _merge_runs(table, data)
    document.save(str(path))
    return merged_expectation(title, VARIANT_HEADER, data)


def _merge_runs(table: Table, data: list[list[str]]) -> None:
    for c in MERGED_COLUMNS:
        for first, last in vertical_runs(data, c):
            _write_lines(table.cell(first + 2, c), split_lines(data[first][c]), as_paragraphs=False)
            if last > first:
                table.cell(first + 2, c).merge(table.cell(last + 2, c))


def catalog_html(truth_rows: Sequence[Sequence[str]], header: Sequence[str], title: str, charset: str) -> str:
    """An HTML page: a title row with colspan, rowspan over runs of equal values, <br> in cells."""
    width = len(header)
    body = [f"<tr><td colspan='{width}'>{escape(title)}</td></tr>"]
    body.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>")
    runs = {c: dict(vertical_runs(truth_rows, c)) for c in (4, 5)}
    for i, row in enumerate(truth_rows):
        cells = []
        for c, value in enumerate(row):
            if c in runs and i not in runs[c]:
                continue  # covered by the rowspan above
            span = f" rowspan='{runs[c][i] - i + 1}'" if c in runs else ""
            cells.append(f"<td{span}>" + "<br>".join(escape(line) for line in split_lines(value)) + "</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
        f"<title>{escape(title)}</title><script>var t = '<p>不是正文</p>';</script></head><body>"
        f"<div>附件</div><p>{escape(title)}</p><table border='1'>" + "\n".join(body) + "</table>"
        "<p style='display:none'>隐藏文字</p></body></html>"
    )


def catalog_html_expectation(truth_rows: Sequence[Sequence[str]], header: Sequence[str], title: str) -> Rows:
    """What a reader returns for catalog_html: spanned positions None."""
    expected: Rows = [[title] + [None] * (len(header) - 1), list(header)]
    for i, row in enumerate(truth_rows):
        expected.append([None if c in (4, 5) and i and truth_rows[i - 1][c] == v else v for c, v in enumerate(row)])
    return expected


def soffice_convert(source: Path, out_dir: Path, target: str) -> Path:
    """Convert with LibreOffice in a private profile, so parallel runs never share a lock."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
             "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    out = out_dir / (source.stem + ".docx")
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no {out.name}")
    return out


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> None:
    """Copy a zip, replacing some members' bytes and adding others (deflated)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, replace.get(item.filename, src.read(item.filename)))
        for name, data in (add or {}).items():
            dst.writestr(name, data)


def frame_docx(path: Path, inner_rows: Sequence[Sequence[str]]) -> None:
    """A DOCX whose content sits in a 1x1 layout table holding a paragraph and a data table."""
    document = docx.Document()
    document.add_paragraph("正文之前")
    frame = document.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.paragraphs[0].add_run("框内文字")
    inner = cell.add_table(rows=len(inner_rows), cols=len(inner_rows[0]))
    for r, row in enumerate(inner_rows):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    cell.add_paragraph("框内结尾")
    document.add_paragraph("正文之后")
    document.save(str(path))
