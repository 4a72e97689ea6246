"""Hand back to the system the memory a finished stage freed, so that it does not add up.

Reading a document (pdfminer, in the task runner's threads) allocates far more than its result
keeps. Freed, that memory mostly stays with the process: glibc keeps free chunks in each
thread's heap unless asked to trim them. Measured on the 100-notice corpus (BENCHMARKS.md,
"Memory"), trimming after the documents are read returned about 100 MiB, more with more notices.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from typing import Any, TypeVar

from pipeline.interrupt import children_leave_ctrl_c_to_us
from pipeline.logs import log_like_the_run

T = TypeVar("T")


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim, nothing lost
        return None
    return trim


def return_freed_memory() -> None:
    """Collect garbage, then give free heap pages back to the system (glibc only; else a no-op)."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


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
