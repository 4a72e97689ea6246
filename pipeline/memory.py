"""Hand back to the system the memory a finished stage freed, so that it does not add up.

Reading a document (pdfminer, in the task runner's threads) allocates far more than its result
keeps. Freed, that memory mostly stays with the process: glibc keeps free chunks in each
thread's heap unless asked to trim them, and Arrow's allocator (mimalloc) keeps pages for
reuse. Measured on the 100-notice corpus (BENCHMARKS.md, "Memory"), trimming after the
documents are read returned about 100 MiB, more with more notices.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to trim, nothing lost
        return None
    return trim


def return_freed_memory() -> None:
    """Collect garbage, then give free heap pages back to the system (glibc only; else a no-op)
    and Arrow's unused pages (tables of Arrow-backed strings, pandas' default)."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
    import pyarrow  # imported already wherever a table was made; here only to reach its pool

    pyarrow.default_memory_pool().release_unused()
