"""Regenerate tests/fixtures/unseen24: a fifteenth blind probe round, of merged cells.

    .venv/bin/python tests/make_unseen24.py              # every document (and README.txt)
    .venv/bin/python tests/make_unseen24.py yinchuan     # only these

Whole notices (文号, title with 第N批, addressees, intro, closing words, bureau, date, annex title, the table
and the words under it) in cities no earlier round used (大庆, 鄂尔多斯, 银川, 海口, 沧州, 泸州, 齐齐哈尔, 乐山,
南充, 自贡, 晋城), each a catalog laid out with merged cells the way bureaus print them; every body and
qualification real (rows of the bundled notices come by `pick`; the few others are the bodies and
qualifications tests/make_unseen23.py already uses). Every one is a catalog: published exactly as its
truth, or held back loudly.

    daqing-fuji-libreoffice.docx/.pdf        parent rows WITH a 序号 of their own: 1 | 英国皇家特许测量师学会
                                (RICS) 会员资格 (merged across 职业资格名称 … 所属系列), then 2 | Associate
                                (AssocRICS) | … | 助理工程师, 3 | Member (MRICS) …; single qualifications
                                between the families. Truth: the 19 rows with a 对应职称, seq as printed
                                (2, 3, 4, 6, 7 … with gaps where the parent rows stand).
    eerduosi-wuxuhao-libreoffice.docx/.pdf   parent rows WITHOUT a 序号 (the cell empty, the family merged
                                across the other five columns), the levels numbered 1 … 31 straight through
                                the families; 38 rows over three pages, page 2 opening with the rest of row 5
                                (split by the break) and then a parent row, page 3 opening with a parent row.
                                Truth: the 31 level rows.
    yinchuan-kuaye-libreoffice.docx/.pdf     颁证单位 merged DOWN over runs of 2-13 rows (德国工商大会 over 13
                                rows, 美国材料信息协会 over 7, NCEES over 5), vertically centred, in a 39-row
                                table whose header repeats and whose 13-row merged cell crosses the page break.
                                Truth: every row carries its body's text.
    haikou-xilie-libreoffice.docx/.pdf       所属系列 merged down over each whole series group (6, 5, 4, 5, 3
      haikou-xilie.xlsx                      rows) and 对应职称 merged down over runs of two or three rows sharing
                                a title, inside the groups; the .xlsx the same as merged ranges. Truth: the
                                merged text on every row.
    cangzhou-zhehang-libreoffice.docx/.pdf   a narrow 颁证单位 column whose long body names, merged down over
                                two to five rows, wrap over many lines (NCEES's over 2 one-line rows: the rows
                                grow to hold it; IME's over 2 rows split by the page break). Truth: the whole
                                text on every row.
    luzhou-kualan-libreoffice.docx/.pdf      rows without a translation print the 职业资格名称 once in a cell
                                merged across 职业资格名称 and 译名 (5 of 14 rows). Truth: 译名 "" there.
    qiqihaer-shuangbiaotou-libreoffice.docx/.pdf  a two-row header: 序号, 颁证单位, 对应职称 and 所属系列 merged
                                down over both header rows, 国际职业资格 across 英文名称 | 中文名称 below it;
                                颁证单位 merged down over runs of 2-3 data rows. Truth: 19 rows.
    leshan-tongshang-libreoffice.docx/.pdf   ditto marks instead of merges: 颁证单位 printed "同上" (ACRP and
                                ASM blocks) or "〃" (ASCP block) under the row naming the body. Truth: the
                                body's name on every row.
    nanchong-fuji.html / -chromium.pdf / .xlsx  structure of daqing as a web page (<td colspan='5'> after the
                                parent row's 序号) and a workbook (merged ranges B:F). Truth: 16 rows.
    zigong-kuaye.html / -chromium.pdf / .xlsx   structure of yinchuan as a web page (<td rowspan>, NCEES's over
                                8 rows across Chromium's first page break, ASM's over 7 across the second) and
                                a workbook (merged ranges in D).
                                Truth: 36 rows, every row with its body.
    jincheng-fenlei.html / -chromium.pdf     section rows (一、工程系列, colspan over all five columns, no 序号)
                                AND parent rows (序号, then the family over the other four) in one table, no
                                series column. Truth: the 14 rows with a 对应职称, series = the section's name.

Not made: a 2-D merge (颁证单位 and 所属系列 merged together across two columns and down): no bureau prints
two columns of different meaning as one cell; cangzhou's long wrapping 颁证单位 stands in its place.

DOCX by python-docx (make_unseen9.notice_docx, grid widths as make_unseen22._fit_grid, every cell centred
vertically, zip dates pinned), printed by LibreOffice; pages printed by Chromium; workbooks by openpyxl
(zip and core dates pinned); every print pinned and packed (tests/make_producers.py pack_pinned, qpdf).
Beside each document, <stem>.truth.json, written before the pipeline ever read the document: {"header",
"rows"} as tests/make_unseen9.py writes it, plus "why" where the published form is debatable.
"""

from __future__ import annotations

import html
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import make_unseen21  # noqa: E402
import make_unseen22  # noqa: E402
import make_unseen23  # noqa: E402
import openpyxl  # noqa: E402
from docx import Document as open_docx  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.table import _Cell  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import CSS, Made, Row, T, W, html_page, pick  # noqa: E402
from make_unseen19 import _pin_zip  # noqa: E402
from make_unseen22 import CATALOG_HEADER, _both, _fit_grid  # noqa: E402
from make_unseen23 import ACCA, ASNT, CFA, IMA, IPMA, PMI, _truth  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen24"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
make_unseen21.OUT = OUT  # (importing the later rounds had pointed them at their own folders)
make_unseen22.OUT = OUT
make_unseen23.OUT = OUT

DIHK = "德国工商大会 (Deutscher Industrie- und Handelskammertag, DIHK)"
ENG, ECO, ACC = "工程系列", "经济系列", "会计系列"


# --- one model of a merged table, three writers -------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """A table as printed: every cell's text (header rows first; a covered cell's text is ""), the number
    of header rows, and its merges as (first row, first column, last row, last column), inclusive."""

    cells: list[list[str]]
    head: int
    merges: list[tuple[int, int, int, int]]


def _runs(values: Sequence[str], offset: int) -> list[tuple[int, int]]:
    """(first, last) table rows of each run of equal neighbours longer than one (rows from `offset`)."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            if i - 1 > start:
                out.append((offset + start, offset + i - 1))
            start = i
    return out


def _down(rows: Sequence[Row], column: int, cell_column: int, offset: int = 1) -> list[tuple[int, int, int, int]]:
    """Merges down of a column over each run of equal values (rows' `column`, the table's `cell_column`)."""
    return [(a, cell_column, b, cell_column) for a, b in _runs([r[column] for r in rows], offset)]


def _families(families: Sequence[tuple[str, Sequence[Row]]], parent_seq: bool) -> tuple[Grid, list[Row]]:
    """A catalog whose qualification families each open with a parent row (the family's name merged across
    职业资格名称 … 所属系列), with or without a 序号 of its own; a family named "" is single qualifications."""
    table: list[list[str]] = [list(CATALOG_HEADER)]
    merges: list[tuple[int, int, int, int]] = []
    truth: list[Row] = []
    n = 0
    for name, rows in families:
        if name:
            seq = ""
            if parent_seq:
                n += 1
                seq = str(n)
            merges.append((len(table), 1, len(table), 5))
            table.append([seq, name, "", "", "", ""])
        for row in rows:
            n += 1
            table.append([str(n), *row])
            truth.append((str(n), *row))
    return Grid(table, 1, merges), truth


def _merge(table: object, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a block of a python-docx table, keeping the first cell's text."""
    first = table.cell(r1, c1)  # type: ignore[attr-defined]
    text = first.text
    merged = first.merge(table.cell(r2, c2))  # type: ignore[attr-defined]
    merged.text = text
    for paragraph in merged.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)


def _docx(stem: str, lines: Sequence[str], grid: Grid, widths: Sequence[float], tmp: Path,
          after: Sequence[str] = (), repeat_header: bool = False) -> None:  # fmt: skip
    """The notice by notice_docx, its table's merges made, every cell centred vertically, the grid widths
    set (make_unseen22._fit_grid), pinned, and its LibreOffice print packed."""
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, grid.cells, widths, after)
    doc = open_docx(str(src))
    table = doc.tables[0]
    for r1, c1, r2, c2 in grid.merges:
        _merge(table, r1, c1, r2, c2)
    for tc in table._tbl.iter(qn("w:tc")):
        _Cell(tc, table).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if repeat_header:
        for row in table.rows[: grid.head]:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(flag)
    _fit_grid(doc, [widths])
    doc.save(str(src))
    _pin_zip(src)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _grid_html(grid: Grid) -> str:
    """The table as markup: header rows of <th> in <thead>, a merge's first cell with rowspan/colspan, the
    cells it covers left out."""
    spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in grid.merges}
    covered = {(r, c) for r1, c1, r2, c2 in grid.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    covered -= set(spans)
    out: list[str] = []
    for r, row in enumerate(grid.cells):
        tag = "th" if r < grid.head else "td"
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            down, across = spans.get((r, c), (1, 1))
            attrs = (f" rowspan='{down}'" if down > 1 else "") + (f" colspan='{across}'" if across > 1 else "")
            cells.append(f"<{tag}{attrs}>{html.escape(text)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>\n")
    head, body = "".join(out[: grid.head]), "".join(out[grid.head :])
    return f"<table>\n<thead>\n{head}</thead>\n<tbody>\n{body}</tbody></table>\n"


def _html(stem: str, lines: Sequence[str], grid: Grid, tmp: Path, after: Sequence[str] = (), css: str = CSS) -> None:
    """A web page of the notice's lines, the table (rowspan/colspan) and the lines after it; its Chromium print."""
    tail = "".join(f"<p>{html.escape(line)}</p>\n" for line in after)
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, [_grid_html(grid), tail], css), encoding="utf-8")
    chromium_pinned(src, OUT / f"{stem}-chromium.pdf", tmp)


def _xlsx(stem: str, title: str, grid: Grid, widths: Sequence[float], after: Sequence[str] = ()) -> None:
    """A workbook as bureaus attach it: the annex's title merged across row 1, the table from row 2 (its
    merges as merged ranges, 序号 as numbers), the notes under it; zip and core dates pinned."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    columns = len(grid.cells[0])
    last = openpyxl.utils.get_column_letter(columns)
    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    for r, row in enumerate(grid.cells):
        ws.append([int(v) if c == 0 and r >= grid.head and v.isdigit() else (v or None) for c, v in enumerate(row)])
    for r1, c1, r2, c2 in grid.merges:
        ws.merge_cells(start_row=r1 + 2, start_column=c1 + 1, end_row=r2 + 2, end_column=c2 + 1)
    thin = Side(style="thin")
    for line in ws.iter_rows(min_row=2, max_row=len(grid.cells) + 1, max_col=columns):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for r in range(2, grid.head + 2):
        for cell in ws[r]:
            cell.font = Font(bold=True)
    for line in after:
        ws.append([line])
        ws.merge_cells(f"A{ws.max_row}:{last}{ws.max_row}")
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = width
    ws.freeze_panes = f"A{grid.head + 2}"
    src = OUT / f"{stem}.xlsx"
    wb.save(str(src))
    _pin_zip(src)


# --- 1. parent rows with a 序号 of their own, merged across (DOCX) ---------------------------------

ASNT_LEVELS: list[Row] = [
    ("ACCP Professional Level II", "二级无损检测人员", ASNT, "助理工程师", "机械工程"),
    ("ASNT NDT Level III", "三级无损检测人员", ASNT, "工程师", "机械工程"),
]

DAQING: list[tuple[str, list[Row]]] = [
    ("英国皇家特许测量师学会（RICS）会员资格", pick(W, 18, 19)),
    ("", pick(W, 12)),
    ("英国机械工程师学会（IMechE）注册工程师资格", pick(W, 23, 24)),
    ("美国无损检测学会（ASNT）无损检测人员资格认证", ASNT_LEVELS),
    ("", pick(W, 25)),
    ("美国腐蚀工程师学会（NACE）涂装检验师资格", pick(W, 49, 50)),
    ("", pick(W, 46)),
    ("英国染工和色彩协会（SDC）会员资格", pick(W, 51, 52)),
    ("国际纺织学会（TI）会员资格", pick(W, 53, 54, 55)),
    ("IEEE 计算机协会（IEEE Computer Society）软件开发人员认证", pick(W, 59, 60)),
    ("", pick(W, 56)),
]  # fmt: skip


def daqing(tmp: Path) -> list[Made]:
    """Parent rows that take a 序号 of their own (1, 5, 8 …), the family's name merged across the other five
    columns; its levels and the single qualifications numbered on after them."""
    grid, truth = _families(DAQING, parent_seq=True)
    lines = ["庆人社发〔2025〕44号", "关于印发《大庆市国际职业资格比照认定职称目录（第二批）》的通知",
             "各县（区）人力资源和社会保障局，各中省直单位，市直各单位，各有关企业：",
             "为服务我市石油石化和高端装备制造产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅"
             "关于国际职业资格比照认定职称的有关规定，在第一批目录基础上，我局研究制定了《大庆市国际职业资格比照认定职称目录"
             "（第二批）》，现印发给你们，请遵照执行。",
             "目录按颁证单位归类列出职业资格，分级别的按申请人取得的级别比照认定对应职称。比照认定的职称与评审取得的职称"
             "具有同等效力。",
             "特此通知。",
             "大庆市人力资源和社会保障局", "2025年9月15日", "附件", "大庆市国际职业资格比照认定职称目录（第二批）"]  # fmt: skip
    _docx("daqing-fuji-libreoffice", lines, grid, (1.0, 4.6, 3.2, 4.6, 1.8, 2.0), tmp, ["注：证书须在有效期内。"])
    why = ("a parent row (序号 1, 5, 8, 12, 16, 19, 23) names a qualification family in one cell merged across "
           "职业资格名称 … 所属系列: it takes a 序号 of its own but has no body, no 对应职称 and no series, so it is a "
           "heading, not an entry. Its levels and the single qualifications are the entries, seq as printed (2, 3, "
           "4, 6, 7 …, gaps where the parent rows stand). Expected: the 19 rows with a 对应职称, or the notice held "
           "back; never a parent row published, and never published carrying the row above's values (row 4's "
           "颁证单位, 对应职称 or series copied into row 5's empty cells).")
    return _both("daqing-fuji-libreoffice", _truth(truth, why))


# --- 2. parent rows without a 序号 (DOCX, over three pages) -------------------------------------------

EERDUOSI: list[tuple[str, list[Row]]] = [
    ("美国临床研究专业协会（ACRP）认证", pick(T, 1, 2, 3, 4, 5)),
    ("美国临床病理学学会（ASCP）国际认证", pick(T, 11, 12, 13, 14, 15)),
    ("美国癌症研究协会（AACR）会员资格", pick(T, 8, 9)),
    ("", pick(T, 6, 7)),
    ("机械工程师学会（IME）国际注册机械工程师资格", pick(W, 29, 30)),
    ("美国焊接协会（AWS）焊接人员认证", pick(W, 25, 26, 27)),
    ("美国国家勘察设计考试者理事会（NCEES）工程师执照", pick(W, 31, 32, 33, 34)),
    ("", pick(W, 28)),
    ("美国材料信息协会（ASM International）冶金师认证", pick(W, 37, 38, 39, 40, 41, 42, 43)),
]  # fmt: skip


EERDUOSI_LINES = [
    "鄂人社发〔2025〕61号", "关于公布鄂尔多斯市国际职业资格比照认定职称目录（第一批）的通知",
    "各旗区人力资源和社会保障局，市直各部门、各单位，各有关企业：",
    "为贯彻落实人才强市战略，服务我市现代煤化工、生物医药和装备制造产业发展，进一步畅通国际化人才职称评价渠道，经"
    "征求行业主管部门和专家意见，现将《鄂尔多斯市国际职业资格比照认定职称目录（第一批）》予以公布，自公布之日起施行。",
    "目录中同一颁证单位的职业资格归类列出，申请人按所持证书对应的职称申请比照认定，不得跨系列、跨级别认定。",
    "比照认定工作实行常态化受理，申请人通过所在单位向属地人力资源和社会保障部门提交申请材料，经审核符合条件的，由市"
    "人力资源和社会保障局发文确认并颁发职称证书，职称证书与评审取得的职称证书具有同等效力，可作为聘任相应专业技术职务"
    "的依据。",
    "申请人对认定结果有异议的，可自收到认定结果之日起15个工作日内向市人力资源和社会保障局申请复核。",
    "特此通知。",
    "鄂尔多斯市人力资源和社会保障局", "2025年10月20日", "附件", "鄂尔多斯市国际职业资格比照认定职称目录（第一批）",
]  # fmt: skip


def eerduosi(tmp: Path) -> list[Made]:
    """Parent rows with an empty 序号 cell and the family merged across the rest; levels numbered 1 … 31
    straight through; 38 rows over three pages."""
    grid, truth = _families(EERDUOSI, parent_seq=False)
    _docx("eerduosi-wuxuhao-libreoffice", EERDUOSI_LINES, grid, (1.0, 4.6, 3.2, 4.6, 1.8, 2.0), tmp,
          ["注：证书须在有效期内，以颁证单位官方查询结果为准。"])  # fmt: skip
    why = ("a parent row prints no 序号 (its cell empty) and the family's name merged across the other five columns: "
           "a heading, not an entry, and not the rest of the row above split by a page break (an empty 序号 is "
           "what such a continuation looks like): it must never be glued onto the row above it, nor published. "
           "The levels are numbered 1 … 31 straight through the families. Expected: the 31 level rows, seq as "
           "printed, each with its own cells only.")
    return _both("eerduosi-wuxuhao-libreoffice", _truth(truth, why))


# --- 3. 颁证单位 merged down over long runs, across a page break (DOCX) -------------------------------


def _dihk(rows: Sequence[Row]) -> list[Row]:
    return [(q, z, DIHK, t, se) for q, z, _, t, se in rows]


YINCHUAN: list[Row] = [
    *pick(W, 1, 2, 9),
    *pick(W, 10, 11, 12, 13, 14),
    *_dihk(pick(T, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 52)),
    *pick(W, 15, 16, 17),
    *pick(W, 18, 19),
    *pick(W, 23, 24),
    *pick(W, 25, 26, 27),
    *pick(W, 37, 38, 39, 40, 41, 42, 43),
    *pick(W, 44),
]  # fmt: skip


def yinchuan(tmp: Path) -> list[Made]:
    """颁证单位 merged down over each run of one body (13 rows of DIHK across the page break), centred
    vertically; the header row repeated on the next page."""
    rows = make_unseen9.numbered(YINCHUAN)
    grid = Grid([list(CATALOG_HEADER), *map(list, rows)], 1, _down(rows, 3, 3))
    lines = ["银人社发〔2025〕39号", "关于印发《银川市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，市直各部门、各单位，各有关企业：",
             "为深入实施人才强市战略，加快引进和培养国际化专业技术人才，根据自治区人力资源和社会保障厅关于开展国际职业资格"
             "比照认定职称工作的有关要求，我局研究制定了《银川市国际职业资格比照认定职称目录（第一批）》，现印发给你们，请认真"
             "贯彻执行。",
             "特此通知。",
             "银川市人力资源和社会保障局", "2025年6月26日", "附件", "银川市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("yinchuan-kuaye-libreoffice", lines, grid, (1.0, 4.8, 3.4, 4.4, 1.8, 1.8), tmp,
          ["注：证书须在有效期内。"], repeat_header=True)  # fmt: skip
    why = ("颁证单位 is printed once per body in a cell merged down over the body's rows (德国工商大会 over 13 rows "
           "crossing the page break, 美国材料信息协会 over 7, NCEES over 5 …): every row it covers carries its text. "
           "Expected: the 39 rows, each with its body; never a row with an empty 颁证单位, nor a body's name on the "
           "first row of its run (or of a page) only.")
    return _both("yinchuan-kuaye-libreoffice", _truth(rows, why))


# --- 4. 所属系列 merged over whole groups, 对应职称 over runs of 2-3 (DOCX and XLSX) --------------------

HAIKOU: list[list[Row]] = [
    pick(W, 9, 10, 18, 19, 12, 13),
    pick(W, 23, 29, 24, 25, 30),
    pick(W, 49, 50, 46, 47),
    pick(W, 51, 53, 54, 52, 55),
    pick(W, 57, 58, 60),
]


def haikou(tmp: Path) -> list[Made]:
    """所属系列 merged down over each series group; 对应职称 merged over runs of two or three within a group."""
    rows = make_unseen9.numbered([row for group in HAIKOU for row in group])
    merges: list[tuple[int, int, int, int]] = []
    first = 1
    for group in HAIKOU:
        merges.append((first, 5, first + len(group) - 1, 5))
        merges += _down(group, 3, 4, first)
        first += len(group)
    grid = Grid([list(CATALOG_HEADER), *map(list, rows)], 1, merges)
    title = "海口市国际职业资格比照认定职称目录（第一批）"
    lines = ["海人社发〔2025〕52号", "关于印发《海口市国际职业资格比照认定职称目录（第一批）》的通知",
             "各区人力资源和社会保障局，市直各单位，各有关企业：",
             "为贯彻落实海南自由贸易港建设总体方案关于允许境外人员参加职称评审、探索国际职业资格比照认定的有关要求，进一步"
             "拓宽国际化人才职称评价渠道，我局研究制定了《海口市国际职业资格比照认定职称目录（第一批）》，现印发给你们，请"
             "遵照执行。",
             "特此通知。",
             "海口市人力资源和社会保障局", "2025年5月28日", "附件", title]  # fmt: skip
    _docx("haikou-xilie-libreoffice", lines, grid, (1.0, 4.8, 3.4, 4.6, 1.7, 1.7), tmp)
    _xlsx("haikou-xilie", title, grid, (6, 40, 28, 40, 12, 14))
    why = ("所属系列 is printed once per series group in a cell merged down over the group (建设工程 over 6 rows, "
           "机械工程 over 5 …) and 对应职称 once per run of two or three rows sharing a title, inside a group: every "
           "row a merged cell covers carries its text. Expected: the 23 rows, each with its series and title.")
    truth = _truth(rows, why)
    return [*_both("haikou-xilie-libreoffice", truth), Made("haikou-xilie", truth)]


# --- 5. a long 颁证单位 merged down in a narrow column, wrapping over many lines (DOCX) ---------------

CANGZHOU: list[Row] = [
    *pick(W, 4, 5, 6, 7, 8),
    *pick(W, 20, 21),
    *pick(W, 29, 30),
    *pick(W, 37, 38, 39),
    *pick(T, 1, 2, 3),
    *pick(W, 3),
    *pick(W, 59, 60),
    *pick(W, 58, 56),
]


def cangzhou(tmp: Path) -> list[Made]:
    """颁证单位 in a narrow column, merged down over 2-5 rows, its long bilingual names wrapping over many lines
    (NCEES's over two rows whose other cells hold one line each)."""
    rows = make_unseen9.numbered(CANGZHOU)
    grid = Grid([list(CATALOG_HEADER), *map(list, rows)], 1, _down(rows, 3, 3))
    lines = ["沧人社字〔2025〕118号", "关于印发《沧州市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，渤海新区、高新区、经济开发区人力资源管理部门，市直各单位，各有关企业：",
             "为服务我市绿色化工、生物医药和装备制造产业高质量发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源"
             "和社会保障厅有关要求，我局研究制定了《沧州市国际职业资格比照认定职称目录（第一批）》，现印发给你们，请认真组织"
             "实施。",
             "特此通知。",
             "沧州市人力资源和社会保障局", "2025年7月3日", "附件", "沧州市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("cangzhou-zhehang-libreoffice", lines, grid, (1.0, 4.9, 3.3, 3.8, 1.8, 2.0), tmp)
    why = ("颁证单位 sits in a narrow column, printed once per body in a cell merged down over its rows, the long "
           "bilingual names wrapping over four to six lines, more than the rows they cover (NCEES's over two one-line "
           "rows, which grow to hold it; IME's over two rows split by the page break): every covered row carries the whole name, its wrapped lines joined. "
           "Expected: the 20 rows, each with its whole body name; never the name cut into pieces by row.")
    return _both("cangzhou-zhehang-libreoffice", _truth(rows, why))


# --- 6. 职业资格名称 merged across 职业资格名称 and 译名 where there is no translation (DOCX) -------------

LUZHOU_PICKS: list[tuple[str, int, bool]] = [  # notice, 序号 there, printed without a translation
    (W, 1, False), (W, 8, True), (W, 9, False), (W, 12, False), (W, 25, False), (W, 47, True), (W, 48, False),
    (W, 58, True), (T, 6, False), (T, 7, False), (T, 19, True), (T, 20, True), (T, 22, False), (T, 29, False),
]  # fmt: skip


def luzhou(tmp: Path) -> list[Made]:
    """Rows without a translation print the qualification's name once, merged across 职业资格名称 and 译名."""
    rows: list[Row] = []
    merges: list[tuple[int, int, int, int]] = []
    for i, (notice, seq, bare) in enumerate(LUZHOU_PICKS, start=1):
        q, z, iss, t, se = pick(notice, seq)[0]
        rows.append((str(i), q, "" if bare else z, iss, t, se))
        if bare:
            merges.append((i, 1, i, 2))
    grid = Grid([list(CATALOG_HEADER), *map(list, rows)], 1, merges)
    lines = ["泸市人社发〔2025〕27号", "关于印发《泸州市国际职业资格比照认定职称目录（第一批）》的通知",
             "各区县人力资源和社会保障局，市直各部门，各有关企业：",
             "为服务我市白酒、化工和装备制造产业发展，加快构建与国际接轨的人才评价体系，我局研究制定了《泸州市国际职业资格"
             "比照认定职称目录（第一批）》，现印发给你们，请遵照执行。目录中暂无通用中文译名的职业资格，以其原文名称为准。",
             "特此通知。",
             "泸州市人力资源和社会保障局", "2025年4月29日", "附件", "泸州市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("luzhou-kualan-libreoffice", lines, grid, (1.0, 4.6, 3.2, 4.6, 1.8, 2.0), tmp)
    why = ("on rows 2, 6, 8, 11 and 12 the qualification has no Chinese translation (the notice: 暂无通用中文译名的，"
           "以其原文名称为准) and its name is printed once in a cell merged across 职业资格名称 and 译名. The name is "
           "the 职业资格名称; 译名 is empty (\"\"), not the English name again: a merge across is one cell, not a "
           "value repeated into each column it covers. Expected: the 14 rows with 译名 \"\" on those five.")
    return _both("luzhou-kualan-libreoffice", _truth(rows, why))


# --- 7. a two-row header with merges, 颁证单位 merged down in the body (DOCX) -------------------------


def qiqihaer(tmp: Path) -> list[Made]:
    """序号 | 国际职业资格 (英文名称 | 中文名称) | 颁证单位 | 对应职称 | 所属系列 over two header rows; 颁证单位
    merged down over runs of 2-3 data rows."""
    rows = make_unseen9.numbered(pick(T, 21, 22, 23, 24, 25, 26, 27, 28, 29, 46, 30, 31, 32, 33, 47, 48, 49, 50, 51))
    header = [["序号", "国际职业资格", "", "颁证单位", "对应职称", "所属系列"],
              ["", "英文名称", "中文名称", "", "", ""]]  # fmt: skip
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), *_down(rows, 3, 3, 2)]
    grid = Grid([*header, *map(list, rows)], 2, merges)
    lines = ["齐人社发〔2025〕23号", "关于印发《齐齐哈尔市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市）区人力资源和社会保障局，市直各单位，各有关企业：",
             "为加快老工业基地振兴发展，服务我市装备制造、石油化工等产业人才需求，进一步畅通国际化人才职称评价渠道，我局研究"
             "制定了《齐齐哈尔市国际职业资格比照认定职称目录（第一批）》，现印发给你们，请认真贯彻执行。",
             "特此通知。",
             "齐齐哈尔市人力资源和社会保障局", "2025年8月7日", "附件", "齐齐哈尔市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("qiqihaer-shuangbiaotou-libreoffice", lines, grid, (1.0, 4.8, 3.4, 4.4, 1.8, 1.8), tmp, repeat_header=True)
    why = ("the header is two rows: 序号, 颁证单位, 对应职称 and 所属系列 merged down over both, 国际职业资格 merged "
           "across 英文名称 | 中文名称 printed below it (英文名称 = 职业资格名称, 中文名称 = 译名); neither header row "
           "is an entry. 颁证单位 is merged down over runs of two or three rows of one body: each covered row carries "
           "it. Expected: the 19 rows.")
    return _both("qiqihaer-shuangbiaotou-libreoffice", _truth(rows, why))


# --- 8. ditto marks (同上, 〃) instead of merged cells (DOCX) ------------------------------------------


def leshan(tmp: Path) -> list[Made]:
    """颁证单位 printed once, then "同上" (ACRP and ASM blocks) or "〃" (ASCP block) on the rows below."""
    blocks: list[tuple[list[Row], str]] = [
        (pick(T, 1, 2, 3, 4, 5), "同上"), (pick(T, 6), ""), (pick(T, 7), ""),
        (pick(T, 11, 12, 13, 14, 15), "〃"), (pick(T, 17), ""), (pick(T, 18), ""),
        (pick(W, 37, 38, 39, 40), "同上"), (pick(W, 44), ""),
    ]  # fmt: skip
    rows = make_unseen9.numbered([row for block, _ in blocks for row in block])
    printed: list[list[str]] = [list(CATALOG_HEADER)]
    for block, mark in blocks:
        for k, row in enumerate(block):
            s = str(len(printed))
            q, z, iss, t, se = row
            printed.append([s, q, z, mark if k else iss, t, se])
    lines = ["乐市人社发〔2025〕31号", "关于印发《乐山市国际职业资格比照认定职称目录（第一批）》的通知",
             "各区、市、县人力资源和社会保障局，市级各部门，各有关企业：",
             "为服务我市晶硅光伏、生物医药等产业发展，进一步拓宽国际化人才职称评价渠道，根据省人力资源和社会保障厅关于开展"
             "国际职业资格比照认定职称工作的通知精神，我局研究制定了《乐山市国际职业资格比照认定职称目录（第一批）》，现印发"
             "给你们，请遵照执行。",
             "特此通知。",
             "乐山市人力资源和社会保障局", "2025年11月4日", "附件", "乐山市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("leshan-tongshang-libreoffice", lines, Grid(printed, 1, []), (1.0, 4.8, 3.4, 4.4, 1.8, 1.8), tmp)
    why = ("颁证单位 is printed once per body and then \"同上\" (the same as above: rows 2-5 and 16-18) or \"〃\" "
           "(the ditto mark: rows 9-12) on the rows below it: each such row's body is the name printed above. "
           "Expected: the 19 rows with the body's name on every row, or the notice held back (a 颁证单位 that is "
           "no body's name); never \"同上\" or \"〃\" published as a body.")
    return _both("leshan-tongshang-libreoffice", _truth(rows, why))


# --- 9a. parent rows with 序号 as a web page (colspan) and a workbook ----------------------------------

NANCHONG: list[tuple[str, list[Row]]] = [
    ("机械工程师学会（IME）国际注册机械工程师资格", pick(W, 29, 30)),
    ("英国机械工程师学会（IMechE）注册工程师资格", pick(W, 23, 24)),
    ("", pick(W, 25)),
    ("美国腐蚀工程师学会（NACE）涂装检验师资格", pick(W, 49, 50)),
    ("美国石油工程师协会（SPE）会员及认证", pick(W, 47, 48)),
    ("国际纺织学会（TI）会员资格", pick(W, 53, 54, 55)),
    ("", pick(W, 56)),
    ("美国癌症研究协会（AACR）会员资格", pick(T, 9, 8)),
    ("", pick(T, 6)),
]  # fmt: skip


def nanchong(tmp: Path) -> list[Made]:
    """daqing's structure as a web page (the parent row's 序号, then <td colspan='5'>) and as a workbook."""
    grid, truth = _families(NANCHONG, parent_seq=True)
    title = "南充市国际职业资格比照认定职称目录（第一批）"
    lines = ["南人社发〔2025〕58号", "关于印发《南充市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，市级各部门，各有关企业：",
             "为服务我市油气化工、汽车汽配和丝纺服装产业发展，进一步畅通国际化人才职称评价渠道，我局研究制定了《南充市国际"
             "职业资格比照认定职称目录（第一批）》，现印发给你们，请遵照执行。",
             "目录按颁证单位归类列出职业资格，分级别的按申请人取得的级别比照认定对应职称。",
             "特此通知。",
             "南充市人力资源和社会保障局", "2025年9月9日", "附件", title]  # fmt: skip
    after = ["注：证书须在有效期内。"]
    _html("nanchong-fuji", lines, grid, tmp, after)
    _xlsx("nanchong-fuji", title, grid, (6, 40, 28, 42, 12, 14), after)
    why = ("as daqing: a parent row (序号 1, 4, 8, 11, 14, 19) prints its 序号 and the family's name in one cell "
           "(colspan='5'; in the workbook a range merged across B:F): a heading, not an entry, and it takes nothing "
           "from the row above. Expected: the 16 rows with a 对应职称, seq as printed, or the notice held back.")
    return _both("nanchong-fuji", _truth(truth, why), "nanchong-fuji-chromium")


# --- 9b. 颁证单位 merged down as rowspan across a page, and a workbook ---------------------------------

ZIGONG: list[Row] = [
    *pick(T, 6, 7),
    *pick(T, 11, 12, 13, 14, 15),
    *pick(W, 10, 11, 12, 13, 14, 20, 21, 22),
    *pick(T, 1, 2, 3, 4, 5),
    *pick(W, 15, 16, 17, 35, 36, 45),
    *pick(W, 37, 38, 39, 40, 41, 42, 43),
    *pick(W, 25, 26, 27),
]  # fmt: skip


def zigong(tmp: Path) -> list[Made]:
    """yinchuan's structure as a web page (<td rowspan>, NCEES's over 8 rows across the first page break,
    ASM's over 7 across the second) and as a workbook (ranges merged down in D)."""
    rows = make_unseen9.numbered(ZIGONG)
    grid = Grid([list(CATALOG_HEADER), *map(list, rows)], 1, _down(rows, 3, 3))
    title = "自贡市国际职业资格比照认定职称目录（第一批）"
    lines = ["自人社发〔2025〕19号", "关于印发《自贡市国际职业资格比照认定职称目录（第一批）》的通知",
             "各区县人力资源和社会保障局，高新区、晨光经开区社会事务局，市级各部门，各有关企业：",
             "为服务我市新材料、节能环保装备和生物医药产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和"
             "社会保障厅有关要求，我局研究制定了《自贡市国际职业资格比照认定职称目录（第一批）》，现印发给你们，请认真贯彻执行。",
             "特此通知。",
             "自贡市人力资源和社会保障局", "2025年3月18日", "附件", title]  # fmt: skip
    _html("zigong-kuaye", lines, grid, tmp)
    _xlsx("zigong-kuaye", title, grid, (6, 40, 28, 42, 12, 14))
    why = ("颁证单位 is printed once per body in a cell merged down over its rows (rowspan; in the workbook a merged "
           "range in column D): NCEES's over 8 rows and ASM's over 7 each crossing a page break in the print, "
           "Engineers Canada's over 6 …: every covered row carries the body's text. Expected: the 36 rows, each with its body.")
    return _both("zigong-kuaye", _truth(rows, why), "zigong-kuaye-chromium")


# --- 10. section rows and parent rows in one table (HTML) -------------------------------------------

JINCHENG: list[tuple[str, str, list[tuple[str, list[Row]]]]] = [
    ("一、工程系列", ENG, [
        ("英国皇家特许测量师学会（RICS）会员资格", [r[:4] for r in pick(W, 18, 19)]),
        ("", [r[:4] for r in pick(W, 12)]),
        ("英国机械工程师学会（IMechE）注册工程师资格", [r[:4] for r in pick(W, 23, 24)]),
        ("", [r[:4] for r in pick(W, 25)]),
    ]),
    ("二、经济系列", ECO, [
        ("国际项目管理协会（IPMA）国际项目管理专业资质认证", [
            ("IPMA Level D (Certified Project Management Associate)", "助理项目经理", IPMA, "助理经济师"),
            ("IPMA Level C (Certified Project Manager)", "项目经理", IPMA, "经济师"),
            ("IPMA Level B (Certified Senior Project Manager)", "高级项目经理", IPMA, "高级经济师")]),
        ("", [("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师"),
              ("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师")]),
    ]),
    ("三、会计系列", ACC, [
        ("英国特许公认会计师公会（ACCA）会员资格", [
            ("Member (ACCA)", "特许公认会计师", ACCA, "会计师"),
            ("Fellow (FCCA)", "资深特许公认会计师", ACCA, "高级会计师")]),
        ("", [("Certified Management Accountant (CMA)", "美国注册管理会计师", IMA, "会计师")]),
    ]),
]  # fmt: skip


def jincheng(tmp: Path) -> list[Made]:
    """Section rows (一、工程系列, one cell across all five columns, no 序号) and parent rows (序号, then the
    family across the other four) in one table without a series column; 序号 running through."""
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称"]
    table: list[list[str]] = [header]
    merges: list[tuple[int, int, int, int]] = []
    truth: list[Row] = []
    n = 0
    for section, series, families in JINCHENG:
        merges.append((len(table), 0, len(table), 4))
        table.append([section, "", "", "", ""])
        for name, rows in families:
            if name:
                n += 1
                merges.append((len(table), 1, len(table), 4))
                table.append([str(n), name, "", "", ""])
            for q, z, iss, t in rows:
                n += 1
                table.append([str(n), q, z, iss, t])
                truth.append((str(n), q, z, iss, t, series))
    lines = ["晋市人社发〔2025〕36号", "关于印发《晋城市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，开发区人力资源和社会保障局，市直各单位，各有关企业：",
             "为推动我市资源型经济转型发展，加快集聚国际化专业技术人才，根据省人力资源和社会保障厅关于国际职业资格比照认定"
             "职称的有关规定，我局研究制定了《晋城市国际职业资格比照认定职称目录（第一批）》，现印发给你们，请遵照执行。",
             "目录按职称系列分类列出，同一颁证单位分级别的职业资格归类列出，申请人按取得的级别比照认定相应系列的职称。",
             "特此通知。",
             "晋城市人力资源和社会保障局", "2025年7月21日", "附件", "晋城市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    css = CSS + "td[colspan='5']{font-weight:bold;text-align:left}td[colspan='4']{text-align:left}"
    _html("jincheng-fenlei", lines, Grid(table, 1, merges), tmp, ["注：证书须在有效期内。"], css)
    why = ("two kinds of rows span the table: a section row (一、工程系列 …, one cell across all five columns, no "
           "序号) gives the series of the rows under it (its name without the ordinal: 工程系列); a parent row "
           "(序号 1, 5, 9, 15, then the family's name across the other four columns) is a heading, not an entry. "
           "序号 runs through both. Expected: the 14 rows with a 对应职称, seq as printed, series the section's "
           "name, or the notice held back; never a parent row taken for a section (its family's name as a series) "
           "nor published.")
    return _both("jincheng-fenlei", _truth(truth, why), "jincheng-fenlei-chromium")


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    daqing, eerduosi, yinchuan, haikou, cangzhou, luzhou, qiqihaer, leshan, nanchong, zigong, jincheng,
)  # fmt: skip


def write_readme(out: Path, description: str) -> None:
    """README.txt in `out`: the round's description (its generator's docstring) and each truth
    file's rows and why; make_unseen25.py writes its round's the same way."""
    parts = [description.strip(), "", "Files and truths (row count; why):", ""]
    for truth_file in sorted(out.glob("*.truth.json")):
        stem = truth_file.name.removesuffix(".truth.json")
        files = sorted(p.name for p in out.iterdir() if p.stem == stem and not p.name.endswith(".truth.json"))
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        parts.append(f"{truth_file.name}: {len(truth['rows'])} rows; for {', '.join(files)}")
        if "why" in truth:
            parts.append(f"    {truth['why']}")
        parts.append("")
    (out / "README.txt").write_text("\n".join(parts), encoding="utf-8")


def main() -> int:
    """Write every document of the round (or the named ones), their truth files and README.txt."""
    code = make_unseen9.write_round(DOCUMENTS, sys.argv[1:])
    if not sys.argv[1:]:
        write_readme(OUT, __doc__ or "")
    return code


if __name__ == "__main__":
    sys.exit(main())
