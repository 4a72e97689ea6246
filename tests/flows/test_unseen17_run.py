"""`catalog run` over the whole unseen17 probe round (tests/make_unseen17.py) in one batch: look-alikes
only, so nothing is published, and every file is named in rejected.csv with its step and reason.

Tables with no catalog header (a 继续教育学时 table, a 职称申报 checklist, recognized foreign bodies,
training subsidies, a 职称评审委员会 list, a 遗失声明 list, the 申报结果公示 of people recognized, an
English notice, a 职称外语 exemption list, statistics by 对应职称) are "no catalog"; tables with some
catalog headings and no 对应职称 (技能等级, 人才类别, 内地对应资格, 对应层次) are refused at map-header; a
blank form labelled with a catalog's headings reads as a catalog turned on its side; domestic
职业资格 under a catalog's exact header, whose notice says 境外 and 国际 only of another catalog, is
set aside as nothing international (before this round laohekou's 6 rows were published). A run that
publishes nothing writes no curated files: the reasons are read from its summary. Measured per
document by bench/unseen17_report.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.flows.probe_round import Run, files_of, run_round

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen17"
pytestmark = pytest.mark.xdist_group("unseen17-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the ")
NO_TITLE_COLUMN = ("map-header", "a table looks like a catalog but a required column is missing")
DOMESTIC = ("find-catalog", "a table reads like a catalog (6 rows), but nothing says its qualifications are international")
# each file -> (step, the start of its reason) in the run's summary: a run that publishes nothing
# writes no curated files, so the summary is where a steward reads why
NOT_PUBLISHED = {
    **dict.fromkeys(("changsha-libreoffice.docx", "changsha-libreoffice.pdf", "changde-libreoffice.docx",
                     "changde-libreoffice.pdf", "shiyan-libreoffice.docx", "shiyan-libreoffice.pdf",
                     "xianning-libreoffice.docx", "xianning-libreoffice.pdf", "ezhou.html", "ezhou-chromium.pdf",
                     "hengyang.html", "huangshi.html", "huangshi-chromium.pdf", "jingzhou.html", "wuhan.html",
                     "wuhan-chromium.pdf"), NO_HEADER),
    # xiaogan's English header (No. | Professional Qualification | Awarding Body | Talent Category) reads
    # as a catalog's since English headings may be longer than 24 letters (sixteenth session); its
    # Talent Category is no title
    **dict.fromkeys(("xiangtan-libreoffice.docx", "xiangtan-libreoffice.pdf", "yichang-libreoffice.docx",
                     "yichang-libreoffice.pdf", "yueyang.html", "yueyang-chromium.pdf", "zhuzhou.html",
                     "zhuzhou-chromium.pdf", "xiaogan.html", "xiaogan-chromium.pdf"), NO_TITLE_COLUMN),
    **dict.fromkeys(("suizhou-libreoffice.docx", "suizhou-libreoffice.pdf"),
                    ("map-header", "table 1 prints a catalog header down its first column")),
    # domestic 职业资格 under a catalog's header: laohekou published 6 rows before this round
    **dict.fromkeys(("laohekou-libreoffice.docx", "laohekou-libreoffice.pdf", "xiangyang.html",
                     "xiangyang-chromium.pdf"), DOMESTIC),
}  # fmt: skip
_SUMMARY = re.compile(r"^  (?:rejected|no-catalog): (?P<file>[^:]+): \[(?P<step>[a-z-]+)\] (?P<reason>.*)$")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen17"))


def test_unseen17_run_publishes_nothing(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is set aside waits for a steward
    assert "entries published          0" in result.stdout
    assert not (work / "curated" / "entries.csv").exists()


def test_unseen17_run_every_look_alike_refused_with_its_reason(batch: Run) -> None:
    """Every file of the round is named in the summary with its step and reason."""
    named = {m["file"]: (m["step"], m["reason"]) for m in map(_SUMMARY.match, batch[1].stdout.splitlines()) if m}
    assert set(NOT_PUBLISHED) == {p.name for p in files_of(FIXTURES)}
    for name, (step, reason) in NOT_PUBLISHED.items():
        assert name in named, name
        assert named[name][0] == step and named[name][1].startswith(reason), (name, named[name])
