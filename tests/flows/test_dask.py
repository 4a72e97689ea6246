"""The flow on a local Dask cluster (prefect-dask) publishes byte for byte what a local run does."""

import shutil
from pathlib import Path

import pytest

from tests.flows.test_catalog_flow import assert_golden_run, run_cli
from tests.notices import RAW


@pytest.mark.slow
def test_dask_run_is_byte_identical_to_the_local_run(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    # no server given: the run starts one for itself and its workers (flows/scale.one_prefect_server)
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--curated", str(tmp_path / "curated"), "--dask", "--json",
                     home=tmp_path, temporary_server=True)  # fmt: skip
    assert_golden_run(result, tmp_path / "curated")
    log = (tmp_path / ".catalog" / "logs" / "catalog.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
