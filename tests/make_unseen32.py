"""Regenerate tests/fixtures/unseen32: a blind probe round of NOTICE DETAILS (文号, city, office, title, date, batch,
catalog title) as cities really word and lay them out.

    /work/main/.venv/bin/python tests/make_unseen32.py               # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen32.py yongzhou fuzhou  # only these (by stem's first word)

Whole notices, each with a small catalog (5 to 12 real rows), in places no earlier round used (湖南 永州, 张家界;
江西 抚州; 安徽 宿州; 浙江 义乌 (county-level); 湖北 恩施州; 内蒙古 阿拉善盟, 呼伦贝尔; 新疆 阿克苏地区; 上海 嘉定区;
宁夏 石嘴山高新区; 甘肃 临夏州, 嘉峪关; 吉林 吉林市; 云南 文山州). Each document varies one or two notice details
(letterhead, joint notice, 文号 brackets and forms, 规范性文件 number, 签发人 line, Chinese-numeral dates, CMS
发布时间/来源/更新时间 lines, wrapped titles, 公布/印发/发布/做好…工作, 公告, batches, places that are not a 市,
traps naming other cities). Rows are the real rows of the two bundled notices and tests/make_unseen23.py, copied here
(as tests/make_unseen31.py has them).

Self-contained: imports nothing of the project. DOCX by python-docx (zip dates pinned), web pages written here as a
government CMS page, PDFs printed from the DOCX by LibreOffice headless and packed by qpdf --deterministic-id.
Beside each document, <stem>.truth.json: {"header", "rows", "notice": {doc_number, city, office, notice_title,
issue_date, batch, catalog_title}, "why"}.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen32"
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
WIDTHS = (1.0, 4.2, 3.2, 4.4, 2.2, 2.0)  # cm: 17.0, the text width of A4 with 2 cm margins


def numbered(rows: Sequence[Row]) -> list[list[str]]:
    return [[str(i), *row] for i, row in enumerate(rows, start=1)]



# --- paragraph specs (one list feeds both the Word writer and the web page writer) -------------------------

C, R, L = "center", "right", "left"
TABLE = "TABLE"  # where the catalog goes


def P(text: str, size: float = 15, face: str = "仿宋", align: str | None = None, bold: bool = False,
      color: str | None = None, indent: bool = False, before: float = 0, after: float = 0, rule: str | None = None,
      break_before: bool = False, right_tab: str | None = None, soft: Sequence[str] = ()) -> dict:
    """A paragraph: `soft` adds lines after soft line breaks (one paragraph, several lines); `right_tab` adds text
    at a right tab stop on the same line; `rule` draws a line under the paragraph in that colour."""
    return {"text": text, "size": size, "face": face, "align": align, "bold": bold, "color": color,
            "indent": indent, "before": before, "after": after, "rule": rule, "break_before": break_before,
            "right_tab": right_tab, "soft": list(soft)}


def body(text: str) -> dict:
    return P(text, indent=True)


def title(*lines: str) -> list[dict]:
    """A title set as one paragraph per line (as the clerk broke it)."""
    return [P(x, 18, "方正小标宋简体", C, bold=True, before=12 if i == 0 else 0,
              after=12 if i == len(lines) - 1 else 0) for i, x in enumerate(lines)]


def letterhead(*names: str, word: str = "文件") -> list[dict]:
    """The red letterhead: the office name(s) and 文件 in red, large."""
    if len(names) == 1:
        return [P(names[0] + word, 26, "方正小标宋简体", C, bold=True, color="FF0000", after=18)]
    out = [P(x, 24, "方正小标宋简体", C, bold=True, color="FF0000") for x in names]
    out.append(P(word, 30, "方正小标宋简体", C, bold=True, color="FF0000", after=12))
    return out


def docno(text: str, rule: bool = True) -> dict:
    return P(text, 15, "仿宋", C, after=6, rule="FF0000" if rule else None)


def sign(office: str, date: str, before: float = 24) -> list[dict]:
    return [P(office, align=R, before=before), P(date, align=R)]


def annex_page(catalog: str, annex: str = "附件", size: float = 16) -> list[dict]:
    return [P(annex, 15, "黑体", break_before=True),
            P(catalog, size, "方正小标宋简体", C, bold=True, before=6, after=8), TABLE]


UNDER = P("注：1. 国际职业资格证书须在有效期内；2. 目录实行动态调整，调整结果另行公布。", 10.5, "仿宋", before=4)


def intro(city_word: str, catalog: str, verb: str = "公布", basis: str = "") -> list[dict]:
    basis = basis or "根据省人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定"
    return [body(f"为进一步拓宽国际化专业技术人才职称评价渠道，{basis}，结合{city_word}实际，我们研究制定了《{catalog}》，"
                 f"现予以{verb}，请遵照执行。"),
            body(f"在{city_word}用人单位从事专业技术工作、取得目录内国际职业资格的人员，可按目录所列系列和层级申请比照认定"
                 "相应职称。比照认定的职称与评审取得的职称具有同等效力。"),
            body("执行中如有问题，请及时与专业技术人员管理科联系。")]


# --- python-docx writer -------------------------------------------------------------------------------------

def _font(run, size: float, face: str = "宋体", bold: bool = False, color: str | None = None,
          latin: str = "Times New Roman") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), face)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)


_ALIGN = {C: WD_ALIGN_PARAGRAPH.CENTER, R: WD_ALIGN_PARAGRAPH.RIGHT, L: WD_ALIGN_PARAGRAPH.LEFT, None: None}


def _docx_para(doc, spec: dict, text_width: float) -> None:
    p = doc.add_paragraph()
    if spec["align"]:
        p.alignment = _ALIGN[spec["align"]]
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(spec["before"]), Pt(spec["after"])
    fmt.line_spacing = 1.25
    fmt.page_break_before = spec["break_before"]
    if spec["indent"]:
        fmt.first_line_indent = Pt(spec["size"] * 2)
    kw = {"bold": spec["bold"], "color": spec["color"]}
    _font(p.add_run(spec["text"]), spec["size"], spec["face"], **kw)
    for line in spec["soft"]:
        run = p.add_run()
        run.add_break()
        _font(run, spec["size"], spec["face"], **kw)
        _font(p.add_run(line), spec["size"], spec["face"], **kw)
    if spec["right_tab"] is not None:
        fmt.tab_stops.add_tab_stop(Cm(text_width), WD_TAB_ALIGNMENT.RIGHT)
        _font(p.add_run("\t" + spec["right_tab"]), spec["size"], spec["face"], **kw)
    if spec["rule"]:
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in (("val", "single"), ("sz", "18"), ("space", "6"), ("color", spec["rule"])):
            bottom.set(qn(f"w:{k}"), v)
        bdr.append(bottom)
        ppr.append(bdr)


def _table_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
            b.set(qn(f"w:{k}"), v)
        borders.append(b)
    tblpr.append(borders)


def _docx_table(doc, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
    table = doc.add_table(rows=0, cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_borders(table)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    for r, values in enumerate([list(header), *rows]):
        tr = table.add_row()
        if r == 0:
            tr._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for c, (cell, value) in enumerate(zip(tr.cells, values)):
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
            if r == 0 or c in (0, 4, 5):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(value), 9.5, "黑体" if r == 0 else "宋体")


def write_docx(path: Path, office: str, doc_title: str, specs: Sequence, header: Sequence[str],
               rows: Sequence[Sequence[str]]) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = office
    cp.title = doc_title
    cp.created = cp.modified = datetime(2025, 6, 1, 9, 0, 0)
    cp.revision = 1
    for spec in specs:
        if spec == TABLE:
            _docx_table(doc, header, rows, WIDTHS)
        else:
            _docx_para(doc, spec, 17.0)
    doc.save(str(path))
    pin_zip(path)
    return path


def pin_zip(path: Path) -> None:
    """Rewrite a zip (docx) with its members in order and every date pinned."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            z.writestr(new, data)


# --- web page writer (a government CMS article page) --------------------------------------------------------

CSS = """
body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #333; }
.top { background: #b40000; color: #fff; padding: 18px 40px; font-size: 26px; font-weight: bold; }
.top small { display: block; font-size: 12px; font-weight: normal; }
.nav { background: #8c0000; padding: 6px 40px; } .nav a { color: #fff; margin-right: 22px; text-decoration: none; }
.links { padding: 6px 40px; font-size: 12px; background: #f3f3f3; } .links a { margin-right: 12px; color: #333; }
.crumb { padding: 10px 40px; font-size: 13px; color: #666; }
.wrap { width: 880px; margin: 0 auto; padding: 10px 30px 30px; border: 1px solid #ddd; }
h1.art { text-align: center; font-size: 22px; color: #b40000; line-height: 1.5; }
.meta { text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 8px; }
.meta span { margin: 0 10px; }
.content { font-family: "FangSong", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.9; }
.content p { margin: 0; }
.content table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.4; margin: 6px 0; }
.content th, .content td { border: 1px solid #000; padding: 3px 4px; }
.content td.c { text-align: center; }
.fj { margin-top: 14px; font-size: 13px; } .fj a { color: #0645ad; }
.foot { margin-top: 20px; background: #eee; padding: 14px 40px; font-size: 12px; color: #555; text-align: center; }
.foot a { margin: 0 6px; color: #555; }
"""


def _spec_html(spec: dict) -> str:
    style = []
    if spec["align"]:
        style.append(f"text-align:{spec['align']}")
    if spec["indent"]:
        style.append("text-indent:2em")
    if spec["bold"]:
        style.append("font-weight:bold")
    if spec["color"]:
        style.append(f"color:#{spec['color']}")
    if spec["size"] != 15:
        style.append(f"font-size:{spec['size'] * 4 / 3:.0f}px")
    if spec["face"] == "黑体":
        style.append('font-family:"SimHei","Noto Sans CJK SC",sans-serif')
    if spec["rule"]:
        style.append(f"border-bottom:2px solid #{spec['rule']};padding-bottom:6px")
    if spec["before"] or spec["after"]:
        style.append(f"margin:{spec['before']:.0f}px 0 {spec['after']:.0f}px 0")
    text = html.escape(spec["text"]) + "".join("<br>" + html.escape(x) for x in spec["soft"])
    if spec["right_tab"] is not None:
        text += f'<span style="float:right">{html.escape(spec["right_tab"])}</span>'
    attr = f' style="{";".join(style)}"' if style else ""
    return f"<p{attr}>{text}</p>"


def table_html(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    e = html.escape
    total = sum(WIDTHS)
    out = ["<table><colgroup>" + "".join(f'<col width="{w / total * 100:.0f}%">' for w in WIDTHS) + "</colgroup>",
           "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr></thead><tbody>"]
    for row in rows:
        out.append("<tr>" + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4, 5) else f"<td>{e(v)}</td>"
                                    for i, v in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def cms_page(site: str, site_en: str, head_title: str, nav: Sequence[str], links_before: Sequence[str],
             crumb: Sequence[str], h1: str, meta: Sequence[str], specs: Sequence, header: Sequence[str],
             rows: Sequence[Sequence[str]], files: Sequence[str] = (), links_after: Sequence[str] = (),
             foot: Sequence[str] = (), h1_lines: Sequence[str] = ()) -> str:
    e = html.escape
    parts = ['<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>{e(head_title)}</title>", f"<style>{CSS}</style></head><body>",
             f'<div class="top">{e(site)}<small>{e(site_en)}</small></div>',
             '<div class="nav">' + "".join(f'<a href="#">{e(x)}</a>' for x in nav) + "</div>"]
    if links_before:
        parts.append('<div class="links">' + "".join(f'<a href="#">{e(x)}</a>' for x in links_before) + "</div>")
    parts.append('<div class="crumb">当前位置：' + " &gt; ".join(f'<a href="#">{e(x)}</a>' for x in crumb) + "</div>")
    parts.append('<div class="wrap">')
    h1_text = "<br>".join(e(x) for x in h1_lines) if h1_lines else e(h1)
    parts.append(f'<h1 class="art">{h1_text}</h1>')
    parts.append('<div class="meta">' + "".join(f"<span>{e(x)}</span>" for x in meta) + "</div>")
    parts.append('<div class="content">')
    for spec in specs:
        parts.append(table_html(header, rows) if spec == TABLE else _spec_html(spec))
    parts.append("</div>")
    if files:
        parts.append('<div class="fj">附件下载：' + "".join(f'<br><a href="#">{e(x)}</a>' for x in files) + "</div>")
    parts.append("</div>")
    if links_after:
        parts.append('<div class="links">友情链接：' + "".join(f'<a href="#">{e(x)}</a>' for x in links_after)
                     + "</div>")
    parts.append('<div class="foot">' + "<br>".join(e(x) for x in foot) + "</div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


# --- printing -----------------------------------------------------------------------------------------------

def run(cmd: Sequence[str], timeout: int = 300) -> None:
    subprocess.run(list(cmd), check=True, capture_output=True, timeout=timeout)


def soffice_pdf(src: Path, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(outdir), str(src)], timeout=240)
    out = outdir / f"{src.stem}.pdf"
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no pdf for {src}")
    return out


def _pin_hex(text: bytes, seed: str) -> bytes:
    return re.sub(rb"<([0-9A-Fa-f]+)>", lambda m: b"<" + (seed * 4)[: len(m.group(1))].encode() + b">", text)


def pin_pdf(path: Path) -> None:
    data = path.read_bytes()
    seed = hashlib.sha256(path.name.encode()).hexdigest()
    data = re.sub(rb"D:\d{14}", b"D:" + PINNED_DATE, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", PINNED_ISO, data)
    data = re.sub(rb"(?i)uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  b"uuid:" + f"{seed[:8]}-{seed[8:12]}-{seed[12:16]}-{seed[16:20]}-{seed[20:32]}".encode(), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>", lambda m: _pin_hex(m.group(0), seed), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]+",
                  lambda m: b"/DocChecksum /" + (seed.upper() * 2)[: len(m.group(0)) - 14].encode(), data)
    path.write_bytes(data)


def docx_to_pdf(docx: Path, out: Path, tmp: Path) -> Path:
    """LibreOffice headless print of the Word document, pinned, packed by qpdf with a deterministic /ID."""
    work = tmp / "lo"
    work.mkdir(exist_ok=True)
    pdf = soffice_pdf(docx, work)
    pin_pdf(pdf)
    done = subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", "--recompress-flate",
                           "--compression-level=9", str(pdf), str(out)], capture_output=True)
    if done.returncode not in (0, 3):
        raise RuntimeError(done.stderr.decode())
    return out


# --- truth --------------------------------------------------------------------------------------------------

def write_truth(name: str, rows: Sequence[Sequence[str]], notice: dict, why: str) -> None:
    keys = ("doc_number", "city", "office", "notice_title", "issue_date", "batch", "catalog_title")
    assert set(notice) == set(keys), notice
    data = {"header": list(HEADER), "rows": [list(r) for r in rows], "notice": {k: notice[k] for k in keys},
            "why": why}
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


Made = tuple[str, str]  # file name, one line for README.txt
DOCS: dict[str, Callable[[Path], list[Made]]] = {}


def doc(fn: Callable[[Path], list[Made]]) -> Callable[[Path], list[Made]]:
    DOCS[fn.__name__] = fn
    return fn


def make(name: str, office: str, notice_title: str, specs: Sequence, rows: Sequence[Row], tmp: Path) -> list[list[str]]:
    """Write the document `name` (.docx, or .pdf printed from the .docx) and return its numbered rows."""
    table = numbered(rows)
    stem, ext = name.rsplit(".", 1)
    if ext == "docx":
        write_docx(OUT / name, office, notice_title, specs, HEADER, table)
    else:
        src = write_docx(tmp / f"{stem}.docx", office, notice_title, specs, HEADER, table)
        docx_to_pdf(src, OUT / name, tmp)
    return table


def page(name: str, rows: Sequence[Row], **kw) -> list[list[str]]:
    table = numbered(rows)
    (OUT / name).write_text(cms_page(header=HEADER, rows=table, **kw), encoding="utf-8")
    return table


# --- the documents ------------------------------------------------------------------------------------------

def std_intro(catalog: str, verb: str = "公布", word: str = "我市", basis: str = "") -> list[dict]:
    return intro(word, catalog, verb, basis)


@doc
def yongzhou(tmp: Path) -> list[Made]:
    name = "yongzhou-hongtou.docx"
    office, date = "永州市人力资源和社会保障局", "2025年3月12日"
    cat = "永州市国际职业资格比照认定职称目录（第二批）"
    t = "关于公布永州市国际职业资格比照认定职称目录（第二批）的通知"
    specs = [*letterhead(office), docno("永人社发〔2025〕12号"),
             *title("关于公布永州市国际职业资格", "比照认定职称目录", "（第二批）的通知"),
             P("各县区人力资源和社会保障局，市直各单位，各有关企业："), *std_intro(cat),
             body("特此通知。"), body("附件：" + cat), *sign(office, date), P("（此件主动公开）", indent=True, before=12),
             *annex_page(cat), UNDER,
             P("抄送：省人力资源和社会保障厅，市委组织部，市科技局，衡阳市、郴州市人力资源和社会保障局。", 13, before=24,
               rule="000000"),
             P("永州市人力资源和社会保障局办公室", 13, right_tab="2025年3月13日印发", rule="000000")]
    rows = make(name, office, t, specs, BUILD[:8], tmp)
    write_truth(name, rows, {"doc_number": "永人社发〔2025〕12号", "city": "永州", "office": office, "notice_title": t,
                             "issue_date": "2025-03-12", "batch": "第二批", "catalog_title": cat},
                "Red letterhead 永州市人力资源和社会保障局文件 above the 文号 (the letterhead is not the title). The title is set "
                "in three centred lines (…国际职业资格 / 比照认定职称目录 / （第二批）的通知): joined without breaks. The 版记 at "
                "the end: 抄送 names 衡阳市 and 郴州市 (not the issuer) and the 印发 line prints 2025年3月13日印发, the "
                "printing date: the notice is signed 2025年3月12日 under the office, so issue_date 2025-03-12.")
    return [(name, "DOCX: red letterhead 永州市人力资源和社会保障局文件 + red rule above the title; title over three lines "
             "(…资格 / …目录 / （第二批）的通知); 抄送 naming 衡阳市、郴州市 and a 印发 date (3月13日) one day after the signed date")]


@doc
def zhangjiajie(tmp: Path) -> list[Made]:
    name = "zhangjiajie-lianhe.pdf"
    lead, other, date = "张家界市人力资源和社会保障局", "张家界市科学技术局", "2025年4月21日"
    cat = "张家界市国际职业资格比照认定职称目录（第一批）"
    t = "关于公布张家界市国际职业资格比照认定职称目录（第一批）的通知"
    specs = [*letterhead(lead, other), docno("张人社发〔2025〕15号"),
             *title("关于公布张家界市国际职业资格", "比照认定职称目录（第一批）的通知"),
             P("各区县人力资源和社会保障局、科技局，市直各单位，各有关企业："),
             *intro("我市", cat, basis="根据省人力资源和社会保障厅、省科学技术厅关于开展国际职业资格比照认定职称工作的有关规定"),
             body("特此通知。"), body("附件：" + cat),
             P(lead, before=30, right_tab=other), P(date, align=R), *annex_page(cat), UNDER]
    rows = make(name, lead, t, specs, PHARMA[:7], tmp)
    write_truth(name, rows, {"doc_number": "张人社发〔2025〕15号", "city": "张家界", "office": lead, "notice_title": t,
                             "issue_date": "2025-04-21", "batch": "第一批", "catalog_title": cat},
                "A joint notice (联合发文): the letterhead stacks 张家界市人力资源和社会保障局 / 张家界市科学技术局 / 文件, and "
                "both offices sign side by side on one line under the text, the lead office (人社局, whose 文号 张人社发 it "
                "carries) first, on the left: office = the lead office only. The date is printed once, under both. Title "
                "in two lines (…国际职业资格 / 比照认定职称目录（第一批）的通知): joined.")
    return [(name, "PDF (LibreOffice from DOCX): joint notice of 人社局 and 科技局: stacked red letterhead (two offices + 文件), "
             "both offices signed side by side on one line, the date under them")]


@doc
def fuzhou(tmp: Path) -> list[Made]:
    name = "fuzhou-cms.html"
    office = "抚州市人力资源和社会保障局"
    cat = "抚州市国际职业资格比照认定职称目录（第一批）"
    t = "关于发布抚州市国际职业资格比照认定职称目录（第一批）的通知"
    specs = [P("抚人社字〔2025〕9号", align=C, after=8), P("各县（区）人力资源和社会保障局，市直各单位，各有关企业："),
             *std_intro(cat, "发布"), body("特此通知。"), body("附件：" + cat), *sign(office, "2025年3月10日"),
             *annex_page(cat)[:-1], TABLE]
    rows = page(name, FINANCE[:8], site=office, site_en="Fuzhou Human Resources and Social Security Bureau",
                head_title=f"{t}_通知公告_{office}",
                nav=["首页", "机构概况", "政务公开", "政策法规", "就业创业", "社会保障", "人才人事", "办事服务", "互动交流"],
                links_before=["江西省人力资源和社会保障厅", "南昌市人力资源和社会保障局", "九江市人力资源和社会保障局",
                              "赣州市人力资源和社会保障局", "上饶市人力资源和社会保障局", "宜春市人力资源和社会保障局"],
                crumb=["首页", "政务公开", "通知公告"], h1=t,
                meta=["发布时间：2025-03-12 10:30", f"来源：{office}", "浏览次数：1268", "更新时间：2025-03-14 16:05"],
                specs=specs, files=[f"附件：{cat}.xlsx"],
                links_after=["江西省人民政府", "抚州市人民政府", "南昌市人力资源和社会保障局", "鹰潭市人力资源和社会保障局",
                             "吉安市人力资源和社会保障局"],
                foot=["主办：抚州市人力资源和社会保障局　承办：抚州市人力资源和社会保障信息中心",
                      "地址：江西省抚州市临川区赣东大道　邮编：344000", "赣ICP备05004588号　政府网站标识码：3610000012"])
    write_truth(name, rows, {"doc_number": "抚人社字〔2025〕9号", "city": "抚州", "office": office, "notice_title": t,
                             "issue_date": "2025-03-10", "batch": "第一批", "catalog_title": cat},
                "A CMS article page: a strip of links to 江西省人社厅 and five other cities' 人社局 (南昌, 九江, 赣州, 上饶, 宜春) "
                "BEFORE the article, more (南昌, 鹰潭, 吉安) in 友情链接 after it. Three dates: 发布时间 2025-03-12 10:30, "
                "更新时间 2025-03-14 16:05, and the signed date under the office in the text, 2025年3月10日: issue_date is the "
                "signed date (2025-03-10), the page's dates are when it went online. Title verb 发布.")
    return [(name, "HTML CMS page: 发布时间 2025-03-12 10:30, 来源, 浏览次数 and a later 更新时间 (03-14) beside a signed date "
             "(3月10日) in the text; links to 省人社厅 and five other cities before the article, 友情链接 after; title with 发布")]


@doc
def suzhou(tmp: Path) -> list[Made]:
    name = "suzhou-fanghao.docx"
    office = "宿州市人力资源和社会保障局"
    cat = "宿州市国际职业资格比照认定职称目录（第一批）"
    t = "关于公布宿州市国际职业资格比照认定职称目录（第一批）的通知"
    specs = [*letterhead(office), docno("宿人社秘[2025]45号"), *title(t),
             P("各县、区人力资源和社会保障局，市直有关单位，各有关企业："), *std_intro(cat), body("特此通知。"),
             body("附件：" + cat), *sign(office, "二〇二五年四月八日"), *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, MECH[:6], tmp)
    write_truth(name, rows, {"doc_number": "宿人社秘〔2025〕45号", "city": "宿州", "office": office, "notice_title": t,
                             "issue_date": "2025-04-08", "batch": "第一批", "catalog_title": cat},
                "文号 printed with ASCII square brackets 宿人社秘[2025]45号: normalised to 〔2025〕. Date in Chinese numerals "
                "with 〇 (二〇二五年四月八日) = 2025-04-08. 宿州 (安徽), not 苏州.")
    return [(name, "DOCX: 文号 with ASCII square brackets 宿人社秘[2025]45号; date in Chinese numerals 二〇二五年四月八日")]


@doc
def yiwu(tmp: Path) -> list[Made]:
    name = "yiwu-xianjishi.pdf"
    office = "义乌市人力资源和社会保障局"
    cat = "义乌市国际职业资格比照认定职称目录（第一批）"
    t = "关于公布义乌市国际职业资格比照认定职称目录（第一批）的通知"
    basis = ("根据《金华市国际职业资格比照认定职称实施办法》，参照杭州市、宁波市做法")
    specs = [docno("义人社〔2025〕7号", rule=False), *title(t),
             P("各镇人民政府、街道办事处，市级各有关单位，各有关企业："), *std_intro(cat, basis=basis), body("特此通知。"),
             body("附件：" + cat), *sign(office, "2025年5月30日"), *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, TEXTILE + ELEC[:3], tmp)
    write_truth(name, rows, {"doc_number": "义人社〔2025〕7号", "city": "义乌", "office": office, "notice_title": t,
                             "issue_date": "2025-05-30", "batch": "第一批", "catalog_title": cat},
                "A county-level city (义乌, under 金华) issuing its own catalog: city = 义乌. The body's first sentence names "
                "金华市 (its prefecture's 办法), then 杭州市 and 宁波市 (参照…做法) before any mention of 义乌's own 我市.")
    return [(name, "PDF (LibreOffice from DOCX): a county-level city (义乌, 金华) issuing its own catalog; the body first names "
             "金华市, 杭州市, 宁波市 (参照…做法); no letterhead")]


@doc
def enshi(tmp: Path) -> list[Made]:
    name = "enshi-zizhizhou.docx"
    office = "恩施土家族苗族自治州人力资源和社会保障局"
    cat = "恩施州国际职业资格比照认定职称目录（第3批）"
    t = "关于公布恩施州国际职业资格比照认定职称目录（第3批）的通知"
    specs = [P(office + "文件", 20, "方正小标宋简体", C, bold=True, color="FF0000", after=18),
             docno("恩施州人社发〔2025〕6号"), *title(t), P("各县市人力资源和社会保障局，州直各单位，各有关企业："),
             *std_intro(cat, word="我州"), body("特此通知。"), body("附件：" + cat), *sign(office, "2025年6月3日"),
             *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, METAL[:5] + PETRO[:3], tmp)
    write_truth(name, rows, {"doc_number": "恩施州人社发〔2025〕6号", "city": "恩施土家族苗族自治州", "office": office,
                             "notice_title": t, "issue_date": "2025-06-03", "batch": "第3批", "catalog_title": cat},
                "An autonomous prefecture (自治州), not a 市: city with its full name and kind, 恩施土家族苗族自治州 (the title and "
                "catalog say 恩施州, the office prints the full name). Batch with an Arabic numeral, 第3批, kept as printed.")
    return [(name, "DOCX: an 自治州 (恩施土家族苗族自治州; 恩施州 in title and 文号 恩施州人社发〔2025〕6号); batch with an Arabic "
             "numeral （第3批）")]


@doc
def alashan(tmp: Path) -> list[Made]:
    name = "alashan-meng.html"
    office = "阿拉善盟人力资源和社会保障局"
    cat = "阿拉善盟国际职业资格比照认定职称补充目录"
    earlier = "阿拉善盟国际职业资格比照认定职称目录（第一批）"
    t = "关于公布阿拉善盟国际职业资格比照认定职称补充目录的通知"
    specs = [P("阿盟人社发(2025)15号", align=C, after=8), P("各旗（区）人力资源和社会保障局，盟直各有关单位，各有关企业："),
             body(f"为进一步拓宽国际化专业技术人才职称评价渠道，在《{earlier}》的基础上，结合我盟石油化工、冶金产业发展需要，"
                  f"我局研究制定了《{cat}》，现予以公布，请遵照执行。"),
             body("补充目录与第一批目录同时执行。取得目录内国际职业资格的人员，可按目录所列系列和层级申请比照认定相应职称。"),
             body("执行中如有问题，请及时与盟人力资源和社会保障局专业技术人员管理科联系。"), body("特此通知。"),
             body("附件：" + cat), *sign(office, "2025年6月16日"), *annex_page(cat)]
    rows = page(name, PETRO + METAL[5:8], site=office, site_en="Alxa League Human Resources and Social Security Bureau",
                head_title=f"{t}-{office}", nav=["首页", "政务公开", "政策文件", "就业创业", "社会保险", "人才人事", "劳动关系"],
                links_before=["内蒙古自治区人力资源和社会保障厅", "呼和浩特市人力资源和社会保障局", "乌海市人力资源和社会保障局",
                              "巴彦淖尔市人力资源和社会保障局"],
                crumb=["首页", "政务公开", "政策文件"], h1=t,
                meta=["发布时间：2025-06-18 09:12", "来源：阿拉善盟人社局", "【字体：大 中 小】"], specs=specs,
                foot=["主办单位：阿拉善盟人力资源和社会保障局", "蒙ICP备12001234号-1"])
    write_truth(name, rows, {"doc_number": "阿盟人社发〔2025〕15号", "city": "阿拉善盟", "office": office,
                             "notice_title": t, "issue_date": "2025-06-16", "batch": "",
                             "catalog_title": cat},
                "A 盟 (not a 市): city = 阿拉善盟. 文号 printed with ASCII parentheses 阿盟人社发(2025)15号: normalised to "
                "〔2025〕. The catalog is a 补充目录 with no 第N批: batch \"\" (the body names the EARLIER catalog 《…目录（第一批）》, "
                "which is not this notice's batch). issue_date the signed 2025年6月16日, not 发布时间 2025-06-18.")
    return [(name, "HTML CMS page: a 盟 (阿拉善盟); 文号 with ASCII parentheses (2025); a 补充目录 with no batch while the body "
             "names the earlier 《…（第一批）》; links to 内蒙古人社厅, 呼和浩特, 乌海, 巴彦淖尔 before the article")]


@doc
def akesu(tmp: Path) -> list[Made]:
    name = "akesu-diqu.pdf"
    office = "阿克苏地区人力资源和社会保障局"
    cat = "阿克苏地区国际职业资格比照认定职称目录（第一批）"
    t = "关于公布阿克苏地区国际职业资格比照认定职称目录（第一批）的通知"
    specs = [*letterhead(office), docno("阿地人社发【2025】21号"),
             P("关于公布阿克苏地区国际职业资格比照认定职称目录", 18, "方正小标宋简体", C, bold=True, before=12),
             P("（第一批）的通知", 18, "方正小标宋简体", C, bold=True, after=12),
             P("各县（市）人力资源和社会保障局，地直各有关单位，各有关企业："),
             *std_intro(cat, word="我地区", basis="根据自治区人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定"),
             body("特此通知。"), body("附件：" + cat), *sign(office, "2025年7月9日"), *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, TEXTILE + PETRO[:2], tmp)
    write_truth(name, rows, {"doc_number": "阿地人社发〔2025〕21号", "city": "阿克苏地区", "office": office,
                             "notice_title": t, "issue_date": "2025-07-09", "batch": "第一批", "catalog_title": cat},
                "A 地区 (not a 市): city = 阿克苏地区. 文号 printed with 【】 (阿地人社发【2025】21号): normalised to 〔2025〕. The "
                "title is broken right after 目录, （第一批）的通知 on its own line: joined.")
    return [(name, "PDF (LibreOffice from DOCX): a 地区 (阿克苏地区); 文号 with 【2025】; title broken right after 目录, "
             "（第一批）的通知 on the second line")]


@doc
def jiading(tmp: Path) -> list[Made]:
    name = "jiading-shanghai.html"
    office = "上海市嘉定区人力资源和社会保障局"
    cat = "嘉定区国际职业资格比照认定职称目录（第一批）"
    t = "关于公布嘉定区国际职业资格比照认定职称目录（第一批）的通知"
    specs = [P("嘉人社〔2025〕35号", align=C, after=8), P("各镇人民政府、街道办事处，嘉定工业区、菊园新区管委会，区各有关单位："),
             *std_intro(cat, word="本区", basis="根据上海市人力资源和社会保障局关于国际职业资格比照认定职称的有关规定"),
             body("特此通知。"), body("附件：" + cat), *sign(office, "2025年7月22日"), *annex_page(cat)]
    rows = page(name, ELEC + BUILD[3:6], site="上海嘉定", site_en="Jiading District, Shanghai",
                head_title=f"{t}_上海嘉定", nav=["首页", "走进嘉定", "政务公开", "政务服务", "互动交流"],
                links_before=["上海市人力资源和社会保障局", "闵行区人民政府", "宝山区人民政府", "青浦区人民政府"],
                crumb=["首页", "政务公开", "区人社局", "通知公告"], h1=t,
                h1_lines=["关于公布嘉定区国际职业资格比照认定职称目录", "（第一批）的通知"],
                meta=["发布日期：2025-07-23", "来源：区人社局", "浏览次数：842"], specs=specs,
                links_after=["苏州市人民政府", "昆山市人民政府", "太仓市人民政府"],
                foot=["主办：上海市嘉定区人民政府办公室", "沪ICP备12345678号"])
    write_truth(name, rows, {"doc_number": "嘉人社〔2025〕35号", "city": "上海", "office": office, "notice_title": t,
                             "issue_date": "2025-07-22", "batch": "第一批", "catalog_title": cat},
                "A district of Shanghai (嘉定区): city = the municipality, 上海; the title and catalog say only 嘉定区, the office "
                "under the text is 上海市嘉定区人力资源和社会保障局. The page's <h1> breaks the title before （第一批）: joined. "
                "发布日期 2025-07-23 is a day after the signed 2025年7月22日. 友情链接 name 苏州, 昆山, 太仓 after the article.")
    return [(name, "HTML CMS page of a Shanghai district (嘉定区 → 上海); the <h1> title broken before （第一批）; 发布日期 a day "
             "after the signed date; links to 闵行, 宝山, 青浦 before and 苏州, 昆山, 太仓 after")]


@doc
def shizuishan(tmp: Path) -> list[Made]:
    name = "shizuishan-gaoxinqu.pdf"
    office = "石嘴山高新技术产业开发区管理委员会"
    cat = "石嘴山高新技术产业开发区国际职业资格比照认定职称目录（试行）"
    t = "关于印发《石嘴山高新技术产业开发区国际职业资格比照认定职称目录（试行）》的通知"
    basis = "根据《石嘴山市国际职业资格比照认定职称工作实施办法》和自治区有关规定"
    specs = [docno("石高管发〔2025〕9号"),
             *title("关于印发《石嘴山高新技术产业开发区国际职业资格", "比照认定职称目录（试行）》的通知"),
             P("园区各企业，管委会各部门："), *intro("园区", cat, "印发", basis), body("特此通知。"),
             body("附件：" + cat), *sign(office, "2025年8月5日"), *annex_page(cat, size=14), UNDER]
    rows = make(name, office, t, specs, METAL[:4] + MECH[:3] + PETRO[3:5], tmp)
    write_truth(name, rows, {"doc_number": "石高管发〔2025〕9号", "city": "石嘴山高新技术产业开发区", "office": office,
                             "notice_title": t, "issue_date": "2025-08-05", "batch": "", "catalog_title": cat},
                "A development zone under a city issuing its own catalog: city = the zone's full name 石嘴山高新技术产业开发区 "
                "(not 石嘴山, whose 办法 the body cites first). Title with 印发 and 《》, broken INSIDE the 《》 (…国际职业资格 / "
                "比照认定职称目录（试行）》的通知): joined. （试行）, no 第N批: batch \"\".")
    return [(name, "PDF (LibreOffice from DOCX): a 高新区 (石嘴山高新技术产业开发区管理委员会); 印发《…》 title broken inside the "
             "《》; （试行） and no batch; the body first cites 石嘴山市's 办法")]


@doc
def linxia(tmp: Path) -> list[Made]:
    name = "linxia-gonggao.html"
    office_printed = "临夏州人力资源和社会保障局"
    cat = "临夏州国际职业资格比照认定职称目录"
    t = "临夏州人力资源和社会保障局关于发布国际职业资格比照认定职称目录的公告"
    specs = [body(f"为进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的"
                  f"有关规定，结合我州实际，现将《{cat}》予以发布。"),
             body("在我州用人单位从事专业技术工作、取得目录内国际职业资格的人员，可按目录所列系列和层级申请比照认定相应职称。"),
             body("咨询电话：0930-6212345。"), body("特此公告。"), body("附件：" + cat),
             P(office_printed, align=R, before=24), *annex_page(cat)]
    rows = page(name, FINANCE[7:15], site="临夏回族自治州人力资源和社会保障局",
                site_en="Linxia Hui Autonomous Prefecture Human Resources and Social Security Bureau",
                head_title=t, nav=["首页", "新闻动态", "信息公开", "政策法规", "公示公告", "办事指南"],
                links_before=["甘肃省人力资源和社会保障厅", "兰州市人力资源和社会保障局", "甘南藏族自治州人力资源和社会保障局",
                              "定西市人力资源和社会保障局"],
                crumb=["首页", "公示公告"], h1=t,
                meta=["发布时间：2025-08-19 15:40", "来源：临夏回族自治州人力资源和社会保障局", "阅读次数：356"],
                specs=specs, foot=["临夏回族自治州人力资源和社会保障局 版权所有", "陇ICP备10001234号"])
    write_truth(name, rows, {"doc_number": "", "city": "临夏回族自治州", "office": office_printed, "notice_title": t,
                             "issue_date": "2025-08-19", "batch": "", "catalog_title": cat},
                "A web-only 公告: no 文号 anywhere (doc_number \"\") and no date under the text; the only date is the page's "
                "发布时间 2025-08-19 15:40, so issue_date 2025-08-19. The office is printed under the text in its short form "
                "临夏州人力资源和社会保障局 (office as printed); the city is the 自治州's full name 临夏回族自治州 (banner and "
                "来源 line). The title carries the office as a prefix (…保障局关于发布…的公告): notice_title is the whole title as "
                "printed. The catalog has no batch: \"\". Links to 甘肃省人社厅, 兰州, 甘南州, 定西 before the article.")
    return [(name, "HTML CMS page, HARD: a web-only 公告 with no 文号 and no signed date (only 发布时间); office prefixed to the "
             "title; office under the text in short form (临夏州…); an 自治州; no batch; links to other cities before")]


@doc
def hulunbuir(tmp: Path) -> list[Made]:
    name = "hulunbuir-jiguan.pdf"
    office = "呼伦贝尔市人力资源和社会保障局"
    cat = "国际职业资格比照认定职称目录（第一批）"
    t = "关于公布国际职业资格比照认定职称目录（第一批）的通知"
    specs = [docno("呼人社发〔2025〕11号", rule=False), *title(t),
             P("各旗市区人力资源和社会保障局，市直各有关单位，各有关企业："),
             *std_intro(cat, basis="根据内蒙古自治区人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定"),
             body("特此通知。"), body("附件：" + cat), *sign(office, "2025年9月1日"), *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, BUILD[8:16], tmp)
    write_truth(name, rows, {"doc_number": "呼人社发〔2025〕11号", "city": "呼伦贝尔", "office": office, "notice_title": t,
                             "issue_date": "2025-09-01", "batch": "第一批", "catalog_title": cat},
                "HARD: the city is named ONLY in the office under the text (呼伦贝尔市人力资源和社会保障局): no letterhead, the "
                "title and the catalog title name no place, the body says 我市 and 内蒙古自治区, the addressees 各旗市区. The 文号's "
                "呼 is also 呼和浩特's abbreviation (呼和浩特 uses 呼人社发 too): the office decides, city = 呼伦贝尔.")
    return [(name, "PDF (LibreOffice from DOCX), HARD: the city only in the office name under the text; title and catalog title "
             "name no place; 文号 呼人社发 (呼 could be 呼和浩特)")]


@doc
def jilin(tmp: Path) -> list[Made]:
    name = "jilin-guifan.docx"
    office = "吉林市人力资源和社会保障局"
    cat_in_title = "吉林市国际职业资格比照认定职称目录（2025年度第一批）"
    cat = "吉林市2025年度第一批国际职业资格比照认定职称目录"
    t = f"关于印发《{cat_in_title}》的通知"
    specs = [*letterhead(office), P("吉市人社发〔2025〕8号", right_tab="JLSRS-2025-003", after=6, rule="FF0000"),
             P("关于印发《吉林市国际职业资格比照", 18, "方正小标宋简体", C, bold=True, before=12, after=12,
               soft=["认定职称目录（2025年度第一批）》的通知"]),
             P("各县（市）区人力资源和社会保障局，各开发区人力资源部门，市直各有关单位："),
             *intro("我市", cat_in_title, "印发", "根据吉林省人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定"),
             body("本通知自印发之日起施行，有效期5年。"), body("特此通知。"), body("附件：" + cat_in_title),
             *sign(office, "2025年9月15日"), *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, MECH[6:14], tmp)
    write_truth(name, rows, {"doc_number": "吉市人社发〔2025〕8号", "city": "吉林", "office": office, "notice_title": t,
                             "issue_date": "2025-09-15", "batch": "第一批", "catalog_title": cat},
                "吉林市 (a city of 吉林省): city = 吉林. A 规范性文件 registration number JLSRS-2025-003 is printed at the right "
                "end of the 文号's line: it is not the 文号 (吉市人社发〔2025〕8号). The title is one paragraph with a soft line "
                "break inside 《》 (…比照 / 认定职称目录…): joined. Batch printed 2025年度第一批: batch = 第一批 (the 第N批 part). "
                "catalog_title as printed ABOVE THE TABLE, 吉林市2025年度第一批国际职业资格比照认定职称目录, which words it "
                "differently from the title's 《吉林市国际职业资格比照认定职称目录（2025年度第一批）》.")
    return [(name, "DOCX: a 规范性文件 number (JLSRS-2025-003) right-aligned on the 文号's line; 印发 title with a soft break "
             "inside 《》; 2025年度第一批; the table's heading words the catalog differently from the title; 吉林市 (city 吉林)")]


@doc
def jiayuguan(tmp: Path) -> list[Made]:
    name = "jiayuguan-qianfa.docx"
    office = "嘉峪关市人力资源和社会保障局"
    cat = "嘉峪关市国际职业资格比照认定职称目录（第二批）"
    t = "关于做好2025年度国际职业资格比照认定职称工作的通知"
    specs = [*letterhead(office), P("签发人：王建国", right_tab="嘉人社发〔2025〕4号", after=6, rule="FF0000"), *title(t),
             P("市直各单位，各有关企业："),
             body("为进一步拓宽国际化专业技术人才职称评价渠道，服务我市钢铁、冶金产业发展，现就做好2025年度国际职业资格比照认定"
                  "职称工作通知如下："),
             body("一、认定范围。在我市用人单位从事专业技术工作、取得附件所列国际职业资格的人员，可申请比照认定相应职称。"),
             body("二、申报时间。2025年10月20日至11月20日，逾期不再受理。"),
             body("三、申报程序。申请人通过所在单位向市人力资源和社会保障局专业技术人员管理科提交申报材料，经审核后发文认定。"),
             body("特此通知。"), body("附件：" + cat), *sign(office, "2025年10月10日"), *annex_page(cat), UNDER]
    rows = make(name, office, t, specs, METAL, tmp)
    write_truth(name, rows, {"doc_number": "嘉人社发〔2025〕4号", "city": "嘉峪关", "office": office, "notice_title": t,
                             "issue_date": "2025-10-10", "batch": "第二批", "catalog_title": cat},
                "The 文号 is printed right-aligned on the same line as 签发人：王建国 (the signer is not part of it). The title "
                "关于做好2025年度…工作的通知 names no catalog and no batch: the catalog is named only in 附件： and above the table, "
                "with （第二批）: batch 第二批. The body prints other dates (申报时间 2025年10月20日至11月20日), not the issue date "
                "(signed 2025年10月10日).")
    return [(name, "DOCX: 签发人 line with the 文号 right-aligned on it; a 关于做好…工作的通知 title naming no catalog (catalog and "
             "batch only in 附件 and above the table); other dates in the body")]


@doc
def wenshan(tmp: Path) -> list[Made]:
    name = "wenshan-gonggao.html"
    office = "文山壮族苗族自治州人力资源和社会保障局"
    cat = "文山州国际职业资格比照认定职称目录（第一批）"
    t = "关于公布文山州国际职业资格比照认定职称目录（第一批）的公告"
    specs = [P("文山州人力资源和社会保障局公告", 22, "方正小标宋简体", C, bold=True, color="FF0000"),
             P("第12号", align=C, after=10),
             body(f"为进一步拓宽国际化专业技术人才职称评价渠道，根据云南省人力资源和社会保障厅关于开展国际职业资格比照认定职称工作"
                  f"的有关规定，参照昆明市、红河州做法，结合我州实际，我局研究制定了《{cat}》，现予以公布。"),
             body("在我州用人单位从事专业技术工作、取得目录内国际职业资格的人员，可按目录所列系列和层级申请比照认定相应职称。"),
             body("特此公告。"), body("附件：" + cat), *sign(office, "2025年10月27日"), *annex_page(cat)]
    rows = page(name, ELEC[:2] + BUILD[12:16], site=office,
                site_en="Wenshan Zhuang and Miao Autonomous Prefecture Human Resources and Social Security Bureau",
                head_title=f"{t}-{office}", nav=["首页", "机构职能", "政务公开", "公示公告", "就业创业", "社会保障"],
                links_before=["云南省人力资源和社会保障厅", "昆明市人力资源和社会保障局", "红河州人力资源和社会保障局",
                              "曲靖市人力资源和社会保障局"],
                crumb=["首页", "公示公告"], h1=t,
                meta=["发布时间：2025-10-28 11:02", "来源：州人社局", "字号：[大 中 小]"], specs=specs,
                foot=[f"主办：{office}", "滇ICP备09001234号"])
    write_truth(name, rows, {"doc_number": "第12号", "city": "文山壮族苗族自治州", "office": office, "notice_title": t,
                             "issue_date": "2025-10-27", "batch": "第一批", "catalog_title": cat},
                "A numbered 公告: under the red heading 文山州人力资源和社会保障局公告 the number is printed only as 第12号 (no "
                "office abbreviation, no year in brackets): doc_number = 第12号 as printed. The subject title 关于公布…的公告 is "
                "the page's <h1>; the red 文山州人力资源和社会保障局公告 is the 公告's heading, not its title. The body first names "
                "昆明市 and 红河州 (参照…做法). 自治州: city 文山壮族苗族自治州. issue_date the signed 2025年10月27日, not "
                "发布时间 2025-10-28.")
    return [(name, "HTML CMS page: a numbered 公告 (red heading …公告, number printed as 第12号 alone); the subject title only in "
             "the page's <h1>; body first names 昆明市, 红河州; an 自治州; links to other cities before the article")]


# --- main and README ----------------------------------------------------------------------------------------

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
    text = README_HEAD + "".join(f"  {name}\n      {line}\n" for name, line in made) + README_TAIL
    (OUT / "README.txt").write_text(text, encoding="utf-8")


README_HEAD = """Regenerate tests/fixtures/unseen32: a blind probe round of NOTICE DETAILS (文号, city, office, notice title,
issue date, batch, catalog title) as cities really word and lay them out.

    /work/main/.venv/bin/python tests/make_unseen32.py                  # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen32.py yongzhou fuzhou  # only these (the stem's first word)

15 whole notices, each with a small catalog (6 to 9 real rows: rows of the two bundled notices and of
tests/make_unseen23.py, as tests/make_unseen31.py copied them), in places no earlier round used. 5 DOCX
(python-docx, zip dates pinned), 5 web pages (.html, written as a government CMS article page: banner, menu, link
strips, breadcrumb, 发布时间/来源 line, footer), 5 PDF (the DOCX printed by LibreOffice headless, soffice
--convert-to pdf, fonts-noto-cjk; dates and /ID pinned, packed by qpdf --deterministic-id). Self-contained: imports
nothing of the project.

Truth beside each document, <stem>.truth.json: {"header", "rows", "notice", "why"}; "notice" holds what a careful
reader takes from the document: doc_number (brackets normalised to 〔〕, "" when none), city (without 市; a 自治州 /
地区 / 盟 with its full name; a development zone's full name; a Shanghai district -> 上海; a county-level city its own
name), office (as printed under the text; the lead office of a joint notice), notice_title (whole, line breaks
removed), issue_date (ISO; the signed date, or the page's 发布时间 when nothing is signed), batch (第N批 as printed,
"" when none), catalog_title (as printed above the table). "why" says how each debatable field was read.

The documents:
"""
README_TAIL = """
Checked: every PDF looked at (pdftoppm -r 60) and read with pdftotext -layout; the DOCX printed by LibreOffice and
looked at the same way; web pages rendered by headless Chromium (screenshots of fuzhou and linxia looked at).
Determinism: no randomness; DOCX zip members dated 2025-06-01, core properties pinned; PDF dates, /ID and XMP
uuids pinned, then qpdf --deterministic-id.
"""

if __name__ == "__main__":
    main(sys.argv[1:])
