"""Performance and scale: `catalog run` over generated corpora of N notices, against bare pdfplumber.

    .venv/bin/python bench/bench_scale.py --sizes 10,40 [--workers 1,2] [--seed 7] [--json-out FILE]

Once per invocation: `catalog --help` timed over 10 runs, and the fixed cost (a cold run over an
empty raw/). Then for each N, on the corpus of bench/make_corpus.py (generated once, cached in
~/.cache/catalog-bench or $CATALOG_BENCH_CACHE):
  - a cold `catalog run` (fresh curated/, fresh state dir via $CATALOG_STATE, a copy of the
    decisions file, all in a temporary folder: the repository's own state is never touched):
    wall time, pages/s, notices/s, peak RSS (/usr/bin/time -v: the largest single process)
    and the process tree's summed RSS sampled from /proc every 0.1 s;
  - the nothing-new re-run (same raw/ and curated/);
  - each published notice's rows against the generated catalog, cell by cell;
  - on the corpus's PDF pages, each in a fresh process: bare pdfplumber `page.extract_tables()`,
    pypdfium2 plain text, and our PDF extractor alone (extractors.read_document, rows checked);
  - the ratios (run − re-run) / bare pdfplumber, re-run / bare pdfplumber, extractor / bare.
--workers sets Prefect's thread pool (PREFECT_TASKS_RUNNER_THREAD_POOL_MAX_WORKERS, and
CATALOG_WORKERS for a future option) per cold run; the default is Prefect's own (unbounded).
Figures are printed, never asserted. BENCHMARKS.md records them and the targets.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402

CATALOG = Path(sys.executable).parent / "catalog"
CACHE = Path(os.environ.get("CATALOG_BENCH_CACHE", Path.home() / ".cache" / "catalog-bench"))
GNU_TIME = Path("/usr/bin/time")
COMPARED = ("seq", "qualification", "qualification_zh", "issuer", "title", "series")

BARE_PLUMBER = """
import json, sys, time
import pdfplumber
start, pages, tables = time.perf_counter(), 0, 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables += len(page.extract_tables())
            pages += 1
            page.close()
print(json.dumps({"seconds": time.perf_counter() - start, "pages": pages, "tables": tables}))
"""
BARE_PDFIUM = """
import json, sys, time
import pypdfium2 as pdfium
start, pages, chars = time.perf_counter(), 0, 0
for path in sys.argv[1:]:
    pdf = pdfium.PdfDocument(path)
    for page in pdf:
        text = page.get_textpage()
        chars += len(text.get_text_bounded())
        pages += 1
        text.close()
        page.close()
    pdf.close()
print(json.dumps({"seconds": time.perf_counter() - start, "pages": pages, "chars": chars}))
"""
OUR_EXTRACTOR = """
import json, logging, sys, time
from pathlib import Path
logging.disable(logging.WARNING)
from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
start, pages, rows = time.perf_counter(), 0, {}
for name in sys.argv[1:]:
    path = Path(name)
    document = read_document(path, file_to_source(path, path.parent))
    pages += document.pages or 0
    rows[path.name] = [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series]
                       for r in document_to_catalog(document).rows]
print(json.dumps({"seconds": time.perf_counter() - start, "pages": pages, "rows": rows}, ensure_ascii=False))
"""


@dataclass
class RunMeasure:
    """One `catalog run`: wall time, exit code, peak memory and its JSON summary."""

    seconds: float
    exit_code: int
    max_rss_mib: float  # largest single process (GNU time), 0 when unavailable
    tree_rss_mib: float  # the process tree's summed RSS, sampled
    summary: dict[str, Any] = field(default_factory=dict, repr=False)
    error: str = ""  # a run that failed (exit 2, 3, a signal): what it said
    left_behind: int = 0  # processes of the run still alive after it exited (ended by the bench)


def proc_tree_rss(root: int) -> int:
    """Summed RSS (bytes) of `root` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def run_catalog(args: list[str], cwd: Path, env: dict[str, str]) -> RunMeasure:
    """Run `catalog ARGS --json` under GNU time, sampling the tree's RSS; return the measures.
    Output goes to files, not pipes: a process the run leaves behind must not hold the bench."""
    timing, out, err = cwd / "time.txt", cwd / "stdout.json", cwd / "stderr.txt"
    prefix = [str(GNU_TIME), "-v", "-o", str(timing)] if GNU_TIME.exists() else []
    peak, done = [0], threading.Event()
    start = time.perf_counter()
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen([*prefix, str(CATALOG), *args, "--json"], cwd=cwd, env=env,
                                   stdout=stdout, stderr=stderr)  # fmt: skip

        def sample() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], proc_tree_rss(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
    left = end_left_behind(env["CATALOG_STATE"])
    measure = RunMeasure(seconds, code, _gnu_time_rss(timing), peak[0] / 2**20, left_behind=left)
    if code in (0, 1):
        measure.summary = json.loads(out.read_text(encoding="utf-8"))
    else:
        said = timing.read_text().splitlines()[:1] if timing.is_file() else []
        measure.error = " | ".join(said + err.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:])
    return measure


def end_left_behind(state: str, grace: float = 5.0) -> int:
    """End (SIGTERM, by pid) processes still running with this run's own CATALOG_STATE `grace`
    seconds after the run returned: only processes this bench started carry it (e.g. Prefect's
    server after a crashed run). Prefect's temporary server stops a moment after the CLI exits:
    that is not counted."""
    marker = f"CATALOG_STATE={state}".encode()

    def running() -> list[int]:
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                status = (entry / "stat").read_text().split(") ", 1)[-1][:1]
                if status != "Z" and marker in (entry / "environ").read_bytes().split(b"\0"):
                    pids.append(int(entry.name))
            except OSError:
                continue
        return pids

    deadline = time.monotonic() + grace
    while (left := running()) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in left:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
    return len(left)


def _gnu_time_rss(timing: Path) -> float:
    if not timing.is_file():
        return 0.0
    for line in timing.read_text().splitlines():
        if "Maximum resident set size" in line:
            return int(line.rsplit(":", 1)[1]) / 1024
    return 0.0


def isolated_env(state: Path, workers: int | None, reader: str) -> dict[str, str]:
    """The environment for a run: our state dir and PDF reader, no inherited catalog or Prefect settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CATALOG_", "PREFECT_"))}
    env["CATALOG_STATE"] = str(state)
    env["CATALOG_PDF_READER"] = reader
    if workers:
        env["PREFECT_TASKS_RUNNER_THREAD_POOL_MAX_WORKERS"] = env["CATALOG_WORKERS"] = str(workers)
    return env


def cold_and_rerun(
    raw: Path, workers: int | None, reader: str, dask: int | None = None
) -> tuple[RunMeasure, RunMeasure, dict[str, list[tuple[str, ...]]]]:
    """A cold run over raw/ in a fresh folder, then the nothing-new re-run; and the published rows."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        shutil.copyfile(ROOT / "normalize" / "data" / "decisions.csv", work / "decisions.csv")
        args = [
            "run",
            "--raw",
            str(raw),
            "--curated",
            str(work / "curated"),
            "--decisions",
            str(work / "decisions.csv"),
        ]
        env = isolated_env(work / ".catalog", workers, reader)
        if dask:  # a local Dask cluster of `dask` worker processes (catalog run --dask)
            args.append("--dask")
            env["CATALOG_DASK_WORKERS"] = str(dask)
        cold = run_catalog(args, work, env)
        again = run_catalog(args, work, env)
        return cold, again, published_rows(work / "curated" / "entries.csv")


def empty_run() -> RunMeasure:
    """The fixed cost: a cold run over an empty raw/."""
    with tempfile.TemporaryDirectory(prefix="bench-empty-") as tmp:
        work = Path(tmp)
        (work / "raw").mkdir()
        shutil.copyfile(ROOT / "normalize" / "data" / "decisions.csv", work / "decisions.csv")
        args = ["run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), "--decisions",
                str(work / "decisions.csv")]  # fmt: skip
        return run_catalog(args, work, isolated_env(work / ".catalog", None, "pdfplumber"))


def published_rows(entries: Path) -> dict[str, list[tuple[str, ...]]]:
    """The published entries' compared cells, by document number."""
    rows: dict[str, list[tuple[str, ...]]] = {}
    if not entries.is_file():
        return rows
    with entries.open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle):
            rows.setdefault(record["doc_number"], []).append(tuple(record[c] for c in COMPARED))
    return rows


def help_seconds(runs: int = 10) -> list[float]:
    """Wall times of `catalog --help`, each in a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(CATALOG), "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def child(script: str, paths: list[Path], reader: str = "pdfplumber") -> dict[str, Any]:
    """Run a measuring script in a fresh process over the paths; its JSON result."""
    if not paths:
        return {"seconds": 0.0, "pages": 0, "rows": {}}
    env = {**os.environ, "CATALOG_PDF_READER": reader}
    done = subprocess.run([sys.executable, "-c", script, *map(str, paths)], cwd=ROOT, capture_output=True,
                          text=True, env=env)  # fmt: skip
    if done.returncode:  # a crash is a finding, not the end of the benchmark
        print(f"  measuring script failed (exit {done.returncode}): {done.stderr.strip()[-300:]}", file=sys.stderr)
        return {"seconds": float("nan"), "pages": 0, "rows": {}}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def expected_rows(notice: dict[str, Any]) -> list[tuple[str, ...]]:
    """A generated notice's catalog on the compared columns, mapped through its printed header."""
    from extractors.headers import row_to_columns

    columns = row_to_columns(notice["header"])
    if columns is None:
        raise ValueError(f"{notice['file']}: the generated header is not a catalog header")
    picked = [columns.index(c) if c in columns else None for c in COMPARED]
    return [tuple(row[i] if i is not None else "" for i in picked) for row in notice["rows"]]


def check_notices(manifest: dict[str, Any], cold: RunMeasure, published: dict[str, list[tuple[str, ...]]],
                  extracted: dict[str, Any]) -> tuple[list[str], int, int]:  # fmt: skip
    """Every generated notice that did not publish, or whose rows differ (one line each); and the
    published rows and the extractor's rows that equal the generated ones, cell by cell."""
    problems = [f"{d['file']}: {d['status']} at {d['step']}: {d['reason']}"
                for d in cold.summary.get("documents", []) if d["status"] != "catalog"]  # fmt: skip
    problems += [f"held back {h['notice']} ({h['file']} row {h['row']}): {h['reason']}"
                 for h in cold.summary.get("held_back", [])]  # fmt: skip
    exact_published = exact_extracted = 0
    for notice in manifest["notices"]:
        want = expected_rows(notice)
        got = published.get(notice["doc_number"])
        if got is None:
            problems.append(f"{notice['file']} ({notice['doc_number']}): not published")
            continue
        exact_published += sum(r in want for r in got)
        alone = [tuple(r) for r in extracted.get(notice["file"], [])]
        exact_extracted += sum(a == w for a, w in zip(alone, want))
        if sorted(got) != sorted(want):
            same = (
                " (the extractor alone reads the same)"
                if notice["file"] in extracted and sorted(alone) == sorted(got)
                else ""
            )
            problems.append(f"{notice['file']}: {_row_diff(want, got)}{same}")
    return problems, exact_published, exact_extracted


def _row_diff(want: list[tuple[str, ...]], got: list[tuple[str, ...]]) -> str:
    missing = [r for r in want if r not in got]
    extra = [r for r in got if r not in want]
    first = (
        f"; e.g. row {missing[0][0]} printed {missing[0][1:4]!r}, read {extra[0][1:4] if extra else None!r}"
        if missing
        else ""
    )
    return f"published {len(got)} rows, {len(want) - len(missing)}/{len(want)} exact{first}"


@dataclass
class Corpus:
    """One corpus and the bare libraries' times on its PDF pages."""

    n: int
    docx: int
    pdf: int
    rows: int
    pages: int
    pdf_pages: int
    plumber_s: float
    pdfium_s: float
    raw: Path
    manifest: dict[str, Any] = field(repr=False)
    pdfs: list[Path] = field(repr=False)


@dataclass
class SizeResult:
    """Everything measured for one corpus, reader and worker setting."""

    corpus: Corpus
    reader: str
    workers: str
    cold: RunMeasure
    rerun: RunMeasure
    extractor_s: float
    published: int
    exact_published: int
    exact_extracted: int
    same_as_pdfplumber: str
    problems: list[str]


def measure_corpus(n: int, seed: int) -> Corpus:
    """Generate (or reuse) the corpus of n notices; time bare pdfplumber and pypdfium2 on its PDFs."""
    corpus = CACHE / f"s{seed}-n{n}"
    specs = make_corpus(n, corpus, seed, CACHE / f"s{seed}-notices")
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    pdfs = sorted((corpus / "raw").glob("*.pdf"))
    plumber, pdfium = child(BARE_PLUMBER, pdfs), child(BARE_PDFIUM, pdfs)
    if plumber["pages"] != pdfium["pages"]:
        raise AssertionError(f"page counts differ: pdfplumber {plumber['pages']}, pypdfium2 {pdfium['pages']}")
    return Corpus(n, sum(s.format == "docx" for s in specs), sum(s.format == "pdf" for s in specs),
                  sum(len(s.rows) for s in specs), sum(s.pages for s in specs), plumber["pages"],
                  plumber["seconds"], pdfium["seconds"], corpus / "raw", manifest, pdfs)  # fmt: skip


def measure_run(corpus: Corpus, reader: str, workers: int | None, reference: dict[str, Any],
                dask: int | None = None) -> SizeResult:  # fmt: skip
    """Cold run, re-run and the extractor alone with one PDF reader; rows checked."""
    cold, rerun, published = cold_and_rerun(corpus.raw, workers, reader, dask)
    ours = child(OUR_EXTRACTOR, corpus.pdfs, reader)
    problems, exact_published, exact_extracted = check_notices(corpus.manifest, cold, published, ours["rows"])
    same = sum(ours["rows"].get(k) == v for k, v in reference.items())
    return SizeResult(corpus, reader, f"dask{dask}" if dask else str(workers or "default"), cold, rerun, ours["seconds"], len(published),
                      exact_published, exact_extracted, f"{same}/{len(reference)}", problems)  # fmt: skip


def print_table(results: list[SizeResult], empty: RunMeasure, help_times: list[float]) -> None:
    """The compact table, then one line per problem."""
    print(
        f"\ncatalog --help: median {statistics.median(help_times):.3f} s, min {min(help_times):.3f} s, "
        f"max {max(help_times):.3f} s over {len(help_times)} runs"
    )
    print(
        f"fixed cost (cold run, empty raw/): {empty.seconds:.1f} s, exit {empty.exit_code}, "
        f"peak RSS {empty.max_rss_mib:.0f} MiB (largest process), {empty.tree_rss_mib:.0f} MiB (tree)\n"
    )
    head = (
        "N",
        "reader",
        "wrk",
        "docx/pdf",
        "rows",
        "pages(pdf)",
        "cold s",
        "pages/s",
        "notices/s",
        "RSS MiB",
        "tree MiB",
        "re-run s",
        "plumber s",
        "pdfium s",
        "ours s",
        "(run-re)/pl",
        "re/pl",
        "ours/pl",
        "published",
    )
    line = "{:>5} {:>10} {:>7} {:>9} {:>6} {:>10} {:>7} {:>7} {:>9} {:>7} {:>8} {:>8} {:>9} {:>8} {:>7} {:>11} {:>6} {:>7} {:>9}"
    print(line.format(*head))
    for r in results:
        c, pl = r.corpus, r.corpus.plumber_s or float("nan")
        print(line.format(
            c.n, r.reader, r.workers, f"{c.docx}/{c.pdf}", c.rows, f"{c.pages}({c.pdf_pages})", f"{r.cold.seconds:.1f}",
            f"{c.pages / r.cold.seconds:.2f}", f"{c.n / r.cold.seconds:.3f}", f"{r.cold.max_rss_mib:.0f}",
            f"{r.cold.tree_rss_mib:.0f}", f"{r.rerun.seconds:.1f}", f"{c.plumber_s:.1f}", f"{c.pdfium_s:.2f}",
            f"{r.extractor_s:.1f}", f"{(r.cold.seconds - r.rerun.seconds) / pl:.2f}", f"{r.rerun.seconds / pl:.2f}",
            f"{r.extractor_s / pl:.2f}", f"{r.published}/{c.n}",
        ))  # fmt: skip
    print("\npages = printed pages of every notice (DOCX ones as LibreOffice prints them); (pdf) = pages of the")
    print("PDF files, the pages pdfplumber, pypdfium2 and our extractor (ours) read. RSS = largest single process")
    print("(GNU time); tree = summed RSS of the run's processes (sampled, shared pages counted twice).")
    for r in results:
        pdf_rows = sum(len(n["rows"]) for n in r.corpus.manifest["notices"] if n["format"] == "pdf")
        for label, run in (("cold run", r.cold), ("re-run", r.rerun)):
            if run.error or run.left_behind:
                print(f"\nN={r.corpus.n} reader={r.reader}: {label} FAILED exit {run.exit_code}: {run.error}; "
                      f"{run.left_behind} process(es) of it left running (ended by the bench)")  # fmt: skip
        print(f"\nN={r.corpus.n} reader={r.reader} workers={r.workers}: cold exit {r.cold.exit_code} "
              f"({r.cold.summary.get('status')}), re-run exit {r.rerun.exit_code} ({r.rerun.summary.get('status')}, "
              f"nothing_new={r.rerun.summary.get('nothing_new')}); rows exact: published {r.exact_published}/"
              f"{r.corpus.rows}, extractor alone {r.exact_extracted}/{pdf_rows} (PDF); extractor's rows equal "
              f"to the pdfplumber reader's in {r.same_as_pdfplumber} PDFs; {len(r.problems)} problem(s)")  # fmt: skip
        for problem in r.problems[:25]:
            print(f"  {problem}")


def _without_rows(run: dict[str, Any]) -> dict[str, Any]:
    """A run's figures for --json-out, without the corpus's catalogs (they are in its manifest.json)."""
    run["corpus"] = {k: v for k, v in run["corpus"].items() if k not in ("manifest", "pdfs")}
    return run


def describe_checkout() -> str:
    """The commit measured, and how many tracked files differ from it (others may be editing)."""
    head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %cd", "--date=iso"],
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.splitlines()  # fmt: skip
    return f"commit {head or '?'}, {len(dirty)} tracked file(s) modified"


def main() -> None:
    """Measure every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,40", help="corpus sizes, comma-separated (default 10,40)")
    parser.add_argument("--workers", default="", help="Prefect thread-pool sizes to try, comma-separated")
    parser.add_argument(
        "--readers", default="pdfplumber", help="PDF readers to try ($CATALOG_PDF_READER), comma-separated"
    )
    parser.add_argument("--dask", default="", help="local Dask worker counts to try (catalog run --dask), comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json-out", type=Path, help="also write every figure here as JSON")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    workers: list[int | None] = [int(w) for w in args.workers.split(",") if w] or [None]
    readers = [r for r in args.readers.split(",") if r]
    print(f"measuring {describe_checkout()}", flush=True)
    help_times = help_seconds()
    empty = empty_run()
    results = []
    for n in sizes:
        corpus = measure_corpus(n, args.seed)
        reference = child(OUR_EXTRACTOR, corpus.pdfs)["rows"]  # the pdfplumber reader's rows
        for reader in readers:
            for w in workers:
                print(f"measuring N={n} reader={reader} workers={w or 'default'} …", file=sys.stderr, flush=True)
                results.append(measure_run(corpus, reader, w, reference))
            for d in [int(d) for d in args.dask.split(",") if d]:
                print(f"measuring N={n} reader={reader} dask workers={d} …", file=sys.stderr, flush=True)
                results.append(measure_run(corpus, reader, None, reference, dask=d))
    print_table(results, empty, help_times)
    if args.json_out:
        data = {
            "checkout": describe_checkout(),
            "help_seconds": help_times,
            "empty": asdict(empty),
            "runs": [_without_rows(asdict(r)) for r in results],
        }
        args.json_out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
