"""Regenerate tests/fixtures/unseen17: an eighth blind probe round, of look-alikes only.

    .venv/bin/python tests/make_unseen17.py              # every document
    .venv/bin/python tests/make_unseen17.py huangshi     # only these

Real government tables that are NOT catalogs of international qualifications recognized as 职称, many
of them in a catalog's own words (职业资格名称, 颁证单位, 对应职称, 所属系列) and with the same foreign
certificates and bodies: a 继续教育学时 table of international certificates (可认定学时); 职业技能等级
for international certificates (对应技能等级: 技师, 高级技师); a 人才分类目录 (A/B/C类, 证书名称 |
发证机构); a list of recognized foreign professional bodies for work permits (认可类别); 港澳专业人士
执业备案 (香港资格 | 内地对应资格); a 职称申报 checklist of papers; training providers awarded
subsidies for international certification courses; a 高层次人才 table where 对应层次 stands for
对应职称; DOMESTIC 职业资格 matched to 职称 under a catalog's exact header (注册建筑师 → 高级工程师,
the notice citing the international catalog); a 职称评审委员会 核准备案 list; a 遗失声明 list of
certificates; the 申报结果公示 of people recognized (姓名 | 职业资格名称 | 颁证单位 | 认定职称 | 所属系列);
an English-language notice on foreign high-end talent; an application form whose labels are a
catalog's headings; a 职称外语 exemption list of international certificates (适用职称).

DOCX printed by LibreOffice, web pages printed by Chromium. Beside each document,
<stem>.truth.json, written before the pipeline ever read the document: {"catalog": false, "why"}.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from make_unseen9 import (  # noqa: E402
    CSS,
    Made,
    T,
    W,
    chromium_pdf,
    html_page,
    html_table,
    no_catalog,
    pick,
    th_row,
)

OUT = ROOT / "tests" / "fixtures" / "unseen17"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_truth) put their files here


def _docx(stem: str, lines: Sequence[str], table: Sequence[Sequence[str]], widths: Sequence[float], tmp: Path,
          after: Sequence[str] = (), landscape: bool = False) -> None:  # fmt: skip
    """A DOCX of the notice's lines, one table (header first), lines after it, and its LibreOffice print."""
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, table, widths, after, landscape)
    make_unseen9._pdf_from_docx(src, tmp)


def _page(stem: str, lines: Sequence[str], header: Sequence[str], body: Sequence[Sequence[str]],
          after: Sequence[str] = (), pdf: bool = True) -> None:  # fmt: skip
    src = OUT / f"{stem}.html"
    tables = [html_table(th_row(header), body)]
    if after:
        tables.append("".join(f"<p>{line}</p>" for line in after))
    src.write_text(html_page(lines, tables, CSS), encoding="utf-8")
    if pdf:
        chromium_pdf(src, OUT / f"{stem}-chromium.pdf")


def _docx_made(stem: str, why: str) -> list[Made]:
    truth = no_catalog(why)
    return [Made(stem, truth)]


def _page_made(stem: str, why: str, pdf: bool = True) -> list[Made]:
    truth = no_catalog(why)
    return [Made(stem, truth), *([Made(f"{stem}-chromium", truth)] if pdf else [])]


def changsha(tmp: Path) -> list[Made]:
    """继续教育学时认定: international certificates (Latin names, 颁证单位) and the hours they count for."""
    rows = pick(W, 1, 5, 13, 25) + pick(T, 1, 21)
    hours = ["72", "48", "72", "60", "48", "36"]
    header = ["序号", "证书名称", "颁证单位", "可认定学时", "学时类别", "适用专业技术人员"]
    body = [[str(i), q, iss, h, "专业科目", f"{se}专业技术人员"]
            for i, ((q, _z, iss, _t, se), h) in enumerate(zip(rows, hours), start=1)]  # fmt: skip
    lines = ["长人社发〔2025〕33号", "关于印发《长沙市专业技术人员继续教育学时认定办法》的通知",
             "各区县（市）人力资源和社会保障局，各有关单位：",
             "专业技术人员取得下列国际职业资格证书的，当年度可按本表认定继续教育专业科目学时，不再重复计算。",
             "长沙市人力资源和社会保障局", "2025年3月18日", "附件", "取得国际证书可认定继续教育学时对照表"]  # fmt: skip
    _docx("changsha-libreoffice", lines, [header, *body], (1.0, 4.6, 4.6, 1.8, 1.8, 3.0), tmp)
    return _docx_made("changsha-libreoffice", "a 继续教育学时 table (可认定学时): hours, not 职称")


def zhuzhou(tmp: Path) -> list[Made]:
    """职业技能等级: international certificates matched to skill levels (技师, 高级技师), not 职称."""
    rows = pick(W, 25, 31) + pick(T, 21, 37, 49)
    levels = ["高级技师", "技师", "技师", "高级工", "高级工"]
    header = ["序号", "证书名称", "发证机构", "对应职业技能等级", "对应职业（工种）"]
    body = [[str(i), q, iss, lv, job] for i, ((q, _z, iss, _t, _se), lv, job) in enumerate(
        zip(rows, levels, ["焊工", "机修钳工", "机修钳工", "涂装工", "化工总控工"]), start=1)]  # fmt: skip
    lines = ["株人社发〔2025〕9号", "关于开展境外职业资格与职业技能等级比照认定试点工作的通知",
             "各县市区人力资源和社会保障局，各职业技能等级认定机构：",
             "持有下列境外职业资格证书的技能人才，可申请比照认定相应职业技能等级。",
             "株洲市人力资源和社会保障局", "2025年5月6日", "附件", "境外职业资格与职业技能等级比照认定表"]  # fmt: skip
    _page("zhuzhou", lines, header, body)
    return _page_made("zhuzhou", "international certificates matched to 职业技能等级 (技师), not 职称")


def xiangtan(tmp: Path) -> list[Made]:
    """A 人才分类目录: A/B/C类 talents by the foreign certificate they hold (证书名称 | 发证机构 | 人才类别)."""
    rows = pick(W, 1, 13, 25, 49) + pick(T, 1)
    cats = ["C类", "B类", "C类", "D类", "B类"]
    header = ["序号", "人才类别", "证书名称", "发证机构", "认定条件"]
    body = [[str(i), c, q, iss, "持证且在湘潭市全职工作满1年"] for i, ((q, _z, iss, _t, _se), c) in enumerate(zip(rows, cats), start=1)]
    lines = ["潭人才发〔2025〕2号", "关于印发《湘潭市高层次人才分类认定目录（2025年版）》的通知",
             "各县市区委人才工作领导小组，市直有关单位：",
             "现将《湘潭市高层次人才分类认定目录（2025年版）》印发给你们，境外职业资格部分见附件。",
             "中共湘潭市委人才工作领导小组办公室", "2025年2月20日", "附件", "境外职业资格人才分类认定目录"]  # fmt: skip
    _docx("xiangtan-libreoffice", lines, [header, *body], (1.0, 1.6, 5.0, 5.4, 3.6), tmp)
    return _docx_made("xiangtan-libreoffice", "a 人才分类目录 (A/B/C类 by certificate), not 职称")


def hengyang(tmp: Path) -> list[Made]:
    """Foreign professional bodies recognized for work permits: 机构名称 | 国别 | 认可类别, no title."""
    header = ["序号", "机构英文名称", "机构中文名称", "国别", "认可类别"]
    body = [["1", "American Welding Society", "美国焊接协会", "美国", "外国高端人才（A类）"],
            ["2", "Engineers Australia", "澳大利亚工程师协会", "澳大利亚", "外国专业人才（B类）"],
            ["3", "The Institution of Mechanical Engineers", "英国机械工程师学会", "英国", "外国专业人才（B类）"],
            ["4", "U.S. Green Building Council", "美国绿色建筑委员会", "美国", "外国专业人才（B类）"],
            ["5", "NACE International", "美国腐蚀工程师学会", "美国", "外国专业人才（B类）"]]  # fmt: skip
    lines = ["衡科外〔2025〕5号", "关于公布外国人来华工作许可认可的境外专业机构名单的通知", "各有关用人单位：",
             "外籍人员持有下列机构颁发的职业资格证书的，申办外国人来华工作许可时可作为专业资质证明。",
             "衡阳市科学技术局", "2025年4月2日", "附件", "认可的境外专业机构名单"]  # fmt: skip
    _page("hengyang", lines, header, body, pdf=False)
    return _page_made("hengyang", "foreign professional bodies recognized for work permits, not 职称", pdf=False)


def yueyang(tmp: Path) -> list[Made]:
    """港澳专业人士执业备案: 专业 | 香港资格 | 颁证单位 | 内地对应资格 (a right to practise, not 职称)."""
    header = ["序号", "专业", "香港资格", "颁证单位", "内地对应资格", "备案范围"]
    body = [["1", "建筑", "Registered Architect", "香港建筑师注册管理局 (Architects Registration Board)", "一级注册建筑师", "建筑设计"],
            ["2", "结构", "Registered Structural Engineer", "香港工程师注册管理局 (Engineers Registration Board)", "一级注册结构工程师", "结构设计"],
            ["3", "工料测量", "Registered Professional Surveyor (QS)", "香港测量师注册管理局 (Surveyors Registration Board)", "一级造价工程师", "工程造价咨询"],
            ["4", "规划", "Registered Professional Planner", "香港规划师注册管理局 (Planners Registration Board)", "注册城乡规划师", "城乡规划编制"]]  # fmt: skip
    lines = ["岳建发〔2025〕18号", "关于做好香港工程建设领域专业人士执业备案工作的通知", "各有关单位：",
             "取得下列香港专业资格的人士，经备案后可在本市提供相应专业服务，备案对应关系如下。",
             "岳阳市住房和城乡建设局", "2025年7月9日", "附件", "香港专业资格与内地执业资格对应表"]  # fmt: skip
    _page("yueyang", lines, header, body)
    return _page_made("yueyang", "港澳专业人士执业备案 (内地对应资格: a right to practise), not 职称")


def changde(tmp: Path) -> list[Made]:
    """A 职称申报 checklist of papers, one of them the international certificate."""
    header = ["序号", "材料名称", "份数", "要求"]
    body = [["1", "专业技术职务任职资格评审表", "3", "A3纸双面打印，单位盖章"],
            ["2", "国际职业资格证书（原件及复印件）", "1", "外文证书须附有资质机构出具的中文译本"],
            ["3", "颁证单位出具的证书有效性证明", "1", "可提供颁证单位官网查询截图"],
            ["4", "拟比照认定职称及所属系列说明", "1", "对照《常德市国际职业资格比照认定职称目录》填写"],
            ["5", "身份证、学历学位证书复印件", "1", "验原件"]]  # fmt: skip
    lines = ["常人社函〔2025〕27号", "关于开展2025年度国际职业资格比照认定职称申报工作的通知",
             "各区县（市）人力资源和社会保障局，市直各单位：", "现将申报材料要求公布如下，请于2025年10月31日前报送。",
             "常德市人力资源和社会保障局", "2025年9月1日", "附件", "申报材料清单"]  # fmt: skip
    _docx("changde-libreoffice", lines, [header, *body], (1.0, 6.0, 1.2, 7.0), tmp)
    return _docx_made("changde-libreoffice", "a 职称申报 checklist of papers, not a catalog")


def wuhan(tmp: Path) -> list[Made]:
    """Training providers awarded subsidies for international certification courses."""
    rows = pick(W, 1, 5, 13, 25) + pick(T, 1)
    header = ["序号", "培训机构", "培训项目（国际认证）", "颁证单位", "培训人数", "补贴金额（万元）"]
    firms = ["武汉某某职业培训学校", "湖北某某教育科技有限公司", "武汉某某工程技术培训中心", "武汉某某焊接技术培训学校", "武汉某某医药人才服务有限公司"]
    body = [[str(i), f, q, iss, str(20 + 7 * i), f"{4 + i}.5"] for i, (f, (q, _z, iss, _t, _se)) in enumerate(zip(firms, rows), start=1)]
    lines = ["武人社函〔2025〕112号", "关于2025年度国际职业资格认证培训补贴资金拨付情况的公示",
             "根据《武汉市职业技能提升行动专项资金管理办法》，现将2025年度国际职业资格认证培训补贴拟拨付情况公示如下。",
             "公示期：2025年10月9日至10月15日。", "武汉市人力资源和社会保障局", "2025年10月9日", "附件", "培训补贴拟拨付名单"]  # fmt: skip
    _page("wuhan", lines, header, body)
    return _page_made("wuhan", "training providers awarded subsidies for international courses, not a catalog")


def yichang(tmp: Path) -> list[Made]:
    """A 高层次人才认定 table in a catalog's words, 对应层次 where a catalog has 对应职称."""
    rows = pick(W, 1, 5, 13, 25, 31) + pick(T, 1, 21)
    levels = ["第五层次", "第五层次", "第四层次", "第四层次", "第五层次", "第四层次", "第五层次"]
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应层次", "所属产业"]
    body = [[str(i), q, z, iss, lv, "先进制造业" if se == "机械工程" else "建筑业"]
            for i, ((q, z, iss, _t, se), lv) in enumerate(zip(rows, levels), start=1)]  # fmt: skip
    lines = ["宜人才办发〔2025〕4号", "关于印发《宜昌市高层次人才认定目录（国际职业资格部分）》的通知",
             "各县市区委人才办，市直各单位：", "持有下列国际职业资格的人才，可按对应层次申请认定为我市高层次人才，享受相应待遇。",
             "中共宜昌市委人才工作领导小组办公室", "2025年6月12日", "附件", "宜昌市高层次人才认定目录（国际职业资格部分）"]  # fmt: skip
    _docx("yichang-libreoffice", lines, [header, *body], (1.0, 4.0, 3.0, 4.4, 1.8, 2.2), tmp)
    return _docx_made("yichang-libreoffice", "a 高层次人才 table: 对应层次 (talent tiers), not 职称")


def xiangyang(tmp: Path) -> list[Made]:
    """DOMESTIC 职业资格 under a catalog's exact header; the notice cites the international catalog."""
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    body = [["1", "一级注册建筑师", "—", "住房和城乡建设部", "高级工程师", "工程系列"],
            ["2", "二级注册建筑师", "—", "湖北省住房和城乡建设厅", "工程师", "工程系列"],
            ["3", "一级建造师", "—", "住房和城乡建设部", "工程师", "工程系列"],
            ["4", "注册会计师", "—", "财政部", "会计师", "会计系列"],
            ["5", "执业药师", "—", "国家药品监督管理局", "主管药师", "卫生系列"],
            ["6", "法律职业资格", "—", "司法部", "三级律师", "律师系列"]]  # fmt: skip
    lines = ["襄人社发〔2025〕40号", "关于公布襄阳市职业资格与职称对应关系目录的通知",
             "各县（市、区）人力资源和社会保障局，各有关单位：",
             "根据国家职业资格与职称对应关系有关规定，现将我市目录公布如下。取得境外职业资格的，"
             "按《湖北省国际职业资格比照认定职称目录》执行，不适用本目录。",
             "襄阳市人力资源和社会保障局", "2025年8月20日", "附件", "襄阳市职业资格与职称对应关系目录"]  # fmt: skip
    _page("xiangyang", lines, header, body)
    return _page_made("xiangyang", "domestic 职业资格 and their 职称 under a catalog's header: nothing international")


def jingzhou(tmp: Path) -> list[Made]:
    """A 职称评审委员会 核准备案 list: 评审委员会名称 | 组建单位 | 评审系列 | 评审级别 | 核准文号."""
    header = ["序号", "评审委员会名称", "组建单位", "评审系列（专业）", "评审级别", "备案文号"]
    body = [["1", "荆州市工程系列机械工程专业中级职称评审委员会", "荆州市经济和信息化局", "工程系列（机械工程）", "中级", "荆人社函〔2025〕61号"],
            ["2", "荆州市工程系列建设工程专业中级职称评审委员会", "荆州市住房和城乡建设局", "工程系列（建设工程）", "中级", "荆人社函〔2025〕62号"],
            ["3", "长江大学自然科学研究系列高级职称评审委员会", "长江大学", "自然科学研究系列", "高级", "荆人社函〔2025〕63号"],
            ["4", "荆州市卫生系列中级职称评审委员会", "荆州市卫生健康委员会", "卫生系列", "中级", "荆人社函〔2025〕64号"]]  # fmt: skip
    lines = ["荆人社发〔2025〕15号", "关于公布2025年度荆州市职称评审委员会核准备案名单的通知", "各有关单位：",
             "经审核，下列职称评审委员会予以核准备案，有效期三年。国际职业资格比照认定职称的，由对应评审委员会受理。",
             "荆州市人力资源和社会保障局", "2025年5月30日", "附件", "职称评审委员会核准备案名单"]  # fmt: skip
    _page("jingzhou", lines, header, body, pdf=False)
    return _page_made("jingzhou", "a 职称评审委员会 核准备案 list, not a catalog", pdf=False)


def shiyan(tmp: Path) -> list[Made]:
    """A 遗失声明 list of certificates (姓名 | 证书名称 | 证书编号 | 发证单位)."""
    rows = pick(W, 5, 25) + pick(T, 1, 21)
    names = ["刘志强", "陈雅琴", "黄海", "周雪梅"]
    header = ["序号", "姓名", "证书名称", "证书编号", "颁证单位", "声明事项"]
    body = [[str(i), n, q, f"No. {310472 + 93 * i}", iss, "遗失，声明作废"]
            for i, (n, (q, _z, iss, _t, _se)) in enumerate(zip(names, rows), start=1)]  # fmt: skip
    lines = ["十人社公告〔2025〕7号", "关于国际职业资格比照认定职称证书遗失作废的公告",
             "下列人员比照认定职称所依据的证书及我局核发的职称证书遗失，经本人申请，现予公告作废。",
             "十堰市人力资源和社会保障局", "2025年11月3日"]  # fmt: skip
    _docx("shiyan-libreoffice", lines, [header, *body], (1.0, 1.6, 4.6, 2.4, 5.0, 2.4), tmp)
    return _docx_made("shiyan-libreoffice", "a 遗失声明 list of people's certificates, not a catalog")


def huangshi(tmp: Path) -> list[Made]:
    """The 申报结果公示 of people recognized: 姓名 | 工作单位 | 职业资格名称 | 颁证单位 | 认定职称 | 所属系列."""
    rows = pick(W, 1, 13, 25, 31) + pick(T, 1, 21)
    people = ["孙立新", "马晓燕", "朱文博", "胡静", "郭子豪", "何丽萍"]
    firms = ["黄石某某建设集团有限公司", "黄石某某设计院有限公司", "大冶某某重工有限公司",
             "黄石某某机电有限公司", "黄石某某医药有限公司", "阳新某某装备有限公司"]  # fmt: skip
    header = ["序号", "姓名", "工作单位", "职业资格名称", "颁证单位", "认定职称", "所属系列"]
    body = [[str(i), p, f, q, iss, t, se] for i, (p, f, (q, _z, iss, t, se)) in enumerate(zip(people, firms, rows), start=1)]
    lines = ["黄人社公示〔2025〕12号", "关于2025年第二批国际职业资格比照认定职称结果的公示",
             "根据《黄石市国际职业资格比照认定职称目录》，经个人申报、单位推荐、专家审核，孙立新等6名同志"
             "拟比照认定相应职称，现予公示。公示期为2025年9月22日至9月28日。",
             "黄石市人力资源和社会保障局", "2025年9月22日", "附件", "2025年第二批国际职业资格比照认定职称人员名单"]  # fmt: skip
    _page("huangshi", lines, header, body)
    return _page_made("huangshi", "a 公示 of the people recognized (姓名) under a catalog's words, not a catalog")


def xiaogan(tmp: Path) -> list[Made]:
    """An English-language notice for foreign experts, with a table of certificates and talent categories."""
    header = ["No.", "Professional Qualification", "Awarding Body", "Talent Category", "Remarks"]
    body = [["1", "Certified Welding Inspector", "American Welding Society", "Category B", "valid certificate"],
            ["2", "Chartered Engineer (CEng)", "The Institution of Mechanical Engineers (IMechE)", "Category B", ""],
            ["3", "PE Architectural", "National Council of Examiners for Engineering and Surveying", "Category B", ""],
            ["4", "Fellow of the Society of Actuaries", "Society of Actuaries", "Category A", "5 years' experience"]]  # fmt: skip
    lines = ["Xiaogan Municipal Bureau of Science and Technology (Foreign Experts Affairs)",
             "Notice on the Classification of Foreign Talents Holding International Professional Qualifications",
             "To all employers of foreign nationals:",
             "Foreign nationals holding the qualifications listed below may apply for a Work Permit under the "
             "category shown. This list does not confer any Chinese professional title (职称).",
             "Xiaogan Municipal Bureau of Science and Technology", "3 March 2025", "Annex",
             "List of International Professional Qualifications and Talent Categories"]  # fmt: skip
    _page("xiaogan", lines, header, body)
    return _page_made("xiaogan", "an English notice classifying foreign talents (Category A/B), not 职称")


def suizhou(tmp: Path) -> list[Made]:
    """An application form whose labels are a catalog's headings (职业资格名称, 颁证单位, 对应职称 …), blank."""
    table = [["申报人姓名", "", "性别", ""],
             ["工作单位", "", "身份证号码", ""],
             ["职业资格名称", "", "译名", ""],
             ["颁证单位", "", "证书编号", ""],
             ["拟认定职称", "", "所属系列", ""],
             ["单位意见", "", "主管部门意见", ""]]  # fmt: skip
    lines = ["随人社办〔2025〕19号", "关于印发国际职业资格比照认定职称申报表的通知", "各有关单位：",
             "现将《随州市国际职业资格比照认定职称申报表》印发给你们，请申报人如实填写。",
             "随州市人力资源和社会保障局", "2025年7月1日", "附件", "随州市国际职业资格比照认定职称申报表"]  # fmt: skip
    _docx("suizhou-libreoffice", lines, table, (3.0, 5.0, 3.0, 5.0), tmp, after=["填表说明：本表一式三份，A4纸打印。"])
    return _docx_made("suizhou-libreoffice", "a blank application form labelled with a catalog's headings, no rows")


def xianning(tmp: Path) -> list[Made]:
    """A 职称外语 exemption list: international certificates (颁证单位) and the titles they exempt (适用职称)."""
    header = ["序号", "证书名称", "颁证单位", "成绩（等级）要求", "可免试科目", "适用职称"]
    body = [["1", "IELTS (Academic)", "英国文化协会 (British Council)", "6.0分及以上", "职称外语", "高级工程师、工程师"],
            ["2", "TOEFL iBT", "美国教育考试服务中心 (Educational Testing Service)", "80分及以上", "职称外语", "高级工程师、工程师"],
            ["3", "Chartered Engineer (CEng)", "英国工程委员会 (Engineering Council)", "取得证书", "职称外语", "高级工程师"],
            ["4", "Certified Welding Inspector", "美国焊接协会 (American Welding Society)", "取得证书", "职称外语", "工程师"]]  # fmt: skip
    lines = ["咸人社发〔2025〕22号", "关于调整职称评审外语和计算机应用能力要求的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位：",
             "申报职称评审的专业技术人员，取得下列国际证书的，可免于提交职称外语成绩。",
             "咸宁市人力资源和社会保障局", "2025年4月25日", "附件", "可免试职称外语的国际证书目录"]  # fmt: skip
    _docx("xianning-libreoffice", lines, [header, *body], (1.0, 3.8, 4.6, 2.2, 1.8, 3.0), tmp)
    return _docx_made("xianning-libreoffice", "a 职称外语 exemption list (可免试科目, 适用职称), not a catalog")


def ezhou(tmp: Path) -> list[Made]:
    """A 职称 statistics table by 所属系列 and 对应职称 level, counting people (not certificates)."""
    header = ["序号", "所属系列", "对应职称", "国际职业资格比照认定人数", "其中：外籍人员", "同比增长"]
    body = [["1", "机械工程", "高级工程师", "3", "0", "50%"],
            ["2", "机械工程", "工程师", "17", "2", "21%"],
            ["3", "建设工程", "工程师", "24", "1", "9%"],
            ["4", "医药工程", "助理工程师", "8", "0", "—"]]  # fmt: skip
    lines = ["鄂州市人力资源和社会保障局", "2025年1—9月国际职业资格比照认定职称工作情况通报",
             "今年以来，全市累计比照认定职称52人，其中外籍人员3人。分系列情况如下。",
             "鄂州市人力资源和社会保障局", "2025年10月20日"]  # fmt: skip
    _page("ezhou", lines, header, body)
    return _page_made("ezhou", "statistics of recognitions by 所属系列 and 对应职称 (counts), not a catalog")


def laohekou(tmp: Path) -> list[Made]:
    """Added after first contact, to test xiangyang's catch (one title, 三级律师, held that notice
    back): DOMESTIC 职业资格 under a catalog's exact header, every title a recognized 职称, and a
    notice that says 境外 and 国际 only to send foreign qualifications elsewhere. A DOCX."""
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    body = [["1", "一级注册建筑师", "—", "住房和城乡建设部", "高级工程师", "建设工程"],
            ["2", "二级注册建筑师", "—", "湖北省住房和城乡建设厅", "工程师", "建设工程"],
            ["3", "一级注册结构工程师", "—", "住房和城乡建设部", "高级工程师", "建设工程"],
            ["4", "一级建造师", "—", "住房和城乡建设部", "工程师", "建设工程"],
            ["5", "注册安全工程师（中级）", "—", "应急管理部", "工程师", "安全工程"],
            ["6", "二级建造师", "—", "湖北省住房和城乡建设厅", "助理工程师", "建设工程"]]  # fmt: skip
    lines = ["河人社发〔2025〕11号", "关于公布老河口市职业资格与职称对应关系目录的通知",
             "各镇（办事处）人力资源和社会保障服务中心，各有关单位：",
             "根据国家职业资格与职称对应关系有关规定，现将我市目录公布如下。取得境外职业资格的，"
             "按《湖北省国际职业资格比照认定职称目录》执行，不适用本目录。",
             "老河口市人力资源和社会保障局", "2025年9月3日", "附件", "老河口市职业资格与职称对应关系目录"]  # fmt: skip
    _docx("laohekou-libreoffice", lines, [header, *body], (1.0, 4.4, 1.2, 4.6, 2.4, 2.4), tmp)
    return _docx_made("laohekou-libreoffice", "domestic 职业资格 and their 职称 under a catalog's header: nothing international")


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    changsha, zhuzhou, xiangtan, hengyang, yueyang, changde, wuhan, yichang, xiangyang, jingzhou, shiyan,
    huangshi, xiaogan, suizhou, xianning, ezhou, laohekou,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
