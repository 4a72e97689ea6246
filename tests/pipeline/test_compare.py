"""Compare cities: a third city of our own (扬州) lists two of 无锡's qualifications, one with
another title, and one of 泰州's; the comparison, the terminal view and the reports are exact."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from catalog.cli import main
from core.errors import UserError
from normalize.decisions import Decisions
from normalize.registry import load_registry
from pipeline.compare import compare_cities, comparison_frame
from pipeline.ingest import file_to_result
from pipeline.publish import publish, render
from pipeline.release import results_to_release
from tests.make_documents import DocxLayout, write_catalog_docx
from tests.notices import RAW, load_truth

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# publishing is done once, not once per worker.
pytestmark = pytest.mark.xdist_group("compare-curated")

HEADER = ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列")
WUXI, TAIZHOU = load_truth("wuxi-2021-49")["rows"], load_truth("taizhou-2022-30")["rows"]
YANGZHOU_ROWS = (
    ("1", *WUXI[0][1:4], "高级工程师", WUXI[0][5]),  # Associate Constructor: 工程师 in 无锡, 高级工程师 here
    ("2", *WUXI[2][1:]),  # CLARB Certification, the same title as 无锡
    ("3", *TAIZHOU[0][1:]),  # ACRP-PM, the same title as 泰州
)
INTRO = ("扬州市人力资源和社会保障局\n扬人社发〔2024〕9号\n关于公布扬州市国际职业资格比照认定职称目录（第一批）的通知\n"
         "扬州市人力资源和社会保障局\n2024年3月15日\n扬州市国际职业资格比照认定职称目录（第一批）")  # fmt: skip


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two bundled notices (their DOCX) and 扬州, published in-process."""
    work = tmp_path_factory.mktemp("compare")
    raw = work / "raw"
    raw.mkdir()
    for name in ("wuxi-2021-49.docx", "taizhou-2022-30.docx"):
        (raw / name).write_bytes((RAW / name).read_bytes())
    write_catalog_docx(raw / "yangzhou.docx", HEADER, YANGZHOU_ROWS, DocxLayout(intro=INTRO))
    results = [file_to_result(path, raw) for path in sorted(raw.iterdir())]
    release = results_to_release(results, load_registry(), Decisions())
    publish(render(release.tables), {}, work / "curated")
    return work / "curated"


def published(curated: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(curated / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_comparison_one_row_per_qualification_and_conflicts(curated: Path) -> None:
    table = published(curated, "comparison.csv")
    entries = published(curated, "entries.csv")
    assert list(table.columns) == ["qualification_id", "qualification", "qualification_zh", "issuer_id", "series",
                                   "扬州", "无锡", "泰州", "conflict", "cities"]  # fmt: skip
    assert len(table) == entries["qualification_id"].nunique() == 94  # 扬州 adds no new qualification
    shared = table[table["扬州"] != ""].sort_values("qualification")
    assert shared[["qualification", "扬州", "无锡", "泰州", "conflict"]].values.tolist() == [
        ["ACRP-PM (ACRP Project Manager)", "工程师", "", "工程师", "false"],
        ["Associate Constructor", "高级工程师", "工程师", "", "true"],
        ["CLARB Certification", "工程师", "工程师", "", "false"],
    ]
    assert table["conflict"].tolist().count("true") == 1


def test_comparison_frame_counts_two_titles_in_one_city_as_a_conflict() -> None:
    entries = pd.DataFrame({"qualification_id": ["q1", "q1"], "qualification": ["X", "X"], "qualification_zh": ["", ""],
                            "issuer_id": ["i", "i"], "series": ["s", "s"], "city": ["甲", "甲"],
                            "title": ["工程师", "助理工程师"]})  # fmt: skip
    row = comparison_frame(entries).iloc[0]
    assert (row["甲"], row["conflict"], row["cities"]) == ("助理工程师; 工程师", "true", "1")


def test_compare_cities_coverage_only_in_and_conflicts(curated: Path) -> None:
    result = compare_cities(published(curated, "comparison.csv"), ["扬州", "无锡"])
    assert result.coverage.loc[["医药工程", "建设工程"]].to_dict() == {
        "扬州": {"医药工程": 1, "建设工程": 2}, "无锡": {"医药工程": 0, "建设工程": 19}}  # fmt: skip
    assert int(result.coverage["扬州"].sum()) == 3 and int(result.coverage["无锡"].sum()) == 61
    assert result.only_in["扬州"]["qualification"].tolist() == ["ACRP-PM (ACRP Project Manager)"]
    assert len(result.only_in["无锡"]) == 59
    assert result.conflicts[["qualification", "扬州", "无锡"]].values.tolist() == [["Associate Constructor", "高级工程师", "工程师"]]


def test_compare_cities_unknown_city(curated: Path) -> None:
    with pytest.raises(UserError, match="no city 苏州 in the catalog") as raised:
        compare_cities(published(curated, "comparison.csv"), ["扬州", "苏州"])
    assert raised.value.hint == "the cities: 扬州, 无锡, 泰州"


def test_compare_cli_writes_report_and_workbook(curated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "扬州", "无锡", "泰州", "--curated", str(curated), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == [
        "catalog compare: 扬州 / 无锡 / 泰州",
        "",
        "  conflicts: 1 qualification(s) listed with different titles",
        f"    {out[3].split()[0]}  Associate Constructor  (建设工程):  扬州 高级工程师  无锡 工程师  泰州 -",
        "",
    ]
    report = (tmp_path / "compare-扬州-无锡-泰州.html").read_text(encoding="utf-8")
    assert "<svg" in report and "http" not in report.replace('xmlns="http://www.w3.org/2000/svg"', "")  # offline
    assert "Associate Constructor" in report
    with zipfile.ZipFile(tmp_path / "compare-扬州-无锡-泰州.xlsx") as workbook:
        sheets = workbook.read("xl/workbook.xml").decode()
    for sheet in ("conflicts", "coverage", "only in 扬州", "only in 无锡", "only in 泰州"):
        assert f'name="{sheet}"' in sheets
