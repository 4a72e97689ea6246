"""Regenerate tests/fixtures/unseen40: a blind probe round of a city's batches over the years, in one folder.

    /work/main/.venv/bin/python tests/make_unseen40.py                # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen40.py renqiu         # only this city's notices (README kept)

Two county-level cities of 河北 no earlier round used, 任丘 (沧州) and 迁安 (唐山), each publishing its catalog (目录) of
international professional qualifications recognised as Chinese professional titles in three batches (第一批, 第二批,
第三批) issued in different years, all in ONE folder, to be loaded together in one run. Each entry is in force or not
once ALL the notices are loaded: a later notice of the same city listing the same qualification again supersedes the
earlier listing (the later title counts); a later row whose 备注 says 停止认定 ends it (and is itself a record of the
withdrawal, not an entry); a later notice whose body repeals the earlier catalogs whole ends every earlier entry of
that city. Entries a later batch simply does not repeat stay in force; one city's notices never touch the other's.

任丘 (city A):
  第一批 (2022): 15 rows, 序号 1-15.
  第二批 (2023): 序号 continue: 16-27 twelve new rows; 28-30 three 第一批 qualifications RE-LISTED with a higher title
      (助理工程师 → 工程师, 助理工程师 → 工程师, 助理经济师 → 经济师); 31 a 第一批 qualification with 备注 停止认定.
      Printed in TWO renderings of the same notice (same 文号): a DOCX and the bureau's CMS web page.
  第三批 (2025): body says 本目录印发后，第一批、第二批目录同时废止，以本目录为准; a whole new catalog of 20 rows
      (some 第一批 / 第二批 qualifications again, some not, most new). So every 第一批 and 第二批 row is out of force.
迁安 (city B):
  第一批 (2023): 18 rows; 第二批 (2024): 10 new rows, 序号 restarting at 1, nothing re-listed, body says 第一批目录继续执行;
  第三批 (2025): 8 new rows and ONE 第一批 qualification repeated with the SAME title (a plain re-listing); its body says
      it is carried out together with the earlier batches (no repeal). Only that one 第一批 row goes out of force.
  迁安's 第一批 also lists qualifications that 任丘 withdrew, re-listed or repealed: they stay in force for 迁安.

Every qualification and issuing body is real (the pool of tests/make_unseen36.py … make_unseen39.py, copied here).
Notices, 文号, people and phone numbers are invented; the title raises of 任丘's 第二批 are invented (seeded random:
regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx from the venv). DOCX by python-docx (zip dates and
core properties pinned; footers as Word PAGE / NUMPAGES fields), PDFs printed from the DOCX by LibreOffice headless
(soffice --convert-to pdf) or from a web page by headless Chromium (--print-to-pdf --disable-pdf-tagging, page numbers
by CSS @page margin boxes); PDF dates, /ID and uuids pinned, then qpdf --deterministic-id; web pages written here as
a government CMS article page. Apt packages: libreoffice-writer, chromium, poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the table's labels
as printed; 任丘 第二批 has a 7th column 备注), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列] …] (in
print order, as printed, canonical column order), "remarks" {序号: 备注} (where a 备注 cell is filled), "notice":
{doc_number, city, office, notice_title, issue_date, batch, catalog_title}, "in_force" {序号: true|false} for every
row of the file once ALL files of the folder are loaded together, "superseded_because" {序号: why} for each false,
"same_notice_as" (the other rendering of the same notice, if any), "why"}. in_force is computed by this script from
its own data model (the six notices, their rows, their repeal clauses), never typed by hand nor read back from the
documents. A qualification is the same one when 职业资格名称 and 颁证单位 are (within one city).
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
OUT = ROOT / "tests" / "fixtures" / "unseen40"
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




# --- a notice in several parts --------------------------------------------------------------------------------------

W_CM = {"seq": 2.0, "qual": 4.6, "trans": 3.5, "issuer": 4.1, "title": 2.4, "series": 2.4}  # Word, scaled to 15.6
W_PR = {"seq": 1.6, "qual": 4.9, "trans": 3.7, "issuer": 4.6, "title": 2.35, "series": 2.45}  # Chromium print
W_CMS = {"seq": 7, "qual": 27, "trans": 20, "issuer": 25, "title": 10, "series": 13}  # CMS page
SIX = [("序号", "seq"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"), ("对应职称", "title"),
       ("所属系列", "series")]
HENAN, HUBEI, ANHUI, ZHEJIANG = "河南省", "湖北省", "安徽省", "浙江省"


@dataclass
class Part:
    """One printed catalog part: the blocks over its table (("label", 附件1), ("title", …目录（工程类）), ("sub",
    一、工程系列), ("line", （共20项）)), its columns, its rows; chunks: the table hand-set in pieces, one a page, 续表
    over each continuation and （未完，续下页） under each piece but the last; total: a 合计 row under the table."""
    rows: list[Row]
    cols: Sequence[tuple[str, str]]
    pre: list[tuple[str, str]]
    new_page: bool = True
    total: tuple[str, str] | None = None
    chunks: tuple[int, ...] = ()
    post: list[str] = field(default_factory=list)
    groups: dict[int, tuple[str, str]] = field(default_factory=dict)  # before row i: a group row (序号 cell, label)

    @property
    def labels(self) -> list[str]:
        return [lab for lab, _ in self.cols]

    @property
    def keys(self) -> list[str]:
        return [k for _, k in self.cols]

    @property
    def table(self) -> list[list[str]]:
        return [[cell_value(r, k) for k in self.keys] for r in self.rows]

    @property
    def centre(self) -> tuple[int, ...]:
        return tuple(i for i, k in enumerate(self.keys) if k in CENTRE_KEYS)

    def pieces(self) -> list[tuple[int, int]]:
        sizes = self.chunks or (len(self.rows),)
        assert sum(sizes) == len(self.rows), (sizes, len(self.rows))
        out, start = [], 0
        for k in sizes:
            out.append((start, start + k))
            start += k
        return out


@dataclass
class Form:
    """An application form (申请表) attached after the catalogs: no catalog rows. Each row: [label, value, label,
    value] or [label, value] (the value over three columns)."""
    label: str
    title: str
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


@dataclass
class Notice:
    stem: str
    city: str
    office: str
    docno: str
    date_iso: str
    batch: str
    title: str
    catalog_title: str
    addressee: str
    body: list[str]
    contact: str
    annex_note: str  # "\n": a paragraph of its own
    parts: list[Part]
    tail: list[str] = field(default_factory=list)  # paragraphs after the last part
    form: Form | None = None
    why: str = ""

    @property
    def date_cn(self) -> str:
        y, m, d = (int(x) for x in self.date_iso.split("-"))
        return f"{y}年{m}月{d}日"

    @property
    def title_lines(self) -> list[str]:
        t = self.title
        if len(t) <= 21:
            return [t]
        k = t.find("比照认定")
        k = k + 4 if 8 <= k + 4 <= 22 else min(len(t) // 2 + 1, 21)
        return [t[:k], t[k:]]


def rows_of(picked: Sequence[tuple], istyle: str, start: int = 1, sstyle: str = "plain") -> list[Row]:
    rows = make_rows(picked, istyle, "plain", sstyle)
    for i, r in enumerate(rows):
        r.seq = str(start + i)
    return rows


def body_text(city: str, province: str, name: str, how: str, extra: Sequence[str] = ()) -> list[str]:
    return [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，根据{province}人力资源和社会保障厅"
            "关于开展国际职业资格比照认定职称工作的有关规定，进一步畅通外籍人才、港澳台人才和留学回国人员等国际化专业技术"
            f"人才职称评价渠道，我局在广泛征求行业主管部门、用人单位和专家意见的基础上，研究制定了《{name}》{how}，现印发给"
            "你们，请结合实际认真贯彻执行。现就有关事项通知如下：",
            f"一、在{city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在有效期内"
            "的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
            "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、主管部门初审后，"
            "由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
            "三、目录中“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。各单位在执行中遇到的"
            "问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。",
            *extra]


def notice(stem: str, city: str, docno: str, date_iso: str, batch: str, parts: list[Part], *, name: str,
           cat: str, how: str, province: str, area: str, addressee: str, annex: Sequence[str],
           extra: Sequence[str] = (), title: str = "") -> Notice:
    """A notice of `city`'s bureau publishing `name` in parts; annex: the 附件说明 items (one: 附件：X; more:
    附件：1．X ⏎ 2．Y …)."""
    rng = random.Random(f"unseen40-{stem}")
    if len(annex) == 1:
        note = "附件：" + annex[0]
    else:
        note = "\n".join(("附件：" if i == 0 else "") + f"{i + 1}．{a}" for i, a in enumerate(annex))
    return Notice(stem=stem, city=city, office=f"{city}市人力资源和社会保障局", docno=docno, date_iso=date_iso,
                  batch=batch, title=title or f"关于印发《{name}》的通知", catalog_title=cat, addressee=addressee,
                  body=body_text(city, province, name, how, extra),
                  contact=f"联系人：{person(rng)}，联系电话：{phone(rng, area)}", annex_note=note, parts=parts)


def write_truth(n: Notice, expected: str = "publish") -> None:
    rows = []
    for p in n.parts:
        keys = set(p.keys)
        for r in p.rows:
            rows.append([r.seq if "seq" in keys else "", r.qual, r.trans if "trans" in keys else "", r.issuer,
                         r.title, r.series_p if "series" in keys else ""])
    quals = [r[1] + r[3] for r in rows]
    assert len(set(quals)) == len(quals), "a qualification twice"
    labels = [p.labels for p in n.parts]
    assert all(x == labels[0] for x in labels), labels
    data = {"header": list(HEADER), "printed_header": labels[0], "rows": rows,
            "notice": {"doc_number": n.docno, "city": n.city, "office": n.office, "notice_title": n.title,
                       "issue_date": n.date_iso, "batch": n.batch, "catalog_title": n.catalog_title},
            "expected": expected, "why": n.why}
    (OUT / f"{n.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- Word -----------------------------------------------------------------------------------------------------------

def word_table(doc, labels: Sequence[str], table: Sequence[Sequence[str]], centre: Sequence[int],
               total: tuple[str, str] | None, lay: Word, widths: Sequence[float],
               groups: dict[int, tuple[str, str]] | None = None) -> None:
    t = fixed_table(doc, widths)
    table_borders(t)
    for r, values in enumerate([list(labels), *table]):
        if groups and r - 1 in groups:  # a group row: its number, its label over the other columns
            gtr = t.add_row()
            if lay.cant_split:
                gtr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            num, label = groups[r - 1]
            cells = [gtr.cells[0], gtr.cells[1].merge(gtr.cells[len(widths) - 1])]
            for cell, text, al in ((cells[0], num, C), (cells[1], label, L)):
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                cell_text(cell, text, lay.table_size, lay.hei_face, lay, al, bold=True)
        tr = t.add_row()
        trpr = tr._tr.get_or_add_trPr()
        if r == 0 and lay.repeat_header:
            trpr.append(OxmlElement("w:tblHeader"))
        if lay.cant_split:
            trpr.append(OxmlElement("w:cantSplit"))
        for c, (cell, value) in enumerate(zip(tr.cells, values)):
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if r == 0:
                cell_text(cell, value, lay.head_size, lay.hei_face, lay, C, bold=lay.head_bold)
                if lay.head_shade:
                    shade(cell, lay.head_shade)
            else:
                cell_text(cell, value, lay.table_size, lay.table_face, lay, C if c in centre else L,
                          paras=lay.two_paras)
    if total:  # 合计: the label over the first two columns, the value over the rest
        tr = t.add_row()
        if lay.cant_split:
            tr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        label = tr.cells[0].merge(tr.cells[1])
        value = tr.cells[2].merge(tr.cells[len(widths) - 1])
        for cell, text in ((label, total[0]), (value, total[1])):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(cell, text, lay.table_size, lay.hei_face, lay, C, bold=True)


def word_form(doc, f: Form, lay: Word) -> None:
    widths = (3.4, 4.4, 3.4, 4.4)
    t = fixed_table(doc, widths)
    table_borders(t)
    for values in f.rows:
        tr = t.add_row()
        cells = list(tr.cells)
        if len(values) == 2:
            cells = [cells[0], cells[1].merge(cells[3])]
        for c, (cell, value) in enumerate(zip(cells, values)):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(cell, value, 12, lay.table_face, lay, C if c % 2 == 0 else L)


def word_notice(n: Notice, lay: Word, path: Path) -> Path:
    doc = Document()
    a4(doc.sections[0])
    cp = doc.core_properties
    cp.author = cp.last_modified_by = n.office
    cp.title = n.title
    cp.created = cp.modified = datetime(2025, 6, 1, 9, 0, 0)
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = lay.latin
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lay.body_face)
    if lay.letterhead:
        para(doc, f"{n.office}文件", 36, lay.title_face, lay, C, color="FF0000", exact=None, before=12, after=24,
             scale=70)
    dp = para(doc, n.docno, 16, lay.body_face, lay, C, exact=None, after=4)
    if lay.letterhead:
        red_rule(dp)
    for i, line in enumerate(n.title_lines):
        para(doc, line, 22, lay.title_face, lay, C, exact=35, before=30 if i == 0 else 0,
             after=20 if i == len(n.title_lines) - 1 else 0)
    para(doc, n.addressee, 16, lay.body_face, lay, J)
    for text in n.body:
        para(doc, text, 16, lay.body_face, lay, J, first=2)
    para(doc, n.contact + "。", 16, lay.body_face, lay, J, first=2)
    para(doc, "", 16, lay.body_face, lay)
    for i, line in enumerate(n.annex_note.split("\n")):
        para(doc, line, 16, lay.body_face, lay, J, first=2 if i == 0 else 5)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, n.office, 16, lay.body_face, lay, R, right=2)
    para(doc, n.date_cn, 16, lay.body_face, lay, R, right=4)
    width = 15.6
    for part in n.parts:
        for i, (kind, text) in enumerate(part.pre):
            pb = part.new_page and i == 0
            if kind == "label":
                para(doc, text, 16, lay.hei_face, lay, L, exact=None, page_break=pb, after=6)
            elif kind == "title":
                para(doc, text, 18, lay.title_face, lay, C, exact=None, before=6, after=12, page_break=pb)
            elif kind == "sub":
                para(doc, text, 16, lay.hei_face, lay, L, exact=None, before=12, after=6, page_break=pb)
            else:  # "line"
                para(doc, text, 14, lay.body_face, lay, C, exact=None, after=8, page_break=pb)
        raw = [W_CM[k] for k in part.keys]
        widths = [w * width / sum(raw) for w in raw]
        pieces = part.pieces()
        for i, (a, b) in enumerate(pieces):
            last = i == len(pieces) - 1
            if i:
                para(doc, "续表", 14, lay.hei_face, lay, L, exact=None, page_break=True, after=4)
            word_table(doc, part.labels, part.table[a:b], part.centre, part.total if last else None, lay, widths,
                       {k - a: v for k, v in part.groups.items() if a <= k < b})
            if not last:
                para(doc, "（未完，续下页）", 10.5, lay.table_face, lay, R, exact=None, before=3)
        for text in part.post:
            para(doc, text, 12, lay.table_face, lay, J, exact=None, before=4)
    for text in n.tail:
        para(doc, text, 12, lay.hei_face, lay, L, exact=None, before=8)
    if n.form:
        para(doc, n.form.label, 16, lay.hei_face, lay, L, exact=None, page_break=True, after=6)
        para(doc, n.form.title, 18, lay.title_face, lay, C, exact=None, before=6, after=12)
        word_form(doc, n.form, lay)
        for text in n.form.notes:
            para(doc, text, 10.5, lay.table_face, lay, J, exact=None, before=4)
    page_footer(doc.sections[0], lay, lay.footer)
    doc.save(str(path))
    pin_zip(path)
    return path


def word_doc(n: Notice, lay: Word, ext: str, tmp: Path) -> int:
    """Write n as .docx (or as .pdf printed by LibreOffice from it); returns the PDF's page count (0 for DOCX)."""
    if ext == "docx":
        word_notice(n, lay, OUT / f"{n.stem}.docx")
        return 0
    src = word_notice(n, lay, tmp / f"{n.stem}.docx")
    out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{n.stem}.pdf")
    return pages(out)


# --- web pages ------------------------------------------------------------------------------------------------------

def html_table(labels: Sequence[str], table: Sequence[Sequence[str]], centre: Sequence[int],
               total: tuple[str, str] | None, widths: Sequence[float],
               groups: dict[int, tuple[str, str]] | None = None) -> str:
    s = sum(widths)
    out = ['<table class="cat"><colgroup>' + "".join(f'<col style="width:{x / s * 100:.1f}%">' for x in widths)
           + "</colgroup>", "<thead><tr>" + "".join(f"<th>{esc(x)}</th>" for x in labels) + "</tr></thead><tbody>"]
    for i, row in enumerate(table):
        if groups and i in groups:
            out.append(f'<tr class="grp"><td class="c"><b>{esc(groups[i][0])}</b></td>'
                       f'<td colspan="{len(labels) - 1}"><b>{esc(groups[i][1])}</b></td></tr>')
        out.append("<tr>" + "".join(f"<td{CC if c in centre else ''}>{esc(v)}</td>"
                                    for c, v in enumerate(row)) + "</tr>")
    if total:
        out.append(f'<tr class="sum"><td colspan="2" class="c">{esc(total[0])}</td>'
                   f'<td colspan="{len(labels) - 2}" class="c">{esc(total[1])}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


def part_blocks(part: Part, wmap: dict, *, printed: bool) -> list[str]:
    """A part as HTML: its heading blocks, its table (in pieces: 续表 / （未完，续下页）, each piece on a page of its own
    when printed), the lines under it."""
    e = html.escape
    out = []
    for kind, text in part.pre:
        out.append({"label": f'<p class="annex">{e(text)}</p>', "title": f'<h2 class="cat">{e(text)}</h2>',
                    "sub": f'<h3 class="sub">{e(text)}</h3>', "line": f'<p class="line">{e(text)}</p>'}[kind])
    widths = [wmap[k] for k in part.keys]
    pieces = part.pieces()
    for i, (a, b) in enumerate(pieces):
        last = i == len(pieces) - 1
        if i:
            out.append(f'<div{PB if printed else ""}><p class="xu">续表</p>')
        out.append(html_table(part.labels, part.table[a:b], part.centre, part.total if last else None, widths,
                              {k - a: v for k, v in part.groups.items() if a <= k < b}))
        if not last:
            out.append(f'<p class="wei">{e("（未完，续下页）")}</p>')
        if i:
            out.append("</div>")
    out += [f'<p class="post">{e(t)}</p>' for t in part.post]
    return out


CC, PB = ' class="c"', ' class="pb"'
EXTRA_CSS = """
p.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; text-indent: 0; }
h3.sub { font: bold 15pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 5mm 0 3mm 0; }
p.line { text-align: center; font-size: 14pt; margin: -2mm 0 4mm 0; }
p.post { font-size: 12pt; line-height: 1.6; margin-top: 2mm; }
p.tail { font: 12pt "黑体", "Noto Sans CJK SC", sans-serif; margin-top: 4mm; }
"""


def print_page(n: Notice, *, redhead: bool = True, table_font: str = "10.5pt", footer: str = FOOT_DASH) -> str:
    """The notice as a web page set for print (A4), printed by Chromium: 红头, 文号, red rule, title, body, 附件说明,
    office and date, then each part (a part with new_page on a new page)."""
    css = [PRINT_CSS, EXTRA_CSS, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           f"table.cat {{ font-size: {table_font}; }}", "table.cat tr { break-inside: avoid; }"]
    if footer:
        css.append(f'@page {{ @bottom-center {{ content: {footer}; font: 12pt "Noto Serif CJK SC", serif; }} }}')
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}</title>'
           f"<style>{''.join(css)}</style></head><body>"]
    if redhead:
        out.append(f'<div class="redhead"><span>{e(n.office)}文件</span></div>')
    out.append(f'<div class="docno{" rule" if redhead else ""}">{e(n.docno)}</div>')
    out.append('<h1 class="title">' + "<br>".join(e(x) for x in n.title_lines) + "</h1>")
    out.append(f"<p>{e(n.addressee)}</p>")
    out += [f'<p class="i">{e(t)}</p>' for t in n.body]
    out.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p>')
    out += [f'<p class="{"i" if i == 0 else "i5"}">{e(x)}</p>' for i, x in enumerate(n.annex_note.split("\n"))]
    out.append(f'<div class="sign"><p style="padding-right:2em">{e(n.office)}</p>'
               f'<p style="padding-right:4em">{e(n.date_cn)}</p></div>')
    for part in n.parts:
        out.append(f'<div{PB if part.new_page else ""}>')
        out += part_blocks(part, W_PR, printed=True)
        out.append("</div>")
    out += [f'<p class="tail">{e(t)}</p>' for t in n.tail]
    out.append("</body></html>\n")
    return "\n".join(out)


def cms_page(n: Notice, *, color: str, dark: str, published: str, views: int, icp: str, code: str, english: str,
             province_site: str, info: str, pager: str = "") -> str:
    """The notice as a CMS article page of the bureau's site: banner, menu, breadcrumb, a 政府信息公开 box, 发布时间/
    来源 line, the text, each part (heading and table) in the page, the site's pager, 相关链接 and a footer."""
    e = html.escape
    css = CMS_CSS.replace("__C__", color).replace("__D__", dark) + """
.art p.annex { font-weight: bold; margin-top: 18px; } .art h3.sub { font-size: 17px; margin: 16px 0 8px; }
.art p.line { text-align: center; } .art p.post, .art p.tail { font-size: 14px; }
.art p.xu, .art p.wei { font-size: 13px; } .art p.wei { text-align: right; }
"""
    menu = "".join(f'<a href="#">{x}</a>' for x in ("首页", "机构概况", "政务公开", "政策文件", "就业创业", "人才人事",
                                                     "社会保障", "劳动关系", "办事服务", "互动交流"))
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}_{e(n.office)}'
           f"</title><style>{css}</style></head><body>",
           f'<div class="site">{e(n.office)}<small>{e(english)}</small></div><div class="menu">{menu}</div>',
           '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
           '<a href="#">政策文件</a> &gt; 通知公告</div><div class="wrap">',
           '<table class="xxgk">'
           f'<tr><td class="k">索 引 号</td><td>{e(info)}</td><td class="k">主题分类</td><td>劳动、人事、监察</td></tr>'
           f'<tr><td class="k">发布机构</td><td>{e(n.office)}</td><td class="k">成文日期</td><td>{e(n.date_cn)}</td></tr>'
           f'<tr><td class="k">文　　号</td><td>{e(n.docno)}</td><td class="k">发布日期</td>'
           f'<td>{e(published[:10])}</td></tr>'
           f'<tr><td class="k">名　　称</td><td colspan="3">{e(n.title)}</td></tr></table>',
           f'<h1 class="art">{e(n.title)}</h1>',
           f'<div class="art-meta"><span>发布时间：{e(published)}</span><span>来源：{e(n.office)}</span>'
           f'<span>浏览次数：{views}</span><span>【字体：大 中 小】</span></div><div class="art">',
           f'<p class="c">{e(n.docno)}</p>', f"<p>{e(n.addressee)}</p>"]
    out += [f'<p class="i">{e(t)}</p>' for t in n.body]
    out.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p>')
    out += [f'<p class="{"i" if i == 0 else "i5"}">{e(x)}</p>' for i, x in enumerate(n.annex_note.split("\n"))]
    out.append(f'<p>&nbsp;</p><p class="r">{e(n.office)}</p><p class="r">{e(n.date_cn)}</p><p>&nbsp;</p>')
    for part in n.parts:
        out += part_blocks(part, W_CMS, printed=False)
    out += [f'<p class="tail">{e(t)}</p>' for t in n.tail]
    if pager:
        out.append(f'<div class="pager">{pager}</div>')
    out.append("</div></div>")
    out.append('<div class="links">相关链接：' + "".join(
        f'<a href="#">{e(x)}</a>' for x in (f"{province_site}人力资源和社会保障厅", "中华人民共和国人力资源和社会保障部"))
        + "</div>")
    out.append(f'<div class="foot">主办：{e(n.office)}　{e(icp)}　网站标识码：{e(code)}<br>'
               "建议使用1366×768分辨率浏览</div></body></html>\n")
    return "\n".join(out)


def html_print(n: Notice, tmp: Path, **kw) -> int:
    src = tmp / f"{n.stem}.html"
    src.write_text(print_page(n, **kw), encoding="utf-8")
    out = pack(chromium(src, tmp / f"{n.stem}.chromium.pdf"), OUT / f"{n.stem}.pdf")
    return pages(out)


PAGER_ONE = ('<span class="t">共1页</span><span class="off">首页</span><span class="off">上一页</span><b>1</b>'
             '<span class="off">下一页</span><span class="off">尾页</span>')
FOOT_WORD_OF = "第 {PAGE} 页 共 {NUMPAGES} 页"


# --- the documents --------------------------------------------------------------------------------------------------

Made = tuple[str, str, str, str]  # file name, README line, rows summary, expected
DOCS: dict[str, Callable[[Path], list[Made]]] = {}
ENG = sorted(ENGINEERING)
ADDR = "各乡镇人民政府、街道办事处，市直各有关单位："


def doc(fn: Callable[[Path], list[Made]]) -> Callable[[Path], list[Made]]:
    DOCS[fn.__name__] = fn
    return fn


def name_of(city: str, batch: str = "第一批") -> str:
    return f"{city}市国际职业资格比照认定职称目录（{batch}）" if batch else f"{city}市国际职业资格比照认定职称目录"


def sizes(n: Notice) -> str:
    return " + ".join(str(len(p.rows)) for p in n.parts) + f" = {sum(len(p.rows) for p in n.parts)} rows"


SD, GD, SC = "山东省", "广东省", "四川省"
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
CIRCLED = [chr(0x2460 + i) for i in range(20)]


def cn_num(n: int) -> str:
    """1 一, 10 十, 13 十三, 20 二十, 23 二十三."""
    d = "一二三四五六七八九"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else d[tens - 1] + "十")
    return head + (d[ones - 1] if ones else "")


def number(rows: Sequence[Row], fn: Callable[[int], str]) -> None:
    for i, r in enumerate(rows, start=1):
        r.seq = fn(i)



# --- this round ----------------------------------------------------------------------------------------------------

W_CM["remark"], W_PR["remark"], W_CMS["remark"] = 2.6, 2.6, 13
HEBEI = "河北省"
WITHDRAW = "停止认定"
SEVEN = [*SIX, ("备注", "remark")]
ENG_ECO = ENG + ["经济", "会计"]


def qkey(r: Row) -> tuple[str, str]:
    return (r.qual, r.body)


def choose(seed: str, n: int, *, exclude: Sequence[tuple] = (), force: Sequence[str] = (),
           series: Sequence[str] = ENG_ECO) -> list[tuple]:
    """n rows of the pool (seeded): the forced qualifications among them, none of the excluded (by qualification and
    body), kept in the pool's order."""
    ex = {(q, b) for q, b in exclude}
    pool = [r for r in POOL if (r[0], r[2]) not in ex and r[4] in series]
    forced = [i for i, r in enumerate(pool) if r[0] in force]
    assert len(forced) == len(force), (force, [pool[i][0] for i in forced])
    rest = [i for i in range(len(pool)) if i not in forced]
    keep = sorted(forced + random.Random(seed).sample(rest, n - len(forced)))
    return [pool[i] for i in keep]


def pool_row(qual: str) -> tuple:
    hits = [r for r in POOL if r[0] == qual]
    assert len(hits) == 1, qual
    return hits[0]


@dataclass
class Batch:
    """One notice (one 文号) of a city: its rows in print order, whether its body repeals the earlier catalogs whole,
    and its renderings (stem, kind)."""
    key: str
    city: str
    pinyin: str
    batch: str
    docno: str
    date_iso: str
    rows: list[Row]
    repeals: str = ""  # the repeal sentence of the body, "" if none
    renderings: list[tuple[str, str]] = field(default_factory=list)
    cols: Sequence[tuple[str, str]] = tuple(SIX)
    notes: dict[str, str] = field(default_factory=dict)  # 序号 -> what the script made of this row (README / why)


def in_force(batches: Sequence[Batch]) -> dict[str, dict[str, tuple[bool, str]]]:
    """For every batch, {序号: (in force?, why not)} once all batches of the folder are loaded together. A row stops
    being in force when a LATER batch of the SAME city lists its qualification again (re-listed), lists it with 备注
    停止认定 (withdrawn), or repeals the earlier catalogs whole (repealed); a withdrawing row is itself no entry."""
    out: dict[str, dict[str, tuple[bool, str]]] = {}
    for b in batches:
        res: dict[str, tuple[bool, str]] = {}
        later = sorted((m for m in batches if m.city == b.city and m.date_iso > b.date_iso), key=lambda m: m.date_iso)
        for r in b.rows:
            reasons = []
            if r.remark == WITHDRAW:
                reasons.append(f"a withdrawal record, not an entry: its 备注 says {WITHDRAW} for the 第一批 "
                               f"qualification {r.qual} ({r.issuer})")
            for m in later:
                for s in m.rows:
                    if qkey(s) != qkey(r):
                        continue
                    if s.remark == WITHDRAW:
                        reasons.append(f"withdrawn by {m.docno} ({m.batch}, {m.date_iso}) 序号{s.seq}: 备注 {WITHDRAW}")
                    else:
                        same = "same title" if s.title == r.title else f"{r.title} → {s.title}"
                        reasons.append(f"re-listed by {m.docno} ({m.batch}, {m.date_iso}) 序号{s.seq} as {s.title} "
                                       f"({same})")
                if m.repeals:
                    reasons.append(f"repealed by {m.docno} ({m.batch}, {m.date_iso}): its body says “{m.repeals}”")
            assert r.seq not in res, (b.key, r.seq)
            res[r.seq] = (not reasons, "; ".join(reasons))
        out[b.key] = res
    return out


def build() -> list[Batch]:
    """The six notices' data: rows, titles, remarks, repeal clauses (the single source of the documents and truth)."""
    # 任丘 第一批: three 助理 titles raised later, one qualification withdrawn later
    raise_a = ["Incorporated Engineer (IEng)", "International Welding Technologist (IWT)",
               "Certified Associate in Project Management (CAPM)"]
    gone_a = "Cisco Certified Network Professional (CCNP)"
    a1p = choose("renqiu-pi1", 15, force=[*raise_a, gone_a, "Member (ACCA)", "Certified Welding Inspector (CWI)"])
    a1 = rows_of(a1p, "cn_abbr")
    a2new = rows_of(choose("renqiu-pi2", 12, exclude=[(r[0], r[2]) for r in a1p]), "cn_abbr", start=16)
    up = {E: S, A: E, ZJJ: JJ}
    relist = []
    for q in raise_a:
        old = next(r for r in a1 if r.qual == q)
        new = Row(**{**old.__dict__, "extra": {}})
        new.title = new.title_p = up[old.title]
        relist.append(new)
    gone = next(r for r in a1 if r.qual == gone_a)
    wd = Row(**{**gone.__dict__, "extra": {}})
    wd.remark = WITHDRAW
    a2 = a2new + relist + [wd]
    for i, r in enumerate(a2):
        r.seq = str(16 + i)
    relist[2].remark = "对应职称调整"  # the clerk noted one of the three raises, not the others
    # 任丘 第三批: a whole new catalog of 20 rows (two 第一批 rows as first printed, one raised row at its new title,
    # three 第二批 new rows, 14 new)
    again1 = [next(r for r in a1 if r.qual == q) for q in ("Member (ACCA)", "Certified Welding Inspector (CWI)")]
    again2 = random.Random("renqiu-pi3-again").sample(a2new, 3)
    used = [(r[0], r[2]) for r in a1p] + [qkey(r) for r in a2new]
    a3new = rows_of(choose("renqiu-pi3", 14, exclude=used), "cn_abbr")
    order = {p[0]: i for i, p in enumerate(POOL)}
    a3 = sorted([Row(**{**r.__dict__, "extra": {}, "remark": ""}) for r in [*again1, relist[0], *again2]] + a3new,
                key=lambda r: order[r.qual])
    for i, r in enumerate(a3, start=1):
        r.seq = str(i)

    # 迁安: 第一批 shares four qualifications with 任丘 (one 任丘 withdrew, one it raised, two it repealed)
    b1p = choose("qianan-pi1", 18, force=[gone_a, raise_a[0], "Member (ACCA)", "Certified Welding Inspector (CWI)"])
    b1 = rows_of(b1p, "cn")
    b2 = rows_of(choose("qianan-pi2", 10, exclude=[(r[0], r[2]) for r in b1p]), "cn")
    b3new = rows_of(choose("qianan-pi3", 8, exclude=[(r[0], r[2]) for r in b1p] + [qkey(r) for r in b2]), "cn")
    again = next(r for r in b1 if r.qual == "Certified Welding Inspector (CWI)")
    b3 = sorted([Row(**{**again.__dict__, "extra": {}})] + b3new, key=lambda r: order[r.qual])
    for i, r in enumerate(b3, start=1):
        r.seq = str(i)

    repeal = "本目录印发后，第一批、第二批目录同时废止，以本目录为准"
    return [
        Batch("renqiu-pi1", "任丘", "renqiu", "第一批", "任人社〔2022〕21号", "2022-05-17", a1,
              renderings=[("renqiu-pi1-mulu", "lo-pdf")]),
        Batch("renqiu-pi2", "任丘", "renqiu", "第二批", "任人社〔2023〕37号", "2023-08-09", a2, cols=SEVEN,
              renderings=[("renqiu-pi2-wendang", "docx"), ("renqiu-pi2-wangye", "cms")]),
        Batch("renqiu-pi3", "任丘", "renqiu", "第三批", "任人社〔2025〕12号", "2025-03-26", a3, repeals=repeal,
              renderings=[("renqiu-pi3-feizhi", "chromium")]),
        Batch("qianan-pi1", "迁安", "qianan", "第一批", "迁人社〔2023〕15号", "2023-04-11", b1,
              renderings=[("qianan-pi1-mulu", "chromium")]),
        Batch("qianan-pi2", "迁安", "qianan", "第二批", "迁人社〔2024〕29号", "2024-06-18", b2,
              renderings=[("qianan-pi2-xinzeng", "lo-pdf")]),
        Batch("qianan-pi3", "迁安", "qianan", "第三批", "迁人社〔2025〕41号", "2025-09-03", b3,
              renderings=[("qianan-pi3-chongshen", "docx")]),
    ]


AREA = {"任丘": "0317", "迁安": "0315"}
PREV = {"第二批": "第一批", "第三批": "第一批、第二批"}


def batch_body(b: Batch, by: dict[str, Batch]) -> tuple[str, list[str], list[str]]:
    """(how, extra paragraphs, notes under the table) for a batch's notice."""
    n = len(b.rows)
    if b.key == "renqiu-pi1" or b.key == "qianan-pi1":
        return f"，共收录国际职业资格{n}项", [], []
    p1 = by[f"{b.pinyin}-pi1"]
    first = f"《{name_of(b.city, '第一批')}》（{p1.docno}）"
    if b.key == "renqiu-pi2":
        how = ("，在第一批目录基础上新增国际职业资格12项（序号16—27），调整第一批目录中3项国际职业资格的对应职称（序号28—30），"
               "对1项国际职业资格停止认定（序号31）")
        extra = [f"四、{first}中未作调整的项目继续执行。"]
        notes = ["注：1．序号28—30为第一批目录已收录项目，对应职称按本目录执行。",
                 f"2．备注栏注明“{WITHDRAW}”的项目，自本通知印发之日起不再受理比照认定申请，此前已比照认定的职称继续有效。"]
        return how, extra, notes
    if b.key == "renqiu-pi3":
        p2 = by["renqiu-pi2"]
        extra = [f"四、{b.repeals}。{first}和《{name_of(b.city, '第二批')}》（{p2.docno}）所列项目未列入本目录的，"
                 "自本目录印发之日起不再受理比照认定申请；此前已比照认定的职称继续有效。"]
        return f"，共收录国际职业资格{n}项", extra, []
    if b.key == "qianan-pi2":
        return (f"，共新增国际职业资格{n}项", [f"四、{first}继续执行，申请人可按两批目录申请比照认定。"], [])
    if b.key == "qianan-pi3":
        p2 = by["qianan-pi2"]
        return (f"，共收录国际职业资格{n}项",
                [f"四、本批目录与{first}、《{name_of(b.city, '第二批')}》（{p2.docno}）一并执行。"], [])
    raise KeyError(b.key)


def make_notice(b: Batch, stem: str, by: dict[str, Batch]) -> Notice:
    cat = name_of(b.city, b.batch)
    how, extra, notes = batch_body(b, by)
    part = Part(b.rows, b.cols, [("label", "附件"), ("title", cat)], post=notes)
    n = notice(stem, b.city, b.docno, b.date_iso, b.batch, [part], name=cat, cat=cat, how=how, province=HEBEI,
               area=AREA[b.city], addressee=ADDR, annex=[cat], extra=extra)
    rng = random.Random(f"unseen40-{b.key}")  # one notice, one contact, whatever the rendering
    n.contact = f"联系人：{person(rng)}，联系电话：{phone(rng, AREA[b.city])}"
    return n


def why_of(b: Batch, force: dict[str, tuple[bool, str]], by: dict[str, Batch]) -> str:
    t = sum(1 for v in force.values() if v[0])
    f = len(force) - t
    head = {"renqiu-pi1": "任丘 第一批 (2022), 15 rows.",
            "renqiu-pi2": "任丘 第二批 (2023): 序号 16-27 new, 28-30 第一批 qualifications re-listed with a higher "
                          f"title, 31 备注 {WITHDRAW} (withdrawing a 第一批 qualification).",
            "renqiu-pi3": "任丘 第三批 (2025): a whole new catalog of 20 rows; its body repeals the 第一批 and 第二批 "
                          "catalogs whole.",
            "qianan-pi1": "迁安 第一批 (2023), 18 rows.",
            "qianan-pi2": "迁安 第二批 (2024): 10 new rows, 序号 restarting at 1, nothing re-listed.",
            "qianan-pi3": "迁安 第三批 (2025): 8 new rows and one 第一批 qualification repeated with the same title; "
                          "no repeal."}[b.key]
    tail = {"renqiu-pi1": f"Once all files are loaded: the three raised rows are re-listed by 第二批, the {WITHDRAW} "
                          "one is withdrawn by 第二批, and every row is repealed by 第三批: none in force.",
            "renqiu-pi2": "Once all files are loaded, 第三批 repeals the whole catalog (and re-lists a few of its "
                          "qualifications under its own numbers): none in force; row 31 never was (the record of a "
                          "withdrawal).",
            "renqiu-pi3": "Nothing later: every row in force (those that repeat earlier qualifications supersede them).",
            "qianan-pi1": "Once all files are loaded only the row 第三批 repeats goes out of force; the rest stay in "
                          "force (第二批 and 第三批 do not repeal; 任丘's withdrawal, raises and repeal do not reach 迁安).",
            "qianan-pi2": "Nothing later touches these rows: all in force.",
            "qianan-pi3": "Nothing later: every row in force."}[b.key]
    return f"{head} In force {t}, out of force {f}. {tail}"


def write_truth40(b: Batch, stem: str, n: Notice, force: dict[str, tuple[bool, str]], other: str) -> None:
    keys = [k for _, k in b.cols]
    rows = [[r.seq, r.qual, r.trans, r.issuer, r.title, r.series_p] for r in b.rows]
    quals = [(r[1], r[3]) for r in rows]
    assert len(set(quals)) == len(quals), "a qualification twice"
    data = {"header": list(HEADER), "printed_header": [lab for lab, _ in b.cols], "rows": rows}
    if "remark" in keys:
        data["remarks"] = {r.seq: r.remark for r in b.rows if r.remark}
    data["notice"] = {"doc_number": n.docno, "city": n.city, "office": n.office, "notice_title": n.title,
                      "issue_date": n.date_iso, "batch": n.batch, "catalog_title": n.catalog_title}
    data["in_force"] = {r.seq: force[r.seq][0] for r in b.rows}
    sup = {r.seq: force[r.seq][1] for r in b.rows if not force[r.seq][0]}
    if sup:
        data["superseded_because"] = sup
    if other:
        data["same_notice_as"] = other
    data["why"] = why_of(b, force, {}) + (f" The same notice (same 文号 {b.docno}) is also printed as {other}: one "
                                          "notice, not a later one; its two renderings do not supersede each other."
                                          if other else "")
    (OUT / f"{stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


CMS = {"任丘": dict(color="#b3121b", dark="#8e0e15", icp="冀ICP备13005218号", code="1309820003",
                  english="Renqiu Human Resources and Social Security Bureau", province_site="河北省"),
       "迁安": dict(color="#1f5fa8", dark="#184b86", icp="冀ICP备12017734号", code="1302830007",
                  english="Qian'an Human Resources and Social Security Bureau", province_site="河北省")}


def render(b: Batch, stem: str, kind: str, n: Notice, tmp: Path) -> tuple[str, str]:
    if kind == "docx":
        word_doc(n, Word(letterhead=True, head_shade="D9D9D9"), "docx", tmp)
        return f"{stem}.docx", "DOCX (python-docx), 红头"
    if kind == "lo-pdf":
        np_ = word_doc(n, Word(cant_split=True, footer=FOOT_WORD_OF), "pdf", tmp)
        return f"{stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages"
    if kind == "chromium":
        np_ = html_print(n, tmp)
        return f"{stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages"
    if kind == "cms":
        y, m, d = b.date_iso.split("-")
        page = cms_page(n, published=f"{b.date_iso} 10:{int(d) + 12:02d}", views=400 + int(d) * 7,
                        info=f"11130982MB0{y}0{m}{d}/{y}-00{int(d) * 3:03d}", pager=PAGER_ONE, **CMS[b.city])
        (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
        return f"{stem}.html", "HTML CMS page of the bureau's site"
    raise KeyError(kind)


def main(argv: Sequence[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    batches = build()
    by = {b.key: b for b in batches}
    force = in_force(batches)
    made: list[tuple[Batch, str, str]] = []
    with tempfile.TemporaryDirectory() as t:
        for b in batches:
            stems = [s for s, _ in b.renderings]
            for stem, kind in b.renderings:
                if argv and b.pinyin not in argv:
                    continue
                sub = Path(t) / stem
                sub.mkdir()
                n = make_notice(b, stem, by)
                fname, line = render(b, stem, kind, n, sub)
                other = [s for s in stems if s != stem]
                ext = {"docx": "docx", "cms": "html"}
                other_name = "".join(f"{s}.{ext.get(dict(b.renderings)[s], 'pdf')}" for s in other)
                write_truth40(b, stem, n, force[b.key], other_name)
                made.append((b, fname, line))
                print(stem, "done", flush=True)
    if not argv:
        write_readme40(batches, force, made)


def write_readme40(batches: Sequence[Batch], force: dict, made: Sequence[tuple[Batch, str, str]]) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for b, name, line in made:
        f = force[b.key]
        t = sum(1 for v in f.values() if v[0])
        lines.append(f"  {name}")
        lines.append(f"      {b.city} {b.batch}, {b.docno}, {b.date_iso}; {line}; {len(b.rows)} rows, 序号 "
                     f"{b.rows[0].seq}-{b.rows[-1].seq}; in force {t}, out of force {len(f) - t}")
    # which qualification is listed where
    cols = [b for b in batches]
    names = {"renqiu-pi1": "任丘1", "renqiu-pi2": "任丘2", "renqiu-pi3": "任丘3", "qianan-pi1": "迁安1",
             "qianan-pi2": "迁安2", "qianan-pi3": "迁安3"}
    keys: list[tuple[str, str]] = []
    for b in batches:
        for r in b.rows:
            if qkey(r) not in keys:
                keys.append(qkey(r))
    order = {p[0]: i for i, p in enumerate(POOL)}
    keys.sort(key=lambda k: order[k[0]])
    short = {E: "工", A: "助工", S: "高工", JJ: "经", ZJJ: "助经", GJJ: "高经", KJ: "会", GKJ: "高会"}
    lines += ["", "Which qualification is listed where (cell: 序号 short-title, + in force / - not in force once all files",
              "are loaded, ! a 停止认定 row; 工 工程师, 助工 助理工程师, 高工 高级工程师, 经 经济师, 助经 助理经济师, 会 会计师 …;",
              "body: the pool's key of the issuing body):", ""]
    lines.append("  " + "".join(f"{names[b.key]:<9}" for b in cols).rstrip() + "  qualification [body]")
    for k in keys:
        cells = []
        for b in cols:
            hit = [r for r in b.rows if qkey(r) == k]
            if not hit:
                cells.append("·")
                continue
            r = hit[0]
            mark = "!" if r.remark == WITHDRAW else ("+" if force[b.key][r.seq][0] else "-")
            cells.append(f"{r.seq} {short.get(r.title, r.title)}{mark}")
        lines.append("  " + "".join(f"{c:<{9 - sum(1 for ch in c if ord(ch) > 0x2e80)}}" for c in cells)
                     + f"  {k[0]} [{k[1]}]")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * 任丘 第二批 is ONE notice (任人社〔2023〕37号) printed twice: renqiu-pi2-wendang.docx and renqiu-pi2-wangye.html;
    the two files hold the same 16 rows, 序号 16-31, and must not be read as two batches (nor the one as re-listing
    the other). Their truth files agree row for row.
  * 序号 repeats across files of one city (迁安's three batches each start at 1; 任丘 第三批 starts again at 1):
    lineage is by file and row, a qualification is matched by 职业资格名称 + 颁证单位 within a city.
  * 任丘 第二批 row 30 carries 备注 对应职称调整 (the clerk noted one raise of three); rows 28, 29 carry none. Row 31
    (备注 停止认定) prints the withdrawn qualification with its old title: a withdrawal record, in_force false.
  * 迁安 prints 颁证单位 in Chinese only, 任丘 as 中文（ABBR）; the qualifications both cities list are the same ones
    but in separate cities, so 任丘's 停止认定 / raises / repeal leave 迁安's rows alone.
  * 迁安 第二批 says 第一批目录继续执行 and 第三批 says it is carried out together with the earlier batches: neither
    repeals anything.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
