"""Progress of a run, told to whoever listens (the command line draws a bar on a terminal).

The flow reports each document as it is read and each stage as it starts; the default
listener does nothing, so the library and the tests stay quiet.
"""

from __future__ import annotations

from typing import Protocol


class Listener(Protocol):
    """What a progress display implements."""

    def documents(self, total: int) -> None:
        """Reading `total` documents starts."""

    def document_done(self, name: str, status: str) -> None:
        """One document was read (status: catalog, no-catalog, rejected)."""

    def stage(self, name: str) -> None:
        """A stage after reading starts (build, validate, publish)."""


class Silent:
    """The default listener: nothing shown."""

    def documents(self, total: int) -> None:
        """Nothing."""

    def document_done(self, name: str, status: str) -> None:
        """Nothing."""

    def stage(self, name: str) -> None:
        """Nothing."""


_listener: Listener = Silent()


def set_listener(listener: Listener) -> Listener:
    """Make `listener` receive progress; returns the previous one."""
    global _listener
    previous, _listener = _listener, listener
    return previous


def listener() -> Listener:
    """The listener in force."""
    return _listener
