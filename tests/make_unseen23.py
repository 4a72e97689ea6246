"""Regenerate tests/fixtures/unseen23: a fourteenth blind probe round, of catalog structures.

    .venv/bin/python tests/make_unseen23.py              # every document
    .venv/bin/python tests/make_unseen23.py zunyi        # only these

Whole notices (文号, title, addressees, intro, annex title, the table, closing words, bureau, date) in
cities no earlier round used (湛江, 临沂, 遵义, 南阳, 新乡, 揭阳, 榆林, 益阳, 天水), each a catalog whose
table is built in a way bureaus print it; every body and qualification real (rows of the bundled notices
come by `pick`). Every one is a catalog: published exactly as its truth, or held back loudly.

    zhanjiang-fenduan-libreoffice.docx/.pdf  序号 restarting at 1 under each section row (一、工程系列 …
                                二、经济系列 … 三、会计系列, merged across) in ONE table, no series column.
                                Truth: seq as printed (1-6, 1-3, 1-3), series = the section's name.
    linyi-zibianhao.html / -chromium.pdf     sub-numbered rows 1, 1.1, 1.2, 1.3, 2, 3, 3.1 …: a parent row
                                names the qualification family and its body with no 对应职称, its levels
                                follow as 1.1 … each printed whole. Truth: the rows with a 对应职称 (the
                                levels and the single qualifications), seq as printed ("1.1").
    zunyi-hebing-libreoffice.docx/.pdf       one qualification with several levels in rows sharing a
                                vertically merged 序号, 职业资格名称 and 颁证单位 (vMerge); a 等级 column and
                                a 译名, 对应职称 of each level's own. Truth: one row per level carrying the
                                merged cells' text (序号 repeated).
    nanyang-liangji.html / -chromium.pdf     对应职称 cells naming two or three titles by level in one cell
                                ("Level 2：助理工程师；Level 3：工程师", "初级：助理工程师 / 中级：工程师").
                                Truth: the cell text as printed.
    xinxiang-liexu-libreoffice.docx/.pdf     columns in another order with other heading words: 序号 | 发证
                                机构 | 证书名称 | 译名 | 职称系列 | 可认定职称.
    jieyang-heji.html / -chromium.pdf        a 合计 row (合计：共 24 项) and a notes row (注：1. …；2. …；3. …)
                                across all columns at the table's end. Truth: the 24 rows.
    yulin-changbiao.html / -chromium.pdf     a long catalog (81 rows, with a 备注 column) printed by Chromium
                                over more than 3 pages, its <thead> repeated on every page, a tall row split
                                by a page break.
    yiyang-yiming-libreoffice.docx/.pdf      a 译名 left empty on some rows, printed "—" on others and "/"
                                on others. Truth: as printed ("", "—", "/").
    tianshui-fenxiang-libreoffice.docx/.pdf  sub-numbered 1-1, 1-2 …: a parent row of 序号 and the
                                qualification family merged across the other columns, then its levels.

DOCX by python-docx (make_unseen9.notice_docx, grid widths as make_unseen22._fit_grid, zip dates pinned),
printed by LibreOffice; pages printed by Chromium; every print pinned and packed (tests/make_producers.py
pack_pinned, qpdf). Beside each document, <stem>.truth.json, written before the pipeline ever read the
document: {"header", "rows"} as tests/make_unseen9.py writes it, plus "why" where the published form is
debatable (what is expected and why).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import make_unseen21  # noqa: E402
import make_unseen22  # noqa: E402
from docx import Document as open_docx  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import (  # noqa: E402
    CSS,
    Made,
    Row,
    T,
    W,
    catalog_truth,
    html_page,
    html_table,
    merge_across,
    merge_down,
    pick,
    th_row,
)
from make_unseen19 import _pin_zip  # noqa: E402
from make_unseen21 import _page  # noqa: E402
from make_unseen22 import CATALOG_HEADER, _both, _docx, _fit_grid  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen23"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
make_unseen21.OUT = OUT  # _page
make_unseen22.OUT = OUT  # _docx (importing make_unseen22 had pointed them at unseen22)

RICS = "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)"
NCEES = "美国国家勘察设计考试者理事会 (National Council of Examiners for Engineering and Surveying)"
IMECHE = "英国机械工程师学会 (The Institution of Mechanical Engineers (IMechE))"
AWS = "美国焊接协会 (American Welding Society)"
NACE = "美国腐蚀工程师学会 (NACE International)"
ASNT = "美国无损检测学会 (American Society for Nondestructive Testing)"
ISTQB = "国际软件测试认证委员会 (International Software Testing Qualifications Board)"
IPMA = "国际项目管理协会 (International Project Management Association)"
PMI = "美国项目管理协会 (Project Management Institute)"
CFA = "美国特许金融分析师协会 (CFA Institute)"
GARP = "全球风险管理专业人士协会 (Global Association of Risk Professionals)"
ACCA = "英国特许公认会计师公会 (The Association of Chartered Certified Accountants)"
CIMA = "英国皇家特许管理会计师公会 (Chartered Institute of Management Accountants)"
IMA = "美国管理会计师协会 (Institute of Management Accountants)"
CPAA = "澳洲会计师公会 (CPA Australia)"
IIA = "国际内部审计师协会 (The Institute of Internal Auditors)"
ISACA = "国际信息系统审计协会 (ISACA)"
CIOB = "英国皇家特许建造学会 (Chartered Institute of Building)"
ISTRUCTE = "英国结构工程师学会 (The Institution of Structural Engineers)"
ICHEME = "英国化学工程师学会 (Institution of Chemical Engineers)"
SOA = "北美精算师协会 (Society of Actuaries)"
ICE = "英国土木工程师学会 (Institution of Civil Engineers)"

ENG, ECO, ACC, AUD = "工程系列", "经济系列", "会计系列", "审计系列"


def _docx_merged(stem: str, lines: Sequence[str], table: Sequence[Sequence[str]], widths: Sequence[float],
                 tmp: Path, after: Sequence[str] = (), down: Sequence[tuple[int, int, int]] = (),
                 across: Sequence[int] = (), across_from: Sequence[tuple[int, int]] = ()) -> None:  # fmt: skip
    """make_unseen22._docx with merged cells: `down` (column, first row, last row) by merge_down,
    `across` whole rows by merge_across, `across_from` (row, column) from that column to the last."""
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, table, widths, after)
    doc = open_docx(str(src))
    grid = doc.tables[0]
    for column, first, last in down:
        merge_down(grid, column, first, last)
    for row in across:
        merge_across(grid, row)
    for row, column in across_from:
        cells = grid.rows[row].cells
        text = cells[column].text
        merged = cells[column].merge(cells[-1])
        merged.text = text
        for paragraph in merged.paragraphs[1:]:
            paragraph._element.getparent().remove(paragraph._element)
    _fit_grid(doc, [widths])
    doc.save(str(src))
    _pin_zip(src)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _html_doc(stem: str, lines: Sequence[str], table: str, tmp: Path, after: Sequence[str] = (), css: str = CSS) -> None:
    """A web page of the notice's lines, a table given as markup and the lines after it; its Chromium print."""
    tail = "".join(f"<p>{html.escape(line)}</p>\n" for line in after)
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, [table, tail], css), encoding="utf-8")
    chromium_pinned(src, OUT / f"{stem}-chromium.pdf", tmp)


def _tr(cells: Sequence[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>\n"


def _truth(rows: Sequence[Row], why: str = "") -> dict:
    truth = catalog_truth(rows)
    if why:
        truth["why"] = why
    return truth


# --- 1. 序号 restarting under each section row ----------------------------------------------------

ZHANJIANG: tuple[tuple[str, str, list[Row]], ...] = (
    ("一、工程系列", ENG, [r[:4] for r in pick(W, 9, 19, 24, 25, 32, 50)]),
    ("二、经济系列", ECO, [
        ("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师"),
        ("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师"),
        ("Financial Risk Manager (FRM)", "金融风险管理师", GARP, "经济师"),
    ]),
    ("三、会计系列", ACC, [
        ("ACCA Member", "特许公认会计师", ACCA, "会计师"),
        ("Chartered Global Management Accountant (CGMA)", "全球特许管理会计师", CIMA, "会计师"),
        ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", CPAA, "会计师"),
    ]),
)  # fmt: skip


def zhanjiang(tmp: Path) -> list[Made]:
    """One table, three section rows merged across, 序号 from 1 again under each; no series column."""
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称"]
    table: list[list[str]] = [header]
    sections: list[int] = []
    truth: list[Row] = []
    for printed, series, rows in ZHANJIANG:
        sections.append(len(table))
        table.append([printed, "", "", "", ""])
        for i, (q, z, iss, t) in enumerate(rows, start=1):
            table.append([str(i), q, z, iss, t])
            truth.append((str(i), q, z, iss, t, series))
    lines = ["湛人社〔2025〕29号", "关于印发《湛江市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市临港产业和现代海洋经济发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅"
             "关于开展国际职业资格比照认定职称工作的有关要求，我局研究制定了《湛江市国际职业资格比照认定职称目录（第一批）》，"
             "现印发给你们，请认真贯彻执行。",
             "在我市用人单位从事专业技术工作、取得目录内国际职业资格的人员，可按目录所列系列和层级申请比照认定相应职称。"
             "比照认定的职称与评审取得的职称具有同等效力。",
             "湛江市人力资源和社会保障局", "2025年8月12日", "附件", "湛江市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    widths = (1.0, 5.2, 3.4, 5.6, 2.0)
    _docx_merged("zhanjiang-fenduan-libreoffice", lines, table, widths, tmp,
                 ["注：证书须在有效期内。"], across=sections)  # fmt: skip
    why = ("序号 restarts at 1 under each section row of one table, as printed (工程 1-6, 经济 1-3, 会计 1-3); "
           "the series is the section's name without its ordinal. The same 序号 printed three times is no "
           "duplicate: each section is its own numbering (published as parts, or held back, never merged).")
    return _both("zhanjiang-fenduan-libreoffice", _truth(truth, why))


# --- 2. sub-numbered rows 1, 1.1, 1.2 (HTML) ---------------------------------------------------------

LINYI: list[tuple[str, str, str, str, str, str]] = [  # seq, qualification, 译名, issuer, title ("" = a parent), series
    ("1", "RICS Professional Membership", "英国皇家特许测量师学会会员资格", RICS, "", ENG),
    ("1.1", "Associate (AssocRICS)", "技术会员", RICS, "助理工程师", ENG),
    ("1.2", "Member (MRICS)", "专业会员", RICS, "工程师", ENG),
    ("1.3", "Fellow (FRICS)", "资深会员", RICS, "高级工程师", ENG),
    ("2", "PE Civil Structural", "美国注册土木结构工程师", NCEES, "工程师", ENG),
    ("3", "Professional Registration", "英国机械工程师学会注册工程师", IMECHE, "", ENG),
    ("3.1", "Incorporated Engineer (IEng)", "注册机械工程师", IMECHE, "助理工程师", ENG),
    ("3.2", "Chartered Engineer (CEng)", "特许机械工程师", IMECHE, "工程师", ENG),
    ("4", "Certified Welding Inspector", "注册焊接检验师", AWS, "工程师", ENG),
    ("5", "IPMA Four-Level Certification", "国际项目管理专业资质认证", IPMA, "", ECO),
    ("5.1", "IPMA Level D (Certified Project Management Associate)", "助理项目经理", IPMA, "助理经济师", ECO),
    ("5.2", "IPMA Level C (Certified Project Manager)", "项目经理", IPMA, "经济师", ECO),
    ("5.3", "IPMA Level B (Certified Senior Project Manager)", "高级项目经理", IPMA, "高级经济师", ECO),
    ("6", "Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师", ECO),
    ("7", "ACCA Membership", "特许公认会计师公会会员资格", ACCA, "", ACC),
    ("7.1", "Member (ACCA)", "特许公认会计师", ACCA, "会计师", ACC),
    ("7.2", "Fellow (FCCA)", "资深特许公认会计师", ACCA, "高级会计师", ACC),
]  # fmt: skip


def linyi(tmp: Path) -> list[Made]:
    """序号 1, 1.1, 1.2 …: a parent row per qualification family (no 对应职称), its levels numbered under it."""
    lines = ["临人社发〔2025〕33号", "关于公布临沂市国际职业资格比照认定职称目录（第一批）的通知",
             "各县区人力资源和社会保障局，市直各部门、单位，各有关企业：",
             "为深入实施人才兴市战略，拓宽国际化人才职称评价渠道，经征求行业主管部门和专家意见，现将《临沂市国际职业资格"
             "比照认定职称目录（第一批）》予以公布，自公布之日起施行。",
             "目录中分级列出的职业资格，按申请人取得的级别比照认定对应职称；未分级列出的，按目录所列对应职称认定。",
             "临沂市人力资源和社会保障局", "2025年9月3日", "附件", "临沂市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _page("linyi-zibianhao", lines, CATALOG_HEADER, [list(r) for r in LINYI], tmp)
    truth = [r for r in LINYI if r[4]]
    why = ("a parent row (1, 3, 5, 7) names a qualification family and its body and prints no 对应职称: it is a "
           "heading, not an entry. Its levels, numbered 1.1, 1.2 …, are printed whole and are the entries, seq "
           "as printed ('1.1'); rows 2, 4, 6 are single qualifications. Expected: the 13 rows with a 对应职称, "
           "or the notice held back (a parent row without a title, or 序号 not a run of integers).")
    return _both("linyi-zibianhao", _truth(truth, why), "linyi-zibianhao-chromium")


# --- 3. levels sharing merged 序号, 职业资格名称 and 颁证单位 (DOCX, vMerge) ---------------------------

ZUNYI: list[tuple[str, str, list[tuple[str, str, str]], str]] = [  # qualification, issuer, [(等级, 译名, 对应职称)], series
    ("Coating Inspector Program (CIP)", NACE, [("Level 2", "二级涂装检验师", "助理工程师"), ("Level 3", "三级涂装检验师", "工程师")], ENG),
    ("ASNT Central Certification Program (ACCP)", ASNT, [("Level II", "二级无损检测人员", "助理工程师"), ("Level III", "三级无损检测人员", "工程师")], ENG),
    ("Chartered Engineer (CEng)", IMECHE, [("—", "特许机械工程师", "工程师")], ENG),
    ("ISTQB Certified Tester", ISTQB, [("Foundation Level", "基础级软件测试工程师", "助理工程师"), ("Advanced Level", "高级软件测试工程师", "工程师")], ENG),
    ("IPMA Certification", IPMA, [("Level D", "助理项目经理", "助理经济师"), ("Level C", "项目经理", "经济师"), ("Level B", "高级项目经理", "高级经济师")], ECO),
    ("Chartered Financial Analyst (CFA)", CFA, [("—", "特许金融分析师", "经济师")], ECO),
]  # fmt: skip


def zunyi(tmp: Path) -> list[Made]:
    """A qualification's levels in rows sharing vertically merged 序号, 职业资格名称 and 颁证单位 cells."""
    header = ["序号", "职业资格名称", "等级", "译名", "颁证单位", "对应职称", "所属系列"]
    table: list[list[str]] = [header]
    down: list[tuple[int, int, int]] = []
    truth: list[Row] = []
    for i, (q, iss, levels, series) in enumerate(ZUNYI, start=1):
        first = len(table)
        for level, z, t in levels:
            table.append([str(i), q, level, z, iss, t, series])
            truth.append((str(i), q, z, iss, t, series))
        if len(levels) > 1:
            down += [(column, first, len(table) - 1) for column in (0, 1, 4)]
    lines = ["遵人社通〔2025〕58号", "关于印发《遵义市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，新蒲新区、综保区社会事务局，市直各单位，各有关企业：",
             "为加快建设区域人才高地，进一步畅通国际化人才职称评价渠道，根据省人力资源和社会保障厅有关要求，我局研究制定了"
             "《遵义市国际职业资格比照认定职称目录（第一批）》，现印发给你们。",
             "目录所列职业资格分等级的，按申请人取得的等级比照认定对应职称，不得跨级认定。",
             "遵义市人力资源和社会保障局", "2025年6月18日", "附件", "遵义市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    widths = (1.0, 3.8, 2.0, 3.0, 4.6, 1.8, 1.8)
    _docx_merged("zunyi-hebing-libreoffice", lines, table, widths, tmp, down=down)
    why = ("each level is its own row with its own 等级, 译名 and 对应职称, under 序号, 职业资格名称 and 颁证单位 "
           "cells merged down over the qualification's levels (vMerge): each level row carries the merged "
           "cells' text, so 序号 repeats (1, 1, 2, 2, 3, 4, 4, 5, 5, 5, 6). The 等级 column has no canonical name "
           "(expected in extra, 等级=Level 2). Expected: the 14 rows, or the notice held back (序号 printed twice), "
           "never a level lost or a merged cell's text on the first level only.")
    return _both("zunyi-hebing-libreoffice", _truth(truth, why))


# --- 4. two titles by level in one 对应职称 cell (HTML) ---------------------------------------------

NANYANG: list[Row] = [
    ("Coating Inspector Program (CIP)", "涂装检验师", NACE, "Level 2：助理工程师；Level 3：工程师", ENG),
    ("PE Civil Structural", "美国注册土木结构工程师", NCEES, "工程师", ENG),
    ("ASNT Central Certification Program (ACCP)", "无损检测人员", ASNT, "Level II：助理工程师；Level III：工程师", ENG),
    ("Member (MRICS)", "专业会员", RICS, "工程师", ENG),
    ("ISTQB Certified Tester", "软件测试工程师", ISTQB, "初级：助理工程师 / 中级：工程师", ENG),
    ("Certified Welding Inspector", "注册焊接检验师", AWS, "工程师", ENG),
    ("IPMA Certification", "国际项目管理专业资质认证", IPMA, "D级：助理经济师；C级：经济师；B级：高级经济师", ECO),
    ("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师", ECO),
    ("Financial Risk Manager (FRM)", "金融风险管理师", GARP, "经济师", ECO),
    ("ACCA Member", "特许公认会计师", ACCA, "会计师", ACC),
    ("Certified Management Accountant (CMA)", "美国注册管理会计师", IMA, "会计师", ACC),
]  # fmt: skip


def nanyang(tmp: Path) -> list[Made]:
    """对应职称 cells naming two or three titles by level ("Level 2：助理工程师；Level 3：工程师")."""
    lines = ["宛人社〔2025〕41号", "关于印发《南阳市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县市区人力资源和社会保障局，市直各单位，各有关企业：",
             "为贯彻落实人才强市战略，进一步畅通国际化人才职称评价渠道，经研究，现将《南阳市国际职业资格比照认定职称目录"
             "（第一批）》印发给你们，自印发之日起施行。",
             "目录中对应职称按等级列出的，按申请人取得的证书等级比照认定相应职称。",
             "南阳市人力资源和社会保障局", "2025年7月28日", "附件", "南阳市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    rows = make_unseen9.numbered(NANYANG)
    _page("nanyang-liangji", lines, CATALOG_HEADER, rows, tmp)
    why = ("rows 1, 3, 5 and 7 print two or three titles by level in one 对应职称 cell; the truth is the cell text "
           "as printed. That text is no single 职称: expected is the notice held back with that reason (a "
           "title that is not a recognized 职称), or each level published as its own row, which a steward "
           "would have to accept; never one of the titles published alone, nor the cell's text as a 职称 "
           "without a word.")
    return _both("nanyang-liangji", _truth(rows, why), "nanyang-liangji-chromium")


# --- 5. columns in another order, other heading words (DOCX) ----------------------------------------


def xinxiang(tmp: Path) -> list[Made]:
    """序号 | 发证机构 | 证书名称 | 译名 | 职称系列 | 可认定职称."""
    rows = make_unseen9.numbered(pick(W, 4, 10, 18, 23, 27, 37, 46, 56, 60) + [
        ("Certified Internal Auditor (CIA)", "国际注册内部审计师", IIA, "审计师", AUD),
        ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", ISACA, "审计师", AUD),
    ])  # fmt: skip
    header = ["序号", "发证机构", "证书名称", "译名", "职称系列", "可认定职称"]
    body = [[s, iss, q, z, se, t] for s, q, z, iss, t, se in rows]
    lines = ["新人社〔2025〕26号", "关于印发《新乡市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为加快构建与国际接轨的人才评价体系，服务我市先进制造业和现代服务业发展，我局研究制定了《新乡市国际职业资格"
             "比照认定职称目录（第一批）》，现印发给你们，请遵照执行。",
             "新乡市人力资源和社会保障局", "2025年5月9日", "附件", "新乡市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("xinxiang-liexu-libreoffice", lines, [header, *body], (1.0, 5.0, 4.6, 3.4, 1.8, 1.8), tmp)
    return _both("xinxiang-liexu-libreoffice", _truth(rows))


# --- 6. a 合计 row and a notes row across the table (HTML) -------------------------------------------

JIEYANG_NOTE = ("注：1. 证书须在有效期内，会员资格以颁证单位官方查询结果为准；2. 同一申请人持有多个证书的，按其中最高"
                "对应职称认定，不累加；3. 本目录由揭阳市人力资源和社会保障局负责解释。")


def jieyang(tmp: Path) -> list[Made]:
    """24 rows, then 合计：共 24 项 and 注：1. …；2. …；3. … each in one cell across all columns."""
    rows = make_unseen9.numbered(pick(W, 1, 2, 5, 9, 11, 13, 16, 19, 20, 22, 24, 26, 31, 35, 38, 42, 47, 49, 52, 55,
                                      56, 58) + pick(T, 6, 17))  # fmt: skip
    furniture = (f"<tr><td colspan='6'>合计：共 {len(rows)} 项</td></tr>\n"
                 f"<tr><td colspan='6' style='text-align:left'>{html.escape(JIEYANG_NOTE)}</td></tr>\n")  # fmt: skip
    table = html_table(th_row(CATALOG_HEADER), rows).replace("</tbody>", furniture + "</tbody>")
    lines = ["揭市人社〔2025〕17号", "关于公布揭阳市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为进一步拓宽国际化人才职称评价渠道，服务我市石化、装备制造和生物医药产业发展，现将《揭阳市国际职业资格比照"
             "认定职称目录（第一批）》予以公布，自公布之日起施行。",
             "揭阳市人力资源和社会保障局", "2025年10月10日", "附件", "揭阳市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _html_doc("jieyang-heji", lines, table, tmp)
    why = ("the 合计 row (合计：共 24 项) and the notes row (注：1. …；2. …；3. …), each one cell across all six "
           "columns inside the table's body, are furniture: neither is an entry nor part of row 24's cells.")
    return _both("jieyang-heji", _truth(rows, why), "jieyang-heji-chromium")


# --- 7. a long page over several printed pages (HTML) ------------------------------------------------

YULIN_NOTES = {
    12: "须同时满足：1. 持有有效执照；2. 取得证书后在我市从事土木工程设计、施工或咨询工作满2年；3. 近3年主持或参与完成"
        "至少1项中型以上工程项目；4. 提交所在单位出具的工作业绩证明及项目竣工验收材料复印件。",
    24: "须同时满足：1. 为英国机械工程师学会正式注册会员；2. 取得证书后从事机械设计、制造或设备管理工作满2年；3. 提交"
        "英国工程委员会注册证明及会籍有效证明；4. 提交近3年专业技术工作总结。",
    37: "须同时满足：1. 证书在有效期内；2. 取得证书后从事冶金、材料或热处理工作满2年；3. 提交颁证单位出具的证书真伪"
        "查询结果；4. 提交近3年专业技术工作总结及所在单位推荐意见。",
    49: "须同时满足：1. 证书在有效期内（AMPP换发的同级证书同样认定）；2. 取得证书后从事防腐涂装检验工作满2年；3. 提交"
        "颁证单位出具的证书查询结果；4. 提交所在单位出具的工作业绩证明。",
    63: "须同时满足：1. 证书在有效期内；2. 取得证书后从事医药研发、临床研究或质量管理工作满2年；3. 提交颁证单位出具的证书"
        "真伪查询结果；4. 提交所在单位出具的工作业绩证明及推荐意见。",
    75: "须同时满足：1. 证书在有效期内；2. 取得证书后从事医学检验相关工作满2年；3. 提交颁证单位出具的证书查询结果；"
        "4. 提交所在单位出具的工作业绩证明。",
}  # fmt: skip


def yulin(tmp: Path) -> list[Made]:
    """81 rows and a 备注 column printed by Chromium over several pages, <thead> repeated, tall rows (long
    备注) of which one or more is cut by a page break."""
    rows = make_unseen9.numbered(pick(W, *range(1, 62)) + pick(T, *range(1, 21)))
    header = [*CATALOG_HEADER, "备注"]
    body = [[*row, YULIN_NOTES.get(int(row[0]), "")] for row in rows]
    lines = ["榆政人社发〔2025〕48号", "关于印发《榆林市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县（市、区）人力资源和社会保障局，市直各部门，各有关企业：",
             "为服务国家能源革命创新示范区建设，加快集聚国际化专业技术人才，根据省人力资源和社会保障厅关于国际职业资格比照"
             "认定职称的有关规定，结合我市产业发展需要，我局研究制定了《榆林市国际职业资格比照认定职称目录（第一批）》，现印发"
             "给你们，自印发之日起施行。",
             "取得目录内国际职业资格并符合备注所列条件的专业技术人员，可申请比照认定相应职称。",
             "榆林市人力资源和社会保障局", "2025年9月22日", "附件", "榆林市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    css = CSS + ("body{font-size:9.5pt}thead{display:table-header-group}tr{break-inside:auto}"
                 "th:nth-child(1){width:2.2em}th:nth-child(5),th:nth-child(6){width:5.6em}th:nth-child(7){width:20%}")
    _page("yulin-changbiao", lines, header, body, tmp, ["注：证书须在有效期内。"], css=css)
    why = ("81 rows printed over several pages with the <thead> repeated on each page (not a row), tall rows (a "
           "long 备注, expected in extra) split by a page break: each split row is one entry whose cells are "
           "the two pieces joined.")
    return _both("yulin-changbiao", _truth(rows, why), "yulin-changbiao-chromium")


# --- 8. 译名 empty, "—" or "/" (DOCX) ------------------------------------------------------------------


def yiyang(tmp: Path) -> list[Made]:
    """A 译名 left empty on some rows, printed "—" on others and "/" on others."""
    picked = pick(W, 3, 12, 18, 25, 28, 40, 47, 51) + pick(T, 34, 38, 41, 45) + pick(W, 58, 60)
    blank = {2: "", 5: "—", 7: "", 9: "/", 10: "/", 11: "—", 13: "", 14: "/"}  # by 序号
    rows = [(s, q, blank.get(int(s), z), iss, t, se) for s, q, z, iss, t, se in make_unseen9.numbered(picked)]
    lines = ["益人社发〔2025〕21号", "关于印发《益阳市国际职业资格比照认定职称目录（第一批）》的通知",
             "各区县（市）人力资源和社会保障局，市直各单位，各有关企业：",
             "为进一步畅通国际化人才职称评价渠道，我局研究制定了《益阳市国际职业资格比照认定职称目录（第一批）》，现印发给你们，"
             "请认真组织实施。目录中暂无通用中文译名的职业资格，以其原文名称为准。",
             "益阳市人力资源和社会保障局", "2025年4月16日", "附件", "益阳市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("yiyang-yiming-libreoffice", lines, [CATALOG_HEADER, *map(list, rows)], (1.0, 4.6, 3.2, 4.6, 1.8, 2.0), tmp)
    return _both("yiyang-yiming-libreoffice", _truth(rows))


# --- 9. sub-numbered 1-1, 1-2 under a parent row merged across (DOCX) -------------------------------

TIANSHUI: list[tuple[str, str, list[Row]]] = [  # parent 序号, parent text, levels (qualification, 译名, issuer, title, series)
    ("1", "英国皇家特许建造学会会员资格", [
        ("Incorporated Member (ICIOB)", "英国皇家特许建造学会正式会员", CIOB, "助理工程师", ENG),
        ("Chartered Member (MCIOB)", "英国皇家特许建造学会特许会员", CIOB, "工程师", ENG),
        ("Chartered Fellow (FCIOB)", "英国皇家特许建造学会资深会员", CIOB, "高级工程师", ENG)]),
    ("2", "英国结构工程师学会会员资格", [
        ("Associate-Member (AMIStructE)", "英国结构工程师学会准会员", ISTRUCTE, "助理工程师", ENG),
        ("Chartered Member (MIStructE)", "英国结构工程师学会特许会员", ISTRUCTE, "工程师", ENG),
        ("Fellow (FIStructE)", "英国结构工程师学会资深会员", ISTRUCTE, "高级工程师", ENG)]),
    ("3", "英国化学工程师学会会员资格", [
        ("Associate Member (AMIChemE)", "英国化学工程师学会准会员", ICHEME, "助理工程师", ENG),
        ("Chartered Member (MIChemE)", "英国化学工程师学会特许会员", ICHEME, "工程师", ENG)]),
    ("4", "英国土木工程师学会会员资格", [
        ("Member (MICE)", "英国土木工程师学会正式会员", ICE, "工程师", ENG),
        ("Fellow (FICE)", "英国土木工程师学会资深会员", ICE, "高级工程师", ENG)]),
    ("5", "北美精算师资格", [
        ("Associate of the Society of Actuaries (ASA)", "北美准精算师", SOA, "经济师", ECO),
        ("Fellow of the Society of Actuaries (FSA)", "北美正精算师", SOA, "高级经济师", ECO)]),
    ("6", "英国皇家特许管理会计师资格", [
        ("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", CIMA, "会计师", ACC),
        ("Fellow Chartered Management Accountant (FCMA)", "资深特许管理会计师", CIMA, "高级会计师", ACC)]),
]  # fmt: skip


def tianshui(tmp: Path) -> list[Made]:
    """序号 1-1, 1-2 …: a parent row (序号, then the family's name merged across the other columns), then
    its levels, each printed whole."""
    table: list[list[str]] = [CATALOG_HEADER]
    parents: list[int] = []
    truth: list[Row] = []
    for seq, name, levels in TIANSHUI:
        parents.append(len(table))
        table.append([seq, name, "", "", "", ""])
        for k, row in enumerate(levels, start=1):
            table.append([f"{seq}-{k}", *row])
            truth.append((f"{seq}-{k}", *row))
    lines = ["天人社发〔2025〕14号", "关于印发《天水市国际职业资格比照认定职称目录（第一批）》的通知",
             "各县区人力资源和社会保障局，市直各部门，各有关企业：",
             "为加快引进和培养国际化专业技术人才，根据省人力资源和社会保障厅关于国际职业资格比照认定职称的有关规定，我局研究"
             "制定了《天水市国际职业资格比照认定职称目录（第一批）》，现印发给你们。目录按职业资格分级列出，申请人按取得的级别"
             "比照认定对应职称。",
             "天水市人力资源和社会保障局", "2025年8月26日", "附件", "天水市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    widths = (1.2, 4.8, 3.6, 4.6, 1.8, 1.8)
    _docx_merged("tianshui-fenxiang-libreoffice", lines, table, widths, tmp,
                 across_from=[(r, 1) for r in parents])  # fmt: skip
    why = ("a parent row prints its 序号 (1 … 6) and the family's name in one cell merged across the other five "
           "columns (no body, no 对应职称): a heading, not an entry. Its levels are numbered 1-1, 1-2 … and printed "
           "whole; they are the entries, seq as printed ('1-1'). Expected: the 15 level rows, or the notice held "
           "back (序号 not a run of integers), never a parent row published.")
    return _both("tianshui-fenxiang-libreoffice", _truth(truth, why))


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    zhanjiang, linyi, zunyi, nanyang, xinxiang, jieyang, yulin, yiyang, tianshui,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
