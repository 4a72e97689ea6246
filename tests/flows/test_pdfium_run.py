"""`catalog run` with the pypdfium2 page reader (CATALOG_PDF_READER=pdfium, issue 13): the bundled
notices publish the golden version, byte for byte the pdfplumber reader's."""

import shutil
from pathlib import Path

from tests.flows.test_catalog_flow import assert_golden_run, run_cli
from tests.notices import RAW


def test_run_with_the_pdfium_reader_publishes_the_golden_version(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--curated", str(tmp_path / "curated"), "--json",
                     home=tmp_path, env={"CATALOG_PDF_READER": "pdfium"})  # fmt: skip
    assert_golden_run(result, tmp_path / "curated")
    # The reader is part of the extraction cache's key: these rows were read by PDFium, not
    # taken from a pdfplumber reading of the same bytes.
    assert "Traceback" not in result.stderr
