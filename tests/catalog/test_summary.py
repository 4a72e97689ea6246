"""The run summary and the exit code of `catalog run` (README: exit codes), from a run report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from catalog.model import DocumentResult, NoticeMeta, SourceFile
from catalog.publish import Published
from catalog.release import Release
from catalog.summary import report_exit_code, report_to_text

CURATED = Path("/data/curated")
REJECTED_COLUMNS = ["file", "sha256", "format", "step", "reason", "notice", "seq", "page", "row"]


@dataclass(frozen=True)
class Report:
    """Stands in for flows.catalog_flow.RunReport (same attributes) without importing Prefect."""

    results: tuple[DocumentResult, ...]
    release: Release
    published: Published | None


def doc(path: str, status: str = "catalog", step: str = "", reason: str = "") -> DocumentResult:
    fmt = path.rsplit(".", 1)[-1] if status == "catalog" else None
    return DocumentResult(SourceFile(path, "0" * 64, 1), fmt, NoticeMeta(), None, status, step, reason)  # type: ignore[arg-type]


def frame(rows: list[dict[str, str]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=columns).astype("string")


def notice_row(number: str, city: str, entries: int, formats: str) -> dict[str, str]:
    return {"notice_id": f"notice-{city}", "doc_number": number, "city": city, "batch": "第一批",
            "entries": str(entries), "formats": formats}  # fmt: skip


def held_row(file: str, notice: str, seq: str, row: str, reason: str) -> dict[str, str]:
    return {"file": file, "sha256": "0" * 64, "format": "", "step": "validate", "reason": reason,
            "notice": notice, "seq": seq, "page": "1", "row": row}  # fmt: skip


def release(
    notices: Sequence[dict[str, str]] = (),
    rejected: Sequence[dict[str, str]] = (),
    blocked: tuple[str, ...] = (),
    sizes: dict[str, int] | None = None,
) -> Release:
    """A release whose tables have the given rows (and `sizes` rows where only the count matters)."""
    sizes = {"entries": 0, "issuers": 0, "qualifications": 0, "review": 0, "disagreements": 0, **(sizes or {})}
    tables = {name: frame([{"x": str(i)} for i in range(n)], ["x"]) for name, n in sizes.items()}
    tables["notices"] = frame(list(notices), ["notice_id", "doc_number", "city", "batch", "entries", "formats"])
    tables["rejected"] = frame(list(rejected), REJECTED_COLUMNS)
    return Release(tables, blocked)


PUBLISHED = Published("0123456789abcdef", CURATED / "versions" / "0123456789abcdef", changed=True)
UNCHANGED = Published("0123456789abcdef", CURATED / "versions" / "0123456789abcdef", changed=False)
GOOD = (doc("a.pdf"), doc("a.docx"))
QUARANTINED = doc("broken.pdf", "rejected", "read", "the file is empty (0 bytes)")
NO_CATALOG = doc("letter.html", "no-catalog", "find-catalog", "none of the 0 tables has a catalog header")


@pytest.mark.parametrize(
    "results, blocked, published, code",
    [
        (GOOD, (), PUBLISHED, 0),
        (GOOD, (), UNCHANGED, 0),  # nothing changed is a success
        (GOOD + (NO_CATALOG,), (), PUBLISHED, 0),  # a notice without a catalog is not an error
        (GOOD + (QUARANTINED,), (), PUBLISHED, 1),  # a quarantined document
        ((QUARANTINED,) + GOOD, (), UNCHANGED, 1),
        (GOOD, ("notice-1",), PUBLISHED, 1),  # a notice held back by validation
        (GOOD, (), None, 1),  # nothing left to publish
        ((), (), None, 1),
    ],
)
def test_summary_exit_code(
    results: tuple[DocumentResult, ...], blocked: tuple[str, ...], published: Published | None, code: int
) -> None:
    assert report_exit_code(Report(results, release(blocked=blocked), published)) == code


def test_summary_text_published_with_held_back_notice_and_quarantine() -> None:
    notices = [notice_row("锡人社职〔2021〕49号", "无锡", 61, "pdf;docx;html"), notice_row("", "泰州", 52, "pdf")]
    rejected = [
        {**held_row("broken.pdf", "", "", "", "the file is empty (0 bytes)"), "step": "read", "page": ""},
        held_row("z.pdf", "苏人社发〔2023〕12号", "7", "9", "title …: title = '教授'; notice held back"),
        held_row("z.pdf", "苏人社发〔2023〕12号", "8", "10", "title …: title = '讲师'; notice held back"),
        held_row("y.pdf", "常人社〔2023〕1号", "1", "2", "issuer not empty: issuer = ''; notice held back"),
    ]
    sizes = {"entries": 113, "issuers": 40, "qualifications": 110, "review": 3, "disagreements": 2}
    report = Report(GOOD + (NO_CATALOG, QUARANTINED), release(notices, rejected, ("n1", "n2"), sizes), PUBLISHED)
    assert report_to_text(report, CURATED).splitlines() == [
        "catalog run: published new version 0123456789abcdef in /data/curated",
        "  documents: 4 read: 2 with a catalog, 1 without one, 1 quarantined",
        "  notice 锡人社职〔2021〕49号 (无锡, 第一批): 61 entries from pdf;docx;html",
        "  notice notice-泰州 (泰州, 第一批): 52 entries from pdf",  # no document number: the notice id
        "  entries: 113, issuers: 40, qualifications: 110, waiting for review: 3, format disagreements: 2",
        "  HELD BACK notice 常人社〔2023〕1号: 1 row(s) break the entries suite (see rejected.csv)",
        "    y.pdf row 2 (序号 1): issuer not empty: issuer = ''; notice held back",
        "  HELD BACK notice 苏人社发〔2023〕12号: 2 row(s) break the entries suite (see rejected.csv)",
        "    z.pdf row 9 (序号 7): title …: title = '教授'; notice held back",
        "    z.pdf row 10 (序号 8): title …: title = '讲师'; notice held back",
        "  no-catalog: letter.html: [find-catalog] none of the 0 tables has a catalog header",
        "  rejected: broken.pdf: [read] the file is empty (0 bytes)",
    ]


def test_summary_text_nothing_published() -> None:
    report = Report((QUARANTINED,), release(), None)
    assert report_to_text(report, CURATED).splitlines() == [
        "catalog run: nothing published (no catalog entry passed); the current version is unchanged",
        "  documents: 1 read: 0 with a catalog, 0 without one, 1 quarantined",
        "  entries: 0, issuers: 0, qualifications: 0, waiting for review: 0, format disagreements: 0",
        "  rejected: broken.pdf: [read] the file is empty (0 bytes)",
    ]


def test_summary_text_nothing_changed_names_current_version() -> None:
    report = Report(GOOD, release([notice_row("锡人社职〔2021〕49号", "无锡", 1, "pdf;docx")], sizes={"entries": 1}), UNCHANGED)
    assert report_to_text(report, CURATED).splitlines()[:2] == [
        "catalog run: nothing changed; current version 0123456789abcdef in /data/curated",
        "  documents: 2 read: 2 with a catalog, 0 without one, 0 quarantined",
    ]


def test_summary_text_lists_at_most_20_rows_per_held_back_notice() -> None:
    rejected = [held_row("z.pdf", "苏人社发〔2023〕12号", str(i), str(i + 1), "r") for i in range(1, 26)]
    text = report_to_text(Report(GOOD, release(rejected=rejected, blocked=("n",)), PUBLISHED), CURATED).splitlines()
    assert "  HELD BACK notice 苏人社发〔2023〕12号: 25 row(s) break the entries suite (see rejected.csv)" in text
    listed = [line for line in text if line.startswith("    z.pdf")]
    assert listed == [f"    z.pdf row {i + 1} (序号 {i}): r" for i in range(1, 21)]
