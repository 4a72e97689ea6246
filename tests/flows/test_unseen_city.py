"""`catalog run` on notices it has never seen: other cities, wording, headings, issuer layouts,
merged cells and PDF producers, plus a government notice that is not a catalog.

The documents are written here (python-docx, LibreOffice, Chromium) from the rows below; the
test asserts that what is published equals what was written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from docx import Document as new_docx
from docx.shared import Cm

from tests.flows.test_catalog_flow import run_cli
from tests.make_documents import (
    DocxLayout,
    chromium_to_pdf,
    has_chromium,
    has_soffice,
    soffice_to_pdf,
    write_catalog_docx,
    write_catalog_html,
)

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# `catalog run` is done once, not once per worker.
pytestmark = [pytest.mark.skipif(not (has_soffice() and has_chromium()), reason="needs LibreOffice and Chromium"),
              pytest.mark.xdist_group("unseen-city-run")]

CHANGZHOU_TEXT = """常州市人力资源和社会保障局
常人社发〔2023〕88号
关于公布常州市第二批国际职业资格比照认定职称目录的通知
各辖市（区）人力资源和社会保障局，市各有关单位：
为进一步畅通国际人才职称评价渠道，现将《常州市国际职业资格比照认定职称目录（第二批）》予以公布，自2023年7月1日起施行。
附件：常州市国际职业资格比照认定职称目录（第二批）
常州市人力资源和社会保障局
2023年6月15日
附件
常州市国际职业资格比照认定职称目录（第二批）"""

CHANGZHOU_HEADER = ("序号", "国际职业资格名称", "中文译名", "发证机构", "国别", "比照认定职称", "职称系列")
CHANGZHOU_ROWS = (
    ("1", "Heat Treating", "热处理技师", "ASM International (美国材料信息协会)", "美国", "工程师", "冶金工程"),
    ("2", "Thermal Spray", "热喷涂师", "ASM International (美国材料信息协会)", "美国", "工程师", "冶金工程"),
    ("3", "Industriemechaniker/-in", "工业设备机械师", "DIHK 德国工商大会", "德国", "助理工程师", "机械工程"),
    ("4", "Kraftfahrzeugmechatroniker/-in", "机动车机械电子技师", "DIHK 德国工商大会", "德国", "助理工程师", "机械工程"),
    ("5", "Chartered Engineer (CEng)", "特许机械工程师", "英国机械工程师学会（IMechE）", "英国", "工程师", "机械工程"),
    ("6", "International Certified Mechanical Engineer (ICME)", "国际注册机械工程师",
     "Institute of Mechanical Engineers (IME)", "美国", "工程师", "机械工程"),
    ("7", "PE Mechanical: Thermal and Fluids Systems", "美国注册热流体系统工程师", "NCEES", "美国", "工程师", "机械工程"),
    ("8", "AIChE Member", "美国化学工程师协会会员", "美国化学工程师协会（AIChE）", "美国", "工程师", "石油化工工程"),
    ("9", "NACE CIP Level 2", "NACE 二级涂装检验师", "NACE International", "美国", "助理工程师", "石油化工工程"),
)  # fmt: skip
# The issuer each row must land on; a provisional id (issx-…) sent to review is also acceptable,
# a different registry id never is.
CHANGZHOU_ISSUERS = ("iss-asm", "iss-asm", "iss-dihk", "iss-dihk", "iss-imeche", "iss-ime", "iss-ncees", "iss-aiche", "iss-nace")

SUZHOU_HEADER = ("序号", "职业资格名称", "译名", "颁证单位（国家）", "对应职称", "所属系列")
SUZHOU_ROWS = (
    ("1", "Certified Welding Inspector", "注册焊接检验师", "美国焊接协会 (American Welding Society)", "工程师", "机械工程"),
    ("2", "Associate (AssocRICS)", "技术会员", "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)",
     "助理工程师", "建设工程"),
    ("3", "Member (MRICS)", "专业会员", "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)", "工程师", "建设工程"),
    ("4", "Fellowship (CText FTI)", "纺织学会会士", "国际纺织学会 (Textile Institute)", "工程师", "纺织工程"),
)  # fmt: skip
SUZHOU_INTRO = """苏州市人力资源和社会保障局文件
苏人社职〔2024〕7号
关于发布苏州市国际职业资格比照认定职称目录（第三批）的通知
各有关单位：
现将《苏州市国际职业资格比照认定职称目录（第三批）》印发给你们，自印发之日起施行。
苏州市人力资源和社会保障局
2024年3月8日
苏州市国际职业资格比照认定职称目录（第三批）"""

# A province's notice: no city issues it (before, it was held back: "no city found in the notice's text")
JIANGSU_INTRO = """江苏省人力资源和社会保障厅文件
苏人社发〔2024〕30号
关于印发江苏省国际职业资格比照认定职称目录的通知
各设区市人力资源和社会保障局，省各有关单位：
现将《江苏省国际职业资格比照认定职称目录》印发给你们，请遵照执行。
江苏省人力资源和社会保障厅
2024年5月20日
江苏省国际职业资格比照认定职称目录"""
JIANGSU_ROWS = (
    ("1", "Certified Welding Inspector", "注册焊接检验师", "美国焊接协会 (American Welding Society)", "工程师", "机械工程"),
    ("2", "Fellowship (CText FTI)", "纺织学会会士", "国际纺织学会 (Textile Institute)", "高级工艺美术师", "工艺美术"),
)  # fmt: skip

NOT_A_CATALOG = """无锡市人力资源和社会保障局
锡人社发〔2023〕15号
关于公布2022年度无锡市工程系列中级职称评审结果的通知
各有关单位：
经评审委员会评审，下列同志具备工程师专业技术资格，现予公布。
无锡市人力资源和社会保障局
2023年2月1日"""


def write_changzhou(folder: Path) -> None:
    layout = DocxLayout(landscape=True, font_pt=9, col_widths_cm=(1.2, 4.0, 3.2, 4.6, 1.6, 2.4, 2.6),
                        merge_columns=(4, 5, 6), intro=CHANGZHOU_TEXT)  # fmt: skip
    docx = write_catalog_docx(folder / "changzhou-notice.docx", CHANGZHOU_HEADER, CHANGZHOU_ROWS, layout)
    pdf_dir = folder / "pdf"
    pdf_dir.mkdir()
    shutil.move(soffice_to_pdf(docx, pdf_dir), folder / "changzhou-notice.pdf")
    pdf_dir.rmdir()


def write_suzhou(folder: Path, scratch: Path) -> None:
    html = write_catalog_html(scratch / "suzhou.html", SUZHOU_HEADER, SUZHOU_ROWS, css="td:nth-child(2){width:14%}")
    text = "".join(f"<p>{line}</p>" for line in SUZHOU_INTRO.splitlines())
    html.write_text(html.read_text(encoding="utf-8").replace("<p>附件</p><p>国际职业资格比照认定职称目录</p>", text), encoding="utf-8")
    chromium_to_pdf(html, folder / "suzhou-2024-7.pdf")


def write_jiangsu(folder: Path) -> None:
    html = write_catalog_html(folder / "jiangsu-2024-30.html", SUZHOU_HEADER, JIANGSU_ROWS)
    text = "".join(f"<p>{line}</p>" for line in JIANGSU_INTRO.splitlines())
    html.write_text(html.read_text(encoding="utf-8").replace("<p>附件</p><p>国际职业资格比照认定职称目录</p>", text), encoding="utf-8")


def write_results_notice(folder: Path) -> None:
    doc = new_docx()
    for line in NOT_A_CATALOG.splitlines():
        doc.add_paragraph(line)
    table = doc.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for row, values in zip(table.rows, (("序号", "姓名", "工作单位", "评审通过职称"), ("1", "张三", "无锡某公司", "工程师"),
                                        ("2", "李四", "无锡某研究院", "工程师"))):  # fmt: skip
        for cell, value in zip(row.cells, values):
            cell.text = value
            cell.width = Cm(3)
    doc.save(str(folder / "results-2023.docx"))


def write_list_page(folder: Path) -> None:
    """A bureau web page with a generic list table (名称 | 单位 | 级别), not a catalog."""
    rows = "".join(f"<tr><td>{i}</td><td>{name}</td><td>{unit}</td><td>{level}</td></tr>"
                   for i, (name, unit, level) in enumerate([("职称评审服务站", "市人才中心", "市级"),
                                                            ("继续教育基地", "某职业技术学院", "省级")], start=1))  # fmt: skip
    (folder / "list-page.html").write_text(
        "<html><head><meta charset='utf-8'><title>常州市人力资源和社会保障局</title></head><body>"
        "<p>关于公布2023年度专业技术人员继续教育基地名单的通知</p>"
        f"<table border='1'><tr><th>序号</th><th>名称</th><th>单位</th><th>级别</th></tr>{rows}</table>"
        "<p>常州市人力资源和社会保障局</p><p>2023年9月1日</p></body></html>",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    work = tmp_path_factory.mktemp("unseen")
    raw, scratch = work / "raw", work / "scratch"
    raw.mkdir()
    scratch.mkdir()
    write_changzhou(raw)
    write_suzhou(raw, scratch)
    write_jiangsu(raw)
    write_results_notice(raw)
    write_list_page(raw)
    result = run_cli("run", "--raw", str(raw), "--curated", str(work / "curated"), home=work)
    return work, result


def read(work: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(work / "curated" / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_unseen_city_rows_published_exactly(run: tuple[Path, object]) -> None:
    work, result = run
    assert result.returncode == 0, result.stdout + result.stderr  # type: ignore[attr-defined]
    entries = read(work, "entries.csv")
    changzhou = entries[entries["city"] == "常州"]
    columns = ["seq", "qualification", "qualification_zh", "issuer", "country", "title", "series"]
    expected = [list(r) for r in CHANGZHOU_ROWS]
    for row in expected:
        row[4] = {"美国": "US", "德国": "DE", "英国": "GB"}[row[4]]  # the 国别 column, as ISO codes
    assert changzhou[columns].values.tolist() == expected
    suzhou = entries[entries["city"] == "苏州"]
    assert suzhou[["seq", "qualification", "qualification_zh", "issuer", "title", "series"]].values.tolist() == [
        list(r) for r in SUZHOU_ROWS
    ]


def test_unseen_city_metadata_and_one_notice_per_number(run: tuple[Path, object]) -> None:
    work, _ = run
    notices = read(work, "notices.csv").set_index("city")
    changzhou = notices.loc["常州"]
    assert (changzhou["doc_number"], changzhou["batch"], changzhou["issue_date"], changzhou["effective_date"]) == (
        "常人社发〔2023〕88号", "第二批", "2023-06-15", "2023-07-01")  # fmt: skip
    assert changzhou["formats"] == "pdf;docx"
    suzhou = notices.loc["苏州"]
    assert (suzhou["doc_number"], suzhou["batch"], suzhou["effective_date"]) == ("苏人社职〔2024〕7号", "第三批", "2024-03-08")
    assert "无锡" not in notices.index  # the results notice is not a catalog
    # a province's notice is the province's, named with its kind; it grants a title of 工艺美术
    assert notices.loc["江苏省", "doc_number"] == "苏人社发〔2024〕30号"
    entries = read(work, "entries.csv")
    jiangsu = entries[entries["city"] == "江苏省"]
    assert jiangsu[["seq", "qualification", "qualification_zh", "issuer", "title", "series"]].values.tolist() == [
        list(r) for r in JIANGSU_ROWS
    ]


def test_unseen_city_issuers_never_merged_wrongly(run: tuple[Path, object]) -> None:
    work, _ = run
    entries = read(work, "entries.csv")
    changzhou = entries[entries["city"] == "常州"]
    for issuer_id, expected in zip(changzhou["issuer_id"], CHANGZHOU_ISSUERS):
        assert issuer_id == expected or issuer_id.startswith("issx-"), (issuer_id, expected)
    matched = sum(i == e for i, e in zip(changzhou["issuer_id"], CHANGZHOU_ISSUERS))
    assert matched >= 7, changzhou[["issuer", "issuer_id", "issuer_match"]].to_string()


def test_unseen_city_non_catalog_recorded_not_published(run: tuple[Path, object]) -> None:
    work, _ = run
    rejected = read(work, "rejected.csv")
    for name in ("results-2023.docx", "list-page.html"):
        assert rejected.loc[rejected["file"] == name, "step"].tolist() == ["find-catalog"], name
    assert read(work, "disagreements.csv").empty
