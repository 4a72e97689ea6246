"""Line breaks a PDF left open: the row is published with its best reading and its checks, and
each field with an open break waits in review.csv until a steward accepts or corrects it
(pipeline/text_review.py). The rows are the bundled Wuxi notice's truth rows; the break is one
the reader really leaves open on LibreOffice's 14 pt print (`Operations|+`, found by probing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from core.errors import DataFileError
from core.model import DocumentResult, NoticeMeta
from normalize.decisions import Decision, Decisions
from normalize.registry import Registry, load_registry
from pipeline.ingest import file_to_result
from pipeline.release import Release, results_to_release
from pipeline.review_file import apply_review_file, read_review_items
from tests.pipeline.test_release import WUXI, result, wuxi_rows

ROOT = Path(__file__).resolve().parents[2]
LEGACY = ROOT / "tests" / "fixtures" / "legacy"
BOX = (60.0, 300.0, 540.0, 340.0)
PRINTED = "LEED AP Operations + Maintenance (LEED AP O+M)"
READ = "LEED AP Operations+ Maintenance (LEED AP O+M)"  # the reader's best guess, wrong by a space
CHECK = "qualification: Operations|+"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def printed(fmt: str = "pdf", checks: tuple[str, ...] = (CHECK,)) -> DocumentResult:
    """The first six Wuxi rows; in the PDF, row 6's qualification read with an open break."""
    rows = wuxi_rows(6)
    assert rows[5][1] == PRINTED
    doc = result("wuxi", fmt, WUXI, rows)
    assert doc.catalog is not None
    if fmt != "pdf":
        return doc
    out = list(doc.catalog.rows)
    ref = replace(out[5].refs[0], bbox=BOX)
    out[5] = replace(out[5], qualification=READ, checks=checks, refs=(ref,))
    return replace(doc, catalog=replace(doc.catalog, rows=tuple(out)))


def release(registry: Registry, *docs: DocumentResult, decisions: Decisions = Decisions()) -> Release:
    return results_to_release(list(docs), registry, decisions)


def test_open_break_publishes_the_row_and_waits_in_review(registry: Registry) -> None:
    got = release(registry, printed())
    entries = got.tables["entries"].set_index("seq")
    assert list(entries.index) == ["1", "2", "3", "4", "5", "6"]
    assert entries.loc["6", "qualification"] == READ and entries.loc["6", "checks"] == CHECK
    review = got.tables["review"]
    assert review[["kind", "raw", "field", "confidence", "page", "row"]].values.tolist() == [
        ["text", READ, "qualification", "line break not decided by the PDF: Operations|+", "1", "7"]]  # fmt: skip
    assert [(c.item_id, c.page, c.box) for c in got.crops] == [(review["item_id"].iloc[0], 1, BOX)]
    assert review["crop"].iloc[0] == f"review-crops/{review['item_id'].iloc[0]}.png"


def test_steward_corrects_the_text_and_the_item_is_settled(registry: Registry, tmp_path: Path) -> None:
    first = release(registry, printed())
    review_csv, decisions_csv = tmp_path / "review.csv", tmp_path / "decisions.csv"
    first.tables["review"].assign(decision="更正", corrected=PRINTED, decided_by="王").to_csv(
        review_csv, index=False, encoding="utf-8-sig")  # fmt: skip
    added = apply_review_file(review_csv, decisions_csv, datetime(2026, 12, 2, 10, 0), known=read_review_items(review_csv),
                              registry_ids=frozenset(i.id for i in registry.issuers))  # fmt: skip
    assert [(d.kind, d.decision, d.corrected) for d in added] == [("text", "correct", PRINTED)]
    second = release(registry, printed(), decisions=Decisions(tuple(added)))
    entries = second.tables["entries"].set_index("seq")
    assert entries.loc["6", "qualification"] == PRINTED
    assert entries.loc["6", "checks"] == "steward: qualification corrected"
    assert second.tables["review"].empty and second.crops == ()


def test_steward_accepts_the_text_as_read(registry: Registry) -> None:
    item = release(registry, printed()).tables["review"].iloc[0]
    yes = Decision(item["item_id"], "text", item["raw"], "accept", "", "王", "2026-12-02T10:00:00")
    got = release(registry, printed(), decisions=Decisions((yes,)))
    entries = got.tables["entries"].set_index("seq")
    assert (entries.loc["6", "qualification"], entries.loc["6", "checks"]) == (READ, "")
    assert got.tables["review"].empty


def test_another_rendering_settles_the_break(registry: Registry) -> None:
    # the DOCX prints the text: the PDF's open break is no question (pipeline/assemble.py), and
    # the value most files print wins the tie by evidence
    got = release(registry, printed(), printed("docx"))
    assert "text" not in set(got.tables["review"]["kind"])
    assert got.tables["entries"].set_index("seq").loc["6", "checks"] == ""


def test_a_break_in_a_column_without_a_field_makes_no_item(registry: Registry) -> None:
    got = release(registry, printed(checks=("备注: Siehe|Anlage",)))
    assert got.tables["review"].empty


def test_text_item_takes_only_accept_or_correct(registry: Registry, tmp_path: Path) -> None:
    got = release(registry, printed())
    review_csv = tmp_path / "review.csv"
    ids = frozenset(i.id for i in registry.issuers)
    for word, message in (("new", "takes accept .* or correct"), ("reject", "takes accept .* or correct"),
                          ("correct", "'correct' needs the text as printed")):  # fmt: skip
        got.tables["review"].assign(decision=word, decided_by="王").to_csv(review_csv, index=False)
        with pytest.raises(DataFileError, match=message):
            apply_review_file(review_csv, tmp_path / "d.csv", datetime(2026, 12, 2), known=read_review_items(review_csv),
                              registry_ids=ids)  # fmt: skip
    assert not (tmp_path / "d.csv").exists()


# --- a space between two Chinese characters in a PDF (extractors/joins.py, HAN_SPACE_NOTE)

SPACED_CHECK = "qualification_zh: 建造 师 (a space between two Chinese characters)"


def spaced(fmt: str = "pdf") -> DocumentResult:
    """Wuxi's first six rows; in the PDF, row 1's 译名 read with a space a browser's print drew."""
    doc = printed(fmt, checks=())
    assert doc.catalog is not None
    if fmt != "pdf":
        return doc
    out = list(doc.catalog.rows)
    assert out[0].qualification_zh == "二级建造师"
    out[0] = replace(out[0], qualification_zh="二级建造 师", checks=(SPACED_CHECK,))
    return replace(doc, catalog=replace(doc.catalog, rows=tuple(out)))


def test_space_between_chinese_characters_waits_in_review(registry: Registry) -> None:
    got = release(registry, spaced())
    review = got.tables["review"]
    assert review[["kind", "field", "confidence"]].values.tolist() == [
        ["text", "qualification_zh", "a space between two Chinese characters (建造 师): meant by the notice, or a "
         "stray space (a line break of the web page a PDF was printed from, or a typing slip)? Check it with the "
         "notice; correct it without the space"]]  # fmt: skip


def test_space_another_rendering_prints_settles_only_when_it_wins(registry: Registry) -> None:
    # the DOCX prints 二级建造师: the tie goes to the DOCX by evidence, and nothing waits
    got = release(registry, spaced(), spaced("docx"))
    assert "text" not in set(got.tables["review"]["kind"])
    # two PDFs print the space and the DOCX not: the space wins the vote, and still waits
    other = spaced()
    other = replace(other, source=replace(other.source, path="wuxi-2.pdf", sha256="f" * 64))
    got = release(registry, spaced(), other, spaced("docx"))
    assert got.tables["review"]["field"].tolist() == ["qualification_zh"]


# --- a file joined by its catalog title alone that prints a row otherwise (pipeline/assemble.py, JOINED_NOTE)

CATALOG = "无锡市国际职业资格比照认定职称目录（第一批）"


def numbered_and_bare(change: dict[str, str], drop_last: bool = False) -> list[DocumentResult]:
    """Wuxi's PDF (with its 文号) and a bare workbook printing the same catalog title and no 文号,
    the workbook's row 2 changed by `change` (field -> value) and, with `drop_last`, its last row left out."""
    numbered = printed(checks=())
    numbered = replace(numbered, meta=replace(numbered.meta, catalog_title=CATALOG))
    bare = printed("xlsx", checks=())
    assert bare.catalog is not None
    rows = list(bare.catalog.rows)
    rows[1] = replace(rows[1], **change)
    catalog = replace(bare.catalog, rows=tuple(rows[:-1] if drop_last else rows))
    return [numbered, replace(bare, meta=NoticeMeta(city=WUXI.city, catalog_title=CATALOG), catalog=catalog)]


def test_a_bare_file_printing_a_row_otherwise_makes_it_wait(registry: Registry) -> None:
    # a correction (更正) that prints no 文号 joins the notice by its catalog title: its changed
    # title is voted, and the field waits for a steward instead of passing with exit code 0
    numbered, bare = numbered_and_bare({"title": "高级工程师"})
    assert numbered.catalog is not None and numbered.catalog.rows[1].title != "高级工程师"
    got = release(registry, numbered, bare)
    assert got.tables["entries"]["notice_id"].nunique() == 1
    review = got.tables["review"]
    assert review[["kind", "field", "row"]].values.tolist() == [["text", "title", "3"]]
    assert review["confidence"].iloc[0].startswith(
        f"printed otherwise by the files of this notice (wuxi.pdf: {numbered.catalog.rows[1].title}; "
        "wuxi.xlsx: 高级工程师), one of them put with it by its catalog title alone (it prints no 文号): "
        "a correction (更正) of the notice")
    # accepted, the field no longer waits
    item = review.iloc[0]
    yes = Decision(item["item_id"], "text", item["raw"], "accept", "", "王", "2026-12-02T10:00:00")
    assert release(registry, numbered, bare, decisions=Decisions((yes,))).tables["review"].empty


def test_a_bare_file_missing_a_row_makes_the_row_wait(registry: Registry) -> None:
    got = release(registry, *numbered_and_bare({}, drop_last=True))
    review = got.tables["review"]
    assert review[["field", "row"]].values.tolist() == [["qualification", "7"]]
    assert "row 6 missing from wuxi.xlsx" in review["confidence"].iloc[0]


@pytest.mark.parametrize("change", [
    {},
    {"issuer": "美国专业园林设计师协会（The Association of Professional Landscape Designers）"},
    {"qualification": "Professional members"},
])  # fmt: skip
def test_a_bare_file_printing_the_same_text_makes_nothing_wait(registry: Registry, change: dict[str, str]) -> None:
    # spaces, bracket widths and case are how renderings differ, not what a correction changes
    numbered, bare = numbered_and_bare(change)
    assert numbered.catalog is not None
    assert [getattr(numbered.catalog.rows[1], k) != v for k, v in change.items()] == [True] * len(change)
    got = release(registry, numbered, bare)
    assert got.tables["review"].empty


def test_a_corrected_workbook_without_its_number_waits_beside_the_notice(registry: Registry, tmp_path: Path) -> None:
    """Real files: the bundled Wuxi PDF and its catalog as a workbook (tests/fixtures/legacy, which
    prints the catalog title but no 文号), one 对应职称 changed in the workbook as a correction would
    change it. The workbook joins the notice; the changed field is voted and waits for a steward."""
    book = openpyxl.load_workbook(LEGACY / "wuxi-2021-49.xlsx")
    sheet = book.active
    assert sheet is not None
    cells = [row for row in sheet.iter_rows() if row[0].value == 3]
    assert len(cells) == 1 and cells[0][4].value == "工程师"
    cells[0][4].value = "高级工程师"
    book.save(tmp_path / "wuxi-corrected.xlsx")
    pdf = file_to_result(ROOT / "raw" / "wuxi-2021-49.pdf", ROOT / "raw")
    bare = file_to_result(tmp_path / "wuxi-corrected.xlsx", tmp_path)
    assert (bare.meta.doc_number, bare.meta.city) == ("", "无锡")
    got = release(registry, pdf, bare)
    assert got.tables["entries"]["notice_id"].nunique() == 1 and len(got.tables["entries"]) == 61
    review = got.tables["review"]
    assert review[["kind", "field", "raw"]].values.tolist() == [["text", "title", "高级工程师"]]
    assert "wuxi-2021-49.pdf: 工程师; wuxi-corrected.xlsx: 高级工程师" in review["confidence"].iloc[0]
    # the workbook as published (unchanged) joins the notice and makes nothing wait
    same = file_to_result(LEGACY / "wuxi-2021-49.xlsx", LEGACY)
    assert release(registry, pdf, same).tables["review"].empty
