"""Scale-out: the same flow with its document tasks on a Dask cluster (prefect-dask).

Only the task runner changes; the tasks and the library code are the same, so a run on Dask
publishes byte for byte what a local run publishes (tests/flows/test_dask.py checks it).

Every Dask worker is a process of its own. Without `PREFECT_API_URL` each would start its own
temporary Prefect server (about 14 s instead of 6 for a small flow, measured), so
`one_prefect_server` starts the temporary server once, in this process, and points the
environment the workers inherit at it. A cluster on other machines cannot reach that server
(it listens on 127.0.0.1): set `PREFECT_API_URL` to a server they can reach (README, "Scale").
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flows.server import TemporaryServer

# Worker processes of a local cluster: one per core, up to 4; CATALOG_DASK_WORKERS sets it.
LOCAL_WORKERS = int(os.environ.get("CATALOG_DASK_WORKERS") or max(1, min(4, os.cpu_count() or 1)))


def one_prefect_server(launched: TemporaryServer | None = None) -> str:
    """PREFECT_API_URL for this process and the workers it starts: the temporary server
    `launched` early (flows/server.py, which set PREFECT_API_URL), or the one already set, or a
    temporary server started here; a temporary server stops with this process."""
    from prefect.settings import get_current_settings

    if launched is not None:
        return launched.wait(timeout=get_current_settings().server.ephemeral.startup_timeout_seconds)
    configured = os.environ.get("PREFECT_API_URL") or get_current_settings().api.url  # the environment, or the profile
    if configured:
        os.environ["PREFECT_API_URL"] = configured
        return configured
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    from prefect.settings import PREFECT_API_URL, temporary_settings

    # settings already read by Prefect in this process follow the environment from here on
    temporary_settings(updates={PREFECT_API_URL: server.api_url}).__enter__()
    return server.api_url


def dask_flow(flow: Any, address: str | None, workers: int = LOCAL_WORKERS) -> Any:
    """`flow` with its tasks on the Dask scheduler at `address`, or on a local cluster of
    `workers` processes with one thread each (pdfminer is pure Python: threads would share
    one core)."""
    from prefect_dask import DaskTaskRunner

    if address:
        runner = DaskTaskRunner(address=address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                                "dashboard_address": None})  # fmt: skip
    return flow.with_options(task_runner=runner)
