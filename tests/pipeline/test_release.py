"""A release: notices assembled, normalized and validated; a notice that fails is held back whole."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from core.model import (
    Catalog,
    CatalogRow,
    DocumentResult,
    Heading,
    NoticeMeta,
    Origin,
    SourceFile,
    SourceRef,
    stable_id,
)
from normalize.decisions import Decisions
from normalize.registry import Registry, load_registry
from pipeline.assemble import with_page_meta
from pipeline.entries import ENTRY_COLUMNS
from pipeline.release import Release, results_to_release
from pipeline.validate import Failure, load_suite_spec
from tests.notices import load_truth

WUXI = NoticeMeta(doc_number="锡人社职〔2021〕49号", city="无锡", batch="第一批", issue_date="2021-12-13")
TAIZHOU = NoticeMeta(doc_number="泰职办〔2022〕30号", city="泰州", batch="第一批")
WUXI_ID = stable_id("notice", WUXI.doc_number)
TAIZHOU_ID = stable_id("notice", TAIZHOU.doc_number)


def rule(suite: str, column: str) -> str:
    """The rule name a suite file gives the expectation on `column` (stewards edit it there)."""
    found = [e["meta"]["rule"] for e in load_suite_spec(suite)["expectations"] if e["kwargs"].get("column") == column]
    return found[-1]


def message(suite: str, column: str, rule: str | None = None) -> str:
    """What the suite file says is wrong when that rule fails (the column's last rule, or the one named)."""
    found = [e["meta"]["message"] for e in load_suite_spec(suite)["expectations"]
             if e["kwargs"].get("column") == column and rule in (None, e["meta"]["rule"])]  # fmt: skip
    return found[-1]


def sha256_of(path: str) -> str:
    """A made-up hash, distinct per file (the same hash would make two files one document)."""
    return path.encode().hex().ljust(64, "0")


def result(name: str, fmt: str, meta: NoticeMeta, rows: list[list[str]]) -> DocumentResult:
    """A document of the bundled notice `name`, printing `rows` (truth rows) from row 2 of table 1."""
    source = SourceFile(f"{name}.{fmt}", sha256_of(f"{name}.{fmt}"), 100)
    page = 1 if fmt == "pdf" else None
    catalog_rows = tuple(
        CatalogRow(seq, name, name_zh, issuer, title, series, "", (SourceRef(source.path, source.sha256, 1, i + 2, page),))
        for i, (seq, name, name_zh, issuer, title, series) in enumerate(rows)
    )
    return DocumentResult(source, fmt, meta, Catalog((), (), catalog_rows))  # type: ignore[arg-type]


def wuxi_rows(n: int = 3) -> list[list[str]]:
    return [list(r) for r in load_truth("wuxi-2021-49")["rows"][:n]]


def taizhou_rows(n: int = 2) -> list[list[str]]:
    return [list(r) for r in load_truth("taizhou-2022-30")["rows"][:n]]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def release(registry: Registry, *results: DocumentResult) -> Release:
    return results_to_release(list(results), registry, Decisions())


def test_release_all_valid_publishes_every_notice(registry: Registry) -> None:
    got = release(registry, result("wuxi", "pdf", WUXI, wuxi_rows(3)), result("taizhou", "docx", TAIZHOU, taizhou_rows(2)))
    assert (got.blocked_notices, got.failures) == ((), ())
    entries = got.tables["entries"]
    by_notice = {WUXI.doc_number: [(WUXI_ID, s) for s in "123"], TAIZHOU.doc_number: [(TAIZHOU_ID, s) for s in "12"]}
    expected = [pair for number in sorted(by_notice) for pair in by_notice[number]]  # notices in document-number order
    assert list(zip(entries["notice_id"], entries["seq"])) == expected
    notices = got.tables["notices"]
    assert dict(zip(notices["doc_number"], notices["entries"])) == {WUXI.doc_number: "3", TAIZHOU.doc_number: "2"}
    assert got.tables["rejected"].empty and got.tables["disagreements"].empty
    assert got.counts == {name: len(frame) for name, frame in got.tables.items()}
    assert (got.counts["entries"], got.counts["notices"], got.counts["rejected"]) == (5, 2, 0)
    assert set(got.counts) == {"entries", "notices", "issuers", "qualifications", "rejected", "disagreements", "review", "comparison"}


def test_release_notice_failing_only_a_notice_rule_is_held_back(registry: Registry) -> None:
    """Every row of the Taizhou notice is valid, but the notice has no city: it is held back whole."""
    no_city = NoticeMeta(doc_number=TAIZHOU.doc_number, batch="第一批")
    got = release(
        registry,
        result("wuxi", "pdf", WUXI, wuxi_rows(3)),
        result("taizhou", "pdf", no_city, taizhou_rows(2)),
        result("taizhou", "docx", no_city, taizhou_rows(2)),
    )
    assert got.blocked_notices == (TAIZHOU_ID,)
    assert got.failures == (Failure(TAIZHOU_ID, rule("notices", "city"), "city", "", message("notices", "city")),)
    assert got.tables["entries"]["notice_id"].tolist() == [WUXI_ID] * 3
    assert got.tables["entries"]["seq"].tolist() == ["1", "2", "3"]
    assert list(got.tables["entries"].columns) == list(ENTRY_COLUMNS)  # no index column left by the filter
    assert got.tables["entries"].index.tolist() == [0, 1, 2]
    assert got.tables["notices"]["notice_id"].tolist() == [WUXI_ID]
    assert got.tables["notices"]["entries"].tolist() == ["3"]
    wuxi_issuers = ["iss-aic", "iss-apld", "iss-clarb"]  # the registry ids of the first three Wuxi issuers
    assert got.tables["issuers"]["issuer_id"].tolist() == wuxi_issuers
    assert sorted(got.tables["qualifications"]["issuer_id"]) == wuxi_issuers
    reason = f"city = '': {message('notices', 'city')}; notice held back"
    assert got.tables["rejected"].to_dict("records") == [
        {"file": f"taizhou.{fmt}", "sha256": sha256_of(f"taizhou.{fmt}"), "format": fmt, "step": "validate", "reason": reason,
         "notice": TAIZHOU.doc_number, "seq": "", "page": "", "row": "", "rule": rule("notices", "city")}
        for fmt in ("docx", "pdf")
    ]  # fmt: skip


def test_release_notice_with_a_failing_row_is_held_back(registry: Registry) -> None:
    rows = wuxi_rows(3)
    rows[1][4] = "工程师助理"  # 序号 2, printed on page 1, row 3: not a 职称
    got = release(registry, result("wuxi", "pdf", WUXI, rows), result("taizhou", "docx", TAIZHOU, taizhou_rows(2)))
    assert got.blocked_notices == (WUXI_ID,)
    entry_id = stable_id("entry", WUXI_ID, "2")
    title_rule = rule("entries", "title")
    assert got.failures == (Failure(entry_id, title_rule, "title", "工程师助理", message("entries", "title")),)
    assert got.tables["entries"]["notice_id"].tolist() == [TAIZHOU_ID, TAIZHOU_ID]
    assert list(got.tables["entries"].columns) == list(ENTRY_COLUMNS) and got.tables["entries"].index.tolist() == [0, 1]
    assert got.tables["notices"]["doc_number"].tolist() == [TAIZHOU.doc_number]
    assert "iss-aic" not in set(got.tables["issuers"]["issuer_id"])
    assert got.tables["rejected"].to_dict("records") == [
        {"file": "wuxi.pdf", "sha256": sha256_of("wuxi.pdf"), "format": "", "step": "validate",
         "reason": "title = '工程师助理': not a recognized professional title (职称); notice held back",
         "notice": WUXI.doc_number, "seq": "2", "page": "1", "row": "3", "rule": title_rule}
    ]  # fmt: skip


def test_release_notice_without_number_is_named_by_its_id(registry: Registry) -> None:
    """A held-back notice that prints no document number is named in rejected.csv by its notice id."""
    meta = NoticeMeta(notice_title="关于公布目录的通知", issue_date="2022-03-01", batch="第一批")  # no number, no city
    rows = wuxi_rows(2)
    rows[0][1] = ""  # 序号 1 has no qualification name
    got = release(registry, result("nonumber", "docx", meta, rows))
    notice_id = stable_id("notice", f"{meta.notice_title}|{meta.issue_date}")
    assert got.blocked_notices == (notice_id,)
    rejected = got.tables["rejected"]
    assert rejected["notice"].tolist() == [notice_id] * len(rejected)
    assert sorted(zip(rejected["seq"], rejected["reason"])) == sorted(
        [("", f"city = '': {message('notices', 'city')}; notice held back"),
         ("1", f"qualification = '': {message('entries', 'qualification', 'qualification name not empty')}; "
               "notice held back")]
    )  # fmt: skip
    assert got.tables["entries"].empty and got.tables["notices"].empty


def test_release_quarantined_document_is_listed_and_others_published(registry: Registry) -> None:
    empty = DocumentResult(SourceFile("empty.pdf", "e" * 64, 0), None, status="rejected", step="read",
                           reason="the file is empty (0 bytes)")  # fmt: skip
    got = release(registry, empty, result("wuxi", "html", WUXI, wuxi_rows(1)))
    assert got.blocked_notices == ()
    assert got.tables["rejected"][["file", "step", "reason"]].values.tolist() == [
        ["empty.pdf", "read", "the file is empty (0 bytes)"]
    ]
    assert got.tables["entries"]["seq"].tolist() == ["1"]


def test_release_notice_whose_seq_skips_numbers_is_held_back(registry: Registry) -> None:
    rows = wuxi_rows(6)
    del rows[2:4]  # 序号 3 and 4 were lost in reading: 1, 2, 5, 6
    got = release(registry, result("wuxi", "pdf", WUXI, rows), result("taizhou", "docx", TAIZHOU, taizhou_rows(2)))
    assert got.blocked_notices == (WUXI_ID,)
    assert got.tables["entries"]["notice_id"].tolist() == [TAIZHOU_ID, TAIZHOU_ID]  # never published short
    reason = ("seq = '3, 4': 序号 3, 4 missing (the rows read run 1–6): rows were lost in reading or the catalog "
              "is incomplete; check the file against the notice; notice held back")  # fmt: skip
    assert got.tables["rejected"].to_dict("records") == [
        {"file": "wuxi.pdf", "sha256": sha256_of("wuxi.pdf"), "format": "pdf", "step": "validate", "reason": reason,
         "notice": WUXI.doc_number, "seq": "", "page": "", "row": "", "rule": "序号 sequence complete"}
    ]  # fmt: skip


def test_release_numbers_taken_by_parent_rows_are_not_missing(registry: Registry) -> None:
    # 序号 3 and 4 are printed as parent rows over a family's levels (Catalog.headings): no
    # entries, and not lost; 序号 5 is not printed at all: lost
    rows = wuxi_rows(7)
    del rows[2:5]
    doc = result("wuxi", "pdf", WUXI, rows)
    ref = SourceRef(doc.source.path, doc.source.sha256, 1, 4, 1)
    assert doc.catalog is not None
    headings = (Heading(1, "3", "家族甲", ref), Heading(1, "4", "家族乙", ref), Heading(1, "", "无序号", ref))
    got = release(registry, replace(doc, catalog=replace(doc.catalog, headings=headings)))
    assert got.blocked_notices == (WUXI_ID,)
    assert got.tables["rejected"]["reason"].str.startswith("seq = '5': 序号 5 missing").all()
    with_five = replace(doc.catalog, headings=(*headings, Heading(1, "5", "家族丙", ref)))
    got = release(registry, replace(doc, catalog=with_five))
    assert (got.blocked_notices, got.tables["entries"]["seq"].tolist()) == ((), ["1", "2", "6", "7"])


def test_release_seq_restarting_in_a_second_part_is_complete() -> None:
    from pipeline.sequence import sequence_gaps

    rows = [("n1", "1", s) for s in "123"] + [("n1", "2", s) for s in "12"] + [("n2", "1", s) for s in ("1", "2", "x")]
    frame = pd.DataFrame(rows, columns=["notice_id", "part", "seq"]).astype("string")
    assert sequence_gaps(frame) == []  # a part restarts at 1; a 序号 that is no number is the suite's business
    gapped = pd.concat([frame, pd.DataFrame([("n1", "2", "4")], columns=frame.columns)]).astype("string")
    [failure] = sequence_gaps(gapped)
    assert (failure.row_id, failure.value) == ("n1", "3") and "in part 2" in failure.message
    many = pd.DataFrame([("n3", "1", "1"), ("n3", "1", "40")], columns=frame.columns).astype("string")
    assert sequence_gaps(many)[0].value == "2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … (38 in all)"


def test_release_seq_must_start_at_1_or_go_on_from_the_part_before() -> None:
    from pipeline.sequence import sequence_gaps

    def frame(*rows: tuple[str, str, str]) -> pd.DataFrame:
        return pd.DataFrame(rows, columns=["notice_id", "part", "seq"]).astype("string")

    [late] = sequence_gaps(frame(("n1", "1", "5"), ("n1", "1", "6")))  # the first rows were lost
    assert (late.value, late.message.split(" (")[0]) == ("1, 2, 3, 4", "序号 1, 2, 3, 4 missing")
    assert sequence_gaps(frame(("n1", "1", "1"), ("n1", "1", "2"), ("n1", "2", "3"), ("n1", "2", "4"))) == []
    [cut] = sequence_gaps(frame(("n1", "1", "1"), ("n1", "1", "2"), ("n1", "2", "5")))  # neither 1 nor 3
    assert cut.value == "1, 2, 3, 4" and "in part 2" in cut.message
    assert sequence_gaps(frame(("n1", "1", "1"), ("n1", "2", "1"), ("n1", "10", "1"))) == []  # parts sort as numbers


def test_release_fetched_files_carry_their_url_and_an_attachment_takes_its_pages_metadata(registry: Registry) -> None:
    # A bureau page (HTML, the notice's text, no catalog) links a bare catalog attachment that
    # prints no document number, city or date: fetched together, they are one notice.
    page = DocumentResult(SourceFile("notice.html", sha256_of("notice.html"), 10), "html", WUXI, None, "no-catalog")
    bare = NoticeMeta(catalog_title="无锡市国际职业资格比照认定职称目录（第一批）")
    attachment = result("附件1", "xls", bare, wuxi_rows(3))
    by_hand = result("taizhou", "docx", TAIZHOU, taizhou_rows(2))
    origins = {
        page.source.sha256: Origin("https://hrss.example.cn/tz/notice.html"),
        attachment.source.sha256: Origin("https://hrss.example.cn/files/1.xls", "https://hrss.example.cn/tz/notice.html"),
    }
    got = results_to_release([page, attachment, by_hand], registry, Decisions(), None, origins)
    assert (got.blocked_notices, got.failures) == ((), ())
    entries = got.tables["entries"]
    wuxi = entries[entries["notice_id"] == WUXI_ID]
    assert list(wuxi["seq"]) == ["1", "2", "3"] and set(wuxi["doc_number"]) == {WUXI.doc_number}
    assert set(wuxi["city"]) == {WUXI.city} and set(wuxi["source_file"]) == {"附件1.xls"}
    assert set(wuxi["source_url"]) == {"https://hrss.example.cn/files/1.xls"}
    assert set(entries.loc[entries["notice_id"] == TAIZHOU_ID, "source_url"]) == {""}  # added by hand
    notices = got.tables["notices"].set_index("doc_number")
    assert notices.loc[WUXI.doc_number, "source_url"] == "https://hrss.example.cn/tz/notice.html"
    assert notices.loc[WUXI.doc_number, "catalog_title"] == bare.catalog_title  # its own, not the page's
    assert notices.loc[TAIZHOU.doc_number, "source_url"] == ""


def test_release_an_attachment_keeps_what_it_prints_and_a_page_without_number_gives_nothing(registry: Registry) -> None:
    own = NoticeMeta(city="常州")  # prints its city but no number
    page_meta = NoticeMeta(city="无锡", issue_date="2021-06-01")  # a page without a document number
    page = DocumentResult(SourceFile("p.html", sha256_of("p.html"), 10), "html", page_meta, None, "no-catalog")
    attachment = result("a", "docx", own, wuxi_rows(2))
    origins = {page.source.sha256: Origin("https://x.cn/p.html"), attachment.source.sha256: Origin("https://x.cn/a.docx", "https://x.cn/p.html")}
    [_, kept] = with_page_meta([page, attachment], origins)
    assert kept.meta == own  # nothing taken: the page names no notice
    numbered = DocumentResult(page.source, "html", WUXI, None, "no-catalog")
    [_, filled] = with_page_meta([numbered, attachment], origins)
    assert (filled.meta.doc_number, filled.meta.city, filled.meta.issue_date) == (WUXI.doc_number, "常州", WUXI.issue_date)
    [alone] = with_page_meta([attachment], origins)  # its page is not in raw/
    assert alone.meta == own


def test_release_outline_keeps_nothing_of_the_tables_it_empties() -> None:
    # An empty slice of Arrow-backed strings (pandas' default) holds every buffer of its table: an
    # outline kept to the end of a run must not keep the whole entries table alive.
    import gc

    import pyarrow as pa

    gc.collect()
    before = pa.total_allocated_bytes()
    entries = pd.DataFrame({"entry_id": [f"e{i:06d}" for i in range(100_000)], "qualification": ["Member"] * 100_000})
    release = Release({"entries": entries, "notices": pd.DataFrame({"notice_id": ["n1"]})})
    assert pa.total_allocated_bytes() > before + 500_000
    kept = release.outline()
    del release, entries
    gc.collect()
    assert pa.total_allocated_bytes() < before + 10_000
    assert kept.counts["entries"] == 100_000 and list(kept.tables["entries"].columns) == ["entry_id", "qualification"]
    assert kept.tables["entries"].dtypes.to_dict() == {"entry_id": pd.StringDtype(na_value=float("nan")),
                                                       "qualification": pd.StringDtype(na_value=float("nan"))}  # fmt: skip
