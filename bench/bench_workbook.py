"""Benchmark catalog.xlsx: `catalog_workbook` before (openpyxl) and after (XlsxWriter) on a large table.

Usage: .venv/bin/python bench/bench_workbook.py [--copies 300] [--before REV]

The entries table is tests/golden/bundled/entries.csv (113 rows) repeated --copies times, each
copy with its own entry_id (the copy number appended) and its copies spread over four cities;
the notices are tests/golden/bundled/notices.csv. Each implementation runs in a fresh process,
so that its peak RSS (resource.getrusage) is its own: "before" is pipeline/workbook.py as of
--before (by default the newest commit whose workbook.py still wrote with openpyxl), "after" is
the working tree's. Prints the rows, the seconds inside catalog_workbook, the workbook's size
and each process's peak RSS. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE = "pipeline/workbook.py"
CITIES = ("泰州", "无锡", "南京", "苏州")

CHILD = """
import json, resource, sys, time, types
sys.path.insert(0, sys.argv[1])
import pandas as pd
from pipeline.publish import csv_to_frame

root, copies, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
golden = root + "/tests/golden/bundled/"
entries = csv_to_frame(open(golden + "entries.csv", "rb").read())
notices = csv_to_frame(open(golden + "notices.csv", "rb").read())
cities = %r
parts = []
for n in range(copies):
    part = entries.copy()
    part["entry_id"] = part["entry_id"] + f"-{n}"
    part["city"] = cities[n %% len(cities)]
    parts.append(part)
tables = {"entries": pd.concat(parts, ignore_index=True), "notices": notices}
module = types.ModuleType("workbook_under_test")
exec(compile(source, "workbook_under_test.py", "exec"), module.__dict__)
start = time.perf_counter()
data = module.catalog_workbook(tables, "b7cfea6ce80a61f2")
seconds = time.perf_counter() - start
print(json.dumps({"rows": len(tables["entries"]), "seconds": seconds, "mib": len(data) / 2**20,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""" % (CITIES,)


def openpyxl_revision() -> str:
    """The newest commit whose pipeline/workbook.py still wrote the workbook with openpyxl."""
    log = subprocess.run(["git", "log", "--format=%H", "--", MODULE], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()  # fmt: skip
    return next(rev for rev in log if "from openpyxl import Workbook" in source_at(rev))


def source_at(rev: str) -> str:
    """pipeline/workbook.py as of commit `rev`."""
    return subprocess.run(["git", "show", f"{rev}:{MODULE}"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def measure(source: str, copies: int) -> dict[str, float]:
    """Run catalog_workbook of `source` in a fresh process; its rows, seconds, size and peak RSS."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(copies), source],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300, help="copies of the golden entries (113 rows each)")
    parser.add_argument("--before", help="commit of the openpyxl workbook.py (default: the newest one)")
    args = parser.parse_args()
    before = args.before or openpyxl_revision()
    runs = {f"before ({before[:7]})": source_at(before), "after (working tree)": (ROOT / MODULE).read_text()}
    for label, source in runs.items():
        m = measure(source, args.copies)
        print(f"{label:24} {m['rows']:>7,.0f} rows  {m['seconds']:6.1f} s  {m['mib']:5.1f} MiB xlsx  "
              f"peak RSS {m['peak_mib']:6.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
