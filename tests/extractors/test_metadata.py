"""extractors.metadata on the bundled notices' text (DOCX, HTML, seed) and on texts of our own."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import NoticeMeta, SourceFile
from extractors.docx import read_docx
from extractors.html import read_html
from extractors.metadata import text_to_meta
from extractors.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"  # ../shared beside the checkout, as in CI

WUXI = NoticeMeta(
    doc_number="锡人社职〔2021〕49号",
    city="无锡",
    office="无锡市人力资源和社会保障局",
    notice_title="关于印发《无锡市国际职业资格比照认定 专业技术资格办法（试行）》的通知",
    issue_date="2021-12-13",
    effective_date="2022-01-01",
    batch="第一批",
    catalog_title="无锡市国际职业资格比照认定专业技术资格目录（第一批）",
)
TAIZHOU = NoticeMeta(
    doc_number="泰职办〔2022〕30号",
    city="泰州",
    # The signature above the date, as printed there (full-width brackets; the letterhead has ASCII ones).
    office="泰州市专业技术人员职称（职业资格）工作领导小组办公室",
    notice_title="关于印发《泰州市国际职业资格比照认定专业技术资格办法（试行）》的通知",
    issue_date="2022-10-10",
    effective_date="2022-10-10",  # 自下发之日起执行
    batch="第一批",
    catalog_title="泰州市国际职业资格比照认定专业技术资格目录（第一批）",
)


def _source(path: Path) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


READERS: dict[str, Callable[[str], str]] = {
    "docx": lambda name: read_docx(ROOT / "raw" / f"{name}.docx", _source(ROOT / "raw" / f"{name}.docx")).text,
    "html": lambda name: read_html(ROOT / "raw" / f"{name}.html", _source(ROOT / "raw" / f"{name}.html")).text,
    "pdf": lambda name: read_pdf(ROOT / "raw" / f"{name}.pdf", _source(ROOT / "raw" / f"{name}.pdf")).text,
    "seed": lambda name: (SEEDS / f"{name}.txt").read_text(encoding="utf-8"),
}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize(("name", "expected"), [("wuxi-2021-49", WUXI), ("taizhou-2022-30", TAIZHOU)])
def test_metadata_bundled_notice(name: str, expected: NoticeMeta, reader: str) -> None:
    assert text_to_meta(READERS[reader](name)) == expected


SUZHOU = """苏州市人力资源和社会保障局文件
苏人社发［２０２３］12号
苏州市人力资源和社会保障局关于公布
苏州市国际职业资格比照认定职称目录（第二批）的通知
各市、区人力资源和社会保障局，市各有关单位：
根据《关于深化职称制度改革的意见》（中办发〔2016〕77号），现将目录予以公布。本通知自 二〇二三 年七月一日起施行。
附件：苏州市国际职业资格比照认定职称目录（第二批）
苏州市人力资源和社会保障局
二〇二三年五月十六日
苏州市国际职业资格比照认定职称目录
（第二批）
"""

WEB_PAGE = """首页 > 政策法规 > 关于我们
关于做好2022年度国际职业资格
比照认定工作的通知
发布日期：2022-03-08
各辖市（区）人社局：
根据《关于深化职称制度改革的意见》（中办发〔2016〕77号）精神，现就有关事项通知如下。本通知自印发之日起施行。
常州市人力资源和社会保障局 2022年3月8日
"""

NOT_A_CATALOG = """无锡市人民政府办公室
锡政办发(2023)5号
无锡市人民政府办公室关于做好2023年春节期间安全生产工作的通知
各市（县）、区人民政府，市各委、办、局：
春节将至，为切实做好安全生产工作，现就有关事项通知如下。
无锡市人民政府办公室
2023年1月10日
（此件公开发布）
"""

PREFECTURE = """延边朝鲜族自治州人力资源和社会保障局
延州人社发〔2021〕第8号
关于印发延边州国际职业资格比照认定职称目录的通知
本目录自 2021 年 10 月 1 日起实施。
附件：1.延边州国际职业资格比照认定职称目录
(第三批)
延边朝鲜族自治州人力资源和社会保障局
二○二一年九月三十日
"""

IMPRINT_ONLY = """关于转发苏人社发〔2022〕7号文件的通知
各区人社局：
现将文件转发给你们，请遵照执行。
南京市人力资源和社会保障局办公室 2022年6月1日印发
"""

CASES = [
    (
        SUZHOU,
        NoticeMeta(
            doc_number="苏人社发〔2023〕12号",
            city="苏州",
            office="苏州市人力资源和社会保障局",
            notice_title="苏州市人力资源和社会保障局关于公布苏州市国际职业资格比照认定职称目录（第二批）的通知",
            issue_date="2023-05-16",
            effective_date="2023-07-01",
            batch="第二批",
            catalog_title="苏州市国际职业资格比照认定职称目录（第二批）",
        ),
    ),
    (
        WEB_PAGE,
        NoticeMeta(
            city="常州",
            office="常州市人力资源和社会保障局",
            notice_title="关于做好2022年度国际职业资格比照认定工作的通知",
            issue_date="2022-03-08",
            effective_date="2022-03-08",
        ),
    ),
    (
        NOT_A_CATALOG,
        NoticeMeta(
            doc_number="锡政办发〔2023〕5号",
            city="无锡",
            office="无锡市人民政府办公室",
            notice_title="无锡市人民政府办公室关于做好2023年春节期间安全生产工作的通知",
            issue_date="2023-01-10",
        ),
    ),
    (
        PREFECTURE,
        NoticeMeta(
            doc_number="延州人社发〔2021〕第8号",
            city="延边朝鲜族自治州",
            office="延边朝鲜族自治州人力资源和社会保障局",
            notice_title="关于印发延边州国际职业资格比照认定职称目录的通知",
            issue_date="2021-09-30",
            effective_date="2021-10-01",
            batch="第三批",
            catalog_title="延边州国际职业资格比照认定职称目录(第三批)",
        ),
    ),
    (
        IMPRINT_ONLY,
        NoticeMeta(
            city="南京",
            office="南京市人力资源和社会保障局办公室",
            notice_title="关于转发苏人社发〔2022〕7号文件的通知",
            issue_date="2022-06-01",
        ),
    ),
    ("", NoticeMeta()),
    ("第一条 本办法由市人力资源和社会保障局负责解释。\n二〇二一年十三月四十日", NoticeMeta()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=["other-city", "web-page-no-number", "not-a-catalog", "prefecture", "imprint-only", "empty", "bad-date"],
)
def test_metadata_text_cases(text: str, expected: NoticeMeta) -> None:
    assert text_to_meta(text) == expected


@pytest.mark.parametrize(
    ("office", "title", "city"),
    [
        # no city issues it: the province's or the development zone's, named with its kind
        ("江苏省人力资源和社会保障厅", "关于印发《江苏省国际职业资格比照认定职称目录》的通知", "江苏省"),
        ("广西壮族自治区人力资源和社会保障厅", "关于印发《广西壮族自治区国际职业资格比照认定职称目录》的通知", "广西壮族自治区"),
        ("苏州工业园区党政办公室", "关于发布《苏州工业园区国际职业资格比照认定职称目录（第一批）》的通知", "苏州工业园区"),
        ("海南省人力资源和社会保障厅", "关于印发《海南自由贸易港境外职业资格认可目录》的通知", "海南自由贸易港"),
        # a city first, wherever a province or a zone is named too
        ("上海市浦东新区人力资源和社会保障局", "关于印发《浦东新区国际职业资格比照认定职称目录》的通知", "上海"),
        ("无锡市人力资源和社会保障局", "关于转发《江苏省职称评审管理办法》的通知", "无锡"),
        # the title is all that names it (unseen11's jurong print: office and date inside a layout table)
        ("", "关于公布句容市国际职业资格比照认定职称目录（第一批）的通知", "句容"),
    ],
)
def test_metadata_city_of_a_province_or_zone(office: str, title: str, city: str) -> None:
    text = f"{office}文件\n苏人社发〔2023〕1号\n{title}\n各有关单位：\n现将目录印发。\n{office}\n2023年1月5日"
    assert text_to_meta(text).city == city


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("锡人社职[2021]49号", "锡人社职〔2021〕49号"),
        ("锡人社职（2021）49号", "锡人社职〔2021〕49号"),
        ("锡人社职【2021】第49号", "锡人社职〔2021〕第49号"),
        ("文号：锡人社职 〔 2021 〕 49 号", "锡人社职〔2021〕49号"),
        ("锡人社职〔2021〕49号    签发人：张三", "锡人社职〔2021〕49号"),
    ],
)
def test_metadata_doc_number_variants(line: str, number: str) -> None:
    assert text_to_meta(f"{line}\n关于印发目录的通知").doc_number == number


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("锡人社职〔〕()（）[]年月日号第批自起执行市局关于的通知目录0123456789二〇十一\n ："), max_size=120))
def test_metadata_never_raises_on_odd_text(text: str) -> None:
    meta = text_to_meta(text)
    for value in (meta.issue_date, meta.effective_date):
        assert value == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)


# --- details that a line break cut (issue: metadata across line wraps)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("扬人社发〔2023〕8号\n关于印发《扬州市国际职业资格比照认定职称目录\n（第二批）》的通知\n各县（市、区）人力资源和社会保障局：\n"
         "现将目录印发给你们。\n扬州市人力资源和社会保障局\n2023年5月6日",
         ("扬人社发〔2023〕8号", "关于印发《扬州市国际职业资格比照认定职称目录（第二批）》的通知", "第二批", "2023-05-06",
          "扬州市国际职业资格比照认定职称目录（第二批）")),
        ("镇人社\n发〔2023〕3号\n关于公布镇江市国际职业资格比照认定目录（第一批）的通知\n镇江市人力资源和社会保障局\n2023年1月5日",
         ("镇人社发〔2023〕3号", "关于公布镇江市国际职业资格比照认定目录（第一批）的通知", "第一批", "2023-01-05", "")),
        ("常人社发〔2023〕7号\n关于公布常州市国际职业资格比照认定职称目录（第一批）的通知\n常州市人力资源和社会保障局\n2023年3\n月1日",
         ("常人社发〔2023〕7号", "关于公布常州市国际职业资格比照认定职称目录（第一批）的通知", "第一批", "2023-03-01", "")),
        ("苏人社发〔2023〕12号\n关于印发《苏州市国际职业资格比照认定\n职称目录（第三批）》的通知\n苏州市人力资源和社会保障局\n"
         "二〇二三年六\n月一日",
         ("苏人社发〔2023〕12号", "关于印发《苏州市国际职业资格比照认定职称目录（第三批）》的通知", "第三批", "2023-06-01",
          "苏州市国际职业资格比照认定职称目录（第三批）")),
        # the title wrapped right after 目录: that line is no catalog heading (unseen31's fangchenggang)
        ("防人社发〔2025〕9号\n关于公布防城港市国际职业资格比照认定职称目录\n（第一批）的通知\n各县（市、区）人力资源和社会保障局：\n"
         "附件：防城港市国际职业资格比照认定职称目录（第一批）\n防城港市人力资源和社会保障局\n2025年4月15日",
         ("防人社发〔2025〕9号", "关于公布防城港市国际职业资格比照认定职称目录（第一批）的通知", "第一批", "2025-04-15",
          "防城港市国际职业资格比照认定职称目录（第一批）")),
        # a title over three lines: its middle line `…职称目录` is no catalog title (unseen32's yongzhou)
        ("永人社发〔2025〕12号\n关于公布永州市国际职业资格\n比照认定职称目录\n（第二批）的通知\n各有关单位：\n现予公布。\n"
         "永州市人力资源和社会保障局\n2025年3月12日\n附件\n永州市国际职业资格比照认定职称目录（第二批）",
         ("永人社发〔2025〕12号", "关于公布永州市国际职业资格比照认定职称目录（第二批）的通知", "第二批", "2025-03-12",
          "永州市国际职业资格比照认定职称目录（第二批）")),
        # （试行） after a catalog's title is part of it, and no batch
        ("石高管发〔2025〕9号\n关于印发《石嘴山高新技术产业开发区国际职业资格比照认定职称目录\n（试行）》的通知\n"
         "石嘴山高新技术产业开发区管理委员会\n2025年6月3日\n附件\n石嘴山高新技术产业开发区国际职业资格比照认定职称目录（试行）",
         ("石高管发〔2025〕9号", "关于印发《石嘴山高新技术产业开发区国际职业资格比照认定职称目录（试行）》的通知", "",
          "2025-06-03", "石嘴山高新技术产业开发区国际职业资格比照认定职称目录（试行）")),
        ("无锡市人力资源和社会保障局文件\n锡人社职〔2021〕49号\n关于印发《办法》的通知\n2021年12月13日",
         ("锡人社职〔2021〕49号", "关于印发《办法》的通知", "", "2021-12-13", "")),  # a letterhead is no number's head
    ],
)  # fmt: skip
def test_metadata_read_across_line_wraps(text: str, expected: tuple[str, ...]) -> None:
    meta = text_to_meta(text)
    assert (meta.doc_number, meta.notice_title, meta.batch, meta.issue_date, meta.catalog_title) == expected


def test_an_edition_after_the_catalogs_title_is_part_of_it_and_no_batch() -> None:
    # unseen22's 郑州 catalog is re-issued whole as a yearly edition (…目录（2025年版）): its title is
    # read whole; its batch stays empty (the expectations take 第N批 only: validation held it back)
    meta = text_to_meta("郑人社〔2025〕44号\n关于公布郑州市国际职业资格比照认定职称目录（2025年版）的通知\n"
                        "郑州市人力资源和社会保障局\n2025年6月30日\n附件\n郑州市国际职业资格比照认定职称目录（2025年版）")
    assert (meta.batch, meta.catalog_title) == ("", "郑州市国际职业资格比照认定职称目录（2025年版）")


def test_offices_signing_side_by_side_are_joined_as_offices_one_above_the_other() -> None:
    text = ("张人社发〔2025〕15号\n关于公布张家界市国际职业资格比照认定职称目录（第一批）的通知\n各有关单位：\n现予公布。\n"
            "张家界市人力资源和社会保障局　张家界市科学技术局\n2025年5月8日")
    assert text_to_meta(text).office == "张家界市人力资源和社会保障局、张家界市科学技术局"


def test_an_office_signing_without_a_date_under_it() -> None:
    # a web page's 公告 dated only by its 发布时间: the office line under the body's last sentence (unseen32's linxia)
    text = ("首页 > 公示公告\n临夏州人力资源和社会保障局关于发布国际职业资格比照认定职称目录的公告\n发布时间：2025-08-19 15:40\n"
            "现将目录予以发布。\n特此公告。\n附件：临夏州国际职业资格比照认定职称目录\n临夏州人力资源和社会保障局\n附件")
    meta = text_to_meta(text)
    assert (meta.office, meta.issue_date) == ("临夏州人力资源和社会保障局", "2025-08-19")


@pytest.mark.parametrize(("lines", "catalog_title", "batch"), [
    # the count printed in the catalog title's bracket, wrapped by the PDF before 项 (probe round unseen36: liling)
    (["附件", "醴陵市国际职业资格比照认定职称目录（第二批，共 45", "项）"], "醴陵市国际职业资格比照认定职称目录（第二批，共45项）", "第二批"),
    (["附件", "瑞金市国际职业资格比照认定职称目录（第一批，共30项）"], "瑞金市国际职业资格比照认定职称目录（第一批，共30项）", "第一批"),
    (["附件", "某某市国际职业资格比照认定职称目录（共12项）"], "某某市国际职业资格比照认定职称目录（共12项）", ""),
    # a class and a batch, each in its brackets (probe round unseen38: tongcheng)
    (["附件1", "桐城市国际职业资格比照认定职称目录（工程类）（第一批）"], "桐城市国际职业资格比照认定职称目录（工程类）（第一批）", "第一批"),
    # an edition revised or adjusted (probe round unseen37: jiexiu, shenmu), the PDF's space before 年 not kept
    (["附件", "介休市国际职业资格比照认定职称目录（2025 年调整后）"], "介休市国际职业资格比照认定职称目录（2025年调整后）", ""),
    (["附件", "神木市国际职业资格比照认定职称目录（2025年修订版）"], "神木市国际职业资格比照认定职称目录（2025年修订版）", ""),
    # an attachment of several: its class in brackets; the list's second item is no heading (unseen36: jinchang)
    (["附件：1．金昌市国际职业资格比照认定职称目录（工程类）", "2．金昌市国际职业资格比照认定职称目录（经济类）", "附件1",
      "金昌市国际职业资格比照认定职称目录（工程类）"], "金昌市国际职业资格比照认定职称目录（工程类）", ""),
])  # fmt: skip
def test_a_catalog_title_with_its_count_or_class_in_brackets(lines: list[str], catalog_title: str, batch: str) -> None:
    meta = text_to_meta("\n".join(["关于印发某某文件的通知", "各单位：", *lines]))
    assert (meta.catalog_title, meta.batch) == (catalog_title, batch)


FORWARD = """肥城市人力资源和社会保障局
关于转发《泰安市人力资源和社会保障局关于印发〈泰安市国际职业资格比照认定职称目录（第一批）〉的通知》的通知
各镇人民政府：
现将《…》（泰人社发〔2025〕13号）转发给你们，请认真贯彻执行。
肥城市人力资源和社会保障局
2025年4月2日
关于印发《泰安市国际职业资格比照认定职称目录（第一批）》的通知
泰人社发〔2025〕13号
各县（市、区）人力资源和社会保障局：
泰安市人力资源和社会保障局
2025年3月20日"""


def test_a_forward_takes_a_document_number_from_its_own_letter_only() -> None:
    """The forwarded letter's 文号 is not the forward's (probe round unseen41's feicheng): none printed, none read;
    printed above the forward's title, read."""
    assert text_to_meta(FORWARD).doc_number == ""
    assert text_to_meta("肥人社发〔2025〕7号\n" + FORWARD.split("\n", 1)[1]).doc_number == "肥人社发〔2025〕7号"
    assert text_to_meta(FORWARD).issue_date == "2025-04-02"


def test_a_title_nesting_forwards_over_six_lines_is_read_whole() -> None:
    lines = ["吴忠市利通区人力资源和社会保障局文件", "吴利人社发〔2024〕41 号", "关于转发《吴忠市人力资源和社会保障局",
             "关于转发〈宁夏回族自治区人力资源和", "社会保障厅关于印发", "《宁夏回族自治区国际职业资格比照认定",
             "职称目录（第一批）》的通知〉的通知》", "的通知", "各乡镇人民政府："]  # fmt: skip
    assert text_to_meta("\n".join(lines)).notice_title == (
        "关于转发《吴忠市人力资源和社会保障局关于转发〈宁夏回族自治区人力资源和社会保障厅关于印发《宁夏回族自治区国际职业"
        "资格比照认定职称目录（第一批）》的通知〉的通知》的通知")


def test_a_title_without_the_space_a_pdf_sets_between_digits_and_chinese() -> None:
    meta = text_to_meta("关于转发《红河州人力资源和社会保障局关于做好 2025 年度职称评审工作的通知》的通知\n各单位：")
    assert meta.notice_title == "关于转发《红河州人力资源和社会保障局关于做好2025年度职称评审工作的通知》的通知"


@pytest.mark.parametrize("lines", [
    ["附件：凭祥市《区域全面经济伙伴关系协定》成员国国际职业资", "格比照认定职称目录（第一批）"],
    ["附件", "凭祥市《区域全面经济伙伴关系协定》成员国国际职业资格", "比照认定职称目录（第一批）"],
])  # fmt: skip
def test_a_catalog_title_quoting_a_name_and_wrapped_is_read_whole(lines: list[str]) -> None:
    assert text_to_meta("\n".join(lines)).catalog_title == "凭祥市《区域全面经济伙伴关系协定》成员国国际职业资格比照认定职称目录（第一批）"


def test_a_line_above_that_holds_a_catalog_title_of_its_own_is_no_head_of_the_next() -> None:
    lines = ["张家港市国际职业资格比照认定职称目录（第一批）填报说明", "张家港市国际职业资格比照认定职称目录（第一批）"]
    assert text_to_meta("\n".join(lines)).catalog_title == "张家港市国际职业资格比照认定职称目录（第一批）"
