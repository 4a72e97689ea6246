"""Run `catalog run` on each document of tests/fixtures/unseen9 alone, then on all together,
and compare what was published with the truth cell by cell.

    .venv/bin/python bench/unseen9_report.py              # run every document, then all together
    .venv/bin/python bench/unseen9_report.py ningbo huaian  # only these (prefix match), no joint run
    .venv/bin/python bench/unseen9_report.py jineng --joint  # these, and all files together
    .venv/bin/python bench/unseen9_report.py --report-only  # re-read the results of earlier runs

Each run reads one file into <work>/<file>/curated (its own CATALOG_STATE). Per document:
    exact / wrong / missing / extra   published rows against the truth (matched by 序号 in order)
    review     review items on the notice (kind: count)
    held       rejected.csv lines (held back or quarantined) and the first reason
    verdict    EXACT   every row published exactly, nothing else, exit 0
               CAUGHT  something not exact, but the run exits 1 and says why (review, held back,
                       quarantined); for a non-catalog: nothing published
               SILENT  a row wrong, missing or extra and exit 0; or a non-catalog published rows
The venv's `catalog` imports whichever checkout PYTHONPATH names: --code picks it (default: this
one). Truth files ({"header", "rows"} or {"catalog": false}) are read here only, never by the pipeline.
Always exits 0: this is a measurement. Writes only under /tmp/unseen9 (override with --work).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "unseen9"
CATALOG = REPO / ".venv" / "bin" / "catalog"
COLUMNS = ("seq", "qualification", "qualification_zh", "issuer", "title", "series")
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".html", ".xlsx", ".odt", ".docm", ".dotx")


def documents() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in DOCUMENT_SUFFIXES)


def truth_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))


def run(files: list[Path], d: Path, code: Path) -> None:
    """One `catalog run` over the given files, in its own folders, with the code in `code`."""
    shutil.rmtree(d, ignore_errors=True)
    (d / "raw").mkdir(parents=True)
    for f in files:
        shutil.copy(f, d / "raw" / f.name)
    # PYTHONPATH: the venv's `catalog` is an editable install of another checkout
    env = {**os.environ, "CATALOG_STATE": str(d / "state"), "PYTHONPATH": str(code)}
    template = d.parent / "_state_template" / "prefect"  # a migrated Prefect database saves ~10 s a run
    if template.is_dir():
        shutil.copytree(template, d / "state" / "prefect")
    r = subprocess.run([str(CATALOG), "run", "--raw", str(d / "raw"), "--curated", str(d / "curated")],
                       cwd=code, env=env, capture_output=True, text=True, timeout=900)  # fmt: skip
    (d / "stdout.txt").write_text(r.stdout + r.stderr, encoding="utf-8")
    (d / "rc").write_text(str(r.returncode))
    if not template.is_dir() and (d / "state" / "prefect").is_dir() and r.returncode in (0, 1):
        shutil.copytree(d / "state" / "prefect", template)


def read_csv(p: Path) -> list[dict[str, str]]:
    if not p.exists():
        return []
    with p.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def score(truth: dict, entries: list[dict[str, str]]) -> Counter[str]:
    """exact / wrong / missing / extra of published entries against a truth's rows."""
    got: dict[str, list[tuple[str, ...]]] = {}
    for e in entries:
        got.setdefault(e["seq"], []).append(tuple(e[c] for c in COLUMNS))
    counts: Counter[str] = Counter()
    for row in truth.get("rows", []):
        rows = got.get(row[0])
        if not rows:
            counts["missing"] += 1
        elif list(rows.pop(0)) == row:
            counts["exact"] += 1
        else:
            counts["wrong"] += 1
    counts["extra"] = sum(len(v) for v in got.values())
    return counts


def verdict(truth: dict, c: Counter[str], rc: int, published: int) -> str:
    if rc not in (0, 1):
        return f"RC{rc}"
    if truth.get("catalog") is False:
        return "SILENT" if published else "CAUGHT" if rc == 1 else "NONE"
    if c["exact"] == len(truth["rows"]) and not c["extra"] and rc == 0:
        return "EXACT"
    bad = c["wrong"] + c["missing"] + c["extra"]
    return "SILENT" if bad and rc == 0 else "CAUGHT" if bad or rc == 1 else "EXACT"


def _summary_reason(d: Path) -> str:
    """The run summary's first line saying why something was not published (a run that publishes
    nothing keeps no rejected.csv of its own)."""
    lines = (d / "stdout.txt").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith(("  rejected:", "  no-catalog:")):
            return line.strip()
        if line.startswith("  HELD BACK") and i + 1 < len(lines):
            return "held back: " + lines[i + 1].strip()
    return ""


def report_row(path: Path, d: Path) -> str:
    truth = truth_of(path)
    rc = int((d / "rc").read_text())
    cur = d / "curated"
    entries = read_csv(cur / "entries.csv")
    review = Counter(r["kind"] for r in read_csv(cur / "review.csv"))
    rejected = read_csv(cur / "rejected.csv")
    c = score(truth, entries)
    reason = (f"{rejected[0]['step']}: {rejected[0]['reason']}" if rejected else _summary_reason(d))[:110]
    kinds = " ".join(f"{k}:{n}" for k, n in sorted(review.items()))
    expected = "none" if truth.get("catalog") is False else str(len(truth["rows"]))
    return (f"{path.name:<32} {verdict(truth, c, rc, len(entries)):<7} {rc:>2} {expected:>5} {len(entries):>4} "
            f"{c['exact']:>5} {c['wrong']:>5} {c['missing']:>4} {c['extra']:>5}  {kinds:<18} {len(rejected):>3} {reason}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("only", nargs="*")
    parser.add_argument("--work", type=Path, default=Path("/tmp/unseen9"))
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--joint", action="store_true", help="also run all files together when naming some")
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose code runs (default: this one)")
    args = parser.parse_args()
    docs = [p for p in documents() if not args.only or any(p.name.startswith(o) for o in args.only)]
    if not args.report_only:
        for p in docs:
            run([p], args.work / p.name, args.code)
        if not args.only or args.joint:
            run(documents(), args.work / "_all", args.code)
    print(f"{'document':<32} {'verdict':<7} rc truth  pub exact wrong miss extra  {'review':<18} rej reason")
    for p in docs:
        if (args.work / p.name / "rc").exists():
            print(report_row(p, args.work / p.name))
    joint = args.work / "_all"
    if (not args.only or args.joint) and (joint / "rc").exists():
        entries = read_csv(joint / "curated" / "entries.csv")
        print(f"\nall together: rc {(joint / 'rc').read_text()}, {len(entries)} entries published, per notice:")
        for notice, n in sorted(Counter(e["doc_number"] for e in entries).items()):
            print(f"  {notice}: {n}")
        for r in read_csv(joint / "curated" / "rejected.csv"):
            print(f"  rejected {r['file']} {r['step']} {r['notice']} {r['seq']}: {r['reason'][:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
