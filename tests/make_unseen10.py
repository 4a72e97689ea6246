"""Regenerate tests/fixtures/unseen10: a third blind probe round of layouts, producers and look-alikes.

    .venv/bin/python tests/make_unseen10.py

Catalogs in layouts the earlier rounds lack: columns in another order (所属系列 and 对应职称 before
the qualification); 对应职称 printed as one ticked column per title (助理工程师 | 工程师 | 高级工程师,
"√"); 颁证单位 and 国别 in one cell; 所属系列 merged down over long runs across a page break (DOCX
vMerge, HTML rowspan) with the header not repeated; a landscape section inside a portrait DOCX; the
catalog as the second table after an unrelated contact table; a web page whose table is CSS-grid
<div>s; a DOCX whose catalog sits in a text box; a workbook with a notes sheet before and a contact
sheet after the catalog (and its Calc print); a table ruled only by horizontal lines; a watermark
over the table; very long qualification names wrapping three or four lines in a narrow column
(Noto Sans CJK); an English-only header; no 序号 column; rows hidden from view; and
producers the corpus lacks: LibreOffice Writer printing a web page, and cairo re-distilling a PDF
(pdftocairo -pdf).

Look-alikes, government tables that are not catalogs: a 职称评审结果公示 with a 所属系列 column,
the national 职业资格目录 (domestic), a course list of international certificates with 颁证单位,
a 外国人工作许可 list, a certificate fee table, the list of papers to hand in for a 比照认定
application, a year's statistics of recognitions per qualification (认定人数), and a list of changes
to a catalog (原对应职称 | 调整后对应职称).

PDFs are printed by LibreOffice (from the DOCX or HTML) and Chromium (from the HTML), with the
Noto CJK fonts. Beside each document, <stem>.truth.json as in tests/make_unseen9.py: for a catalog
{"header", "rows"} with the canonical header and every cell as printed (a ticked title column
gives the ticked column's heading); for a non-catalog {"catalog": false, "why": ...}.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import openpyxl  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm  # noqa: E402
from lxml import etree  # noqa: E402
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

OUT = ROOT / "tests" / "fixtures" / "unseen10"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_truth) put their files here


def lines_of(city: str, short: str, no: int, date: str) -> list[str]:
    return make_unseen9.notice_lines(
        f"{city}", f"{short}人社发〔2025〕{no}号", date, f"{city}国际职业资格比照认定职称目录（第一批）"
    )


def _pdf_from_docx(src: Path, tmp: Path) -> Path:
    return make_unseen9._pdf_from_docx(src, tmp)


def _save_docx(doc: object, stem: str, tmp: Path) -> None:
    src = OUT / f"{stem}.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    _pdf_from_docx(src, tmp)


def _merge_runs(table: object, column: int, rows: Sequence[Row], offset: int = 1) -> None:
    """Merge a column's cells down over each run of equal values (rows start at table row offset)."""
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][column] != rows[start][column]:
            if i - 1 > start:
                merge_down(table, column, start + offset, i - 1 + offset)
            start = i


# --- catalogs -----------------------------------------------------------------------------------


def pizhou(tmp: Path) -> list[Made]:
    """Columns in another order: 序号 | 所属系列 | 对应职称 | 颁证单位 | 职业资格名称 | 译名."""
    rows = numbered(pick(W, 13, 14, 15, 16, 25, 26, 27, 37, 38, 40))
    header = ["序号", "所属系列", "对应职称", "颁证单位", "职业资格名称", "译名"]
    printed = [[s, se, t, i, q, z] for s, q, z, i, t, se in rows]
    doc = docx_doc()
    for line in lines_of("邳州市", "邳", 9, "2025年3月2日"):
        doc.add_paragraph(line)
    docx_table(doc, [header, *printed], (1.0, 2.2, 2.0, 4.6, 4.2, 3.0))
    _save_docx(doc, "pizhou-libreoffice", tmp)
    truth = catalog_truth(rows)
    return [Made("pizhou-libreoffice", truth)]


def xinyi(tmp: Path) -> list[Made]:
    """对应职称 as one ticked column per title under a grouped heading (√ in the row's title)."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    titles = ["助理工程师", "工程师", "高级工程师"]
    header = (
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>职业资格名称</th><th rowspan='2'>译名</th>"
        "<th rowspan='2'>颁证单位</th><th colspan='3'>对应职称</th><th rowspan='2'>所属系列</th></tr>"
        + th_row(titles)
    )
    body = [[s, q, z, i, *("√" if t == x else "" for x in titles), se] for s, q, z, i, t, se in rows]
    page = html_page(lines_of("新沂市", "新", 14, "2025年4月9日"), [html_table(header, body)])
    src = OUT / "xinyi.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "xinyi-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("xinyi", truth), Made("xinyi-chromium", truth)]


def liyang(tmp: Path) -> list[Made]:
    """颁证单位 and 国别 in one cell (颁证单位（国别）), the country after a slash."""
    base = pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    country = lambda issuer: next((c for c in ("英国", "加拿大", "德国") if issuer.startswith(c)), "美国")  # noqa: E731
    rows = numbered([(q, z, f"{i}／{country(i)}", t, se) for q, z, i, t, se in base])
    header = ["序号", "职业资格名称", "译名", "颁证单位（国别）", "对应职称", "所属系列"]
    doc = docx_doc()
    for line in lines_of("溧阳市", "溧", 5, "2025年2月18日"):
        doc.add_paragraph(line)
    docx_table(doc, [header, *[list(r) for r in rows]], (1.0, 4.0, 3.0, 5.0, 2.0, 2.2))
    _save_docx(doc, "liyang-libreoffice", tmp)
    truth = catalog_truth(rows)
    return [Made("liyang-libreoffice", truth)]


def jiangdu(tmp: Path) -> list[Made]:
    """所属系列 and 对应职称 merged down (vMerge) over long runs that cross a page break; the header
    is not repeated on the next page."""
    rows = numbered(pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                         25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36))  # fmt: skip
    rows = sorted(rows, key=lambda r: (r[5], r[4], int(r[0])))
    rows = [(str(n), *r[1:]) for n, r in enumerate(rows, start=1)]
    doc = docx_doc()
    for line in lines_of("仪征市", "征", 22, "2025年5月6日"):
        doc.add_paragraph(line)
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _merge_runs(table, 5, rows)
    _merge_runs(table, 4, rows)
    _save_docx(doc, "jiangdu-libreoffice", tmp)
    return [Made("jiangdu-libreoffice", catalog_truth(rows))]


def gaochun(tmp: Path) -> list[Made]:
    """A web page: 所属系列 and 对应职称 by rowspan over long runs crossing page breaks, the header a
    plain first row (not <thead>, so Chromium does not repeat it)."""
    rows = numbered(pick(T, *range(11, 47)))
    rows = sorted(rows, key=lambda r: (r[5], r[4], int(r[0])))
    rows = [(str(n), *r[1:]) for n, r in enumerate(rows, start=1)]
    body = ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in CANONICAL_HEADER) + "</tr>\n"]
    for i, row in enumerate(rows):
        cells = [f"<td>{html.escape(c)}</td>" for c in row[:4]]
        for column in (4, 5):
            if i and rows[i - 1][column] == row[column] and (column == 5 or rows[i - 1][5] == row[5]):
                continue
            span = 1
            while (i + span < len(rows) and rows[i + span][column] == row[column]
                   and (column == 5 or rows[i + span][5] == row[5])):  # fmt: skip
                span += 1
            cells.append(f"<td rowspan='{span}'>{html.escape(row[column])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>\n")
    table = f"<table><tbody>{''.join(body)}</tbody></table>\n"
    page = html_page(lines_of("溧水市", "溧水", 31, "2025年6月11日"), [table])
    src = OUT / "gaochun.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "gaochun-chromium.pdf")
    subprocess.run(["pdftocairo", "-pdf", str(OUT / "gaochun-chromium.pdf"), str(OUT / "gaochun-cairo.pdf")], check=True)
    truth = catalog_truth(rows)
    return [Made("gaochun", truth), Made("gaochun-chromium", truth), Made("gaochun-cairo", truth)]


def dongtai(tmp: Path) -> list[Made]:
    """A portrait notice whose catalog is in a landscape section, then a portrait closing page."""
    rows = numbered(pick(W, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52))
    doc = docx_doc()
    for line in lines_of("东台市", "东", 3, "2025年1月8日")[:-1]:
        doc.add_paragraph(line)
    section = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph("东台市国际职业资格比照认定职称目录（第一批）")  # type: ignore[attr-defined]
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.2, 6.5, 4.0, 8.0, 2.5, 3.0))
    back = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21.0), Cm(29.7)
    for line in ("抄送：省人力资源和社会保障厅", "东台市人力资源和社会保障局办公室　2025年1月8日印发"):
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    _save_docx(doc, "dongtai-libreoffice", tmp)
    return [Made("dongtai-libreoffice", catalog_truth(rows))]


def xinghua(tmp: Path) -> list[Made]:
    """An unrelated table first (the offices to contact, 序号 | 受理窗口 | 联系人 | 电话), then the catalog."""
    rows = numbered(pick(T, 17, 18, 19, 20, 21, 22, 23, 24, 25))
    doc = docx_doc()
    for line in lines_of("兴化市", "兴", 17, "2025年3月27日")[:-2]:
        doc.add_paragraph(line)
    doc.add_paragraph("申报受理窗口及联系方式如下：")  # type: ignore[attr-defined]
    contacts = [["序号", "受理窗口", "联系人", "联系电话"],
                ["1", "市政务服务中心人社窗口", "王老师", "0523-83212345"],
                ["2", "市人才服务中心", "李老师", "0523-83254321"]]  # fmt: skip
    docx_table(doc, contacts, (1.0, 6.0, 3.0, 4.0))
    doc.add_paragraph("附件")  # type: ignore[attr-defined]
    doc.add_paragraph("兴化市国际职业资格比照认定职称目录（第一批）")  # type: ignore[attr-defined]
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _save_docx(doc, "xinghua-libreoffice", tmp)
    return [Made("xinghua-libreoffice", catalog_truth(rows))]


GRID_CSS = CSS + (
    ".grid{display:grid;grid-template-columns:6% 24% 16% 28% 12% 14%;border-top:1px solid #000;"
    "border-left:1px solid #000}"
    ".grid div{border-right:1px solid #000;border-bottom:1px solid #000;padding:3px}"
    ".grid .h{font-weight:bold;text-align:center}"
)


def wujiang(tmp: Path) -> list[Made]:
    """A web page whose table is a CSS grid of <div>s, no <table> at all."""
    rows = numbered(pick(W, 53, 54, 55, 56, 57, 58, 59, 60, 61))
    cells = "".join(f"<div class='h'>{html.escape(c)}</div>" for c in CANONICAL_HEADER)
    cells += "".join(f"<div>{html.escape(c)}</div>" for row in rows for c in row)
    page = html_page(lines_of("吴江市", "吴", 12, "2025年5月19日"), [f"<div class='grid'>{cells}</div>\n"], GRID_CSS)
    src = OUT / "wujiang.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "wujiang-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("wujiang", truth), Made("wujiang-chromium", truth)]


_TXBX = (
    "<w:p {ns}><w:r><w:drawing><wp:inline distT='0' distB='0' distL='0' distR='0'>"
    "<wp:extent cx='6120000' cy='{cy}'/><wp:docPr id='1' name='Text Box 1'/>"
    "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
    "<wps:wsp><wps:cNvSpPr txBox='1'/><wps:spPr><a:xfrm><a:off x='0' y='0'/><a:ext cx='6120000' cy='{cy}'/></a:xfrm>"
    "<a:prstGeom prst='rect'><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
    "<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
    "<wps:bodyPr rot='0' vert='horz' wrap='square' lIns='0' tIns='0' rIns='0' bIns='0'><a:noAutofit/></wps:bodyPr>"
    "</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
)


def tongzhou(tmp: Path) -> list[Made]:
    """A DOCX whose catalog (a caption and the table) sits in a text box anchored in a paragraph."""
    rows = numbered(pick(T, 26, 27, 28, 29, 30, 31))
    doc = docx_doc()
    for line in lines_of("南通市", "通", 8, "2025年2月7日")[:-1]:
        doc.add_paragraph(line)
    scratch = docx_doc()
    scratch.add_paragraph("通州区国际职业资格比照认定职称目录（第一批）")  # type: ignore[attr-defined]
    docx_table(scratch, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.0, 3.0, 4.4, 2.0, 2.2))
    body = scratch.element.body  # type: ignore[attr-defined]
    content = "".join(etree.tostring(el, encoding="unicode") for el in body if el.tag != qn("w:sectPr"))
    ns = nsdecls("w", "wp", "a") + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'"
    box = parse_xml(_TXBX.format(ns=ns, cy=str(9_000_000), content=content))
    doc.element.body.insert(len(doc.element.body) - 1, box)  # type: ignore[attr-defined]
    _save_docx(doc, "tongzhou-libreoffice", tmp)
    return [Made("tongzhou-libreoffice", catalog_truth(rows))]


def zhangjiagang(tmp: Path) -> list[Made]:
    """A workbook of three sheets: 填报说明 (numbered notes), the catalog, 联系方式 (a contact table)."""
    rows = numbered(pick(W, 17, 18, 19, 20, 21, 22, 23, 24, 28, 29, 30))
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填报说明"
    notes.append(["张家港市国际职业资格比照认定职称目录（第一批）填报说明"])
    notes.append(["序号", "说明"])
    notes.append(["1", "本目录所列国际职业资格证书须在有效期内。"])
    notes.append(["2", "申报人须从事与证书相应的专业技术工作满1年。"])
    notes.append(["3", "证书颁发机构更名的，按更名后机构认定。"])
    ws = wb.create_sheet("目录")
    ws.append(["张家港市国际职业资格比照认定职称目录（第一批）"])
    ws.merge_cells("A1:F1")
    ws.append(CANONICAL_HEADER)
    for row in rows:
        ws.append([int(row[0]), *row[1:]])
    thin = Side(style="thin")
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, width in zip("ABCDEF", (6, 36, 24, 44, 12, 14)):
        ws.column_dimensions[col].width = width
    for r in range(3, len(rows) + 3):
        ws.row_dimensions[r].height = 42  # Calc keeps a workbook's row heights: wrapped names need room
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    contact = wb.create_sheet("联系方式")
    contact.append(["序号", "受理单位", "联系人", "联系电话"])
    contact.append(["1", "张家港市人才服务中心", "陈老师", "0512-58681234"])
    contact.append(["2", "张家港市政务服务中心", "周老师", "0512-58684321"])
    wb.save(str(OUT / "zhangjiagang.xlsx"))
    shutil.copy(OUT / "zhangjiagang.xlsx", tmp / "zhangjiagang-calc.xlsx")
    pdf = make_unseen9.soffice_to_pdf(tmp / "zhangjiagang-calc.xlsx", tmp)  # LibreOffice Calc prints every sheet
    shutil.move(str(pdf), str(OUT / "zhangjiagang-calc.pdf"))
    truth = catalog_truth(rows)
    return [Made("zhangjiagang", truth), Made("zhangjiagang-calc", truth)]


RULES_CSS = CSS + (
    "td,th{border:none;border-bottom:0.6pt solid #000;padding:4px}"
    "tr:first-child th{border-top:1.5pt solid #000;border-bottom:1pt solid #000}"
)


def yizheng(tmp: Path) -> list[Made]:
    """A table ruled only by horizontal lines (a line under every row, none between the columns)."""
    rows = numbered(pick(T, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47))
    page = html_page(lines_of("仪征市", "仪", 19, "2025年7月3日"), [html_table(th_row(CANONICAL_HEADER), rows)], RULES_CSS)
    src = OUT / "yizheng.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "yizheng-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("yizheng", truth), Made("yizheng-chromium", truth)]


def baoying(tmp: Path) -> list[Made]:
    """Long qualification names wrapping three or four lines in a narrow column, Noto Sans CJK."""
    rows = numbered(pick(W, 58, 59, 60, 61, 31, 32, 33, 34, 35) + pick(T, 13, 14, 15))
    doc = docx_doc(east_asian="Noto Sans CJK SC")
    for line in lines_of("宝应市", "宝", 6, "2025年3月12日"):
        doc.add_paragraph(line)
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (0.9, 2.6, 2.4, 6.8, 2.2, 2.2))
    _save_docx(doc, "baoying-libreoffice", tmp)
    return [Made("baoying-libreoffice", catalog_truth(rows))]


def haian(tmp: Path) -> list[Made]:
    """An English-only header: No. | Qualification | Issuing Body | Equivalent Title | Series (no 译名)."""
    base = numbered(pick(W, 25, 26, 27, 28, 29, 30, 31, 32))
    rows = [(s, q, "", i, t, se) for s, q, z, i, t, se in base]
    header = th_row(["No.", "Qualification", "Issuing Body", "Equivalent Title", "Series"])
    body = [[s, q, i, t, se] for s, q, _, i, t, se in rows]
    page = html_page(lines_of("海安市", "海", 27, "2025年8月14日"), [html_table(header, body)])
    src = OUT / "haian.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "haian-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("haian", truth), Made("haian-chromium", truth)]


def sheyang(tmp: Path) -> list[Made]:
    """A web page printed by LibreOffice Writer (its HTML import and layout, not Chromium's)."""
    rows = numbered(pick(T, 48, 49, 50, 51, 52, 1, 2, 3, 4))
    page = html_page(lines_of("射阳市", "射", 10, "2025年9月2日"), [html_table(th_row(CANONICAL_HEADER), rows, " border='1'")])
    src = tmp / "sheyang-writer.html"
    src.write_text(page, encoding="utf-8")
    pdf = make_unseen9.soffice_to_pdf(src, tmp)
    shutil.move(str(pdf), str(OUT / "sheyang-writer.pdf"))
    return [Made("sheyang-writer", catalog_truth(rows))]


def rudong(tmp: Path) -> list[Made]:
    """A LibreOffice print re-distilled by cairo (pdftocairo -pdf): other fonts, objects, rulings."""
    rows = numbered(pick(W, 1, 7, 13, 19, 25, 31, 37, 43, 49, 55, 61))
    doc = docx_doc()
    for line in lines_of("如东市", "如", 16, "2025年10月10日"):
        doc.add_paragraph(line)
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    src = tmp / "rudong.docx"
    doc.save(str(src))
    pdf = make_unseen9.soffice_to_pdf(src, tmp)
    subprocess.run(["pdftocairo", "-pdf", str(pdf), str(OUT / "rudong-cairo.pdf")], check=True)
    return [Made("rudong-cairo", catalog_truth(rows))]


WATERMARK_CSS = CSS + (
    ".wm{position:fixed;top:40%;left:10%;transform:rotate(-30deg);font-size:40pt;color:#ccc;z-index:9}"
    ".wm2{position:fixed;top:60%;left:30%;font-size:30pt;color:#ddd;z-index:9}"
)


def huishan(tmp: Path) -> list[Made]:
    """A watermark printed over the table on every page (the bureau's name turned, 仅供参考 level),
    as a CMS stamps an attachment; Chromium prints both over the rows."""
    rows = numbered(pick(W, *range(1, 31)))
    marks = "<div class='wm'>惠山市人力资源和社会保障局</div><div class='wm2'>仅供参考</div>\n"
    page = html_page(lines_of("惠山市", "惠", 23, "2025年5月28日"), [marks, html_table(th_row(CANONICAL_HEADER), rows)],
                     WATERMARK_CSS)  # fmt: skip
    src = OUT / "huishan.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "huishan-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("huishan", truth), Made("huishan-chromium", truth)]


def xuyi(tmp: Path) -> list[Made]:
    """No 序号 column at all, the table running over two pages (nothing numbers the rows)."""
    rows = [("", *r) for r in pick(W, *range(1, 25))]
    header = CANONICAL_HEADER[1:]
    doc = docx_doc()
    for line in lines_of("盱眙市", "盱", 4, "2025年4月22日"):
        doc.add_paragraph(line)
    docx_table(doc, [header, *[list(r[1:]) for r in rows]], (4.6, 3.2, 5.0, 2.2, 2.4))
    _save_docx(doc, "xuyi-libreoffice", tmp)
    return [Made("xuyi-libreoffice", catalog_truth(rows))]


def jingkou(tmp: Path) -> list[Made]:
    """Rows the reader must not see: a web page whose withdrawn row is hidden (display:none, last;
    in its style attribute, or by a class in the page's stylesheet), a workbook whose superseded
    row is hidden (the visible row after it has the same 序号), and a DOCX row in hidden text."""
    rows = numbered(pick(T, 1, 5, 9, 13, 17, 21, 25, 29, 33, 37))
    hidden = ("11", *pick(T, 41)[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    body += "<tr style='display:none'>" + "".join(f"<td>{html.escape(c)}</td>" for c in hidden) + "</tr>\n"
    table = f"<table><thead>{th_row(CANONICAL_HEADER)}</thead><tbody>\n{body}</tbody></table>\n"
    src = OUT / "jingkou.html"
    src.write_text(html_page(lines_of("京口市", "京", 2, "2025年1月13日"), [table]), encoding="utf-8")
    by_class = table.replace("<tr style='display:none'>", "<tr class='withdrawn'>")  # hidden by the stylesheet
    page = html_page(lines_of("京口市", "京", 2, "2025年1月13日"), [by_class], CSS + "tr.withdrawn{display:none}")
    (OUT / "jingkou-class.html").write_text(page, encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws.append(["京口市国际职业资格比照认定职称目录（第一批）"])
    ws.append(CANONICAL_HEADER)
    for row in rows:
        if row[0] == "5":  # the superseded row, hidden, then the row that replaced it
            ws.append([5, row[1], row[2], row[3], "工程师" if row[4] != "工程师" else "助理工程师", row[5]])
            ws.row_dimensions[ws.max_row].hidden = True
        ws.append([int(row[0]), *row[1:]])
    wb.save(str(OUT / "jingkou-hidden.xlsx"))
    doc = docx_doc()
    for line in lines_of("京口市", "京", 2, "2025年1月13日"):
        doc.add_paragraph(line)
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows], list(hidden)], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    for cell in table.rows[-1].cells:  # hidden text (Word's Font > Hidden): neither shown nor printed
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.hidden = True
    _save_docx(doc, "jingkou-hidden-libreoffice", tmp)
    truth = catalog_truth(rows)
    return [Made("jingkou", truth), Made("jingkou-class", truth), Made("jingkou-hidden", truth),
            Made("jingkou-hidden-libreoffice", truth)]


# --- look-alikes --------------------------------------------------------------------------------


def pingshen(tmp: Path) -> list[Made]:
    """A 职称评审结果公示 whose columns include 所属系列 and 取得职称."""
    header = th_row(["序号", "姓名", "工作单位", "申报专业", "取得职称", "所属系列"])
    body = [["1", "孙立", "泰州某某化工有限公司", "化工工艺", "工程师", "石油化工工程"],
            ["2", "钱敏", "泰州某某制药有限公司", "药物制剂", "工程师", "医药工程"],
            ["3", "冯涛", "泰州某某机械有限公司", "机械制造", "助理工程师", "机械工程"],
            ["4", "何静", "泰州某某建设集团", "建筑施工", "工程师", "建设工程"]]  # fmt: skip
    lines = ["泰州市人力资源和社会保障局", "关于2025年度泰州市工程系列中级职称评审结果的公示",
             "经评审委员会评审，下列同志具备相应专业技术资格，现予公示，公示期为2025年11月3日至11月7日。",
             "泰州市人力资源和社会保障局", "2025年11月3日"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    src = OUT / "pingshen.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "pingshen-chromium.pdf")
    truth = no_catalog("a 公示 of people who passed 职称评审 (姓名), not a catalog")
    return [Made("pingshen", truth), Made("pingshen-chromium", truth)]


def guojia(tmp: Path) -> list[Made]:
    """The national list of 专业技术人员职业资格 (domestic): 职业资格名称 | 实施部门（单位） | 资格类别."""
    header = ["序号", "职业资格名称", "实施部门（单位）", "资格类别", "设定依据"]
    body = [["1", "注册建筑师", "住房城乡建设部、全国注册建筑师管理委员会", "准入类", "《中华人民共和国建筑法》"],
            ["2", "注册会计师", "财政部、中国注册会计师协会", "准入类", "《中华人民共和国注册会计师法》"],
            ["3", "翻译专业资格", "人力资源社会保障部、中国外文局", "水平评价类", "《翻译专业资格（水平）考试暂行规定》"],
            ["4", "执业药师", "国家药监局、人力资源社会保障部", "准入类", "《中华人民共和国药品管理法》"]]  # fmt: skip
    doc = docx_doc()
    for line in ("苏人社函〔2025〕12号", "关于转发国家职业资格目录（2025年版）的通知", "各设区市人力资源和社会保障局：",
                 "现将国家职业资格目录转发给你们，请遵照执行。", "江苏省人力资源和社会保障厅", "2025年1月6日",
                 "附件", "国家职业资格目录（专业技术人员职业资格）"):  # fmt: skip
        doc.add_paragraph(line)
    docx_table(doc, [header, *body], (1.0, 3.6, 5.6, 2.0, 4.6))
    _save_docx(doc, "guojia-libreoffice", tmp)
    return [Made("guojia-libreoffice", no_catalog("the national 职业资格目录: domestic, no 职称"))]


def peixun(tmp: Path) -> list[Made]:
    """A course list of international certificates (培训项目 | 英文名称 | 颁证单位 | 学时 | 培训费)."""
    header = th_row(["序号", "培训项目", "英文名称", "颁证单位", "学时", "培训费（元）"])
    body = [["1", "项目管理专业人士", "Project Management Professional", "美国项目管理协会（PMI）", "35", "6800"],
            ["2", "注册内部审计师", "Certified Internal Auditor", "国际内部审计师协会（IIA）", "60", "5200"],
            ["3", "六西格玛绿带", "Lean Six Sigma Green Belt", "美国质量协会（ASQ）", "40", "4500"],
            ["4", "LEED绿色建筑认证专家", "LEED Green Associate", "美国绿色建筑委员会（USGBC）", "24", "3900"]]  # fmt: skip
    lines = ["苏人才培〔2025〕7号", "关于举办2025年国际职业资格证书培训班的通知", "各有关单位：",
             "为推进国际职业资格比照认定工作，现举办国际职业资格证书培训班，有关事项通知如下。",
             "江苏省人才培训中心", "2025年4月1日", "附件", "培训项目及收费一览表"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    src = OUT / "peixun.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "peixun-chromium.pdf")
    truth = no_catalog("a course list of international certificates: no 职称")
    return [Made("peixun", truth), Made("peixun-chromium", truth)]


def xuke(tmp: Path) -> list[Made]:
    """A list of foreigners' work permits (外国人工作许可): 姓名 | 国籍 | 工作单位 | 职务 | 类别."""
    header = ["序号", "姓名", "国籍", "工作单位", "职务", "许可类别"]
    body = [["1", "John Smith", "英国", "苏州某某科技有限公司", "技术总监", "A类"],
            ["2", "Maria Garcia", "西班牙", "苏州某某医疗器械有限公司", "研发工程师", "B类"],
            ["3", "Kenji Tanaka", "日本", "苏州某某精密机械有限公司", "高级工程师", "A类"],
            ["4", "Anna Müller", "德国", "苏州某某汽车部件有限公司", "质量经理", "B类"]]  # fmt: skip
    doc = docx_doc()
    for line in ("苏外专〔2025〕22号", "关于公布2025年第三批外国高端人才工作许可名单的通知", "各有关单位：",
                 "经审核，下列外国专家符合外国人来华工作许可条件，现予公布。", "苏州市科学技术局（市外国专家局）",
                 "2025年9月15日", "附件", "2025年第三批外国人来华工作许可名单"):  # fmt: skip
        doc.add_paragraph(line)
    docx_table(doc, [header, *body], (1.0, 3.0, 1.6, 5.2, 2.4, 1.8))
    _save_docx(doc, "xuke-libreoffice", tmp)
    return [Made("xuke-libreoffice", no_catalog("a list of foreigners' work permits (姓名, 国籍), not a catalog"))]


def shoufei(tmp: Path) -> list[Made]:
    """A fee table of certificate examinations: 证书名称 | 颁证机构 | 收费标准 | 收费依据."""
    header = th_row(["序号", "证书名称", "颁证机构", "收费标准（元/人）", "收费依据"])
    body = [["1", "Associate Constructor", "美国建造师学会 (The American Institute of Constructors)", "1200", "苏价费〔2024〕15号"],
            ["2", "Certified Welding Inspector", "美国焊接协会 (American Welding Society)", "2600", "苏价费〔2024〕15号"],
            ["3", "Project Management Professional", "美国项目管理协会（PMI）", "3900", "苏价费〔2024〕16号"]]  # fmt: skip
    lines = ["苏发改价费〔2025〕3号", "关于国际职业资格证书考试收费标准的通知", "各有关单位：",
             "现将国际职业资格证书考试收费标准公布如下。", "江苏省发展和改革委员会", "2025年2月20日", "附件", "收费标准表"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    (OUT / "shoufei.html").write_text(page, encoding="utf-8")
    return [Made("shoufei", no_catalog("a fee table of certificate examinations: no 职称"))]


def cailiao(tmp: Path) -> list[Made]:
    """The papers to hand in for a 比照认定 application, in a notice about the catalog."""
    header = ["序号", "材料名称", "要求", "份数"]
    body = [["1", "国际职业资格比照认定职称申报表", "单位盖章", "2"],
            ["2", "国际职业资格证书（原件及复印件）", "复印件加盖单位公章", "1"],
            ["3", "对应职称所属系列的工作业绩材料", "近三年", "1"],
            ["4", "颁证单位出具的证书有效性证明", "英文附中文译文", "1"]]  # fmt: skip
    doc = docx_doc()
    for line in ("盐人社办〔2025〕40号", "关于做好2025年度国际职业资格比照认定职称申报工作的通知", "各有关单位：",
                 "根据《盐城市国际职业资格比照认定职称目录（第一批）》，现就申报工作通知如下。",
                 "盐城市人力资源和社会保障局办公室", "2025年6月30日", "附件", "申报材料清单"):  # fmt: skip
        doc.add_paragraph(line)
    docx_table(doc, [header, *body], (1.0, 7.0, 5.0, 1.6))
    _save_docx(doc, "cailiao-libreoffice", tmp)
    return [Made("cailiao-libreoffice", no_catalog("the papers to hand in for an application, not a catalog"))]


def tongji(tmp: Path) -> list[Made]:
    """A year's statistics of the recognitions, per qualification in a catalog's words (国际职业资格名称
    | 颁证机构 | 比照认定职称) with a count of people (认定人数): a report, no catalog."""
    base = pick(W, 1, 2, 3, 13, 25)
    header = th_row(["序号", "国际职业资格名称", "颁证机构", "比照认定职称", "认定人数（人）"])
    body = [[str(i), q, iss, t, str(n)] for i, ((q, _, iss, t, _), n) in enumerate(zip(base, (12, 5, 3, 8, 2)), 1)]
    lines = ["锡人社函〔2025〕3号", "关于2024年度国际职业资格比照认定职称工作情况的通报", "各有关单位：",
             "现将2024年度国际职业资格比照认定职称工作情况通报如下。", "无锡市人力资源和社会保障局", "2025年1月20日",
             "附件", "2024年度国际职业资格比照认定职称情况统计表"]  # fmt: skip
    src = OUT / "tongji.html"
    src.write_text(html_page(lines, [html_table(header, body)]), encoding="utf-8")
    chromium_pdf(src, OUT / "tongji-chromium.pdf")
    truth = no_catalog("a year's statistics of recognitions (认定人数), not a catalog")
    return [Made("tongji", truth), Made("tongji-chromium", truth)]


def tiaozheng(tmp: Path) -> list[Made]:
    """Changes to a catalog: 原对应职称 | 调整后对应职称 for the rows whose title changed (a list of
    changes, not the catalog; read as one, it published the former titles)."""
    base = pick(W, 1, 2, 3, 13, 25)
    header = th_row(["序号", "职业资格名称", "译名", "颁证单位", "原对应职称", "调整后对应职称", "所属系列"])
    body = [[str(i), q, z, iss, "助理工程师", t, se] for i, (q, z, iss, t, se) in enumerate(base, 1)]
    lines = ["锡人社发〔2025〕8号", "关于调整无锡市国际职业资格比照认定职称目录部分内容的通知", "各有关单位：",
             "经研究，对目录中部分证书的对应职称予以调整，调整后的内容见附件。", "无锡市人力资源和社会保障局",
             "2025年2月20日", "附件", "目录调整对照表"]  # fmt: skip
    src = OUT / "tiaozheng.html"
    src.write_text(html_page(lines, [html_table(header, body)]), encoding="utf-8")
    chromium_pdf(src, OUT / "tiaozheng-chromium.pdf")
    truth = no_catalog("a list of changes to a catalog (原对应职称 | 调整后对应职称), not the catalog")
    return [Made("tiaozheng", truth), Made("tiaozheng-chromium", truth)]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    pizhou, xinyi, liyang, jiangdu, gaochun, dongtai, xinghua, wujiang, tongzhou, zhangjiagang, yizheng,
    baoying, haian, sheyang, rudong, xuyi, jingkou, huishan,
    pingshen, guojia, peixun, xuke, shoufei, cailiao, tongji, tiaozheng,
)  # fmt: skip


def main() -> int:
    """Write every document of the round and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
