"""Regenerate tests/fixtures/unseen45: a blind probe round of PAGE BREAKS through catalog tables.

    /work/main/.venv/bin/python tests/make_unseen45.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen45.py qufu dexing     # only these (by the stem's city part)

Thirteen notices of city bureaus (人社局) in county-level cities no earlier round used: 山东 青州, 曲阜, 新泰; 广东 四会,
阳春; 湖南 汨罗; 湖北 仙桃; 河北 辛集, 遵化; 山西 原平; 安徽 明光; 江西 德兴, 乐平. Each publishes a catalog of international
professional qualifications recognised as Chinese professional titles (21 to 42 entries), whole in its file, on two or
three pages of a four-page PDF. Nine PDFs are printed by LibreOffice from a DOCX written here (python-docx),
four by headless Chromium from an HTML page; three sources are kept beside their PDF as TWINS (…-yuanwen.docx of 青州 and
四会, …-yuanwen.html of 德兴).

What varies is how the page breaks cut the catalog table:
  - a row broken across pages (rows may break: no w:cantSplit, CSS break-inside: auto), the header repeated (Word's
    repeat header row, an HTML <thead>) or not: 青州 (four cells cut, 颁证单位 inside its Chinese name), 曲阜 (no
    header repeated; a 职业资格名称 cut inside its bracket, (LEED | AP BD+C)), 原平 (Chromium, <thead> repeated);
  - a row taller than what is left of the page, broken in ONE column only (its long 颁证单位 goes on alone): 新泰;
  - a merged (vertically spanning) cell over the break: 所属系列 printed on the first page only (四会, LibreOffice),
    颁证单位 cut in two (仙桃, LibreOffice), 所属系列 rowspan cut in two (德兴, Chromium);
  - a section row (二、经济系列) as the last row of a page, its entries on the next (阳春, no 所属系列 column), and the
    table's 注 row alone on the last page;
  - the page footer — 2 — printed about 10 pt under the table (a narrow bottom margin), a row cut right above it, and
    a last page holding only the repeated header and one row (汨罗);
  - Chromium printing a page whose footer bar is position: fixed: printed over the rows at the foot of each page, a
    row cut under it, no header repeated (明光);
  - a landscape section for the catalog among portrait pages (仙桃: notice portrait, catalog landscape, 附件2 portrait).
Three CONTROLS of the same family where the plain reading is right: 辛集 (rows may not break, header repeated; the row
opening the last page is a whole entry with its 译名 left blank), 遵化 (所属系列 merged, but the clerk ended the merge at
the page's foot and merged the series again on the next page: no merged cell spans a break), 乐平 (Chromium,
break-inside: avoid, <thead> repeated: every break between whole rows).

THE TRUTH ("rows") is the catalog as the source DOCX / HTML holds it: one row per entry in print order, each cell whole
(a row broken across pages is one entry, its fragments joined), the six canonical columns, "" where the document gives
no value. A field given by a merged cell or a section row follows THE RULE of unseen42: every row under a merged cell
takes the cell's whole text wherever the producer printed it; a section row sets 所属系列 to its text without the list
number (二、经济系列 → 经济系列). Repeated header rows, section rows, 注 and 合计 rows and page footers are no entries.
"expected" is "publish" for every file.

Every qualification and issuing body is real (the pool of tests/make_unseen36.py … make_unseen44.py, copied here).
Notices, 文号, people and phone numbers are invented (seeded random: regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx and pdfplumber from the venv). DOCX by python-docx (zip
dates and core properties pinned; footers as Word PAGE / NUMPAGES fields), PDFs printed from the DOCX by LibreOffice
headless (soffice --convert-to pdf) or from a print page by headless Chromium (--print-to-pdf --disable-pdf-tagging,
page numbers by CSS @page margin boxes); PDF dates, /ID and uuids pinned, then qpdf --deterministic-id. Apt packages:
libreoffice-writer, chromium, poppler-utils, qpdf, fonts-noto-cjk. Made with LibreOffice 7.4.7.2 and Chromium 156.

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the table's labels as
printed), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列] …], "notice": {doc_number, city, office,
notice_title, issue_date, batch, catalog_title}, "expected" ("publish"), "why", and for this round:
  "breaks": [[page, what] …] MEASURED from the produced PDF, one item per event where the table crosses a page: a row
      broken across pages and how each of its cells is cut (mid-word, mid-bracket, between words, with the text on
      either side) or printed wholly on one side; a clean break between whole rows; whether the header is repeated on
      the next page; a merged cell over the break and where its text is printed; a section row ending a page; the page
      footer printed less than 15 pt under the table; a fixed footer printed over rows; a last page holding only the
      header and one row (or the 注 row); landscape pages. [] for the twins (no pages of their own);
  "page_rows": [[page, "header, 1, 2, … 17 (top part)"] …], measured likewise ([] for twins);
  "producer"; "repeat_header" (w:tblHeader / a <thead>); "rows_may_break" (no w:cantSplit / break-inside: auto);
  "sections": [[section row text, first 序号 under it, field it sets] …];
  "merged": [[column, text, first 序号, last 序号] …] one per merged cell;
  "other_rows": [[note | total, text] …] rows of the table that are no entries;
  "control": true for the three controls; "twin_of" (twins only): the PDF printed from this source.
"breaks" and "page_rows" are the only values read back from the documents; everything else is written from this
script's own data model.
"""



from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
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
OUT = ROOT / "tests" / "fixtures" / "unseen45"
PINNED_DATE = b"20250601090000"
PINNED_ISO = b"2025-06-01T09:00:00"
ZIP_DATE = (2025, 6, 1, 9, 0, 0)
HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]

# --- issuing bodies: (Chinese name as bureaus write it, English (or own-language) name, abbreviation) ---------------
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


# --- people, phones -------------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志宏海波宁欣怡晨雪梅琳浩宇轩思远嘉"


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
    return rng.choice(SURNAMES) + given


def phone(rng: random.Random, area: str, digits: int = 0) -> str:
    digits = digits or (8 if len(area) <= 3 else 7)
    return f"{area}-{rng.randint(2, 8)}{rng.randint(10 ** (digits - 2), 10 ** (digits - 1) - 1)}"


# --- Word (python-docx) ---------------------------------------------------------------------------------------------

@dataclass
class Word:
    """How one bureau's clerk set the document in Word."""
    body_face: str = "仿宋_GB2312"
    title_face: str = "方正小标宋简体"
    hei_face: str = "黑体"
    table_face: str = "宋体"
    latin: str = "Times New Roman"
    letterhead: bool = True
    landscape_annex: bool = False  # the catalog in a landscape section of its own
    head_size: float = 10.5
    head_shade: str = ""
    repeat_header: bool = True  # w:tblHeader on the header row (Word's "repeat as header row")
    cant_split: bool = False  # w:cantSplit on every row (a row may not break across pages)
    pad: float = 6  # pt of space before the catalog's title (how the clerk spaced the annex page)
    bottom_margin: float = 3.5  # cm (portrait)
    footer_distance: float = 2.0  # cm
    line: float = 28.95  # pt, exact line height of the body text


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


def set_page(sec, lay: Word, landscape: bool = False) -> None:
    a4(sec, landscape)
    if not landscape:
        sec.bottom_margin = Cm(lay.bottom_margin)
    sec.footer_distance = Cm(lay.footer_distance)


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


# --- printing -------------------------------------------------------------------------------------------------------

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


# --- the pool, picked -----------------------------------------------------------------------------------------------

FOOT_WORD_OF = "第 {PAGE} 页 共 {NUMPAGES} 页"


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


# --- a table as printed: cells with spans ---------------------------------------------------------------------------

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
    top: bool = False  # aligned to the top of the cell (a merged cell's text at the head of its span)


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
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP if cell.top else \
                WD_CELL_VERTICAL_ALIGNMENT.CENTER
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


# --- this round: the catalog table as printed, rows and merges ------------------------------------------------------

@dataclass
class Entry:
    """One qualification of the catalog: the truth row, as the source document holds it (each cell whole)."""
    seq: str
    qual: str
    trans: str
    body: str
    title: str
    series: str

    def canon(self) -> list[str]:
        return [self.seq, self.qual, self.trans, self.body, self.title, self.series]


@dataclass
class Row:
    """One table row under the header: an entry, a section row (一、工程系列), a note row (注：…) or a total (合计)."""
    kind: str  # entry | section | note | total
    cells: list  # the cells as printed (a position covered by a merge from above is absent)
    entry: int | None = None  # entries index
    text: str = ""  # section / note / total: the row's text as printed

    @property
    def label(self) -> str:
        """The row as a reader names it: its 序号, else its text (二、经济系列, 注, 合计)."""
        if self.kind == "entry":
            return f"row {self.cells[0].text}"
        if self.kind == "section":
            return f"section row {self.text}"
        return f"{'注' if self.kind == 'note' else '合计'} row"


@dataclass
class Merge:
    """A cell merged down a column over a run of entry rows."""
    label: str  # the column (所属系列, 颁证单位)
    col: int
    first: int  # index into Cat.rows
    last: int
    text: str


@dataclass
class Cat:
    labels: list[str]
    widths: list[float]
    rows: list[Row]
    merges: list[Merge]
    size: float = 10.5

    def grid(self) -> Grid:
        return Grid([[H(x) for x in self.labels]] + [r.cells for r in self.rows], self.widths, head=1, size=self.size)


def build_cat(entries: list[Entry], cols: list[tuple], *, merge: str = "", runs: Sequence[tuple[int, int]] = (),
              merge_top: bool = False, sections: dict | None = None, tail: Sequence[tuple[str, str]] = (),
              size: float = 10.5, blank: Callable[[int, str], bool] = lambda i, k: False) -> Cat:
    """The catalog table. cols: (label, field of Entry or a function of it, align, width). merge: the label of a
    column merged down over runs (entry index ranges, inclusive); sections: {entry index: section row text} printed
    before that entry; tail: rows after the last entry, (kind, text) spanning the table (note, total)."""
    labels = [c[0] for c in cols]
    rows: list[Row] = []
    merges: list[Merge] = []
    starts = {a: b for a, b in runs}
    inside: set = set()
    for a, b in runs:
        inside.update(range(a + 1, b + 1))
    mcol = labels.index(merge) if merge else -1
    for i, e in enumerate(entries):
        if sections and i in sections:
            rows.append(Row("section", [Cell(sections[i], cs=len(cols), bold=True)], text=sections[i]))
        cells = []
        for k, (label, get, align, _w) in enumerate(cols):
            text = get(e) if callable(get) else getattr(e, get)
            if blank(i, label):
                text = ""
            if k == mcol:
                if i in inside:
                    continue
                if i in starts:
                    span = starts[i] - i + 1
                    cells.append(Cell(text, rs=span, align=align, top=merge_top))
                    merges.append(Merge(label, k, len(rows), -1, text))
                    continue
            cells.append(Cell(text, align=align))
        rows.append(Row("entry", cells, entry=i))
    for m in merges:  # the last table row of each merge
        first_entry = rows[m.first].entry
        last_entry = starts[first_entry]
        m.last = next(k for k, r in enumerate(rows) if r.entry == last_entry)
        assert all(rows[k].kind == "entry" for k in range(m.first, m.last + 1)), "a merge over a section row"
    for kind, text in tail:
        rows.append(Row(kind, [Cell(text, cs=len(cols), align="L" if kind == "note" else "C")], text=text))
    cat = Cat(labels, [c[3] for c in cols], rows, merges, size)
    cat.grid().check()
    return cat


# --- the notice -----------------------------------------------------------------------------------------------------

@dataclass
class Doc:
    """One notice, how it is printed, and what its page breaks are meant to cut."""
    stem: str
    city: str
    province: str
    area: str
    docno: str
    date_iso: str
    kind: str  # lo (LibreOffice from DOCX) | chromium (print of an HTML page)
    what: str  # README: what the file shows
    why: str
    layout_para: str  # the body paragraph on the catalog
    entries: list[Entry]
    cat: Cat
    checks: list  # (description, function of the measurement -> bool): the breaks meant, asserted after printing
    batch: str = "第一批"
    control: bool = False
    word: Word = field(default_factory=Word)
    footer: str = "— {PAGE} —"
    twin: str = ""  # docx | html: the source is kept beside the PDF as a document of its own
    sections_rule: bool = False  # 所属系列 comes from section rows (THE RULE)
    merged_rule: bool = False  # a field comes from a merged cell
    # Chromium
    thead: bool = True  # the header in <thead> (Chromium repeats it on every page)
    row_break: str = "auto"  # CSS break-inside of a table row: auto (a row may break) | avoid
    fixed_footer: str = ""  # a position: fixed footer line (the site's name) printed on every page
    font_pt: float = 10.5
    pad_mm: float = 0  # space above the catalog title
    annex2: tuple = ()  # (title, [lines]) a second attachment printed after the catalog (portrait)
    pdf_pages: int = 0  # pages the PDF must have
    brief: bool = False  # a short notice (one page), the catalog on pages 2-4
    with_contact: bool = True  # the notice gives a contact person and phone

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
        n = len(self.entries)
        if self.brief:
            return [f"根据{self.province}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，我局研究制定了"
                    f"《{self.catalog_title}》，共收录国际职业资格{n}项，现印发给你们，请认真贯彻执行。",
                    f"一、在{self.city}市从事专业技术工作、取得目录所列国际职业资格且证书在有效期内的专业技术人员，可按规定"
                    "申请比照认定相应职称。",
                    f"二、{self.layout_para}",
                    "三、执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。"]
        return [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，根据{self.province}人力资源和社会"
                "保障厅关于开展国际职业资格比照认定职称工作的有关规定，进一步畅通外籍人才、港澳台人才和留学回国人员等国际化"
                f"专业技术人才职称评价渠道，我局会同有关行业主管部门研究制定了《{self.catalog_title}》，共收录国际职业资格"
                f"{n}项，现印发给你们，请结合实际认真贯彻执行。现就有关事项通知如下：",
                f"一、在{self.city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在"
                "有效期内的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
                "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、主管部门初审后，"
                "由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
                f"三、{self.layout_para}",
                "四、各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。"]

    @property
    def contact(self) -> str:
        rng = random.Random(f"unseen45-{self.stem}")
        return f"联系人：{person(rng)}，联系电话：{phone(rng, self.area)}"

    def annex_lines(self) -> list[str]:
        if not self.annex2:
            return ["附件：" + self.catalog_title]
        return [f"附件：1．{self.catalog_title}", f"2．{self.annex2[0]}"]

    def footer_text(self, page: int, total: int) -> str:
        return self.footer.replace("{PAGE}", str(page)).replace("{NUMPAGES}", str(total))


def word_notice45(d: Doc, path: Path) -> Path:
    lay = d.word
    doc = Document()
    set_page(doc.sections[0], lay)
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
        para(doc, f"{d.office}文件", 36, lay.title_face, lay, C, color="FF0000", exact=None, before=12,
             after=12 if d.brief else 24, scale=70)
    dp = para(doc, d.docno, 16, lay.body_face, lay, C, exact=None, after=4)
    if lay.letterhead:
        red_rule(dp)
    for i, line in enumerate(d.title_lines):
        para(doc, line, 22, lay.title_face, lay, C, exact=32 if d.brief else 35,
             before=(14 if d.brief else 30) if i == 0 else 0,
             after=(12 if d.brief else 20) if i == len(d.title_lines) - 1 else 0)
    para(doc, d.addressee, 16, lay.body_face, lay, J, exact=lay.line)
    for text in d.body:
        para(doc, text, 16, lay.body_face, lay, J, first=2, exact=lay.line)
    if d.with_contact:
        para(doc, d.contact + "。", 16, lay.body_face, lay, J, first=2, exact=lay.line)
    if not d.brief:
        para(doc, "", 16, lay.body_face, lay, exact=lay.line)
    for i, line in enumerate(d.annex_lines()):
        para(doc, line, 16, lay.body_face, lay, J, first=2 if i == 0 else 5, exact=lay.line)
    para(doc, "", 16, lay.body_face, lay, exact=lay.line)
    para(doc, d.office, 16, lay.body_face, lay, R, right=2, exact=lay.line)
    para(doc, d.date_cn, 16, lay.body_face, lay, R, right=4, exact=lay.line)
    page_footer(doc.sections[0], lay, d.footer)
    width = 15.6
    label = "附件" if not d.annex2 else "附件1"
    if lay.landscape_annex:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        a4(sec, landscape=True)
        sec.footer_distance = Cm(lay.footer_distance)
        width = 23.7
        para(doc, label, 16, lay.hei_face, lay, L, exact=None, after=6)
    else:
        para(doc, label, 16, lay.hei_face, lay, L, exact=None, page_break=True, after=6)
    para(doc, d.catalog_title, 18, lay.title_face, lay, C, exact=None, before=lay.pad, after=12)
    word_grid(doc, d.cat.grid(), lay, width)
    if d.annex2:
        if lay.landscape_annex:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            set_page(sec, lay)
            para(doc, "附件2", 16, lay.hei_face, lay, L, exact=None, after=6)
        else:
            para(doc, "附件2", 16, lay.hei_face, lay, L, exact=None, page_break=True, after=6)
        para(doc, d.annex2[0], 18, lay.title_face, lay, C, exact=None, before=6, after=12)
        for line in d.annex2[1]:
            para(doc, line, 16, lay.body_face, lay, J, first=2, exact=lay.line)
    doc.save(str(path))
    pin_zip(path)
    return path


# --- the print page (Chromium) --------------------------------------------------------------------------------------

def html_cat(d: Doc) -> str:
    cat = d.cat
    s = sum(cat.widths)
    out = ['<table class="cat"><colgroup>' + "".join(f'<col style="width:{x / s * 100:.1f}%">' for x in cat.widths)
           + "</colgroup>"]
    head = "<tr>" + "".join(f"<th>{esc(x)}</th>" for x in cat.labels) + "</tr>"
    out += ["<thead>", head, "</thead>", "<tbody>"] if d.thead else ["<tbody>", head]
    for r in cat.rows:
        cells = []
        for c in r.cells:
            attrs = ""
            if c.cs > 1:
                attrs += f' colspan="{c.cs}"'
            if c.rs > 1:
                attrs += f' rowspan="{c.rs}"'
            k = [x for x, on in (("c", c.align == "C"), ("b", c.bold), ("t", c.top)) if on]
            if k:
                attrs += f' class="{" ".join(k)}"'
            cells.append(f"<td{attrs}>{esc(c.text)}</td>")
        cls = {"section": ' class="sec"', "note": ' class="note"', "total": ' class="total"'}.get(r.kind, "")
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


CAT_CSS = """
table.cat td.c { text-align: center; } table.cat td.b { font-weight: bold; } table.cat td.t { vertical-align: top; }
table.cat tr.sec td { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
table.cat tr.note td { font-size: 9.5pt; line-height: 1.5; }
p.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; text-indent: 0; }
.fixfoot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font: 10pt "Noto Serif CJK SC", serif;
           color: #555; }
"""


def print_page45(d: Doc) -> str:
    css = [PRINT_CSS, CAT_CSS, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           f"table.cat {{ font-size: {d.font_pt}pt; }}", f"table.cat tr {{ break-inside: {d.row_break}; }}",
           f"h2.cat {{ margin-top: {2 + d.pad_mm}mm; }}",
           "p { line-height: 24pt; } h1.title { margin: 6mm 0 5mm 0; } .sign { margin-top: 24pt; }" if d.brief else "",
           f'@page {{ @bottom-center {{ content: {css_footer(d.footer)}; font: 12pt "Noto Serif CJK SC", serif; }} }}']
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(d.title)}</title>'
           f"<style>{''.join(css)}</style></head><body>"]
    if d.fixed_footer:
        out.append(f'<div class="fixfoot">{e(d.fixed_footer)}</div>')
    out += [f'<div class="redhead"><span>{e(d.office)}文件</span></div>',
            f'<div class="docno rule">{e(d.docno)}</div>',
            '<h1 class="title">' + "<br>".join(e(x) for x in d.title_lines) + "</h1>",
            f"<p>{e(d.addressee)}</p>"]
    out += [f'<p class="i">{e(t)}</p>' for t in d.body]
    if d.with_contact:
        out.append(f'<p class="i">{e(d.contact)}。</p>')
    out.append('<p>&nbsp;</p>')
    out += [f'<p class="{"i" if i == 0 else "i5"}">{e(t)}</p>' for i, t in enumerate(d.annex_lines())]
    out.append(f'<div class="sign"><p style="padding-right:2em">{e(d.office)}</p>'
               f'<p style="padding-right:4em">{e(d.date_cn)}</p></div>')
    out.append(f'<div class="pb"><p class="annex">附件</p><h2 class="cat">{e(d.catalog_title)}</h2>')
    out.append(html_cat(d))
    out.append("</div></body></html>\n")
    return "\n".join(out)


# --- measuring the printed PDF: where each row and cell landed ------------------------------------------------------

RADICALS = dict(zip("⺠⺟⻅⻈⻉⻋⻐⻓⻔⻘⻚⻛⻜⻠⻢⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳", "民母见讠贝车钅长门青页风飞饣马鬼鱼鸟卤麦黄黾齐齿龙龟"))


def norm(text: str) -> str:
    """Text as compared with the PDF: NFKC (Chromium's CJK fonts map 工 to the Kangxi radical ⼯, NFKC maps it back;
    the simplified radicals, 风 as ⻛, are mapped here), no whitespace."""
    text = "".join(RADICALS.get(ch, ch) for ch in unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", "", text)


def cut_at(text: str, k: int) -> tuple[str, str]:
    """text split after its k-th compared (normalised, non-space) character; the spaces at the cut kept."""
    n = 0
    for i, ch in enumerate(text):
        if n >= k and norm(ch):
            return text[:i], text[i:]
        n += len(norm(ch))
    return text, ""


def cut_kind(left: str, right: str) -> str:
    """How a cell's text is cut: inside a bracket or not; inside a word, or between words (at a space)."""
    opened = sum(left.count(b) for b in "(（") - sum(left.count(b) for b in ")）")
    where = "mid-bracket" if opened > 0 else ""
    if left[-1:].isspace() or right[:1].isspace():
        word = "between words"
    elif left[-1:].isalnum() and right[:1].isalnum():
        word = "mid-word"
    else:
        word = "at a punctuation mark"
    return ", ".join(x for x in (where, word) if x)


@dataclass
class Band:
    page: int
    top: float
    bottom: float
    xs: list
    chars: list = field(default_factory=list)  # (x0, x1, top, bottom, text, size)
    header: bool = False

    def text(self, c0: int, c1: int) -> str:
        lo, hi = self.xs[c0], self.xs[c1 + 1]
        got = sorted((c for c in self.chars if lo <= (c[0] + c[1]) / 2 < hi), key=lambda c: (c[2], c[0]))
        lines: list[list] = []
        for c in got:
            if lines and abs(c[2] - lines[-1][0][2]) <= 0.45 * c[5]:
                lines[-1].append(c)
            else:
                lines.append([c])
        return "".join(c[4] for line in lines for c in sorted(line, key=lambda c: c[0]))


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


@dataclass
class PageInfo:
    page: int
    landscape: bool
    footer_top: float | None = None
    table_top: float | None = None
    table_bottom: float | None = None
    gray: list = field(default_factory=list)  # chars of a position: fixed footer (gray)
    bands: list = field(default_factory=list)


def read_pages(pdf_path: Path, d: Doc) -> list[PageInfo]:
    import pdfplumber
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    n = len(d.cat.labels)
    labels = [norm(x) for x in d.cat.labels]
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        total = len(pdf.pages)
        for k, page in enumerate(pdf.pages, start=1):
            info = PageInfo(k, page.width > page.height)
            chars, lines = [], {}
            for c in page.chars:
                t = norm(c["text"])
                if not t:
                    continue
                rec = (c["x0"], c["x1"], c["top"], c["bottom"], t, c["size"])
                col = c.get("non_stroking_color")
                if isinstance(col, (tuple, list)) and len(col) == 3 and len(set(col)) == 1 and 0.1 < col[0] < 0.9:
                    info.gray.append(rec)
                    continue
                chars.append(rec)
                lines.setdefault(round(c["top"]), []).append(rec)
            foot = norm(d.footer_text(k, total))
            for top, recs in lines.items():
                if "".join(r[4] for r in sorted(recs)) == foot:
                    info.footer_top = min(r[2] for r in recs)
                    chars = [c for c in chars if c not in recs]
            vs = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 2]
            if not vs:
                out.append(info)
                continue
            xs = _cluster([e["x0"] for e in vs])
            assert len(xs) == n + 1, (d.stem, k, len(xs), xs)
            info.table_top, info.table_bottom = min(e["top"] for e in vs), max(e["bottom"] for e in vs)
            mid0 = (xs[0] + xs[1]) / 2
            hs = [e["top"] for e in page.edges if e["orientation"] == "h" and e["x0"] <= mid0 <= e["x1"]
                  and info.table_top - 2 <= e["top"] <= info.table_bottom + 2]
            ys = _cluster(hs + [info.table_top, info.table_bottom])
            for a, b in zip(ys, ys[1:]):
                if b - a < 2.5:
                    continue
                band = Band(k, a, b, xs, [c for c in chars if xs[0] <= (c[0] + c[1]) / 2 < xs[-1]
                                          and a < (c[2] + c[3]) / 2 < b])
                band.header = all(band.text(i, i) == labels[i] for i in range(n))
                info.bands.append(band)
            out.append(info)
    return out


@dataclass
class Placed:
    """Where one table row was printed: one band, or two (the row breaks across pages)."""
    row: int
    bands: list
    parts: list  # per band: {cell index in row: text found}


class Measure:
    """The printed table read back: rows placed on pages, merged cells' fragments, and the page-break events."""

    def __init__(self, d: Doc, pages_: list[PageInfo]):
        self.d, self.pages = d, pages_
        cat = d.cat
        seq = []
        started = False
        for info in pages_:
            for b in info.bands:
                if b.header:
                    started = True
                    b_head = True
                else:
                    b_head = False
                if started and not b_head:
                    seq.append(b)
        self.head_pages = sorted({b.page for info in pages_ for b in info.bands if b.header})
        self.placed: list[Placed] = []
        j = 0
        for r, row in enumerate(cat.rows):
            spans = self.cells_of(r)
            b = seq[j]
            got = {i: b.text(c0, c1) for i, (c0, c1, exp) in enumerate(spans)}
            if all(got[i] == exp for i, (c0, c1, exp) in enumerate(spans)):
                self.placed.append(Placed(r, [b], [got]))
                j += 1
                continue
            assert all(exp.startswith(got[i]) for i, (c0, c1, exp) in enumerate(spans)), \
                (d.stem, r, row.label, got, [s[2] for s in spans])
            b2 = seq[j + 1]
            assert b2.page == b.page + 1, (d.stem, r, row.label, "continues on the same page?")
            got2 = {i: b2.text(c0, c1) for i, (c0, c1, exp) in enumerate(spans)}
            assert all(got[i] + got2[i] == exp for i, (c0, c1, exp) in enumerate(spans)), \
                (d.stem, r, row.label, got, got2)
            self.placed.append(Placed(r, [b, b2], [got, got2]))
            j += 2
        rest = [b for b in seq[j:] if b.page == self.placed[-1].bands[-1].page and any(b.chars)]
        assert not rest, (d.stem, "bands after the last row", [x.text(0, len(cat.labels) - 1) for x in rest])
        self.merge_parts = []
        for m in cat.merges:
            frags: dict[int, str] = {}
            for pl in self.placed[m.first:m.last + 1]:
                for b in pl.bands:
                    frags[b.page] = frags.get(b.page, "") + b.text(m.col, m.col)
            assert "".join(frags[p] for p in sorted(frags)) == norm(m.text), (d.stem, m.text, frags)
            self.merge_parts.append(frags)

    def cells_of(self, r: int) -> list[tuple[int, int, str]]:
        """(first column, last column, expected text) of each cell the row prints, merged cells left out."""
        row = self.d.cat.rows[r]
        taken = set()
        for m in self.d.cat.merges:
            if m.first < r <= m.last:
                taken.add(m.col)
        out, c = [], 0
        for cell in row.cells:
            while c in taken:
                c += 1
            if cell.rs == 1:
                out.append((c, c + cell.cs - 1, norm(cell.text)))
            c += cell.cs
        return out

    # --- queries used by the documents' checks ---
    def pages_of(self, r: int) -> list[int]:
        return [b.page for b in self.placed[r].bands]

    def row_index(self, label: str) -> int:
        return next(i for i, r in enumerate(self.d.cat.rows) if r.label == label)

    def cut_cells(self, label: str) -> list[str]:
        """The labels of the cells a row's page break cuts in two (text on both pages)."""
        r = self.row_index(label)
        pl = self.placed[r]
        if len(pl.bands) == 1:
            return []
        spans = self.cells_of(r)
        return [self.d.cat.labels[spans[i][0]] for i in pl.parts[0] if pl.parts[0][i] and pl.parts[1][i]]

    def moved_cells(self, label: str) -> list[str]:
        """The cells of a broken row printed wholly on its second page."""
        r = self.row_index(label)
        pl = self.placed[r]
        if len(pl.bands) == 1:
            return []
        spans = self.cells_of(r)
        return [self.d.cat.labels[spans[i][0]] for i in pl.parts[0] if not pl.parts[0][i] and pl.parts[1][i]]

    def split_rows(self) -> list[str]:
        return [self.d.cat.rows[p.row].label for p in self.placed if len(p.bands) == 2]

    def rows_on(self, page: int) -> list[str]:
        return [self.d.cat.rows[p.row].label for p in self.placed if page in self.pages_of(p.row)]

    def table_pages(self) -> list[int]:
        return sorted({b.page for p in self.placed for b in p.bands})

    def repeated_header(self, page: int) -> bool:
        return page in self.head_pages

    def merge_pages(self, k: int) -> list[int]:
        return sorted(self.merge_parts[k])

    def merge_text_pages(self, k: int) -> list[int]:
        return sorted(p for p, t in self.merge_parts[k].items() if t)

    def footer_gap(self, page: int) -> float:
        info = self.pages[page - 1]
        return info.footer_top - info.table_bottom

    def gray_over(self, page: int) -> list[str]:
        """The rows a gray position: fixed footer is printed over on the page."""
        info = self.pages[page - 1]
        if not info.gray:
            return []
        top, bottom = min(c[2] for c in info.gray), max(c[3] for c in info.gray)
        hit = []
        for p in self.placed:
            for b in p.bands:
                if b.page == page and b.top < bottom and top < b.bottom:
                    hit.append(self.d.cat.rows[p.row].label)
        return hit

    # --- the events a reviewer checks against the PDF ---
    def events(self) -> list[list]:
        d, cat = self.d, self.d.cat
        out: list[list] = []
        tp = self.table_pages()
        for info in self.pages:
            if info.landscape:
                out.append([info.page, f"page {info.page} is landscape (the catalog's section); "
                            f"pages {', '.join(str(i.page) for i in self.pages if not i.landscape)} portrait"])
        for p in tp[:-1]:
            last = [pl for pl in self.placed if p in self.pages_of(pl.row)][-1]
            row = cat.rows[last.row]
            if len(last.bands) == 2:
                spans = self.cells_of(last.row)
                cut, on1, on2, empty = [], [], [], []
                for i, (c0, c1, exp) in enumerate(spans):
                    a, b = last.parts[0][i], last.parts[1][i]
                    name = cat.labels[c0] if c1 == c0 else "the row's text"
                    if not exp:
                        empty.append(name)
                    elif a and b:
                        src = next(c.text for c in row.cells if norm(c.text) == exp)
                        left, right = cut_at(src, len(a))
                        cut.append(f"{name} cut {cut_kind(left, right)} (“…{left.strip()[-16:]}” | "
                                   f"“{right.strip()[:16]}…”)")
                    elif a:
                        on1.append(name)
                    else:
                        on2.append(name)
                bits = cut[:]
                if on1:
                    bits.append(f"{', '.join(on1)} whole on page {p}")
                if on2:
                    bits.append(f"{', '.join(on2)} printed wholly on page {p + 1}")
                if empty:
                    bits.append(f"{', '.join(empty)} empty")
                only = " (only this cell continues)" if len(cut) + len(on2) == 1 else ""
                out.append([p, f"{row.label} breaks across pages {p}/{p + 1}{only}: " + "; ".join(bits)])
            else:
                nxt = cat.rows[last.row + 1]
                if row.kind == "section":
                    first = cat.rows[last.row + 1]
                    out.append([p, f"{row.label} is the last row of page {p}; its entries begin page {p + 1} "
                                   f"with {first.label}"])
                else:
                    out.append([p, f"clean break: {row.label} is the last on page {p}, {nxt.label} the first on "
                                   f"page {p + 1}"])
            if self.repeated_header(p + 1):
                out.append([p, f"header row repeated at the top of page {p + 1}"])
            else:
                out.append([p, f"no header on page {p + 1}: the table goes on without its labels"])
            for k, m in enumerate(cat.merges):
                mp = self.merge_pages(k)
                if p in mp and p + 1 in mp:
                    rows_ = [cat.rows[i].cells[0].text for i in range(m.first, m.last + 1)]
                    on_p = [cat.rows[i].cells[0].text for i in range(m.first, m.last + 1) if p in self.pages_of(i)]
                    tpg = self.merge_text_pages(k)
                    if len(tpg) == 1:
                        how = f"its text “{m.text}” printed on page {tpg[0]} only"
                    else:
                        src_k = len(self.merge_parts[k][tpg[0]])
                        left, right = cut_at(m.text, src_k)
                        how = (f"its text cut in two (“{left.strip()}” on page {tpg[0]} | “{right.strip()}” on page "
                               f"{tpg[1]})")
                    out.append([p, f"merged {m.label} over rows {rows_[0]}–{rows_[-1]} spans the break (rows "
                                   f"{on_p[0]}–{on_p[-1]} on page {p}): {how}"])
            info = self.pages[p - 1]
            if info.footer_top is not None and info.table_bottom is not None:
                gap = info.footer_top - info.table_bottom
                if gap < 15:
                    out.append([p, f"footer “{d.footer_text(p, len(self.pages))}” printed {gap:.0f} pt under the "
                                   f"table's last line"])
        for p in tp:
            over = self.gray_over(p)
            if over:
                out.append([p, f"the fixed footer “{d.fixed_footer}” is printed over "
                               f"{', '.join(dict.fromkeys(over))}"])
        lastp = tp[-1]
        on_last = [pl for pl in self.placed if lastp in self.pages_of(pl.row)]
        kinds = [cat.rows[pl.row].kind for pl in on_last]
        names = [cat.rows[pl.row].label for pl in on_last]
        head = "the repeated header and " if self.repeated_header(lastp) else ""
        if kinds.count("entry") <= 1 and len(on_last) <= 2:
            out.append([lastp, f"the table's last page {lastp} holds only {head}{' and '.join(names)}"])
        return out

    def page_rows(self) -> list[list]:
        out = []
        for p in self.table_pages():
            items = []
            for pl in self.placed:
                if p not in self.pages_of(pl.row):
                    continue
                row = self.d.cat.rows[pl.row]
                name = row.cells[0].text if row.kind == "entry" else row.text[:12] if row.kind == "section" else \
                    ("注" if row.kind == "note" else "合计")
                if len(pl.bands) == 2:
                    name += " (top part)" if pl.bands[0].page == p else " (continued)"
                items.append(name)
            out.append([p, ("header, " if self.repeated_header(p) else "") + ", ".join(items)])
        return out


# --- printing, measuring, the truth ---------------------------------------------------------------------------------

def render(d: Doc, tmp: Path) -> tuple[list[str], str, Measure]:
    """The PDF (and the twin's source, where kept), then the PDF read back."""
    files = [f"{d.stem}.pdf"]
    if d.kind == "lo":
        src = word_notice45(d, tmp / f"{d.stem}.docx")
        out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{d.stem}.pdf")
        line = f"PDF (LibreOffice from DOCX), {pages(out)} pages"
        if d.twin == "docx":
            (OUT / f"{d.stem}-yuanwen.docx").write_bytes(src.read_bytes())
            files.append(f"{d.stem}-yuanwen.docx")
    elif d.kind == "chromium":
        src = tmp / f"{d.stem}.html"
        src.write_text(print_page45(d), encoding="utf-8")
        out = pack(chromium(src, tmp / f"{d.stem}.chromium.pdf"), OUT / f"{d.stem}.pdf")
        line = f"PDF (Chromium print of HTML), {pages(out)} pages"
        if d.twin == "html":
            (OUT / f"{d.stem}-yuanwen.html").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
            files.append(f"{d.stem}-yuanwen.html")
    else:
        raise KeyError(d.kind)
    n = pages(out)
    assert 3 <= n <= 4 and (not d.pdf_pages or n == d.pdf_pages), (d.stem, n)
    m = Measure(d, read_pages(out, d))
    for what, ok in d.checks:
        assert ok(m), (d.stem, what, m.events(), m.page_rows())
    return files, line, m


def producer(d: Doc) -> dict:
    if d.kind == "lo":
        return {"producer": "LibreOffice (soffice --convert-to pdf) from a DOCX written by python-docx",
                "repeat_header": d.word.repeat_header,
                "rows_may_break": not d.word.cant_split}
    return {"producer": "headless Chromium (--print-to-pdf) from an HTML page",
            "repeat_header": d.thead, "rows_may_break": d.row_break != "avoid"}


def truth_of(d: Doc, m: Measure | None, twin_of: str = "") -> dict:
    rows = [e.canon() for e in d.entries]
    assert all(r[0] and r[1] and r[3] and r[4] and r[5] for r in rows), d.stem
    assert 18 <= len(rows) <= 45, (d.stem, len(rows))
    assert len({(r[1], r[3]) for r in rows}) == len(rows), (d.stem, "an entry twice")
    cat = d.cat
    data = {"header": list(HEADER), "printed_header": list(cat.labels), "rows": rows,
            "notice": {"doc_number": d.docno, "city": d.city, "office": d.office, "notice_title": d.title,
                       "issue_date": d.date_iso, "batch": d.batch, "catalog_title": d.catalog_title},
            "expected": "publish", "why": d.why, "control": d.control,
            "breaks": m.events() if m else [],
            "page_rows": m.page_rows() if m else [],
            **producer(d),
            "sections": [[r.text, cat.rows[k + 1].cells[0].text, "所属系列"] for k, r in enumerate(cat.rows)
                         if r.kind == "section"],
            "merged": [[x.label, x.text, cat.rows[x.first].cells[0].text, cat.rows[x.last].cells[0].text]
                       for x in cat.merges],
            "other_rows": [[r.kind, r.text] for r in cat.rows if r.kind in ("note", "total")]}
    if twin_of:
        data["twin_of"] = twin_of
    return data


def write_truth(stem: str, data: dict) -> None:
    (OUT / f"{stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- the documents --------------------------------------------------------------------------------------------------

def std_cols(w: Sequence[float] = (1.0, 4.4, 3.4, 3.8, 1.7, 1.8), series: bool = True) -> list[tuple]:
    cols = [("序号", "seq", "C", w[0]), ("职业资格名称", "qual", "L", w[1]), ("译名", "trans", "L", w[2]),
            ("颁证单位", "body", "L", w[3]), ("对应职称", "title", "C", w[4])]
    if series:
        cols.append(("所属系列", "series", "C", w[5]))
    return cols


def entries_of(ps: Sequence[tuple], style: str, series: Callable[[tuple], str] = lambda p: p[4]) -> list[Entry]:
    return [Entry(str(i), p[0], p[1], issuer(p[2], style), p[3], series(p)) for i, p in enumerate(ps, start=1)]


def runs_of(entries: list[Entry], key: str, cut: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Runs of equal values in a column (entry index ranges), also ended before each index in cut."""
    out, a = [], 0
    for i in range(1, len(entries) + 1):
        if i == len(entries) or getattr(entries[i], key) != getattr(entries[a], key) or i in cut:
            out.append((a, i - 1))
            a = i
    return [r for r in out if r[1] > r[0]]


def order_by_series(ps: list[tuple], order: Sequence[str]) -> list[tuple]:
    return sorted(ps, key=lambda p: (order.index(p[4]), POOL.index(p)))


def d_qingzhou() -> Doc:
    """Rows break across pages (cantSplit off), Word's repeat header row on: long cells cut mid-word."""
    used: set = set()
    ps = sel("qingzhou", 24, lambda p: is_eng(p) and p[2] != "DIHK", used,
             force=["PE Mechanical: Thermal and Fluids Systems", "Certified Welding Supervisor (CWS)"])
    es = entries_of(ps, "cn_full")
    cat = build_cat(es, std_cols((0.9, 4.2, 3.2, 4.4, 1.6, 1.7)))
    n, e = len(es), es[12]
    why = (f"A two-page notice; the catalog (附件) on pages 3-4: {n} entries, 序号 1-{n}, the six usual columns, 颁证单位 "
           f"printed as the Chinese name with the English name in full-width brackets. Rows may break across pages (no "
           f"w:cantSplit) and the header row is marked to repeat (w:tblHeader). Row 13 ({e.qual} | {e.trans} | {e.body} | "
           f"{e.title} | {e.series}) is cut by the page break: page 3 ends with the first lines of its cells and page 4 "
           f"opens with the repeated header, then the rest of its 职业资格名称, 颁证单位 (cut inside the Chinese name), "
           f"对应职称 and 所属系列 (助理工 | 程师, 建设工 | 程); \"breaks\" gives each cut. The truth has row 13 once, every "
           f"cell whole; the repeated header is no entry. The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("row 13 breaks, four cells cut", lambda m: m.split_rows() == ["row 13"] and set(m.cut_cells("row 13"))
               == {"职业资格名称", "颁证单位", "对应职称", "所属系列"}),
              ("header repeated on page 4", lambda m: m.table_pages() == [3, 4] and m.repeated_header(4))]
    return Doc("qingzhou-kuaye-chongfu", "青州", "山东省", "0536", "青人社发〔2025〕31号", "2025-04-08", "lo",
               "rows allowed to break (cantSplit off), header row repeated on each page (Word's 重复标题行): long "
               "颁证单位 / 职业资格名称 cells cut by the page break and continued under the repeated header",
               why, "目录所列颁证单位以中文名称加英文全称标注。", es, cat, checks,
               word=Word(pad=27), twin="docx")


def d_qufu() -> Doc:
    """Rows break across pages, NO repeated header: page 3 opens with the rest of a row, a name cut mid-bracket."""
    used: set = set()
    ps = sel("qufu", 38, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济"}, used,
             force=["LEED AP Building Design + Construction (LEED AP BD+C)",
                    "International Medical Laboratory Technician, MLT (ASCP)",
                    "SAS Certified Clinical Trials Programmer Using SAS 9",
                    "International Technologist in Molecular Biology, MIB (ASCP)"])
    es = entries_of(ps, "cn_abbr")
    cat = build_cat(es, std_cols((0.9, 4.6, 3.6, 3.5, 1.6, 1.8)))
    n, a, b = len(es), es[16], es[35]
    why = (f"A one-page notice; the catalog on pages 2-4: {n} entries, 序号 1-{n}, the six usual columns. Rows may break "
           f"and the header row is NOT set to repeat: pages 3 and 4 open with the rest of a broken row and no labels. "
           f"Row 17's 职业资格名称 {a.qual} is cut inside its bracket: page 2 ends with \"…Construction (LEED\", page 3 "
           f"opens with \"AP BD+C)\" in the 职业资格名称 column, every other cell of that fragment empty (they were printed "
           f"whole on page 2). Row 36 ({b.qual}) is cut in its 职业资格名称 and its 颁证单位 ({b.body}, cut inside the "
           f"Chinese name). The truth has each row once, whole: a fragment at the top of a page, with no 序号, is the "
           f"rest of the row above the break, not an entry. The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("rows 17 and 36 break", lambda m: m.split_rows() == ["row 17", "row 36"]),
              ("row 17: only its name goes on", lambda m: m.cut_cells("row 17") == ["职业资格名称"]
               and not m.moved_cells("row 17")),
              ("row 36: name and body cut", lambda m: {"职业资格名称", "颁证单位"} <= set(m.cut_cells("row 36"))),
              ("no header after page 2", lambda m: m.table_pages() == [2, 3, 4] and not m.repeated_header(3)
               and not m.repeated_header(4))]
    return Doc("qufu-kuaye-wubiaotou", "曲阜", "山东省", "0537", "曲人社发〔2025〕17号", "2025-05-13", "lo",
               "rows allowed to break, header row NOT repeated: the next page opens with the rest of a row, its "
               "职业资格名称 cut inside its bracket",
               why, "目录按所属系列排列。", es, cat, checks,
               word=Word(repeat_header=False, pad=3, line=25), footer=FOOT_WORD_OF, brief=True)


def d_xintai() -> Doc:
    """A row taller than what is left of the page: only its long 颁证单位 cell continues on the next page."""
    used: set = set()
    ps = sel("xintai", 22, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计"}, used)
    es = entries_of(ps, "cn_full")
    cat = build_cat(es, std_cols((0.9, 4.6, 3.6, 3.0, 1.7, 1.8)), size=10)
    n, e = len(es), es[18]
    why = (f"A one-page notice; the catalog on pages 2-4: {n} entries, 序号 1-{n}. 颁证单位 sits in a narrow column and "
           f"prints the Chinese name with the English name in full-width brackets, so rows are 4 to 8 lines tall while "
           f"their other cells hold one to three. Rows may break; the header repeats. Row 19 ({e.qual}) is taller than "
           f"what is left of page 3: its 序号, 职业资格名称, 译名, 对应职称 and 所属系列 are printed whole on page 3 and only "
           f"its 颁证单位 ({e.body}) goes on, under the repeated header on page 4, beside empty cells (cut inside the "
           f"bracket). Pages 2 and 3 break between rows 9 and 10. The truth has row 19 once, its 颁证单位 whole. The "
           f"body's 共收录国际职业资格{n}项 agrees.")
    checks = [("row 19 breaks in its 颁证单位 only", lambda m: m.split_rows() == ["row 19"]
               and m.cut_cells("row 19") == ["颁证单位"] and not m.moved_cells("row 19")),
              ("headers repeated", lambda m: m.table_pages() == [2, 3, 4] and m.repeated_header(3)
               and m.repeated_header(4)),
              ("pages 2 and 3 break between rows 9 and 10", lambda m: m.rows_on(2)[-1] == "row 9"
               and m.rows_on(3)[0] == "row 10")]
    return Doc("xintai-danlie", "新泰", "山东省", "0538", "新人社字〔2025〕22号", "2025-06-17", "lo",
               "a row taller than what is left of the page breaks in one column only: its long 颁证单位 (Chinese name "
               "and English name in brackets) continues alone under the repeated header",
               why, "目录所列颁证单位以中文名称加英文全称标注。", es, cat, checks,
               word=Word(line=25, pad=21), footer=FOOT_WORD_OF, brief=True)


def d_sihui() -> Doc:
    """所属系列 merged down each series' run; one run spans the page break, its text printed on one page only."""
    used: set = set()
    plan = [("机械工程", 6), ("电子信息工程", 5), ("建设工程", 12), ("安全工程", 3), ("医药工程", 4)]
    ps = []
    for series, n in plan:
        ps += sel(f"sihui-{series}", n, lambda p, s=series: p[2] != "DIHK" and p[4] == s, used)
    es = entries_of(ps, "cn_abbr")
    cat = build_cat(es, std_cols((0.9, 4.6, 3.5, 3.6, 1.6, 1.4)), merge="所属系列", runs=runs_of(es, "series"))
    n = len(es)
    k = next(i for i, x in enumerate(cat.merges) if x.text == "建设工程")
    mk = cat.merges[k]
    runs = "; ".join(f"{x.text} {cat.rows[x.first].cells[0].text}-{cat.rows[x.last].cells[0].text}" for x in cat.merges)
    why = (f"A two-page notice; the catalog on pages 3-4: {n} entries, 序号 1-{n}. 所属系列 is a cell merged down over each "
           f"series' rows ({runs}). Rows may not break (w:cantSplit); the header repeats. The page break falls inside "
           f"the 建设工程 run (rows {cat.rows[mk.first].cells[0].text}-{cat.rows[mk.last].cells[0].text}): rows "
           f"{cat.rows[mk.first].cells[0].text}-16 are on page 3, rows 17-{cat.rows[mk.last].cells[0].text} on page 4, and "
           f"LibreOffice prints the merged cell's text 建设工程 on page 3 only: on page 4 the 所属系列 column of those rows "
           f"is a blank merged cell. Every row under a merged cell takes its text (the rule of unseen42), so rows 17-"
           f"{cat.rows[mk.last].cells[0].text} are 建设工程 too. The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("no row breaks", lambda m: not m.split_rows() and m.table_pages() == [3, 4]),
              ("建设工程 spans pages 3-4, its text on page 3", lambda m: m.merge_pages(k) == [3, 4]
               and m.merge_text_pages(k) == [3] and m.rows_on(3)[-1] == "row 16")]
    return Doc("sihui-hebing-xilie", "四会", "广东省", "0758", "四人社〔2025〕45号", "2025-03-26", "lo",
               "所属系列 merged down over each series' rows; rows may not break (cantSplit on); the page break falls "
               "inside a merged run, whose text LibreOffice prints on one page only",
               why, "目录按所属系列分组排列，同一系列的“所属系列”栏合并填写。", es, cat, checks,
               word=Word(cant_split=True, pad=30), twin="docx", merged_rule=True)




def section_of(p: tuple) -> str:
    return "工程" if p[4] in ENGINEERING else p[4]


def d_yangchun() -> Doc:
    """Section rows (一、工程系列 …) and no 所属系列 column; a section row is the last row of a page; 注 alone at the end."""
    used: set = set()
    plan = [("工程", 18), ("经济", 8), ("会计", 6), ("审计", 3), ("翻译", 2)]
    ps: list = []
    for sec_, n in plan:
        ps += sel(f"yangchun-{sec_}", n, lambda p, s=sec_: section_of(p) == s and p[2] != "DIHK", used)
    names = ["一、工程系列", "二、经济系列", "三、会计系列", "四、审计系列", "五、翻译系列"]
    es = entries_of(ps, "cn_abbr", series=lambda p: names[[s for s, _ in plan].index(section_of(p))][2:])
    sections, k = {}, 0
    for (s, n), name in zip(plan, names):
        sections[k] = name
        k += n
    note = ("注：1．“对应职称”为可比照认定的最高层级职称。2．申请人所从事的专业技术工作应与所持国际职业资格的专业领域相一致。"
            "3．证书须在有效期内，需年度注册的须提供有效注册证明。")
    cat = build_cat(es, std_cols((0.9, 5.2, 4.0, 4.0, 1.8), series=False), sections=sections,
                    tail=[("note", note)])
    n = len(es)
    why = (f"A one-page notice; the catalog on pages 2-4: {n} entries, 序号 1-{n}, columns 序号 | 职业资格名称 | 译名 | "
           f"颁证单位 | 对应职称 and no 所属系列: the series is given by section rows spanning the table "
           f"({', '.join(names)}). Rows may not break; the header repeats. The section row 二、经济系列 is the last row of "
           f"page 2: its entries (19-26) begin page 3, under the repeated header. The table ends with a note row spanning "
           f"the table (注：1．…2．…3．…) which does not fit on page 3 and stands alone on page 4 under the repeated header. "
           f"The rule of unseen42: 所属系列 is the section's text without its list number (工程系列, 经济系列 …), so rows "
           f"19-26 are 经济系列 though their section row is printed on the page before. The 注 row is no entry "
           f"(other_rows). The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("二、经济系列 ends page 2", lambda m: m.rows_on(2)[-1] == "section row 二、经济系列"
               and m.rows_on(3)[0] == "row 19"),
              ("注 alone on page 4", lambda m: m.rows_on(4) == ["注 row"] and m.repeated_header(4)),
              ("no row breaks", lambda m: not m.split_rows())]
    return Doc("yangchun-fenlei-yemo", "阳春", "广东省", "0662", "春人社发〔2025〕12号", "2025-07-09", "lo",
               "section rows (一、工程系列 …) and no 所属系列 column; rows may not break; a section row is the last row "
               "of a page with its entries on the next; the 注 row alone on the last page",
               why, "目录按职称系列分类排列。", es, cat, checks,
               word=Word(cant_split=True, line=25, pad=30), sections_rule=True, brief=True)


def d_miluo() -> Doc:
    """The page footer (— 3 —) printed close under the table; the last page holds the repeated header and one row."""
    used: set = set()
    ps = sel("miluo", 40, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "统计", "审计"}, used)
    es = entries_of(ps, "cn_abbr")
    cat = build_cat(es, std_cols((0.9, 4.5, 3.6, 3.6, 1.7, 1.8)))
    n, e = len(es), es[19]
    why = (f"A one-page notice; the catalog on pages 2-4: {n} entries, 序号 1-{n}, the six usual columns. The bottom margin "
           f"is narrow (1.6 cm, footer at 0.9 cm): the page number — 2 —, — 3 — is printed about 10 pt under the table's "
           f"last line, where a reader of the text layer meets it straight after the last row. Rows may break; the header "
           f"repeats. Row 20 ({e.qual} | {e.trans} | {e.body}) is cut at the foot of page 2, right above the footer: its "
           f"译名, 颁证单位, 对应职称 and 所属系列 are each cut (英国土木工程师学 | 会…, 高级工 | 程师, 建设工 | 程) and go on under "
           f"the repeated header on page 3. Page 4 holds only the repeated header and row {n}. The truth has each row "
           f"once, whole; the footer is no part of a cell; row {n} is an entry like the others. The body's "
           f"共收录国际职业资格{n}项 agrees.")
    checks = [("row 20 breaks", lambda m: m.split_rows() == ["row 20"] and len(m.cut_cells("row 20")) == 4),
              ("footer close under the table", lambda m: m.footer_gap(2) < 15 and m.footer_gap(3) < 15),
              ("page 4: header and the last row", lambda m: m.rows_on(4) == [f"row {n}"] and m.repeated_header(4))]
    return Doc("miluo-yejiao-jintie", "汨罗", "湖南省", "0730", "汨人社发〔2025〕26号", "2025-08-14", "lo",
               "a narrow bottom margin: the page footer — 3 — printed close under the table's last line; rows may "
               "break; the last page holds only the repeated header and one row",
               why, "目录按所属系列排列。", es, cat, checks,
               word=Word(line=25, bottom_margin=1.6, footer_distance=0.9), brief=True)


def d_xiantao() -> Doc:
    """A landscape catalog section among portrait pages; a row breaks across the landscape pages; 颁证单位 merged
    down over each body's rows; 附件2 portrait."""
    used: set = set()
    plan = [("AWS", 4), ("IIW", 3), ("NCEES", 6), ("ASQ", 3), ("CIOB", 3), ("PMI", 2)]
    ps = []
    for body, n in plan:
        ps += sel(f"xiantao-{body}", n, lambda p, b=body: p[2] == b, used)
    es = entries_of(ps, "cn_full")
    cat = build_cat(es, std_cols((1.0, 6.0, 4.6, 5.4, 2.2, 2.2)), merge="颁证单位", runs=runs_of(es, "body"))
    annex2 = ("国际职业资格比照认定职称申报材料清单",
              ["1．《国际职业资格比照认定职称申报表》一式三份；",
               "2．国际职业资格证书原件及复印件，外文证书须附有资质的翻译机构出具的中文翻译件；",
               "3．证书在有效期内的证明（需年度注册的，提供有效注册证明）；",
               "4．身份证、学历学位证书原件及复印件；",
               "5．用人单位出具的专业技术岗位聘用证明；",
               "6．近三年专业技术工作业绩材料。"])
    n = len(es)
    k = next(i for i, x in enumerate(cat.merges) if x.text.startswith("美国质量协会"))
    mk = cat.merges[k]
    runs = "; ".join(f"{x.text.split('（')[0]} {cat.rows[x.first].cells[0].text}-{cat.rows[x.last].cells[0].text}"
                     for x in cat.merges)
    why = (f"A one-page portrait notice; the catalog is a LANDSCAPE section (pages 2-3); 附件2 (the list of application "
           f"materials: six numbered lines, no table) is portrait again on page 4. {n} entries, 序号 1-{n}. 颁证单位 is "
           f"merged down over each body's rows ({runs}), printed as the Chinese name with the English name in "
           f"brackets. Rows may break; the header repeats. The page break falls inside the 美国质量协会 run: row "
           f"{cat.rows[mk.first].cells[0].text} is the last row on page 2, rows 15-{cat.rows[mk.last].cells[0].text} open "
           f"page 3, and the merged cell's text is CUT IN TWO: 美国质量协会（American on page 2, Society for Quality） on "
           f"page 3. Every row under a merged cell takes its whole text: rows {cat.rows[mk.first].cells[0].text}-"
           f"{cat.rows[mk.last].cells[0].text} are {mk.text}. 附件2 holds no catalog. The body's 共收录国际职业资格{n}项 "
           f"agrees.")
    checks = [("portrait, landscape, landscape, portrait", lambda m: [i.landscape for i in m.pages]
               == [False, True, True, False]),
              ("the 美国质量协会 cell cut in two", lambda m: m.merge_text_pages(k) == [2, 3]
               and m.rows_on(2)[-1] == "row 14"),
              ("no row breaks", lambda m: not m.split_rows())]
    return Doc("xiantao-hengye", "仙桃", "湖北省", "0728", "仙人社发〔2025〕9号", "2025-02-27", "lo",
               "portrait notice, the catalog in a LANDSCAPE section (pages 2-3), 附件2 portrait again; 颁证单位 merged "
               "down over each body's rows; rows may break, header repeated",
               why, "目录按颁证单位分组排列。", es, cat, checks,
               word=Word(landscape_annex=True, line=25, bottom_margin=2.8, pad=35), annex2=annex2,
               brief=True,
               merged_rule=True, with_contact=False)


def d_xinji() -> Doc:
    """CONTROL: rows may not break (cantSplit on), header repeated: every break falls between whole rows; the row
    opening page 4 is a whole entry whose 译名 is left blank (a Japanese name)."""
    used: set = set()
    jcci = q("日商簿記検定1級")
    plan = [("eng", 11), ("经济", 6), ("会计", 5), ("审计", 3)]
    ps = []
    for key, n in plan:
        ps += sel(f"xinji-{key}", n, lambda p, k=key: p[2] not in ("DIHK", "JCCI", "IPEJ")
                  and (is_eng(p) if k == "eng" else p[4] == k), used)
        if key == "经济":
            ps.append(jcci)
    es = entries_of(ps, "cn_abbr")
    first_kj = ps.index(jcci)
    es[first_kj].trans = ""
    cat = build_cat(es, std_cols((0.9, 4.5, 3.6, 3.6, 1.7, 1.8)))
    n, e = len(es), es[first_kj]
    why = (f"CONTROL. A two-page notice; the catalog on pages 3-4: {n} entries, 序号 1-{n}, the six usual columns. Rows "
           f"may not break (w:cantSplit) and the header repeats: the page break falls between whole rows 17 and 18. Row "
           f"18, the first under the repeated header on page 4, is {e.qual} with its 译名 cell left blank (the notice says "
           f"names in Japanese get no translation): a whole entry with its own 序号, 颁证单位, 对应职称 and 所属系列, not "
           f"the rest of row 17. The plain reading is right: {n} rows, row 18's 译名 \"\". The body's "
           f"共收录国际职业资格{n}项 agrees.")
    checks = [("no row breaks", lambda m: not m.split_rows()),
              ("the blank-译名 row opens page 4", lambda m: m.rows_on(4)[0] == f"row {first_kj + 1}"
               and m.repeated_header(4))]
    return Doc("xinji-zhengchang", "辛集", "河北省", "0311", "辛人社字〔2025〕38号", "2025-09-03", "lo",
               "CONTROL: rows may not break (cantSplit on), header repeated: each page break falls between whole "
               "rows; the row opening the last page is a whole entry with its 译名 left blank",
               why, "目录按所属系列排列，日文名称的职业资格不另列译名。", es, cat, checks,
               word=Word(cant_split=True, pad=4), footer=FOOT_WORD_OF, control=True)


def d_zunhua() -> Doc:
    """CONTROL: 所属系列 merged per series, the clerk ending each merge at the page's end and typing it again."""
    used: set = set()
    plan = [("机械工程", 8), ("石油化工工程", 4), ("建设工程", 9), ("经济", 5)]
    ps = []
    for series, n in plan:
        ps += sel(f"zunhua-{series}", n, lambda p, s=series: p[2] != "DIHK" and p[4] == s, used)
    es = entries_of(ps, "cn_abbr")
    note = "注：“对应职称”为可比照认定的最高层级职称；所属系列为申请人可申报的职称系列（专业）。"
    cat = build_cat(es, std_cols((0.9, 4.6, 3.5, 3.6, 1.6, 1.4)), merge="所属系列",
                    runs=runs_of(es, "series", cut=ZUNHUA_CUT), tail=[("note", note)])
    n = len(es)
    runs = "; ".join(f"{x.text} {cat.rows[x.first].cells[0].text}-{cat.rows[x.last].cells[0].text}" for x in cat.merges)
    why = (f"CONTROL. A two-page notice; the catalog on pages 3-4: {n} entries, 序号 1-{n}. 所属系列 is merged down per "
           f"series, but the clerk ended the merge at the foot of page 3 and merged the series again at the top of page "
           f"4, so 建设工程 is printed twice and no merged cell spans the break ({runs}). Rows may not break; the header "
           f"repeats; the 注 row follows the last entry on page 4. The plain reading is right: each row's 所属系列 is the "
           f"text of the merged cell it sits in; the second 建设工程 is no new series or section; the 注 row is no "
           f"entry. The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("no merge spans a break", lambda m: all(len(m.merge_pages(k)) == 1 for k in range(len(m.d.cat.merges)))),
              ("建设工程 typed again on page 4", lambda m: m.rows_on(4)[0] == "row 20"),
              ("no row breaks", lambda m: not m.split_rows())]
    return Doc("zunhua-chongxin-hebing", "遵化", "河北省", "0315", "遵人社发〔2025〕15号", "2025-05-29", "lo",
               "CONTROL: 所属系列 merged per series, but each merge ends at the page's end and the series is typed "
               "again at the top of the next page; rows may not break; the 注 row on the page of the last rows",
               why, "目录按所属系列分组排列，同一系列的“所属系列”栏合并填写。", es, cat, checks,
               word=Word(cant_split=True, pad=9), control=True, merged_rule=True)


ZUNHUA_CUT: tuple = (19,)


def d_yuanping() -> Doc:
    """Chromium: rows break across pages (break-inside: auto), <thead> repeated on each page."""
    used: set = set()
    ps = sel("yuanping", 42, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济"}, used)
    es = entries_of(ps, "cn_full")
    cat = build_cat(es, std_cols((0.9, 4.4, 3.4, 4.2, 1.6, 1.7)))
    n, e = len(es), es[16]
    why = (f"A one-page notice printed by Chromium from a web page; the catalog on pages 2-4: {n} entries, 序号 1-{n}. "
           f"Rows may break (break-inside: auto); the header is a <thead>, which Chromium prints again at the top of each "
           f"page. 颁证单位 is the Chinese name with the English name in full-width brackets. Row 17 ({e.qual}) breaks: "
           f"its 颁证单位 ({e.body}) is cut inside the bracket, its rest printed under the repeated header on page 3 "
           f"beside empty cells; its other cells are whole on page 2. Pages 3 and 4 break between rows 33 and 34. The "
           f"truth has row 17 once, its 颁证单位 whole. The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("row 17 breaks in its 颁证单位", lambda m: m.split_rows() == ["row 17"]
               and m.cut_cells("row 17") == ["颁证单位"]),
              ("thead repeated", lambda m: m.table_pages() == [2, 3, 4] and m.repeated_header(3)
               and m.repeated_header(4)),
              ("pages 3 and 4 break between rows 33 and 34", lambda m: m.rows_on(3)[-1] == "row 33"
               and m.rows_on(4)[0] == "row 34")]
    return Doc("yuanping-kuaye", "原平", "山西省", "0350", "原人社发〔2025〕21号", "2025-06-24", "chromium",
               "Chromium print: rows may break (break-inside: auto), the <thead> repeated on every page; long cells "
               "cut by the break",
               why, "目录所列颁证单位以中文名称加英文名称标注。", es, cat, checks,
               footer=FOOT_WORD_OF, pad_mm=8, brief=True)


def d_mingguang() -> Doc:
    """Chromium: a position: fixed footer printed on every page over the table; no <thead>, rows may break."""
    used: set = set()
    ps = sel("mingguang", 30, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计"}, used)
    es = entries_of(ps, "cn_abbr")
    cat = build_cat(es, std_cols((0.9, 4.5, 3.6, 3.6, 1.7, 1.8)))
    n, e = len(es), es[20]
    why = (f"A two-page notice printed by Chromium from the bureau's web page; the catalog on pages 3-4: {n} entries, "
           f"序号 1-{n}. The page's footer bar (明光市人力资源和社会保障局 www.mingguang.gov.cn/rsj 打印本页, gray) is "
           f"position: fixed, so Chromium prints it at the foot of EVERY page over whatever is there. The header is the "
           f"first row of the table body (no <thead>): it is not repeated. Rows may break. At the foot of page 3 row 21 "
           f"({e.qual}) is cut inside its bracket and the fixed footer line is printed across the row; page 4 opens, "
           f"with no header, with the rest of the name in the 职业资格名称 column. The footer text is no part of any "
           f"cell; the truth has row 21 once, whole. The body's 共收录国际职业资格{n}项 agrees.")
    checks = [("row 21 breaks in its name", lambda m: m.split_rows() == ["row 21"]
               and m.cut_cells("row 21") == ["职业资格名称"]),
              ("the fixed footer over row 21", lambda m: "row 21" in m.gray_over(3)),
              ("no header on page 4", lambda m: m.table_pages() == [3, 4] and not m.repeated_header(4))]
    return Doc("mingguang-guding-yejiao", "明光", "安徽省", "0550", "明人社秘〔2025〕33号", "2025-10-15", "chromium",
               "Chromium print of a page whose footer is position: fixed: printed on every page OVER the table's "
               "rows; the header in the table body (not repeated); rows may break",
               why, "目录按所属系列排列。", es, cat, checks,
               thead=False, fixed_footer="明光市人力资源和社会保障局　www.mingguang.gov.cn/rsj　打印本页", pad_mm=3)


def d_dexing() -> Doc:
    """Chromium: 所属系列 rowspan over a run that spans the page break, its text cut in two; a 合计 row at the end."""
    used: set = set()
    plan = [("机械工程", 7), ("电子信息工程", 6), ("建设工程", 8), ("石油化工工程", 5), ("安全工程", 2)]
    ps = []
    for series, n in plan:
        ps += sel(f"dexing-{series}", n, lambda p, s=series: p[2] != "DIHK" and p[4] == s, used)
    es = entries_of(ps, "cn_abbr")
    cat = build_cat(es, std_cols((0.9, 4.7, 3.6, 3.7, 1.6, 0.9)), merge="所属系列", runs=runs_of(es, "series"),
                    tail=[("total", f"合计：{len(es)}项")])
    n = len(es)
    k = next(i for i, x in enumerate(cat.merges) if x.text == "石油化工工程")
    mk = cat.merges[k]
    runs = "; ".join(f"{x.text} {cat.rows[x.first].cells[0].text}-{cat.rows[x.last].cells[0].text}" for x in cat.merges)
    why = (f"A two-page notice printed by Chromium; the catalog on pages 3-4: {n} entries, 序号 1-{n}. 所属系列 is a "
           f"rowspan cell over each series' rows ({runs}), in a narrow column (two characters a line). Rows may break; "
           f"the <thead> repeats. The page break falls right after row {cat.rows[mk.first].cells[0].text}, the first of "
           f"the 石油化工工程 run: Chromium prints the rowspan cell's first two lines (石油化工) on page 3 and its last "
           f"(工程) on page 4, beside rows {int(cat.rows[mk.first].cells[0].text) + 1}-{cat.rows[mk.last].cells[0].text}. "
           f"Every row under a merged cell takes its whole text: rows {cat.rows[mk.first].cells[0].text}-"
           f"{cat.rows[mk.last].cells[0].text} are 石油化工工程. The table ends with a 合计：{n}项 row (no entry). The "
           f"body's 共收录国际职业资格{n}项 agrees.")
    checks = [("石油化工工程 cut in two", lambda m: m.merge_text_pages(k) == [3, 4]
               and m.rows_on(3)[-1] == f"row {cat.rows[mk.first].cells[0].text}"),
              ("no row breaks", lambda m: not m.split_rows() and m.repeated_header(4))]
    return Doc("dexing-hebing-kuaye", "德兴", "江西省", "0793", "德人社字〔2025〕7号", "2025-03-12", "chromium",
               "Chromium print: 所属系列 rowspan over each series; a run spans the page break and its text is cut in "
               "two (石油化工 | 工程); a 合计 row closes the table",
               why, "目录按所属系列分组排列，同一系列的“所属系列”栏合并填写。", es, cat, checks,
               twin="html", merged_rule=True, pad_mm=12)


def d_leping() -> Doc:
    """CONTROL (Chromium): rows may not break (break-inside: avoid), <thead> repeated; 所属系列 on every row."""
    used: set = set()
    ps = sel("leping", 28, lambda p: p[2] != "DIHK" and p[4] in ENGINEERING | {"经济", "会计"}, used)
    es = entries_of(ps, "cn_abbr")
    cat = build_cat(es, std_cols((0.9, 4.5, 3.6, 3.6, 1.7, 1.8)))
    n = len(es)
    why = (f"CONTROL. A two-page notice printed by Chromium; the catalog on pages 3-4: {n} entries, 序号 1-{n}, the six "
           f"usual columns, 所属系列 printed in every row. Rows may not break (break-inside: avoid) and the <thead> "
           f"repeats: the break falls between whole rows 21 and 22. The plain reading is right: {n} rows, none cut. The "
           f"body's 共收录国际职业资格{n}项 agrees.")
    checks = [("no row breaks", lambda m: not m.split_rows() and m.table_pages() == [3, 4] and m.repeated_header(4)),
              ("the break between rows 21 and 22", lambda m: m.rows_on(3)[-1] == "row 21")]
    return Doc("leping-zhengchang", "乐平", "江西省", "0798", "乐人社发〔2025〕19号", "2025-07-30", "chromium",
               "CONTROL: Chromium print with break-inside: avoid on rows and the <thead> repeated: every page break "
               "falls between whole rows",
               why, "目录按所属系列排列。", es, cat, checks,
               row_break="avoid", control=True)


BUILDERS: list[Callable[[], Doc]] = [d_qingzhou, d_qufu, d_xintai, d_sihui, d_yangchun, d_miluo, d_xiantao, d_xinji,
                                     d_zunhua, d_yuanping, d_mingguang, d_dexing, d_leping]


def twin_why(d: Doc, pdf: str) -> str:
    cat, n = d.cat, len(d.entries)
    runs = "; ".join(f"{x.text.split('（')[0]} {cat.rows[x.first].cells[0].text}-{cat.rows[x.last].cells[0].text}"
                     for x in cat.merges)
    if d.twin == "docx":
        how = (f"One w:tbl of {len(cat.rows) + 1} rows: the header row with w:tblHeader"
               f"{', every row with w:cantSplit' if d.word.cant_split else ', no w:cantSplit'}"
               + (f"; {cat.merges[0].label} merged down by w:vMerge ({runs})" if cat.merges else "") + ".")
        kind = "DOCX (python-docx)"
    else:
        how = (f"One <table>: the header in a <thead>, rows with break-inside: {d.row_break}"
               + (f", {cat.merges[0].label} as rowspan cells ({runs})" if cat.merges else "")
               + (", a closing 合计 row spanning the table" if any(r.kind == "total" for r in cat.rows) else "") + ".")
        kind = "HTML page"
    return (f"TWIN of {pdf}: the {kind} that PDF was printed from — the same notice and the same catalog, {n} entries, "
            f"序号 1-{n}, each cell whole. It has no pages of its own (breaks []; the PDF's truth gives the breaks). "
            f"{how} The truth rows are those of {pdf}; the body's 共收录国际职业资格{n}项 agrees.")


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
            files, line, m = render(d, sub)
            tr = truth_of(d, m)
            write_truth(d.stem, tr)
            made.append((d, files[0], line, tr))
            print(files[0], line, len(tr["rows"]), flush=True)
            for twin in files[1:]:
                tw = truth_of(d, None, twin_of=files[0])
                tw["why"] = twin_why(d, files[0])
                tw["producer"] = ("python-docx (the DOCX LibreOffice printed)" if twin.endswith(".docx") else
                                  "this script (the HTML page Chromium printed)")
                write_truth(Path(twin).stem, tw)
                made.append((d, twin, "DOCX (python-docx)" if twin.endswith(".docx") else "HTML page (the print page)",
                             tw))
                print(twin, flush=True)
    if not argv:
        write_readme(made)


def write_readme(made) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for d, fname, line, tr in made:
        twin = tr.get("twin_of", "")
        lines.append(f"  {fname}  [publish{', control' if d.control else ''}{', twin of ' + twin if twin else ''}]")
        lines.append(f"      {d.city} ({d.province}), {d.docno}, {d.date_iso}; {line}; {len(tr['rows'])} entries")
        if not twin:
            lines.append(f"      {d.what}")
            for page, what in tr["breaks"]:
                lines.append(f"        p.{page}: {what}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * Only "breaks" and "page_rows" are read back from the PDFs (pdfplumber: each page's ruling lines give the table's
    columns and rows, each printed row is matched to the catalog's rows, a fragment to its row); the script asserts
    that they are what each document means to show before writing them. A LibreOffice or Chromium of another version
    may paginate otherwise: then the script stops rather than write a truth that no longer describes the PDF.
  * A row broken across pages is ONE entry: its cells are the text of both fragments joined (a fragment at a page's
    top has no 序号 of its own). Repeated header rows, the 注 and 合计 rows and section rows are no entries.
  * Merged cells and section rows: THE RULE of unseen42 — every row under a merged cell takes the cell's whole text,
    wherever the producer printed it (on the first page only, 四会; cut in two, 仙桃 and 德兴); a section row sets
    所属系列 to its text without the list number (阳春: 二、经济系列 → 经济系列, also for the rows on the next page).
  * The page footers (— 2 —, 第 2 页 共 4 页) and 明光's fixed footer bar are no part of any cell.
  * 辛集's row 18 has an empty 译名 as the source holds it (""), not the text of another row.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
