"""The run summary and the exit code of `catalog run` (README: exit codes), from a run report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import pytest

from core.model import Catalog, CatalogRow, DocumentResult, NoticeMeta, SourceFile, SourceRef
from pipeline.publish import Published
from pipeline.release import Release
from pipeline.report import outline
from pipeline.settings import Settings
from pipeline.summary import report_exit_code, report_to_json, report_to_text

CURATED = Path("/data/curated")
SETTINGS = Settings(raw=Path("/data/raw"), curated=CURATED, decisions=Path("/data/decisions.csv"),
                    registry=Path("/data/issuers.toml"), state=Path("/data/.catalog"))
REJECTED_COLUMNS = ["file", "sha256", "format", "step", "reason", "notice", "seq", "page", "row"]


@dataclass(frozen=True)
class Report:
    """Stands in for pipeline.report.RunReport (same attributes)."""

    results: tuple[DocumentResult, ...]
    release: Release
    published: Published | None
    validation: Path | None = None
    nothing_new: bool = False
    rows_read: int | None = None


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
    tables["review"] = frame([{"item_id": str(i), "kind": "issuer"} for i in range(sizes["review"])], ["item_id", "kind"])
    return Release(tables, blocked)


PUBLISHED = Published("0123456789abcdef", CURATED / "versions" / "0123456789abcdef", changed=True)
UNCHANGED = Published("0123456789abcdef", CURATED / "versions" / "0123456789abcdef", changed=False)
GOOD = (doc("a.pdf"), doc("a.docx"))
QUARANTINED = doc("broken.pdf", "rejected", "read", "the file is empty (0 bytes)")
NO_CATALOG = doc("letter.html", "no-catalog", "find-catalog", "none of the 0 tables has a catalog header")


INTERNAL = doc("bug.pdf", "rejected", "internal", "internal error (a bug in this tool, not in the document): KeyError: 'x'")


@pytest.mark.parametrize(
    "results, blocked, published, review, code",
    [
        (GOOD, (), PUBLISHED, 0, 0),
        (GOOD, (), UNCHANGED, 0, 0),  # nothing changed is a success
        (GOOD + (NO_CATALOG,), (), PUBLISHED, 0, 0),  # a notice without a catalog is not an error
        (GOOD + (QUARANTINED,), (), PUBLISHED, 0, 1),  # a quarantined document
        ((QUARANTINED,) + GOOD, (), UNCHANGED, 0, 1),
        (GOOD, ("notice-1",), PUBLISHED, 0, 1),  # a notice held back by validation
        (GOOD, (), PUBLISHED, 2, 1),  # review items wait for a steward
        (GOOD, (), UNCHANGED, 1, 1),
        (GOOD, (), None, 0, 1),  # nothing left to publish
        ((), (), None, 0, 1),
        (GOOD + (INTERNAL,), (), PUBLISHED, 0, 3),  # a reader's bug: reported as such
        (GOOD + (INTERNAL, QUARANTINED), ("n",), None, 1, 3),
    ],
)
def test_summary_exit_code(
    results: tuple[DocumentResult, ...], blocked: tuple[str, ...], published: Published | None, review: int, code: int
) -> None:
    report = Report(results, release(blocked=blocked, sizes={"review": review}), published)
    assert report_exit_code(report) == code  # type: ignore[arg-type]


PATHS = [
    "  raw       /data/raw",
    "  curated   /data/curated",
    "  decisions /data/decisions.csv (none yet: no decision recorded)",
    "  registry  /data/issuers.toml",
    "  log       /data/.catalog/logs/catalog.log",
]
PORTAL = ("  portal    /data/curated/datapackage.json   (data package; `datasette /data/curated/catalog.sqlite "
          "-m /data/curated/metadata.yml` to browse)")  # fmt: skip


def test_summary_text_published_with_held_back_notice_and_quarantine() -> None:
    notices = [notice_row("锡人社职〔2021〕49号", "无锡", 61, "pdf;docx;html"), notice_row("", "泰州", 52, "pdf")]
    rejected = [
        {**held_row("broken.pdf", "", "", "", "the file is empty (0 bytes)"), "step": "read", "page": ""},
        held_row("z.pdf", "苏人社发〔2023〕12号", "7", "9", "title '工程师助理' is not …; notice held back"),
        held_row("z.pdf", "苏人社发〔2023〕12号", "8", "10", "title '讲师' is not …; notice held back"),
        held_row("y.pdf", "常人社〔2023〕1号", "1", "2", "issuer '' is empty; notice held back"),
        held_row("x.docx", "苏人社函〔2024〕15号", "", "", "city '' …; notice held back"),
    ]
    sizes = {"entries": 113, "issuers": 40, "qualifications": 110, "review": 3, "disagreements": 2}
    docs = Path("/data/curated/versions/0123456789abcdef/validation/index.html")
    report = Report(GOOD + (NO_CATALOG, QUARANTINED), release(notices, rejected, ("n1", "n2"), sizes), PUBLISHED, docs)
    assert report_to_text(report, SETTINGS).splitlines() == [  # type: ignore[arg-type]
        "catalog run: published new version 0123456789abcdef in /data/curated",
        "",
        "  documents read             4   2 with a catalog, 1 without one, 1 quarantined",
        "  catalog rows read          0   every row of every file, before formats are merged",
        "  notices published          2",
        "  entries published        113   issuers 40, qualifications 110",
        "  notices held back          2   the HELD BACK lines below say why",
        "  review items waiting       3   `catalog review` lists them",
        "  format disagreements       2   see disagreements.csv",
        "  notice 锡人社职〔2021〕49号 (无锡, 第一批): 61 entries from pdf;docx;html",
        "  notice notice-泰州 (泰州, 第一批): 52 entries from pdf",  # no document number: the notice id
        "  HELD BACK notice 常人社〔2023〕1号: 1 problem(s); its entries are not published",
        "    y.pdf row 2 (序号 1): issuer '' is empty; notice held back",
        "  HELD BACK notice 苏人社函〔2024〕15号: 1 problem(s); its entries are not published",
        "    x.docx the notice itself: city '' …; notice held back",
        "  HELD BACK notice 苏人社发〔2023〕12号: 2 problem(s); its entries are not published",
        "    z.pdf row 9 (序号 7): title '工程师助理' is not …; notice held back",
        "    z.pdf row 10 (序号 8): title '讲师' is not …; notice held back",
        "  no-catalog: letter.html: [find-catalog] none of the 0 tables has a catalog header",
        "  rejected: broken.pdf: [read] the file is empty (0 bytes)",
        "  review: 3 issuer match(es) wait for a steward: `catalog review`",
        "",
        *PATHS,
        f"  report    {docs}   (validation report, Data Docs: open in a browser)",
        PORTAL,
    ]


def test_summary_text_says_which_notice_retires_its_citys_earlier_catalogs() -> None:
    # the sentence makes every earlier entry of the city leave force: a steward sees it said
    columns = ["notice_id", "doc_number", "city", "batch", "entries", "formats", "replaces"]
    notices = frame([{**notice_row("锡人社〔2023〕3号", "无锡", 1, "docx"), "batch": "第三批",
                      "replaces": "原第一批、第二批目录同时废止"},
                     {**notice_row("泰人社〔2022〕30号", "泰州", 52, "pdf"), "replaces": ""}], columns)  # fmt: skip
    report = Report(GOOD, replace(release(), tables={**release().tables, "notices": notices}), PUBLISHED, None)
    lines = report_to_text(report, SETTINGS).splitlines()  # type: ignore[arg-type]
    start = lines.index("  notice 锡人社〔2023〕3号 (无锡, 第三批): 1 entries from docx")
    assert lines[start:start + 3] == [
        "  notice 锡人社〔2023〕3号 (无锡, 第三批): 1 entries from docx",
        "    retires 无锡's earlier catalogs (their entries in_force false): 「原第一批、第二批目录同时废止」",
        "  notice 泰人社〔2022〕30号 (泰州, 第一批): 52 entries from pdf",
    ]


def test_a_report_kept_as_an_outline_says_the_same() -> None:
    """A run keeps its report as an outline (flows/catalog_flow.py): results without their rows,
    the release without the tables the summary does not list. Text, JSON and exit code stay."""
    rows = tuple(CatalogRow(str(i), "Member", "", "RICS", "工程师", "工程", "", (SourceRef("a.pdf", "0" * 64, 1, i),))
                 for i in (1, 2, 3))  # fmt: skip
    full = (replace(doc("a.pdf"), catalog=Catalog(("序号",), ("seq",), rows)), doc("a.docx"), QUARANTINED)
    notices = [notice_row("锡人社职〔2021〕49号", "无锡", 3, "pdf")]
    whole = release(notices, sizes={"entries": 3, "issuers": 1, "qualifications": 1, "review": 2})
    bare, read = outline(full)
    kept = whole.outline()
    assert read == 3 and [len(r.catalog.rows) for r in bare if r.catalog] == [0]
    assert kept.tables["entries"].empty and list(kept.tables["entries"].columns) == ["x"]
    assert kept.counts == whole.counts and kept.tables["notices"].equals(whole.tables["notices"])
    before, after = Report(full, whole, PUBLISHED), Report(bare, kept, PUBLISHED, rows_read=read)
    assert report_to_text(after, SETTINGS) == report_to_text(before, SETTINGS)  # type: ignore[arg-type]
    assert report_to_json(after, SETTINGS) == report_to_json(before, SETTINGS)  # type: ignore[arg-type]
    assert report_exit_code(after) == report_exit_code(before) == 1  # type: ignore[arg-type]
    assert "  catalog rows read          3   every row of every file, before formats are merged" in \
        report_to_text(after, SETTINGS).splitlines()  # type: ignore[arg-type]


def test_summary_text_nothing_published() -> None:
    report = Report((QUARANTINED,), release(), None)
    assert report_to_text(report, SETTINGS).splitlines()[:3] == [  # type: ignore[arg-type]
        "catalog run: nothing published (no catalog entry passed); the current version is unchanged",
        "",
        "  documents read             1   0 with a catalog, 0 without one, 1 quarantined",
    ]


def test_summary_text_nothing_changed_names_current_version() -> None:
    report = Report(GOOD, release([notice_row("锡人社职〔2021〕49号", "无锡", 1, "pdf;docx")], sizes={"entries": 1}), UNCHANGED)
    assert report_to_text(report, SETTINGS).splitlines() == [  # type: ignore[arg-type]
        "catalog run: nothing changed; current version 0123456789abcdef in /data/curated",
        "",
        "  documents read             2   2 with a catalog, 0 without one, 0 quarantined",
        "  catalog rows read          0   every row of every file, before formats are merged",
        "  notices published          1",
        "  entries published          1   issuers 0, qualifications 0",
        "  notices held back          0",  # nothing to say where nothing waits
        "  review items waiting       0",
        "  format disagreements       0",
        "  notice 锡人社职〔2021〕49号 (无锡, 第一批): 1 entries from pdf;docx",
        "",
        *PATHS,
        PORTAL,
    ]


def test_summary_text_lists_at_most_20_rows_per_held_back_notice() -> None:
    rejected = [held_row("z.pdf", "苏人社发〔2023〕12号", str(i), str(i + 1), "r") for i in range(1, 26)]
    report = Report(GOOD, release(rejected=rejected, blocked=("n",)), PUBLISHED)
    text = report_to_text(report, SETTINGS).splitlines()  # type: ignore[arg-type]
    assert "  HELD BACK notice 苏人社发〔2023〕12号: 25 problem(s); its entries are not published" in text
    listed = [line for line in text if line.startswith("    z.pdf")]
    assert listed == [f"    z.pdf row {i + 1} (序号 {i}): r" for i in range(1, 21)]


def test_summary_json() -> None:
    rejected = [held_row("z.pdf", "苏人社发〔2023〕12号", "7", "9", "title '工程师助理' is not …")]
    notices = [notice_row("锡人社职〔2021〕49号", "无锡", 61, "pdf;docx;html")]
    report = Report(GOOD + (QUARANTINED,), release(notices, rejected, ("n1",), {"entries": 61}), PUBLISHED)
    data = report_to_json(report, SETTINGS)  # type: ignore[arg-type]
    assert (data["status"], data["version"], data["exit_code"]) == ("published", "0123456789abcdef", 1)
    assert data["counts"]["entries published"] == 61 and data["counts"]["notices held back"] == 1
    assert data["notices"] == [{"notice_id": "notice-无锡", "doc_number": "锡人社职〔2021〕49号", "city": "无锡",
                                "batch": "第一批", "entries": "61", "formats": "pdf;docx;html"}]  # fmt: skip
    assert data["held_back"] == [{"notice": "苏人社发〔2023〕12号", "file": "z.pdf", "seq": "7", "row": "9",
                                  "reason": "title '工程师助理' is not …"}]  # fmt: skip
    assert [(d["file"], d["status"], d["step"]) for d in data["documents"]] == [
        ("a.pdf", "catalog", ""), ("a.docx", "catalog", ""), ("broken.pdf", "rejected", "read")]  # fmt: skip
    assert data["documents"][2] == {"file": "broken.pdf", "sha256": "0" * 64, "format": None, "status": "rejected",
                                    "step": "read", "reason": "the file is empty (0 bytes)"}  # fmt: skip
    assert data["documents"][0]["format"] == "pdf"
    assert data["paths"]["log"] == "/data/.catalog/logs/catalog.log"
    assert (data["validation_report"], data["data_package"]) == (None, "/data/curated/datapackage.json")
    unchanged = report_to_json(Report(GOOD, release(sizes={"entries": 1}), UNCHANGED), SETTINGS)  # type: ignore[arg-type]
    nothing = report_to_json(Report((), release(), None), SETTINGS)  # type: ignore[arg-type]
    assert (unchanged["status"], nothing["status"], nothing["version"]) == ("unchanged", "nothing-published", None)


def test_summary_text_and_json_say_nothing_new() -> None:
    report = Report(GOOD, release([notice_row("锡人社职〔2021〕49号", "无锡", 1, "pdf;docx")], sizes={"entries": 1}),
                    UNCHANGED, nothing_new=True)  # fmt: skip
    assert report_to_text(report, SETTINGS).splitlines()[0] == (  # type: ignore[arg-type]
        "catalog run: nothing new since the last run (no file, decision, registry or code changed; no document "
        "read again); current version 0123456789abcdef in /data/curated")
    assert report_to_json(report, SETTINGS)["nothing_new"] is True  # type: ignore[arg-type]
