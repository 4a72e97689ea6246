"""Functions the tests of flows.memory.in_own_process run in a process of their own.

They live apart from tests/flows/test_memory.py because the spawned process imports the module
of the function it is given: this one imports almost nothing, that one Prefect and the flow
(about 2 s of CPU per process)."""

from __future__ import annotations

import os
import signal

from core.errors import DataFileError


def pid_and_double(x: int) -> tuple[int, int]:
    return os.getpid(), 2 * x


def raise_data_file_error() -> None:
    raise DataFileError("no such column", file="decisions.csv", line=3, column="action", hint="see README")


def sigint_blocked() -> bool:
    return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())
