"""Where a run logs: library noise to the run's log file, the terminal kept for the summary.

pdfminer's 'Could not get FontBBox' (each message once a process), Prefect's task logs and the
server's access log go to the log file. The processes a run starts (the document readers, the release's own process) log to
the same file: the run's process names it in the environment they inherit.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

LOG_FILE_VARIABLE = "CATALOG_LOG_FILE"  # set by the run's process, read by the processes it starts
_CONSOLE_LOGGERS = ("", "prefect", "prefect._internal", "uvicorn", "fastapi")


def log_to_file(path: Path, verbose: bool) -> None:
    """Send these loggers to `path` instead of the terminal (--verbose keeps the terminal too);
    raises OSError when the file cannot be written. Called again after Prefect's import, which
    reconfigures logging."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    os.environ[LOG_FILE_VARIABLE] = str(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_OncePerMessage())
    for name in _CONSOLE_LOGGERS:
        logger = logging.getLogger(name)
        if not verbose:
            for console in [h for h in logger.handlers if isinstance(h, logging.StreamHandler)
                            and not isinstance(h, logging.FileHandler)]:  # fmt: skip
                logger.removeHandler(console)
        attached = any(isinstance(h, logging.FileHandler) and h.baseFilename == handler.baseFilename
                       for h in logger.handlers)  # fmt: skip
        if (name == "" or not logger.propagate) and not attached:
            logger.addHandler(handler)
    if not any(handler in logging.getLogger(name).handlers for name in _CONSOLE_LOGGERS):
        handler.close()


class _OncePerMessage(logging.Filter):
    """pdfminer's warnings once each: it warns for every glyph of a font that lacks a FontBBox
    (Chromium's prints: about 300 identical lines a notice, which buried the run's own lines);
    and Dask's informational lines without a traceback."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[tuple[str, str]] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("distributed") and record.levelno < logging.WARNING and record.exc_info:
            # Dask's teardown: "Batched Comm Closed" is logged at INFO with the closed stream's
            # traceback when the scheduler writes to a worker already gone (under load); the line
            # says what happened, the traceback is noise a steward would take for a failure
            record.exc_info, record.exc_text = None, None
        if not record.name.startswith("pdfminer"):
            return True
        key = (record.name, record.getMessage())
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


@cache
def log_like_the_run() -> None:
    """In a process the run started: log where the run logs (once per process; nothing when
    no run named a log file, e.g. a library call or a Dask worker on another machine)."""
    named = os.environ.get(LOG_FILE_VARIABLE)
    if not named:
        return
    try:
        log_to_file(Path(named), verbose=os.environ.get("PREFECT_LOGGING_LEVEL") == "INFO")
    except OSError:  # the run's process wrote this file: the terminal is better than losing the lines
        pass
