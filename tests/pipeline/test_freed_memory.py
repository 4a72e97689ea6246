"""What a finished stage freed goes back to the system (issue 13)."""

from __future__ import annotations

import ctypes

import pytest

import pipeline.memory
from pipeline.memory import return_freed_memory


def rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096 / 2**20


def test_return_freed_memory_gives_back_freed_heap() -> None:
    if pipeline.memory._malloc_trim() is None:
        pytest.skip("not glibc: nothing to trim")
    return_freed_memory()
    before = rss_mib()
    # large chunks freed between small ones kept: the heap cannot shrink from its top, so glibc
    # keeps the free pages unless trimmed
    blocks, kept = [], []
    for _ in range(2_000):
        blocks.append(ctypes.create_string_buffer(60_000))
        kept.append(ctypes.create_string_buffer(1_000))
    assert rss_mib() > before + 100
    del blocks
    return_freed_memory()
    assert rss_mib() < before + 50
    del kept


def test_return_freed_memory_without_glibc_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.memory, "_malloc_trim", lambda: None)
    return_freed_memory()  # no error
