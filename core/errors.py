"""The project's one error hierarchy.

    CatalogError                 every error this project raises on purpose
    ├── UserError                the steward can fix it; nothing is written (exit code 2)
    │   ├── SettingsError        a path or option that cannot work (raw/ missing, a flag out of range)
    │   ├── DataFileError        a decisions, review or registry file that cannot be used (file, line, column)
    │   └── PublishError         curated/ could not be written (not writable, disk full)
    │       └── PublishLocked    another run holds curated/
    └── IngestError              one document cannot be used: quarantined, the run goes on
        ├── UnreadableDocument   the bytes cannot be parsed as any supported format
        │   ├── UnsupportedFormat   the content is none we read (whatever the extension)
        │   ├── EncryptedDocument   a PDF (or Office file) that needs a password we do not have
        │   ├── NeedsOCR            pages carry images but no text layer (a scan)
        │   │   └── TextAsOutlines  pages draw their text as outlines (glyph paths), with no text layer
        │   ├── UnreadableTextLayer a text layer that does not decode to text (fonts without a ToUnicode map)
        │   └── DocumentTooLarge    over a size, page or decompression cap
        ├── ConverterMissing     a legacy file (.doc, .wps) needs LibreOffice, which is not installed:
        │                        set aside, not cached, read again once it is
        ├── NoCatalogFound       readable, but no table in it is a catalog
        ├── CatalogIncomplete    a catalog was found, but rows like its own are printed outside every table
        ├── HeaderNotRecognized  a table looks like a catalog, but a required column is missing
        └── ValidationFailed     catalog rows break an expectation suite

Any other exception is a bug in this tool (an internal error): it is never reported as bad
input. Library code raises these; the command line turns them into one or two lines and an
exit code, and the flow records IngestErrors per document so that one bad document never
stops a run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.model import Catalog


class CatalogError(Exception):
    """Base of every error this project raises on purpose."""

    step = "catalog"

    def __init__(self, message: str, *, file: str | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.hint = hint  # what the steward can do about it, when there is something to say

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


class UserError(CatalogError):
    """Bad input the steward can correct: a path, an option or a data file."""

    step = "settings"


class SettingsError(UserError):
    """A path or option that cannot work."""


class DataFileError(UserError):
    """A decisions, review or registry file that cannot be used; names the line and column."""

    step = "data-file"

    def __init__(
        self, message: str, *, file: str | None = None, line: int | None = None, column: str = "", hint: str = ""
    ) -> None:
        super().__init__(message, file=file, hint=hint)
        self.line = line
        self.column = column

    def __str__(self) -> str:
        """`file:line: message (column c)`, the form editors and terminals link to the line."""
        where = ":".join(str(part) for part in (self.file, self.line) if part)
        column = f" (column {self.column})" if self.column else ""
        return f"{where}: {self.message}{column}" if where else f"{self.message}{column}"


class PublishError(UserError):
    """curated/ could not be written."""

    step = "publish"


class PublishLocked(PublishError):
    """Another run holds the publish lock."""


class IngestError(CatalogError):
    """One document cannot be used; it is quarantined and the run goes on."""

    step = "ingest"


class UnreadableDocument(IngestError):
    """The document's bytes cannot be parsed."""

    step = "read"


class UnsupportedFormat(UnreadableDocument):
    """The content is none of the formats we read."""


class EncryptedDocument(UnreadableDocument):
    """A PDF protected by a password we do not have."""


class NeedsOCR(UnreadableDocument):
    """Pages have images but no text layer: a scan."""


class TextAsOutlines(NeedsOCR):
    """Pages draw their text as outlines (each glyph a filled path: "converted to curves", or a
    print driver's vector output) and carry no text layer: only the picture says what they print,
    so they are read by OCR like a scan (not asked for a scan's resolution: they are drawn at any)."""


class UnreadableTextLayer(UnreadableDocument):
    """Pages carry text that does not decode (glyph codes, private-use code points, punctuation):
    reading it would publish nonsense or, worse, a catalog that looks merely absent."""

    glyphs = 0  # the glyphs the text layer draws (not spaces): what OCR of the pictures must answer for


class DocumentTooLarge(UnreadableDocument):
    """The document exceeds a size, page or decompression cap."""


class ReaderCrashed(IngestError):
    """The process reading the document died (a crash in a native library: PDFium, OpenCV, a
    converter's bindings). A bug in this tool, not in the document: it is set aside, never
    cached, and read again by the next run; the other documents are read."""

    step = "internal"


class ConverterMissing(IngestError):
    """A legacy document needs a converter that is not installed (LibreOffice for .doc/.wps).
    The document is fine: it is set aside, never cached, and read again once the tool is there."""

    step = "converter-missing"


class NoCatalogFound(IngestError):
    """The document is readable but holds no catalog table."""

    step = "find-catalog"


class UncertainCatalog(IngestError):
    """A table reads like a catalog, but what would make it one of ours is missing (nothing says
    its qualifications are international): set aside for a steward (exit 1), neither published
    nor passed over as "no catalog" (which a run does not count as waiting). `catalog` is what
    was read: the notice page that links the file may say what the file does not
    (pipeline/assemble.py, `vouched_by_page`)."""

    step = "find-catalog"

    def __init__(self, message: str, *, file: str | None = None, hint: str = "", catalog: Catalog | None = None) -> None:
        super().__init__(message, file=file, hint=hint)
        self.catalog = catalog


class CatalogIncomplete(IngestError):
    """Lines that read like catalog rows (a 序号 the catalog lacks, then a qualification name)
    are printed outside every table found: the table was read only in part (rulings the reader
    did not see). Publishing the rows found would publish the catalog short."""

    step = "find-catalog"


class TextOverprinted(IngestError):
    """A PDF catalog's table has glyphs drawn over other glyphs (extractors.overprint): text under a
    cover, an invisible or switched-off layer, a seal, or text cut off at its cell's border. What
    its text layer says may not be what the page shows, so its cells are not published as read."""

    step = "find-catalog"


class DraftCatalog(IngestError):
    """The notice publishes its catalog as a draft for comment (征求意见稿): not in force, so held
    back, never published as a batch (found by the unseen22 probe: a draft was published)."""

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
