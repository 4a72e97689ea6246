"""One notice per document number across formats; formats cross-checked."""

from catalog.assemble import results_to_notices
from catalog.model import Catalog, CatalogRow, DocumentResult, NoticeMeta, SourceFile, SourceRef

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
