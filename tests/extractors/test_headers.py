from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized
from core.model import SourceFile
from extractors.headers import header_to_column, lacks_the_name, missing_required, row_to_columns
from extractors.html import read_html
from extractors.tables import document_to_catalog
from tests.notices import load_truth

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("序号", "seq"),
        ("序 号", "seq"),
        ("职业资格名称", "qualification"),
        ("国际职业资格名称", "qualification"),
        ("资格名称", "qualification"),
        ("证书名称", "qualification"),
        ("译名", "qualification_zh"),
        ("中文名称", "qualification_zh"),
        ("中文译名", "qualification_zh"),
        # one heading over the name and its 译名 in one cell: the qualification's (extractors/bilingual.py)
        ("职业资格名称及译名", "qualification"),
        ("证书名称/译名", "qualification"),
        ("资格名称（含译名）", "qualification"),
        ("职业资格名称（中英文）", "qualification"),
        ("中英文名称", "qualification"),
        ("颁证单位", "issuer"),
        ("颁证单位（国家）", "issuer"),
        ("颁发国家", "country"),  # a country column before the issuer's (found by probing: 61 issuers were countries)
        ("发证国家", "country"),
        ("所属国家（地区）", "country"),
        ("颁证单位(国家)", "issuer"),
        ("认证机构", "issuer"),
        ("发证机构", "issuer"),
        ("发证国家", "country"),
        ("国别", "country"),
        ("对应职称", "title"),
        ("可认定专业技术资格", "title"),
        ("可认定专业技\n术资格", "title"),
        ("比照认定职称", "title"),
        ("所属系列", "series"),
        ("所属系列（专业）", "series"),
        ("所属系列(专业)", "series"),
        ("职称系列", "series"),
        ("专业", "series"),
        ("职称专业", "series"),  # the title's field, not the title
        ("评审专业", "series"),
        ("对应专业技术职务", "title"),  # the title by its older name, not a 专业
        ("可比照认定的专业技术职务", "title"),
        ("对应专业技术职务任职资格", "title"),
        ("项次", "seq"),
        ("发证组织", "issuer"),
        ("发证日期", None),
        ("Qualification", "qualification"),
        ("Professional Qualification", "qualification"),  # 25 letters: English headings are longer
        ("Corresponding Professional Title", "title"),
        ("Certification Body", "issuer"),
        ("Issued by", "issuer"),
        ("S/N", "seq"),
        ("备注", None),
        ("姓 名", None),
        ("", None),
    ],
)
def test_header_to_column_variants(heading: str, column: str | None) -> None:
    assert header_to_column(heading) == column


def test_row_to_columns_catalog_header() -> None:
    cells = ("序号", "职业资格名称", "译名", "颁证单位（国家）", "对应职称", "所属系列")
    assert row_to_columns(cells) == ("seq", "qualification", "qualification_zh", "issuer", "title", "series")


def test_row_to_columns_form_is_not_a_header() -> None:
    assert row_to_columns(("姓 名", "", "性 别", "", "联系电话", "")) is None
    assert row_to_columns(("职业资格译名\n及目录序号", "", "", "", "取得时间", "")) is None


def test_row_to_columns_extra_column_kept_unmapped() -> None:
    columns = row_to_columns(("序号", "资格名称", "认证机构", "发证国家", "可认定专业技术资格", "备注"))
    assert columns == ("seq", "qualification", "issuer", "country", "title", None)


def test_missing_required_names_the_gap() -> None:
    assert missing_required(("seq", "qualification", "qualification_zh", "title", "series")) == ("issuer",)


def test_row_to_columns_generic_list_is_not_a_catalog() -> None:
    assert row_to_columns(("序号", "名称", "单位", "级别")) is None
    assert row_to_columns(("序号", "姓名", "工作单位", "评审通过职称")) is None


def test_row_to_columns_generic_name_with_catalog_words_is_a_header() -> None:
    assert row_to_columns(("序号", "名称", "译名", "颁证机构", "对应职称")) == (
        "seq", "qualification", "qualification_zh", "issuer", "title")  # fmt: skip


@pytest.mark.parametrize(
    "header",
    [
        ("序号", "姓名", "工作单位", "国际职业资格名称", "比照认定职称", "所属系列"),
        ("序号", "申报人", "单位", "职业资格证书名称", "发证机构", "认定职称"),
        ("No.", "Name of applicant", "Employer", "Qualification", "Issuing body", "Title"),
    ],
)
def test_headers_a_list_of_people_is_no_catalog(header: tuple[str, ...]) -> None:
    # Found by probing (bench/probe_variants.py docx-NC-people-list-wx): a notice listing the
    # people whose qualifications were recognized published its 61 rows as catalog entries,
    # their employers as issuers.
    assert row_to_columns(header) is None


@pytest.mark.parametrize(
    "header",
    [
        ("序号", "申请人", "所在单位", "持有国际职业资格", "颁证机构", "比照认定职称"),
        ("序号", "获证人员（签名）", "证书名称", "颁证机构", "对应职称"),
        ("序号", "持证人", "职业资格名称", "发证机构", "认定职称"),
    ],
)
def test_headers_people_named_by_role_are_no_catalog(header: tuple[str, ...]) -> None:
    # Found by the unseen9 probe (tests/fixtures/unseen9/renyuan-*): a list of the people
    # recognized under a catalog, headed 申请人 | 所在单位, published its rows as entries.
    assert row_to_columns(header) is None


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (("序号", "国际职业资格证书名称", "英文名称", "发证机构", "可比照认定的职称"),
         ("seq", "qualification_zh", "qualification", "issuer", "title")),
        (("序号", "英文名称", "证书名称", "发证机构", "对应职称"),
         ("seq", "qualification", "qualification_zh", "issuer", "title")),
        (("序号", "资格名称", "外文名称", "译名", "颁证单位", "对应职称"),  # a 译名 column: the second name stays extra
         ("seq", "qualification", None, "qualification_zh", "issuer", "title")),
        (("序号", "证书名称", "资格名称", "颁证单位", "对应职称"),  # neither says English: as before
         ("seq", "qualification", None, "issuer", "title")),
    ],
)  # fmt: skip
def test_headers_english_name_column_is_the_qualification(
    header: tuple[str, ...], columns: tuple[str | None, ...]
) -> None:
    # Found by the unseen9 probe (tests/fixtures/unseen9/lianyungang-*): 国际职业资格证书名称
    # (the Chinese name) before 英文名称 published the Chinese names as qualifications and no 译名.
    assert row_to_columns(header) == columns


def test_a_notice_headed_in_older_words_reads_its_titles_and_series(tmp_path: Path) -> None:
    # 无锡's page with 对应职称 printed 对应专业技术职务 (the title's older name) and 所属系列 printed
    # 职称专业: before, the first was taken for the series and the notice had no title column.
    page = (ROOT / "raw" / "wuxi-2021-49.html").read_text(encoding="utf-8")
    page = page.replace("<th>对应职称</th>", "<th>对应专业技术职务</th>").replace("<th>所属系列</th>", "<th>职称专业</th>")
    path = tmp_path / "wuxi.html"
    path.write_text(page, encoding="utf-8")
    catalog = document_to_catalog(read_html(path, SourceFile(path=path.name, sha256="0" * 64, size=len(page))))
    truth = load_truth("wuxi-2021-49")
    assert catalog.header == ("序号", "职业资格名称", "译名", "颁证单位（国家）", "对应专业技术职务", "职称专业")
    assert [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog.rows] == [
        tuple(row) for row in truth["rows"]
    ]



def test_a_list_of_jobs_and_their_requirements_is_no_catalog() -> None:
    # Twentieth session (unseen21 wanning-jinque.html): a 紧缺人才需求目录 had been read as a catalog,
    # its 岗位名称 as the qualification and 职称要求 as the title, and published
    assert row_to_columns(["序号", "岗位名称", "所需证书", "发证机构", "职称要求", "产业领域"]) is None
    assert row_to_columns(["序号", "证书名称", "发证机构", "对应职称", "学历要求"]) is None
    assert row_to_columns(["序号", "招聘职位", "职业资格", "颁证单位", "对应职称"]) is None
    # a catalog's own headings stay one
    assert row_to_columns(["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]) is not None


def test_headers_unseen35_wordings() -> None:
    # a bracket naming both languages: both names in one cell (威海), read as the qualification
    assert row_to_columns(("序号", "国际职业资格证书（英文/中文）", "颁发机构", "认定职称", "职称系列")) == (
        "seq", "qualification", "issuer", "title", "series")  # fmt: skip
    # 序 alone is the 序号 (河源); not inside another heading
    assert header_to_column("序") == "seq" and header_to_column("顺序") is None
    # a grouping column (类别: 一、二 …) before 所属专业: the stronger heading is the series (衡水)
    assert row_to_columns(("类别", "序号", "证书名称（英文）", "证书中文名称", "颁证单位", "对应职称", "所属专业", "备注")) == (
        None, "seq", "qualification", "qualification_zh", "issuer", "title", "series", None)  # fmt: skip


def test_headers_a_catalog_header_without_a_name_heading_is_held_back_not_no_catalog() -> None:
    # a Chinese-name, an issuer and a title heading and no name heading the reader knows: the
    # notice is held back with its headings (HeaderNotRecognized), never read as "no catalog"
    assert lacks_the_name(("序号", "Credential", "中文名称", "颁发机构", "认定职称"))
    assert not lacks_the_name(("序号", "姓名", "中文名", "工作单位", "认定职称"))  # people
    assert not lacks_the_name(("序号", "职业资格名称", "译名", "颁证单位", "对应职称"))  # a whole header


def test_a_catalog_whose_name_heading_is_unknown_is_held_back(tmp_path: Path) -> None:
    # 无锡's page with its name heading in words the reader does not know and 译名 as 中文名称: the
    # document is held back with its headings, not answered "no catalog" (which exits 0, rows missing)
    page = (ROOT / "raw" / "wuxi-2021-49.html").read_text(encoding="utf-8")
    page = page.replace("<th>职业资格名称</th>", "<th>Credential</th>").replace("<th>译名</th>", "<th>中文名称</th>")
    path = tmp_path / "wuxi.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(HeaderNotRecognized, match=r"lacks qualification \(its headings: 序号 \| Credential \| 中文名称"):
        document_to_catalog(read_html(path, SourceFile(path=path.name, sha256="0" * 64, size=len(page))))


def test_a_header_wrapped_after_xu_is_read_whole(tmp_path: Path) -> None:
    # 序 | 号 over two header rows, the other headings whole above: since 序 alone reads as 序号
    # (unseen35), the row above names every column, and the row below had been read as a first row
    # of the catalog (序号 号, every field empty)
    page = (ROOT / "raw" / "wuxi-2021-49.html").read_text(encoding="utf-8")
    page = page.replace("<tr><th>序号</th>", "<tr><th>序</th>", 1).replace(
        "<th>所属系列</th></tr>", "<th>所属系列</th></tr><tr><th>号</th><th></th><th></th><th></th><th></th><th></th></tr>", 1)
    path = tmp_path / "wuxi.html"
    path.write_text(page, encoding="utf-8")
    catalog = document_to_catalog(read_html(path, SourceFile(path=path.name, sha256="0" * 64, size=len(page))))
    truth = load_truth("wuxi-2021-49")
    assert [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog.rows] == [
        tuple(row) for row in truth["rows"]]  # fmt: skip
