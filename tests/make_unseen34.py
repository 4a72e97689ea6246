"""Regenerate tests/fixtures/unseen34: a blind probe round of notices in the FULL official-document format of
GB/T 9704-2012 (党政机关公文格式), as city bureaus really print them, each with a long catalog in its 附件.

    /work/main/.venv/bin/python tests/make_unseen34.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen34.py xiangtan loudi  # only these (by city stem)

Places no earlier round used (湖南 湘潭, 娄底, 益阳; 江西 萍乡, 新余, 景德镇; 贵州 遵义; 福建 莆田, 三明, and the
look-alike 宁德; 安徽 铜陵, 宣城, and the look-alike 亳州). Every document has the parts GB/T 9704 prescribes:
版头 (the red 发文机关标志 ……文件, 发文字号 and the red 分隔线 under it: a paragraph border, a DrawingML line, a
filled thin rectangle, a VML line, a double rule, a CSS border, an inline SVG line …), 主体 (title
关于印发《……国际职业资格比照认定职称目录（第N批）》的通知, 主送机关, body, 附件说明, 发文机关署名 and 成文日期 with a
red seal picture over them in some, （此件公开发布）, 联系人/电话), the 附件 on a new page (附件 / 附件1 in 黑体 at the
top left, the catalog title, the catalog: 40 to 150 rows running over several pages, header repeated in some,
rows broken across a page break in some; A4 portrait or landscape), page numbers "— n —" at the outside edge
(odd pages right, even pages left; Word footers with PAGE fields, Chromium @page margin boxes), and the 版记
(抄送, 印发机关 and 印发日期 between a thick rule, a thin rule and a thick rule) at the end, in some on the same
page as the last catalog rows. Some documents have a second 附件 (a 申报表 form: a ruled table that is not a catalog).

Every qualification and issuing body is real (the rows of the two bundled notices as tests/make_unseen31.py copied
them, and more real international qualifications written here as bureaus translate them); notices, people, phone
numbers are invented (seeded random: regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx, lxml and Pillow from the venv). DOCX by python-docx
(zip dates pinned), PDFs printed from the DOCX by LibreOffice headless, or from a web page by headless Chromium;
PDF dates, /ID and uuids pinned, then qpdf --deterministic-id. Apt packages: libreoffice writer, chromium,
poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header", "rows", "notice": {doc_number, city, office, notice_title,
issue_date, batch, catalog_title}, "why"}, or {"catalog": false, "why"} for a look-alike. Written from this
script's own data, never read back from the documents.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import html
import io
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen34"
PINNED_DATE = b"20250601090000"
PINNED_ISO = b"2025-06-01T09:00:00"
ZIP_DATE = (2025, 6, 1, 9, 0, 0)
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SC_INDEX = 2  # the SC face in the Noto CJK collections (JP, KR, SC, TC, HK)
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


def issuer(key: str, style: str) -> str:
    """The body as a bureau prints it: cn_en 中文 (English); cn_full 中文（English）; cn_abbr 中文（ABBR）;
    en English; cn 中文; en_abbr English (ABBR); mixed: varies by body, as clerks copying from several sources do."""
    cn, en, ab = B[key]
    if style == "mixed":
        style = ("cn_abbr", "en", "cn_en", "cn", "en_abbr")[int(hashlib.md5(key.encode()).hexdigest(), 16) % 5]
        if key == "DIHK":
            style = "en"
        if key in ("IPEJ", "JCCI"):
            style = "cn"
    if key == "IPEJ" and style in ("en", "en_abbr"):
        style = "cn"
    return {"cn_en": f"{cn} ({en})", "cn_full": f"{cn}（{en}）", "cn_abbr": f"{cn}（{ab}）", "en": en,
            "cn": cn, "en_abbr": f"{en} ({ab})"}[style]


def title_text(title: str, style: str) -> str:
    """对应职称 as printed: plain 工程师; level 工程师（中级）."""
    if style == "level":
        level = {"助理": "初级", "高级": "副高级", "一级": "副高级"}
        for k, v in level.items():
            if title.startswith(k):
                return f"{title}（{v}）"
        return f"{title}（中级）"
    return title


def series_text(series: str, style: str) -> str:
    """所属系列 as printed: plain 机械工程; paren 工程技术（机械工程）; xilie 工程系列 for every engineering field."""
    if style == "paren" and series in ENGINEERING:
        return f"工程技术（{series}）"
    if style == "xilie":
        return "工程系列" if series in ENGINEERING else f"{series}系列"
    return series


def pick_rows(seed: str, n: int, series_order: Sequence[str] | None = None) -> list[tuple]:
    """n rows of the pool, picked by a seeded random, kept in the pool's order (grouped by series), or grouped in
    series_order when given."""
    rng = random.Random(seed)
    pool = list(POOL)
    if series_order:
        pool = [r for s in series_order for r in POOL if r[4] == s]
    n = min(n, len(pool))
    keep = sorted(rng.sample(range(len(pool)), n))
    return [pool[i] for i in keep]


def catalog_rows(rows: Sequence[tuple], istyle: str, tstyle: str = "plain", sstyle: str = "plain",
                 start: int = 1) -> list[list[str]]:
    return [[str(i), q, t, issuer(b, istyle), title_text(ti, tstyle), series_text(se, sstyle)]
            for i, (q, t, b, ti, se) in enumerate(rows, start=start)]


# --- people, phones ----------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志宏海波宁欣怡晨雪梅琳浩宇轩思远嘉"


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
    return rng.choice(SURNAMES) + given


def phone(rng: random.Random, area: str) -> str:
    return f"{area}-{rng.randint(2, 8)}{rng.randint(1000000, 9999999)}"


# --- pictures: the red seal (公章) and a letterhead drawn as a picture ---------------------------------------------

def seal_png(name: str, seed: str, px: int = 360, code: str = "") -> bytes:
    """A round official seal: a red ring, the office's name along the upper arc, a five-pointed star in the middle,
    an optional code line under it; ink uneven (a seeded speckle), transparent outside the ink."""
    rng = random.Random(seed)
    scale = 2
    size = px * scale
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ink = (222, 28, 36, 255)
    d = ImageDraw.Draw(img)
    ring = size // 32
    d.ellipse([ring, ring, size - ring, size - ring], outline=ink, width=ring)
    cx = cy = size / 2
    r_star = size * 0.15
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r_star if k % 2 == 0 else r_star * 0.382
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=ink)
    font = ImageFont.truetype(SANS_BOLD, int(size * 0.105), index=SC_INDEX)
    n = len(name)
    span = min(250.0, 18.0 * n + 10)  # degrees of arc the name covers, centred at the top
    radius = size / 2 - ring * 2.2 - size * 0.06
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=ink, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = cx + radius * math.cos(math.radians(ang)) - tile.width / 2
        y = cy + radius * math.sin(math.radians(ang)) - tile.height / 2
        img.alpha_composite(tile, (int(x), int(y)))
    if code:
        small = ImageFont.truetype(SANS_BOLD, int(size * 0.05), index=SC_INDEX)
        d.text((cx, cy + size * 0.3), code, font=small, fill=ink, anchor="mm")
    # uneven ink: punch small holes and fade a little
    px_ = img.load()
    for _ in range(size * 6):
        x, y = rng.randrange(size), rng.randrange(size)
        r, g, b, a = px_[x, y]
        if a:
            px_[x, y] = (r, g, b, int(a * rng.uniform(0.15, 0.8)))
    img = img.resize((px, px), Image.LANCZOS)
    alpha = img.getchannel("A").point(lambda v: int(v * 0.88))
    img.putalpha(alpha)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def letterhead_png(text: str, width_px: int = 1560, height_px: int = 190, squeeze: float = 0.72) -> bytes:
    """The red 发文机关标志 as a picture (clerks paste the 红头 from a template as an image): wide, condensed
    characters, no text layer."""
    font = ImageFont.truetype(SERIF_BOLD, int(height_px * 0.78), index=SC_INDEX)
    probe = Image.new("L", (10, 10))
    w = int(ImageDraw.Draw(probe).textlength(text, font=font)) + 20
    big = Image.new("RGBA", (w, height_px), (0, 0, 0, 0))
    ImageDraw.Draw(big).text((w / 2, height_px / 2), text, font=font, fill=(230, 0, 18, 255), anchor="mm")
    target_w = min(width_px, int(w * squeeze))
    img = big.resize((target_w, height_px), Image.LANCZOS)
    canvas = Image.new("RGBA", (width_px, height_px), (0, 0, 0, 0))
    canvas.alpha_composite(img, ((width_px - target_w) // 2, 0))
    buf = io.BytesIO()
    canvas.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# --- the notice (one set of parts, written out as Word or as a web page) -----------------------------------------

@dataclass
class Notice:
    stem: str
    city: str
    office: str
    docno: str
    date_iso: str  # 成文日期
    batch: str
    title_lines: list[str]  # the title as the clerk broke it
    addressee: str
    body: list[str]
    annex_note: list[str]  # 附件说明: "附件：…", or "附件：1．…", "2．…"
    catalog_title: str
    labels: list[str]  # the catalog's own header words
    rows: list[list[str]]
    contact: str
    cc: str
    printer: str  # 印发机关
    print_date: str  # 印发日期 as printed, "2025年4月21日印发"
    letterhead: str = ""
    public: str = "（此件公开发布）"
    why: str = ""
    readme: str = ""
    form: list | None = None  # 附件2 申报表: (title, rows of cells, merges)

    @property
    def title(self) -> str:
        return "".join(self.title_lines)

    @property
    def date_cn(self) -> str:
        y, m, d = (int(x) for x in self.date_iso.split("-"))
        return f"{y}年{m}月{d}日"


def write_truth(n: Notice) -> None:
    keys = ("doc_number", "city", "office", "notice_title", "issue_date", "batch", "catalog_title")
    notice = {"doc_number": n.docno, "city": n.city, "office": n.office, "notice_title": n.title,
              "issue_date": n.date_iso, "batch": n.batch, "catalog_title": n.catalog_title}
    data = {"header": list(HEADER), "rows": [list(r) for r in n.rows], "notice": {k: notice[k] for k in keys},
            "why": n.why}
    (OUT / f"{n.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_false_truth(stem: str, why: str) -> None:
    (OUT / f"{stem}.truth.json").write_text(json.dumps({"catalog": False, "why": why}, ensure_ascii=False, indent=1)
                                            + "\n", encoding="utf-8")


def standard_body(rng: random.Random, city: str, catalog: str, *, prev: str = "", verb: str = "印发给你们",
                  extra: Sequence[str] = ()) -> list[str]:
    """The body of a 印发 notice as bureaus write it (one city's words; the numbers are invented)."""
    out = [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》精神，进一步畅通国际化专业技术人才"
           f"职称评价渠道，服务{city}市开放型经济高质量发展，根据省人力资源和社会保障厅关于开展国际职业资格比照认定职称工作"
           f"的有关规定，结合我市实际，我局研究制定了《{catalog}》，现{verb}，并就有关事项通知如下。",
           f"一、适用范围。在{city}市行政区域内依法登记注册的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际"
           "职业资格且证书在有效期内的专业技术人才，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
           "二、认定程序。申报人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核公示、县（市、区）人力资源和社会"
           "保障部门初审后，由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
           "三、有关要求。各用人单位要严格审核申报材料，确保证书真实有效。对弄虚作假的，一经查实，撤销其比照认定的职称。"
           "目录实行动态调整。"]
    if prev:
        out.append(f"本通知自印发之日起施行。{prev}")
    out.extend(extra)
    return out


FORM_ROWS = [  # 附件2: 申报表 (cells; "" where a value is filled in by hand), 6 columns
    ["姓    名", "", "性    别", "", "出生年月", ""],
    ["工作单位", "", "", "", "单位性质", ""],
    ["身份证号", "", "", "", "现从事专业", ""],
    ["最高学历", "", "毕业院校", "", "所学专业", ""],
    ["国际职业资格名称", "", "", "", "证书编号", ""],
    ["颁证单位", "", "", "", "取得时间", ""],
    ["申报比照认定职称", "", "", "", "所属系列", ""],
    ["主要工作业绩", "", "", "", "", ""],
    ["本人承诺", "本人承诺所提交的证书及材料真实有效，如有虚假，愿承担相应责任。\n承诺人（签字）：　　　　年　　月　　日",
     "", "", "", ""],
    ["用人单位意见", "经审核，该同志所提交材料真实有效，已在本单位公示5个工作日，无异议。\n（盖章）　　　　年　　月　　日",
     "", "", "", ""],
    ["县（市、区）人社部门意见", "\n（盖章）　　　　年　　月　　日", "", "", "", ""],
    ["市人社局审核意见", "\n（盖章）　　　　年　　月　　日", "", "", "", ""],
]
FORM_MERGES = [(1, 1, 1, 3), (2, 1, 2, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3), (7, 1, 7, 5), (8, 1, 8, 5),
               (9, 1, 9, 5), (10, 1, 10, 5), (11, 1, 11, 5)]


# --- Word (python-docx) ------------------------------------------------------------------------------------------

@dataclass
class Word:
    """How one bureau's clerk set the document in Word (GB/T 9704: 3号仿宋 body, 2号小标宋 title, 22 lines of 28
    characters in a 156 x 225 mm type area)."""
    body_face: str = "仿宋_GB2312"
    title_face: str = "方正小标宋简体"
    hei_face: str = "黑体"
    kai_face: str = "楷体_GB2312"
    table_face: str = "宋体"
    latin: str = "Times New Roman"
    letterhead: str = "text"  # text | picture
    lh_size: float = 42.0
    lh_scale: int = 100  # character width, percent (w:w): 红头 set condensed
    fenhao: str = ""  # 份号 at the top left
    rule: str = "border"  # border | double | line | rect | vml
    docno_align: str = "center"
    seal: bool = False
    landscape_annex: bool = False
    repeat_header: bool = True
    cant_split: bool = False
    table_size: float = 10.5
    head_size: float = 11.0
    widths: tuple = (1.1, 3.9, 3.0, 3.9, 1.9, 1.8)  # cm; 15.6 = the type area's width
    banji: str = "paras"  # paras | table | pushed
    banji_new_page: bool = False
    contact_in_body: bool = True
    head_shade: str = ""  # fill of the header row, e.g. "D9D9D9"
    break_issuer: bool = False  # an explicit line break before "(" in 颁证单位 cells
    centre_cols: tuple = (0, 4, 5)


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"')
CM = 360000  # EMU per cm
C, L, R, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY


def font(run, size: float, face: str, latin: str = "Times New Roman", bold: bool = False, color: str | None = None,
         scale: int = 100, spacing: float = 0) -> None:
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
    if spacing:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        rpr.append(sp)
    if scale != 100:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def exact_lines(p, pts: float = 28.95) -> None:
    ppr = p._p.get_or_add_pPr()
    sp = ppr.find(qn("w:spacing"))
    if sp is None:
        sp = OxmlElement("w:spacing")
        ppr.append(sp)
    sp.set(qn("w:line"), str(int(round(pts * 20))))
    sp.set(qn("w:lineRule"), "exact")


def para(where, text: str, size: float, face: str, lay: Word, align=None, bold: bool = False, color=None,
         first: float = 0, left: float = 0, right: float = 0, before: float = 0, after: float = 0,
         exact: float | None = 28.95, page_break: bool = False, scale: int = 100, spacing: float = 0,
         hanging: float = 0):
    """A paragraph; indents in characters of `size` (GB/T counts in 字)."""
    p = where.add_paragraph()
    if align is not None:
        p.alignment = align
    f = p.paragraph_format
    f.space_before, f.space_after = Pt(before), Pt(after)
    if first:
        f.first_line_indent = Pt(size * first)
    if hanging:
        f.first_line_indent = Pt(-size * hanging)
    if left:
        f.left_indent = Pt(size * left)
    if right:
        f.right_indent = Pt(size * right)
    f.page_break_before = page_break
    if exact:
        exact_lines(p, exact)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            br = p.add_run()
            br.add_break()
            font(br, size, face, lay.latin, bold, color, scale, spacing)
        if line:
            font(p.add_run(line), size, face, lay.latin, bold, color, scale, spacing)
    return p


def border(p, side: str, sz: int, color: str = "000000", val: str = "single", space: int = 1) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr goes before spacing/ind/jc in CT_PPr order
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    b = OxmlElement(f"w:{side}")
    for k, v in (("val", val), ("sz", str(sz)), ("space", str(space)), ("color", color)):
        b.set(qn(f"w:{k}"), v)
    order = ["top", "left", "bottom", "right", "between"]
    later = [bdr.find(qn(f"w:{s}")) for s in order[order.index(side) + 1:]]
    later = [x for x in later if x is not None]
    if later:
        later[0].addprevious(b)
    else:
        bdr.append(b)


def tab_right(p, pos_cm: float) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


_SHAPE_ID = [100]


def _next_id() -> int:
    _SHAPE_ID[0] += 1
    return _SHAPE_ID[0]


def shape_run(p, kind: str, width_cm: float, y_cm: float, color: str = "FF0000", thick_pt: float = 1.5) -> None:
    """A red rule drawn as an anchored shape in the paragraph p: 'line' a DrawingML straight connector, 'rect' a
    filled thin rectangle without outline, 'vml' a legacy VML line; y_cm below the paragraph's top."""
    sid = _next_id()
    w = int(width_cm * CM)
    y = int(y_cm * CM)
    if kind == "vml":
        xml = (f'<w:r {W_NS}><w:pict><v:line id="_x0000_s{sid}" style="position:absolute;z-index:{sid};'
               f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
               f'from="0,{y_cm * 28.35:.1f}pt" to="{width_cm * 28.35:.1f}pt,{y_cm * 28.35:.1f}pt" '
               f'strokecolor="#{color}" strokeweight="{thick_pt}pt"><w10:wrap anchorx="margin"/></v:line>'
               f'</w:pict></w:r>')
        p._p.append(parse_xml(xml))
        return
    if kind == "line":
        h = 0
        sppr = (f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="{int(thick_pt * 12700)}">'
                f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:ln>')
        nv, name = "<wps:cNvCnPr/>", f"直接连接符 {sid}"
        vml = (f'<v:line id="_x0000_s{sid}" style="position:absolute;z-index:{sid}" from="0,0" '
               f'to="{width_cm * 28.35:.1f}pt,0" strokecolor="#{color}" strokeweight="{thick_pt}pt"/>')
    else:
        h = int(thick_pt / 72 * 2.54 * CM)
        sppr = (f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{color}"/>'
                f'</a:solidFill><a:ln><a:noFill/></a:ln>')
        nv, name = "<wps:cNvSpPr/>", f"矩形 {sid}"
        vml = (f'<v:rect id="_x0000_s{sid}" style="position:absolute;width:{width_cm * 28.35:.1f}pt;'
               f'height:{thick_pt}pt;z-index:{sid}" fillcolor="#{color}" stroked="f"/>')
    xml = (f'<w:r {W_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" '
           f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
           f'<wp:docPr id="{sid}" name="{name}"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp>{nv}<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>{sppr}</wps:spPr>'
           f'<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback><w:pict>{vml}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(parse_xml(xml))


def float_picture(p, png: bytes, width_cm: float, height_cm: float, x_cm: float, y_cm: float,
                  rel_h: str = "margin", rel_v: str = "paragraph", name: str = "图片") -> None:
    """A picture anchored to p, in front of the text, no wrapping (the seal pressed over 署名 and 日期)."""
    run = p.add_run()
    run.add_picture(io.BytesIO(png), width=Cm(width_cm), height=Cm(height_cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    sid = _next_id()
    extent = inline.find(qn("wp:extent"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {W_NS} distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251660000 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{int(x_cm * CM)}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{int(y_cm * CM)}</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{extent.get("cx")}" cy="{extent.get("cy")}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{sid}" name="{name} {sid}"/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr></wp:anchor>')
    anchor.append(copy.deepcopy(graphic))
    inline.getparent().replace(inline, anchor)


def page_number_footers(doc, lay: Word) -> None:
    """GB/T 9704 page numbers: 4号 半角 digits between 一字线 (— 1 —), odd pages at the right, even pages at the
    left, each one character in from the edge; Word's odd/even footers with PAGE fields."""
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    for footer, align, side in ((sec.footer, R, "right"), (sec.even_page_footer, L, "left")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if side == "right":
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        font(p.add_run("— "), 14, "宋体", "宋体")
        for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
            r = p.add_run()
            font(r, 14, "宋体", "宋体")
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._r.append(it)
            elif kind == "text":
                t = OxmlElement("w:t")
                t.text = text
                r._r.append(t)
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
        font(p.add_run(" —"), 14, "宋体", "宋体")


def gbt_section(sec, landscape: bool = False) -> None:
    """GB/T 9704 page: A4, 天头 37 mm, 订口 28 mm, type area 156 x 225 mm; landscape annex pages keep the margins
    turned with the page."""
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.2)


def cell_text(cell, text: str, size: float, face: str, lay: Word, align=None, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    f = p.paragraph_format
    f.space_before = f.space_after = Pt(0)
    f.line_spacing = 1.0
    if align is not None:
        p.alignment = align
    for i, line in enumerate(text.split("\n")):
        if i:
            br = p.add_run()
            br.add_break()
            font(br, size, face, lay.latin, bold)
        if line:
            font(p.add_run(line), size, face, lay.latin, bold)


def table_borders(t, sz: int = 4, sides=("top", "left", "bottom", "right", "insideH", "insideV"), outer: int = 0) -> None:
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        on = side in sides
        size = outer if (outer and side in ("top", "left", "bottom", "right")) else sz
        for k, v in (("val", "single" if on else "nil"), ("sz", str(size)), ("space", "0"), ("color", "000000")):
            e.set(qn(f"w:{k}"), v)
        b.append(e)
    tblpr.append(b)


def fixed_table(doc, ncols: int, widths: Sequence[float]):
    t = doc.add_table(rows=0, cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    return t


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def broken_issuer(text: str) -> str:
    """颁证单位 as a clerk types it into a cell: the English name on a line of its own (the space before "(" or
    "（" made a line break)."""
    if " (" in text:
        return text.replace(" (", "\n(", 1)
    if "（" in text:
        return text.replace("（", "\n（", 1)
    return text


def catalog_table(doc, n: Notice, lay: Word, widths: Sequence[float]) -> None:
    t = fixed_table(doc, 6, widths)
    table_borders(t, 4)
    for r, values in enumerate([n.labels, *n.rows]):
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
                cell_text(cell, value, lay.head_size, lay.hei_face, lay, C)
                if lay.head_shade:
                    shade(cell, lay.head_shade)
            else:
                if c == 3 and lay.break_issuer:
                    value = broken_issuer(value)
                cell_text(cell, value, lay.table_size, lay.table_face, lay, C if c in lay.centre_cols else L)


def form_table(doc, lay: Word, widths: Sequence[float]) -> None:
    t = fixed_table(doc, 6, widths)
    table_borders(t, 6)
    for r, values in enumerate(FORM_ROWS):
        tr = t.add_row()
        tr.height = Cm(2.0 if values[0] in ("主要工作业绩",) else 1.4 if "意见" in values[0] or values[0] == "本人承诺"
                       else 0.7)
        for c, (cell, value) in enumerate(zip(tr.cells, values)):
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if value:
                cell_text(cell, value, 10.5, lay.body_face, lay, C if c % 2 == 0 and c < 6 and r < 8 else L)
    for r0, c0, r1, c1 in FORM_MERGES:
        merged = t.cell(r0, c0).merge(t.cell(r1, c1))
        for p in merged.paragraphs[1:]:
            if not p.text.strip():
                p._element.getparent().remove(p._element)


def banji_docx(doc, n: Notice, lay: Word, width_cm: float) -> None:
    """版记: 抄送 and 印发机关/印发日期 between a thick rule (0.35 mm), a thin rule (0.25 mm) and a thick rule, 4号仿宋,
    each one character in from the edges."""
    cc = "抄送：" + n.cc
    if lay.banji == "paras":
        p1 = para(doc, cc, 14, lay.body_face, lay, left=1, right=1, exact=None, before=18,
                  page_break=lay.banji_new_page)
        p1.paragraph_format.left_indent = Pt(14 * 4)
        p1.paragraph_format.first_line_indent = Pt(-14 * 3)
        border(p1, "top", 8, space=4)
        border(p1, "bottom", 4, space=4)
        p2 = para(doc, n.printer + "\t" + n.print_date, 14, lay.body_face, lay, left=1, right=1, exact=None)
        tab_right(p2, width_cm - 0.5)
        border(p2, "bottom", 8, space=4)
        return
    gap = doc.add_paragraph()  # a paragraph between two tables (Word joins tables that touch)
    gap.paragraph_format.space_before = gap.paragraph_format.space_after = Pt(0)
    font(gap.add_run(""), 14, lay.body_face, lay.latin)
    t = fixed_table(doc, 1, [width_cm])
    table_borders(t, 4, sides=("top", "bottom", "insideH"), outer=8)
    if lay.banji == "pushed":  # the 版记 on a page of its own, pushed to the foot by empty lines, as clerks do
        tbl = t._tbl
        for i in range(18):
            tbl.addprevious(para(doc, "", 16, lay.body_face, lay, page_break=(i == 0 and not lay.landscape_annex))._p)
    for text in (cc, n.printer + "\t" + n.print_date):
        cell = t.add_row().cells[0]
        cell.width = Cm(width_cm)
        p = cell.paragraphs[0]
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(3)
        if text.startswith("抄送"):
            p.paragraph_format.left_indent = Pt(14 * 4)
            p.paragraph_format.first_line_indent = Pt(-14 * 3)
        else:
            tab_right(p, width_cm - 0.5)
        font(p.add_run(text), 14, lay.body_face, lay.latin)
    tail = doc.add_paragraph()  # Word always ends the body with a paragraph after a table
    tail.paragraph_format.space_before = tail.paragraph_format.space_after = Pt(0)
    font(tail.add_run(""), 2, lay.body_face, lay.latin)


def word_notice(n: Notice, lay: Word, path: Path, seal: bytes | None = None, lh_png: bytes | None = None) -> Path:
    doc = Document()
    gbt_section(doc.sections[0])
    cp = doc.core_properties
    cp.author = cp.last_modified_by = n.office
    cp.title = n.title
    cp.created = cp.modified = datetime(2025, 6, 1, 9, 0, 0)
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = lay.latin
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lay.body_face)
    width = 15.6
    # the empty paragraph python-docx's template does not have; start with 份号 or the letterhead
    if lay.fenhao:
        para(doc, lay.fenhao, 16, lay.hei_face, lay, L, exact=None, after=0, left=0.0)
    # 版头: 发文机关标志, 发文字号, 分隔线
    if lay.letterhead == "picture":
        p = doc.add_paragraph()
        p.alignment = C
        p.paragraph_format.space_before = Pt(6 if lay.fenhao else 24)
        p.paragraph_format.space_after = Pt(30)
        p.add_run().add_picture(io.BytesIO(lh_png), width=Cm(15.2))
    else:
        para(doc, n.letterhead, lay.lh_size, lay.title_face, lay, C, color="FF0000", exact=None,
             before=6 if lay.fenhao else 24, after=30, scale=lay.lh_scale, spacing=0)
    dp = para(doc, n.docno, 16, lay.body_face, lay, R if lay.docno_align == "right" else C, exact=None, after=4,
              right=1 if lay.docno_align == "right" else 0)
    if lay.rule == "border":
        border(dp, "bottom", 18, "FF0000", space=12)
    elif lay.rule == "double":
        border(dp, "bottom", 24, "FF0000", val="thickThinSmallGap", space=12)
    else:
        shape_run(dp, lay.rule, width, 1.2, thick_pt=1.5 if lay.rule != "rect" else 2.2)
    # 主体
    for i, line in enumerate(n.title_lines):
        para(doc, line, 22, lay.title_face, lay, C, exact=35, before=46 if i == 0 else 0,
             after=28 if i == len(n.title_lines) - 1 else 0)
    para(doc, n.addressee, 16, lay.body_face, lay, J)
    for text in n.body:
        para(doc, text, 16, lay.body_face, lay, J, first=2)
    # the last body paragraph, 附件说明, 署名 and 日期 kept on one page (GB/T 9704: no page with the 署名 alone)
    chain = [doc.paragraphs[-1]]
    if lay.contact_in_body:
        chain.append(para(doc, n.contact + "。", 16, lay.body_face, lay, J, first=2))
    chain.append(para(doc, "", 16, lay.body_face, lay))
    for i, line in enumerate(n.annex_note):
        if i == 0:
            chain.append(para(doc, line, 16, lay.body_face, lay, J, first=2))
        else:
            chain.append(para(doc, line, 16, lay.body_face, lay, J, left=5))
    chain.append(para(doc, "", 16, lay.body_face, lay))
    chain.append(para(doc, "", 16, lay.body_face, lay))
    sp = para(doc, n.office, 16, lay.body_face, lay, R, right=2)
    chain.append(sp)
    para(doc, n.date_cn, 16, lay.body_face, lay, R, right=4)
    for p in chain:
        p.paragraph_format.keep_with_next = True
    if seal is not None:
        float_picture(sp, seal, 4.2, 4.2, width - 4.2 - 1.5, -1.35, name="公章")
    para(doc, n.public, 16, lay.body_face, lay, first=2)
    if not lay.contact_in_body:
        para(doc, "（" + n.contact + "）", 16, lay.body_face, lay, first=2)
    # 附件
    two = n.form is not None
    if lay.landscape_annex:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        gbt_section(sec, landscape=True)
        twidth = 22.5
    else:
        twidth = width
    para(doc, "附件1" if two else "附件", 16, lay.hei_face, lay, L, exact=None,
                 page_break=not lay.landscape_annex, after=6)
    para(doc, n.catalog_title, 20 if lay.landscape_annex else 18, lay.title_face, lay, C, exact=None, before=6,
         after=12)
    scale = twidth / sum(lay.widths)
    catalog_table(doc, n, lay, [w * scale for w in lay.widths])
    if two:
        if lay.landscape_annex:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            gbt_section(sec)
        para(doc, "附件2", 16, lay.hei_face, lay, L, exact=None, page_break=not lay.landscape_annex, after=6)
        para(doc, n.form[0], 18, lay.title_face, lay, C, exact=None, before=6, after=12)
        form_table(doc, lay, (2.9, 2.4, 2.3, 2.8, 2.4, 2.8))
    if lay.banji_new_page and lay.landscape_annex and not two:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        gbt_section(sec)
        bw = width
    elif lay.landscape_annex and not two:
        bw = twidth
    else:
        bw = width
    banji_docx(doc, n, lay, bw)
    page_number_footers(doc, lay)
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


def docx_pdf(docx: Path, out: Path, tmp: Path) -> Path:
    return pack(soffice_pdf(docx, tmp / "lo"), out)


def html_pdf(page: str, out: Path, tmp: Path) -> Path:
    src = tmp / f"{out.stem}.html"
    src.write_text(page, encoding="utf-8")
    return pack(chromium(src, tmp / f"{out.stem}.chromium.pdf"), out)


def pages(pdf: Path) -> int:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", done.stdout).group(1))


# --- web pages (printed by Chromium, or published as they are) -----------------------------------------------------

@dataclass
class Web:
    print_css: bool = True  # GB/T 9704 pages for Chromium's print
    page_numbers: bool = True  # @page margin boxes, odd right / even left
    mirror: bool = True  # even pages' 订口 on the right
    rule: str = "border"  # border | bar | svg | hr | double
    lh_scale: float = 0.72  # the 红头 condensed with scaleX
    seal: bool = False
    landscape_annex: bool = False
    thead: bool = True  # the header in <thead> (Chromium repeats it on each page)
    banji: str = "follow"  # follow (right after the last rows) | foot (a page of its own, at the foot)
    head_rows: int = 1  # 2: 国际职业资格 over 英文名称 | 中文名称
    rowspan_series: bool = False
    row_break: str = "auto"  # break-inside for rows: auto (rows may break across pages) | avoid
    cms: bool = False
    table_font: str = "10.5pt"
    widths: tuple = (5, 24, 19, 26, 13, 13)


GBT_CSS = """
body { margin: 0; font-family: "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", serif; font-size: 16pt; color: #000;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.doc p { margin: 0; line-height: 28.95pt; text-align: justify; }
.doc p.i { text-indent: 2em; }
.redhead { text-align: center; color: #e60012; font-family: "方正小标宋简体", "Noto Serif CJK SC", serif;
           font-weight: bold; white-space: nowrap; margin: 0 0 14mm 0; }
.redhead span { display: inline-block; transform-origin: center; }
.docno { text-align: center; line-height: 1.4; }
.rule-border { border-bottom: 2px solid #e60012; padding-bottom: 4mm; }
.rule-bar { height: 0.9mm; background: #e60012; margin-top: 4mm; }
.rule-hr { border: 0; border-top: 1.5pt solid #e60012; margin: 4mm 0 0 0; }
.rule-double { border-bottom: 4px double #e60012; padding-bottom: 4mm; }
h1.title { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: bold;
           text-align: center; line-height: 35pt; margin: 14mm 0 10mm 0; }
.sign { position: relative; margin-top: 58pt; }
.sign p { text-align: right !important; }
.sign img.seal { position: absolute; width: 42mm; height: 42mm; right: 14mm; top: -22mm; }
.annex { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; margin: 0 0 3mm 0; }
h2.cat { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 18pt; font-weight: bold;
         text-align: center; margin: 2mm 0 5mm 0; }
table.cat { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: "宋体", "Noto Serif CJK SC", serif;
            line-height: 1.35; word-wrap: break-word; }
table.cat th { font-family: "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
table.cat th, table.cat td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
table.cat td.c { text-align: center; }
.banji { border-top: 1pt solid #000; border-bottom: 1pt solid #000; font-size: 14pt; margin-top: 8mm; }
.banji .cc { border-bottom: 0.7pt solid #000; padding: 1.5mm 1em 1.5mm 4em; text-indent: -3em; line-height: 1.5; }
.banji .yf { display: flex; justify-content: space-between; padding: 1.5mm 1em; line-height: 1.5; }
.pb { break-before: page; }
.footpage { height: 222mm; display: flex; flex-direction: column; justify-content: flex-end; }
"""


def print_css(w: Web) -> str:
    box = 'content: "— " counter(page) " —"; font-family: "宋体", "Noto Serif CJK SC", serif; font-size: 14pt;'
    css = ["@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"]
    if w.mirror:
        css.append("@page :left { margin: 37mm 28mm 35mm 26mm; }")
    if w.page_numbers:
        css.append(f"@page :right {{ @bottom-right {{ {box} padding-right: 1em; vertical-align: top; padding-top: 7mm; }} }}")
        css.append(f"@page :left {{ @bottom-left {{ {box} padding-left: 1em; vertical-align: top; padding-top: 7mm; }} }}")
    if w.landscape_annex:
        css.append("@page wide { size: A4 landscape; margin: 28mm 35mm 26mm 37mm; }")
        css.append(".wide { page: wide; }")
    css.append(f"table.cat {{ font-size: {w.table_font}; }}")
    css.append(f"table.cat tr {{ break-inside: {w.row_break}; }}")
    return "\n".join(css)


def cat_table_html(n: Notice, w: Web) -> str:
    e = html.escape
    total = sum(w.widths)
    out = ['<table class="cat"><colgroup>' + "".join(f'<col style="width:{x / total * 100:.1f}%">' for x in w.widths)
           + "</colgroup>"]
    lab = n.labels
    head = []
    if w.head_rows == 2:
        head.append(f'<tr><th rowspan="2">{e(lab[0])}</th><th colspan="2">国际职业资格</th><th rowspan="2">{e(lab[3])}</th>'
                    f'<th rowspan="2">{e(lab[4])}</th><th rowspan="2">{e(lab[5])}</th></tr>')
        head.append(f"<tr><th>{e(lab[1])}</th><th>{e(lab[2])}</th></tr>")
    else:
        head.append("<tr>" + "".join(f"<th>{e(x)}</th>" for x in lab) + "</tr>")
    if w.thead:
        out.append("<thead>" + "".join(head) + "</thead><tbody>")
    else:
        out.append("<tbody>" + "".join(head).replace("<th", "<td class=\"c h\"").replace("</th>", "</td>"))
    spans: dict[int, int] = {}
    if w.rowspan_series:
        i = 0
        while i < len(n.rows):
            j = i
            while j + 1 < len(n.rows) and n.rows[j + 1][5] == n.rows[i][5]:
                j += 1
            spans[i] = j - i + 1
            for k in range(i + 1, j + 1):
                spans[k] = 0
            i = j + 1
    for r, row in enumerate(n.rows):
        cells = []
        for c, v in enumerate(row):
            if c == 5 and w.rowspan_series:
                if spans[r] == 0:
                    continue
                if spans[r] > 1:
                    cells.append(f'<td class="c" rowspan="{spans[r]}">{e(v)}</td>')
                    continue
            cells.append(f'<td class="c">{e(v)}</td>' if c in (0, 4, 5) else f"<td>{e(v)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def banji_html(n: Notice, kind: str = "div") -> str:
    e = html.escape
    if kind == "table":
        return ('<table class="bj" style="width:100%;border-collapse:collapse;font-size:14pt;margin-top:8mm">'
                f'<tr><td style="border-top:1.5px solid #000;border-bottom:1px solid #000;padding:4px 1em">'
                f'抄送：{e(n.cc)}</td></tr>'
                f'<tr><td style="border-bottom:1.5px solid #000;padding:4px 1em">{e(n.printer)}'
                f'<span style="float:right">{e(n.print_date)}</span></td></tr></table>')
    return (f'<div class="banji"><div class="cc">抄送：{e(n.cc)}</div>'
            f'<div class="yf"><span>{e(n.printer)}</span><span>{e(n.print_date)}</span></div></div>')


def rule_html(kind: str) -> str:
    if kind == "bar":
        return '<div class="rule-bar"></div>'
    if kind == "hr":
        return '<hr class="rule-hr">'
    if kind == "svg":
        return ('<svg width="100%" height="14" viewBox="0 0 442 14" preserveAspectRatio="none" '
                'style="display:block;margin-top:2mm"><line x1="0" y1="8" x2="442" y2="8" stroke="#e60012" '
                'stroke-width="1.6"/></svg>')
    return ""


def html_notice(n: Notice, w: Web, seal: bytes | None = None, form_html: str = "", lh_size: str = "40pt",
                banji_kind: str = "div", cms: tuple[str, str] | None = None) -> str:
    e = html.escape
    parts = ['<div class="doc">']
    parts.append(f'<div class="redhead" style="font-size:{lh_size}"><span style="transform:scaleX({w.lh_scale})">'
                 f"{e(n.letterhead)}</span></div>")
    rule_cls = {"border": " rule-border", "double": " rule-double"}.get(w.rule, "")
    parts.append(f'<div class="docno{rule_cls}">{e(n.docno)}</div>')
    parts.append(rule_html(w.rule))
    parts.append('<h1 class="title">' + "<br>".join(e(x) for x in n.title_lines) + "</h1>")
    parts.append(f"<p>{e(n.addressee)}</p>")
    for t in n.body[:-1]:
        parts.append(f'<p class="i">{e(t)}</p>')
    # the last paragraph, 附件说明, 署名 and date kept on one page (GB/T 9704: no page with the 署名 alone)
    parts.append('<div style="break-inside:avoid">')
    parts.append(f'<p class="i">{e(n.body[-1])}</p>')
    parts.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p>')
    for i, line in enumerate(n.annex_note):
        style = ' class="i"' if i == 0 else ' style="padding-left:5em"'
        parts.append(f"<p{style}>{e(line)}</p>")
    seal_img = ""
    if seal is not None:
        seal_img = f'<img class="seal" alt="" src="data:image/png;base64,{base64.b64encode(seal).decode()}">'
    parts.append(f'<div class="sign"><p style="padding-right:2em">{e(n.office)}</p>'
                 f'<p style="padding-right:4em">{e(n.date_cn)}</p>{seal_img}</div>')
    parts.append(f'<p class="i">{e(n.public)}</p></div>')
    two = bool(form_html)
    wide = " wide" if w.landscape_annex else ""
    parts.append(f'<div class="pb{wide}"><div class="annex">{"附件1" if two else "附件"}</div>'
                 f'<h2 class="cat">{e(n.catalog_title)}</h2>{cat_table_html(n, w)}')
    if not two and w.banji == "follow":
        parts.append(banji_html(n, banji_kind))
    parts.append("</div>")
    if two:
        parts.append(f'<div class="pb"><div class="annex">附件2</div>{form_html}'
                     + (banji_html(n, banji_kind) if w.banji == "follow" else "") + "</div>")
    if w.banji == "foot":
        parts.append(f'<div class="pb footpage">{banji_html(n, banji_kind)}</div>')
    parts.append("</div>")
    css = GBT_CSS + (print_css(w) if w.print_css else f"table.cat {{ font-size: {w.table_font}; }}")
    head = (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}</title>'
            f"<style>{css}</style></head><body>")
    if cms is None:
        return head + "\n".join(parts) + "\n</body></html>\n"
    site, extra = cms
    return head + extra + "\n".join(parts) + "\n</div></body></html>\n"


def form_html() -> str:
    """附件2 申报表 as a web table (the same cells as the Word form)."""
    e = html.escape
    merged = {(r0, c0): c1 - c0 + 1 for r0, c0, r1, c1 in FORM_MERGES}
    covered = {(r0, c) for r0, c0, r1, c1 in FORM_MERGES for c in range(c0 + 1, c1 + 1)}
    out = ['<h2 class="cat">国际职业资格比照认定职称申报表</h2>',
           '<table class="cat" style="font-size:12pt"><colgroup>'
           + "".join(f'<col style="width:{x}%">' for x in (18, 16, 15, 18, 15, 18)) + "</colgroup><tbody>"]
    for r, row in enumerate(FORM_ROWS):
        h = "22mm" if row[0] == "主要工作业绩" else "17mm" if ("意见" in row[0] or row[0] == "本人承诺") else "9mm"
        cells = []
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            span = f' colspan="{merged[(r, c)]}"' if (r, c) in merged else ""
            cls = ' class="c"' if c % 2 == 0 and r < 8 else ""
            text = e(v).replace(chr(10), "<br>")
            cells.append(f"<td{span}{cls}>{text}</td>")
        out.append(f'<tr style="height:{h}">' + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


# --- the documents ---------------------------------------------------------------------------------------------------

Made = tuple[str, str]  # file name, one line for README.txt
DOCS: dict[str, Callable[[Path], list[Made]]] = {}


def doc(fn: Callable[[Path], list[Made]]) -> Callable[[Path], list[Made]]:
    DOCS[fn.__name__] = fn
    return fn


def after(date_iso: str, days: int) -> str:
    d = datetime.strptime(date_iso, "%Y-%m-%d")
    d = d.fromordinal(d.toordinal() + days)
    return f"{d.year}年{d.month}月{d.day}日印发"


def catalog_notice(stem: str, city: str, docno: str, date_iso: str, batch: str, nrows: int, istyle: str,
                   labels: Sequence[str], addressee: str, area: str, *, tstyle: str = "plain", sstyle: str = "plain",
                   prev: str = "", title_break: int = 0, two: bool = False, cc: str = "", series_order=None,
                   seed_extra: str = "") -> Notice:
    rng = random.Random(f"unseen34-{stem}{seed_extra}")
    office = f"{city}市人力资源和社会保障局"
    cat = f"{city}市国际职业资格比照认定职称目录（{batch}）"
    title = f"关于印发《{cat}》的通知"
    k = title_break or title.index("比照认定") + 4  # 回行 at a word's end (GB/T 9704: 词意完整)
    lines = [title[:k], title[k:]]
    rows = catalog_rows(pick_rows(f"rows-{stem}", nrows, series_order), istyle, tstyle, sstyle)
    if two:
        note = ["附件：1．" + cat, "2．国际职业资格比照认定职称申报表"]
    else:
        note = ["附件：" + cat]
    return Notice(
        stem=stem, city=city, office=office, docno=docno, date_iso=date_iso, batch=batch, title_lines=lines,
        addressee=addressee, body=standard_body(rng, city, cat, prev=prev), annex_note=note, catalog_title=cat,
        labels=list(labels), rows=rows, contact=f"联系人：{person(rng)}，联系电话：{phone(rng, area)}",
        cc=cc or "省人力资源和社会保障厅，市委组织部，市科技局，市商务局，市工商联。",
        printer=f"{office}办公室", print_date=after(date_iso, rng.randint(1, 3)), letterhead=f"{office}文件",
        form=("国际职业资格比照认定职称申报表",) if two else None)


def word_doc(n: Notice, lay: Word, ext: str, tmp: Path, seal: bool = False, lh: bool = False) -> int:
    """Write n as .docx (or .pdf printed by LibreOffice from it); returns the PDF's page count (0 for DOCX)."""
    seal_png_ = seal_png(n.office, n.stem, 300) if seal else None
    lh_png = letterhead_png(n.letterhead) if lh else None
    if ext == "docx":
        word_notice(n, lay, OUT / f"{n.stem}.docx", seal_png_, lh_png)
        return 0
    src = word_notice(n, lay, tmp / f"{n.stem}.docx", seal_png_, lh_png)
    out = docx_pdf(src, OUT / f"{n.stem}.pdf", tmp)
    return pages(out)


@doc
def xiangtan(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "xiangtan-wenjian", "湘潭", "潭人社发〔2025〕18号", "2025-04-18", "第二批", 64, "cn_abbr",
        ["序号", "国际职业资格名称", "中文译名", "颁证机构", "对应职称", "所属系列"],
        "各县市区人力资源和社会保障局，湘潭经开区、湘潭高新区、昭山示范区、湘潭综保区社会事务局，市直有关单位，各有关企业：",
        "0731", prev="此前印发的第一批目录（潭人社发〔2024〕31号）继续有效。", title_break=14)
    lay = Word(lh_size=44, lh_scale=62, rule="border", seal=True, banji="paras")
    word_doc(n, lay, "docx", tmp, seal=True)
    n.why = ("GB/T 9704 red-head notice written as Word: 红头 湘潭市人力资源和社会保障局文件 in condensed red type (character "
             "width 62 %), 文号 centred with the red rule as the paragraph's bottom border, a red seal picture anchored "
             "in front of the 署名 and date, （此件公开发布）; 附件 on a new page; the catalog's header row marked to repeat, "
             "rows allowed to break; 版记 (抄送 / 印发) as bordered paragraphs right under the table; odd/even footers "
             "— PAGE — (right on odd pages, left on even). The body cites the first batch's 文号 潭人社发〔2024〕31号: "
             "not this notice's. 颁证单位 printed 中文（ABBR）. Expected: the 64 rows.")
    write_truth(n)
    return [(f"{n.stem}.docx", "DOCX (python-docx): 红头 condensed (w:w 62%), red rule = 文号 paragraph border, seal "
             "anchored over 署名/日期, odd/even PAGE footers, header row repeated, 版记 as bordered paragraphs under the "
             "table; an earlier batch's 文号 in the body; 64 rows, issuers 中文（ABBR）")]


@doc
def loudi(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "loudi-hengban", "娄底", "娄人社发〔2025〕9号", "2025-03-27", "第一批", 96, "cn_en", HEADER,
        "各县市区人力资源和社会保障局，娄底经开区、万宝新区人力资源部门，市直各单位，各有关企业：", "0738")
    lay = Word(lh_size=42, lh_scale=66, rule="line", landscape_annex=True, banji="table", contact_in_body=False,
               table_size=10.5, widths=(1.2, 5.6, 4.2, 6.6, 2.4, 2.5))
    np_ = word_doc(n, lay, "pdf", tmp)
    n.why = ("LibreOffice print of a GB/T 9704 notice: red rule under the 文号 drawn as a DrawingML straight connector "
             "(an anchored shape, not a border); the 附件 in a landscape section (A4 turned, the catalog 22.5 cm wide), "
             "header repeated on each page, rows may break at a page foot; the 版记 (a table with thick/thin/thick "
             "rules and no verticals) right after the last rows on the same landscape page; page numbers — n — "
             "alternating right/left on portrait and landscape pages; the 联系人 line in parentheses under "
             "（此件公开发布）. Expected: the 96 rows.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages: red rule a DrawingML line shape, landscape "
             "附件 section, header repeated, rows may break, 版记 table on the same page as the last rows; 96 rows, "
             "issuers 中文 (English)")]


@doc
def yiyang(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "yiyang-tupian", "益阳", "益人社发〔2025〕21号", "2025-05-16", "第一批", 48, "mixed",
        ["序号", "职业资格名称", "中文名称", "发证机构", "可比照认定职称", "所属系列"],
        "各区县（市）人力资源和社会保障局，益阳高新区、大通湖区人力资源部门，市直各单位：", "0737", two=True)
    lay = Word(letterhead="picture", rule="rect", seal=True, repeat_header=False, cant_split=True, banji="table",
               body_face="仿宋", title_face="宋体", hei_face="黑体", widths=(1.1, 4.0, 3.0, 4.0, 1.9, 1.6))
    np_ = word_doc(n, lay, "pdf", tmp, seal=True, lh=True)
    n.why = ("LibreOffice print: the 红头 益阳市人力资源和社会保障局文件 is a PICTURE (no text), the red rule a filled "
             "thin rectangle (DrawingML rect, no outline), a seal picture over 署名 and date. Two attachments: 附件1 the "
             "catalog (header NOT repeated on later pages, rows kept whole), 附件2 国际职业资格比照认定职称申报表, a "
             "6-column ruled form (姓名 … 颁证单位 … 申报比照认定职称 … 所属系列 … 意见) that is not a catalog; the 版记 "
             "under the form. 颁证单位 in mixed forms (中文（ABBR）, English, 中文 (English), 中文, English (ABBR)). "
             "Expected: the 48 rows only, nothing of the form.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages: 红头 as a picture, red rule a filled "
             "rectangle, seal; 附件1 catalog with the header NOT repeated, 附件2 申报表 (6-column form, not a catalog), "
             "版记 under the form; 48 rows, issuers in mixed forms")]


@doc
def pingxiang(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "pingxiang-banji", "萍乡", "萍人社字〔2025〕27号", "2025-06-09", "第二批", 42, "cn_full",
        ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "职称系列"],
        "各县（区）人力资源和社会保障局，萍乡经济技术开发区、武功山风景名胜区人力资源部门，市直各单位：", "0799",
        tstyle="level", prev="第一批目录（萍人社字〔2024〕52号）同时继续执行。")
    lay = Word(lh_size=40, lh_scale=68, rule="vml", landscape_annex=True, repeat_header=False, banji="pushed",
               banji_new_page=True, widths=(1.2, 5.4, 4.0, 6.8, 2.8, 2.3))
    word_doc(n, lay, "docx", tmp)
    n.why = ("Word document: red rule a legacy VML line (w:pict/v:line) in the 文号 paragraph; landscape 附件 section "
             "(the catalog 22.5 cm wide), header row NOT marked to repeat; the 版记 on a portrait page of its own "
             "(a new section), pushed to the foot by 18 empty paragraphs, as a table with thick/thin/thick rules; "
             "odd/even PAGE footers. 对应职称 printed with the level: 工程师（中级）, 助理工程师（初级）, 高级工程师（副高级）; "
             "颁证单位 中文（English）. The body names the first batch's 文号 萍人社字〔2024〕52号. Expected: the 42 rows as "
             "printed.")
    write_truth(n)
    return [(f"{n.stem}.docx", "DOCX (python-docx): red rule a VML line, landscape 附件 section, header not "
             "repeated, 版记 alone on a last portrait page pushed down by empty paragraphs; 对应职称 with level "
             "(工程师（中级）); 42 rows, issuers 中文（English）")]


@doc
def xinyu(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "xinyu-chromium", "新余", "余人社发〔2025〕33号", "2025-07-08", "第一批", 110, "en_abbr",
        ["序号", "职业资格名称（英文）", "中文译名", "颁证机构", "对应职称", "所属系列"],
        "各县（区）人力资源和社会保障局，高新开发区、仙女湖区、孔目江生态经济区人力资源部门，市直各单位，各有关企业：",
        "0790")
    w = Web(rule="bar", seal=True, landscape_annex=True, thead=True, page_numbers=True, banji="follow",
            widths=(5, 26, 19, 27, 11, 12))
    page = html_notice(n, w, seal=seal_png(n.office, n.stem, 300), lh_size="42pt")
    out = html_pdf(page, OUT / f"{n.stem}.pdf", tmp)
    np_ = pages(out)
    n.why = ("Chromium print of a web page set as a GB/T 9704 document: 红头 condensed by a CSS scaleX, the red rule a "
             "filled 0.9 mm bar (a div with a background), seal picture positioned over 署名 and date; page numbers "
             "— n — in @page margin boxes (odd pages bottom right, even bottom left; mirrored margins); the 附件 on "
             "named landscape pages (mixed page sizes in one PDF), the table's <thead> repeated by Chromium on each "
             "page; the 版记 (div borders thick/thin/thick) right after the last rows. 颁证单位 English (ABBR). "
             "Expected: the 110 rows.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages: @page margin-box page numbers odd right/even "
             "left, red rule a filled bar, seal, landscape named pages for the 附件 (portrait + landscape in one PDF), "
             "thead repeated, 版记 after the last rows; 110 rows, issuers English (ABBR)")]


WEB_CSS = """
.site { background: #c0161d; color: #fff; padding: 16px 40px; font: bold 24px "Noto Sans CJK SC", sans-serif; }
.site small { display: block; font-size: 12px; font-weight: normal; opacity: .85; }
.menu { background: #8e1016; padding: 0 40px; font: 14px "Noto Sans CJK SC", sans-serif; }
.menu a { color: #fff; display: inline-block; padding: 8px 14px; text-decoration: none; }
.crumb { width: 900px; margin: 12px auto; font: 12px "Noto Sans CJK SC", sans-serif; color: #666; }
.wrap { width: 760px; margin: 0 auto 30px; border: 1px solid #ddd; padding: 30px 70px; background: #fff; }
.meta { width: 100%; border-collapse: collapse; font: 12px "Noto Sans CJK SC", sans-serif; margin-bottom: 24px; }
.meta td { border: 1px solid #d6d6d6; padding: 5px 8px; } .meta td.k { background: #f4f4f4; width: 70px; }
.art-meta { text-align: center; font: 12px "Noto Sans CJK SC", sans-serif; color: #888; border-bottom: 1px dashed #ccc;
            padding-bottom: 8px; margin-bottom: 24px; } .art-meta span { margin: 0 10px; }
.fjdown { font: 14px "Noto Sans CJK SC", sans-serif; margin-top: 20px; } .fjdown a { color: #1a4fa0; }
.pb { margin-top: 36px; border-top: 1px dashed #bbb; padding-top: 20px; }
.footpage { height: auto; }
.foot { background: #eee; text-align: center; font: 12px/1.8 "Noto Sans CJK SC", sans-serif; color: #777; padding: 14px; }
"""


@doc
def jingdezhen(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "jingdezhen-yuanwen", "景德镇", "景人社字〔2025〕41号", "2025-08-11", "第三批", 128, "mixed",
        ["序号", "英文名称", "中文名称", "颁证机构", "可比照认定职称", "职称系列"],
        "各县（市、区）人力资源和社会保障局，高新区、昌南新区人力资源部门，市直各有关单位：", "0798",
        sstyle="paren", prev="第一批、第二批目录（景人社字〔2023〕62号、景人社字〔2024〕58号）继续有效。")
    w = Web(print_css=False, rule="hr", seal=True, head_rows=2, thead=True, banji="follow", lh_scale=0.7,
            table_font="13px", widths=(5, 24, 18, 27, 12, 14))
    e = html.escape
    chrome = (f'<div class="site">景德镇市人力资源和社会保障局<small>政府信息公开</small></div>'
              '<div class="menu"><a href="#">首页</a><a href="#">信息公开指南</a><a href="#">信息公开制度</a>'
              '<a href="#">法定主动公开内容</a><a href="#">信息公开年报</a><a href="#">依申请公开</a></div>'
              '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政策文件</div><div class="wrap">'
              '<table class="meta">'
              f'<tr><td class="k">索引号</td><td>K12450-0303-2025-0041</td><td class="k">分类</td><td>人事人才 / 通知</td></tr>'
              f'<tr><td class="k">发布机构</td><td>{e(n.office)}</td><td class="k">发文日期</td><td>2025-08-11</td></tr>'
              f'<tr><td class="k">名称</td><td colspan="3">{e(n.title)}</td></tr>'
              f'<tr><td class="k">文号</td><td>{e(n.docno)}</td><td class="k">发布日期</td><td>2025-08-14</td></tr>'
              '</table>')
    page = html_notice(n, w, seal=seal_png(n.office, n.stem, 240), lh_size="34pt", banji_kind="table",
                       cms=("", chrome))
    page = page.replace("</style>", WEB_CSS + "</style>", 1)
    page = page.replace("\n</div></body></html>", '\n<div class="fjdown">附件下载：<br><a href="#">'
                        + e(n.catalog_title) + '.pdf</a></div></div><div class="foot">主办单位：景德镇市人力资源和社会保障局'
                        '　网站标识码：3602000031<br>地址：景德镇市昌江区　联系电话：0798-8221234（政务值班）</div>'
                        "</body></html>", 1)
    (OUT / f"{n.stem}.html").write_text(page, encoding="utf-8")
    n.why = ("A 政府信息公开 page carrying the 原文 in GB/T 9704 form: a meta table (索引号, 发布机构, 发文日期 2025-08-11, "
             "名称, 文号, 发布日期 2025-08-14) above; then the red 红头 (scaleX), 文号, a red <hr>, the title in two lines "
             "(<br>), body, seal <img> (a data: URI) over 署名/date, the 附件 catalog: a TWO-ROW header (序号 | 国际职业资格 "
             "spanning 英文名称 | 中文名称 | 颁证机构 | 可比照认定职称 | 职称系列), 128 rows; the 版记 as a second <table> "
             "(抄送 / 印发) after it. 所属系列 printed 工程技术（机械工程） for engineering fields, 经济, 会计 … as is. The body "
             "names two earlier batches' 文号. Expected: the 128 rows, each with the 6 cells as printed; nothing of the "
             "meta table or the 版记 table.")
    write_truth(n)
    return [(f"{n.stem}.html", "HTML 政府信息公开 page with the 原文 in GB/T form: meta table (索引号/文号/发布日期) above, "
             "red <hr>, seal <img>, catalog with a two-row header (国际职业资格 over 英文名称 | 中文名称), 版记 as a second "
             "table; 所属系列 工程技术（…）; 128 rows, issuers mixed")]


@doc
def zunyi(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "zunyi-changbiao", "遵义", "遵市人社发〔2025〕14号", "2025-02-26", "第一批", 150, "cn_abbr",
        ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"],
        "各县（市、区）人力资源和社会保障局，新蒲新区、遵义经开区人力资源部门，市直各单位：", "0851", sstyle="xilie")
    lay = Word(lh_size=44, lh_scale=60, fenhao="000127", rule="double", landscape_annex=True, repeat_header=True,
               cant_split=True, banji="table", head_shade="D9D9D9", table_size=10, widths=(1.1, 5.8, 4.4, 6.4, 2.4, 2.4),
               body_face="Noto Serif CJK SC", title_face="Noto Serif CJK SC", hei_face="Noto Sans CJK SC",
               table_face="Noto Serif CJK SC")
    np_ = word_doc(n, lay, "pdf", tmp)
    n.why = ("LibreOffice print, a long catalog: 份号 000127 at the top left (a number that is not a 序号), 红头 condensed "
             "(60 %), the red rule a double (thick-thin) paragraph border; the 附件 on landscape pages, 150 rows, the "
             "grey header row repeated on each page, rows kept whole (cantSplit); the 版记 table right after row 150. "
             "所属系列 printed 工程系列 for every engineering field, 经济系列, 会计系列 … Expected: the 150 rows as printed.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages: 份号 000127, double red rule (paragraph "
             "border), landscape 附件, grey header repeated, rows kept whole, 版记 after the last row; 所属系列 工程系列 / "
             "经济系列; 150 rows, issuers 中文（ABBR）")]


@doc
def putian(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "putian-liangfujian", "莆田", "莆人社〔2025〕46号", "2025-05-29", "第一批", 56, "cn_en",
        ["序号", "职业资格名称", "中文译名", "颁证单位", "对应职称", "所属系列"],
        "各县（区）人力资源和社会保障局，湄洲岛、北岸管委会社会事业局，市直各单位：", "0594", two=True)
    lay = Word(rule="rect", seal=True, lh_size=40, lh_scale=66, repeat_header=True, banji="paras",
               body_face="Noto Serif CJK SC", title_face="Noto Serif CJK SC", hei_face="Noto Sans CJK SC",
               table_face="Noto Serif CJK SC", widths=(1.1, 4.1, 2.9, 4.2, 1.8, 1.5))
    word_doc(n, lay, "docx", tmp, seal=True)
    n.why = ("Word document with two attachments: 附件1 the catalog (header repeated, rows may break), 附件2 "
             "国际职业资格比照认定职称申报表, a 6-column form with merged cells (颁证单位, 申报比照认定职称, 所属系列 as "
             "labels) that is not a catalog; the red rule a DrawingML filled rectangle; seal picture anchored over 署名; "
             "版记 as bordered paragraphs after the form; fonts named Noto Serif/Sans CJK SC. Expected: the 56 rows "
             "only.")
    write_truth(n)
    return [(f"{n.stem}.docx", "DOCX (python-docx): two 附件 (catalog + 申报表 form with merged cells, not a catalog), "
             "red rule a DrawingML filled rectangle, seal, 版记 after the form; 56 rows, issuers 中文 (English)")]


@doc
def sanming(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "sanming-gongwen", "三明", "明人社〔2025〕58号", "2025-09-03", "第二批", 70, "cn",
        ["序号", "国际职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"],
        "各县（市、区）人力资源和社会保障局，三明高新区管委会，市直各单位：", "0598",
        prev="第一批目录（明人社〔2024〕77号）继续有效。")
    w = Web(print_css=False, rule="double", seal=False, rowspan_series=True, thead=True, banji="follow",
            lh_scale=0.75, table_font="13px", widths=(5, 27, 20, 22, 12, 14))
    chrome = ('<div class="site">三明市人力资源和社会保障局<small>Sanming Human Resources and Social Security Bureau</small>'
              '</div><div class="menu"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a>'
              '<a href="#">政策文件</a><a href="#">就业创业</a><a href="#">人才人事</a><a href="#">社会保障</a>'
              '<a href="#">办事服务</a></div><div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; '
              '市人社局文件</div><div class="wrap">'
              '<div class="art-meta"><span>发布时间：2025-09-05 16:20</span><span>来源：专业技术人员管理科</span>'
              '<span>浏览次数：1387</span><span>字体：[大 中 小]</span></div>')
    page = html_notice(n, w, lh_size="32pt", cms=("", chrome))
    page = page.replace("</style>", WEB_CSS + "</style>", 1)
    page = page.replace("\n</div></body></html>", '\n</div><div class="foot">三明市人力资源和社会保障局 主办'
                        '　闽ICP备05012345号　网站标识码：3504000019</div></body></html>', 1)
    (OUT / f"{n.stem}.html").write_text(page, encoding="utf-8")
    n.why = ("A CMS article page with the notice in GB/T form (red 红头, 文号 with a red double border under it, title, "
             "body, 署名 and date, （此件公开发布）, 附件, 版记 as divs with thick/thin/thick borders). In the catalog the "
             "所属系列 cells are MERGED down each series (rowspan: 机械工程 printed once for all its rows, and so on): "
             "every row's 所属系列 is the merged cell's value. 颁证单位 in Chinese only. 发布时间 2025-09-05 above the "
             "article, signed 2025年9月3日. Expected: the 70 rows, each with its series.")
    write_truth(n)
    return [(f"{n.stem}.html", "HTML CMS article with the GB/T-form notice: 所属系列 merged down each series "
             "(rowspan), red double border under the 文号, 版记 divs; 70 rows, issuers Chinese only")]


@doc
def tongling(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "tongling-yinzhang", "铜陵", "铜人社秘〔2025〕61号", "2025-06-20", "第一批", 84, "cn_en",
        ["序号", "职业资格", "中文译名", "颁证单位", "对应职称", "所属系列"],
        "各县区人力资源和社会保障局，铜陵经开区人力资源部门，市直各单位，各有关企业：", "0562")
    lay = Word(rule="border", seal=True, lh_size=42, lh_scale=64, repeat_header=True, cant_split=False, banji="table",
               break_issuer=True, widths=(1.0, 4.0, 2.9, 4.3, 1.8, 1.6))
    np_ = word_doc(n, lay, "pdf", tmp, seal=True)
    n.why = ("LibreOffice print: red rule a paragraph border, seal over 署名/date; catalog on portrait pages, header "
             "repeated, rows may break across a page foot; in every 颁证单位 cell the clerk typed a line break before "
             "the English name: 英国机械工程师学会⏎(The Institution of Mechanical Engineers): the truth reads the cell "
             "as 中文 (English), the break as the space it replaced. The 版记 table right under the last rows. "
             "Expected: the 84 rows.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages: seal, header repeated, rows may break, a "
             "hard line break in every 颁证单位 cell before (English), 版记 table under the last rows; 84 rows")]


@doc
def xuancheng(tmp: Path) -> list[Made]:
    n = catalog_notice(
        "xuancheng-chromium", "宣城", "宣人社秘〔2025〕88号", "2025-10-15", "第一批", 60, "en",
        ["序号", "国际职业资格", "中文名称", "发证机构", "可比照认定职称", "所属系列"],
        "各县市区人力资源和社会保障局，宣城经开区、宣城高新区人力资源部门，市直各单位：", "0563")
    w = Web(rule="svg", seal=False, page_numbers=False, mirror=False, thead=False, banji="foot", lh_scale=0.68,
            widths=(5, 26, 20, 25, 12, 12))
    page = html_notice(n, w, lh_size="44pt")
    out = html_pdf(page, OUT / f"{n.stem}.pdf", tmp)
    np_ = pages(out)
    n.why = ("Chromium print, no page numbers: the red rule an inline SVG line; the catalog's header is an ordinary "
             "first row (no <thead>), so it is printed once, on the first 附件 page only, the rows running on over the "
             "next pages with no header (rows allowed to break, break-inside auto, though Chromium kept each whole "
             "here); the 版记 on a last page of its own, at its foot "
             "(a flex box). 颁证单位 in English only. Expected: the 60 rows.")
    write_truth(n)
    return [(f"{n.stem}.pdf", f"PDF (Chromium print of HTML), {np_} pages, no page numbers: red rule an inline SVG, "
             "header printed once (no thead), 版记 alone at the foot of a last page; 60 rows, issuers English")]


def company(rng: random.Random, places: Sequence[str], kinds: Sequence[str]) -> str:
    words = ("鑫达", "恒盛", "海川", "泰和", "华宇", "博远", "康和", "中润", "瑞丰", "宏源", "天成", "永泰", "金鹏", "信达",
             "东辰", "汇通", "宇航", "昌盛", "弘毅", "嘉禾")
    return rng.choice(places) + rng.choice(words) + rng.choice(kinds)


@doc
def ningde(tmp: Path) -> list[Made]:
    rng = random.Random("unseen34-ningde")
    office = "宁德市人力资源和社会保障局"
    cat = "宁德市工程系列中级职称评审委员会委员名单"
    t = "关于宁德市工程系列中级职称评审委员会组建备案情况的通知"
    places = ("宁德市", "福安市", "福鼎市", "霞浦县", "古田县", "屏南县", "寿宁县", "周宁县", "柘荣县", "宁德市蕉城区")
    kinds = ("机电设备有限公司", "建筑工程有限公司", "电力设计院有限公司", "锂电材料科技有限公司", "船舶修造有限公司",
             "工程检测有限公司", "电机股份有限公司", "水利水电勘测设计院有限公司")
    fields = ("机械工程", "电气工程", "建设工程", "化工工程", "电子信息工程", "船舶工程", "水利工程", "材料工程")
    rows = []
    for i in range(1, 37):
        role = "主任委员" if i == 1 else "副主任委员" if i in (2, 3) else "委员"
        title = "正高级工程师" if i <= 3 or rng.random() < 0.2 else "高级工程师"
        rows.append([str(i), person(rng), company(rng, places, kinds), rng.choice(fields), title, role])
    body = [
        "根据《福建省职称评审委员会管理办法》和省人力资源和社会保障厅关于职称评审委员会核准备案管理的有关规定，经市人力"
        "资源和社会保障局审核，同意组建宁德市工程系列中级职称评审委员会，现将有关事项通知如下。",
        "一、评审范围。评委会负责评审全市（不含省属单位）机械工程、电气工程、建设工程、化工工程、电子信息工程、船舶工程、"
        "水利工程、材料工程等专业的工程师资格，并承担我市国际职业资格比照认定职称的复核工作。",
        "二、组成人员。评委会由36名委员组成（名单见附件），任期三年，自备案之日起计算。评审时从评审专家库中随机抽取委员"
        "组成评审组，评审组人数不少于7人。",
        "三、工作要求。评委会要严格执行职称评审回避制度和公示制度，不得超范围评审。评审结果报市人力资源和社会保障局备案"
        "后方可发文。"]
    n = Notice(stem="ningde-pingwei", city="宁德", office=office, docno="宁人社〔2025〕73号", date_iso="2025-07-30",
               batch="", title_lines=[t[:17], t[17:]],
               addressee="各县（市、区）人力资源和社会保障局，东侨经济技术开发区社会事业局，市直各单位，各有关企业：",
               body=body, annex_note=["附件：" + cat], catalog_title=cat,
               labels=["序号", "姓名", "工作单位", "专业", "职称", "评委会职务"], rows=rows,
               contact=f"联系人：{person(rng)}，联系电话：{phone(rng, '0593')}", cc="省人力资源和社会保障厅，市委组织部。",
               printer=f"{office}办公室", print_date=after("2025-07-30", 2), letterhead=f"{office}文件")
    lay = Word(rule="line", seal=True, lh_size=42, lh_scale=64, repeat_header=True, banji="table",
               widths=(1.2, 2.0, 6.0, 2.6, 2.4, 1.4), centre_cols=(0, 1, 3, 4, 5))
    np_ = word_doc(n, lay, "pdf", tmp, seal=True)
    write_false_truth(n.stem, "LOOK-ALIKE in the same GB/T 9704 form (红头, 文号, red DrawingML rule, seal, 附件 on a new "
                      "page, 6-column ruled table over two pages with the header repeated, 版记): 关于宁德市工程系列中级职称"
                      "评审委员会组建备案情况的通知, the 附件 a list of the 36 committee members (序号 | 姓名 | 工作单位 | 专业 "
                      "| 职称 | 评委会职务, 职称 正高级工程师/高级工程师, 专业 机械工程 …); the body mentions 国际职业资格比照认定"
                      "职称. People, not qualifications: not a catalog; expected 'no catalog', nothing published.")
    return [(f"{n.stem}.pdf", f"PDF (LibreOffice from DOCX), {np_} pages, LOOK-ALIKE: a 评审委员会组建备案 notice in full "
             "GB/T form, 附件 a 6-column member list (姓名/工作单位/专业/职称/评委会职务); truth catalog false")]


@doc
def bozhou(tmp: Path) -> list[Made]:
    rng = random.Random("unseen34-bozhou")
    e = html.escape
    office = "亳州市人力资源和社会保障局"
    places = ("亳州市", "亳州市谯城区", "涡阳县", "蒙城县", "利辛县")
    kinds = ("中药饮片有限公司", "药业股份有限公司", "建设工程有限公司", "智能装备有限公司", "会计师事务所（普通合伙）",
             "工程咨询有限公司", "电子科技有限公司")
    quals = [r for r in POOL if r[4] in ("经济", "会计", "审计", "机械工程", "医药工程", "建设工程", "电子信息工程")]
    picked = [quals[i] for i in sorted(rng.sample(range(len(quals)), 38))]
    rows = []
    for i, (q, tr, b, ti, se) in enumerate(picked, start=1):
        cert = f"{rng.choice(['', 'No.', ''])}{rng.randint(1000000, 99999999)}"
        rows.append([str(i), person(rng), company(rng, places, kinds), f"{tr}（{q}）", cert, ti])
    head = ["序号", "姓名", "工作单位", "国际职业资格", "证书编号", "拟比照认定职称"]
    table = ['<table class="cat" style="font-size:10.5pt"><colgroup>'
             + "".join(f'<col style="width:{x}%">' for x in (6, 10, 27, 31, 13, 13)) + "</colgroup><thead><tr>"
             + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for r in rows:
        table.append("<tr>" + "".join(f'<td class="c">{e(v)}</td>' if c in (0, 1, 4, 5) else f"<td>{e(v)}</td>"
                                      for c, v in enumerate(r)) + "</tr>")
    table.append("</tbody></table>")
    contact = f"{person(rng)}，{phone(rng, '0558')}"
    css = GBT_CSS + """
@page { size: A4; margin: 30mm 26mm 30mm 28mm; @bottom-center { content: "— " counter(page) " —"; font: 14pt "Noto Serif CJK SC", serif; } }
@page :first { margin-top: 30mm; @bottom-center { content: none; } }
.doc { position: relative; }
.letterhead { text-align: center; color: #e60012; font: bold 34pt "方正小标宋简体", "Noto Serif CJK SC", serif;
              white-space: nowrap; }
.letterhead span { display: inline-block; transform: scaleX(0.8); }
.dbl-top { border-top: 3px solid #e60012; border-bottom: 1px solid #e60012; height: 2px; margin: 4mm -7mm 3mm; }
.first { min-height: 234mm; display: flex; flex-direction: column; }
.first h1.title { margin: 8mm 0 6mm 0; }
.dbl-bottom { margin: auto -7mm 0; border-top: 1px solid #e60012; border-bottom: 3px solid #e60012; height: 2px; }
.docno-r { text-align: right; line-height: 1.6; }
table.cat { font-size: 10.5pt; } table.cat tr { break-inside: avoid; }
"""
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>关于2025年第一批国际职业资格比照认定'
             f'职称人员名单的公示</title><style>{css}</style></head><body><div class="doc">',
             f'<div class="first"><div class="letterhead"><span>{e(office)}</span></div><div class="dbl-top"></div>',
             '<div class="docno-r">亳人社秘〔2025〕52号</div>',
             '<h1 class="title">关于2025年第一批国际职业资格<br>比照认定职称人员名单的公示</h1>',
             "<p class=\"i\">根据《亳州市国际职业资格比照认定职称目录（第一批）》（亳人社秘〔2024〕107号）和比照认定工作有关规定，经"
             "个人申报、单位推荐、县区初审和市人力资源和社会保障局复核，张某某等38名同志符合国际职业资格比照认定职称条件，"
             "现将名单予以公示（见附件）。</p>",
             "<p class=\"i\">公示期为2025年9月22日至9月28日（5个工作日）。公示期间，如对公示对象有异议，请以书面形式实名反映，"
             "并提供必要的证明材料。以单位名义反映的，须加盖单位公章。</p>",
             f"<p class=\"i\">受理单位：亳州市人力资源和社会保障局专业技术人员管理科；联系人及电话：{e(contact)}；地址：亳州市"
             "谯城区政务服务中心7楼。</p>",
             '<div style="break-inside:avoid"><p class="i" style="margin-top:12pt">附件：2025年第一批国际职业资格比照认定职称人员名单</p>',
             f'<div class="sign" style="margin-top:26pt"><p style="padding-right:2em">{e(office)}</p>'
             '<p style="padding-right:4em">2025年9月19日</p>'
             f'<img class="seal" alt="" src="data:image/png;base64,{base64.b64encode(seal_png(office, "bozhou", 240)).decode()}">'
             '</div></div><div class="dbl-bottom"></div></div>',
             '<div class="pb"><div class="annex">附件</div><h2 class="cat">2025年第一批国际职业资格比照认定职称人员名单</h2>',
             "\n".join(table), "</div>", "</div></body></html>\n"]
    out = html_pdf("\n".join(parts), OUT / "bozhou-gongshi.pdf", tmp)
    np_ = pages(out)
    write_false_truth("bozhou-gongshi", "LOOK-ALIKE in 信函格式 (GB/T 9704 §10.1: the office's name in red without 文件, "
                      "a red double rule thick-over-thin under it and thin-over-thick at the page foot, the 文号 at the "
                      "right under the rule, no page number on the first page): a 公示 of 38 PEOPLE whose international "
                      "qualifications are to be recognised (序号 | 姓名 | 工作单位 | 国际职业资格 | 证书编号 | 拟比照认定职称), "
                      "each qualification a real one from a catalog (中文译名（English）) and each 拟比照认定职称 a real "
                      "title, and the body cites 《亳州市国际职业资格比照认定职称目录（第一批）》. A list of people and "
                      "certificate numbers, not a catalog: expected 'no catalog', nothing published.")
    return [("bozhou-gongshi.pdf", f"PDF (Chromium print of HTML), {np_} pages, LOOK-ALIKE: 信函格式 公示 of 38 people "
             "with their international qualification, certificate number and 拟比照认定职称; truth catalog false")]


# --- main ---------------------------------------------------------------------------------------------------------

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
    doc_ = (__doc__ or "").strip().splitlines()
    lines = [*doc_, "", "The documents:"]
    for name, line in made:
        lines.append(f"  {name}")
        lines.append(f"      {line}")
    lines += ["", *NOTES.strip("\n").splitlines()]
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


NOTES = """
Notes:
  * Truth rows are this script's data as printed: a cell's natural line wrapping is not in the truth; tongling's
    typed line break before "(English)" stands for the space it replaced. Header always the six canonical names,
    whatever words the document's own header uses (国际职业资格名称, 中文译名, 颁证机构, 可比照认定职称, 职称系列 …);
    jingdezhen's two-row header (国际职业资格 over 英文名称 | 中文名称) and sanming's merged 所属系列 cells included.
  * notice: doc_number is this notice's 文号 (the bodies of xiangtan, pingxiang, jingdezhen, sanming also cite the
    文号 of earlier batches); office as signed under the text; issue_date the 成文日期 (the 版记's 印发日期 is one to
    three days later; web pages' 发布日期/发布时间 later still); catalog_title as printed above the table.
  * Chromium on this machine writes the Noto CJK (CFF) faces as Type 3 fonts with ToUnicode: text extracts with
    pdftotext; no TrueType/CID fonts in those three PDFs. LibreOffice 7.4 substitutes 仿宋_GB2312, 方正小标宋简体, 黑体,
    宋体 with the Noto CJK faces (xiangtan, loudi, yiyang, pingxiang, tongling, ningde name them; zunyi, putian
    name Noto Serif/Sans CJK SC directly).
  * LibreOffice 7.4 ignores a DOCX floating table's position (tblpPr), so pingxiang's last-page 版记 is pushed down
    by empty paragraphs instead, as clerks do.
  * Checked: every PDF read with pdftotext (-raw and -layout: no U+FFFD, every 译名 of every catalog found in the text
    but those of rows broken across a page), pages counted with pdfinfo, every page looked at (pdftoppm); the DOCX
    printed by LibreOffice and looked at the same way; the two web pages rendered by headless Chromium (screenshots).
    Regenerating gives byte-identical files (DOCX zip dates and core properties pinned; PDF dates, /ID and uuids
    pinned, qpdf --deterministic-id).
"""


if __name__ == "__main__":
    main(sys.argv[1:])
