"""Readers that turn a raw file into a Document of tables with lineage. Pure: no Prefect here."""

from __future__ import annotations

from pathlib import Path

from core.model import Document, SourceFile
from extractors.sniff import sniff_format


def read_document(path: Path, source: SourceFile) -> Document:
    """Read any supported document, choosing the reader from the bytes, not the extension."""
    fmt = sniff_format(path)
    if fmt == "pdf":
        from extractors.pdf import read_pdf

        return read_pdf(path, source)
    if fmt == "docx":
        from extractors.docx import read_docx

        return read_docx(path, source)
    if fmt == "doc":
        from extractors.legacy import read_doc

        return read_doc(path, source)
    if fmt == "odt":
        from extractors.legacy import read_odt

        return read_odt(path, source)
    if fmt in ("xls", "xlsx"):
        from extractors.sheet import read_sheet

        return read_sheet(path, source, fmt)
    from extractors.html import read_html

    return read_html(path, source)
