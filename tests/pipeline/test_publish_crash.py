"""Kill the publishing process at every file-system write: curated/ is always the old or the new version."""

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.publish import current_version

SCRIPT = Path(__file__).with_name("crash_publish.py")
ROOT = Path(__file__).resolve().parents[2]


Publish = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def publish_rows() -> Iterator[Publish]:
    """`publish_rows(curated, rows, crash_at=0)`: a publish of the golden version's first `rows`
    entries into `curated`, killed at the `crash_at`th write, in a process of its own. Each is a
    fork of one `crash_publish.py --serve` (its imports done once, not ~70 times: seconds each
    on 2 busy cores) and runs there exactly what `crash_publish.py CURATED ROWS CRASH_AT` runs."""
    server = subprocess.Popen([sys.executable, str(SCRIPT), "--serve"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip
    assert server.stdin is not None and server.stdout is not None

    def run(curated: Path, rows: int, crash_at: int = 0) -> subprocess.CompletedProcess[str]:
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(f"{curated} {rows} {crash_at}\n")
        server.stdin.flush()
        answer = json.loads(server.stdout.readline())
        return subprocess.CompletedProcess([str(SCRIPT), str(curated), str(rows), str(crash_at)],
                                           answer["returncode"], answer["stdout"], answer["stderr"])  # fmt: skip

    try:
        yield run
    finally:
        server.stdin.close()
        server.wait(timeout=60)


def state(curated: Path) -> tuple[str | None, bytes]:
    """The current version (checked whole against its manifest) and what users read."""
    version = current_version(curated)
    if version is None:
        return None, b""
    folder = curated / "versions" / version
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    return version, (curated / "entries.csv").read_bytes()


def package_version(curated: Path) -> str:
    """The version curated/datapackage.json names, checked whole: every path in that one version."""
    package = json.loads((curated / "datapackage.json").read_text(encoding="utf-8"))
    version = package["version"]
    manifest = json.loads((curated / "versions" / version / "manifest.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == {f"versions/{version}/{n}" for n in manifest["files"]}
    return version


@pytest.fixture(scope="module")
def writes(tmp_path_factory: pytest.TempPathFactory, publish_rows: Publish) -> int:
    curated = tmp_path_factory.mktemp("count")
    publish_rows(curated, 1)
    done = publish_rows(curated, 3)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def test_publish_killed_at_every_write_leaves_old_or_new(tmp_path: Path, writes: int, publish_rows: Publish) -> None:
    assert writes >= 10
    reference = tmp_path / "reference"
    publish_rows(reference, 1)
    old = state(reference)
    publish_rows(reference, 3)
    new = state(reference)
    for crash_at in range(1, writes + 1):
        curated = tmp_path / f"crash{crash_at}"
        assert publish_rows(curated, 1).returncode == 0
        killed = publish_rows(curated, 3, crash_at)
        assert killed.returncode == 17, (crash_at, killed.stderr)
        assert state(curated) in (old, new), crash_at
        assert package_version(curated) in (old[0], new[0]), crash_at  # a whole version, never a mix
        recovered = publish_rows(curated, 3)  # the next run recovers by itself
        assert recovered.returncode == 0, recovered.stderr
        assert state(curated) == new and package_version(curated) == new[0], crash_at
        assert not list(curated.glob(".staging-*")) and not list((curated / "versions").glob(".staging-*"))
