"""Regenerate tests/fixtures/unseen22: a thirteenth blind probe round, of near-catalogs.

    .venv/bin/python tests/make_unseen22.py              # every document
    .venv/bin/python tests/make_unseen22.py nansha       # only these

Whole notices (文号, title, addressees, intro, annex title, the table, closing words, bureau, date) whose
table is a catalog's or nearly one, in cities no earlier round used (Henan, Shaanxi, Gansu, Qinghai,
Guizhou, Sichuan, Dalian and Guangzhou's Nansha district). Catalogs (truth has rows, every body and
qualification real; rows of the bundled notices come by `pick`):

    luoyang-shenbao-libreoffice.docx/.pdf  a catalog (附件1) followed by 附件2, the blank 国际职业资格比照
                                认定职称申报表: a grid of labels in the catalog's own words (姓名 | 性别 |
                                工作单位 | 职业资格名称 | 颁证单位 | 取得时间 | 申报职称 | 所属系列 …) and empty
                                value cells, on its own page. Truth: the catalog's 12 rows only.
    xuchang-shenbao.html / -chromium.pdf   the same kind as a web page: the 申报表 has a sub-grid
                                (持有国际职业资格情况) whose label row is 职业资格名称 | 译名 | 颁证单位 |
                                证书编号 | 取得时间 | 有效期至 over two empty rows. Truth: the catalog's 13 rows.
    nansha-gangao-libreoffice.docx/.pdf    a catalog of Hong Kong and Macao professional qualifications
                                recognized as 职称 (序号 | 地区 | 中文名称 | 外文名称 | 颁证机构 | 可认定职称 |
                                职称系列): HKIE, HKIA, HKIS, HKIP, HKILA, HKICPA, IFPHK, the Hong Kong
                                registration boards and Macao's CAEU. 16 rows.
    zhengzhou-fenlei-libreoffice.docx/.pdf a landscape catalog with 认定条件 and 备注 columns and no series
                                column: the series are section rows (一、工程系列 … 四、审计系列, merged
                                across), 序号 running on through them. 19 rows; a row's series is its
                                section's name without the ordinal (工程系列).
    chengdu-qingdan-libreoffice.docx/.pdf  a 自贸试验区 境外职业资格证书认可清单 whose notice says holders are
                                比照认定 the listed level of 职称 in the listed series (证书名称 | 中文译名 |
                                发证机构 | 国家（地区）| 可比照职称层级 | 所属系列), the level printed as 中级 /
                                副高级 / 初级. Judged a catalog: its truth has the 15 rows, title = the level.

Look-alikes (truth {"catalog": false}):

    baoji-tiaozheng.html / -chromium.pdf   关于调整…目录部分条目的通知: 序号 | 职业资格名称 | 颁证单位 |
                                原对应职称 | 调整后对应职称 | 调整事项 (变更 / 删除 / 停止认定).
    xianyang-feizhi-libreoffice.docx/.pdf  关于废止…目录部分条目的通知 in a catalog's own columns (职业资格
                                名称 | 译名 | 颁证单位 | 对应职称 | 所属系列 | 调整事项), 调整事项 = 删除 on
                                every one of its 15 rows.
    lanzhou-duiying-libreoffice.docx/.pdf  a DOMESTIC 职业资格与职称对应目录 (序号 | 职业资格名称 | 实施部门 |
                                对应职称 | 所属系列): 一级注册建筑师, 注册会计师, 法律职业资格 … and ministries.
    xining-gongshi.html / -chromium.pdf    a 公示 of PEOPLE to be recognized through this very route (姓名 |
                                工作单位 | 国际职业资格 | 颁证单位 | 认定职称 | 所属系列), real qualifications
                                and bodies.
    guiyang-jiafen.html / -chromium.pdf    a 外国人来华工作许可 计点积分 list of international certificates
                                (职业资格名称 | 译名 | 颁证单位 | 加分分值 | 所属领域): points where a
                                catalog prints the 职称.
    dalian-zhengqiu.html / -chromium.pdf   a catalog published as a 征求意见稿 (a draft for public comment,
                                "不作为比照认定依据"): the table is a catalog's in every way, but nothing in
                                it is in force. Judged no catalog.

DOCX by python-docx (make_unseen9.notice_docx, zip dates pinned as tests/make_unseen19.py does), printed
by LibreOffice; pages printed by Chromium; every print pinned and packed (tests/make_producers.py
pack_pinned, qpdf). Beside each document, <stem>.truth.json, written before the pipeline ever read the
document: {"header", "rows"} as tests/make_unseen9.py writes it, or {"catalog": false, "why": ...}.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import make_unseen21  # noqa: E402
from docx import Document as open_docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import (  # noqa: E402
    CSS,
    Made,
    Row,
    T,
    W,
    catalog_truth,
    docx_table,
    html_page,
    html_table,
    merge_across,
    pick,
    th_row,
)
from make_unseen19 import _pin_zip  # noqa: E402
from make_unseen21 import _made, _numbered, _page  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen22"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
make_unseen21.OUT = OUT  # and its _page too (importing make_unseen21 had pointed make_unseen9 at unseen21)

CATALOG_HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]


def _fit_grid(doc: object, widths: Sequence[Sequence[float]]) -> None:
    """Give each table of the document its column widths in the grid too (tblGrid, which LibreOffice
    lays out by: notice_docx sets the cells' widths only, and LibreOffice then prints equal columns)."""
    for table, cm in zip(doc.tables, widths):  # type: ignore[attr-defined]
        table.autofit = False
        for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cm):
            column.set(qn("w:w"), str(round(width * 567)))  # twentieths of a point


def _docx(stem: str, lines: Sequence[str], table: Sequence[Sequence[str]], widths: Sequence[float], tmp: Path,
          after: Sequence[str] = (), landscape: bool = False) -> None:  # fmt: skip
    """make_unseen21's _docx with the widths in the grid: the notice by notice_docx, pinned, and its
    LibreOffice print packed."""
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, table, widths, after, landscape)
    doc = open_docx(str(src))
    _fit_grid(doc, [widths])
    doc.save(str(src))
    _pin_zip(src)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _both(stem: str, truth: dict, pdf_stem: str = "") -> list[Made]:
    return [Made(stem, truth), *([Made(pdf_stem, truth)] if pdf_stem else [])]


# --- the blank 申报表 (kind 1) ---------------------------------------------------------------------

FORM_NOTE = "注：本表一式三份，用A4纸双面打印，并附国际职业资格证书复印件及中文译本、劳动合同复印件。"


def _docx_with_form(stem: str, lines: Sequence[str], table: Sequence[Sequence[str]], widths: Sequence[float],
                    tmp: Path) -> None:  # fmt: skip
    """The notice and its catalog (附件1) by notice_docx, then 附件2 on a new page: the blank
    申报表, label cells in the catalog's words and empty value cells, some merged across."""
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, table, widths,
                                   ["附件2", "国际职业资格比照认定职称申报表",
                                    "申报单位（盖章）：                              填表日期：    年    月    日"])  # fmt: skip
    doc = open_docx(str(src))
    annex = next(p for p in doc.paragraphs if p.text == "附件2")
    annex.paragraph_format.page_break_before = True
    grid = [
        ["姓名", "", "性别", "", "出生年月", ""],
        ["身份证号码", "", "", "", "联系电话", ""],
        ["工作单位", "", "", "", "", ""],
        ["现从事专业", "", "", "", "参加工作时间", ""],
        ["职业资格名称", "", "", "", "取得时间", ""],
        ["颁证单位", "", "", "", "证书编号", ""],
        ["申报职称", "", "", "", "所属系列", ""],
        ["主要工作经历及业绩", "", "", "", "", ""],
        ["所在单位意见", "（盖章）                年    月    日", "", "", "", ""],
        ["人力资源社会保障部门审核意见", "（盖章）                年    月    日", "", "", "", ""],
    ]
    form_widths = (2.8, 3.0, 2.2, 3.0, 2.6, 3.4)
    form: Any = docx_table(doc, grid, form_widths)
    _fit_grid(doc, [widths, form_widths])
    for r in (1, 3, 4, 5, 6):
        form.cell(r, 1).merge(form.cell(r, 3))
    for r in (2, 7, 8, 9):
        merged = form.cell(r, 1).merge(form.cell(r, 5))
        merged.text = grid[r][1]
        for paragraph in merged.paragraphs[1:]:
            paragraph._element.getparent().remove(paragraph._element)
    form.rows[7].height = Cm(6.0)
    for r in (8, 9):
        form.rows[r].height = Cm(2.6)
    doc.add_paragraph(FORM_NOTE)
    doc.save(str(src))
    _pin_zip(src)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _form_html() -> str:
    """The blank 申报表 as a web page prints it: a sub-grid of the qualifications held, headed in the
    catalog's words over two empty rows."""

    def tr(*cells: str) -> str:
        return "<tr>" + "".join(cells) + "</tr>\n"

    def td(text: str = "", span: int = 1, style: str = "") -> str:
        attrs = (f" colspan='{span}'" if span > 1 else "") + (f" style='{style}'" if style else "")
        return f"<td{attrs}>{html.escape(text)}</td>"

    rows = [
        tr(td("姓名"), td(), td("性别"), td(), td("出生年月"), td()),
        tr(td("工作单位"), td(span=3), td("参加工作时间"), td()),
        tr(td("现从事专业"), td(span=3), td("联系电话"), td()),
        tr(td("持有国际职业资格情况", 6)),
        tr(td("职业资格名称"), td("译名"), td("颁证单位"), td("证书编号"), td("取得时间"), td("有效期至")),
        tr(*[td(style="height:2.2em")] * 6),
        tr(*[td(style="height:2.2em")] * 6),
        tr(td("申报职称"), td(span=2), td("所属系列"), td(span=2)),
        tr(td("主要工作经历及业绩"), td(span=5, style="height:12em")),
        tr(td("所在单位意见"), td("（盖章）    年  月  日", 5, "height:5em;text-align:right")),
        tr(td("人力资源社会保障部门审核意见"), td("（盖章）    年  月  日", 5, "height:5em;text-align:right")),
    ]
    return (
        "<p style='page-break-before:always'>附件2</p>\n<p style='text-align:center'>国际职业资格比照认定职称申报表</p>\n"
        "<p>申报单位（盖章）：　　　　　　　　　　填表日期：　　年　　月　　日</p>\n"
        f"<table class='form'>\n<tbody>\n{''.join(rows)}</tbody></table>\n<p>{html.escape(FORM_NOTE)}</p>\n"
    )


def luoyang(tmp: Path) -> list[Made]:
    """A catalog (附件1) and the blank 申报表 (附件2), DOCX printed by LibreOffice."""
    rows = make_unseen9.numbered(pick(W, 1, 9, 12, 19, 24, 25, 37, 40, 46, 50, 56, 60))
    lines = ["洛人社〔2025〕37号", "关于印发《洛阳市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为深入实施人才强市战略，进一步畅通国际化人才职称评价渠道，根据省人力资源和社会保障厅关于开展国际职业资格"
             "比照认定职称工作的有关要求，结合我市产业发展实际，我局研究制定了《洛阳市国际职业资格比照认定职称目录（第一批）》，"
             "现印发给你们，并就有关事项通知如下：",
             "一、在我市企事业单位从事专业技术工作、取得目录内国际职业资格的人员，可申请比照认定目录所列相应职称。",
             "二、申请人如实填写《国际职业资格比照认定职称申报表》（附件2），经所在单位审核并公示5个工作日后，报市人力资源"
             "和社会保障局职称科。",
             "三、比照认定的职称与评审取得的职称具有同等效力，可作为聘任相应专业技术职务的依据。",
             "附件：1.洛阳市国际职业资格比照认定职称目录（第一批）", "2.国际职业资格比照认定职称申报表",
             "洛阳市人力资源和社会保障局", "2025年7月15日",
             "附件1", "洛阳市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx_with_form("luoyang-shenbao-libreoffice", lines, [CATALOG_HEADER, *map(list, rows)],
                    (1.0, 4.4, 3.2, 4.6, 1.8, 2.0), tmp)  # fmt: skip
    return _both("luoyang-shenbao-libreoffice", catalog_truth(rows))


def xuchang(tmp: Path) -> list[Made]:
    """A catalog and the blank 申报表 with a sub-grid of qualifications held, a web page and its print."""
    rows = make_unseen9.numbered(pick(T, 1, 6, 7, 21, 29, 30, 31, 47, 49, 50) + pick(W, 4, 14, 58))
    header = ["序号", "职业资格名称", "译名", "颁证单位", "可认定职称", "所属系列"]
    lines = ["许人社〔2025〕52号", "关于公布许昌市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为加快国际化人才队伍建设，服务我市电力装备、新能源和生物医药产业发展，经征求行业主管部门和专家意见，"
             "现将《许昌市国际职业资格比照认定职称目录（第一批）》予以公布，自公布之日起施行。取得目录内国际职业资格的"
             "专业技术人员，可填写《国际职业资格比照认定职称申报表》，按程序申请比照认定相应职称。",
             "附件：1.许昌市国际职业资格比照认定职称目录（第一批） 2.国际职业资格比照认定职称申报表",
             "许昌市人力资源和社会保障局", "2025年8月4日",
             "附件1", "许昌市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    css = CSS + "table.form{margin-top:8px}table.form td{height:2.2em}"
    page = html_page(lines, [html_table(th_row(header), rows), _form_html()], css)
    src = OUT / "xuchang-shenbao.html"
    src.write_text(page, encoding="utf-8")
    chromium_pinned(src, OUT / "xuchang-shenbao-chromium.pdf", tmp)
    return _both("xuchang-shenbao", catalog_truth(rows), "xuchang-shenbao-chromium")


# --- adjustments of an earlier catalog (kind 2) -----------------------------------------------------

NCEES = "美国国家勘察设计考试者理事会 (National Council of Examiners for Engineering and Surveying)"


def baoji(tmp: Path) -> list[Made]:
    """关于调整…目录部分条目的通知: 原对应职称 | 调整后对应职称 | 调整事项 (变更 / 删除 / 停止认定)."""
    rows = [
        ("PE Civil Structural", NCEES, "工程师", "高级工程师", "变更"),
        ("PE Civil Geotechnical", NCEES, "工程师", "高级工程师", "变更"),
        ("Chartered Engineer (CEng)", "英国机械工程师学会 (The Institution of Mechanical Engineers (IMechE))", "工程师", "高级工程师", "变更"),
        ("Member (MRICS)", "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)", "工程师", "高级工程师", "变更"),
        ("Associate Constructor", "美国建造师学会 (The American Institute of Constructors)", "工程师", "助理工程师", "变更"),
        ("Welding Metallurgy Certificate", "美国材料信息协会 (American Society for Metals)", "工程师", "助理工程师", "变更"),
        ("NACE CIP2", "美国腐蚀工程师学会 (NACE International)", "助理工程师", "—", "停止认定"),
        ("NACE CIP3", "美国腐蚀工程师学会 (NACE International)", "工程师", "—", "停止认定"),
        ("Junior International Certified Mechanical Engineer (JICME)", "机械工程师学会 (Institute of Mechanical Engineers (IME))", "助理工程师", "—", "删除"),
        ("International Certified Mechanical Engineer (ICME)", "机械工程师学会 (Institute of Mechanical Engineers (IME))", "工程师", "—", "删除"),
        ("LEED AP Homes", "美国绿色建筑委员会 (U.S. Green Building Council)", "工程师", "—", "删除"),
    ]  # fmt: skip
    header = ["序号", "职业资格名称", "颁证单位", "原对应职称", "调整后对应职称", "调整事项"]
    lines = ["宝人社发〔2025〕22号", "关于调整《宝鸡市国际职业资格比照认定职称目录》部分条目的通知",
             "各县区人力资源和社会保障局，市直各部门，各有关企业：",
             "《宝鸡市国际职业资格比照认定职称目录（第一批）》（宝人社发〔2023〕41号）印发以来，对我市引进和培养国际化专业"
             "技术人才发挥了积极作用。根据部分国际组织证书体系调整情况和我市职称评审工作实际，经征求行业主管部门和专家意见，"
             "决定对目录部分条目予以调整。现将有关事项通知如下：",
             "一、调整后对应职称自本通知印发之日起执行，此前已比照认定的职称继续有效。",
             "二、调整事项为“删除”或“停止认定”的条目，自本通知印发之日起不再受理比照认定申请。",
             "三、目录其他条目不变，继续执行。",
             "宝鸡市人力资源和社会保障局", "2025年5月26日", "附件", "宝鸡市国际职业资格比照认定职称目录调整条目表"]  # fmt: skip
    after = ["注：“—”表示该条目不再对应职称。"]
    _page("baoji-tiaozheng", lines, header, _numbered(rows), tmp, after)
    return _made("baoji-tiaozheng", "an adjustment of an earlier catalog (原对应职称 | 调整后对应职称 | 调整事项: 变更, "
                 "删除, 停止认定), not a catalog of new entries", "baoji-tiaozheng-chromium")  # fmt: skip


def xianyang(tmp: Path) -> list[Made]:
    """关于废止…目录部分条目的通知 in a catalog's columns, 调整事项 = 删除 on every row."""
    picked = pick(T, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 52, 47, 48)
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列", "调整事项"]
    lines = ["咸人社发〔2025〕15号", "关于废止《咸阳市国际职业资格比照认定职称目录（第一批）》部分条目的通知",
             "各县（市、区）人力资源和社会保障局，市直各部门，各有关企业：",
             "经复核，《咸阳市国际职业资格比照认定职称目录（第一批）》（咸人社发〔2022〕33号）中德国工商大会（DIHK）颁发的"
             "职业教育结业证书属技能类证书，不属于专业技术类国际职业资格；美国腐蚀工程师学会（NACE International）已与美国"
             "防护涂料协会合并为材料性能与保护协会（AMPP），原证书体系已调整。经研究，决定删除目录中下列15个条目，自本通知"
             "印发之日起不再受理相应比照认定申请；此前已比照认定的职称继续有效。目录其他条目继续执行。",
             "特此通知。", "咸阳市人力资源和社会保障局", "2025年4月11日",
             "附件", "《咸阳市国际职业资格比照认定职称目录（第一批）》删除条目"]  # fmt: skip
    body = [[*row, "删除"] for row in _numbered(picked)]
    _docx("xianyang-feizhi-libreoffice", lines, [header, *body], (1.0, 3.8, 3.0, 3.4, 1.8, 1.8, 1.4), tmp)
    return _made("xianyang-feizhi-libreoffice", "a notice deleting entries of an earlier catalog, in the catalog's "
                 "own columns with 调整事项 = 删除 on every row: nothing recognized")  # fmt: skip


# --- domestic 对应关系 (kind 3), people (kind 4) --------------------------------------------------------


def lanzhou(tmp: Path) -> list[Made]:
    """A domestic 职业资格与职称对应目录: 职业资格名称 | 实施部门 | 对应职称 | 所属系列."""
    mohurd = "住房城乡建设部、人力资源社会保障部"
    four = "住房城乡建设部、交通运输部、水利部、人力资源社会保障部"
    rows = [
        ("一级注册建筑师", mohurd, "工程师", "工程系列"),
        ("二级注册建筑师", mohurd, "助理工程师", "工程系列"),
        ("一级注册结构工程师", mohurd, "工程师", "工程系列"),
        ("一级建造师", mohurd, "工程师", "工程系列"),
        ("二级建造师", mohurd, "助理工程师", "工程系列"),
        ("监理工程师", four, "工程师", "工程系列"),
        ("一级造价工程师", four, "工程师", "工程系列"),
        ("二级造价工程师", four, "助理工程师", "工程系列"),
        ("中级注册安全工程师", "应急管理部、人力资源社会保障部", "工程师", "工程系列"),
        ("一级注册消防工程师", "应急管理部（国家消防救援局）、人力资源社会保障部", "工程师", "工程系列"),
        ("注册测绘师", "自然资源部、人力资源社会保障部", "工程师", "工程系列"),
        ("注册城乡规划师", "自然资源部、人力资源社会保障部", "工程师", "工程系列"),
        ("注册会计师", "财政部", "会计师", "会计系列"),
        ("税务师", "国家税务总局、人力资源社会保障部", "经济师", "经济系列"),
        ("法律职业资格", "司法部", "四级律师", "律师系列"),
        ("执业药师", "国家药监局、人力资源社会保障部", "主管药师", "卫生系列"),
        ("执业兽医", "农业农村部", "兽医师", "农业系列"),
    ]  # fmt: skip
    header = ["序号", "职业资格名称", "实施部门", "对应职称", "所属系列"]
    lines = ["兰人社发〔2025〕28号", "关于印发《兰州市专业技术人员职业资格与职称对应目录》的通知",
             "各县区人力资源和社会保障局，兰州新区人力资源和社会保障局，市直各部门，各有关单位：",
             "根据中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》“促进职称制度与职业资格制度有效衔接”的要求和"
             "省人力资源和社会保障厅有关规定，现将《兰州市专业技术人员职业资格与职称对应目录》印发给你们。专业技术人员取得"
             "目录内国家职业资格，符合相应职称条件的，可认定其具备对应系列和层级的职称，并可作为申报高一级职称的条件。",
             "请各单位认真贯彻执行。执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。",
             "兰州市人力资源和社会保障局", "2025年6月9日", "附件", "兰州市专业技术人员职业资格与职称对应目录"]  # fmt: skip
    after = ["注：职业资格以国家职业资格目录为准；同时取得多项职业资格的，按最高层级对应。"]
    _docx("lanzhou-duiying-libreoffice", lines, [header, *_numbered(rows)], (1.0, 4.4, 6.2, 2.4, 2.6), tmp, after)
    return _made("lanzhou-duiying-libreoffice",
                 "a DOMESTIC 职业资格与职称对应目录: Chinese national qualifications and ministries, nothing international")  # fmt: skip


def xining(tmp: Path) -> list[Made]:
    """A 公示 of people to be recognized through the international route: 姓名 | 工作单位 | 国际职业资格 |
    颁证单位 | 认定职称 | 所属系列."""
    quals = pick(W, 24, 19, 4, 25, 46, 12, 58, 38) + pick(T, 6, 29, 47, 18)
    people = [("马文博", "西宁某某新材料有限公司"), ("韩雪", "青海某某建设工程有限公司"), ("李尚德", "西宁某某建筑设计研究院"),
              ("祁永红", "青海某某特种设备检验有限公司"), ("张蕾", "西宁某某化工有限公司"), ("赵国庆", "青海某某交通建设集团有限公司"),
              ("冶海龙", "西宁某某通信技术有限公司"), ("王静怡", "青海某某铝业有限公司"), ("陈思", "西宁某某医药有限公司"),
              ("鲁成林", "青海某某装备制造有限公司"), ("杨洁", "青海某某油田技术服务有限公司"), ("朱明远", "西宁某某生物科技有限公司")]  # fmt: skip
    body = [[name, unit, q, iss, t, se] for (name, unit), (q, _z, iss, t, se) in zip(people, quals)]
    header = ["序号", "姓名", "工作单位", "国际职业资格", "颁证单位", "认定职称", "所属系列"]
    lines = ["宁人社公〔2025〕6号", "关于2025年度第一批国际职业资格比照认定职称拟认定人员名单的公示",
             "根据我市国际职业资格比照认定职称工作有关规定，经个人申报、单位推荐、资格审核和专家评议，拟认定马文博等12名"
             "同志相应职称，现予以公示。公示期为2025年9月1日至9月5日（5个工作日）。公示期间，对公示对象有异议的，可通过来电、"
             "来信、来访等方式向市人力资源和社会保障局反映。反映问题要实事求是，提倡实名反映。",
             "联系电话：0971-8255XXX", "西宁市人力资源和社会保障局", "2025年9月1日",
             "附件", "2025年度第一批国际职业资格比照认定职称拟认定人员名单"]  # fmt: skip
    _page("xining-gongshi", lines, header, _numbered(body), tmp)
    return _made("xining-gongshi", "a 公示 of PEOPLE to be recognized (姓名 | 工作单位 | 国际职业资格 | 认定职称), "
                 "not a catalog", "xining-gongshi-chromium")  # fmt: skip


# --- Hong Kong and Macao (kind 5), sections with 认定条件 and 备注 (kind 6) ----------------------------

HKIE = "香港工程师学会 (The Hong Kong Institution of Engineers)"
HKICPA = "香港会计师公会 (Hong Kong Institute of Certified Public Accountants)"
CAEU = "澳门建筑、工程及城市规划专业委员会 (Conselho de Arquitectura, Engenharia e Urbanismo)"
NANSHA = [  # region, Chinese name, foreign name, issuer, title, series
    ("香港", "香港工程师学会正式会员", "Member of the Hong Kong Institution of Engineers (MHKIE)", HKIE, "工程师", "工程系列"),
    ("香港", "香港工程师学会资深会员", "Fellow of the Hong Kong Institution of Engineers (FHKIE)", HKIE, "高级工程师", "工程系列"),
    ("香港", "香港注册专业工程师", "Registered Professional Engineer (RPE)", "香港工程师注册管理局 (Engineers Registration Board)", "高级工程师", "工程系列"),
    ("香港", "香港建筑师学会会员", "Member of the Hong Kong Institute of Architects (MHKIA)", "香港建筑师学会 (The Hong Kong Institute of Architects)", "工程师", "工程系列"),
    ("香港", "香港注册建筑师", "Registered Architect (RA)", "香港建筑师注册管理局 (Architects Registration Board)", "高级工程师", "工程系列"),
    ("香港", "香港测量师学会会员", "Member of the Hong Kong Institute of Surveyors (MHKIS)", "香港测量师学会 (The Hong Kong Institute of Surveyors)", "工程师", "工程系列"),
    ("香港", "香港注册专业测量师", "Registered Professional Surveyor (RPS)", "香港测量师注册管理局 (Surveyors Registration Board)", "高级工程师", "工程系列"),
    ("香港", "香港规划师学会会员", "Member of the Hong Kong Institute of Planners (MHKIP)", "香港规划师学会 (The Hong Kong Institute of Planners)", "工程师", "工程系列"),
    ("香港", "香港注册专业规划师", "Registered Professional Planner (RPP)", "香港规划师注册管理局 (Planners Registration Board)", "高级工程师", "工程系列"),
    ("香港", "香港园境师学会会员", "Member of the Hong Kong Institute of Landscape Architects (MHKILA)", "香港园境师学会 (The Hong Kong Institute of Landscape Architects)", "工程师", "工程系列"),
    ("香港", "香港会计师公会会员", "Certified Public Accountant (CPA)", HKICPA, "会计师", "会计系列"),
    ("香港", "香港会计师公会执业会员", "Certified Public Accountant (Practising)", HKICPA, "高级会计师", "会计系列"),
    ("香港", "认可财务策划师", "CERTIFIED FINANCIAL PLANNER (CFP)", "香港财务策划师学会 (Institute of Financial Planners of Hong Kong)", "经济师", "经济系列"),
    ("澳门", "澳门建筑师专业资格", "Arquitecto", CAEU, "工程师", "工程系列"),
    ("澳门", "澳门土木工程师专业资格", "Engenheiro Civil", CAEU, "工程师", "工程系列"),
    ("澳门", "澳门电机工程师专业资格", "Engenheiro Electrotécnico", CAEU, "工程师", "工程系列"),
]  # fmt: skip


def nansha(tmp: Path) -> list[Made]:
    """A catalog of Hong Kong and Macao professional qualifications recognized as 职称 (地区 | 中文名称 |
    外文名称 | 颁证机构 | 可认定职称 | 职称系列), DOCX printed by LibreOffice."""
    header = ["序号", "地区", "中文名称", "外文名称", "颁证机构", "可认定职称", "职称系列"]
    body = [[str(i), *row] for i, row in enumerate(NANSHA, start=1)]
    lines = ["穗南人社〔2025〕18号", "关于印发《广州南沙港澳专业人才职称认定目录（第一批）》的通知",
             "各镇人民政府、街道办事处，区直各单位，各有关企业：",
             "为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，便利港澳专业人才在南沙执业和发展，根据省人力资源"
             "和社会保障厅关于港澳专业人才职称评价的有关规定，结合南沙实际，我局制定了《广州南沙港澳专业人才职称认定目录"
             "（第一批）》，现印发给你们。在南沙工作的港澳专业人才，取得目录内专业资格的，可直接申请认定目录所列相应职称，"
             "认定的职称与内地评审取得的职称具有同等效力。",
             "请各单位做好政策宣传和组织申报工作。",
             "广州市南沙区人力资源和社会保障局", "2025年3月28日", "附件", "广州南沙港澳专业人才职称认定目录（第一批）"]  # fmt: skip
    after = ["注：申请人须持有效的专业资格证明或会籍证明；澳门专业资格以澳门建筑、工程及城市规划专业委员会的认可为准。"]
    _docx("nansha-gangao-libreoffice", lines, [header, *body], (0.9, 1.0, 3.0, 3.8, 4.4, 1.8, 1.8), tmp, after)
    truth = catalog_truth([(str(i), foreign, zh, iss, t, se)
                           for i, (_region, zh, foreign, iss, t, se) in enumerate(NANSHA, start=1)])  # fmt: skip
    return _both("nansha-gangao-libreoffice", truth)


ZHENGZHOU_SECTIONS: tuple[tuple[str, str, list[tuple[Row, str, str]]], ...] = (
    ("一、工程系列", "工程系列", [
        (q, "取得证书后从事本专业技术工作满1年", note) for q, note in zip(
            pick(W, 9, 10, 13, 17, 19, 24, 25, 38, 44, 50, 57, 60),
            ["须为特许会员（MCIOB）", "须持有有效执照", "须持有有效执照", "", "", "须在英国工程委员会注册", "证书须在有效期内",
             "", "须持有有效执照", "AMPP换发的同级证书同样认定", "", ""])
    ]),
    ("二、经济系列", "经济系列", [
        (("Project Management Professional (PMP)", "项目管理专业人士", "美国项目管理协会 (Project Management Institute)", "经济师", ""),
         "取得证书后从事项目管理工作满2年", "证书须在有效期内"),
        (("Chartered Financial Analyst (CFA)", "特许金融分析师", "美国特许金融分析师协会 (CFA Institute)", "经济师", ""),
         "须为CFA协会正式会员", ""),
        (("Financial Risk Manager (FRM)", "金融风险管理师", "全球风险管理专业人士协会 (Global Association of Risk Professionals)", "经济师", ""),
         "取得证书后从事金融工作满2年", ""),
    ]),
    ("三、会计系列", "会计系列", [
        (("ACCA Member", "特许公认会计师", "英国特许公认会计师公会 (The Association of Chartered Certified Accountants)", "会计师", ""),
         "须为正式会员且会籍有效", "需提供年度会籍证明"),
        (("Certified Management Accountant (CMA)", "美国注册管理会计师", "美国管理会计师协会 (Institute of Management Accountants)", "会计师", ""),
         "取得证书后从事会计工作满2年", "证书须在有效期内"),
    ]),
    ("四、审计系列", "审计系列", [
        (("Certified Internal Auditor (CIA)", "国际注册内部审计师", "国际内部审计师协会 (The Institute of Internal Auditors)", "审计师", ""),
         "取得证书后从事审计工作满2年", "证书须在有效期内"),
        (("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", "国际信息系统审计协会 (ISACA)", "审计师", ""),
         "取得证书后从事审计工作满2年", "证书须在有效期内"),
    ]),
)  # fmt: skip


def zhengzhou(tmp: Path) -> list[Made]:
    """Series by section rows (一、工程系列 …), 认定条件 and 备注 columns, landscape DOCX by LibreOffice."""
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "认定条件", "备注"]
    table: list[list[str]] = [header]
    sections: list[int] = []
    truth: list[Row] = []
    seq = 0
    for printed, series, entries in ZHENGZHOU_SECTIONS:
        sections.append(len(table))
        table.append([printed, "", "", "", "", "", ""])
        for (q, z, iss, t, _se), condition, note in entries:
            seq += 1
            table.append([str(seq), q, z, iss, t, condition, note])
            truth.append((str(seq), q, z, iss, t, series))
    lines = ["郑人社〔2025〕44号", "关于公布郑州市国际职业资格比照认定职称目录（2025年版）的通知",
             "各区县（市）人力资源和社会保障局，市直各单位，各有关企业：",
             "为贯彻落实国家中心城市人才集聚战略，进一步拓宽国际化专业技术人才职称评价渠道，经征求行业主管部门和专家意见，"
             "我局编制了《郑州市国际职业资格比照认定职称目录（2025年版）》，现予公布，自公布之日起施行。取得目录内国际职业资格"
             "并符合认定条件的专业技术人员，可申请比照认定相应系列的职称。",
             "申请人应如实提供证书及相关证明材料，对弄虚作假的，撤销其比照认定的职称，三年内不得申报职称评审。",
             "郑州市人力资源和社会保障局", "2025年6月30日", "附件", "郑州市国际职业资格比照认定职称目录（2025年版）"]  # fmt: skip
    widths = (1.0, 5.0, 3.6, 5.4, 1.8, 4.8, 4.0)
    src = make_unseen9.notice_docx(OUT / "zhengzhou-fenlei-libreoffice.docx", lines, table, widths,
                                   ["注：证书须在有效期内，会员资格以颁证单位官方查询结果为准。"], landscape=True)  # fmt: skip
    doc = open_docx(str(src))
    for row in sections:
        merge_across(doc.tables[0], row)
    _fit_grid(doc, [widths])
    doc.save(str(src))
    _pin_zip(src)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / "zhengzhou-fenlei-libreoffice.pdf")
    return _both("zhengzhou-fenlei-libreoffice", catalog_truth(truth))


# --- near-catalogs of my own choosing (kind 7) ----------------------------------------------------------


def guiyang(tmp: Path) -> list[Made]:
    """A 外国人来华工作许可 计点积分 list: international certificates with points (加分分值) where a catalog
    prints the 职称."""
    rows = [
        ("Cisco Certified Internetwork Expert (CCIE)", "思科认证互联网专家", "思科系统公司 (Cisco Systems, Inc.)", "10", "大数据"),
        ("AWS Certified Solutions Architect – Professional", "AWS认证解决方案架构师（专业级）", "亚马逊云科技 (Amazon Web Services)", "5", "大数据"),
        ("Certified Information Systems Security Professional (CISSP)", "注册信息系统安全专家", "国际信息系统安全认证联盟 ((ISC)²)", "10", "大数据"),
        ("Professional Software Developer Certification", "专业软件开发人员认证", "IEEE 计算机协会 (IEEE Computer Society)", "5", "大数据"),
        ("PE Electrical and Computer: Electrical and Electronics", "美国注册电气工程师", NCEES, "10", "新能源汽车"),
        ("Chartered Engineer (CEng)", "特许机械工程师", "英国机械工程师学会 (The Institution of Mechanical Engineers (IMechE))", "10", "先进装备制造"),
        ("Certified Welding Engineer", "注册焊接工程师", "美国焊接协会 (American Welding Society)", "5", "先进装备制造"),
        ("Certified Six Sigma Black Belt (CSSBB)", "六西格玛黑带", "美国质量协会 (American Society for Quality)", "5", "先进装备制造"),
        ("Project Management Professional (PMP)", "项目管理专业人士", "美国项目管理协会 (Project Management Institute)", "5", "现代服务业"),
        ("Chartered Financial Analyst (CFA)", "特许金融分析师", "美国特许金融分析师协会 (CFA Institute)", "15", "现代金融"),
        ("Financial Risk Manager (FRM)", "金融风险管理师", "全球风险管理专业人士协会 (Global Association of Risk Professionals)", "10", "现代金融"),
        ("Fellow of the Society of Actuaries (FSA)", "北美精算师", "北美精算师协会 (Society of Actuaries)", "15", "现代金融"),
        ("Licensed Pharmacist", "执业药师", "美国国家药房联合会 (The National Association of Boards of Pharmacy)", "5", "生物医药"),
        ("Certified Food Scientist (CFS)", "注册食品科学家", "美国食品工艺学家学会 (Institute of Food Technologists)", "5", "生态特色食品"),
    ]  # fmt: skip
    header = ["序号", "职业资格名称", "译名", "颁证单位", "加分分值", "所属领域"]
    lines = ["筑科通〔2025〕21号", "关于印发《贵阳市外国人来华工作许可计点积分国际职业资格证书加分目录》的通知",
             "各区（市、县）科技主管部门，各有关用人单位：",
             "为吸引我市大数据、先进装备制造、现代金融等重点产业急需的外籍专业人才，根据《外国人来华工作分类标准（试行）》"
             "和外国人来华工作许可计点积分有关规定，我局制定了《贵阳市外国人来华工作许可计点积分国际职业资格证书加分目录》，"
             "现印发给你们。申请外国人来华工作许可的外籍人员持有目录内证书的，按目录所列分值在计点积分中另行加分，同一申请人"
             "持有多个证书的，按最高分值计算一项，不累加。",
             "本目录自印发之日起施行，由贵阳市科学技术局负责解释。",
             "贵阳市科学技术局", "2025年5月19日", "附件", "贵阳市外国人来华工作许可计点积分国际职业资格证书加分目录"]  # fmt: skip
    after = ["注：证书须在有效期内，并经中国驻外使（领）馆认证或附公证的中文译本。"]
    _page("guiyang-jiafen", lines, header, _numbered(rows), tmp, after)
    return _made("guiyang-jiafen", "a 外国人来华工作许可 计点积分 list of certificates (加分分值, 所属领域): points "
                 "for a work permit, no 职称", "guiyang-jiafen-chromium")  # fmt: skip


CHENGDU = [  # certificate, Chinese name, issuer, country, level, series
    ("Member (MRICS)", "英国皇家特许测量师学会会员", "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)", "英国", "中级", "工程系列"),
    ("Fellow (FRICS)", "英国皇家特许测量师学会资深会员", "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)", "英国", "副高级", "工程系列"),
    ("Chartered Member (MCIOB)", "英国皇家特许建造学会特许会员", "英国皇家特许建造学会 (Chartered Institute of Building)", "英国", "中级", "工程系列"),
    ("Chartered Engineer (CEng)", "英国特许工程师", "英国工程委员会 (Engineering Council)", "英国", "中级", "工程系列"),
    ("Professional Engineer (P.Eng.)", "加拿大安大略省注册专业工程师", "安大略省专业工程师协会 (Professional Engineers Ontario)", "加拿大", "中级", "工程系列"),
    ("Chartered Professional Engineer (CPEng)", "澳大利亚特许专业工程师", "澳大利亚工程师协会 (Engineers Australia)", "澳大利亚", "中级", "工程系列"),
    ("PE Civil Structural", "美国注册土木结构工程师", NCEES, "美国", "中级", "工程系列"),
    ("LEED AP Building Design + Construction (LEED AP BD+C)", "LEED绿色建筑认证专家（设计与施工）", "美国绿色建筑委员会 (U.S. Green Building Council)", "美国", "初级", "工程系列"),
    ("Certified Welding Inspector (CWI)", "注册焊接检验师", "美国焊接协会 (American Welding Society)", "美国", "初级", "工程系列"),
    ("Project Management Professional (PMP)", "项目管理专业人士", "美国项目管理协会 (Project Management Institute)", "美国", "中级", "经济系列"),
    ("Chartered Financial Analyst (CFA)", "特许金融分析师", "美国特许金融分析师协会 (CFA Institute)", "美国", "中级", "经济系列"),
    ("Fellow of the Institute and Faculty of Actuaries (FIA)", "英国精算师协会正式会员", "英国精算师协会 (Institute and Faculty of Actuaries)", "英国", "副高级", "经济系列"),
    ("Member (ACCA)", "特许公认会计师", "英国特许公认会计师公会 (The Association of Chartered Certified Accountants)", "英国", "中级", "会计系列"),
    ("Fellow (FCCA)", "特许公认会计师公会资深会员", "英国特许公认会计师公会 (The Association of Chartered Certified Accountants)", "英国", "副高级", "会计系列"),
    ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", "澳洲会计师公会 (CPA Australia)", "澳大利亚", "中级", "会计系列"),
]  # fmt: skip


def chengdu(tmp: Path) -> list[Made]:
    """A 自贸试验区 境外职业资格证书认可清单 whose column 可比照职称层级 gives the level of 职称 (中级 /
    副高级 / 初级) holders are 比照认定: judged a catalog, its rows published with the level as title."""
    header = ["序号", "证书名称", "中文译名", "发证机构", "国家（地区）", "可比照职称层级", "所属系列"]
    lines = ["成人社发〔2025〕19号",
             "关于印发《中国（四川）自由贸易试验区成都区域境外职业资格证书认可清单（第一批）》的通知",
             "四川天府新区、成都高新区、青白江区人力资源和社会保障部门，各有关单位：",
             "为推进自由贸易试验区人才制度创新，畅通境外专业人才职称评价渠道，经市人力资源和社会保障局会同有关行业主管部门"
             "研究，现将《中国（四川）自由贸易试验区成都区域境外职业资格证书认可清单（第一批）》印发给你们。",
             "在自由贸易试验区成都区域内用人单位从事专业技术工作、取得清单内境外职业资格证书的人员，可按清单所列可比照职称"
             "层级，申请比照认定所属系列相应层级的职称：可比照初级、中级的，经审核后直接认定；可比照副高级的，经相应系列高级"
             "职称评审委员会评议后认定。比照认定的职称与评审取得的职称具有同等效力。",
             "成都市人力资源和社会保障局", "2025年7月2日",
             "附件", "中国（四川）自由贸易试验区成都区域境外职业资格证书认可清单（第一批）"]  # fmt: skip
    body = [[str(i), *row] for i, row in enumerate(CHENGDU, start=1)]
    _docx("chengdu-qingdan-libreoffice", lines, [header, *body], (0.9, 3.6, 3.0, 4.4, 1.4, 1.6, 1.6), tmp)
    truth = catalog_truth([(str(i), q, z, iss, level, se)
                           for i, (q, z, iss, _country, level, se) in enumerate(CHENGDU, start=1)])  # fmt: skip
    return _both("chengdu-qingdan-libreoffice", truth)


def dalian(tmp: Path) -> list[Made]:
    """A catalog published as a 征求意见稿 (draft for public comment): the table is a catalog's in every
    way, but the notice says the draft is no ground for 比照认定."""
    rows = make_unseen9.numbered(pick(W, 2, 3, 11, 15, 18, 20, 22, 23, 31, 35, 42, 45, 47, 49, 52, 55))
    lines = ["大人社公告〔2025〕7号",
             "关于公开征求《大连市国际职业资格比照认定职称目录（第一批）（征求意见稿）》意见的公告",
             "为进一步畅通国际化人才职称评价渠道，服务我市绿色石化、高端装备和港口航运产业发展，我局起草了《大连市国际职业"
             "资格比照认定职称目录（第一批）（征求意见稿）》，现向社会公开征求意见。",
             "公众可于2025年8月20日前，通过电子邮件（dlrsjzcc@dl.gov.cn）或信函（请在信封上注明“目录意见”字样）提出意见"
             "建议。征求意见稿仅供征求意见使用，不作为比照认定依据，正式目录以我局印发的文件为准。",
             "附件：大连市国际职业资格比照认定职称目录（第一批）（征求意见稿）",
             "大连市人力资源和社会保障局", "2025年7月21日",
             "附件", "大连市国际职业资格比照认定职称目录（第一批）（征求意见稿）"]  # fmt: skip
    _page("dalian-zhengqiu", lines, CATALOG_HEADER, rows, tmp)
    return _made("dalian-zhengqiu", "a catalog published as a 征求意见稿 (draft for public comment, 不作为比照认定依据): "
                 "nothing in it is in force", "dalian-zhengqiu-chromium")  # fmt: skip


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    luoyang, xuchang, baoji, xianyang, lanzhou, xining, nansha, zhengzhou, guiyang, chengdu, dalian,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
