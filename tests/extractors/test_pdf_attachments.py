"""Files attached to a PDF (/EmbeddedFiles) are not read: a notice without a catalog table that
attaches one is quarantined with that reason, never taken for one without a catalog."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from core.errors import CatalogIncomplete, NoCatalogFound
from extractors import read_document
from extractors.pdf import read_pdf
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOTICE = FIXTURES / "unseen17" / "changde-libreoffice.pdf"  # a notice whose only table is no catalog
CATALOG = FIXTURES / "embedded" / "sanming-ole.docx"


def _attached(tmp_path: Path, name: str, data: bytes) -> Path:
    pdf = pdfium.PdfDocument(NOTICE)
    pdf.new_attachment(name).set_data(data)
    out = tmp_path / "notice-with-attachment.pdf"
    pdf.save(out)
    pdf.close()
    return out


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_pdf_attachment_keeps_a_notice_without_a_catalog_table_from_passing(reader: str, tmp_path: Path) -> None:
    path = _attached(tmp_path, "附件1 国际职业资格比照认定职称目录.docx", CATALOG.read_bytes())
    document = read_pdf(path, file_to_source(path, tmp_path), reader=reader)
    assert document.embedded == ("附件1 国际职业资格比照认定职称目录.docx",)
    with pytest.raises(CatalogIncomplete, match="embeds 1 object"):
        document_to_catalog(document)


def test_pdf_without_attachments_stays_no_catalog() -> None:
    document = read_document(NOTICE, file_to_source(NOTICE, NOTICE.parent))
    assert document.embedded == ()
    with pytest.raises(NoCatalogFound):
        document_to_catalog(document)
