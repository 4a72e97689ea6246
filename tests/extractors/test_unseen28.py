"""The unseen28 probe round (tests/make_unseen28.py): a nineteenth blind round, of PDF pages whose text
layer is not what the page shows (white text, a white patch over old text, invisible text, a layer
switched off, text outside the crop box, text clipped at its cell) and of text drawn in unusual ways
(fake bold, glyph by glyph out of order, letter and word spacing, an electronic seal over the rows,
raised marks, vertical writing). First contact is in FIRST_CONTACT.txt in the fixtures;
tests/flows/test_unseen28_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, TextOverprinted
from extractors.pdf import read_pdf
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen28"
# text drawn over other text in a catalog row: the notice is held back (extractors/overprint.py)
OVERPRINTED = {
    "baishan-buding.pdf": "序号 5, 10",  # old text under a white patch, the new over it
    "qitaihe-caijian.pdf": "序号 5, 11",  # text cut off at its cell's border runs into the next
    "songyuan-yinxing.pdf": "序号 9",  # an older wording drawn invisibly over the printed one
    "suihua-dianziyinzhang.pdf": "序号 9",  # an electronic seal over the rows
}
# raised marks (text rise): footnote digits left out, ® kept; (ISC)² is published (ISC)2, as in every format
RAISED = "hegang-shangbiao.pdf"
EXACT = [p for p in probe.documents(FIXTURES) if p.name not in OVERPRINTED and p.name != RAISED]


def test_unseen28_round_size() -> None:
    assert (len(probe.documents(FIXTURES)), len(EXACT)) == (12, 7)


def test_unseen28_raised_footnote_digits_are_no_part_of_the_cell() -> None:
    # a raised glyph keeps its rise: the font's descent is measured from all its glyphs on the page
    # (extractors/pdfpage.descents_by_font), so 会计师² is read 会计师 (it had been 会计师2, held back)
    truth = [tuple(cell.replace("(ISC)²", "(ISC)2") for cell in row) for row in probe.truth(FIXTURES / RAISED)["rows"]]
    assert probe.rows(FIXTURES / RAISED) == truth


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen28_catalog_every_row_exact(path: Path) -> None:
    # white text, a switched-off layer, the crop box, fake bold, glyphs out of order, letter spacing,
    # vertical writing: what the page shows
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("name", sorted(OVERPRINTED))
def test_unseen28_text_drawn_over_text_holds_the_notice_back(name: str) -> None:
    with pytest.raises(TextOverprinted, match=rf"text is drawn over other text in \d+ catalog row\(s\) \({OVERPRINTED[name]};"):
        probe.rows(FIXTURES / name)


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_unseen28_crop_box_on_a_page_turned_by_rotate(reader: str, tmp_path: Path) -> None:
    # The crop box is placed as the page is shown: turned by /Rotate (qpdf), the stray row and the
    # printer's marks outside it stay out, with either page reader (extractors.pdfpage.crop_in_page).
    turned = tmp_path / "tonghua-turned.pdf"
    subprocess.run(["qpdf", "--rotate=+90", str(FIXTURES / "tonghua-caiqie.pdf"), str(turned)], check=True)
    catalog = document_to_catalog(read_pdf(turned, file_to_source(turned, tmp_path), reader=reader))
    rows = [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog.rows]
    assert rows == [tuple(row) for row in probe.truth(FIXTURES / "tonghua-caiqie.pdf")["rows"]]


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_a_crop_box_cutting_through_the_catalog_holds_it_back(reader: str, tmp_path: Path) -> None:
    # Found by probing variants of the bundled notices (bench/probe_variants.py, pdf-crop-into-table): a
    # crop box cutting the right part of every page away took 所属系列 out of sight, and the rows were
    # published without it, exit 0. What the page shows of the table is not the whole table.
    import pypdfium2 as pdfium

    source = probe.FIXTURES / "unseen25" / "huaihua-kongge-libreoffice.pdf"  # 所属系列 is its last column
    pdf = pdfium.PdfDocument(source)
    for page in pdf:
        left, bottom, right, top = page.get_mediabox()
        page.set_cropbox(left, bottom, right - 0.15 * (right - left), top)
    cut = tmp_path / "cut.pdf"
    pdf.save(cut)
    pdf.close()
    with pytest.raises(CatalogIncomplete, match=r"the page's crop box cuts through the catalog's table on page\(s\) 1"):
        document_to_catalog(read_pdf(cut, file_to_source(cut, tmp_path), reader=reader))
