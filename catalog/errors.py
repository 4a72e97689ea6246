"""The project's one error hierarchy.

    IngestError
    ├── UnreadableDocument      the bytes cannot be parsed as any supported format
    │   ├── UnsupportedFormat   the content is not PDF, DOCX or HTML (whatever the extension)
    │   ├── EncryptedDocument   a PDF that needs a password we do not have
    │   ├── NeedsOCR            pages carry images but no text layer (a scan)
    │   └── DocumentTooLarge    over a size, page or decompression cap
    ├── NoCatalogFound          readable, but no table in it is a catalog
    ├── HeaderNotRecognized     a table looks like a catalog, but a required column is missing
    ├── ValidationFailed        catalog rows break an expectation suite
    └── PublishError            curated/ could not be written (lock held, disk, ...)
        └── PublishLocked       another run holds the publish lock

Library code raises these; the CLI turns them into messages and exit codes, and the flow
records them per document so that one bad document never stops a batch.
"""

from __future__ import annotations


class IngestError(Exception):
    """Base of every error this project raises on purpose."""

    step = "ingest"

    def __init__(self, message: str, *, file: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


class UnreadableDocument(IngestError):
    """The document's bytes cannot be parsed."""

    step = "read"


class UnsupportedFormat(UnreadableDocument):
    """The content is none of the formats we read."""


class EncryptedDocument(UnreadableDocument):
    """A PDF protected by a password we do not have."""


class NeedsOCR(UnreadableDocument):
    """Pages have images but no text layer: a scan."""


class DocumentTooLarge(UnreadableDocument):
    """The document exceeds a size, page or decompression cap."""


class NoCatalogFound(IngestError):
    """The document is readable but holds no catalog table."""

    step = "find-catalog"


class HeaderNotRecognized(IngestError):
    """A table looks like a catalog but lacks a required column."""

    step = "map-header"


class ValidationFailed(IngestError):
    """Rows break the expectation suite; carries the failures."""

    step = "validate"

    def __init__(self, message: str, *, failures: tuple[str, ...] = (), file: str | None = None) -> None:
        super().__init__(message, file=file)
        self.failures = failures


class PublishError(IngestError):
    """curated/ could not be written."""

    step = "publish"


class PublishLocked(PublishError):
    """Another run holds the publish lock."""
