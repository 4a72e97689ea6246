"""Regenerate tests/fixtures/unseen44: a blind probe round of catalogs LAID OUT otherwise than one row per qualification.

    /work/main/.venv/bin/python tests/make_unseen44.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen44.py yidu liyang     # only these (by the stem's city part)

Sixteen notices of city bureaus (人社局) in county-level cities no earlier round used: 河南 新郑, 荥阳, 长葛; 湖北 宜都,
枝江; 江苏 宜兴, 溧阳; 四川 崇州, 邛崃; 安徽 宁国; 江西 贵溪, 高安; 贵州 清镇; 陕西 华阴; 湖南 宁乡; 广西 桂平. Formats:
DOCX (python-docx), PDF printed by LibreOffice from the DOCX, PDF printed by headless Chromium from a print page, a CMS
article page (HTML).

Twelve publish a catalog of international professional qualifications recognised as Chinese professional titles
whose table is NOT `序号 | 职业资格名称 | … | 对应职称 | 所属系列` with one qualification a row:
  - a MATRIX, series rows × title columns, each cell listing the qualifications recognised there: 新郑 (the
    engineering series × 助理工程师 | 工程师 | 高级工程师, English names one per paragraph), 宜都 (工程系列 … 翻译系列 ×
    初级 | 中级 | 副高级, Chinese names separated by 、, one name holding a 、 of its own);
  - one row per ISSUING BODY, one cell listing its qualifications: 宜兴 (`Name (ABBR)（工程师）；…`), 溧阳 (two
    parallel cells, qualifications and titles one a line; one body's lines do not match: held-or-review);
  - one row per qualification FAMILY (a body's grades) with its grades in sub-columns: 崇州 (助理工程师 | 工程师 |
    高级工程师), 邛崃 (初级 | 中级 | 高级 over several series, the title printed in each cell under the name);
  - a qualification listed once with TWO titles in two columns: 宁国 (初次认定 | 满3年后可认定), 贵溪 (取得证书即可认定 |
    取得证书并从事本专业工作满3年后可认定, two rows with the second only);
  - TWO qualifications per row, a left and a right half with different labels: 清镇 (numbered across: 1 | 2),
    华阴 (numbered down: left 1-12, right 13-23);
  - a KEY-VALUE table per qualification: 宁乡 (label | value rows, 序号 among them), 桂平 (key：value inside each
    cell, two a row, no 序号).
Four CONTROLS where the plain reading is right: 荥阳 (an ordinary catalog whose header is in two rows: 职业资格 over
英文名称 | 中文名称), 长葛 (an ordinary catalog whose 对应职称 holds a level word, 中级, beside 所属系列), 高安 (an ordinary
catalog whose 备注 says 取得证书满3年后可申报高级工程师评审: leave to apply for review, not a second title), 枝江 (no
catalog: a 职称层级对应表 of titles per series and level, and a blank application form).

THE TRUTH is one row per (qualification, title) pair a steward would put in the catalog, in reading order: a matrix
row by row, left to right, top to bottom inside a cell; body and family rows row by row, then as listed in the cell
(family grades left to right); two titles: the first column's pair, then the second's; two per row by 序号. Six
canonical columns, "" where the document gives no value for the pair. 序号 is the qualification's own number where
printed, "" where the layout has none or numbers bodies / families (that number under row_seq). A layout that prints a
single name gives it as 职业资格名称 (译名 ""). 对应职称 is what the document prints for the pair (a title; a level word
where only that is printed; a title in brackets without its brackets), never worked out from level + series.

Every qualification and issuing body is real (the pool of tests/make_unseen36.py … make_unseen42.py, copied here).
Notices, 文号, people and phone numbers are invented (seeded random: regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx from the venv). DOCX by python-docx (zip dates and
core properties pinned; footers as Word PAGE / NUMPAGES fields), PDFs printed from the DOCX by LibreOffice headless
(soffice --convert-to pdf) or from a web page by headless Chromium (--print-to-pdf --disable-pdf-tagging, page numbers
by CSS @page margin boxes); PDF dates, /ID and uuids pinned, then qpdf --deterministic-id; web pages written here as
a government CMS article page. Apt packages: libreoffice-writer, chromium, poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the catalog's labels
as printed: a header in two rows as 上/下, e.g. 对应职称/初次认定; two per row: the left half's labels then the right's;
key-value tables: the keys in print order; [] for 枝江), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列]
…] (one per pair, as above), "notice": {doc_number, city, office, notice_title, issue_date, batch, catalog_title},
"expected" ("publish"; "held-or-review" for 溧阳; "no-catalog" for 枝江), "why", and for this round:
  "layout": matrix | body_rows | family_rows | two_titles | two_per_row | key_value | plain (controls) | level_table;
  "header_rows": the header as printed, row by row, each cell [label, colspan, rowspan] ([] for key-value tables);
  "n_qualifications": distinct qualifications (the count the body states; pairs may be more with two titles);
  "pair_source" (aligned with rows): where the pair is printed (第3行（AWS） × 工程师, 机械工程 × 工程师，格内第2项,
      表第4行右半, 第5张表);
  "row_seq" (aligned): the printed 序号 of the body / family row holding the pair, else "";
  "condition" (aligned): two titles: the label of the column the title sits in (初次认定, 满3年后可认定 …), else "";
  "extra" (aligned): other printed fields of the entry ({"备注": …} in 宁乡, 桂平, 高安), else {};
  "review": [{"rows": [indices into rows], "why"}] where a careful steward must look (溧阳), else [];
  "control": true for the four controls; "other_tables" (枝江): the tables the document does hold.
All of it is written from this script's own data model, never read back from the documents.
"""



from __future__ import annotations

import hashlib
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen44"
PINNED_DATE = b"20250601090000"
PINNED_ISO = b"2025-06-01T09:00:00"
ZIP_DATE = (2025, 6, 1, 9, 0, 0)
HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]

# --- issuing bodies: (Chinese name as bureaus write it, English (or own-language) name, abbreviation) -----------
B = {
    "IMECHE": ("英国机械工程师学会", "The Institution of Mechanical Engineers", "IMechE"),
    "IET": ("英国工程技术学会", "The Institution of Engineering and Technology", "IET"),
    "ICE": ("英国土木工程师学会", "Institution of Civil Engineers", "ICE"),
    "ISTRUCTE": ("英国结构工程师学会", "The Institution of Structural Engineers", "IStructE"),
    "ICHEME": ("英国化学工程师学会", "Institution of Chemical Engineers", "IChemE"),
    "CIBSE": ("英国皇家屋宇装备工程师学会", "Chartered Institution of Building Services Engineers", "CIBSE"),
    "CIOB": ("英国皇家特许建造学会", "Chartered Institute of Building", "CIOB"),
    "RICS": ("英国皇家特许测量师学会", "Royal Institution of Chartered Surveyors", "RICS"),
    "IOM3": ("英国材料、矿物和采矿学会", "Institute of Materials, Minerals and Mining", "IOM3"),
    "EI": ("英国能源学会", "Energy Institute", "EI"),
    "RSC": ("英国皇家化学学会", "Royal Society of Chemistry", "RSC"),
    "AWS": ("美国焊接学会", "American Welding Society", "AWS"),
    "IIW": ("国际焊接学会", "International Institute of Welding", "IIW"),
    "ASNT": ("美国无损检测学会", "American Society for Nondestructive Testing", "ASNT"),
    "API": ("美国石油学会", "American Petroleum Institute", "API"),
    "NACE": ("美国腐蚀工程师协会", "NACE International", "NACE"),
    "ASQ": ("美国质量协会", "American Society for Quality", "ASQ"),
    "NCEES": ("美国国家工程与测量考试委员会", "National Council of Examiners for Engineering and Surveying", "NCEES"),
    "ASM": ("美国材料信息协会", "ASM International", "ASM"),
    "AICHE": ("美国化学工程师协会", "American Institute of Chemical Engineers", "AIChE"),
    "SPE": ("美国石油工程师协会", "Society of Petroleum Engineers", "SPE"),
    "EC": ("加拿大工程师协会", "Engineers Canada", "EC"),
    "EA": ("澳大利亚工程师协会", "Engineers Australia", "EA"),
    "IME": ("机械工程师学会", "Institute of Mechanical Engineers", "IME"),
    "IPEJ": ("日本技术士会", "公益社団法人日本技術士会", "IPEJ"),
    "HKIE": ("香港工程师学会", "The Hong Kong Institution of Engineers", "HKIE"),
    "HKIS": ("香港测量师学会", "The Hong Kong Institute of Surveyors", "HKIS"),
    "PEB": ("新加坡专业工程师局", "Professional Engineers Board Singapore", "PEB"),
    "DIHK": ("德国工商大会", "Deutscher Industrie- und Handelskammertag", "DIHK"),
    "IEEE_CS": ("IEEE 计算机协会", "IEEE Computer Society", "IEEE CS"),
    "IEEE_COMSOC": ("IEEE 通信协会", "IEEE Communications Society", "IEEE ComSoc"),
    "ACM": ("美国计算机学会", "Association for Computing Machinery", "ACM"),
    "CISCO": ("思科系统公司", "Cisco Systems, Inc.", "Cisco"),
    "REDHAT": ("红帽公司", "Red Hat, Inc.", "Red Hat"),
    "ORACLE": ("甲骨文公司", "Oracle Corporation", "Oracle"),
    "ISC2": ("国际信息系统安全认证联盟", "International Information System Security Certification Consortium", "ISC2"),
    "ISACA": ("国际信息系统审计协会", "Information Systems Audit and Control Association", "ISACA"),
    "TOG": ("国际开放标准组织", "The Open Group", "TOG"),
    "AXELOS": ("英国 AXELOS 公司", "AXELOS Global Best Practice", "AXELOS"),
    "AMAZON": ("亚马逊云科技", "Amazon Web Services", "AWS"),
    "USGBC": ("美国绿色建筑委员会", "U.S. Green Building Council", "USGBC"),
    "IWBI": ("国际 WELL 建筑研究院", "International WELL Building Institute", "IWBI"),
    "BRE": ("英国建筑研究院", "Building Research Establishment", "BRE"),
    "PHI": ("德国被动房研究所", "Passivhaus Institut", "PHI"),
    "AACE": ("国际造价工程师协会", "AACE International", "AACE"),
    "IFMA": ("国际设施管理协会", "International Facility Management Association", "IFMA"),
    "BCSP": ("美国安全专业人员认证委员会", "Board of Certified Safety Professionals", "BCSP"),
    "NEBOSH": ("英国国家职业安全与健康考试委员会", "National Examination Board in Occupational Safety and Health",
               "NEBOSH"),
    "IOSH": ("英国职业安全与健康协会", "Institution of Occupational Safety and Health", "IOSH"),
    "ABIH": ("美国工业卫生委员会", "American Board of Industrial Hygiene", "ABIH"),
    "NFPA": ("美国消防协会", "National Fire Protection Association", "NFPA"),
    "ACRP": ("美国临床研究专业协会", "Association of Clinical Research Professionals", "ACRP"),
    "ASCP": ("美国临床病理学学会", "American Society for Clinical Pathology", "ASCP"),
    "NABP": ("美国国家药房联合会", "National Association of Boards of Pharmacy", "NABP"),
    "ABT": ("美国毒理委员会", "American Board of Toxicology", "ABT"),
    "SCDM": ("临床数据管理协会", "Society for Clinical Data Management", "SCDM"),
    "SAS": ("SAS 全球认证中心", "SAS Global Certification", "SAS"),
    "IAC": ("国际细胞学会", "International Academy of Cytology", "IAC"),
    "RAPS": ("美国法规事务专业协会", "Regulatory Affairs Professionals Society", "RAPS"),
    "SDC": ("英国染工和色彩协会", "Society of Dyers and Colourists", "SDC"),
    "TI": ("国际纺织学会", "The Textile Institute", "TI"),
    "IFT": ("美国食品工艺学家学会", "Institute of Food Technologists", "IFT"),
    "PMI": ("美国项目管理协会", "Project Management Institute", "PMI"),
    "IPMA": ("国际项目管理协会", "International Project Management Association", "IPMA"),
    "APM": ("英国项目管理协会", "Association for Project Management", "APM"),
    "CFA": ("美国特许金融分析师协会", "CFA Institute", "CFA Institute"),
    "GARP": ("全球风险管理专业人士协会", "Global Association of Risk Professionals", "GARP"),
    "SOA": ("北美精算师协会", "Society of Actuaries", "SOA"),
    "CAS": ("北美产险精算师协会", "Casualty Actuarial Society", "CAS"),
    "IFOA": ("英国精算师协会", "Institute and Faculty of Actuaries", "IFoA"),
    "CII": ("英国特许保险学会", "Chartered Insurance Institute", "CII"),
    "FPSB": ("国际金融理财标准委员会", "Financial Planning Standards Board", "FPSB"),
    "CAIA": ("另类投资分析师协会", "CAIA Association", "CAIA"),
    "CCIM": ("美国商业投资师协会", "CCIM Institute", "CCIM"),
    "CILT": ("英国皇家物流与运输学会", "Chartered Institute of Logistics and Transport", "CILT"),
    "CIPS": ("英国皇家采购与供应学会", "Chartered Institute of Procurement & Supply", "CIPS"),
    "ASCM": ("美国供应链管理协会", "Association for Supply Chain Management", "ASCM"),
    "HRCI": ("美国人力资源认证协会", "HR Certification Institute", "HRCI"),
    "SHRM": ("美国人力资源管理协会", "Society for Human Resource Management", "SHRM"),
    "CIPD": ("英国特许人事发展协会", "Chartered Institute of Personnel and Development", "CIPD"),
    "ACCA": ("英国特许公认会计师公会", "The Association of Chartered Certified Accountants", "ACCA"),
    "CIMA": ("英国皇家特许管理会计师公会", "Chartered Institute of Management Accountants", "CIMA"),
    "IMA": ("美国管理会计师协会", "Institute of Management Accountants", "IMA"),
    "CPAA": ("澳洲会计师公会", "CPA Australia", "CPA Australia"),
    "AICPA": ("美国注册会计师协会", "American Institute of Certified Public Accountants", "AICPA"),
    "ICAEW": ("英格兰及威尔士特许会计师协会", "Institute of Chartered Accountants in England and Wales", "ICAEW"),
    "CPAC": ("加拿大特许专业会计师协会", "Chartered Professional Accountants of Canada", "CPA Canada"),
    "JCCI": ("日本商工会议所", "The Japan Chamber of Commerce and Industry", "JCCI"),
    "IIA": ("国际内部审计师协会", "The Institute of Internal Auditors", "IIA"),
    "ACFE": ("美国注册舞弊审核师协会", "Association of Certified Fraud Examiners", "ACFE"),
    "RSS": ("英国皇家统计学会", "Royal Statistical Society", "RSS"),
    "ASA_STAT": ("美国统计协会", "American Statistical Association", "ASA"),
    "NAATI": ("澳大利亚翻译资格认可局", "National Accreditation Authority for Translators and Interpreters", "NAATI"),
    "CIOL": ("英国特许语言学家学会", "Chartered Institute of Linguists", "CIOL"),
    "ATA": ("美国翻译协会", "American Translators Association", "ATA"),
}

E, A, S = "工程师", "助理工程师", "高级工程师"
JJ, GJJ, ZJJ = "经济师", "高级经济师", "助理经济师"
KJ, GKJ = "会计师", "高级会计师"

# (qualification, translation, body, title, series): real qualifications, as bureaus translate them
POOL: list[tuple[str, str, str, str, str]] = [
    # 机械工程
    ("Chartered Engineer (CEng)", "特许机械工程师", "IMECHE", E, "机械工程"),
    ("Incorporated Engineer (IEng)", "注册机械工程师", "IMECHE", A, "机械工程"),
    ("Certified Welding Inspector (CWI)", "注册焊接检验师", "AWS", E, "机械工程"),
    ("Senior Certified Welding Inspector (SCWI)", "高级注册焊接检验师", "AWS", S, "机械工程"),
    ("Certified Welding Engineer (CWEng)", "注册焊接工程师", "AWS", E, "机械工程"),
    ("Certified Welding Educator (CWE)", "注册焊接教师", "AWS", E, "机械工程"),
    ("Certified Welding Supervisor (CWS)", "注册焊接监督员", "AWS", A, "机械工程"),
    ("Certified Radiographic Interpreter (CRI)", "注册射线底片评定员", "AWS", A, "机械工程"),
    ("International Welding Engineer (IWE)", "国际焊接工程师", "IIW", E, "机械工程"),
    ("International Welding Technologist (IWT)", "国际焊接技术员", "IIW", A, "机械工程"),
    ("International Welding Specialist (IWS)", "国际焊接技师", "IIW", A, "机械工程"),
    ("International Welding Inspector - Comprehensive (IWI-C)", "国际焊接检验师（全面级）", "IIW", E, "机械工程"),
    ("ASNT NDT Level III", "美国无损检测三级人员", "ASNT", E, "机械工程"),
    ("ACCP Professional Level II", "ACCP 二级无损检测人员", "ASNT", A, "机械工程"),
    ("Certified Quality Engineer (CQE)", "注册质量工程师", "ASQ", E, "机械工程"),
    ("Certified Reliability Engineer (CRE)", "注册可靠性工程师", "ASQ", E, "机械工程"),
    ("Certified Six Sigma Black Belt (CSSBB)", "注册六西格玛黑带", "ASQ", E, "机械工程"),
    ("Certified Quality Auditor (CQA)", "注册质量审核员", "ASQ", A, "机械工程"),
    ("FE Mechanical", "美国基础机械工程师", "NCEES", A, "机械工程"),
    ("PE Mechanical: HVAC and Refrigeration", "美国注册暖通空调与制冷工程师", "NCEES", E, "机械工程"),
    ("PE Mechanical: Machine Design and Materials", "美国注册机械设计和材料工程师", "NCEES", E, "机械工程"),
    ("PE Mechanical: Thermal and Fluids Systems", "美国注册热流体系统工程师", "NCEES", E, "机械工程"),
    ("Mechanical Engineering", "加拿大机械工程师", "EC", E, "机械工程"),
    ("Mechatronics Engineering", "加拿大机械电子工程师", "EC", E, "机械工程"),
    ("Junior International Certified Mechanical Engineer (JICME)", "初级国际注册机械工程师", "IME", A, "机械工程"),
    ("International Certified Mechanical Engineer (ICME)", "国际注册机械工程师", "IME", E, "机械工程"),
    ("Chartered Professional Engineer (CPEng)", "澳大利亚特许专业工程师", "EA", E, "机械工程"),
    ("技術士（機械部門）", "日本技术士（机械部门）", "IPEJ", E, "机械工程"),
    ("Elektroniker/-in-Maschinen- und Antriebstechnik", "电子技术员-机械和驱动技术方向", "DIHK", A, "机械工程"),
    ("Elektroniker/-in -Betriebsstechnik", "电子技术员-设备运转技术方向", "DIHK", A, "机械工程"),
    ("Elektroniker/-in für Automatisierungstechnik", "电子技术员-自动化技术方向", "DIHK", A, "机械工程"),
    ("Industrieelektriker/-in", "工业电气设备技术员", "DIHK", A, "机械工程"),
    ("Industriemechaniker/-in", "工业设备机械师", "DIHK", A, "机械工程"),
    ("Mechatroniker/-in", "机电一体化专业技术人员", "DIHK", A, "机械工程"),
    ("Kraftfahrzeugmechatroniker/-in", "机动车机械电子技师", "DIHK", A, "机械工程"),
    ("Mechatroniker/-in für Kältetechnik", "机械电子技术员-制冷方向", "DIHK", A, "机械工程"),
    ("Konstruktionsmechaniker/-in", "建造机械师", "DIHK", A, "机械工程"),
    ("Werkzeugmechaniker/-in", "模具机械专业技术人员", "DIHK", A, "机械工程"),
    ("Zerspanungsmechaniker/-in", "切削机械师", "DIHK", A, "机械工程"),
    ("Anlagenmechaniker/-in", "设备机械师", "DIHK", A, "机械工程"),
    ("Fachkraft für Süßwarentechnik", "甜食生产技术员", "DIHK", A, "机械工程"),
    ("Pharmakant/-in", "药物生产技术员", "DIHK", A, "机械工程"),
    # 冶金工程
    ("Applied General Metallurgy", "通用冶金师", "ASM", E, "冶金工程"),
    ("Ferrous Metallurgy", "黑色金属冶金师", "ASM", E, "冶金工程"),
    ("Corrosion-Chemical & Elevated Temperature", "腐蚀化学剂和高温控制师", "ASM", E, "冶金工程"),
    ("Heat Treating", "热处理技师", "ASM", E, "冶金工程"),
    ("Non-Ferrous Metallurgy", "有色金属冶金师", "ASM", E, "冶金工程"),
    ("Testing & Inspection", "测试和质检师", "ASM", E, "冶金工程"),
    ("Thermal Spray", "热喷涂师", "ASM", E, "冶金工程"),
    ("PE Metallurgical and Materials", "美国注册冶金与材料工程师", "NCEES", E, "冶金工程"),
    ("CCPE Metallurgical Engineering", "加拿大冶金工程师", "EC", E, "冶金工程"),
    ("Professional Member (MIMMM)", "英国材料、矿物和采矿学会专业会员", "IOM3", E, "冶金工程"),
    # 石油化工工程
    ("AIChE member", "美国化学工程师协会会员", "AICHE", E, "石油化工工程"),
    ("MSPE", "美国石油工程师协会会员", "SPE", E, "石油化工工程"),
    ("Petroleum Engineering Certification", "美国石油工程师协会石油工程认证", "SPE", E, "石油化工工程"),
    ("NACE CIP2", "NACE 二级涂装检验师", "NACE", A, "石油化工工程"),
    ("NACE CIP3", "NACE 三级涂装检验师", "NACE", E, "石油化工工程"),
    ("Cathodic Protection Technician (CP2)", "阴极保护技术员", "NACE", A, "石油化工工程"),
    ("Senior Corrosion Technologist", "高级腐蚀技术专家", "NACE", E, "石油化工工程"),
    ("API 510 Pressure Vessel Inspector", "API 510 压力容器检验师", "API", E, "石油化工工程"),
    ("API 570 Piping Inspector", "API 570 管道检验师", "API", E, "石油化工工程"),
    ("API 653 Aboveground Storage Tank Inspector", "API 653 储罐检验师", "API", E, "石油化工工程"),
    ("Chartered Member (MIChemE)", "英国化学工程师学会特许会员", "ICHEME", E, "石油化工工程"),
    ("Associate Member (AMIChemE)", "英国化学工程师学会准会员", "ICHEME", A, "石油化工工程"),
    ("Chartered Chemist (CChem)", "特许化学家", "RSC", E, "石油化工工程"),
    ("Chartered Engineer (CEng) MEI", "英国能源学会特许工程师", "EI", E, "石油化工工程"),
    ("PE Chemical", "美国注册化学工程师", "NCEES", E, "石油化工工程"),
    ("Chemikant/-in", "化工生产技师", "DIHK", A, "石油化工工程"),
    # 电子信息工程
    ("FE Electrical and Computer", "美国电子和计算机基础工程师", "NCEES", A, "电子信息工程"),
    ("PE Electrical and Computer: Power", "美国注册电力工程师", "NCEES", E, "电子信息工程"),
    ("Chartered Engineer (CEng) MIET", "英国工程技术学会特许工程师", "IET", E, "电子信息工程"),
    ("Incorporated Engineer (IEng) MIET", "英国工程技术学会注册工程师", "IET", A, "电子信息工程"),
    ("IEEE Wireless Communications Engineering Technologies Certification", "无线通信工程师认证", "IEEE_COMSOC", A,
     "电子信息工程"),
    ("Associate Software Developer Certification", "中级软件开发人员认证", "IEEE_CS", A, "电子信息工程"),
    ("Professional Software Developer Certification", "专业软件开发人员认证", "IEEE_CS", E, "电子信息工程"),
    ("Professional Members", "专业会员", "ACM", A, "电子信息工程"),
    ("Cisco Certified Internetwork Expert (CCIE)", "思科认证互联网专家", "CISCO", E, "电子信息工程"),
    ("Cisco Certified Network Professional (CCNP)", "思科认证网络高级工程师", "CISCO", A, "电子信息工程"),
    ("Red Hat Certified Architect (RHCA)", "红帽认证架构师", "REDHAT", E, "电子信息工程"),
    ("Red Hat Certified Engineer (RHCE)", "红帽认证工程师", "REDHAT", A, "电子信息工程"),
    ("Oracle Certified Master (OCM)", "甲骨文认证大师", "ORACLE", E, "电子信息工程"),
    ("Certified Information Systems Security Professional (CISSP)", "注册信息系统安全专家", "ISC2", E, "电子信息工程"),
    ("Certified Cloud Security Professional (CCSP)", "注册云安全专家", "ISC2", E, "电子信息工程"),
    ("Certified Information Security Manager (CISM)", "注册信息安全经理", "ISACA", E, "电子信息工程"),
    ("TOGAF 9 Certified", "TOGAF 企业架构认证", "TOG", E, "电子信息工程"),
    ("ITIL 4 Managing Professional", "ITIL 4 管理专家", "AXELOS", E, "电子信息工程"),
    ("AWS Certified Solutions Architect - Professional", "亚马逊云科技认证解决方案架构师（专业级）", "AMAZON", E,
     "电子信息工程"),
    ("Fachinformatiker/-in für Anwendungsentwicklung", "信息技术专员-应用开发方向", "DIHK", A, "电子信息工程"),
    # 建设工程
    ("LEED AP Building Design + Construction (LEED AP BD+C)", "美国绿色建筑认证专家 (LEED 绿色建筑设计和施工)", "USGBC", E,
     "建设工程"),
    ("LEED AP Operations + Maintenance (LEED AP O+M)", "美国绿色建筑认证专家 (LEED 绿色运行和维护)", "USGBC", E, "建设工程"),
    ("WELL AP", "WELL 认证专家", "IWBI", E, "建设工程"),
    ("BREEAM Assessor", "BREEAM 评估师", "BRE", A, "建设工程"),
    ("Certified Passive House Designer", "认证被动房设计师", "PHI", E, "建设工程"),
    ("PE Civil Construction", "美国注册土木建设工程师", "NCEES", E, "建设工程"),
    ("PE Civil Geotechnical", "美国注册岩土工程师", "NCEES", E, "建设工程"),
    ("PE Civil Structural", "美国注册土木结构工程师", "NCEES", E, "建设工程"),
    ("Building Engineering", "加拿大建造工程师", "EC", E, "建设工程"),
    ("Structural Engineering", "加拿大结构工程师", "EC", E, "建设工程"),
    ("Associate (AssocRICS)", "技术会员", "RICS", A, "建设工程"),
    ("Member (MRICS)", "专业会员", "RICS", E, "建设工程"),
    ("Fellow (FRICS)", "资深会员", "RICS", S, "建设工程"),
    ("Associate-Member (AMIStructE)", "英国结构工程师学会准会员", "ISTRUCTE", A, "建设工程"),
    ("Chartered Member (MIStructE)", "英国结构工程师学会特许会员", "ISTRUCTE", E, "建设工程"),
    ("Member (MICE)", "英国土木工程师学会正式会员", "ICE", E, "建设工程"),
    ("Fellow (FICE)", "英国土木工程师学会资深会员", "ICE", S, "建设工程"),
    ("Incorporated Member (ICIOB)", "英国皇家特许建造学会正式会员", "CIOB", A, "建设工程"),
    ("Chartered Member (MCIOB)", "英国皇家特许建造学会特许会员", "CIOB", E, "建设工程"),
    ("Chartered Fellow (FCIOB)", "英国皇家特许建造学会资深会员", "CIOB", S, "建设工程"),
    ("Chartered Member (MCIBSE)", "英国皇家屋宇装备工程师学会特许会员", "CIBSE", E, "建设工程"),
    ("Fellow (FCIBSE)", "英国皇家屋宇装备工程师学会资深会员", "CIBSE", S, "建设工程"),
    ("Member (MHKIE)", "香港工程师学会正式会员", "HKIE", E, "建设工程"),
    ("Member (MHKIS)", "香港测量师学会正式会员", "HKIS", E, "建设工程"),
    ("Professional Engineer (Civil)", "新加坡注册专业工程师（土木）", "PEB", E, "建设工程"),
    ("Certified Cost Professional (CCP)", "注册造价工程师", "AACE", E, "建设工程"),
    ("Certified Facility Manager (CFM)", "注册设施经理", "IFMA", E, "建设工程"),
    # 安全工程
    ("Certified Safety Professional (CSP)", "注册安全专家", "BCSP", E, "安全工程"),
    ("Associate Safety Professional (ASP)", "助理安全专家", "BCSP", A, "安全工程"),
    ("NEBOSH International Diploma in Occupational Health and Safety", "NEBOSH 国际职业健康与安全文凭", "NEBOSH", E,
     "安全工程"),
    ("Chartered Member (CMIOSH)", "英国职业安全与健康协会特许会员", "IOSH", E, "安全工程"),
    ("Certified Industrial Hygienist (CIH)", "注册工业卫生师", "ABIH", E, "安全工程"),
    ("Certified Fire Protection Specialist (CFPS)", "注册消防专家", "NFPA", E, "安全工程"),
    # 医药工程
    ("ACRP-PM (ACRP Project Manager)", "ACRP 认证项目管理专业人员", "ACRP", E, "医药工程"),
    ("ACRP-MDP (ACRP Medical Device Professional)", "ACRP 认证医疗器械专业人员", "ACRP", E, "医药工程"),
    ("Certified Clinical Research Associate", "注册临床研究助理", "ACRP", E, "医药工程"),
    ("ACRP-CP (ACRP Certified Professional)", "ACRP 认证临床专业人员", "ACRP", A, "医药工程"),
    ("Certified Clinical Research Coordinator", "注册临床研究协调员", "ACRP", A, "医药工程"),
    ("Licensed Pharmacist", "执业药师", "NABP", E, "医药工程"),
    ("Diplomate of Certified Toxicologist", "认证毒理学专业人员", "ABT", E, "医药工程"),
    ("International Technologist in Chemistry (ASCP)", "国际化学技术员", "ASCP", A, "医药工程"),
    ("International Technologist in Molecular Biology, MIB (ASCP)", "国际生物分子学技师", "ASCP", A, "医药工程"),
    ("International Medical Technologist, MT (ASCP)", "国际医学技术员", "ASCP", A, "医药工程"),
    ("International Medical Laboratory Technician, MLT (ASCP)", "国际医学检验技师", "ASCP", A, "医药工程"),
    ("Certified Clinical Data Manager", "注册临床数据管理员", "SCDM", A, "医药工程"),
    ("SAS Certified Clinical Trials Programmer Using SAS 9", "临床试验编程师", "SAS", A, "医药工程"),
    ("CT (IAC) Certified", "认证细胞技术专业人员", "IAC", A, "医药工程"),
    ("Regulatory Affairs Certification (RAC)", "注册法规事务专业人员", "RAPS", E, "医药工程"),
    # 纺织工程, 轻工工程
    ("Associateship (ASDC)", "英国染工和色彩协会认证染色专家", "SDC", A, "纺织工程"),
    ("Fellowship (FSDC)", "英国染工和色彩协会会员", "SDC", E, "纺织工程"),
    ("Associateship (CText ATI)", "纺织学会准会员", "TI", A, "纺织工程"),
    ("Fellowship (CText FTI)", "纺织学会会士", "TI", E, "纺织工程"),
    ("Certified Food Scientist (CFS)", "注册食品科学家", "IFT", E, "轻工工程"),
    # 经济
    ("Project Management Professional (PMP)", "项目管理专业人士", "PMI", JJ, "经济"),
    ("Program Management Professional (PgMP)", "项目集管理专业人士", "PMI", GJJ, "经济"),
    ("PMI Agile Certified Practitioner (PMI-ACP)", "敏捷管理专业人士", "PMI", JJ, "经济"),
    ("PMI Risk Management Professional (PMI-RMP)", "风险管理专业人士", "PMI", JJ, "经济"),
    ("Certified Associate in Project Management (CAPM)", "助理项目管理专业人士", "PMI", ZJJ, "经济"),
    ("IPMA Level D (Certified Project Management Associate)", "助理项目经理", "IPMA", ZJJ, "经济"),
    ("IPMA Level C (Certified Project Manager)", "项目经理", "IPMA", JJ, "经济"),
    ("IPMA Level B (Certified Senior Project Manager)", "高级项目经理", "IPMA", GJJ, "经济"),
    ("APM Project Professional Qualification (PPQ)", "项目专业人士资格", "APM", JJ, "经济"),
    ("PRINCE2 Practitioner", "受控环境下的项目管理从业级", "AXELOS", JJ, "经济"),
    ("Chartered Financial Analyst (CFA)", "特许金融分析师", "CFA", JJ, "经济"),
    ("Financial Risk Manager (FRM)", "金融风险管理师", "GARP", JJ, "经济"),
    ("Associate of the Society of Actuaries (ASA)", "北美准精算师", "SOA", JJ, "经济"),
    ("Fellow of the Society of Actuaries (FSA)", "北美正精算师", "SOA", GJJ, "经济"),
    ("Associate of the Casualty Actuarial Society (ACAS)", "北美产险准精算师", "CAS", JJ, "经济"),
    ("Fellow of the Casualty Actuarial Society (FCAS)", "北美产险正精算师", "CAS", GJJ, "经济"),
    ("Fellow of the Institute and Faculty of Actuaries (FIA)", "英国正精算师", "IFOA", GJJ, "经济"),
    ("Associate of the Chartered Insurance Institute (ACII)", "英国特许保险学会特许会员", "CII", JJ, "经济"),
    ("Certified Financial Planner (CFP)", "国际金融理财师", "FPSB", JJ, "经济"),
    ("Chartered Alternative Investment Analyst (CAIA)", "特许另类投资分析师", "CAIA", JJ, "经济"),
    ("Certified Commercial Investment Member (CCIM)", "注册商业投资师", "CCIM", JJ, "经济"),
    ("Chartered Member (CMILT)", "英国皇家物流与运输学会特许会员", "CILT", JJ, "经济"),
    ("Member (MCIPS)", "英国皇家采购与供应学会会员", "CIPS", JJ, "经济"),
    ("Certified Supply Chain Professional (CSCP)", "供应链管理专业人士", "ASCM", JJ, "经济"),
    ("Certified in Planning and Inventory Management (CPIM)", "生产与库存管理认证", "ASCM", JJ, "经济"),
    ("Senior Professional in Human Resources (SPHR)", "高级人力资源专业人员", "HRCI", JJ, "经济"),
    ("Global Professional in Human Resources (GPHR)", "全球人力资源专业人员", "HRCI", JJ, "经济"),
    ("SHRM Senior Certified Professional (SHRM-SCP)", "SHRM 高级认证专业人员", "SHRM", JJ, "经济"),
    ("Chartered Member (Chartered MCIPD)", "英国特许人事发展协会特许会员", "CIPD", JJ, "经济"),
    # 会计, 审计, 统计, 翻译
    ("Member (ACCA)", "特许公认会计师", "ACCA", KJ, "会计"),
    ("Fellow (FCCA)", "资深特许公认会计师", "ACCA", GKJ, "会计"),
    ("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", "CIMA", KJ, "会计"),
    ("Fellow Chartered Management Accountant (FCMA)", "资深特许管理会计师", "CIMA", GKJ, "会计"),
    ("Certified Management Accountant (CMA)", "美国注册管理会计师", "IMA", KJ, "会计"),
    ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", "CPAA", KJ, "会计"),
    ("Fellow Certified Practising Accountant (FCPA)", "澳大利亚资深注册会计师", "CPAA", GKJ, "会计"),
    ("Certified Public Accountant (U.S. CPA)", "美国注册会计师", "AICPA", KJ, "会计"),
    ("Associate Chartered Accountant (ACA)", "英格兰及威尔士特许会计师", "ICAEW", KJ, "会计"),
    ("Chartered Professional Accountant (CPA)", "加拿大特许专业会计师", "CPAC", KJ, "会计"),
    ("日商簿記検定1級", "日本商工会议所簿记检定一级", "JCCI", KJ, "会计"),
    ("Certified Internal Auditor (CIA)", "国际注册内部审计师", "IIA", "审计师", "审计"),
    ("Certification in Risk Management Assurance (CRMA)", "风险管理确认资格", "IIA", "审计师", "审计"),
    ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", "ISACA", "审计师", "审计"),
    ("Certified Fraud Examiner (CFE)", "注册舞弊审查师", "ACFE", "审计师", "审计"),
    ("Chartered Statistician (CStat)", "特许统计师", "RSS", "统计师", "统计"),
    ("Accredited Professional Statistician (PStat)", "认证专业统计师", "ASA_STAT", "统计师", "统计"),
    ("Certified Translator", "认证笔译员", "NAATI", "二级翻译", "翻译"),
    ("Certified Conference Interpreter", "认证会议口译员", "NAATI", "一级翻译", "翻译"),
    ("Diploma in Translation (DipTrans)", "翻译文凭", "CIOL", "二级翻译", "翻译"),
    ("ATA-Certified Translator", "美国翻译协会认证翻译", "ATA", "二级翻译", "翻译"),
]
ENGINEERING = {"机械工程", "冶金工程", "石油化工工程", "电子信息工程", "建设工程", "安全工程", "医药工程", "纺织工程",
               "轻工工程"}


CN_NUM = "一二三四五六七八九十"


def issuer(key: str, style: str) -> str:
    """The body as a bureau prints it: cn_en 中文 (English); cn_full 中文（English）; cn_abbr 中文（ABBR）; en English;
    cn 中文; en_abbr English (ABBR); mixed: varies by body, as clerks copying from several sources do."""
    cn, en, ab = B[key]
    if style == "mixed":
        style = ("cn_abbr", "en", "cn_en", "cn", "en_abbr")[int(hashlib.md5(key.encode()).hexdigest(), 16) % 5]
        if key == "DIHK":
            style = "cn_abbr"
        if key in ("IPEJ", "JCCI"):
            style = "cn"
    if key in ("IPEJ", "JCCI") and style in ("en", "en_abbr"):
        style = "cn"  # Japanese bodies: the Chinese name (their own is not English)
    return {"cn_en": f"{cn} ({en})", "cn_full": f"{cn}（{en}）", "cn_abbr": f"{cn}（{ab}）", "en": en,
            "cn": cn, "en_abbr": f"{en} ({ab})"}[style]


def own_level(title: str) -> str:
    """The level a title has by itself (助理工程师 初级, 工程师 中级, 高级工程师 副高级, 一级翻译 副高级)."""
    if title.startswith("助理"):
        return "初级"
    if title.startswith("高级") or title.startswith("一级"):
        return "副高级"
    return "中级"


# --- people, phones ------------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志宏海波宁欣怡晨雪梅琳浩宇轩思远嘉"


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
    return rng.choice(SURNAMES) + given


def phone(rng: random.Random, area: str, digits: int = 0) -> str:
    digits = digits or (8 if len(area) <= 3 else 7)
    return f"{area}-{rng.randint(2, 8)}{rng.randint(10 ** (digits - 2), 10 ** (digits - 1) - 1)}"


# --- Word (python-docx) ------------------------------------------------------------------------------------------

@dataclass
class Word:
    """How one bureau's clerk set the document in Word."""
    body_face: str = "仿宋_GB2312"
    title_face: str = "方正小标宋简体"
    hei_face: str = "黑体"
    table_face: str = "宋体"
    latin: str = "Times New Roman"
    letterhead: bool = False
    landscape_annex: bool = False
    widths: tuple = ()  # cm
    table_size: float = 10.5
    head_size: float = 10.5
    head_bold: bool = True
    head_shade: str = ""
    repeat_header: bool = True
    cant_split: bool = False
    two_paras: bool = True  # a "\n" inside a body cell: a new paragraph (Enter) rather than a line break
    footer: str = "— {PAGE} —"


C, L, R, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY


def font(run, size: float, face: str, latin: str = "Times New Roman", bold: bool = False, color: str | None = None,
         scale: int = 100) -> None:
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
    if scale != 100:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def para(where, text: str, size: float, face: str, lay: Word, align=None, bold: bool = False, color=None,
         first: float = 0, right: float = 0, before: float = 0, after: float = 0, exact: float | None = 28.95,
         page_break: bool = False, scale: int = 100):
    p = where.add_paragraph()
    if align is not None:
        p.alignment = align
    f = p.paragraph_format
    f.space_before, f.space_after = Pt(before), Pt(after)
    if first:
        f.first_line_indent = Pt(size * first)
    if right:
        f.right_indent = Pt(size * right)
    f.page_break_before = page_break
    if exact:
        ppr = p._p.get_or_add_pPr()
        sp = ppr.find(qn("w:spacing"))
        if sp is None:
            sp = OxmlElement("w:spacing")
            ppr.append(sp)
        sp.set(qn("w:line"), str(int(round(exact * 20))))
        sp.set(qn("w:lineRule"), "exact")
    if text:
        font(p.add_run(text), size, face, lay.latin, bold, color, scale)
    return p


def red_rule(p) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "18"), ("space", "8"), ("color", "FF0000")):
        b.set(qn(f"w:{k}"), v)
    bdr.append(b)
    anchor = None
    for tag in ("w:spacing", "w:ind", "w:jc"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        ppr.append(bdr)


def cell_text(cell, text: str, size: float, face: str, lay: Word, align=None, bold: bool = False,
              paras: bool = False) -> None:
    """Text into a cell; "\n" a line break (w:br) in one paragraph, or with paras a paragraph of its own."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i and paras:
            p = cell.add_paragraph()
        f = p.paragraph_format
        f.space_before = f.space_after = Pt(0)
        f.line_spacing = 1.0
        if align is not None:
            p.alignment = align
        if i and not paras:
            br = p.add_run()
            br.add_break()
            font(br, size, face, lay.latin, bold)
        if line:
            font(p.add_run(line), size, face, lay.latin, bold)


def table_borders(t, sz: int = 4) -> None:
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", str(sz)), ("space", "0"), ("color", "000000")):
            e.set(qn(f"w:{k}"), v)
        b.append(e)
    t._tbl.tblPr.append(b)


def fixed_table(doc, widths: Sequence[float]):
    t = doc.add_table(rows=0, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    return t


def shade(cell, fill: str) -> None:
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(s)


def page_footer(sec, lay: Word, template: str = "— {PAGE} —") -> None:
    """The footer: template text with {PAGE} and {NUMPAGES} as Word fields (— 3 —, 第 3 页 共 6 页, - 3 -)."""
    p = sec.footer.paragraphs[0]
    p.alignment = C
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", template):
        if not piece:
            continue
        if piece in ("{PAGE}", "{NUMPAGES}"):
            code = piece[1:-1]
            for kind, text in (("begin", None), ("instr", f" {code} "), ("separate", None), ("text", "1"),
                               ("end", None)):
                r = p.add_run()
                font(r, 12, "宋体", "宋体")
                if kind == "instr":
                    it = OxmlElement("w:instrText")
                    it.set(qn("xml:space"), "preserve")
                    it.text = text
                    r._r.append(it)
                elif kind == "text":
                    tx = OxmlElement("w:t")
                    tx.text = text
                    r._r.append(tx)
                else:
                    fc = OxmlElement("w:fldChar")
                    fc.set(qn("w:fldCharType"), kind)
                    r._r.append(fc)
        else:
            r = p.add_run(piece)
            font(r, 12, "宋体", "宋体")
            r._r.find(qn("w:t")).set(qn("xml:space"), "preserve")


def a4(sec, landscape: bool = False) -> None:
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.0)


def pin_zip(path: Path) -> None:
    """Rewrite a zip (docx, xlsx) with its members in order and every date pinned."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            if info.filename == "docProps/core.xml":  # openpyxl stamps dcterms:modified with the time of saving
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-06-01T09:00:00Z", data)
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            z.writestr(new, data)


# --- printing ----------------------------------------------------------------------------------------------------

def run(cmd: Sequence[str], timeout: int = 600, env: dict | None = None) -> None:
    subprocess.run(list(cmd), check=True, capture_output=True, timeout=timeout, env={**os.environ, **(env or {})})


def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(outdir), str(src)], timeout=600)
    out = outdir / f"{src.stem}.pdf"
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no pdf for {src}")
    return out


def chromium(src: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}", "--no-pdf-header-footer",
             "--disable-pdf-tagging",  # the structure tree names DOM nodes differently from run to run
             f"--print-to-pdf={out}", src.resolve().as_uri()], env={"HOME": profile}, timeout=600)
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
    data = re.sub(rb"/DocChecksum /[0-9A-F]+",
                  lambda m: b"/DocChecksum /" + (seed.upper() * 2)[: len(m.group(0)) - 14].encode(), data)
    path.write_bytes(data)


def pack(pdf: Path, out: Path) -> Path:
    """Pinned and rewritten by qpdf with a deterministic /ID."""
    pin_pdf(pdf)
    done = subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", "--recompress-flate",
                           "--compression-level=9", str(pdf), str(out)], capture_output=True)
    if done.returncode not in (0, 3):
        raise RuntimeError(done.stderr.decode())
    return out


def pages(pdf: Path) -> int:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", done.stdout).group(1))


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


PRINT_CSS = """
body { margin: 0; font-family: "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", serif; font-size: 16pt; color: #000;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; line-height: 28pt; text-align: justify; }
p.i { text-indent: 2em; } p.i5 { text-indent: 5em; }
.redhead { text-align: center; color: #e60012; font: bold 36pt "方正小标宋简体", "Noto Serif CJK SC", serif;
           white-space: nowrap; margin: 0 0 10mm 0; }
.redhead span { display: inline-block; transform: scaleX(0.72); }
.docno { text-align: center; line-height: 1.4; }
.rule { border-bottom: 2px solid #e60012; padding-bottom: 3mm; }
h1.title { font: bold 22pt "方正小标宋简体", "Noto Serif CJK SC", serif; text-align: center; line-height: 34pt;
           margin: 10mm 0 8mm 0; }
.sign { margin-top: 46pt; } .sign p { text-align: right; }
.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; }
h2.cat { font: bold 18pt "方正小标宋简体", "Noto Serif CJK SC", serif; text-align: center; margin: 2mm 0 5mm 0; }
table.cat { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: "宋体", "Noto Serif CJK SC", serif;
            line-height: 1.35; word-wrap: break-word; }
table.cat th { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
table.cat th, table.cat td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
table.cat td.c { text-align: center; }
table.cat tr.brk { break-before: page; }
table.cat tr.del td { text-decoration: line-through; }
.notes p { font-size: 10.5pt; line-height: 1.5; margin-top: 2mm; }
p.xu { font: 12pt "黑体", "Noto Sans CJK SC", sans-serif; line-height: 1.6; margin-bottom: 2mm; }
p.wei { font: 10.5pt "宋体", "Noto Serif CJK SC", serif; line-height: 1.6; text-align: right; margin-top: 1mm; }
.pb { break-before: page; }
"""

FOOT_DASH = '"— " counter(page) " —"'
FOOT_OF = '"第 " counter(page) " 页 共 " counter(pages) " 页"'


CMS_CSS = """
body { margin: 0; background: #f3f3f3; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #333; }
.site { background: __C__; color: #fff; padding: 16px 40px; font-size: 24px; font-weight: bold; }
.site small { display: block; font-size: 12px; font-weight: normal; opacity: .85; }
.menu { background: __D__; padding: 0 40px; font-size: 14px; }
.menu a { color: #fff; display: inline-block; padding: 8px 14px; text-decoration: none; }
.crumb { width: 1000px; margin: 12px auto; font-size: 12px; color: #666; } .crumb a { color: #666; }
.wrap { width: 900px; margin: 0 auto 30px; border: 1px solid #ddd; padding: 26px 50px 40px; background: #fff; }
table.xxgk { width: 100%; border-collapse: collapse; font-size: 12px; margin-bottom: 16px; background: #f8f9fb; }
table.xxgk td { border: 1px solid #dde3ea; padding: 5px 8px; } table.xxgk td.k { color: #666; width: 12%; }
h1.art { text-align: center; font-size: 22px; color: #222; line-height: 1.5; margin: 6px 0 10px; }
.art-meta { text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 8px;
            margin-bottom: 20px; } .art-meta span { margin: 0 10px; }
.art p { font-size: 16px; line-height: 2; margin: 0; text-align: justify; } .art p.i { text-indent: 2em; }
.art p.i5 { text-indent: 5em; }
.art p.r { text-align: right; padding-right: 2em; } .art p.c { text-align: center; }
.art h2 { text-align: center; font-size: 19px; margin: 14px 0 12px; }
table.cat { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.5; table-layout: fixed;
            word-wrap: break-word; }
table.cat th, table.cat td { border: 1px solid #666; padding: 4px 5px; vertical-align: middle; }
table.cat th { background: #eef2f7; font-weight: bold; } table.cat td.c { text-align: center; }
.notes p { font-size: 13px !important; line-height: 1.7 !important; }
.pager { text-align: center; font-size: 13px; color: #555; margin: 22px 0 4px; }
.pager a, .pager b, .pager span { display: inline-block; margin: 0 3px; padding: 2px 8px; border: 1px solid #ccd;
                                  color: #1a4fa0; text-decoration: none; }
.pager b { background: __C__; color: #fff; border-color: __C__; } .pager span.t { border: 0; color: #555; }
.pager span.off { color: #aaa; border-color: #e3e3e3; }
.links { width: 1000px; margin: 0 auto 16px; font-size: 12px; color: #666; } .links a { color: #1a4fa0; margin: 0 6px; }
.foot { background: #e6e6e6; text-align: center; font-size: 12px; line-height: 1.8; color: #777; padding: 14px; }
"""






def css_footer(template: str) -> str:
    """A Word footer template (— {PAGE} —, 第 {PAGE} 页 共 {NUMPAGES} 页) as CSS content for a @page margin box."""
    parts = []
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", template):
        if piece == "{PAGE}":
            parts.append("counter(page)")
        elif piece == "{NUMPAGES}":
            parts.append("counter(pages)")
        elif piece:
            parts.append(json.dumps(piece, ensure_ascii=False))
    return " ".join(parts)


# --- this round: catalogs laid out otherwise than one row per qualification ----------------------------------------

HIGH, MID, LOW = "副高级", "中级", "初级"
FOOT_WORD_OF = "第 {PAGE} 页 共 {NUMPAGES} 页"
PAGER_ONE = ('<span class="t">共1页</span><span class="off">首页</span><span class="off">上一页</span><b>1</b>'
             '<span class="off">下一页</span><span class="off">尾页</span>')
GENERIC_CN = {"专业会员", "技术会员", "资深会员", "项目经理", "高级项目经理", "助理项目经理", "项目专业人士资格"}
ENG_SERIES_ROW = "工程系列"


def abbr(en: str) -> str:
    """The abbreviation a name ends with in brackets (CEng, IWI-C, U.S. CPA), else ""."""
    m = re.search(r"\(([^()]{2,16})\)$", en)
    if not m:
        return ""
    c = m.group(1)
    if sum(ch.isupper() for ch in c) < 2 or len(c.split()) > 2:
        return ""
    return c


def cn_item(p: tuple) -> str:
    """A qualification by its Chinese name, the abbreviation in full-width brackets where the name has one."""
    ab = abbr(p[0])
    return f"{p[1]}（{ab}）" if ab and ab not in p[1] else p[1]


def series_row(series: str) -> str:
    """The series as a row of a series matrix prints it (工程系列, 经济系列 …)."""
    return ENG_SERIES_ROW if series in ENGINEERING else f"{series}系列"


def q(name: str, body: str = "") -> tuple:
    """The pool row of a qualification named exactly so (and issued by body, where given)."""
    hits = [p for p in POOL if p[0] == name and (not body or p[2] == body)]
    assert len(hits) == 1, (name, body, hits)
    return hits[0]


def sel(seed: str, n: int, pred: Callable[[tuple], bool], used: set, force: Sequence[str] = ()) -> list[tuple]:
    """n pool rows matching pred (seeded), none already used in this file, the forced ones among them; pool order."""
    pool = [p for p in POOL if pred(p) and (p[0], p[2]) not in used]
    forced = [i for i, p in enumerate(pool) if p[0] in force]
    assert len(forced) == len(force), (force, seed)
    rest = [i for i in range(len(pool)) if i not in forced]
    assert len(rest) >= n - len(forced), (seed, n, len(pool))
    keep = sorted(forced + random.Random(seed).sample(rest, n - len(forced)))
    out = [pool[i] for i in keep]
    used.update((p[0], p[2]) for p in out)
    return out


def is_eng(p: tuple) -> bool:
    return p[4] in ENGINEERING


# --- a table as printed: cells with spans ----------------------------------------------------------------------

@dataclass
class Cell:
    text: str = ""
    cs: int = 1
    rs: int = 1
    align: str = "L"  # L | C
    bold: bool = False
    paras: bool = False  # Word: "\n" opens a new paragraph (Enter) rather than a line break
    shade: str = ""
    gap: bool = False  # Word: a little space after each paragraph but the last (items one per paragraph)


def H(text: str, cs: int = 1, rs: int = 1) -> Cell:
    return Cell(text, cs, rs, "C", True)


def Cc(text: str) -> Cell:
    return Cell(text, align="C")


@dataclass
class Grid:
    """One printed table: rows of cells (a cell covered by a span above or to the left is absent, as in HTML)."""
    rows: list[list[Cell]]
    widths: list[float]  # relative
    head: int = 1  # header rows, repeated on each page
    size: float = 10.5
    kind: str = "cat"  # cat | kv (a small key-value table) | form

    def check(self) -> None:
        n = len(self.widths)
        taken: set = set()
        for r, row in enumerate(self.rows):
            c = 0
            for cell in row:
                while (r, c) in taken:
                    c += 1
                for dr in range(cell.rs):
                    for dc in range(cell.cs):
                        taken.add((r + dr, c + dc))
                c += cell.cs
        for r in range(len(self.rows)):
            assert all((r, c) in taken for c in range(n)), (r, self.rows[r][0].text)
            assert not any((r, c) in taken for c in range(n, n + 4)), (r, self.rows[r][0].text)


def header_rows(g: Grid) -> list[list[list]]:
    return [[[c.text, c.cs, c.rs] for c in row] for row in g.rows[:g.head]]


def flat_header(g: Grid) -> list[str]:
    """Leaf labels of a header of one or two rows: a label over others joins them as 上/下."""
    if g.head == 1:
        return [c.text for c in g.rows[0]]
    top, low = g.rows[0], list(g.rows[1])
    out = []
    for c in top:
        if c.rs == 2:
            out.append(c.text)
        else:
            for _ in range(c.cs):
                out.append(f"{c.text}/{low.pop(0).text}")
    return out


def word_grid(doc, g: Grid, lay: Word, width: float) -> None:
    g.check()
    n = len(g.widths)
    widths = [w * width / sum(g.widths) for w in g.widths]
    t = fixed_table(doc, widths)
    table_borders(t)
    for i in range(len(g.rows)):
        tr = t.add_row()
        trpr = tr._tr.get_or_add_trPr()
        if i < g.head and lay.repeat_header:
            trpr.append(OxmlElement("w:tblHeader"))
        if lay.cant_split or g.kind == "kv":
            trpr.append(OxmlElement("w:cantSplit"))
        for c, cell in enumerate(tr.cells):
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    taken: set = set()
    for r, row in enumerate(g.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    taken.add((r + dr, c + dc))
            target = t.cell(r, c)
            if cell.cs > 1 or cell.rs > 1:
                target = target.merge(t.cell(r + cell.rs - 1, c + cell.cs - 1))
            head = r < g.head
            face = lay.hei_face if (head or cell.bold) else lay.table_face
            al = {"L": L, "C": C}[cell.align]
            cell_text(target, cell.text, lay.head_size if head else g.size, face, lay, al, bold=head or cell.bold,
                      paras=cell.paras)
            if cell.gap:
                for p in target.paragraphs[:-1]:
                    p.paragraph_format.space_after = Pt(5)
            if head and lay.head_shade:
                shade(target, lay.head_shade)
            elif cell.shade:
                shade(target, cell.shade)
            c += cell.cs
    assert n == len(t.columns)


def html_grid(g: Grid) -> str:
    g.check()
    s = sum(g.widths)
    cls = {"cat": "cat", "kv": "cat kv", "form": "cat form"}[g.kind]
    out = [f'<table class="{cls}"><colgroup>' + "".join(f'<col style="width:{x / s * 100:.1f}%">' for x in g.widths)
           + "</colgroup>"]
    if g.head:
        out.append("<thead>")
    for r, row in enumerate(g.rows):
        if r == g.head and g.head:
            out.append("</thead>")
        if r == g.head:
            out.append("<tbody>")
        tag = "th" if r < g.head else "td"
        cells = []
        for c in row:
            attrs = ""
            if c.cs > 1:
                attrs += f' colspan="{c.cs}"'
            if c.rs > 1:
                attrs += f' rowspan="{c.rs}"'
            k = [x for x, on in (("c", c.align == "C" and tag == "td"), ("b", c.bold and tag == "td"),
                                 ("k", bool(c.shade) and tag == "td")) if on]
            if k:
                attrs += f' class="{" ".join(k)}"'
            cells.append(f"<{tag}{attrs}>{esc(c.text)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


GRID_CSS = """
table.cat td.c { text-align: center; } table.cat td.b { font-weight: bold; }
table.cat td.k { background: #f2f2f2; font-weight: bold; }
table.kv { margin: 0 0 4mm 0; } table.kv tr { break-inside: avoid; } table.kv { break-inside: avoid; }
table.form td { height: 2.2em; }
p.kvh { font-weight: bold; margin: 2mm 0 1mm 0; text-indent: 0; }
"""


# --- the truth: one row per (qualification, title) pair ------------------------------------------------------------

@dataclass
class Pair:
    seq: str
    qual: str
    trans: str
    body: str
    title: str
    series: str
    where: str  # where the pair is printed (pair_source)
    row_seq: str = ""  # the printed 序号 of the table row that holds it, where that numbers a body or a family
    cond: str = ""  # two titles: the label of the column the title sits in
    extra: dict = field(default_factory=dict)  # other printed fields of the entry (备注)

    def canon(self) -> list[str]:
        return [self.seq, self.qual, self.trans, self.body, self.title, self.series]


@dataclass
class Doc:
    """One notice and how it is printed."""
    stem: str
    city: str
    province: str
    area: str
    docno: str
    date_iso: str
    kind: str  # docx | lo | chromium | cms
    layout: str
    what: str  # README: what the file shows
    why: str
    group_para: str  # the body paragraph on how the catalog is laid out
    pairs: list[Pair]
    blocks: list  # the catalog annex: ("grid", Grid) | ("p", text) | ("kvh", text) a line heading a key-value table
    main: Grid | None  # the table whose header is the printed header (None: key-value tables)
    n_quals: int
    batch: str = "第一批"
    expected: str = "publish"
    control: bool = False
    review: list = field(default_factory=list)
    word: Word = field(default_factory=Word)
    footer: str = "— {PAGE} —"
    table_font: str = "10pt"
    cms: dict = field(default_factory=dict)
    kv_keys: list = field(default_factory=list)  # key-value layout: the keys in print order
    # a notice with no catalog: its own title, body and annexes
    title_override: str = ""
    body_override: list = field(default_factory=list)
    annexes: list = field(default_factory=list)  # [(annex title, blocks)]
    other_tables: list = field(default_factory=list)

    @property
    def office(self) -> str:
        return f"{self.city}市人力资源和社会保障局"

    @property
    def catalog_title(self) -> str:
        if self.title_override:
            return ""
        return f"{self.city}市国际职业资格比照认定职称目录（{self.batch}）"

    @property
    def title(self) -> str:
        return self.title_override or f"关于印发《{self.catalog_title}》的通知"

    @property
    def date_cn(self) -> str:
        y, m, d = (int(x) for x in self.date_iso.split("-"))
        return f"{y}年{m}月{d}日"

    @property
    def title_lines(self) -> list[str]:
        t = self.title
        k = t.find("国际职业资格")
        if k <= 0:
            k = len(t) // 2
        return [t[:k], t[k:]]

    @property
    def addressee(self) -> str:
        return "各镇人民政府、街道办事处，市级各有关单位："

    @property
    def attachments(self) -> list[tuple[str, list]]:
        return self.annexes or [(self.catalog_title, self.blocks)]

    @property
    def body(self) -> list[str]:
        if self.body_override:
            return self.body_override
        return [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，根据{self.province}人力资源和社会"
                "保障厅关于开展国际职业资格比照认定职称工作的有关规定，进一步畅通外籍人才、港澳台人才和留学回国人员等国际化"
                f"专业技术人才职称评价渠道，我局会同有关行业主管部门研究制定了《{self.catalog_title}》，共收录国际职业资格"
                f"{self.n_quals}项，现印发给你们，请结合实际认真贯彻执行。现就有关事项通知如下：",
                f"一、在{self.city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在"
                "有效期内的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
                "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、主管部门初审后，"
                "由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
                f"三、{self.group_para}",
                "四、各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。"]

    @property
    def contact(self) -> str:
        rng = random.Random(f"unseen44-{self.stem}")
        return f"联系人：{person(rng)}，联系电话：{phone(rng, self.area)}"

    def annex_lines(self) -> list[str]:
        att = self.attachments
        if len(att) == 1:
            return ["附件：" + att[0][0]]
        return [f"附件：1．{att[0][0]}"] + [f"{i}．{t}" for i, (t, _) in enumerate(att[1:], start=2)]


def word_blocks(doc, blocks: list, lay: Word, width: float) -> None:
    for b in blocks:
        if b[0] == "grid":
            word_grid(doc, b[1], lay, width)
        elif b[0] == "kvh":
            para(doc, b[1], 12, lay.hei_face, lay, L, exact=None, before=10, after=4)
        elif b[0] == "gap":
            para(doc, "", 8, lay.table_face, lay, L, exact=None)
        else:
            para(doc, b[1], 12, lay.table_face, lay, J, exact=None, before=4)


def word_notice44(d: Doc, path: Path) -> Path:
    lay = d.word
    doc = Document()
    a4(doc.sections[0])
    cp = doc.core_properties
    cp.author = cp.last_modified_by = d.office
    cp.title = d.title
    cp.created = cp.modified = datetime(2025, 6, 1, 9, 0, 0)
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = lay.latin
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lay.body_face)
    if lay.letterhead:
        para(doc, f"{d.office}文件", 36, lay.title_face, lay, C, color="FF0000", exact=None, before=12, after=24,
             scale=70)
    dp = para(doc, d.docno, 16, lay.body_face, lay, C, exact=None, after=4)
    if lay.letterhead:
        red_rule(dp)
    for i, line in enumerate(d.title_lines):
        para(doc, line, 22, lay.title_face, lay, C, exact=35, before=30 if i == 0 else 0,
             after=20 if i == len(d.title_lines) - 1 else 0)
    para(doc, d.addressee, 16, lay.body_face, lay, J)
    for text in d.body:
        para(doc, text, 16, lay.body_face, lay, J, first=2)
    para(doc, d.contact + "。", 16, lay.body_face, lay, J, first=2)
    para(doc, "", 16, lay.body_face, lay)
    for i, line in enumerate(d.annex_lines()):
        para(doc, line, 16, lay.body_face, lay, J, first=2 if i == 0 else 5)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, d.office, 16, lay.body_face, lay, R, right=2)
    para(doc, d.date_cn, 16, lay.body_face, lay, R, right=4)
    page_footer(doc.sections[0], lay, d.footer)
    width = 15.6
    att = d.attachments
    for i, (title, blocks) in enumerate(att, start=1):
        label = "附件" if len(att) == 1 else f"附件{i}"
        if lay.landscape_annex and i == 1:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            a4(sec, landscape=True)
            width = 23.7
            para(doc, label, 16, lay.hei_face, lay, L, exact=None, after=6)
        else:
            para(doc, label, 16, lay.hei_face, lay, L, exact=None, page_break=True, after=6)
        para(doc, title, 18, lay.title_face, lay, C, exact=None, before=6, after=12)
        word_blocks(doc, blocks, lay, width)
    doc.save(str(path))
    pin_zip(path)
    return path


def html_blocks(blocks: list) -> list[str]:
    out = []
    for b in blocks:
        if b[0] == "grid":
            out.append(html_grid(b[1]))
        elif b[0] == "kvh":
            out.append(f'<p class="kvh">{esc(b[1])}</p>')
        elif b[0] == "gap":
            continue
        else:
            out.append(f'<p class="post">{esc(b[1])}</p>')
    return out


EXTRA_CSS = """
p.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; text-indent: 0; }
p.post { font-size: 12pt; line-height: 1.6; margin-top: 2mm; }
p.i5 { text-indent: 5em; }
"""


def print_page44(d: Doc) -> str:
    css = [PRINT_CSS, EXTRA_CSS, GRID_CSS, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           f"table.cat {{ font-size: {d.table_font}; }}", "table.cat tr { break-inside: avoid; }",
           f'@page {{ @bottom-center {{ content: {css_footer(d.footer)}; font: 12pt "Noto Serif CJK SC", serif; }} }}']
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(d.title)}</title>'
           f"<style>{''.join(css)}</style></head><body>",
           f'<div class="redhead"><span>{e(d.office)}文件</span></div>',
           f'<div class="docno rule">{e(d.docno)}</div>',
           '<h1 class="title">' + "<br>".join(e(x) for x in d.title_lines) + "</h1>",
           f"<p>{e(d.addressee)}</p>"]
    out += [f'<p class="i">{e(t)}</p>' for t in d.body]
    out.append(f'<p class="i">{e(d.contact)}。</p><p>&nbsp;</p>')
    out += [f'<p class="{"i" if i == 0 else "i5"}">{e(t)}</p>' for i, t in enumerate(d.annex_lines())]
    out.append(f'<div class="sign"><p style="padding-right:2em">{e(d.office)}</p>'
               f'<p style="padding-right:4em">{e(d.date_cn)}</p></div>')
    att = d.attachments
    for i, (title, blocks) in enumerate(att, start=1):
        label = "附件" if len(att) == 1 else f"附件{i}"
        out.append(f'<div class="pb"><p class="annex">{label}</p><h2 class="cat">{e(title)}</h2>')
        out += html_blocks(blocks)
        out.append("</div>")
    out.append("</body></html>\n")
    return "\n".join(out)


def cms_page44(d: Doc) -> str:
    e = html.escape
    c = d.cms
    y, m, dd = d.date_iso.split("-")
    published = f"{d.date_iso} {9 + int(dd) % 7:02d}:{int(dd) + 11:02d}"
    css = CMS_CSS.replace("__C__", c["color"]).replace("__D__", c["dark"]) + GRID_CSS + """
.art p.annex { font-weight: bold; margin-top: 18px; } .art p.post { font-size: 14px; }
.art p.kvh { font-size: 15px; margin-top: 10px; }
"""
    menu = "".join(f'<a href="#">{x}</a>' for x in ("首页", "机构概况", "政务公开", "政策文件", "就业创业", "人才人事",
                                                     "社会保障", "劳动关系", "办事服务", "互动交流"))
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(d.title)}_{e(d.office)}'
           f"</title><style>{css}</style></head><body>",
           f'<div class="site">{e(d.office)}<small>{e(c["english"])}</small></div><div class="menu">{menu}</div>',
           '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
           '<a href="#">政策文件</a> &gt; 通知公告</div><div class="wrap">',
           '<table class="xxgk">'
           f'<tr><td class="k">索 引 号</td><td>{e(c["info"])}/{y}-{int(m) * 37 + int(dd):05d}</td>'
           '<td class="k">主题分类</td><td>劳动、人事、监察</td></tr>'
           f'<tr><td class="k">发布机构</td><td>{e(d.office)}</td><td class="k">成文日期</td><td>{e(d.date_cn)}</td></tr>'
           f'<tr><td class="k">文　　号</td><td>{e(d.docno)}</td><td class="k">发布日期</td>'
           f'<td>{e(published[:10])}</td></tr>'
           f'<tr><td class="k">名　　称</td><td colspan="3">{e(d.title)}</td></tr></table>',
           f'<h1 class="art">{e(d.title)}</h1>',
           f'<div class="art-meta"><span>发布时间：{e(published)}</span><span>来源：{e(d.office)}</span>'
           f'<span>浏览次数：{300 + int(dd) * 11}</span><span>【字体：大 中 小】</span></div><div class="art">',
           f'<p class="c">{e(d.docno)}</p>', f"<p>{e(d.addressee)}</p>"]
    out += [f'<p class="i">{e(t)}</p>' for t in d.body]
    out.append(f'<p class="i">{e(d.contact)}。</p><p>&nbsp;</p>')
    out += [f'<p class="{"i" if i == 0 else "i5"}">{e(t)}</p>' for i, t in enumerate(d.annex_lines())]
    out.append(f'<p>&nbsp;</p><p class="r">{e(d.office)}</p><p class="r">{e(d.date_cn)}</p><p>&nbsp;</p>')
    att = d.attachments
    for i, (title, blocks) in enumerate(att, start=1):
        label = "附件" if len(att) == 1 else f"附件{i}"
        out.append(f'<p class="annex">{label}</p><h2>{e(title)}</h2>')
        out += html_blocks(blocks)
    out.append(f'<div class="pager">{PAGER_ONE}</div>')
    out.append("</div></div>")
    out.append('<div class="links">相关链接：' + "".join(
        f'<a href="#">{e(x)}</a>' for x in (f"{d.province}人力资源和社会保障厅", "中华人民共和国人力资源和社会保障部"))
        + "</div>")
    out.append(f'<div class="foot">主办：{e(d.office)}　{e(c["icp"])}　网站标识码：{e(c["code"])}<br>'
               "建议使用1366×768分辨率浏览</div></body></html>\n")
    return "\n".join(out)


def render(d: Doc, tmp: Path) -> tuple[str, str]:
    if d.kind == "docx":
        word_notice44(d, OUT / f"{d.stem}.docx")
        return f"{d.stem}.docx", "DOCX (python-docx)" + (", 红头" if d.word.letterhead else "")
    if d.kind == "lo":
        src = word_notice44(d, tmp / f"{d.stem}.docx")
        out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (LibreOffice from DOCX), {pages(out)} pages"
    if d.kind == "chromium":
        src = tmp / f"{d.stem}.html"
        src.write_text(print_page44(d), encoding="utf-8")
        out = pack(chromium(src, tmp / f"{d.stem}.chromium.pdf"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (Chromium print of HTML), {pages(out)} pages"
    if d.kind == "cms":
        (OUT / f"{d.stem}.html").write_text(cms_page44(d), encoding="utf-8")
        return f"{d.stem}.html", "HTML CMS page of the bureau's site"
    raise KeyError(d.kind)


def truth_of(d: Doc) -> dict:
    rows = [p.canon() for p in d.pairs]
    if d.expected == "publish":
        assert all(r[1] and r[4] for r in rows), d.stem
    seen = [(r[1], r[3], r[4]) for r in rows]
    assert len(set(seen)) == len(seen), (d.stem, "a pair twice")
    quals = {(r[1], r[3]) for r in rows}
    assert len(quals) == d.n_quals, (d.stem, len(quals), d.n_quals)
    if d.pairs:
        assert 8 <= len(rows) <= 35, (d.stem, len(rows))
    printed = d.kv_keys if d.kv_keys else (flat_header(d.main) if d.main else [])
    data = {"header": list(HEADER), "printed_header": printed,
            "header_rows": header_rows(d.main) if d.main else [],
            "rows": rows,
            "notice": {"doc_number": d.docno, "city": d.city, "office": d.office, "notice_title": d.title,
                       "issue_date": d.date_iso, "batch": d.batch if d.pairs else "",
                       "catalog_title": d.catalog_title},
            "expected": d.expected, "why": d.why, "layout": d.layout, "control": d.control,
            "n_qualifications": d.n_quals,
            "pair_source": [p.where for p in d.pairs],
            "row_seq": [p.row_seq for p in d.pairs],
            "condition": [p.cond for p in d.pairs],
            "extra": [p.extra for p in d.pairs],
            "review": d.review}
    if d.other_tables:
        data["other_tables"] = d.other_tables
    return data


def write_truth44(d: Doc) -> dict:
    t = truth_of(d)
    (OUT / f"{d.stem}.truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return t


# --- the documents ---------------------------------------------------------------------------------------------------

LEVEL_COLS = [("A", "助理工程师"), ("E", "工程师"), ("S", "高级工程师")]


def code_of(title: str) -> str:
    return {"初级": "A", "中级": "E", "副高级": "S"}[own_level(title)]


def d_xinzheng() -> Doc:
    """MATRIX of engineering series × 助理工程师 | 工程师 | 高级工程师, names one per paragraph."""
    used: set = set()
    plan = [("机械工程", {"A": 2, "E": 3, "S": 1}), ("石油化工工程", {"A": 1, "E": 2}),
            ("电子信息工程", {"A": 2, "E": 3}), ("建设工程", {"A": 1, "E": 3, "S": 2}), ("安全工程", {"A": 1, "E": 2})]
    rows = [[H("所属系列", rs=2), H("可比照认定的职称", cs=3)], [H(t) for _, t in LEVEL_COLS]]
    pairs = []
    for series, counts in plan:
        row = [Cc(series)]
        for code, title in LEVEL_COLS:
            n = counts.get(code, 0)
            ps = sel(f"xinzheng-{series}-{code}", n, lambda p, s=series, c=code: p[4] == s and code_of(p[3]) == c
                     and p[2] != "DIHK", used) if n else []
            row.append(Cell("\n".join(p[0] for p in ps), paras=True, gap=True) if ps else Cc("—"))
            pairs += [Pair("", p[0], "", "", title, series, f"{series} × {title}，格内第{k}项")
                      for k, p in enumerate(ps, start=1)]
        rows.append(row)
    g = Grid(rows, [3.0, 4.3, 4.7, 3.6], head=2, size=10.5)
    n = len(pairs)
    return Doc("xinzheng-juzhen", "新郑", "河南省", "0371", "新郑人社〔2025〕21号", "2025-03-18", "docx", "matrix",
               "MATRIX: rows are the engineering series (机械工程 … 安全工程), columns the titles 助理工程师 | 工程师 | "
               "高级工程师 under 可比照认定的职称; each cell lists the qualifications (English names, one per paragraph); "
               "empty cells print —",
               f"The catalog is a matrix, not a list: five rows (所属系列: 机械工程, 石油化工工程, 电子信息工程, 建设工程, "
               f"安全工程) by three title columns (助理工程师, 工程师, 高级工程师, under the merged heading 可比照认定的职称). "
               f"Each cell holds the qualifications recognised at that title, one English name per paragraph; a cell "
               f"printing — holds none. Each name in a cell is one pair: 职业资格名称 the name, 对应职称 the column's "
               f"title, 所属系列 the row's series; no 序号, 译名 or 颁证单位 is printed. {n} pairs, read row by row, "
               f"left to right, top to bottom inside a cell; the body's 共收录国际职业资格{n}项 agrees.",
               "目录以所属系列和可比照认定的职称两个维度列示，表中列出的国际职业资格可比照认定所在列的职称。",
               pairs, [("grid", g)], g, n, word=Word(letterhead=True, head_shade="D9D9D9"))


def d_yidu() -> Doc:
    """MATRIX of series × levels, Chinese names separated by 、 (one name itself holds a 、)."""
    used: set = set()
    plan = [("工程系列", is_eng, {LOW: 3, MID: 7, HIGH: 2}),
            ("经济系列", lambda p: p[4] == "经济", {LOW: 1, MID: 5, HIGH: 2}),
            ("会计系列", lambda p: p[4] == "会计", {MID: 3, HIGH: 1}),
            ("审计系列", lambda p: p[4] == "审计", {MID: 2}),
            ("翻译系列", lambda p: p[4] == "翻译", {MID: 1, HIGH: 1})]
    force = {("工程系列", MID): ["Professional Member (MIMMM)"]}
    rows = [[H("系列", rs=2), H("可比照认定职称层级", cs=3)], [H(LOW), H(MID), H(HIGH)]]
    pairs = []
    ok = lambda p: p[2] not in ("DIHK", "ACM") and (abbr(p[0]) or p[1] not in GENERIC_CN)  # noqa: E731
    for name, pred, counts in plan:
        row = [Cc(name)]
        for lv in (LOW, MID, HIGH):
            n = counts.get(lv, 0)
            ps = sel(f"yidu-{name}-{lv}", n, lambda p, pred=pred, lv=lv: pred(p) and own_level(p[3]) == lv and ok(p),
                     used, force.get((name, lv), ())) if n else []
            row.append(Cell("、".join(cn_item(p) for p in ps)) if ps else Cc("—"))
            pairs += [Pair("", cn_item(p), "", "", lv, name, f"{name} × {lv}，格内第{k}项")
                      for k, p in enumerate(ps, start=1)]
        rows.append(row)
    g = Grid(rows, [1.9, 4.2, 6.4, 4.3], head=2)
    n = len(pairs)
    mimmm = cn_item(q("Professional Member (MIMMM)"))
    return Doc("yidu-juzhen-dunhao", "宜都", "湖北省", "0717", "宜都人社发〔2025〕9号", "2025-04-15", "chromium",
               "matrix",
               "MATRIX: rows are series (工程系列 … 翻译系列), columns the levels 初级 | 中级 | 副高级; each cell lists "
               "Chinese names with the abbreviation in brackets, separated by 、 — and one name, 英国材料、矿物和采矿学会"
               "专业会员（MIMMM）, holds a 、 of its own",
               f"A matrix: five series rows (工程系列, 经济系列, 会计系列, 审计系列, 翻译系列) by three level columns (初级, "
               f"中级, 副高级, under 可比照认定职称层级). Each cell lists the qualifications by their Chinese name (with the "
               f"abbreviation in full-width brackets where the English name has one), separated by 、; — marks an empty "
               f"cell. Each name is one pair: 对应职称 the column's level as printed (初级/中级/副高级: the document never "
               f"prints a title such as 经济师), 所属系列 the row (工程系列 …). In the 工程系列 × 中级 cell the name "
               f"{mimmm} contains a 、 itself: it is ONE qualification (英国材料、矿物和采矿学会 is one body), not two. "
               f"{n} pairs, read row by row; the body's 共收录国际职业资格{n}项 agrees.",
               "目录以职称系列和可比照认定的职称层级两个维度列示，同一格内列有多项国际职业资格的，以顿号分隔。",
               pairs, [("grid", g)], g, n, table_font="10pt")


BODY_ROWS_B1 = [
    ("IMECHE", ["Incorporated Engineer (IEng)", "Chartered Engineer (CEng)"]),
    ("AWS", ["Certified Welding Supervisor (CWS)", "Certified Welding Inspector (CWI)",
             "Senior Certified Welding Inspector (SCWI)"]),
    ("IIW", ["International Welding Specialist (IWS)", "International Welding Engineer (IWE)"]),
    ("IET", ["Incorporated Engineer (IEng) MIET", "Chartered Engineer (CEng) MIET"]),
    ("ICE", ["Member (MICE)", "Fellow (FICE)"]),
    ("CIOB", ["Incorporated Member (ICIOB)", "Chartered Member (MCIOB)", "Chartered Fellow (FCIOB)"]),
    ("PMI", ["Certified Associate in Project Management (CAPM)", "Project Management Professional (PMP)",
             "Program Management Professional (PgMP)"]),
    ("SOA", ["Associate of the Society of Actuaries (ASA)", "Fellow of the Society of Actuaries (FSA)"]),
    ("ACCA", ["Member (ACCA)", "Fellow (FCCA)"]),
]


def d_yixing() -> Doc:
    """Rows per ISSUING BODY: one cell lists its qualifications, each with its title in brackets, separated by ；."""
    rows = [[H("序号"), H("颁证单位"), H("职业资格及对应职称"), H("所属系列")]]
    pairs = []
    for i, (b, names) in enumerate(BODY_ROWS_B1, start=1):
        ps = [q(x, b) for x in names]
        series = {p[4] for p in ps}
        assert len(series) == 1
        body = issuer(b, "cn_abbr")
        rows.append([Cc(str(i)), Cell(body), Cell("；".join(f"{p[0]}（{p[3]}）" for p in ps)), Cc(ps[0][4])])
        pairs += [Pair("", p[0], "", body, p[3], p[4], f"第{i}行（{B[b][2]}），格内第{k}项", row_seq=str(i))
                  for k, p in enumerate(ps, start=1)]
    g = Grid(rows, [1.2, 4.2, 8.4, 2.2], size=10.5)
    n = len(pairs)
    return Doc("yixing-banzheng", "宜兴", "江苏省", "0510", "宜人社发〔2025〕37号", "2025-05-27", "lo", "body_rows",
               "rows per ISSUING BODY: 序号 | 颁证单位 | 职业资格及对应职称 | 所属系列, one cell listing all the body's "
               "qualifications as `Name (ABBR)（title）；…`",
               f"One table row per issuing body ({len(BODY_ROWS_B1)} rows, 序号 1-{len(BODY_ROWS_B1)} numbering the "
               f"BODIES). The cell 职业资格及对应职称 lists the body's qualifications separated by ；, each followed by its "
               f"title in full-width brackets, e.g. Incorporated Engineer (IEng)（助理工程师）；Chartered Engineer (CEng)"
               f"（工程师）: the ASCII brackets belong to the name, the full-width ones hold the title. Each listed "
               f"qualification is one pair, 颁证单位 and 所属系列 from its row. The printed 序号 numbers bodies, not "
               f"qualifications: the truth's 序号 is \"\" and the body's number is kept under row_seq. {n} pairs; the "
               f"body's 共收录国际职业资格{n}项 agrees.",
               "目录按颁证单位列示，每一颁证单位所颁发的国际职业资格及其可比照认定的职称列于同一栏内。",
               pairs, [("grid", g)], g, n, batch="第二批", word=Word(letterhead=True, cant_split=True),
               footer=FOOT_WORD_OF)


BODY_ROWS_B2 = [  # (body, names, titles as printed (one for all, or one per line), aligned)
    ("ASM", ["Applied General Metallurgy", "Heat Treating", "Testing & Inspection"], None),
    ("IMECHE", ["Incorporated Engineer (IEng)", "Chartered Engineer (CEng)"], "aligned"),
    ("ASQ", ["Certified Quality Engineer (CQE)", "Certified Reliability Engineer (CRE)",
             "Certified Six Sigma Black Belt (CSSBB)"], None),
    ("CIOB", ["Incorporated Member (ICIOB)", "Chartered Member (MCIOB)", "Chartered Fellow (FCIOB)"], "short"),
    ("IPMA", ["IPMA Level D (Certified Project Management Associate)", "IPMA Level C (Certified Project Manager)",
              "IPMA Level B (Certified Senior Project Manager)"], "aligned"),
    ("CFA", ["Chartered Financial Analyst (CFA)"], None),
    ("CIMA", ["Associate Chartered Management Accountant (ACMA)", "Fellow Chartered Management Accountant (FCMA)"],
     "aligned"),
    ("NAATI", ["Certified Translator", "Certified Conference Interpreter"], "aligned"),
]


def d_liyang() -> Doc:
    """Rows per ISSUING BODY with two parallel cells (qualifications | titles, one a line); one body's lines disagree."""
    rows = [[H("序号"), H("颁证单位"), H("国际职业资格"), H("对应职称"), H("所属系列")]]
    pairs = []
    review_rows = []
    for i, (b, names, how) in enumerate(BODY_ROWS_B2, start=1):
        ps = [q(x, b) for x in names]
        series = {p[4] for p in ps}
        assert len(series) == 1
        body = issuer(b, "cn")
        if how is None:
            titles = {p[3] for p in ps}
            assert len(titles) == 1
            tcell = ps[0][3]
        elif how == "aligned":
            tcell = "\n".join(p[3] for p in ps)
        else:  # the clerk typed two titles against three qualifications
            tcell = "\n".join(p[3] for p in ps[1:])
        rows.append([Cc(str(i)), Cell(body), Cell("\n".join(p[0] for p in ps)), Cc(tcell), Cc(ps[0][4])])
        for k, p in enumerate(ps, start=1):
            title = p[3] if how != "short" else ""
            if how == "short":
                review_rows.append(len(pairs))
            pairs.append(Pair("", p[0], "", body, title, p[4], f"第{i}行（{B[b][2]}），格内第{k}行", row_seq=str(i)))
    g = Grid(rows, [1.0, 3.4, 6.0, 2.4, 2.0])
    n = len(pairs)
    ciob = BODY_ROWS_B2[3]
    why_short = (f"row 4 (英国皇家特许建造学会) lists three qualifications ({'; '.join(ciob[1])}) but its 对应职称 cell "
                 f"prints only two lines (工程师 / 高级工程师): which of the three each title belongs to — and which has "
                 f"none — cannot be read from the document")
    return Doc("liyang-banzheng-duiqi", "溧阳", "江苏省", "0519", "溧人社发〔2025〕14号", "2025-06-12", "cms",
               "body_rows",
               "rows per ISSUING BODY with two PARALLEL cells, 国际职业资格 and 对应职称, one entry a line; a single title "
               "line stands for all the row's qualifications; in one row (CIOB) three qualification lines face two title "
               "lines",
               f"One table row per issuing body ({len(BODY_ROWS_B2)} rows, 序号 numbering bodies, kept under row_seq; "
               f"the truth's 序号 is \"\"). The 国际职业资格 cell lists the body's qualifications one a line and the "
               f"对应职称 cell beside it either one title for all of them (ASM, ASQ, CFA rows: every qualification takes "
               f"it) or one title a line, paired line by line (IMechE, IPMA, CIMA, NAATI). Row 4 breaks the pairing: "
               f"{why_short}. The truth leaves 对应职称 \"\" on those three rows and names them under review; the other "
               f"{n - 3} pairs are certain. A reader that pairs the CIOB lines by position (ICIOB 工程师, MCIOB 高级工程师, "
               f"FCIOB none) publishes wrong titles. {n} qualifications; the body's 共收录国际职业资格{n}项 agrees.",
               "目录按颁证单位列示，对应职称与国际职业资格逐行对应；同一颁证单位只列一个职称的，该单位所列资格均比照认定该职称。",
               pairs, [("grid", g)], g, n, expected="held-or-review",
               review=[{"rows": review_rows, "why": why_short}],
               cms=dict(color="#0d5aa7", dark="#0a4887", icp="苏ICP备12037715号", code="3204810019",
                        english="Liyang Human Resources and Social Security Bureau", info="014152836"))


FAMILIES_F1 = [  # (body, [初级 names], [中级], [高级])
    ("RICS", ["Associate (AssocRICS)"], ["Member (MRICS)"], ["Fellow (FRICS)"]),
    ("CIOB", ["Incorporated Member (ICIOB)"], ["Chartered Member (MCIOB)"], ["Chartered Fellow (FCIOB)"]),
    ("ICE", [], ["Member (MICE)"], ["Fellow (FICE)"]),
    ("ISTRUCTE", ["Associate-Member (AMIStructE)"], ["Chartered Member (MIStructE)"], []),
    ("CIBSE", [], ["Chartered Member (MCIBSE)"], ["Fellow (FCIBSE)"]),
    ("AWS", ["Certified Welding Supervisor (CWS)"], ["Certified Welding Inspector (CWI)"],
     ["Senior Certified Welding Inspector (SCWI)"]),
    ("IIW", ["International Welding Specialist (IWS)", "International Welding Technologist (IWT)"],
     ["International Welding Engineer (IWE)"], []),
    ("IMECHE", ["Incorporated Engineer (IEng)"], ["Chartered Engineer (CEng)"], []),
    ("IET", ["Incorporated Engineer (IEng) MIET"], ["Chartered Engineer (CEng) MIET"], []),
    ("ICHEME", ["Associate Member (AMIChemE)"], ["Chartered Member (MIChemE)"], []),
    ("BCSP", ["Associate Safety Professional (ASP)"], ["Certified Safety Professional (CSP)"], []),
]


def d_chongzhou() -> Doc:
    """One row per qualification FAMILY (a body's grades), the grades in sub-columns 助理工程师 | 工程师 | 高级工程师."""
    rows = [[H("序号", rs=2), H("颁证单位", rs=2), H("对应职称", cs=3), H("所属系列", rs=2)],
            [H(t) for _, t in LEVEL_COLS]]
    pairs = []
    for i, (b, *levels) in enumerate(FAMILIES_F1, start=1):
        body = issuer(b, "cn_abbr")
        row = [Cc(str(i)), Cell(body)]
        series = None
        for (code, title), names in zip(LEVEL_COLS, levels):
            ps = [q(x, b) for x in names]
            assert all(p[3] == title for p in ps), (b, names)
            for p in ps:
                series = series or p[4]
                assert p[4] == series
            row.append(Cell("\n".join(p[0] for p in ps)) if ps else Cc("—"))
            pairs += [Pair("", p[0], "", body, title, p[4], f"第{i}行（{B[b][2]}） × {title}" +
                           (f"，格内第{k}项" if len(ps) > 1 else ""), row_seq=str(i)) for k, p in enumerate(ps, start=1)]
        row.append(Cc(series))
        rows.append(row)
    g = Grid(rows, [1.1, 3.5, 3.6, 3.6, 3.3, 2.2], head=2)
    n = len(pairs)
    return Doc("chongzhou-tixi", "崇州", "四川省", "028", "崇人社发〔2025〕26号", "2025-07-03", "chromium",
               "family_rows",
               "one row per qualification FAMILY (a body's grades): 序号 | 颁证单位 | 对应职称 (助理工程师 | 工程师 | "
               "高级工程师) | 所属系列, each grade's name in the column of its title, — where the family has no such grade; "
               "the IIW row has two names in its 助理工程师 cell",
               f"{len(FAMILIES_F1)} rows, one per family of grades a body awards (RICS: AssocRICS / MRICS / FRICS …). "
               f"The three sub-columns under 对应职称 are the titles 助理工程师, 工程师, 高级工程师; each cell holds the "
               f"grade (English name) recognised at that title, or — (no pair). The 国际焊接学会（IIW） row holds two names "
               f"in its 助理工程师 cell (IWS, IWT: two pairs). 序号 numbers families (row_seq; the truth's 序号 is \"\"); "
               f"颁证单位 and 所属系列 come from the row. {n} pairs; the body's 共收录国际职业资格{n}项 agrees.",
               "目录按国际职业资格体系列示，同一体系不同等级的资格分别列于可比照认定的相应职称栏内。",
               pairs, [("grid", g)], g, n, footer=FOOT_WORD_OF, table_font="9.5pt")


FAMILIES_F2 = [  # (body, [初级], [中级], [高级])
    ("PMI", ["Certified Associate in Project Management (CAPM)"], ["Project Management Professional (PMP)"],
     ["Program Management Professional (PgMP)"]),
    ("IPMA", ["IPMA Level D (Certified Project Management Associate)"], ["IPMA Level C (Certified Project Manager)"],
     ["IPMA Level B (Certified Senior Project Manager)"]),
    ("SOA", [], ["Associate of the Society of Actuaries (ASA)"], ["Fellow of the Society of Actuaries (FSA)"]),
    ("CAS", [], ["Associate of the Casualty Actuarial Society (ACAS)"],
     ["Fellow of the Casualty Actuarial Society (FCAS)"]),
    ("ACCA", [], ["Member (ACCA)"], ["Fellow (FCCA)"]),
    ("CIMA", [], ["Associate Chartered Management Accountant (ACMA)"], ["Fellow Chartered Management Accountant (FCMA)"]),
    ("CPAA", [], ["Certified Practising Accountant (CPA)"], ["Fellow Certified Practising Accountant (FCPA)"]),
    ("RICS", ["Associate (AssocRICS)"], ["Member (MRICS)"], ["Fellow (FRICS)"]),
    ("NAATI", [], ["Certified Translator"], ["Certified Conference Interpreter"]),
]


def d_qionglai() -> Doc:
    """FAMILY rows over mixed series: level sub-columns 初级 | 中级 | 高级, each cell the name and its title in brackets."""
    rows = [[H("序号", rs=2), H("颁证单位", rs=2), H("资格等级", cs=3), H("所属系列", rs=2)],
            [H(LOW), H(MID), H("高级")]]
    pairs = []
    for i, (b, *levels) in enumerate(FAMILIES_F2, start=1):
        body = issuer(b, "cn")
        row = [Cc(str(i)), Cell(body)]
        series = None
        for lv, names in zip((LOW, MID, "高级"), levels):
            ps = [q(x, b) for x in names]
            assert all(own_level(p[3]) == (HIGH if lv == "高级" else lv) for p in ps), (b, names)
            for p in ps:
                series = series or p[4]
            assert len(ps) <= 1
            row.append(Cell(f"{ps[0][0]}\n（{ps[0][3]}）") if ps else Cc("—"))
            pairs += [Pair("", p[0], "", body, p[3], p[4], f"第{i}行（{B[b][2]}） × {lv}", row_seq=str(i)) for p in ps]
        row.append(Cc(series))
        rows.append(row)
    g = Grid(rows, [1.0, 3.4, 3.8, 3.9, 3.9, 1.6], head=2, size=10)
    n = len(pairs)
    return Doc("qionglai-tixi-jibie", "邛崃", "四川省", "028", "邛人社发〔2024〕58号", "2024-12-10", "docx",
               "family_rows",
               "one row per FAMILY over several series: sub-columns 初级 | 中级 | 高级 under 资格等级, each cell the grade's "
               "name with, on its second line, the title in brackets (（经济师）); — where there is no such grade",
               f"{len(FAMILIES_F2)} rows, one per family (PMI, IPMA, SOA, CAS, ACCA, CIMA, CPA Australia, RICS, NAATI), "
               f"over the 经济, 会计, 建设工程 and 翻译 series. The sub-columns under 资格等级 are levels only (初级, 中级, "
               f"高级); the title itself is printed in each cell under the name, in brackets — Project Management "
               f"Professional (PMP) ⏎ （经济师）. 对应职称 is that title without its brackets (经济师, 高级会计师, 一级翻译 …), "
               f"not the column's level; the bracketed line is not a 译名. 序号 numbers families (row_seq; the truth's "
               f"序号 is \"\"). {n} pairs; the body's 共收录国际职业资格{n}项 agrees.",
               "目录按国际职业资格体系列示，同一体系不同等级的资格分列于初级、中级、高级栏内，括号内为可比照认定的职称。",
               pairs, [("grid", g)], g, n, word=Word(letterhead=True, head_shade="E7E6E6"))


def second_title(p: tuple) -> str:
    """The title a qualification may be recognised at after three more years (one step up), "" at the top."""
    return {A: E, E: S, ZJJ: JJ, JJ: GJJ, KJ: GKJ, "审计师": "高级审计师", "统计师": "高级统计师"}.get(p[3], "")


def d_ningguo() -> Doc:
    """A qualification once, with TWO titles: 初次认定 | 满3年后可认定."""
    used: set = set()
    ps = (sel("ningguo-eng", 8, lambda p: is_eng(p) and p[2] != "DIHK", used)
          + sel("ningguo-eco", 4, lambda p: p[4] == "经济", used) + sel("ningguo-acc", 2, lambda p: p[4] == "会计", used))
    rng = random.Random("ningguo-second")
    c1, c2 = "初次认定", "满3年后可认定"
    rows = [[H("序号", rs=2), H("职业资格名称", rs=2), H("译名", rs=2), H("颁证单位", rs=2), H("对应职称", cs=2),
             H("所属系列", rs=2)], [H(c1), H(c2)]]
    pairs = []
    for i, p in enumerate(ps, start=1):
        two = second_title(p) if rng.random() < 0.7 else ""
        body = issuer(p[2], "cn_abbr")
        rows.append([Cc(str(i)), Cell(p[0]), Cell(p[1]), Cell(body), Cc(p[3]), Cc(two or "—"), Cc(p[4])])
        pairs.append(Pair(str(i), p[0], p[1], body, p[3], p[4], f"第{i}行 × {c1}", cond=c1))
        if two:
            pairs.append(Pair(str(i), p[0], p[1], body, two, p[4], f"第{i}行 × {c2}", cond=c2))
    g = Grid(rows, [1.0, 4.2, 3.3, 3.6, 1.9, 1.9, 1.8], head=2)
    n2 = sum(1 for p in pairs if p.cond == c2)
    return Doc("ningguo-liangji", "宁国", "安徽省", "0563", "宁人社发〔2025〕11号", "2025-02-20", "cms", "two_titles",
               "a qualification listed once with TWO titles: 对应职称 split into 初次认定 | 满3年后可认定; — where no "
               "second title",
               f"{len(ps)} qualifications, 序号 1-{len(ps)}, the six usual columns except that 对应职称 is split in two "
               f"sub-columns: 初次认定 (the title on first recognition) and 满3年后可认定 (the title that may be recognised "
               f"once the holder has worked three more years). {n2} rows print a second title, the others —. Each "
               f"printed title is one pair: the qualification's row gives two truth rows with the same 序号, the first "
               f"with condition 初次认定, the second with 满3年后可认定 (kept under condition: the second title holds only "
               f"with that condition). {len(pairs)} pairs from {len(ps)} qualifications; the body's 共收录国际职业资格"
               f"{len(ps)}项 counts qualifications.",
               "目录所列国际职业资格初次可比照认定“初次认定”栏所列职称；取得相应职称后在本专业岗位工作满3年的，可比照认定"
               "“满3年后可认定”栏所列职称。",
               pairs, [("grid", g)], g, len(ps),
               cms=dict(color="#1d63a8", dark="#174f87", icp="皖ICP备05008764号", code="3418810007",
                        english="Ningguo Human Resources and Social Security Bureau", info="003263418"))


def d_guixi() -> Doc:
    """TWO titles again: 取得证书即可认定 | 满3年后可认定, with two rows that have only the second."""
    used: set = set()
    late = sel("guixi-late", 2, lambda p: own_level(p[3]) == HIGH and p[4] in ENGINEERING, used)
    ps = sorted(late + sel("guixi-eng", 9, lambda p: is_eng(p) and own_level(p[3]) != HIGH and p[2] != "DIHK", used)
                + sel("guixi-eco", 3, lambda p: p[4] == "经济" and own_level(p[3]) != HIGH, used)
                + sel("guixi-stat", 2, lambda p: p[4] in ("统计", "审计"), used), key=POOL.index)
    rng = random.Random("guixi-second")
    c1, c2 = "取得证书即可认定", "取得证书并从事本专业工作满3年后可认定"
    rows = [[H("序号", rs=2), H("职业资格名称", rs=2), H("颁证单位", rs=2), H("比照认定职称", cs=2), H("所属系列", rs=2)],
            [H(c1), H(c2)]]
    pairs = []
    for i, p in enumerate(ps, start=1):
        body = issuer(p[2], "cn")
        if p in late:
            first, two = "", p[3]
        else:
            first, two = p[3], (second_title(p) if rng.random() < 0.55 else "")
        rows.append([Cc(str(i)), Cell(p[0]), Cell(body), Cc(first or "—"), Cc(two or "—"), Cc(p[4])])
        if first:
            pairs.append(Pair(str(i), p[0], "", body, first, p[4], f"第{i}行 × {c1}", cond=c1))
        if two:
            pairs.append(Pair(str(i), p[0], "", body, two, p[4], f"第{i}行 × {c2}", cond=c2))
    g = Grid(rows, [1.0, 5.2, 3.6, 2.2, 2.6, 1.9], head=2)
    lines = ", ".join(f"{ps.index(p) + 1} {p[0]}" for p in late)
    return Doc("guixi-liangji", "贵溪", "江西省", "0701", "贵人社字〔2025〕17号", "2025-08-05", "lo", "two_titles",
               "TWO title columns under 比照认定职称: 取得证书即可认定 | 取得证书并从事本专业工作满3年后可认定; two "
               "senior qualifications print — in the first and a title only in the second",
               f"{len(ps)} qualifications, 序号 1-{len(ps)}, no 译名 column. 比照认定职称 is split into 取得证书即可认定 and "
               f"取得证书并从事本专业工作满3年后可认定; each title printed in either column is one pair (condition = the "
               f"column's label), — is none. Rows {lines} print — in the first column and 高级工程师 in the second only: "
               f"one pair each, with the 3-year condition, and NO pair on first recognition. {len(pairs)} pairs from "
               f"{len(ps)} qualifications; the body's 共收录国际职业资格{len(ps)}项 counts qualifications.",
               "目录所列国际职业资格，取得证书即可比照认定第一栏所列职称；取得证书并在本专业岗位工作满3年的，可比照认定第二栏"
               "所列职称。",
               pairs, [("grid", g)], g, len(ps), word=Word(letterhead=True, cant_split=True))


def d_qingzhen() -> Doc:
    """TWO qualifications per row (row-major: 1 | 2, 3 | 4 …), different labels on each half; landscape annex."""
    used: set = set()
    ps = sel("qingzhen", 21, lambda p: p[2] not in ("DIHK",) and p[4] in ENGINEERING | {"经济", "会计"}, used)
    left = ["序号", "职业资格名称", "译名", "对应职称", "所属系列"]
    right = ["序号", "英文名称", "中文名称", "认定职称", "系列（专业）"]
    rows = [[H(x) for x in left + right]]
    pairs = []
    for k in range(0, len(ps), 2):
        row = []
        for half, j in enumerate((k, k + 1)):
            if j < len(ps):
                p = ps[j]
                row += [Cc(str(j + 1)), Cell(p[0]), Cell(p[1]), Cc(p[3]), Cc(p[4])]
                pairs.append(Pair(str(j + 1), p[0], p[1], "", p[3], p[4],
                                  f"表第{k // 2 + 1}行{'左' if half == 0 else '右'}半"))
            else:
                row += [Cc("") for _ in range(5)]
        rows.append(row)
    w = [0.8, 4.0, 3.1, 2.0, 1.95]
    g = Grid(rows, w + w, size=9)
    n = len(pairs)
    return Doc("qingzhen-bingpai", "清镇", "贵州省", "0851", "清人社发〔2025〕33号", "2025-09-09", "docx",
               "two_per_row",
               "TWO qualifications per table row (1 | 2, 3 | 4 …), the halves labelled differently (序号 | 职业资格名称 | "
               "译名 | 对应职称 | 所属系列 ‖ 序号 | 英文名称 | 中文名称 | 认定职称 | 系列（专业）); landscape annex; the last "
               "row's right half empty",
               f"A landscape table of {len(rows) - 1} rows, each holding two entries side by side: the left half is "
               f"labelled 序号 | 职业资格名称 | 译名 | 对应职称 | 所属系列 and the right half 序号 | 英文名称 | 中文名称 | 认定职称 "
               f"| 系列（专业） — the same five fields under other names. Numbering runs across the row (1 left, 2 right, "
               f"3 left …), so reading order is row by row, left half then right. The last row's right half is empty "
               f"(an odd count): no entry. No 颁证单位 is printed. {n} entries, 序号 1-{n}; the body's 共收录国际职业资格"
               f"{n}项 agrees.",
               "目录采用左右两栏排列，每栏各列一项国际职业资格。",
               pairs, [("grid", g)], g, n, word=Word(letterhead=True, landscape_annex=True, head_shade="D9D9D9"),
               footer=FOOT_WORD_OF)


def d_huayin() -> Doc:
    """TWO qualifications per row, numbered down the left half first (1-12) and then the right (13-23)."""
    used: set = set()
    ps = sel("huayin", 23, lambda p: p[2] not in ("DIHK", "ACM") and p[4] in ENGINEERING | {"经济", "会计", "审计"}
             and (abbr(p[0]) or p[1] not in GENERIC_CN), used)
    half = (len(ps) + 1) // 2
    left = ["序号", "职业资格", "颁证机构", "对应职称"]
    right = ["编号", "资格证书名称", "发证单位", "可比照职称"]
    rows = [[H(x) for x in left + right]]
    where = {}
    for k in range(half):
        row = []
        for side, j in enumerate((k, k + half)):
            if j < len(ps):
                p = ps[j]
                row += [Cc(str(j + 1)), Cell(cn_item(p)), Cell(issuer(p[2], "cn")), Cc(p[3])]
                where[j] = f"表第{k + 1}行{'左' if side == 0 else '右'}半"
            else:
                row += [Cc("") for _ in range(4)]
        rows.append(row)
    pairs = [Pair(str(j + 1), cn_item(p), "", issuer(p[2], "cn"), p[3], "", where[j]) for j, p in enumerate(ps)]
    w = [0.9, 3.9, 3.2, 2.2]
    g = Grid(rows, w + w, size=9)
    n = len(pairs)
    return Doc("huayin-bingpai-zong", "华阴", "陕西省", "0913", "华人社发〔2025〕8号", "2025-03-27", "chromium",
               "two_per_row",
               "TWO qualifications per row numbered DOWN the halves (left 1-12, right 13-23), labels differing (序号 | "
               "职业资格 | 颁证机构 | 对应职称 ‖ 编号 | 资格证书名称 | 发证单位 | 可比照职称); last row's right half empty",
               f"A table of {half} rows, two entries per row: the left half (序号 | 职业资格 | 颁证机构 | 对应职称) holds "
               f"entries 1-{half} top to bottom, the right half (编号 | 资格证书名称 | 发证单位 | 可比照职称) entries "
               f"{half + 1}-{n}; the last row's right half is empty. The truth is in 序号 order (1-{n}: down the left, "
               f"then down the right), which is not the order the rows print (1, {half + 1}, 2, {half + 2} …); "
               f"pair_source gives each entry's place. Names are Chinese with the abbreviation in brackets; no 译名 or "
               f"所属系列 is printed. The body's 共收录国际职业资格{n}项 agrees.",
               "目录采用左右两栏排列，左栏自上而下为第1至第%d项，右栏为第%d至第%d项。" % (half, half + 1, n),
               pairs, [("grid", g)], g, n, batch="第二批", table_font="9pt")


def kv_value(p: tuple, key: str, body: str, remark: str) -> str:
    return {"职业资格名称": p[0], "译名": p[1], "颁证单位": body, "对应职称": p[3], "所属系列": p[4], "备注": remark}[key]


def kv_remark(p: tuple) -> str:
    if p[2] == "NCEES" and p[0].startswith("PE"):
        return "须持有效执照"
    if own_level(p[3]) == HIGH:
        return "须取得证书后从事本专业工作满5年"
    if p[4] == "会计":
        return "限从事财务会计工作"
    return "无"


def d_ningxiang() -> Doc:
    """A KEY-VALUE table per qualification: 序号 | 1 / 职业资格名称 | … / … (label | value), one small table each."""
    used: set = set()
    ps = sel("ningxiang", 10, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计", "统计"}, used)
    keys = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列", "备注"]
    blocks: list = []
    pairs = []
    for i, p in enumerate(ps, start=1):
        body = issuer(p[2], "cn_full")
        rem = kv_remark(p)
        rows = [[Cell(k, align="C", bold=True, shade="F2F2F2"),
                 Cell(str(i) if k == "序号" else kv_value(p, k, body, rem))] for k in keys]
        blocks += [("grid", Grid(rows, [3.2, 12.4], head=0, kind="kv")), ("gap", "")]
        pairs.append(Pair(str(i), p[0], p[1], body, p[3], p[4], f"第{i}张表", extra={"备注": rem}))
    n = len(pairs)
    return Doc("ningxiang-kapian", "宁乡", "湖南省", "0731", "宁乡人社发〔2025〕19号", "2025-06-30", "docx",
               "key_value",
               "a KEY-VALUE table per qualification: ten small two-column tables (序号 | 1, 职业资格名称 | …, 译名, "
               "颁证单位, 对应职称, 所属系列, 备注), one per entry, no catalog header row",
               f"No list table: the annex prints {n} small tables, one per qualification, each of seven rows "
               f"label | value (序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列, 备注). Each table is one entry; the "
               f"labels are the printed header (printed_header lists them in order); 备注 is kept under extra (无 where "
               f"it says so). 序号 1-{n} from the 序号 row of each table. The body's 共收录国际职业资格{n}项 agrees.",
               "目录以一项国际职业资格一表的形式列示。",
               pairs, blocks, None, n, word=Word(letterhead=True), kv_keys=keys)


def d_guiping() -> Doc:
    """KEY-VALUE tables with the key inside each cell (职业资格名称：…), two per row, no 序号."""
    used: set = set()
    ps = sel("guiping", 12, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计", "翻译"}, used)
    layout = [("职业资格名称", "译名"), ("颁证单位", "所属系列"), ("对应职称", "备注")]
    blocks: list = []
    pairs = []
    for i, p in enumerate(ps, start=1):
        body = issuer(p[2], "cn_abbr")
        rem = kv_remark(p)
        rows = [[Cell(f"{a}：{kv_value(p, a, body, rem)}"), Cell(f"{b}：{kv_value(p, b, body, rem)}")]
                for a, b in layout]
        blocks += [("grid", Grid(rows, [8.4, 7.2], head=0, size=10, kind="kv")), ("gap", "")]
        pairs.append(Pair("", p[0], p[1], body, p[3], p[4], f"第{i}张表", extra={"备注": rem}))
    n = len(pairs)
    keys = [k for pair in layout for k in pair]
    return Doc("guiping-kapian", "桂平", "广西壮族自治区", "0775", "浔人社发〔2025〕42号", "2025-10-21", "lo",
               "key_value",
               "KEY-VALUE tables, the key inside the cell: three rows of two cells each (职业资格名称：… | 译名：…; "
               "颁证单位：… | 所属系列：…; 对应职称：… | 备注：…), one table per qualification, no 序号",
               f"{n} small tables, one per qualification, of three rows with two cells each; every cell is "
               f"\"key：value\" (职业资格名称：Chartered … | 译名：…). No 序号 anywhere (the truth's 序号 is \"\"), no header "
               f"row. The value is the cell's text after the first full-width colon (a name with a colon of its own "
               f"keeps it). 备注 under extra. {n} entries; the body's 共收录国际职业资格{n}项 agrees.",
               "目录以一项国际职业资格一表的形式列示。",
               pairs, blocks, None, n, word=Word(letterhead=False), footer=FOOT_WORD_OF, kv_keys=keys)


# --- controls ---------------------------------------------------------------------------------------------------------

def d_xingyang() -> Doc:
    """CONTROL: an ordinary catalog, one row per qualification, its header in two rows (职业资格 over 英文名称 | 中文名称)."""
    used: set = set()
    ps = sel("xingyang", 22, lambda p: p[2] != "DIHK", used)
    rows = [[H("序号", rs=2), H("职业资格", cs=2), H("颁证单位", rs=2), H("对应职称", rs=2), H("所属系列", rs=2)],
            [H("英文名称"), H("中文名称")]]
    pairs = []
    for i, p in enumerate(ps, start=1):
        body = issuer(p[2], "cn_abbr")
        rows.append([Cc(str(i)), Cell(p[0]), Cell(p[1]), Cell(body), Cc(p[3]), Cc(p[4])])
        pairs.append(Pair(str(i), p[0], p[1], body, p[3], p[4], f"第{i}行"))
    g = Grid(rows, [1.0, 4.8, 3.6, 4.2, 1.9, 2.0], head=2)
    n = len(pairs)
    return Doc("xingyang-shuangbiaotou", "荥阳", "河南省", "0371", "荥人社〔2025〕16号", "2025-04-28", "chromium",
               "plain",
               "CONTROL: an ordinary one-row-per-qualification catalog whose header is in two rows: 职业资格 merged over "
               "英文名称 | 中文名称; the other labels merged down",
               f"A plain catalog of {n} rows, 序号 1-{n}, one qualification per row. Only the header is in two rows: "
               f"职业资格 spans 英文名称 and 中文名称, the other labels (序号, 颁证单位, 对应职称, 所属系列) are merged down "
               f"over both. 英文名称 is the 职业资格名称, 中文名称 the 译名; the second header row is not an entry. The "
               f"body's 共收录国际职业资格{n}项 agrees.",
               "“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。",
               pairs, [("grid", g)], g, n, control=True, footer=FOOT_WORD_OF)


def d_changge() -> Doc:
    """CONTROL: 对应职称 holds a single level word per row (中级), next to a 所属系列 column."""
    used: set = set()
    ps = sel("changge", 20, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计", "审计", "翻译"}, used)
    rows = [[H(x) for x in HEADER]]
    pairs = []
    for i, p in enumerate(ps, start=1):
        body = issuer(p[2], "cn")
        lv, se = own_level(p[3]), series_row(p[4])
        rows.append([Cc(str(i)), Cell(p[0]), Cell(p[1]), Cell(body), Cc(lv), Cc(se)])
        pairs.append(Pair(str(i), p[0], p[1], body, lv, se, f"第{i}行"))
    g = Grid(rows, [1.0, 4.8, 3.6, 3.6, 1.6, 1.8])
    n = len(pairs)
    return Doc("changge-cengji", "长葛", "河南省", "0374", "长人社〔2025〕23号", "2025-05-15", "cms", "plain",
               "CONTROL: an ordinary catalog whose 对应职称 column holds one level word per row (初级 / 中级 / 副高级) next "
               "to a 所属系列 column (工程系列, 经济系列 …)",
               f"A plain catalog of {n} rows, 序号 1-{n}, the six usual columns. 对应职称 prints a level word only "
               f"(初级, 中级, 副高级) and 所属系列 the series (工程系列, 经济系列, 会计系列 …): it is one pair per row with "
               f"对应职称 as printed (中级), not a matrix of levels and not a title worked out from level + series "
               f"(工程师). The body's 共收录国际职业资格{n}项 agrees.",
               "目录“对应职称”栏所列为可比照认定的职称层级，申请人按其所属系列比照认定相应层级的职称。",
               pairs, [("grid", g)], g, n, control=True,
               cms=dict(color="#b3171f", dark="#8f1219", icp="豫ICP备13004527号", code="4110820006",
                        english="Changge Human Resources and Social Security Bureau", info="005493710"))


LEVEL_TABLE = [  # (series, 员级, 助理级, 中级, 副高级, 正高级)
    ("工程系列", "技术员", "助理工程师", "工程师", "高级工程师", "正高级工程师"),
    ("经济系列", "—", "助理经济师", "经济师", "高级经济师", "正高级经济师"),
    ("会计系列", "会计员", "助理会计师", "会计师", "高级会计师", "正高级会计师"),
    ("审计系列", "审计员", "助理审计师", "审计师", "高级审计师", "正高级审计师"),
    ("统计系列", "统计员", "助理统计师", "统计师", "高级统计师", "正高级统计师"),
    ("翻译系列", "—", "三级翻译", "二级翻译", "一级翻译", "译审"),
    ("卫生系列（药学）", "药士", "药师", "主管药师", "副主任药师", "主任药师"),
]
FORM_ROWS = ["姓名", "工作单位", "现从事专业技术工作", "国际职业资格名称", "颁证单位", "证书编号", "取得时间",
             "申请比照认定职称", "所属系列（专业）"]


def d_zhijiang() -> Doc:
    """CONTROL: no catalog — a 职称层级对应表 (titles per series and level, no qualifications) and a blank form."""
    rows = [[H("序号", rs=2), H("职称系列", rs=2), H("初级", cs=2), H("中级", rs=2), H("副高级", rs=2), H("正高级", rs=2)],
            [H("员级"), H("助理级")]]
    for i, r in enumerate(LEVEL_TABLE, start=1):
        rows.append([Cc(str(i)), Cc(r[0]), *[Cc(x) for x in r[1:]]])
    g = Grid(rows, [1.0, 3.2, 2.2, 2.4, 2.4, 2.6, 2.8], head=2)
    form = [[Cell("姓名", align="C", bold=True), Cell(""), Cell("性别", align="C", bold=True), Cell(""),
             Cell("出生年月", align="C", bold=True), Cell("")]]
    for k in FORM_ROWS[1:]:
        form.append([Cell(k, cs=2, align="C", bold=True), Cell("", cs=4)])
    for k in ("用人单位意见", "主管部门意见", "人力资源社会保障部门意见"):
        form.append([Cell(k, cs=2, align="C", bold=True), Cell("\n\n（盖章）　　年　月　日", cs=4, align="C")])
    fg = Grid(form, [2.0, 2.4, 2.0, 2.6, 2.2, 4.4], head=0, kind="form")
    t1, t2 = "职称系列层级对应表", "国际职业资格比照认定职称申报表"
    prov = "湖北省"
    body = [f"为进一步做好国际职业资格比照认定职称工作，根据{prov}人力资源和社会保障厅《湖北省国际职业资格比照认定职称目录"
            "（第一批）》及有关规定，现就我市2025年度国际职业资格比照认定职称工作有关事项通知如下：",
            "一、比照认定范围。在我市企业、社会组织等用人单位从事专业技术工作，取得省厅公布目录所列国际职业资格且证书在"
            "有效期内的专业技术人员，可申请比照认定相应职称。比照认定的职称层级按附件1《职称系列层级对应表》确定。",
            "二、申报材料。申请人填写《国际职业资格比照认定职称申报表》（附件2），连同国际职业资格证书及中文翻译件、身份证明、"
            "学历证明和本单位出具的岗位证明，于2025年3月31日前报送所在单位主管部门。",
            "三、审核认定。主管部门初审后报市人力资源和社会保障局复核，经公示无异议的，由市人力资源和社会保障局发文认定。",
            "四、本通知未尽事宜，按省、宜昌市有关规定执行。"]
    other = [{"title": t1, "printed_header": flat_header(g), "rows": len(LEVEL_TABLE)},
             {"title": t2, "printed_header": [], "rows": len(form)}]
    return Doc("zhijiang-cengji-duiying", "枝江", "湖北省", "0717", "枝人社发〔2025〕6号", "2025-02-11", "lo",
               "level_table",
               "CONTROL (no catalog): a notice on the recognition work whose attachments are a 职称层级对应表 (series × "
               "员级 | 助理级 | 中级 | 副高级 | 正高级, titles only, no qualification) and a blank 申报表 with the labels "
               "国际职业资格名称 / 颁证单位 / 申请比照认定职称",
               "The notice sets out how the 2025 recognition work is done and refers to the province's catalog by name "
               "(湖北省国际职业资格比照认定职称目录（第一批）) without printing it. Attachment 1 is a 职称系列层级对应表: seven "
               "series rows by the levels 员级, 助理级 (under 初级), 中级, 副高级, 正高级, each cell a TITLE (助理工程师, "
               "经济师 …), no qualification anywhere — it looks like the series × level matrices of this round but "
               "holds no (qualification, title) pair. Attachment 2 is a blank application form whose labels "
               "(国际职业资格名称, 颁证单位, 申请比照认定职称, 所属系列（专业）) are those of a key-value entry, with every value "
               "empty. Nothing to publish: no-catalog.",
               "", [], [], None, 0, batch="", expected="no-catalog", control=True,
               title_override="关于做好2025年度国际职业资格比照认定职称工作的通知", body_override=body,
               annexes=[(t1, [("grid", g)]), (t2, [("grid", fg)])], other_tables=other,
               word=Word(letterhead=True), footer=FOOT_WORD_OF)


def gaoan_remark(p: tuple, rng: random.Random) -> str:
    nxt = second_title(p)
    if nxt and own_level(p[3]) == MID and rng.random() < 0.55:
        return f"取得证书满3年后可申报{nxt}评审"
    if own_level(p[3]) == LOW:
        return "限从事本专业技术工作"
    return ""


def d_gaoan() -> Doc:
    """CONTROL: an ordinary catalog whose 备注 says 取得证书满3年后可申报高级工程师评审 — eligibility, not a second title."""
    used: set = set()
    ps = sel("gaoan", 18, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计"}, used)
    rng = random.Random("gaoan-remarks")
    rows = [[H(x) for x in HEADER + ["备注"]]]
    pairs = []
    for i, p in enumerate(ps, start=1):
        body = issuer(p[2], "cn_abbr")
        rem = gaoan_remark(p, rng)
        rows.append([Cc(str(i)), Cell(p[0]), Cell(p[1]), Cell(body), Cc(p[3]), Cc(p[4]), Cell(rem)])
        pairs.append(Pair(str(i), p[0], p[1], body, p[3], p[4], f"第{i}行", extra={"备注": rem}))
    g = Grid(rows, [0.9, 3.9, 3.0, 3.2, 1.7, 1.7, 2.8], size=9.5)
    n = len(pairs)
    k = sum(1 for p in pairs if "评审" in p.extra["备注"])
    return Doc("gaoan-beizhu", "高安", "江西省", "0795", "高人社发〔2025〕29号", "2025-07-22", "docx", "plain",
               "CONTROL: an ordinary catalog with a 备注 column where some rows say 取得证书满3年后可申报高级工程师评审 — "
               "an eligibility to apply for 评审, not a second recognised title",
               f"A plain catalog of {n} rows, 序号 1-{n}, six usual columns plus 备注. On {k} rows the 备注 reads "
               f"取得证书满3年后可申报…评审 (naming a higher title): that is leave to apply for the ordinary review (评审), "
               f"not a second title recognised by comparison, so each row is ONE pair with the 对应职称 of its own cell; "
               f"备注 is kept under extra. The body's 共收录国际职业资格{n}项 agrees.",
               "“对应职称”为可比照认定的职称；备注栏注明可申报评审的，按职称评审有关规定申报，不属于比照认定范围。",
               pairs, [("grid", g)], g, n, control=True, word=Word(letterhead=True, head_shade="D9D9D9"))


BUILDERS: list[Callable[[], Doc]] = [d_xinzheng, d_yidu, d_yixing, d_liyang, d_chongzhou, d_qionglai, d_ningguo,
                                     d_guixi, d_qingzhen, d_huayin, d_ningxiang, d_guiping, d_xingyang, d_changge,
                                     d_zhijiang, d_gaoan]


def main(argv: Sequence[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as t:
        for build in BUILDERS:
            d = build()
            if argv and d.stem.split("-")[0] not in argv:
                continue
            sub = Path(t) / d.stem
            sub.mkdir()
            fname, line = render(d, sub)
            tr = write_truth44(d)
            made.append((d, fname, line, tr))
            print(fname, line, len(tr["rows"]), flush=True)
    if not argv:
        write_readme44(made)


def write_readme44(made) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for d, fname, line, tr in made:
        lines.append(f"  {fname}  [{d.expected}{', control' if d.control else ''}]")
        lines.append(f"      {d.city} ({d.province}), {d.docno}, {d.date_iso}; {line}; layout {d.layout}; "
                     f"{len(tr['rows'])} pairs from {d.n_quals} qualifications")
        lines.append(f"      {d.what}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * 序号: the qualification's own number where the document prints one (two titles, two per row, 宁乡's 序号 row,
    the controls); "" where the layout has none (matrices, 桂平) or where the printed number counts BODIES or FAMILIES
    (宜兴, 溧阳, 崇州, 邛崃: that number is under row_seq). A reader giving the body's number to each of its pairs has
    not misread the pairs, but it is not the entry's 序号.
  * A layout that prints one name only gives it as 职业资格名称 with 译名 "" (新郑: English; 宜都, 华阴: the Chinese
    name with its abbreviation in brackets, e.g. 注册焊接检验师（CWI）).
  * 对应职称 is what the document prints for the pair: a title (工程师) where it prints one, the level word where it
    prints only that (宜都's 初级/中级/副高级 columns, 长葛's column), never a title worked out from level and series.
  * 宜都: 英国材料、矿物和采矿学会专业会员（MIMMM） is ONE name (its 、 is part of the body's name); splitting the
    cell on every 、 makes two false entries.
  * 溧阳 is the one held-or-review: the CIOB row's two title lines cannot be matched to its three qualifications.
    Its truth rows leave those three titles "" (review names them); the other pairs are certain.
  * Two titles (宁国, 贵溪): two truth rows share a 序号; condition tells them apart. 贵溪 rows printing — in the
    first column give no 初次 pair.
  * 华阴: rows are in 序号 order (down the left half, then down the right), not in the order the table rows print.
  * 枝江 has no catalog: its tables are described under other_tables.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
