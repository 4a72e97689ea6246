"""Prefect's temporary server for a run (flows/server.py): launched before Prefect is imported,
from a migrated template database, and the only server the run uses."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from flows import server as temporary
from pipeline.interrupt import _alive, descendants

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No server configured, and a user cache of our own (the template lives there)."""
    for name in ("PREFECT_API_URL", "PREFECT_API_DATABASE_CONNECTION_URL", "PREFECT_PROFILES_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_API_URL", "")  # restored after the test: launch sets it
    monkeypatch.delenv("PREFECT_API_URL")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    return tmp_path / "cache"


def test_the_first_server_leaves_a_template_and_the_next_home_starts_from_it(clean_env: Path, tmp_path: Path) -> None:
    first = temporary.launch(tmp_path / "home-1")
    assert first is not None and os.environ["PREFECT_API_URL"] == first.api_url  # set before Prefect reads it
    try:
        api = first.wait(timeout=120)
        assert httpx.get(f"{api}/health", timeout=10).status_code == 200
    finally:
        first.stop()
    [template] = (clean_env / "catalog").glob("prefect-*-empty.db")
    assert template.stat().st_size > 0

    home = tmp_path / "home-2"
    del os.environ["PREFECT_API_URL"]  # the next run's process
    second = temporary.launch(home)
    assert second is not None and second.port != 0
    try:
        assert (home / temporary.DATABASE).stat().st_size == template.stat().st_size  # copied, not migrated
        api = second.wait(timeout=120)
        flows = httpx.post(f"{api}/flows/filter", json={}, timeout=10)
        assert flows.status_code == 200 and flows.json() == []  # a working, empty database
    finally:
        second.stop()
    assert second.process.poll() is not None


def test_a_configured_server_is_left_to_prefect(clean_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert temporary.launch(tmp_path / "home") is None
    monkeypatch.delenv("PREFECT_API_URL")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "profiles.toml").write_text('[profiles.x]\nPREFECT_API_URL = "http://h:4200/api"\n')
    assert temporary.launch(tmp_path / "home") is None  # a profile may name one: Prefect reads it


def test_a_run_uses_the_server_it_launched_and_no_other(clean_env: Path, tmp_path: Path) -> None:
    """Prefect starts a temporary server of its own wherever a thread finds no PREFECT_API_URL
    (it did, once: two servers per run). After a run, Prefect must have started none."""
    (tmp_path / "raw").mkdir()
    script = ("import sys; from catalog.cli import main; code = main(sys.argv[1:]); "
              "from prefect.server.api.server import SubprocessASGIServer as S; "
              "print('prefect-servers', len([s for s in S._instances.values() if s.running]), 'exit', code)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script, "run", "--raw", str(tmp_path / "raw"), "--curated",
                           str(tmp_path / "curated")], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CATALOG_STATE": str(tmp_path / ".catalog"), "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert "prefect-servers 0 exit 1" in done.stdout, done.stdout + done.stderr  # exit 1: raw/ holds no notice


def test_the_server_ends_with_the_run_even_when_the_run_is_killed(clean_env: Path, tmp_path: Path) -> None:
    """SIGKILL gives the run no chance to stop its server: the kernel does (PR_SET_PDEATHSIG)."""
    script = ("import sys, time; from pathlib import Path; from flows.server import launch; "
              "launch(Path(sys.argv[1])); print('launched', flush=True); time.sleep(600)")  # fmt: skip
    run = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "home")], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert run.stdout is not None and run.stdout.readline().strip() == "launched"
    [server] = descendants(run.pid)
    run.kill()
    run.wait()
    deadline = time.monotonic() + 20
    while _alive(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(server)


def test_a_used_database_is_never_the_template(clean_env: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / temporary.DATABASE).write_bytes(b"")  # a home that ran before: its database holds runs
    server = temporary.launch(home)
    assert server is not None
    try:
        server.wait(timeout=120)
    finally:
        server.stop()
    assert not (clean_env / "catalog").exists() or not list((clean_env / "catalog").glob("prefect-*-empty.db"))
