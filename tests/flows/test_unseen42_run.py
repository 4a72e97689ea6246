"""`catalog run` over the whole unseen42 probe round (tests/make_unseen42.py), catalogs grouped by section rows or
merged cells, in one batch. Published exactly: thirteen (shengzhou with the inner section as its 所属系列, see
tests/extractors/test_unseen42.py; dongyang's issuer from its body section rows); refused at map-header with the
column they lack: two whose title is printed only as a level in section rows. FIRST_CONTACT.txt in the fixtures says what first contact found (three files published
wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.test_unseen42 import REFUSED, expected_rows
from tests.flows.probe_round import (
    Run,
    assert_not_published,
    assert_published_exactly,
    files_of,
    read_table,
    run_round,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen42"
pytestmark = pytest.mark.xdist_group("unseen42-run")  # one work unit: probe_round.run_round
PUBLISHED = [p.name for p in files_of(FIXTURES) if p.name not in REFUSED]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen42"))


def test_unseen42_run_publishes_the_grouped_catalogs_and_refuses_the_rest_saying_why(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the refused notices
    assert len(read_table(work / "curated", "notices.csv")) == len(PUBLISHED) == 13
    assert_not_published(work / "curated", {(name,): ("map-header", reason) for name, reason in REFUSED.items()})


@pytest.mark.parametrize("name", PUBLISHED)
def test_unseen42_run_rows_and_notice_details(batch: Run, name: str) -> None:
    assert_published_exactly(batch[0] / "curated", FIXTURES / name, expected_rows(FIXTURES / name))
