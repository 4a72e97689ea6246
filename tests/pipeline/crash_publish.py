"""Run a publish in this process and die (os._exit) at the Nth file-system write.

Usage: python crash_publish.py CURATED N_ROWS CRASH_AT   (CRASH_AT 0 = never crash)
Prints the number of writes when it does not crash. Used by test_publish_crash.py.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the checkout's code, whatever is installed and wherever it is started

import json  # noqa: E402
from collections.abc import Mapping  # noqa: E402

from pipeline import publish as publish_module  # noqa: E402
from tests.notices import golden_tables  # noqa: E402

WRITES = ("rename", "replace", "symlink", "unlink", "fsync", "mkdir")


def main() -> None:
    curated, rows, crash_at = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
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


if __name__ == "__main__":
    main()
