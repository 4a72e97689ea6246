"""The published tables built from notices: entries, notices, issuers, qualifications, rejected, disagreements."""

from __future__ import annotations

import pytest

from core.model import CatalogRow, DocumentResult, Heading, NoticeMeta, SourceFile, SourceRef, stable_id
from normalize.decisions import Decisions
from normalize.issuers import IssuerParts, cell_to_issuer
from normalize.registry import Issuer, Registry, load_registry
from pipeline.assemble import Disagreement, Notice
from pipeline.entries import (
    ENTRY_COLUMNS,
    Entry,
    disagreements_frame,
    entries_frame,
    issuers_frame,
    notices_frame,
    notices_to_entries,
    qualifications_frame,
    rejected_frame,
)
from tests.notices import load_truth

PDF = SourceFile("wuxi.pdf", "a" * 64, 1000)
DOCX = SourceFile("wuxi.docx", "b" * 64, 2000)
META = NoticeMeta(doc_number="锡人社职〔2021〕49号", city="无锡", office="无锡市人社局", notice_title="关于公布目录的通知",
                  issue_date="2021-12-13", effective_date="2022-01-01", batch="第一批", catalog_title="目录")  # fmt: skip
AIC = load_truth("wuxi-2021-49")["rows"][0][3]  # 美国建造师学会 (The American Institute of Constructors)
MARS = "火星工程师协会 (Mars Society of Engineers)"  # in no registry: a provisional id, sent to review


def ref(row: int, page: int | None = 2, bbox: tuple[float, float, float, float] | None = None) -> SourceRef:
    return SourceRef(PDF.path, PDF.sha256, 1, row, page, bbox)


def row(seq: str, name: str, issuer: str = AIC, country: str = "", **kw: object) -> CatalogRow:
    refs = kw.pop("refs", (ref(int(seq or 0) + 1),))
    return CatalogRow(seq, name, f"{name}（译）", issuer, "工程师", "建设工程", country, refs, **kw)  # type: ignore[arg-type]


def notice(*rows: CatalogRow, meta: NoticeMeta = META, notice_id: str = "notice-wuxi") -> Notice:
    return Notice(notice_id, meta, ((PDF, "pdf"), (DOCX, "docx")), tuple(rows), (DOCX.path,), read_by=("ocr", "text"))


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def entries_of(registry: Registry, *notices: Notice) -> list[Entry]:
    return notices_to_entries(list(notices), registry, Decisions())[0]


def test_entries_frame_one_pdf_row_with_every_lineage_field(registry: Registry) -> None:
    printed = row(
        "7", "Associate Constructor", refs=(ref(8, 2, (10.0, 20.25, 300.0, 40.04)), ref(2, 3), ref(3, None)),
        extra=(("备注", "新增"), ("等级", "二级")), checks=("issuer: Examiners| for", "title: a|b"), part=2,
    )  # fmt: skip
    frame = entries_frame(entries_of(registry, notice(printed)))
    assert list(frame.columns) == list(ENTRY_COLUMNS)
    aic = registry.by_id["iss-aic"]
    parts = cell_to_issuer(AIC, "")
    record = frame.to_dict("records")[0]
    assert record == {
        "entry_id": stable_id("entry", "notice-wuxi", "2:7"), "notice_id": "notice-wuxi",
        "doc_number": META.doc_number, "city": "无锡", "batch": "第一批", "part": "2", "seq": "7",
        "qualification": "Associate Constructor", "qualification_zh": "Associate Constructor（译）", "issuer": AIC,
        "issuer_id": "iss-aic", "qualification_id": record["qualification_id"], "title": "工程师", "series": "建设工程",
        "country": aic.country, "issuer_name_zh": parts.name_zh, "issuer_name_en": parts.name_en,
        "issuer_abbr": parts.abbr, "issuer_match": "matched:alias", "issuer_match_score": "100.0",
        "source_file": "wuxi.pdf", "source_sha256": "a" * 64, "source_page": "2", "source_table": "1",
        "source_row": "8", "source_bbox": "10.0,20.2,300.0,40.0", "continued_on": "p3 t1 r2;t1 r3",
        "also_in": "wuxi.docx", "extra": "备注=新增;等级=二级", "checks": "issuer: Examiners| for;title: a|b",
        "in_force": "true", "superseded_by": "",  # set by the release, over every published notice
        "source_url": "",  # added by hand: no provenance (tests/pipeline/test_release.py has fetched files)
        "ocr_confidence": "",  # read from text (tests/pipeline/test_ocr_review.py has scans)
    }  # fmt: skip
    assert record["qualification_id"].startswith("qual-") and aic.country == "US"
    assert (parts.name_zh, parts.name_en) == ("美国建造师学会", "The American Institute of Constructors")


def test_entries_frame_row_without_page_or_box(registry: Registry) -> None:
    frame = entries_frame(entries_of(registry, notice(row("1", "A", refs=(ref(2, None),)))))
    assert frame.loc[0, ["source_page", "source_bbox", "continued_on", "extra", "checks"]].tolist() == ["", "", "", "", ""]


def test_entries_frame_empty_has_the_columns() -> None:
    frame = entries_frame([])
    assert frame.empty and list(frame.columns) == list(ENTRY_COLUMNS)


def test_entries_repeated_seq_gets_its_own_id_and_one_review_item(registry: Registry) -> None:
    entries, review = notices_to_entries(
        [notice(row("1", "A"), row("1", "B"), row("2", "Certified Martian", MARS), row("3", "Martian II", MARS))],
        registry,
        Decisions(),
    )
    assert [e.entry_id for e in entries] == [
        stable_id("entry", "notice-wuxi", "1"), stable_id("entry", "notice-wuxi", "1", "2"),
        stable_id("entry", "notice-wuxi", "2"), stable_id("entry", "notice-wuxi", "3"),
    ]  # fmt: skip
    assert [e.occurrence for e in entries] == [1, 2, 1, 1]
    mars_ids = {e.match.issuer_id for e in entries[2:]}
    assert len(mars_ids) == 1 and next(iter(mars_ids)).startswith("issx-")
    # the same cell twice is one review item, named by the notice's document number and its first row
    assert [(i.raw, i.notice, i.source_file, i.page, i.row) for i in review] == [(MARS, META.doc_number, "wuxi.pdf", 2, 3)]


def test_entries_review_items_sorted_by_id_and_notice_named_by_id_without_number(registry: Registry) -> None:
    cells = [f"{name}工程师协会 ({name} Society of Engineers)" for name in ("Mars", "Venus", "Jupiter", "Saturn")]
    unnumbered = NoticeMeta(city="无锡")
    entries, review = notices_to_entries(
        [notice(*(row(str(i), f"Q{i}", cell) for i, cell in enumerate(cells, 1)), meta=unnumbered)], registry, Decisions()
    )
    assert [i.item_id for i in review] == sorted(i.item_id for i in review) and len(review) == 4
    assert {i.notice for i in review} == {"notice-wuxi"}


def test_entries_same_qualification_in_two_notices_shares_its_id(registry: Registry) -> None:
    other = NoticeMeta(doc_number="泰职办〔2022〕30号", city="泰州")
    entries = entries_of(
        registry, notice(row("1", "Associate Constructor")), notice(row("5", "Associate Constructor"), meta=other, notice_id="n2")
    )
    assert entries[0].qualification_id == entries[1].qualification_id
    assert [e.notice.notice_id for e in entries] == ["notice-wuxi", "n2"]


def test_notices_frame_one_row_per_notice_with_files_and_counts() -> None:
    struck = Heading(1, "7", "Certified Food Scientist (CFS)", SourceRef("x.html", "c" * 64, 1, 8), withdrawn=True)
    parent = Heading(1, "3", "ASNT NDT", SourceRef("x.html", "c" * 64, 1, 4))  # a parent row is no withdrawal
    unnumbered = Notice("notice-2", NoticeMeta(city="泰州"), ((DOCX, "docx"),), (), (), read_by=("text",),
                        headings=(parent, struck))  # fmt: skip
    frame = notices_frame([notice(), unnumbered], {"notice-wuxi": 61})
    assert frame.to_dict("records") == [
        {"notice_id": "notice-wuxi", "doc_number": META.doc_number, "city": "无锡", "office": "无锡市人社局",
         "title": "关于公布目录的通知", "issue_date": "2021-12-13", "effective_date": "2022-01-01", "batch": "第一批",
         "catalog_title": "目录", "entries": "61", "files": "wuxi.pdf;wuxi.docx", "formats": "pdf;docx",
         "sha256": f"{'a' * 64};{'b' * 64}", "replaces": "", "source_url": "", "read_by": "ocr;text", "withdrawn": ""},
        {"notice_id": "notice-2", "doc_number": "", "city": "泰州", "office": "", "title": "", "issue_date": "",
         "effective_date": "", "batch": "", "catalog_title": "", "entries": "0", "files": "wuxi.docx",
         "formats": "docx", "sha256": "b" * 64, "replaces": "", "source_url": "", "read_by": "text",
         "withdrawn": "7 Certified Food Scientist (CFS)"},
    ]  # fmt: skip


def test_qualifications_frame_groups_by_id_with_first_names_variants_and_cities(registry: Registry) -> None:
    other = NoticeMeta(doc_number="泰职办〔2022〕30号", city="泰州")
    entries = entries_of(
        registry,
        notice(row("1", "AIChE member"), row("2", "Certified Martian", MARS)),
        notice(row("1", "AICHE member"), meta=other, notice_id="n2"),  # the same qualification printed otherwise
    )
    assert entries[0].qualification_id == entries[2].qualification_id != entries[1].qualification_id
    frame = qualifications_frame(entries)
    by_id = {r["qualification_id"]: r for r in frame.to_dict("records")}
    assert list(frame["qualification_id"]) == sorted(by_id)
    assert by_id[entries[0].qualification_id] == {
        "qualification_id": entries[0].qualification_id, "issuer_id": "iss-aic", "qualification": "AIChE member",
        "qualification_zh": "AIChE member（译）", "variants": "AICHE member;AIChE member", "cities": "无锡;泰州",
        "entries": "2",
    }  # fmt: skip
    assert by_id[entries[1].qualification_id]["entries"] == "1"


def test_issuers_frame_registry_issuer_and_provisional_issuer(registry: Registry) -> None:
    short = "美国建造师学会"  # the same registry issuer printed without its English name
    other = NoticeMeta(doc_number="泰职办〔2022〕30号", city="泰州")
    entries = entries_of(
        registry,
        notice(row("1", "A"), row("2", "B", MARS, country="英国")),
        notice(row("1", "C", short), meta=other, notice_id="n2"),
    )
    mars = cell_to_issuer(MARS, "英国")
    aic = registry.by_id["iss-aic"]
    records = {r["issuer_id"]: r for r in issuers_frame(entries, registry).to_dict("records")}
    assert records["iss-aic"] == {
        "issuer_id": "iss-aic", "status": "registry", "name_zh": aic.name_zh, "name_en": aic.name_en,
        "abbr": aic.abbr, "country": aic.country, "printed_as": f"{short};{AIC}", "cities": "无锡;泰州", "entries": "2",
    }  # fmt: skip
    assert (aic.name_en, aic.abbr) == ("American Institute of Constructors", "AIC")  # not as printed
    mars_id = entries[1].match.issuer_id
    assert records[mars_id] == {
        "issuer_id": mars_id, "status": entries[1].match.status, "name_zh": "火星工程师协会",
        "name_en": "Mars Society of Engineers", "abbr": "", "country": mars.country, "printed_as": MARS,
        "cities": "无锡", "entries": "1",
    }  # fmt: skip
    assert mars.country == "GB" and entries[1].match.status == "new"
    assert list(records) == sorted(records)


def test_rejected_frame_documents_not_published_and_blocked_rows_sorted() -> None:
    results = [
        DocumentResult(SourceFile("z.pdf", "1" * 64, 0), None, NoticeMeta(doc_number="Z号"), None, "rejected", "read", "empty"),
        DocumentResult(SourceFile("ok.pdf", "2" * 64, 9), "pdf"),  # published: not listed
        DocumentResult(SourceFile("a.html", "3" * 64, 5), "html", NoticeMeta(), None, "no-catalog", "find-catalog", "no table"),
    ]  # fmt: skip
    blocked = [
        {"file": "m.pdf", "sha256": "4" * 64, "format": "", "step": "validate", "reason": "r2", "notice": "N", "seq": "9",
         "page": "1", "row": "3", "rule": "rule b"},
        {"file": "m.pdf", "sha256": "4" * 64, "format": "", "step": "validate", "reason": "r1", "notice": "N", "seq": "10",
         "page": "1", "row": "4", "rule": "rule a"},
    ]  # fmt: skip
    frame = rejected_frame(results, blocked)
    assert frame["rule"].tolist() == ["", "rule a", "rule b", ""]  # a document's own problem names no rule
    assert frame[["file", "format", "step", "reason", "notice", "seq"]].values.tolist() == [
        ["a.html", "html", "find-catalog", "no table", "", ""],
        ["m.pdf", "", "validate", "r1", "N", "10"],  # seq sorts as printed text
        ["m.pdf", "", "validate", "r2", "N", "9"],
        ["z.pdf", "", "read", "empty", "Z号", ""],
    ]
    assert frame.loc[3, ["sha256", "page", "row"]].tolist() == ["1" * 64, "", ""]
    assert list(frame.index) == [0, 1, 2, 3]


def test_rejected_frame_empty_has_the_columns() -> None:
    frame = rejected_frame([], [])
    assert frame.empty and list(frame.columns) == ["file", "sha256", "format", "step", "reason", "notice", "seq", "page", "row", "rule"]


def test_disagreements_frame_one_row_per_field() -> None:
    found = [
        Disagreement("n1", "3", "qualification", (("a.pdf", "Mechatroniker /-in"), ("a.docx", "Mechatroniker/-in"))),
        Disagreement("n1", "4", "row", (("a.pdf", "missing"), ("a.docx", "present"))),
    ]
    assert disagreements_frame(found).to_dict("records") == [
        {"notice_id": "n1", "seq": "3", "field": "qualification", "values": "a.pdf: Mechatroniker /-in | a.docx: Mechatroniker/-in"},
        {"notice_id": "n1", "seq": "4", "field": "row", "values": "a.pdf: missing | a.docx: present"},
    ]
    assert list(disagreements_frame([]).columns) == ["notice_id", "seq", "field", "values"]


def test_entries_qualification_ids_use_the_given_registry() -> None:
    """The issuer's abbreviation comes from the registry passed in (a steward's registry, not the bundled one)."""
    registry = Registry((Issuer("iss-xs", "X协会", "X Society", abbr="XS", country="GB"),))
    entries = entries_of(registry, notice(row("1", "XS Member", "X协会 (X Society)"), row("2", "Member", "X协会 (X Society)")))
    assert [e.match.issuer_id for e in entries] == ["iss-xs", "iss-xs"]
    assert entries[0].qualification_id == entries[1].qualification_id


def test_entries_frame_also_in_lists_every_other_file(registry: Registry) -> None:
    three = Notice("notice-wuxi", META, ((PDF, "pdf"), (DOCX, "docx")), (row("1", "A"),), ("wuxi.docx", "wuxi.html"))
    assert entries_frame(entries_of(registry, three)).loc[0, "also_in"] == "wuxi.docx;wuxi.html"


def test_issuers_frame_registry_names_not_the_first_printing(registry: Registry) -> None:
    english = "The American Institute of Constructors (AIC)"  # no Chinese name, no country prefix printed
    entries = entries_of(registry, notice(row("1", "A", english), row("2", "B")))
    assert cell_to_issuer(english, "") == IssuerParts(english, "", "The American Institute of Constructors", "AIC", "")
    aic = registry.by_id["iss-aic"]
    record = issuers_frame(entries, registry).to_dict("records")[0]
    assert (record["issuer_id"], record["name_zh"], record["name_en"], record["abbr"], record["country"]) == (
        "iss-aic", aic.name_zh, aic.name_en, aic.abbr, aic.country
    )
    assert (aic.name_zh, aic.country) == ("美国建造师学会", "US") and record["printed_as"] == f"{english};{AIC}"
