"""One notice per document number across formats; formats cross-checked."""

from dataclasses import replace

from core.model import Catalog, CatalogRow, DocumentResult, NoticeMeta, SourceFile, SourceRef
from pipeline.assemble import joined_check, results_to_notices

META = NoticeMeta(doc_number="苏人社发〔2023〕12号", city="苏州")


def result(path: str, fmt: str, rows: list[tuple[str, str]], meta: NoticeMeta = META) -> DocumentResult:
    source = SourceFile(path, path.ljust(64, "0")[:64], 1)
    catalog_rows = tuple(
        CatalogRow(seq, name, "译名", "DIHK", "工程师", "机械工程", "", (SourceRef(path, source.sha256, 1, i + 2, 1 if fmt == "pdf" else None),))
        for i, (seq, name) in enumerate(rows)
    )
    return DocumentResult(source, fmt, meta, Catalog((), (), catalog_rows), "catalog")  # type: ignore[arg-type]


def test_assemble_three_formats_are_one_notice_with_pdf_lineage() -> None:
    rows = [("1", "Mechatroniker/-in"), ("2", "Chemikant/-in")]
    notices, disagreements = results_to_notices(
        [result("a.html", "html", rows), result("a.docx", "docx", rows), result("a.pdf", "pdf", rows)]
    )
    assert len(notices) == 1 and disagreements == []
    notice = notices[0]
    assert [r.qualification for r in notice.rows] == ["Mechatroniker/-in", "Chemikant/-in"]
    assert {r.ref.file for r in notice.rows} == {"a.pdf"} and notice.also_in == ("a.docx", "a.html")


def test_assemble_notes_how_each_file_was_read() -> None:
    """A scan's rows carry OCR confidences: notices.csv's read_by says "ocr" for that file only."""
    rows = [("1", "Mechatroniker/-in")]
    scan = result("a.pdf", "pdf", rows)
    assert scan.catalog is not None
    ocr_rows = tuple(replace(r, ocr=(("issuer", 91.0, None),)) for r in scan.catalog.rows)
    scan = replace(scan, catalog=replace(scan.catalog, rows=ocr_rows))
    notices, _ = results_to_notices([result("a.docx", "docx", rows), scan])
    assert [(s.path, how) for (s, _), how in zip(notices[0].sources, notices[0].read_by)] == [
        ("a.pdf", "ocr"), ("a.docx", "text")]  # fmt: skip


def test_assemble_majority_wins_and_disagreement_is_reported() -> None:
    notices, disagreements = results_to_notices(
        [result("a.pdf", "pdf", [("1", "Mechatroniker /-in")]), result("a.docx", "docx", [("1", "Mechatroniker/-in")]),
         result("a.html", "html", [("1", "Mechatroniker/-in")])]
    )  # fmt: skip
    assert notices[0].rows[0].qualification == "Mechatroniker/-in"
    assert notices[0].rows[0].ref.file == "a.pdf"
    assert [(d.seq, d.field) for d in disagreements] == [("1", "qualification")]
    assert dict(disagreements[0].values)["a.pdf"] == "Mechatroniker /-in"


def test_assemble_row_missing_in_one_format_is_reported() -> None:
    notices, disagreements = results_to_notices(
        [result("a.pdf", "pdf", [("1", "A")]), result("a.docx", "docx", [("1", "A"), ("2", "B")])]
    )
    assert [r.seq for r in notices[0].rows] == ["1", "2"]
    assert [(d.seq, d.field, dict(d.values)["a.pdf"]) for d in disagreements] == [("2", "row", "missing")]


def test_assemble_repeated_seq_keeps_both_rows() -> None:
    notices, _ = results_to_notices([result("a.docx", "docx", [("1", "A"), ("1", "B")])])
    assert [(r.seq, r.qualification) for r in notices[0].rows] == [("1", "A"), ("1", "B")]


def test_assemble_different_numbers_and_unnumbered_files_stay_apart() -> None:
    other = NoticeMeta(doc_number="苏人社发〔2024〕3号")
    notices, _ = results_to_notices(
        [result("a.docx", "docx", [("1", "A")]), result("b.docx", "docx", [("1", "A")], other),
         result("c.docx", "docx", [("1", "A")], NoticeMeta()), result("d.docx", "docx", [("1", "A")], NoticeMeta())]
    )  # fmt: skip
    assert len(notices) == 4


GUILIN = "桂林市国际职业资格比照认定职称目录（第一批）"


def test_assemble_bare_renderings_of_one_catalog_are_one_notice() -> None:
    """A workbook and its print name no 文号, title or date, only city and catalog title: one notice."""
    bare = NoticeMeta(city="桂林", catalog_title=GUILIN, batch="第一批")
    print_ = NoticeMeta(city="桂林", catalog_title=GUILIN.replace("（", "(").replace("）", ")") + " ", batch="第一批")
    notices, _ = results_to_notices([result("g.xlsx", "xlsx", [("1", "A")], bare),
                                     result("g.pdf", "pdf", [("1", "A")], print_)])  # fmt: skip
    assert [(len(n.rows), n.rows[0].ref.file, n.also_in) for n in notices] == [(1, "g.pdf", ("g.xlsx",))]


def test_assemble_bare_attachment_joins_the_one_notice_printing_its_catalog_title() -> None:
    numbered = replace(META, city="桂林", catalog_title=GUILIN)
    bare = NoticeMeta(city="桂林", catalog_title=GUILIN)
    notices, _ = results_to_notices([result("n.docx", "docx", [("1", "A")], numbered),
                                     result("t.xlsx", "xlsx", [("1", "A")], bare)])  # fmt: skip
    assert [(n.meta.doc_number, n.also_in) for n in notices] == [(META.doc_number, ("t.xlsx",))]
    titled = NoticeMeta(city="桂林", catalog_title=GUILIN, notice_title="关于公布…的通知", issue_date="2025-03-01")
    notices, _ = results_to_notices([result("n.docx", "docx", [("1", "A")], titled),
                                     result("t.xlsx", "xlsx", [("1", "A")], bare)])  # fmt: skip
    assert [(n.meta.issue_date, n.also_in) for n in notices] == [("2025-03-01", ("t.xlsx",))]


def test_assemble_bare_file_stays_alone_when_its_catalog_is_ambiguous_or_another() -> None:
    bare = NoticeMeta(city="桂林", catalog_title=GUILIN)
    two = [result("n1.docx", "docx", [("1", "A")], replace(META, city="桂林", catalog_title=GUILIN)),
           result("n2.docx", "docx", [("1", "A")], NoticeMeta(doc_number="桂人社发〔2026〕1号", city="桂林",
                                                             catalog_title=GUILIN))]  # fmt: skip
    notices, _ = results_to_notices([*two, result("t.xlsx", "xlsx", [("1", "A")], bare)])
    assert len(notices) == 3
    second = NoticeMeta(city="桂林", catalog_title=GUILIN.replace("第一批", "第二批"))
    other_city = NoticeMeta(city="柳州", catalog_title=GUILIN)
    notices, _ = results_to_notices([result("t.xlsx", "xlsx", [("1", "A")], bare),
                                     result("u.xlsx", "xlsx", [("1", "A")], second),
                                     result("v.xlsx", "xlsx", [("1", "A")], other_city),
                                     result("w.xlsx", "xlsx", [("1", "A")], NoticeMeta())])  # fmt: skip
    assert len(notices) == 4
    # a catalog title without a city is every city's: two such tables are two notices
    generic = NoticeMeta(catalog_title="国际职业资格比照认定职称目录")
    notices, _ = results_to_notices([result("wuxi.pdf", "pdf", [("1", "A")], generic),
                                     result("taizhou.pdf", "pdf", [("1", "B")], generic),
                                     result("n.docx", "docx", [("1", "A")], replace(META, catalog_title=generic.catalog_title))])  # fmt: skip
    assert len(notices) == 3


def test_assemble_files_joined_by_catalog_title_that_differ_are_checked_only_then() -> None:
    """A row that two bare files print otherwise (beyond spaces, punctuation, widths, case) gets
    a JOINED_NOTE check per field; files of one 文号 that differ get none (the vote decides, and
    disagreements.csv says it: a rendering's misreading, not a correction)."""
    bare = NoticeMeta(city="桂林", catalog_title=GUILIN)
    notices, _ = results_to_notices([result("g.xlsx", "xlsx", [("1", "A"), ("2", "Pipe Welder")], bare),
                                     result("g.pdf", "pdf", [("1", "B"), ("2", "pipe  welder")], bare)])  # fmt: skip
    assert [row.checks for row in notices[0].rows] == [
        (joined_check("qualification", "g.pdf: B; g.xlsx: A"),), ()]  # fmt: skip
    notices, _ = results_to_notices([result("n.docx", "docx", [("1", "A")], META),
                                     result("n.pdf", "pdf", [("1", "B"), ("2", "C")], META)])  # fmt: skip
    assert [row.checks for row in notices[0].rows] == [(), ()]


def test_assemble_two_cities_sharing_a_title_and_date_are_two_notices() -> None:
    """A province's wording used by two cities on one day, no 文号 printed: two notices; the same
    title and date in one city (a page and its print) stay one, and a 文号 is never split."""
    titled = NoticeMeta(notice_title="关于公布国际职业资格比照认定职称目录（第一批）的通知", issue_date="2025-03-01")
    notices, _ = results_to_notices([result("a.html", "html", [("1", "A")], replace(titled, city="唐山")),
                                     result("a.pdf", "pdf", [("1", "A")], replace(titled, city="唐山")),
                                     result("b.html", "html", [("1", "B")], replace(titled, city="保定"))])  # fmt: skip
    assert sorted((n.meta.city, n.rows[0].qualification, len(n.sources)) for n in notices) == [("保定", "B", 1), ("唐山", "A", 2)]
    # split by city, the files of one city are renderings of their notice, not files joined by title
    notices, _ = results_to_notices([result("a.html", "html", [("1", "A")], replace(titled, city="唐山")),
                                     result("a.pdf", "pdf", [("1", "A2")], replace(titled, city="唐山")),
                                     result("b.html", "html", [("1", "B")], replace(titled, city="保定"))])  # fmt: skip
    assert [row.checks for n in notices for row in n.rows] == [(), ()]
    one = results_to_notices([result("a.html", "html", [("1", "A")], replace(titled, city="唐山")),
                              result("a.pdf", "pdf", [("1", "A")], replace(titled, city="唐山"))])[0]
    assert [n.notice_id for n in one] == [stable_id("notice", f"{titled.notice_title}|{titled.issue_date}")]
    numbered = [result("n.html", "html", [("1", "A")], replace(META, city="河北")), result("n.pdf", "pdf", [("1", "A")], META)]
    assert len(results_to_notices(numbered)[0]) == 1


# --- notice keys, lineage, metadata, tie-breaks and row keys (exact outcomes)

import pytest  # noqa: E402

from core.model import stable_id  # noqa: E402


def doc(path: str, fmt: str | None, rows: list[CatalogRow], meta: NoticeMeta = META, status: str = "catalog") -> DocumentResult:
    source = SourceFile(path, path.encode().hex().ljust(64, "0")[:64], 1)
    return DocumentResult(source, fmt, meta, Catalog((), (), tuple(rows)), status)  # type: ignore[arg-type]


def printed(seq: str, name: str = "A", issuer: str = "DIHK", checks: tuple[str, ...] = (), file: str = "a.pdf") -> CatalogRow:
    return CatalogRow(seq, name, "译名", issuer, "工程师", "机械工程", "", (SourceRef(file, "0" * 64, 1, 2),), checks=checks)


@pytest.mark.parametrize(
    "metas, groups",
    [
        # same title and date, no number: one notice
        ([NoticeMeta(notice_title="关于目录的通知", issue_date="2022-01-05")] * 2, 1),
        # a title without a date (or a date without a title) does not make two files one notice
        ([NoticeMeta(notice_title="关于目录的通知")] * 2, 2),
        ([NoticeMeta(issue_date="2022-01-05")] * 2, 2),
        ([META, NoticeMeta(doc_number=META.doc_number, notice_title="其他标题")], 1),  # the number decides
    ],
)
def test_assemble_notice_key(metas: list[NoticeMeta], groups: int) -> None:
    notices, _ = results_to_notices([doc(f"f{i}.docx", "docx", [printed("1")], m) for i, m in enumerate(metas)])
    assert len(notices) == groups


def test_assemble_notice_id_is_stable_from_the_document_number() -> None:
    notices, _ = results_to_notices([doc("a.pdf", "pdf", [printed("1")]), doc("a.docx", "docx", [printed("1")])])
    assert notices[0].notice_id == stable_id("notice", META.doc_number)


def test_assemble_only_catalog_results_make_notices() -> None:
    quarantined = doc("q.pdf", "pdf", [printed("1", "Q")], status="rejected")  # a catalog, but quarantined
    notices, disagreements = results_to_notices([quarantined, doc("a.docx", "docx", [printed("1", "A")])])
    assert [(n.sources[0][0].path, [r.qualification for r in n.rows]) for n in notices] == [("a.docx", ["A"])]
    assert disagreements == []


def test_assemble_sources_in_lineage_order_and_unknown_format_last() -> None:
    group = [doc("c.html", "html", [printed("1")]), doc("b.bin", None, [printed("1")]), doc("d.docx", "docx", [printed("1")]),
             doc("e.pdf", "pdf", [printed("1")])]  # fmt: skip
    notice = results_to_notices(group)[0][0]
    assert [(s.path, fmt) for s, fmt in notice.sources] == [("e.pdf", "pdf"), ("d.docx", "docx"), ("c.html", "html"), ("b.bin", "")]
    assert notice.also_in == ("d.docx", "c.html", "b.bin")


def test_assemble_same_bytes_twice_is_one_document() -> None:
    first = doc("a.pdf", "pdf", [printed("1")])
    copy = DocumentResult(SourceFile("copy/a.pdf", first.source.sha256, 1), "pdf", META, first.catalog)
    notice = results_to_notices([copy, first])[0][0]
    assert [s.path for s, _ in notice.sources] == ["a.pdf"] and notice.also_in == ()


def test_assemble_meta_voted_per_field_and_differences_reported() -> None:
    pdf_meta = NoticeMeta(doc_number=META.doc_number, city="苏州", notice_title="PDF 标题")
    docx_meta = NoticeMeta(doc_number=META.doc_number, city="苏州市", notice_title="DOCX 标题", issue_date="2023-02-01")
    html_meta = NoticeMeta(doc_number=META.doc_number, city="苏州", batch="第二批", issue_date="2023-02-02")
    notices, disagreements = results_to_notices(
        [doc("a.html", "html", [printed("1")], html_meta), doc("a.docx", "docx", [printed("1")], docx_meta),
         doc("a.pdf", "pdf", [printed("1")], pdf_meta)]
    )  # fmt: skip
    assert notices[0].meta == NoticeMeta(
        doc_number=META.doc_number, city="苏州", office="", notice_title="DOCX 标题", issue_date="2023-02-01",
        effective_date="", batch="第二批", catalog_title="",
    )  # majority, else DOCX before HTML before PDF; an empty value does not vote  # fmt: skip
    notice_id = notices[0].notice_id
    assert [(d.notice_id, d.seq, d.field, d.values) for d in disagreements] == [
        (notice_id, "", "notice.city", (("a.pdf", "苏州"), ("a.docx", "苏州市"), ("a.html", "苏州"))),
        (notice_id, "", "notice.title", (("a.pdf", "PDF 标题"), ("a.docx", "DOCX 标题"), ("a.html", ""))),
        (notice_id, "", "notice.issue_date", (("a.pdf", ""), ("a.docx", "2023-02-01"), ("a.html", "2023-02-02"))),
    ]


@pytest.mark.parametrize(
    "printed_as, winner",
    [
        # one file each: the tie goes to DOCX, then HTML, then PDF (values chosen so that the
        # alphabetical order would pick the other one)
        ({"pdf": "B", "docx": "A"}, "A"),
        ({"pdf": "Z", "html": "Y"}, "Y"),
        ({"html": "D", "docx": "C"}, "C"),
        ({"pdf": "B", "docx": "A", "html": "B"}, "B"),  # the majority beats the preference
        ({"pdf": "A", None: "B"}, "A"),  # a file of unknown format ranks after every format
        ({None: "A", "pdf": "B"}, "B"),
    ],
)
def test_assemble_vote_tie_break(printed_as: dict[str | None, str], winner: str) -> None:
    group = [doc(f"a.{fmt or 'bin'}", fmt, [printed("1", issuer=value)]) for fmt, value in printed_as.items()]
    notices, disagreements = results_to_notices(group)
    assert notices[0].rows[0].issuer == winner
    assert [(d.notice_id, d.seq, d.field) for d in disagreements] == [(notices[0].notice_id, "1", "issuer")]


def test_assemble_row_disagreement_marks_every_file() -> None:
    notices, disagreements = results_to_notices(
        [doc("a.pdf", "pdf", [printed("1")]), doc("a.docx", "docx", [printed("1"), printed("2")]),
         doc("a.html", "html", [printed("1"), printed("2")])]
    )  # fmt: skip
    assert [(d.notice_id, d.seq, d.field, d.values) for d in disagreements] == [
        (notices[0].notice_id, "2", "row", (("a.pdf", "missing"), ("a.docx", "present"), ("a.html", "present")))
    ]


@pytest.mark.parametrize(
    "pdf_seqs, docx_seqs, missing",
    [
        (["", "", ""], ["", ""], "#3"),  # unnumbered rows align by position
        (["1", "1", "1"], ["1", "1"], "1~3"),  # a 序号 printed three times
        (["1", "1"], ["1", "1", "1", "1"], "1~4"),
    ],
)
def test_assemble_row_keys_without_or_with_repeated_seq(pdf_seqs: list[str], docx_seqs: list[str], missing: str) -> None:
    pdf = doc("a.pdf", "pdf", [printed(s, f"Q{i}") for i, s in enumerate(pdf_seqs)])
    docx = doc("a.docx", "docx", [printed(s, f"Q{i}") for i, s in enumerate(docx_seqs)])
    notices, disagreements = results_to_notices([pdf, docx])
    longest = max(len(pdf_seqs), len(docx_seqs))
    assert [r.qualification for r in notices[0].rows] == [f"Q{i}" for i in range(longest)]
    assert [(d.seq, d.field) for d in disagreements][-1] == (missing, "row")
    assert all(d.field == "row" for d in disagreements)


def test_assemble_checks_kept_only_where_one_file_printed_the_row() -> None:
    check = ("issuer: Examiners| for",)
    alone = results_to_notices([doc("a.pdf", "pdf", [printed("1", checks=check)])])[0][0]
    assert alone.rows[0].checks == check
    both = results_to_notices(
        [doc("a.pdf", "pdf", [printed("1", checks=check), printed("2", checks=check)]), doc("a.docx", "docx", [printed("1")])]
    )[0][0]
    assert [r.checks for r in both.rows] == [(), check]  # row 2 only in the PDF: the steward still has to look


def test_assemble_tie_goes_to_the_whole_catalog_never_to_the_file_name() -> None:
    # Two PDFs of one notice print row 1 differently, one vote each. The one whose 序号 run
    # 1, 2, 3 wins over the one that skips 2, whatever the files are called.
    whole = [("1", "Mechatroniker/-in"), ("2", "Chemikant/-in"), ("3", "Pharmakant/-in")]
    gapped = [("1", "Mechatroniker /-in"), ("3", "Pharmakant/-in")]
    for whole_name, gapped_name in (("a.pdf", "b.pdf"), ("b.pdf", "a.pdf")):
        notices, disagreements = results_to_notices([result(gapped_name, "pdf", gapped), result(whole_name, "pdf", whole)])
        assert notices[0].rows[0].qualification == "Mechatroniker/-in", whole_name
        assert notices[0].rows[0].ref.file == whole_name  # the whole file's lineage too
        assert ("1", "qualification") in [(d.seq, d.field) for d in disagreements]  # and the disagreement is kept


def test_assemble_full_tie_is_decided_by_content_not_by_name() -> None:
    def chosen(first: str, second: str) -> str:
        notices, _ = results_to_notices([result(first, "pdf", [("1", "A")]), result(second, "pdf", [("1", "B")])])
        return notices[0].rows[0].qualification

    # renaming the files (each keeps its bytes, hence its hash) changes nothing
    one = chosen("x.pdf", "y.pdf")
    swapped_names = results_to_notices(
        [DocumentResult(SourceFile("y.pdf", "x.pdf".ljust(64, "0")[:64], 1), "pdf", META,
                        result("x.pdf", "pdf", [("1", "A")]).catalog, "catalog"),  # type: ignore[arg-type]
         DocumentResult(SourceFile("x.pdf", "y.pdf".ljust(64, "0")[:64], 1), "pdf", META,
                        result("y.pdf", "pdf", [("1", "B")]).catalog, "catalog")]  # type: ignore[arg-type]
    )[0][0].rows[0].qualification  # fmt: skip
    assert one == swapped_names == "A"


# --- a notice that names its catalog, in no file of the run (catalogs_not_found) --------------

from pathlib import Path  # noqa: E402

from core.model import Origin  # noqa: E402
from extractors.metadata import own_catalog  # noqa: E402
from pipeline.assemble import catalogs_not_found  # noqa: E402

HEZE = "关于印发《菏泽市国际职业资格比照认定职称目录》的通知\n各县区人力资源和社会保障局：\n附件：菏泽市国际职业资格比照认定职称目录"


def _page(text: str, name: str = "page.html", doc_number: str = "菏人社发〔2025〕3号") -> DocumentResult:
    meta = NoticeMeta(doc_number=doc_number, city="菏泽", notice_title=text.split("\n")[0])
    return DocumentResult(SourceFile(name, name.ljust(64, "0")[:64], 1), "html", meta, None, "no-catalog", "find-catalog",
                          "none of the tables is a catalog", names_catalog=own_catalog(text))  # fmt: skip


def _catalog(name: str, doc_number: str = "", catalog_title: str = "") -> DocumentResult:
    return result(name, "pdf", [("1", "Certified Welding Inspector")],
                  NoticeMeta(doc_number=doc_number, city="菏泽", catalog_title=catalog_title))  # fmt: skip


@pytest.mark.parametrize(
    ("others", "origins", "waits"),
    [([], {}, True),  # the page alone: its catalog is missing
     ([_catalog("a.pdf", doc_number="菏人社发〔2025〕3号")], {}, False),  # the notice's other rendering
     ([_catalog("a.pdf", catalog_title="菏泽市国际职业资格比照认定职称目录")], {}, False),  # the bare attachment, its title printed
     ([_catalog("a.pdf", catalog_title="菏泽市国际职业资格比照认定职称目录 (第一批)")], {}, False),  # with its batch
     ([_catalog("a.pdf")], {"a.pdf".ljust(64, "0"): Origin("https://hrss.heze.gov.cn/a.pdf", "https://hrss.heze.gov.cn/n.html"),
                            "page.html".ljust(64, "0"): Origin("https://hrss.heze.gov.cn/n.html")}, False),  # fetched from the page
     ([_catalog("b.pdf", doc_number="泰职办〔2022〕30号")], {}, True)],  # another notice's catalog
    ids=["alone", "same-notice", "same-title", "same-title-batch", "fetched-from-it", "other-notice"],
)  # fmt: skip
def test_a_notice_naming_its_catalog_waits_unless_the_run_holds_it(
    others: list[DocumentResult], origins: dict[str, Origin], waits: bool
) -> None:
    [page, *_] = catalogs_not_found([_page(HEZE), *others], origins)
    assert page.status == ("rejected" if waits else "no-catalog")
    if waits:
        assert page.reason.startswith("the notice names its catalog (菏泽市国际职业资格比照认定职称目录), but no table")


@pytest.mark.parametrize(
    "text",
    ["关于公布2024年度国际职业资格比照认定结果的公示\n根据《菏泽市国际职业资格比照认定职称目录》，经审核",  # cites it
     "关于印发《菏泽市职称评审专业目录》的通知\n附件：菏泽市职称评审专业目录",  # a catalog, not an international one
     "关于做好2025年度职称评审工作的通知\n各单位："],  # names none
    ids=["cites", "not-international", "names-none"],
)  # fmt: skip
def test_a_notice_citing_or_naming_another_catalog_stays_no_catalog(text: str) -> None:
    [page] = catalogs_not_found([_page(text)], {})
    assert page.status == "no-catalog"


@pytest.mark.parametrize(
    ("img", "pictured"),
    [('<img src="mulu.png" width="800" height="1100">', True),  # the catalog pasted as a picture
     ('<img src="mulu.png" style="width: 760px; height:980px">', True),
     ('<img src="banner.png" width="800" height="120">', False),  # a banner
     ('<img src="mulu.png" style="width:100%">', False),  # no height given: nothing to measure
     ('<div style="display:none"><img src="mulu.png" width="800" height="1100"></div>', False)],  # not shown
    ids=["attributes", "style", "banner", "no-height", "hidden"],
)  # fmt: skip
def test_a_web_page_naming_its_catalog_over_a_picture_waits_and_says_so(tmp_path: Path, img: str, pictured: bool) -> None:
    """A web page whose catalog is a picture: it waits (its catalog is in no file of the run), and
    the reason names the picture when the page gives it a table's size."""
    from pipeline.ingest import file_to_result

    page = tmp_path / "heze.html"
    page.write_text("<html><body><h1>关于印发《菏泽市国际职业资格比照认定职称目录》的通知</h1><p>各县区人力资源和社会保障局：</p>"
                    f"<p>附件：菏泽市国际职业资格比照认定职称目录</p>{img}</body></html>", encoding="utf-8")  # fmt: skip
    result = file_to_result(page, tmp_path)
    assert (result.status, result.names_catalog) == ("no-catalog", "菏泽市国际职业资格比照认定职称目录")
    [waiting] = catalogs_not_found([result], {})
    assert waiting.status == "rejected"
    assert ("the file holds 1 picture(s): a catalog printed as a picture is not read" in waiting.reason) is pictured


def test_assemble_print_that_lost_its_number_joins_the_notice_with_the_same_title() -> None:
    """A browser's print of a notice page read no 文号 but the page's title, date and catalog title:
    it is a rendering of the page's notice, not a notice of its own."""
    title = "关于公布桂林市国际职业资格比照认定职称目录（第一批）的通知"
    page = replace(META, city="桂林", catalog_title=GUILIN, notice_title=title, issue_date="2025-03-01")
    print_ = replace(page, doc_number="", notice_title=title.replace("国际", "国 际"))  # its line break printed
    notices, _ = results_to_notices([result("p.html", "html", [("1", "A")], page),
                                     result("p.pdf", "pdf", [("1", "A")], print_)])  # fmt: skip
    assert [(n.meta.doc_number, n.rows[0].ref.file, n.also_in) for n in notices] == [(META.doc_number, "p.pdf", ("p.html",))]
    # a file whose title is another notice's stays apart, though it prints the same catalog title
    other = replace(print_, notice_title="关于转发桂林市国际职业资格比照认定职称目录的通知")
    notices, _ = results_to_notices([result("p.html", "html", [("1", "A")], page),
                                     result("q.pdf", "pdf", [("1", "A")], other)])  # fmt: skip
    assert len(notices) == 2
