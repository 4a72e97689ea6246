"""Ctrl-C in the middle of a run: a real SIGINT to the `catalog run` process.

It must end within a few seconds with one line and exit code 130, leave curated/ at the
version that was current (checked whole against its manifest), leave no staging files, and
leave none of the processes it started (Prefect's temporary server) running.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.interrupt import descendants
from tests.flows.test_catalog_flow import GOLDEN_VERSION
from tests.flows.test_release_decisions import publish_golden
from tests.notices import RAW, ROOT
from tests.pipeline.test_publish_crash import state

COPIES = 8  # the bundled notices again and again (other bytes, so other documents): a longer read


def start(work: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PREFECT_HOME": str(work / ".prefect"), "PYTHONPATH": str(ROOT)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen([sys.executable, "-m", "catalog.cli", "run"], cwd=work, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip


# "group": as a terminal's Ctrl-C, to every process of the run (its reader processes too)
@pytest.mark.parametrize("to", ["process", "group"])
def test_interrupt_stops_quickly_and_leaves_curated_whole(tmp_path: Path, to: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(COPIES):
        for path in RAW.iterdir():
            (raw / f"{n}-{path.name}").write_bytes(path.read_bytes() + (b"\n" * (n + 1) if path.suffix == ".html" else b""))
    shutil.copy(RAW / "wuxi-2021-49.pdf", raw / "0-wuxi-2021-49.pdf")
    publish_golden(tmp_path / "curated")
    before = state(tmp_path / "curated")

    run = start(tmp_path)
    deadline = time.monotonic() + 120
    # With this many documents the run reads in processes: wait until they read (Prefect's
    # server, the processes' resource tracker, readers). Not "until a first child": the first
    # can be `tesseract --version` (the run's fingerprint), gone a moment later.
    while len(descendants(run.pid)) < 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)
    assert run.poll() is None, run.communicate()
    children = descendants(run.pid)
    assert len(children) >= 4, children
    if to == "group":
        os.killpg(run.pid, signal.SIGINT)
    else:
        run.send_signal(signal.SIGINT)
    sent = time.monotonic()
    out, err = run.communicate(timeout=30)
    took = time.monotonic() - sent

    assert run.returncode == 130, (out, err)
    assert took < 10, took
    assert err.strip().splitlines() == [
        f"catalog run: interrupted; nothing published, {tmp_path / 'curated'} stays at version {GOLDEN_VERSION}"
    ]
    assert "Traceback" not in out + err
    assert state(tmp_path / "curated") == before
    assert not list((tmp_path / "curated").glob(".staging-*"))
    assert not list((tmp_path / "curated" / "versions").glob(".staging-*"))
    time.sleep(0.5)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]
    assert alive == [], alive


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.parametrize("sig", [signal.SIGTERM])
def test_interrupt_sigterm_too(tmp_path: Path, sig: int) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    run = start(tmp_path)
    deadline = time.monotonic() + 120
    # at its first child, early on purpose: often `tesseract --version`, asked before Prefect starts
    while not descendants(run.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    run.send_signal(sig)
    out, err = run.communicate(timeout=30)
    assert run.returncode == 130, (out, err)
    assert err.strip().splitlines() == [
        f"catalog run: interrupted; nothing published, {tmp_path / 'curated'} stays at no version "
        "(nothing was ever published)"
    ]


# --- stop_children (pipeline/interrupt.py): the grace is for the children that stop on SIGTERM

# Run in a process of its own: stop_children stops every descendant of the process that calls
# it, and a test worker's own children (its Prefect server) must not be among them.
SCRIPT = """
import json, signal, subprocess, sys, threading, time
from pipeline.interrupt import stop_children

def child(body):
    code = "import signal, sys, time\\n" + body + "\\nprint('ready', flush=True)\\ntime.sleep(60)"
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process

ignoring = child("signal.signal(signal.SIGTERM, signal.SIG_IGN)")  # as multiprocessing's resource tracker
slow = child("signal.signal(signal.SIGTERM, lambda *_: (time.sleep(1), sys.exit(0)))")  # a publish to finish
late = []  # as `catalog serve`'s runner thread starting the next scheduled run while the stop waits
threading.Timer(0.3, lambda: late.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]))).start()
started = time.monotonic()
stop_children(grace_seconds=30)
print(json.dumps({"took": time.monotonic() - started, "ignoring": ignoring.wait(5), "slow": slow.wait(5),
                  "late": [p.wait(5) for p in late]}))
"""


def test_stop_children_waits_for_a_child_stopping_on_sigterm_not_for_one_ignoring_it_nor_leaves_a_late_one() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["slow"] == 0  # it had its second to end by itself
    assert result["ignoring"] == -9  # killed (SIGKILL), as after a whole grace
    assert result["late"] in ([-15], [-9])  # started during the grace, not left running after the stop
    assert 1 <= result["took"] < 15, result  # not the 30 s grace: nothing waited for the one that ignores SIGTERM


# A signal after the publish (here: while the run records its cache entry) must not say
# "nothing published": the new version is in place, and the line says which it is.
AFTER_PUBLISH = """
import os, signal, sys
import pipeline.cache
pipeline.cache.save_run = lambda *_: os.kill(os.getpid(), signal.SIGTERM)
from catalog.cli import main
sys.exit(main(["run"]))
"""


def test_interrupt_after_the_publish_says_the_new_version(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    shutil.copy(RAW / "wuxi-2021-49.html", tmp_path / "raw")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / ".prefect"), "PYTHONPATH": str(ROOT)}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-c", AFTER_PUBLISH], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    version = os.readlink(tmp_path / "curated" / "current").rsplit("/", 1)[-1]
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"catalog run: interrupted after its publish; {tmp_path / 'curated'} is at version {version}"
    )
