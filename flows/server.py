"""Prefect's temporary server for a run, started as early as possible and from a migrated template.

A `catalog run` without PREFECT_API_URL needs a temporary Prefect server. Prefect's own
`SubprocessASGIServer` (prefect.server.api.server) costs the run's process 3.6 s importing the
server's modules just to launch a subprocess, and then waits for the subprocess, which on a new
Prefect home spends about 6 s migrating an empty SQLite database (measured, 2 cores). So:

1. `launch` starts the same subprocess (the uvicorn command of Prefect 3.7's
   `SubprocessASGIServer._run_uvicorn_command`) before the run imports Prefect, so the server
   boots while the run imports its modules. The listening socket is bound here and handed to
   uvicorn (`--fd`), so the port is known at once and cannot be taken meanwhile, and
   PREFECT_API_URL is set before Prefect reads its settings: every thread of the run (Prefect
   reads the setting per thread) finds this server instead of starting a second one;
2. a new Prefect home gets a copy of an already migrated, empty database (the template, one
   per Prefect version in the user's cache, snapshot the first time a server answered), so the
   server finds its schema current instead of migrating;
3. `TemporaryServer.wait` waits for /health only when the flow is about to start.

Why not Prefect's class: it imports the whole server to launch one process, and it waits at
once. Everything here is the launch; the server itself is Prefect's.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

DATABASE = "prefect.db"
MEMO_STORE = "memo_store.toml"  # Prefect's note that block types are registered in the database


@dataclass
class TemporaryServer:
    """A Prefect server subprocess on 127.0.0.1; `wait` before using `api_url`."""

    process: subprocess.Popen[bytes]
    port: int
    home: Path
    template: Path | None  # where to keep the migrated empty database, when this server made one
    started: float = field(default_factory=time.monotonic)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait(self, timeout: float) -> str:
        """Wait until the server answers /health; its API URL. Raises RuntimeError on failure."""
        import httpx

        deadline = self.started + timeout
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                code = self.process.poll()
                if code is not None:
                    raise RuntimeError(f"Prefect's temporary server exited with code {code} before it answered")
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        self._keep_template()
                        return self.api_url
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Prefect's temporary server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _keep_template(self) -> None:
        """Snapshot the freshly migrated database as the template (once per Prefect version).

        SQLite's backup API gives a consistent copy while the server has it open (its WAL
        included); the rename makes the template appear whole or not at all."""
        if self.template is None or self.template.exists():
            return
        database = self.home / DATABASE
        if not database.is_file():
            return
        self.template.parent.mkdir(parents=True, exist_ok=True)
        partial = self.template.with_name(f"{self.template.name}.{os.getpid()}.tmp")
        try:
            with contextlib.closing(sqlite3.connect(database)) as source, contextlib.closing(sqlite3.connect(partial)) as copy:
                source.backup(copy)
            if (self.home / MEMO_STORE).is_file():
                shutil.copyfile(self.home / MEMO_STORE, self.template.with_suffix(".memo.toml"))
            partial.replace(self.template)
        except (OSError, sqlite3.Error):
            partial.unlink(missing_ok=True)  # a template is an optimization: without one the next home migrates


def launch(home: Path) -> TemporaryServer | None:
    """Start the temporary server for a run whose Prefect home is `home`, without importing
    Prefect, and point this process's PREFECT_API_URL (and its children's) at it; None when the
    run is pointed at a server (PREFECT_API_URL in the environment or in a Prefect profile) or
    keeps its database elsewhere: then Prefect's own way applies."""
    if os.environ.get("PREFECT_API_URL") or os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL"):
        return None
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml")
    if profiles.is_file() and "PREFECT_API" in profiles.read_text(encoding="utf-8", errors="replace"):
        return None  # a profile may set the server or the database: let Prefect read it
    template = _template()
    new_home = not (home / DATABASE).exists()
    if template is not None and template.is_file() and new_home:
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, home / DATABASE)
        memo = template.with_suffix(".memo.toml")
        if memo.is_file() and not (home / MEMO_STORE).exists():
            shutil.copyfile(memo, home / MEMO_STORE)
    # Only a database this server migrates from nothing is a template: a used one holds runs.
    keep = template if new_home and template is not None and not template.is_file() else None
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listening:
        listening.bind(("127.0.0.1", 0))  # a free port, chosen by the kernel
        listening.listen(128)
        server = TemporaryServer(_uvicorn(listening, home), listening.getsockname()[1], home, keep)
    atexit.register(server.stop)
    os.environ["PREFECT_API_URL"] = server.api_url
    return server


def _template() -> Path | None:
    """The migrated empty database for this Prefect version, in the user's cache; None when
    CATALOG_PREFECT_TEMPLATE=0 or the cache has no home."""
    if os.environ.get("CATALOG_PREFECT_TEMPLATE", "1") == "0":
        return None
    cache = os.environ.get("XDG_CACHE_HOME") or (str(Path.home() / ".cache") if Path.home().is_dir() else "")
    return Path(cache) / "catalog" / f"prefect-{version('prefect')}-empty.db" if cache else None


def _uvicorn(listening: socket.socket, home: Path) -> subprocess.Popen[bytes]:
    """Prefect 3.7's `SubprocessASGIServer._run_uvicorn_command` (the server's app without its
    UI), serving on the socket `listening` instead of a host and port."""
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    assert spec is not None and spec.origin is not None
    app_dir = Path(spec.origin).parent.parent  # Prefect's module path's parent: site-packages
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory", "prefect.server.api.server:create_app",
         "--fd", str(listening.fileno()), "--log-level", "error", "--lifespan", "on"],
        env=env, pass_fds=(listening.fileno(),), preexec_fn=_end_with_parent(),
    )  # fmt: skip


def _end_with_parent() -> Callable[[], None] | None:
    """What the server's process runs before uvicorn (Linux): ask for SIGTERM when the run's
    process ends, however it ends (even SIGKILL), so no server is left behind holding the run's
    terminal or pipes. Resolved here, in the parent: the child only calls prctl."""
    if sys.platform != "linux":
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1
    return lambda: prctl(pr_set_pdeathsig, signal.SIGTERM)
