"""Regenerate tests/fixtures/unseen11: a fourth blind probe round of layouts, producers and look-alikes.

    .venv/bin/python tests/make_unseen11.py            # every document
    .venv/bin/python tests/make_unseen11.py jiangyin   # only these

Catalogs in layouts the earlier rounds lack: a DOCX whose 序号 is Word's automatic list numbering
(w:numPr: the number is in no w:t); a DOCX with tracked changes (a deleted row, deleted and
inserted text in cells, an inserted row, a row moved by w:moveFrom / w:moveTo); one table per
系列, each under a heading paragraph, without a 所属系列 column; a catalog nested in a cell of a
layout table between a letterhead and a signature row; header cells broken over lines (职业资格 /
名称) in a two-row header whose 序号 is merged down (vMerge) and whose 中文名称 comes before
英文名称; a government CMS page (the catalog nested in layout tables, <th> as the first column,
<colgroup>, <br> and &nbsp; in cells, one <tbody> per 系列, a contact table after it); a catalog
inside <iframe srcdoc>; a workbook whose 序号 are formulas (=ROW()-3, cached by LibreOffice
Calc), 所属系列 merged, a frozen pane, a print area and a hidden superseded 对应职称 column; a
workbook without borders printed with Calc's gridlines; a catalog in a two-column page section; a
catalog that goes on in a landscape section after portrait pages; a catalog whose last rows come
on a page after the bureau's signature block; two catalogs in one notice (附件1 第一批 adjusted,
附件2 第二批); a catalog followed by a table of withdrawn qualifications under the same header;
LibreOffice Writer's HTML export of a DOCX catalog and Chromium's print of that page; a workbook
whose catalog goes on in a second sheet without its header; a table shaded in stripes with no
rules at all.

Look-alikes: a 人才引进 list with 国际职业资格证书 and 拟认定职称 per person, a 职称评审委员会 roster,
a 继续教育 course catalog with 颁证单位 and 适用职称, a 外国专家 list with their qualifications,
the result list of 比照认定 applications (姓名 | 证书 | 认定职称 | 所属系列), a 政策问答 table, an
examination plan of international certificates, and a notice withdrawing qualifications from a
catalog, whose table carries a catalog's exact header (停止比照认定).

Beside each document, <stem>.truth.json as tests/make_unseen9.py writes it: {"header", "rows"}
with the canonical header and every cell as printed, or {"catalog": false, "why": ...}. A
catalog given as tables per 系列 under headings has the heading's 系列 (工程系列 words as printed,
the ordinal 一、 dropped) in every row. A tracked-changes DOCX's truth is the document with every
change accepted (what Word shows in its Simple Markup / No Markup views and prints without markup).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import openpyxl  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, RGBColor  # noqa: E402
from make_unseen9 import (  # noqa: E402
    CANONICAL_HEADER,
    CSS,
    Made,
    Row,
    T,
    W,
    catalog_truth,
    chromium_pdf,
    docx_doc,
    docx_table,
    html_page,
    html_table,
    merge_down,
    no_catalog,
    numbered,
    pick,
    th_row,
)
from openpyxl.styles import Alignment, Border, Side  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen11"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_truth) put their files here
_DATE = "w:author='张三' w:date='2025-06-01T09:00:00Z'"


def lines_of(city: str, short: str, no: int, date: str, annex: str | None = None) -> list[str]:
    return make_unseen9.notice_lines(
        city, f"{short}人社发〔2025〕{no}号", date, annex or f"{city}国际职业资格比照认定职称目录（第一批）"
    )


def _save_docx(doc: object, stem: str, tmp: Path, pdf: bool = True) -> None:
    src = OUT / f"{stem}.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    if pdf:
        make_unseen9._pdf_from_docx(src, tmp)


def _paragraphs(doc: object, lines: Sequence[str]) -> None:
    for line in lines:
        doc.add_paragraph(line)  # type: ignore[attr-defined]


def _calc_pdf(xlsx: Path, stem: str, tmp: Path) -> None:
    copy = tmp / f"{stem}.xlsx"
    shutil.copy(xlsx, copy)
    pdf = make_unseen9.soffice_to_pdf(copy, tmp)
    shutil.move(str(pdf), str(OUT / f"{stem}.pdf"))


def _calc_resave(xlsx: Path, tmp: Path) -> None:
    """Open and save a workbook in LibreOffice Calc (formulas get their cached values)."""
    work = tmp / "resave"
    work.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(work), str(xlsx)],
                       check=True, capture_output=True, timeout=180)  # fmt: skip
    shutil.move(str(work / xlsx.name), str(xlsx))


# --- catalogs -----------------------------------------------------------------------------------

_NUMBERING = (
    "<w:abstractNum {ns} w:abstractNumId='90'><w:multiLevelType w:val='singleLevel'/>"
    "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:lvlText w:val='%1'/>"
    "<w:lvlJc w:val='center'/><w:pPr><w:ind w:left='0' w:firstLine='0'/></w:pPr></w:lvl></w:abstractNum>"
)


def jiangyin(tmp: Path) -> list[Made]:
    """序号 by Word's automatic list numbering: each 序号 cell is an empty paragraph with w:numPr
    (a one-level decimal list, "%1"), the number in no w:t; 26 rows over two pages."""
    rows = numbered(pick(W, *range(1, 27)))
    doc = docx_doc()
    _paragraphs(doc, lines_of("江阴市", "澄", 11, "2025年3月18日"))
    table = docx_table(doc, [CANONICAL_HEADER, *[["", *r[1:]] for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
    numbering.insert(0, parse_xml(_NUMBERING.format(ns=nsdecls("w"))))
    numbering.append(parse_xml(f"<w:num {nsdecls('w')} w:numId='90'><w:abstractNumId w:val='90'/></w:num>"))
    for tr in table.rows[1:]:  # type: ignore[attr-defined]
        p = tr.cells[0].paragraphs[0]._p
        ppr = p.get_or_add_pPr()
        ppr.append(parse_xml(f"<w:numPr {nsdecls('w')}><w:ilvl w:val='0'/><w:numId w:val='90'/></w:numPr>"))
    _save_docx(doc, "jiangyin-libreoffice", tmp)
    return [Made("jiangyin-libreoffice", catalog_truth(rows))]


def _runs_to(p: object, wrapper: str, text_tag: str = "w:t") -> None:
    """Wrap every run of a paragraph in a tracked-change element (w:del, w:ins, w:moveFrom, w:moveTo)."""
    el = p._p  # type: ignore[attr-defined]
    for i, r in enumerate(list(el.findall(qn("w:r")))):
        if text_tag == "w:delText":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        box = parse_xml(f"<{wrapper} {nsdecls('w')} w:id='{800 + i + id(r) % 10000}' {_DATE}/>")
        el.replace(r, box)
        box.append(r)


def _row_mark(tr: object, kind: str) -> None:
    """Mark a table row as inserted or deleted (w:trPr/w:ins, w:trPr/w:del)."""
    tr_el = tr._tr  # type: ignore[attr-defined]
    trpr = tr_el.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:{kind} {nsdecls('w')} w:id='{700 + id(tr) % 1000}' {_DATE}/>"))


def _replace_text(cell: object, old: str, new: str) -> None:
    """A tracked edit of a cell: old deleted (w:del/w:delText), new inserted (w:ins)."""
    p = cell.paragraphs[0]._p  # type: ignore[attr-defined]
    for r in p.findall(qn("w:r")):
        p.remove(r)
    p.append(parse_xml(f"<w:del {nsdecls('w')} w:id='901' {_DATE}><w:r><w:delText>{html.escape(old)}</w:delText></w:r></w:del>"))
    p.append(parse_xml(f"<w:ins {nsdecls('w')} w:id='902' {_DATE}><w:r><w:t>{html.escape(new)}</w:t></w:r></w:ins>"))


def yixing(tmp: Path) -> list[Made]:
    """Tracked changes, none accepted: a withdrawn row deleted (w:trPr/w:del, its text w:delText), a
    title and a 序号 edited (w:del then w:ins), a new row inserted at the end (w:trPr/w:ins), and a
    row moved up (its old place w:moveFrom, text still in w:t, its new place w:moveTo)."""
    base = pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
    withdrawn = pick(T, 40)[0]
    added = pick(T, 41)[0]
    # final (accepted) order: base[0..4], base[9] moved up, base[5..8], base[10..11], added
    final = [*base[:5], base[9], *base[5:9], *base[10:], added]
    rows = numbered(final)
    doc = docx_doc()
    _paragraphs(doc, lines_of("宜兴市", "宜", 21, "2025年6月3日"))
    printed = [CANONICAL_HEADER]
    printed += [list(r) for r in rows[:5]]
    printed.append(["", *withdrawn])  # deleted row (after 5)
    printed.append(list(rows[5]))  # moved-to row (序号 6)
    printed += [list(r) for r in rows[6:10]]
    printed.append(["10", *base[9]])  # moved-from: the row's old place, its old 序号
    printed += [list(r) for r in rows[10:]]
    table = docx_table(doc, printed, (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    trs = table.rows  # type: ignore[attr-defined]
    deleted, moved_to, moved_from, inserted = trs[6], trs[7], trs[12], trs[-1]
    deleted.cells[0].paragraphs[0].add_run("6")
    _row_mark(deleted, "del")
    for cell in deleted.cells:
        _runs_to(cell.paragraphs[0], "w:del", "w:delText")
    _row_mark(moved_to, "ins")
    for cell in moved_to.cells:
        _runs_to(cell.paragraphs[0], "w:moveTo")
    _row_mark(moved_from, "del")
    for cell in moved_from.cells:
        _runs_to(cell.paragraphs[0], "w:moveFrom")
    _row_mark(inserted, "ins")
    for cell in inserted.cells:
        _runs_to(cell.paragraphs[0], "w:ins")
    # a title edited in place (row 3): 高级工程师 deleted, the accepted title inserted
    _replace_text(trs[3].cells[4], "高级工程师", rows[2][4])
    # 序号 renumbered after the deleted row: row 8's old number 9 deleted, 8 inserted
    _replace_text(trs[9].cells[0], "9", rows[7][0])
    _save_docx(doc, "yixing", tmp, pdf=False)
    return [Made("yixing", catalog_truth(rows))]


DANYANG_GROUPS = (("一、建设工程系列", "建设工程系列", (1, 2, 3, 4, 5, 6)),
                  ("二、机械工程系列", "机械工程系列", (25, 26, 27, 28, 29)),
                  ("三、电子信息工程系列", "电子信息工程系列", (53, 54, 55, 56)))  # fmt: skip


def danyang(tmp: Path) -> list[Made]:
    """One table per 系列, each under a heading paragraph (一、建设工程系列), no 所属系列 column; every
    table repeats the header and 序号 runs on across the tables."""
    header = CANONICAL_HEADER[:5]
    doc = docx_doc()
    _paragraphs(doc, lines_of("丹阳市", "丹", 7, "2025年2月26日"))
    rows: list[Row] = []
    for heading, series, seqs in DANYANG_GROUPS:
        doc.add_paragraph(heading)  # type: ignore[attr-defined]
        part = [(str(len(rows) + i), q, z, iss, t, series) for i, (q, z, iss, t, _) in enumerate(pick(W, *seqs), 1)]
        rows += part
        docx_table(doc, [header, *[list(r[:5]) for r in part]], (1.0, 4.6, 3.4, 5.2, 2.2))
    _save_docx(doc, "danyang-libreoffice", tmp)
    return [Made("danyang-libreoffice", catalog_truth(rows))]


def jurong(tmp: Path) -> list[Made]:
    """The catalog nested in a layout table: row 1 the letterhead, row 2 the catalog (a table in the
    cell, with the annex title above it), row 3 the signature and date."""
    rows = numbered(pick(W, 31, 32, 33, 34, 35, 36, 37, 38, 39))
    doc = docx_doc()
    _paragraphs(doc, lines_of("句容市", "句", 15, "2025年4月15日")[:4])
    frame = doc.add_table(rows=3, cols=1)  # type: ignore[attr-defined]
    frame.style = "Table Grid"
    frame.cell(0, 0).text = "句容市人力资源和社会保障局文件"
    cell = frame.cell(1, 0)
    cell.text = "附件：句容市国际职业资格比照认定职称目录（第一批）"
    docx_table(cell, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 3.8, 2.8, 4.4, 2.0, 2.0))
    cell.add_paragraph("")
    frame.cell(2, 0).text = "句容市人力资源和社会保障局　2025年4月15日"
    _save_docx(doc, "jurong-libreoffice", tmp)
    return [Made("jurong-libreoffice", catalog_truth(rows))]


def yangzhong(tmp: Path) -> list[Made]:
    """A two-row header: 序号, 颁证单位, 对应职称 and 所属系列 merged down (vMerge) over 国际职业资格
    spanning 中文名称 | 英文名称 (the Chinese name first); header cells broken over lines with w:br
    (职业资格 / 证书颁发 / 单位, 对应 / 职称)."""
    rows = numbered(pick(T, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23))
    top = ["序号", "国际职业资格", "", "证书颁发\n单位", "对应\n职称", "所属\n系列"]
    second = ["", "中文名称", "英文名称", "", "", ""]
    printed = [[s, z, q, i, t, se] for s, q, z, i, t, se in rows]
    doc = docx_doc()
    _paragraphs(doc, lines_of("扬中市", "扬中", 4, "2025年1月21日"))
    table = docx_table(doc, [["", "", "", "", "", ""], second, *printed], (1.0, 3.4, 4.2, 4.6, 2.0, 2.2))
    for c, text in enumerate(top):  # header text with line breaks (w:br), as Word writes Shift+Enter
        p = table.cell(0, c).paragraphs[0]  # type: ignore[attr-defined]
        for k, part in enumerate(text.split("\n")):
            run = p.add_run(part)
            if k < len(text.split("\n")) - 1:
                run.add_break(WD_BREAK.LINE)
    for c in (0, 3, 4, 5):
        merge_down(table, c, 0, 1)
    merged = table.cell(0, 1).merge(table.cell(0, 2))  # type: ignore[attr-defined]
    for paragraph in merged.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)
    for c in (0, 3, 4, 5):  # merge_down re-sets the text: put the line breaks back
        cell = table.cell(0, c)  # type: ignore[attr-defined]
        p = cell.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        parts = top[c].split("\n")
        for k, part in enumerate(parts):
            run = p.add_run(part)
            if k < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    _save_docx(doc, "yangzhong-libreoffice", tmp)
    return [Made("yangzhong-libreoffice", catalog_truth(rows))]


CMS_CSS = CSS + (
    "table.layout,table.layout>tbody>tr>td,table.article,table.article>tbody>tr>td{border:none}"
    ".nav{font-size:9pt;color:#666}.foot{font-size:9pt;color:#666;text-align:center}"
)


def _cms_cell(text: str) -> str:
    """A cell as a CMS's editor writes it: &nbsp; around the text, <br> at a space of a long Latin name."""
    words = html.escape(text)
    if len(text) > 34 and text.isascii() and " " in text[12:]:
        cut = text.index(" ", 12)
        words = html.escape(text[:cut]) + "<br>" + html.escape(text[cut + 1 :])
    return f"&nbsp;{words}&nbsp;"


def jingjiang(tmp: Path) -> list[Made]:
    """A government CMS page: the catalog nested two layout tables deep (navigation row, article
    cell, footer row), <colgroup> widths, the header in <th>, every row's 序号 a <th>, &nbsp; and
    <br> in cells, one <tbody> per 所属系列, and a contact table after the catalog."""
    rows = numbered(pick(T, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37))
    groups: dict[str, list[Row]] = {}
    for r in rows:
        groups.setdefault(r[5], []).append(r)
    bodies = "".join(
        "<tbody>\n" + "".join(
            f"<tr><th scope='row'>{r[0]}</th>" + "".join(f"<td>{_cms_cell(c)}</td>" for c in r[1:]) + "</tr>\n"
            for r in part
        ) + "</tbody>\n"
        for part in groups.values()
    )  # fmt: skip
    cols = "".join(f"<col width='{w}'>" for w in (40, 170, 120, 190, 70, 80))
    heads = "".join(f"<th>{h}</th>" for h in ("序号", "职业资格<br>名称", "译名", "颁证<br>单位", "对应<br>职称", "所属<br>系列"))
    catalog = (f"<table class='MsoNormalTable' border='1' cellspacing='0' cellpadding='0'><colgroup>{cols}</colgroup>"
               f"<thead><tr>{heads}</tr></thead>\n{bodies}</table>\n")  # fmt: skip
    contacts = ("<p>附件2</p><p>咨询电话</p><table border='1'><tr><th>序号</th><th>受理单位</th><th>地址</th><th>电话</th></tr>"
                "<tr><td>1</td><td>靖江市人才服务中心</td><td>人民南路88号</td><td>0523-84812345</td></tr>"
                "<tr><td>2</td><td>靖江市政务服务中心</td><td>江平路1号</td><td>0523-84854321</td></tr></table>\n")  # fmt: skip
    lines = lines_of("靖江市", "靖", 26, "2025年7月22日")
    text = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    article = (f"<table class='article' width='100%'><tr><td><h2>{html.escape(lines[1])}</h2>"
               f"<p class='nav'>发布时间：2025-07-22　来源：市人社局　浏览次数：1024</p></td></tr>"
               f"<tr><td>{text}{catalog}{contacts}</td></tr></table>")  # fmt: skip
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(lines[1])}</title>"
            f"<style>{CMS_CSS}</style></head><body>\n<table class='layout' width='100%'>"
            "<tr><td class='nav'>首页 &gt; 政务公开 &gt; 通知公告</td></tr>"
            f"<tr><td>{article}</td></tr>"
            "<tr><td class='foot'>主办：靖江市人力资源和社会保障局　苏ICP备12345678号</td></tr></table></body></html>\n")  # fmt: skip
    src = OUT / "jingjiang.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "jingjiang-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("jingjiang", truth), Made("jingjiang-chromium", truth)]


def taixing(tmp: Path) -> list[Made]:
    """The catalog in an <iframe srcdoc> (a CMS embeds the attachment's page so): the notice's text
    in the page, the table only in the frame's document."""
    rows = numbered(pick(W, 40, 41, 42, 43, 44, 45, 46, 47))
    inner = html_page(["泰兴市国际职业资格比照认定职称目录（第一批）", "泰兴市国际职业资格比照认定职称目录（第一批）"],
                      [html_table(th_row(CANONICAL_HEADER), rows)])  # fmt: skip
    lines = lines_of("泰兴市", "泰兴", 13, "2025年5月9日")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    frame = f"<iframe srcdoc=\"{html.escape(inner, quote=True)}\" width='100%' height='1400' frameborder='0'></iframe>\n"
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(lines[1])}</title>"
            f"<style>{CSS}</style></head><body>\n{paragraphs}{frame}</body></html>\n")
    src = OUT / "taixing.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "taixing-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("taixing", truth), Made("taixing-chromium", truth)]


def _box(ws: object, first_row: int, last_row: int, cols: str) -> None:
    thin = Side(style="thin")
    for r in range(first_row, last_row + 1):
        for c in cols:
            cell = ws[f"{c}{r}"]  # type: ignore[index]
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")


def gaoyou(tmp: Path) -> list[Made]:
    """A workbook whose table starts at B3: 序号 are formulas (=ROW()-3, values cached by Calc), the
    superseded 对应职称 column kept but hidden before the current one, 所属系列 merged down, a frozen
    header, a print area; and Calc's print of it."""
    rows = numbered(pick(T, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52))
    rows = sorted(rows, key=lambda r: (r[5], int(r[0])))
    rows = [(str(n), *r[1:]) for n, r in enumerate(rows, start=1)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws["B1"] = "高邮市国际职业资格比照认定职称目录（第一批）"
    ws.merge_cells("B1:H1")
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "对应职称", "所属系列"]
    for c, h in zip("BCDEFGH", header):
        ws[f"{c}3"] = h
    old = {"工程师": "助理工程师", "高级工程师": "工程师", "助理工程师": "技术员"}
    for i, (_, q, z, iss, t, se) in enumerate(rows):
        r = 4 + i
        ws[f"B{r}"] = "=ROW()-3"
        ws[f"C{r}"], ws[f"D{r}"], ws[f"E{r}"] = q, z, iss
        ws[f"F{r}"], ws[f"G{r}"], ws[f"H{r}"] = old.get(t, t), t, se
    last = 3 + len(rows)
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][5] != rows[start][5]:
            if i - 1 > start:
                ws.merge_cells(f"H{4 + start}:H{4 + i - 1}")
            start = i
    _box(ws, 3, last, "BCDEFGH")
    ws.column_dimensions["F"].hidden = True
    for c, width in zip("ABCDEFGH", (2, 6, 34, 22, 40, 12, 12, 14)):
        ws.column_dimensions[c].width = width
    ws.freeze_panes = "C4"
    ws.print_area = f"B1:H{last}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for r in range(4, last + 1):
        ws.row_dimensions[r].height = 32
    src = OUT / "gaoyou.xlsx"
    wb.save(str(src))
    _calc_resave(src, tmp)
    _calc_pdf(src, "gaoyou-calc", tmp)
    truth = catalog_truth(rows)
    return [Made("gaoyou", truth), Made("gaoyou-calc", truth)]


def qidong(tmp: Path) -> list[Made]:
    """A workbook with no cell borders, printed by Calc with its gridlines (View > Print gridlines)."""
    rows = numbered(pick(W, 7, 8, 9, 10, 11, 12, 19, 20, 21, 22, 23, 24))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["启东市国际职业资格比照认定职称目录（第一批）"])
    ws.append(CANONICAL_HEADER)
    for row in rows:
        ws.append([int(row[0]), *row[1:]])
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", (6, 34, 22, 44, 12, 12)):
        ws.column_dimensions[col].width = width
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for r in range(3, len(rows) + 3):
        ws.row_dimensions[r].height = 40
    src = OUT / "qidong.xlsx"
    wb.save(str(src))
    _calc_pdf(src, "qidong-calc", tmp)
    truth = catalog_truth(rows)
    return [Made("qidong", truth), Made("qidong-calc", truth)]


def haimen(tmp: Path) -> list[Made]:
    """A notice printed in two newspaper columns (a section with w:cols num=2): the catalog, 8 pt,
    fills the left column and goes on at the top of the right one."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
    doc = docx_doc(font_pt=8)
    _paragraphs(doc, lines_of("海门市", "海门", 9, "2025年8月5日"))
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.left_margin = section.right_margin = Cm(1.5)
    section._sectPr.append(parse_xml(f"<w:cols {nsdecls('w')} w:num='2' w:space='454'/>"))
    widths = (0.6, 2.1, 1.5, 2.3, 1.0, 1.1)
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], widths)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):  # type: ignore[attr-defined]
        col.set(qn("w:w"), str(int(width * 567)))  # LibreOffice lays a table out on its grid, not its cells
    _save_docx(doc, "haimen-libreoffice", tmp)
    return [Made("haimen-libreoffice", catalog_truth(rows))]


def rugao(tmp: Path) -> list[Made]:
    """Portrait pages with the catalog's first 14 rows, then a landscape section where it goes on
    (rows 15 to 28 in a second table without a header)."""
    rows = numbered(pick(W, *range(25, 53)))
    doc = docx_doc()
    _paragraphs(doc, lines_of("如皋市", "皋", 30, "2025年9月16日"))
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[:14]]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    doc.add_paragraph("")  # type: ignore[attr-defined]  # the portrait section ends with this paragraph
    section = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph("")  # type: ignore[attr-defined]  # LibreOffice starts no section at a table
    docx_table(doc, [list(r) for r in rows[14:]], (1.2, 6.5, 4.0, 8.0, 2.5, 3.0))
    _save_docx(doc, "rugao-libreoffice", tmp)
    return [Made("rugao-libreoffice", catalog_truth(rows))]


def jianhu(tmp: Path) -> list[Made]:
    """The catalog's first 16 rows, then the bureau's signature and date, then on a new page its last
    4 rows (the header printed again over them)."""
    rows = numbered(pick(T, *range(1, 21)))
    doc = docx_doc()
    _paragraphs(doc, lines_of("建湖市", "建", 2, "2025年1月30日")[:4])
    doc.add_paragraph("附件")  # type: ignore[attr-defined]
    doc.add_paragraph("建湖市国际职业资格比照认定职称目录（第一批）")  # type: ignore[attr-defined]
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[:16]]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _paragraphs(doc, ["", "建湖市人力资源和社会保障局", "2025年1月30日"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[16:]]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _save_docx(doc, "jianhu-libreoffice", tmp)
    return [Made("jianhu-libreoffice", catalog_truth(rows))]


def shuyang(tmp: Path) -> list[Made]:
    """One notice, two catalogs: 附件1 the first batch as adjusted (10 rows), 附件2 the second batch
    (8 rows, 序号 from 1 again)."""
    first = numbered(pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    second = numbered(pick(T, 21, 22, 23, 24, 25, 26, 27, 28))
    doc = docx_doc()
    _paragraphs(doc, ["沭人社发〔2025〕17号", "关于公布沭阳市国际职业资格比照认定职称目录（第一批调整、第二批）的通知",
                      "各有关单位：", "现将调整后的第一批目录和第二批目录予以公布，请遵照执行。",
                      "沭阳市人力资源和社会保障局", "2025年10月20日",
                      "附件1", "沭阳市国际职业资格比照认定职称目录（第一批，调整后）"])  # fmt: skip
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in first]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _paragraphs(doc, ["附件2", "沭阳市国际职业资格比照认定职称目录（第二批）"])
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in second]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _save_docx(doc, "shuyang-libreoffice", tmp)
    return [Made("shuyang-libreoffice", catalog_truth([*first, *second]))]


def jinhua(tmp: Path) -> list[Made]:
    """The catalog, then a second table under the same header: the qualifications no longer
    recognized (附件2 停止比照认定的国际职业资格), 序号 from 1 again. Only the first is the catalog."""
    rows = numbered(pick(W, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24))
    stopped = numbered(pick(W, 59, 60, 61))
    lines = lines_of("金华市", "金", 33, "2025年11月4日", "附件1 金华市国际职业资格比照认定职称目录（第一批）")
    tables = [html_table(th_row(CANONICAL_HEADER), rows),
              "<p>附件2</p><p>停止比照认定的国际职业资格（自本通知印发之日起不再受理）</p>\n",
              html_table(th_row(CANONICAL_HEADER), stopped)]  # fmt: skip
    src = OUT / "jinhua.html"
    src.write_text(html_page(lines, tables), encoding="utf-8")
    chromium_pdf(src, OUT / "jinhua-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("jinhua", truth), Made("jinhua-chromium", truth)]


def jintan(tmp: Path) -> list[Made]:
    """LibreOffice Writer's HTML export of a DOCX catalog (its own markup: <p> in every cell,
    <font> and <span lang>, col widths), and Chromium's print of that page."""
    rows = numbered(pick(W, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57))
    doc = docx_doc()
    _paragraphs(doc, lines_of("金坛市", "坛", 6, "2025年3月4日"))
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    src = tmp / "jintan.docx"
    doc.save(str(src))
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "html",
                        "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=180)  # fmt: skip
    shutil.move(str(tmp / "jintan.html"), str(OUT / "jintan-writer.html"))
    chromium_pdf(OUT / "jintan-writer.html", OUT / "jintan-writer-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("jintan-writer", truth), Made("jintan-writer-chromium", truth)]


def lishui(tmp: Path) -> list[Made]:
    """A workbook whose catalog goes on in a second sheet: 目录（一） with the title, the header and
    rows 1 to 12, 目录（二） with rows 13 to 20 and no header."""
    rows = numbered(pick(T, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录（一）"
    ws.append(["溧水市国际职业资格比照认定职称目录（第一批）"])
    ws.merge_cells("A1:F1")
    ws.append(CANONICAL_HEADER)
    for row in rows[:12]:
        ws.append([int(row[0]), *row[1:]])
    _box(ws, 2, 14, "ABCDEF")
    ws2 = wb.create_sheet("目录（二）")
    for row in rows[12:]:
        ws2.append([int(row[0]), *row[1:]])
    _box(ws2, 1, len(rows) - 12, "ABCDEF")
    for sheet in (ws, ws2):
        for col, width in zip("ABCDEF", (6, 36, 24, 44, 12, 14)):
            sheet.column_dimensions[col].width = width
    wb.save(str(OUT / "lishui.xlsx"))
    return [Made("lishui", catalog_truth(rows))]


def wenzhou(tmp: Path) -> list[Made]:
    """No rules at all: the header shaded dark with white bold text, the rows shaded in stripes
    (every other row light grey), as a designer's table; LibreOffice's print of it."""
    rows = numbered(pick(W, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44))
    doc = docx_doc()
    _paragraphs(doc, lines_of("温州市", "温", 28, "2025年8月19日"))
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    table.style = None  # type: ignore[attr-defined]
    for i, tr in enumerate(table.rows):  # type: ignore[attr-defined]
        fill = "1F4E79" if i == 0 else ("E7E6E6" if i % 2 == 0 else None)
        for cell in tr.cells:
            if fill:
                cell._tc.get_or_add_tcPr().append(
                    parse_xml(f"<w:shd {nsdecls('w')} w:val='clear' w:color='auto' w:fill='{fill}'/>"))
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.font.bold = True
                    run.font.color.rgb = RGBColor(255, 255, 255)
    _save_docx(doc, "wenzhou-libreoffice", tmp)
    return [Made("wenzhou-libreoffice", catalog_truth(rows))]


# --- look-alikes --------------------------------------------------------------------------------


def rencai(tmp: Path) -> list[Made]:
    """A 人才引进 list: per person the international certificate, its issuer and the title proposed."""
    header = th_row(["序号", "姓名", "引进单位", "国际职业资格证书", "颁证机构", "拟认定职称", "所属系列"])
    body = [["1", "周明", "常州某某智能装备有限公司", "Certified Welding Inspector", "美国焊接协会 (American Welding Society)", "工程师", "机械工程"],
            ["2", "吴婷", "常州某某生物医药有限公司", "ACRP-PM (ACRP Project Manager)", "美国临床研究专业协会 (Association of Clinical Research Professionals)", "工程师", "医药工程"],
            ["3", "郑凯", "常州某某建设集团", "Associate Constructor", "美国建造师学会 (The American Institute of Constructors)", "工程师", "建设工程"],
            ["4", "王雪", "常州某某新材料有限公司", "Certified Quality Engineer", "美国质量协会 (American Society for Quality)", "高级工程师", "机械工程"]]  # fmt: skip
    lines = ["常人才办〔2025〕9号", "关于2025年度第二批高层次人才引进名单的公示", "各有关单位：",
             "经单位推荐、资格审核，现将2025年度第二批高层次人才引进名单予以公示。",
             "常州市人才工作领导小组办公室", "2025年7月1日", "附件", "2025年度第二批高层次人才引进名单"]  # fmt: skip
    src = OUT / "rencai.html"
    src.write_text(html_page(lines, [html_table(header, body)]), encoding="utf-8")
    chromium_pdf(src, OUT / "rencai-chromium.pdf")
    truth = no_catalog("a talent-introduction list of people (姓名) with their certificates, not a catalog")
    return [Made("rencai", truth), Made("rencai-chromium", truth)]


def pingwei(tmp: Path) -> list[Made]:
    """A 职称评审委员会 roster: 姓名 | 工作单位 | 职称 | 专业 | 评委会职务."""
    header = ["序号", "姓名", "工作单位", "职称", "从事专业", "评委会职务"]
    body = [["1", "陈国强", "扬州大学", "教授级高级工程师", "机械工程", "主任委员"],
            ["2", "刘芳", "扬州市建筑设计研究院", "正高级工程师", "建设工程", "副主任委员"],
            ["3", "张伟", "扬州某某化工有限公司", "高级工程师", "石油化工工程", "委员"],
            ["4", "李娜", "扬州市第一人民医院", "主任药师", "医药工程", "委员"],
            ["5", "赵磊", "扬州某某电子科技有限公司", "高级工程师", "电子信息工程", "委员"]]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["扬人社发〔2025〕44号", "关于组建扬州市国际职业资格比照认定职称评审委员会的通知", "各有关单位：",
                      "经研究，决定组建扬州市国际职业资格比照认定职称评审委员会，现将组成人员名单公布如下。",
                      "扬州市人力资源和社会保障局", "2025年5月12日", "附件", "评审委员会组成人员名单"])  # fmt: skip
    docx_table(doc, [header, *body], (1.0, 2.0, 5.0, 3.4, 3.0, 2.6))
    _save_docx(doc, "pingwei-libreoffice", tmp)
    return [Made("pingwei-libreoffice", no_catalog("a 职称评审委员会 roster (姓名), not a catalog"))]


def jixu(tmp: Path) -> list[Made]:
    """A 继续教育 course catalog of international certificates: 课程名称 | 英文名称 | 颁证单位 | 学时 |
    适用职称 | 所属系列, as a workbook."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "课程目录"
    ws.append(["2025年度专业技术人员继续教育国际证书课程目录"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "课程名称", "英文名称", "颁证单位", "学时", "适用职称", "所属系列"])
    for row in (
        [1, "焊接检验员认证课程", "Certified Welding Inspector", "美国焊接协会 (American Welding Society)", 48, "工程师", "机械工程"],
        [2, "质量工程师认证课程", "Certified Quality Engineer", "美国质量协会 (American Society for Quality)", 40, "工程师", "机械工程"],
        [3, "临床研究助理课程", "Certified Clinical Research Associate", "美国临床研究专业协会 (Association of Clinical Research Professionals)", 32, "工程师", "医药工程"],
        [4, "建造师认证课程", "Associate Constructor", "美国建造师学会 (The American Institute of Constructors)", 36, "工程师", "建设工程"],
    ):  # fmt: skip
        ws.append(row)
    _box(ws, 2, 6, "ABCDEFG")
    wb.save(str(OUT / "jixu.xlsx"))
    return [Made("jixu", no_catalog("a 继续教育 course catalog (学时), not a catalog of recognitions"))]


def waizhuan(tmp: Path) -> list[Made]:
    """A list of foreign experts: 姓名 | 国籍 | 所在单位 | 专业领域 | 持有国际职业资格 | 颁证单位."""
    header = ["序号", "姓名", "国籍", "所在单位", "专业领域", "持有国际职业资格", "颁证单位"]
    body = [["1", "David Brown", "英国", "绍兴某某纺织有限公司", "纺织工程", "Chartered Textile Technologist", "英国纺织学会 (The Textile Institute)"],
            ["2", "Hans Weber", "德国", "绍兴某某机械有限公司", "机械工程", "Schweißfachingenieur", "德国焊接学会 (DVS)"],
            ["3", "Emily Clark", "美国", "绍兴某某医药有限公司", "医药工程", "ACRP-CP", "美国临床研究专业协会 (Association of Clinical Research Professionals)"]]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["绍科外〔2025〕6号", "关于公布2025年度绍兴市外国专家库入库名单的通知", "各有关单位：",
                      "经审核，下列外国专家入选2025年度绍兴市外国专家库，现予公布。", "绍兴市科学技术局",
                      "2025年4月28日", "附件", "2025年度绍兴市外国专家库入库名单"])  # fmt: skip
    docx_table(doc, [header, *body], (0.9, 2.2, 1.2, 3.6, 1.8, 3.6, 4.0))
    _save_docx(doc, "waizhuan-libreoffice", tmp)
    return [Made("waizhuan-libreoffice", no_catalog("a list of foreign experts (姓名, 国籍), not a catalog"))]


def bizhao(tmp: Path) -> list[Made]:
    """The result list of 比照认定 applications: 姓名 | 工作单位 | 国际职业资格证书 | 颁证单位 | 认定职称 |
    所属系列, the people given in Latin letters (foreign staff) and in Chinese."""
    header = th_row(["序号", "姓名", "工作单位", "国际职业资格证书", "颁证单位", "认定职称", "所属系列"])
    body = [["1", "Michael Lee", "湖州某某电梯有限公司", "Certified Welding Inspector", "美国焊接协会 (American Welding Society)", "工程师", "机械工程"],
            ["2", "沈佳", "湖州某某药业有限公司", "ACRP-PM (ACRP Project Manager)", "美国临床研究专业协会 (Association of Clinical Research Professionals)", "工程师", "医药工程"],
            ["3", "Sarah Kim", "湖州某某建设有限公司", "Associate Constructor", "美国建造师学会 (The American Institute of Constructors)", "工程师", "建设工程"],
            ["4", "陆洋", "湖州某某新能源有限公司", "Certified Quality Engineer", "美国质量协会 (American Society for Quality)", "工程师", "机械工程"],
            ["5", "James Wong", "湖州某某汽配有限公司", "Certified Reliability Engineer", "美国质量协会 (American Society for Quality)", "工程师", "机械工程"]]  # fmt: skip
    lines = ["湖人社发〔2025〕52号", "关于公布2025年第一批国际职业资格比照认定职称结果的通知", "各有关单位：",
             "根据《湖州市国际职业资格比照认定职称目录（第一批）》，经审核，下列人员比照认定相应职称，现予公布。",
             "湖州市人力资源和社会保障局", "2025年9月8日", "附件", "2025年第一批国际职业资格比照认定职称人员名单"]  # fmt: skip
    src = OUT / "bizhao.html"
    src.write_text(html_page(lines, [html_table(header, body)]), encoding="utf-8")
    chromium_pdf(src, OUT / "bizhao-chromium.pdf")
    truth = no_catalog("the people recognized (姓名) under a catalog, not the catalog")
    return [Made("bizhao", truth), Made("bizhao-chromium", truth)]


def wenda(tmp: Path) -> list[Made]:
    """A 政策问答 table: 序号 | 问题 | 答复, the answers naming qualifications, issuers and titles."""
    header = ["序号", "问题", "答复"]
    body = [["1", "持有PMP证书可以比照认定什么职称？", "Project Management Professional（美国项目管理协会颁发）可比照认定工程师。"],
            ["2", "证书过期后还能申报吗？", "国际职业资格证书须在有效期内，过期证书不予受理。"],
            ["3", "比照认定的职称属于哪个系列？", "按目录所列所属系列确定，如机械工程、建设工程。"],
            ["4", "颁证单位更名怎么办？", "按更名后的颁证单位认定，申报时提供更名证明。"]]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["台州市国际职业资格比照认定职称政策问答", "台州市人力资源和社会保障局", "2025年6月18日"])
    docx_table(doc, [header, *body], (1.0, 6.0, 9.0))
    _save_docx(doc, "wenda-libreoffice", tmp)
    return [Made("wenda-libreoffice", no_catalog("a 政策问答 table (问题 | 答复), not a catalog"))]


def kaoshi(tmp: Path) -> list[Made]:
    """An examination plan of international certificates: 考试名称 | 英文名称 | 主办机构 | 考试时间 | 考点."""
    header = th_row(["序号", "考试名称", "英文名称", "主办机构", "考试时间", "考点"])
    body = [["1", "项目管理专业人士资格认证", "Project Management Professional", "美国项目管理协会（PMI）", "2025年9月6日", "舟山市职业技术学校"],
            ["2", "注册内部审计师", "Certified Internal Auditor", "国际内部审计师协会（IIA）", "2025年10月18日", "舟山市人才市场"],
            ["3", "焊接检验员", "Certified Welding Inspector", "美国焊接协会（AWS）", "2025年11月2日", "浙江海洋大学"]]  # fmt: skip
    lines = ["舟人社函〔2025〕21号", "关于2025年下半年国际职业资格证书考试安排的通知", "各有关单位：",
             "现将2025年下半年在我市举办的国际职业资格证书考试安排通知如下。", "舟山市人力资源和社会保障局",
             "2025年7月30日", "附件", "考试安排表"]  # fmt: skip
    src = OUT / "kaoshi.html"
    src.write_text(html_page(lines, [html_table(header, body)]), encoding="utf-8")
    return [Made("kaoshi", no_catalog("an examination plan, no 职称"))]


def feizhi(tmp: Path) -> list[Made]:
    """A notice withdrawing qualifications from a catalog: its only table carries a catalog's exact
    header (序号 | 职业资格名称 | 译名 | 颁证单位 | 对应职称 | 所属系列) but lists what is no longer
    recognized (停止比照认定)."""
    rows = numbered(pick(W, 57, 58, 59, 60, 61))
    doc = docx_doc()
    _paragraphs(doc, ["衢人社发〔2025〕38号", "关于停止部分国际职业资格比照认定职称的通知", "各有关单位：",
                      "因颁证机构停止颁发相关证书，经研究，自本通知印发之日起，下列国际职业资格停止比照认定职称，"
                      "《衢州市国际职业资格比照认定职称目录（第一批）》中的相应条目同时废止。",
                      "衢州市人力资源和社会保障局", "2025年12月1日", "附件", "停止比照认定职称的国际职业资格名单"])  # fmt: skip
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _save_docx(doc, "feizhi-libreoffice", tmp)
    return [Made("feizhi-libreoffice", no_catalog("a list of qualifications withdrawn from a catalog (停止比照认定), not a catalog"))]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    jiangyin, yixing, danyang, jurong, yangzhong, jingjiang, taixing, gaoyou, qidong, haimen, rugao, jianhu,
    shuyang, jinhua, jintan, lishui, wenzhou,
    rencai, pingwei, jixu, waizhuan, bizhao, wenda, kaoshi, feizhi,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
