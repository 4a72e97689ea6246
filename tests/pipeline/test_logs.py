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
