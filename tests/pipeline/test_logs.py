"""pipeline/logs.py: library noise goes to the run's log file, pdfminer's once per message."""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.logs import log_to_file


def test_logs_pdfminer_warns_once_per_message_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "catalog.log"
    log_to_file(path, verbose=False)
    try:
        font = logging.getLogger("pdfminer.pdffont")
        for _ in range(300):  # a Chromium print: one per glyph of a font without a FontBBox
            font.warning("Could not get FontBBox from font descriptor")
        font.warning("another message")
        logging.getLogger("catalog.test").warning("the run's own line, twice")
        logging.getLogger("catalog.test").warning("the run's own line, twice")
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler) and h.baseFilename == str(path)]:
            root.removeHandler(handler)
            handler.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert sum("Could not get FontBBox" in line for line in lines) == 1
    assert sum("another message" in line for line in lines) == 1
    assert sum("the run's own line, twice" in line for line in lines) == 2


def test_logs_dask_info_lines_come_without_their_traceback(tmp_path: Path) -> None:
    path = tmp_path / "catalog.log"
    log_to_file(path, verbose=False)
    try:
        try:
            raise ConnectionError("Stream is closed")
        except ConnectionError:
            batched = logging.getLogger("distributed.batched")
            batched.setLevel(logging.INFO)  # as a Dask run logs it
            batched.info("Batched Comm Closed", exc_info=True)
            logging.getLogger("distributed.worker").error("a real failure", exc_info=True)
    finally:
        logging.getLogger("distributed.batched").setLevel(logging.NOTSET)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler) and h.baseFilename == str(path)]:
            root.removeHandler(handler)
            handler.close()
    text = path.read_text(encoding="utf-8")
    assert "Batched Comm Closed" in text and text.count("Traceback") == 1  # the error keeps its own
