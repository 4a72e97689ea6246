"""What an OCR'd value's words say of it (pipeline/ocr_words.py): Latin words a word list holds,
and values another notice of the run prints as text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from normalize.decisions import Decisions
from normalize.registry import load_registry
from pipeline.assemble import results_to_notices
from pipeline.entries import Entry, notices_to_entries
from pipeline.ocr_words import latin_doubts, printed_elsewhere, text_vocabulary
from tests.pipeline.test_release import WUXI, result, wuxi_rows


@pytest.mark.parametrize(
    ("text", "doubts"),
    [("Certified Clinical Research Associate", []),
     ("ACRP-PM (ACRP Project Manager)", []),
     ("美国焊接协会 (American Welding Society)", []),
     ("Licensed Pharmacists", []),  # a word and a common ending
     # measured on the held-out scan: two readings agreed on each, with a space lost
     ("DiplomainBrewing", ["a capital inside a word (a space lost?)",
                           "has Latin words no word list holds (DiplomainBrewing)"]),
     ("API510 Authorized PressureVessel Inspector",
      ["a capital inside a word (a space lost?)", "letters glued to digits (a space lost?)",
       "has two words glued (PressureVessel: a space lost?)", "has Latin words no word list holds (PressureVessel)"]),
     ("Institute of Marine Engineering,Science & Technology",
      ["a comma or colon glued to the next word (a space lost?)"]),
     ("AICHEmember", ["has an abbreviation glued to a word (AICHEmember: a space lost?)",
                      "has Latin words no word list holds (AICHEmember)"]),
     ("NEBOSH International Diploma in Occupational Heajth and Safety",
      ["has a word a letter from an English word (Heajth: a letter misread?)",
       "has Latin words no word list holds (Heajth)"])],
)  # fmt: skip
def test_ocr_words_latin_doubts(text: str, doubts: list[str]) -> None:
    assert latin_doubts(text) == doubts


@pytest.mark.parametrize(
    ("text", "doubts"),
    [("WSET Level 4 Diplomain Wines", ["has two words glued (Diplomain: a space lost?)"]),  # measured at 91
     ("Mechatroniker/-in für Kältetechnik", []),  # no English word, but no sign of a space lost
     ("Chartered Engineer (CEng)", []),
     # measured: read at 91 and more, or agreed on by two readings
     ("FE Electrical and Compnuter", ["has a word a letter from an English word (Compnuter: a letter misread?)"]),
     ("AICHEmember", ["has an abbreviation glued to a word (AICHEmember: a space lost?)"]),
     ("Petroleum Engineering Certification |", ["has a bar (a ruling read as text?)"]),
     # measured: read at 90 or more on a 150 dpi scan, a speck read as a dash
     ("国际细胞学会 (The — International Academy of Cytology)", ["has a mark standing alone (a speck read as text?)"]),
     ("美国临床病理学学会 ““ (American Society for Clinical Pathology)",
      ["has a mark standing alone (a speck read as text?)"]),
     ("Institute of Electrical & Electronics Engineers / IEEE", []),
     ("项目管理专业人 +", ["has a mark standing alone (a speck read as text?)"]),  # 人士, on the held-out scan
     ("Certified Interconnect Designer (CID+)", []),
     ("LEED AP Building Design + Construction (LEED AP BD+C)", [])],  # printed so (无锡's row 4)
)  # fmt: skip
def test_ocr_words_signs_of_a_space_lost_only(text: str, doubts: list[str]) -> None:
    """For cells certain by their confidence, only the signs of a space lost or a letter misread count."""
    assert latin_doubts(text, every_word=False) == doubts


def _entries(rows: list[list[str]], notice: str, ocr: bool) -> list[Entry]:
    """Wuxi's rows as printed by `notice` (its own number and city), read from text or, with
    `ocr`, from a scan (every field at confidence 50)."""
    meta = WUXI if notice == "wuxi" else replace(WUXI, doc_number="常人社〔2022〕1号", city="常州")
    doc = result(notice, "pdf", meta, rows)
    assert doc.catalog is not None
    fields = ("seq", "qualification", "qualification_zh", "issuer", "title", "series")
    read = tuple((f, 50.0, (0.0, 0.0, 1.0, 1.0)) for f in fields) if ocr else ()
    doc = replace(doc, catalog=replace(doc.catalog, rows=tuple(replace(r, ocr=read) for r in doc.catalog.rows)))
    notices, _ = results_to_notices([doc])
    entries, _ = notices_to_entries(notices, load_registry(), Decisions())
    return entries


def test_ocr_words_printed_elsewhere_only_from_another_notice_and_never_a_grade() -> None:
    text = _entries(wuxi_rows(6), "wuxi", ocr=False)
    wuxi = text[0].notice.notice_id
    printed = text_vocabulary(text)
    assert printed["qualification_zh"]["专业园林设计师"] == {wuxi}
    assert printed["series"] == {"建设工程": frozenset({wuxi})}
    assert not printed_elsewhere(text[1], "qualification_zh", printed)  # its own notice's text is no evidence
    scanned = {e.row.seq: e for e in _entries(wuxi_rows(6), "changzhou", ocr=True)}
    assert scanned["2"].notice.notice_id != wuxi
    assert printed_elsewhere(scanned["2"], "qualification_zh", printed)  # 专业园林设计师
    assert printed_elsewhere(scanned["4"], "qualification_zh", printed)  # (LEED 绿色建筑设计和施工): two from 5's
    assert not printed_elsewhere(scanned["1"], "qualification_zh", printed)  # 二级建造师: a grade
    assert not printed_elsewhere(replace(scanned["2"], row=replace(scanned["2"].row, qualification_zh="专业园林设计")),
                                 "qualification_zh", printed)  # fmt: skip


def test_ocr_words_printed_values_one_character_apart_are_no_evidence() -> None:
    rows = wuxi_rows(2)
    rows[0][2], rows[1][2] = "专业园林设计师", "专业园林设计员"  # printed one character apart
    printed = text_vocabulary(_entries(rows, "wuxi", ocr=False))
    scanned = _entries(rows, "changzhou", ocr=True)
    assert [printed_elsewhere(e, "qualification_zh", printed) for e in scanned] == [False, False]
