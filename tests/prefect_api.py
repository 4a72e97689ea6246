"""Real Prefect servers for the tests: one shared per test process, or one a test starts itself.

Without PREFECT_API_URL every `catalog run` starts Prefect's temporary server, about 10 s of
a 2-notice run on a 2-core machine (measured: 32–34 s with it, 15 s against a running server).
The flow tests run `catalog` some 40 times, so most of them share one server (`shared_api`),
started on first use and stopped when the test process ends. The runs a steward makes without
a server (the golden run, Ctrl-C, two runs at once, Dask) keep the temporary server: they test
that path. `catalog serve` schedules on a server of its own (tests/flows/test_serve.py).
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
_api: list[str] = []  # the shared server's URL once started (a list: no `global`)


def start_server(home: Path, **settings: str) -> tuple[subprocess.Popen[bytes], str]:
    """`prefect server start` on a free port with its data in `home` and extra `settings` (env);
    returns the process and its PREFECT_API_URL once healthy, or raises with the server's log."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           **settings}  # fmt: skip
    env.pop("PREFECT_API_URL", None)
    with (home / "server.log").open("w") as log:  # the child keeps its own copy of the descriptor
        server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return server, api
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    stop_server(server)
    raise RuntimeError(f"the Prefect server did not start:\n{(home / 'server.log').read_text()}")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, SIGKILL it after 30 s; a server already gone is no error."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def shared_api() -> str:
    """PREFECT_API_URL of this test process's server, started on first call."""
    if not _api:
        server, api = start_server(Path(tempfile.mkdtemp(prefix="prefect-tests-")))
        atexit.register(stop_server, server)
        _api.append(api)
    return _api[0]
