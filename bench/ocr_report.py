"""How the OCR reader does on the test scans, per resolution: every row exact or in review?

    .venv/bin/python bench/ocr_report.py [--dpi 300] [--json]

Documents: tests/fixtures/scans/<notice>-<dpi>dpi.pdf (made by tests/make_scans.py from the
bundled notices: turned slightly, noise, a red seal over text), each read through the
per-document step (pipeline.ingest.file_to_result) and compared with its notice's truth
(tests/fixtures/<notice>.truth.json) on seq, qualification, qualification_zh, issuer, title and
series. Rows are matched by 序号, then in print order. Per resolution:

    pages      pages read
    s/page     seconds per page (wall clock, one process)
    rows       truth rows
    exact      rows read exactly
    review     rows with an uncertain field: confidence under OCR_CONFIDENT (extractors/ocr.py),
               or a title that is no recognized professional title (expectations/entries.json);
               they go to the steward's review file, published only once decided
    exact+rev  of those, rows that were right after all (review costs a steward a look)
    silent     rows wrong (or extra) and NOT in review: published wrong. Must be 0.
    missing    truth rows no extracted row stands for

Always exits 0: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.model import CatalogRow  # noqa: E402
from extractors.headers import ISSUER, QUALIFICATION, QUALIFICATION_ZH, SEQ, SERIES, TITLE, row_to_columns  # noqa: E402
from extractors.ocr import OCR_CONFIDENT  # noqa: E402
from pipeline.ingest import file_to_result  # noqa: E402
from pipeline.ocr_review import titles as titles_of_the_suite  # noqa: E402

SCANS = ROOT / "tests" / "fixtures" / "scans"
FIXTURES = ROOT / "tests" / "fixtures"
COLUMNS = (SEQ, QUALIFICATION, QUALIFICATION_ZH, ISSUER, TITLE, SERIES)
_NAME = re.compile(r"^(?P<notice>.+)-(?P<dpi>\d+)dpi\.pdf$")


def truth_rows(notice: str) -> list[tuple[str, ...]]:
    """The truth's rows on the compared columns."""
    data = json.loads((FIXTURES / f"{notice}.truth.json").read_text(encoding="utf-8"))
    columns = row_to_columns(data["header"])
    assert columns is not None
    return [tuple(row[columns.index(c)] if c in columns else "" for c in COLUMNS) for row in data["rows"]]


def row_values(row: CatalogRow) -> tuple[str, ...]:
    """A catalog row on the compared columns."""
    return tuple(getattr(row, c) for c in COLUMNS)


def in_review(row: CatalogRow, titles: frozenset[str]) -> bool:
    """A field read with less than OCR_CONFIDENT, or a title no recognized one."""
    return any(conf < OCR_CONFIDENT for _, conf, _ in row.ocr) or row.title not in titles


def match(truth: Sequence[tuple[str, ...]], rows: Sequence[CatalogRow]) -> tuple[list[tuple[tuple[str, ...], CatalogRow]], int, list[CatalogRow]]:  # fmt: skip
    """Pairs (truth row, extracted row) by 序号, then the rest in print order; the truth rows
    left without one (missing) and the extracted rows left over (extra)."""
    left = list(rows)
    pairs: list[tuple[tuple[str, ...], CatalogRow | None]] = []
    for want in truth:
        found = next((r for r in left if r.seq == want[0]), None)
        if found is not None:
            left.remove(found)
        pairs.append((want, found))
    out: list[tuple[tuple[str, ...], CatalogRow]] = []
    missing = 0
    for want, found in pairs:
        if found is None and left:
            found = left.pop(0)
        if found is None:
            missing += 1
        else:
            out.append((want, found))
    return out, missing, left


@dataclass
class Score:
    """One resolution's figures."""

    dpi: int
    documents: int = 0
    pages: int = 0
    seconds: float = 0.0
    rows: int = 0
    exact: int = 0
    review: int = 0
    exact_in_review: int = 0
    silent: int = 0
    missing: int = 0
    errors: str = ""


def score_scan(path: Path, score: Score, titles: frozenset[str], verbose: bool = False) -> list[str]:
    """Read one scan and add its figures to `score`; the silent errors, described."""
    notice = _NAME.match(path.name)["notice"]  # type: ignore[index]
    truth = truth_rows(notice)
    with pdfium.PdfDocument(path) as pdf:
        score.pages += len(pdf)
    started = time.perf_counter()
    result = file_to_result(path, path.parent)
    score.seconds += time.perf_counter() - started
    score.documents += 1
    score.rows += len(truth)
    if result.catalog is None:
        score.missing += len(truth)
        score.errors += f"{path.name}: {result.reason}; "
        return []
    pairs, missing, extra = match(truth, result.catalog.rows)
    score.missing += missing
    silent: list[str] = []
    for want, row in pairs:
        exact, review = row_values(row) == want, in_review(row, titles)
        score.exact += exact
        score.review += review
        score.exact_in_review += exact and review
        if not exact and not review:
            silent.append(f"{path.name} {want[0]}: {row_values(row)} != {want}")
        elif verbose and not exact:
            diff = [(c, got, w) for c, got, w in zip(COLUMNS, row_values(row), want) if got != w]
            low = [(f, c) for f, c, _ in row.ocr if c < OCR_CONFIDENT]
            print(f"review {path.name} {want[0]}: {diff} low={low}")
    for row in extra:
        if not in_review(row, titles):
            silent.append(f"{path.name} extra row {row_values(row)}")
    score.silent += len(silent)
    return silent


def main(argv: Sequence[str] | None = None) -> int:
    """Score every scan, one line per resolution."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dpi", type=int, action="append", help="only this resolution (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="print every row not read exactly")
    args = parser.parse_args(argv)
    titles = titles_of_the_suite()
    scores: dict[int, Score] = {}
    silent: list[str] = []
    for path in sorted(SCANS.glob("*dpi.pdf")):
        dpi = int(_NAME.match(path.name)["dpi"])  # type: ignore[index]
        if args.dpi and dpi not in args.dpi:
            continue
        silent += score_scan(path, scores.setdefault(dpi, Score(dpi)), titles, args.verbose)
    if args.json:
        print(json.dumps([asdict(s) for s in scores.values()], ensure_ascii=False, indent=1))
        return 0
    line = "{:>4} {:>5} {:>6} {:>5} {:>6} {:>7} {:>10} {:>7} {:>8}  {}"
    print(line.format("dpi", "pages", "s/page", "rows", "exact", "review", "exact+rev", "silent", "missing", "errors"))
    for dpi, s in sorted(scores.items()):
        print(line.format(dpi, s.pages, f"{s.seconds / max(s.pages, 1):.2f}", s.rows, s.exact, s.review,
                          s.exact_in_review, s.silent, s.missing, s.errors[:80]))  # fmt: skip
    for text in silent:
        print("silent:", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
