"""Run `catalog run` on each document of tests/fixtures/unseen11 (the fourth blind round: Word list
numbering, tracked changes, tables per 系列, CMS pages, iframes, formula 序号, gridline and
two-column prints, catalogs after a signature or in a second sheet, look-alikes; tests/make_unseen11.py)
alone, then on all together, and score it against the truth.

    .venv/bin/python bench/unseen11_report.py                # every document, then all together
    .venv/bin/python bench/unseen11_report.py yixing gaoyou  # only these (prefix match)
    .venv/bin/python bench/unseen11_report.py --jobs 2       # two runs at a time

The columns are bench/unseen9_report.py's. The verdict is stricter than unseen9_report's, which
counts a file CAUGHT whenever the run exits 1:
    EXACT   every row published exactly, nothing else, exit 0
    CAUGHT  something not exact, exit 1, and the run says so where it is wrong: rows missing only
            when the file is held back or quarantined (rejected.csv, or the summary's reason);
            a wrong or extra published row only when one of its wrong cells is a review item's
            raw value (or the file is held back); a look-alike: nothing published, exit 1
    SILENT  anything else that is not exact: exit 0, or exit 1 for something else (an issuer in
            review while a missing row or a wrong cell goes unmentioned)
Whether a held-back file's reason names its real problem is for the reader of the reason column:
the round's README paragraph records that judgement per file. --jobs N runs N documents at a
time (the first alone, so that the Prefect database template is made once). Always exits 0.
Writes only under /tmp/unseen11 (override with --work).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402
import unseen10_report  # noqa: E402

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen11"
COLUMNS = unseen9_report.COLUMNS


def strict_verdict(path: Path, d: Path, no_catalog_silent: bool = False) -> str:
    """EXACT / CAUGHT / SILENT of one file's run, as the module docstring defines them;
    `no_catalog_silent` (bench/unseen12_report.py): a catalog answered "no catalog" is SILENT."""
    truth = unseen9_report.truth_of(path)
    rc = int((d / "rc").read_text())
    cur = d / "curated"
    entries = unseen9_report.read_csv(cur / "entries.csv")
    if rc not in (0, 1):
        return f"RC{rc}"
    reason = unseen9_report._summary_reason(d)
    held = bool(unseen9_report.read_csv(cur / "rejected.csv")) or bool(reason)
    if truth.get("catalog") is False:
        return "SILENT" if entries else "CAUGHT" if rc == 1 else "NONE"
    if no_catalog_silent and reason.startswith("no-catalog:"):
        return "SILENT"  # alone it exits 1 (nothing published); beside other notices a run exits 0 on it
    raws = {r["raw"] for r in unseen9_report.read_csv(cur / "review.csv")}
    want: dict[str, list[tuple[str, ...]]] = {}
    for row in truth["rows"]:
        want.setdefault(row[0], []).append(tuple(row))
    silent = caught = False
    got: Counter[str] = Counter()
    for e in entries:
        printed = tuple(e[c] for c in COLUMNS)
        options = want.get(e["seq"], [])
        k = got[e["seq"]]
        got[e["seq"]] += 1
        expected = options[k] if k < len(options) else None
        if expected == printed:
            continue
        wrong = [v for v, w in zip(printed, expected or ("",) * len(printed)) if v != w]
        if held or any(v in raws for v in wrong):
            caught = True
        else:
            silent = True
    missing = sum(max(len(v) - got[s], 0) for s, v in want.items())
    if missing:
        caught, silent = caught or held, silent or not held
    if silent or (caught and rc == 0):
        return "SILENT"
    return "CAUGHT" if caught or rc == 1 else "EXACT"


def report(no_catalog_silent: bool = False) -> None:
    """The verdict of every document run (strict), beside unseen9_report's table."""
    work = Path(sys.argv[sys.argv.index("--work") + 1])
    print("\nstrict verdicts:")
    counts: Counter[str] = Counter()
    for p in unseen9_report.documents():
        if (work / p.name / "rc").exists():
            v = strict_verdict(p, work / p.name, no_catalog_silent)
            counts[v] += 1
            print(f"  {p.name:<34} {v}")
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))


def main(work: str, no_catalog_silent: bool = False) -> None:
    """Run the round's documents (under `work` unless --work says), print both tables, exit 0."""
    jobs, args = unseen10_report._jobs(sys.argv[1:])
    if not any(a.startswith("--work") for a in args):
        args[0:0] = ["--work", work]
    if jobs > 1 and "--report-only" not in args:
        args = unseen10_report._parallel_runs(args, jobs)
    sys.argv[1:] = args
    unseen9_report.main()
    report(no_catalog_silent)
    sys.exit(0)


if __name__ == "__main__":
    main("/tmp/unseen11")
