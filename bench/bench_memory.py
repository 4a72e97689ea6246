"""Benchmark memory: a whole `catalog run` as the notices grow, or the PDF extractor as the pages grow.

Usage: python bench/bench_memory.py --notices 10 100 1000 [--code DIR] [--seed 7] [--json-out FILE]
       python bench/bench_memory.py [--pages 50 500] [--no-release]

--notices: for each N, a cold `catalog run` over the N-notice corpus of bench/make_corpus.py
(generated once, cached like bench_scale.py's), in a fresh temporary folder with its own state,
measured as bench_scale.py measures it: the largest single process's peak RSS (GNU time), the
process tree's summed RSS, the wall time, the version published. Then the peak's growth per
notice between consecutive sizes. Flat memory shows as a growth near 0. --code runs the
`catalog` of another checkout (put first on PYTHONPATH), to compare before and after a change.

--pages: for each page count, builds a PDF of the bundled Taizhou catalog pages repeated with
qpdf (bench_pdf.many_page_pdf), reads it with read_pdf in a fresh subprocess, and prints the
pages read, the time, pages/s and that subprocess's peak RSS. --no-release disables
pdfplumber's per-page release (Page.close) to show what it saves.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_pdf import many_page_pdf  # noqa: E402
from bench.bench_scale import CACHE, isolated_env, run_catalog  # noqa: E402
from bench.make_corpus import make_corpus  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
if sys.argv[2] == "no-release":
    import pdfplumber.page
    pdfplumber.page.Page.close = lambda self: None
from core.model import SourceFile
from extractors.pdf import read_pdf

path = Path(sys.argv[1])
start = time.perf_counter()
doc = read_pdf(path, SourceFile(path.name, "0" * 64, path.stat().st_size))
seconds = time.perf_counter() - start
print(json.dumps({"pages": doc.pages, "rows": sum(len(t.rows) for t in doc.tables), "seconds": seconds,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(pdf: Path, release: bool) -> dict[str, float]:
    """Read `pdf` in a fresh process; return its pages, rows, seconds and peak RSS (MiB)."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(pdf), "release" if release else "no-release"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout)
    return result


def measure_run(n: int, seed: int, code: Path | None) -> dict[str, object]:
    """A cold `catalog run` over the n-notice corpus, in a fresh folder: peak RSS, seconds, version."""
    corpus = CACHE / f"s{seed}-n{n}"
    specs = make_corpus(n, corpus, seed, CACHE / f"s{seed}-notices")
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        work = Path(tmp)
        shutil.copyfile((code or ROOT) / "normalize" / "data" / "decisions.csv", work / "decisions.csv")
        env = isolated_env(work / ".catalog", None, "pdfplumber")
        if code is not None:
            env["PYTHONPATH"] = os.pathsep.join([str(code), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        args = ["run", "--raw", str(corpus / "raw"), "--curated", str(work / "curated"),
                "--decisions", str(work / "decisions.csv")]  # fmt: skip
        run = run_catalog(args, work, env)
        current = work / "curated" / "current"
        version = current.resolve().name if current.exists() else ""
    return {"n": n, "rows": sum(len(s.rows) for s in specs), "seconds": run.seconds, "exit_code": run.exit_code,
            "max_rss_mib": run.max_rss_mib, "tree_mib": run.tree_rss_mib, "version": version, "error": run.error}  # fmt: skip


def print_runs(runs: list[dict[str, object]]) -> None:
    """One line per run, with the peak's growth per notice since the previous size."""
    print(f"{'N':>6} {'rows':>8} {'cold s':>8} {'exit':>4} {'RSS MiB':>8} {'tree MiB':>9} {'MiB/notice':>10}  version")
    previous: dict[str, object] | None = None
    for run in runs:
        slope = ""
        if previous is not None and run["n"] != previous["n"]:
            grew = float(run["max_rss_mib"]) - float(previous["max_rss_mib"])  # type: ignore[arg-type]
            slope = f"{grew / (int(run['n']) - int(previous['n'])):.3f}"  # type: ignore[call-overload]
        print(f"{run['n']:>6} {run['rows']:>8} {run['seconds']:>8.1f} {run['exit_code']:>4} {run['max_rss_mib']:>8.0f} "
              f"{run['tree_mib']:>9.0f} {slope:>10}  {run['version']} {run['error']}")  # fmt: skip
        previous = run


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[50, 500], help="page counts to read")
    parser.add_argument("--no-release", action="store_true", help="keep every page's objects (to compare)")
    parser.add_argument("--notices", type=int, nargs="+", help="measure a cold `catalog run` over N notices instead")
    parser.add_argument(
        "--code", type=Path, help="with --notices: the checkout whose `catalog` runs (default this one)"
    )
    parser.add_argument("--seed", type=int, default=7, help="with --notices: the corpus seed")
    parser.add_argument("--json-out", type=Path, help="with --notices: also write every figure as JSON")
    args = parser.parse_args()
    if args.notices:
        runs = []
        for n in args.notices:
            runs.append(measure_run(n, args.seed, args.code.resolve() if args.code else None))
            print(f"N={n}: peak {runs[-1]['max_rss_mib']:.0f} MiB (largest process)", flush=True)
        print_runs(runs)
        if args.json_out:
            args.json_out.write_text(json.dumps(runs, indent=1), encoding="utf-8")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for pages in args.pages:
            result = measure(many_page_pdf(Path(tmp) / f"{pages}.pdf", pages), not args.no_release)
            print(
                f"{int(result['pages']):>6} pages {int(result['rows']):>7} rows {result['seconds']:8.1f} s "
                f"{result['pages'] / result['seconds']:6.1f} pages/s  peak RSS {result['peak_mib']:7.1f} MiB"
            )


if __name__ == "__main__":
    main()
