"""Every release decision, through the command line, on documents made here (not the bundled ones).

- a quarantined document makes the exit code 1 even when everything else is published;
- between two formats that disagree 1:1, the DOCX value is published and the disagreement listed;
- an empty cell at the top of a page is carried from the row above only in a column that merged
  cells span (颁证单位), never in one they do not (译名);
- a notice that breaks only a notice-level rule is held back and the others are published;
- a batch of quarantined documents only publishes nothing (no version is made);
- a release whose every notice is held back publishes nothing and leaves the current version.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from pipeline.changes import HISTORY_FILES
from pipeline.publish import current_version, publish
from tests.flows.test_catalog_flow import GOLDEN, GOLDEN_VERSION, run_cli
from tests.make_documents import DocxLayout, has_soffice, soffice_to_pdf, write_catalog_docx

# Every test of this module in one worker (`make test`: --dist loadgroup), so that each module fixture's
# `catalog run` is done once, not once per worker.
pytestmark = [pytest.mark.skipif(not has_soffice(), reason="LibreOffice makes the PDFs"),
              pytest.mark.xdist_group("release-decisions-runs")]

HEADER = ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列")
AEE = "Association of Energy Engineers（美国能源工程师协会）"
ECUK = "Engineering Council（英国工程委员会）"
NCEES = "National Council of Examiners for Engineering and Surveying（美国工程与测量考试委员会）"
ROWS = (
    ("1", "Certified Energy Manager", "注册能源管理师", AEE, "工程师", "电力工程"),
    ("2", "Certified Measurement & Verification Professional", "注册测量与验证专业人员", AEE, "工程师", "电力工程"),
    ("3", "Chartered Engineer (CEng)", "特许工程师", ECUK, "高级工程师", "机械工程"),
    ("4", "Incorporated Engineer (IEng)", "注册工程师", ECUK, "工程师", "机械工程"),
    ("5", "Engineering Technician (EngTech)", "", "", "助理工程师", "机械工程"),
    ("6", "Professional Engineer (PE)", "专业工程师", NCEES, "高级工程师", "土木建筑工程"),
)  # fmt: skip
PUBLISHED = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]
Run = tuple[Path, subprocess.CompletedProcess[str]]


def intro(office: str, number: str, place: str, date: str = "2024年3月15日") -> str:
    """The running text of a notice above its catalog."""
    return (
        f"{office}\n{number}\n关于公布{place}国际职业资格比照认定职称目录（第一批）的通知\n"
        f"各有关单位：现将目录予以公布，请遵照执行。\n{office}\n{date}\n{place}国际职业资格比照认定职称目录（第一批）"
    )


YANGZHOU = intro("扬州市人力资源和社会保障局", "扬人社发〔2024〕9号", "扬州市")
ZHENJIANG = intro("镇江市人力资源和社会保障局", "镇人社发〔2024〕3号", "镇江市")
# The letterhead names no place (a bureau page prints it as an image): no city, zone or province in the text.
UNPLACED = intro("人力资源和社会保障厅", "苏人社函〔2024〕15号", "", "2024年4月1日")
WUHU = intro("芜湖市人力资源和社会保障局", "芜人社发〔2024〕21号", "芜湖市")
AMPERSAND, SPELLED = ROWS[1][1], "Certified Measurement and Verification Professional"


def make_pdf(work: Path, name: str, rows: tuple[tuple[str, ...], ...], layout: DocxLayout) -> Path:
    """A catalog printed to PDF by LibreOffice (the .docx it came from is not kept in raw/)."""
    docx = write_catalog_docx(work / f"{name}.docx", HEADER, rows, layout)
    return soffice_to_pdf(docx, work)


def run(work: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work)


def read(work: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(work / "curated" / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def publish_golden(curated: Path) -> None:
    """curated/ as a previous run left it: the bundled notices' golden version current."""
    hashed = json.loads((GOLDEN / "manifest.json").read_text(encoding="utf-8"))["files"]
    files = {name: (GOLDEN / name).read_bytes() for name in hashed if name not in HISTORY_FILES}
    assert publish(files, {"entries": 113, "notices": 2, "rejected": 0}, curated).version == GOLDEN_VERSION


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """扬州 as a PDF whose catalog goes on at a page top; 镇江 as DOCX and PDF that differ in one
    cell; an empty file. Only the empty file is wrong."""
    work = tmp_path_factory.mktemp("mixed")
    raw = work / "raw"
    raw.mkdir()
    make_pdf(work, "yangzhou", ROWS, DocxLayout(intro=YANGZHOU, page_break_before=4)).rename(raw / "yangzhou.pdf")
    write_catalog_docx(raw / "zhenjiang.docx", HEADER, ROWS[:3], DocxLayout(intro=ZHENJIANG))
    variant = (ROWS[0], (*ROWS[1][:1], SPELLED, *ROWS[1][2:]), ROWS[2])
    make_pdf(work, "zhenjiang", variant, DocxLayout(intro=ZHENJIANG)).rename(raw / "zhenjiang.pdf")
    (raw / "empty.pdf").write_bytes(b"")
    return work, run(work)


def test_release_quarantined_document_alone_makes_exit_code_1(mixed: Run) -> None:
    work, result = mixed
    assert result.returncode == 1, result.stdout + result.stderr
    assert "published new version" in result.stdout and "HELD BACK" not in result.stdout
    assert "rejected: empty.pdf: [read] the file is empty (0 bytes)" in result.stdout
    rejected = read(work, "rejected.csv")
    assert rejected[["file", "step", "reason"]].values.tolist() == [["empty.pdf", "read", "the file is empty (0 bytes)"]]
    assert sorted(read(work, "notices.csv")["doc_number"]) == ["扬人社发〔2024〕9号", "镇人社发〔2024〕3号"]


def test_release_page_top_empty_cell_carried_only_in_merged_columns(mixed: Run) -> None:
    entries = read(mixed[0], "entries.csv")
    rows = entries[entries["doc_number"] == "扬人社发〔2024〕9号"]
    expected = [list(r) for r in ROWS]
    expected[4][3] = ECUK  # 颁证单位 empty at the page top: a merged cell printed on the page before
    assert rows[PUBLISHED].values.tolist() == expected  # 译名 stays empty: no merged cell spans it
    assert rows[["source_file", "source_page", "source_table", "source_row"]].values.tolist()[3:5] == [
        ["yangzhou.pdf", "1", "1", "5"], ["yangzhou.pdf", "2", "2", "1"]]  # fmt: skip


def test_release_one_to_one_disagreement_publishes_the_docx_value(mixed: Run) -> None:
    work, _ = mixed
    entries = read(work, "entries.csv")
    rows = entries[entries["doc_number"] == "镇人社发〔2024〕3号"]
    assert rows[PUBLISHED].values.tolist() == [list(r) for r in ROWS[:3]]  # 2 files, 1:1: DOCX wins the tie
    assert set(rows["source_file"]) == {"zhenjiang.pdf"} and set(rows["also_in"]) == {"zhenjiang.docx"}
    disagreements = read(work, "disagreements.csv")
    assert disagreements[["seq", "field", "values"]].values.tolist() == [
        ["2", "qualification", f"zhenjiang.pdf: {SPELLED} | zhenjiang.docx: {AMPERSAND}"]]  # fmt: skip
    assert set(disagreements["notice_id"]) == set(rows["notice_id"])


@pytest.fixture(scope="module")
def notice_rule(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """A notice that names no place (no city in its text) beside a good city notice."""
    work = tmp_path_factory.mktemp("notice-rule")
    (work / "raw").mkdir()
    write_catalog_docx(work / "raw" / "unplaced.docx", HEADER, ROWS[:3], DocxLayout(intro=UNPLACED))
    write_catalog_docx(work / "raw" / "yangzhou.docx", HEADER, ROWS[:4], DocxLayout(intro=YANGZHOU))
    return work, run(work)


def test_release_notice_failing_only_a_notice_rule_is_held_back(notice_rule: Run) -> None:
    work, result = notice_rule
    assert result.returncode == 1, result.stdout + result.stderr
    assert "HELD BACK notice 苏人社函〔2024〕15号" in result.stdout
    entries = read(work, "entries.csv")
    assert set(entries["doc_number"]) == {"扬人社发〔2024〕9号"} and len(entries) == 4
    assert read(work, "notices.csv")["doc_number"].tolist() == ["扬人社发〔2024〕9号"]
    rejected = read(work, "rejected.csv")
    assert rejected[["file", "step", "reason", "notice", "rule"]].values.tolist() == [
        ["unplaced.docx", "validate", "city = '': no city found in the notice's text; notice held back",
         "苏人社函〔2024〕15号", "city read from the notice text"]
    ]
    assert ("unplaced.docx the notice itself: city = '': no city found in the notice's text; notice held back"
            in result.stdout)


@pytest.fixture(scope="module")
def only_quarantined(tmp_path_factory: pytest.TempPathFactory) -> Run:
    work = tmp_path_factory.mktemp("only-quarantined")
    (work / "raw").mkdir()
    (work / "raw" / "empty.pdf").write_bytes(b"")
    (work / "raw" / "notes.html").write_text("<html><body><p>关于举办培训班的通知</p></body></html>", encoding="utf-8")
    return work, run(work)


def test_release_only_quarantined_documents_publish_nothing(only_quarantined: Run) -> None:
    work, result = only_quarantined
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("catalog run: nothing published")
    assert "rejected: empty.pdf: [read] the file is empty (0 bytes)" in result.stdout
    assert "no-catalog: notes.html: [find-catalog]" in result.stdout
    assert current_version(work / "curated") is None
    assert not (work / "curated" / "versions").exists() and not (work / "curated" / "entries.csv").exists()


@pytest.fixture(scope="module")
def all_held_back(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The only notice breaks an entries rule (a title that is not a 职称); curated/ has a version."""
    work = tmp_path_factory.mktemp("all-held")
    (work / "raw").mkdir()
    assistant = (*ROWS[:2], (*ROWS[2][:4], "工程师助理", ROWS[2][5]))
    write_catalog_docx(work / "raw" / "wuhu.docx", HEADER, assistant, DocxLayout(intro=WUHU))
    publish_golden(work / "curated")
    return work, run(work)


def test_release_every_notice_held_back_keeps_the_current_version(all_held_back: Run) -> None:
    work, result = all_held_back
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("catalog run: nothing published")
    assert "HELD BACK notice 芜人社发〔2024〕21号" in result.stdout and "'工程师助理'" in result.stdout
    assert current_version(work / "curated") == GOLDEN_VERSION
    assert [p.name for p in (work / "curated" / "versions").iterdir() if p.is_dir()] == [GOLDEN_VERSION]
    assert (work / "curated" / "entries.csv").read_bytes() == (GOLDEN / "entries.csv").read_bytes()
