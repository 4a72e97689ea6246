"""The per-document step: one raw file in, one DocumentResult out. Never raises for bad input.

Documents are processed independently (a task each), so this is the unit that later scales
out; it reads only its own file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from core.errors import DraftCatalog, IngestError, NoCatalogFound, ReaderCrashed, UncertainCatalog
from core.model import Document, DocumentResult, Format, NoticeMeta, SourceFile
from extractors import read_document
from extractors.metadata import own_catalog, text_to_meta
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every regular file under raw/ (sorted, hidden files and links skipped)."""
    files = []
    for path in sorted(raw_dir.rglob("*")):
        relative = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in relative.parts) or path.is_symlink() or not path.is_file():
            continue
        files.append(path)
    return files


def file_to_result(path: Path, raw_dir: Path) -> DocumentResult:
    """Read one raw file into its catalog and metadata, or record why it cannot be used."""
    return source_to_result(path, file_to_source(path, raw_dir))


def source_to_result(path: Path, source: SourceFile) -> DocumentResult:
    """`file_to_result` for a file whose SourceFile (path under raw/, sha256) is known already."""
    try:
        return document_to_result(read_document(path, source))
    except IngestError as exc:
        return _rejected(source, None, exc)
    except Exception as exc:  # a bug in a reader must cost one document, not the run
        logging.getLogger(__name__).exception("internal error while reading %s", source.path)  # to the log file
        error = IngestError(f"internal error (a bug in this tool, not in the document): {type(exc).__name__}: {exc}")
        error.step = "internal"
        return _rejected(source, None, error)


def crashed_result(path: Path, raw_dir: Path) -> DocumentResult:
    """The result of a file whose reader process died while reading it (killed by a signal)."""
    error = ReaderCrashed("the process reading this file died (a crash in a PDF, image or converter library: a bug "
                          "in this tool, not in the document); the other files were read, and this one is read "
                          "again by the next run")  # fmt: skip
    return _rejected(file_to_source(path, raw_dir), None, error)


def document_to_result(document: Document) -> DocumentResult:
    """Find the catalog and the notice metadata in a read document."""
    meta = text_to_meta(document.text)
    try:
        catalog = document_to_catalog(document)
    except NoCatalogFound as exc:
        return DocumentResult(document.source, document.format, meta, None, "no-catalog", exc.step, exc.message,
                              names_catalog=own_catalog(document.text))  # fmt: skip
    except UncertainCatalog as exc:  # set aside with what was read: its notice page may vouch for it
        return DocumentResult(document.source, document.format, meta, exc.catalog, "rejected", exc.step, exc.message)
    except IngestError as exc:
        return _rejected(document.source, document.format, exc, meta)
    if not meta.city and catalog.titles:
        # the notice's words printed only inside the table's grid (a title row over the header, as
        # a workbook printed with gridlines shows it): read them too (found by the unseen11 probe)
        meta = text_to_meta("\n".join([document.text, *catalog.titles]).strip())
    if meta.draft:
        return _rejected(document.source, document.format, DraftCatalog(
            f"the catalog is a draft for comment, not in force ({meta.draft}): it is not published; "
            "the final notice, once issued, is"), meta)  # fmt: skip
    return DocumentResult(document.source, document.format, meta, catalog, "catalog")


def _rejected(
    source: SourceFile, fmt: Format | None, exc: IngestError, meta: NoticeMeta | None = None
) -> DocumentResult:
    return DocumentResult(source, fmt, meta or NoticeMeta(), None, "rejected", exc.step, exc.message)
