r"""Add attachments and archives to raw/ under safe names; a raw file is known by its sha256.

A file name that comes with an attachment or a zip member is untrusted text. `safe_name`
keeps only its last path component and makes it a plain, visible file name:

    "../../etc/passwd.pdf"   -> "passwd.pdf"        directories are dropped, never followed
    "C:\通知\附件1.docx"       -> "附件1.docx"        Windows separators and drive letters too
    "\u202egpj.pdf"          -> "gpj.pdf"           control, bidi and zero-width characters removed
    ".hidden.pdf"            -> "hidden.pdf"        `catalog run` skips hidden files: nothing is lost
    decomposed "é" (e + U+0301) -> NFC "é"          one spelling per name
    a 300-character name     -> cut to MAX_NAME_BYTES of UTF-8, the extension kept

Names then meet raw/: bytes that raw/ already holds (under any name) are not stored again
(status "present"); a free name is taken as is ("added"); a name taken by other bytes gets
the short sha256 of the new bytes ("renamed": 通知-1a2b3c4d.pdf). Files are written to a
hidden temporary file and linked into place (os.link never overwrites), so two adds never
clobber each other and a crash leaves no half-written visible file.

A zip that is not itself a document (no word/document.xml, no [Content_Types].xml) is an
archive: its members are added one by one under the same rules. Nothing is written until the
whole archive has passed the caps (member count, each member's size, total unpacked size,
compression ratio), and a member found damaged midway removes the members already stored from
that archive: a refused archive adds nothing. Archives inside an archive are stored as files,
not opened (`catalog run` then says what they are).

Downloads (`catalog fetch`, pipeline/fetch.py) are stored by `store_stream`, under the same rules.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from core.errors import DocumentTooLarge, UnreadableDocument, UnsupportedFormat
from extractors.sniff import MAX_FILE_BYTES, check_zip_sizes, file_to_source, sniff_format
from pipeline.ingest import list_raw_files

# ext4 and most file systems allow 255 bytes; a margin leaves room for the "-<sha8>" suffix.
MAX_NAME_BYTES = 150
MAX_EXTENSION_CHARS = 10
MAX_ARCHIVE_MEMBERS = 1_000
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024
# Real documents deflate 2-30x; zip bombs reach 1000x. Checked past MIN_RATIO_BYTES only, so a
# small, very repetitive member (an HTML page of blanks) never trips it.
MAX_RATIO = 200
MIN_RATIO_BYTES = 8 * 1024 * 1024
HASH_IN_NAME = 8
_COPY_CHUNK = 1 << 20
_TEMP_PREFIX = ".adding-"
_UNSAFE_CHARS = re.compile(r'[<>:"|?*\\/]')  # reserved on Windows; / and \ are never kept
_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"{p}{i}" for p in ("COM", "LPT") for i in range(10))})
# Folder metadata that archivers made on macOS and Windows slip in; never a document.
_OS_JUNK = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
_UTF8_NAME_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1

Status = Literal["added", "renamed", "present", "skipped", "refused"]


@dataclass(frozen=True)
class Added:
    """What became of one incoming file: its name in raw/ (or why it was skipped)."""

    origin: str  # as given: a path, or "archive.zip!folder/member.pdf"
    name: str  # path relative to raw/; the existing file for "present"; "" for "skipped"
    sha256: str
    size: int
    status: Status
    note: str = ""


# --- names (pure) ---------------------------------------------------------------------------


def safe_name(name: str) -> str:
    """A plain, visible file name from an untrusted one: last component only, no escape."""
    text = unicodedata.normalize("NFC", name).replace("\\", "/")
    text = text.rstrip("/").rsplit("/", 1)[-1]
    text = re.sub(r"^[A-Za-z]:", "", text)  # "C:evil.pdf" is relative to drive C's cwd
    text = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or _visible(ch))
    text = _UNSAFE_CHARS.sub("_", re.sub(r" +", " ", text))
    text = text.strip(" .")  # leading dots hide a file from `catalog run`; trailing ones Windows drops
    if text.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        text = "_" + text
    return _cap_length(text) or "unnamed"


def _visible(ch: str) -> bool:
    # Cc control, Cf format (bidi overrides, zero-width), Cs surrogates, Co private use, Cn unassigned.
    return not unicodedata.category(ch).startswith("C")


def _cap_length(name: str, limit: int = MAX_NAME_BYTES) -> str:
    """Cut the stem so the UTF-8 name fits `limit` bytes, keeping a short extension."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > MAX_EXTENSION_CHARS:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    room = limit - len(suffix.encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" .")
    return cut + suffix if cut else ""


def hashed_name(name: str, sha256: str, length: int = HASH_IN_NAME) -> str:
    """The name with a short hash of the bytes before the extension: 通知.pdf -> 通知-1a2b3c4d.pdf."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > MAX_EXTENSION_CHARS:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    return f"{stem}-{sha256[:length]}{suffix}"


def member_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as its author wrote it: without the UTF-8 flag zipfile decodes
    cp437, but Chinese archivers (WinRAR, 360, Windows Explorer) write GBK there."""
    if info.flag_bits & _UTF8_NAME_FLAG:
        return info.filename
    try:
        data = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


# --- raw/ ----------------------------------------------------------------------------------


def add_paths(paths: list[Path], raw_dir: Path) -> Iterator[Added]:
    """Add files and archives to raw/; a document or archive that breaks a cap raises."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    index = raw_index(raw_dir)
    for path in paths:
        if is_archive(path):
            yield from add_archive(path, raw_dir, index)
        else:
            yield add_file(path, raw_dir, index)


def raw_index(raw_dir: Path) -> dict[str, str]:
    """sha256 -> name of every file `catalog run` would read in raw/."""
    index: dict[str, str] = {}
    for path in list_raw_files(raw_dir):
        source = file_to_source(path, raw_dir)
        index.setdefault(source.sha256, source.path)
    return index


def is_archive(path: Path) -> bool:
    """A zip that is not an Office document (those are zips too, with [Content_Types].xml)."""
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":  # a PDF may carry a zip at its end: it is still a PDF
            return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # stored as a file; `catalog run` quarantines it with the reason
    return "[Content_Types].xml" not in names and "word/document.xml" not in names


def add_file(path: Path, raw_dir: Path, index: dict[str, str]) -> Added:
    """Copy one file into raw/ under its safe name (size capped)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DocumentTooLarge(f"the file is {size} bytes, over the cap of {MAX_FILE_BYTES}", file=path.name)
    with path.open("rb") as fh:
        return store_stream(fh.read, path.name, str(path), raw_dir, index)


def add_archive(path: Path, raw_dir: Path, index: dict[str, str]) -> list[Added]:
    """Add every member of a zip archive, after checking the whole archive against the caps.

    All or nothing: if a member turns out unreadable midway, the members already stored from
    this archive are removed again."""
    done: list[Added] = []
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_archive(members, path.name)
            for info in members:
                if not info.is_dir():
                    done.append(_add_member(archive, info, path.name, raw_dir, index))
            return done
    except BaseException:
        for added in done:
            if added.status in ("added", "renamed"):
                (raw_dir / added.name).unlink(missing_ok=True)
                index.pop(added.sha256, None)
        raise


# zipfile reports a damaged member as many types: a bad CRC, a cut deflate stream, a seek past the end.
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


def _damaged(origin: str, file: str, exc: BaseException) -> UnreadableDocument:
    return UnreadableDocument(f"a damaged zip archive: {origin} cannot be unpacked ({exc})", file=file)


def _member_reader(fh: IO[bytes], origin: str, file: str) -> Callable[[int], bytes]:
    def read(size: int) -> bytes:
        try:
            return fh.read(size)
        except _ZIP_DAMAGE as exc:
            raise _damaged(origin, file, exc) from exc

    return read


def check_archive(members: list[zipfile.ZipInfo], file: str) -> None:
    """Refuse an archive over the member-count, member-size, total-size or ratio caps."""
    for info in members:
        if info.file_size > MAX_FILE_BYTES:
            raise DocumentTooLarge(
                f"{member_name(info)} unpacks to {info.file_size} bytes, over the cap of {MAX_FILE_BYTES}", file=file
            )
    check_zip_sizes(members, file, what="archive", max_members=MAX_ARCHIVE_MEMBERS, max_bytes=MAX_ARCHIVE_BYTES,
                    max_ratio=MAX_RATIO, min_ratio_bytes=MIN_RATIO_BYTES)  # fmt: skip

def _add_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, raw_dir: Path, index: dict[str, str]
) -> Added:
    name = member_name(info)
    origin = f"{file}!{name}"
    reason = _skip_reason(info, name)
    if reason:
        return Added(origin, "", "", info.file_size, "skipped", reason)
    try:
        fh = archive.open(info)
    except _ZIP_DAMAGE as exc:
        raise _damaged(origin, file, exc) from exc
    with fh:
        return store_stream(_member_reader(fh, origin, file), name, origin, raw_dir, index)


def _skip_reason(info: zipfile.ZipInfo, name: str) -> str:
    parts = name.replace("\\", "/").split("/")
    if "__MACOSX" in parts or parts[-1].lower() in _OS_JUNK or parts[-1].startswith("._"):
        return "folder metadata written by macOS or Windows, not a document"
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        return "a symbolic link, not a file; links are never followed"
    if info.flag_bits & _ENCRYPTED_FLAG:
        return "protected by a password; add the file unpacked"
    return ""


def store_stream(read: Callable[[int], bytes], name: str, origin: str, raw_dir: Path, index: dict[str, str]) -> Added:
    """Copy a stream into raw/ (capped, hashed), then link it under a free name.

    `read(n)` returns the next bytes (b"" at the end), `name` is the untrusted name it came
    with, `index` is `raw_index(raw_dir)` (updated here). Refused when `catalog run` cannot
    read it; "present" when raw/ holds the same bytes under any name."""
    temporary = raw_dir / f"{_TEMP_PREFIX}{uuid.uuid4().hex}"
    try:
        sha256, size = _copy_capped(read, temporary, origin)
        try:
            sniff_format(temporary)  # only what `catalog run` can read is stored
        except (UnsupportedFormat, DocumentTooLarge) as exc:
            return Added(origin, "", sha256, size, "refused", exc.message)
        if sha256 in index:
            return Added(origin, index[sha256], sha256, size, "present", f"already in raw/ as {index[sha256]}")
        wanted = safe_name(name)
        final, status = _link_free_name(temporary, raw_dir, wanted, sha256)
        index[sha256] = final
        note = f"stored as {final}" if final != name else ""
        return Added(origin, final, sha256, size, status, note)
    finally:
        temporary.unlink(missing_ok=True)


def _copy_capped(read: Callable[[int], bytes], target: Path, origin: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with target.open("wb") as out:
        for block in iter(lambda: read(_COPY_CHUNK), b""):
            size += len(block)
            if size > MAX_FILE_BYTES:  # a member whose header understates its size
                raise DocumentTooLarge(f"the file is over the cap of {MAX_FILE_BYTES} bytes", file=origin)
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size


def _link_free_name(temporary: Path, raw_dir: Path, wanted: str, sha256: str) -> tuple[str, Status]:
    """Link under `wanted`, else under the name with the short hash, else a longer hash."""
    candidates: list[tuple[str, Status]] = [(wanted, "added")]
    candidates += [(hashed_name(wanted, sha256, n), "renamed") for n in (HASH_IN_NAME, 16, 64)]
    for candidate, status in candidates:
        try:
            os.link(temporary, raw_dir / candidate)
            return candidate, status
        except FileExistsError:
            continue
    raise FileExistsError(f"no free name for {wanted} in {raw_dir}")
