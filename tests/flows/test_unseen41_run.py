"""`catalog run` over the whole unseen41 probe round (tests/make_unseen41.py), forwarded notices (转发), in one batch.
Every catalog is published exactly, with the forwarding letter's own details in notices.csv; the forward of a 评审
schedule is no catalog, and so is the forward whose catalog is not attached (目录详见省人社厅网站): the catalog it names
is in the run, forwarded by another city (before the fixes its name was read with the 〈 of the title quoting it, and
the notice waited for a catalog no file held). FIRST_CONTACT.txt in the fixtures says what first contact found (notice details taken from a forwarded letter).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import (
    Run,
    assert_not_published,
    assert_published_exactly,
    files_of,
    read_table,
    run_round,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen41"
pytestmark = pytest.mark.xdist_group("unseen41-run")  # one work unit: probe_round.run_round
NOT_PUBLISHED = {
    ("gejiu-pingshen.pdf",): ("find-catalog", "none of the 1 tables has a catalog header"),
    # the Guangdong catalog it names is in the run (潮州's forward of it, chaozhou-shengting.pdf): no catalog missing
    ("yunfu-weifujian.pdf",): ("find-catalog", "none of the 0 tables has a catalog header"),
}  # fmt: skip
PUBLISHED = [p.name for p in files_of(FIXTURES) if (p.name,) not in NOT_PUBLISHED]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen41"))


def test_unseen41_run_publishes_every_catalog(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # issuer matches and line breaks wait for a steward
    assert "notices held back          0" in result.stdout
    assert len(PUBLISHED) == 12
    assert len(read_table(work / "curated", "notices.csv")) == len(PUBLISHED)
    assert_not_published(work / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("name", PUBLISHED)
def test_unseen41_run_rows_and_notice_details(batch: Run, name: str) -> None:
    assert_published_exactly(batch[0] / "curated", FIXTURES / name)
