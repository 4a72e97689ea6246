"""How scans fare through the release: per test scan, rows published exact, published wrong, in review.

    .venv/bin/python bench/ocr_report.py [--dpi 300] [--scan wuxi] [--json] [--verbose] [--with-text]

Documents: tests/fixtures/scans/<notice>-<dpi>dpi.pdf (made by tests/make_scans.py from the
bundled notices: turned slightly, noise, a red seal over text; and qingdao-heldout, a catalog
neither the registry nor the reader was built from, printed with full-width brackets). Each is read through the
per-document step (pipeline.ingest.file_to_result) and released alone through the release
rule `catalog run` applies (pipeline.release.results_to_release: the stewards' decisions, here
none, then pipeline.ocr_review.hold_uncertain, validation and the 序号 sequence check), with
the bundled issuer registry. The published entries are compared with the notice's truth
(tests/fixtures/<notice>.truth.json; the pipeline never reads it) on seq, qualification,
qualification_zh, issuer, title and series, matched by 序号. Per scan:

    pages      pages read
    s/page     seconds per page to read the scan (wall clock, one process)
    rows       truth rows
    read       rows the reader got exactly right (published or not)
    exact      rows published, exactly as printed
    WRONG      rows published that are not as printed (or no printed row has their 序号). Must be 0.
    CWRONG     rows the OCR rule (pipeline.ocr_review.hold_uncertain) finds certain that are not as
               printed, published or not: a notice held back for another reason publishes none,
               and WRONG alone would not show what its rows would do. Must be 0.
    certain    rows the OCR rule finds certain, published or not
    review     rows waiting in review.csv (rejected.csv step ocr)
    cells      review items of kind ocr: the cells a steward is asked to look at
    held       truth rows neither published nor waiting: the notice held back, or a row lost
    evidence   what the published OCR'd cells are certain by (of a notice held back: the certain
               rows' cells): cells per kind of evidence
               (pipeline/ocr_review.py; an issuer's match in the registry is a check, never
               evidence; "registry pair", an issuer cell spelling two names of its body exactly,
               is, and flatters the bundled notices, whose names seeded the registry: the
               held-out scan's figures say what it does on a notice it was not seeded from)

With --bracket-decisions, each scan is released twice: then with one decision per review item
of kind "brackets" (how a column prints its brackets, pipeline/ocr_review.py), as a steward who
looks at the notice answers it: full-width when every bracket the truth prints in that column
is full-width, half-width when every one is half-width, reject when the column prints both. The
figures are the second release's; `asked` counts those items (the steward's decisions).

With --steward (which implies --bracket-decisions), a third release follows: a steward has
answered every review item of kind "ocr" the second release still lists, from the cell's
picture, as printed (accept what was read right, correct what was not; here the truth row at
the scan row's place). The figures are the third release's; `answered` counts those cells.
Every row should then be published exactly: what is not is a row no review item showed.

With --with-text, each scan is released with the text documents (raw/) of the bundled notices
but its own, as a run that reads them besides it would: a value another notice prints as text
is then evidence ("printed as text", pipeline/ocr_words.py). Never the scan's own notice: that
would flatter it.

Always exits 0: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.model import DocumentResult  # noqa: E402
from extractors.headers import ISSUER, QUALIFICATION, QUALIFICATION_ZH, SEQ, SERIES, TITLE, row_to_columns  # noqa: E402
from normalize.decisions import FULL, Decision, Decisions  # noqa: E402
from normalize.registry import load_registry  # noqa: E402
from pipeline.assemble import results_to_notices  # noqa: E402
from pipeline.entries import Entry, notices_to_entries  # noqa: E402
from pipeline.ingest import file_to_result  # noqa: E402
from pipeline.ocr_review import apply_ocr_decisions, evidence_of, hold_uncertain  # noqa: E402
from pipeline.release import results_to_release  # noqa: E402

SCANS = ROOT / "tests" / "fixtures" / "scans"
FIXTURES = ROOT / "tests" / "fixtures"
RAW = ROOT / "raw"
TEXT_FORMATS = (".pdf", ".docx", ".html")
COLUMNS = (SEQ, QUALIFICATION, QUALIFICATION_ZH, ISSUER, TITLE, SERIES)
_NAME = re.compile(r"^(?P<notice>.+)-(?P<dpi>\d+)dpi\.pdf$")


def truth_rows(notice: str) -> dict[str, tuple[str, ...]]:
    """The truth's rows on the compared columns, by 序号."""
    data = json.loads((FIXTURES / f"{notice}.truth.json").read_text(encoding="utf-8"))
    columns = row_to_columns(data["header"])
    assert columns is not None
    rows = [tuple(row[columns.index(c)] if c in columns else "" for c in COLUMNS) for row in data["rows"]]
    return {row[0]: row for row in rows}


@dataclass
class Score:
    """One scan's figures."""

    scan: str
    dpi: int
    pages: int = 0
    seconds: float = 0.0
    rows: int = 0
    read: int = 0
    exact: int = 0
    wrong: int = 0
    certain_wrong: int = 0
    certain: int = 0
    review: int = 0
    cells: int = 0
    held: int = 0
    asked: int = 0  # bracket decisions given (--bracket-decisions)
    answered: int = 0  # cells a steward answered (--steward)
    blocked: bool = False
    evidence: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def read_scan(path: Path) -> tuple[DocumentResult, int, float]:
    """The scan read by the per-document step, its pages and the seconds it took."""
    with pdfium.PdfDocument(path) as pdf:
        pages = len(pdf)
    started = time.perf_counter()
    result = file_to_result(path, path.parent)
    return result, pages, time.perf_counter() - started


def text_results(notice: str) -> list[DocumentResult]:
    """The bundled notices' text documents (raw/), but the scanned notice's own: the other
    notices a run that reads the scan reads besides it."""
    return [file_to_result(path, RAW) for path in sorted(RAW.iterdir())
            if path.suffix in TEXT_FORMATS and not path.name.startswith(notice)]  # fmt: skip


def bracket_decisions(path: Path, result: DocumentResult, others: Sequence[DocumentResult] = ()) -> Decisions:
    """What a steward who looks at the notice answers to the release's bracket items: the truth's
    column printed full-width throughout (correct to （）), half-width throughout (accept), or both (reject)."""
    match = _NAME.match(path.name)
    assert match is not None
    truth = list(truth_rows(match["notice"]).values())
    review = results_to_release([result, *others], load_registry(), Decisions()).tables["review"]
    decided = []
    for item in review[review["kind"] == "brackets"].to_dict("records") if not review.empty else []:
        printed = "".join(row[COLUMNS.index(item["field"])] for row in truth)
        full, half = bool(set("（）") & set(printed)), bool(set("()") & set(printed))
        decision, corrected = ("reject", "") if full == half else ("correct", FULL) if full else ("accept", "")
        decided.append(Decision(item["item_id"], "brackets", item["raw"], decision, "", "bench", "", "", corrected))
    return Decisions(tuple(decided))


def cell_answers(path: Path, result: DocumentResult, others: Sequence[DocumentResult], decisions: Decisions) -> Decisions:
    """`decisions` and a steward's answer to every cell the release with them still asks about:
    accept when the cell was read as printed, else correct to the printed text (the truth row at
    the scan row's place: the scan is a picture of the printed rows, in their order)."""
    match = _NAME.match(path.name)
    assert match is not None and result.catalog is not None
    truth = list(truth_rows(match["notice"]).values())
    place = {(row.ref.page, row.ref.row): n for n, row in enumerate(result.catalog.rows)}
    review = results_to_release([result, *others], load_registry(), decisions).tables["review"]
    answers = list(decisions.rows)
    for item in review[review["kind"] == "ocr"].to_dict("records") if not review.empty else []:
        n = place.get((int(item["page"]), int(item["row"])))
        if n is None or len(truth) != len(result.catalog.rows):
            continue  # no printed row to answer from: the item waits
        printed = truth[n][COLUMNS.index(item["field"])]
        right = item["raw"] == printed
        answers.append(Decision(item["item_id"], "ocr", item["raw"], "accept" if right else "correct", "", "bench", "",
                                "", "" if right else printed))  # fmt: skip
    return Decisions(tuple(answers))


def score_release(path: Path, result: DocumentResult, verbose: bool = False,
                  others: Sequence[DocumentResult] = (), decisions: Decisions = Decisions()) -> Score:  # fmt: skip
    """Release one read scan (with `others`: the text documents of other notices, whose values
    are then evidence, pipeline/ocr_review.py PRINTED; with a steward's `decisions`) and compare
    what it publishes with its truth."""
    match = _NAME.match(path.name)
    assert match is not None
    truth = truth_rows(match["notice"])
    asked = sum(d.kind == "brackets" for d in decisions.rows)
    score = Score(match["notice"], int(match["dpi"]), rows=len(truth), asked=asked, answered=len(decisions.rows) - asked)
    if result.catalog is None:
        score.held, score.errors = len(truth), [f"not read: {result.reason}"]
        return score
    score.read = sum(tuple(getattr(r, c) for c in COLUMNS) == truth.get(r.seq) for r in result.catalog.rows)
    release = results_to_release([result, *others], load_registry(), decisions)
    published = release.tables["entries"]
    published = published[published["source_file"] == path.name]
    score.blocked = bool(set(release.blocked_notices) & set(_scan_notices(result, others)))
    for record in published.to_dict("records"):
        got = tuple(str(record[c]) for c in COLUMNS)
        if got == truth.get(got[0]):
            score.exact += 1
        else:
            score.wrong += 1
            score.errors.append(f"published wrong: {got} != {truth.get(got[0])}")
    rejected = release.tables["rejected"]
    waiting = rejected[(rejected["step"] == "ocr") & (rejected["file"] == path.name)]
    score.review = len(waiting)
    review = release.tables["review"]
    score.cells = int((review["kind"] == "ocr").sum()) if not review.empty else 0
    if score.blocked:  # the notice's waiting rows are held back with it
        score.review, score.held = 0, len(truth) - score.exact
    else:
        score.held = max(0, len(truth) - score.exact - score.review)
    if score.blocked:
        score.errors.append("notice held back: " + "; ".join(f.message for f in release.failures)[:200])
    certain = [e for e in certain_entries(result, others, decisions) if e.row.ref.file == path.name]
    score.certain = len(certain)
    score.evidence = evidence_counts(certain, set(published["entry_id"]) if not score.blocked else None)
    for entry in certain:
        got = tuple(getattr(entry.row, c) for c in COLUMNS)
        if got != truth.get(got[0]):
            score.certain_wrong += 1
            score.errors.append(f"certain but wrong: {got} != {truth.get(got[0])}")
    if verbose:
        for record in waiting.to_dict("records"):
            print(f"  review {path.name} {record['seq']}: {record['reason'][:240]}")
    return score


def _scan_notices(result: DocumentResult, others: Sequence[DocumentResult]) -> list[str]:
    """The notice ids of the scan's rows when released with `others`."""
    notices, _ = results_to_notices([result, *others])
    return [n.notice_id for n in notices if any(row.ref.file == result.source.path for row in n.rows)]


def certain_entries(result: DocumentResult, others: Sequence[DocumentResult] = (),
                    decisions: Decisions = Decisions()) -> list[Entry]:  # fmt: skip
    """The OCR'd rows hold_uncertain finds certain: the release's first steps again
    (pipeline.release.results_to_release), before the notice-level checks."""
    registry = load_registry()
    notices, _ = results_to_notices([result, *others])
    entries, _ = notices_to_entries(apply_ocr_decisions(notices, decisions), registry, decisions)
    kept, _, _ = hold_uncertain(entries, registry)
    return [entry for entry in kept if entry.row.ocr]


def evidence_counts(certain: list[Entry], published: set[str] | None) -> dict[str, int]:
    """Cells per kind of evidence in the published rows (None: the notice is held back, so in
    the rows the OCR rule finds certain)."""
    kinds: Counter[str] = Counter()
    for entry in certain:
        if published is None or entry.entry_id in published:
            kinds.update(evidence_of(entry.row).values())
    return dict(sorted(kinds.items()))


def main(argv: Sequence[str] | None = None) -> int:
    """Read and release every scan, one line each."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--dpi", type=int, action="append", help="only this resolution (repeatable)")
    parser.add_argument("--scan", action="append", help="only scans whose name starts with this (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="print why each row waits")
    parser.add_argument("--with-text", action="store_true",
                        help="release each scan with the other bundled notices' text documents (raw/)")  # fmt: skip
    parser.add_argument("--bracket-decisions", action="store_true",
                        help="answer each column's bracket item as a steward who sees the notice would")  # fmt: skip
    parser.add_argument("--steward", action="store_true",
                        help="then answer every cell still asked about, as printed (implies --bracket-decisions)")  # fmt: skip
    args = parser.parse_args(argv)
    scores: list[Score] = []
    for path in sorted(SCANS.glob("*dpi.pdf"), key=lambda p: (p.name.split("-")[0], -int(_NAME.match(p.name)["dpi"]))):  # type: ignore[index]
        if args.dpi and int(_NAME.match(path.name)["dpi"]) not in args.dpi:  # type: ignore[index]
            continue
        if args.scan and not any(path.name.startswith(s) for s in args.scan):
            continue
        result, pages, seconds = read_scan(path)
        others = text_results(_NAME.match(path.name)["notice"]) if args.with_text else []  # type: ignore[index]
        asks = args.bracket_decisions or args.steward
        decisions = bracket_decisions(path, result, others) if asks else Decisions()
        if args.steward and result.catalog is not None:
            decisions = cell_answers(path, result, others, decisions)
        score = score_release(path, result, args.verbose, others, decisions)
        score.pages, score.seconds = pages, seconds
        scores.append(score)
    if args.json:
        print(json.dumps([asdict(s) for s in scores], ensure_ascii=False, indent=1))
        return 0
    line = "{:<16} {:>4} {:>5} {:>6} {:>5} {:>5} {:>6} {:>6} {:>7} {:>7} {:>7} {:>6} {:>5} {:>5} {:>8}  {}"
    print(line.format("scan", "dpi", "pages", "s/page", "rows", "read", "exact", "WRONG", "CWRONG", "certain", "review",
                      "cells", "held", "asked", "answered", "evidence"))  # fmt: skip
    for s in scores:
        evidence = ", ".join(f"{k} {v}" for k, v in s.evidence.items())
        print(line.format(s.scan, s.dpi, s.pages, f"{s.seconds / max(s.pages, 1):.2f}", s.rows, s.read, s.exact,
                          s.wrong, s.certain_wrong, s.certain, s.review, s.cells, s.held, s.asked, s.answered,
                          evidence))  # fmt: skip
    total = Score("all", 0)
    for s in scores:
        total.pages, total.seconds, total.rows, total.read = total.pages + s.pages, total.seconds + s.seconds, total.rows + s.rows, total.read + s.read
        total.exact, total.wrong, total.review, total.held = total.exact + s.exact, total.wrong + s.wrong, total.review + s.review, total.held + s.held
        total.cells, total.certain_wrong = total.cells + s.cells, total.certain_wrong + s.certain_wrong
        total.certain, total.asked, total.answered = total.certain + s.certain, total.asked + s.asked, total.answered + s.answered
    print(line.format("all", "", total.pages, f"{total.seconds / max(total.pages, 1):.2f}", total.rows, total.read,
                      total.exact, total.wrong, total.certain_wrong, total.certain, total.review, total.cells, total.held,
                      total.asked, total.answered, ""))  # fmt: skip
    for s in scores:
        for error in s.errors:
            print(f"{s.scan} {s.dpi}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
