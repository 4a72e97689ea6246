"""Regenerate tests/fixtures/unseen35: a blind probe round of how cities WORD and ORDER a catalog's columns, and what
they put in them.

    /work/main/.venv/bin/python tests/make_unseen35.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen35.py yantai heyuan   # only these (by city stem)

Whole notices (文号, title, 主送, body, 附件说明, office and date, then the 附件 with the catalog title and the ruled
table, notes under it in some), each with a catalog of 18 to 58 rows, in places no earlier round used (山东 烟台, 威海,
日照, 德州, 聊城; 河北 承德, 衡水; 广东 汕尾, 河源; 四川 眉山, 雅安; 云南 临沧; 黑龙江 哈尔滨; and the look-alikes
山东 滨州, 四川 广安, 广东 阳江). Each catalog varies one or two things about its COLUMNS: the heading words (编号, 序,
境外职业资格名称, 证书名称（英文）, 资格名称（原文）, 中文译名, 证书中文名称, 发证机构, 颁发机构, 认证机构, 可比照认定职称,
认定职称, 对应专业技术职务, 比照职称, 职称系列, 评审系列, 专业类别, 所属专业; bilingual headings; headings with a note in
brackets; headings broken over two lines in one cell), their ORDER (所属系列 first and merged down; 颁证单位 first and
merged down; 对应职称 and 所属系列 before the qualification; 所属系列 before 对应职称; 译名 after 颁证单位; the Chinese
name before the foreign one), extra columns (国别, 备注 with real remarks, a 备注 empty on most rows, a blank column or a
类别 column before 序号), the qualification and its Chinese name in ONE column (two lines of one cell, or one line),
no 所属系列 column, and 对应职称 printed with its level (工程师（中级）).

Every qualification and issuing body is real (the rows of the two bundled notices as tests/make_unseen31.py copied
them, and the further real international qualifications of tests/make_unseen34.py, copied here); the look-alikes'
vocational certificates are real too. Notices, people and phone numbers are invented (seeded random: regeneration is
deterministic).

Self-contained: it imports nothing of the project (python-docx, openpyxl and lxml from the venv). DOCX by python-docx
(zip dates and core properties pinned), PDFs printed from the DOCX by LibreOffice headless (soffice --convert-to pdf)
or from a web page by headless Chromium (--print-to-pdf), PDF dates, /ID and uuids pinned, then qpdf
--deterministic-id; web pages written here as a government CMS article page; one workbook by openpyxl. Apt packages:
libreoffice writer, chromium, poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header", "rows", "notice": {doc_number, city, office, notice_title,
issue_date, batch, catalog_title}, "why"}, rows in the CANONICAL column order (序号, 职业资格名称, 译名, 颁证单位,
对应职称, 所属系列) whatever order the document prints, or {"catalog": false, "why"} for a look-alike. Written from this
script's own data, never read back from the documents.
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
OUT = ROOT / "tests" / "fixtures" / "unseen35"
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


def phone(rng: random.Random, area: str) -> str:
    digits = 8 if len(area) <= 3 else 7
    return f"{area}-{rng.randint(2, 8)}{rng.randint(10 ** (digits - 2), 10 ** (digits - 1) - 1)}"


# --- the notice ----------------------------------------------------------------------------------------------------

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
    labels: list[str]  # the table's own header words ("\n": broken in the cell)
    table: list[list[str]]  # the printed cells
    keys: list[str] = field(default_factory=list)  # what each column holds (catalogs)
    rows: list[Row] = field(default_factory=list)  # catalog rows (truth); empty for a look-alike
    merge_cols: tuple[int, ...] = ()  # columns whose equal neighbours are merged down
    centre_cols: tuple[int, ...] = ()
    notes: list[str] = field(default_factory=list)  # words under the table
    annex_note: str = ""
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


def catalog(stem: str, city: str, docno: str, date_iso: str, batch: str, rows: list[Row],
            cols: Sequence[tuple[str, str]], *, area: str, addressee: str, province: str, verb: str = "印发",
            prev: str = "", merge: Sequence[str] = (), notes: Sequence[str] = (), office: str = "") -> Notice:
    rng = random.Random(f"unseen35-{stem}")
    office = office or f"{city}市人力资源和社会保障局"
    cat = f"{city}市国际职业资格比照认定职称目录（{batch}）"
    title = f"关于印发《{cat}》的通知" if verb == "印发" else f"关于{verb}{cat}的通知"
    keys = [k for _, k in cols]
    table = [[cell_value(r, k) for k in keys] for r in rows]
    merge_cols = tuple(keys.index(k) for k in merge)
    centre = tuple(i for i, k in enumerate(keys) if k in CENTRE_KEYS)
    return Notice(stem=stem, city=city, office=office, docno=docno, date_iso=date_iso, batch=batch, title=title,
                  catalog_title=cat, addressee=addressee, body=body_text(city, province, cat, verb, prev),
                  contact=f"联系人：{person(rng)}，联系电话：{phone(rng, area)}", labels=[lab for lab, _ in cols],
                  table=table, keys=keys, rows=rows, merge_cols=merge_cols, centre_cols=centre, notes=list(notes),
                  annex_note="附件：" + cat)


def body_text(city: str, province: str, cat: str, verb: str, prev: str = "") -> list[str]:
    give = "现印发给你们，请结合实际认真贯彻执行" if verb == "印发" else "现予以公布"
    out = [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，根据{province}人力资源和社会保障厅"
           f"关于开展国际职业资格比照认定职称工作的有关规定，进一步畅通外籍人才、港澳台人才和留学回国人员等国际化专业技术"
           f"人才职称评价渠道，我局在广泛征求行业主管部门、用人单位和专家意见的基础上，研究制定了《{cat}》，{give}。"
           f"现就有关事项通知如下：",
           f"一、在{city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在有效期内"
           "的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
           "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、县（市、区）人力"
           "资源和社会保障部门初审后，由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
           "三、目录中“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。目录实行动态调整，"
           "各地各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。"]
    if prev:
        out.append(prev)
    return out


def write_truth(n: Notice) -> None:
    keys = set(n.keys)
    has_trans = bool(keys & {"trans", "qt1", "qt2"})
    has_series = "series" in keys
    rows = []
    for r in n.rows:
        assert r.title_p in (r.title, title_text(r.title, "level")), r.title_p
        rows.append([r.seq, r.qual, r.trans if has_trans else "", r.issuer, r.title,
                     r.series_p if has_series else ""])
    notice = {"doc_number": n.docno, "city": n.city, "office": n.office, "notice_title": n.title,
              "issue_date": n.date_iso, "batch": n.batch, "catalog_title": n.catalog_title}
    data = {"header": list(HEADER), "rows": rows, "notice": notice, "why": n.why}
    (OUT / f"{n.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_false_truth(stem: str, why: str) -> None:
    (OUT / f"{stem}.truth.json").write_text(json.dumps({"catalog": False, "why": why}, ensure_ascii=False, indent=1)
                                            + "\n", encoding="utf-8")


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


def word_table(doc, n: Notice, lay: Word, widths: Sequence[float]) -> None:
    t = fixed_table(doc, widths)
    table_borders(t)
    span = {c: spans(n.table, c) for c in n.merge_cols}
    for r, values in enumerate([n.labels, *n.table]):
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
            elif c in span and span[c][r - 1] == 0:
                continue  # under a merged cell: left empty, merged below
            else:
                cell_text(cell, value, lay.table_size, lay.table_face, lay, C if c in n.centre_cols else L,
                          paras=lay.two_paras)
    for c, sp in span.items():
        for i, k in enumerate(sp):
            if k > 1:
                t.cell(i + 1, c).merge(t.cell(i + k, c))


def page_footer(sec, lay: Word) -> None:
    p = sec.footer.paragraphs[0]
    p.alignment = C
    font(p.add_run("— "), 12, "宋体", "宋体")
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
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
    font(p.add_run(" —"), 12, "宋体", "宋体")


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
    para(doc, n.annex_note, 16, lay.body_face, lay, J, first=2)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, "", 16, lay.body_face, lay)
    para(doc, n.office, 16, lay.body_face, lay, R, right=2)
    para(doc, n.date_cn, 16, lay.body_face, lay, R, right=4)
    if lay.landscape_annex:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        a4(sec, landscape=True)
        width = 23.7
    else:
        width = 15.6
    para(doc, "附件", 16, lay.hei_face, lay, L, exact=None, page_break=not lay.landscape_annex, after=6)
    para(doc, n.catalog_title, 18, lay.title_face, lay, C, exact=None, before=6, after=12)
    scale = width / sum(lay.widths)
    word_table(doc, n, lay, [w * scale for w in lay.widths])
    for note in n.notes:
        para(doc, note, 10.5, lay.table_face, lay, J, exact=None, before=4)
    page_footer(doc.sections[0], lay)
    doc.save(str(path))
    pin_zip(path)
    return path


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


def word_doc(n: Notice, lay: Word, ext: str, tmp: Path) -> int:
    """Write n as .docx (or as .pdf printed by LibreOffice from it); returns the PDF's page count (0 for DOCX)."""
    if ext == "docx":
        word_notice(n, lay, OUT / f"{n.stem}.docx")
        return 0
    src = word_notice(n, lay, tmp / f"{n.stem}.docx")
    out = pack(soffice_pdf(src, tmp / "lo"), OUT / f"{n.stem}.pdf")
    return pages(out)


# --- web pages ---------------------------------------------------------------------------------------------------

def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def html_table(n: Notice, widths: Sequence[float], *, thead: bool = True, cls: str = "cat") -> str:
    total = sum(widths)
    out = [f'<table class="{cls}"><colgroup>' + "".join(f'<col style="width:{x / total * 100:.1f}%">' for x in widths)
           + "</colgroup>"]
    head = "<tr>" + "".join(f"<th>{esc(x)}</th>" for x in n.labels) + "</tr>"
    out.append(f"<thead>{head}</thead><tbody>" if thead else f"<tbody>{head}")
    span = {c: spans(n.table, c) for c in n.merge_cols}
    for r, row in enumerate(n.table):
        cells = []
        for c, v in enumerate(row):
            rs = ""
            if c in span:
                if span[c][r] == 0:
                    continue
                if span[c][r] > 1:
                    rs = f' rowspan="{span[c][r]}"'
            cls_ = ' class="c"' if c in n.centre_cols else ""
            cells.append(f"<td{rs}{cls_}>{esc(v)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


PRINT_CSS = """
body { margin: 0; font-family: "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", serif; font-size: 16pt; color: #000;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; line-height: 28pt; text-align: justify; }
p.i { text-indent: 2em; }
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
.notes p { font-size: 10.5pt; line-height: 1.5; margin-top: 2mm; }
.pb { break-before: page; }
"""


def print_page(n: Notice, widths: Sequence[float], *, redhead: bool = True, landscape_annex: bool = False,
               table_font: str = "10.5pt", numbers: bool = True, head_bg: str = "", extra_css: str = "") -> str:
    """A notice as a web page set for print (A4), printed by Chromium: 红头, 文号, red rule, title, body, 附件说明,
    office and date, then the 附件 on a new page (landscape in some)."""
    css = [PRINT_CSS, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           f"table.cat {{ font-size: {table_font}; }}", "table.cat tr { break-inside: avoid; }"]
    if numbers:
        css.append('@page { @bottom-center { content: "— " counter(page) " —"; '
                   'font: 12pt "Noto Serif CJK SC", serif; } }')
    if landscape_annex:
        css.append("@page wide { size: A4 landscape; margin: 24mm 26mm 24mm 26mm; } .wide { page: wide; }")
    if head_bg:
        css.append(f"table.cat th {{ background: {head_bg}; }}")
    css.append(extra_css)
    e = html.escape
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}</title>'
             f"<style>{''.join(css)}</style></head><body>"]
    if redhead:
        parts.append(f'<div class="redhead"><span>{e(n.office)}文件</span></div>')
    parts.append(f'<div class="docno{" rule" if redhead else ""}">{e(n.docno)}</div>')
    parts.append('<h1 class="title">' + "<br>".join(e(x) for x in n.title_lines) + "</h1>")
    parts.append(f"<p>{e(n.addressee)}</p>")
    parts += [f'<p class="i">{e(t)}</p>' for t in n.body]
    parts.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p><p class="i">{e(n.annex_note)}</p>')
    parts.append(f'<div class="sign"><p style="padding-right:2em">{e(n.office)}</p>'
                 f'<p style="padding-right:4em">{e(n.date_cn)}</p></div>')
    wide = " wide" if landscape_annex else ""
    parts.append(f'<div class="pb{wide}"><div class="annex">附件</div><h2 class="cat">{e(n.catalog_title)}</h2>')
    parts.append(html_table(n, widths))
    if n.notes:
        parts.append('<div class="notes">' + "".join(f"<p>{e(x)}</p>" for x in n.notes) + "</div>")
    parts.append("</div></body></html>\n")
    return "\n".join(parts)


def html_pdf(page: str, stem: str, tmp: Path) -> int:
    src = tmp / f"{stem}.html"
    src.write_text(page, encoding="utf-8")
    out = pack(chromium(src, tmp / f"{stem}.chromium.pdf"), OUT / f"{stem}.pdf")
    return pages(out)


CMS_CSS = """
body { margin: 0; background: #f3f3f3; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #333; }
.site { background: __C__; color: #fff; padding: 16px 40px; font-size: 24px; font-weight: bold; }
.site small { display: block; font-size: 12px; font-weight: normal; opacity: .85; }
.menu { background: __D__; padding: 0 40px; font-size: 14px; }
.menu a { color: #fff; display: inline-block; padding: 8px 14px; text-decoration: none; }
.crumb { width: 1000px; margin: 12px auto; font-size: 12px; color: #666; } .crumb a { color: #666; }
.wrap { width: 900px; margin: 0 auto 30px; border: 1px solid #ddd; padding: 26px 50px 40px; background: #fff; }
h1.art { text-align: center; font-size: 22px; color: #222; line-height: 1.5; margin: 6px 0 10px; }
.art-meta { text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 8px;
            margin-bottom: 20px; } .art-meta span { margin: 0 10px; }
.art p { font-size: 16px; line-height: 2; margin: 0; text-align: justify; } .art p.i { text-indent: 2em; }
.art p.r { text-align: right; padding-right: 2em; } .art p.c { text-align: center; }
.art h2 { text-align: center; font-size: 19px; margin: 14px 0 12px; }
table.cat { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.5; table-layout: fixed;
            word-wrap: break-word; }
table.cat th, table.cat td { border: 1px solid #666; padding: 4px 5px; vertical-align: middle; }
table.cat th { background: #eef2f7; font-weight: bold; } table.cat td.c { text-align: center; }
.notes p { font-size: 13px !important; line-height: 1.7 !important; }
.links { width: 1000px; margin: 0 auto 16px; font-size: 12px; color: #666; } .links a { color: #1a4fa0; margin: 0 6px; }
.foot { background: #e6e6e6; text-align: center; font-size: 12px; line-height: 1.8; color: #777; padding: 14px; }
"""


def cms_page(n: Notice, widths: Sequence[float], *, color: str, dark: str, published: str, source: str, views: int,
             icp: str, code: str, english: str, links: Sequence[str] = ()) -> str:
    """The notice as a CMS article page of the bureau's site: banner, menu, breadcrumb, 发布时间/来源 line, the text,
    the 附件 as a table in the page, 相关链接 and a footer."""
    e = html.escape
    css = CMS_CSS.replace("__C__", color).replace("__D__", dark)
    menu = "".join(f'<a href="#">{x}</a>' for x in ("首页", "机构概况", "政务公开", "政策文件", "就业创业", "人才人事",
                                                     "社会保障", "劳动关系", "办事服务", "互动交流"))
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}_{e(n.office)}'
             f"</title><style>{css}</style></head><body>",
             f'<div class="site">{e(n.office)}<small>{e(english)}</small></div><div class="menu">{menu}</div>',
             '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
             '<a href="#">政策文件</a> &gt; 通知公告</div><div class="wrap">',
             f'<h1 class="art">{e(n.title)}</h1>',
             f'<div class="art-meta"><span>发布时间：{e(published)}</span><span>来源：{e(source)}</span>'
             f'<span>浏览次数：{views}</span><span>【字体：大 中 小】</span></div><div class="art">',
             f'<p class="c">{e(n.docno)}</p>', f"<p>{e(n.addressee)}</p>"]
    parts += [f'<p class="i">{e(t)}</p>' for t in n.body]
    parts.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p><p class="i">{e(n.annex_note)}</p><p>&nbsp;</p>')
    parts.append(f'<p class="r">{e(n.office)}</p><p class="r">{e(n.date_cn)}</p><p>&nbsp;</p>')
    parts.append(f'<p>附件</p><h2>{e(n.catalog_title)}</h2>')
    parts.append(html_table(n, widths))
    if n.notes:
        parts.append('<div class="notes">' + "".join(f"<p>{e(x)}</p>" for x in n.notes) + "</div>")
    parts.append("</div></div>")
    if links:
        parts.append('<div class="links">相关链接：' + "".join(f'<a href="#">{e(x)}</a>' for x in links) + "</div>")
    parts.append(f'<div class="foot">主办：{e(n.office)}　{e(icp)}　网站标识码：{e(code)}<br>'
                 "建议使用1366×768分辨率浏览</div></body></html>\n")
    return "\n".join(parts)


# --- the documents -----------------------------------------------------------------------------------------------

Made = tuple[str, str, str]  # file name, README line, truth summary
DOCS: dict[str, Callable[[Path], list[Made]]] = {}


def doc(fn: Callable[[Path], list[Made]]) -> Callable[[Path], list[Made]]:
    DOCS[fn.__name__] = fn
    return fn


SD = "山东省"


@doc
def yantai(tmp: Path) -> list[Made]:
    rows = make_rows(pick("yantai", 40), "cn_abbr")
    cols = [("职称系列", "series"), ("编号", "seq"), ("境外职业资格名称", "qual"), ("中文译名", "trans"),
            ("发证机构", "issuer"), ("可比照认定职称", "title")]
    n = catalog("yantai-xiliehebing", "烟台", "烟人社发〔2025〕21号", "2025-04-14", "第一批", rows, cols, area="0535",
                province=SD, merge=("series",),
                addressee="各区市人力资源和社会保障局，市直有关部门，各有关单位：",
                notes=["注：目录中职业资格证书须在有效期内，申请人从事的专业技术工作须与所属职称系列一致。"])
    lay = Word(widths=(1.9, 0.9, 4.2, 3.1, 3.3, 2.4), head_shade="D9D9D9")
    word_doc(n, lay, "docx", tmp)
    n.why = ("Word document. The 所属系列 column comes FIRST, headed 职称系列, and is merged down over each series "
             "(one vertically merged cell for all the 机械工程 rows, and so on): every row's 所属系列 is its merged "
             "cell's value. Then 编号 (for 序号), 境外职业资格名称, 中文译名, 发证机构 (中文（ABBR）), 可比照认定职称. "
             f"Expected: the {len(rows)} rows in canonical order, each with its series.")
    write_truth(n)
    return [(f"{n.stem}.docx", "DOCX (python-docx); headings 职称系列 | 编号 | 境外职业资格名称 | 中文译名 | 发证机构 | "
             "可比照认定职称: 所属系列 FIRST and merged down each series (w:vMerge); issuers 中文（ABBR）",
             f"{len(rows)} rows")]


@doc
def weihai(tmp: Path) -> list[Made]:
    rows = make_rows(pick("weihai", 34, force=("技術士（機械部門）", "日商簿記検定1級")), "cn_full", sstyle="xilie")
    cols = [("序号", "seq"), ("国际职业资格证书（英文/中文）", "qt2"), ("颁发机构", "issuer"), ("认定职称", "title"),
            ("职称系列", "series")]
    n = catalog("weihai-shuanghang", "威海", "威人社发〔2025〕17号", "2025-03-26", "第一批", rows, cols, area="0631",
                province=SD,
                addressee="各区市人力资源和社会保障局，国家级开发区、南海新区人力资源部门，市直有关单位：")
    lay = Word(widths=(1.0, 5.6, 4.6, 2.2, 2.2), letterhead=True, cant_split=True)
    np_ = word_doc(n, lay, "pdf", tmp)
    n.why = ("LibreOffice print of a Word notice. NO 译名 column: one column, 国际职业资格证书（英文/中文）, holds the "
             "qualification on a first paragraph and its Chinese name on a second paragraph of the same cell "
             "(Chartered Engineer (CEng) ⏎ 特许机械工程师); a long English name also wraps inside the cell. Truth: "
             "the first paragraph is 职业资格名称, the second 译名. Two Japanese names among them (技術士（機械部門） over "
             "日本技术士（机械部门）; 日商簿記検定1級 over 日本商工会议所簿记检定一级): the original line is the "
             "qualification even though it is CJK. 颁发机构 中文（English）; 职称系列 printed 工程系列 / 经济系列 / 会计系列 …"
             f" Expected: the {len(rows)} rows.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages; headings 序号 | 国际职业资格证书（英文/中文） | "
             "颁发机构 | 认定职称 | 职称系列: qualification and Chinese name as two paragraphs of ONE cell, no 译名 "
             "column; two Japanese originals; series printed 工程系列/经济系列", f"{len(rows)} rows")]


@doc
def rizhao(tmp: Path) -> list[Made]:
    picked = pick("rizhao", 44, skip_bodies=("IPEJ", "JCCI"))
    first = {}
    for i, r in enumerate(picked):
        first.setdefault(r[2], i)
    picked = sorted(picked, key=lambda r: first[r[2]])  # grouped by body, in order of first appearance
    rows = make_rows(picked, "cn")
    cols = [("序号", "seq"), ("颁证机构", "issuer"), ("证书名称（英文）", "qual"), ("证书中文名称", "trans"),
            ("对应专业技术职务", "title"), ("评审系列", "series")]
    n = catalog("rizhao-jigouqianzhi", "日照", "日人社发〔2025〕33号", "2025-06-05", "第二批", rows, cols, area="0633",
                province=SD, merge=("issuer",), prev="第一批目录（日人社发〔2024〕58号）继续有效。",
                addressee="各区县人力资源和社会保障局，日照经济技术开发区、山海天旅游度假区人力资源部门，市直各单位：")
    page = print_page(n, (1.0, 3.6, 4.8, 3.8, 2.0, 1.9), head_bg="#e8e8e8")
    np_ = html_pdf(page, n.stem, tmp)
    n.why = ("Chromium print of a web page. The issuing body comes FIRST after 序号 (颁证机构, Chinese name only) and is "
             "merged down over its rows (rowspan: the rows are grouped by body), then 证书名称（英文）, 证书中文名称, "
             "对应专业技术职务 (for 对应职称), 评审系列 (for 所属系列). Every row's 颁证单位 is its merged cell's value. The "
             f"body cites the first batch's 文号 日人社发〔2024〕58号, not this notice's. Expected: the {len(rows)} rows.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages; headings 序号 | 颁证机构 | 证书名称（英文） | "
             "证书中文名称 | 对应专业技术职务 | 评审系列: 颁证单位 before the qualification, merged down each body "
             "(rowspan), issuers Chinese only", f"{len(rows)} rows")]


@doc
def dezhou(tmp: Path) -> list[Made]:
    rows = make_rows(pick("dezhou", 28, skip_bodies=("IME", "TOG", "IAC")), "en", sstyle="paren")
    cols = [("序号", "seq"), ("国家（地区）", "country"), ("资格名称（原文）", "qual"), ("颁证单位", "issuer"),
            ("中文名称", "trans"), ("对应职称", "title"), ("所属系列", "series")]
    n = catalog("dezhou-guobie", "德州", "德人社字〔2025〕48号", "2025-05-20", "第一批", rows, cols, area="0534",
                province=SD, verb="公布",
                addressee="各县（市、区）人力资源和社会保障局，天衢新区人力资源部门，市直各有关单位：")
    page = cms_page(n, (4, 8, 22, 20, 18, 8, 14), color="#1d5fa6", dark="#134a85", published="2025-05-22 09:41",
                    source="专业技术人员管理科", views=2214, icp="鲁ICP备05018843号", code="3714000031",
                    english="Dezhou Human Resources and Social Security Bureau",
                    links=["山东省人力资源和社会保障厅", "济南市人力资源和社会保障局", "滨州市人力资源和社会保障局"])
    (OUT / f"{n.stem}.html").write_text(page, encoding="utf-8")
    n.why = ("A CMS article page, the catalog as a table in the page. Seven columns: a 国家（地区） column (英国, 美国, "
             "德国, 国际组织, 中国香港 …) that is not one of the six fields, and the Chinese name AFTER the issuing body: "
             "序号 | 国家（地区） | 资格名称（原文） | 颁证单位 | 中文名称 | 对应职称 | 所属系列. 颁证单位 in English only "
             "(Royal Institution of Chartered Surveyors); 所属系列 printed 工程技术（机械工程） for engineering. Title "
             f"verb 公布 (关于公布…的通知, no 《》). Expected: the {len(rows)} rows, 国别 dropped.")
    write_truth(n)
    return [(f"{n.stem}.html", "HTML CMS page; headings 序号 | 国家（地区） | 资格名称（原文） | 颁证单位 | 中文名称 | 对应职称 | "
             "所属系列: an extra 国别 column, 译名 after 颁证单位; issuers English only; series 工程技术（…）",
             f"{len(rows)} rows")]


@doc
def liaocheng(tmp: Path) -> list[Made]:
    rows = make_rows(pick("liaocheng", 36), "cn_en")
    for r in rows:
        r.remark = remark_for(r)
    cols = [("序号", "seq"), ("资格名称", "qual"), ("中文译名", "trans"), ("认证机构", "issuer"), ("职称系列", "series"),
            ("认定职称", "title"), ("备注", "remark")]
    n = catalog("liaocheng-beizhu", "聊城", "聊人社发〔2025〕26号", "2025-07-02", "第一批", rows, cols, area="0635",
                province=SD,
                addressee="各县（市、区）人力资源和社会保障局，聊城高新区、经济技术开发区、度假区人力资源部门，市直各有关单位：")
    lay = Word(landscape_annex=True, widths=(0.9, 6.2, 3.4, 5.6, 2.0, 2.2, 3.4), head_shade="F2F2F2",
               cant_split=True, table_size=10)
    np_ = word_doc(n, lay, "pdf", tmp)
    n.why = ("LibreOffice print; the 附件 on landscape pages. 所属系列 (headed 职称系列) printed BEFORE 对应职称 (认定职称), "
             "and a final 备注 column with real remarks on most rows (须同时具备3年以上相关专业工作经历; 限从事焊接质量检验岗位; "
             "须持有效执照，并同时具备4年以上相关专业工作经历; 限从事项目管理岗位 …), empty for 助理 titles. The remarks are "
             "conditions, not part of any field. 认证机构 中文 (English). "
             f"Expected: the {len(rows)} rows, 备注 dropped.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages, landscape 附件; headings 序号 | 资格名称 | "
             "中文译名 | 认证机构 | 职称系列 | 认定职称 | 备注: 所属系列 before 对应职称, 备注 with real remarks on most rows",
             f"{len(rows)} rows")]


@doc
def chengde(tmp: Path) -> list[Made]:
    rows = make_rows(pick("chengde", 30), "en_abbr", tstyle="level")
    cols = [("No.\n序号", "seq"), ("Qualification\n资格名称", "qual"), ("Chinese Name\n中文名称", "trans"),
            ("Awarding Body\n颁证机构", "issuer"), ("Equivalent Title\n对应职称", "title"), ("Series\n职称系列", "series")]
    n = catalog("chengde-shuangyu", "承德", "承人社字〔2025〕39号", "2025-08-18", "第一批", rows, cols, area="0314",
                province="河北省",
                addressee="各县（市、区）人力资源和社会保障局，承德高新区人力资源部门，市直各有关单位：")
    page = print_page(n, (12, 70, 42, 58, 34, 29), redhead=False, landscape_annex=True)
    np_ = html_pdf(page, n.stem, tmp)
    n.why = ("Chromium print of a web page, no 红头; the 附件 on landscape pages (a named @page). BILINGUAL "
             "headings, English over Chinese in each header cell: "
             "No. / 序号, Qualification / 资格名称, Chinese Name / 中文名称, Awarding Body / 颁证机构, Equivalent Title / "
             "对应职称, Series / 职称系列. 对应职称 printed WITH its level: 工程师（中级）, 助理工程师（初级）, "
             "高级工程师（副高级）, 经济师（中级）, 一级翻译（副高级） …: the bracket only restates the title's own level, so "
             "the truth's 对应职称 is the title alone (工程师). Issuers English (ABBR). "
             f"Expected: the {len(rows)} rows, titles without the bracket.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages, landscape 附件; BILINGUAL headings "
             "No./序号 | Qualification/"
             "资格名称 | Chinese Name/中文名称 | Awarding Body/颁证机构 | Equivalent Title/对应职称 | Series/职称系列; "
             "对应职称 printed with its level 工程师（中级） (truth: the title alone); issuers English (ABBR)",
             f"{len(rows)} rows")]


@doc
def hengshui(tmp: Path) -> list[Made]:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    rows = make_rows(pick("hengshui", 52), "cn_abbr")
    order: list[str] = []  # 类别: one number for each 职称系列 (工程 holds every engineering 专业)
    for r in rows:
        group = "工程系列" if r.series in ENGINEERING else f"{r.series}系列"
        if group not in order:
            order.append(group)
        r.cat = CN_NUM[order.index(group)]
    sparse_remarks(rows, "hengshui-remarks", 0.12)
    cols = [("类别", "cat"), ("序号", "seq"), ("证书名称（英文）", "qual"), ("证书中文名称", "trans"), ("颁证单位", "issuer"),
            ("对应职称", "title"), ("所属专业", "series"), ("备注", "remark")]
    city, batch = "衡水", "第一批"
    n = catalog("hengshui-leibie", city, "", "", batch, rows, cols, area="0318", province="河北省",
                addressee="", merge=("cat",))
    n.office = n.title = n.date_iso = ""
    widths = (6, 6, 40, 30, 34, 12, 12, 14)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "比照认定目录"
    ws.append(["附件"])
    ws.append([n.catalog_title])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(cols))
    ws["A1"].font = Font(name="黑体", size=12)
    ws["A2"].font = Font(name="方正小标宋简体", size=16, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 32
    side = Side(style="thin", color="FF000000")
    border = Border(left=side, right=side, top=side, bottom=side)
    span = spans(n.table, 0)
    for r, values in enumerate([n.labels, *n.table], start=3):
        ws.append([int(v) if c == 1 and v.isdigit() else (v if (r == 3 or c != 0 or span[r - 4] > 0) else None)
                   for c, v in enumerate(values)])
        lines = 1
        for c, v in enumerate(values):
            cell = ws.cell(row=r, column=c + 1)
            cell.border = border
            cell.font = Font(name="宋体", size=10, bold=(r == 3))
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r == 3 or c in n.centre_cols else "left")
            units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in v)
            lines = max(lines, -(-int(units * 1.1) // widths[c]))
        ws.row_dimensions[r].height = 14 * lines + 4
    for i, k in enumerate(span):
        if k > 1:
            ws.merge_cells(start_row=i + 4, start_column=1, end_row=i + 3 + k, end_column=1)
    note = ("注：1．类别：" + "；".join(f"{CN_NUM[i]}为{s}" for i, s in enumerate(order)) + "。2．证书须在有效期内。")
    last = ws.max_row + 1
    ws.cell(row=last, column=1, value=note).font = Font(name="宋体", size=10)
    ws.cell(row=last, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=len(cols))
    ws.row_dimensions[last].height = 44
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "3:3"
    wb.properties.creator = wb.properties.lastModifiedBy = "衡水市人力资源和社会保障局"
    wb.properties.title = n.catalog_title
    wb.properties.created = wb.properties.modified = datetime(2025, 6, 1, 9, 0, 0)
    out = OUT / f"{n.stem}.xlsx"
    wb.save(str(out))
    pin_zip(out)
    n.why = ("A workbook (openpyxl), the 附件 as published on its own: 附件, the catalog title merged across, then the "
             "table. "
             "An extra column BEFORE 序号, 类别, holding 一, 二, 三 … merged down over each 职称系列 (the note under the "
             "table says which: 一 工程系列, 二 经济系列 …); 序号 runs on through the groups; 所属系列 is the 所属专业 "
             "column (机械工程, 建设工程, 经济, 会计 …); "
             "a final 备注 empty on most rows (新增 or a condition on a few). Nothing of a notice is in the workbook but "
             "the catalog title: doc_number, office, notice_title and issue_date are empty; city 衡水 and batch 第一批 "
             f"from the catalog title. Expected: the {len(rows)} rows, 类别 and 备注 dropped.")
    write_truth(n)
    return [(f"{n.stem}.xlsx", "XLSX (openpyxl), one sheet; headings 类别 | 序号 | 证书名称（英文） | 证书中文名称 | 颁证单位 | "
             "对应职称 | 所属专业 | 备注: a 类别 column (一, 二 … merged down) BEFORE 序号, 备注 empty on most rows; no "
             "notice in the workbook", f"{len(rows)} rows")]


@doc
def shanwei(tmp: Path) -> list[Made]:
    rows = make_rows(pick("shanwei", 26), "mixed")
    sparse_remarks(rows, "shanwei-remarks", 0.18)
    cols = [("序号", "seq"), ("职业资格\n名称", "qual"), ("译名\n（中文）", "trans"), ("颁证\n单位", "issuer"),
            ("对应\n职称", "title"), ("所属\n系列", "series"), ("备注", "remark")]
    n = catalog("shanwei-zhehang", "汕尾", "汕尾人社〔2025〕57号", "2025-09-09", "第一批", rows, cols, area="0660",
                province="广东省", verb="发布",
                addressee="各县（市、区）人力资源和社会保障局，市直有关单位：")
    page = cms_page(n, (5, 22, 18, 24, 8, 9, 8), color="#0a6e5c", dark="#07584a", published="2025-09-11 15:02",
                    source="汕尾市人力资源和社会保障局", views=876, icp="粤ICP备11098765号", code="4415000007",
                    english="Shanwei Human Resources and Social Security Bureau",
                    links=["广东省人力资源和社会保障厅", "汕头市人力资源和社会保障局", "揭阳市人力资源和社会保障局"])
    (OUT / f"{n.stem}.html").write_text(page, encoding="utf-8")
    n.why = ("A CMS article page. Every heading but 序号 and 备注 is BROKEN over two lines inside its cell (<br>): 职业资格"
             "⏎名称, 译名⏎（中文）, 颁证⏎单位, 对应⏎职称, 所属⏎系列; a final 备注 column empty on most rows (新增 or a "
             "condition on a few). 颁证单位 in mixed forms. Title verb 发布 (关于发布…的通知). "
             f"Expected: the {len(rows)} rows, 备注 dropped.")
    write_truth(n)
    return [(f"{n.stem}.html", "HTML CMS page; headings 序号 | 职业资格<br>名称 | 译名<br>（中文） | 颁证<br>单位 | 对应<br>职称 | "
             "所属<br>系列 | 备注: headings broken over two lines in the cell, 备注 empty on most rows; issuers mixed",
             f"{len(rows)} rows")]


@doc
def heyuan(tmp: Path) -> list[Made]:
    force = ("API 510 Pressure Vessel Inspector", "TOGAF 9 Certified", "ITIL 4 Managing Professional",
             "NEBOSH International Diploma in Occupational Health and Safety", "WELL AP")
    rows = make_rows(pick("heyuan", 38, force=force, skip_bodies=("IPEJ", "JCCI")), "en")
    cols = [("序", "seq"), ("国际职业资格（英文名称及中文译名）", "qt1"), ("颁证单位", "issuer"), ("对应职称", "title"),
            ("所属系列", "series")]
    n = catalog("heyuan-tonglan", "河源", "河人社发〔2025〕44号", "2025-05-28", "第一批", rows, cols, area="0762",
                province="广东省",
                addressee="各县（区）人力资源和社会保障局，江东新区、河源高新区人力资源部门，市直有关单位：")
    lay = Word(widths=(0.9, 6.2, 4.2, 2.2, 2.2), two_paras=False)
    word_doc(n, lay, "docx", tmp)
    n.why = ("Word document. NO 译名 column: one column, 国际职业资格（英文名称及中文译名）, holds the qualification and its "
             "Chinese name on ONE line, a space between (Chartered Engineer (CEng) 特许机械工程师). Truth: the foreign-"
             "language part is 职业资格名称, the Chinese part 译名. Hard rows where the Chinese name itself begins with "
             "Latin letters: API 510 Pressure Vessel Inspector API 510 压力容器检验师; TOGAF 9 Certified TOGAF 企业架构认证; "
             "ITIL 4 Managing Professional ITIL 4 管理专家; NEBOSH International Diploma … NEBOSH 国际职业健康与安全文凭; "
             "WELL AP WELL 认证专家 (the translation starts at the repeated Latin word, as a reader sees). Heading 序 for "
             f"序号; 颁证单位 in English only. Expected: the {len(rows)} rows split in two fields.")
    write_truth(n)
    return [(f"{n.stem}.docx", "DOCX (python-docx); headings 序 | 国际职业资格（英文名称及中文译名） | 颁证单位 | 对应职称 | "
             "所属系列: qualification and Chinese name on ONE line of one cell, no 译名 column; five Chinese names "
             "that begin with Latin (API 510 …, TOGAF, ITIL 4, NEBOSH, WELL); issuers English", f"{len(rows)} rows")]


@doc
def meishan(tmp: Path) -> list[Made]:
    rows = make_rows(pick("meishan", 22), "en_abbr")
    cols = [("", "blank"), ("序号", "seq"), ("证书名称（英文）", "qual"), ("中文译名", "trans"), ("颁证\n机构", "issuer"),
            ("认定\n职称", "title"), ("所属专业", "series")]
    n = catalog("meishan-konglie", "眉山", "眉人社发〔2025〕19号", "2025-04-30", "第一批", rows, cols, area="028",
                province="四川省",
                addressee="各区县人力资源和社会保障局，眉山天府新区、眉山高新区人力资源部门，市级有关部门：")
    lay = Word(widths=(0.5, 1.0, 4.2, 3.0, 3.8, 1.6, 1.7), letterhead=True)
    word_doc(n, lay, "docx", tmp)
    n.why = ("Word document with a red 红头. The table has an EMPTY first column (a narrow column left over from a "
             "template: no heading, no values) before 序号; two headings broken over two lines by a typed line break in "
             "the cell (颁证⏎机构, 认定⏎职称); 所属专业 for 所属系列; issuers English (ABBR). "
             f"Expected: the {len(rows)} rows, the blank column ignored.")
    write_truth(n)
    return [(f"{n.stem}.docx", "DOCX (python-docx); headings (blank) | 序号 | 证书名称（英文） | 中文译名 | 颁证⏎机构 | "
             "认定⏎职称 | 所属专业: an empty column before 序号, two headings broken by a line break; issuers "
             "English (ABBR)", f"{len(rows)} rows")]


@doc
def yaan(tmp: Path) -> list[Made]:
    force = ("Industriemechaniker/-in", "Mechatroniker/-in", "Zerspanungsmechaniker/-in",
             "Elektroniker/-in für Automatisierungstechnik", "Chemikant/-in")
    rows = make_rows(pick("yaan", 45, force=force), "cn_abbr", sstyle="xilie")
    cols = [("序号", "seq"), ("评审系列", "series"), ("比照职称", "title"), ("国际职业资格证书", "qual"), ("中文名称", "trans"),
            ("认证机构", "issuer")]
    n = catalog("yaan-xilieqianzhi", "雅安", "雅人社发〔2025〕52号", "2025-10-10", "第一批", rows, cols, area="0835",
                province="四川省",
                addressee="各县（区）人力资源和社会保障局，雅安经开区人力资源部门，市级各部门：")
    page = print_page(n, (9, 16, 19, 52, 30, 30), table_font="9.5pt")
    np_ = html_pdf(page, n.stem, tmp)
    n.why = ("Chromium print of a web page. 所属系列 and 对应职称 come FIRST, before the qualification: 序号 | 评审系列 | "
             "比照职称 | 国际职业资格证书 | 中文名称 | 认证机构. 评审系列 printed 工程系列 / 经济系列 / 会计系列 …; issuers "
             "中文（ABBR） (德国工商大会（DIHK） for the German vocational qualifications). "
             f"Expected: the {len(rows)} rows in canonical order.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages; headings 序号 | 评审系列 | 比照职称 | "
             "国际职业资格证书 | 中文名称 | 认证机构: series and title BEFORE the qualification; German DIHK rows; "
             "issuers 中文（ABBR）", f"{len(rows)} rows")]


@doc
def lincang(tmp: Path) -> list[Made]:
    rows = make_rows(pick("lincang", 18, series=("经济", "会计", "审计", "统计", "翻译", "建设工程")), "cn_full")
    cols = [("编号", "seq"), ("中文名称", "trans"), ("英文名称", "qual"), ("颁证机构", "issuer"), ("对应职称", "title")]
    n = catalog("lincang-zhongwenqianzhi", "临沧", "临人社发〔2025〕63号", "2025-06-24", "第一批", rows, cols,
                area="0883", province="云南省",
                addressee="各县（自治县）、区人力资源和社会保障局，临沧边境经济合作区人力资源部门，市直各有关单位：")
    page = cms_page(n, (5, 24, 30, 30, 11), color="#9b1b1f", dark="#7a1417", published="2025-06-26 10:18",
                    source="临沧市人力资源和社会保障局", views=641, icp="滇ICP备09004567号", code="5309000012",
                    english="Lincang Human Resources and Social Security Bureau",
                    links=["云南省人力资源和社会保障厅", "普洱市人力资源和社会保障局", "保山市人力资源和社会保障局"])
    (OUT / f"{n.stem}.html").write_text(page, encoding="utf-8")
    n.why = ("A CMS article page. The CHINESE name comes first, before the foreign-language name: 编号 | 中文名称 | "
             "英文名称 | 颁证机构 | 对应职称: 职业资格名称 is the 英文名称 column, 译名 the 中文名称 column. NO 所属系列 "
             "column at all (所属系列 \"\" in the truth). Rows of 经济, 会计, 审计, 统计, 翻译 and 建设工程; issuers "
             f"中文（English）. Expected: the {len(rows)} rows.")
    write_truth(n)
    return [(f"{n.stem}.html", "HTML CMS page; headings 编号 | 中文名称 | 英文名称 | 颁证机构 | 对应职称: the Chinese name "
             "BEFORE the foreign one, no 所属系列 column (truth \"\"); issuers 中文（English）", f"{len(rows)} rows")]


@doc
def haerbin(tmp: Path) -> list[Made]:
    rows = make_rows(pick("haerbin", 58), "cn_en", tstyle="level")
    cols = [("序号", "seq"), ("资格名称（原文）", "qual"), ("中文译名", "trans"), ("颁证机构", "issuer"),
            ("对应职称（层级）", "title"), ("所属系列", "series")]
    n = catalog("haerbin-cengji", "哈尔滨", "哈人社发〔2025〕71号", "2025-07-21", "第二批", rows, cols, area="0451",
                province="黑龙江省", prev="第一批目录（哈人社发〔2024〕96号）继续执行。",
                addressee="各区、县（市）人力资源和社会保障局，哈尔滨新区人力资源部门，市直各有关单位：")
    lay = Word(widths=(1.0, 5.6, 4.0, 6.4, 3.2, 2.6), head_shade="D9E2F3", cant_split=True, landscape_annex=True)
    np_ = word_doc(n, lay, "pdf", tmp)
    n.why = ("LibreOffice print; the 附件 on landscape pages. Headings with a note in brackets: 资格名称（原文）, "
             "对应职称（层级）; the 对应职称 cells print "
             "the title with its level, 工程师（中级）, 助理工程师（初级）, 高级工程师（副高级）, 会计师（中级） …: the "
             "bracket only restates the title's own level, so the truth's 对应职称 is the title alone. 颁证机构 中文 "
             "(English). The body cites the first batch's 文号 哈人社发〔2024〕96号. "
             f"Expected: the {len(rows)} rows, titles without the bracket.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages, landscape 附件; headings 序号 | 资格名称（原文） | "
             "中文译名 | "
             "颁证机构 | 对应职称（层级） | 所属系列: bracketed notes in headings, 对应职称 printed 工程师（中级） (truth: the "
             "title alone); issuers 中文 (English)", f"{len(rows)} rows")]


# --- look-alikes ---------------------------------------------------------------------------------------------------

SEAL = "Interprovincial Standards Red Seal Program"
SKILLS = [  # 证书名称, 发证机构, 比照技能等级, 职业（工种）: real foreign vocational certificates
    ("Industriemechaniker/-in（工业机械工）", "德国工商大会（DIHK）", "高级工（三级）", "钳工"),
    ("Zerspanungsmechaniker/-in（切削机械工）", "德国工商大会（DIHK）", "高级工（三级）", "车工"),
    ("Elektroniker/-in für Betriebstechnik（设备电子工）", "德国工商大会（DIHK）", "高级工（三级）", "电工"),
    ("Industriemeister Metall（金属工业师傅）", "德国工商大会（DIHK）", "技师（二级）", "钳工"),
    ("Kraftfahrzeugmechatroniker/-in（汽车机电工）", "德国手工业中央协会（ZDH）", "高级工（三级）", "汽车维修工"),
    ("Meisterbrief Kraftfahrzeugtechniker（汽车技术师傅）", "德国手工业中央协会（ZDH）", "技师（二级）", "汽车维修工"),
    ("Certified Welder（认证焊工）", "美国焊接学会（AWS）", "中级工（四级）", "焊工"),
    ("Red Seal Welder（红印焊工）", f"加拿大红印计划（{SEAL}）", "高级工（三级）", "焊工"),
    ("Red Seal Industrial Electrician（红印工业电工）", f"加拿大红印计划（{SEAL}）", "高级工（三级）", "电工"),
    ("Red Seal Automotive Service Technician（红印汽车维修技工）", f"加拿大红印计划（{SEAL}）", "高级工（三级）",
     "汽车维修工"),
    ("Red Seal Refrigeration and Air Conditioning Mechanic（红印制冷空调技工）", f"加拿大红印计划（{SEAL}）",
     "高级工（三级）", "制冷空调系统安装维修工"),
    ("Certificate III in Engineering – Fabrication Trade（工程三级证书—金属制造方向）", "澳大利亚技能质量署（ASQA）",
     "中级工（四级）", "焊工"),
    ("Certificate IV in Engineering（工程四级证书）", "澳大利亚技能质量署（ASQA）", "高级工（三级）", "钳工"),
    ("Certificate III in Commercial Cookery（商业烹饪三级证书）", "澳大利亚技能质量署（ASQA）", "中级工（四级）",
     "西式烹调师"),
    ("Level 3 NVQ Diploma in Fabrication and Welding Engineering（焊接制造三级国家职业资格）",
     "英国伦敦城市行业协会（City & Guilds）", "高级工（三级）", "焊工"),
    ("Level 3 NVQ Diploma in Hairdressing（美发三级国家职业资格）", "英国伦敦城市行业协会（City & Guilds）",
     "高级工（三级）", "美发师"),
    ("Level 3 Diploma in Professional Cookery（专业烹饪三级文凭）", "英国伦敦城市行业协会（City & Guilds）",
     "高级工（三级）", "西式烹调师"),
    ("CIBTAC Diploma in Beauty Therapy（美容治疗文凭）", "英国国际美容美体治疗协会（CIBTAC）", "高级工（三级）", "美容师"),
    ("技能検定1級 機械加工（一级技能检定 机械加工）", "日本中央职业能力开发协会（JAVADA）", "技师（二级）", "车工"),
    ("技能検定特級 機械加工（特级技能检定 机械加工）", "日本中央职业能力开发协会（JAVADA）", "高级技师（一级）", "车工"),
    ("용접기능장（焊接技能长）", "韩国产业人力公团（HRD Korea）", "高级技师（一级）", "焊工"),
    ("전기산업기사（电气产业技师）", "韩国产业人力公团（HRD Korea）", "技师（二级）", "电工"),
    ("EFZ Automobil-Mechatroniker/-in（汽车机电工联邦职业能力证书）", "瑞士国家教育研究与创新秘书处（SBFI）",
     "高级工（三级）", "汽车维修工"),
    ("CAP Pâtissier（糕点师职业能力证书）", "法国国民教育部（Ministère de l'Éducation nationale）", "中级工（四级）",
     "西式面点师"),
    ("BM Pâtissier（糕点师傅证书）", "法国手工业商会（CMA France）", "技师（二级）", "西式面点师"),
    ("WSQ Higher Certificate in Precision Engineering（精密工程高级证书）", "新加坡技能创前程局（SkillsFuture Singapore）",
     "高级工（三级）", "铣工"),
]


@doc
def binzhou(tmp: Path) -> list[Made]:
    rng = random.Random("unseen35-binzhou")
    office = "滨州市人力资源和社会保障局"
    cat = "滨州市境外职业技能证书与职业技能等级比照认定表（试行）"
    body = [
        "为贯彻落实中共中央办公厅、国务院办公厅《关于加强新时代高技能人才队伍建设的意见》，完善技能人才评价体系，畅通持有"
        "境外职业技能证书人员的技能等级评价渠道，根据山东省人力资源和社会保障厅关于职业技能等级认定的有关规定，结合我市"
        f"实际，我局研究制定了《{cat}》，现印发给你们，请认真贯彻执行。",
        "一、在滨州市行政区域内就业、取得表中所列境外职业技能证书的技能人员，可按规定申请比照认定相应职业（工种）的职业"
        "技能等级，由经备案的用人单位或社会培训评价组织按程序认定并颁发职业技能等级证书，纳入职业技能等级证书全国联网"
        "查询。",
        "二、比照认定的职业技能等级分为中级工（四级）、高级工（三级）、技师（二级）、高级技师（一级），享受与同等级证书"
        "相同的技能人才政策。取得国际职业资格申请比照认定职称的，按《滨州市国际职业资格比照认定职称目录》执行，不适用"
        "本表。",
        "三、本表自印发之日起试行，有效期两年。试行期间，各地各单位遇到的问题请及时反馈市职业技能鉴定指导中心。"]
    table = [[str(i), *row] for i, row in enumerate(SKILLS, start=1)]
    n = Notice(stem="binzhou-jineng", city="滨州", office=office, docno="滨人社发〔2025〕38号", date_iso="2025-05-12",
               batch="", title=f"关于印发《{cat}》的通知", catalog_title=cat,
               addressee="各县（市、区）人力资源和社会保障局，滨州经济技术开发区、滨州高新区、北海经济开发区人力资源部门，"
                         "市直各有关单位：",
               body=body, contact=f"联系人：{person(rng)}，联系电话：{phone(rng, '0543')}",
               labels=["序号", "证书名称", "发证机构", "比照技能等级", "职业（工种）"], table=table,
               centre_cols=(0, 3, 4), annex_note="附件：" + cat,
               notes=["注：境外职业技能证书须在有效期内；比照认定的职业技能等级以证书所列职业（工种）为准。"])
    lay = Word(widths=(1.0, 6.2, 4.6, 2.0, 2.2), head_shade="D9D9D9")
    np_ = word_doc(n, lay, "pdf", tmp)
    write_false_truth(n.stem, "LOOK-ALIKE in the house style of the LibreOffice catalog notices (title 关于印发《…》的"
                      "通知, 文号, 附件 on a new page, ruled table): 滨州市境外职业技能证书与职业技能等级比照认定表（试行）, "
                      "序号 | 证书名称 | 发证机构 | 比照技能等级 | 职业（工种）: real foreign VOCATIONAL certificates (DIHK, "
                      "ZDH, Red Seal, ASQA, City & Guilds, JAVADA 技能検定, HRD Korea, SBFI EFZ, CAP, WSQ) mapped to "
                      "职业技能等级 (中级工（四级）, 高级工（三级）, 技师（二级）, 高级技师（一级）), not to professional titles; "
                      "issuers in the catalogs' forms (德国工商大会（DIHK）, 美国焊接学会（AWS）) and the body names 《滨州市国际"
                      "职业资格比照认定职称目录》. Not a 职称 catalog: expected 'no catalog', nothing published.")
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages, LOOK-ALIKE: 境外职业技能证书与职业技能等级"
             "比照认定表, 序号 | 证书名称 | 发证机构 | 比照技能等级 | 职业（工种）", "catalog false")]


@doc
def guangan(tmp: Path) -> list[Made]:
    rng = random.Random("unseen35-guangan")
    e = html.escape
    office = "广安市人力资源和社会保障局"
    places = ("广安市", "广安市广安区", "广安市前锋区", "华蓥市", "岳池县", "武胜县", "邻水县")
    kinds = ("建筑工程有限公司", "电力设计有限公司", "机械制造有限公司", "化工股份有限公司", "工程检测有限公司",
             "电子科技有限公司", "市政工程有限公司", "水利水电勘测设计院有限公司", "智能装备有限公司")
    words = ("鑫达", "恒盛", "蓉川", "泰和", "华宇", "博远", "康和", "中润", "瑞丰", "宏源", "天成", "永泰", "金鹏")
    fields = ("机械工程", "电气工程", "建设工程", "电子信息工程", "化工工程", "水利工程", "测绘工程", "安全工程")
    table = []
    for i in range(1, 47):
        t = rng.choices(("高级工程师", "工程师", "助理工程师"), (2, 5, 2))[0]
        note = "国际职业资格比照认定" if rng.random() < 0.12 and t != "助理工程师" else ""
        table.append([str(i), person(rng), rng.choice(places) + rng.choice(words) + rng.choice(kinds),
                      rng.choice(fields), t, note])
    n = Notice(stem="guangan-gongshi", city="广安", office=office, docno="", date_iso="2025-11-20", batch="",
               title="广安市2025年度工程技术人才职称评审结果公示", catalog_title="广安市2025年度工程技术人才职称评审通过人员名单",
               addressee="", body=[], contact="", labels=["序号", "姓名", "工作单位", "申报专业", "评审通过职称", "备注"],
               table=table, centre_cols=(0, 1, 3, 4, 5))
    css = CMS_CSS.replace("__C__", "#b3241c").replace("__D__", "#8c1b15")
    contact = f"{person(rng)}，0826-{rng.randint(2000000, 2999999)}"
    body = [
        "根据四川省人力资源和社会保障厅职称评审工作有关规定，经个人申报、单位推荐、县（市、区）人力资源和社会保障部门"
        "审核，广安市工程技术人才职称评审委员会于2025年11月14日至15日召开评审会议，评审通过高级工程师、工程师、助理工程师"
        f"共{len(table)}人，其中通过国际职业资格比照认定职称复核的人员在备注栏注明。现将评审结果予以公示（名单附后）。",
        "公示时间：2025年11月20日至11月26日（5个工作日）。公示期间，如对公示对象的学历资历、业绩成果、国际职业资格证书"
        "真实性等有异议，请以书面形式实名向市人力资源和社会保障局反映，并提供必要的证明材料。",
        f"受理电话：{contact}；受理地址：广安市广安区金安大道二段政务服务中心5楼专业技术人员管理科。"]
    menu = "".join(f'<a href="#">{x}</a>' for x in ("首页", "政务公开", "公示公告", "政策文件", "人才人事", "就业创业",
                                                     "社会保障", "办事服务"))
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}_{e(office)}</title>'
             f"<style>{css}</style></head><body>",
             f'<div class="site">{e(office)}<small>Guang\'an Human Resources and Social Security Bureau</small></div>'
             f'<div class="menu">{menu}</div>',
             '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">公示公告</a> &gt; 职称公示</div>'
             '<div class="wrap">', f'<h1 class="art">{e(n.title)}</h1>',
             '<div class="art-meta"><span>发布时间：2025-11-20 17:35</span><span>来源：专业技术人员管理科</span>'
             '<span>浏览次数：3051</span></div><div class="art">']
    parts += [f'<p class="i">{e(t)}</p>' for t in body]
    parts.append(f'<p>&nbsp;</p><p class="r">{e(office)}</p><p class="r">2025年11月20日</p><p>&nbsp;</p>')
    parts.append(f"<h2>{e(n.catalog_title)}</h2>")
    parts.append(html_table(n, (5, 8, 35, 13, 13, 18)))
    parts.append('</div></div><div class="foot">主办：广安市人力资源和社会保障局　蜀ICP备12003456号　网站标识码：5116000008'
                 "</div></body></html>\n")
    (OUT / f"{n.stem}.html").write_text("\n".join(parts), encoding="utf-8")
    write_false_truth(n.stem, f"LOOK-ALIKE, a CMS page like the catalog pages: a 职称评审结果公示, {len(table)} PEOPLE "
                      "(序号 | 姓名 | 工作单位 | 申报专业 | 评审通过职称 | 备注), titles 高级工程师/工程师/助理工程师 and "
                      "专业 机械工程/建设工程 … in the columns a catalog's 对应职称 and 所属系列 would hold, 备注 "
                      "国际职业资格比照认定 on a few rows and the body naming 国际职业资格证书. Invented people: not a "
                      "catalog; expected 'no catalog', nothing published.")
    return [(f"{n.stem}.html", f"HTML CMS page, LOOK-ALIKE: 职称评审结果公示 of {len(table)} people, 序号 | 姓名 | 工作单位 "
             "| 申报专业 | 评审通过职称 | 备注 (国际职业资格比照认定 on a few)", "catalog false")]


TALENT = [  # 层次, 认定标准
    ("A类（顶尖人才）", "诺贝尔奖、图灵奖、菲尔兹奖获得者，或中国科学院院士、中国工程院院士，或发达国家最高学术权威机构会员（院士）。"),
    ("A类（顶尖人才）", "国家最高科学技术奖获得者；国家科学技术进步奖、国家技术发明奖、国家自然科学奖特等奖或一等奖的第一完成人。"),
    ("B类（领军人才）", "国家“万人计划”入选者，国家杰出青年科学基金获得者，长江学者奖励计划特聘教授、讲座教授。"),
    ("B类（领军人才）", "国家科学技术进步奖、国家技术发明奖、国家自然科学奖二等奖的第一完成人；中华技能大奖获得者。"),
    ("C类（高级人才）", "广东省“珠江人才计划”、广东特支计划等省级重大人才工程入选者；享受国务院政府特殊津贴专家。"),
    ("C类（高级人才）", "取得英国皇家特许测量师学会资深会员（FRICS）、英国土木工程师学会资深会员（FICE）、北美正精算师"
                      "（FSA）等国际高端职业资格，且在阳江市用人单位从事相关专业工作满3年、业绩突出的人才。"),
    ("C类（高级人才）", "在世界500强企业或国际知名研发机构担任高级管理职务或首席技术专家满3年，来阳江创新创业的人才。"),
    ("D类（骨干人才）", "具有正高级专业技术资格，或取得博士研究生学历学位并在阳江市全职工作的人才。"),
    ("D类（骨干人才）", "取得特许金融分析师（CFA）、北美准精算师（ASA）、特许公认会计师（ACCA）、美国注册会计师"
                      "（U.S. CPA）等国际职业资格，并按照《阳江市国际职业资格比照认定职称目录》比照认定为中级职称，在本市"
                      "金融、会计等领域工作满2年的人才。"),
    ("D类（骨干人才）", "取得英国特许工程师（CEng）、美国注册专业工程师（PE）、国际焊接工程师（IWE）等国际职业资格并比照"
                      "认定为工程师，在海上风电、合金材料、装备制造等重点产业企业工作满2年的人才。"),
    ("E类（基础人才）", "具有副高级专业技术资格，或取得硕士研究生学历学位，在阳江市全职工作的人才。"),
    ("E类（基础人才）", "具有技师职业技能等级，或在省级以上职业技能竞赛中获得前三名的技能人才。"),
]


@doc
def yangjiang(tmp: Path) -> list[Made]:
    rng = random.Random("unseen35-yangjiang")
    office = "阳江市人力资源和社会保障局"
    cat = "阳江市高层次人才认定目录（2025年版）"
    body = [
        "为深入实施新时代人才强市战略，进一步规范高层次人才认定工作，根据《阳江市高层次人才认定和服务管理办法》，我局会同"
        f"市委人才工作领导小组办公室对高层次人才认定标准进行了修订，形成了《{cat}》，现印发给你们，请遵照执行。",
        "一、高层次人才分为A、B、C、D、E五类，认定标准见附件。同时符合多个层次标准的，按就高原则认定，不重复认定。",
        "二、认定结果有效期为5年。经认定的高层次人才，按规定享受住房保障、子女入学、医疗保健等服务。",
        "三、本目录自印发之日起施行，《阳江市高层次人才认定目录（2022年版）》同时废止。"]
    table = [[lvl, f"{i}．{std}"] for i, (lvl, std) in enumerate(TALENT, start=1)]
    n = Notice(stem="yangjiang-rencai", city="阳江", office=office, docno="阳人社发〔2025〕29号", date_iso="2025-04-08",
               batch="", title=f"关于印发《{cat}》的通知", catalog_title=cat,
               addressee="各县（市、区）人力资源和社会保障局，阳江高新区、海陵试验区人力资源部门，市直各有关单位：",
               body=body, contact=f"联系人：{person(rng)}，联系电话：{phone(rng, '0662')}",
               labels=["层次", "认定标准"], table=table, merge_cols=(0,), centre_cols=(0,), annex_note="附件：" + cat)
    page = print_page(n, (2.6, 13.0), table_font="11pt")
    np_ = html_pdf(page, n.stem, tmp)
    write_false_truth(n.stem, "LOOK-ALIKE in the house style of the Chromium-printed catalog notices (红头, 文号, title "
                      "关于印发《…目录》的通知, 附件 on a new page): 阳江市高层次人才认定目录（2025年版）, a two-column table "
                      "层次 (A类 … E类, merged down) | 认定标准 (numbered sentences). International qualifications appear only "
                      "INSIDE long sentences (英国皇家特许测量师学会资深会员（FRICS）, 北美正精算师（FSA）, 特许金融分析师（CFA）, "
                      "英国特许工程师（CEng）, 国际焊接工程师（IWE）…) next to 比照认定为中级职称 / 工程师. A talent-level "
                      "directory, not a catalog: expected 'no catalog', nothing published.")
    return [(f"{n.stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages, LOOK-ALIKE: 高层次人才认定目录, 层次 (merged) | "
             "认定标准, international qualifications only inside sentences", "catalog false")]


# --- main ----------------------------------------------------------------------------------------------------------

def main(argv: Sequence[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    chosen = argv or list(DOCS)
    made: list[Made] = []
    with tempfile.TemporaryDirectory() as t:
        for name in chosen:
            sub = Path(t) / name
            sub.mkdir()
            made.extend(DOCS[name](sub))
            print(name, "done", flush=True)
    if not argv:
        write_readme(made)


def write_readme(made: Sequence[Made]) -> None:
    lines = [*(__doc__ or "").strip().splitlines(), "", "The documents:"]
    for name, line, rows in made:
        lines.append(f"  {name}")
        lines.append(f"      {line}; {rows}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * Header in every truth: the six canonical names, whatever words and order the document prints; rows in canonical
    order (序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列). Columns that are none of the six (国别, 备注, 类别, the
    blank column) are not in the truth.
  * 对应职称 printed with its level: chengde-shuangyu.pdf and haerbin-cengji.pdf print 工程师（中级）, 助理工程师（初级）,
    高级工程师（副高级）, 经济师（中级）, 一级翻译（副高级） …; the bracket only restates the title's own level, so their truth
    keeps the title alone (工程师). Every other document prints the title alone.
  * Qualification and Chinese name in one column: weihai-shuanghang.pdf (two paragraphs of one cell, the original
    first) and heyuan-tonglan.docx (one line, a space between): the truth splits them, the foreign-language name as
    职业资格名称 and the Chinese as 译名. In heyuan five Chinese names begin with Latin (API 510 压力容器检验师, TOGAF
    企业架构认证, ITIL 4 管理专家, NEBOSH 国际职业健康与安全文凭, WELL 认证专家): the split is where the Latin name
    starts again. weihai's two Japanese originals (技術士（機械部門）, 日商簿記検定1級) are the qualification.
  * Merged columns: yantai (所属系列 first, w:vMerge), rizhao (颁证单位 first, rowspan), hengshui (类别, merged
    cells); every row in the truth carries its merged cell's value.
  * lincang-zhongwenqianzhi.html has no 所属系列 column: 所属系列 is "" in its truth. No catalog lacks 译名 (weihai and
    heyuan print it inside the qualification's cell).
  * hengshui-leibie.xlsx is the 附件 alone (附件, catalog title, table, note): notice doc_number, office, notice_title,
    issue_date are "" (nothing of them in the workbook); city 衡水 and batch 第一批 come from the catalog title.
  * notice: doc_number this notice's 文号 (rizhao's and haerbin's bodies also cite the first batch's 文号); office as
    signed; issue_date the signed date (the web pages' 发布时间 is a day or two later); catalog_title as printed above
    the table. 汕尾's 文号 is printed 汕尾人社〔2025〕57号 (the city's two characters, as 汕 alone would be 汕头).
  * Rows are kept whole on a page in the LibreOffice prints of weihai, liaocheng and haerbin (cantSplit) and in the
    Chromium prints (break-inside: avoid); the header row repeats on every page. Long Latin words wrap only at a space,
    a hyphen or a slash (columns widened until no word broke elsewhere); the bundled notice's real name
    "Elektroniker/-in -Betriebsstechnik" breaks after its dash standing alone in weihai and rizhao.
  * Chromium on this machine writes the Noto CJK faces as Type 3 fonts with ToUnicode and draws no space glyphs
    (pdftotext -raw runs Latin words together; the gaps are in the positions, as in earlier rounds' Chromium prints);
    LibreOffice 7.4 substitutes 仿宋_GB2312, 方正小标宋简体, 黑体, 宋体 with Noto Sans/Serif CJK (pdffonts names the JP
    faces; the text maps to the same characters). Checked: every PDF read with pdftotext (no U+FFFD, every 译名
    found), pages counted with pdfinfo, pages looked at (pdftoppm); DOCX and XLSX printed by LibreOffice and looked at
    the same way; web pages rendered by headless Chromium. Regenerating gives byte-identical files (DOCX/XLSX zip dates
    and core properties pinned; PDF dates, /ID and uuids pinned, qpdf --deterministic-id).
"""


if __name__ == "__main__":
    main(sys.argv[1:])
