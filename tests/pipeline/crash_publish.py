"""Run a publish in this process and die (os._exit) at the Nth file-system write.

Usage: python crash_publish.py CURATED N_ROWS CRASH_AT   (CRASH_AT 0 = never crash)
Prints the number of writes when it does not crash. Used by test_publish_crash.py.

    python crash_publish.py --serve

reads such runs from stdin, one "CURATED N_ROWS CRASH_AT" line each, and runs each in a process
forked from this one, as the command line above would (the same code from the same start: the
imports, most of a run's second, are done once); it answers each with one JSON line, the fork's
exit code, stdout and stderr.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the checkout's code, whatever is installed and wherever it is started

import json  # noqa: E402
import signal  # noqa: E402
import tempfile  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Mapping  # noqa: E402

from pipeline import publish as publish_module  # noqa: E402
from tests.notices import golden_tables  # noqa: E402

WRITES = ("rename", "replace", "symlink", "unlink", "fsync", "mkdir")
TIMEOUT_SECONDS = 120  # one run's, as the test's subprocess.run(timeout=…) gave it


def main(curated: Path, rows: int, crash_at: int) -> None:
    count = 0

    def wrap(name: str, real):  # type: ignore[no-untyped-def]
        def crashing(*args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal count
            count += 1
            if count == crash_at:
                os._exit(17)
            return real(*args, **kwargs)

        return crashing

    for name in WRITES:
        setattr(os, name, wrap(name, getattr(os, name)))
    golden = golden_tables()
    files = publish_module.render({"entries": golden["entries"].head(rows), "notices": golden["notices"]})
    with publish_module.publish_lock(curated):
        publish_module.publish(files, {"entries": rows}, curated, extras=package)
    print(count)


def package(version: str, files: Mapping[str, bytes], folder: Path) -> None:
    """A stand-in for the portal feed (the real one takes seconds per publish): a package, so
    that the switch of curated/datapackage.json is crashed at too."""
    descriptor = {"version": version, "resources": [{"name": n, "path": n} for n in sorted(files)]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


def run_forked(curated: Path, rows: int, crash_at: int, scratch: Path) -> dict[str, object]:
    """main() in a forked process, its output in files: (exit code, stdout, stderr) as subprocess gives them."""
    out, err = scratch / "out", scratch / "err"
    pid = os.fork()
    if pid == 0:  # the child: what a fresh `python crash_publish.py …` does after its imports
        code = 1
        try:
            signal.alarm(TIMEOUT_SECONDS)  # a hang ends the fork (SIGALRM), as a timeout would
            with out.open("w") as stdout, err.open("w") as stderr:
                os.dup2(stdout.fileno(), 1)
                os.dup2(stderr.fileno(), 2)
            try:
                main(curated, rows, crash_at)
                code = 0
            except BaseException:
                traceback.print_exc()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return {"returncode": os.waitstatus_to_exitcode(status), "stdout": out.read_text(), "stderr": err.read_text()}


def serve() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for line in sys.stdin:
            curated, rows, crash_at = line.split()
            answer = run_forked(Path(curated), int(rows), int(crash_at), Path(scratch))
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
