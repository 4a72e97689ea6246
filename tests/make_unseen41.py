"""Regenerate tests/fixtures/unseen41: a blind probe round of FORWARDED notices (转发) and notices that quote others.

    /work/main/.venv/bin/python tests/make_unseen41.py               # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen41.py ziyang yunfu  # only these (by stem prefix; README kept)

Chinese bureaus often publish a catalog (目录) of international professional qualifications recognised as Chinese
professional titles by FORWARDING a higher office's notice: a county-level city's 人社局 forwards its prefecture's
notice, a prefecture forwards the province's (省人社厅), sometimes twice over (区 ← 市 ← 省). The file then holds the
forwarding letter (its own 红头, 文号, title 关于转发《…关于印发〈…目录（第一批）〉的通知》的通知, a short body 现将…转发给
你们, its own signature and date), FOLLOWED by the forwarded letter in full (its own 文号, title, body, signature, an
earlier date), then the catalog (the forwarded letter's 附件). Quotation marks nest by the Chinese rule (GB/T 15834):
a title quoted inside 《…》 has its own 《》 turned to 〈〉 and a third level turns back to 《》 (some clerks drop the
third level). Bodies also CITE other documents by title and 文号 without forwarding them.

Fourteen files, in places no earlier round used (湖北 丹江口 ← 十堰, 赤壁 ← 咸宁; 广东 潮州, 云浮 ← 广东省; 四川 达州,
资阳 ← 四川省; 宁夏 吴忠市利通区 ← 吴忠 ← 宁夏回族自治区; 河南 安阳市殷都区 ← 安阳 ← 河南省; 江西 龙南 ← 赣州; 云南 个旧 ←
红河州; 贵州 凯里; 广西 凭祥; 辽宁 庄河; 山东 肥城 ← 泰安):
  - single forward 县级市 ← 地级市, the letters on their own pages (丹江口) and run together on one page (赤壁, whose
    title puts the office outside the marks: 关于转发咸宁市人力资源和社会保障局《关于印发〈…〉的通知》的通知);
  - province forward 市 ← 省 on own pages (潮州, Chromium) and as the city bureau's web page (达州);
  - double forward 区 ← 市 ← 省, three letters each on its own page with the title nested 《〈《》〉》 (利通区), and run
    together with the third level of marks dropped (殷都区);
  - a forward that adds the city's own rows (结合我市实际，增补以下N项) as a second table after the forwarded catalog:
    资阳 (附件2, 序号 1-6) and 龙南 (序号 going on, 23-26); the catalog is then both tables;
  - a forward whose catalog is NOT attached (云浮: 目录详见省人社厅网站; the forwarded letter's 附件 line says （略）):
    nothing to publish;
  - a forward with no 文号 of its own (肥城, a web page): doc_number is "", not the forwarded 文号;
  - controls (the plain reading is right): a forward of a notice that is not a catalog at all (个旧 ← 红河州: a 职称
    评审 work notice with a schedule table of dates and contacts; no catalog); a city's own catalog whose body only
    CITES three earlier notices by title and 文号 (凯里); a city's own 第二批 whose body cites two notices and asks
    乡镇 to 转发 it on (庄河); a city's own 印发 notice whose catalog name holds a quoted name
    (凭祥市《区域全面经济伙伴关系协定》成员国国际职业资格比照认定职称目录（第一批）, nested 〈〉 in the notice title).

What a data steward loading such a file expects in "notice" (the choice made here): the file is the publishing
office's document, so doc_number, city, office, notice_title and issue_date are those of the OUTERMOST letter (the
forwarding one, the first in the file), exactly as printed (notice_title without the office's name, as the head of
the letter prints it; issue_date the signed date (成文日期), not a 版记's 印发 date); catalog_title and batch are the
CATALOG's (its heading as the attachment prints it, the batch its name carries), whoever issued it. For a 区's
letter, city is the prefecture-level city it belongs to and office the 区's bureau (as unseen32 did for 嘉定区).
Every forwarded letter printed in the file is listed under "forwarded", outermost first (for 区 ← 市 ← 省: the 市's
letter, then the 省's), each {doc_number, office, issue_date, notice_title} as printed at its own head. A letter whose
catalog travels with it is thereby traceable (catalog_parts says whose attachment each table is).

Every qualification and issuing body is real (the pool of tests/make_unseen36.py … make_unseen40.py, copied here).
Notices, 文号, people and phone numbers are invented (seeded random: regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx from the venv). DOCX by python-docx (zip dates and
core properties pinned; footers as Word PAGE / NUMPAGES fields), PDFs printed from the DOCX by LibreOffice headless
(soffice --convert-to pdf) or from a web page by headless Chromium (--print-to-pdf --disable-pdf-tagging, page numbers
by CSS @page margin boxes); PDF dates, /ID and uuids pinned, then qpdf --deterministic-id; web pages written here as
a government CMS article page (the 政府信息公开 box holds the outermost letter's 文号 and dates). Apt packages:
libreoffice-writer, chromium, poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the catalog
table's labels as printed; [] where there is no catalog), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列]
…] (every catalog table of the file, in print order, as printed, canonical column order; [] where there is none),
"notice": {doc_number, city, office, notice_title, issue_date, batch, catalog_title} (see above), "forwarded":
[{doc_number, office, issue_date, notice_title} …] (outermost first; [] when the file forwards nothing),
"catalog_parts": [{title, issued_by, doc_number, rows, first_seq, last_seq} …] (each catalog table in print order:
its heading, the office whose attachment (or, for added rows, whose own letter) it is and that letter's 文号; [] where
there is none), "cited" (controls only: the documents the body cites by title and 文号, none printed in the file),
"other_tables" (a table that is not a catalog: its title, labels, row count, issuer), "expected": "publish" | "no-
catalog", "why"}. Written from this script's own data, never read back from the documents.
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
from collections.abc import Sequence
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
OUT = ROOT / "tests" / "fixtures" / "unseen41"
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




CC, PB = ' class="c"', ' class="pb"'


# --- this round: notices that forward (转发) other notices ------------------------------------------------------------

ENG_ECO = sorted(ENGINEERING) + ["经济", "会计"]


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


def rows_of(picked: Sequence[tuple], istyle: str, start: int = 1, sstyle: str = "plain") -> list[Row]:
    rows = make_rows(picked, istyle, "plain", sstyle)
    for i, r in enumerate(rows):
        r.seq = str(start + i)
    return rows


def swap(title: str) -> str:
    """A title quoted inside 《…》: its own 《》 become 〈〉 and its 〈〉 become 《》 (GB/T 15834: the inner level takes
    the single marks; a third level takes the double marks again)."""
    return title.translate(str.maketrans("《》〈〉", "〈〉《》"))


def drop_third(text: str) -> str:
    """The clerk's habit: marks three levels deep are left out (《…〈…《X》…〉…》 printed 《…〈…X…〉…》)."""
    out, depth = [], 0
    for ch in text:
        if ch in "《〈":
            depth += 1
            if depth >= 3:
                continue
        elif ch in "》〉":
            depth -= 1
            if depth >= 2:
                continue
        out.append(ch)
    return "".join(out)


def fwd_title(office: str, title: str, *, outside: bool = False, drop: bool = False) -> str:
    """The title of a notice forwarding `office`'s notice `title`: 关于转发《<office><title, marks swapped>》的通知, or
    (outside) 关于转发<office>《<title, marks swapped>》的通知."""
    t = f"关于转发{office}《{swap(title)}》的通知" if outside else f"关于转发《{office}{swap(title)}》的通知"
    return drop_third(t) if drop else t


def cite(L: "Letter", *, outside: bool = False, drop: bool = False) -> str:
    """How a body names a letter: 《<office><title>》（<文号>） (marks of the title swapped)."""
    t = f"{L.office}《{swap(L.title)}》" if outside else f"《{L.office}{swap(L.title)}》"
    t = drop_third(t) if drop else t
    return t + (f"（{L.docno}）" if L.docno else "")


def cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


@dataclass
class Letter:
    """One notice (one 文件) as it is printed in the file: its letterhead (retyped 红头) or a bare 文号 line, title,
    addressee, body, contact line, 附件说明, signature and date, 公开 line, 版记 (抄送 and 印发 lines)."""
    office: str
    docno: str
    date_iso: str
    title: str
    addressee: str
    body: list[str]
    annex: list[str] = field(default_factory=list)
    contact: str = ""
    public: str = ""
    redhead: bool = False
    label: str = ""  # 附件1 over the letter
    new_page: bool = False
    banji: tuple[str, str, str] | None = None  # (抄送 line, 印发机关, 印发日期)
    level: str = ""  # 省 / 市 / 县 (what the README says of it)

    @property
    def date_cn(self) -> str:
        return cn_date(self.date_iso)

    @property
    def annex_lines(self) -> list[str]:
        if not self.annex:
            return []
        if len(self.annex) == 1:
            return ["附件：" + self.annex[0]]
        return [("附件：" if i == 0 else "") + f"{i + 1}．{a}" for i, a in enumerate(self.annex)]

    def truth(self) -> dict:
        return {"doc_number": self.docno, "office": self.office, "issue_date": self.date_iso,
                "notice_title": self.title}


@dataclass
class Table:
    """A table of the file: a catalog part (rows of the pool) or another table (grid: plain cells)."""
    label: str
    title: str
    rows: list[Row] = field(default_factory=list)
    cols: Sequence[tuple[str, str]] = tuple(SIX)
    line: str = ""
    new_page: bool = True
    notes: list[str] = field(default_factory=list)
    owner: str = ""  # the office whose attachment (or whose own rows) this is
    owner_docno: str = ""
    glabels: Sequence[str] = ()
    grid: list[list[str]] = field(default_factory=list)
    gwidths: Sequence[float] = ()
    gcentre: Sequence[int] = ()

    @property
    def catalog(self) -> bool:
        return not self.grid

    @property
    def labels(self) -> list[str]:
        return list(self.glabels) if self.grid else [lab for lab, _ in self.cols]

    @property
    def keys(self) -> list[str]:
        return [k for _, k in self.cols]

    @property
    def table(self) -> list[list[str]]:
        if self.grid:
            return self.grid
        return [[cell_value(r, k) for k in self.keys] for r in self.rows]

    @property
    def centre(self) -> tuple[int, ...]:
        if self.grid:
            return tuple(self.gcentre)
        return tuple(i for i, k in enumerate(self.keys) if k in CENTRE_KEYS)

    def widths(self, wmap: dict) -> list[float]:
        if self.grid:
            return list(self.gwidths)
        return [wmap[k] for k in self.keys]


@dataclass
class Doc:
    """One file: its items in print order (letters, the outermost first; tables), how it is made, and its truth."""
    stem: str
    kind: str  # docx / lo / chromium / cms
    city: str
    items: list
    batch: str
    catalog_title: str
    expected: str
    why: str
    what: str  # README line
    control: bool = False
    footer: str = "— {PAGE} —"
    cms: dict = field(default_factory=dict)
    cited: list[dict] = field(default_factory=list)
    word: Word = field(default_factory=Word)
    tight: bool = False  # Word / LibreOffice: margins 3.0 / 2.8 cm and lines of 26 pt (the bureau's own template)

    @property
    def letters(self) -> list[Letter]:
        return [x for x in self.items if isinstance(x, Letter)]

    @property
    def tables(self) -> list[Table]:
        return [x for x in self.items if isinstance(x, Table)]

    @property
    def own(self) -> Letter:
        return self.letters[0]


# --- Word rendering ---------------------------------------------------------------------------------------------------

def split_title(t: str, width: int = 20) -> list[str]:
    """A long title in lines of at most `width` characters, broken where a clerk would: after 》〉, before 关于 / 的通知
    / 《〈, after 印发 转发 …; never just inside a mark nor before a closing one."""
    def ok(t: str, j: int) -> bool:
        return (t[j - 1] not in "《〈（" and t[j] not in "》〉）、，" and not (t[j - 1] == "的" and t[j:j + 2] == "通知")
                and not (t[j - 1] == "通" and t[j] == "知"))

    tests = (lambda t, j: t[j - 1] in "》〉" or t[j:].startswith("关于") or t[j:].startswith("的通知"),
             lambda t, j: t[j] in "《〈" or t[j - 2:j] in ("印发", "转发"),
             lambda t, j: t[j - 2:j] in ("职称", "认定", "资格", "目录", "自治区") or t[j - 1] in "省市区厅局和")
    out = []
    while len(t) > width:
        k = max(j for j in range(1, width + 1) if ok(t, j))
        for test, low in zip(tests, (width // 2, width // 3 - 1, width // 2)):
            hit = [j for j in range(width, low, -1) if ok(t, j) and test(t, j)]
            if hit:
                k = hit[0]
                break
        out.append(t[:k])
        t = t[k:]
    out.append(t)
    if len(out) >= 2 and len(out[-1]) <= 3 and len(out[-2]) + len(out[-1]) <= width + 1:
        out[-2:] = [out[-2] + out[-1]]
    return out


def rule_para(p, sides: Sequence[str], sz: str = "6", color: str = "000000") -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        b = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", sz), ("space", "1"), ("color", color)):
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


def word_letter(doc, L: Letter, lay: Word, first: bool, pitch: float = 28.95) -> None:
    pb = L.new_page and not first
    if not first and not L.new_page:  # run on: a gap after the letter above
        para(doc, "", 16, lay.body_face, lay, exact=pitch)
    if L.label:
        para(doc, L.label, 16, lay.hei_face, lay, L_, exact=None, page_break=pb, after=6)
        pb = False
    if L.redhead:
        para(doc, f"{L.office}文件", 34 if len(L.office) < 14 else 28, lay.title_face, lay, C, color="FF0000",
             exact=None, before=12, after=24, scale=70 if len(L.office) < 14 else 60, page_break=pb)
        dp = para(doc, L.docno, 16, lay.body_face, lay, C, exact=None, after=4)
        red_rule(dp)
        pb = False
    elif L.docno:
        para(doc, L.docno, 16, lay.body_face, lay, C, exact=None, after=4, page_break=pb)
        pb = False
    lines = split_title(L.title, 19)
    for i, line in enumerate(lines):
        para(doc, line, 22, lay.title_face, lay, C, exact=32, before=18 if i == 0 else 0,
             after=12 if i == len(lines) - 1 else 0, page_break=pb and i == 0)
    para(doc, L.addressee, 16, lay.body_face, lay, J, exact=pitch)
    for text in L.body:
        para(doc, text, 16, lay.body_face, lay, J, first=2, exact=pitch)
    if L.contact:
        para(doc, L.contact, 16, lay.body_face, lay, J, first=2, exact=pitch)
    if L.annex_lines:
        para(doc, "", 16, lay.body_face, lay, exact=pitch)
        for i, line in enumerate(L.annex_lines):
            para(doc, line, 16, lay.body_face, lay, J, first=2 if i == 0 else 5, exact=pitch)
    para(doc, "", 16, lay.body_face, lay, exact=pitch)
    para(doc, L.office, 16, lay.body_face, lay, R, right=2, exact=pitch)
    para(doc, L.date_cn, 16, lay.body_face, lay, R, right=4, exact=pitch)
    if L.public:
        para(doc, L.public, 16, lay.body_face, lay, L_, first=2, exact=pitch)
    if L.banji:
        cc, who, when = L.banji
        p = para(doc, cc, 14, lay.body_face, lay, L_, exact=None, before=6)
        rule_para(p, ("top", "bottom"))
        p = para(doc, f"{who}{'　' * max(2, 20 - len(who) - len(when))}{when}印发", 14, lay.body_face, lay, L_,
                 exact=None)
        rule_para(p, ("bottom",))


def word_item_table(doc, t: Table, lay: Word, first: bool) -> None:
    pb = t.new_page and not first
    if t.label:
        para(doc, t.label, 16, lay.hei_face, lay, L_, exact=None, page_break=pb, after=6)
        pb = False
    if t.title:
        para(doc, t.title, 18 if len(t.title) < 26 else 16, lay.title_face, lay, C, exact=None, before=6, after=10,
             page_break=pb)
        pb = False
    if t.line:
        para(doc, t.line, 14, lay.body_face, lay, C, exact=None, after=8, page_break=pb)
    width = 15.6
    raw = t.widths(W_CM)
    widths = [w * width / sum(raw) for w in raw]
    word_table(doc, t.labels, t.table, t.centre, None, lay, widths)
    for text in t.notes:
        para(doc, text, 12, lay.table_face, lay, J, exact=None, before=4)


L_ = WD_ALIGN_PARAGRAPH.LEFT


def word_file(d: Doc, path: Path) -> Path:
    lay = d.word
    doc = Document()
    a4(doc.sections[0])
    if d.tight:
        doc.sections[0].top_margin, doc.sections[0].bottom_margin = Cm(3.0), Cm(2.8)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = d.own.office
    cp.title = d.own.title
    cp.created = cp.modified = datetime(2025, 6, 1, 9, 0, 0)
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = lay.latin
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lay.body_face)
    for i, item in enumerate(d.items):
        if isinstance(item, Letter):
            word_letter(doc, item, lay, i == 0, 26 if d.tight else 28.95)
        else:
            word_item_table(doc, item, lay, i == 0)
    page_footer(doc.sections[0], lay, d.footer)
    doc.save(str(path))
    pin_zip(path)
    return path


# --- HTML rendering (print page for Chromium, CMS article page) -------------------------------------------------------

LETTER_CSS = """
p.annex { font: 16pt "黑体", "Noto Sans CJK SC", sans-serif; margin: 0 0 3mm 0; text-indent: 0; }
p.line { text-align: center; font-size: 14pt; margin: -2mm 0 4mm 0; }
p.post { font-size: 12pt; line-height: 1.6; margin-top: 2mm; }
.gap { height: 20mm; }
.banji { margin-top: 14mm; font-size: 14pt; } .banji p { line-height: 1.8; padding: 0 1em; }
.banji p.cc { border-top: 1px solid #000; border-bottom: 1px solid #000; }
.banji p.yf { border-bottom: 1px solid #000; display: flex; justify-content: space-between; }
p.pub { text-indent: 2em; margin-top: 4mm; }
table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; font: 10.5pt "宋体", "Noto Serif CJK SC", serif;
             line-height: 1.35; word-wrap: break-word; }
table.grid th { font-family: "黑体", "Noto Sans CJK SC", sans-serif; }
table.grid th, table.grid td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: middle; }
table.grid td.c { text-align: center; }
"""


def html_grid(t: Table, wmap: dict, cls: str) -> str:
    ws = t.widths(wmap)
    s = sum(ws)
    out = [f'<table class="{cls}"><colgroup>' + "".join(f'<col style="width:{x / s * 100:.1f}%">' for x in ws)
           + "</colgroup>", "<thead><tr>" + "".join(f"<th>{esc(x)}</th>" for x in t.labels) + "</tr></thead><tbody>"]
    for row in t.table:
        out.append("<tr>" + "".join(f"<td{CC if c in t.centre else ''}>{esc(v)}</td>" for c, v in enumerate(row))
                   + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def html_item_table(t: Table, wmap: dict, *, printed: bool, first: bool) -> list[str]:
    e = html.escape
    out = [f'<div{PB if printed and t.new_page and not first else ""}>']
    if t.label:
        out.append(f'<p class="annex">{e(t.label)}</p>')
    if t.title:
        out.append(f'<h2 class="cat">{e(t.title)}</h2>' if printed else f"<h2>{e(t.title)}</h2>")
    if t.line:
        out.append(f'<p class="line">{e(t.line)}</p>' if printed else f'<p class="c">{e(t.line)}</p>')
    if t.catalog:
        out.append(html_table(t.labels, t.table, t.centre, None, t.widths(wmap)))
    else:
        out.append(html_grid(t, wmap, "grid" if printed else "cat"))
    out += [f'<p class="post">{e(x)}</p>' for x in t.notes]
    out.append("</div>")
    return out


def html_letter(L: Letter, *, printed: bool, first: bool, head: bool = True) -> list[str]:
    """A letter as HTML; head False: its title is the page's own h1 (the CMS article), so only the text follows."""
    e = html.escape
    out = []
    cls = PB if printed and L.new_page and not first else ""
    out.append(f"<div{cls}>")
    if not first and not L.new_page:
        out.append('<div class="gap"></div>' if printed else "<p>&nbsp;</p><hr><p>&nbsp;</p>")
    if L.label:
        out.append(f'<p class="annex">{e(L.label)}</p>')
    if printed:
        if L.redhead:
            out.append(f'<div class="redhead"><span>{e(L.office)}文件</span></div>')
            out.append(f'<div class="docno rule">{e(L.docno)}</div>')
        elif L.docno:
            out.append(f'<div class="docno">{e(L.docno)}</div>')
        out.append('<h1 class="title">' + "<br>".join(e(x) for x in split_title(L.title, 21)) + "</h1>")
    else:
        if head:
            out.append(f'<p class="c"><b>{e(L.title)}</b></p>')
        if L.docno:
            out.append(f'<p class="c">{e(L.docno)}</p>')
    out.append(f"<p>{e(L.addressee)}</p>")
    out += [f'<p class="i">{e(t)}</p>' for t in L.body]
    if L.contact:
        out.append(f'<p class="i">{e(L.contact)}</p>')
    if L.annex_lines:
        out.append("<p>&nbsp;</p>")
        out += [f'<p class="{"i" if i == 0 else "i5"}">{e(x)}</p>' for i, x in enumerate(L.annex_lines)]
    if printed:
        out.append(f'<div class="sign"><p style="padding-right:2em">{e(L.office)}</p>'
                   f'<p style="padding-right:4em">{e(L.date_cn)}</p></div>')
    else:
        out.append(f'<p>&nbsp;</p><p class="r">{e(L.office)}</p><p class="r">{e(L.date_cn)}</p>')
    if L.public:
        out.append(f'<p class="pub">{e(L.public)}</p>' if printed else f'<p class="i">{e(L.public)}</p>')
    if L.banji and printed:
        cc, who, when = L.banji
        out.append(f'<div class="banji"><p class="cc">{e(cc)}</p><p class="yf"><span>{e(who)}</span>'
                   f"<span>{e(when)}印发</span></p></div>")
    out.append("</div>")
    return out


def print_doc(d: Doc, footer: str) -> str:
    css = [PRINT_CSS, LETTER_CSS, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           "table.cat { font-size: 10.5pt; } table.cat tr { break-inside: avoid; }",
           ".redhead { font-size: 32pt; margin-bottom: 6mm; } h1.title { font-size: 20pt; line-height: 30pt; "
           "margin: 7mm 0 5mm 0; } .sign { margin-top: 20pt; }",
           f'@page {{ @bottom-center {{ content: {footer}; font: 12pt "Noto Serif CJK SC", serif; }} }}']
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(d.own.title)}</title>'
           f"<style>{''.join(css)}</style></head><body>"]
    for i, item in enumerate(d.items):
        if isinstance(item, Letter):
            out += html_letter(item, printed=True, first=i == 0)
        else:
            out += html_item_table(item, W_PR, printed=True, first=i == 0)
    out.append("</body></html>\n")
    return "\n".join(out)


def cms_doc(d: Doc) -> str:
    """The file as a CMS article page of the bureau's site: banner, menu, breadcrumb, 政府信息公开 box (the outermost
    letter's 文号 and dates), the article: the outermost letter's text, then each forwarded letter (title in bold) and
    each table, the pager, 相关链接, the footer."""
    c = d.cms
    own = d.own
    e = html.escape
    css = CMS_CSS.replace("__C__", c["color"]).replace("__D__", c["dark"]) + """
.art p.annex { font-weight: bold; margin-top: 18px; } .art p.post { font-size: 14px; } .art hr { border: 0;
border-top: 1px dashed #bbb; }
"""
    menu = "".join(f'<a href="#">{x}</a>' for x in ("首页", "机构概况", "政务公开", "政策文件", "就业创业", "人才人事",
                                                     "社会保障", "劳动关系", "办事服务", "互动交流"))
    y, m, dd = own.date_iso.split("-")
    published = f"{own.date_iso} {9 + int(dd) % 7:02d}:{(int(dd) * 7) % 60:02d}"
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(own.title)}_{e(own.office)}'
           f"</title><style>{css}</style></head><body>",
           f'<div class="site">{e(own.office)}<small>{e(c["english"])}</small></div><div class="menu">{menu}</div>',
           '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
           f'<a href="#">政策文件</a> &gt; {e(c.get("column", "通知公告"))}</div><div class="wrap">',
           '<table class="xxgk">'
           f'<tr><td class="k">索 引 号</td><td>{e(c["info"])}</td><td class="k">主题分类</td><td>劳动、人事、监察</td></tr>'
           f'<tr><td class="k">发布机构</td><td>{e(own.office)}</td><td class="k">成文日期</td><td>{e(own.date_cn)}</td>'
           "</tr>"
           f'<tr><td class="k">文　　号</td><td>{e(own.docno)}</td><td class="k">发布日期</td>'
           f"<td>{e(published[:10])}</td></tr>"
           f'<tr><td class="k">名　　称</td><td colspan="3">{e(own.title)}</td></tr></table>',
           f'<h1 class="art">{e(own.title)}</h1>',
           f'<div class="art-meta"><span>发布时间：{e(published)}</span><span>来源：{e(own.office)}</span>'
           f'<span>浏览次数：{c["views"]}</span><span>【字体：大 中 小】</span></div><div class="art">']
    for i, item in enumerate(d.items):
        if isinstance(item, Letter):
            out += html_letter(item, printed=False, first=i == 0, head=i != 0)
        else:
            out += html_item_table(item, W_CMS, printed=False, first=False)
    out.append(f'<div class="pager">{PAGER_ONE}</div>')
    out.append("</div></div>")
    out.append('<div class="links">相关链接：' + "".join(
        f'<a href="#">{e(x)}</a>' for x in (c["province_site"], "中华人民共和国人力资源和社会保障部")) + "</div>")
    out.append(f'<div class="foot">主办：{e(own.office)}　{e(c["icp"])}　网站标识码：{e(c["code"])}<br>'
               "建议使用1366×768分辨率浏览</div></body></html>\n")
    return "\n".join(out)


PAGER_ONE = ('<span class="t">共1页</span><span class="off">首页</span><span class="off">上一页</span><b>1</b>'
             '<span class="off">下一页</span><span class="off">尾页</span>')
FOOT_WORD_OF = "第 {PAGE} 页 共 {NUMPAGES} 页"


def render(d: Doc, tmp: Path) -> tuple[str, str]:
    """Write d into OUT; the README's line on how it was made."""
    if d.kind == "docx":
        word_file(d, OUT / f"{d.stem}.docx")
        return f"{d.stem}.docx", "DOCX (python-docx)"
    if d.kind == "lo":
        src = word_file(d, tmp / f"{d.stem}.docx")
        out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (LibreOffice from DOCX), {pages(out)} pages"
    if d.kind == "chromium":
        src = tmp / f"{d.stem}.html"
        src.write_text(print_doc(d, FOOT_OF if "共" in d.footer else FOOT_DASH), encoding="utf-8")
        out = pack(chromium(src, tmp / f"{d.stem}.chromium.pdf"), OUT / f"{d.stem}.pdf")
        return f"{d.stem}.pdf", f"PDF (Chromium print of HTML), {pages(out)} pages"
    if d.kind == "cms":
        (OUT / f"{d.stem}.html").write_text(cms_doc(d), encoding="utf-8")
        return f"{d.stem}.html", "HTML CMS page of the bureau's site"
    raise KeyError(d.kind)


# --- bodies -----------------------------------------------------------------------------------------------------------

def contact(seed: str, area: str, who: str = "") -> str:
    rng = random.Random(f"unseen41-{seed}")
    return f"{who}联系人：{person(rng)}，联系电话：{phone(rng, area)}。"


def province_letter(office: str, short: str, docno: str, date_iso: str, cat: str, n: int, addressee: str,
                    area: str, seed: str) -> Letter:
    """A province's (or autonomous region's) 印发 notice of its catalog."""
    where = "我区" if "自治区" in office else "我省"
    return Letter(
        office=office, docno=docno, date_iso=date_iso, title=f"关于印发《{cat}》的通知", addressee=addressee,
        body=[f"为进一步畅通国际化专业技术人才职称评价渠道，根据人力资源社会保障部有关要求，{short}研究制定了《{cat}》，"
              f"共收录国际职业资格{n}项，现印发给你们，请认真贯彻执行。",
              f"在{where}行政区域内用人单位从事专业技术工作、取得目录所列国际职业资格的专业技术人员，可按规定申请比照认定"
              "相应职称，由各地人力资源社会保障部门按照管理权限组织实施。"],
        annex=[cat], contact=contact(seed, area), public="（此件公开发布）", level="省")


def city_letter(office: str, docno: str, date_iso: str, cat: str, n: int, addressee: str, area: str, seed: str,
                province: str, *, place: str = "市", extra: Sequence[str] = ()) -> Letter:
    """A prefecture's (or county-level city's) own 印发 notice of its catalog."""
    return Letter(
        office=office, docno=docno, date_iso=date_iso, title=f"关于印发《{cat}》的通知", addressee=addressee,
        body=[f"根据{province}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，我局研究制定了《{cat}》，"
              f"共收录国际职业资格{n}项，现印发给你们，请结合实际认真贯彻执行。",
              f"在我{place}行政区域内用人单位从事专业技术工作、取得目录所列国际职业资格且证书在有效期内的专业技术人员，可按规定"
              "申请比照认定相应职称。比照认定的职称与评审取得的职称具有同等效力。", *extra],
        annex=[cat], contact=contact(seed, area), level="市")


def forward_body(L: Letter, *, outside: bool = False, drop: bool = False, upper: str, place: str = "市",
                 extra: Sequence[str] = (), short: bool = False) -> list[str]:
    """The forwarding notice's body: 现将《…》（文号）转发给你们 … and (unless short) a point or two of its own."""
    head = f"现将{cite(L, outside=outside, drop=drop)}转发给你们，请结合实际，认真贯彻执行。"
    if short:
        return [head + f"执行中遇到的问题，请及时向{upper}反映。", *extra]
    return [head + "现就有关事项补充通知如下：",
            f"一、申请人通过所在单位向{upper}提交申请材料，经审核并公示5个工作日无异议后，按程序报上级人力资源和社会保障部门"
            "复核认定。",
            *extra]


PROV = {
    "广东": dict(office="广东省人力资源和社会保障厅", short="我厅", addr="各地级以上市人力资源社会保障局，省直有关单位：",
               area="020"),
    "四川": dict(office="四川省人力资源和社会保障厅", short="我厅", addr="各市（州）人力资源社会保障局，省级有关部门（单位）：",
               area="028"),
    "宁夏": dict(office="宁夏回族自治区人力资源和社会保障厅", short="我厅", addr="各市、县（区）人力资源和社会保障局，区直各有关单位：",
               area="0951"),
    "河南": dict(office="河南省人力资源和社会保障厅", short="我厅", addr="各省辖市、济源示范区人力资源社会保障局，省直有关单位：",
               area="0371"),
}
CITY_ADDR = "各县（市、区）人力资源和社会保障局，市直各有关单位："
TOWN_ADDR = "各镇人民政府、街道办事处，市直各有关单位："
DIST_ADDR = "各乡镇人民政府、街道办事处，区直各有关单位："


def cat_name(place: str, batch: str = "第一批") -> str:
    return f"{place}国际职业资格比照认定职称目录（{batch}）"


def catalog(label: str, cat: str, rows: list[Row], owner: Letter, **kw) -> Table:
    return Table(label=label, title=cat, rows=rows, owner=owner.office, owner_docno=owner.docno, **kw)


def cms_site(name: str, english: str, color: str, dark: str, icp: str, code: str, info: str, views: int,
             province: str) -> dict:
    return dict(color=color, dark=dark, icp=icp, code=code, english=english, info=info, views=views,
                province_site=f"{province}人力资源和社会保障厅", name=name)


# --- the documents ------------------------------------------------------------------------------------------------------

def build() -> list[Doc]:
    docs: list[Doc] = []

    # 1. 丹江口 ← 十堰 (湖北): single forward, each letter on its own pages (红头 retyped), 版记 printed a day later
    cat = cat_name("十堰市")
    rows = rows_of(choose("danjiangkou", 20), "cn")
    up = city_letter("十堰市人力资源和社会保障局", "十人社发〔2024〕37号", "2024-09-12", cat, len(rows), CITY_ADDR,
                     "0719", "shiyan", "湖北省")
    up.redhead, up.new_page, up.public = True, True, "（此件主动公开）"
    own = Letter(office="丹江口市人力资源和社会保障局", docno="丹人社发〔2024〕52号", date_iso="2024-09-26",
                 title=fwd_title(up.office, up.title), addressee=TOWN_ADDR,
                 body=forward_body(up, upper="市人力资源和社会保障局专业技术人员管理股"),
                 contact=contact("danjiangkou", "0719"), annex=[f"{up.office}关于印发《{cat}》的通知"], redhead=True,
                 banji=("抄送：十堰市人力资源和社会保障局。", "丹江口市人力资源和社会保障局办公室", "2024年9月27日印发"))
    docs.append(Doc("danjiangkou-zhuanfa", "lo", "丹江口", [own, up, catalog("附件", cat, rows, up)], "第一批", cat,
                    "publish", "", "single forward 县级市 ← 地级市, each letter on its own page(s)",
                    word=Word(cant_split=True), tight=True))

    # 2. 赤壁 ← 咸宁 (湖北): single forward, the two letters run together on page 1; office outside the quote marks
    cat = cat_name("咸宁市")
    rows = rows_of(choose("chibi", 16), "cn_abbr")
    up = city_letter("咸宁市人力资源和社会保障局", "咸人社发〔2025〕8号", "2025-02-20", cat, len(rows), CITY_ADDR,
                     "0715", "xianning", "湖北省")
    own = Letter(office="赤壁市人力资源和社会保障局", docno="赤人社发〔2025〕11号", date_iso="2025-03-04",
                 title=fwd_title(up.office, up.title, outside=True), addressee=TOWN_ADDR,
                 body=forward_body(up, outside=True, upper="市人力资源和社会保障局专业技术人员管理股", short=True),
                 contact=contact("chibi", "0715"), redhead=True)
    docs.append(Doc("chibi-lianpai", "docx", "赤壁", [own, up, catalog("附件", cat, rows, up)], "第一批", cat,
                    "publish", "", "single forward 县级市 ← 地级市, the two letters run together on one page",
                    word=Word(head_shade="D9D9D9"), tight=True))

    # 3. 潮州 ← 广东省: province forward, own pages; the province's table prints its own column labels
    cat = cat_name("广东省")
    gd_rows = rows_of(choose("guangdong-pi1", 20), "cn")
    p = PROV["广东"]
    gd = province_letter(p["office"], p["short"], "粤人社发〔2024〕87号", "2024-07-15", cat, len(gd_rows), p["addr"],
                         p["area"], "guangdong")
    gd.redhead, gd.new_page = True, True
    own = Letter(office="潮州市人力资源和社会保障局", docno="潮人社发〔2024〕66号", date_iso="2024-08-02",
                 title=fwd_title(gd.office, gd.title), addressee=CITY_ADDR,
                 body=forward_body(gd, upper="市人力资源和社会保障局专业技术人员管理科"),
                 contact=contact("chaozhou", "0768"), annex=[f"{gd.office}关于印发《{cat}》的通知"], redhead=True)
    cols = [("序号", "seq"), ("国际职业资格名称", "qual"), ("中文名称", "trans"), ("颁证机构", "issuer"),
            ("可比照认定的职称", "title"), ("所属职称系列", "series")]
    docs.append(Doc("chaozhou-shengting", "chromium", "潮州", [own, gd, catalog("附件", cat, gd_rows, gd, cols=cols)],
                    "第一批", cat, "publish", "", "province forward 市 ← 省, each letter on its own page",
                    footer="第 {PAGE} 页 共 {NUMPAGES} 页"))

    # 4. 达州 ← 四川省 (第一批): province forward as the city bureau's CMS page, letters run together
    cat = cat_name("四川省")
    rows = rows_of(choose("sichuan-pi1", 22), "cn")
    p = PROV["四川"]
    sc1 = province_letter(p["office"], p["short"], "川人社发〔2024〕31号", "2024-11-08", cat, len(rows), p["addr"],
                          p["area"], "sichuan1")
    own = Letter(office="达州市人力资源和社会保障局", docno="达市人社发〔2024〕87号", date_iso="2024-11-25",
                 title=fwd_title(sc1.office, sc1.title), addressee=CITY_ADDR,
                 body=forward_body(sc1, upper="市人力资源和社会保障局专业技术人员管理科"),
                 contact=contact("dazhou", "0818"))
    docs.append(Doc("dazhou-wangye", "cms", "达州", [own, sc1, catalog("附件", cat, rows, sc1)], "第一批", cat,
                    "publish", "", "province forward 市 ← 省 on the city bureau's web page, the letters in one article",
                    cms=cms_site("达州", "Dazhou Human Resources and Social Security Bureau", "#a3151c", "#7f1016",
                                 "蜀ICP备05009123号", "5117000012", "115117000089012345/2024-00388", 1386, "四川省")))

    # 5. 利通区 ← 吴忠 ← 宁夏: double forward, three letters each on its own page, the nested title alternating
    #    《〈《》〉》
    cat = cat_name("宁夏回族自治区")
    rows = rows_of(choose("ningxia-pi1", 12), "cn")
    p = PROV["宁夏"]
    nx = province_letter(p["office"], p["short"], "宁人社发〔2024〕112号", "2024-10-10", cat, len(rows), p["addr"],
                         p["area"], "ningxia")
    nx.new_page = True
    wz = Letter(office="吴忠市人力资源和社会保障局", docno="吴人社发〔2024〕58号", date_iso="2024-10-24",
                title=fwd_title(nx.office, nx.title), addressee=CITY_ADDR,
                body=forward_body(nx, upper="市人力资源和社会保障局专业技术人员管理科", short=True),
                contact=contact("wuzhong", "0953"), new_page=True, level="市")
    own = Letter(office="吴忠市利通区人力资源和社会保障局", docno="吴利人社发〔2024〕41号", date_iso="2024-11-05",
                 title=fwd_title(wz.office, wz.title), addressee=DIST_ADDR,
                 body=forward_body(wz, upper="区人力资源和社会保障局人才开发股", place="区"),
                 contact=contact("litong", "0953"), redhead=True)
    docs.append(Doc("litong-shuangzhuan", "lo", "吴忠", [own, wz, nx, catalog("附件", cat, rows, nx)],
                    "第一批", cat, "publish", "", "double forward 区 ← 市 ← 省, three letters each on its own page",
                    footer=FOOT_WORD_OF, word=Word(cant_split=True), tight=True))

    # 6. 殷都区 ← 安阳 ← 河南省: double forward run together; the clerk drops the third level of marks
    cat = cat_name("河南省")
    rows = rows_of(choose("henan-pi1", 18), "mixed")
    p = PROV["河南"]
    hn = province_letter(p["office"], p["short"], "豫人社办〔2025〕9号", "2025-03-03", cat, len(rows), p["addr"],
                         p["area"], "henan")
    ay = Letter(office="安阳市人力资源和社会保障局", docno="安人社〔2025〕15号", date_iso="2025-03-18",
                title=fwd_title(hn.office, hn.title), addressee=CITY_ADDR,
                body=forward_body(hn, upper="市人力资源和社会保障局专业技术人员管理科", short=True),
                contact=contact("anyang", "0372"), level="市")
    own = Letter(office="安阳市殷都区人力资源和社会保障局", docno="殷人社〔2025〕7号", date_iso="2025-03-27",
                 title=fwd_title(ay.office, ay.title, drop=True), addressee=DIST_ADDR,
                 body=forward_body(ay, drop=True, upper="区人力资源和社会保障局专业技术人员管理股", place="区", short=True),
                 contact=contact("yindu", "0372"), redhead=True)
    docs.append(Doc("yindu-shuangzhuan", "docx", "安阳", [own, ay, hn, catalog("附件", cat, rows, hn)], "第一批", cat,
                    "publish", "", "double forward 区 ← 市 ← 省, the three letters run together; third-level marks "
                    "dropped", word=Word(letterhead=True), tight=True))

    # 7. 资阳 ← 四川省 (第二批) + 资阳's own 6 rows (附件2, 序号 1-6)
    cat = cat_name("四川省", "第二批")
    sc2_rows = rows_of(choose("sichuan-pi2", 12, exclude=[qkey(r) for r in docs[3].tables[0].rows]), "cn")
    used = [qkey(r) for r in docs[3].tables[0].rows + sc2_rows]
    add_rows = rows_of(choose("ziyang-add", 6, exclude=used), "cn")
    p = PROV["四川"]
    sc2 = province_letter(p["office"], p["short"], "川人社发〔2025〕19号", "2025-05-14", cat, len(sc2_rows), p["addr"],
                          p["area"], "sichuan2")
    sc2.label, sc2.new_page = "附件1", True
    add_title = "资阳市增补国际职业资格比照认定职称目录"
    own = Letter(office="资阳市人力资源和社会保障局", docno="资人社发〔2025〕38号", date_iso="2025-05-30",
                 title=fwd_title(sc2.office, sc2.title), addressee=CITY_ADDR,
                 body=forward_body(sc2, upper="市人力资源和社会保障局专业技术人员管理科", extra=[
                     f"二、结合我市实际，增补以下{len(add_rows)}项国际职业资格比照认定职称项目（见附件2），与省目录一并执行。"]),
                 contact=contact("ziyang", "028"), annex=[f"{sc2.office}关于印发《{cat}》的通知", add_title],
                 redhead=True)
    docs.append(Doc("ziyang-zengbu", "chromium", "资阳",
                    [own, sc2, catalog("附件", cat, sc2_rows, sc2),
                     Table(label="附件2", title=add_title, rows=add_rows, owner=own.office, owner_docno=own.docno)],
                    "第二批", cat, "publish", "", "province forward with the city's own 6 rows as 附件2 (序号 1-6)"))

    # 8. 龙南 ← 赣州 (江西): forward + 4 rows of its own after 赣州's catalog, 序号 going on (23-26); CMS
    cat = cat_name("赣州市")
    rows = rows_of(choose("ganzhou", 22), "cn_abbr")
    add = rows_of(choose("longnan-add", 4, exclude=[qkey(r) for r in rows]), "cn_abbr", start=len(rows) + 1)
    up = city_letter("赣州市人力资源和社会保障局", "赣市人社发〔2025〕21号", "2025-04-10", cat, len(rows), CITY_ADDR,
                     "0797", "ganzhou", "江西省")
    own = Letter(office="龙南市人力资源和社会保障局", docno="龙人社发〔2025〕18号", date_iso="2025-04-23",
                 title=fwd_title(up.office, up.title), addressee=TOWN_ADDR,
                 body=forward_body(up, upper="市人力资源和社会保障局专业技术人员管理股", extra=[
                     f"二、结合我市实际，增补以下{len(add)}项（序号{add[0].seq}—{add[-1].seq}，附后），与赣州市目录一并执行。"]),
                 contact=contact("longnan", "0797"))
    docs.append(Doc("longnan-zengbu", "cms", "龙南",
                    [own, up, catalog("附件", cat, rows, up),
                     Table(label="", title="龙南市增补项目", line=f"（共{len(add)}项）", rows=add, owner=own.office,
                           owner_docno=own.docno)],
                    "第一批", cat, "publish", "", "forward of the prefecture's catalog with 4 rows of its own after it "
                    "(序号 23-26)",
                    cms=cms_site("龙南", "Longnan Human Resources and Social Security Bureau", "#1d5fa6", "#164a82",
                                 "赣ICP备16003712号", "3607270011", "11360727MB1C2025/2025-00212", 642, "江西省")))

    # 9. 云浮 ← 广东省 (the same notice 潮州 forwards): catalog NOT attached, 目录详见省人社厅网站
    own = Letter(office="云浮市人力资源和社会保障局", docno="云人社函〔2024〕141号", date_iso="2024-08-09",
                 title=fwd_title(gd.office, gd.title), addressee=CITY_ADDR,
                 body=forward_body(gd, upper="市人力资源和社会保障局专业技术人员管理科", extra=[
                     f"二、因篇幅较长，《{cat_name('广东省')}》本文不再附印，目录详见省人社厅网站（hrss.gd.gov.cn）"
                     "“通知公告”栏目，请各单位自行下载。"]),
                 contact=contact("yunfu", "0766"), redhead=True)
    gd2 = Letter(**{**gd.__dict__, "annex": [f"{cat_name('广东省')}（略）"], "new_page": True, "redhead": False})
    docs.append(Doc("yunfu-weifujian", "chromium", "云浮", [own, gd2], "第一批", cat_name("广东省"), "no-catalog", "",
                    "province forward whose catalog is not attached (目录详见省人社厅网站)"))

    # 10. 个旧 ← 红河州: a forward of a 职称评审 schedule (a table of dates and contacts): no catalog (control)
    rng = random.Random("unseen41-honghe-table")
    sched = [["1", "工程系列（机械、电子信息）", "中级", "2025年8月15日", "红河州工业和信息化局"],
             ["2", "工程系列（建设工程）", "中级", "2025年8月15日", "红河州住房和城乡建设局"],
             ["3", "农业技术人员", "中级", "2025年8月22日", "红河州农业农村局"],
             ["4", "经济系列", "中级", "2025年8月22日", "红河州人力资源和社会保障局"],
             ["5", "会计系列", "中级", "2025年8月29日", "红河州财政局"],
             ["6", "卫生系列", "中级", "2025年9月5日", "红河州卫生健康委员会"],
             ["7", "中小学教师", "中级", "2025年9月12日", "红河州教育体育局"],
             ["8", "工程系列（机械、建设工程）", "副高级", "2025年9月19日", "红河州人力资源和社会保障局"]]
    sched = [r + [person(rng), phone(rng, "0873")] for r in sched]
    hh = Letter(office="红河州人力资源和社会保障局", docno="红人社发〔2025〕31号", date_iso="2025-06-16",
                title="关于做好2025年度职称评审工作的通知", addressee="各县（市）人力资源和社会保障局，州直各有关单位：",
                body=["为做好我州2025年度职称评审工作，根据《云南省职称评审管理服务实施办法》等有关规定，现就有关事项通知如下：",
                      "一、各系列（专业）申报截止时间、受理部门及联系人见附件，逾期不予受理。",
                      "二、取得国际职业资格的专业技术人员，可按照《云南省国际职业资格比照认定职称目录》申请比照认定相应职称，"
                      "不参加本年度评审。"],
                annex=["2025年度职称评审工作安排表"], contact=contact("honghe", "0873"), new_page=True, level="州")
    own = Letter(office="个旧市人力资源和社会保障局", docno="个旧人社发〔2025〕24号", date_iso="2025-06-27",
                 title=fwd_title(hh.office, hh.title), addressee=TOWN_ADDR,
                 body=[f"现将{cite(hh)}转发给你们，请认真贯彻执行。我市各单位申报材料须于州受理截止时间前10个工作日报送市人力"
                       "资源和社会保障局专业技术人员管理股初审，逾期不予受理。"],
                 contact=contact("gejiu", "0873"), annex=[f"{hh.office}{swap(hh.title)}"], redhead=True)
    grid = Table(label="附件", title="2025年度职称评审工作安排表", glabels=["序号", "评审系列（专业）", "评审层级",
                                                                    "申报截止时间", "受理部门", "联系人", "联系电话"],
                 grid=sched, gwidths=[0.9, 3.4, 1.3, 2.6, 3.4, 1.6, 2.8], gcentre=(0, 2, 3, 5, 6), owner=hh.office,
                 owner_docno=hh.docno)
    docs.append(Doc("gejiu-pingshen", "lo", "个旧", [own, hh, grid], "", "", "no-catalog", "",
                    "control: a forward of a 职称评审 schedule (table of dates and contacts), no catalog", control=True,
                    word=Word(cant_split=True), tight=True))

    # 11. 凯里 (黔东南): its own catalog; the body CITES three earlier documents by title and 文号 (control)
    cat = cat_name("凯里市")
    rows = rows_of(choose("kaili", 20), "cn_abbr")
    c1 = ("黔人社发〔2024〕17号", "贵州省人力资源和社会保障厅", "关于印发《贵州省国际职业资格比照认定职称工作实施办法（试行）》的通知")
    c2 = ("黔人社发〔2024〕52号", "贵州省人力资源和社会保障厅", "关于印发《贵州省国际职业资格比照认定职称目录（第一批）》的通知")
    c3 = ("黔东南人社发〔2024〕33号", "黔东南州人力资源和社会保障局",
          "关于转发《贵州省人力资源和社会保障厅关于印发〈贵州省国际职业资格比照认定职称目录（第一批）〉的通知》的通知")
    q = [f"《{o}{swap(t)}》（{d}）" for d, o, t in (c1, c2, c3)]
    own = Letter(office="凯里市人力资源和社会保障局", docno="凯人社发〔2025〕19号", date_iso="2025-07-08",
                 title=f"关于印发《{cat}》的通知", addressee=TOWN_ADDR,
                 body=[f"根据{q[0]}和{q[1]}精神，按照{q[2]}要求，结合我市产业发展实际，我局在省目录基础上研究制定了"
                       f"《{cat}》，共收录国际职业资格{len(rows)}项，现印发给你们，请认真贯彻执行。",
                       "一、在我市行政区域内用人单位从事专业技术工作，取得目录所列国际职业资格且证书在有效期内的专业技术人员，"
                       "可按规定申请比照认定相应职称。",
                       "二、申请人经所在单位审核、公示不少于5个工作日后，向市人力资源和社会保障局提交申请，由市人力资源和社会保障局"
                       "复核认定，报黔东南州人力资源和社会保障局备案。",
                       "三、本目录与《贵州省国际职业资格比照认定职称目录（第一批）》不一致的，以省目录为准。"],
                 annex=[cat], contact=contact("kaili", "0855"), redhead=True)
    docs.append(Doc("kaili-yinyong", "docx", "凯里", [own, catalog("附件", cat, rows, own)], "第一批", cat, "publish",
                    "", "control: its own catalog; the body cites three earlier notices by title and 文号 (not a "
                    "forward)", control=True, word=Word(letterhead=True),
                    cited=[{"doc_number": d, "office": o, "notice_title": t} for d, o, t in (c1, c2, c3)]))

    # 12. 凭祥 (广西): its own 印发 notice; the catalog's own name holds a quoted 《区域全面经济伙伴关系协定》 (control)
    cat = "凭祥市《区域全面经济伙伴关系协定》成员国国际职业资格比照认定职称目录（第一批）"
    rcep = ["技術士（機械部門）", "Professional Engineer (Civil)", "Chartered Professional Engineer (CPEng)",
            "Certified Practising Accountant (CPA)", "Fellow Certified Practising Accountant (FCPA)", "日商簿記検定1級",
            "Certified Translator", "Certified Conference Interpreter"]
    rows = rows_of([pool_row(x) for x in rcep], "cn_abbr")
    own = Letter(office="凭祥市人力资源和社会保障局", docno="凭人社发〔2025〕35号", date_iso="2025-08-12",
                 title=f"关于印发《{swap(cat)}》的通知",
                 addressee="各乡镇人民政府，市直各有关单位，中国（广西）自由贸易试验区崇左片区凭祥综合保税区管理机构：",
                 body=["为深入落实《区域全面经济伙伴关系协定》（RCEP），服务中国—东盟开放合作，吸引RCEP成员国专业技术人才来凭"
                       f"创新创业，根据广西壮族自治区人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，我局研究制定了"
                       f"《{swap(cat)}》，共收录国际职业资格{len(rows)}项，现印发给你们，请认真贯彻执行。",
                       "一、目录所列国际职业资格均由RCEP成员国（或地区）相关机构颁发。在我市行政区域内用人单位从事专业技术工作、"
                       "取得目录所列国际职业资格且证书在有效期内的专业技术人员，可按规定申请比照认定相应职称。",
                       "二、申请人经所在单位审核、公示不少于5个工作日后，向市人力资源和社会保障局提交申请，由市人力资源和社会保障局"
                       "复核认定。比照认定的职称与评审取得的职称具有同等效力。"],
                 annex=[cat], contact=contact("pingxiang", "0771"), redhead=True)
    docs.append(Doc("pingxiang-shuminghao", "chromium", "凭祥", [own, catalog("附件", cat, rows, own)], "第一批", cat,
                    "publish", "", "control: its own 印发 notice, the catalog's name holds a quoted 《…》 treaty name",
                    control=True))

    # 13. 庄河 (大连): its own 第二批; the body cites 第一批 and 大连's notice and asks to 转发 it on (control); CMS
    cat = cat_name("庄河市", "第二批")
    rows = rows_of(choose("zhuanghe-pi2", 15), "cn")
    c1 = ("大人社发〔2024〕77号", "大连市人力资源和社会保障局", "关于开展国际职业资格比照认定职称工作的通知")
    c2 = ("庄人社发〔2024〕31号", "庄河市人力资源和社会保障局", f"关于印发《{cat_name('庄河市')}》的通知")
    own = Letter(office="庄河市人力资源和社会保障局", docno="庄人社发〔2025〕27号", date_iso="2025-09-02",
                 title=f"关于印发《{cat}》的通知", addressee="各乡镇人民政府、街道办事处，市直各有关单位，各有关企业：",
                 body=[f"根据《{c1[1]}{swap(c1[2])}》（{c1[0]}）要求，在《{c2[1]}{swap(c2[2])}》（{c2[0]}）基础上，"
                       f"我局研究制定了《{cat}》，共收录国际职业资格{len(rows)}项，现印发给你们，请认真贯彻执行。",
                       "一、第一批目录继续执行，申请人可按两批目录申请比照认定。",
                       "二、比照认定申请每季度末集中受理，由市人力资源和社会保障局复核认定。",
                       "三、请各乡镇（街道）人力资源和社会保障服务所、各行业主管部门及时将本通知转发至辖区（本行业）内用人单位，"
                       "做好政策宣传。"],
                 annex=[cat], contact=contact("zhuanghe", "0411"))
    docs.append(Doc("zhuanghe-zhuanda", "cms", "庄河", [own, catalog("附件", cat, rows, own)], "第二批", cat,
                    "publish", "", "control: its own 第二批 notice on the bureau's page; the body cites two notices "
                    "by title and 文号 and asks for it to be 转发 on (not a forward)", control=True,
                    cited=[{"doc_number": d, "office": o, "notice_title": t} for d, o, t in (c1, c2)],
                    cms=cms_site("庄河", "Zhuanghe Human Resources and Social Security Bureau", "#14609e", "#0f4c7d",
                                 "辽ICP备10201563号", "2102830006", "112102830012345678/2025-01127", 517, "辽宁省")))

    # 14. 肥城 ← 泰安 (山东): a forward with NO 文号 of its own, on the bureau's page, letters run together
    cat = cat_name("泰安市")
    rows = rows_of(choose("taian", 18), "cn_full")
    up = city_letter("泰安市人力资源和社会保障局", "泰人社发〔2025〕13号", "2025-03-20", cat, len(rows), CITY_ADDR,
                     "0538", "taian", "山东省")
    own = Letter(office="肥城市人力资源和社会保障局", docno="", date_iso="2025-04-02",
                 title=fwd_title(up.office, up.title), addressee=TOWN_ADDR,
                 body=forward_body(up, upper="市人力资源和社会保障局专业技术人员管理科", short=True),
                 contact=contact("feicheng", "0538"))
    docs.append(Doc("feicheng-wuwenhao", "cms", "肥城", [own, up, catalog("附件", cat, rows, up)], "第一批", cat,
                    "publish", "", "single forward with no 文号 of its own (CMS page): doc_number is empty, not the "
                    "forwarded 文号",
                    cms=cms_site("肥城", "Feicheng Human Resources and Social Security Bureau", "#b0181f", "#8c1218",
                                 "鲁ICP备09041275号", "3709830004", "113709830043210987/2025-00093", 873, "山东省")))
    for d in docs:
        d.why = why_of(d)
    return docs


# --- truth ----------------------------------------------------------------------------------------------------------------

def truth_rows(d: Doc) -> list[list[str]]:
    out = []
    for t in d.tables:
        if not t.catalog:
            continue
        out += [[r.seq, r.qual, r.trans, r.issuer, r.title, r.series_p] for r in t.rows]
    return out


def why_of(d: Doc) -> str:
    own, fw = d.own, d.letters[1:]
    cats = [t for t in d.tables if t.catalog]
    n = sum(len(t.rows) for t in cats)
    chain = " ← ".join([own.office, *(x.office for x in fw)])
    who = (f"The file is {own.office}'s notice{' ' + own.docno if own.docno else ' (no 文号 of its own)'} of "
           f"{own.date_iso}")
    if fw:
        who += (f", forwarding ({chain}) " + "; ".join(f"{x.office}'s {x.docno} of {x.date_iso}" for x in fw)
                + ", each forwarded letter printed in full after it")
        lay = "on its own page(s)" if all(x.new_page for x in fw) else "run together with the letter above it"
        who += f" ({lay})"
    who += "."
    notice = (" The notice fields are the outermost (publishing) letter's: its 文号, office, date and title; the "
              "forwarded letters are listed under \"forwarded\", outermost first.")
    if d.stem == "feicheng-wuwenhao":
        notice += (f" Its own letter carries no 文号 (the CMS box leaves 文号 empty), so doc_number is \"\"; "
                   f"{fw[0].docno} is the forwarded notice's.")
    if d.stem == "yindu-shuangzhuan":
        notice += (" Its title drops the third level of quotation marks (the province's catalog name stands bare "
                   "inside 〈…〉); notice_title is as printed.")
    if d.stem == "litong-shuangzhuan":
        notice += " Its title nests three levels 《〈《》〉》, as printed."
    if d.stem == "danjiangkou-zhuanfa":
        notice += (" Its 版记 says 2024年9月27日印发, a day after the date signed (2024年9月26日): issue_date is the "
                   "signed date (成文日期).")
    if d.stem == "chibi-lianpai":
        notice += " Its title names the office outside the marks: 关于转发咸宁市人力资源和社会保障局《关于印发〈…〉的通知》的通知."
    if d.expected == "no-catalog":
        if d.stem == "yunfu-weifujian":
            what = (" NO CATALOG: the forwarding letter says the catalog is not printed (目录详见省人社厅网站) and the "
                    "forwarded letter's 附件 line reads （略）; there is no table at all. catalog_title and batch name the "
                    "catalog it refers to (the same 粤人社发〔2024〕87号 catalog chaozhou-shengting.pdf holds), which this "
                    "file does not hold.")
        else:
            what = (" NO CATALOG: the forwarded notice is a 2025 职称评审 work notice; its attachment is a schedule "
                    "(序号, 评审系列（专业）, 评审层级, 申报截止时间, 受理部门, 联系人, 联系电话), not a catalog of "
                    "qualifications. Its body names 《云南省国际职业资格比照认定职称目录》 only in passing. catalog_title "
                    "and batch are \"\".")
        return who + notice + what
    parts = "; ".join(f"{t.title} ({len(t.rows)} rows, 序号 {t.rows[0].seq}-{t.rows[-1].seq}, the attachment of "
                      f"{t.owner}{' ' + t.owner_docno if t.owner_docno else ''})" for t in cats)
    what = f" The catalog: {parts}; {n} rows to publish, in print order."
    if len(cats) > 1:
        what += (" The catalog in force for the city is both tables: the forwarded catalog and the rows the forwarding "
                 "letter adds (结合我市实际，增补…), which it says are carried out together with it; catalog_title and "
                 "batch are the forwarded catalog's, catalog_parts lists both.")
    if d.control:
        if d.stem == "kaili-yinyong":
            what += (" CONTROL: not a forward; the body cites " + ", ".join(c["doc_number"] for c in d.cited)
                     + " by title and 文号 (\"cited\"); none of them is printed in the file; the catalog is the city's "
                     "own, under its own 文号.")
        if d.stem == "zhuanghe-zhuanda":
            what += (" CONTROL: not a forward; the body cites " + ", ".join(c["doc_number"] for c in d.cited)
                     + " and asks 乡镇（街道） to 转发 this notice on; the catalog is the city's own 第二批.")
        if d.stem == "pingxiang-shuminghao":
            what += (" CONTROL: not a forward; the catalog's name holds the treaty name in 《》 (in the notice title "
                     "nested as 〈区域全面经济伙伴关系协定〉); catalog_title is the name as the attachment heading prints it.")
    return who + notice + what


def write_truth(d: Doc) -> None:
    rows = truth_rows(d)
    quals = [(r[1], r[3]) for r in rows]
    assert len(set(quals)) == len(quals), (d.stem, "a qualification twice")
    cats = [t for t in d.tables if t.catalog]
    labels = [t.labels for t in cats]
    assert all(x == labels[0] for x in labels), labels
    assert (d.expected == "no-catalog") == (not rows), d.stem
    assert all(8 <= len(t.rows) or t.owner == d.own.office and len(cats) > 1 for t in cats), d.stem
    assert not rows or 8 <= len(rows) <= 35, d.stem
    own = d.own
    data = {"header": list(HEADER), "printed_header": labels[0] if labels else [], "rows": rows,
            "notice": {"doc_number": own.docno, "city": d.city, "office": own.office, "notice_title": own.title,
                       "issue_date": own.date_iso, "batch": d.batch, "catalog_title": d.catalog_title},
            "forwarded": [x.truth() for x in d.letters[1:]],
            "catalog_parts": [{"title": t.title, "issued_by": t.owner, "doc_number": t.owner_docno,
                               "rows": len(t.rows), "first_seq": t.rows[0].seq, "last_seq": t.rows[-1].seq}
                              for t in cats]}
    if d.cited:
        data["cited"] = d.cited
    others = [t for t in d.tables if not t.catalog]
    if others:
        data["other_tables"] = [{"title": t.title, "printed_header": t.labels, "rows": len(t.grid),
                                 "issued_by": t.owner} for t in others]
    data["expected"] = d.expected
    data["why"] = d.why
    (OUT / f"{d.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: Sequence[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    docs = build()
    made = []
    with tempfile.TemporaryDirectory() as t:
        for d in docs:
            if argv and not any(d.stem.startswith(a) for a in argv):
                continue
            sub = Path(t) / d.stem
            sub.mkdir()
            name, how = render(d, sub)
            write_truth(d)
            made.append((d, name, how))
            print(d.stem, "done", flush=True)
    if not argv:
        write_readme(made)


def write_readme(made) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for d, name, how in made:
        rows = truth_rows(d)
        cats = [t for t in d.tables if t.catalog]
        n = " + ".join(str(len(t.rows)) for t in cats) or "0"
        lines.append(f"  {name}  [{d.expected}]{'  (control)' if d.control else ''}")
        lines.append(f"      {how}; {d.what}; {n} = {len(rows)} rows")
        lines.append(f"      notice: {d.own.docno or '(no 文号)'} {d.own.office} {d.own.date_iso}")
        for x in d.letters[1:]:
            lines.append(f"      forwarded: {x.docno} {x.office} {x.date_iso}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * chaozhou-shengting.pdf and yunfu-weifujian.pdf forward the SAME province notice (粤人社发〔2024〕87号): the
    first attaches its catalog (20 rows), the second does not (no-catalog). Loaded together, the 20 rows come from
    潮州's file only.
  * The 四川 第二批 catalog in ziyang-zengbu.pdf and the 第一批 in dazhou-wangye.html share no qualification;
    资阳's six added rows share none with either.
  * 序号 restart at 1 in ziyang's 附件2 (its own rows) and go on (23-26) in longnan's added table; in both the rows
    are part of the catalog.
  * chaozhou's province table prints its own labels (国际职业资格名称, 中文名称, 颁证机构, 可比照认定的职称, 所属职称系列);
    the rows are in canonical column order as usual.
  * Titles in Word / print are broken over lines as a clerk sets them (split_title); the truth holds the whole title.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
