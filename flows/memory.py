"""A stage's memory, given back when the stage ends: freed memory trimmed (pipeline/memory.py),
or the stage run in a process of its own, which gives back everything when it ends."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from pipeline.interrupt import children_leave_ctrl_c_to_us
from pipeline.logs import log_like_the_run

T = TypeVar("T")


def in_own_process(function: Callable[..., T], *args: Any) -> T:
    """`function(*args)` in a process of its own, started for the call and ended with it, so
    that everything the call allocated goes back to the system (a process keeps what it freed).

    The process is spawned, not forked: this one runs threads (Prefect's), and a fork copies
    their locks in whatever state they are. Arguments and the result travel pickled; an
    exception raised there is raised here. It logs where the run logs, and ignores Ctrl-C: the
    run's own handler stops it (pipeline/interrupt.py), so a terminal's SIGINT to the whole
    group prints one line, not a traceback from each process."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                             initializer=log_like_the_run) as pool:  # fmt: skip
        with children_leave_ctrl_c_to_us():  # the process starts on submit
            future = pool.submit(function, *args)
        return future.result()
