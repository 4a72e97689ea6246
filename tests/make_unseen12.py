"""Regenerate tests/fixtures/unseen12: a fifth blind probe round of layouts, producers and look-alikes.

    .venv/bin/python tests/make_unseen12.py            # every document
    .venv/bin/python tests/make_unseen12.py hefei      # only these

Catalogs in layouts the earlier rounds lack: 序号 numbered per section (1.1, 1.2 … 2.1) under
section rows; 序号 printed （一）（二）… in a workbook; 序号 in full-width digits (１２３); a
catalog transposed (one column per qualification, the fields as rows); 颁证单位 merged down over
the rows of one issuer (DOCX vMerge, HTML rowspan); 对应职称 merged down in a workbook, and Calc's
print of it; columns in an unusual order (颁证单位 first, 序号 last); extra columns (国别, 证书等级,
有效期, 备注) in a landscape DOCX at 7 pt, printed by LibreOffice; the header printed again as a row
in the middle of a web page's table; a web page whose table is <div>s styled display:table; a
<pre> plain-text table; a markdown pipe table pasted into a CMS page as paragraphs; a Chromium
print whose table is turned 90° on a portrait page (CSS transform: the glyphs themselves turned,
no /Rotate); a Chromium print in zebra stripes without borders; footnote markers (※, *, ①) in
cells with the notes under the table; a catalog in two tables of one DOCX, the second going on
with the numbering under its own header.

Look-alikes, real kinds of government documents that are not catalogs: a 职称评审结果公示; the
national 职业资格目录 (实施部门, 资格类别: no foreign issuer, no 职称); a 港澳专业人士执业资格认可
list (Hong Kong and Macau qualifications accepted for practice in 横琴: they give the right to
practise a 内地执业资格, not a 职称, so this round counts them as no catalog); a 海南自由贸易港 list
of 境外职业资格 accepted for practice (the same judgement); a 补贴 list of international certificates
with subsidy amounts; a 职称资格考试 schedule; a 政府信息公开 annual report table; a procurement
result (采购) of a catalog-compiling service; a notice about a catalog with no table (the catalog
is "详见附件", not attached).

PDFs are printed by LibreOffice (from DOCX and XLSX) and Chromium (from HTML); Typst, ReportLab,
WeasyPrint, wkhtmltopdf and Ghostscript are not installed on this machine. Beside each document,
<stem>.truth.json as tests/make_unseen9.py writes it: {"header", "rows"} with the canonical header
and every cell as printed (序号 as its number when it prints one: "１" is 1; otherwise as printed,
"1.1", "（一）"; footnote markers kept in their cells), or {"catalog": false, "why": ...}.
"""

from __future__ import annotations

import html
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import openpyxl  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
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
    merge_across,
    merge_down,
    no_catalog,
    numbered,
    pick,
    th_row,
)
from openpyxl.styles import Alignment, Border, Side  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen12"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_truth) put their files here
WIDTHS = (1.0, 4.2, 3.0, 4.6, 2.0, 2.2)


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


def _page(stem: str, lines: Sequence[str], tables: Sequence[str], css: str = CSS, pdf: bool = True) -> None:
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, tables, css), encoding="utf-8")
    if pdf:
        chromium_pdf(src, OUT / f"{stem}-chromium.pdf")


def _both(stem: str, truth: dict) -> list[Made]:
    return [Made(stem, truth), Made(f"{stem}-chromium", truth)]


def _box(ws: object, first_row: int, last_row: int, cols: str) -> None:
    thin = Side(style="thin")
    for r in range(first_row, last_row + 1):
        for c in cols:
            cell = ws[f"{c}{r}"]  # type: ignore[index]
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")


def _calc_pdf(xlsx: Path, stem: str, tmp: Path) -> None:
    copy = tmp / f"{stem}.xlsx"
    shutil.copy(xlsx, copy)
    pdf = make_unseen9.soffice_to_pdf(copy, tmp)
    shutil.move(str(pdf), str(OUT / f"{stem}.pdf"))


# --- catalogs -----------------------------------------------------------------------------------

SECTIONS = (("一、建设工程系列", pick(W, 1, 2, 3, 7, 13)), ("二、机械工程系列", pick(T, 25, 26, 27, 28)),
            ("三、医药工程系列", pick(T, 1, 2, 3, 4, 5)))  # fmt: skip


def hefei(tmp: Path) -> list[Made]:
    """序号 numbered per section, 1.1, 1.2 … 2.1 …, under section rows merged across the table; a
    所属系列 column as well. DOCX and its LibreOffice print."""
    printed: list[list[str]] = [CANONICAL_HEADER]
    truth: list[Row] = []
    merged: list[int] = []
    for s, (heading, rows) in enumerate(SECTIONS, start=1):
        merged.append(len(printed))
        printed.append([heading, "", "", "", "", ""])
        for i, row in enumerate(rows, start=1):
            printed.append([f"{s}.{i}", *row])
            truth.append((f"{s}.{i}", *row))
    doc = docx_doc()
    _paragraphs(doc, lines_of("合肥市", "合", 12, "2025年4月2日"))
    table = docx_table(doc, printed, WIDTHS)
    for r in merged:
        merge_across(table, r)
    _save_docx(doc, "hefei-libreoffice", tmp)
    return [Made("hefei-libreoffice", catalog_truth(truth))]


CHINESE = "一二三四五六七八九十"


def dongying(tmp: Path) -> list[Made]:
    """A workbook whose 序号 are printed （一）（二）… (full-width brackets, Chinese numerals)."""
    rows = pick(W, 19, 20, 21, 22, 25, 26, 31, 32)
    seqs = [f"（{CHINESE[i]}）" for i in range(len(rows))]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws.append(["东营市国际职业资格比照认定职称目录（第一批）"])
    ws.merge_cells("A1:F1")
    ws.append(CANONICAL_HEADER)
    for seq, row in zip(seqs, rows):
        ws.append([seq, *row])
    _box(ws, 2, 2 + len(rows), "ABCDEF")
    wb.save(str(OUT / "dongying.xlsx"))
    return [Made("dongying", catalog_truth([(s, *r) for s, r in zip(seqs, rows)]))]


def tongling(tmp: Path) -> list[Made]:
    """序号 in full-width digits (１ … １２), a web page and Chromium's print."""
    rows = numbered(pick(W, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48))
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    body = [[r[0].translate(wide), *r[1:]] for r in rows]
    _page("tongling", lines_of("铜陵市", "铜", 7, "2025年5月9日"), [html_table(th_row(CANONICAL_HEADER), body)])
    return _both("tongling", catalog_truth(rows))


def huainan(tmp: Path) -> list[Made]:
    """A catalog transposed: the fields are rows (序号 | 1 | 2 …, 职业资格名称 | … ), one column per
    qualification. DOCX (landscape) and its LibreOffice print."""
    rows = numbered(pick(T, 29, 30, 31, 32, 33))
    printed = [[CANONICAL_HEADER[f], *[r[f] for r in rows]] for f in range(6)]
    doc = docx_doc(landscape=True)
    _paragraphs(doc, lines_of("淮南市", "淮", 31, "2025年6月12日"))
    docx_table(doc, printed, (2.4, 4.6, 4.6, 4.6, 4.6, 4.6))
    _save_docx(doc, "huainan-libreoffice", tmp)
    return [Made("huainan-libreoffice", catalog_truth(rows))]


def maanshan(tmp: Path) -> list[Made]:
    """颁证单位 merged down (vMerge) over the rows of each issuer, 22 rows over a page break."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22))
    doc = docx_doc()
    _paragraphs(doc, lines_of("马鞍山市", "马", 18, "2025年3月28日"))
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], WIDTHS)
    _merge_runs(table, [r[3] for r in rows], 3)
    _save_docx(doc, "maanshan-libreoffice", tmp)
    return [Made("maanshan-libreoffice", catalog_truth(rows))]


def _merge_runs(table: object, values: Sequence[str], column: int) -> None:
    """Merge a column down over each run of equal values (table rows start after the header)."""
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            if i - start > 1:
                merge_down(table, column, start + 1, i)
            start = i


def weifang(tmp: Path) -> list[Made]:
    """颁证单位 by rowspan over the rows of each issuer, a web page and Chromium's print."""
    rows = numbered(pick(T, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 34, 35, 36))
    body = ""
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j][3] == rows[i][3]:
            j += 1
        for k in range(i, j):
            r = rows[k]
            cells = [f"<td>{html.escape(c)}</td>" for c in r[:3]]
            if k == i:
                cells.append(f"<td rowspan='{j - i}'>{html.escape(r[3])}</td>")
            cells += [f"<td>{html.escape(c)}</td>" for c in r[4:]]
            body += "<tr>" + "".join(cells) + "</tr>\n"
        i = j
    table = f"<table><thead>{th_row(CANONICAL_HEADER)}</thead><tbody>{body}</tbody></table>"
    _page("weifang", lines_of("潍坊市", "潍", 26, "2025年7月4日"), [table])
    return _both("weifang", catalog_truth(rows))


def jining(tmp: Path) -> list[Made]:
    """A workbook, rows grouped by title, 对应职称 merged down over each group; Calc's print."""
    picked = pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
    ordered = sorted(picked, key=lambda r: ("助理工程师", "工程师", "高级工程师").index(r[3]))
    rows = numbered(ordered)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["济宁市国际职业资格比照认定职称目录（第一批）"])
    ws.merge_cells("A1:F1")
    ws.append(CANONICAL_HEADER)
    for r in rows:
        ws.append(list(r))
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][4] != rows[start][4]:
            if i - start > 1:
                ws.merge_cells(f"E{start + 3}:E{i + 2}")
            start = i
    _box(ws, 2, 2 + len(rows), "ABCDEF")
    for col, width in zip("ABCDEF", (6, 34, 24, 40, 12, 12)):
        ws.column_dimensions[col].width = width
    xlsx = OUT / "jining.xlsx"
    wb.save(str(xlsx))
    _calc_pdf(xlsx, "jining-calc", tmp)
    truth = catalog_truth(rows)
    return [Made("jining", truth), Made("jining-calc", truth)]


def anqing(tmp: Path) -> list[Made]:
    """Columns in an unusual order: 颁证单位 | 职业资格名称 | 译名 | 对应职称 | 所属系列 | 序号."""
    rows = numbered(pick(W, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58))
    header = th_row(["颁证单位", "职业资格名称", "译名", "对应职称", "所属系列", "序号"])
    body = [[r[3], r[1], r[2], r[4], r[5], r[0]] for r in rows]
    _page("anqing", lines_of("安庆市", "宜人社", 15, "2025年8月1日"), [html_table(header, body)])
    return _both("anqing", catalog_truth(rows))


EXTRA_HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "国别", "证书等级", "有效期", "对应职称", "所属系列", "备注"]


def chuzhou(tmp: Path) -> list[Made]:
    """Extra columns (国别, 证书等级, 有效期, 备注) in a landscape DOCX at 7 pt, printed by LibreOffice."""
    rows = numbered(pick(W, 13, 14, 15, 16, 17, 18, 23, 24, 27, 28, 29, 30, 33, 34, 35, 36))
    printed = [EXTRA_HEADER]
    for i, r in enumerate(rows):
        country = "德国" if "DIHK" in r[3] or "德国" in r[3] else "英国" if "英国" in r[3] else "美国"
        printed.append([r[0], r[1], r[2], r[3], country, "—" if i % 3 else "高级", "3年" if i % 2 else "长期",
                        r[4], r[5], "须持有效证书" if i % 4 == 0 else ""])  # fmt: skip
    doc = docx_doc(landscape=True, font_pt=7)
    _paragraphs(doc, lines_of("滁州市", "滁", 22, "2025年4月22日"))
    docx_table(doc, printed, (0.8, 4.4, 3.4, 5.0, 1.2, 1.4, 1.2, 1.8, 1.8, 2.4))
    _save_docx(doc, "chuzhou-libreoffice", tmp)
    return [Made("chuzhou-libreoffice", catalog_truth(rows))]


def fuyang(tmp: Path) -> list[Made]:
    """The header printed again as a row in the middle of the table (two pasted tables joined)."""
    rows = numbered(pick(T, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52))
    body: list[Sequence[str]] = [*rows[:9], CANONICAL_HEADER, *rows[9:]]
    _page("fuyang", lines_of("阜阳市", "阜", 9, "2025年2月17日"), [html_table(th_row(CANONICAL_HEADER), body)])
    return _both("fuyang", catalog_truth(rows))


DIV_CSS = CSS + (
    ".t{display:table;border-collapse:collapse;width:100%}.tr{display:table-row}"
    ".td{display:table-cell;border:1px solid #000;padding:3px}.th{font-weight:bold;text-align:center}"
)


def luan(tmp: Path) -> list[Made]:
    """A table of <div>s styled display:table / table-row / table-cell."""
    rows = numbered(pick(W, 55, 56, 57, 58, 59, 60, 61))

    def div_row(cells: Sequence[str], cls: str = "td") -> str:
        return "<div class='tr'>" + "".join(f"<div class='{cls}'>{html.escape(c)}</div>" for c in cells) + "</div>\n"

    markup = "<div class='t'>\n" + div_row(CANONICAL_HEADER, "td th") + "".join(div_row(r) for r in rows) + "</div>\n"
    _page("luan", lines_of("六安市", "六", 14, "2025年3月6日"), [markup], css=DIV_CSS)
    return _both("luan", catalog_truth(rows))


def _pad(text: str, width: int) -> str:
    """Pad to a display width, an ideograph counted as two columns."""
    shown = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    return text + " " * max(width - shown, 1)


def bozhou(tmp: Path) -> list[Made]:
    """A <pre> plain-text table: columns padded with spaces, a dashed rule under the header."""
    rows = numbered(pick(T, 6, 7, 8, 9, 10, 11))
    widths = (6, 40, 34, 72, 12, 12)
    lines = ["".join(_pad(c, w) for c, w in zip(CANONICAL_HEADER, widths)).rstrip(), "-" * sum(widths)]
    lines += ["".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    pre = "<pre style='font-size:7pt'>" + html.escape("\n".join(lines)) + "</pre>\n"
    _page("bozhou", lines_of("亳州市", "亳", 5, "2025年1月20日"), [pre])
    return _both("bozhou", catalog_truth(rows))


def chizhou(tmp: Path) -> list[Made]:
    """A markdown pipe table pasted into a CMS page: one <p> per line (| 序号 | … |, |---|…)."""
    rows = numbered(pick(W, 25, 26, 27, 28, 29, 30, 31))
    text = ["| " + " | ".join(CANONICAL_HEADER) + " |", "|" + "---|" * 6]
    text += ["| " + " | ".join(r) + " |" for r in rows]
    paragraphs = "".join(f"<p>{html.escape(t)}</p>\n" for t in text)
    _page("chizhou", lines_of("池州市", "池", 8, "2025年5月30日"), [paragraphs])
    return _both("chizhou", catalog_truth(rows))


ROTATE_CSS = CSS + (
    "@page{size:A4 portrait;margin:10mm}"
    ".turn{width:260mm;transform:rotate(-90deg) translate(-100%,0);transform-origin:top left;"
    "position:absolute;top:0;left:0}"
)


def _plain_table(rows: Sequence[Row]) -> str:
    """A table without <thead> (Chromium repeats a <thead> in each fragment of a turned box, overlapping)."""
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    return f"<table><tbody>{th_row(CANONICAL_HEADER)}\n{body}</tbody></table>\n"


def xuancheng(tmp: Path) -> list[Made]:
    """Chromium's print of a page whose table is turned 90° (CSS transform) on a portrait page:
    the glyphs are drawn turned, the page has no /Rotate. Only the PDF is kept."""
    rows = numbered(pick(T, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34))
    lines = lines_of("宣城市", "宣", 19, "2025年6月30日")
    src = tmp / "xuancheng.html"
    # the annex title stays upright above: printed inside the turned box, Chromium drew it over the header
    page = html_page(lines, [], ROTATE_CSS).replace(
        "</body>", "<div style='page-break-before:always;position:relative;height:270mm'><div class='turn'>"
        f"{_plain_table(rows)}</div></div></body>")  # fmt: skip
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "xuancheng-chromium.pdf")
    return [Made("xuancheng-chromium", catalog_truth(rows))]


ZEBRA_CSS = (
    "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}"
    "table{border-collapse:collapse;width:100%}td,th{border:none;padding:4px 6px}"
    "thead th{background:#2b5797;color:#fff}tbody tr:nth-child(even){background:#e8eef7}"
)


def huangshan(tmp: Path) -> list[Made]:
    """Zebra rows, no borders, a coloured header: Chromium's print of a web page."""
    rows = numbered(pick(W, 1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52))
    _page("huangshan", lines_of("黄山市", "黄", 3, "2025年2月8日"), [html_table(th_row(CANONICAL_HEADER), rows)], ZEBRA_CSS)
    return _both("huangshan", catalog_truth(rows))


def jinan(tmp: Path) -> list[Made]:
    """Footnote markers in cells (※ after a name, * after an issuer, ① after a title) and the notes
    under the table."""
    rows = [list(r) for r in numbered(pick(T, 1, 2, 3, 4, 25, 26, 27, 28, 37, 38))]
    rows[1][1] += "※"
    rows[4][3] += "*"
    rows[6][4] += "①"
    rows[8][2] += "※"
    doc = docx_doc()
    _paragraphs(doc, lines_of("济南市", "济", 40, "2025年9月15日"))
    docx_table(doc, [CANONICAL_HEADER, *rows], WIDTHS)
    _paragraphs(doc, ["注：※ 须同时持有相应学历证书；* 含其授权的分支机构；① 取得证书满5年的可比照认定高级工程师。"])
    _save_docx(doc, "jinan-libreoffice", tmp)
    return [Made("jinan-libreoffice", catalog_truth([tuple(r) for r in rows]))]


def zibo(tmp: Path) -> list[Made]:
    """A catalog in two tables of one DOCX: the second, on a new page under its own heading and
    header, goes on with the numbering (13 …)."""
    rows = numbered(pick(W, *range(1, 25)))
    doc = docx_doc()
    _paragraphs(doc, lines_of("淄博市", "淄", 27, "2025年10月10日", "淄博市国际职业资格比照认定职称目录（第一批）（一）"))
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[:12]]], WIDTHS)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]
    _paragraphs(doc, ["淄博市国际职业资格比照认定职称目录（第一批）（二）"])
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[12:]]], WIDTHS)
    _save_docx(doc, "zibo-libreoffice", tmp)
    return [Made("zibo-libreoffice", catalog_truth(rows))]


# --- look-alikes --------------------------------------------------------------------------------


def gongshi(tmp: Path) -> list[Made]:
    """A 职称评审结果公示: 姓名 | 工作单位 | 评审专业 | 评审通过资格 | 评审委员会."""
    header = th_row(["序号", "姓名", "工作单位", "评审专业", "评审通过资格", "评审委员会"])
    body = [["1", "王建国", "日照港集团有限公司", "港口与航道工程", "高级工程师", "日照市工程技术高级职务评审委员会"],
            ["2", "李晓燕", "日照市中心医院", "临床医学", "副主任医师", "日照市卫生高级职务评审委员会"],
            ["3", "张磊", "日照某某钢铁有限公司", "冶金工程", "工程师", "日照市工程技术中级职务评审委员会"],
            ["4", "刘婷", "日照市第一中学", "中学英语", "一级教师", "日照市中小学教师中级职务评审委员会"]]  # fmt: skip
    lines = ["日照市人力资源和社会保障局", "关于2025年度日照市职称评审结果的公示", "根据职称评审有关规定，经评审委员会评审，"
             "现将评审通过人员名单予以公示，公示期5个工作日。", "日照市人力资源和社会保障局", "2025年11月20日"]  # fmt: skip
    _page("gongshi", lines, [html_table(header, body)])
    return _both("gongshi", no_catalog("a 职称评审结果公示 (姓名, 工作单位), not a catalog"))


def mulu(tmp: Path) -> list[Made]:
    """The national 职业资格目录: 职业资格名称 | 实施部门（单位）| 资格类别 | 设定依据."""
    header = ["序号", "职业资格名称", "实施部门（单位）", "资格类别", "设定依据"]
    body = [["1", "教师资格", "教育部", "准入类", "《中华人民共和国教师法》"],
            ["2", "注册会计师", "财政部", "准入类", "《中华人民共和国注册会计师法》"],
            ["3", "注册建筑师", "住房城乡建设部、人力资源社会保障部", "准入类", "《中华人民共和国建筑法》"],
            ["4", "经济专业技术资格", "人力资源社会保障部", "水平评价类", "《经济专业技术资格规定》"],
            ["5", "翻译专业资格", "人力资源社会保障部、中国外文局", "水平评价类", "《翻译专业资格（水平）考试暂行规定》"]]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["烟人社发〔2025〕33号", "关于转发国家职业资格目录（2021年版）的通知", "各区市人力资源和社会保障局，各有关单位：",
                      "现将国家职业资格目录转发给你们，请遵照执行。目录之外一律不得许可和认定职业资格。",
                      "烟台市人力资源和社会保障局", "2025年3月3日", "附件", "国家职业资格目录（专业技术人员职业资格）"])  # fmt: skip
    docx_table(doc, [header, *body], (1.0, 4.0, 4.6, 2.0, 5.0))
    _save_docx(doc, "mulu-libreoffice", tmp)
    return [Made("mulu-libreoffice", no_catalog("the national 职业资格目录: domestic, no foreign issuer, no 职称"))]


def gangao(tmp: Path) -> list[Made]:
    """港澳专业人士执业资格认可: Hong Kong and Macau qualifications accepted for practice in 横琴, each
    mapped to the 内地执业资格 it lets its holder practise. Counted as no catalog: it gives the right to
    practise, not a professional title (职称)."""
    header = th_row(["序号", "港澳职业资格名称", "颁证机构", "可执业的内地资格", "执业范围"])
    body = [["1", "香港注册建筑师 (Registered Architect)", "香港建筑师注册管理局 (Architects Registration Board)", "一级注册建筑师", "合作区内建筑工程设计"],
            ["2", "香港注册结构工程师 (Registered Structural Engineer)", "香港屋宇署 (Buildings Department)", "一级注册结构工程师", "合作区内结构工程设计"],
            ["3", "澳门注册医生", "澳门卫生局", "执业医师", "合作区内医疗机构执业"],
            ["4", "香港注册导游 (Tourist Guide)", "香港旅游业监管局 (Travel Industry Authority)", "导游", "合作区内导游服务"]]  # fmt: skip
    lines = ["横琴粤澳深度合作区民生事务局", "关于公布横琴粤澳深度合作区港澳专业人士执业资格认可清单的通知", "各有关单位：",
             "为便利港澳专业人士在合作区执业，现将执业资格认可清单予以公布。取得清单所列资格的港澳专业人士，经备案后可在合作区执业。",
             "横琴粤澳深度合作区民生事务局", "2025年8月18日", "附件", "港澳专业人士执业资格认可清单"]  # fmt: skip
    _page("gangao", lines, [html_table(header, body)], pdf=False)
    return [Made("gangao", no_catalog("港澳 qualifications accepted for practice (执业资格认可), no 职称: not a catalog"))]


def hainan(tmp: Path) -> list[Made]:
    """海南自由贸易港 境外职业资格 accepted for practice: 境外职业资格名称 | 颁证机构 | 国家（地区）|
    执业范围 | 认可方式. No 职称: counted as no catalog."""
    header = ["序号", "境外职业资格名称", "颁证机构", "国家（地区）", "执业范围", "认可方式"]
    body = [["1", "Chartered Architect", "英国皇家建筑师学会 (Royal Institute of British Architects)", "英国", "建筑设计", "备案认可"],
            ["2", "Professional Engineer", "美国国家工程与测量考试委员会 (NCEES)", "美国", "工程咨询", "备案认可"],
            ["3", "Certified Public Accountant", "美国注册会计师协会 (AICPA)", "美国", "会计服务", "考试认可"],
            ["4", "Chartered Financial Analyst", "CFA协会 (CFA Institute)", "美国", "金融服务", "备案认可"]]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["琼人社发〔2025〕47号", "关于印发《海南自由贸易港认可境外职业资格目录（2025年版）》的通知", "各市、县、自治县人力资源和社会保障局：",
                      "为便利境外人员在海南自由贸易港执业，现将认可的境外职业资格目录印发给你们。持有目录内境外职业资格的人员，经备案后可在自贸港内执业。",
                      "海南省人力资源和社会保障厅", "2025年7月15日", "附件", "海南自由贸易港认可境外职业资格目录（2025年版）"])  # fmt: skip
    docx_table(doc, [header, *body], (1.0, 4.0, 5.0, 2.0, 2.4, 2.0))
    _save_docx(doc, "hainan-libreoffice", tmp, pdf=False)
    return [Made("hainan-libreoffice", no_catalog("境外职业资格 accepted for practice in Hainan (执业), no 职称: not a catalog"))]


def butie(tmp: Path) -> list[Made]:
    """A 补贴 list of international certificates: 证书名称 | 颁证机构 | 证书等级 | 补贴标准（元）."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "补贴目录"
    ws.append(["2025年度威海市国际职业资格证书补贴目录"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "证书名称", "颁证机构", "证书等级", "补贴标准（元）"])
    for row in ([1, "Certified Welding Inspector", "美国焊接协会 (American Welding Society)", "高级", 5000],
                [2, "Project Management Professional", "美国项目管理协会 (PMI)", "高级", 5000],
                [3, "Certified Quality Engineer", "美国质量协会 (American Society for Quality)", "中级", 3000],
                [4, "Chemikant/-in", "DIHK", "中级", 3000]):  # fmt: skip
        ws.append(row)
    _box(ws, 2, 6, "ABCDE")
    wb.save(str(OUT / "butie.xlsx"))
    return [Made("butie", no_catalog("a subsidy list (补贴标准), no 职称: not a catalog"))]


def kaoshi(tmp: Path) -> list[Made]:
    """A 职称资格考试 schedule: 考试名称 | 级别 | 报名时间 | 考试日期 | 主管部门."""
    header = th_row(["序号", "考试名称", "级别", "报名时间", "考试日期", "主管部门"])
    body = [["1", "经济专业技术资格考试", "初级、中级", "2025年8月1日—8月15日", "2025年11月8日", "人力资源社会保障部"],
            ["2", "会计专业技术资格考试", "初级", "2025年1月6日—1月24日", "2025年5月17日", "财政部"],
            ["3", "翻译专业资格（水平）考试", "二级、三级", "2025年4月7日—4月18日", "2025年6月14日", "中国外文局"]]  # fmt: skip
    lines = ["德人社函〔2025〕6号", "关于2025年度专业技术人员职业资格考试工作计划的通知", "各县市区人力资源和社会保障局：",
             "现将2025年度专业技术人员职业资格考试工作计划印发给你们。", "德州市人力资源和社会保障局", "2025年1月3日", "附件", "考试计划表"]  # fmt: skip
    _page("kaoshi", lines, [html_table(header, body)], pdf=False)
    return [Made("kaoshi", no_catalog("an examination schedule, no foreign issuer, no 职称"))]


def nianbao(tmp: Path) -> list[Made]:
    """A 政府信息公开工作年度报告 table, its text naming the catalog the bureau published that year."""
    header = ["第二十条第（一）项", "", "", ""]
    sub = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    body = [["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "12"]]
    doc = docx_doc()
    _paragraphs(doc, ["聊城市人力资源和社会保障局2024年政府信息公开工作年度报告", "一、总体情况",
                      "2024年，我局公布聊城市国际职业资格比照认定职称目录（第一批），收录国际职业资格52项。",
                      "二、主动公开政府信息情况"])  # fmt: skip
    table = docx_table(doc, [header, sub, *body], (5.0, 3.0, 3.0, 3.0))
    merge_across(table, 0)
    _paragraphs(doc, ["聊城市人力资源和社会保障局", "2025年1月20日"])
    _save_docx(doc, "nianbao-libreoffice", tmp)
    return [Made("nianbao-libreoffice", no_catalog("a 政府信息公开 annual report table, not a catalog"))]


def caigou(tmp: Path) -> list[Made]:
    """A procurement result: 项目名称 | 中标供应商 | 中标金额 | 服务期限, of a catalog-compiling service."""
    header = th_row(["序号", "项目名称", "中标（成交）供应商", "中标金额（万元）", "服务期限"])
    body = [["1", "滨州市国际职业资格比照认定职称目录编制服务", "山东某某人力资源咨询有限公司", "38.6", "12个月"],
            ["2", "滨州市专业技术人才知识更新工程培训服务", "滨州某某教育科技有限公司", "52.0", "12个月"]]  # fmt: skip
    lines = ["滨州市人力资源和社会保障局", "滨州市人力资源和社会保障局国际职业资格比照认定职称目录编制服务项目成交结果公告",
             "一、项目编号：BZCG2025-0612", "二、成交信息如下：", "滨州市人力资源和社会保障局", "2025年6月12日"]  # fmt: skip
    _page("caigou", lines, [html_table(header, body)], pdf=False)
    return [Made("caigou", no_catalog("a procurement result (中标供应商), not a catalog"))]


def wubiao(tmp: Path) -> list[Made]:
    """A notice about a catalog with no table: the catalog is "详见附件", the attachment not in the file."""
    doc = docx_doc()
    _paragraphs(doc, ["菏人社发〔2025〕16号", "关于公布菏泽市国际职业资格比照认定职称目录（第一批）的通知",
                      "各县区人力资源和社会保障局，各有关单位：",
                      "为加快国际化人才队伍建设，经研究，制定了《菏泽市国际职业资格比照认定职称目录（第一批）》，"
                      "共收录国际职业资格60项，涉及工程、卫生、经济等系列，现予公布。目录详见附件。",
                      "附件：菏泽市国际职业资格比照认定职称目录（第一批）.xlsx",
                      "菏泽市人力资源和社会保障局", "2025年5月6日"])  # fmt: skip
    _save_docx(doc, "wubiao-libreoffice", tmp)
    return [Made("wubiao-libreoffice", no_catalog("a notice whose catalog is in another file: no table, nothing to publish"))]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    hefei, dongying, tongling, huainan, maanshan, weifang, jining, anqing, chuzhou, fuyang, luan, bozhou,
    chizhou, xuancheng, huangshan, jinan, zibo,
    gongshi, mulu, gangao, hainan, butie, kaoshi, nianbao, caigou, wubiao,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
