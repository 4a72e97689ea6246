"""Ctrl-C and SIGTERM during a run: stop within seconds, with one line, and leave curated/ whole.

Prefect's own handling of KeyboardInterrupt cancels task runs through its server and takes
over a minute, printing many lines. A run does not need it: nothing is published until the
last step, and the publish is atomic. So on the first signal the handler

1. lets a publish that is under way finish (it takes well under a second; `critical()` marks
   it), so curated/ is the old version or the new one, never between;
2. stops the processes this run started (readers, the release's process, Prefect's temporary server);
3. removes what a cut publish leaves (staging folders, temporary links);
4. prints one line and ends the process with exit code 130 (128 + SIGINT), as shells expect.

The publish lock is an flock: the kernel releases it when the process ends.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

INTERRUPTED = 130
_busy = threading.Lock()  # held while a publish is under way
_pending = threading.Event()
_on_exit: list[Callable[[], str]] = []  # returns the line to print
_how: list[tuple[int, float]] = []  # (exit code, seconds children get to stop) of each installed handler


@contextmanager
def critical() -> Iterator[None]:
    """A section a signal must not cut (the publish); a signal that comes meanwhile acts after it."""
    with _busy:
        yield
    if _pending.is_set():
        _exit_now()


@contextmanager
def handle_interrupts(cleanup: Callable[[], str], exit_code: int = INTERRUPTED,
                      grace_seconds: float = 2.0) -> Iterator[None]:  # fmt: skip
    """Install the handler for SIGINT and SIGTERM; `cleanup` tidies up and returns the line to
    print. The process then ends with `exit_code`; its children get `grace_seconds` to stop on
    SIGTERM before SIGKILL. Only the main thread can install signal handlers: elsewhere (a flow
    run Prefect started in a worker thread) the block runs without one."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    _on_exit.append(cleanup)
    _how.append((exit_code, grace_seconds))
    for sig in previous:
        signal.signal(sig, _handler)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _on_exit.remove(cleanup)
        _how.remove((exit_code, grace_seconds))


def _handler(signum: int, frame: FrameType | None) -> None:
    if _busy.locked():
        _pending.set()  # the publish finishes, then `critical` ends the process
        return
    _exit_now()


def _exit_now() -> None:
    acquired = _busy.acquire(timeout=10)  # no publish may start (or be under way) from here on
    line = "interrupted"
    code, grace = _how[-1] if _how else (INTERRUPTED, 2.0)
    try:
        stop_children(grace)  # first: a process of ours may be writing a staged version the cleanup removes
        for cleanup in list(_on_exit):
            line = cleanup()
    finally:
        print(line, file=sys.stderr, flush=True)
        if acquired:
            _busy.release()
        os._exit(code)


@contextmanager
def children_leave_ctrl_c_to_us() -> Iterator[None]:
    """Processes started inside the block, and by threads created inside it, never act on
    SIGINT: they start with it blocked, from their first instruction on.

    A terminal's Ctrl-C goes to every process of the run. A reader process (or the release's)
    would raise KeyboardInterrupt wherever it is, even while still importing, and print a
    traceback; this process's handler stops them instead (`stop_children`, SIGTERM). A blocked
    signal mask is inherited through fork and exec, so it holds before the child runs any of
    our code. This thread's own mask is restored on leaving; the process's other threads keep
    receiving SIGINT meanwhile, so the run's handler still acts."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: nothing to block
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def stop_children(grace_seconds: float = 2.0) -> None:
    """SIGTERM every process this one started (and theirs), then SIGKILL what is left.

    The grace is for the processes that stop on SIGTERM. One that ignores it cannot use it:
    multiprocessing's resource tracker (a child wherever processes are spawned) ignores SIGTERM
    and ends only after this process, so waiting for it held every stop to the whole grace
    (`catalog serve`: 20 s after each Ctrl-C). It is killed with the rest, as it was after the wait.

    A process started during the grace (`catalog serve`'s runner, in a thread of its own, may
    start the next scheduled run as the one being stopped ends) is stopped too: the tree is read
    again at every look, and what is new gets SIGTERM and is waited for like the rest."""
    children: list[int] = []
    deadline = time.monotonic() + grace_seconds
    while True:
        new = [pid for pid in descendants(os.getpid()) if pid not in children]
        for pid in new:
            _signal(pid, signal.SIGTERM)
        children.extend(new)
        if time.monotonic() >= deadline or not any(_alive(pid) and not _ignores_sigterm(pid) for pid in children):
            break
        time.sleep(0.05)
    for pid in children + [pid for pid in descendants(os.getpid()) if pid not in children]:
        _signal(pid, signal.SIGKILL)


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, read from /proc (Linux): children first."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(parent, []).append(int(entry.name))
    found, queue = [], list(parents.get(pid, []))
    while queue:
        child = queue.pop(0)
        found.append(child)
        queue.extend(parents.get(child, []))
    return found


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _ignores_sigterm(pid: int) -> bool:
    """Whether the process ignores SIGTERM: its SigIgn mask in /proc (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("SigIgn:"):
                return bool(int(line.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
    except (OSError, ValueError, IndexError):
        pass
    return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
