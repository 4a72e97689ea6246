"""One Prefect server per test process, for the `catalog run` subprocesses of the flow tests.

Without PREFECT_API_URL every `catalog run` starts Prefect's temporary server, about 10 s of
a 2-notice run on a 2-core machine (measured: 32–34 s with it, 15 s against a running server).
The flow tests run `catalog` some 40 times, so most of them share this one server, started on
first use and stopped when the test process ends. The runs a steward makes without a server
(the golden run, Ctrl-C, two runs at once) keep the temporary server: they test that path.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

BIN = Path(__file__).resolve().parents[1] / ".venv" / "bin"
_api: list[str] = []  # the server's URL once started (a list: no `global`)


def shared_api() -> str:
    """PREFECT_API_URL of this test process's server, started on first call."""
    if _api:
        return _api[0]
    home = Path(tempfile.mkdtemp(prefix="prefect-tests-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    prefect = BIN / "prefect" if (BIN / "prefect").exists() else Path("prefect")
    log = (home / "server.log").open("w")
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    atexit.register(_stop, server)
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                _api.append(api)
                return api
        except httpx.HTTPError:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.5)
    raise RuntimeError(f"the tests' Prefect server did not start:\n{(home / 'server.log').read_text()}")


def _stop(server: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except ProcessLookupError:  # already gone
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
