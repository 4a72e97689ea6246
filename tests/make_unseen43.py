"""Regenerate tests/fixtures/unseen43: a blind probe round of catalogs printed as TEXT, not as a table.

    /work/main/.venv/bin/python tests/make_unseen43.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen43.py wuan guixi      # only these (by the stem's city part)

Sixteen notices of city bureaus (人社局): twelve publish a catalog (目录) of international professional
qualifications recognised as Chinese professional titles, 18 to 26 rows each, and four are controls. Cities no
earlier round used: 河北 武安, 霸州, 涿州, 三河; 河南 项城, 永城, 邓州, 长葛, 汝州; 江西 樟树, 贵溪, 高安; 湖北 枣阳, 宜都,
钟祥, 汉川. Formats: DOCX (python-docx), PDF printed by LibreOffice from the DOCX, PDF printed by headless Chromium
from a print page, a CMS article page (HTML).

What varies is how the catalog is printed WITHOUT a table (or with only part of one):
  - a numbered list, one qualification a paragraph: 1．name（译名），颁证单位颁发，可比照认定工程师。 under series
    sub-headings 一、工程系列 … (武安); the brief's pattern 1. Project Management Professional（PMP，项目管理专业人士），
    美国项目管理协会颁发，可比照认定经济师（经济系列）。 with no sub-headings (霸州);
  - a table typed with the space bar: a monospace block, header line, dashed line, columns padded by runs of spaces
    (涿州); lines of fields separated by TABs at tab stops, bold header line, no borders (三河);
  - a Word automatic list (w:numPr) whose numbers are not in the text: in a DOCX, one list running on under typed
    series headings (项城); printed by LibreOffice, one list per series restarting at （1） (永城);
  - HTML: <ol> lists under series sub-headings, each <li> labelling its fields (邓州); one <p> of <br> lines, the
    cells of a pasted table run together with single spaces (长葛);
  - per-series paragraphs listing several qualifications a sentence: in the BODY, each name with its own issuer in
    brackets, clauses ending 可比照认定<title> (汝州); with one issuer covering a run of names (X颁发的A、B、C，分别可比照
    认定t1、t2、t3；A、B（X）可比照认定t) (樟树);
  - half a table and half text: a bordered table whose last rows go on after a page break as tab-separated lines
    (贵溪); a table in 附件1 and its remaining rows as text lines in 附件2 titled …（续） (高安).
Four CONTROLS of the same family, where the plain reading is right: 枣阳 (a work notice naming qualifications as
examples, 如…PMP、…CFA、…ACCA、…CEng等: no catalog); 宜都 (an application notice whose body numbers the MATERIALS to
hand in, 1．… 8．: no catalog); 钟祥 (an ordinary table catalog whose body repeats three of its rows as text examples:
the table's rows, once each); 汉川 (per-series paragraphs naming specialties and the titles open to them, and
examples 如PMP、CFA、FRM、ACCA等: no catalog).

The question the round answers: does the reader ever publish such a notice with rows missing, or answer "no
catalog" (exit 0) for a notice that plainly holds one? 长葛 and 樟树 are "held-or-review": their rows can be read,
but only by judging boundaries a value does not mark (single spaces between cells; an issuer's scope over a run of
names; 分别). Every other catalog is "publish".

Every qualification and issuing body is real (the pool of tests/make_unseen36.py … make_unseen42.py, copied here).
Notices, 文号, people and phone numbers are invented (seeded random: regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx from the venv). DOCX by python-docx (zip dates and
core properties pinned; footers as Word PAGE / NUMPAGES fields; automatic lists as w:abstractNum / w:num in
numbering.xml and w:numPr on each paragraph), PDFs printed from the DOCX by LibreOffice headless (soffice
--convert-to pdf) or from a web page by headless Chromium (--print-to-pdf --disable-pdf-tagging, page numbers by CSS
@page margin boxes, a named landscape page for the typed table); PDF dates, /ID and uuids pinned, then qpdf
--deterministic-id; web pages written here as a government CMS article page. Apt packages: libreoffice-writer,
chromium, poppler-utils, qpdf, fonts-noto-cjk (Noto Sans Mono CJK SC for the monospace block).

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the column labels
the document prints: a header line's labels (涿州, 三河, 长葛, and the tables of 贵溪, 高安, 钟祥), the field labels of
each item (邓州), [] where no labels are printed), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列] …]
(the entries a steward would put in the catalog, in print order; values as printed; "" where the document gives
none; [] for no catalog), "notice": {doc_number, city, office, notice_title, issue_date, batch, catalog_title},
"expected" ("publish", "held-or-review" or "no-catalog"), "why", and for this round:
  "layout": how the catalog is printed (numbered_paragraphs, space_aligned_lines, tab_separated_lines,
      word_numbered_list, html_ol, br_lines_single_spaces, series_sentences, series_sentences_shared_issuer,
      table_then_lines, table_then_second_attachment_lines, table; "+series_headings" where sub-headings give the
      series; "none");
  "seq_source": where 序号 comes from: "text", "rendered (…)" (automatic numbering: the truth gives the number shown),
      "table", "none" (序号 "");
  "printed_as" and "printed_text": per row (aligned with rows), the kind of text that carries it (paragraph, line,
      list item, sentence clause, table row, text line) and that text as the script wrote it (a clause shared by
      several rows is repeated on each; a table row's cells joined by " | ", tab-separated lines by a tab);
  "stated_count": the count the body states (共收录国际职业资格N项, 共N项), null where none;
  "control": true for the four controls;
  and where they apply: "non_entry_lines" (header, rule and sub-heading lines of the catalog that are not entries),
  "ambiguous_rows" (长葛: [序号, why]; 樟树: [[names], why]), "name_rule" / "abbr_joined_rows" (霸州), "table_rows" /
  "text_rows" (贵溪, 高安), "tab_stops_cm" (三河, 贵溪), "column_widths" (涿州, in monospace cells), "numbering"
  (项城, 永城), "body_examples" (枣阳, 钟祥, 汉川), "numbered_list_in_body" (宜都), "series_paragraphs" (汉川).
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
OUT = ROOT / "tests" / "fixtures" / "unseen43"
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


# --- this round: catalogs printed as TEXT -------------------------------------------------------------------------

HJ, HN, JX, HB = "河北省", "河南省", "江西省", "湖北省"
CN_SMALL = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
FOOT_WORD_OF = "第 {PAGE} 页 共 {NUMPAGES} 页"
PAGER_ONE = ('<span class="t">共1页</span><span class="off">首页</span><span class="off">上一页</span><b>1</b>'
             '<span class="off">下一页</span><span class="off">尾页</span>')
MONO = "Noto Sans Mono CJK SC"
CC = ' class="c"'


@dataclass
class Entry:
    """One catalog entry: the six canonical values (the truth) and how the document prints it."""
    seq: str  # as printed ("" where nothing is printed); for automatic numbering, the number the list shows
    qual: str
    trans: str
    issuer: str
    title: str
    series: str
    printed_as: str = ""  # paragraph, list item, line, sentence clause, table row, text line
    text: str = ""  # the text printed for it (its paragraph / line / item / the clause it shares with others)

    def row(self) -> list[str]:
        return [self.seq, self.qual, self.trans, self.issuer, self.title, self.series]


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


def one(qual: str, used: set) -> tuple:
    """The pool row of this qualification (exactly one)."""
    got = [p for p in POOL if p[0] == qual]
    assert len(got) == 1, qual
    used.add((got[0][0], got[0][2]))
    return got[0]


def is_eng(p: tuple) -> bool:
    return p[4] in ENGINEERING


def of(series: str) -> Callable[[tuple], bool]:
    return lambda p: p[4] == series


def both(*preds: Callable[[tuple], bool]) -> Callable[[tuple], bool]:
    return lambda p: all(f(p) for f in preds)


def no_fw(p: tuple) -> bool:
    """No full-width bracket in the name itself (技術士（機械部門）, 日商簿記…): kept out of text catalogs whose
    fields are delimited by full-width brackets."""
    return "（" not in p[0] and "、" not in p[0]


def dw(s: str) -> int:
    """Display width in a CJK monospace font: wide and full-width characters count 2."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def est_pt(s: str, size: float) -> float:
    """A rough printed width (pt) of s at size as LibreOffice prints it here (Times New Roman falls back to the
    wider DejaVu Serif; 宋体 to Noto CJK, one em a character), generous rather than tight."""
    import unicodedata
    w = 0.0
    for ch in s:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            w += 1.0
        elif ch.isupper() or ch in "mw@%&":
            w += 0.82
        elif ch == " ":
            w += 0.33
        elif ch in ".,;:'!|()[]-/":
            w += 0.42
        else:
            w += 0.64
    return w * size


def xilie(series: str) -> str:
    return "工程系列" if series in ENGINEERING else f"{series}系列"


def split_abbr(qual: str) -> tuple[str, str] | None:
    """Chartered Engineer (CEng) → (Chartered Engineer, CEng); None where the name ends in no bracketed
    abbreviation (a bracket holding spaces is not one: (U.S. CPA), (LEED AP BD+C))."""
    m = re.fullmatch(r"(.*\S) \(([^()\s]+)\)", qual)
    return (m.group(1), m.group(2)) if m else None


# --- blocks: what a notice prints, in order, for Word and HTML alike ------------------------------------------------
# ("p", text) body paragraph, first line indented; ("p0", text) not indented; ("h", text) a heading (黑体);
# ("item", text) a catalog paragraph; ("num", text, group) a paragraph of an automatic list (Word w:numPr, HTML <ol>;
# one list per group); ("table", labels, rows, widths_cm); ("tabs", fields, header) a line of fields separated by tabs
# at the document's tab stops; ("pre", text) a preformatted block (monospace); ("br", lines) ONE paragraph whose lines
# are separated by line breaks; ("pb",) a page break before the next block; ("annex", label, title, landscape) an
# attachment begins (new page).


@dataclass
class Doc:
    stem: str
    city: str
    province: str
    area: str
    docno: str
    date_iso: str
    kind: str  # docx | lo | chromium | cms
    what: str
    why: str
    expected: str
    layout: str
    seq_source: str
    printed_header: list[str]
    entries: list[Entry]
    body: list[tuple]
    annex: list[tuple] = field(default_factory=list)
    attach: list[str] = field(default_factory=list)  # the 附件 lines under the body
    title: str = ""
    catalog_title: str = ""
    batch: str = "第一批"
    stated_count: int | None = None
    control: bool = False
    extra: dict = field(default_factory=dict)  # further truth keys
    word: Word = field(default_factory=Word)
    footer: str = "— {PAGE} —"
    cms: dict = field(default_factory=dict)
    item_size: float = 14
    tab_stops: list[float] = field(default_factory=list)  # cm, for "tabs" blocks
    tab_size: float = 10.5
    num_fmt: str = "%1."
    pre_size: float = 9
    addressee: str = "各乡（镇）人民政府、街道办事处，市直各有关单位："

    @property
    def office(self) -> str:
        return f"{self.city}市人力资源和社会保障局"

    @property
    def date_cn(self) -> str:
        y, m, d = (int(x) for x in self.date_iso.split("-"))
        return f"{y}年{m}月{d}日"

    @property
    def title_lines(self) -> list[str]:
        t = self.title
        if len(t) <= 20:
            return [t]
        k = t.find("国际职业资格")
        if 3 <= k <= len(t) - 6:
            return [t[:k], t[k:]]
        return [t[: len(t) // 2], t[len(t) // 2:]]

    @property
    def contact(self) -> str:
        rng = random.Random(f"unseen43-{self.stem}")
        return f"联系人：{person(rng)}，联系电话：{phone(rng, self.area)}"


def catalog_title(city: str, batch: str = "第一批") -> str:
    return f"{city}市国际职业资格比照认定职称目录（{batch}）"


def yinfa_body(city: str, province: str, ctitle: str, n: int | None, how: str) -> list[tuple]:
    """The body of a notice issuing (印发) a catalog as its attachment."""
    count = f"，共收录国际职业资格{n}项" if n else ""
    return [("p", f"根据{province}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，为畅通国际化专业技术人才"
                  f"职称评价渠道，我局研究制定了《{ctitle}》{count}，现印发给你们，请认真贯彻执行。现就有关事项通知如下："),
            ("p", f"一、在{city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在有效期内"
                  "的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。"),
            ("p", "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、主管部门初审后，"
                  "由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。"),
            ("p", f"三、{how}"),
            ("p", "四、各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。")]


# --- Word -------------------------------------------------------------------------------------------------------------

def add_lists(doc, groups: Sequence[str], fmt: str, lay: Word, size: float) -> dict[str, int]:
    """One automatic list (w:abstractNum + w:num) per group, each starting at 1: {group: numId}."""
    numbering = doc.part.numbering_part.element
    last_abs = numbering.findall(qn("w:abstractNum"))
    out = {}
    for i, g in enumerate(groups):
        aid, nid = 90 + i, 100 + i
        ab = OxmlElement("w:abstractNum")
        ab.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        ab.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        hang = int(size * 20 * (4 if fmt.startswith("（") else 2))
        ind.set(qn("w:left"), str(hang))
        ind.set(qn("w:hanging"), str(hang))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for k, v in (("ascii", lay.latin), ("hAnsi", lay.latin), ("eastAsia", lay.body_face)):
            rf.set(qn(f"w:{k}"), v)
        rpr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        lvl.append(rpr)
        ab.append(lvl)
        if last_abs:
            last_abs[-1].addnext(ab)
        else:
            numbering.insert(0, ab)
        last_abs = [ab]
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        num.append(an)
        numbering.append(num)
        out[g] = nid
    return out


def bottom_border(p, sz: int = 6) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", str(sz)), ("space", "1"), ("color", "000000")):
        b.set(qn(f"w:{k}"), v)
    bdr.append(b)
    anchor = None
    for tag in ("w:tabs", "w:spacing", "w:ind", "w:jc"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        ppr.append(bdr)


def word_table(doc, labels: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], lay: Word,
               size: float = 10.5) -> None:
    t = fixed_table(doc, widths)
    table_borders(t)
    centre = {i for i, lab in enumerate(labels) if lab in ("序号", "对应职称", "所属系列")}

    def new_row(header: bool = False):
        tr = t.add_row()
        trpr = tr._tr.get_or_add_trPr()
        if header:
            trpr.append(OxmlElement("w:tblHeader"))
        trpr.append(OxmlElement("w:cantSplit"))
        for c, cell in enumerate(tr.cells):
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        return tr

    head = new_row(True)
    for cell, lab in zip(head.cells, labels):
        cell_text(cell, lab, size, lay.hei_face, lay, C, bold=True)
        shade(cell, "D9D9D9")
    for r in rows:
        tr = new_row()
        for c, (cell, v) in enumerate(zip(tr.cells, r)):
            cell_text(cell, v, size, lay.table_face, lay, C if c in centre else L)


def word_blocks(doc, d: Doc, blocks: Sequence[tuple], lists: dict[str, int], in_annex: bool) -> None:
    lay = d.word
    pending_pb = False
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            pending_pb = True
            continue
        if kind == "annex":
            _, label, title, landscape = b
            if landscape:
                a4(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True)
                para(doc, label, 16, lay.hei_face, lay, L, exact=None, after=6)
            else:
                para(doc, label, 16, lay.hei_face, lay, L, exact=None, after=6, page_break=True)
            para(doc, title, 18, lay.title_face, lay, C, exact=None, before=6, after=12)
            continue
        if kind == "table":
            _, labels, rows, widths = b
            if pending_pb:
                para(doc, "", 10.5, lay.table_face, lay, exact=None, page_break=True)
                pending_pb = False
            word_table(doc, labels, rows, widths, lay)
            continue
        size = d.item_size if in_annex else 16
        if kind == "p":
            p = para(doc, b[1], 16, lay.body_face, lay, J, first=2, page_break=pending_pb)
        elif kind == "p0":
            p = para(doc, b[1], 16, lay.body_face, lay, J, page_break=pending_pb)
        elif kind == "h":
            p = para(doc, b[1], size, lay.hei_face, lay, J, first=0 if in_annex else 2, page_break=pending_pb,
                     exact=size * 1.7, before=4 if in_annex else 0)
        elif kind == "item":
            p = para(doc, b[1], size, lay.body_face, lay, J, first=2, page_break=pending_pb, exact=size * 1.65)
        elif kind == "num":
            p = para(doc, b[1], size, lay.body_face, lay, J, page_break=pending_pb, exact=size * 1.65)
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = lists[b[2]]
        elif kind == "tabs":
            _, fields, header = b
            p = para(doc, "\t".join(fields), d.tab_size, lay.hei_face if header else lay.table_face, lay, L,
                     bold=header, page_break=pending_pb, exact=d.tab_size * 1.75)
            for x in d.tab_stops:
                p.paragraph_format.tab_stops.add_tab_stop(Cm(x))
            if header:
                bottom_border(p)
        elif kind == "br":
            p = doc.add_paragraph()
            p.alignment = L
            f = p.paragraph_format
            f.space_before = f.space_after = Pt(0)
            f.page_break_before = pending_pb
            for i, line in enumerate(b[1]):
                if i:
                    r = p.add_run()
                    r.add_break()
                    font(r, size, lay.body_face, lay.latin)
                font(p.add_run(line), size, lay.body_face, lay.latin)
        elif kind == "pre":
            for line in b[1].split("\n"):
                p = para(doc, line, d.pre_size, MONO, lay, L, exact=d.pre_size * 1.5, page_break=pending_pb)
                for r in p.runs:
                    r.font.name = MONO
                    r._element.rPr.rFonts.set(qn("w:ascii"), MONO)
                    r._element.rPr.rFonts.set(qn("w:hAnsi"), MONO)
                    r._element.find(qn("w:t")).set(qn("xml:space"), "preserve")
                pending_pb = False
        else:
            raise KeyError(kind)
        pending_pb = False


def word_notice(d: Doc, path: Path) -> Path:
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
    groups = []
    for b in [*d.body, *d.annex]:
        if b[0] == "num" and b[2] not in groups:
            groups.append(b[2])
    lists = add_lists(doc, groups, d.num_fmt, lay, d.item_size) if groups else {}
    if lay.letterhead:
        para(doc, f"{d.office}文件", 36, lay.title_face, lay, C, color="FF0000", exact=None, before=12, after=24,
             scale=70)
    dp = para(doc, d.docno, 16, lay.body_face, lay, C, exact=None, after=4)
    if lay.letterhead:
        red_rule(dp)
    tl = d.title_lines
    for i, line in enumerate(tl):
        para(doc, line, 22, lay.title_face, lay, C, exact=35, before=30 if i == 0 else 0,
             after=20 if i == len(tl) - 1 else 0)
    para(doc, d.addressee, 16, lay.body_face, lay, J)
    word_blocks(doc, d, d.body, lists, in_annex=False)
    para(doc, d.contact + "。", 16, lay.body_face, lay, J, first=2)
    para(doc, "", 16, lay.body_face, lay)
    for i, line in enumerate(d.attach):
        if i == 0:
            para(doc, line, 16, lay.body_face, lay, J, first=2)
        else:
            p = para(doc, line, 16, lay.body_face, lay, J)
            p.paragraph_format.left_indent = Pt(16 * 5)
    if d.attach:
        para(doc, "", 16, lay.body_face, lay)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, d.office, 16, lay.body_face, lay, R, right=2)
    para(doc, d.date_cn, 16, lay.body_face, lay, R, right=4)
    word_blocks(doc, d, d.annex, lists, in_annex=True)
    page_footer(doc.sections[0], lay, d.footer)
    doc.save(str(path))
    pin_zip(path)
    return path


# --- HTML ---------------------------------------------------------------------------------------------------------

def html_table(labels: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> str:
    s = sum(widths)
    centre = {i for i, lab in enumerate(labels) if lab in ("序号", "对应职称", "所属系列")}
    out = ['<table class="cat"><colgroup>' + "".join(f'<col style="width:{w / s * 100:.1f}%">' for w in widths)
           + "</colgroup>", "<thead><tr>" + "".join(f"<th>{esc(x)}</th>" for x in labels) + "</tr></thead><tbody>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td{CC if c in centre else ''}>{esc(v)}</td>" for c, v in enumerate(r))
                   + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def html_blocks(d: Doc, blocks: Sequence[tuple], cms: bool) -> list[str]:
    e = html.escape
    out: list[str] = []
    pending_pb = False
    open_ol = None
    open_land = False
    for b in blocks:
        kind = b[0]
        if open_ol is not None and not (kind == "num" and b[2] == open_ol):
            out.append("</ol>")
            open_ol = None
        pb = ' style="break-before: page"' if pending_pb and not cms else ""
        if kind == "pb":
            pending_pb = True
            continue
        if kind == "annex":
            _, label, title, landscape = b
            if open_land:
                out.append("</div>")
                open_land = False
            if cms:
                out.append(f'<p class="annex">{e(label)}</p><h2>{e(title)}</h2>')
            else:
                cls = "land" if landscape else "pb"
                out.append(f'<div class="{cls}"><p class="annex">{e(label)}</p><h2 class="cat">{e(title)}</h2>')
                open_land = True
            pending_pb = False
            continue
        if kind == "p":
            out.append(f'<p class="i"{pb}>{e(b[1])}</p>')
        elif kind == "p0":
            out.append(f"<p{pb}>{e(b[1])}</p>")
        elif kind == "h":
            out.append(f'<p class="h"{pb}>{e(b[1])}</p>')
        elif kind == "item":
            out.append(f'<p class="it"{pb}>{e(b[1])}</p>')
        elif kind == "num":
            if open_ol is None:
                out.append(f'<ol class="cat"{pb}>')
                open_ol = b[2]
            out.append(f"<li>{e(b[1])}</li>")
        elif kind == "table":
            out.append(html_table(b[1], b[2], b[3]))
        elif kind == "tabs":
            out.append(f'<p class="tabs"{pb}>{e(chr(9).join(b[1]))}</p>')
        elif kind == "br":
            out.append(f'<p class="br"{pb}>' + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif kind == "pre":
            out.append(f'<pre class="mono"{pb}>{e(b[1])}</pre>')
        else:
            raise KeyError(kind)
        pending_pb = False
    if open_ol is not None:
        out.append("</ol>")
    if open_land:
        out.append("</div>")
    return out


def css_footer(template: str) -> str:
    parts = []
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", template):
        if piece == "{PAGE}":
            parts.append("counter(page)")
        elif piece == "{NUMPAGES}":
            parts.append("counter(pages)")
        elif piece:
            parts.append(json.dumps(piece, ensure_ascii=False))
    return " ".join(parts)


PRINT_EXTRA = """
p.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; text-indent: 0; }
p.h { font-family: "黑体", "Noto Sans CJK SC", sans-serif; text-indent: 2em; }
.land p.h, .pb p.h { text-indent: 0; font-size: 14pt; line-height: 24pt; margin-top: 2mm; }
p.it { font-size: 14pt; line-height: 23pt; text-indent: 2em; }
ol.cat { font-size: 14pt; line-height: 23pt; margin: 0; padding-left: 2.4em; }
p.br { font-size: 14pt; line-height: 23pt; }
pre.mono { font-family: "Noto Sans Mono CJK SC"; line-height: 1.55; margin: 0; }
.land { page: land; }
"""


def print_page(d: Doc) -> str:
    e = html.escape
    css = [PRINT_CSS, PRINT_EXTRA, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           "@page land { size: A4 landscape; margin: 20mm 18mm 22mm 18mm; }",
           f"pre.mono {{ font-size: {d.pre_size}pt; }}",
           f'@page {{ @bottom-center {{ content: {css_footer(d.footer)}; font: 12pt "Noto Serif CJK SC", serif; }} }}',
           f'@page land {{ @bottom-center {{ content: {css_footer(d.footer)}; font: 12pt "Noto Serif CJK SC", serif; }} }}']
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(d.title)}</title>'
           f"<style>{''.join(css)}</style></head><body>"]
    if d.word.letterhead:
        out.append(f'<div class="redhead"><span>{e(d.office)}文件</span></div>')
        out.append(f'<div class="docno rule">{e(d.docno)}</div>')
    else:
        out.append(f'<div class="docno">{e(d.docno)}</div>')
    out += ['<h1 class="title">' + "<br>".join(e(x) for x in d.title_lines) + "</h1>", f"<p>{e(d.addressee)}</p>"]
    out += html_blocks(d, d.body, cms=False)
    out.append(f'<p class="i">{e(d.contact)}。</p><p>&nbsp;</p>')
    for i, line in enumerate(d.attach):
        out.append(f'<p class="{"i" if i == 0 else "i5"}">{e(line)}</p>')
    out.append(f'<div class="sign"><p style="padding-right:2em">{e(d.office)}</p>'
               f'<p style="padding-right:4em">{e(d.date_cn)}</p></div>')
    out += html_blocks(d, d.annex, cms=False)
    out.append("</body></html>\n")
    return "\n".join(out)


CMS_EXTRA = """
.art p.annex { font-weight: bold; margin-top: 18px; }
.art p.h { font-weight: bold; text-indent: 2em; }
.art ol.cat { font-size: 16px; line-height: 2; margin: 0 0 4px 0; padding-left: 3em; }
.art p.br { font-size: 15px; line-height: 1.9; }
.art pre.mono { font-family: "Noto Sans Mono CJK SC"; font-size: 12px; line-height: 1.6; }
"""


def cms_page(d: Doc) -> str:
    e = html.escape
    c = d.cms
    y, m, dd = d.date_iso.split("-")
    published = f"{d.date_iso} {9 + int(dd) % 7:02d}:{int(dd) + 11:02d}"
    css = CMS_CSS.replace("__C__", c["color"]).replace("__D__", c["dark"]) + CMS_EXTRA
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
    out += html_blocks(d, d.body, cms=True)
    out.append(f'<p class="i">{e(d.contact)}。</p><p>&nbsp;</p>')
    for i, line in enumerate(d.attach):
        out.append(f'<p class="{"i" if i == 0 else "i5"}">{e(line)}</p>')
    out.append(f'<p>&nbsp;</p><p class="r">{e(d.office)}</p><p class="r">{e(d.date_cn)}</p><p>&nbsp;</p>')
    out += html_blocks(d, d.annex, cms=True)
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
        word_notice(d, OUT / f"{d.stem}.docx")
        return f"{d.stem}.docx", "DOCX (python-docx)" + (", 红头" if d.word.letterhead else "")
    if d.kind == "lo":
        src = word_notice(d, tmp / f"{d.stem}.docx")
        out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (LibreOffice from DOCX), {pages(out)} pages"
    if d.kind == "chromium":
        src = tmp / f"{d.stem}.html"
        src.write_text(print_page(d), encoding="utf-8")
        out = pack(chromium(src, tmp / f"{d.stem}.chromium.pdf"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (Chromium print of HTML), {pages(out)} pages"
    if d.kind == "cms":
        (OUT / f"{d.stem}.html").write_text(cms_page(d), encoding="utf-8")
        return f"{d.stem}.html", "HTML CMS page of the bureau's site"
    raise KeyError(d.kind)


def write_truth(d: Doc) -> dict:
    rows = [x.row() for x in d.entries]
    keys = [(r[1], r[3]) for r in rows]
    assert len(set(keys)) == len(keys), d.stem
    if d.expected != "no-catalog":
        assert 8 <= len(rows) <= 35, (d.stem, len(rows))
    if d.stated_count is not None:
        assert d.stated_count == len(rows), d.stem
    data = {"header": list(HEADER), "printed_header": d.printed_header, "rows": rows,
            "notice": {"doc_number": d.docno, "city": d.city, "office": d.office, "notice_title": d.title,
                       "issue_date": d.date_iso, "batch": d.batch, "catalog_title": d.catalog_title},
            "expected": d.expected, "why": d.why, "layout": d.layout, "seq_source": d.seq_source,
            "printed_as": [x.printed_as for x in d.entries], "printed_text": [x.text for x in d.entries],
            "stated_count": d.stated_count, "control": d.control, **d.extra}
    (OUT / f"{d.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return data


# --- the documents ------------------------------------------------------------------------------------------------

def series_plan(seed: str, plan: Sequence[tuple[str, Callable, int]], used: set,
                extra: Callable[[tuple], bool] = lambda p: True) -> list[tuple[str, list[tuple]]]:
    return [(label, sel(f"{seed}-{i}", n, both(pred, extra), used)) for i, (label, pred, n) in enumerate(plan)]


def d_wuan() -> Doc:
    """Numbered paragraphs (1．…) under series sub-headings, in the attachment of a Word document."""
    used: set = set()
    plan = [("工程系列", is_eng, 13), ("经济系列", of("经济"), 6), ("会计系列", of("会计"), 3), ("审计系列", of("审计"), 2)]
    entries, annex = [], []
    ct = catalog_title("武安")
    annex.append(("annex", "附件", ct, False))
    k = 0
    heads = []
    for i, (label, ps) in enumerate(series_plan("wuan", plan, used, no_fw)):
        h = f"{CN_SMALL[i]}、{label}"
        heads.append(h)
        annex.append(("h", h))
        for q, t, b, ti, se in ps:
            k += 1
            seq = f"{k}．"
            text = f"{seq}{q}（{t}），{issuer(b, 'cn_abbr')}颁发，可比照认定{ti}。"
            entries.append(Entry(seq, q, t, issuer(b, "cn_abbr"), ti, label, "paragraph", text))
            annex.append(("item", text))
    n = len(entries)
    return Doc("wuan-fenduan", "武安", HJ, "0310", "武人社发〔2025〕17号", "2025-04-15", "docx",
               f"numbered paragraphs 1．… {n}．, one qualification a paragraph, under series sub-headings (一、工程系列 …); "
               "no table",
               f"PUBLISH ALL {n}. The attachment prints no table: each qualification is one paragraph \"N．name（译名），"
               "颁证单位颁发，可比照认定对应职称。\", numbered 1．-" f"{n}． running on through four sub-headings "
               "(一、工程系列, 二、经济系列, 三、会计系列, 四、审计系列). Each paragraph gives name, 译名 (the bracket after the "
               "name), 颁证单位 (before 颁发) and 对应职称 (after 可比照认定); 所属系列 is the sub-heading above it, as printed "
               "without its list number (工程系列 …). 序号 kept as printed (1．, full-width stop). The body says 共收录国际"
               f"职业资格{n}项.",
               "publish", "numbered_paragraphs+series_headings", "text", [], entries,
               yinfa_body("武安", HJ, ct, n, "目录按职称系列分列，每项国际职业资格单列一段，列明颁证单位和可比照认定的职称。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"non_entry_lines": heads}, word=Word(letterhead=True))


def d_bazhou() -> Doc:
    """The brief's pattern: 1. Name（ABBR，译名），颁证单位颁发，可比照认定对应职称（所属系列）。 no sub-headings."""
    used: set = set()
    ok = both(no_fw, lambda p: "," not in p[0])
    ps = [*sel("bazhou-0", 13, both(is_eng, ok), used),
          *sel("bazhou-1", 8, both(of("经济"), ok), used, force=["Project Management Professional (PMP)"]),
          *sel("bazhou-2", 3, both(of("会计"), ok), used), *sel("bazhou-3", 2, both(of("翻译"), ok), used)]
    ct = catalog_title("霸州")
    entries, annex = [], [("annex", "附件", ct, False)]
    joined = []
    for k, (q, t, b, ti, se) in enumerate(ps, start=1):
        seq = f"{k}."
        sp = split_abbr(q)
        if sp:
            name = f"{sp[0]}（{sp[1]}）"
            joined.append(seq)
            head = f"{sp[0]}（{sp[1]}，{t}）"
        else:
            name = q
            head = f"{q}（{t}）"
        text = f"{seq} {head}，{issuer(b, 'cn')}颁发，可比照认定{ti}（{xilie(se)}）。"
        entries.append(Entry(seq, name, t, issuer(b, "cn"), ti, xilie(se), "paragraph", text))
        annex.append(("item", text))
    n = len(entries)
    pmp = next(x.text for x in entries if x.qual.startswith("Project Management Professional"))
    return Doc("bazhou-kuohao", "霸州", HJ, "0316", "霸人社发〔2025〕8号", "2025-03-06", "lo",
               f"numbered paragraphs 1. … {n}. in the pattern \"Name（ABBR，译名），颁证单位颁发，可比照认定经济师（经济系列）。\" "
               "(abbreviation and translation share one bracket); no sub-headings, no table",
               f"PUBLISH ALL {n}. The attachment is a numbered list of paragraphs, one qualification each, e.g. "
               f"\"{pmp}\". "
               "Where the name has an abbreviation, the abbreviation and the 译名 share the bracket after the name "
               "(（ABBR，译名）): the truth's 职业资格名称 is the name with its abbreviation in that bracket "
               "(Project Management Professional（PMP）) and the 译名 is the part after the comma; names without an "
               "abbreviation have the 译名 alone in the bracket (Heat Treating（热处理技师）) and names whose own bracket is "
               "not an abbreviation keep it (Certified Public Accountant (U.S. CPA)). 颁证单位 is the text before 颁发, "
               "对应职称 the text after 可比照认定, 所属系列 the closing bracket (工程系列, 经济系列, 会计系列, 翻译系列). 序号 as "
               f"printed (1. … {n}.). The body says 共收录国际职业资格{n}项.",
               "publish", "numbered_paragraphs", "text", [], entries,
               yinfa_body("霸州", HJ, ct, n, "目录每项列明国际职业资格名称（简称、译名）、颁证单位及可比照认定的职称和所属系列。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"name_rule": "where the bracket after a name holds 'ABBR，译名', 职业资格名称 = name + '（ABBR）' "
                                   "and 译名 = the part after the comma",
                      "abbr_joined_rows": joined},
               word=Word(letterhead=True), footer=FOOT_WORD_OF, item_size=12)


def spaced_table(labels: Sequence[str], rows: Sequence[Sequence[str]], gap: int = 3) -> tuple[str, list[int]]:
    """A table typed with the space bar: every column padded to its widest cell (CJK counted double) plus gap
    spaces; a dashed line under the header line."""
    widths = [max(dw(x) for x in col) for col in zip(labels, *rows)]

    def line(cells: Sequence[str]) -> str:
        out = ""
        for i, c in enumerate(cells):
            out += c if i == len(cells) - 1 else c + " " * (widths[i] - dw(c) + gap)
        return out.rstrip()

    total = sum(widths) + gap * (len(widths) - 1)
    return "\n".join([line(labels), "-" * total, *(line(r) for r in rows)]), widths


def d_zhuozhou() -> Doc:
    used: set = set()
    ok = lambda p: p[0].isascii() and len(p[0]) <= 44 and dw(p[1]) <= 30 and dw(B[p[2]][0]) <= 28  # noqa: E731
    ps = [p for _, g in series_plan("zhuozhou", [("", of("机械工程"), 6), ("", of("电子信息工程"), 4),
                                                ("", of("建设工程"), 4), ("", of("经济"), 4), ("", of("会计"), 2)],
                                    used, ok) for p in g]
    labels = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    entries, cells = [], []
    for k, (q, t, b, ti, se) in enumerate(ps, start=1):
        r = [str(k), q, t, issuer(b, "cn"), ti, se]
        cells.append(r)
        entries.append(Entry(str(k), q, t, issuer(b, "cn"), ti, se, "line", ""))
    pre, widths = spaced_table(labels, cells)
    lines = pre.split("\n")
    for x, ln in zip(entries, lines[2:]):
        x.text = ln
    total = max(dw(x) for x in lines)
    size = min(11.0, int(2 * 1600 / total) / 2)  # Chromium prints CSS pt at about 0.82 here: fits 261 mm
    n = len(entries)
    ct = catalog_title("涿州")
    return Doc("zhuozhou-kongge", "涿州", HJ, "0312", "涿人社发〔2025〕23号", "2025-06-12", "chromium",
               f"the catalog TYPED WITH THE SPACE BAR: a monospace block (landscape page) with a header line, a dashed "
               f"line and {n} lines whose columns are runs of spaces; no table",
               f"PUBLISH ALL {n}. The attachment is a preformatted (monospace) block on a landscape page: a header line "
               "序号 职业资格名称 译名 颁证单位 对应职称 所属系列, a line of dashes, then one line per qualification with "
               "the columns padded by runs of spaces (at least three between columns; names hold single spaces only). "
               "Every cell is filled; values are read between the runs of spaces, as printed. 序号 1-" f"{n}. The body "
               f"says 共收录国际职业资格{n}项.",
               "publish", "space_aligned_lines", "text", labels, entries,
               yinfa_body("涿州", HJ, ct, n, "目录各栏依次为序号、职业资格名称、译名、颁证单位、对应职称和所属系列。"),
               [("annex", "附件", ct, True), ("pre", pre)], [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct,
               stated_count=n, extra={"non_entry_lines": lines[:2], "column_widths": widths},
               word=Word(letterhead=True), pre_size=size)


def tab_layout(rows: Sequence[Sequence[str]], labels: Sequence[str], size: float, limit: float) -> list[float]:
    """Tab stops (cm) for lines of tab-separated fields: each column as wide as its widest text plus a gap."""
    widths = []
    for col in zip(labels, *rows):
        widths.append(max(est_pt(x, size) for x in col) / 28.35 + 0.55)
    assert sum(widths) <= limit, (sum(widths), limit, [round(w, 2) for w in widths])
    stops, x = [], 0.0
    for w in widths[:-1]:
        x += w
        stops.append(round(x, 2))
    return stops


def d_sanhe() -> Doc:
    used: set = set()
    ok = lambda p: len(p[0]) <= 40 and dw(B[p[2]][0]) <= 22 and dw(p[1]) <= 22  # noqa: E731
    ps = [p for _, g in series_plan("sanhe", [("", of("机械工程"), 5), ("", of("石油化工工程"), 3),
                                             ("", of("电子信息工程"), 2), ("", of("建设工程"), 4),
                                             ("", of("安全工程"), 1), ("", of("经济"), 5), ("", of("会计"), 2)],
                                    used, ok) for p in g]
    labels = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    entries, cells = [], []
    for k, (q, t, b, ti, se) in enumerate(ps, start=1):
        r = [str(k), q, t, issuer(b, "cn"), ti, se]
        cells.append(r)
        entries.append(Entry(str(k), q, t, issuer(b, "cn"), ti, se, "line", "\t".join(r)))
    stops = tab_layout(cells, labels, 9, 24.3)
    n = len(entries)
    ct = catalog_title("三河")
    annex = [("annex", "附件", ct, True), ("tabs", labels, True), *(("tabs", r, False) for r in cells)]
    return Doc("sanhe-zhibiao", "三河", HJ, "0316", "三人社发〔2025〕31号", "2025-07-21", "lo",
               f"the catalog as {n} lines of TAB-separated fields at tab stops (landscape attachment), a bold header "
               "line with a rule under it; no table, no borders",
               f"PUBLISH ALL {n}. The attachment (a landscape section) has no table: a bold header line 序号 职业资格名称 译名 "
               "颁证单位 对应职称 所属系列 with a rule under it, then one paragraph per qualification whose six fields are "
               "separated by tab characters aligned at tab stops (every field fits its column, so no line wraps). Every "
               f"field is filled; values as printed; 序号 1-{n}. The body says 共收录国际职业资格{n}项.",
               "publish", "tab_separated_lines", "text", labels, entries,
               yinfa_body("三河", HJ, ct, n, "目录各栏依次为序号、职业资格名称、译名、颁证单位、对应职称和所属系列。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"non_entry_lines": ["\t".join(labels)], "tab_stops_cm": stops},
               word=Word(letterhead=True), tab_stops=stops, tab_size=9)


def d_xiangcheng() -> Doc:
    """Word automatic numbering (w:numPr), one list running on under typed series headings: no number in the text."""
    used: set = set()
    plan = [("工程系列", is_eng, 10), ("经济系列", of("经济"), 6), ("会计系列", of("会计"), 4)]
    ct = catalog_title("项城")
    entries, annex, heads = [], [("annex", "附件", ct, False)], []
    k = 0
    for i, (label, ps) in enumerate(series_plan("xiangcheng", plan, used, no_fw)):
        h = f"{CN_SMALL[i]}、{label}"
        heads.append(h)
        annex.append(("h", h))
        for q, t, b, ti, se in ps:
            k += 1
            text = f"{q}（{t}），{issuer(b, 'cn_abbr')}颁发，可比照认定{ti}。"
            entries.append(Entry(f"{k}.", q, t, issuer(b, "cn_abbr"), ti, label, "list item (w:numPr)", text))
            annex.append(("num", text, "all"))
    n = len(entries)
    return Doc("xiangcheng-zidong", "项城", HN, "0394", "项人社〔2025〕12号", "2025-05-09", "docx",
               f"a Word AUTOMATIC list (w:numPr, one list running 1.-{n}. through three typed series headings): the "
               "numbers are not in the paragraph text",
               f"PUBLISH ALL {n}. Each qualification is a paragraph of a Word numbered list (w:numPr, lvlText \"%1.\"), "
               "so Word shows 1. … " f"{n}. but the paragraph text holds no number: \"name（译名），颁证单位颁发，可比照认定"
               "对应职称。\". The list runs on through the typed sub-headings 一、工程系列 二、经济系列 三、会计系列 (plain "
               "paragraphs, not list items), which give 所属系列 as printed without the list number. The truth's 序号 is "
               "the number Word shows (1. …); the text holds none (a reader that gives \"\" has not lost the entry). The "
               f"body says 共收录国际职业资格{n}项.",
               "publish", "word_numbered_list+series_headings", "rendered (w:numPr; not in the text)", [], entries,
               yinfa_body("项城", HN, ct, n, "目录按职称系列分列，每项国际职业资格单列一条，列明颁证单位和可比照认定的职称。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"non_entry_lines": heads, "numbering": "one w:num for the whole list, lvlText '%1.'"},
               word=Word(letterhead=False), footer=FOOT_WORD_OF)


def d_yongcheng() -> Doc:
    """Word automatic numbering restarting per series, printed by LibreOffice: the numbers reach the PDF."""
    used: set = set()
    plan = [("工程系列", is_eng, 11), ("经济系列", of("经济"), 7), ("会计系列", of("会计"), 3), ("翻译系列", of("翻译"), 2)]
    ct = catalog_title("永城")
    entries, annex, heads = [], [("annex", "附件", ct, False)], []
    for i, (label, ps) in enumerate(series_plan("yongcheng", plan, used, no_fw)):
        h = f"{CN_SMALL[i]}、{label}"
        heads.append(h)
        annex.append(("h", h))
        for k, (q, t, b, ti, se) in enumerate(ps, start=1):
            text = f"{q}（{t}），颁证单位：{issuer(b, 'cn')}，可比照认定{ti}。"
            entries.append(Entry(f"（{k}）", q, t, issuer(b, "cn"), ti, label, "list item (w:numPr)", text))
            annex.append(("num", text, label))
    n = len(entries)
    return Doc("yongcheng-zidong", "永城", HN, "0370", "永人社〔2025〕27号", "2025-08-05", "lo",
               "a Word AUTOMATIC list printed by LibreOffice: numbers （1） （2） … restarting under each series heading "
               "(一、工程系列 …); the numbers are in the PDF",
               f"PUBLISH ALL {n}. Each qualification is a paragraph of a Word numbered list (lvlText \"（%1）\", one list "
               "per series, each starting at 1), printed by LibreOffice, so the PDF shows （1）… before each paragraph "
               "\"name（译名），颁证单位：…，可比照认定对应职称。\". The numbering restarts under every typed sub-heading "
               "(一、工程系列 （1）-（11）, 二、经济系列 （1）-（7）, 三、会计系列 （1）-（3）, 四、翻译系列 （1）-（2）), so 序号 "
               "repeat in the file; 所属系列 is the sub-heading as printed without its number. The body says 共收录国际职业"
               f"资格{n}项.",
               "publish", "word_numbered_list+series_headings", "rendered (w:numPr; printed in the PDF)", [], entries,
               yinfa_body("永城", HN, ct, n, "目录按职称系列分列，各系列分别编号，每项列明颁证单位和可比照认定的职称。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"non_entry_lines": heads, "numbering": "one w:num per series (each its own w:abstractNum), "
                                                              "lvlText '（%1）'"},
               word=Word(letterhead=True), num_fmt="（%1）", item_size=12)


def d_dengzhou() -> Doc:
    """A CMS page: series sub-headings, each followed by an <ol> whose items label their fields."""
    used: set = set()
    plan = [("工程系列", is_eng, 10), ("经济系列", of("经济"), 6), ("会计系列", of("会计"), 3), ("审计系列", of("审计"), 2)]
    ct = catalog_title("邓州")
    entries, annex, heads = [], [("annex", "附件", ct, False)], []
    for i, (label, ps) in enumerate(series_plan("dengzhou", plan, used)):
        h = f"{CN_SMALL[i]}、{label}"
        heads.append(h)
        annex.append(("h", h))
        for k, (q, t, b, ti, se) in enumerate(ps, start=1):
            text = f"职业资格名称：{q}；译名：{t}；颁证单位：{issuer(b, 'cn')}；对应职称：{ti}"
            entries.append(Entry(f"{k}.", q, t, issuer(b, "cn"), ti, label, "list item (<ol><li>)", text))
            annex.append(("num", text, label))
    n = len(entries)
    return Doc("dengzhou-liebiao", "邓州", HN, "0377", "邓人社〔2025〕19号", "2025-06-30", "cms",
               "a CMS page: the catalog as HTML ordered lists (<ol>, one per series sub-heading), each <li> labelling "
               "its fields (职业资格名称：…；译名：…；颁证单位：…；对应职称：…)",
               f"PUBLISH ALL {n}. The web page prints the attachment inline: four sub-headings (一、工程系列 二、经济系列 "
               "三、会计系列 四、审计系列), each followed by an <ol> whose items read \"职业资格名称：…；译名：…；颁证单位："
               "…；对应职称：…\". 所属系列 is the sub-heading as printed without its number. The browser numbers each list "
               "from 1 (the numbers are not in the HTML text); the truth's 序号 is that rendered number (1. …), "
               "restarting per list. The body says 共收录国际职业资格" f"{n}项.",
               "publish", "html_ol+series_headings", "rendered (<ol>; not in the text)",
               ["职业资格名称", "译名", "颁证单位", "对应职称"], entries,
               yinfa_body("邓州", HN, ct, n, "目录按职称系列分列，每项列明职业资格名称、译名、颁证单位和对应职称。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"non_entry_lines": heads},
               cms=dict(color="#b3121b", dark="#8e0e15", icp="豫ICP备12018846号", code="4113810007",
                        english="Dengzhou Human Resources and Social Security Bureau", info="11411381MB0"))


def d_changge() -> Doc:
    """A CMS page whose catalog is one <p> of <br> lines, the cells of a pasted table run together by single spaces."""
    used: set = set()
    force = ["API 510 Pressure Vessel Inspector", "TOGAF 9 Certified", "Associate Software Developer Certification",
             "ITIL 4 Managing Professional", "NACE CIP2"]
    fixed = [one(q, used) for q in force]
    rest = sel("changge", 13, lambda p: p[4] in ("机械工程", "电子信息工程", "建设工程", "经济", "会计"), used)
    order = {s: i for i, s in enumerate(SERIES_ORDER)}
    ps = sorted(fixed + rest, key=lambda p: (order[p[4]], POOL.index(p)))
    labels = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    entries, lines, amb = [], [" ".join(labels)], []
    for k, (q, t, b, ti, se) in enumerate(ps, start=1):
        iss = issuer(b, "cn")
        line = " ".join([str(k), q, t, iss, ti, se])
        lines.append(line)
        entries.append(Entry(str(k), q, t, iss, ti, se, "line (<br>)", line))
        why = []
        if re.match(r"[A-Za-z0-9]", t):
            why.append("译名 begins with Latin letters, so the name / 译名 boundary is not visible")
        if " " in t or " " in iss:
            why.append("a space inside the 译名 or the 颁证单位, so the 译名 / 颁证单位 boundary is not certain")
        if why:
            amb.append([str(k), "; ".join(why)])
    n = len(entries)
    ct = catalog_title("长葛")
    amb_seq = "、".join(a[0] for a in amb)
    return Doc("changge-huanhang", "长葛", HN, "0374", "长人社〔2025〕33号", "2025-09-18", "cms",
               "a CMS page: the catalog as ONE paragraph of lines separated by <br>, the cells of a pasted table run "
               "together with single spaces (header line first)",
               f"HELD-OR-REVIEW. The web page prints the catalog as one <p> whose {n + 1} lines (a header line, then one "
               "line per qualification) are separated by <br>; the table's cells are joined by single spaces, the same "
               "space that separates words inside an English name. Most lines can still be split with care (the "
               "English name ends where the Chinese 译名 begins; 对应职称 and 所属系列 are short known values), but on "
               f"lines {amb_seq} a boundary is not visible: the 译名 begins with Latin letters (API 510 压力容器检验师, "
               "TOGAF 企业架构认证, ITIL 4 管理专家, NACE 二级涂装检验师) or the 颁证单位 / 译名 holds a space (IEEE 计算机"
               "协会, 英国 AXELOS 公司). The truth rows are the steward's reading (the values the bureau's table held); "
               "a careful steward would want a human to confirm those lines, so publishing without review is the risk. "
               f"The body says 共收录国际职业资格{n}项; {n} rows, 序号 1-{n}.",
               "held-or-review", "br_lines_single_spaces", "text", labels, entries,
               yinfa_body("长葛", HN, ct, n, "目录各栏依次为序号、职业资格名称、译名、颁证单位、对应职称和所属系列。"),
               [("annex", "附件", ct, False), ("br", lines)], [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct,
               stated_count=n, extra={"non_entry_lines": lines[:1], "ambiguous_rows": amb},
               cms=dict(color="#0d5aa7", dark="#0a4887", icp="豫ICP备13006271号", code="4110820004",
                        english="Changge Human Resources and Social Security Bureau", info="005378211"))


TITLE_ORDER = {"高级工程师": 0, "工程师": 1, "助理工程师": 2, "高级经济师": 0, "经济师": 1, "助理经济师": 2,
               "高级会计师": 0, "会计师": 1}


def d_ruzhou() -> Doc:
    """Per-series paragraphs IN THE BODY listing several qualifications in one sentence, each with its own issuer."""
    used: set = set()
    plan = [("工程系列", is_eng, 12), ("经济系列", of("经济"), 5), ("会计系列", of("会计"), 3)]
    entries, paras = [], []
    for i, (label, ps) in enumerate(series_plan("ruzhou", plan, used, no_fw)):
        titles = sorted({p[3] for p in ps}, key=lambda t: TITLE_ORDER[t])
        clauses = []
        for ti in titles:
            items = [p for p in ps if p[3] == ti]
            clause = "、".join(f"{q}（{issuer(b, 'cn')}）" for q, t, b, _, se in items) + f"可比照认定{ti}"
            clauses.append(clause)
            for q, t, b, _, se in items:
                entries.append(Entry("", q, "", issuer(b, "cn"), ti, label, "sentence clause", clause))
        paras.append(("p", f"（{CN_SMALL[i]}）{label}：" + "；".join(clauses) + "。"))
    n = len(entries)
    ct = catalog_title("汝州")
    body = [("p", f"为进一步畅通国际化专业技术人才职称评价渠道，根据{HN}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的"
                  f"有关规定，经研究，现将《{ct}》予以公布，共{n}项，并就有关事项通知如下："),
            ("p", "一、在汝州市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得下列国际职业资格且证书在有效期内的专业"
                  "技术人员，可按规定申请比照认定相应职称。"),
            ("p", "二、比照认定的国际职业资格及对应职称按职称系列列示如下（括号内为颁证单位）："), *paras,
            ("p", "三、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核公示、主管部门初审后，由市人力资源和社会保障局"
                  "复核认定。比照认定的职称与评审取得的职称具有同等效力。"),
            ("p", "四、各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。")]
    return Doc("ruzhou-fenxilie", "汝州", HN, "0375", "汝人社发〔2025〕16号", "2025-05-27", "chromium",
               "the catalog IN THE BODY as per-series paragraphs, several qualifications a sentence: （一）工程系列：A（颁证单位）、"
               "B（颁证单位）可比照认定高级工程师；… (no attachment, no 译名, no 序号)",
               f"PUBLISH ALL {n}. There is no attachment and no table: item 二 of the body lists the catalog as three "
               "paragraphs, one per series (（一）工程系列：… （二）经济系列：… （三）会计系列：…). Each paragraph is a run of "
               "clauses separated by ；, each clause a list of names separated by 、, every name followed by its own "
               "颁证单位 in full-width brackets, and the clause ending 可比照认定<title>. So each name's 颁证单位 and 对应职称 "
               "are certain (brackets in the names themselves are half-width: (CEng)); 所属系列 is the paragraph's label "
               "(工程系列 …). The document prints no 译名 and no 序号: both \"\". Rows in print order. The body says "
               f"共{n}项.",
               "publish", "series_sentences", "none", [], entries, body, [], [],
               f"关于公布{ct}的通知", ct, stated_count=n,
               word=Word(letterhead=True), footer="- {PAGE} -")


def d_zhangshu() -> Doc:
    """Per-series paragraphs where one issuer covers a run of names (…颁发的A、B、C，分别可比照认定…; A、B（X）…)."""
    used: set = set()
    q = lambda name: one(name, used)  # noqa: E731
    # (pattern, [pool rows], series label); patterns: fenbie = X颁发的A、B、C，分别可比照认定t1、t2、t3;
    # shared = X颁发的A、B，可比照认定t; trail = A、B（X）可比照认定t; single = A（X）可比照认定t
    plan = [
        ("工程系列", [("fenbie", [q("Certified Welding Inspector (CWI)"), q("Senior Certified Welding Inspector (SCWI)"),
                                q("Certified Welding Supervisor (CWS)")]),
                    ("shared", [q("International Welding Engineer (IWE)"),
                                q("International Welding Inspector - Comprehensive (IWI-C)")]),
                    ("trail", [q("Certified Quality Engineer (CQE)"), q("Certified Reliability Engineer (CRE)")]),
                    ("fenbie", [q("Chartered Member (MCIOB)"), q("Chartered Fellow (FCIOB)")]),
                    ("single", [q("Certified Safety Professional (CSP)")])]),
        ("经济系列", [("fenbie", [q("Project Management Professional (PMP)"),
                                q("Program Management Professional (PgMP)"),
                                q("Certified Associate in Project Management (CAPM)")]),
                    ("trail", [q("Certified Supply Chain Professional (CSCP)"),
                               q("Certified in Planning and Inventory Management (CPIM)")]),
                    ("single", [q("Chartered Financial Analyst (CFA)")])]),
        ("会计系列", [("fenbie", [q("Member (ACCA)"), q("Fellow (FCCA)")]),
                    ("single", [q("Associate Chartered Management Accountant (ACMA)")])]),
    ]
    entries, annex, amb = [], [], []
    ct = catalog_title("樟树")
    annex.append(("annex", "附件", ct, False))
    for i, (label, groups) in enumerate(plan):
        clauses = []
        for pat, ps in groups:
            bodies = {p[2] for p in ps}
            assert len(bodies) == 1
            iss = issuer(ps[0][2], "cn")
            names = "、".join(p[0] for p in ps)
            titles = [p[3] for p in ps]
            if pat == "fenbie":
                clause = f"{iss}颁发的{names}，分别可比照认定{'、'.join(titles)}"
            elif pat == "shared":
                assert len(set(titles)) == 1
                clause = f"{iss}颁发的{names}，可比照认定{titles[0]}"
            elif pat == "trail":
                assert len(set(titles)) == 1
                clause = f"{names}（{iss}）可比照认定{titles[0]}"
            else:
                clause = f"{ps[0][0]}（{iss}）可比照认定{titles[0]}"
            clauses.append(clause)
            for p in ps:
                entries.append(Entry("", p[0], "", iss, p[3], label, f"sentence clause ({pat})", clause))
            if pat == "trail":
                amb.append([[p[0] for p in ps], f"the bracket （{iss}） follows the last name only: read as the 颁证单位 "
                                                 "of every name in the run"])
            if pat == "fenbie":
                amb.append([[p[0] for p in ps], "分别: the titles are matched to the names in order"])
        annex.append(("item", f"{CN_SMALL[i]}、{label}：" + "；".join(clauses) + "。"))
    n = len(entries)
    return Doc("zhangshu-gongyong", "樟树", JX, "0795", "樟人社发〔2025〕10号", "2025-04-28", "docx",
               "per-series paragraphs where ONE issuer covers a run of names (X颁发的A、B、C，分别可比照认定t1、t2、t3；"
               "A、B（X）可比照认定t) — boundaries and scope to be judged",
               f"HELD-OR-REVIEW. The attachment prints three paragraphs (一、工程系列：… 二、经济系列：… 三、会计系列：…) "
               "listing the qualifications in clauses of four kinds: \"X颁发的A、B、C，分别可比照认定t1、t2、t3\" (the "
               "titles matched to the names in order), \"X颁发的A、B，可比照认定t\" (one issuer and title for both), "
               "\"A、B（X）可比照认定t\" (the bracketed issuer follows the LAST name only) and \"A（X）可比照认定t\". The truth "
               "rows are the steward's reading: the issuer of a 颁发的 clause and the bracket after a run belong to every "
               "name of the run (all real: the same body issues them), and 分别 pairs names and titles in order. Those "
               "readings rest on the clause's scope, not on a value printed beside each name, so a careful steward "
               f"would want a human to confirm before publishing. No 译名, no 序号 (\"\"). {n} rows in print order; the "
               f"body says 共收录国际职业资格{n}项.",
               "held-or-review", "series_sentences_shared_issuer", "none", [], entries,
               yinfa_body("樟树", JX, ct, n, "目录按职称系列分段列示，同一颁证单位颁发的国际职业资格合并表述。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"ambiguous_rows": amb}, word=Word(letterhead=True))


def d_guixi() -> Doc:
    """Half a table, half text: the table's last rows continued after a page break as tab-separated lines."""
    used: set = set()
    ok = lambda p: len(p[0]) <= 40 and dw(B[p[2]][0]) <= 22 and dw(p[1]) <= 22  # noqa: E731
    ps = [p for _, g in series_plan("guixi", [("", of("机械工程"), 6), ("", of("冶金工程"), 3),
                                             ("", of("电子信息工程"), 4), ("", of("建设工程"), 4),
                                             ("", of("经济"), 5), ("", of("会计"), 3)], used, ok) for p in g]
    labels = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    cells = [[str(k), q, t, issuer(b, "cn"), ti, se] for k, (q, t, b, ti, se) in enumerate(ps, start=1)]
    stops = tab_layout(cells, labels, 9, 24.0)
    widths = [stops[0], *[b - a for a, b in zip(stops, stops[1:])]]
    widths.append(round(24.0 - sum(widths), 2))
    split = 18
    entries = [Entry(r[0], *r[1:], "table row" if k < split else "text line (tabs)",
                     " | ".join(r) if k < split else "\t".join(r)) for k, r in enumerate(cells)]
    n = len(entries)
    ct = catalog_title("贵溪")
    annex = [("annex", "附件", ct, True), ("table", labels, cells[:split], widths), ("pb",),
             *(("tabs", r, False) for r in cells[split:])]
    return Doc("guixi-banbiao", "贵溪", JX, "0701", "贵人社发〔2025〕21号", "2025-07-03", "lo",
               f"HALF A TABLE, HALF TEXT: a bordered table with rows 1-{split} on one page, then after a page break "
               f"rows {split + 1}-{n} as tab-separated lines (no borders, no header) in the same column order",
               f"PUBLISH ALL {n}. The attachment (landscape) starts as a bordered table, header 序号 职业资格名称 译名 颁证单位 "
               f"对应职称 所属系列, rows 1-{split}; after a page break the catalog goes on as plain lines, no borders and no "
               f"header, each line the six fields of one row separated by tabs in the table's column order, 序号 "
               f"{split + 1}-{n} continuing the table's numbering. All {n} rows belong to the one catalog (the body "
               f"says 共收录国际职业资格{n}项): a reader that keeps the table only publishes {split} rows of {n}.",
               "publish", "table_then_lines", "text", labels, entries,
               yinfa_body("贵溪", JX, ct, n, "目录各栏依次为序号、职业资格名称、译名、颁证单位、对应职称和所属系列。"),
               annex, [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"table_rows": split, "text_rows": n - split, "tab_stops_cm": stops},
               word=Word(letterhead=True), tab_stops=stops, tab_size=9, footer=FOOT_WORD_OF)


def d_gaoan() -> Doc:
    """A CMS page: 附件1 a table (engineering), 附件2 (续) the other series as text lines, 序号 running on."""
    used: set = set()
    eng = [p for _, g in series_plan("gaoan", [("", of("机械工程"), 5), ("", of("电子信息工程"), 4),
                                              ("", of("建设工程"), 4), ("", of("医药工程"), 2)], used) for p in g]
    rest = [p for _, g in series_plan("gaoan-2", [("", of("经济"), 5), ("", of("会计"), 3), ("", of("统计"), 1)],
                                      used, no_fw) for p in g]
    labels = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    entries, cells, lines = [], [], []
    for k, (q, t, b, ti, se) in enumerate(eng + rest, start=1):
        r = [str(k), q, t, issuer(b, "cn"), ti, se]
        if k <= len(eng):
            cells.append(r)
            entries.append(Entry(str(k), q, t, r[3], ti, se, "table row (附件1)", " | ".join(r)))
        else:
            line = f"{k}．{q}，{t}，{r[3]}，{ti}，{se}"
            lines.append(line)
            entries.append(Entry(f"{k}．", q, t, r[3], ti, se, "text line (附件2)", line))
    n = len(entries)
    ct = catalog_title("高安")
    ct2 = f"{ct}（续）"
    annex = [("annex", "附件1", ct, False), ("table", labels, cells, [7, 27, 20, 24, 10, 12]),
             ("annex", "附件2", ct2, False),
             ("p0", "（续附件1，各项依次为职业资格名称、译名、颁证单位、对应职称、所属系列）"), *(("p0", x) for x in lines)]
    return Doc("gaoan-xufujian", "高安", JX, "0795", "高人社发〔2025〕26号", "2025-08-19", "cms",
               f"TWO ATTACHMENTS: 附件1 a table (rows 1-{len(eng)}), 附件2 \"…目录（续）\" the remaining rows as text lines "
               f"{len(eng) + 1}．name，译名，颁证单位，对应职称，所属系列 (序号 running on)",
               f"PUBLISH ALL {n}. The web page carries the catalog in two attachments: 附件1 is a table (header 序号 职业"
               f"资格名称 译名 颁证单位 对应职称 所属系列) with the engineering rows 1-{len(eng)}; 附件2, titled with the same "
               "catalog name plus （续）, says it continues 附件1 and gives the field order, then prints the remaining "
               f"rows as one paragraph each, \"{len(eng) + 1}．name，译名，颁证单位，对应职称，所属系列\" (fields separated "
               "by full-width commas; commas inside names are half-width), 序号 running on "
               f"{len(eng) + 1}．-{n}． (printed with a full-width stop). One catalog of {n} rows (the body says "
               f"共收录国际职业资格{n}项); a reader that takes 附件1 alone loses {n - len(eng)} rows.",
               "publish", "table_then_second_attachment_lines", "text", labels, entries,
               yinfa_body("高安", JX, ct, n, "目录分两个附件印发，附件2为附件1的续表，序号连续编排。"),
               annex, [f"附件：1．{ct}", f"2．{ct2}"], f"关于印发《{ct}》的通知", ct, stated_count=n,
               extra={"table_rows": len(eng), "text_rows": n - len(eng), "non_entry_lines": [annex[3][1]]},
               cms=dict(color="#1d6b3a", dark="#16552e", icp="赣ICP备10003517号", code="3609830009",
                        english="Gao'an Human Resources and Social Security Bureau", info="014452309"))


# --- controls ---------------------------------------------------------------------------------------------------------

def d_zaoyang() -> Doc:
    """CONTROL: a work notice naming a few qualifications as examples (如PMP、CFA、ACCA等); no catalog."""
    title = "关于开展2025年度国际职业资格比照认定职称工作的通知"
    examples = ["PMP", "CFA", "ACCA", "CEng"]
    body = [("p", f"根据{HB}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，为做好我市2025年度国际职业资格比照"
                  "认定职称工作，现将有关事项通知如下："),
            ("p", "一、认定范围"),
            ("p", "在我市企业、社会组织等用人单位从事专业技术工作，取得《湖北省国际职业资格比照认定职称目录》所列国际职业资格（如"
                  "项目管理专业人士PMP、特许金融分析师CFA、特许公认会计师ACCA、特许工程师CEng等）且证书在有效期内的专业技术人员，"
                  "可申请比照认定相应职称。目录未列入的国际职业资格，不予比照认定。"),
            ("p", "二、认定条件"),
            ("p", "（一）遵守国家宪法和法律法规，具有良好的职业道德；"),
            ("p", "（二）所从事的专业技术工作与所持国际职业资格的专业领域一致；"),
            ("p", "（三）比照认定中级及以上职称的，须在本单位从事相关专业技术工作满1年。"),
            ("p", "三、申报时间"),
            ("p", "2025年6月1日至6月30日。申请人通过省专业技术人才职称申报评审系统提交申请，逾期不予受理。"),
            ("p", "四、工作要求"),
            ("p", "各用人单位要认真审核申请人所持证书的真实性和有效性，对弄虚作假的，一经查实，撤销其比照认定的职称，并记入诚信档案。")]
    return Doc("zaoyang-liju", "枣阳", HB, "0710", "枣人社发〔2025〕14号", "2025-05-20", "docx",
               "CONTROL: a yearly work notice whose body names a few qualifications as EXAMPLES in one sentence "
               "(如项目管理专业人士PMP、特许金融分析师CFA、特许公认会计师ACCA、特许工程师CEng等); it refers to the province's "
               "catalog and prints none",
               "NO CATALOG. A notice organising this year's applications. Its only mention of qualifications is a "
               "bracket of examples in the paragraph on scope (如项目管理专业人士PMP、特许金融分析师CFA、特许公认会计师ACCA、"
               "特许工程师CEng等), with no issuing body and no title for any; the qualifications that count are those of "
               "the province's catalog (《湖北省国际职业资格比照认定职称目录》), which this notice neither prints nor "
               "attaches. There is no attachment. Nothing to publish.",
               "no-catalog", "none", "none", [], [], body, [], [], title, "", batch="",
               control=True, extra={"body_examples": examples}, word=Word(letterhead=True))


def d_yidu() -> Doc:
    """CONTROL: a 申报 notice whose body lists the required materials as a numbered list."""
    title = "关于做好2025年度国际职业资格比照认定职称申报工作的通知"
    materials = ["《国际职业资格比照认定职称申请表》一式两份；",
                 "本人有效身份证件复印件；",
                 "国际职业资格证书原件及复印件，外文证书须附具有资质的翻译机构出具的中文翻译件；",
                 "颁证单位出具的证书有效期证明或在线查询截图；",
                 "与用人单位签订的劳动合同（聘用合同）复印件；",
                 "近一年在本单位缴纳社会保险的证明；",
                 "本人近三年专业技术工作总结（不少于1500字）；",
                 "用人单位出具的公示结果证明。"]
    body = [("p", f"根据{HB}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，现就做好我市2025年度国际职业资格比照"
                  "认定职称申报工作有关事项通知如下："),
            ("p", "一、申报对象"),
            ("p", "在我市企业、社会组织等用人单位从事专业技术工作，取得《湖北省国际职业资格比照认定职称目录》所列国际职业资格且证书在"
                  "有效期内的专业技术人员。"),
            ("p", "二、申报材料"),
            *(("p", f"{k}．{m}") for k, m in enumerate(materials, start=1)),
            ("p", "三、申报程序"),
            ("p", "（一）个人申请。申请人登录省专业技术人才职称申报评审系统填报信息并上传材料。"),
            ("p", "（二）单位审核。用人单位对申请材料进行审核，并在单位内部公示不少于5个工作日。"),
            ("p", "（三）复核认定。市人力资源和社会保障局对材料进行复核，符合条件的予以认定并发文公布。"),
            ("p", "四、时间安排"),
            ("p", "申报时间为2025年7月1日至7月31日，逾期不予受理。")]
    return Doc("yidu-cailiao", "宜都", HB, "0717", "宜都人社发〔2025〕22号", "2025-06-16", "chromium",
               f"CONTROL: an application (申报) notice whose body lists the {len(materials)} required MATERIALS as a "
               "numbered list 1．… 8．; no catalog",
               f"NO CATALOG. The body's item 二、申报材料 is a numbered list of {len(materials)} paragraphs (1．《国际职业资格"
               "比照认定职称申请表》一式两份； … 8．用人单位出具的公示结果证明。): documents to hand in, not qualifications; "
               "the qualifications that count are those of the province's catalog, which the notice names but neither "
               "prints nor attaches. Nothing to publish.",
               "no-catalog", "none", "none", [], [], body, [], [], title, "", batch="", control=True,
               extra={"numbered_list_in_body": [f"{k}．{m}" for k, m in enumerate(materials, start=1)]},
               word=Word(letterhead=True))


def d_zhongxiang() -> Doc:
    """CONTROL: a normal table catalog; the body repeats three of its rows as text examples."""
    used: set = set()
    force = ["Chartered Engineer (CEng)", "Project Management Professional (PMP)", "Member (ACCA)"]
    fixed = [one(q, used) for q in force]
    ps = [p for _, g in series_plan("zhongxiang", [("", is_eng, 10), ("", of("经济"), 5), ("", of("会计"), 2)],
                                    used, lambda p: p[2] not in ("IMECHE", "PMI", "ACCA")) for p in g]
    order = {s: i for i, s in enumerate(SERIES_ORDER)}
    ps = sorted(ps + fixed, key=lambda p: (order[p[4]], POOL.index(p)))
    labels = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    cells = [[str(k), q, t, issuer(b, "cn_abbr"), ti, se] for k, (q, t, b, ti, se) in enumerate(ps, start=1)]
    entries = [Entry(*r, "table row", " | ".join(r)) for r in cells]
    n = len(entries)
    ct = catalog_title("钟祥")
    ex = [p for p in ps if p[0] in force]
    ex_text = "；".join(f"取得{issuer(b, 'cn')}颁发的{q}（{t}）的，可比照认定{ti}" for q, t, b, ti, se in ex)
    body = yinfa_body("钟祥", HB, ct, n, "申请人按所持国际职业资格对照目录申请比照认定相应职称。例如：" + ex_text
                      + "。目录未列入的国际职业资格，不予比照认定。")
    return Doc("zhongxiang-biaoge", "钟祥", HB, "0724", "钟人社发〔2025〕29号", "2025-09-09", "lo",
               f"CONTROL: a normal TABLE catalog ({n} rows) whose body repeats three of its rows as text examples "
               "(例如：取得…颁发的…的，可比照认定…)",
               f"PUBLISH ALL {n} (the table's rows, each once). The attachment is an ordinary bordered table, 序号 1-{n}. "
               "Item 三 of the body gives three examples in running text (取得英国机械工程师学会颁发的Chartered Engineer "
               "(CEng)（特许机械工程师）的，可比照认定工程师； …PMP…经济师； …Member (ACCA)…会计师): the same three "
               "qualifications are rows of the table. They are not further entries: the catalog is the table, "
               f"{n} rows, as the body's 共收录国际职业资格{n}项 says.",
               "publish", "table", "table", labels, entries, body,
               [("annex", "附件", ct, True), ("table", labels, cells, [1.3, 7.2, 4.8, 5.6, 2.4, 2.6])],
               [f"附件：{ct}"], f"关于印发《{ct}》的通知", ct, stated_count=n, control=True,
               extra={"body_examples": [[q, issuer(b, "cn"), ti] for q, t, b, ti, se in ex]},
               word=Word(letterhead=True))


def d_hanchuan() -> Doc:
    """CONTROL: per-series paragraphs naming SPECIALTIES and levels (not qualifications), and examples; no catalog."""
    title = "关于开展国际职业资格比照认定职称工作的通知"
    series = [("工程系列", "机械工程、电子信息工程、建设工程、安全工程等专业", "助理工程师、工程师、高级工程师"),
              ("经济系列", "金融、人力资源管理、工商管理等专业", "助理经济师、经济师、高级经济师"),
              ("会计系列", "会计、财务管理等专业", "助理会计师、会计师、高级会计师"),
              ("翻译系列", "英语、日语、德语等语种", "三级翻译、二级翻译、一级翻译")]
    paras = [("p", f"（{CN_SMALL[i]}）{s}：{sp}，可比照认定{lv}。") for i, (s, sp, lv) in enumerate(series)]
    body = [("p", f"为贯彻落实{HB}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的部署，现就我市开展国际职业资格比照认定职称"
                  "工作有关事项通知如下："),
            ("p", "一、适用范围。在我市企业、社会组织等用人单位从事专业技术工作，取得国际职业资格（如PMP、CFA、FRM、ACCA等）的专业"
                  "技术人员，可按规定申请比照认定职称。具体国际职业资格名称、颁证单位及对应职称，以省人力资源和社会保障厅公布的"
                  "《湖北省国际职业资格比照认定职称目录》为准。"),
            ("p", "二、开放系列。本年度开展比照认定的职称系列（专业）如下："), *paras,
            ("p", "三、认定程序。申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核公示、主管部门初审后，由市人力资源"
                  "和社会保障局复核认定。"),
            ("p", "四、其他事项。比照认定的职称与评审取得的职称具有同等效力。各单位在执行中遇到的问题，请及时向市人力资源和社会保障局"
                  "反映。")]
    return Doc("hanchuan-xilie", "汉川", HB, "0712", "汉川人社发〔2025〕9号", "2025-03-25", "cms",
               "CONTROL: a work notice with per-series paragraphs （一）工程系列：机械工程、电子信息工程…专业，可比照认定助理工程师、"
               "工程师、高级工程师 (specialties and levels, NOT qualifications) and examples 如PMP、CFA、FRM、ACCA等; "
               "no catalog",
               "NO CATALOG. The notice opens the scheme in the city: item 二 lists four paragraphs by series (（一）工程"
               "系列 … （四）翻译系列) that look like per-series catalog sentences but name specialties / languages and the "
               "titles open to them, not qualifications and not issuing bodies; item 一 names PMP, CFA, FRM, ACCA as "
               "examples and sends the reader to the province's catalog, which is neither printed nor attached. No "
               "attachment. Nothing to publish.",
               "no-catalog", "none", "none", [], [], body, [], [], title, "", batch="", control=True,
               extra={"body_examples": ["PMP", "CFA", "FRM", "ACCA"],
                      "series_paragraphs": [p[1] for p in paras]},
               cms=dict(color="#a31d24", dark="#7f161c", icp="鄂ICP备11009472号", code="4209840005",
                        english="Hanchuan Human Resources and Social Security Bureau", info="011209845"))


BUILDERS: list[Callable[[], Doc]] = [d_wuan, d_bazhou, d_zhuozhou, d_sanhe, d_xiangcheng, d_yongcheng, d_dengzhou,
                                     d_changge, d_ruzhou, d_zhangshu, d_guixi, d_gaoan, d_zaoyang, d_yidu,
                                     d_zhongxiang, d_hanchuan]


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
            tr = write_truth(d)
            made.append((d, fname, line, tr))
            print(fname, line, len(tr["rows"]), flush=True)
    if not argv:
        write_readme(made)


def write_readme(made) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for d, fname, line, tr in made:
        lines.append(f"  {fname}  [{d.expected}{', control' if d.control else ''}]")
        lines.append(f"      {d.city} ({d.province}), {d.docno}, {d.date_iso}; {line}; {len(tr['rows'])} rows; "
                     f"layout {d.layout}; 序号 {d.seq_source}")
        lines.append(f"      {d.what}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * 序号: as printed, with its stop (1． full-width in 武安 and 高安's 附件2, 1. in 霸州); "" where nothing is printed
    (汝州, 樟树). For automatic numbering (项城 DOCX w:numPr, 邓州 <ol>) the truth gives the number Word / the browser
    shows (1. …); the text itself holds none, so "" from a reader is not a lost entry. 永城's numbering is automatic
    too but printed by LibreOffice, so （1） … are in the PDF; they restart per series, as 邓州's do.
  * 所属系列 from a sub-heading (武安, 项城, 永城, 邓州) or a paragraph label (汝州, 樟树) is its text without the list
    number (一、工程系列 → 工程系列), as tests/make_unseen42.py's RULE has it.
  * 霸州: the brief's pattern Name（ABBR，译名）; the truth's name is Name（ABBR） (full-width brackets, as the text
    prints them), see its "name_rule"; Name (ABBR) with half-width brackets would be the same qualification.
  * Counts stated in the body (共收录国际职业资格N项 / 共N项) agree with the rows in every catalog notice.
  * batch is 第一批 for every catalog; "" for the three notices without one.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
