"""Regenerate tests/fixtures/unseen31: a blind probe round of documents made by producers no earlier round used.

    /work/main/.venv/bin/python tests/make_unseen31.py              # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen31.py baise hechi  # only these (by city stem)

Whole notices (文号 with 〔2025〕, title with 第N批, addressees, intro, closing words, bureau, date, 附件, the catalog
title, a ruled table and the words under it) in cities no earlier round used (广西 百色, 河池, 贺州, 来宾, 崇左,
防城港, 贵港; 云南 保山, 昭通, 丽江, 普洱; 四川 广元, 内江), each written as a Word document by
python-docx (or a web page, or a spreadsheet by openpyxl) here and then handed to ONE producer this round tests:
AbiWord, Calligra Words, MuPDF (mutool clean), LibreOffice Draw editing a PDF, and Gnumeric (ssconvert) joined
by poppler's pdfunite. Every qualification, body, 对应职称 and 所属系列 is real: rows of
the two bundled notices (wuxi-2021-49, taizhou-2022-30) and the bodies of tests/make_unseen23.py, copied here.

Self-contained: it imports nothing of the project (python-docx, openpyxl and lxml from the venv; the producers as
programs). Apt packages: abiword, calligrawords, mupdf-tools, gnumeric, libreoffice-draw-nogui, xvfb, xauth,
and what earlier rounds had: libreoffice writer, chromium, poppler-utils, qpdf, fonts-noto-cjk.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen31"
PINNED_DATE = b"20250601090000"
PINNED_ISO = b"2025-06-01T09:00:00"
ZIP_DATE = (2025, 6, 1, 9, 0, 0)

Row = tuple[str, str, str, str, str]  # 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列 (序号 added by the layout)

# --- bodies (as the bundled notices and tests/make_unseen23.py print them) --------------------------------
NCEES = "美国国家勘察设计考试者理事会 (National Council of Examiners for Engineering and Surveying)"
IMECHE = "英国机械工程师学会 (The Institution of Mechanical Engineers (IMechE))"
AWS = "美国焊接协会 (American Welding Society)"
ASM = "美国材料信息协会 (ASM International)"
ASM_OLD = "美国材料信息协会 (American Society for Metals)"
IME = "机械工程师学会 (Institute of Mechanical Engineers (IME))"
EC = "加拿大工程师协会 (Engineers Canada)"
NACE = "美国腐蚀工程师学会 (NACE International)"
AICHE = "美国化学工程师协会 (American Institute of Chemical Engineers)"
SPE = "美国石油工程师协会 (Society of Petroleum Engineers)"
DIHK_LONG = "(德国工商大会, 简称 DIHK) Deutscher Industrie- und Handelskammertag"
DIHK = "DIHK"
ACRP = "美国临床研究专业协会 (Association of Clinical Research Professionals)"
ASCP = "美国临床病理学学会 (American Society for Clinical Pathology)"
RICS = "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)"
USGBC = "美国绿色建筑委员会 (U.S. Green Building Council)"
CIOB = "英国皇家特许建造学会 (Chartered Institute of Building)"
ISTRUCTE = "英国结构工程师学会 (The Institution of Structural Engineers)"
ICHEME = "英国化学工程师学会 (Institution of Chemical Engineers)"
ICE = "英国土木工程师学会 (Institution of Civil Engineers)"
PMI = "美国项目管理协会 (Project Management Institute)"
IPMA = "国际项目管理协会 (International Project Management Association)"
CFA = "美国特许金融分析师协会 (CFA Institute)"
GARP = "全球风险管理专业人士协会 (Global Association of Risk Professionals)"
SOA = "北美精算师协会 (Society of Actuaries)"
ACCA = "英国特许公认会计师公会 (The Association of Chartered Certified Accountants)"
CIMA = "英国皇家特许管理会计师公会 (Chartered Institute of Management Accountants)"
IMA = "美国管理会计师协会 (Institute of Management Accountants)"
CPAA = "澳洲会计师公会 (CPA Australia)"
IIA = "国际内部审计师协会 (The Institute of Internal Auditors)"
ISACA = "国际信息系统审计协会 (ISACA)"
JCCI = "日本商工会议所 (The Japan Chamber of Commerce and Industry)"
SDC = "英国染工和色彩协会 (Society of Dyers and Colourists)"
TI = "国际纺织学会 (Textile Institute)"
IFT = "美国食品工艺学家学会 (Institute of Food Technologists)"
IEEE_CS = "IEEE 计算机协会 (IEEE Computer Society)"
IEEE_COMSOC = "IEEE 通信协会 (IEEE Communications Society)"
ACM = "美国计算机学会 (Association of Computing Machinery)"

E, A, S = "工程师", "助理工程师", "高级工程师"

MECH: list[Row] = [
    ("Incorporated Engineer (IEng)", "注册机械工程师", IMECHE, A, "机械工程"),
    ("Chartered Engineer (CEng)", "特许机械工程师", IMECHE, E, "机械工程"),
    ("Certified Welding Inspector", "注册焊接检验师", AWS, E, "机械工程"),
    ("Certified Welding Educator", "注册焊接教师", AWS, E, "机械工程"),
    ("Certified Welding Engineer", "注册焊接工程师", AWS, E, "机械工程"),
    ("Welding Metallurgy Certificate", "焊接师", ASM_OLD, E, "机械工程"),
    ("Junior International Certified Mechanical Engineer (JICME)", "初级国际注册机械工程师", IME, A, "机械工程"),
    ("International Certified Mechanical Engineer (ICME)", "国际注册机械工程师", IME, E, "机械工程"),
    ("FE Mechanical", "美国基础机械工程师", NCEES, A, "机械工程"),
    ("PE Mechanical: HVAC and Refrigeration", "美国注册暖通空调与制冷工程师", NCEES, E, "机械工程"),
    ("PE Mechanical: Machine Design and Materials", "美国注册机械设计和材料工程师", NCEES, E, "机械工程"),
    ("PE Mechanical: Thermal and Fluids Systems", "美国注册热流体系统工程师", NCEES, E, "机械工程"),
    ("Mechanical Engineering", "加拿大机械工程师", EC, E, "机械工程"),
    ("Mechatronics Engineering", "加拿大机械电子工程师", EC, E, "机械工程"),
]
METAL: list[Row] = [
    ("Applied General Metallurgy", "通用冶金师", ASM, E, "冶金工程"),
    ("Ferrous Metallurgy", "黑色金属冶金师", ASM, E, "冶金工程"),
    ("Corrosion-Chemical & Elevated Temperature", "腐蚀化学剂和高温控制师", ASM, E, "冶金工程"),
    ("Heat Treating", "热处理技师", ASM, E, "冶金工程"),
    ("Non-Ferrous Metallurgy", "有色金属冶金师", ASM, E, "冶金工程"),
    ("Testing & Inspection", "测试和质检师", ASM, E, "冶金工程"),
    ("Thermal Spray", "热喷涂师", ASM, E, "冶金工程"),
    ("PE Metallurgical and Materials", "美国注册冶金与材料工程师", NCEES, E, "冶金工程"),
    ("CCPE Metallurgical Engineering", "加拿大冶金工程师", EC, E, "冶金工程"),
]
PETRO: list[Row] = [
    ("AIChE member", "美国化学工程师协会会员", AICHE, E, "石油化工工程"),
    ("MSPE", "美国石油工程师协会会员", SPE, E, "石油化工工程"),
    ("Petroleum Engineering Certification", "美国石油工程师协会石油工程认证", SPE, E, "石油化工工程"),
    ("NACE CIP2", "NACE 二级涂装检验师", NACE, A, "石油化工工程"),
    ("NACE CIP3", "NACE 三级涂装检验师", NACE, E, "石油化工工程"),
]
TEXTILE: list[Row] = [
    ("Associateship (ASDC)", "英国染工和色彩协会认证染色专家", SDC, A, "纺织工程"),
    ("Fellowship (FSDC)", "英国染工和色彩协会会员", SDC, E, "纺织工程"),
    ("Associateship (CText ATI)", "纺织学会准会员", TI, A, "纺织工程"),
    ("Fellowship (CText FTI)", "纺织学会会士", TI, E, "纺织工程"),
    ("Certified Food Scientist (CFS)", "注册食品科学家", IFT, E, "轻工工程"),
]
ELEC: list[Row] = [
    ("FE Electrical and Computer", "美国电子和计算机基础工程师", NCEES, A, "电子信息工程"),
    ("IEEE Wireless Communications Engineering Technologies Certification", "无线通信工程师认证", IEEE_COMSOC, A,
     "电子信息工程"),
    ("Associate Software Developer Certification", "中级软件开发人员认证", IEEE_CS, A, "电子信息工程"),
    ("Professional Software Developer Certification", "专业软件开发人员认证", IEEE_CS, E, "电子信息工程"),
    ("Professional Members", "专业会员", ACM, A, "电子信息工程"),
]
BUILD: list[Row] = [
    ("LEED AP Building Design + Construction (LEED AP BD+C)", "美国绿色建筑认证专家 (LEED 绿色建筑设计和施工)", USGBC, E,
     "建设工程"),
    ("LEED AP Operations + Maintenance (LEED AP O+M)", "美国绿色建筑认证专家 (LEED 绿色运行和维护)", USGBC, E, "建设工程"),
    ("Chartered Membership", "特许会员", "英国皇家特许建造协会 (Chartered Institute of Building)", E, "建设工程"),
    ("PE Civil Construction", "美国注册土木建设工程师", NCEES, E, "建设工程"),
    ("PE Civil Geotechnical", "美国注册岩土工程师", NCEES, E, "建设工程"),
    ("PE Civil Structural", "美国注册土木结构工程师", NCEES, E, "建设工程"),
    ("Building Engineering", "加拿大建造工程师", EC, E, "建设工程"),
    ("Structural Engineering", "加拿大结构工程师", EC, E, "建设工程"),
    ("Associate (AssocRICS)", "技术会员", RICS, A, "建设工程"),
    ("Member (MRICS)", "专业会员", RICS, E, "建设工程"),
    ("Associate-Member (AMIStructE)", "英国结构工程师学会准会员", ISTRUCTE, A, "建设工程"),
    ("Chartered Member (MIStructE)", "英国结构工程师学会特许会员", ISTRUCTE, E, "建设工程"),
    ("Member (MICE)", "英国土木工程师学会正式会员", ICE, E, "建设工程"),
    ("Fellow (FICE)", "英国土木工程师学会资深会员", ICE, S, "建设工程"),
    ("Incorporated Member (ICIOB)", "英国皇家特许建造学会正式会员", CIOB, A, "建设工程"),
    ("Chartered Fellow (FCIOB)", "英国皇家特许建造学会资深会员", CIOB, S, "建设工程"),
]
PHARMA: list[Row] = [
    ("ACRP-PM (ACRP Project Manager)", "ACRP 认证项目管理专业人员", ACRP, E, "医药工程"),
    ("ACRP-MDP (ACRP Medical Device Professional)", "ACRP 认证医疗器械专业人员", ACRP, E, "医药工程"),
    ("Certified Clinical Research Associate", "注册临床研究助理", ACRP, E, "医药工程"),
    ("ACRP-CP (ACRP Certified Professional)", "ACRP 认证临床专业人员", ACRP, A, "医药工程"),
    ("Certified Clinical Research Coordinator", "注册临床研究协调员", ACRP, A, "医药工程"),
    ("Licensed Pharmacist", "执业药师", "美国国家药房联合会 (The National Association of Boards of Pharmacy)", E, "医药工程"),
    ("Diplomate of Certified Toxicologist", "认证毒理学专业人员", "美国毒理委员会 (American Board of Toxicology)", E, "医药工程"),
    ("International Technologist in Chemistry (ASCP)", "国际化学技术员", ASCP, A, "医药工程"),
    ("International Technologist in Molecular Biology, MIB (ASCP)", "国际生物分子学技师", ASCP, A, "医药工程"),
    ("International Medical Technologist, MT (ASCP)", "国际医学技术员", ASCP, A, "医药工程"),
    ("International Medical Laboratory Technician, MLT (ASCP)", "国际医学检验技师", ASCP, A, "医药工程"),
    ("Certified Clinical Data Manager", "注册临床数据管理员", "临床数据管理协会 (The Society for Clinical Data Management)", A,
     "医药工程"),
    ("SAS Certified Clinical Trials Programmer Using SAS 9", "临床试验编程师", "SAS 全球认证中心 (SAS Global Certification)", A,
     "医药工程"),
    ("CT (IAC) Certified", "认证细胞技术专业人员", "国际细胞学会 (The International Academy of Cytology)", A, "医药工程"),
]
GERMAN: list[Row] = [
    ("Elektroniker/-in-Maschinen- und Antriebstechnik", "电子技术员-机械和驱动技术方向", DIHK_LONG, A, "机械工程"),
    ("Elektroniker/-in -Betriebsstechnik", "电子技术员-设备运转技术方向", DIHK, A, "机械工程"),
    ("Industrieelektriker/-in", "工业电气设备技术员", DIHK, A, "机械工程"),
    ("Industriemechaniker/-in", "工业设备机械师", DIHK, A, "机械工程"),
    ("Mechatroniker/-in", "机电一体化专业技术人员", DIHK, A, "机械工程"),
    ("Kraftfahrzeugmechatroniker/-in", "机动车机械电子技师", DIHK, A, "机械工程"),
    ("Mechatroniker/-in für Kältetechnik", "机械电子技术员-制冷方向", DIHK, A, "机械工程"),
    ("Konstruktionsmechaniker/-in", "建造机械师", DIHK, A, "机械工程"),
    ("Werkzeugmechaniker/-in", "模具机械专业技术人员", DIHK, A, "机械工程"),
    ("Anlagenmechaniker/-in", "设备机械师", DIHK, A, "机械工程"),
    ("Fachkraft für Süßwarentechnik", "甜食生产技术员", DIHK, A, "机械工程"),
    ("Pharmakant/-in", "药物生产技术员", DIHK, A, "机械工程"),
    ("Chemikant/-in", "化工生产技师", DIHK, A, "石油化工工程"),
]
FINANCE: list[Row] = [
    ("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师", "经济"),
    ("IPMA Level C (Certified Project Manager)", "项目经理", IPMA, "经济师", "经济"),
    ("IPMA Level B (Certified Senior Project Manager)", "高级项目经理", IPMA, "高级经济师", "经济"),
    ("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师", "经济"),
    ("Financial Risk Manager (FRM)", "金融风险管理师", GARP, "经济师", "经济"),
    ("Associate of the Society of Actuaries (ASA)", "北美准精算师", SOA, "经济师", "经济"),
    ("Fellow of the Society of Actuaries (FSA)", "北美正精算师", SOA, "高级经济师", "经济"),
    ("Member (ACCA)", "特许公认会计师", ACCA, "会计师", "会计"),
    ("Fellow (FCCA)", "资深特许公认会计师", ACCA, "高级会计师", "会计"),
    ("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", CIMA, "会计师", "会计"),
    ("Certified Management Accountant (CMA)", "美国注册管理会计师", IMA, "会计师", "会计"),
    ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", CPAA, "会计师", "会计"),
    ("日商簿記検定1級", "日本商工会议所簿记检定一级", JCCI, "会计师", "会计"),
    ("Certified Internal Auditor (CIA)", "国际注册内部审计师", IIA, "审计师", "审计"),
    ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", ISACA, "审计师", "审计"),
]

HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
WIDTHS = (1.1, 4.4, 3.4, 4.4, 1.9, 1.8)  # cm: 17.0, the text width of A4 with 2 cm margins


def numbered(rows: Sequence[Row]) -> list[list[str]]:
    return [[str(i), *row] for i, row in enumerate(rows, start=1)]


# --- the notice's words -------------------------------------------------------------------------------------

def notice(city: str, doc_no: str, batch: str, date: str, addressees: str, reason: str,
           title: str | None = None, extra: Sequence[str] = ()) -> dict:
    """A notice's parts: lines above the annex, the annex line and the catalog title."""
    name = f"{city}国际职业资格比照认定职称目录（{batch}）"
    body = [f"为{reason}，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅关于开展国际职业资格比照认定"
            f"职称工作的有关规定，结合我市实际，我局研究制定了《{name}》，现予以公布，请遵照执行。",
            "在我市用人单位从事专业技术工作、取得目录内国际职业资格的人员，可按目录所列系列和层级申请比照认定相应职称。比照认定的"
            "职称与评审取得的职称具有同等效力。", *extra,
            "执行中如有问题，请及时与市人力资源和社会保障局专业技术人员管理科联系。"]
    return {"doc_no": doc_no, "title": title or f"关于公布{name}的通知", "addressees": addressees, "body": body,
            "closing": "特此通知。", "bureau": f"{city}人力资源和社会保障局", "date": date, "annex": "附件",
            "catalog": name, "city": city}


UNDER = ["注：1. 国际职业资格证书须在有效期内；2. 目录实行动态调整，调整结果另行公布。"]


# --- python-docx writer -------------------------------------------------------------------------------------

def _font(run, size: float, face: str = "宋体", bold: bool = False, latin: str = "Times New Roman") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), face)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)


def _para(doc, text: str, size: float = 14, face: str = "仿宋", align=None, bold: bool = False,
          indent: bool = False, before: float = 0, after: float = 0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.25
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    run = p.add_run(text)
    _font(run, size, face, bold)
    return p


def _cell_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblpr.append(borders)


def add_table(doc, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              size: float = 9.5, table_width: bool = False) -> None:
    table = doc.add_table(rows=0, cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_borders(table)
    if table_width:  # w:tblW in twips (python-docx writes none)
        tblw = table._tbl.tblPr.find(qn("w:tblW"))
        if tblw is None:
            tblw = OxmlElement("w:tblW")
            table._tbl.tblPr.append(tblw)
        tblw.set(qn("w:w"), str(int(sum(widths) * 567)))
        tblw.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    for r, values in enumerate([list(header), *rows]):
        tr = table.add_row()
        if r == 0:  # repeat the header row on each page
            trpr = tr._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            trpr.append(h)
        for c, (cell, value) in enumerate(zip(tr.cells, values)):
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
            if r == 0 or c in (0, 4, 5) or len(header) != 6:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(value)
            _font(run, size, "黑体" if r == 0 else "宋体", bold=False)


def notice_docx(path: Path, n: dict, header: Sequence[str], rows: Sequence[Sequence[str]],
                widths: Sequence[float] = WIDTHS, under: Sequence[str] = UNDER, landscape_annex: bool = False,
                size: float = 9.5, annex_break: bool = True, table_width: bool = False) -> Path:
    """The whole notice as a Word document (python-docx), zip dates pinned."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    doc.core_properties.author = n["bureau"]
    doc.core_properties.title = n["title"]
    doc.core_properties.last_modified_by = n["bureau"]
    from datetime import datetime
    doc.core_properties.created = doc.core_properties.modified = datetime(2025, 6, 1, 9, 0, 0)
    doc.core_properties.revision = 1
    _para(doc, n["doc_no"], 14, "仿宋", WD_ALIGN_PARAGRAPH.CENTER, after=12)
    _para(doc, n["title"], 20, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=12)
    _para(doc, n["addressees"], 14, "仿宋")
    for line in n["body"]:
        _para(doc, line, 14, "仿宋", indent=True)
    _para(doc, n["closing"], 14, "仿宋", indent=True)
    _para(doc, "附件：" + n["catalog"], 14, "仿宋", indent=True, before=12)
    _para(doc, n["bureau"], 14, "仿宋", WD_ALIGN_PARAGRAPH.RIGHT, before=24)
    _para(doc, n["date"], 14, "仿宋", WD_ALIGN_PARAGRAPH.RIGHT)
    p = _para(doc, n["annex"], 14, "黑体")
    if annex_break:
        p.runs[0].add_break(WD_BREAK.PAGE) if False else None
        p.paragraph_format.page_break_before = True
    if landscape_annex:
        new = doc.add_section()
        new.orientation = WD_ORIENT.LANDSCAPE
        new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    _para(doc, n["catalog"], 16, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=8)
    add_table(doc, header, rows, widths, size, table_width)
    for line in under:
        _para(doc, line, 10.5, "仿宋", before=4)
    doc.save(str(path))
    pin_zip(path)
    return path


def pin_zip(path: Path) -> None:
    """Rewrite a zip (docx, odt, xlsx) with its members in order and every date pinned."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            new.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            z.writestr(new, data)


# --- web page writer ----------------------------------------------------------------------------------------

CSS = """
@page { size: A4; margin: 2.2cm 2cm; }
body { font-family: "Noto Serif CJK SC", "SimSun", serif; font-size: 14pt; line-height: 1.6; }
.no { text-align: center; } h1 { text-align: center; font-size: 20pt; font-family: "Noto Sans CJK SC", sans-serif; }
p.b { text-indent: 2em; margin: 0; } p.r { text-align: right; margin: 0; }
h2 { text-align: center; font-size: 16pt; font-family: "Noto Sans CJK SC", sans-serif; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.35; }
th, td { border: 1px solid #000; padding: 3px 4px; } th { font-family: "Noto Sans CJK SC", sans-serif; }
td.c { text-align: center; } .annex { page-break-before: always; font-family: "Noto Sans CJK SC", sans-serif; }
"""


def notice_html(n: dict, header: Sequence[str], rows: Sequence[Sequence[str]], under: Sequence[str] = UNDER,
                css: str = CSS, widths: Sequence[float] = WIDTHS, border_attr: bool = False) -> str:
    e = html.escape
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n["title"])}</title>'
             f"<style>{css}</style></head><body>",
             f'<p class="no">{e(n["doc_no"])}</p>', f"<h1>{e(n['title'])}</h1>", f"<p>{e(n['addressees'])}</p>"]
    parts += [f'<p class="b">{e(x)}</p>' for x in [*n["body"], n["closing"]]]
    parts += [f'<p class="b">附件：{e(n["catalog"])}</p>', "<br>",
              f'<p class="r">{e(n["bureau"])}</p>', f'<p class="r">{e(n["date"])}</p>',
              f'<p class="annex">{e(n["annex"])}</p>', f"<h2>{e(n['catalog'])}</h2>"]
    total = sum(widths)
    attr = ' border="1" cellpadding="3" cellspacing="0" width="100%"' if border_attr else ""
    parts.append(f"<table{attr}><colgroup>" + "".join(f'<col width="{w / total * 100:.0f}%">' for w in widths)
                 + "</colgroup>")
    parts.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr></thead><tbody>")
    for row in rows:
        parts.append("<tr>" + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4, 5) else f"<td>{e(v)}</td>"
                                      for i, v in enumerate(row)) + "</tr>")
    parts.append("</tbody></table>")
    parts += [f"<p>{e(x)}</p>" for x in under]
    parts.append("</body></html>\n")
    return "\n".join(parts)


# --- running producers --------------------------------------------------------------------------------------

def run(cmd: Sequence[str], timeout: int = 300, env: dict | None = None, cwd: Path | None = None) -> None:
    subprocess.run(list(cmd), check=True, capture_output=True, timeout=timeout,
                   env={**os.environ, **(env or {})}, cwd=cwd)


def soffice(src: Path, outdir: Path, target: str = "pdf", infilter: str | None = None) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        run([*cmd, "--convert-to", target, "--outdir", str(outdir), str(src)], timeout=240)
    ext = target.split(":")[0]
    out = outdir / f"{src.stem}.{ext}"
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no {ext} for {src}")
    return out


def chromium(src: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.resolve().as_uri()], env={"HOME": profile}, timeout=180)
    return out


def abiword(src: Path, out: Path, to: str) -> Path:
    with tempfile.TemporaryDirectory() as home:
        run(["abiword", f"--to={to}", f"--to-name={out}", str(src)], env={"HOME": home}, timeout=240)
    if not out.exists():
        raise RuntimeError(f"AbiWord wrote no {to} for {src}")
    return out


def calligra(src: Path, out: Path, mime: str | None = None) -> Path:
    with tempfile.TemporaryDirectory() as home:
        cmd = ["calligraconverter", "--batch"]
        if mime:
            cmd += ["--mimetype", mime]
        run([*cmd, str(src), str(out)], env={"HOME": home, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    if not out.exists():
        raise RuntimeError(f"Calligra wrote nothing for {src}")
    return out


def _pin_hex(text: bytes, seed: str) -> bytes:
    return re.sub(rb"<([0-9A-Fa-f]+)>", lambda m: b"<" + (seed * 4)[: len(m.group(1))].encode() + b">", text)


def pin_pdf(path: Path) -> None:
    """Pin dates, /ID and XMP uuids written in the clear, keeping every byte offset."""
    data = path.read_bytes()
    seed = hashlib.sha256(path.name.encode()).hexdigest()
    data = re.sub(rb"D:\d{14}", b"D:" + PINNED_DATE, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", PINNED_ISO, data)
    data = re.sub(rb"(?i)uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  b"uuid:" + f"{seed[:8]}-{seed[8:12]}-{seed[12:16]}-{seed[16:20]}-{seed[20:32]}".encode(), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>", lambda m: _pin_hex(m.group(0), seed), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: b"/DocChecksum /" + (seed.upper() * 2)[: len(m.group(0)) - 14].encode(),
                  data)
    path.write_bytes(data)


def pack(pdf: Path, out: Path) -> Path:
    """Pinned and rewritten by qpdf with a deterministic /ID (for prints whose own structure is not the point)."""
    pin_pdf(pdf)
    done = subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", "--recompress-flate",
                           "--compression-level=9", str(pdf), str(out)], capture_output=True)
    if done.returncode not in (0, 3):  # 3: written, with warnings
        raise RuntimeError(done.stderr.decode())
    return out


def pinned_copy(pdf: Path, out: Path) -> Path:
    """The producer's own bytes, only its dates and /ID pinned in place."""
    shutil.copyfile(pdf, out)
    pin_pdf(out)
    return out


def write_truth(stem: str, header: Sequence[str] | None, rows: Sequence[Sequence[str]], why: str) -> None:
    if header is None:
        data: dict = {"catalog": False, "why": why}
    else:
        data = {"header": list(header), "rows": [list(r) for r in rows], "why": why}
    (OUT / f"{stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def calligra_pdf(src: Path, out: Path, tmp: Path) -> Path:
    """Calligra Words' own PDF export (calligrawords --export-pdf; calligraconverter crashes on PDF here). Words does
    not exit after exporting: wait until the file is whole (qpdf --check) and unchanged, then end that process."""
    import time
    home = tmp / "calligra-home"
    home.mkdir(exist_ok=True)
    raw = tmp / f"{out.stem}.calligra.pdf"
    raw.unlink(missing_ok=True)
    env = {**os.environ, "HOME": str(home), "QT_LOGGING_RULES": "*.debug=false"}
    proc = subprocess.Popen(["xvfb-run", "-a", "dbus-run-session", "calligrawords", "--export-pdf", "--export-filename",
                             str(raw), str(src)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)
    try:
        last, stable = -1, 0
        for _ in range(240):
            time.sleep(1)
            if raw.exists() and raw.stat().st_size == last and last > 0:
                stable += 1
                check = subprocess.run(["qpdf", "--check", str(raw)], capture_output=True)
                if stable >= 3 and check.returncode == 0:
                    break
            else:
                stable = 0
            last = raw.stat().st_size if raw.exists() else -1
        else:
            raise RuntimeError(f"Calligra Words wrote no whole PDF for {src}")
    finally:
        try:
            os.killpg(proc.pid, 15)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
    return pinned_copy(raw, out)


def draw_reexport(pdf: Path, out: Path, tmp: Path) -> Path:
    """A PDF opened in LibreOffice Draw (its PDF import: a text frame per line, rulings as shapes) and exported again."""
    work = tmp / f"{out.stem}-draw"
    work.mkdir(exist_ok=True)
    src = work / f"{out.stem}.pdf"
    shutil.copyfile(pdf, src)
    done = soffice(src, work / "out", "pdf:draw_pdf_Export", infilter="draw_pdf_import")
    return pinned_copy(done, out)


def docx_print(docx: Path, tmp: Path) -> Path:
    work = tmp / f"{docx.stem}-lo"
    work.mkdir(exist_ok=True)
    src = work / docx.name
    shutil.copyfile(docx, src)
    pdf = soffice(src, work)
    pin_pdf(pdf)
    return pdf


def html_print(page: str, stem: str, tmp: Path) -> Path:
    src = tmp / f"{stem}.html"
    src.write_text(page, encoding="utf-8")
    pdf = chromium(src, tmp / f"{stem}.chromium.pdf")
    pin_pdf(pdf)
    return pdf


# --- the documents ------------------------------------------------------------------------------------------

Made = tuple[str, str]  # file name, one line for README.txt
DOCS: dict[str, Callable[[Path], list[Made]]] = {}


def doc(fn: Callable[[Path], list[Made]]) -> Callable[[Path], list[Made]]:
    DOCS[fn.__name__] = fn
    return fn


def _catalog(stem: str, n: dict, rows: Sequence[Row], tmp: Path, **kw) -> tuple[Path, list[list[str]]]:
    """The notice as python-docx writes it (in tmp) and its numbered rows."""
    table = numbered(rows)
    return notice_docx(tmp / f"{stem}.docx", n, kw.pop("header", HEADER), table, **kw), table


@doc
def baise(tmp: Path) -> list[Made]:
    stem = "baise-abiword"
    n = notice("百色市", "百人社发〔2025〕12号", "第一批", "2025年5月20日",
               "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市铝产业和新材料产业高质量发展")
    src, table = _catalog(stem, n, MECH, tmp)
    raw = abiword(src, tmp / f"{stem}.raw.pdf", "pdf")
    pinned_copy(raw, OUT / f"{stem}.pdf")
    write_truth(stem, HEADER, table, "AbiWord 3.0.5 (cairo 1.16) print of a Word document: two pages, the annex on the "
                "second; CJK drawn in NotoSansCJKjp (CID Type 0C) whose ToUnicode maps many ideographs to the KangXi "
                "radicals block (人 as U+2F08, 工 as U+2F2F, 大 as U+2F24, 子 as U+2F26 ...) and fi in English names to the "
                "ligature U+FB01: the page shows 人, 工, Certified. Expected: the 14 rows as printed, in ordinary "
                "characters (工程师, never ⼯程师; Certified, never Certiﬁed).")
    return [(f"{stem}.pdf", "AbiWord 3.0.5 --to=pdf of a python-docx DOCX (cairo 1.16.0): CID Type 0C NotoSansCJKjp "
             "subsets, ToUnicode to KangXi radicals (⼈⼯⼤) and U+FB01 ligatures; the page flipped (text set with "
             "9.5 0 0 -9.5 x y Tm), every cell's four sides stroked as separate m/l S paths, first in WHITE (1 1 1 RG) then "
             "again in black; 14 rows")]


@doc
def hechi(tmp: Path) -> list[Made]:
    stem = "hechi-abiword"
    n = notice("河池市", "河人社发〔2025〕21号", "第一批", "2025年6月9日",
               "各县（区）人力资源和社会保障局，市直各单位，中直、区直驻河池各单位：",
               "服务我市金融、财会和项目管理人才队伍建设")
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    src, table = _catalog(stem, n, FINANCE, tmp, header=header)
    raw = abiword(src, tmp / f"{stem}.raw.html", "html")
    text = raw.read_text(encoding="utf-8")
    (OUT / f"{stem}.html").write_text(text, encoding="utf-8")
    write_truth(stem, header, table, "AbiWord 3.0.5's own HTML export of a Word document (XHTML 1.0 Strict, one "
                "<style> block of class rules, each paragraph a <p> with inline style, the table as <table> with "
                "cell borders in style attributes and <td> holding <p> elements). 15 rows including 日商簿記検定1級. "
                "Expected: the 15 rows.")
    return [(f"{stem}.html", "AbiWord 3.0.5 --to=html of a python-docx DOCX: XHTML with style-attribute borders, "
             "<p> inside every <td>, CSS classes; 15 rows")]


@doc
def hezhou(tmp: Path) -> list[Made]:
    stem = "hezhou-abiword"
    n = notice("贺州市", "贺人社发〔2025〕8号", "第一批", "2025年4月28日",
               "各县（区）人力资源和社会保障局，市直各单位，各有关企业：", "服务粤港澳大湾区产业转移和我市装备制造业发展",
               extra=["对取得德国工商大会（DIHK）颁发的职业资格证书的人员，比照认定助理工程师职称。"])
    src, table = _catalog(stem, n, GERMAN, tmp)
    out = abiword(src, tmp / f"{stem}.raw.docx", "docx")
    shutil.copyfile(out, OUT / f"{stem}.docx")
    pin_zip(OUT / f"{stem}.docx")
    write_truth(stem, HEADER, table, "AbiWord 3.0.5 saving a Word document as .docx (its OOXML exporter): no "
                "docProps, repeated <w:spacing> elements in one pPr, a w:tblGrid BEFORE w:tblPr, the repeat-header "
                "flag (w:tblHeader) dropped, every cell with its own w:tcBorders, East Asian font names dropped "
                "(w:rFonts ascii/hAnsi/cs only), the page break before 附件 as w:pageBreakBefore. 13 German DIHK "
                "rows (Elektroniker/-in-Maschinen- und Antriebstechnik, Fachkraft für Süßwarentechnik ...). "
                "Expected: the 13 rows.")
    return [(f"{stem}.docx", "AbiWord 3.0.5 --to=docx (round trip of a python-docx DOCX): OOXML without docProps, "
             "tblGrid before tblPr, duplicated w:spacing, per-cell tcBorders, no tblHeader, no eastAsia fonts; 13 "
             "German rows")]



@doc
def laibin(tmp: Path) -> list[Made]:
    stem = "laibin-calligra"
    n = notice("来宾市", "来人社发〔2025〕17号", "第二批", "2025年7月1日",
               "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市建筑业、冶金和石化产业转型升级")
    rows = BUILD + METAL + PETRO
    src, table = _catalog(stem, n, rows, tmp)
    calligra_pdf(src, OUT / f"{stem}.pdf", tmp)
    write_truth(stem, HEADER, table, "Calligra Words 3.2.1's own PDF export (Qt 5.15 PDF engine) of a Word document "
                "with 30 rows: Words ignores the page break before 附件 and the repeat-header flag, so the catalog "
                "starts on page 1 under the notice, and rows are split where a page ends (a row's first lines at the "
                "foot of one page, the rest at the top of the next, no header repeated). Fonts whole TrueType "
                "(CID, not subset), text drawn by Qt. Expected: the 30 rows, each split row once and whole.")
    return [(f"{stem}.pdf", "Calligra Words 3.2.1 --export-pdf (Qt 5.15.8 PDF engine) of a python-docx DOCX: "
             "whole (unsubset) CID TrueType fonts, the page break and repeated header ignored, rows split across "
             "pages; 30 rows")]


@doc
def chongzuo(tmp: Path) -> list[Made]:
    stem = "chongzuo-calligra"
    n = notice("崇左市", "崇人社发〔2025〕5号", "第一批", "2025年3月18日",
               "各县（市、区）人力资源和社会保障局，市直各单位，中国（广西）自由贸易试验区崇左片区管委会：",
               "服务我市生物医药和跨境产业合作发展")
    rows = PHARMA[:10] + TEXTILE[4:]
    src, table = _catalog(stem, n, rows, tmp, table_width=True)
    work = tmp / "odt"
    work.mkdir()
    odt = soffice(src, work, "odt")  # the clerk's file: an OpenDocument text saved by LibreOffice
    calligra_pdf(odt, OUT / f"{stem}.pdf", tmp)
    write_truth(stem, HEADER, table, "Calligra Words 3.2.1's own PDF export (Qt 5.15 PDF engine) of an OpenDocument "
                "text (saved by LibreOffice from a Word document): whole CID TrueType fonts (NotoSansCJKjp, "
                "NimbusRoman), the annex on page 2 (the ODT's page break kept, unlike laibin's DOCX), text set by Qt "
                "glyph runs, the table's borders drawn per cell. 11 rows. Expected: the 11 rows.")
    return [(f"{stem}.pdf", "Calligra Words 3.2.1 --export-pdf (Qt 5.15.8) of an ODT: whole CID TrueType fonts, "
             "the annex on page 2; 11 rows")]


@doc
def guigang(tmp: Path) -> list[Made]:
    stem = "guigang-mupdf"
    n = notice("贵港市", "贵人社发〔2025〕14号", "第一批", "2025年5月6日",
               "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市纺织服装、电子信息和食品产业发展")
    rows = TEXTILE + ELEC
    src, table = _catalog(stem, n, rows, tmp)
    pdf = docx_print(src, tmp)
    run(["mutool", "clean", "-gggg", "-d", "-s", str(pdf), str(OUT / f"{stem}.pdf")])
    write_truth(stem, HEADER, table, "A LibreOffice print rewritten by MuPDF (mutool clean -gggg -d -s): every content "
                "stream decompressed and SANITIZED (re-emitted by MuPDF's content filter: graphics state changes "
                "collapsed, each text object rewritten with MuPDF's own Tm/Td and TJ), duplicate objects merged, "
                "the xref rebuilt. 10 rows. Expected: the 10 rows.")
    return [(f"{stem}.pdf", "mutool 1.21.1 clean -gggg -d -s of a LibreOffice print: sanitized (re-filtered) "
             "content streams, uncompressed, deduplicated objects; 10 rows")]


@doc
def fangchenggang(tmp: Path) -> list[Made]:
    stem = "fangchenggang-mupdf"
    n = notice("防城港市", "防人社发〔2025〕9号", "第一批", "2025年4月15日",
               "各县（市、区）人力资源和社会保障局，市直各单位，东兴试验区管委会：", "服务我市钢铁、有色金属和临港石化产业发展")
    rows = METAL + PETRO + MECH[:6]
    table = numbered(rows)
    pdf = html_print(notice_html(n, HEADER, table), stem, tmp)
    run(["mutool", "clean", "-gggg", "-l", "-a", str(pdf), str(OUT / f"{stem}.pdf")])
    write_truth(stem, HEADER, table, "A Chromium (Skia) print of the notice's web page, linearized by MuPDF with every "
                "stream ASCIIHex-encoded (mutool clean -gggg -l -a): /Linearized dictionary, hint stream, first-page "
                "xref at the front, /Filter [/ASCIIHexDecode /FlateDecode] on content and font streams. 20 rows over "
                "two pages, the <thead> repeated. MuPDF 1.21's linearization data is faulty (qpdf --check: 'overflow reading "
                "bit stream' in the hint table; poppler: 'Failed to parse XRef entry', then reconstructs): readers "
                "open it by rebuilding the xref. Expected: the 20 rows.")
    return [(f"{stem}.pdf", "mutool 1.21.1 clean -gggg -l -a of a Chromium print: linearized (hint stream), every "
             "stream ASCIIHex over Flate; faulty hint table and first-page xref (poppler reconstructs); 20 rows")]


@doc
def baoshan(tmp: Path) -> list[Made]:
    stem = "baoshan-mupdf"
    n = notice("保山市", "保人社发〔2025〕26号", "第一批", "2025年8月4日",
               "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市绿色硅材料和装备制造产业发展")
    rows = MECH[:8]
    src, table = _catalog(stem, n, rows, tmp)
    pdf = docx_print(src, tmp)
    # mutool clean -gggg -z -E rc4-128 -O baoshan-rsj -U "" -P -1852 writes the same, but with a fresh random /ID
    # (so a fresh RC4 key) each run; the same save through mutool run keeps the pinned /ID: deterministic
    script = tmp / "encrypt.js"
    script.write_text("var doc = new PDFDocument(scriptArgs[0]);\n"
                      "doc.save(scriptArgs[1], 'garbage=deduplicate,compress,encrypt=rc4-128,owner-password=baoshan-rsj,"
                      "user-password=,permissions=-1852,regenerate-id=no');\n", encoding="utf-8")
    run(["mutool", "run", str(script), str(pdf), str(OUT / f"{stem}.pdf")])
    write_truth(stem, HEADER, table, "A LibreOffice print encrypted by MuPDF (pdf_save_document: garbage=deduplicate,compress,encrypt=rc4-128, "
                "as mutool clean -gggg -z -E rc4-128 writes it) with an owner "
                "password and an EMPTY user password: it opens without asking, but every string and stream is RC4 "
                "encrypted and the permissions (/P -1852) forbid copying text and editing (printing allowed), as "
                "bureaus lock published notices. 8 rows. Expected: the 8 rows (the file opens with the empty "
                "password), or the notice held back with a clear reason.")
    return [(f"{stem}.pdf", "mutool 1.21.1 (mutool run: PDFDocument.save encrypt=rc4-128, = mutool clean -gggg -z -E) of a LibreOffice print: RC4-128 encryption, "
             "empty user password, owner password set, /P -1852 (print only: no copy, no edit); 8 rows")]


@doc
def zhaotong(tmp: Path) -> list[Made]:
    stem = "zhaotong-draw"
    n = notice("昭通市", "昭人社发〔2025〕33号", "第一批", "2025年6月23日",
               "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市绿色铝、水电和建筑产业发展")
    rows = BUILD[:12] + MECH[8:12]
    src, table = _catalog(stem, n, rows, tmp)
    pdf = docx_print(src, tmp)
    draw_reexport(pdf, OUT / f"{stem}.pdf", tmp)
    write_truth(stem, HEADER, table, "A LibreOffice Writer print opened in LibreOffice Draw (PDF import) and exported "
                "again, as a clerk who corrected the PDF: every line of text is its own text frame, each cell side a "
                "separate line shape; Draw replaced the print's Latin font by DejaVu Sans (wider), so some English "
                "names now run over their cell's right border into the next column (LEED AP Building Design + over "
                "美国绿色…, PE Mechanical: Thermal and over 美国注册…, 美国基础机械工程师 into the 颁证单位 column), the "
                "text still whole. 16 rows. Expected: the 16 rows, the overflowing names in their "
                "own cells. Row 15's 颁证单位 is split by the Writer print's page break (its last line, and Surveying), "
                "at the top of page 3 under the repeated header).")
    return [(f"{stem}.pdf", "LibreOffice 7.4.7 Draw: PDF import of a Writer print, re-exported (draw_pdf_Export): "
             "a text frame per line, rulings as separate line shapes, Latin text re-set in DejaVu Sans "
             "overflowing cells; 16 rows")]


@doc
def lijiang(tmp: Path) -> list[Made]:
    stem = "lijiang-draw"
    n = notice("丽江市", "丽人社发〔2025〕11号", "第一批", "2025年5月12日",
               "各县（区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市文化旅游、金融服务和现代服务业发展")
    rows = FINANCE[:7] + FINANCE[7:12]
    table = numbered(rows)
    pdf = html_print(notice_html(n, HEADER, table), stem, tmp)
    draw_reexport(pdf, OUT / f"{stem}.pdf", tmp)
    write_truth(stem, HEADER, table, "A Chromium print of the notice's web page opened in LibreOffice Draw (PDF "
                "import) and exported again: each line a text frame, the table borders separate line shapes, the "
                "CJK font re-embedded by LibreOffice; its ToUnicode now maps shared glyphs to the KangXi and CJK "
                "radicals blocks (金 as U+2FA6 ⾦, 风 as U+2EDB ⻛, 人 as ⼈, 士 as ⼠) and the English words of a line "
                "lose their spaces in some readers; the header's 所属系列 straddles its column's left rule. The page "
                "shows ordinary text. 12 rows. Expected: the 12 rows in ordinary characters (金融风险管理师).")
    return [(f"{stem}.pdf", "LibreOffice 7.4.7 Draw: PDF import of a Chromium print, re-exported: a text frame per "
             "line, borders as line shapes, ToUnicode to KangXi/CJK radicals (⾦⻛⼈); 12 rows")]



def _xlsx_annex(path: Path, n: dict, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    """The annex as a spreadsheet (openpyxl): 附件, the catalog title merged across, the ruled table with wrapped
    cells and row heights set for their lines, the header row repeated on each printed page, fit to one page wide."""
    import math

    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    widths = (6, 30, 22, 32, 11, 11)  # characters
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([n["annex"]])
    ws.append([n["catalog"]])
    ws.merge_cells("A2:F2")
    ws["A1"].font = Font(name="黑体", size=12)
    ws["A2"].font = Font(name="方正小标宋简体", size=16, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 30
    side = Side(style="thin", color="FF000000")  # opaque: Gnumeric reads the alpha byte
    border = Border(left=side, right=side, top=side, bottom=side)
    for r, values in enumerate([list(header), *rows], start=3):
        ws.append([int(v) if c == 0 and v.isdigit() else v for c, v in enumerate(values)])
        lines = 1
        for c, v in enumerate(values):
            cell = ws.cell(row=r, column=c + 1)
            cell.border = border
            cell.font = Font(name="宋体", size=10, bold=(r == 3))
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r == 3 or c in (0, 4, 5) else "left")
            units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in v)
            lines = max(lines, math.ceil(units * 1.1 / widths[c]))
        ws.row_dimensions[r].height = 14 * lines + 4
    last = ws.max_row + 1
    ws.cell(row=last, column=1, value=UNDER[0]).font = Font(name="宋体", size=10)
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=6)
    for col, w in zip("ABCDEF", widths):
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "3:3"  # written to the .xlsx; Gnumeric's PDF export does not repeat it
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    wb.properties.creator = n["bureau"]
    from datetime import datetime
    wb.properties.created = wb.properties.modified = datetime(2025, 6, 1, 9, 0, 0)
    wb.save(str(path))
    pin_zip(path)
    return path


@doc
def puer(tmp: Path) -> list[Made]:
    stem = "puer-gnumeric"
    n = notice("普洱市", "普人社发〔2025〕19号", "第一批", "2025年9月2日",
               "各县（区）人力资源和社会保障局，市直各单位，各有关企业：", "服务我市绿色经济试验示范区建设和重点产业发展")
    rows = BUILD + MECH + METAL[:6] + ELEC[:4]  # 40
    table = numbered(rows)
    # the notice (without its annex) printed by LibreOffice from Word, the annex a spreadsheet printed by Gnumeric
    head = notice_docx(tmp / f"{stem}-notice.docx", n, HEADER, [], under=(), annex_break=False)
    body = Document(str(head))
    for el in list(body.element.body):  # keep the notice up to the bureau and date
        if el.tag == qn("w:tbl"):
            el.getparent().remove(el)
    paras = body.paragraphs
    for p in paras[-2:]:  # 附件 and the catalog title go to the sheet
        p._element.getparent().remove(p._element)
    body.save(str(head))
    pin_zip(head)
    notice_pdf = docx_print(head, tmp)
    xlsx = _xlsx_annex(tmp / f"{stem}-annex.xlsx", n, HEADER, table)
    annex_pdf = tmp / f"{stem}-annex.pdf"
    with tempfile.TemporaryDirectory() as home:
        run(["ssconvert", "--export-type=Gnumeric_pdf:pdf_assistant", str(xlsx), str(annex_pdf)], env={"HOME": home})
    pin_pdf(annex_pdf)
    joined = tmp / f"{stem}.joined.pdf"
    run(["pdfunite", str(notice_pdf), str(annex_pdf), str(joined)])
    pack(joined, OUT / f"{stem}.pdf")  # pdfunite's /ID is a fresh binary string each run: qpdf --deterministic-id
    write_truth(stem, HEADER, table, "Two files joined by poppler's pdfunite: the notice printed by LibreOffice from "
                "Word (page 1) and the annex, a spreadsheet printed by Gnumeric 1.12.55 (ssconvert, cairo 1.16): "
                "附件 and the title in cells, the 40-row catalog as a ruled cell grid (cairo rectangles and lines per "
                "cell border), wrapped cells with text drawn line by line, fit to one page wide; the print titles "
                "(row 3) are not honoured by ssconvert, so the header row is printed once, on page 2 only. Expected: the 40 rows once each.")
    return [(f"{stem}.pdf", "pdfunite (poppler 22.12) then qpdf --deterministic-id of a LibreOffice print (the notice) and a Gnumeric 1.12.55 "
             "ssconvert print (cairo) of an .xlsx annex: two producers' fonts and resources in one file, a "
             "spreadsheet grid over three pages, header printed once; 40 rows")]


PEOPLE = [("黄志强", "广元市建筑设计研究院有限公司", "建筑工程", "工程师"),
          ("李晓梅", "四川广元经济技术开发区建设工程质量监督站", "建设工程管理", "工程师"),
          ("王建华", "广元市自来水有限责任公司", "给排水", "工程师"),
          ("张  磊", "利州区交通运输局", "道路与桥梁", "工程师"),
          ("陈丽娟", "苍溪县水务局", "水利水电工程", "工程师"),
          ("刘  洋", "剑阁县住房和城乡建设局", "建筑工程", "助理工程师"),
          ("赵文斌", "广元市特种设备监督检验所", "机械工程", "工程师"),
          ("杨  帆", "旺苍县工业园区管理委员会", "电气工程", "工程师"),
          ("周海燕", "青川县自然资源局", "测绘", "助理工程师"),
          ("吴国庆", "朝天区农业农村局", "农业工程", "工程师"),
          ("郑晓东", "广元市中心医院", "医疗设备", "工程师"),
          ("孙  静", "昭化区生态环境局", "环境工程", "工程师")]


@doc
def guangyuan(tmp: Path) -> list[Made]:
    stem = "guangyuan-gongshi"
    n = {"doc_no": "广人社公告〔2025〕7号", "title": "关于广元市2025年度工程系列中级职称评审通过人员名单的公示",
         "addressees": "各有关单位：",
         "body": ["根据四川省职称评审工作有关规定，经广元市工程系列中级职称评审委员会评审，并经市人力资源和社会保障局审核，"
                  "黄志强等12名同志通过工程师（助理工程师）任职资格评审，其中2名同志持有国际职业资格证书，按规定比照认定相应职称。"
                  "现将评审通过人员名单予以公示。",
                  "公示期为2025年10月9日至10月15日（5个工作日）。公示期间，如对公示对象有异议，请以书面形式向市人力资源和社会保障局"
                  "专业技术人员管理科反映。反映情况应实事求是，并提供联系方式。",
                  "联系电话：0839-3262315。"],
         "closing": "特此公示。", "bureau": "广元市人力资源和社会保障局", "date": "2025年10月9日", "annex": "附件",
         "catalog": "广元市2025年度工程系列中级职称评审通过人员名单", "city": "广元市"}
    header = ["序号", "姓名", "工作单位", "专业", "评审通过资格"]
    table = [[str(i), *p] for i, p in enumerate(PEOPLE, start=1)]
    src = notice_docx(tmp / f"{stem}.docx", n, header, table, widths=(1.3, 2.2, 7.5, 3.2, 2.8), under=())
    raw = abiword(src, tmp / f"{stem}.raw.pdf", "pdf")
    pinned_copy(raw, OUT / f"{stem}.pdf")
    write_truth(stem, None, [], "Look-alike (AbiWord 3.0.5, cairo): a 职称评审通过人员名单的公示 whose ruled table lists "
                "PEOPLE (序号 | 姓名 | 工作单位 | 专业 | 评审通过资格, 工程师 / 助理工程师 in the last column) and whose text "
                "mentions 国际职业资格证书 and 比照认定. No qualification or issuing body is named: not a catalog; "
                "expected 'no catalog', nothing published.")
    return [(f"{stem}.pdf", "look-alike, AbiWord 3.0.5 --to=pdf (cairo): 评审通过人员名单公示, people not "
             "qualifications")]


POSTS = [("内江市第一人民医院", "设备科工程技术岗", "1", "生物医学工程、医疗器械工程", "本科及以上", "具有工程师及以上职称"),
         ("内江市建筑工程质量安全监督站", "质量监督岗", "2", "土木工程、建筑工程", "本科及以上", "具有工程师及以上职称"),
         ("内江市公路养护管理总段", "桥梁检测岗", "1", "道路桥梁与渡河工程", "本科及以上", "具有助理工程师及以上职称"),
         ("内江市财政投资评审中心", "造价审核岗", "2", "工程造价、工程管理", "本科及以上", "具有工程师或经济师及以上职称"),
         ("内江市国有资产经营管理中心", "财务会计岗", "1", "会计学、财务管理", "本科及以上", "具有会计师及以上职称"),
         ("内江市审计服务中心", "审计岗", "1", "审计学、会计学", "本科及以上", "具有审计师或会计师及以上职称"),
         ("内江高新技术产业开发区服务中心", "项目管理岗", "1", "工业工程、机械工程", "硕士研究生及以上", "不限"),
         ("内江市环境监测中心站", "环境监测岗", "2", "环境工程、环境科学", "本科及以上", "具有助理工程师及以上职称")]


@doc
def neijiang(tmp: Path) -> list[Made]:
    stem = "neijiang-gangwei"
    n = {"doc_no": "内人社函〔2025〕41号", "title": "内江市2025年下半年市属事业单位公开考核招聘专业技术人才的公告",
         "addressees": "各有关单位、广大应聘人员：",
         "body": ["为进一步加强我市专业技术人才队伍建设，根据《事业单位人事管理条例》和四川省事业单位公开招聘有关规定，"
                  "经研究，决定面向社会公开考核招聘市属事业单位专业技术人才11名。",
                  "应聘人员须具有招聘岗位要求的学历、专业和职称。持有国际职业资格证书并已按规定比照认定相应职称的，"
                  "视同具有该职称。具体岗位及条件详见附件。",
                  "报名时间为2025年11月3日至11月7日，报名方式为现场报名。联系电话：0832-2022315。"],
         "closing": "特此公告。", "bureau": "内江市人力资源和社会保障局", "date": "2025年10月27日", "annex": "附件",
         "catalog": "内江市2025年下半年市属事业单位公开考核招聘专业技术人才岗位表", "city": "内江市"}
    header = ["序号", "招聘单位", "岗位名称", "招聘人数", "专业要求", "学历要求", "职称要求"]
    table = [[str(i), *p] for i, p in enumerate(POSTS, start=1)]
    src = notice_docx(tmp / f"{stem}.docx", n, header, table, widths=(1.0, 3.6, 2.4, 1.2, 3.4, 2.2, 3.2), under=(),
                      table_width=True)
    calligra_pdf(src, OUT / f"{stem}.pdf", tmp)
    write_truth(stem, None, [], "Look-alike (Calligra Words 3.2.1 PDF export): a 事业单位公开考核招聘 notice whose ruled "
                "annex is a 岗位表 (序号 | 招聘单位 | 岗位名称 | 招聘人数 | 专业要求 | 学历要求 | 职称要求, cells such as "
                "具有工程师及以上职称) and whose text mentions 国际职业资格证书 and 比照认定. No qualification or issuing "
                "body: not a catalog; expected 'no catalog', nothing published.")
    return [(f"{stem}.pdf", "look-alike, Calligra Words 3.2.1 --export-pdf (Qt 5.15.8): 事业单位招聘岗位表 with 职称要求")]


def main(argv: Sequence[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = list(argv) or list(DOCS)
    made: list[Made] = []
    with tempfile.TemporaryDirectory() as tmpdir:
        for name in names:
            tmp = Path(tmpdir) / name
            tmp.mkdir()
            made += DOCS[name](tmp)
            print(name, "done", flush=True)
    if not argv:
        write_readme(made)


def write_readme(made: Sequence[Made]) -> None:
    (OUT / "README.txt").write_text(README_HEAD + "".join(f"  {name}\n      {line}\n" for name, line in made) + README_TAIL,
                                    encoding="utf-8")


README_HEAD = __doc__.split("\n", 1)[1].lstrip("\n").replace(
    "    /work/main/.venv/bin/python tests/make_unseen31.py              # every document (and README.txt)",
    "    .venv/bin/python tests/make_unseen31.py              # every document (and README.txt)").replace(
    "    /work/main/.venv/bin/python tests/make_unseen31.py baise hechi  # only these (by city stem)",
    "    .venv/bin/python tests/make_unseen31.py baise hechi  # only these (by city stem)")
README_HEAD = "Regenerate tests/fixtures/unseen31: a blind probe round of documents made by producers no earlier round used.\n\n" \
    + README_HEAD + """
Producers and versions: AbiWord 3.0.5 (abiword --version), Calligra Words 3.2.1 (Qt 5.15.8 PDF engine), MuPDF
mutool 1.21.1 (mutool -v), LibreOffice 7.4.7.2 Writer and Draw (draw_pdf_import), Chromium (Skia), Gnumeric
1.12.55 ssconvert (cairo 1.16.0), poppler-utils 22.12 pdfunite; checked with pdffonts, pdfinfo, qpdf --qdf, pdftotext
-layout and pdftoppm -r 45..110 (pages looked at in the file viewer). Truth beside each document, <stem>.truth.json, written from what
the produced document shows: {"header", "rows", "why"}, or {"catalog": false, "why"} for a look-alike.

Dropped or changed, and why:
  * mutool convert -F pdf (MuPDF's PDF writer device) of a LibreOffice, AbiWord or Chromium print: it re-embeds the
    Noto CJK CFF fonts as /Type1 with the CFF data (pdffonts: "Mismatch between font type and embedded font file");
    poppler draws empty boxes for every CJK character and the ToUnicode gives ASCII garbage in MuPDF's own text
    extraction too; only MuPDF shows the page. Not a document a bureau could publish: dropped. `mutool draw -F pdf`
    writes the same. The three MuPDF documents are mutool clean rewrites instead (sanitized, linearized+ASCIIHex,
    RC4-encrypted).
  * Calligra: calligraconverter crashes (SIGSEGV) writing PDF under every Qt platform (offscreen, minimal, vnc, xcb
    on Xvfb); calligrawords --export-pdf under xvfb-run + dbus-run-session writes the PDF but never exits, so the
    generator waits for a whole, stable file (qpdf --check) and ends that process. calligraconverter DOCX -> ODT
    works, but the ODT it writes gives the table style:rel-width="0%" and no width: LibreOffice shows the catalog as
    an empty zero-width table, so the Calligra-written ODT was dropped (no Calligra .docx writer in 3.2.1 either).
  * HTMLDOC 1.9.16 (htmldoc --webpage) was tried as a sixth producer: it has no CJK fonts (UTF-8 read as Latin-1,
    mojibake), dropped. Ghostscript and TeX are not installed here (and earlier rounds used them).
  * AbiWord --to=docx works: the AbiWord-written .docx is a document of the round (hezhou).

The documents:
"""
README_TAIL = """
Determinism: dates, /ID, XMP uuids and LibreOffice's /DocChecksum are pinned in place, zip members dated
2025-06-01. Run twice, these files come out byte for byte the same: the AbiWord, Draw, guigang and fangchenggang
PDFs, the .html, the .docx and every truth. Not byte-identical from run to run (the tools do not allow it): the
Calligra Words PDFs (laibin, chongzuo, neijiang: Qt writes its objects in a varying order), baoshan (MuPDF makes a
fresh /ID, so a fresh RC4 key, whenever it encrypts, regenerate-id=no notwithstanding) and puer (the joined file
varies although qpdf --deterministic-id packs it). Their text, layout and truths do not change.

Apt packages installed for this round: abiword, calligrawords, mupdf-tools, gnumeric, libreoffice-draw-nogui, xvfb,
xauth (htmldoc tried, not used). Fonts: only fonts-noto-cjk (and the DejaVu/URW fonts already there).
"""

if __name__ == "__main__":
    main(sys.argv[1:])
