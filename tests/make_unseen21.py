"""Regenerate tests/fixtures/unseen21: a twelfth blind probe round, of look-alikes only.

    .venv/bin/python tests/make_unseen21.py              # every document
    .venv/bin/python tests/make_unseen21.py sanya        # only these

Real kinds of government notices with a catalog-like table that are NOT catalogs of international
qualifications recognized as 职称, each a whole notice (文号, title, addressees, intro, annex title, a
table of 8-25 rows, closing words, bureau, date), kinds unseen17 did not have or had only in a smaller
form (Guangxi, Hainan and the Hengqin zone):

    nanning-mulu-libreoffice.docx/.pdf   an extract of the 国家职业资格目录 as a region implements it
                                (序号 | 职业资格名称 | 实施部门（单位）| 资格类别 | 设定依据), 20 DOMESTIC
                                qualifications, the notice saying they may be matched to 职称.
    haikou-qingdan.html / -chromium.pdf  a 海南自由贸易港 境外职业资格证书认可清单 for practice and work permits
                                (序号 | 证书名称 | 发证机构 | 国家（地区）| 可从事的职业 | 备注): 16 real
                                foreign certificates (RICS, CIOB, IMechE, AWS, PMI, ACCA, CFA …), no 职称.
    hengqin-gangao.docx         the 公示 of a 港澳专业人才职称评价: PEOPLE (姓名 | 工作单位 | 现有资格 |
                                评价专业 | 认定职称 | 评价方式), Hong Kong and Macao qualifications.
    yulin-jineng.html           社会培训评价组织 职业技能等级认定 备案目录 (序号 | 职业编码 | 职业（工种）|
                                等级 | 评价机构 | 备案号), some of the organisations foreign firms' China arms.
    beihai-pingwei-libreoffice.docx/.pdf 职称评审委员会 备案 (评委会名称 | 评审专业 | 评审层级 | 组建单位 |
                                备案编号), one of them the 国际职业资格比照认定 评委会.
    sanya-jinque.html / -chromium.pdf    a 紧缺人才开发目录 (产业领域 | 岗位名称 | 专业要求 | 学历要求 |
                                职称或职业资格要求 | 紧缺程度): "具有PMP证书或中级及以上职称".
    qinzhou-xueshi-libreoffice.docx/.pdf continuing-education hours for international certificates in a
                                catalog's own layout (序号 | 证书名称 | 译名 | 颁证单位 | 可折算学时 |
                                所属系列): the 对应职称 column is hours.
    wuzhou-pici.html / -chromium.pdf     a notice that ANNOUNCES its 第八批 catalog, whose page holds only the
                                link to the attachment and a table of the batches published so far
                                (序号 | 批次 | 文号 | 发布日期 | 条目数 | 涉及系列): the catalog is not in it.

Added after first contact (so not blind: made knowing that sanya-jinque was refused only for lacking an
issuer column, its 岗位名称 read as the qualification and 职称或职业资格要求 as the title):

    danzhou-jinque-libreoffice.docx/.pdf a 紧缺人才需求目录 whose posts name the certificate wanted AND its
                                发证机构 (序号 | 岗位名称 | 专业要求 | 职称或职业资格要求 | 发证机构 |
                                紧缺程度): every required column of a catalog's header is there.
    wenchang-jinque.html / -chromium.pdf  the same kind with the certificate and the 职称 wanted apart (序号 |
                                岗位名称 | 所需证书 | 发证机构 | 职称要求 | 产业领域), the 职称要求 a plain
                                职称 (工程师, 高级会计师): read as a catalog, nothing is out of place in a row.
    wanning-jinque.html / -chromium.pdf   wenchang's kind with the certificates named in Chinese only (英国特许
                                工程师, 注册焊接检验师 …), so no column of Latin names is left unread.

DOCX by python-docx (zip dates and core properties pinned as tests/make_unseen19.py does), printed by
LibreOffice; pages printed by Chromium; every print pinned and packed (tests/make_producers.py
pack_pinned, qpdf). Beside each document, <stem>.truth.json, written before the pipeline ever read the
document: {"catalog": false, "why": ...}: nothing may be published from it.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import CSS, Made, T, W, html_page, html_table, no_catalog, pick, th_row  # noqa: E402
from make_unseen19 import _pin_zip  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen21"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here (make_unseen19 set it to its own)


def _docx(stem: str, lines: Sequence[str], table: Sequence[Sequence[str]], widths: Sequence[float], tmp: Path,
          after: Sequence[str] = (), landscape: bool = False, pdf: bool = True) -> None:  # fmt: skip
    """A DOCX of the notice's lines, one table (header first), lines after it, and its LibreOffice print."""
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, table, widths, after, landscape)
    _pin_zip(src)
    if pdf:
        pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _page(stem: str, lines: Sequence[str], header: Sequence[str], body: Sequence[Sequence[str]], tmp: Path,
          after: Sequence[str] = (), pdf: bool = True, css: str = CSS, before: str = "") -> None:  # fmt: skip
    src = OUT / f"{stem}.html"
    tables = [before, html_table(th_row(header), body)]
    if after:
        tables.append("".join(f"<p>{html.escape(line)}</p>\n" for line in after))
    src.write_text(html_page(lines, tables, css), encoding="utf-8")
    if pdf:
        chromium_pinned(src, OUT / f"{stem}-chromium.pdf", tmp)


def _made(stem: str, why: str, pdf_stem: str = "") -> list[Made]:
    truth = no_catalog(why)
    return [Made(stem, truth), *([Made(pdf_stem, truth)] if pdf_stem else [])]


def _numbered(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    return [[str(i), *row] for i, row in enumerate(rows, start=1)]


def nanning(tmp: Path) -> list[Made]:
    """An extract of the 国家职业资格目录 (专业技术人员职业资格) with the region's 实施部门: domestic only."""
    rows = [
        ("教师资格", "教育部", "准入类", "《中华人民共和国教师法》《教师资格条例》"),
        ("注册消防工程师", "应急管理部（国家消防救援局）、人力资源社会保障部", "准入类", "《中华人民共和国消防法》《注册消防工程师制度暂行规定》"),
        ("法律职业资格", "司法部", "准入类", "《中华人民共和国法官法》《中华人民共和国检察官法》《中华人民共和国律师法》《中华人民共和国公证法》"),
        ("注册会计师", "财政部", "准入类", "《中华人民共和国注册会计师法》"),
        ("民用核安全设备无损检验人员资格", "国家核安全局", "准入类", "《民用核安全设备监督管理条例》"),
        ("注册验船师", "交通运输部、人力资源社会保障部", "准入类", "《中华人民共和国船舶和海上设施检验条例》"),
        ("医生资格", "国家卫生健康委、国家中医药局", "准入类", "《中华人民共和国医师法》"),
        ("注册建筑师", "住房城乡建设部、人力资源社会保障部", "准入类", "《中华人民共和国建筑法》《中华人民共和国注册建筑师条例》"),
        ("监理工程师", "住房城乡建设部、交通运输部、水利部、人力资源社会保障部", "准入类", "《中华人民共和国建筑法》《建设工程质量管理条例》"),
        ("建造师", "住房城乡建设部、人力资源社会保障部", "准入类", "《中华人民共和国建筑法》《建设工程质量管理条例》"),
        ("注册安全工程师", "应急管理部、人力资源社会保障部", "准入类", "《中华人民共和国安全生产法》"),
        ("执业药师", "国家药监局、人力资源社会保障部", "准入类", "《中华人民共和国药品管理法》"),
        ("专利代理师", "国家知识产权局", "准入类", "《专利代理条例》"),
        ("注册测绘师", "自然资源部、人力资源社会保障部", "准入类", "《中华人民共和国测绘法》"),
        ("会计专业技术资格", "财政部、人力资源社会保障部", "水平评价类", "《中华人民共和国会计法》《会计专业职务试行条例》"),
        ("翻译专业资格", "中国外文局、人力资源社会保障部", "水平评价类", "《翻译专业资格（水平）考试暂行规定》"),
        ("社会工作者职业资格", "民政部、人力资源社会保障部", "水平评价类", "《社会工作者职业水平评价暂行规定》"),
        ("经济专业技术资格", "人力资源社会保障部", "水平评价类", "《经济专业技术资格规定》"),
        ("计算机技术与软件专业技术资格", "工业和信息化部、人力资源社会保障部", "水平评价类", "《计算机技术与软件专业技术资格（水平）考试暂行规定》"),
        ("卫生专业技术资格", "国家卫生健康委、人力资源社会保障部", "水平评价类", "《卫生技术人员职务试行条例》"),
    ]  # fmt: skip
    header = ["序号", "职业资格名称", "实施部门（单位）", "资格类别", "设定依据"]
    lines = ["桂人社发〔2025〕14号", "关于公布广西壮族自治区专业技术人员职业资格实施目录的通知",
             "各市人力资源和社会保障局，自治区直属各有关单位：",
             "根据《人力资源社会保障部关于颁布国家职业资格目录（2021年版）的公告》，现将我区实施的专业技术人员职业资格"
             "及其实施部门（单位）予以公布。目录之外一律不得许可和认定职业资格。专业技术人员取得目录内职业资格的，"
             "可按国家有关规定对应相应层级职称，并可作为申报高一级职称的条件。",
             "广西壮族自治区人力资源和社会保障厅", "2025年3月6日",
             "附件", "广西壮族自治区专业技术人员职业资格实施目录（摘录）"]  # fmt: skip
    after = ["注：本目录摘录国家职业资格目录中的专业技术人员职业资格，技能人员职业资格另行公布。"]
    _docx("nanning-mulu-libreoffice", lines, [header, *_numbered(rows)], (1.0, 4.2, 4.4, 1.8, 5.6), tmp, after)
    return _made(
        "nanning-mulu-libreoffice", "an extract of the 国家职业资格目录: domestic 职业资格 and their 实施部门, no 职称"
    )


def haikou(tmp: Path) -> list[Made]:
    """A 海南自由贸易港 境外职业资格证书认可清单: foreign certificates recognized for practice and work
    permits (可从事的职业), no 职称 anywhere."""
    rows = [
        ("Member of the Royal Institution of Chartered Surveyors (MRICS)", "英国皇家特许测量师学会（RICS）", "英国", "工程造价咨询、房地产估价", ""),
        ("Chartered Member of the Chartered Institute of Building (MCIOB)", "英国皇家特许建造学会（CIOB）", "英国", "建筑施工管理", ""),
        ("Chartered Engineer (CEng)", "英国机械工程师学会（IMechE）", "英国", "机械工程设计、咨询", "须在英国工程委员会注册"),
        ("Certified Welding Inspector (CWI)", "美国焊接协会（AWS）", "美国", "焊接质量检验", ""),
        ("Project Management Professional (PMP)", "美国项目管理协会（PMI）", "美国", "项目管理", ""),
        ("ACCA Member", "特许公认会计师公会（ACCA）", "英国", "会计、财务管理", "不得从事法定审计业务"),
        ("Chartered Financial Analyst (CFA)", "CFA协会（CFA Institute）", "美国", "投资分析、资产管理", ""),
        ("Certified Public Accountant", "香港会计师公会（HKICPA）", "中国香港", "会计、税务咨询", ""),
        ("Registered Architect", "香港建筑师注册管理局（ARB）", "中国香港", "建筑设计", "须办理执业备案"),
        ("Chartered Professional Engineer (CPEng)", "澳大利亚工程师协会（Engineers Australia）", "澳大利亚", "土木工程设计", ""),
        ("Professional Engineer (PE)", "新加坡专业工程师局（PEB）", "新加坡", "结构设计", "须办理执业备案"),
        ("一級建築士", "日本国土交通省", "日本", "建筑设计", "须办理执业备案"),
        ("Certified Internal Auditor (CIA)", "国际内部审计师协会（IIA）", "美国", "内部审计", ""),
        ("Certified Management Accountant (CMA)", "美国管理会计师协会（IMA）", "美国", "管理会计", ""),
        ("Registered Nurse", "澳大利亚护理和助产委员会（NMBA）", "澳大利亚", "护理", "限在博鳌乐城国际医疗旅游先行区执业"),
        ("Yachtmaster Offshore", "英国皇家游艇协会（RYA）", "英国", "游艇驾驶", "限海南自由贸易港水域"),
    ]  # fmt: skip
    header = ["序号", "证书名称", "发证机构", "国家（地区）", "可从事的职业", "备注"]
    lines = ["琼人社发〔2025〕47号", "关于印发《海南自由贸易港认可的境外职业资格证书清单（2025年版）》的通知",
             "各市、县、自治县人力资源和社会保障局，省直各有关单位，各重点园区管理机构：",
             "为促进境外专业人才便利执业，根据《海南自由贸易港境外人员执业管理办法》，省人力资源和社会保障厅会同有关部门"
             "对认可的境外职业资格证书清单进行了调整。持有清单内证书的境外人员，经备案后可在海南自由贸易港内从事相应职业，"
             "其证书可作为申办外国人工作许可、工作类居留许可的专业资质证明。",
             "海南省人力资源和社会保障厅", "2025年6月18日", "附件", "海南自由贸易港认可的境外职业资格证书清单（2025年版）"]  # fmt: skip
    after = ["注：清单实行动态调整，证书须在有效期内。"]
    _page("haikou-qingdan", lines, header, _numbered(rows), tmp, after)
    return _made("haikou-qingdan", "境外职业资格证书认可清单 for practice and work permits (可从事的职业), no 职称",
                 "haikou-qingdan-chromium")  # fmt: skip


def hengqin(tmp: Path) -> list[Made]:
    """The 公示 of a 港澳专业人才职称评价: people, their Hong Kong / Macao qualification and the 职称 recognized."""
    people = [
        ("陈家豪", "横琴某某建设工程有限公司", "香港工程师学会正式会员（MHKIE，土木界别）", "建设工程", "高级工程师", "直接认定"),
        ("黄嘉欣", "横琴某某会计师事务所", "香港会计师公会会员（HKICPA）", "会计", "高级会计师", "考核认定"),
        ("李志伟", "珠海某某设计院有限公司", "香港注册专业工程师（结构）", "建设工程", "高级工程师", "直接认定"),
        ("梁咏诗", "横琴某某建筑设计有限公司", "香港注册建筑师", "建设工程", "高级工程师", "直接认定"),
        ("何俊杰", "横琴某某工程咨询有限公司", "香港注册专业测量师（工料测量）", "建设工程", "工程师", "直接认定"),
        ("吴婉婷", "澳门某某医疗中心（横琴）", "澳门注册护士", "护理", "主管护师", "考核认定"),
        ("张子健", "横琴某某机电工程有限公司", "澳门注册机电工程师", "机械工程", "工程师", "考核认定"),
        ("林晓彤", "横琴某某规划设计有限公司", "香港注册专业规划师", "城乡规划", "高级工程师", "直接认定"),
        ("郑浩然", "横琴某某科技有限公司", "香港工程师学会正式会员（MHKIE，电子界别）", "电子信息", "工程师", "直接认定"),
        ("罗颖琳", "横琴某某金融服务有限公司", "香港财务策划师学会认可财务策划师（CFP）", "经济", "经济师", "考核认定"),
        ("谢文轩", "澳门某某土木工程有限公司（横琴分公司）", "澳门注册土木工程师", "建设工程", "工程师", "考核认定"),
        ("冯凯琪", "横琴某某药业有限公司", "香港注册药剂师", "药学", "主管药师", "考核认定"),
        ("区伟明", "横琴某某建设监理有限公司", "香港注册专业工程师（屋宇装备）", "建设工程", "高级工程师", "直接认定"),
        ("麦家乐", "横琴某某环保科技有限公司", "香港工程师学会正式会员（MHKIE，环境界别）", "环保工程", "工程师", "直接认定"),
    ]  # fmt: skip
    header = ["序号", "姓名", "工作单位", "现有资格", "评价专业", "认定职称", "评价方式"]
    lines = ["琴人社公示〔2025〕9号", "关于横琴粤澳深度合作区2025年度港澳专业人才职称评价结果的公示",
             "根据《广东省港澳专业人才职称评价管理办法》，经个人申报、单位审核、专家评议，陈家豪等14名港澳专业人才"
             "拟认定相应职称，现予公示。公示期为2025年8月11日至8月17日。对公示人员有异议的，请在公示期内以书面形式反映。",
             "联系电话：0756-8868XXX", "横琴粤澳深度合作区经济发展局", "2025年8月11日",
             "附件", "2025年度港澳专业人才职称评价拟认定人员名单"]  # fmt: skip
    _docx("hengqin-gangao", lines, [header, *_numbered(people)], (1.0, 1.4, 4.0, 4.4, 1.6, 1.8, 1.6), tmp, pdf=False)
    return _made("hengqin-gangao", "a 港澳专业人才职称评价 公示 of people (姓名 | 现有资格 | 认定职称), not a catalog")


def yulin(tmp: Path) -> list[Made]:
    """A 社会培训评价组织 职业技能等级认定 备案目录: 职业（工种）| 等级 | 评价机构 | 备案号."""
    rows = [
        ("6-31-01-03", "电工", "五级/初级工至三级/高级工", "施耐德电气（中国）有限公司", "S000045090001"),
        ("6-31-01-03", "电工", "二级/技师、一级/高级技师", "施耐德电气（中国）有限公司", "S000045090001"),
        ("6-18-02-04", "焊工", "五级/初级工至二级/技师", "玉林某某焊接技术培训学校", "S000045090002"),
        ("6-30-99-00", "工业机器人系统操作员", "四级/中级工至二级/技师", "ABB（中国）有限公司", "S000045090003"),
        ("6-31-07-01", "工业机器人系统运维员", "四级/中级工至二级/技师", "ABB（中国）有限公司", "S000045090003"),
        ("6-18-01-01", "车工", "五级/初级工至三级/高级工", "玉柴某某职业技能培训中心", "S000045090004"),
        ("6-18-01-07", "多工序数控机床操作调整工", "四级/中级工至一级/高级技师", "西门子（中国）有限公司", "S000045090005"),
        ("4-12-01-01", "汽车维修工", "五级/初级工至二级/技师", "博世汽车服务技术（中国）有限公司", "S000045090006"),
        ("6-22-02-01", "内燃机装配调试工", "五级/初级工至二级/技师", "广西玉柴机器股份有限公司", "S000045090007"),
        ("4-01-06-01", "电子商务师", "五级/初级工至三级/高级工", "玉林某某电子商务职业培训学校", "S000045090008"),
        ("4-10-01-02", "育婴员", "五级/初级工至三级/高级工", "玉林某某家政服务职业培训学校", "S000045090009"),
        ("4-14-01-02", "中药炮制工", "五级/初级工至二级/技师", "玉林某某制药集团有限责任公司", "S000045090010"),
        ("6-25-01-02", "化学合成制药工", "五级/初级工至三级/高级工", "玉林某某制药集团有限责任公司", "S000045090010"),
        ("4-04-05-03", "数据库运行管理员", "四级/中级工至二级/技师", "甲骨文（中国）软件系统有限公司", "S000045090011"),
        ("4-04-04-01", "信息通信网络运行管理员", "四级/中级工至二级/技师", "思科系统（中国）网络技术有限公司", "S000045090012"),
        ("4-03-02-01", "中式烹调师", "五级/初级工至一级/高级技师", "玉林某某烹饪职业培训学校", "S000045090013"),
        ("4-07-05-04", "物流服务师", "四级/中级工至二级/技师", "玉林某某物流集团有限公司", "S000045090014"),
        ("4-10-04-01", "保健按摩师", "五级/初级工至三级/高级工", "玉林某某中医药职业培训学校", "S000045090015"),
    ]  # fmt: skip
    header = ["序号", "职业编码", "职业（工种）", "等级", "评价机构", "备案号"]
    lines = ["玉人社函〔2025〕63号", "关于公布玉林市第三批社会培训评价组织职业技能等级认定备案目录的通知",
             "各县（市、区）人力资源和社会保障局，各有关单位：",
             "根据《人力资源社会保障部关于健全完善新时代技能人才职业技能等级制度的意见（试行）》和自治区有关规定，经申报、"
             "审核和公示，现将第三批社会培训评价组织及其职业技能等级认定职业（工种）目录予以公布。备案机构颁发的职业技能等级"
             "证书纳入人才统计，可按规定享受职业技能提升补贴。",
             "玉林市人力资源和社会保障局", "2025年7月21日", "附件", "玉林市第三批社会培训评价组织职业技能等级认定备案目录"]  # fmt: skip
    _page("yulin-jineng", lines, header, _numbered(rows), tmp, pdf=False)
    return _made("yulin-jineng", "社会培训评价组织 职业技能等级认定 备案目录 (技能等级, 评价机构), not 职称")


def beihai(tmp: Path) -> list[Made]:
    """A 职称评审委员会 备案 list, one of them the 国际职业资格比照认定 评委会."""
    rows = [
        ("北海市工程系列建设工程专业中级职称评审委员会", "建筑工程、市政工程、工程造价、工程监理", "中级", "北海市住房和城乡建设局", "桂职评备〔2025〕501号"),
        ("北海市工程系列电子信息专业中级职称评审委员会", "电子、通信、计算机", "中级", "北海市工业和信息化局", "桂职评备〔2025〕502号"),
        ("北海市工程系列国际职业资格比照认定职称评审委员会", "工程系列各专业（国际职业资格比照认定）", "初级、中级", "北海市人力资源和社会保障局", "桂职评备〔2025〕503号"),
        ("北海市工程系列海洋工程专业中级职称评审委员会", "海洋工程、港口航道", "中级", "北海市海洋局", "桂职评备〔2025〕504号"),
        ("北海市农业系列中级职称评审委员会", "农学、畜牧兽医、水产", "中级", "北海市农业农村局", "桂职评备〔2025〕505号"),
        ("北海市卫生系列中级职称评审委员会", "临床医学、护理、药学、医技", "中级", "北海市卫生健康委员会", "桂职评备〔2025〕506号"),
        ("北海市中小学教师中级职称评审委员会", "中小学各学科", "中级", "北海市教育局", "桂职评备〔2025〕507号"),
        ("北海市经济系列中级职称评审委员会", "工商管理、金融、人力资源", "中级", "北海市人力资源和社会保障局", "桂职评备〔2025〕508号"),
        ("北海市会计系列中级职称评审委员会", "会计", "中级", "北海市财政局", "桂职评备〔2025〕509号"),
        ("北海市文物博物系列中级职称评审委员会", "文物、博物馆", "中级", "北海市文化广电体育和旅游局", "桂职评备〔2025〕510号"),
        ("北海职业学院高校教师职称评审委员会", "高等职业学校教师", "中级、副高级", "北海职业学院", "桂职评备〔2025〕511号"),
        ("北海市工艺美术系列中级职称评审委员会", "贝雕、角雕、坭兴陶", "中级", "北海市工业和信息化局", "桂职评备〔2025〕512号"),
    ]  # fmt: skip
    header = ["序号", "评委会名称", "评审专业", "评审层级", "组建单位", "备案编号"]
    lines = ["北人社发〔2025〕26号", "关于公布2025年度北海市职称评审委员会备案情况的通知",
             "各县（区）人力资源和社会保障局，市直各单位：",
             "根据《职称评审管理暂行规定》（人力资源社会保障部令第40号），经自治区人力资源和社会保障厅核准备案，"
             "现将我市2025年度职称评审委员会备案情况予以公布。各评审委员会应严格在核准的评审专业和层级内开展评审，"
             "备案有效期三年。国际职业资格比照认定职称申报，由北海市工程系列国际职业资格比照认定职称评审委员会受理。",
             "北海市人力资源和社会保障局", "2025年4月15日", "附件", "2025年度北海市职称评审委员会备案名单"]  # fmt: skip
    _docx("beihai-pingwei-libreoffice", lines, [header, *_numbered(rows)], (1.0, 5.2, 4.4, 1.6, 3.6, 2.8), tmp,
          landscape=True)  # fmt: skip
    return _made("beihai-pingwei-libreoffice", "a 职称评审委员会 备案 list (评审专业, 评审层级), not a catalog")


def sanya(tmp: Path) -> list[Made]:
    """A 紧缺人才开发目录: posts whose requirement is 'an international certificate OR a 职称'."""
    rows = [
        ("旅游业", "酒店总经理", "酒店管理、旅游管理", "本科及以上", "具有CHA（美国饭店业协会注册饭店高级职业经理人）证书或高级经济师职称", "非常紧缺"),
        ("旅游业", "收益管理经理", "统计学、经济学", "本科及以上", "具有CRME证书或经济师及以上职称", "紧缺"),
        ("旅游业", "游艇船长", "航海技术", "大专及以上", "持有RYA Yachtmaster Offshore或海事局游艇驾驶证", "非常紧缺"),
        ("现代服务业", "项目经理", "工程管理、项目管理", "本科及以上", "具有PMP证书或中级及以上职称", "紧缺"),
        ("现代服务业", "财务总监", "会计学、财务管理", "本科及以上", "具有ACCA、CPA资格或高级会计师职称", "非常紧缺"),
        ("现代服务业", "内部审计经理", "审计学、会计学", "本科及以上", "具有CIA证书或审计师及以上职称", "紧缺"),
        ("现代服务业", "投资分析师", "金融学、经济学", "硕士及以上", "具有CFA证书或经济师（金融）及以上职称", "紧缺"),
        ("现代服务业", "造价咨询工程师", "工程造价", "本科及以上", "持有RICS会员资格、一级造价工程师或高级工程师职称", "紧缺"),
        ("高新技术产业", "焊接质量工程师", "材料成型及控制工程", "大专及以上", "持有AWS CWI证书或工程师及以上职称", "一般紧缺"),
        ("高新技术产业", "机械设计工程师", "机械工程", "本科及以上", "持有IMechE CEng或工程师及以上职称", "一般紧缺"),
        ("高新技术产业", "数据中心运维工程师", "计算机科学与技术", "本科及以上", "具有CCIE证书或工程师及以上职称", "紧缺"),
        ("高新技术产业", "南繁育种研究员", "作物遗传育种", "硕士及以上", "具有农艺师及以上职称", "非常紧缺"),
        ("热带特色高效农业", "热带水果采后处理技术员", "食品科学与工程", "大专及以上", "具有助理农艺师及以上职称", "一般紧缺"),
        ("医疗健康", "国际医疗协调员", "护理学、临床医学", "本科及以上", "持有境外注册护士资格或主管护师职称", "紧缺"),
        ("医疗健康", "康复治疗师", "康复治疗学", "本科及以上", "具有康复医学治疗技术中级职称", "紧缺"),
        ("航天航空", "飞机维修工程师", "飞行器动力工程", "本科及以上", "持有EASA Part-66或CAAC维修执照", "非常紧缺"),
        ("航天航空", "遥感数据处理工程师", "遥感科学与技术", "硕士及以上", "具有工程师及以上职称", "紧缺"),
        ("会展业", "国际会展项目总监", "会展经济与管理", "本科及以上", "具有CEM（国际展览与项目协会注册会展经理）证书或经济师职称", "一般紧缺"),
    ]  # fmt: skip
    header = ["序号", "产业领域", "岗位名称", "专业要求", "学历要求", "职称或职业资格要求", "紧缺程度"]
    lines = ["三人才办发〔2025〕5号", "关于印发《三亚市2025年度重点产业紧缺人才开发目录》的通知",
             "各区委人才工作领导小组，市直各单位，各重点园区：",
             "为精准引进我市重点产业发展急需紧缺人才，现将《三亚市2025年度重点产业紧缺人才开发目录》印发给你们。"
             "用人单位引进目录内人才的，可按规定申请引才补贴；目录内人才可享受住房、子女入学等服务保障。",
             "中共三亚市委人才发展局", "2025年2月27日", "附件", "三亚市2025年度重点产业紧缺人才开发目录"]  # fmt: skip
    _page("sanya-jinque", lines, header, _numbered(rows), tmp)
    return _made("sanya-jinque", "a 紧缺人才开发目录 of posts (职称或职业资格要求: 'PMP或中级职称'), not a catalog",
                 "sanya-jinque-chromium")  # fmt: skip


def qinzhou(tmp: Path) -> list[Made]:
    """Continuing-education hours for international certificates, laid out like a catalog: 序号 | 证书名称 |
    译名 | 颁证单位 | 可折算学时 | 所属系列 (the series in a catalog's words, hours where the 职称 stands)."""
    picked = pick(W, 4, 10, 19, 22, 25, 28, 31, 37, 46, 49, 58) + pick(T, 1, 22, 46)
    hours = ["42", "60", "90", "60", "90", "42", "42", "60", "42", "42", "30", "60", "42", "90"]
    body = [[q, z, iss, h, f"工程系列（{se}）"] for (q, z, iss, _t, se), h in zip(picked, hours)]
    header = ["序号", "证书名称", "译名", "颁证单位", "可折算学时", "所属系列"]
    lines = ["钦人社发〔2025〕31号", "关于国际职业资格证书折算专业技术人员继续教育学时的通知",
             "各县（区）人力资源和社会保障局，市直各单位，中国（广西）自由贸易试验区钦州港片区管委会：",
             "根据《专业技术人员继续教育规定》（人力资源社会保障部令第25号），专业技术人员在当年度取得或续期下列国际职业"
             "资格证书的，可按下表折算继续教育专业科目学时，计入当年度继续教育学时，不再重复计算。折算学时作为职称申报、"
             "岗位聘用的继续教育依据。",
             "钦州市人力资源和社会保障局", "2025年5月12日", "附件", "国际职业资格证书折算继续教育学时目录"]  # fmt: skip
    after = ["注：同一证书每个年度只折算一次；折算学时不超过当年度专业科目应修学时。"]
    _docx("qinzhou-xueshi-libreoffice", lines, [header, *_numbered(body)], (1.0, 4.2, 3.2, 4.6, 1.6, 2.6), tmp, after)
    return _made("qinzhou-xueshi-libreoffice",
                 "continuing-education hours (可折算学时) for international certificates in a catalog's layout, no 职称")  # fmt: skip


def wuzhou(tmp: Path) -> list[Made]:
    """A notice that announces its 第八批 catalog: the page holds the attachment's LINK and a table of the
    batches published so far; the catalog itself is not in it."""
    rows = [
        ("第一批", "梧人社发〔2019〕22号", "2019年6月14日", "36", "建设工程、机械工程"),
        ("第二批", "梧人社发〔2020〕9号", "2020年4月3日", "28", "电子信息工程、石油化工工程"),
        ("第三批", "梧人社发〔2020〕41号", "2020年11月20日", "19", "医药工程、环保工程"),
        ("第四批", "梧人社发〔2021〕17号", "2021年5月28日", "24", "冶金工程、纺织工程"),
        ("第五批", "梧人社发〔2022〕12号", "2022年4月8日", "31", "建设工程、机械工程、电子信息工程"),
        ("第六批", "梧人社发〔2023〕20号", "2023年6月2日", "17", "经济、会计"),
        ("第七批", "梧人社发〔2024〕15号", "2024年5月17日", "22", "医药工程、农业"),
        ("第八批", "梧人社发〔2025〕18号", "2025年6月6日", "23", "建设工程、机械工程、冶金工程"),
    ]  # fmt: skip
    header = ["序号", "批次", "文号", "发布日期", "条目数", "涉及系列"]
    lines = ["梧人社发〔2025〕18号", "关于公布梧州市国际职业资格比照认定职称目录（第八批）的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为进一步畅通国际化人才职称评价渠道，经征求有关行业主管部门和专家意见，现将《梧州市国际职业资格比照认定职称目录"
             "（第八批）》予以公布，自公布之日起施行。取得目录内国际职业资格的专业技术人员，可按规定申请比照认定相应职称。"
             "目录全文见附件，历次公布的目录继续有效，发布情况汇总如下。",
             "梧州市人力资源和社会保障局", "2025年6月6日"]  # fmt: skip
    link = ("<p>附件：<a href='/uploadfiles/2025/06/wzrsf2025-18-fj1.pdf'>梧州市国际职业资格比照认定职称目录（第八批）.pdf</a>"
            "（点击下载，共23项）</p>\n<p>梧州市国际职业资格比照认定职称目录历次发布情况汇总</p>\n")  # fmt: skip
    after = ["注：第一批至第七批目录全文见本网站“政策文件”栏目，条目数以各批次文件为准。"]
    _page("wuzhou-pici", lines, header, _numbered(rows), tmp, after, before=link)
    return _made("wuzhou-pici", "announces a catalog but holds only the attachment's link and a table of batches",
                 "wuzhou-pici-chromium")  # fmt: skip


def danzhou(tmp: Path) -> list[Made]:
    """Added after first contact: a 紧缺人才需求目录 naming, for each post, the certificate wanted and its
    发证机构, so that its header has a qualification (岗位名称), a title (职称或职业资格要求) and an issuer."""
    rows = [
        ("项目经理", "工程管理、项目管理", "具有PMP证书或工程师及以上职称", "美国项目管理协会（PMI）", "紧缺"),
        ("财务总监", "会计学、财务管理", "具有ACCA资格或高级会计师职称", "特许公认会计师公会（ACCA）", "非常紧缺"),
        ("投资分析师", "金融学", "具有CFA证书或经济师（金融）及以上职称", "CFA协会（CFA Institute）", "紧缺"),
        ("内部审计经理", "审计学", "具有CIA证书或审计师及以上职称", "国际内部审计师协会（IIA）", "一般紧缺"),
        ("造价咨询工程师", "工程造价", "持有MRICS资格或高级工程师职称", "英国皇家特许测量师学会（RICS）", "紧缺"),
        ("施工总监", "土木工程", "持有MCIOB资格或高级工程师职称", "英国皇家特许建造学会（CIOB）", "一般紧缺"),
        ("焊接质量工程师", "材料成型及控制工程", "持有CWI证书或工程师及以上职称", "美国焊接协会（AWS）", "一般紧缺"),
        ("机械设计工程师", "机械工程", "持有CEng资格或工程师及以上职称", "英国机械工程师学会（IMechE）", "一般紧缺"),
        ("绿色建筑咨询师", "建筑学、建筑环境与能源应用工程", "持有LEED AP证书或工程师及以上职称", "美国绿色建筑委员会（USGBC）", "紧缺"),
        ("防腐检验工程师", "材料科学与工程", "持有NACE CIP证书或工程师及以上职称", "美国腐蚀工程师学会（NACE International）", "一般紧缺"),
        ("网络架构师", "计算机科学与技术", "具有CCIE证书或高级工程师职称", "思科系统公司（Cisco）", "紧缺"),
        ("酒店总经理", "酒店管理", "具有CHA证书或高级经济师职称", "美国饭店业协会教育学院（AHLEI）", "非常紧缺"),
    ]  # fmt: skip
    header = ["序号", "岗位名称", "专业要求", "职称或职业资格要求", "发证机构", "紧缺程度"]
    lines = ["儋人社发〔2025〕12号", "关于发布《儋州市洋浦经济开发区2025年度紧缺人才需求目录》的通知",
             "各镇人民政府，市直各单位，洋浦经济开发区各有关企业：",
             "为做好重点产业急需紧缺人才引进工作，现将《儋州市洋浦经济开发区2025年度紧缺人才需求目录》予以发布。"
             "用人单位引进目录内岗位人才的，可按规定申请引才补贴，引进人才可享受人才住房保障。职业资格要求中的"
             "证书须在有效期内，其发证机构见目录。",
             "儋州市人力资源和社会保障局", "2025年3月20日", "附件", "儋州市洋浦经济开发区2025年度紧缺人才需求目录"]  # fmt: skip
    _docx("danzhou-jinque-libreoffice", lines, [header, *_numbered(rows)], (1.0, 3.0, 3.4, 4.8, 4.6, 1.6), tmp)
    return _made("danzhou-jinque-libreoffice",
                 "a 紧缺人才需求目录 of posts (岗位名称, 职称或职业资格要求, the certificate's 发证机构), not a catalog")  # fmt: skip


def wenchang(tmp: Path) -> list[Made]:
    """Added after first contact: a 紧缺人才需求目录 whose posts give the certificate wanted, its 发证机构 and
    the 职称 wanted in separate columns (岗位名称 | 所需证书 | 发证机构 | 职称要求 | 产业领域)."""
    rows = [
        ("火箭总装工艺工程师", "Chartered Engineer (CEng)", "英国机械工程师学会（IMechE）", "高级工程师", "航天"),
        ("卫星测控工程师", "Chartered Engineer (CEng)", "英国工程技术学会（IET）", "工程师", "航天"),
        ("航天器结构设计工程师", "PE Mechanical", "美国国家工程与测量考试委员会（NCEES）", "工程师", "航天"),
        ("发射场焊接质量工程师", "Certified Welding Inspector (CWI)", "美国焊接协会（AWS）", "工程师", "航天"),
        ("商业航天项目经理", "Project Management Professional (PMP)", "美国项目管理协会（PMI）", "高级工程师", "航天"),
        ("遥感数据分析师", "Certified Mapping Scientist", "美国摄影测量与遥感学会（ASPRS）", "工程师", "航天"),
        ("热带农业育种研究员", "Certified Crop Adviser (CCA)", "美国农学会（ASA）", "高级农艺师", "热带农业"),
        ("椰子深加工工艺工程师", "Certified Food Scientist (CFS)", "美国食品科技学会（IFT）", "工程师", "热带农业"),
        ("国际旅游度假区财务经理", "ACCA Member", "特许公认会计师公会（ACCA）", "会计师", "旅游业"),
        ("度假区投资总监", "Chartered Financial Analyst (CFA)", "CFA协会（CFA Institute）", "高级经济师", "旅游业"),
        ("度假区工程造价经理", "Member (MRICS)", "英国皇家特许测量师学会（RICS）", "高级工程师", "旅游业"),
        ("绿色建筑设计师", "LEED AP BD+C", "美国绿色建筑委员会（USGBC）", "工程师", "旅游业"),
        ("海洋工程防腐工程师", "NACE CIP Level 2", "美国腐蚀工程师学会（NACE International）", "工程师", "海洋产业"),
        ("游艇维修技术主管", "Yachtmaster Offshore", "英国皇家游艇协会（RYA）", "工程师", "海洋产业"),
    ]  # fmt: skip
    header = ["序号", "岗位名称", "所需证书", "发证机构", "职称要求", "产业领域"]
    lines = ["文人社发〔2025〕8号", "关于发布《文昌市2025年度重点产业紧缺人才需求目录》的通知",
             "各镇人民政府，市政府直属各单位，文昌国际航天城管理局，各有关企业：",
             "为服务国际航天城和自由贸易港建设，现将《文昌市2025年度重点产业紧缺人才需求目录》予以发布。用人单位引进"
             "目录内岗位人才，且人才具备所列证书和职称条件的，可按规定申请引才补贴和安家费。",
             "文昌市人力资源和社会保障局", "2025年4月9日", "附件", "文昌市2025年度重点产业紧缺人才需求目录"]  # fmt: skip
    after = ["注：所需证书与职称要求具备其一即可；证书须在有效期内。"]
    _page("wenchang-jinque", lines, header, _numbered(rows), tmp, after)
    return _made("wenchang-jinque", "a 紧缺人才需求目录 of posts (岗位名称 | 所需证书 | 发证机构 | 职称要求), not a catalog",
                 "wenchang-jinque-chromium")  # fmt: skip


def wanning(tmp: Path) -> list[Made]:
    """Added after first contact: wenchang's kind (岗位名称 | 所需证书 | 发证机构 | 职称要求 | 产业领域) with the
    certificates named in Chinese only."""
    rows = [
        ("酒店工程总监", "英国特许工程师", "英国机械工程师学会（IMechE）", "高级工程师", "旅游业"),
        ("度假区机电工程师", "英国特许工程师", "英国工程技术学会（IET）", "工程师", "旅游业"),
        ("度假区工程造价经理", "英国皇家特许测量师", "英国皇家特许测量师学会（RICS）", "高级工程师", "旅游业"),
        ("绿色建筑设计师", "LEED绿色建筑认证专家", "美国绿色建筑委员会（USGBC）", "工程师", "旅游业"),
        ("酒店集团财务经理", "特许公认会计师", "特许公认会计师公会（ACCA）", "会计师", "旅游业"),
        ("文旅项目投资总监", "特许金融分析师", "CFA协会（CFA Institute）", "高级经济师", "旅游业"),
        ("文旅项目经理", "项目管理专业人士", "美国项目管理协会（PMI）", "工程师", "旅游业"),
        ("冲浪赛事运营经理", "国际冲浪教练", "国际冲浪协会（ISA）", "经济师", "体育产业"),
        ("游艇维修技术主管", "离岸游艇船长", "英国皇家游艇协会（RYA）", "工程师", "海洋产业"),
        ("海洋工程防腐工程师", "二级涂装检验师", "美国腐蚀工程师学会（NACE International）", "工程师", "海洋产业"),
        ("钢结构焊接质量工程师", "注册焊接检验师", "美国焊接协会（AWS）", "工程师", "海洋产业"),
        ("槟榔深加工工艺工程师", "注册食品科学家", "美国食品科技学会（IFT）", "工程师", "热带农业"),
        ("热带作物育种研究员", "注册作物顾问", "美国农学会（ASA）", "高级农艺师", "热带农业"),
    ]  # fmt: skip
    header = ["序号", "岗位名称", "所需证书", "发证机构", "职称要求", "产业领域"]
    lines = ["万人社发〔2025〕10号", "关于发布《万宁市2025年度重点产业紧缺人才需求目录》的通知",
             "各镇人民政府、兴隆华侨农场，市政府直属各单位，各有关企业：",
             "为加快建设国际旅游消费中心和冲浪之都，现将《万宁市2025年度重点产业紧缺人才需求目录》予以发布。用人单位"
             "引进目录内岗位人才，且人才具备所列证书或职称条件的，可按规定申请引才补贴和安家费。",
             "万宁市人力资源和社会保障局", "2025年5月8日", "附件", "万宁市2025年度重点产业紧缺人才需求目录"]  # fmt: skip
    after = ["注：所需证书与职称要求具备其一即可；证书须在有效期内。"]
    _page("wanning-jinque", lines, header, _numbered(rows), tmp, after)
    return _made("wanning-jinque", "a 紧缺人才需求目录 of posts (岗位名称 | 所需证书 | 发证机构 | 职称要求), not a catalog",
                 "wanning-jinque-chromium")  # fmt: skip


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    nanning, haikou, hengqin, yulin, beihai, sanya, qinzhou, wuzhou, danzhou, wenchang, wanning,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
