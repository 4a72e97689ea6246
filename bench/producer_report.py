"""How many catalog rows each PDF producer's documents give back exactly.

    .venv/bin/python bench/producer_report.py

Documents: every PDF in tests/fixtures/producers (made by tests/make_producers.py), in tests/fixtures/rules
(tests/make_rules.py: Chromium, rules that are no grid) and the bundled
notices in /work/shared/notices (PDF, DOCX and HTML), each beside its <stem>.truth.json. A truth
header is mapped to canonical columns as the extractor maps a printed header
(extractors.headers.row_to_columns); rows are compared cell by cell on seq, qualification,
qualification_zh, issuer, title and series, matched by 序号:
    exact    every one of the six cells equals the truth
    wrong    a row with that 序号 was extracted, but a cell differs
    missing  no extracted row has that 序号
    extra    extracted rows whose 序号 the truth lacks (or repeats)
A document whose extraction raises counts all its rows missing and names the error.
Always exits 0: this is a measurement, not a test.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.errors import CatalogError  # noqa: E402
from extractors import read_document  # noqa: E402
from extractors.headers import ISSUER, QUALIFICATION, QUALIFICATION_ZH, SEQ, SERIES, TITLE, row_to_columns  # noqa: E402
from extractors.sniff import file_to_source  # noqa: E402
from extractors.tables import document_to_catalog  # noqa: E402

PRODUCERS = ROOT / "tests" / "fixtures" / "producers"
RULES = ROOT / "tests" / "fixtures" / "rules"  # Chromium, rules that are no grid (tests/make_rules.py)
BUNDLED = Path("/work/shared/notices")
COLUMNS = (SEQ, QUALIFICATION, QUALIFICATION_ZH, ISSUER, TITLE, SERIES)
Row = tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """One document's rows against its truth."""

    document: str
    producer: str
    truth: int
    exact: int
    wrong: int
    missing: int
    extra: int
    error: str = ""


def truth_to_rows(path: Path) -> list[Row]:
    """A truth file's rows on the six compared columns, mapped through its header."""
    data = json.loads(path.read_text(encoding="utf-8"))
    columns = row_to_columns(data["header"])
    if columns is None:
        raise ValueError(f"{path.name}: the truth header is not a catalog header")
    return [tuple(row[columns.index(c)] if c in columns else "" for c in COLUMNS) for row in data["rows"]]


def document_to_rows(path: Path) -> list[Row]:
    """The six compared columns of every catalog row extracted from a document."""
    catalog = document_to_catalog(read_document(path, file_to_source(path, path.parent)))
    return [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog.rows]


def rows_to_score(document: str, producer: str, truth: Sequence[Row], got: Sequence[Row]) -> Score:
    """Match rows by 序号 and count exact, wrong, missing and extra rows."""
    by_seq: dict[str, list[Row]] = {}
    for row in got:
        by_seq.setdefault(row[0], []).append(row)
    exact = wrong = missing = 0
    for row in truth:
        candidates = by_seq.get(row[0])
        if not candidates:
            missing += 1
            continue
        if candidates.pop(0) == row:
            exact += 1
        else:
            wrong += 1
    extra = sum(len(rows) for rows in by_seq.values())
    return Score(document, producer, len(truth), exact, wrong, missing, extra)


def producer_of(path: Path) -> str:
    """The producer named in a corpus file (suzhou-libreoffice-zenhei-portrait: libreoffice-zenhei-portrait),
    or bundled-<format> for a bundled notice."""
    if path.parent == BUNDLED:
        return f"bundled-{path.suffix.lstrip('.')}"
    if path.parent == RULES:
        return f"chromium-{path.stem}"
    return path.stem.split("-", 1)[1]


def score_document(path: Path) -> Score:
    """Extract one document and score it; an extraction error scores every row missing."""
    truth = truth_to_rows(path.with_name(path.name.rsplit(".", 1)[0] + ".truth.json"))
    producer = producer_of(path)
    try:
        got = document_to_rows(path)
    except CatalogError as exc:
        return Score(path.name, producer, len(truth), 0, 0, len(truth), 0, f"{type(exc).__name__}: {exc.message}")
    return rows_to_score(path.name, producer, truth, got)


def documents() -> list[Path]:
    """Every document that has a truth file: the producer corpus, the rules corpus, then the bundled notices."""
    found = sorted(PRODUCERS.glob("*.pdf")) + sorted(RULES.glob("*.pdf"))
    if BUNDLED.is_dir():
        found += sorted(p for p in BUNDLED.iterdir() if p.suffix in (".pdf", ".docx", ".html"))
    return [p for p in found if p.with_name(p.name.rsplit(".", 1)[0] + ".truth.json").exists()]


def print_table(scores: Sequence[Score]) -> None:
    """Per document, then totals per producer."""
    line = "{:<42} {:<28} {:>5} {:>5} {:>5} {:>7} {:>5}  {}"
    print(line.format("document", "producer", "truth", "exact", "wrong", "missing", "extra", "error"))
    for s in scores:
        print(line.format(s.document, s.producer, s.truth, s.exact, s.wrong, s.missing, s.extra, s.error[:80]))
    print()
    totals: dict[str, Counter[str]] = {}
    for s in scores:
        total = totals.setdefault(s.producer, Counter())
        total.update(docs=1, truth=s.truth, exact=s.exact, wrong=s.wrong, missing=s.missing, extra=s.extra,
                     errors=int(bool(s.error)), clean=int(s.exact == s.truth and not s.extra))  # fmt: skip
    line = "{:<28} {:>4} {:>5} {:>5} {:>5} {:>5} {:>7} {:>5} {:>6} {:>6}"
    print(line.format("producer", "docs", "clean", "truth", "exact", "wrong", "missing", "extra", "errors", "exact%"))
    for producer, t in sorted(totals.items()):
        share = f"{100 * t['exact'] / t['truth']:.1f}" if t["truth"] else "-"
        print(line.format(producer, t["docs"], t["clean"], t["truth"], t["exact"], t["wrong"], t["missing"],
                          t["extra"], t["errors"], share))  # fmt: skip


def main() -> int:
    """Score every document and print the table."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font descriptor warnings from some producers
    print_table([score_document(path) for path in documents()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
