"""Test-only (tests/flows/test_processes.py): a process that dies while it holds a
multiprocessing queue's write lock, as a reader process killed by a native crash while it sends
a log line; then this process puts a line on that queue and exits. With the argument `leave`,
it first does what `catalog run` does after its reader processes (flows/catalog_flow.py
`_leave_queue_at_exit`); without it, exiting waits for the lock forever."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _die_holding(lock: Any) -> None:
    lock.acquire()
    os.kill(os.getpid(), signal.SIGKILL)


class _Runner:
    """What `_leave_queue_at_exit` reads of Prefect's ProcessPoolTaskRunner."""

    def __init__(self, queue: Any) -> None:
        self._subprocess_message_queue = queue


if __name__ == "__main__":
    from flows.catalog_flow import _leave_queue_at_exit

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    writer = context.Process(target=_die_holding, args=(queue._wlock,))  # type: ignore[attr-defined]
    writer.start()
    writer.join()
    queue.put("a log line")  # the feeder thread now waits for the dead process's lock
    if sys.argv[1:] == ["leave"]:
        _leave_queue_at_exit(_Runner(queue))  # type: ignore[arg-type]
    print("done", flush=True)
