"""A later batch of 无锡 (第二批, made here) adds a qualification, re-titles one of the first batch
and withdraws another (备注: 停止认定): which entries are in force, the comparison and the
changes between the two versions."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extractors.metadata import text_to_replaces
from normalize.decisions import Decisions
from normalize.registry import load_registry
from pipeline.changes import changes_since, entries_to_changes, version_entries
from pipeline.in_force import batch_number, withdraws
from pipeline.ingest import file_to_result
from pipeline.publish import publish, render
from pipeline.release import results_to_release
from tests.make_documents import DocxLayout, write_catalog_docx
from tests.notices import RAW, load_truth

FIRST = load_truth("wuxi-2021-49")["rows"]
HEADER = ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列", "备注")
SECOND = (
    ("1", "Certified Construction Manager (CCM)", "注册施工经理", "美国施工管理协会 (Construction Management "
     "Association of America)", "工程师", "建设工程", "新增"),
    ("2", *FIRST[0][1:4], "高级工程师", FIRST[0][5], "调整对应职称"),  # Associate Constructor: 工程师 → 高级工程师
    ("3", *FIRST[1][1:], "停止认定"),  # Professional Members (APLD): withdrawn
)  # fmt: skip
INTRO = ("无锡市人力资源和社会保障局\n锡人社职〔2022〕12号\n关于公布无锡市国际职业资格比照认定职称目录（第二批）的通知\n"
         "各有关单位：现将第二批目录予以公布。\n无锡市人力资源和社会保障局\n2022年6月1日\n"
         "无锡市国际职业资格比照认定职称目录（第二批）")  # fmt: skip
SECOND_NUMBER = "锡人社职〔2022〕12号"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [("备注=停止认定", True), ("说明=自2023年起废止", True), ("状态=取消", True), ("备注=新增", False),
     ("等级=取消", False), ("", False), ("备注=调整对应职称;状态=撤销", True),
     ("状态=暂停认定", True), ("状态=暂停受理", True), ("备注=须同时具备3年以上相关专业工作经历", False)],  # suspended: unseen37
)  # fmt: skip
def test_in_force_withdraws_reads_only_remark_columns(extra: str, expected: bool) -> None:
    assert withdraws(extra) is expected


@pytest.mark.parametrize(("batch", "number"), [("第一批", 1), ("第二批", 2), ("第十批", 10), ("第十二批", 12),
                                               ("第二十三批", 23), ("第12批", 12), ("", 0),
                                               ("第十十批", 0), ("第一二批", 0)])  # a slip is no number  # fmt: skip
def test_in_force_batch_number(batch: str, number: int) -> None:
    assert batch_number(batch) == number


def release_of(raw: Path):  # type: ignore[no-untyped-def]
    return results_to_release([file_to_result(p, raw) for p in sorted(raw.iterdir())], load_registry(), Decisions())


@pytest.fixture(scope="module")
def batches(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, pd.DataFrame]:
    """curated/ with the first batch published, then both batches; the second release's entries."""
    work = tmp_path_factory.mktemp("batches")
    raw = work / "raw"
    raw.mkdir()
    (raw / "wuxi-2021-49.docx").write_bytes((RAW / "wuxi-2021-49.docx").read_bytes())
    curated = work / "curated"
    first = release_of(raw)
    v1 = publish(render(first.tables), {}, curated, changes_since(curated, first.tables["entries"])).version
    write_catalog_docx(raw / "wuxi-second.docx", HEADER, SECOND, DocxLayout(intro=INTRO))
    second = release_of(raw)
    assert second.blocked_notices == ()
    v2 = publish(render(second.tables), {}, curated, changes_since(curated, second.tables["entries"])).version
    return curated, v1, v2, second.tables["entries"]


def test_in_force_later_batch_relists_and_withdraws(batches: tuple[Path, str, str, pd.DataFrame]) -> None:
    _, _, _, entries = batches
    got = entries[["batch", "seq", "qualification", "title", "in_force", "superseded_by"]]
    first = got[got["batch"] == "第一批"]
    assert first[first["in_force"] == "false"].values.tolist() == [
        ["第一批", "1", "Associate Constructor", "工程师", "false", SECOND_NUMBER],
        ["第一批", "2", "Professional Members", "工程师", "false", SECOND_NUMBER],
    ]
    assert (first["in_force"] == "true").sum() == 59
    assert got[got["batch"] == "第二批"].values.tolist() == [
        ["第二批", "1", "Certified Construction Manager (CCM)", "工程师", "true", ""],
        ["第二批", "2", "Associate Constructor", "高级工程师", "true", ""],
        ["第二批", "3", "Professional Members", "工程师", "false", SECOND_NUMBER],  # the withdrawal itself
    ]


def test_in_force_comparison_counts_only_entries_in_force(batches: tuple[Path, str, str, pd.DataFrame]) -> None:
    curated, _, _, entries = batches
    table = pd.read_csv(curated / "comparison.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    title = dict(zip(table["qualification_id"], table["无锡"]))
    second = entries[entries["batch"] == "第二批"].set_index("seq")["qualification_id"]
    assert title[second["2"]] == "高级工程师"  # Associate Constructor: the second batch's title, not both
    assert second["3"] not in title  # Professional Members (APLD): withdrawn, so no city lists it now
    assert title[second["1"]] == "工程师"
    assert len(table) == 61  # 61 first-batch qualifications + 1 new − 1 withdrawn


def test_in_force_changes_between_the_batches(batches: tuple[Path, str, str, pd.DataFrame]) -> None:
    curated, v1, v2, _ = batches
    found = entries_to_changes(version_entries(curated, v1), version_entries(curated, v2))
    summary = [(c.change, c.entry["batch"], c.entry["seq"], c.fields) for c in found]
    assert summary == [
        ("changed", "第一批", "1", (("in_force", "true", "false"), ("superseded_by", "", SECOND_NUMBER))),
        ("changed", "第一批", "2", (("in_force", "true", "false"), ("superseded_by", "", SECOND_NUMBER))),
        ("added", "第二批", "1", ()),
        ("added", "第二批", "2", ()),
        ("added", "第二批", "3", ()),
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("本目录自发布之日起施行，原第一批目录同时废止。", "原第一批目录同时废止"),
        ("原《无锡市国际职业资格比照认定职称目录（第一批）》同时废止。", "原《无锡市国际职业资格比照认定职称目录（第一批）》同时废止"),
        ("本目录替代此前公布的第一批、第二批目录。", "替代此前公布的第一批、第二批目录"),
        ("第一批、第二批目录自本通知印发之日起停止执行。", "第一批、第二批目录自本通知印发之日起停止执行"),
        ("原《办法》同时废止。", ""),  # a repealed regulation retires no catalog
        ("现将第二批目录予以公布，第一批目录继续有效。", ""),
        ("本目录自发布之日起施行，原第一批目录同时\n废止。", "原第一批目录同时废止"),  # wrapped by a PDF
        ("原《无锡市国际职业资格比照认\n定职称目录（第一批）》同\n时废止。", "原《无锡市国际职业资格比照认定职称目录（第一批）》同时废止"),
        ("附件：原第一批目录\n各区人社局：\n废止的证书不予认定。", ""),  # a line's end ended by punctuation
    ],
)  # fmt: skip
def test_in_force_notice_text_that_retires_earlier_catalogs(text: str, phrase: str) -> None:
    assert text_to_replaces(text) == phrase


def test_in_force_a_notice_retiring_earlier_catalogs(batches: tuple[Path, str, str, pd.DataFrame], tmp_path: Path) -> None:
    # A third batch says the earlier catalogs are retired: only its own entries stay in force.
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("wuxi-2021-49.docx",):
        (raw / name).write_bytes((RAW / name).read_bytes())
    write_catalog_docx(raw / "wuxi-second.docx", HEADER, SECOND, DocxLayout(intro=INTRO))
    third = INTRO.replace("第二批", "第三批").replace("〔2022〕12号", "〔2023〕3号").replace("2022年6月1日", "2023年2月1日")
    third = third.replace("现将第三批目录予以公布。", "现将第三批目录予以公布，原第一批、第二批目录同时废止。")
    write_catalog_docx(raw / "wuxi-third.docx", HEADER, SECOND[:1], DocxLayout(intro=third))
    release = release_of(raw)
    entries = release.tables["entries"]
    assert entries.loc[entries["in_force"] == "true", ["batch", "seq"]].values.tolist() == [["第三批", "1"]]
    by_batch = entries.groupby("batch")["superseded_by"].agg(lambda s: sorted(set(s))).to_dict()
    assert by_batch == {"第一批": [SECOND_NUMBER, "锡人社职〔2023〕3号"], "第二批": [SECOND_NUMBER, "锡人社职〔2023〕3号"],
                        "第三批": [""]}  # fmt: skip
    notices = release.tables["notices"].set_index("batch")["replaces"].to_dict()
    assert notices == {"第一批": "", "第二批": "", "第三批": "原第一批、第二批目录同时废止"}
