"""Read a binary Word file (.doc, and WPS Writer's .wps, which WPS saves as Word 97), or an
OpenDocument text (.odt), by converting it to .docx with LibreOffice, then reading that with the
DOCX reader. LibreOffice is OpenDocument's own implementation: its conversion is the reference
reading of an .odt, where a reader of our own of its XML would be a second, untested one.

The conversion runs in a private temporary folder that is removed afterwards (the only files
this reader writes): the raw file is copied there as `input.doc` (`input.odt`), whatever its name in raw/, so
that LibreOffice's type detection sees the extension of what the bytes are (sniffed), never the
one a user gave. Each conversion has its own LibreOffice profile (`-env:UserInstallation`):
two conversions sharing one would wait on its lock or fail. It runs in its own process group,
killed whole at CONVERT_TIMEOUT (soffice starts soffice.bin as a child).

Lineage stays the original file's: the DOCX reader is given the raw file's SourceFile, so every
SourceRef names the .doc in raw/ and its sha256, and the Document's format is "doc".

A table that ends the document is lost by LibreOffice's .doc import when no other story (header,
footer, notes) follows the main text: measured with LibreOffice 7.4, the table comes back as
loose paragraphs, while the same document with a page-number footer, as notices have, comes back
whole (likely cause: the importer drops the main text's final mark, which is then the table's row
end rather than a paragraph mark). Word ends its text with a paragraph after a table; such files
come from LibreOffice exporting a .docx that ends in a table. They are refused with that reason
rather than read as "no catalog": the main text's last character and the other stories' lengths
are read from the FIB and the piece table ([MS-DOC] Clx) before converting.

Without LibreOffice the document is set aside with ConverterMissing, which says what to install;
the raw file is untouched and, since that result is never cached, read once it is installed.
$CATALOG_SOFFICE names another command (tests point it at one that does not exist).
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import olefile

from core.errors import ConverterMissing, UnreadableDocument
from core.model import Document, SourceFile
from extractors.docx import read_docx, zip_to_checked

SOFFICE_ENV = "CATALOG_SOFFICE"
CONVERT_TIMEOUT = 120.0  # seconds; a Word file converts in 1-2 s, LibreOffice's first start included
INSTALL = "apt-get install libreoffice-writer-nogui"
_TO_DOCX = "docx:MS Word 2007 XML"


def soffice_command() -> str | None:
    """The LibreOffice command ($CATALOG_SOFFICE, else soffice) as found on PATH; None when missing."""
    return shutil.which(os.environ.get(SOFFICE_ENV) or "soffice")


def read_doc(path: Path, source: SourceFile) -> Document:
    """Read a binary Word file through a LibreOffice conversion; lineage stays the raw file's."""
    soffice = soffice_command()
    if soffice is None:
        raise _missing(os.environ.get(SOFFICE_ENV) or "soffice", source.path)
    if main_text_ends_in_table(path):
        raise UnreadableDocument(
            "the document ends inside a table (no paragraph after it, and no header or footer), and "
            "LibreOffice's .doc import loses such a table; save it again in Word or WPS, or add its .docx or PDF",
            file=source.path,
        )
    return _read_converted(path, source, soffice, ".doc")


def read_odt(path: Path, source: SourceFile) -> Document:
    """Read an OpenDocument text through a LibreOffice conversion; lineage stays the raw file's.
    Its zip is checked as a .docx's is first (LibreOffice would unpack a zip bomb)."""
    soffice = soffice_command()
    if soffice is None:
        raise _missing(os.environ.get(SOFFICE_ENV) or "soffice", source.path)
    zip_to_checked(path, source.path, what=".odt")
    return _read_converted(path, source, soffice, ".odt")


def _read_converted(path: Path, source: SourceFile, soffice: str, suffix: str) -> Document:
    """The file converted to .docx in a temporary folder and read by the DOCX reader; its format
    ("doc", "odt") and lineage stay the raw file's."""
    with tempfile.TemporaryDirectory(prefix=f"catalog-{suffix[1:]}-") as folder:
        converted = doc_to_docx(path, Path(folder), soffice, source.path, suffix=suffix)
        document = read_docx(converted, source)
    return replace(document, format="doc" if suffix == ".doc" else "odt")


def doc_to_docx(path: Path, folder: Path, soffice: str, file: str, suffix: str = ".doc") -> Path:
    """Convert the Word (or, with `suffix` .odt, OpenDocument) file at `path` to
    `folder`/out/input.docx with its own profile."""
    original = folder / f"input{suffix}"
    shutil.copyfile(path, original)
    out = folder / "out"
    args = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", _TO_DOCX, "--outdir", str(out), str(original)]  # fmt: skip
    code, errors = _run(args, soffice, file, _KIND[suffix])
    converted = out / "input.docx"
    if not converted.is_file():
        said = [line for line in errors.splitlines() if line.strip() and "javaldx" not in line]
        detail = f": {said[-1].strip()}" if said else ""
        raise UnreadableDocument(
            f"LibreOffice could not convert this {_KIND[suffix]} to .docx (exit code {code}{detail})", file=file
        )
    return converted


_KIND = {".doc": "binary Word file", ".odt": "OpenDocument text"}


def _run(args: list[str], soffice: str, file: str, kind: str) -> tuple[int, str]:
    """Run the converter in its own process group, stopped whole at the timeout; (exit code, stderr)."""
    try:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)  # fmt: skip
    except OSError as exc:  # found on PATH but cannot be started (permissions, a broken link)
        raise _missing(soffice, file, f" ({exc.strerror or exc})") from exc
    with proc:
        try:
            _, errors = proc.communicate(timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid)
            proc.communicate()
            raise UnreadableDocument(
                f"LibreOffice did not convert this {kind} within {CONVERT_TIMEOUT:g} s; it was stopped",
                file=file,
            ) from None
    return proc.returncode, errors.decode("utf-8", errors="replace")


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:  # the group ended meanwhile
        pass


def _missing(command: str, file: str, why: str = "") -> ConverterMissing:
    return ConverterMissing(
        f"a binary Word file (.doc/.wps) or an OpenDocument text (.odt) is read through LibreOffice, and `{command}` was not found{why}: "
        f"install it with `{INSTALL}` (or set {SOFFICE_ENV} to the soffice command); the file is kept "
        "as it is and read on the next run",
        file=file, hint=INSTALL,
    )  # fmt: skip


_MIN_NFIB = 0x00C1  # Word 97; earlier FIBs are laid out otherwise and are not checked
_CLX = 33  # fcClx/lcbClx's index in FibRgFcLcb97
_ROW_END = 0x07


def main_text_ends_in_table(path: Path) -> bool:
    """True when a Word 97+ file's main text ends with a cell or row mark and holds no other story
    (header, footer, notes, text boxes); False when it does not, or cannot be told."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            word = ole.openstream("WordDocument").read()
            n_fib, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, 0x0A)[0]
            if n_fib < _MIN_NFIB or flags & 0x0100:  # older layout, or encrypted
                return False
            table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
        return _last_main_char(word, table) == _ROW_END
    except Exception:  # any damage: the conversion decides, as without this check
        return False


def _last_main_char(word: bytes, table: bytes) -> int | None:
    """The code of the main text's last character, None when other stories follow it."""
    csw = struct.unpack_from("<H", word, 0x20)[0]
    longs_at = 0x22 + 2 * csw + 2
    cslw = struct.unpack_from("<H", word, longs_at - 2)[0]
    longs = struct.unpack_from(f"<{cslw}I", word, longs_at)
    ccp_text, other_stories = longs[3], longs[4:11]
    if ccp_text == 0 or any(other_stories):
        return None
    fc_clx, lcb_clx = struct.unpack_from("<II", word, longs_at + 4 * cslw + 2 + 8 * _CLX)
    clx, position = table[fc_clx : fc_clx + lcb_clx], 0
    while clx[position] == 0x01:  # Prc: property modifiers before the piece table
        position += 3 + struct.unpack_from("<H", clx, position + 1)[0]  # always forward, even when damaged
    if clx[position] != 0x02:
        return None
    size = struct.unpack_from("<I", clx, position + 1)[0]
    plc = clx[position + 5 : position + 5 + size]
    pieces = (size - 4) // 12
    cps = struct.unpack_from(f"<{pieces + 1}I", plc)
    last = ccp_text - 1
    for index in range(pieces):
        if cps[index] <= last < cps[index + 1]:
            fc = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * index + 2)[0]
            if fc & 0x40000000:  # 8-bit text at half the offset
                return word[(fc & 0x3FFFFFFF) // 2 + last - cps[index]]
            return int(struct.unpack_from("<H", word, fc + 2 * (last - cps[index]))[0])
    return None
