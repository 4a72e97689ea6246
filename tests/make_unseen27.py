"""Regenerate tests/fixtures/unseen27: an eighteenth blind probe round, of catalogs sent as spreadsheets.

    .venv/bin/python tests/make_unseen27.py              # every document (and README.txt)
    .venv/bin/python tests/make_unseen27.py yanan        # only these

Workbook attachments as clerks build them in Excel or WPS, in cities no earlier round used (延安, 汉中, 渭南,
安康, 荆门, 清远, 黄冈, 邵阳, 娄底, 茂名, 韶关, 梅州), each a catalog of 11-15 rows showing ONE thing a real
spreadsheet does; every body and qualification real (rows of the bundled notices come by `pick`; the
DIHK body's name as tests/make_unseen24.py writes it). The truth is what a steward sees opening the file
in Excel: cells as displayed (number formats applied, formulas' values, line breaks read as the text
they stand in), struck text and withdrawn rows out, hidden sheets unseen; rows a view hides (an
AutoFilter left on, an outline group folded) are rows of the catalog all the same (see each "why").
Every catalog is published exactly as its truth, or held back loudly.

    yanan-shaixuan.xlsx          an AutoFilter left on over the table (A2:F16), its 所属系列 column filtered
                                to 机械工程 and 石油化工工程: the four 冶金工程 rows (序号 7-10) hidden by the
                                filter (row hidden, as Excel writes a filtered-out row). Truth: all 14 rows.
    hanzhong-zhedie.xlsx         an outline group (rows at outline level 1) folded: the eight DIHK rows (序号
                                5-12) collapsed, the row after them marked collapsed (Excel's "+" beside it).
                                Truth: all 15 rows.
    weinan-shanchuxian-calc.xlsx a revised catalog, re-saved by Calc (rich text in shared strings): one whole
                                row withdrawn by strike-through on every cell (序号 6 and all, 7 … 13 after it
                                unchanged), a body's old English name struck inside its bracket before the new
                                one (美国材料信息协会 (~American Society for Metals~ ASM International)), an old
                                title struck before the new (~助理工程师~工程师). Truth: the current text, the 12
                                rows in force (seq 1-5, 7-13).
    ankang-xuhao.xlsx / .xls     序号 stored as numbers 1 … 12 with the number format 000: Excel shows 001 …
                                012 (the .xls Calc's Excel 97 save, the format kept). Truth: seq as displayed,
                                "001" … "012".
    qingyuan-xuhao.xlsx          序号 stored as numbers with the number format 0"." : shown 1. … 12. Truth:
                                seq as displayed, "1." … "12.".
    jingmen-xuhao.xlsx           序号 typed with a leading apostrophe for 01 … 09 (text, quotePrefix, Excel's
                                green triangles), then 10 … 13 typed as numbers. Truth: "01" … "09", "10" … "13".
    huanggang-huanhang.xlsx / -calc.pdf  Alt+Enter line breaks (wrap_text) where a space was inside English
                                names and between a body's Chinese and English names, between two Chinese
                                characters of a 译名, after a space already typed; leading and trailing spaces
                                and no-break spaces (U+00A0) typed in cells; Calc's print shows the lines as
                                broken. Truth: a break where a space was is a space, a break between CJK
                                characters is nothing, spaces at a cell's ends are nothing, a no-break space
                                inside is a space.
    shaoyang-duobiao.xlsx / .xls four sheets: 说明 first (prose notes, the sheet that opens), 目录 (the
                                catalog, 11 rows), 征求意见稿 very hidden (sheet_state veryHidden: an older
                                draft with other rows and other titles), 下拉 hidden (the 对应职称 list the
                                catalog's data validation points at); in Calc's .xls the draft is plainly
                                hidden (BOUNDSHEET state 1: Calc has no very hidden state). Truth: the 11
                                rows of 目录 only.
    loudi-gongshi-calc.xlsx/.xls values from formulas, cached by a Calc re-save (and Calc's Excel 97 save):
                                序号 =ROW()-2, 颁证单位 =VLOOKUP(简称, the hidden sheet 颁证单位, 2)&" ("&
                                VLOOKUP(…, 3)&")", 所属系列 =IF(OR(简称="SPE", …), "石油化工工程", "机械工程"),
                                the 简称 key typed in a seventh column. Truth: the displayed values, 12 rows.
    maoming-buju.xlsx            the table starting at C4 under a merged title (C1:I1) and a date line (C2),
                                an empty narrow column F between 译名 and 颁证单位, cell comments on three
                                cells, a data-validation list on 对应职称, frozen panes at D5, and 5,000
                                bordered but empty rows styled after the table. Truth: the 12 rows.
    shaoguan-beizhu.xlsx         two extra columns: 目录编码, 12-digit codes stored as numbers (number format
                                0: shown whole, not 4.40201E+11) and 施行日期, Excel dates shown with the
                                format yyyy"年"m"月"d"日". Truth: the six catalog columns of 12 rows.
    meizhou-shenbao.xlsx         a look-alike: 申报人员汇总表 of ten PEOPLE (序号 | 姓名 | 工作单位 | 持有证书 |
                                颁证单位 | 申报职称 | 所属系列), real qualifications and bodies in a catalog's
                                own words. Truth: {"catalog": false}.

Not made: a percentage column (kind 8): no bureau's catalog carries one, and a made-up 比例 would be no real
column; a two-row header workbook (kind 9): tests/make_unseen9.py's huaian.xlsx is one; a merged 序号 over
two level rows (done before). An Excel- or WPS-written file: none is installed, so every workbook is
openpyxl's (inline strings, as openpyxl writes them) or Calc's re-save of one (shared strings, cached
formula values).

Workbooks by openpyxl (core properties, zip entry dates and docProps dates pinned); the "-calc" workbooks
re-saved by LibreOffice Calc 7.4 headless (tests/make_unseen11.py _calc_resave) and then zip-pinned; the .xls
files saved by Calc as Excel 97 (BIFF8, tests/make_legacy.py convert) from the workbook beside them, sharing
its stem and truth; the Calc print pinned and packed (tests/make_producers.py pack_pinned, qpdf). Two runs
here wrote identical bytes, the Calc files included; another LibreOffice version may not (Calc's own output
is not pinned beyond the zip and core dates). Beside each document, <stem>.truth.json, written before
the pipeline ever read the document: {"header", "rows"} as tests/make_unseen9.py writes it, plus "why"
where the published form is debatable, or {"catalog": false, "why"}.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import make_unseen21  # noqa: E402
import make_unseen22  # noqa: E402
import make_unseen23  # noqa: E402
import make_unseen24  # noqa: E402
import make_unseen25  # noqa: E402
import openpyxl  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_legacy import convert  # noqa: E402
from make_producers import pack_pinned  # noqa: E402
from make_unseen9 import Made, Row, T, W, no_catalog, numbered, pick  # noqa: E402
from make_unseen11 import _calc_resave  # noqa: E402
from make_unseen19 import _pin_zip  # noqa: E402
from make_unseen22 import CATALOG_HEADER, _both  # noqa: E402
from make_unseen23 import _truth  # noqa: E402
from make_unseen24 import _dihk  # noqa: E402
from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: E402
from openpyxl.cell.text import InlineFont  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen27"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
make_unseen21.OUT = OUT  # (importing the later rounds had pointed them at their own folders)
make_unseen22.OUT = OUT
make_unseen23.OUT = OUT
make_unseen25.OUT = OUT

PINNED = datetime(2025, 5, 20, 8, 0, 0)
FONT = "宋体"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WIDTHS = (6, 36, 26, 44, 12, 14)
TITLES = ("助理工程师", "工程师", "高级工程师")


# --- one sheet of a catalog, as clerks lay it out ----------------------------------------------------


def _title(ws: object, text: str, row: int = 1, first: int = 1, last: int = 6) -> None:
    """The annex's title in one row, merged across the table's columns, bold and centred."""
    cell = ws.cell(row=row, column=first, value=text)  # type: ignore[attr-defined]
    ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)  # type: ignore[attr-defined]
    cell.font = Font(name=FONT, bold=True, size=14)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[row].height = 32  # type: ignore[attr-defined]


def _table(ws: object, header: Sequence[str], rows: Sequence[Sequence[object]], top: int = 2, left: int = 1,
           widths: Sequence[float] = WIDTHS) -> int:  # fmt: skip
    """The header at row `top` from column `left`, the rows under it, every cell boxed, wrapped and centred
    (the names left-aligned), the header bold; column widths set. The last row's number."""
    for c, text in enumerate(header):
        cell = ws.cell(row=top, column=left + c, value=text)  # type: ignore[attr-defined]
        cell.font = Font(name=FONT, bold=True, size=11)
    for r, row in enumerate(rows, start=top + 1):
        for c, value in enumerate(row):
            cell = ws.cell(row=r, column=left + c)  # type: ignore[attr-defined]
            if value is not None:
                cell.value = value
            cell.font = Font(name=FONT, size=11)
    last = top + len(rows)
    for r in range(top, last + 1):
        for c in range(len(header)):
            cell = ws.cell(row=r, column=left + c)  # type: ignore[attr-defined]
            cell.border = BOX
            centred = r == top or header[c] in ("序号", "对应职称", "所属系列", "申报职称", "姓名")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if centred else "left")
    for c, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(left + c)].width = width  # type: ignore[attr-defined]
    return last


def _rows(rows: Sequence[Row]) -> list[list[object]]:
    """Catalog rows as cells, 序号 as a number (as a clerk types it)."""
    return [[int(r[0]), *r[1:]] for r in rows]


def _book(sheet: str = "Sheet1") -> tuple[object, object]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    return wb, ws


def _save(wb: object, stem: str, ext: str = "xlsx") -> Path:
    """Save with the core properties a clerk's copy carries, dates pinned, zip pinned."""
    props = wb.properties  # type: ignore[attr-defined]
    props.creator, props.lastModifiedBy = "Administrator", "Administrator"
    props.created = props.modified = PINNED
    src = OUT / f"{stem}.{ext}"
    wb.save(str(src))  # type: ignore[attr-defined]
    _pin_zip(src)
    return src


def _resave(src: Path, tmp: Path) -> None:
    """Calc's re-save of a workbook (formulas get cached values, strings go to the shared table), zip pinned."""
    _calc_resave(src, tmp)
    _pin_zip(src)


def _xls(src: Path, stem: str, tmp: Path) -> None:
    """Calc's Excel 97 (BIFF8) save of a workbook at OUT/<stem>.xls."""
    work = tmp / "xls"
    work.mkdir(exist_ok=True)
    copy = work / f"{stem}.xlsx"
    shutil.copy(src, copy)
    shutil.move(str(convert(copy, work, "xls:MS Excel 97")), str(OUT / f"{stem}.xls"))


def _calc_print(src: Path, stem: str, tmp: Path) -> None:
    """Calc's print of a workbook, pinned and packed, at OUT/<stem>.pdf."""
    work = tmp / "print"
    work.mkdir(exist_ok=True)
    copy = work / f"{stem}{src.suffix}"
    shutil.copy(src, copy)
    pack_pinned(soffice_to_pdf(copy, work), OUT / f"{stem}.pdf")


def _landscape(ws: object) -> None:
    """Print setup clerks use for a catalog: A4 landscape, one page wide, the header row repeated."""
    ws.page_setup.orientation = "landscape"  # type: ignore[attr-defined]
    ws.page_setup.paperSize = 9  # type: ignore[attr-defined]
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0  # type: ignore[attr-defined]
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]


# --- 1a. an AutoFilter left on, hiding one series ------------------------------------------------------

YANAN = [*pick(W, 23, 24, 25, 26, 27, 28), *pick(W, 37, 38, 40, 42), *pick(W, 46, 47, 49, 50)]


def yanan(tmp: Path) -> list[Made]:
    """An AutoFilter over the table, 所属系列 filtered to two of its three values: the 冶金工程 rows hidden."""
    rows = numbered(YANAN)
    wb, ws = _book("目录")
    _title(ws, "延安市国际职业资格比照认定职称目录（第一批）")
    last = _table(ws, CATALOG_HEADER, _rows(rows))
    ws.auto_filter.ref = f"A2:F{last}"
    ws.auto_filter.add_filter_column(5, ["机械工程", "石油化工工程"])
    for r, row in enumerate(rows, start=3):
        if row[5] == "冶金工程":
            ws.row_dimensions[r].hidden = True
    ws.freeze_panes = "A3"
    _save(wb, "yanan-shaixuan")
    why = ("the clerk left an AutoFilter on: 所属系列's filter button shows the funnel, only 机械工程 and 石油化工工程 "
           "are ticked, so Excel opens with the four 冶金工程 rows (序号 7-10) hidden by the filter (row numbers "
           "jump from 8 to 13, shown blue; the status bar says so). A filter is a view of the sheet, not an "
           "edit: those rows are in the attachment the bureau published, numbered in the run 1-14, and clearing "
           "the filter (or opening the file in any reader without filters) shows them. Expected: all 14 rows, or "
           "the notice held back; never the ten visible rows published as the catalog.")
    return _both("yanan-shaixuan", _truth(rows, why))


# --- 1b. an outline group folded ------------------------------------------------------------------

HANZHONG = [*pick(T, 21, 22, 29, 46), *_dihk(pick(T, 34, 35, 36, 37, 38, 39, 40, 41)), *pick(T, 30, 31, 32)]


def hanzhong(tmp: Path) -> list[Made]:
    """The eight DIHK rows grouped (Data > Group, outline level 1) and the group collapsed."""
    rows = numbered(HANZHONG)
    wb, ws = _book("Sheet1")
    _title(ws, "汉中市国际职业资格比照认定职称目录（第一批）")
    last = _table(ws, CATALOG_HEADER, _rows(rows))
    for r in range(3, last + 1):
        ws.row_dimensions[r].height = 30
    for r in range(7, 15):  # 序号 5-12
        ws.row_dimensions[r].outline_level = 1
        ws.row_dimensions[r].hidden = True
    ws.row_dimensions[15].collapsed = True  # the summary row below the group: Excel's "+" stands beside it
    ws.sheet_properties.outlinePr.summaryBelow = True
    ws.sheet_format.outlineLevelRow = 1
    _save(wb, "hanzhong-zhedie")
    why = ("rows 序号 5-12 (the eight 德国工商大会 qualifications) are an outline group (Data > Group) that the clerk "
           "folded: Excel opens with them hidden and a \"+\" in the margin beside 序号 13 (row numbers jump from 6 "
           "to 15). A fold is a way of looking at a long sheet, like a collapsed heading, not a withdrawal: the "
           "rows are in the sheet, the 序号 count straight through them, nothing says they are out of force (a "
           "withdrawn row is struck or deleted, as weinan's). Expected: all 15 rows; holding the notice back is "
           "acceptable here (a steward should look at a fold), publishing the seven visible rows alone is not.")
    return _both("hanzhong-zhedie", _truth(rows, why))


# --- 2. strike-through: a withdrawn row, old values struck beside the new ---------------------------------

WEINAN = pick(W, 37, 38, 39, 40, 41, 28, 42, 43, 44, 45, 25, 26, 27)
STRUCK = InlineFont(rFont=FONT, strike=True)
PLAIN = InlineFont(rFont=FONT)


def weinan(tmp: Path) -> list[Made]:
    """A whole row struck through (序号 6, the old 焊接师 entry), a body's old English name struck before the
    new one in its bracket (row 2), an old title struck before the new (row 9); Calc's re-save."""
    rows = numbered(WEINAN)
    wb, ws = _book("目录")
    _title(ws, "渭南市国际职业资格比照认定职称目录（第一批，修订）")
    last = _table(ws, CATALOG_HEADER, _rows(rows))
    for cell in ws[8]:  # 序号 6: withdrawn, every cell struck
        cell.font = Font(name=FONT, size=11, strike=True)
    ws["D4"] = CellRichText([TextBlock(PLAIN, "美国材料信息协会 ("), TextBlock(STRUCK, "American Society for Metals "),
                             TextBlock(PLAIN, "ASM International)")])  # fmt: skip
    ws["E11"] = CellRichText([TextBlock(STRUCK, "助理工程师"), TextBlock(PLAIN, "工程师")])
    ws.append([])
    ws.append(["注：划删除线的内容已停止执行。"])
    ws.merge_cells(f"A{last + 2}:F{last + 2}")
    src = _save(wb, "weinan-shanchuxian-calc")
    _resave(src, tmp)
    current = [r for r in rows if r[0] != "6"]
    why = ("the revised catalog marks its changes with strike-through, as the note under it says (划删除线的内容已停止"
           "执行): row 序号 6 (Welding Metallurgy Certificate | 焊接师 | 美国材料信息协会 (American Society for Metals)) "
           "struck through on every cell, 序号 included, the rows after it keeping 7-13; in row 2 the body's old "
           "English name struck inside its bracket before the new (美国材料信息协会 (~American Society for Metals~ "
           "ASM International)); in row 9 the old title struck before the new (~助理工程师~工程师), both as runs of "
           "one rich-text cell. Expected: the 12 rows in force (seq 1-5, 7-13) with the text not struck: "
           "美国材料信息协会 (ASM International), 工程师; never the struck row or struck words published. (Calc's re-save "
           "also splits mixed cells into runs by script, the Chinese in its CJK font: runs, no change of text.)")
    return _both("weinan-shanchuxian-calc", _truth(current, why))


# --- 3. 序号 as Excel shows it -------------------------------------------------------------------------

ANKANG = pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 17, 18)


def ankang(tmp: Path) -> list[Made]:
    """序号 stored as numbers, shown through the custom number format 000."""
    rows = numbered(ANKANG)
    wb, ws = _book("Sheet1")
    _title(ws, "安康市国际职业资格比照认定职称目录（第一批）")
    last = _table(ws, CATALOG_HEADER, _rows(rows))
    for r in range(3, last + 1):
        ws.cell(row=r, column=1).number_format = "000"
    src = _save(wb, "ankang-xuhao")
    _xls(src, "ankang-xuhao", tmp)
    shown = [(f"{int(r[0]):03d}", *r[1:]) for r in rows]
    why = ("序号 are the numbers 1-12 stored as numbers, shown through the cell format 000 (Format Cells > Custom): "
           "Excel and WPS display 001 … 012. Expected: seq as displayed, \"001\" … \"012\" (the stored 1 … 12 is "
           "the same entry but not what the reader sees); the 12 rows. The .xls is Calc's Excel 97 save of the workbook, "
           "the format 000 kept.")
    return _both("ankang-xuhao", _truth(shown, why))


QINGYUAN = pick(W, 15, 16, 17, 35, 36, 45, 10, 11, 12, 13, 14, 20)


def qingyuan(tmp: Path) -> list[Made]:
    """序号 stored as numbers, shown through the custom number format 0"." (1. 2. …)."""
    rows = numbered(QINGYUAN)
    wb, ws = _book("目录")
    _title(ws, "清远市国际职业资格比照认定职称目录（第一批）")
    last = _table(ws, CATALOG_HEADER, _rows(rows))
    for r in range(3, last + 1):
        ws.cell(row=r, column=1).number_format = '0"."'
    _save(wb, "qingyuan-xuhao")
    shown = [(f"{r[0]}.", *r[1:]) for r in rows]
    why = ("序号 are the numbers 1-12 shown through the cell format 0\".\" : Excel displays 1. 2. … 12. Expected: seq "
           "as displayed, \"1.\" … \"12.\"; the 12 rows.")
    return _both("qingyuan-xuhao", _truth(shown, why))


JINGMEN = [*pick(W, 51, 52, 53, 54, 55, 56, 46, 47, 48), *pick(W, 57, 59, 60, 61)]


def jingmen(tmp: Path) -> list[Made]:
    """序号 01-09 typed with a leading apostrophe ('01: text, quotePrefix), 10-13 typed as numbers."""
    rows = numbered(JINGMEN)
    wb, ws = _book("Sheet1")
    _title(ws, "荆门市国际职业资格比照认定职称目录（第一批）")
    cells = [[f"{int(r[0]):02d}" if int(r[0]) < 10 else int(r[0]), *r[1:]] for r in rows]
    last = _table(ws, CATALOG_HEADER, cells)
    for r in range(3, last + 1):
        if isinstance(ws.cell(row=r, column=1).value, str):
            ws.cell(row=r, column=1).quotePrefix = True
    _save(wb, "jingmen-xuhao")
    shown = [(f"{int(r[0]):02d}", *r[1:]) for r in rows]
    why = ("the clerk typed '01 … '09 (a leading apostrophe: stored as the text 01 … 09, quotePrefix set, Excel's "
           "green \"number stored as text\" triangle in each) and then 10 … 13 as plain numbers. Expected: seq as "
           "displayed, \"01\" … \"09\", \"10\" … \"13\"; the 13 rows.")
    return _both("jingmen-xuhao", _truth(shown, why))


# --- 4. Alt+Enter line breaks and stray spaces typed in cells ----------------------------------------

HUANGGANG = pick(W, 32, 33, 34, 31, 23, 24, 29, 30, 25, 26, 46, 56)
# (row, column) → the cell as the clerk typed it; the truth is the picked text
HUANGGANG_TYPED: dict[tuple[int, int], str] = {
    (0, 1): "PE Mechanical:\nHVAC and Refrigeration",  # a break where a space was
    (0, 2): "美国注册暖通空调\n与制冷工程师",  # a break between two Chinese characters
    (0, 3): "美国国家勘察设计考试者理事会\n(National Council of Examiners\nfor Engineering and Surveying)",
    (1, 1): "PE Mechanical:\nMachine Design and Materials",
    (2, 2): "美国注册热流体\n系统工程师",
    (4, 1): "Incorporated Engineer\n(IEng)",
    (4, 3): "英国机械工程师学会 \n(The Institution of Mechanical Engineers (IMechE))",  # a space, then the break
    (5, 1): "Chartered\u00a0Engineer (CEng)",  # a no-break space inside
    (5, 2): "特许机械工程师\u00a0",  # a no-break space at the end
    (6, 1): "Junior International Certified\nMechanical Engineer (JICME)",
    (6, 2): "初级国际注册\n机械工程师",
    (7, 3): "机械工程师学会\n(Institute of Mechanical Engineers(IME))",
    (8, 3): "美国焊接协会\n(American Welding Society)",
    (8, 4): " 工程师",  # a leading space
    (9, 5): "机械工程 ",  # a trailing space
    (10, 3): "美国化学工程师协会\n(American Institute of Chemical Engineers)",
    (10, 1): "AIChE member ",
    (11, 1): "  Certified Food Scientist (CFS)",
    (11, 3): "美国食品工艺学家学会\n(Institute of Food Technologists)",
}


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _as_read(typed: str) -> str:
    """A typed cell as a reader takes it: a break between Chinese characters nothing, any other break a
    space, a no-break space a space, runs of spaces one, the ends trimmed."""
    text = typed.replace("\u00a0", " ")
    parts = text.split("\n")
    out = parts[0]
    for part in parts[1:]:
        out += ("" if out and part and _cjk(out[-1]) and _cjk(part[0]) else " ") + part
    return " ".join(out.split())


def huanggang(tmp: Path) -> list[Made]:
    """Alt+Enter breaks (wrap_text) in names, between a body's two names and between Chinese characters;
    leading/trailing spaces and no-break spaces typed in cells; and Calc's print of the sheet."""
    rows = numbered(HUANGGANG)
    cells = _rows(rows)
    for (r, c), typed in HUANGGANG_TYPED.items():
        assert _as_read(typed) == rows[r][c], typed  # the typed cell stands for the row's text
        cells[r][c] = typed
    wb, ws = _book("目录")
    _title(ws, "黄冈市国际职业资格比照认定职称目录（第一批）")
    last = _table(ws, CATALOG_HEADER, cells, widths=(6, 30, 20, 40, 12, 14))
    for r in range(3, last + 1):
        lines = max(str(c.value or "").count("\n") + 1 for c in ws[r])
        ws.row_dimensions[r].height = 16 * max(lines, 2)
    _landscape(ws)
    ws.print_title_rows = "2:2"
    src = _save(wb, "huanggang-huanhang")
    _calc_print(src, "huanggang-huanhang-calc", tmp)
    why = ("the clerk pressed Alt+Enter inside cells (wrap on): where a space was (PE Mechanical:⏎HVAC and "
           "Refrigeration; between a body's Chinese name and its bracketed English name; inside the English name "
           "itself), between two Chinese characters of a 译名 (美国注册暖通空调⏎与制冷工程师, 初级国际注册⏎机械工程师), "
           "and once after a space already typed (英国机械工程师学会 ⏎(The …)); and typed stray spaces: leading ( "
           "工程师, two before Certified Food Scientist), trailing (机械工程 , AIChE member ), a no-break space "
           "(U+00A0) inside Chartered Engineer (CEng) and at the end of 特许机械工程师. Calc's print shows the "
           "lines as broken. Expected: the 12 rows as in force: a break where a space was is one space, a break "
           "between Chinese characters is nothing, a space then a break is one space, spaces at a cell's ends are "
           "nothing, a no-break space inside is a space.")
    return _both("huanggang-huanhang", _truth(rows, why), "huanggang-huanhang-calc")


# --- 5. several sheets: notes first, a very hidden old draft, a hidden list sheet ----------------------

SHAOYANG = pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 19)
SHAOYANG_OLD = [*pick(W, 10, 11, 12, 13, 14, 15, 16, 17), *pick(W, 18, 19)]
SHAOYANG_NOTES = (
    "填表说明",
    "1. 本目录适用于在我市企事业单位从事专业技术工作、取得目录所列国际职业资格的人员。",
    "2. 目录中“对应职称”为可比照认定的最高职称层级，申请人应同时符合相应层级职称的学历、资历条件。",
    "3. 国际职业资格证书须在有效期内，以颁证单位官方网站查询结果为准。",
    "4. 目录见本工作簿“目录”工作表。",
)


def shaoyang(tmp: Path) -> list[Made]:
    """说明 (the sheet that opens) | 目录 | 征求意见稿 (veryHidden, an older draft) | 下拉 (hidden, the
    对应职称 list of the catalog's data validation)."""
    rows = numbered(SHAOYANG)
    wb, notes = _book("说明")
    for line in SHAOYANG_NOTES:
        notes.append([line])
    notes["A1"].font = Font(name=FONT, bold=True, size=14)
    notes.column_dimensions["A"].width = 100
    ws = wb.create_sheet("目录")
    _title(ws, "邵阳市国际职业资格比照认定职称目录（第一批）")
    last = _table(ws, CATALOG_HEADER, _rows(rows))
    ws.freeze_panes = "A3"
    old = wb.create_sheet("征求意见稿")
    _title(old, "邵阳市国际职业资格比照认定职称目录（征求意见稿）")
    drafted = [(*r[:4], "高级工程师" if r[4] == "工程师" else "工程师", r[5]) for r in numbered(SHAOYANG_OLD)]
    _table(old, CATALOG_HEADER, _rows(drafted))
    old.sheet_state = "veryHidden"
    lists = wb.create_sheet("下拉")
    for i, title in enumerate(TITLES, start=1):
        lists.cell(row=i, column=1, value=title)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="下拉!$A$1:$A$3", allow_blank=True)
    dv.add(f"E3:E{last}")
    ws.add_data_validation(dv)
    wb.active = 0
    src = _save(wb, "shaoyang-duobiao")
    _xls(src, "shaoyang-duobiao", tmp)
    why = ("four sheets: 说明 (first, the one that opens: prose notes, no table), 目录 (the catalog: 11 rows), "
           "征求意见稿 (very hidden: sheet_state veryHidden, not listed even under Unhide; an older draft of ten "
           "other rows, NCEES and Engineers Canada, with other titles) and 下拉 (hidden: the three titles the "
           "对应职称 column's drop-down list points at). Expected: the 11 rows of 目录 only; nothing from the very "
           "hidden draft or the list sheet, and the notes no row. The .xls is Calc's Excel 97 save: there the draft is "
           "hidden, not very hidden (Calc has no such state), and still no part of the catalog.")
    return _both("shaoyang-duobiao", _truth(rows, why))


# --- 6. values from formulas (VLOOKUP, IF, &), cached by Calc ------------------------------------------

LOUDI = pick(W, 23, 24, 25, 26, 27, 29, 30, 47, 48, 49, 50, 46)
LOUDI_KEYS = {"英国机械工程师学会": "IMechE", "美国焊接协会": "AWS", "机械工程师学会": "IME",
              "美国石油工程师协会": "SPE", "美国腐蚀工程师学会": "NACE", "美国化学工程师协会": "AIChE"}  # fmt: skip


def loudi(tmp: Path) -> list[Made]:
    """序号 =ROW()-2; 颁证单位 =VLOOKUP(key, the hidden sheet 颁证单位, 2)&" ("&VLOOKUP(…, 3)&")"; 所属系列
    =IF(OR(key=…), "石油化工工程", "机械工程"); the key typed in G (简称). Re-saved by Calc, and its .xls."""
    rows = numbered(LOUDI)
    wb, ws = _book("目录")
    helper = wb.create_sheet("颁证单位")
    helper.append(["简称", "中文名称", "英文名称"])
    bodies: dict[str, str] = {}
    for _, _, _, issuer, _, _ in rows:
        zh, _, en = issuer.partition(" (")
        key = LOUDI_KEYS[zh]
        if key not in bodies:
            bodies[key] = issuer
            helper.append([key, zh, en[:-1]])
    helper.sheet_state = "hidden"
    _title(ws, "娄底市国际职业资格比照认定职称目录（第一批）", last=7)
    table = "颁证单位!$A$2:$C$20"
    cells: list[list[object]] = []
    for r, (_, q, z, issuer, t, _) in enumerate(rows, start=3):
        key = LOUDI_KEYS[issuer.partition(" (")[0]]
        cells.append([
            "=ROW()-2", q, z,
            f'=VLOOKUP($G{r},{table},2,FALSE)&" ("&VLOOKUP($G{r},{table},3,FALSE)&")"', t,
            f'=IF(OR($G{r}="SPE",$G{r}="NACE",$G{r}="AIChE"),"石油化工工程","机械工程")', key,
        ])  # fmt: skip
    _table(ws, [*CATALOG_HEADER, "简称"], cells, widths=(*WIDTHS, 10))
    ws.freeze_panes = "A3"
    src = _save(wb, "loudi-gongshi-calc")
    _resave(src, tmp)
    _xls(src, "loudi-gongshi-calc", tmp)
    why = ("序号, 颁证单位 and 所属系列 are formulas: =ROW()-2; =VLOOKUP($G3,颁证单位!$A$2:$C$20,2,FALSE)&\" (\"&"
           "VLOOKUP($G3,…,3,FALSE)&\")\" over a hidden sheet 颁证单位 (简称 | 中文名称 | 英文名称); =IF(OR($G3=\"SPE\","
           "$G3=\"NACE\",$G3=\"AIChE\"),\"石油化工工程\",\"机械工程\"); the key typed in a seventh column 简称 (IMechE, "
           "AWS, IME, SPE, NACE, AIChE: shown, so an extra column, not a catalog column). The values are cached by "
           "Calc's re-save (the .xls is Calc's Excel 97 save, cached values too). Expected: the displayed values, "
           "1 … 12, the bodies' whole names, the series; the 12 rows; never a formula's text.")
    return _both("loudi-gongshi-calc", _truth(rows, why))


# --- 7. a table placed at C4, a gap column, comments, validation, frozen panes, 5,000 styled rows ------

MAOMING = pick(T, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)


def maoming(tmp: Path) -> list[Made]:
    """The catalog from C4 (序号 in C) under a merged title (C1:I1) and a date line (C2); an empty narrow
    column F between 译名 and 颁证单位; three cell comments; a list validation on 对应职称; panes frozen
    at D5; borders and fonts on C:I down to row 5004 though the table ends at row 16."""
    rows = numbered(MAOMING)
    wb, ws = _book("Sheet1")
    _title(ws, "茂名市国际职业资格比照认定职称目录（第一批）", row=1, first=3, last=9)
    ws["C2"] = "发布日期：2025年6月18日"
    ws.merge_cells("C2:I2")
    ws["C2"].alignment = Alignment(horizontal="right")
    ws["C2"].font = Font(name=FONT, size=11)
    header = ["序号", "职业资格名称", "译名", "", "颁证单位", "对应职称", "所属系列"]
    cells = [[int(s), q, z, None, iss, t, se] for s, q, z, iss, t, se in rows]
    last = _table(ws, header, cells, top=4, left=3, widths=(6, 40, 24, 2, 44, 12, 12))
    ws["F4"] = None
    for col in "AB":
        ws.column_dimensions[col].width = 2
    ws["D8"].comment = Comment("证书名称以颁证单位官网公布的英文名称为准。", "人才科")
    ws["G9"].comment = Comment("颁证单位已与省厅目录核对。", "人才科")
    ws["H5"].comment = Comment("按申请人取得的级别认定，最高可认定至该层级。", "人才科")
    dv = DataValidation(type="list", formula1='"助理工程师,工程师,高级工程师"', allow_blank=True)
    dv.add("H5:H5004")
    ws.add_data_validation(dv)
    for r in range(last + 1, 5005):  # the clerk formatted whole columns down before filling them in
        for c in range(3, 10):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.font = Font(name=FONT, size=11)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "D5"
    _save(wb, "maoming-buju")
    why = ("the table starts at C4 (columns A:B empty and narrow) under a title merged across C1:I1 and a date line "
           "(发布日期：2025年6月18日, C2); column F between 译名 and 颁证单位 is empty, its header too, 2 wide; cells "
           "D8, G9 and H5 carry comments (notes by 人才科: red corner marks, shown on hover, no cell text); 对应职称 has "
           "a list validation (助理工程师,工程师,高级工程师) down to row 5004; panes frozen at D5; and C:I are bordered "
           "and styled down to row 5004, empty. Expected: the 12 rows, the header read past the empty column; "
           "the comments no text of any cell, the date line and the empty styled rows no rows.")
    return _both("maoming-buju", _truth(rows, why))


# --- 8. numbers and dates a clerk typed in extra columns ---------------------------------------------

SHAOGUAN = pick(W, 57, 58, 59, 60, 61, 14, 56, 51, 52, 53, 54, 55)


def shaoguan(tmp: Path) -> list[Made]:
    """目录编码: 12-digit codes stored as numbers (format 0); 施行日期: Excel dates, format yyyy"年"m"月"d"日"."""
    rows = numbered(SHAOGUAN)
    wb, ws = _book("目录")
    _title(ws, "韶关市国际职业资格比照认定职称目录（第一批）", last=8)
    codes = [440200250100 + i for i in range(1, len(rows) + 1)]
    start = [datetime(2025, 3, 1) if i < 7 else datetime(2025, 7, 1) for i in range(len(rows))]
    cells = [[*row, code, day] for row, code, day in zip(_rows(rows), codes, start)]
    last = _table(ws, [*CATALOG_HEADER, "目录编码", "施行日期"], cells, widths=(*WIDTHS, 16, 18))
    for r in range(3, last + 1):
        ws.cell(row=r, column=7).number_format = "0"
        ws.cell(row=r, column=8).number_format = 'yyyy"年"m"月"d"日"'
    _save(wb, "shaoguan-beizhu")
    why = ("two columns after the six: 目录编码, twelve-digit numbers stored as numbers and shown whole through the "
           "format 0 (440200250101 … 440200250112; in General format Excel would show 4.402E+11), and 施行日期, "
           "Excel dates (serials) shown through yyyy\"年\"m\"月\"d\"日\" (2025年3月1日 for rows 1-7, 2025年7月1日 for "
           "rows 8-12). Expected: the six catalog columns of the 12 rows; the two others, kept as extra, as "
           "displayed (\"440200250101\", \"2025年3月1日\"), never a serial number (45717) or an exponent.")
    return _both("shaoguan-beizhu", _truth(rows, why))


# --- 10. a look-alike: the people who applied, in a catalog's own words -----------------------------------

MEIZHOU_PEOPLE = (
    ("李志强", "梅州市嘉应建设工程有限公司", W, 19), ("黄晓雯", "广东梅雁吉祥实业投资股份有限公司", W, 60),
    ("张伟", "梅州市客都电力设计院有限公司", W, 14), ("曾丽娟", "梅州市人民医院", T, 6),
    ("钟建华", "广东塔牌集团股份有限公司", W, 46), ("刘国栋", "梅州市机械装备制造有限公司", W, 24),
    ("温海燕", "梅州市食品检验所", W, 56), ("古俊杰", "梅州市交通规划设计院", W, 20),
    ("罗振宇", "广东博敏电子股份有限公司", W, 59), ("杨淑芬", "梅州市环境监测中心站", W, 22),
)  # fmt: skip


def meizhou(tmp: Path) -> list[Made]:
    """申报人员汇总表: 序号 | 姓名 | 工作单位 | 持有证书 | 颁证单位 | 申报职称 | 所属系列, one person a row."""
    wb, ws = _book("汇总表")
    _title(ws, "梅州市2025年国际职业资格比照认定职称申报人员汇总表", last=7)
    cells: list[list[object]] = []
    for i, (name, employer, notice, seq) in enumerate(MEIZHOU_PEOPLE, start=1):
        q, z, iss, t, se = pick(notice, seq)[0]
        cells.append([i, name, employer, f"{q}（{z}）", iss, t, se])
    header = ["序号", "姓名", "工作单位", "持有证书", "颁证单位", "申报职称", "所属系列"]
    last = _table(ws, header, cells, widths=(6, 10, 32, 40, 44, 12, 14))
    ws.append([])
    ws.append(["填报单位（盖章）：梅州市人力资源和社会保障局职称科", None, None, None, "填报日期：2025年9月30日"])
    ws.row_dimensions[last + 2].height = 20
    _save(wb, "meizhou-shenbao")
    why = ("a 申报人员汇总表: one PERSON per row (姓名, 工作单位) with the certificate each holds (持有证书, a real "
           "qualification and its 译名 in brackets), its 颁证单位, the 申报职称 and 所属系列 applied for: a catalog's "
           "words and real bodies, but a list of applicants, not of qualifications recognized. Nothing may be "
           "published from it.")
    return [Made("meizhou-shenbao", no_catalog(why))]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    yanan, hanzhong, weinan, ankang, qingyuan, jingmen, huanggang, shaoyang, loudi, maoming, shaoguan, meizhou,
)  # fmt: skip


def write_readme(out: Path, description: str) -> None:
    """README.txt as make_unseen24.write_readme writes it (which it calls), a look-alike's truth ({"catalog":
    false}, which that helper cannot count rows of) standing in it as "not a catalog" and its why."""
    lookalikes = {p: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.truth.json"))}
    lookalikes = {p: t for p, t in lookalikes.items() if t.get("catalog") is False}
    with tempfile.TemporaryDirectory() as tmp:
        for path in lookalikes:
            shutil.move(str(path), str(Path(tmp) / path.name))
        try:
            make_unseen24.write_readme(out, description)
        finally:
            for path in lookalikes:
                shutil.move(str(Path(tmp) / path.name), str(path))
    parts = [(out / "README.txt").read_text(encoding="utf-8").rstrip("\n"), ""]
    for path, truth in lookalikes.items():
        stem = path.name.removesuffix(".truth.json")
        files = sorted(p.name for p in out.iterdir() if p.stem == stem and not p.name.endswith(".truth.json"))
        parts += [f"{path.name}: not a catalog; for {', '.join(files)}", f"    {truth['why']}", ""]
    (out / "README.txt").write_text("\n".join(parts), encoding="utf-8")


def main() -> int:
    """Write every document of the round (or the named ones), their truth files and README.txt."""
    code = make_unseen9.write_round(DOCUMENTS, sys.argv[1:])
    if not sys.argv[1:]:
        write_readme(OUT, __doc__ or "")
    return code


if __name__ == "__main__":
    sys.exit(main())
