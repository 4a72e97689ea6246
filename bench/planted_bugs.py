"""Plant each of the six bugs that once passed the whole suite (issue 8) and show which tests fail.

Each bug is planted in a clean worktree of HEAD (the checkout is never touched), then the
tests that guard release decisions run there. Prints one line per bug; exits 1 if a planted
bug passes every test. Run with `make planted` (about 8 minutes on 2 cores).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUGS = {  # name: (file, text, replacement)
    "a notice failing only a notice-level rule is not held back":
        ("pipeline/release.py", " | {f.row_id for f in notice_failures}", ""),
    "the exit code ignores quarantined documents":
        ("pipeline/summary.py", 'quarantined = any(r.status == "rejected" for r in report.results)', "quarantined = False"),
    "an empty release is published anyway":
        ("flows/catalog_flow.py", 'if not release.counts["entries"]:', "if False:"),
    "the tie-break between formats is flipped":
        ("pipeline/assemble.py", 'VALUE_PREFERENCE = ("docx", "html", "pdf")', 'VALUE_PREFERENCE = ("pdf", "html", "docx")'),
    "issuers.csv marks every issuer as coming from the registry":
        ("pipeline/entries.py", '"status": "registry" if issuer else group[0].match.status', '"status": "registry"'),
    "an empty page-top cell inherits the row above in a never-merged column":
        ("extractors/tables.py", "header.columns[i] in MERGEABLE", "True"),
}  # fmt: skip
TESTS = ["tests/flows/test_release_decisions.py", "tests/flows/test_review_loop.py", "tests/flows/test_catalog_flow.py",
         "tests/pipeline", "tests/extractors/test_tables.py", "tests/expectations"]  # fmt: skip


def plant(name: str, file: str, text: str, replacement: str, worktree: Path) -> list[str]:
    """The failing tests with the bug planted (empty: the bug survives)."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "--detach", str(worktree), "HEAD"],
                   check=True, capture_output=True)  # fmt: skip
    try:
        path = worktree / file
        source = path.read_text(encoding="utf-8")
        if source.count(text) != 1:
            raise SystemExit(f"{name}: the text to change is not in {file} once; update BUGS")
        path.write_text(source.replace(text, replacement), encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-n", "2", "-p", "no:cacheprovider", *TESTS],
                             cwd=worktree, capture_output=True, text=True)  # fmt: skip
        return [line.split(" ")[1] for line in run.stdout.splitlines() if line.startswith("FAILED ")]
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], capture_output=True)
        shutil.rmtree(worktree, ignore_errors=True)


def main() -> int:
    survived = 0
    with tempfile.TemporaryDirectory() as scratch:
        for number, (name, (file, text, replacement)) in enumerate(BUGS.items(), 1):
            failed = plant(name, file, text, replacement, Path(scratch) / f"bug{number}")
            survived += not failed
            print(f"{'caught' if failed else 'SURVIVED'}: {name} ({file}): {', '.join(failed) or 'no test failed'}",
                  flush=True)  # fmt: skip
    print(f"planted bugs: {len(BUGS) - survived} of {len(BUGS)} caught")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
