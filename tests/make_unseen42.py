"""Regenerate tests/fixtures/unseen42: a blind probe round of catalogs GROUPED by something other than a 所属系列 column.

    /work/main/.venv/bin/python tests/make_unseen42.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen42.py cixi jiande     # only these (by the stem's city part)

Fifteen notices of city bureaus (人社局) publishing a catalog (目录) of international professional qualifications
recognised as Chinese professional titles, 17 to 26 rows each, in county-level cities no earlier round used: 浙江 余姚,
慈溪, 温岭, 临海, 东阳, 永康, 桐乡, 平湖, 嵊州, 建德; 福建 福清, 南安; 山东 龙口, 荣成, 胶州. Formats: DOCX
(python-docx), PDF printed by LibreOffice from the DOCX, PDF printed by headless Chromium from a print page, a CMS
article page (HTML).

What varies is how the table is grouped: by rows spanning the whole table (section rows) or by cells merged down a
column, naming
  - the title LEVEL (一、可比照认定高级职称的国际职业资格 …): with a 对应职称 column (余姚), without one (慈溪), and as
    the outer of two levels over the series (南安: 一、高级职称 then （一）工程系列, neither column printed);
  - a COUNTRY or region: without a 国别 column (温岭: （一）美国 …), with a 国别（地区） column (临海: 一、美国 …);
  - the ISSUING BODY: as section rows over a table with no 颁证单位 column (东阳: 一、美国焊接学会（AWS） …), and as
    颁证单位 / 所属系列 cells merged down over each group (永康);
  - an industry FIELD that is not a series (桐乡: 一、智能制造领域 …) over a table that prints 所属系列;
  - the SERIES with no 所属系列 column: 一、工程系列 (平湖), 一、机械工程 (福清), two levels deep 一、工程系列（16项）
    then （一）机械工程 (嵊州), and a first column 系列 merged down and printed one character a line (建德).
序号 restart at 1 in each group in some files (慈溪, 临海, 桐乡, 嵊州, 建德, 福清) and run on in the others. Subtotal
rows (小计：5项, or 小计 | 5项), closing 合计 rows and note rows spanning the table (注：…) appear in some files: none of
them is an entry.

Three CONTROLS, of the same family, where the plain reading is right: 龙口 (no grouping; the FIRST data row's long name
and its translation sit in one cell the clerk merged across 职业资格名称 and 译名 — an entry, 序号 1); 荣成 (section
rows 一、工程系列 … AND a 所属系列 column printing the same series on every row: nothing to infer); 胶州 (no grouping;
rows in bold at the head of each series' run are real entries with every cell filled).

THE RULE for a field whose value comes from a section row or a merged group cell (the same in every file): the value
is the section's text as printed, without its list number (一、 （一）), without a count in brackets (（16项）),
without the framing words of a level heading (可比照认定 … 的国际职业资格), and otherwise unchanged — 一、工程系列 →
工程系列 (系列 kept, not 工程), 一、机械工程 → 机械工程, 一、美国焊接学会（AWS） → 美国焊接学会（AWS）, （一）美国 → 美国,
一、可比照认定高级职称的国际职业资格 → 高级职称 (not 高级工程师: the level is all the document gives), 一、智能制造领域 →
智能制造领域; a merged cell printed one character a line (工⏎程⏎系⏎列) gives its characters joined (工程系列). With two
levels each level sets its own field: 一、工程系列 sets 所属系列 and （一）机械工程 under it sets 专业 (none of the six
columns, so 所属系列 stays 工程系列); 一、高级职称 sets 对应职称 and （一）工程系列 under it sets 所属系列. A field that
the row prints in its own cell is taken from the cell, never from the section (余姚, 临海, 桐乡, 荣成).

Every qualification and issuing body is real (the pool of tests/make_unseen36.py … make_unseen40.py, copied here).
Notices, 文号, people and phone numbers are invented (seeded random: regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx from the venv). DOCX by python-docx (zip dates and
core properties pinned; footers as Word PAGE / NUMPAGES fields), PDFs printed from the DOCX by LibreOffice headless
(soffice --convert-to pdf) or from a web page by headless Chromium (--print-to-pdf --disable-pdf-tagging, page numbers
by CSS @page margin boxes); PDF dates, /ID and uuids pinned, then qpdf --deterministic-id; web pages written here as
a government CMS article page. Apt packages: libreoffice-writer, chromium, poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the table's labels
as printed: 4 to 7 columns, e.g. 国别（地区）, 系列), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列] …]
(the entries only, in print order, as printed, canonical column order; a field the table does not print is the
value its section / merged cell sets by THE RULE, else ""), "notice": {doc_number, city, office, notice_title,
issue_date, batch, catalog_title}, "expected" ("publish" for all fifteen), "why", and for this round:
  "sections": [[text as printed, first 序号 under it, field it sets] …] in print order: every section row (both
      levels), and for 永康 / 建德 every merged group cell (its text as printed; a line break in the cell is a
      newline in the JSON string); the field is one of the six, or a field outside them: 层级 (the level, where
      对应职称 is printed too), 国别, 领域, 专业; [] for the controls 龙口 and 胶州;
  "inferred_fields": the canonical fields whose values come from sections / merged cells rather than a cell of the
      row ([] where the sections only repeat or add nothing to the six);
  "inherited": one {field: value} per row (aligned with rows): what the sections / merged cells above it set,
      canonical or not (国别, 领域, 专业, 层级 included), by THE RULE;
  "non_entry_rows": [[kind, text] …]: the rows of the table that are not entries (section, subtotal, total, note;
      a row split in two cells as "小计 | 5项");
  "control": true for the three controls; "section_value_rule": THE RULE in one paragraph.
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
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen42"
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

# where each body sits, as a 国别 column prints it (international federations: 国际组织)
COUNTRY = {
    "IMECHE": "英国", "IET": "英国", "ICE": "英国", "ISTRUCTE": "英国", "ICHEME": "英国", "CIBSE": "英国", "CIOB": "英国",
    "RICS": "英国", "IOM3": "英国", "EI": "英国", "RSC": "英国", "AWS": "美国", "IIW": "国际组织", "ASNT": "美国",
    "API": "美国", "NACE": "美国", "ASQ": "美国", "NCEES": "美国", "ASM": "美国", "AICHE": "美国", "SPE": "美国",
    "EC": "加拿大", "EA": "澳大利亚", "IME": "", "IPEJ": "日本", "HKIE": "中国香港", "HKIS": "中国香港", "PEB": "新加坡",
    "DIHK": "德国", "IEEE_CS": "美国", "IEEE_COMSOC": "美国", "ACM": "美国", "CISCO": "美国", "REDHAT": "美国",
    "ORACLE": "美国", "ISC2": "美国", "ISACA": "美国", "TOG": "", "AXELOS": "英国", "AMAZON": "美国", "USGBC": "美国",
    "IWBI": "美国", "BRE": "英国", "PHI": "德国", "AACE": "美国", "IFMA": "美国", "BCSP": "美国", "NEBOSH": "英国",
    "IOSH": "英国", "ABIH": "美国", "NFPA": "美国", "ACRP": "美国", "ASCP": "美国", "NABP": "美国", "ABT": "美国",
    "SCDM": "美国", "SAS": "美国", "IAC": "", "RAPS": "美国", "SDC": "英国", "TI": "英国", "IFT": "美国", "PMI": "美国",
    "IPMA": "国际组织", "APM": "英国", "CFA": "美国", "GARP": "美国", "SOA": "美国", "CAS": "美国", "IFOA": "英国",
    "CII": "英国", "FPSB": "国际组织", "CAIA": "美国", "CCIM": "美国", "CILT": "英国", "CIPS": "英国", "ASCM": "美国",
    "HRCI": "美国", "SHRM": "美国", "CIPD": "英国", "ACCA": "英国", "CIMA": "英国", "IMA": "美国", "CPAA": "澳大利亚",
    "AICPA": "美国", "ICAEW": "英国", "CPAC": "加拿大", "JCCI": "日本", "IIA": "美国", "ACFE": "美国", "RSS": "英国",
    "ASA_STAT": "美国", "NAATI": "澳大利亚", "CIOL": "英国", "ATA": "美国",
}
SERIES_ORDER = ["机械工程", "冶金工程", "石油化工工程", "电子信息工程", "建设工程", "安全工程", "医药工程", "纺织工程",
                "轻工工程", "经济", "会计", "审计", "统计", "翻译"]
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


def title_text(title: str, style: str) -> str:
    """对应职称 as printed: plain 工程师; level 工程师（中级）, the bracket restating the title's own level."""
    return f"{title}（{own_level(title)}）" if style == "level" else title


def series_text(series: str, style: str) -> str:
    """所属系列 as printed: plain 机械工程; paren 工程技术（机械工程）; xilie 工程系列 / 经济系列 …"""
    if style == "paren" and series in ENGINEERING:
        return f"工程技术（{series}）"
    if style == "xilie":
        return "工程系列" if series in ENGINEERING else f"{series}系列"
    return series


@dataclass
class Row:
    seq: str
    qual: str
    trans: str
    body: str
    title: str  # the title alone (the truth)
    series: str  # the series as the pool has it
    issuer: str = ""  # as printed
    title_p: str = ""  # as printed
    series_p: str = ""  # as printed
    country: str = ""
    remark: str = ""
    cat: str = ""
    extra: dict = field(default_factory=dict)  # further printed cells (调整类型, 原对应职称, 状态 …) by key


def pick(seed: str, n: int, *, force: Sequence[str] = (), skip_bodies: Sequence[str] = (),
         series: Sequence[str] | None = None) -> list[tuple]:
    """n rows of the pool (seeded), the forced qualifications among them, kept in the pool's order (grouped by
    series)."""
    rng = random.Random(seed)
    pool = [r for r in POOL if r[2] not in skip_bodies and (series is None or r[4] in series)]
    forced = [i for i, r in enumerate(pool) if r[0] in force]
    rest = [i for i in range(len(pool)) if i not in forced]
    keep = sorted(forced + rng.sample(rest, n - len(forced)))
    return [pool[i] for i in keep]


def make_rows(picked: Sequence[tuple], istyle: str, tstyle: str = "plain", sstyle: str = "plain") -> list[Row]:
    return [Row(str(i), q, t, b, ti, se, issuer(b, istyle), title_text(ti, tstyle), series_text(se, sstyle),
                COUNTRY[b]) for i, (q, t, b, ti, se) in enumerate(picked, start=1)]


def remark_for(r: Row) -> str:
    """备注 as bureaus write them: a condition on work experience, or the posts the title is limited to."""
    if r.body == "AWS" and "Inspector" in r.qual:
        return "限从事焊接质量检验岗位"
    if r.body == "NCEES" and r.qual.startswith("PE"):
        return "须持有效执照，并同时具备4年以上相关专业工作经历"
    if r.body == "NCEES":
        return "须同时具备1年以上相关专业工作经历"
    if r.body == "DIHK":
        return "限从事相关专业技术岗位"
    if r.body in ("API", "ASNT"):
        return "限从事承压设备检验检测岗位"
    if r.series == "经济" and r.body in ("PMI", "IPMA", "APM", "AXELOS"):
        return "限从事项目管理岗位"
    if r.series == "会计":
        return "限从事财务会计工作"
    if r.series == "审计":
        return "限从事审计、内部控制工作"
    if r.series == "翻译":
        return "须同时具备2年以上翻译工作经历"
    if r.title.startswith("高级") or r.title.startswith("一级"):
        return "须同时具备取得证书后5年以上相关专业工作经历"
    if r.title.startswith("助理"):
        return ""
    return "须同时具备3年以上相关专业工作经历"


def sparse_remarks(rows: Sequence[Row], seed: str, share: float = 0.15) -> None:
    """A 备注 column empty on most rows: a few 新增 (new in this batch) or a condition."""
    rng = random.Random(seed)
    for r in rows:
        if rng.random() < share:
            r.remark = rng.choice(("新增", "新增", "证书须在有效期内", "限从事本专业技术工作"))


def cell_value(r: Row, key: str) -> str:
    """What one printed cell holds; "\n" is a line break inside the cell."""
    if key in r.extra:
        return r.extra[key]
    return {"blank": "", "seq": r.seq, "qual": r.qual, "trans": r.trans, "issuer": r.issuer, "title": r.title_p,
            "series": r.series_p, "country": r.country, "remark": r.remark, "cat": r.cat,
            "qt1": f"{r.qual} {r.trans}", "qt2": f"{r.qual}\n{r.trans}"}[key]


CENTRE_KEYS = {"blank", "seq", "title", "series", "country", "cat"}

# --- people, phones ------------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志宏海波宁欣怡晨雪梅琳浩宇轩思远嘉"


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
    return rng.choice(SURNAMES) + given


def phone(rng: random.Random, area: str, digits: int = 0) -> str:
    digits = digits or (8 if len(area) <= 3 else 7)
    return f"{area}-{rng.randint(2, 8)}{rng.randint(10 ** (digits - 2), 10 ** (digits - 1) - 1)}"


def spans(table: Sequence[Sequence[str]], col: int) -> list[int]:
    """Row spans of a merged-down column: n at a group's first row, 0 under it, 1 for a row alone."""
    out = [1] * len(table)
    i = 0
    while i < len(table):
        j = i
        while j + 1 < len(table) and table[j + 1][col] == table[i][col]:
            j += 1
        out[i] = j - i + 1
        for k in range(i + 1, j + 1):
            out[k] = 0
        i = j + 1
    return out


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


def html_pdf(page: str, stem: str, tmp: Path, keep: str = "") -> int:
    """Print page by Chromium into OUT/<stem>.pdf; keep "1-3": only these pages reach the file (a truncated
    download), cut by qpdf from the whole print. Returns the whole print's page count."""
    src = tmp / f"{stem}.html"
    src.write_text(page, encoding="utf-8")
    whole = chromium(src, tmp / f"{stem}.chromium.pdf")
    if keep:
        cut = tmp / f"{stem}.cut.pdf"
        done = subprocess.run(["qpdf", "--empty", "--pages", str(whole), keep, "--", str(cut)], capture_output=True)
        if done.returncode not in (0, 3):
            raise RuntimeError(done.stderr.decode())
        np_ = pages(whole)
        pack(cut, OUT / f"{stem}.pdf")
        return np_
    out = pack(whole, OUT / f"{stem}.pdf")
    return pages(out)


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





# --- this round: catalogs grouped by section rows or merged cells -----------------------------------------------

W_CM = {"seq": 2.0, "qual": 4.6, "trans": 3.5, "issuer": 4.1, "title": 2.4, "series": 2.4}  # Word, scaled to 15.6
W_PR = {"seq": 1.6, "qual": 4.9, "trans": 3.7, "issuer": 4.6, "title": 2.35, "series": 2.45}  # Chromium print
W_CMS = {"seq": 7, "qual": 27, "trans": 20, "issuer": 25, "title": 10, "series": 13}  # CMS page
SIX = [("序号", "seq"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"), ("对应职称", "title"),
       ("所属系列", "series")]
CC, PB = ' class="c"', ' class="pb"'
EXTRA_CSS = """
p.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; text-indent: 0; }
p.post { font-size: 12pt; line-height: 1.6; margin-top: 2mm; }
"""
PAGER_ONE = ('<span class="t">共1页</span><span class="off">首页</span><span class="off">上一页</span><b>1</b>'
             '<span class="off">下一页</span><span class="off">尾页</span>')
FOOT_WORD_OF = "第 {PAGE} 页 共 {NUMPAGES} 页"
ZJ, SD, FJ = "浙江省", "山东省", "福建省"
CANON = [("序号", "seq"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"), ("对应职称", "title"),
         ("所属系列", "series")]
W_CM.update(country=2.0)
W_PR.update(country=2.0)
W_CMS.update(country=10)
HIGH, MID, LOW = "高级职称", "中级职称", "初级职称"
CN_SMALL = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
RULE = ("the value a section (or a merged group cell) sets is its text as printed, without its list number (一、 "
        "（一）), without a count in brackets (（16项）), without the framing words of a level heading (可比照认定 … 的国际"
        "职业资格), and otherwise unchanged: 一、工程系列 → 工程系列 (系列 kept), 一、机械工程 → 机械工程, （一）美国 → 美国, "
        "一、可比照认定高级职称的国际职业资格 → 高级职称, 一、智能制造领域 → 智能制造领域; a merged cell printed one character "
        "a line (工⏎程⏎系⏎列) gives its characters joined (工程系列). Two levels: each level sets its own field (一、工程系列 "
        "sets 所属系列, （一）机械工程 under it sets 专业, which is none of the six columns; 一、高级职称 sets 对应职称 and "
        "（一）工程系列 under it sets 所属系列). A field printed as a column on the row is taken from the row, never from "
        "the section.")


@dataclass
class Sec:
    """A section row spanning the table: its text as printed, the field it sets, the value it sets (RULE), depth."""
    text: str
    field: str
    value: str
    depth: int = 1


@dataclass
class Cat:
    """One catalog table: its columns, its items in print order — ("sec", Sec), ("row", Row), ("sub", "小计：5项") a
    subtotal over the table, ("subsplit", ("小计", "5项")), ("total", ("合计", "21项")), ("total1", "合计：共24项"),
    ("note", "注：…") a note row over the table — and how it is set."""
    cols: list[tuple[str, str]]
    items: list[tuple[str, object]]
    sec_align: str = "L"
    sec_shade: str = ""
    vmerge: tuple[str, ...] = ()  # keys whose equal consecutive cells are merged down (printed once a group)
    vertical: tuple[str, ...] = ()  # of those, keys whose merged cell prints one character a line
    bold: tuple[str, ...] = ()  # 序号 of entries set in bold (a highlight: they stay entries)
    wide_first: bool = False  # the first entry's 职业资格名称 and 译名 in ONE merged cell: name ⏎ translation
    widths: dict = field(default_factory=dict)  # key -> width (overrides W_CM / W_PR / W_CMS)
    size: float = 10.5

    @property
    def keys(self) -> list[str]:
        return [k for _, k in self.cols]

    @property
    def labels(self) -> list[str]:
        return [lab for lab, _ in self.cols]

    @property
    def rows(self) -> list[Row]:
        return [x for k, x in self.items if k == "row"]

    def centre(self) -> set[int]:
        return {i for i, k in enumerate(self.keys) if k in CENTRE_KEYS}

    def runs(self, key: str) -> dict[int, int]:
        """Row spans of a merged-down column over the items: {item index: span} for the first row of each run of
        equal values (a run never crosses a section, subtotal or note row); rows inside a run are absent."""
        out: dict[int, int] = {}
        i = 0
        items = self.items
        while i < len(items):
            if items[i][0] != "row":
                i += 1
                continue
            j = i
            v = cell_value(items[i][1], key)
            while j + 1 < len(items) and items[j + 1][0] == "row" and cell_value(items[j + 1][1], key) == v:
                j += 1
            out[i] = j - i + 1
            i = j + 1
        return out

    def printed(self, r: Row, key: str) -> str:
        v = cell_value(r, key)
        return "\n".join(v) if key in self.vertical else v


def truth_of(cat: Cat) -> dict:
    """rows (canonical six), sections, inherited values, non-entry rows and the fields taken from groups, all from
    the table's own data."""
    keys = set(cat.keys)
    open_: dict[int, Sec] = {}
    rows, inherited, sections, non_entry = [], [], [], []
    pending: list[list] = []
    runs = {k: cat.runs(k) for k in cat.vmerge}
    run_value: dict[str, str] = {}
    inferred: list[str] = []
    for idx, (kind, x) in enumerate(cat.items):
        if kind == "sec":
            for d in [d for d in open_ if d >= x.depth]:
                del open_[d]
            open_[x.depth] = x
            entry = [x.text, None, x.field]
            sections.append(entry)
            pending.append(entry)
            non_entry.append(["section", x.text])
            continue
        if kind in ("sub", "total1", "note"):
            non_entry.append([{"sub": "subtotal", "total1": "total", "note": "note"}[kind], x])
            continue
        if kind in ("subsplit", "total"):
            non_entry.append(["subtotal" if kind == "subsplit" else "total", f"{x[0]} | {x[1]}"])
            continue
        r: Row = x
        for e in pending:
            e[1] = r.seq
        pending = []
        got = {s.field: s.value for _, s in sorted(open_.items())}
        for k in cat.vmerge:
            label = dict((kk, ll) for ll, kk in CANON).get(k, k)
            if idx in runs[k]:
                sections.append([cat.printed(r, k), r.seq, label])
                run_value[k] = cell_value(r, k)
            got[label] = run_value[k]
            if label not in inferred:
                inferred.append(label)
        for s in open_.values():
            if s.field in dict(CANON) and s.field not in inferred and dict(CANON)[s.field] not in keys:
                inferred.append(s.field)
        out = []
        for label, k in CANON:
            if k in keys:
                out.append(cell_value(r, k))
            else:
                out.append(got.get(label, ""))
        rows.append(out)
        inherited.append(got)
    assert not pending, pending
    quals = [(r[1], r[3]) for r in rows]
    assert len(set(quals)) == len(quals), "a qualification twice"
    order = [lab for lab, _ in CANON]
    return {"rows": rows, "sections": sections, "inherited": inherited, "non_entry_rows": non_entry,
            "inferred_fields": [f for f in order if f in inferred]}


# --- rows ---------------------------------------------------------------------------------------------------------

def pool_of(pred: Callable[[tuple], bool]) -> list[tuple]:
    return [p for p in POOL if pred(p)]


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


def mk(p: tuple, istyle: str, sstyle: str = "plain") -> Row:
    q, t, b, ti, se = p
    return Row("", q, t, b, ti, se, issuer(b, istyle), ti, series_text(se, sstyle), COUNTRY[b])


def level_of(title: str) -> str:
    return {"初级": LOW, "中级": MID, "副高级": HIGH}[own_level(title)]


def is_eng(p: tuple) -> bool:
    return p[4] in ENGINEERING


def number_items(items: list, restart: bool, fmt: Callable[[int], str] = str) -> None:
    """序号 over the entries: running on through the table, or restarting at 1 after every section row."""
    n = 0
    for kind, x in items:
        if kind == "sec" and restart:
            n = 0
        if kind == "row":
            n += 1
            x.seq = fmt(n)


def count_of(items: list) -> int:
    return sum(1 for k, _ in items if k == "row")


# --- Word tables ----------------------------------------------------------------------------------------------------

def word_cat(doc, cat: Cat, lay: Word, width: float = 15.6) -> None:
    raw = [cat.widths.get(k, W_CM.get(k, 2.4)) for k in cat.keys]
    widths = [w * width / sum(raw) for w in raw]
    t = fixed_table(doc, widths)
    table_borders(t)
    size = cat.size
    centre = cat.centre()

    def new_row(header: bool = False):
        tr = t.add_row()
        trpr = tr._tr.get_or_add_trPr()
        if header and lay.repeat_header:
            trpr.append(OxmlElement("w:tblHeader"))
        if lay.cant_split:
            trpr.append(OxmlElement("w:cantSplit"))
        for c, cell in enumerate(tr.cells):
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        return tr

    head = new_row(True)
    for c, (cell, lab) in enumerate(zip(head.cells, cat.labels)):
        cell_text(cell, lab, lay.head_size, lay.hei_face, lay, C, bold=lay.head_bold)
        if lay.head_shade:
            shade(cell, lay.head_shade)
    runs = {k: cat.runs(k) for k in cat.vmerge}
    tops: dict[str, tuple] = {}
    first_entry = True
    for idx, (kind, x) in enumerate(cat.items):
        tr = new_row()
        cells = list(tr.cells)
        if kind == "sec":
            m = cells[0].merge(cells[-1])
            al = {"L": L, "C": C}[cat.sec_align]
            cell_text(m, x.text, size + (0.5 if x.depth == 1 else 0), lay.hei_face, lay, al, bold=True)
            if cat.sec_shade and x.depth == 1:
                shade(m, cat.sec_shade)
            continue
        if kind in ("sub", "total1", "note"):
            m = cells[0].merge(cells[-1])
            al = L if kind == "note" else (R if kind == "sub" else C)
            cell_text(m, x, size - (1 if kind == "note" else 0), lay.table_face if kind == "note" else lay.hei_face,
                      lay, al, bold=kind != "note")
            continue
        if kind in ("subsplit", "total"):
            a = cells[0].merge(cells[1])
            b = cells[2].merge(cells[-1])
            cell_text(a, x[0], size, lay.hei_face, lay, C, bold=True)
            cell_text(b, x[1], size, lay.hei_face, lay, C, bold=True)
            continue
        r: Row = x
        bold = r.seq in cat.bold
        skip = set()
        if cat.wide_first and first_entry:
            qi, ti = cat.keys.index("qual"), cat.keys.index("trans")
            m = cells[qi].merge(cells[ti])
            cell_text(m, f"{r.qual}\n{r.trans}", size, lay.table_face, lay, L, bold=bold, paras=False)
            skip = {qi, ti}
        first_entry = False
        for c, k in enumerate(cat.keys):
            if c in skip:
                continue
            if k in cat.vmerge:
                if idx in runs[k]:
                    tops[k] = (cells[c], runs[k][idx], 1)
                    cell_text(cells[c], cat.printed(r, k), size, lay.table_face, lay, C, bold=bold)
                else:
                    top, span, done = tops[k]
                    tops[k] = (top, span, done + 1)
                    if done + 1 == span:
                        top.merge(cells[c])
                continue
            cell_text(cells[c], cell_value(r, k), size, lay.table_face, lay, C if c in centre else L, bold=bold,
                      paras=lay.two_paras)
    # a merge of a run of one cell never happens above (span 1: nothing to merge)


# --- HTML tables ------------------------------------------------------------------------------------------------------

def html_cat(cat: Cat, wmap: dict) -> str:
    widths = [cat.widths.get(k, wmap.get(k, 10)) for k in cat.keys]
    s = sum(widths)
    n = len(widths)
    centre = cat.centre()
    out = ['<table class="cat"><colgroup>' + "".join(f'<col style="width:{x / s * 100:.1f}%">' for x in widths)
           + "</colgroup>", "<thead><tr>" + "".join(f"<th>{esc(x)}</th>" for x in cat.labels) + "</tr></thead><tbody>"]
    runs = {k: cat.runs(k) for k in cat.vmerge}
    first_entry = True
    for idx, (kind, x) in enumerate(cat.items):
        if kind == "sec":
            cls = "sec" if x.depth == 1 else "sec2"
            out.append(f'<tr class="{cls}"><td colspan="{n}" class="{cls}{" c" if cat.sec_align == "C" else ""}">'
                       f"{esc(x.text)}</td></tr>")
            continue
        if kind in ("sub", "total1", "note"):
            cls = {"sub": "sub", "total1": "sum", "note": "note"}[kind]
            out.append(f'<tr class="{cls}"><td colspan="{n}" class="{cls}">{esc(x)}</td></tr>')
            continue
        if kind in ("subsplit", "total"):
            cls = "sub" if kind == "subsplit" else "sum"
            out.append(f'<tr class="{cls}"><td colspan="2" class="c {cls}">{esc(x[0])}</td>'
                       f'<td colspan="{n - 2}" class="c {cls}">{esc(x[1])}</td></tr>')
            continue
        r: Row = x
        cells = []
        wide = cat.wide_first and first_entry
        first_entry = False
        for c, k in enumerate(cat.keys):
            if wide and k == "qual":
                cells.append(f'<td colspan="2">{esc(r.qual)}<br>{esc(r.trans)}</td>')
                continue
            if wide and k == "trans":
                continue
            if k in cat.vmerge:
                if idx in runs[k]:
                    span = runs[k][idx]
                    rs = f' rowspan="{span}"' if span > 1 else ""
                    cells.append(f'<td{rs} class="c">{esc(cat.printed(r, k))}</td>')
                continue
            cells.append(f"<td{CC if c in centre else ''}>{esc(cell_value(r, k))}</td>")
        cls = ' class="b"' if r.seq in cat.bold else ""
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


CAT_CSS = """
table.cat tr.sec td { font-weight: bold; font-family: "黑体", "Noto Sans CJK SC", sans-serif; background: __S__; }
table.cat tr.sec2 td { font-weight: bold; padding-left: 1.2em; }
table.cat td.c { text-align: center; }
table.cat tr.sub td { font-weight: bold; text-align: right; } table.cat tr.sub td.c { text-align: center; }
table.cat tr.sum td { font-weight: bold; text-align: center; }
table.cat tr.note td { font-size: 0.92em; text-align: left; }
table.cat tr.b td { font-weight: bold; }
"""


# --- notices --------------------------------------------------------------------------------------------------------

@dataclass
class Doc:
    """One notice and how it is printed."""
    stem: str
    city: str
    province: str
    area: str
    docno: str
    date_iso: str
    cat: Cat
    kind: str  # docx | lo | chromium | cms
    what: str  # README: what the file shows
    why: str
    group_para: str  # the body paragraph on how the catalog is laid out
    batch: str = "第一批"
    count_in_body: bool = True
    control: bool = False
    expected: str = "publish"
    post: list[str] = field(default_factory=list)  # lines under the table (outside it)
    word: Word = field(default_factory=Word)
    footer: str = "— {PAGE} —"
    table_font: str = "10.5pt"
    cms: dict = field(default_factory=dict)

    @property
    def office(self) -> str:
        return f"{self.city}市人力资源和社会保障局"

    @property
    def catalog_title(self) -> str:
        return f"{self.city}市国际职业资格比照认定职称目录（{self.batch}）"

    @property
    def title(self) -> str:
        return f"关于印发《{self.catalog_title}》的通知"

    @property
    def date_cn(self) -> str:
        y, m, d = (int(x) for x in self.date_iso.split("-"))
        return f"{y}年{m}月{d}日"

    @property
    def title_lines(self) -> list[str]:
        t = self.title
        k = t.find("国际职业资格")
        return [t[:k], t[k:]]

    @property
    def addressee(self) -> str:
        return "各镇人民政府、街道办事处，市级各有关单位："

    @property
    def body(self) -> list[str]:
        n = count_of(self.cat.items)
        how = f"，共收录国际职业资格{n}项" if self.count_in_body else ""
        return [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，根据{self.province}人力资源和社会"
                "保障厅关于开展国际职业资格比照认定职称工作的有关规定，进一步畅通外籍人才、港澳台人才和留学回国人员等国际化"
                f"专业技术人才职称评价渠道，我局会同有关行业主管部门研究制定了《{self.catalog_title}》{how}，现印发给你们，"
                "请结合实际认真贯彻执行。现就有关事项通知如下：",
                f"一、在{self.city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在"
                "有效期内的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
                "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、主管部门初审后，"
                "由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
                f"三、{self.group_para}",
                "四、各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。"]

    @property
    def contact(self) -> str:
        rng = random.Random(f"unseen42-{self.stem}")
        return f"联系人：{person(rng)}，联系电话：{phone(rng, self.area)}"


def word_notice42(d: Doc, path: Path) -> Path:
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
    para(doc, "附件：" + d.catalog_title, 16, lay.body_face, lay, J, first=2)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, d.office, 16, lay.body_face, lay, R, right=2)
    para(doc, d.date_cn, 16, lay.body_face, lay, R, right=4)
    para(doc, "附件", 16, lay.hei_face, lay, L, exact=None, page_break=True, after=6)
    para(doc, d.catalog_title, 18, lay.title_face, lay, C, exact=None, before=6, after=12)
    word_cat(doc, d.cat, lay)
    for text in d.post:
        para(doc, text, 12, lay.table_face, lay, J, exact=None, before=4)
    page_footer(doc.sections[0], lay, d.footer)
    doc.save(str(path))
    pin_zip(path)
    return path


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


def print_page42(d: Doc) -> str:
    css = [PRINT_CSS, EXTRA_CSS, CAT_CSS.replace("__S__", "#f0f0f0"),
           "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
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
    out.append(f'<p class="i">{e("附件：" + d.catalog_title)}</p>')
    out.append(f'<div class="sign"><p style="padding-right:2em">{e(d.office)}</p>'
               f'<p style="padding-right:4em">{e(d.date_cn)}</p></div>')
    out.append(f'<div class="pb"><p class="annex">附件</p><h2 class="cat">{e(d.catalog_title)}</h2>')
    out.append(html_cat(d.cat, W_PR))
    out += [f'<p class="post">{e(t)}</p>' for t in d.post]
    out.append("</div></body></html>\n")
    return "\n".join(out)


def cms_page42(d: Doc) -> str:
    e = html.escape
    c = d.cms
    y, m, dd = d.date_iso.split("-")
    published = f"{d.date_iso} {9 + int(dd) % 7:02d}:{int(dd) + 11:02d}"
    css = CMS_CSS.replace("__C__", c["color"]).replace("__D__", c["dark"]) + CAT_CSS.replace("__S__", "#f5f7fa") + """
.art p.annex { font-weight: bold; margin-top: 18px; } .art p.post { font-size: 14px; }
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
    out.append(f'<p class="i">{e("附件：" + d.catalog_title)}</p>')
    out.append(f'<p>&nbsp;</p><p class="r">{e(d.office)}</p><p class="r">{e(d.date_cn)}</p><p>&nbsp;</p>')
    out.append(f'<p class="annex">附件</p><h2>{e(d.catalog_title)}</h2>')
    out.append(html_cat(d.cat, W_CMS))
    out += [f'<p class="post">{e(t)}</p>' for t in d.post]
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
        word_notice42(d, OUT / f"{d.stem}.docx")
        return f"{d.stem}.docx", "DOCX (python-docx)" + (", 红头" if d.word.letterhead else "")
    if d.kind == "lo":
        src = word_notice42(d, tmp / f"{d.stem}.docx")
        out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (LibreOffice from DOCX), {pages(out)} pages"
    if d.kind == "chromium":
        src = tmp / f"{d.stem}.html"
        src.write_text(print_page42(d), encoding="utf-8")
        out = pack(chromium(src, tmp / f"{d.stem}.chromium.pdf"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (Chromium print of HTML), {pages(out)} pages"
    if d.kind == "cms":
        (OUT / f"{d.stem}.html").write_text(cms_page42(d), encoding="utf-8")
        return f"{d.stem}.html", "HTML CMS page of the bureau's site"
    raise KeyError(d.kind)


def write_truth42(d: Doc) -> dict:
    t = truth_of(d.cat)
    data = {"header": [lab for lab, _ in CANON], "printed_header": d.cat.labels, "rows": t["rows"],
            "notice": {"doc_number": d.docno, "city": d.city, "office": d.office, "notice_title": d.title,
                       "issue_date": d.date_iso, "batch": d.batch, "catalog_title": d.catalog_title},
            "expected": d.expected, "why": d.why, "sections": t["sections"], "inferred_fields": t["inferred_fields"],
            "inherited": t["inherited"], "non_entry_rows": t["non_entry_rows"], "control": d.control,
            "section_value_rule": RULE}
    (OUT / f"{d.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return t


# --- the fifteen notices --------------------------------------------------------------------------------------------

def lvl_groups(seed: str, counts: dict[str, int], used: set, pred=lambda p: True) -> dict[str, list[tuple]]:
    out = {}
    for lv, n in counts.items():
        out[lv] = sel(f"{seed}-{lv}", n, lambda p, lv=lv: level_of(p[3]) == lv and pred(p), used)
    return out


LEVEL_HEAD = "可比照认定{}的国际职业资格"


def d_yuyao() -> Doc:
    used: set = set()
    g = lvl_groups("yuyao", {HIGH: 6, MID: 10, LOW: 5}, used)
    items: list = []
    for i, (lv, ps) in enumerate(g.items()):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{LEVEL_HEAD.format(lv)}", "层级", lv)))
        items += [("row", mk(p, "cn_abbr")) for p in ps]
        items.append(("sub", f"小计：{len(ps)}项"))
    number_items(items, restart=False)
    items.append(("total", ("合计", f"{count_of(items)}项")))
    cat = Cat(list(SIX), items, sec_shade="F2F2F2")
    return Doc("yuyao-cengji", "余姚", ZJ, "0574", "余人社发〔2025〕18号", "2025-04-22", cat, "docx",
               "sections by title LEVEL (一、可比照认定高级职称的国际职业资格 …) over a table that prints 对应职称; 序号 run on; "
               "小计 after each section, 合计 at the end",
               "Three section rows name the title level (高级/中级/初级职称); the 对应职称 column is printed on every row, so "
               "the sections add nothing to the six fields (they set the level, recorded under inherited as 层级). 序号 "
               "run on 1-21 through the sections; each section ends with a 小计：N项 row and the table with 合计 | 21项: "
               "none of these rows is an entry. The body's 共收录国际职业资格21项 agrees.",
               "目录按可比照认定的职称层级分类列示，“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。",
               word=Word(letterhead=True, head_shade="D9D9D9"))


def d_cixi() -> Doc:
    used: set = set()
    g = lvl_groups("cixi", {HIGH: 5, MID: 12, LOW: 6}, used)
    items: list = []
    for i, (lv, ps) in enumerate(g.items()):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{LEVEL_HEAD.format(lv)}", "对应职称", lv)))
        items += [("row", mk(p, "cn")) for p in ps]
    number_items(items, restart=True)
    items.append(("total", ("合计", f"共{count_of(items)}项")))
    cols = [c for c in SIX if c[1] != "title"]
    cat = Cat(cols, items, sec_align="L")
    return Doc("cixi-cengji-wulie", "慈溪", ZJ, "0574", "慈人社发〔2025〕9号", "2025-03-14", cat, "lo",
               "sections by title LEVEL with NO 对应职称 column (five columns); 序号 restart at 1 in each section; 合计 "
               "at the end",
               "The table has no 对应职称 column: each row's 对应职称 comes from the section row above it "
               "(一、可比照认定高级职称的国际职业资格 → 高级职称; 二、… 中级职称; 三、… 初级职称), by the rule of README.txt. "
               "序号 restart at 1 under each section (1-5, 1-12, 1-6), so 序号 repeat in the file; the closing 合计 | 共23项 "
               "row is not an entry. The body says 共收录国际职业资格23项 and that the catalog is laid out by level.",
               "目录按可比照认定的职称层级分类列示，申请人可比照认定其所在岗位所属系列（专业）相应层级的职称。",
               word=Word(letterhead=True, cant_split=True), footer=FOOT_WORD_OF)


def country_groups(seed: str, plan: Sequence[tuple[str, int]], used: set, istyle: str) -> list[tuple[str, list[Row]]]:
    out = []
    for name, n in plan:
        ps = sel(f"{seed}-{name}", n, lambda p, name=name: COUNTRY[p[2]] == name, used)
        rows = [mk(p, istyle) for p in ps]
        for r in rows:
            r.country = name
        out.append((name, rows))
    return out


def d_wenling() -> Doc:
    used: set = set()
    plan = [("美国", 8), ("英国", 7), ("加拿大", 3), ("德国", 3), ("澳大利亚", 2)]
    items: list = []
    for i, (name, rows) in enumerate(country_groups("wenling", plan, used, "cn_abbr")):
        items.append(("sec", Sec(f"（{CN_SMALL[i]}）{name}", "国别", name)))
        items += [("row", r) for r in rows]
    number_items(items, restart=False)
    items.append(("note", "注：1．目录按颁证单位所在国家分类列示；2．“对应职称”为可比照认定的最高层级职称；3．证书须在有效期内。"))
    cat = Cat(list(SIX), items, sec_align="L")
    return Doc("wenling-guobie", "温岭", ZJ, "0576", "温人社发〔2025〕27号", "2025-06-10", cat, "chromium",
               "sections by COUNTRY （一）美国 （二）英国 … with NO 国别 column; 序号 run on; a 注 row spanning the table at "
               "the end",
               "Five section rows name the country of the issuing bodies (（一）美国 … （五）澳大利亚); no column prints the "
               "country and it is none of the six fields, so the rows are as printed (inherited records 国别). 序号 run "
               "on 1-23; the last row of the table, 注：1．… 2．… 3．…, spans the table and is not an entry.",
               "目录按颁证单位所在国家分类列示，“对应职称”为可比照认定的最高层级职称。", table_font="10pt")


def d_linhai() -> Doc:
    used: set = set()
    plan = [("美国", 6), ("英国", 6), ("中国香港", 2), ("日本", 2), ("新加坡", 1)]
    items: list = []
    for i, (name, rows) in enumerate(country_groups("linhai", plan, used, "cn")):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}", "国别", name)))
        items += [("row", r) for r in rows]
        items.append(("sub", f"小计：{len(rows)}项"))
    number_items(items, restart=True)
    cols = [("序号", "seq"), ("国别（地区）", "country"), *SIX[1:]]
    cat = Cat(cols, items, sec_align="L")
    return Doc("linhai-guobie", "临海", ZJ, "0576", "临人社发〔2024〕41号", "2024-11-05", cat, "cms",
               "sections by COUNTRY or region (一、美国 … 三、中国香港) over a table that ALSO prints 国别（地区）; 序号 "
               "restart in each section; 小计 rows",
               "Section rows name the country or region (一、美国, 二、英国, 三、中国香港, 四、日本, 五、新加坡) and the table "
               "prints a 国别（地区） column as well: the sections repeat it; the six fields are all in the row cells. 序号 "
               "restart at 1 under each section; each section ends with 小计：N项 (not an entry). 17 rows.",
               "目录按颁证单位所在国家（地区）分类列示，“对应职称”为可比照认定的最高层级职称。",
               cms=dict(color="#0b5fa5", dark="#084c85", icp="浙ICP备05019842号", code="3310820012",
                        english="Linhai Human Resources and Social Security Bureau", info="002609912"))


def d_dongyang() -> Doc:
    used: set = set()
    plan = [("AWS", 4, "机械工程"), ("IIW", 3, "机械工程"), ("ASQ", 3, "机械工程"), ("RICS", 3, "建设工程"),
            ("PMI", 4, "经济"), ("ACCA", 2, "会计")]
    items: list = []
    for i, (b, n, _) in enumerate(plan):
        ps = sel(f"dongyang-{b}", n, lambda p, b=b: p[2] == b, used)
        name = issuer(b, "cn_abbr")
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}", "颁证单位", name)))
        items += [("row", mk(p, "cn_abbr")) for p in ps]
    number_items(items, restart=False)
    items.append(("note", "注：颁证单位名称以证书载明的为准。"))
    cols = [c for c in SIX if c[1] != "issuer"]
    cat = Cat(cols, items, sec_align="L", sec_shade="EDEDED")
    return Doc("dongyang-banzheng", "东阳", ZJ, "0579", "东人社发〔2025〕33号", "2025-07-08", cat, "docx",
               "sections by ISSUING BODY (一、美国焊接学会（AWS） …) and NO 颁证单位 column; 序号 run on; a 注 row at the end",
               "The table has no 颁证单位 column: each section row names the body whose qualifications follow "
               "(一、美国焊接学会（AWS）, 二、国际焊接学会（IIW）, 三、美国质量协会（ASQ）, 四、英国皇家特许测量师学会（RICS）, "
               "五、美国项目管理协会（PMI）, 六、英国特许公认会计师公会（ACCA）), so each row's 颁证单位 is that section's "
               "name as printed. 序号 run on 1-19; the closing 注 row spans the table and is not an entry.",
               "目录按颁证单位分类列示，“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。",
               word=Word(letterhead=True))


def d_yongkang() -> Doc:
    used: set = set()
    plan = [("NACE", 3), ("API", 3), ("ASM", 4), ("NCEES", 3), ("ACRP", 3), ("ASCP", 3), ("SOA", 2), ("CAS", 2)]
    items: list = []
    for b, n in plan:
        ps = sel(f"yongkang-{b}", n, lambda p, b=b: p[2] == b, used)
        items += [("row", mk(p, "cn_abbr")) for p in ps]
    number_items(items, restart=False)
    items.append(("total", ("合计", f"{count_of(items)}项")))
    cat = Cat(list(SIX), items, vmerge=("issuer", "series"), size=10)
    return Doc("yongkang-hebing", "永康", ZJ, "0579", "永人社发〔2025〕15号", "2025-05-19", cat, "lo",
               "grouped by MERGED CELLS: 颁证单位 and 所属系列 merged down over each body's / series' rows (printed "
               "once a group); 序号 run on; 合计 at the end",
               "No section rows: the 颁证单位 column is merged down over each body's rows and the 所属系列 column over "
               "each run of one series, so each value is printed once for its group; where a merged cell crosses "
               "the page break (美国临床病理学学会（ASCP） over rows 17-19, 医药工程 over 14-19) its text prints on the first page "
               "only and row 19 shows both cells empty. Every row under a merged cell takes its value. 序号 run on 1-23; "
               "合计 | 23项 is not an entry.",
               "目录按颁证单位分类列示，“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。",
               word=Word(letterhead=True, cant_split=True))


DOMAINS = [
    ("智能制造领域", lambda p: p[4] in ("机械工程", "冶金工程") and p[2] != "DIHK", 7),
    ("新一代信息技术领域", lambda p: p[4] == "电子信息工程", 6),
    ("绿色低碳领域", lambda p: p[2] in ("USGBC", "IWBI", "BRE", "PHI", "EI", "NEBOSH", "IOSH"), 4),
    ("现代服务业领域", lambda p: p[4] in ("经济", "会计"), 6),
]


def d_tongxiang() -> Doc:
    used: set = set()
    items: list = []
    for i, (name, pred, n) in enumerate(DOMAINS):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}", "领域", name)))
        items += [("row", mk(p, "cn_abbr")) for p in sel(f"tongxiang-{i}", n, pred, used)]
    number_items(items, restart=True)
    items.append(("note", "注：产业领域仅为便于查阅而划分，比照认定职称的系列（专业）以“所属系列”栏为准。"))
    cat = Cat(list(SIX), items, sec_align="C")
    return Doc("tongxiang-lingyu", "桐乡", ZJ, "0573", "桐人社发〔2025〕22号", "2025-08-26", cat, "chromium",
               "sections by an industry FIELD (一、智能制造领域 …) that is NOT a series, over a table that prints 所属系列; "
               "序号 restart; a 注 row at the end",
               "Section rows name industry fields (一、智能制造领域, 二、新一代信息技术领域, 三、绿色低碳领域, 四、现代服务业"
               "领域), which are not 职称 series: every row prints its own 所属系列 (机械工程, 电子信息工程, 建设工程, 经济 …) "
               "and that is the value; the field (领域) is none of the six (recorded under inherited). 序号 restart at 1 "
               "in each section. The closing 注 row (which itself says the series column governs) is not an entry. 23 "
               "rows.",
               "目录按我市重点产业领域分类列示，比照认定职称的系列（专业）以目录“所属系列”栏为准。", table_font="10pt")


def d_pinghu() -> Doc:
    used: set = set()
    plan = [("工程系列", is_eng, 12), ("经济系列", lambda p: p[4] == "经济", 6), ("会计系列", lambda p: p[4] == "会计", 4),
            ("翻译系列", lambda p: p[4] == "翻译", 2)]
    items: list = []
    for i, (name, pred, n) in enumerate(plan):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}", "所属系列", name)))
        ps = sel(f"pinghu-{i}", n, pred, used)
        items += [("row", mk(p, "cn")) for p in ps]
        items.append(("subsplit", ("小计", f"{n}项")))
    number_items(items, restart=False)
    items.append(("total", ("合计", f"{count_of(items)}项")))
    cols = [c for c in SIX if c[1] != "series"]
    cat = Cat(cols, items, sec_align="L")
    return Doc("pinghu-xilie", "平湖", ZJ, "0573", "平人社发〔2025〕6号", "2025-02-27", cat, "cms",
               "sections by SERIES (一、工程系列 二、经济系列 …) and NO 所属系列 column; 序号 run on; 小计 rows and 合计",
               "The table has no 所属系列 column: each row's 所属系列 is the section above it (一、工程系列 → 工程系列, "
               "二、经济系列, 三、会计系列, 四、翻译系列; 系列 kept as printed). 序号 run on 1-24; 小计 | N项 rows after "
               "each section and 合计 | 24项 at the end are not entries.",
               "目录按职称系列分类列示，“对应职称”为可比照认定的最高层级职称。",
               cms=dict(color="#a8161c", dark="#861116", icp="浙ICP备11023567号", code="3304820008",
                        english="Pinghu Human Resources and Social Security Bureau", info="11330482MB1"))


def d_shengzhou() -> Doc:
    used: set = set()
    subs = [("机械工程", 6), ("电子信息工程", 5), ("建设工程", 5)]
    items: list = []
    eng_n = sum(n for _, n in subs)
    items.append(("sec", Sec(f"一、工程系列（{eng_n}项）", "所属系列", "工程系列")))
    for i, (name, n) in enumerate(subs):
        items.append(("sec", Sec(f"（{CN_SMALL[i]}）{name}", "专业", name, depth=2)))
        items += [("row", mk(p, "cn_en")) for p in sel(f"shengzhou-{name}", n, lambda p, s=name: p[4] == s, used)]
    for i, (name, s, n) in enumerate([("经济系列", "经济", 6), ("会计系列", "会计", 4)], start=1):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}（{n}项）", "所属系列", name)))
        items += [("row", mk(p, "cn_en")) for p in sel(f"shengzhou-{s}", n, lambda p, s=s: p[4] == s, used)]
    number_items(items, restart=True)
    cols = [c for c in SIX if c[1] != "series"]
    cat = Cat(cols, items, sec_align="L", sec_shade="E7E6E6")
    return Doc("shengzhou-liangji", "嵊州", ZJ, "0575", "嵊人社发〔2025〕29号", "2025-09-16", cat, "docx",
               "sections TWO levels deep (一、工程系列（16项） then （一）机械工程 …; 二、经济系列（6项）) and NO 所属系列 "
               "column; 序号 restart in each innermost section",
               "No 所属系列 column. The outer section rows name the series with a count (一、工程系列（16项）, 二、经济系列"
               "（6项）, 三、会计系列（4项）) and set 所属系列 (工程系列 …, the count dropped); under 工程系列 the inner rows "
               "（一）机械工程 （二）电子信息工程 （三）建设工程 set the 专业, which is none of the six (recorded under "
               "inherited). 序号 restart at 1 under every innermost section. 26 rows; the counts in the headings agree.",
               "目录按职称系列（专业）分类列示，“对应职称”为可比照认定的最高层级职称。",
               word=Word(letterhead=False), footer=FOOT_WORD_OF)


def d_jiande() -> Doc:
    used: set = set()
    items: list = []
    for name, s, pred, n in [("工程系列", "eng", is_eng, 10), ("经济系列", "eco", lambda p: p[4] == "经济", 5),
                             ("会计系列", "acc", lambda p: p[4] == "会计", 4)]:
        rows = [mk(p, "cn") for p in sel(f"jiande-{s}", n, pred, used)]
        for i, r in enumerate(rows, start=1):
            r.series_p = name
            r.seq = str(i)
        items += [("row", r) for r in rows]
    cols = [("系列", "series"), *[c for c in SIX if c[1] != "series"]]
    cat = Cat(cols, items, vmerge=("series",), vertical=("series",), widths={"series": 1.1})
    return Doc("jiande-xilie-hebing", "建德", ZJ, "0571", "建人社发〔2024〕52号", "2024-12-03", cat, "lo",
               "grouped by a MERGED first column 系列 printed one character a line (工⏎程⏎系⏎列); 序号 restart per "
               "series",
               "The first column, 系列, is merged down over each series' rows and prints its name one character a line "
               "(工/程/系/列); that merged cell is each row's 所属系列 (工程系列, 经济系列, 会计系列). 序号 restart at 1 in "
               "each series (1-10, 1-5, 1-4). The 会计系列 cell crosses the page break, so LibreOffice prints 会⏎计 at "
               "the foot of page 3 and 系⏎列 beside rows 2-4 on page 4: still one cell, 会计系列, for all four rows. No "
               "section, subtotal or total rows. 19 rows.",
               "目录按职称系列分类列示，“对应职称”为可比照认定的最高层级职称。",
               word=Word(letterhead=True, cant_split=True))


def d_fuqing() -> Doc:
    used: set = set()
    plan = [("机械工程", 6), ("电子信息工程", 5), ("建设工程", 5), ("安全工程", 3), ("经济", 5)]
    items: list = []
    for i, (name, n) in enumerate(plan):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}", "所属系列", name)))
        items += [("row", mk(p, "en_abbr")) for p in sel(f"fuqing-{name}", n, lambda p, s=name: p[4] == s, used)]
    number_items(items, restart=True)
    items.append(("total1", f"合计：共{count_of(items)}项"))
    items.append(("note", "注：本目录所列国际职业资格证书须在有效期内，申请人所在岗位须与所属系列（专业）一致。"))
    cols = [c for c in SIX if c[1] != "series"]
    cat = Cat(cols, items, sec_align="L")
    return Doc("fuqing-zhuanye", "福清", FJ, "0591", "融人社发〔2025〕14号", "2025-04-09", cat, "chromium",
               "sections by SERIES written without 系列 (一、机械工程 … 五、经济), NO 所属系列 column; 序号 restart; a "
               "合计 row and a 注 row",
               "No 所属系列 column: each row's 所属系列 is the section above it as printed (一、机械工程 → 机械工程, "
               "二、电子信息工程, 三、建设工程, 四、安全工程, 五、经济). 序号 restart at 1 in each section. The two last rows, "
               "合计：共24项 and 注：…, span the table and are not entries.",
               "目录按职称系列（专业）分类列示，“对应职称”为可比照认定的最高层级职称。", footer=FOOT_WORD_OF, table_font="10pt")


def d_nanan() -> Doc:
    used: set = set()
    items: list = []
    plan = {HIGH: [("工程系列", is_eng, 4), ("经济系列", lambda p: p[4] == "经济", 3), ("会计系列", lambda p: p[4] == "会计", 2)],
            MID: [("工程系列", is_eng, 7), ("经济系列", lambda p: p[4] == "经济", 4), ("会计系列", lambda p: p[4] == "会计", 3)]}
    for i, (lv, subs) in enumerate(plan.items()):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{lv}", "对应职称", lv)))
        k = 0
        for j, (name, pred, n) in enumerate(subs):
            items.append(("sec", Sec(f"（{CN_SMALL[j]}）{name}", "所属系列", name, depth=2)))
            ps = sel(f"nanan-{i}-{j}", n, lambda p, pred=pred, lv=lv: pred(p) and level_of(p[3]) == lv, used)
            items += [("row", mk(p, "cn_abbr")) for p in ps]
            k += n
        items.append(("sub", f"小计：{k}项"))
    number_items(items, restart=False)
    cols = [c for c in SIX if c[1] not in ("title", "series")]
    cat = Cat(cols, items, sec_align="L")
    return Doc("nanan-cengji-xilie", "南安", FJ, "0595", "南人社发〔2025〕37号", "2025-10-14", cat, "cms",
               "sections TWO levels deep: LEVEL (一、高级职称) then SERIES (（一）工程系列); neither 对应职称 nor 所属系列 "
               "printed (four columns); 序号 run on; 小计 after each level",
               "Four columns only (序号, 职业资格名称, 译名, 颁证单位). The outer section rows name the level (一、高级职称, "
               "二、中级职称) and set 对应职称; the inner rows （一）工程系列 （二）经济系列 （三）会计系列 set 所属系列, so each "
               "row takes both from the two sections above it. 序号 run on 1-23; 小计：9项 and 小计：14项 are not entries.",
               "目录按可比照认定的职称层级和职称系列分类列示，申请人可比照认定其所在岗位所属系列相应层级的职称。",
               cms=dict(color="#c0141c", dark="#9a1016", icp="闽ICP备09045321号", code="3505830006",
                        english="Nan'an Human Resources and Social Security Bureau", info="003871204"))


# controls

def d_longkou() -> Doc:
    used: set = set()
    first = sel("longkou-first", 1, lambda p: p[0].startswith("NEBOSH International Diploma"), used)
    rest = sel("longkou", 19, lambda p: p[4] in ("安全工程", "机械工程", "石油化工工程", "经济"), used)
    rows = [mk(p, "cn_abbr") for p in first + rest]
    items = [("row", r) for r in rows]
    number_items(items, restart=False)
    cat = Cat(list(SIX), items, wide_first=True)
    return Doc("longkou-kuahang", "龙口", SD, "0535", "龙人社发〔2025〕11号", "2025-03-31", cat, "docx",
               "CONTROL: no sections; the FIRST data row's long name and its translation are in one cell the clerk "
               "merged across 职业资格名称 and 译名 — it IS an entry (序号 1, every other cell filled)",
               "A plain catalog of 20 rows, 序号 1-20, no grouping. Row 1 (NEBOSH International Diploma in Occupational "
               "Health and Safety) is long, so the clerk merged its 职业资格名称 and 译名 cells into one and put the name "
               "and, on the next line, its translation (NEBOSH 国际职业健康与安全文凭) in it; 序号 1, 颁证单位, 对应职称 and "
               "所属系列 are in their own cells. It looks like a heading spanning the table's left half but is the first "
               "entry: the truth row splits the merged cell into the name (first line) and the 译名 (second line).",
               "“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。", control=True,
               word=Word(letterhead=True, head_shade="D9D9D9"))


def d_rongcheng() -> Doc:
    used: set = set()
    plan = [("工程系列", is_eng, 12), ("经济系列", lambda p: p[4] == "经济", 6), ("会计系列", lambda p: p[4] == "会计", 4)]
    items: list = []
    for i, (name, pred, n) in enumerate(plan):
        items.append(("sec", Sec(f"{CN_SMALL[i]}、{name}", "所属系列", name)))
        items += [("row", mk(p, "cn_abbr", "xilie")) for p in sel(f"rongcheng-{i}", n, pred, used)]
    number_items(items, restart=False)
    items.append(("total", ("合计", f"{count_of(items)}项")))
    cat = Cat(list(SIX), items, sec_align="C", sec_shade="F2F2F2")
    return Doc("rongcheng-chongfu", "荣成", SD, "0631", "荣人社发〔2025〕24号", "2025-06-23", cat, "lo",
               "CONTROL: sections 一、工程系列 二、经济系列 三、会计系列 AND a 所属系列 column printing the same series on "
               "every row (nothing to infer); 序号 run on; 合计",
               "Section rows name the series (一、工程系列, 二、经济系列, 三、会计系列) and every row ALSO prints the same "
               "series in its 所属系列 cell: nothing to infer, the rows are as printed. 序号 run on 1-22; 合计 | 22项 is "
               "not an entry.",
               "目录按职称系列分类列示，“对应职称”为可比照认定的最高层级职称。", control=True,
               word=Word(letterhead=True, cant_split=True), footer=FOOT_WORD_OF)


def d_jiaozhou() -> Doc:
    used: set = set()
    items: list = []
    bold = []
    for i, (s, pred, nh, nm) in enumerate([("eng", is_eng, 2, 8), ("eco", lambda p: p[4] == "经济", 1, 5),
                                           ("acc", lambda p: p[4] == "会计", 1, 3)]):
        hi = sel(f"jiaozhou-{s}-h", nh, lambda p, pred=pred: pred(p) and level_of(p[3]) == HIGH, used)
        mid = sel(f"jiaozhou-{s}-m", nm, lambda p, pred=pred: pred(p) and level_of(p[3]) != HIGH, used)
        hrows = [mk(p, "cn_abbr") for p in hi]
        items += [("row", r) for r in hrows] + [("row", mk(p, "cn_abbr")) for p in mid]
        bold += hrows
    number_items(items, restart=False)
    cat = Cat(list(SIX), items, bold=tuple(r.seq for r in bold))
    return Doc("jiaozhou-jiacu", "胶州", SD, "0532", "胶人社发〔2025〕19号", "2025-05-06", cat, "cms",
               "CONTROL: no sections; rows in bold at the head of each series' run are REAL entries (every cell "
               "filled), a highlight of the 副高级 titles explained by a note under the table",
               "A plain catalog of 20 rows, 序号 1-20, every row carrying all six cells. The rows of the 副高级 titles "
               "(the first rows of each series' run) are set in bold, which makes them look like group headings; they "
               "are entries like the others (the note under the table, outside it, says bold marks the 副高级 titles). No "
               "section, subtotal or total rows.",
               "“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。", control=True,
               post=["注：加粗项目为可比照认定副高级职称的国际职业资格。"],
               cms=dict(color="#1b5e9f", dark="#154a7d", icp="鲁ICP备10026683号", code="3702810011",
                        english="Jiaozhou Human Resources and Social Security Bureau", info="11370281004"))


BUILDERS: list[Callable[[], Doc]] = [d_yuyao, d_cixi, d_wenling, d_linhai, d_dongyang, d_yongkang, d_tongxiang,
                                     d_pinghu, d_shengzhou, d_jiande, d_fuqing, d_nanan, d_longkou, d_rongcheng,
                                     d_jiaozhou]


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
            tr = write_truth42(d)
            made.append((d, fname, line, tr))
            print(fname, line, flush=True)
    if not argv:
        write_readme42(made)


def write_readme42(made) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for d, fname, line, tr in made:
        secs = len(tr["sections"])
        lines.append(f"  {fname}  [{d.expected}{', control' if d.control else ''}]")
        lines.append(f"      {d.city} ({d.province}), {d.docno}, {d.date_iso}; {line}; {len(tr['rows'])} rows, "
                     f"{secs} sections/groups; from groups: {', '.join(tr['inferred_fields']) or 'none of the six'}")
        lines.append(f"      {d.what}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * 序号 repeat within a truth file wherever they restart per group (慈溪, 临海, 桐乡, 嵊州, 建德, 福清); "first 序号
    under it" in "sections" is then read together with the section's place in the list.
  * Where only the level is printed (慈溪, 南安), 对应职称 is the level as the heading prints it (高级职称, 中级职称,
    初级职称), not a title worked out from level + series (高级工程师): the documents never print the title itself.
  * 嵊州: 所属系列 is the outer heading (工程系列); the inner heading (机械工程 …) is the 专业, kept under "inherited"
    and "sections" only. A reader that puts 机械工程 in 所属系列 has read the inner heading as the series.
  * 龙口 row 1: the merged cell holds the name and, on its second line, the translation; the truth splits it there.
  * Page breaks cut two merged cells (永康: ASCP / 医药工程 print on page 3 only; 建德: 会计系列 prints 会⏎计 on page 3
    and 系⏎列 on page 4): the values still hold for every row of the group.
  * Counts the files state, all agreeing with the entries: every body says 共收录国际职业资格N项; 小计 / 合计 rows in
    余姚, 临海, 永康, 平湖, 福清, 南安, 荣成, 慈溪; the headings' （16项） （6项） （4项） in 嵊州.
  * batch is 第一批 everywhere (the catalog's name carries it).
"""


if __name__ == "__main__":
    main(sys.argv[1:])
