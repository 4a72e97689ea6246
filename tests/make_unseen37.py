"""Regenerate tests/fixtures/unseen37: a blind probe round of catalog ADJUSTMENTS (目录动态调整).

    /work/main/.venv/bin/python tests/make_unseen37.py                 # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen37.py xiaoyi hejin    # only these (by city stem)

Twelve notices of city bureaus (人社局) about a catalog (目录) of international professional qualifications recognised
as Chinese professional titles, 3 to 36 rows each (the 更正 notice reprints 3 rows; the others 9-36), in county-level
cities no earlier round used: 山西 孝义, 河津, 介休; 陕西 韩城, 神木; 宁夏 灵武, 青铜峡; 青海 格尔木; 吉林 延吉, 珲春;
辽宁 海城, 瓦房店. The theme is the catalog CHANGED after publication: a change table (新增 / 删除 / 调整对应职称), a
removal list (停止比照认定) in the catalog's own columns, a change list 原对应职称 | 调整后对应职称, a 更正 notice that
reprints the corrected rows, a 征求意见稿 and a 公示 of 拟新增 items (all: NOT to be published as entries in force); a
catalog with a 状态 column (有效 / 暂停认定 / 已废止) and one with title cells 工程师（2026年起停止认定） and struck rows
marked 删除 (some rows need care); and catalogs that ARE entries in force though they speak of adjustment (a 第二批
restated in full with 备注 新增/保留, a revised catalog printed with 原对应职称 and 调整后对应职称 columns: publish the
调整后 value, an adjustment notice whose 附件 is the whole adjusted catalog, a control whose body says 目录实行动态调整).

Every qualification and issuing body is real (the pool of tests/make_unseen36.py, copied here). Notices, 文号,
people, phone numbers, the earlier notices referred to and the wrong values a 更正 quotes are invented (seeded random:
regeneration is deterministic).

Self-contained: it imports nothing of the project (python-docx from the venv). DOCX by python-docx (zip dates and
core properties pinned), PDFs printed from the DOCX by LibreOffice headless (soffice --convert-to pdf) or from a web
page by headless Chromium (--print-to-pdf --disable-pdf-tagging); PDF dates, /ID and uuids pinned, then qpdf
--deterministic-id; web pages written here as a government CMS article page. Apt packages: libreoffice-writer,
chromium, poppler-utils, qpdf, fonts-noto-cjk.

Beside each document, <stem>.truth.json: {"header" (the canonical six columns), "printed_header" (the table's own
labels as printed), "rows" [[序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列] …] (the rows the FILE holds, as
printed, in canonical order; 对应职称 the title alone, for a change row its NEW value; "" for a column the table
lacks), "notice": {doc_number, city, office, notice_title, issue_date, batch, catalog_title}, "expected" ("publish":
every row an entry in force, publish as printed; "not-publish": must not be published as entries in force;
"rows-need-care": some rows must not be published as plain entries, listed in "care": [[序号, why] …]), "changes"
(where the file states changes: [{序号, 调整类型, 原对应职称, 调整后对应职称}] or for the 更正 [{序号, 更正项, 原,
更正为}]), "why"}. Written from this script's own data, never read back from the documents. "batch" is the
qualifier of the catalog the notice concerns (第一批, 2025年版 …), for a notice adjusting an earlier catalog that
catalog's batch.
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
OUT = ROOT / "tests" / "fixtures" / "unseen37"
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
    rows: list[Row] = field(default_factory=list)  # catalog rows the file holds (truth)
    merge_cols: tuple[int, ...] = ()  # columns whose equal neighbours are merged down
    centre_cols: tuple[int, ...] = ()
    notes: list[str] = field(default_factory=list)  # words under the table
    annex_note: str = ""  # "\n": a paragraph of its own (附件：1．… ⏎ 2．…)
    annex_label: str = "附件"
    total_row: tuple[str, str] | None = None  # a 合计 row under the table: (label, value)
    why: str = ""
    strike_rows: tuple[int, ...] = ()  # table rows (0-based) printed struck through
    sign: str = ""  # the signature line when not the office (公示: 单位 + 日期 as printed)

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
            prev: str = "", merge: Sequence[str] = (), notes: Sequence[str] = (), office: str = "",
            cat: str = "", count: str = "", extra: Sequence[str] = (), short: bool = False,
            digits: int = 0) -> Notice:
    """A notice of `city`'s bureau; `cat` the catalog title as printed above the table (default …目录（batch）);
    `count` words put right after the catalog's name in the body (（共64项）); `extra` paragraphs before the 联系人;
    `short` a two-paragraph body (web notices that only publish)."""
    rng = random.Random(f"unseen37-{stem}")
    office = office or f"{city}市人力资源和社会保障局"
    name = f"{city}市国际职业资格比照认定职称目录（{batch}）"
    cat = cat or name
    title = f"关于印发《{name}》的通知" if verb == "印发" else f"关于{verb}{name}的通知"
    keys = [k for _, k in cols]
    table = [[cell_value(r, k) for k in keys] for r in rows]
    merge_cols = tuple(keys.index(k) for k in merge)
    centre = tuple(i for i, k in enumerate(keys) if k in CENTRE_KEYS)
    body = body_text(city, province, name, verb, prev, count, short) + list(extra)
    return Notice(stem=stem, city=city, office=office, docno=docno, date_iso=date_iso, batch=batch, title=title,
                  catalog_title=cat, addressee=addressee, body=body,
                  contact=f"联系人：{person(rng)}，联系电话：{phone(rng, area, digits)}", labels=[lab for lab, _ in cols],
                  table=table, keys=keys, rows=rows, merge_cols=merge_cols, centre_cols=centre, notes=list(notes),
                  annex_note="附件：" + cat)


def body_text(city: str, province: str, cat: str, verb: str, prev: str = "", count: str = "",
              short: bool = False) -> list[str]:
    give = "现印发给你们，请结合实际认真贯彻执行" if verb == "印发" else "现予以公布"
    if short:
        return [f"根据{province}人力资源和社会保障厅关于开展国际职业资格比照认定职称工作的有关规定，结合我市产业发展和人才"
                f"队伍建设实际，我局研究制定了《{cat}》{count}，{give}。",
                f"在{city}市行政区域内用人单位从事专业技术工作、取得目录所列国际职业资格且证书在有效期内的专业技术人员，"
                "可按规定申请比照认定相应职称。具体申报程序按照省人力资源和社会保障厅有关规定执行。"]
    out = [f"为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，根据{province}人力资源和社会保障厅"
           f"关于开展国际职业资格比照认定职称工作的有关规定，进一步畅通外籍人才、港澳台人才和留学回国人员等国际化专业技术"
           f"人才职称评价渠道，我局在广泛征求行业主管部门、用人单位和专家意见的基础上，研究制定了《{cat}》{count}，{give}。"
           f"现就有关事项通知如下：",
           f"一、在{city}市行政区域内的企业、社会组织等用人单位从事专业技术工作，取得目录所列国际职业资格且证书在有效期内"
           "的专业技术人员，可按规定申请比照认定相应职称。机关公务员和参照公务员法管理的人员不在此列。",
           "二、申请人通过省专业技术人才职称申报评审系统提交申请，经用人单位审核并公示不少于5个工作日、主管部门初审后，"
           "由市人力资源和社会保障局复核认定。比照认定的职称与评审取得的职称具有同等效力。",
           "三、目录中“对应职称”为可比照认定的最高层级职称，申请人所在岗位须与所属系列（专业）一致。目录实行动态调整，"
           "各单位在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理股反映。"]
    if prev:
        out.append(prev)
    return out


EXPECTED = ("publish", "not-publish", "rows-need-care")


def write_truth(n: Notice, expected: str, *, care: Sequence[tuple[str, str]] = (),
                changes: Sequence[dict] = (), **notice_override: str) -> None:
    """The truth of n: the rows the FILE holds, in the canonical columns, as printed (对应职称 the title alone: for a
    change row its NEW value); `expected` one of EXPECTED; `care` [(序号, why)] for rows-need-care; `changes` what a
    change table says of each row ({"序号", "调整类型", "原对应职称", "调整后对应职称"}); notice_override for a field
    the file does not show ("")."""
    assert expected in EXPECTED, expected
    assert bool(care) == (expected == "rows-need-care"), (expected, care)
    keys = set(n.keys)
    has_trans = bool(keys & {"trans", "qt1", "qt2"})
    has_series = "series" in keys
    rows = [[r.seq, r.qual, r.trans if has_trans else "", r.issuer, r.title, r.series_p if has_series else ""]
            for r in n.rows]
    seqs = [r[0] for r in rows]
    assert len(set(seqs)) == len(seqs), seqs
    assert all(c[0] in seqs for c in care), care
    notice = {"doc_number": n.docno, "city": n.city, "office": n.office, "notice_title": n.title,
              "issue_date": n.date_iso, "batch": n.batch, "catalog_title": n.catalog_title}
    for k, v in notice_override.items():
        assert k in notice, k
        notice[k] = v
    data: dict = {"header": list(HEADER), "printed_header": [x.replace("\n", "") for x in n.labels], "rows": rows,
                  "notice": notice, "expected": expected}
    if care:
        data["care"] = [list(c) for c in care]
    if changes:
        data["changes"] = list(changes)
    data["why"] = n.why
    (OUT / f"{n.stem}.truth.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


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
                if r - 1 in n.strike_rows:
                    for p_ in cell.paragraphs:
                        for run_ in p_.runs:
                            run_.font.strike = True
    for c, sp in span.items():
        for i, k in enumerate(sp):
            if k > 1:
                t.cell(i + 1, c).merge(t.cell(i + k, c))
    if n.total_row:  # 合计 under the rows: the label over the first two columns, the value over the rest
        tr = t.add_row()
        if lay.cant_split:
            tr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        last = len(widths) - 1
        label = tr.cells[0].merge(tr.cells[1])
        value = tr.cells[2].merge(tr.cells[last])
        for cell, text in ((label, n.total_row[0]), (value, n.total_row[1])):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(cell, text, lay.table_size, lay.hei_face, lay, C, bold=True)


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
    if lay.landscape_annex:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        a4(sec, landscape=True)
        width = 23.7
    else:
        width = 15.6
    para(doc, n.annex_label, 16, lay.hei_face, lay, L, exact=None, page_break=not lay.landscape_annex, after=6)
    para(doc, n.catalog_title, 18, lay.title_face, lay, C, exact=None, before=6, after=12)
    scale = width / sum(lay.widths)
    word_table(doc, n, lay, [w * scale for w in lay.widths])
    for note in n.notes:
        para(doc, note, 10.5 if len(note) > 12 else 12, lay.table_face, lay, J, exact=None, before=4)
    page_footer(doc.sections[0], lay, lay.footer)  # later sections link to it
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


def html_table(n: Notice, widths: Sequence[float], *, thead: bool = True, cls: str = "cat", head: bool = True,
               breaks: Sequence[int] = (), sl: slice | None = None) -> str:
    """The catalog as a ruled table; head False: no heading row (a CMS page 2); breaks: row indexes that start a new
    printed page (break-before); sl: only these rows (a table continued on the next page as a 续表)."""
    total = sum(widths)
    out = [f'<table class="{cls}"><colgroup>' + "".join(f'<col style="width:{x / total * 100:.1f}%">' for x in widths)
           + "</colgroup>"]
    hrow = "<tr>" + "".join(f"<th>{esc(x)}</th>" for x in n.labels) + "</tr>"
    if not head:
        out.append("<tbody>")
    else:
        out.append(f"<thead>{hrow}</thead><tbody>" if thead else f"<tbody>{hrow}")
    span = {c: spans(n.table, c) for c in n.merge_cols}
    idx = range(len(n.table))[sl] if sl else range(len(n.table))
    for r in idx:
        row = n.table[r]
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
        brk = ' class="brk"' if r in breaks else ""
        if r in n.strike_rows:
            brk = ' class="del"' 
        out.append(f"<tr{brk}>" + "".join(cells) + "</tr>")
    if n.total_row:
        out.append(f'<tr class="sum"><td colspan="2" class="c">{esc(n.total_row[0])}</td>'
                   f'<td colspan="{len(n.labels) - 2}" class="c">{esc(n.total_row[1])}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


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


def print_page(n: Notice, widths: Sequence[float], *, redhead: bool = True, landscape_annex: bool = False,
               table_font: str = "10.5pt", footer: str = FOOT_DASH, head_bg: str = "", extra_css: str = "",
               breaks: Sequence[int] = (), split: Sequence[int] = (), split_tail: str = "") -> str:
    """A notice as a web page set for print (A4), printed by Chromium: 红头, 文号, red rule, title, body, 附件说明,
    office and date, then the 附件 on a new page. footer: the CSS content of the page number ("" none); breaks: rows
    that start a new page; split: the table set by hand as one table per page (these sizes), 续表 over each
    continuation and split_tail (（未完，续下页）) under each part."""
    css = [PRINT_CSS, "@page { size: A4; margin: 30mm 26mm 28mm 28mm; }",
           f"table.cat {{ font-size: {table_font}; }}", "table.cat tr { break-inside: avoid; }"]
    if footer:
        css.append(f'@page {{ @bottom-center {{ content: {footer}; font: 12pt "Noto Serif CJK SC", serif; }} }}')
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
    parts.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p>')
    parts += [f'<p class="{"i" if i == 0 else "i5"}">{e(x)}</p>' for i, x in enumerate(n.annex_note.split("\n"))]
    parts.append(f'<div class="sign"><p style="padding-right:2em">{e(n.office)}</p>'
                 f'<p style="padding-right:4em">{e(n.date_cn)}</p></div>')
    wide = " wide" if landscape_annex else ""
    parts.append(f'<div class="pb{wide}"><div class="annex">{e(n.annex_label)}</div>'
                 f'<h2 class="cat">{e(n.catalog_title)}</h2>')
    if split:
        assert sum(split) == len(n.table), (split, len(n.table))
        start = 0
        for i, k in enumerate(split):
            if i:
                parts.append('<div class="pb"><p class="xu">续表</p>')
            parts.append(html_table(n, widths, sl=slice(start, start + k)))
            if split_tail:
                parts.append(f'<p class="wei">{e(split_tail)}</p>')
            if i:
                parts.append("</div>")
            start += k
    else:
        parts.append(html_table(n, widths, breaks=breaks))
    if n.notes:
        parts.append('<div class="notes">' + "".join(f"<p>{e(x)}</p>" for x in n.notes) + "</div>")
    parts.append("</div></body></html>\n")
    return "\n".join(parts)


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


def cms_page(n: Notice, widths: Sequence[float], *, color: str, dark: str, published: str, source: str, views: int,
             icp: str, code: str, english: str, links: Sequence[str] = (), info: str = "", pager: str = "",
             part: int = 1) -> str:
    """The notice as a CMS article page of the bureau's site: banner, menu, breadcrumb, a 政府信息公开 box (info: its
    索引号), 发布时间/来源 line, the text, the 附件 as a table in the page, a pager under it (pager: its HTML, an
    article the CMS split over pages), 相关链接 and a footer. part 2: a later page of a split article: the frame, the
    box and the title again, then only the rest of the table (no heading row: the CMS cut the table between rows)."""
    e = html.escape
    css = CMS_CSS.replace("__C__", color).replace("__D__", dark)
    menu = "".join(f'<a href="#">{x}</a>' for x in ("首页", "机构概况", "政务公开", "政策文件", "就业创业", "人才人事",
                                                     "社会保障", "劳动关系", "办事服务", "互动交流"))
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(n.title)}_{e(n.office)}'
             f"</title><style>{css}</style></head><body>",
             f'<div class="site">{e(n.office)}<small>{e(english)}</small></div><div class="menu">{menu}</div>',
             '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
             '<a href="#">政策文件</a> &gt; 通知公告</div><div class="wrap">']
    if info:
        parts.append('<table class="xxgk">'
                     f'<tr><td class="k">索 引 号</td><td>{e(info)}</td><td class="k">主题分类</td><td>劳动、人事、监察</td></tr>'
                     f'<tr><td class="k">发布机构</td><td>{e(n.office)}</td><td class="k">成文日期</td>'
                     f'<td>{e(n.date_cn)}</td></tr>'
                     f'<tr><td class="k">文　　号</td><td>{e(n.docno)}</td><td class="k">发布日期</td>'
                     f'<td>{e(published[:10])}</td></tr>'
                     f'<tr><td class="k">名　　称</td><td colspan="3">{e(n.title)}</td></tr></table>')
    parts += [f'<h1 class="art">{e(n.title)}</h1>',
              f'<div class="art-meta"><span>发布时间：{e(published)}</span><span>来源：{e(source)}</span>'
              f'<span>浏览次数：{views}</span><span>【字体：大 中 小】</span></div><div class="art">']
    if part == 1:
        parts += [f'<p class="c">{e(n.docno)}</p>', f"<p>{e(n.addressee)}</p>"]
        parts += [f'<p class="i">{e(t)}</p>' for t in n.body]
        parts.append(f'<p class="i">{e(n.contact)}。</p><p>&nbsp;</p>')
        parts += [f'<p class="{"i" if i == 0 else "i5"}">{e(x)}</p>' for i, x in enumerate(n.annex_note.split("\n"))]
        parts.append(f'<p>&nbsp;</p><p class="r">{e(n.office)}</p><p class="r">{e(n.date_cn)}</p><p>&nbsp;</p>')
        parts.append(f'<p>{e(n.annex_label)}</p><h2>{e(n.catalog_title)}</h2>')
        parts.append(html_table(n, widths))
    else:
        parts.append(html_table(n, widths, head=False))
    if n.notes:
        parts.append('<div class="notes">' + "".join(f"<p>{e(x)}</p>" for x in n.notes) + "</div>")
    if pager:
        parts.append(f'<div class="pager">{pager}</div>')
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


SIX = [("序号", "seq"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"), ("对应职称", "title"),
       ("所属系列", "series")]
W_WORD = (1.1, 4.6, 3.5, 4.1, 2.4, 2.4)  # cm, scaled to the page
W_WEB = (5, 27, 20, 25, 10, 13)
W_PRINT = (1.25, 4.9, 3.7, 4.6, 2.35, 2.45)  # a Chromium print: 序号 and 助理工程师 on one line at 10pt
FJ, JX, HN, GX, GZ, GS, NM, XJ = ("福建省", "江西省", "湖南省", "广西壮族自治区", "贵州省", "甘肃省", "内蒙古自治区",
                                  "新疆维吾尔自治区")


def partial(evidence: str, stated: int | None, held: int, whole: str) -> dict:
    return {"evidence": evidence, "stated_total": stated,
            "expected": f"held back or in review: the file holds {held} of {whole} rows"}


def web_cms(n: Notice, *, color: str, dark: str, published: str, views: int, icp: str, code: str, english: str,
            province_site: str, info: str = "", pager: str = "", part: int = 1, widths=W_WEB) -> None:
    page = cms_page(n, widths, color=color, dark=dark, published=published, source=n.office, views=views, icp=icp,
                    code=code, english=english, info=info, pager=pager, part=part,
                    links=[f"{province_site}人力资源和社会保障厅", "中华人民共和国人力资源和社会保障部"])
    (OUT / f"{n.stem}.html").write_text(page, encoding="utf-8")




# --- adjustments ---------------------------------------------------------------------------------------------------

SIX_R = SIX + [("备注", "remark")]
W_WORD7 = (1.0, 4.4, 3.3, 3.9, 2.2, 2.2, 2.6)
W_WEB7 = (5, 25, 18, 23, 10, 12, 12)
W_PRINT7 = (1.2, 4.7, 3.5, 4.4, 2.3, 2.4, 2.4)
SX, SN, NX, QH, JL, LN = ("山西省", "陕西省", "宁夏回族自治区", "青海省", "吉林省", "辽宁省")
# a title moved one step (the adjustment of 对应职称): up where the pool's title is 助理, down where it is 高级 …
SHIFT = {A: E, E: A, S: E, JJ: ZJJ, ZJJ: JJ, GJJ: JJ, KJ: GKJ, GKJ: KJ, "审计师": "高级审计师",
         "统计师": "高级统计师", "二级翻译": "一级翻译", "一级翻译": "二级翻译"}


def pick_from(seed: str, n: int, *, exclude: Sequence[tuple] = (), series: Sequence[str] | None = None,
              titles: Sequence[str] | None = None) -> list[tuple]:
    """n pool rows (seeded), none of `exclude`, in the pool's order."""
    rng = random.Random(seed)
    ex = {r[0] for r in exclude}
    idx = [i for i, r in enumerate(POOL) if r[0] not in ex and (series is None or r[4] in series)
           and (titles is None or r[3] in titles)]
    return [POOL[i] for i in sorted(rng.sample(idx, n))]


def in_pool_order(rows: Sequence[tuple]) -> list[tuple]:
    return sorted(rows, key=POOL.index)


def renumber(rows: Sequence[Row]) -> None:
    for i, r in enumerate(rows, start=1):
        r.seq = str(i)


def change(r: Row, new: str, tstyle: str = "plain") -> str:
    """Give r the new 对应职称 (the truth), return the old."""
    old = r.title
    r.title, r.title_p = new, title_text(new, tstyle)
    r.extra["old"] = title_text(old, tstyle)
    r.extra["new"] = r.title_p
    return old


def notice(stem: str, city: str, docno: str, date_iso: str, batch: str, rows: list[Row],
           cols: Sequence[tuple[str, str]], *, title: str, cat: str, body: list[str], area: str, addressee: str,
           annex: str = "", digits: int = 0) -> Notice:
    """A notice that is not (only) a catalog: its own title, body and table heading."""
    n = catalog(stem, city, docno, date_iso, batch, rows, cols, area=area, addressee=addressee, province="",
                cat=cat, digits=digits)
    n.title, n.body = title, list(body)
    n.annex_note = "附件：" + (annex or cat)
    return n


def ch(seq: str, kind: str, old: str, new: str) -> dict:
    return {"序号": seq, "调整类型": kind, "原对应职称": old, "调整后对应职称": new}


def dyn(city: str, province: str) -> str:
    return (f"根据{province}人力资源和社会保障厅关于国际职业资格比照认定职称目录实行动态调整的有关要求，结合{city}市产业"
            "发展需要和近年来比照认定工作实际，在征求行业主管部门、用人单位和专家意见的基础上")


@doc
def xiaoyi(tmp: Path) -> list[Made]:
    first = pick_from("xiaoyi-first", 40)  # the first batch (孝人社发〔2024〕27号), not in this file
    added = pick_from("xiaoyi-add", 6, exclude=first)
    rng = random.Random("xiaoyi-pick")
    removed = in_pool_order(rng.sample(first, 4))
    changed = in_pool_order(rng.sample([r for r in first if r not in removed and r[3] in (A, E, JJ, ZJJ)], 4))
    rows: list[Row] = []
    changes = []
    for kind, group in (("新增", added), ("删除", removed), ("调整对应职称", changed)):
        for r in make_rows(group, "cn_abbr"):
            r.extra["kind"] = kind
            rows.append(r)
    renumber(rows)
    for r in rows:
        if r.extra["kind"] == "调整对应职称":
            old = change(r, SHIFT[r.title])
            r.extra["kind"] = f"调整对应职称\n（原为{old}）"
            changes.append(ch(r.seq, "调整对应职称", old, r.title))
        else:
            changes.append(ch(r.seq, r.extra["kind"], r.title if r.extra["kind"] == "删除" else "",
                              r.title if r.extra["kind"] == "新增" else ""))
    cols = [("序号", "seq"), ("调整类型", "kind"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"),
            ("对应职称", "title"), ("所属系列", "series")]
    name = "孝义市国际职业资格比照认定职称目录（第一批）"
    cat = "孝义市国际职业资格比照认定职称目录调整表"
    body = [f"2024年5月，我局印发了《{name}》（孝人社发〔2024〕27号），共收录国际职业资格40项。{dyn('孝义', SX)}，"
            f"经研究，决定对目录进行调整：新增国际职业资格{len(added)}项，删除{len(removed)}项，调整{len(changed)}项国际"
            "职业资格的对应职称。具体调整内容见附件。",
            "一、新增项目自本通知印发之日起受理比照认定申请；调整对应职称的项目，自本通知印发之日起按调整后的对应职称"
            "比照认定。",
            "二、删除的项目自本通知印发之日起不再受理比照认定申请。此前已按规定比照认定的职称继续有效。",
            "三、目录中其余项目不变，继续执行。调整后的完整目录另行在市人力资源和社会保障局门户网站公布。"]
    n = notice("xiaoyi-tiaozheng", "孝义", "孝人社发〔2025〕33号", "2025-09-16", "第一批", rows, cols,
               title=f"关于调整《{name}》的通知", cat=cat, body=body, area="0358",
               addressee="各乡镇人民政府、街道办事处，市直各有关单位：")
    n.merge_cols = ()
    n.centre_cols = (0, 1, 5, 6)
    word_doc(n, Word(widths=(1.0, 2.6, 4.3, 3.2, 3.8, 2.2, 2.2), landscape_annex=True, head_shade="D9D9D9"),
             "docx", tmp)
    n.why = ("NOT A CATALOG: a change table (调整表) of an adjustment notice. Its 14 rows are 新增 (序号 1-6), 删除 (序号 "
             "7-10) and 调整对应职称 (序号 11-14, the 调整类型 cell says （原为…）, the 对应职称 cell holds the NEW title). "
             "Published as entries in force, the four 删除 rows would be published as recognised, and the table is not "
             "the catalog (the other 30 rows of the first batch stay in force and are not in the file). Truth rows: as "
             "printed, 对应职称 the new value; \"changes\" gives each row's type and old/new title.")
    write_truth(n, "not-publish", changes=changes)
    return [(f"{n.stem}.docx", "not-publish, DOCX (python-docx), landscape 附件: change table 调整类型 新增/删除/调整对应职称",
             f"{len(rows)} rows (6 新增, 4 删除, 4 调整)")]


@doc
def hejin(tmp: Path) -> list[Made]:
    first = pick_from("hejin-first", 52)
    rows = make_rows(in_pool_order(random.Random("hejin-stop").sample(first, 9)), "cn_abbr")
    old_no = [str(first.index((r.qual, r.trans, r.body, r.title, r.series)) + 1) for r in rows]
    cols = [("序号", "seq"), ("职业资格名称", "qual"), ("颁证单位", "issuer"), ("对应职称", "title"), ("所属系列", "series")]
    name = "河津市国际职业资格比照认定职称目录（第一批）"
    cat = "停止比照认定职称的国际职业资格目录"
    body = [f"{dyn('河津', SX)}，经研究，决定自2025年11月1日起，对《{name}》（河人社发〔2024〕16号）中所列的部分国际职业"
            f"资格停止比照认定职称。现将有关事项通知如下：",
            f"一、附件所列{len(rows)}项国际职业资格（原目录第{'、'.join(old_no)}项），自2025年11月1日起不再受理比照认定"
            "职称申请。已受理的申请按原规定办理完毕。",
            "二、此前已按规定比照认定的职称继续有效，不受本通知影响。",
            f"三、《{name}》中的其余项目继续执行。目录实行动态调整，各单位在执行中遇到的问题，请及时向市人力资源和社会保障局"
            "专业技术人员管理股反映。"]
    n = notice("hejin-tingzhi", "河津", "河人社发〔2025〕19号", "2025-10-13", "第一批", rows, cols,
               title="关于停止部分国际职业资格比照认定职称的通知", cat=cat, body=body, area="0359",
               addressee="各乡镇人民政府、街道办事处，市直各有关单位：")
    np_ = word_doc(n, Word(widths=(1.2, 6.2, 5.0, 2.4, 2.6), cant_split=True), "pdf", tmp)
    n.why = (f"NOT A CATALOG: a removal notice (关于停止部分国际职业资格比照认定职称的通知). Its 附件 lists, in the catalog's own "
             f"columns (序号 职业资格名称 颁证单位 对应职称 所属系列, no 译名), the {len(rows)} qualifications NO LONGER "
             f"recognised from 2025-11-01 (原目录第{'、'.join(old_no)}项 of 河人社发〔2024〕16号). None of these rows is "
             "an entry in force; publishing them as the catalog would publish removed entries as recognised. batch: "
             "the batch the removal applies to.")
    write_truth(n, "not-publish")
    return [(f"{n.stem}.pdf", f"not-publish, PDF (LibreOffice from DOCX), {np_} pages: removal list 停止比照认定, "
             "catalog columns without 译名", f"{len(rows)} rows")]


@doc
def hancheng(tmp: Path) -> list[Made]:
    rows = make_rows(pick_from("hancheng", 10, titles=(A, E, S, JJ, ZJJ, KJ)), "cn_en")
    changes = []
    for r in rows:
        old = change(r, SHIFT[r.title])
        changes.append(ch(r.seq, "调整对应职称", old, r.title))
    cols = [("序号", "seq"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"), ("原对应职称", "old"),
            ("调整后对应职称", "new"), ("所属系列", "series")]
    name = "韩城市国际职业资格比照认定职称目录（第一批）"
    cat = "部分国际职业资格比照认定对应职称调整表"
    body = [f"{dyn('韩城', SN)}，经研究，决定对《{name}》（韩人社发〔2024〕35号）中{len(rows)}项国际职业资格的对应职称予以"
            "调整（见附件）。现将有关事项通知如下：",
            "一、自本通知印发之日起，附件所列国际职业资格按“调整后对应职称”比照认定。本通知印发前已受理的申请，按原对应"
            "职称办理。",
            "二、目录中其他项目的对应职称不变。",
            "三、各单位要做好政策宣传解读，在执行中遇到的问题，请及时向市人力资源和社会保障局专业技术人员管理科反映。"]
    n = notice("hancheng-yuanzhicheng", "韩城", "韩人社发〔2025〕41号", "2025-08-27", "第一批", rows, cols,
               title="关于调整部分国际职业资格比照认定对应职称的通知", cat=cat, body=body, area="0913",
               addressee="各镇人民政府、街道办事处，市直各有关单位：")
    n.centre_cols = (0, 4, 5, 6)
    web_cms(n, color="#8a1c1c", dark="#6b1414", published="2025-08-28 16:40", views=531, icp="陕ICP备05004128号",
            code="6105810007", english="Hancheng Human Resources and Social Security Bureau", province_site="陕西省",
            info="11610581MB29875L0X/2025-00117", widths=W_WEB7)
    n.why = (f"NOT A CATALOG: a change list. A CMS page whose table holds only the {len(rows)} qualifications whose "
             "对应职称 changes, with both 原对应职称 and 调整后对应职称. Truth rows carry the NEW (调整后) title; the rest of "
             "the catalog is not in the file. Not to be published as the catalog; if anything is taken from it, it is "
             "the 调整后 value, never the 原 one.")
    write_truth(n, "not-publish", changes=changes)
    return [(f"{n.stem}.html", "not-publish, HTML CMS page: change list 原对应职称 | 调整后对应职称",
             f"{len(rows)} rows")]


@doc
def lingwu(tmp: Path) -> list[Made]:
    first = pick_from("lingwu-first", 24)
    added = pick_from("lingwu-add", 12, exclude=first)
    rows = make_rows(in_pool_order(first + added), "cn")
    rng = random.Random("lingwu-remark")
    for r in rows:
        if (r.qual, r.trans, r.body, r.title, r.series) in added:
            r.remark = "新增"
        else:
            r.remark = "保留" if rng.random() < 0.5 else ""
    prev = (f"四、第二批目录在第一批目录（灵人社发〔2024〕22号）基础上修订形成，共收录国际职业资格{len(rows)}项，其中保留第一批"
            f"项目{len(first)}项、新增{len(added)}项，备注栏分别标注。本目录印发后，第一批目录同时废止，以本目录为准。")
    n = catalog("lingwu-dierpi", "灵武", "灵人社发〔2025〕30号", "2025-07-08", "第二批", rows, SIX_R, area="0951",
                province=NX, prev=prev, addressee="各乡镇人民政府、街道办事处，宁东灵武园区管委会，市直各有关单位：")
    page = print_page(n, W_PRINT7, table_font="9.5pt", landscape_annex=True)
    np_ = html_pdf(page, n.stem, tmp)
    n.why = (f"PUBLISH. A 第二批 catalog restated in full: the body says it holds {len(rows)} items, {len(first)} kept "
             f"from the first batch and {len(added)} new, and replaces the first batch. 备注 says 新增 on the new rows, "
             "保留 on some kept rows and nothing on the others. Every row is an entry in force: publish all "
             f"{len(rows)}, as printed (新增/保留 are not statuses that withhold anything).")
    write_truth(n, "publish")
    return [(f"{n.stem}.pdf", f"publish, PDF (Chromium print of HTML), {np_} pages: 第二批 restated in full, 备注 "
             "新增/保留/empty", f"{len(rows)} rows ({len(added)} 新增)")]


@doc
def geermu(tmp: Path) -> list[Made]:
    rows = make_rows(pick_from("geermu", 26), "cn_abbr")
    rng = random.Random("geermu-state")
    idx = rng.sample(range(len(rows)), 8)
    paused, gone, blank = idx[:2], idx[2:4], idx[4:]
    care = []
    for i, r in enumerate(rows):
        r.extra["state"] = "暂停认定" if i in paused else "已废止" if i in gone else "" if i in blank else "有效"
    for r in rows:
        if r.extra["state"] == "暂停认定":
            care.append((r.seq, "状态 暂停认定: recognition suspended (暂停受理), not an entry in force"))
        elif r.extra["state"] == "已废止":
            care.append((r.seq, "状态 已废止: abolished, not an entry in force"))
    cols = SIX + [("状态", "state")]
    extra = ["四、目录“状态”栏标注“有效”或未标注的项目，正常受理比照认定申请；标注“暂停认定”的项目，因颁证机构认证体系"
             "调整，自本通知印发之日起暂停受理，恢复时间另行通知；标注“已废止”的项目不再受理比照认定申请。此前已按规定"
             "比照认定的职称继续有效。"]
    n = catalog("geermu-zhuangtai", "格尔木", "格人社〔2025〕26号", "2025-09-24", "2025年版", rows, cols, area="0979",
                province=QH, verb="公布", extra=extra, addressee="各乡镇人民政府、街道办事处，市直各有关单位：")
    n.centre_cols = (0, 4, 5, 6)
    word_doc(n, Word(widths=W_WORD7, landscape_annex=True), "docx", tmp)
    n.why = (f"ROWS NEED CARE. A complete catalog ({len(rows)} rows) with a 状态 column: 有效 on most rows, empty on "
             f"{len(blank)} (the body: 未标注 = in force), 暂停认定 on 2 and 已废止 on 2. The body says 暂停认定 items are "
             "not accepted for now and 已废止 items no longer. Those four must not be published as plain entries in force; "
             "the others are published as printed.")
    write_truth(n, "rows-need-care", care=care)
    return [(f"{n.stem}.docx", "rows-need-care, DOCX (python-docx), landscape 附件: 状态 column 有效/暂停认定/已废止/empty",
             f"{len(rows)} rows (2 暂停认定, 2 已废止)")]


@doc
def yanji(tmp: Path) -> list[Made]:
    original = make_rows(pick_from("yanji", 30), "cn_abbr")
    rows = [original[6], original[14], original[21]]  # 序号 7, 15, 22 of the earlier notice
    r7, r15, r22 = rows
    wrong_issuer = "美国焊接学会（AWS）" if r7.body != "AWS" else "美国质量协会（ASQ）"
    wrong_title = SHIFT[r15.title]
    wrong_trans = r22.trans.replace("注册", "认证", 1) if "注册" in r22.trans else r22.trans + "（初级）"
    name = "延吉市国际职业资格比照认定职称目录（第一批）"
    body = [f"我局于2025年6月20日印发的《关于印发〈{name}〉的通知》（延市人社发〔2025〕38号）附件中，有3项内容有误，现更正如下：",
            f"一、第7项“{r7.qual}”的颁证单位“{wrong_issuer}”更正为“{r7.issuer}”。",
            f"二、第15项“{r15.qual}”的对应职称“{wrong_title}”更正为“{r15.title}”。",
            f"三、第22项“{r22.qual}”的译名“{wrong_trans}”更正为“{r22.trans}”。",
            "更正后的条目见附件，原目录其他内容不变。由此给各单位带来的不便，敬请谅解。"]
    n = notice("yanji-gengzheng", "延吉", "延市人社发〔2025〕52号", "2025-07-29", "第一批", rows, SIX,
               title=f"关于《{name}》的更正通知", cat=f"{name}更正条目", body=body, area="0433",
               addressee="各街道办事处、镇人民政府，市直各有关单位：")
    web_cms(n, color="#1d4f91", dark="#163d70", published="2025-07-30 10:12", views=274, icp="吉ICP备09001733号",
            code="2224010011", english="Yanji Human Resources and Social Security Bureau", province_site="吉林省",
            info="11222401MB0F47382K/2025-00092")
    n.why = ("NOT A CATALOG: a correction notice (更正通知). It reprints only the 3 corrected rows, under their 序号 in "
             "the earlier notice (延市人社发〔2025〕38号): 7 (颁证单位 corrected), 15 (对应职称 corrected), 22 (译名 "
             "corrected); the body quotes the wrong value and the right one. The truth rows are the CORRECTED values as "
             "printed in the table. Not to be published as a catalog of 3 rows (it amends the 30-row first batch, which "
             "is not in the file); a reader that uses it must take the corrected values, never the quoted wrong ones.")
    write_truth(n, "not-publish", changes=[
        {"序号": r7.seq, "更正项": "颁证单位", "原": wrong_issuer, "更正为": r7.issuer},
        {"序号": r15.seq, "更正项": "对应职称", "原": wrong_title, "更正为": r15.title},
        {"序号": r22.seq, "更正项": "译名", "原": wrong_trans, "更正为": r22.trans}])
    return [(f"{n.stem}.html", "not-publish, HTML CMS page: 更正通知 reprinting rows 7, 15, 22 of an earlier notice",
             "3 rows")]


@doc
def hunchun(tmp: Path) -> list[Made]:
    rows = make_rows(pick_from("hunchun", 30), "cn_full")
    sparse_remarks(rows, "hunchun-remark", 0.12)
    for r in rows:
        if r.remark == "新增":
            r.remark = "证书须在有效期内"
    rng = random.Random("hunchun-care")
    picks = rng.sample([i for i, r in enumerate(rows) if r.title in (E, A, JJ)], 5)
    stop, struck = sorted(picks[:3]), sorted(picks[3:])
    care = []
    for i, r in enumerate(rows):
        if i in stop:
            r.title_p = f"{r.title}（2026年起停止认定）"
            care.append((r.seq, "对应职称 cell says （2026年起停止认定）: recognition ends on 2026-01-01; in force only "
                                "until then, not a plain entry"))
        elif i in struck:
            r.remark = "删除"
            care.append((r.seq, "备注 删除 and the row struck through: removed, not an entry in force"))
    n = catalog("hunchun-tingzhi", "珲春", "珲人社发〔2025〕47号", "2025-11-18", "第二批", rows, SIX_R, area="0433",
                province=JL, addressee="各镇人民政府、街道办事处，市直各有关单位：",
                extra=["四、目录中对应职称栏注明“2026年起停止认定”的项目，自2026年1月1日起不再受理比照认定申请；备注栏标注"
                       "“删除”的项目，自本通知印发之日起不再受理比照认定申请。"])
    n.table = [[cell_value(r, k) for k in n.keys] for r in rows]
    n.strike_rows = tuple(struck)
    np_ = word_doc(n, Word(widths=W_WORD7, landscape_annex=True, cant_split=True), "pdf", tmp)
    n.why = (f"ROWS NEED CARE. A catalog of {len(rows)} rows where 3 对应职称 cells read 工程师（2026年起停止认定） (or "
             "their own title with that note: recognition ends 2026-01-01) and 2 rows are struck through with 删除 in "
             "备注 (removed). The truth's 对应职称 is the title alone; those 5 rows are listed in care; the others are "
             "entries in force, published as printed.")
    write_truth(n, "rows-need-care", care=care)
    return [(f"{n.stem}.pdf", f"rows-need-care, PDF (LibreOffice from DOCX), {np_} pages: （2026年起停止认定） in 3 title "
             "cells, 2 rows struck with 删除", f"{len(rows)} rows")]


@doc
def haicheng(tmp: Path) -> list[Made]:
    rows = make_rows(pick_from("haicheng", 32), "cn_abbr")
    for r in rows:
        r.remark = remark_for(r)
    n = catalog("haicheng-dongtai", "海城", "海人社发〔2025〕24号", "2025-05-26", "第一批", rows, SIX_R, area="0412",
                province=LN, addressee="各镇人民政府、街道办事处，市直各有关单位：",
                extra=["四、本目录实行动态调整。市人力资源和社会保障局将根据国家和省有关政策变化、国际职业资格认证机构变动"
                       "及我市产业发展需要，适时对目录进行新增、删除或调整对应职称，调整情况另行公布。"])
    word_doc(n, Word(widths=W_WORD7, landscape_annex=True, head_shade="E7E6E6"), "docx", tmp)
    n.why = (f"PUBLISH (control). A complete first-batch catalog of {len(rows)} rows; the body twice says the catalog "
             "is adjusted dynamically (目录实行动态调整 … 适时对目录进行新增、删除或调整对应职称) but adjusts nothing; 备注 "
             "holds harmless conditions (限从事…岗位, 须同时具备…工作经历). Expected: all rows, published as printed.")
    write_truth(n, "publish")
    return [(f"{n.stem}.docx", "publish (control), DOCX (python-docx): body 目录实行动态调整, harmless 备注",
             f"{len(rows)} rows")]


@doc
def wafangdian(tmp: Path) -> list[Made]:
    rows = make_rows(pick_from("wafangdian", 28), "cn_en")
    rng = random.Random("wafangdian-remark")
    for r in rows:
        x = rng.random()
        r.remark = "拟新增" if x < 0.25 else "拟调整对应职称" if x < 0.32 else ""
    changes = []
    for r in rows:
        if r.remark == "拟调整对应职称":
            old = change(r, SHIFT[r.title])
            r.remark = f"拟由{old}调整为{r.title}"
            changes.append(ch(r.seq, "拟调整对应职称", old, r.title))
    name = "瓦房店市国际职业资格比照认定职称目录（2025年调整）"
    cat = f"{name}（征求意见稿）"
    body = [f"为进一步做好国际职业资格比照认定职称工作，{dyn('瓦房店', LN)}，我局起草了《{name}（征求意见稿）》（见附件），现"
            "公开征求社会各界意见。",
            "一、征求意见时间：2025年10月9日至2025年10月23日。",
            "二、反馈方式：请将意见建议以电子邮件形式发送至 wfdrsjzjk@163.com，邮件标题注明“目录意见反馈”，或书面邮寄至"
            "瓦房店市人力资源和社会保障局专业技术人员管理科。",
            "三、本征求意见稿不作为比照认定依据。正式目录以我局印发的文件为准。"]
    n = notice("wafangdian-zhengqiu", "瓦房店", "", "2025-10-09", "2025年调整", rows, SIX_R,
               title=f"关于公开征求《{name}（征求意见稿）》意见的通知", cat=cat, body=body, area="0411",
               addressee="各有关单位、社会各界人士：", annex=f"{name}（征求意见稿）")
    page = print_page(n, W_PRINT7, table_font="9.5pt", landscape_annex=True, redhead=False)
    np_ = html_pdf(page, n.stem, tmp)
    n.why = ("NOT TO PUBLISH: a draft. The notice asks for comments on a 征求意见稿 of the adjusted catalog (征求意见时间 "
             "2025-10-09 to 10-23; 本征求意见稿不作为比照认定依据); the table's 备注 marks 拟新增 rows and 拟由…调整为… "
             "titles (the truth carries the proposed new title). Nothing in it is an entry in force.")
    write_truth(n, "not-publish", changes=changes)
    return [(f"{n.stem}.pdf", f"not-publish, PDF (Chromium print of HTML), {np_} pages: 征求意见稿 of an adjusted "
             "catalog, 备注 拟新增/拟由…调整为…", f"{len(rows)} rows")]


@doc
def qingtongxia(tmp: Path) -> list[Made]:
    rows = make_rows(pick_from("qingtongxia", 12), "cn_abbr")
    name = "青铜峡市国际职业资格比照认定职称目录"
    body = [f"{dyn('青铜峡', NX)}，我局拟在《{name}（第一批）》基础上新增{len(rows)}项国际职业资格（见附件），现予以公示。",
            "公示期为2025年9月8日至2025年9月12日（5个工作日）。公示期间，如对拟新增项目有异议，请以书面形式向市人力资源和"
            "社会保障局反映。反映情况应实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。",
            "公示期满无异议的，将按程序印发新增目录。"]
    n = notice("qingtongxia-gongshi", "青铜峡", "", "2025-09-05", "第二批", rows, SIX,
               title="关于拟新增国际职业资格比照认定职称目录项目的公示", cat="拟新增国际职业资格比照认定职称目录项目",
               body=body, area="0953", addressee="")
    n.contact = n.contact.replace("联系人", "受理部门：专业技术人员管理科，联系人")
    web_cms(n, color="#0f6e7c", dark="#0b5560", published="2025-09-05 17:26", views=196, icp="宁ICP备05001592号",
            code="6403810004", english="Qingtongxia Human Resources and Social Security Bureau",
            province_site="宁夏回族自治区")
    n.why = (f"NOT TO PUBLISH: a 公示 of {len(rows)} PROPOSED additions (拟新增, 公示期 2025-09-08 to 09-12, 公示期满无异议的"
             "将按程序印发). The rows are not yet entries in force. No 文号 (a 公示); batch: the additions would follow the "
             "第一批 named in the body, so 第二批 is an inference, and catalog_title is the table heading.")
    write_truth(n, "not-publish", doc_number="")
    return [(f"{n.stem}.html", "not-publish, HTML CMS page: 公示 of 拟新增 items, 公示期", f"{len(rows)} rows")]


@doc
def shenmu(tmp: Path) -> list[Made]:
    kept = pick_from("shenmu", 27)
    added = pick_from("shenmu-add", 3, exclude=kept)
    rows = make_rows(in_pool_order(kept + added), "cn_abbr")
    rng = random.Random("shenmu-change")
    ch_idx = sorted(rng.sample([i for i, r in enumerate(rows) if
                                (r.qual, r.trans, r.body, r.title, r.series) in kept], 5))
    changes = []
    for i, r in enumerate(rows):
        if (r.qual, r.trans, r.body, r.title, r.series) in added:
            r.extra["old"], r.extra["new"] = "—", r.title_p
            changes.append(ch(r.seq, "新增", "", r.title))
        elif i in ch_idx:
            old = change(r, SHIFT[r.title])
            changes.append(ch(r.seq, "调整对应职称", old, r.title))
        else:
            r.extra["old"] = r.extra["new"] = r.title_p
    cols = [("序号", "seq"), ("职业资格名称", "qual"), ("译名", "trans"), ("颁证单位", "issuer"), ("原对应职称", "old"),
            ("调整后对应职称", "new"), ("所属系列", "series")]
    prev = (f"四、本次修订新增国际职业资格{len(added)}项（原对应职称栏标“—”），调整{len(ch_idx)}项国际职业资格的对应职称。"
            "自本通知印发之日起，按目录“调整后对应职称”比照认定；原目录（神人社发〔2023〕58号）同时废止。")
    n = catalog("shenmu-tiaozhenghou", "神木", "神人社发〔2025〕71号", "2025-10-21", "2025年修订版", rows, cols,
                area="0912", province=SN, prev=prev, addressee="各镇人民政府、街道办事处，市直各有关单位：")
    n.centre_cols = (0, 4, 5, 6)
    page = print_page(n, W_PRINT7, table_font="9.5pt", landscape_annex=True, footer=FOOT_OF)
    np_ = html_pdf(page, n.stem, tmp)
    n.why = (f"PUBLISH, with the NEW titles. A complete revised catalog ({len(rows)} rows) printed with two title "
             f"columns, 原对应职称 and 调整后对应职称: equal on most rows, different on {len(ch_idx)} (changed), 原 “—” on "
             f"{len(added)} (new). The body: recognition follows 调整后对应职称 and the old catalog is repealed. Every row "
             "is in force; 对应职称 is the 调整后 value (publishing the 原 column would publish old titles).")
    write_truth(n, "publish", changes=changes)
    return [(f"{n.stem}.pdf", f"publish, PDF (Chromium print of HTML), {np_} pages: full catalog with 原对应职称 | "
             "调整后对应职称", f"{len(rows)} rows ({len(ch_idx)} changed, {len(added)} new)")]


@doc
def jiexiu(tmp: Path) -> list[Made]:
    old_cat = pick_from("jiexiu-old", 33)
    rng = random.Random("jiexiu-adj")
    removed = in_pool_order(rng.sample(old_cat, 3))
    added = pick_from("jiexiu-add", 4, exclude=old_cat)
    rows = make_rows(in_pool_order([r for r in old_cat if r not in removed] + added), "cn")
    cands = [i for i, r in enumerate(rows) if (r.qual, r.trans, r.body, r.title, r.series) in old_cat
             and r.title in (A, E, JJ, ZJJ)]
    changed = sorted(rng.sample(cands, 2))
    changes, said = [], []
    for i in changed:
        r = rows[i]
        old = change(rows[i], SHIFT[r.title])
        r.extra.clear()
        changes.append(ch(r.seq, "调整对应职称", old, r.title))
        said.append(f"“{r.qual}”的对应职称由{old}调整为{r.title}")
    name = "介休市国际职业资格比照认定职称目录"
    gone = "、".join(f"“{q}”（{t}）" for q, t, *_ in removed)
    newq = "、".join(f"“{q}”" for q, *_ in added)
    body = [f"2024年4月，我局印发了《{name}》（介人社发〔2024〕19号），收录国际职业资格{len(old_cat)}项。{dyn('介休', SX)}，"
            "经研究，决定对目录进行调整。现将有关事项通知如下：",
            f"一、删除{gone}等{len(removed)}项国际职业资格，自本通知印发之日起不再受理比照认定申请。",
            f"二、新增{newq}等{len(added)}项国际职业资格。",
            f"三、将{'；'.join(said)}。",
            f"四、调整后的目录共收录国际职业资格{len(rows)}项，现予印发（见附件），原目录同时废止。此前已按规定比照认定的职称"
            "继续有效。"]
    cat = f"{name}（2025年调整后）"
    n = notice("jiexiu-tiaozhenghou", "介休", "介人社发〔2025〕28号", "2025-08-12", "2025年调整后", rows, SIX,
               title=f"关于调整《{name}》的通知", cat=cat, body=body, area="0354",
               addressee="各乡镇人民政府、街道办事处，市直各有关单位：")
    np_ = word_doc(n, Word(widths=W_WORD, footer="第 {PAGE} 页 共 {NUMPAGES} 页"), "pdf", tmp)
    n.why = (f"PUBLISH. An adjustment notice whose 附件 is the whole adjusted catalog ({len(rows)} rows, 调整后). The "
             f"body names the {len(removed)} removed qualifications (not in the table), the {len(added)} added ones and "
             f"the {len(changed)} title changes with old and new titles (the table prints only the new). Every table row is "
             "in force: publish all as printed; none of the body's removed items, no old title.")
    write_truth(n, "publish", changes=changes)
    return [(f"{n.stem}.pdf", f"publish, PDF (LibreOffice from DOCX), {np_} pages: 调整 notice with the whole adjusted "
             "catalog; removals named only in the body", f"{len(rows)} rows")]


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
  * xiaoyi-tiaozheng.docx: rows 1-6 新增, 7-10 删除, 11-14 调整对应职称; the 调整类型 cell of a change row reads
    调整对应职称 ⏎ （原为助理工程师）, the 对应职称 cell the new title. The first batch it adjusts (40 rows) is not in the file.
  * hejin-tingzhi.pdf: the removed items' 序号 in the earlier catalog are in the body (原目录第…项); the table numbers
    them 1-9. No 译名 column (truth 译名 "").
  * hancheng-yuanzhicheng.html and shenmu-tiaozhenghou.pdf both print 原对应职称 | 调整后对应职称: hancheng holds only
    the 10 changed rows (a change list: not-publish), shenmu the whole revised catalog (publish, with the 调整后 value;
    原 “—” marks its 3 new rows; on unchanged rows the two columns are equal).
  * yanji-gengzheng.html reprints 序号 7, 15, 22 of 延市人社发〔2025〕38号 with the corrected values; the body quotes
    the wrong ones (a wrong 颁证单位, 对应职称 and 译名).
  * geermu-zhuangtai.docx: 状态 有效 on 18 rows, empty on 4 (the body: 未标注 = in force), 暂停认定 on 序号 1, 25,
    已废止 on 7, 9.
  * hunchun-tingzhi.pdf: （2026年起停止认定） in the 对应职称 cell of 序号 1, 7, 15 (issued 2025-11-18: still in force,
    but only until 2026-01-01); 序号 3 and 11 struck through (w:strike) with 备注 删除.
  * lingwu-dierpi.pdf: 备注 新增 on the 12 new rows, 保留 or nothing on the 24 kept ones; all 36 are in force.
  * jiexiu-tiaozhenghou.pdf: the 3 removed items are named only in the body (with their titles), not in the table; the
    2 title changes are said in the body as 由…调整为…, the table prints the new title only.
  * wafangdian-zhengqiu.pdf and qingtongxia-gongshi.html have no 文号 (doc_number ""); qingtongxia's batch 第二批 is
    an inference (the body names the 第一批 the additions would follow).
  * Checked: every PDF read with pdftotext (no U+FFFD; every token of every truth cell found in the text), pages
    looked at (pdftoppm); DOCX tables and HTML tables compared cell by cell with the truth (python-docx, an HTML
    parser, for the check only). Regenerating gives byte-identical files.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
