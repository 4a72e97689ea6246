"""Tell a document's format from its bytes, not its file name, and hash it.

Legacy Office files are OLE2 compound files (a small file system in one file). What they hold
is told by their streams, listed with olefile: a WordDocument stream is a binary Word file
(.doc, and WPS Writer's .wps, which WPS saves as Word 97), a Workbook (BIFF8) or Book (BIFF5)
stream a binary spreadsheet (.xls, and WPS Spreadsheets' .et). A password-protected .docx or
.xlsx is also an OLE2 file (EncryptionInfo, EncryptedPackage).
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import olefile

from core.errors import DocumentTooLarge, EncryptedDocument, UnsupportedFormat
from core.model import Format, SourceFile

MAX_FILE_BYTES = 200 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def file_to_source(path: Path, root: Path) -> SourceFile:
    """Hash a raw file (streamed, so large files use little memory) and name it relative to root."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return SourceFile(path=path.relative_to(root).as_posix(), sha256=digest.hexdigest(), size=size)


def sniff_format(path: Path) -> Format:
    """Return the format (pdf, docx, xlsx, doc, xls or html) from the bytes; raise UnsupportedFormat otherwise."""
    size = path.stat().st_size
    if size == 0:
        raise UnsupportedFormat("the file is empty (0 bytes)", file=path.name)
    if size > MAX_FILE_BYTES:
        raise DocumentTooLarge(f"the file is {size} bytes, over the cap of {MAX_FILE_BYTES}", file=path.name)
    with path.open("rb") as fh:
        head = fh.read(4096)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        names = _zip_names(path)
        if names is None:
            raise UnsupportedFormat("a damaged zip file: neither a readable Word (.docx) document nor an archive",
                                    file=path.name)  # fmt: skip
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        mimetype = _zip_member(path, "mimetype") if "mimetype" in names else b""
        if mimetype.strip() == ODT_MIMETYPE:
            return "odt"
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise UnsupportedFormat(
                f"an OpenDocument file other than a text document ({mimetype.decode('ascii', 'replace').strip()}): "
                "only .odt text is read; save a spreadsheet as .xlsx", file=path.name)  # fmt: skip
        if any(name.lower() == "ofd.xml" for name in names):
            raise UnsupportedFormat(
                "an OFD document (GB/T 33190, China's fixed-layout format) is not read: ask the bureau for the PDF, "
                "DOCX or web page of the notice, or print the OFD to PDF with an OFD reader", file=path.name)  # fmt: skip
        raise UnsupportedFormat("a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) document",
                                file=path.name)  # fmt: skip
    if head.startswith(OLE_MAGIC):
        return _ole_format(path)
    if _looks_like_html(head):
        return "html"
    if _looks_like_mhtml(head):
        raise UnsupportedFormat(
            "a web page saved as MHTML (.mht, .mhtml: the page in a MIME multipart/related message) is not read; "
            "save the page as HTML (.html) or fetch it with `catalog fetch`",
            file=path.name,
        )
    raise UnsupportedFormat("not a PDF, DOCX or HTML document (unknown content)", file=path.name)


def _ole_format(path: Path) -> Format:
    """doc or xls from an OLE2 file's streams; a damaged or other OLE2 file is refused."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            # Root streams only (an embedded object's streams sit in a storage); names ignore case.
            names = ["/".join(entry) for entry in ole.listdir(streams=True, storages=False)]
    except Exception as exc:  # olefile raises OSError, ValueError, IndexError, struct.error … on damaged files
        raise UnsupportedFormat(
            "a damaged old Office file (OLE2: .doc, .wps, .xls, .et): its directory cannot be read", file=path.name
        ) from exc
    streams = {name.lower() for name in names}
    if "worddocument" in streams:
        return "doc"
    if "workbook" in streams or "book" in streams:
        return "xls"
    if "encryptedpackage" in streams:
        raise EncryptedDocument("a password-protected (encrypted) Office document; ask for an unprotected copy",
                                file=path.name)  # fmt: skip
    shown = ", ".join(sorted("".join(c for c in name if c.isprintable()) for name in names)[:6]) or "none"
    raise UnsupportedFormat(
        f"an OLE2 (old Office) file that is neither a Word (.doc/.wps) document nor an Excel (.xls/.et) "
        f"workbook (its streams: {shown})",
        file=path.name,
    )


# An Office package's caps (Word's and Excel's alike: extractors.docx, extractors.sheet).
MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024
MAX_MEMBERS = 5_000
# Real Word XML deflates 5-30x; zip bombs reach 1000x. Checked only past MIN_RATIO_BYTES so
# that a tiny, highly repetitive part (styles, settings) never trips it.
MAX_RATIO = 200
MIN_RATIO_BYTES = 8 * 1024 * 1024


def check_zip_sizes(
    members: list[zipfile.ZipInfo], file: str, *, what: str, max_members: int, max_bytes: int,
    max_ratio: int, min_ratio_bytes: int,
) -> None:
    """Refuse a zip (a .docx or an archive) over the member-count, total-size or ratio caps,
    from the sizes its directory declares (zipfile never unpacks past a declared size)."""
    if len(members) > max_members:
        raise DocumentTooLarge(f"the {what} holds {len(members)} files, over the cap of {max_members}", file=file)
    unpacked, packed = sum(m.file_size for m in members), sum(m.compress_size for m in members)
    if unpacked > max_bytes:
        raise DocumentTooLarge(f"the {what} unpacks to {unpacked} bytes, over the cap of {max_bytes}", file=file)
    if unpacked > min_ratio_bytes and unpacked > max_ratio * max(packed, 1):
        raise DocumentTooLarge(
            f"the {what} unpacks {unpacked // max(packed, 1)} times larger than it is packed "
            f"(cap {max_ratio}x): it looks like a zip bomb",
            file=file,
        )


ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _zip_member(path: Path, name: str) -> bytes:
    """The first 200 bytes of one small member of a zip file (an OpenDocument's `mimetype`), b"" when unreadable."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(name) as member:
            return member.read(200)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return b""


def _zip_names(path: Path) -> set[str] | None:
    """The member names of a zip file, or None when its directory cannot be read (damaged, cut)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _looks_like_html(head: bytes) -> bool:
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :].lstrip()
    return text.startswith(("<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<div", "<p"))


def _looks_like_mhtml(head: bytes) -> bool:
    """A MIME message (headers first) whose body is multipart/related: a browser's "save as a single
    file" page (.mht, .mhtml; Blink, Internet Explorer, Word's web archive). It is told apart so that
    the refusal names it (unseen16 probe: it was "unknown content")."""
    text = head.decode("latin-1").lower()
    headers = text.split("\r\n\r\n", 1)[0].split("\n\n", 1)[0]
    return "mime-version:" in headers and "multipart/related" in headers
