"""Regenerate tests/fixtures/unseen9: a blind probe round of new layouts, wordings and look-alikes.

    .venv/bin/python tests/make_unseen9.py

Catalogs in layouts no other fixture has (issuer before the qualification, 国别 and 备注
columns, a two-row <th> header with colspan, a titled workbook with merged header cells, series
given by section rows only, two tables with 序号 restarting, a DOCX framed in a layout table
with merged cells, very narrow landscape columns, the Chinese name printed before the English
one), and government tables that are NOT catalogs but use a catalog's words (a list of people
recognized under the catalog, a 公示 of people who passed 职称评审, a 职业技能等级 list, foreign
qualifications recognized for practice, a talent-subsidy list, a meeting's attendance table).

PDFs are printed by LibreOffice (from the DOCX) and Chromium (from the HTML), with the Noto CJK
fonts. Beside each document, <stem>.truth.json: for a catalog {"header", "rows"} with the
canonical header (序号 职业资格名称 译名 颁证单位 对应职称 所属系列) and every cell as printed
(a series given by a section row is the section's name, 工程系列); for a non-catalog
{"catalog": false, "why": ...}: nothing may be published from it.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import openpyxl  # noqa: E402
from docx import Document as new_docx  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from make_documents import chromium_to_pdf, soffice_to_pdf  # noqa: E402
from openpyxl.styles import Alignment, Border, Side  # noqa: E402

from tests.notices import load_truth  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen9"
CANONICAL_HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
T, W = "taizhou-2022-30", "wuxi-2021-49"
Row = tuple[str, ...]  # seq, qualification, qualification_zh, issuer, title, series


def pick(notice: str, *seqs: int) -> list[Row]:
    """Rows of a bundled notice by 序号, without their 序号 (renumbered by the layout)."""
    rows = {int(r[0]): tuple(r[1:]) for r in load_truth(notice)["rows"]}
    return [rows[s] for s in seqs]


def numbered(rows: Sequence[Row], start: int = 1) -> list[Row]:
    """Rows with a 序号 in front, from start."""
    return [(str(i), *row) for i, row in enumerate(rows, start=start)]


def notice_lines(city: str, doc_no: str, date: str, annex: str) -> list[str]:
    """A notice's text above its catalog: 文号, title, body, bureau, date, annex title."""
    return [
        doc_no,
        f"关于公布{city}国际职业资格比照认定职称目录（第一批）的通知",
        "各县（市、区）人力资源和社会保障局，各有关单位：",
        "为加快国际化人才队伍建设，现将目录予以公布，请遵照执行。",
        f"{city}人力资源和社会保障局",
        date,
        "附件",
        annex,
    ]


# --- writers ------------------------------------------------------------------------------------

CSS = (
    "body{font-family:'Noto Serif CJK SC',serif;font-size:10.5pt}"
    "table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #000;padding:3px;vertical-align:middle}"
)


def html_page(lines: Sequence[str], tables: Sequence[str], css: str = CSS) -> str:
    """A web page: the notice's lines, then its tables (each given as <table> markup)."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(lines[1])}</title>"
        f"<style>{css}</style></head><body>\n{paragraphs}{''.join(tables)}</body></html>\n"
    )


def html_table(header: str, rows: Sequence[Sequence[str]], attrs: str = "") -> str:
    """A table: header markup as given, then one <tr> of <td> per row."""
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<table{attrs}>\n<thead>{header}</thead>\n<tbody>\n{body}</tbody></table>\n"


def th_row(cells: Sequence[str]) -> str:
    return "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cells) + "</tr>"


def docx_doc(landscape: bool = False, font_pt: float = 10.5, east_asian: str = "Noto Serif CJK SC") -> object:
    """An empty Word document on A4 with the given font."""
    doc = new_docx()
    section = doc.sections[0]
    width, height = (29.7, 21.0) if landscape else (21.0, 29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(font_pt)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), east_asian)
    return doc


def docx_table(container: object, rows: Sequence[Sequence[str]], widths_cm: Sequence[float]) -> object:
    """A bordered table in a document or a cell, every cell's text set, columns sized."""
    table = container.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for column, width in zip(table.columns, widths_cm):
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def notice_docx(src: Path, lines: Sequence[str], table: Sequence[Sequence[str]], widths: Sequence[float],
                after: Sequence[str] = (), landscape: bool = False) -> Path:  # fmt: skip
    """A DOCX of a notice's lines, one table (header first) and the lines after it, saved to `src`."""
    doc = docx_doc(landscape=landscape)
    for line in lines:
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    docx_table(doc, table, widths)
    for line in after:
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    doc.save(str(src))  # type: ignore[attr-defined]
    return src


def merge_down(table: object, column: int, first: int, last: int) -> None:
    """Merge a column's cells from row first to last, keeping the first's text."""
    text = table.cell(first, column).text  # type: ignore[attr-defined]
    merged = table.cell(first, column).merge(table.cell(last, column))  # type: ignore[attr-defined]
    merged.text = text
    for paragraph in merged.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)


def merge_across(table: object, row: int) -> None:
    """Merge a whole row into one cell, keeping the first cell's text (a section row)."""
    cells = table.rows[row].cells  # type: ignore[attr-defined]
    text = cells[0].text
    merged = cells[0].merge(cells[-1])
    merged.text = text
    for paragraph in merged.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)


# --- documents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Made:
    """One document of the round: its files (source and PDFs) and its truth."""

    stem: str
    truth: dict


def write_round(documents: Sequence[Callable[[Path], list[Made]]], only: Sequence[str] = ()) -> int:
    """Write a round's documents (or the named ones) and their truth files into OUT, which each
    round's generator points at its own folder; the main() of every make_unseen*.py."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for make in documents:
            if only and make.__name__ not in only:
                continue
            for made in make(Path(tmp)):
                write_truth(made.stem, made.truth)
                print(made.stem)
    return 0


def write_truth(stem: str, truth: dict) -> None:
    (OUT / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def catalog_truth(rows: Sequence[Row]) -> dict:
    return {"header": CANONICAL_HEADER, "rows": [list(r) for r in rows]}


def no_catalog(why: str) -> dict:
    return {"catalog": False, "why": why}


def xuzhou(tmp: Path) -> list[Made]:
    """Issuer before the qualification, a 国别 column, landscape DOCX, printed by LibreOffice."""
    rows = numbered(pick(W, 1, 2, 3, 13, 19, 25, 31, 37, 49, 55) + pick(T, 1, 25, 37))
    countries = ["美国"] * 4 + ["英国"] + ["美国"] * 4 + ["英国", "美国", "加拿大", "德国"]
    header = ["序号", "颁证机构", "国别", "职业资格名称", "译名", "对应职称", "所属系列"]
    printed = [[s, i, k, q, z, t, se] for (s, q, z, i, t, se), k in zip(rows, countries)]
    doc = docx_doc(landscape=True)
    for line in notice_lines("徐州市", "徐人社发〔2024〕18号", "2024年4月2日", "徐州市国际职业资格比照认定职称目录（第一批）"):
        doc.add_paragraph(line)
    docx_table(doc, [header, *printed], (1.0, 5.0, 1.4, 5.2, 4.0, 2.2, 2.4))
    src = OUT / "xuzhou-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    truth = catalog_truth(rows)
    return [Made("xuzhou-libreoffice", truth)]


def yancheng(tmp: Path) -> list[Made]:
    """A two-row <th> header with colspan/rowspan (英文名称 | 中文名称 under 国际职业资格) and a 备注 column."""
    rows = numbered(pick(T, 2, 3, 8, 9, 10, 21, 22, 29, 46, 50))
    notes = ["", "", "须取得证书满2年", "", "", "", "", "", "", "须从事本专业工作"]
    header = (
        "<tr><th rowspan='2'>序号</th><th colspan='2'>国际职业资格</th><th rowspan='2'>发证机构</th>"
        "<th rowspan='2'>可比照认定的职称</th><th rowspan='2'>职称系列</th><th rowspan='2'>备注</th></tr>"
        "<tr><th>英文名称</th><th>中文名称</th></tr>"
    )
    body = [[*row, note] for row, note in zip(rows, notes)]
    page = html_page(
        notice_lines("盐城市", "盐人社发〔2024〕33号", "2024年5月20日", "盐城市国际职业资格比照认定职称目录（第一批）"),
        [html_table(header, body)],
    )
    src = OUT / "yancheng.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "yancheng-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("yancheng", truth), Made("yancheng-chromium", truth)]


def huaian(tmp: Path) -> list[Made]:
    """A workbook: a merged title row, a two-row header with merged cells, a 备注 column."""
    rows = numbered(pick(W, 4, 5, 6, 26, 27, 28, 38, 39, 56, 57, 58))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws.append(["淮安市国际职业资格比照认定职称目录（第一批）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "国际职业资格证书名称", None, "颁证单位", "对应职称", "所属系列", "备注"])
    ws.append([None, "英文", "中文", None, None, None, None])
    for col in "ADEFG":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("B2:C2")
    for row in rows:
        ws.append([int(row[0]), *row[1:], ""])
    thin = Side(style="thin")
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, width in zip("ABCDEFG", (6, 40, 28, 50, 12, 14, 10)):
        ws.column_dimensions[col].width = width
    src = OUT / "huaian.xlsx"
    wb.save(str(src))
    return [Made("huaian", catalog_truth(rows))]


SECTION_GROUPS = (("一、建设工程系列", "建设工程系列", (W, (1, 7, 13, 19))),
                  ("二、机械工程系列", "机械工程系列", (W, (25, 31))),
                  ("三、冶金工程系列", "冶金工程系列", (W, (37, 43))))  # fmt: skip


def lianyungang(tmp: Path) -> list[Made]:
    """Series by section rows only; the Chinese name first (国际职业资格证书名称), then 英文名称."""
    header = ["序号", "国际职业资格证书名称", "英文名称", "发证机构", "可比照认定的职称"]
    table_rows: list[list[str]] = [header]
    sections: list[int] = []
    truth: list[Row] = []
    seq = 0
    for printed, series, (notice, seqs) in SECTION_GROUPS:
        sections.append(len(table_rows))
        table_rows.append([printed, "", "", "", ""])
        for q, z, i, t, _ in pick(notice, *seqs):
            seq += 1
            table_rows.append([str(seq), z, q, i, t])
            truth.append((str(seq), q, z, i, t, series))
    doc = docx_doc()
    for line in notice_lines("连云港市", "连人社发〔2024〕7号", "2024年1月15日", "连云港市国际职业资格比照认定职称目录（第一批）"):
        doc.add_paragraph(line)
    table = docx_table(doc, table_rows, (1.0, 3.6, 3.8, 5.0, 2.6))
    for row in sections:
        merge_across(table, row)
    src = OUT / "lianyungang-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    made = catalog_truth(truth)
    return [Made("lianyungang-libreoffice", made)]


def zhenjiang(tmp: Path) -> list[Made]:
    """One annex printed as two tables, each with its own header and 序号 from 1."""
    first = numbered(pick(T, 11, 12, 13, 14, 15, 16))
    second = numbered(pick(W, 44, 45, 46, 47))
    header = th_row(CANONICAL_HEADER)
    lines = notice_lines("镇江市", "镇人社发〔2024〕21号", "2024年6月3日", "镇江市国际职业资格比照认定职称目录（第一批）")
    page = html_page(
        lines,
        ["<p>一、医药工程</p>", html_table(header, first), "<p>二、冶金工程</p>", html_table(header, second)],
    )
    src = OUT / "zhenjiang.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "zhenjiang-chromium.pdf")
    truth = catalog_truth([*first, *second])
    return [Made("zhenjiang", truth), Made("zhenjiang-chromium", truth)]


def suqian(tmp: Path) -> list[Made]:
    """A landscape page with very narrow columns and small type, 国别 and 备注 columns."""
    rows = numbered(pick(T, 17, 18, 19, 20, 23, 24, 26, 27, 28, 30, 31, 32, 33))
    header = th_row(["序号", "职业资格名称", "译名", "颁证单位", "国别", "对应职称", "所属系列", "备注"])
    body = [[s, q, z, i, "美国" if "美国" in i else "", t, se, ""] for s, q, z, i, t, se in rows]
    css = CSS + (
        "@page{size:A4 landscape;margin:1.5cm}body{font-size:8pt}table{width:55%}"
        "td,th{padding:1px}"
    )
    page = html_page(
        notice_lines("宿迁市", "宿人社发〔2024〕40号", "2024年7月9日", "宿迁市国际职业资格比照认定职称目录（第一批）"),
        [html_table(header, body)],
        css,
    )
    src = OUT / "suqian.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "suqian-chromium.pdf")
    return [Made("suqian", catalog_truth(rows)), Made("suqian-chromium", catalog_truth(rows))]


def jiaxing(tmp: Path) -> list[Made]:
    """A DOCX whose catalog sits in a one-cell layout frame, with vertically merged cells."""
    rows = numbered(pick(T, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44))
    doc = docx_doc()
    for line in notice_lines("嘉兴市", "嘉人社〔2024〕9号", "2024年3月8日", "嘉兴市国际职业资格比照认定职称目录（第一批）")[:-1]:
        doc.add_paragraph(line)
    frame = doc.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "嘉兴市国际职业资格比照认定职称目录（第一批）"
    table = docx_table(cell, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.0, 2.8, 3.2, 2.0, 2.0))
    for column in (3, 4, 5):
        start = 1
        for r in range(2, len(rows) + 2):
            if r == len(rows) + 1 or rows[r - 1][column] != rows[start - 1][column]:
                if r - 1 > start:
                    merge_down(table, column, start, r - 1)
                start = r
    src = OUT / "jiaxing-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    truth = catalog_truth(rows)
    return [Made("jiaxing-libreoffice", truth)]


def ningbo(tmp: Path) -> list[Made]:
    """A CMS web page: 中文名称 before 英文名称, 颁证机构 and 国别, 职称级别 and 职称系列, <th> header."""
    rows = numbered(pick(W, 8, 9, 10, 11, 14, 15, 16, 20, 21, 22))
    header = th_row(["序号", "中文名称", "英文名称", "颁证机构", "国别", "职称级别", "职称系列"])
    body = [[s, z, q, i, "美国", t, se] for s, q, z, i, t, se in rows]
    page = html_page(
        notice_lines("宁波市", "甬人社发〔2024〕52号", "2024年8月12日", "宁波市国际职业资格比照认定职称目录（第一批）"),
        [html_table(header, body, " class='zwgk-table' cellspacing='0'")],
    )
    (OUT / "ningbo.html").write_text(page, encoding="utf-8")
    return [Made("ningbo", catalog_truth(rows))]


# --- look-alikes that are not catalogs -----------------------------------------------------------


def renyuan(tmp: Path) -> list[Made]:
    """A list of PEOPLE recognized under the catalog: 申请人 | 所在单位 | 持有国际职业资格 | 颁证机构 | 比照认定职称."""
    people = ["王晓明", "李婷", "张建国", "陈思远", "刘洋", "赵敏"]
    firms = ["徐州工程机械集团有限公司", "徐州市第一人民医院", "江苏某某建设有限公司",
             "徐州某某生物医药有限公司", "徐州某某软件有限公司", "徐州某某化工有限公司"]  # fmt: skip
    quals = pick(W, 1, 13, 25) + pick(T, 1, 21, 49)
    header = ["序号", "申请人", "所在单位", "持有国际职业资格", "颁证机构", "比照认定职称"]
    body = [[str(i), p, f, q[0], q[2], q[3]] for i, (p, f, q) in enumerate(zip(people, firms, quals), start=1)]
    doc = docx_doc()
    for line in ("徐人社函〔2024〕31号", "关于公布2024年第一批国际职业资格比照认定职称人员名单的通知",
                 "各有关单位：", "根据《徐州市国际职业资格比照认定职称目录（第一批）》，经审核，"
                 "王晓明等6名同志符合比照认定条件，现将名单予以公布。",
                 "徐州市人力资源和社会保障局", "2024年9月10日", "附件", "2024年第一批国际职业资格比照认定职称人员名单"):  # fmt: skip
        doc.add_paragraph(line)
    docx_table(doc, [header, *body], (1.0, 1.6, 3.6, 4.0, 4.0, 2.2))
    src = OUT / "renyuan-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    truth = no_catalog("a list of people recognized under a catalog (申请人), not a catalog")
    return [Made("renyuan-libreoffice", truth)]


def gongshi(tmp: Path) -> list[Made]:
    """A 公示 of people who passed 职称评审: 姓名 | 工作单位 | 专业 | 评审通过职称."""
    header = th_row(["序号", "姓名", "性别", "工作单位", "专业", "评审通过资格"])
    body = [["1", "周杰", "男", "常州某某机械有限公司", "机械设计", "高级工程师"],
            ["2", "吴芳", "女", "常州某某医院", "临床医学", "副主任医师"],
            ["3", "郑伟", "男", "常州某某电子有限公司", "电子信息", "工程师"]]  # fmt: skip
    lines = ["常州市工程技术高级职称评审委员会", "关于2024年度工程技术高级职称评审通过人员的公示",
             "经评审委员会评审，以下人员通过高级工程师资格评审，现予公示，公示期5个工作日。",
             "常州市人力资源和社会保障局", "2024年11月20日"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    src = OUT / "gongshi.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "gongshi-chromium.pdf")
    truth = no_catalog("a 公示 of people who passed 职称评审")
    return [Made("gongshi", truth), Made("gongshi-chromium", truth)]


def jineng(tmp: Path) -> list[Made]:
    """A 职业技能等级认定 list: 职业名称 | 工种 | 职业资格等级 | 评价机构 (skill levels, not 职称)."""
    header = th_row(["序号", "职业名称", "工种", "职业资格等级", "评价机构"])
    body = [["1", "电工", "维修电工", "高级工", "南京某某职业技能等级认定中心"],
            ["2", "焊工", "电焊工", "技师", "南京某某职业技能等级认定中心"],
            ["3", "车工", "数控车工", "中级工", "南京某某技工学校"],
            ["4", "育婴员", "育婴员", "高级技师", "南京某某职业培训学校"]]  # fmt: skip
    lines = ["宁人社职〔2024〕15号", "关于公布2024年度南京市职业技能等级认定第二批备案机构及职业（工种）目录的通知",
             "各区人力资源和社会保障局：", "现将备案的职业技能等级认定机构及职业（工种）目录予以公布。",
             "南京市人力资源和社会保障局", "2024年10月8日", "附件"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    (OUT / "jineng.html").write_text(page, encoding="utf-8")
    return [Made("jineng", no_catalog("a list of 职业技能等级 (skill levels), not 职称"))]


def zhiye(tmp: Path) -> list[Made]:
    """Foreign qualifications recognized for practice (执业): no title column."""
    header = ["序号", "境外职业资格名称", "发证机构", "国家（地区）", "可执业范围"]
    body = [["1", "Chartered Architect", "英国皇家建筑师学会（RIBA）", "英国", "建筑设计"],
            ["2", "Registered Architect", "香港建筑师注册管理局", "中国香港", "建筑设计"],
            ["3", "Chartered Quantity Surveyor", "英国皇家特许测量师学会（RICS）", "英国", "工程造价咨询"],
            ["4", "Professional Engineer", "新加坡专业工程师局", "新加坡", "结构设计"]]  # fmt: skip
    doc = docx_doc()
    for line in ("苏自贸管〔2024〕6号", "关于公布境外职业资格认可清单（2024年版）的通知", "各有关单位：",
                 "持有清单所列境外职业资格的专业人才，经备案后可在自贸片区内执业。",
                 "中国（江苏）自由贸易试验区苏州片区管理委员会", "2024年7月1日", "附件", "境外职业资格认可清单"):  # fmt: skip
        doc.add_paragraph(line)
    docx_table(doc, [header, *body], (1.0, 4.4, 5.0, 2.2, 3.0))
    src = OUT / "zhiye-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("zhiye-libreoffice", no_catalog("foreign qualifications recognized for practice (执业), no 职称"))]


def butie(tmp: Path) -> list[Made]:
    """A talent-subsidy list (紧缺人才目录) in a workbook: 证书名称 | 发证机构 | 人才层级 | 补贴标准."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "紧缺人才目录"
    ws.append(["无锡市2024年度紧缺人才（国际职业资格）目录及补贴标准"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "证书名称", "发证机构", "人才层级", "补贴标准（万元）", "备注"])
    for row in (["1", "Project Management Professional", "美国项目管理协会（PMI）", "C类", "3", ""],
                ["2", "Chartered Financial Analyst", "CFA协会", "B类", "5", "限金融行业"],
                ["3", "Certified Public Accountant", "美国注册会计师协会（AICPA）", "C类", "3", ""],
                ["4", "Fellow of the Society of Actuaries", "北美精算师协会（SOA）", "A类", "10", ""]):  # fmt: skip
        ws.append(row)
    wb.save(str(OUT / "butie.xlsx"))
    return [Made("butie", no_catalog("a talent-subsidy list (人才层级, 补贴标准), not 职称"))]


def huiyi(tmp: Path) -> list[Made]:
    """A meeting notice with an attendance table."""
    header = th_row(["序号", "单位名称", "参会人员", "职务", "联系电话"])
    body = [["1", "市人力资源和社会保障局", "职称处负责同志", "处长", "0510-81234567"],
            ["2", "市科学技术局", "人才处负责同志", "副处长", "0510-81234568"],
            ["3", "江南大学", "人事处负责同志", "科长", "0510-85912345"]]  # fmt: skip
    lines = ["锡人社办〔2024〕44号", "关于召开国际职业资格比照认定职称工作推进会的通知",
             "各有关单位：", "定于2024年12月5日召开国际职业资格比照认定职称工作推进会，请参会人员准时出席。",
             "无锡市人力资源和社会保障局办公室", "2024年11月28日", "附件", "参会人员名单"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    src = OUT / "huiyi.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "huiyi-chromium.pdf")
    truth = no_catalog("a meeting notice's attendance table")
    return [Made("huiyi", truth), Made("huiyi-chromium", truth)]


def changshu(tmp: Path) -> list[Made]:
    """A CMS page: rowspan-merged 颁证单位 and 所属系列, the table cut into two <table>s (the second
    without a header, 序号 going on), bilingual headings (序号 No. | 职业资格名称 Qualification …)."""
    rows = numbered(pick(T, 34, 35, 36, 38, 39, 40) + pick(W, 40, 41, 42, 43))
    header = th_row(["序号 No.", "职业资格名称 Qualification", "译名 Chinese Name", "颁证单位 Issuer",
                     "对应职称 Title", "所属系列 Series"])  # fmt: skip

    def body(part: Sequence[Row]) -> str:
        out = []
        for i, row in enumerate(part):
            cells = [f"<td>{html.escape(c)}</td>" for c in row[:3]]
            for column in (3, 4, 5):
                if i and part[i - 1][column] == row[column]:
                    continue
                span = 1
                while i + span < len(part) and part[i + span][column] == row[column]:
                    span += 1
                cells.append(f"<td rowspan='{span}'>{html.escape(row[column])}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>\n")
        return "".join(out)

    tables = [f"<table><thead>{header}</thead><tbody>{body(rows[:6])}</tbody></table>\n",
              f"<table><tbody>{body(rows[6:])}</tbody></table>\n"]  # fmt: skip
    page = html_page(
        notice_lines("常熟市", "常人社发〔2024〕11号", "2024年2月26日", "常熟市国际职业资格比照认定职称目录（第一批）"),
        tables,
    )
    src = OUT / "changshu.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "changshu-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("changshu", truth), Made("changshu-chromium", truth)]


def kunshan(tmp: Path) -> list[Made]:
    """Series by section rows, and 序号 restarting from 1 under each section, in one table."""
    header = th_row(["序号", "职业资格名称", "译名", "颁证单位", "对应职称"])
    body: list[str] = []
    truth: list[Row] = []
    for printed, series, (notice, seqs) in SECTION_GROUPS:
        body.append(f"<tr><td colspan='5'>{html.escape(printed)}</td></tr>\n")
        for n, (q, z, i, t, _) in enumerate(pick(notice, *seqs), start=1):
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in (str(n), q, z, i, t)) + "</tr>\n")
            truth.append((str(n), q, z, i, t, series))
    table = f"<table><thead>{header}</thead><tbody>{''.join(body)}</tbody></table>\n"
    page = html_page(
        notice_lines("昆山市", "昆人社发〔2024〕3号", "2024年1月30日", "昆山市国际职业资格比照认定职称目录（第一批）"),
        [table],
    )
    src = OUT / "kunshan.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "kunshan-chromium.pdf")
    made = catalog_truth(truth)
    return [Made("kunshan", made), Made("kunshan-chromium", made)]


def taicang(tmp: Path) -> list[Made]:
    """The catalog goes on in a second table with one more (empty 备注) column and no header."""
    rows = numbered(pick(W, 29, 30, 32, 33, 34, 35, 36, 50, 53))
    header = th_row(CANONICAL_HEADER)
    first = html_table(header, rows[:5])
    second = html_table("", [[*row, ""] for row in rows[5:]])
    page = html_page(
        notice_lines("太仓市", "太人社发〔2024〕5号", "2024年3月1日", "太仓市国际职业资格比照认定职称目录（第一批）"),
        [first, "<p></p>", second],
    )
    src = OUT / "taicang.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "taicang-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("taicang", truth), Made("taicang-chromium", truth)]


def duiying(tmp: Path) -> list[Made]:
    """Domestic 职业资格 matched to 职称 levels (人社部's 对应关系): no issuer, not international."""
    header = th_row(["序号", "职业资格名称", "资格级别", "对应职称层级", "对应职称系列"])
    body = [["1", "一级建造师", "一级", "中级", "工程系列"],
            ["2", "注册会计师", "", "中级", "会计系列"],
            ["3", "执业药师", "", "中级", "卫生系列"]]  # fmt: skip
    lines = ["苏人社发〔2024〕88号", "关于专业技术人员职业资格与职称对应关系的通知", "各设区市人力资源和社会保障局：",
             "现将专业技术人员职业资格与职称对应关系明确如下。", "江苏省人力资源和社会保障厅", "2024年9月1日", "附件"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    (OUT / "duiying.html").write_text(page, encoding="utf-8")
    return [Made("duiying", no_catalog("domestic 职业资格 matched to 职称 levels: no issuer, not international"))]


def chromium_pdf(src: Path, out: Path) -> Path:
    """Chromium's print of a page, its streams packed again by qpdf when it is installed (Skia
    compresses little: the fixtures stay about half as large; the page content is the same)."""
    chromium_to_pdf(src, out)
    if shutil.which("qpdf"):
        packed = out.with_suffix(".packed.pdf")
        subprocess.run(["qpdf", "--object-streams=generate", "--recompress-flate", "--compression-level=9",
                        str(out), str(packed)], check=True)  # fmt: skip
        packed.replace(out)
    return out


def jiguan(tmp: Path) -> list[Made]:
    """Domestic 职业资格 and their 职称, headed like a catalog (发证机关 | 对应职称 | 所属系列)."""
    header = th_row(["序号", "职业资格名称", "发证机关", "对应职称", "所属系列"])
    body = [["1", "一级建造师", "住房和城乡建设部", "工程师", "工程系列"],
            ["2", "注册会计师", "财政部", "会计师", "会计系列"],
            ["3", "执业药师", "国家药品监督管理局", "主管药师", "卫生系列"]]  # fmt: skip
    lines = ["苏人社发〔2024〕89号", "关于专业技术人员职业资格与职称对应关系的通知", "各设区市人力资源和社会保障局：",
             "取得下列职业资格的专业技术人员，可对应相应职称。", "江苏省人力资源和社会保障厅", "2024年9月2日", "附件"]  # fmt: skip
    page = html_page(lines, [html_table(header, body)])
    (OUT / "jiguan.html").write_text(page, encoding="utf-8")
    return [Made("jiguan", no_catalog("domestic 职业资格 with their 职称: nothing international"))]


def _pdf_from_docx(src: Path, tmp: Path) -> Path:
    pdf = soffice_to_pdf(src, tmp)
    return Path(shutil.move(str(pdf), str(OUT / pdf.name)))


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    xuzhou, yancheng, huaian, lianyungang, zhenjiang, suqian, jiaxing, ningbo, changshu, kunshan, taicang,
    renyuan, gongshi, jineng, zhiye, butie, huiyi, duiying, jiguan,
)  # fmt: skip


def main() -> int:
    """Write every document of the round and its truth files."""
    return write_round(DOCUMENTS)


if __name__ == "__main__":
    sys.exit(main())
