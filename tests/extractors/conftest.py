"""Shared fixtures for the extractor tests: the bundled notices and PDFs made from their truth."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/make_documents.py is a plain module, not a package

import make_documents as md  # noqa: E402
from make_documents import NOTICES, ROOT, MadePdf, Truth, load_truth  # noqa: E402


@pytest.fixture(scope="session")
def truths() -> dict[str, Truth]:
    """Truth of each bundled notice, by name."""
    return {name: load_truth(name) for name in NOTICES}


# Other layouts than the bundled notices: page size, orientation, font size, column widths
# (narrow enough to force mid-word breaks), merged cells, other header wording.
RENAMED_HEADER = ("编号", "资格名称", "中文名称", "认证机构（发证国家）", "可认定专业技术资格", "专业类别")
DOCX_VARIANTS = {
    "landscape-merged": ("taizhou-2022-30", None, md.DocxLayout(
        landscape=True, font_pt=9, col_widths_cm=(1.2, 2.2, 3.0, 2.4, 2.0, 2.5), merge_columns=(3, 4, 5))),
    "letter-narrow": ("wuxi-2021-49", RENAMED_HEADER, md.DocxLayout(
        page_cm=(21.59, 27.94), font_pt=12, col_widths_cm=(1.0, 2.2, 2.3, 2.5, 1.9, 1.9),
        merge_columns=(3, 4, 5))),
}
HTML_VARIANTS = {
    "chromium-a4": ("taizhou-2022-30", ""),
    "chromium-letter-narrow": ("wuxi-2021-49", "@page{size:Letter}body{font-size:11pt}"
                               "td:nth-child(2),td:nth-child(4){width:14%}"),
}


@pytest.fixture(scope="session")
def docx_pdfs(tmp_path_factory: pytest.TempPathFactory, truths: dict[str, Truth]) -> dict[str, MadePdf]:
    """Catalogs written with python-docx and printed by LibreOffice."""
    if not md.has_soffice():
        pytest.skip("LibreOffice (soffice) is not installed: cannot make DOCX-based PDFs")
    out = tmp_path_factory.mktemp("docx_pdfs")
    made: dict[str, MadePdf] = {}
    for name, (notice, header, layout) in DOCX_VARIANTS.items():
        truth = truths[notice]
        truth = Truth(header or truth.header, truth.rows)
        docx = md.write_catalog_docx(out / f"{name}.docx", truth.header, truth.rows, layout)
        made[name] = MadePdf(md.soffice_to_pdf(docx, out), truth)
    return made


@pytest.fixture(scope="session")
def chromium_pdfs(tmp_path_factory: pytest.TempPathFactory, truths: dict[str, Truth]) -> dict[str, MadePdf]:
    """Catalogs written as HTML tables and printed by Chromium (Skia)."""
    if not md.has_chromium():
        pytest.skip("Chromium is not installed: cannot print HTML tables to PDF")
    out = tmp_path_factory.mktemp("chromium_pdfs")
    made: dict[str, MadePdf] = {}
    for name, (notice, css) in HTML_VARIANTS.items():
        truth = truths[notice]
        html = md.write_catalog_html(out / f"{name}.html", truth.header, truth.rows, css=css)
        made[name] = MadePdf(md.chromium_to_pdf(html, out / f"{name}.pdf"), truth)
    return made


@pytest.fixture(scope="session")
def broken_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Damaged, encrypted and scanned variants of a bundled notice."""
    out = tmp_path_factory.mktemp("broken_pdfs")
    original = ROOT / "raw" / "wuxi-2021-49.pdf"
    data = original.read_bytes()
    made = {"truncated": out / "truncated.pdf", "garbage": out / "garbage.pdf"}
    made["truncated"].write_bytes(data[: len(data) // 2])
    made["garbage"].write_bytes(b"%PDF-1.7\n" + bytes((i * 7919 + 13) % 256 for i in range(4096)))
    if md.has_tool("qpdf"):
        made["empty-password"] = md.encrypt_pdf(original, out / "empty-password.pdf", user_password="")
        made["real-password"] = md.encrypt_pdf(original, out / "real-password.pdf", user_password="s3cret")
        made["garbled"] = md.drop_to_unicode(original, out / "garbled.pdf")
    if md.has_tool("pdftoppm"):
        made["scan"] = md.pdf_page_to_image_pdf(original, out / "scan.pdf")
    return made
