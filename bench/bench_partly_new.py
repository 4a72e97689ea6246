"""A partly new raw/: what a re-run costs when a few notices were added to a published corpus.

    .venv/bin/python bench/bench_partly_new.py [--notices 20] [--added 2] [--seed 7]

On the corpus of bench/make_corpus.py (the first N + K notices; generated once and cached like
bench_scale.py's), each run in a fresh temporary folder with its own state:
  1. a cold `catalog run` over the first N notices;
  2. the nothing-new re-run (the extraction cache answers every document);
  3. the K added notices linked into raw/, and a run over the N + K: only the K are read;
  4. for comparison, a cold run over the K alone (fixed cost + reading the K) and a cold run
     over all N + K.
It prints each run's seconds and exit code, the documents each run read and answered from the
cache (from the run's JSON summary), and the ratio (partly new − nothing new) / (cold over the K
alone − fixed cost is not subtracted: both pay it). Figures are printed, never asserted;
BENCHMARKS.md records them. (Our own script: bench_scale.py measures cold and nothing-new runs,
this adds the third case the issue's "nothing twice" is about.)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_scale import CACHE, RunMeasure, isolated_env, run_catalog  # noqa: E402
from bench.make_corpus import _link, make_corpus  # noqa: E402


def _raw_with(files: list[Path], raw: Path) -> Path:
    raw.mkdir(parents=True, exist_ok=True)
    for path in files:
        if not (raw / path.name).exists():
            _link(path, raw / path.name)  # a hard link or a copy: raw/ takes no symbolic links
    return raw


def _run(work: Path, raw: Path) -> RunMeasure:
    if not (work / "decisions.csv").exists():
        shutil.copyfile(ROOT / "normalize" / "data" / "decisions.csv", work / "decisions.csv")
    args = ["run", "--raw", str(raw), "--curated", str(work / "curated"), "--decisions", str(work / "decisions.csv")]
    return run_catalog(args, work, isolated_env(work / ".catalog", None, "pdfplumber"))


def _read_counts(summary: dict[str, Any]) -> str:
    """The run's JSON summary, its plain values only (status, version, counts)."""
    return ", ".join(f"{k}={v}" for k, v in summary.items() if isinstance(v, (str, int, float)) and len(str(v)) < 40)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=20, help="notices published first (N)")
    parser.add_argument("--added", type=int, default=2, help="notices added afterwards (K)")
    parser.add_argument("--seed", type=int, default=7)
    opts = parser.parse_args()
    n, k = opts.notices, opts.added
    corpus = CACHE / f"s{opts.seed}-n{n + k}"
    specs = make_corpus(n + k, corpus, opts.seed, CACHE / f"s{opts.seed}-notices")
    files = [corpus / "raw" / f"{s.name}.{s.format}" for s in specs]
    first, added = files[:n], files[n:]
    rows: list[tuple[str, RunMeasure]] = []
    with tempfile.TemporaryDirectory(prefix="bench-partly-") as tmp:
        work = Path(tmp) / "published"
        work.mkdir()
        raw = _raw_with(first, work / "raw")
        rows.append((f"cold over the first {n}", _run(work, raw)))
        rows.append(("nothing new", _run(work, raw)))
        _raw_with(added, raw)
        rows.append((f"{k} added to the {n}", _run(work, raw)))
        alone = Path(tmp) / "alone"
        alone.mkdir()
        rows.append((f"cold over the {k} alone", _run(alone, _raw_with(added, alone / "raw"))))
        whole = Path(tmp) / "whole"
        whole.mkdir()
        rows.append((f"cold over all {n + k}", _run(whole, _raw_with(files, whole / "raw"))))
    print(f"corpus: seed {opts.seed}, {n} notices published, then {k} added "
          f"({sum(s.pages for s in specs[n:])} pages added, {sum(s.pages for s in specs)} in all)")  # fmt: skip
    print(f"{'run':<28} {'seconds':>8} {'exit':>5}  summary")
    for label, run in rows:
        print(f"{label:<28} {run.seconds:8.1f} {run.exit_code:>5}  {run.error or _read_counts(run.summary)}")
    nothing, partly, alone_run, whole_run = rows[1][1], rows[2][1], rows[3][1], rows[4][1]
    print(f"(partly new − nothing new) / (cold over the {k} alone): "
          f"{(partly.seconds - nothing.seconds) / alone_run.seconds:.2f}")
    print(f"partly new / cold over all {n + k}: {partly.seconds / whole_run.seconds:.2f}")


if __name__ == "__main__":
    main()
