"""The unseen41 probe round (tests/make_unseen41.py): notices published by forwarding (转发) a higher office's notice,
single, from the province and twice over (区 ← 市 ← 省), the letters on their own pages or run together, a forward
adding the city's own rows, a forward whose catalog is not attached, a forwarded 评审 schedule (no catalog), and
controls citing other notices by title and 文号. The notice details are the forwarding letter's own (its 文号, office,
date and title); the catalog's title and batch are the catalog's. First contact is in FIRST_CONTACT.txt in the
fixtures; tests/flows/test_unseen41_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen41"
NO_CATALOG = {"gejiu-pingshen.pdf", "yunfu-weifujian.pdf"}
CATALOGS = [p for p in probe.documents(FIXTURES) if p.name not in NO_CATALOG]


def test_unseen41_round_size() -> None:
    assert (len(CATALOGS), len(NO_CATALOG)) == (12, 2)
    assert {p.name for p in probe.documents(FIXTURES) if probe.truth(p)["expected"] == "no-catalog"} == NO_CATALOG


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_unseen41_rows_and_notice_details(path: Path) -> None:
    """Every row as printed, in every part (a city's own rows after the province's), and the forwarding letter's
    details: a 6-line nested title whole, 〈〉 as printed (Chromium's text layer writes U+2329), no 文号 where the
    forward prints none of its own (the forwarded letter's had been taken), a catalog title quoting 《…》."""
    probe.assert_read_exactly(path)


@pytest.mark.parametrize("name", sorted(NO_CATALOG))
def test_unseen41_forward_without_a_catalog_table(name: str) -> None:
    """A forwarded 评审 schedule, and a forward saying 目录详见省人社厅网站: no catalog table; the notice details are
    the forwarding letter's, but for the catalog title, which the reader takes from a catalog's heading or a 附件
    line, not from the title of the notice it forwards (the truth names the catalog the forward names: yunfu)."""
    result = probe.result(FIXTURES / name)
    assert (result.status, result.catalog) == ("no-catalog", None)
    truth = probe.truth(FIXTURES / name)["notice"]
    assert {field: getattr(result.meta, field) for field in probe.NOTICE_FIELDS} == {**truth, "catalog_title": ""}
