"""Run `catalog run` on each document of tests/fixtures/unseen10 (the third blind round: other
layouts, producers and look-alikes, tests/make_unseen10.py) alone, then on all together, and score
it against the truth.

    .venv/bin/python bench/unseen10_report.py               # every document, then all together
    .venv/bin/python bench/unseen10_report.py xinyi wujiang  # only these (prefix match)
    .venv/bin/python bench/unseen10_report.py --jobs 2       # two runs at a time

The columns and verdicts (EXACT, CAUGHT, SILENT) are bench/unseen9_report.py's; --jobs N runs N
documents at a time (the first alone, so that the Prefect database template is made once). Always
exits 0. Writes only under /tmp/unseen10 (override with --work).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen9_report  # noqa: E402

unseen9_report.FIXTURES = unseen9_report.REPO / "tests" / "fixtures" / "unseen10"


def _jobs(argv: list[str]) -> tuple[int, list[str]]:
    """The --jobs value and the other arguments."""
    for i, arg in enumerate(argv):
        if arg == "--jobs" and i + 1 < len(argv):
            return int(argv[i + 1]), argv[:i] + argv[i + 2 :]
        if arg.startswith("--jobs="):
            return int(arg.split("=", 1)[1]), argv[:i] + argv[i + 1 :]
    return 1, argv


def _parallel_runs(argv: list[str], jobs: int) -> list[str]:
    """Run the named documents `jobs` at a time; return arguments that only report them."""
    work = Path(argv[argv.index("--work") + 1])
    code = Path(argv[argv.index("--code") + 1]) if "--code" in argv else unseen9_report.REPO
    only = [a for a in argv if not a.startswith("--") and a not in (str(work), str(code))]
    docs = [p for p in unseen9_report.documents() if not only or any(p.name.startswith(o) for o in only)]
    if docs:
        unseen9_report.run([docs[0]], work / docs[0].name, code)
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda p: unseen9_report.run([p], work / p.name, code), docs[1:]))
    if not only or "--joint" in argv:
        unseen9_report.run(unseen9_report.documents(), work / "_all", code)
    return [*argv, "--report-only"]


if __name__ == "__main__":
    jobs, args = _jobs(sys.argv[1:])
    if not any(a.startswith("--work") for a in args):
        args[0:0] = ["--work", "/tmp/unseen10"]
    if jobs > 1 and "--report-only" not in args:
        args = _parallel_runs(args, jobs)
    sys.argv[1:] = args
    sys.exit(unseen9_report.main())
