"""What the probe rounds' extractor tests share (tests/extractors/test_unseen9.py, test_unseen9b.py,
test_unseen10.py): a round's documents beside their truth files, and a document's rows as read."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from core.model import Catalog, DocumentResult
from extractors import read_document
from extractors.sniff import file_to_source, sniff_format
from extractors.tables import document_to_catalog
from tests.read_once import read_pdf_once

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SUFFIXES = (".pdf", ".docx", ".html", ".xlsx", ".odt", ".docm", ".dotx")
Row = tuple[str, ...]


def truth(path: Path) -> dict:  # type: ignore[type-arg]
    """The document's truth file: {"header", "rows"} of a catalog, or {"catalog": false, "why"}."""
    return json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def documents(folder: Path, catalog: bool | None = None) -> list[Path]:
    """The round's documents in name order: all, or only its catalogs (True) or look-alikes (False)."""
    found = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)
    return [p for p in found if catalog is None or (truth(p).get("catalog", True) is not False) == catalog]


def catalog(path: Path) -> Catalog:
    """The document's catalog as the reader finds it (or its error raised)."""
    source = file_to_source(path, path.parent)
    # a PDF is read once per suite run: test_pdfium reads every fixture PDF the same way (tests/read_once.py)
    document = read_pdf_once(path, source) if sniff_format(path) == "pdf" else read_document(path, source)
    return document_to_catalog(document)


def rows(path: Path) -> list[Row]:
    """Every catalog row the reader takes from the document, as the truth files give them."""
    return [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog(path).rows]


def published_seqs(printed: list[str]) -> list[tuple[str, str]]:
    """(part, 序号) a catalog's printed 序号 are published as, by README "Changes to the published files" (twenty-ninth
    session), worked out here apart from the reader's rule: 2.3 or 2-3 is 3 in part 2; Chinese numerals (一 … 二十三,
    printed in order) are their places; anything else stays as printed, in part 1."""
    out = []
    for place, seq in enumerate(printed, start=1):
        if grouped := re.fullmatch(r"([0-9]+)[.-]([0-9]+)", seq):
            out.append((grouped[1], grouped[2]))
        elif seq and set(seq) <= set("一二三四五六七八九十"):
            out.append(("1", str(place)))
        else:
            out.append(("1", seq))
    return out


def with_published_seqs(rows: list[list[str]]) -> list[tuple[str, ...]]:
    """A truth's rows with each 序号 as published (published_seqs), the part left out."""
    return [(seq, *row[1:]) for (_, seq), row in zip(published_seqs([r[0] for r in rows]), rows, strict=True)]


# A probe round's rows the reader gives otherwise than printed, each waiting for a steward:
# (file, 序号) -> (qualification as read, 译名 as read, a text its row's checks hold)
AsRead = dict[tuple[str, str], tuple[str, str, str]]
NOTICE_FIELDS = ("doc_number", "city", "office", "notice_title", "issue_date", "batch", "catalog_title")


def result(path: Path) -> DocumentResult:
    """The document as the pipeline reads it: its catalog (or why none), and its notice details."""
    from pipeline.ingest import document_to_result  # the notice details are read there

    return document_to_result(read_document(path, file_to_source(path, path.parent)))


def read_rows(result: DocumentResult) -> list[list[str]]:
    """A result's catalog rows in the truth files' six columns."""
    assert result.catalog is not None, result.reason
    return [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in result.catalog.rows]


def assert_read_exactly(path: Path, rows: list[list[str]] | None = None) -> DocumentResult:
    """The document's rows are `rows` (its truth's by default) and its notice details its truth's."""
    read = result(path)
    assert read_rows(read) == (truth(path)["rows"] if rows is None else rows)
    assert {field: getattr(read.meta, field) for field in NOTICE_FIELDS} == truth(path)["notice"]
    return read


def assert_not_read(path: Path, status: str, step: str, reason: str) -> None:
    """The document gives no catalog: set aside with `status` at `step`, its reason starting `reason`."""
    read = result(path)
    assert (read.status, read.step, read.catalog) == (status, step, None)
    assert read.reason.startswith(reason), read.reason


def assert_rows_and_details(path: Path, as_read: AsRead, title: Callable[[str], str] = lambda t: t) -> None:
    """The document's rows are its truth's, but those `as_read` (read so, with the check that makes them
    wait), with each title as `title` gives it; and its notice details are the truth's."""
    read_as = result(path)
    assert read_as.catalog is not None, read_as.reason
    expected = [list(row) for row in truth(path)["rows"]]
    for row in expected:
        if (path.name, row[0]) in as_read:
            row[1], row[2] = as_read[(path.name, row[0])][:2]
    read = [[r.seq, r.qualification, r.qualification_zh, r.issuer, title(r.title), r.series] for r in read_as.catalog.rows]
    assert read == expected
    for row in read_as.catalog.rows:
        if (path.name, row.seq) in as_read:
            assert any(as_read[(path.name, row.seq)][2] in c for c in row.checks), row.checks
    assert {field: getattr(read_as.meta, field) for field in NOTICE_FIELDS} == truth(path)["notice"]
