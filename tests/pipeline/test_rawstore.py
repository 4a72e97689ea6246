"""pipeline.rawstore and `catalog add`: untrusted names never escape raw/, sizes are capped,
the same bytes are stored once, and other bytes never overwrite a file."""

from __future__ import annotations

import hashlib
import unicodedata
import zipfile
from pathlib import Path

import pytest

import pipeline.rawstore as rawstore
from catalog.cli import main
from core.errors import DocumentTooLarge, UnreadableDocument
from pipeline.ingest import list_raw_files
from pipeline.rawstore import Added, add_paths, hashed_name, safe_name
from tests.notices import RAW

NFD_E = unicodedata.normalize("NFD", "é")
assert len(NFD_E) == 2


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("通知.pdf", "通知.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("/etc/cron.d/job.html", "job.html"),
        ("C:\\Users\\科员\\附件1.docx", "附件1.docx"),
        ("C:evil.pdf", "evil.pdf"),
        ("..\\..\\windows\\win.ini", "win.ini"),
        ("..", "unnamed"),
        ("", "unnamed"),
        ("dir/", "dir"),
        (".hidden.pdf", "hidden.pdf"),
        ("名单.pdf.", "名单.pdf"),
        ("\u202efdp.exe", "fdp.exe"),  # right-to-left override: would display as "exe.pdf"
        ("附\u200b件\u2066.pdf", "附件.pdf"),  # zero-width space, bidi isolate
        ("a\x00b\x1b[31m.pdf", "ab[31m.pdf"),  # NUL and an escape sequence's control byte
        ("tab\there  and\u3000space.pdf", "tab here and space.pdf"),
        (f"caf{NFD_E}.pdf", "café.pdf"),  # NFC: one spelling per name
        ('a<b>c:d"e|f?g*.pdf', "a_b_c_d_e_f_g_.pdf"),
        ("CON.pdf", "_CON.pdf"),
    ],
)
def test_rawstore_safe_name_cases(given: str, expected: str) -> None:
    assert safe_name(given) == expected
    assert unicodedata.is_normalized("NFC", safe_name(given))


def test_rawstore_safe_name_caps_length_keeping_extension() -> None:
    name = safe_name("通知" * 200 + ".docx")
    assert name.endswith(".docx") and len(name.encode("utf-8")) <= rawstore.MAX_NAME_BYTES
    assert name == "通知" * 24 + ".docx"  # cut on a character, never inside one
    assert len(hashed_name(name, "f" * 64, 64).encode("utf-8")) <= 255


def test_rawstore_hashed_name_goes_before_extension() -> None:
    assert hashed_name("通知.pdf", "1a2b3c4d5e6f") == "通知-1a2b3c4d.pdf"
    assert hashed_name("README", "1a2b3c4d5e6f") == "README-1a2b3c4d"


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_rawstore_same_bytes_are_stored_once(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    source = RAW / "wuxi-2021-49.html"
    first = list(add_paths([source], raw))
    copy = _write(tmp_path / "in" / "另存为.html", source.read_bytes())
    again = list(add_paths([source, copy], raw))
    sha = _sha(source.read_bytes())
    assert first == [Added(str(source), "wuxi-2021-49.html", sha, source.stat().st_size, "added")]
    assert [(a.status, a.name, a.sha256) for a in again] == [("present", "wuxi-2021-49.html", sha)] * 2
    assert [p.name for p in list_raw_files(raw)] == ["wuxi-2021-49.html"]


def test_rawstore_other_bytes_under_a_taken_name_get_a_hash(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    old = _write(raw / "通知.pdf", b"%PDF-1.7 old")
    new = _write(tmp_path / "in" / "通知.pdf", b"%PDF-1.7 new")
    (added,) = add_paths([new], raw)
    assert (added.status, added.name) == ("renamed", f"通知-{_sha(b'%PDF-1.7 new')[:8]}.pdf")
    assert old.read_bytes() == b"%PDF-1.7 old" and (raw / added.name).read_bytes() == b"%PDF-1.7 new"


def test_rawstore_file_over_the_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rawstore, "MAX_FILE_BYTES", 1000)
    big = _write(tmp_path / "big.pdf", b"%PDF-" + b"0" * 2000)
    with pytest.raises(DocumentTooLarge, match="the file is 2005 bytes, over the cap of 1000") as info:
        list(add_paths([big], tmp_path / "raw"))
    assert info.value.file == "big.pdf"
    assert list((tmp_path / "raw").iterdir()) == []  # not even a temporary file is left


def _zip(path: Path, members: dict[str, bytes], infos: tuple[tuple[zipfile.ZipInfo, bytes], ...] = ()) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in infos:
            archive.writestr(info, data)
    return path


def _symlink(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o120777 << 16
    return info, target.encode()


class _GbkName(zipfile.ZipInfo):
    """A member named in GBK without the UTF-8 flag, as Windows' Chinese archivers write it."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 (zipfile's name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def test_rawstore_archive_names_never_escape_raw(tmp_path: Path) -> None:
    raw, html = tmp_path / "inbox" / "raw", (RAW / "taizhou-2022-30.html").read_bytes()
    archive = _zip(
        tmp_path / "attachments.zip",
        {
            "../../escaped.html": b"<html>1</html>",
            "/etc/absolute.html": b"<html>2</html>",
            "C:\\Windows\\drive.html": b"<html>3</html>",
            "附件/\u202eslmth.pdf": b"<html>4</html>",
            f"caf{NFD_E}.html": b"<html>5</html>",
            "a/notice.html": html,
            "b/notice.html": b"<html>other</html>",
            "c/copy.html": html,
            "__MACOSX/a/._notice.html": b"\0\5\26\7",
            ".DS_Store": b"\0\0\0\1Bud1",
            "empty-folder/": b"",
        },
        (_symlink("link.pdf", "../../../etc/passwd"), (_GbkName("泰州通知.html"), b"<html>6</html>")),
    )
    added = list(add_paths([archive], raw))
    by_origin = {a.origin.split("!", 1)[1]: (a.status, a.name) for a in added}
    notice_sha = _sha(html)
    assert by_origin == {
        "../../escaped.html": ("added", "escaped.html"),
        "/etc/absolute.html": ("added", "absolute.html"),
        "C:\\Windows\\drive.html": ("added", "drive.html"),
        "附件/\u202eslmth.pdf": ("added", "slmth.pdf"),
        f"caf{NFD_E}.html": ("added", "café.html"),
        "a/notice.html": ("added", "notice.html"),
        "b/notice.html": ("renamed", f"notice-{_sha(b'<html>other</html>')[:8]}.html"),
        "c/copy.html": ("present", "notice.html"),
        "__MACOSX/a/._notice.html": ("skipped", ""),
        ".DS_Store": ("skipped", ""),
        "link.pdf": ("skipped", ""),
        "泰州通知.html": ("added", "泰州通知.html"),  # GBK name read as GBK, not as cp437 mojibake
    }
    assert next(a for a in added if a.name == "notice.html" and a.status == "added").sha256 == notice_sha
    assert "symbolic link" in next(a.note for a in added if a.origin.endswith("link.pdf"))
    stored = {name for status, name in by_origin.values() if status in ("added", "renamed")}
    assert sorted(p.name for p in raw.iterdir()) == sorted(stored)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        [p.name for p in raw.iterdir()] + ["attachments.zip"])  # nothing written outside raw/  # fmt: skip


def test_rawstore_docx_is_a_document_not_an_archive(tmp_path: Path) -> None:
    (added,) = add_paths([RAW / "wuxi-2021-49.docx"], tmp_path / "raw")
    assert (added.status, added.name) == ("added", "wuxi-2021-49.docx")


def test_rawstore_pdf_ending_in_a_zip_is_a_document(tmp_path: Path) -> None:
    # A zip's directory sits at the end of a file, so a PDF may carry one: it is still the PDF.
    inner = _zip(tmp_path / "inner.zip", {"x.html": b"<html></html>"}).read_bytes()
    pdf = _write(tmp_path / "notice.pdf", (RAW / "wuxi-2021-49.pdf").read_bytes() + inner)
    assert zipfile.is_zipfile(pdf)
    (added,) = add_paths([pdf], tmp_path / "raw")
    assert (added.status, added.name) == ("added", "notice.pdf")


def test_rawstore_archive_over_member_cap_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rawstore, "MAX_ARCHIVE_MEMBERS", 3)
    archive = _zip(tmp_path / "many.zip", {f"{i}.html": b"<html></html>" for i in range(4)})
    with pytest.raises(DocumentTooLarge, match="the archive holds 4 files, over the cap of 3"):
        list(add_paths([archive], tmp_path / "raw"))
    assert list((tmp_path / "raw").iterdir()) == []


def test_rawstore_archive_member_over_file_cap_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rawstore, "MAX_FILE_BYTES", 1000)
    archive = _zip(tmp_path / "big.zip", {"small.html": b"<html></html>", "附件/大.pdf": b"%PDF-" + b"0" * 5000})
    with pytest.raises(DocumentTooLarge, match="附件/大.pdf unpacks to 5005 bytes, over the cap of 1000") as info:
        list(add_paths([archive], tmp_path / "raw"))
    assert info.value.file == "big.zip" and list((tmp_path / "raw").iterdir()) == []


def test_rawstore_zip_bomb_archive_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bomb.zip", {"zeros.html": b"\0" * (2 * rawstore.MIN_RATIO_BYTES)})
    with pytest.raises(DocumentTooLarge, match=r"unpacks \d+ times larger than it is packed .* zip bomb"):
        list(add_paths([archive], tmp_path / "raw"))
    assert list((tmp_path / "raw").iterdir()) == []


def test_rawstore_encrypted_member_is_skipped(tmp_path: Path) -> None:
    locked = _zip(tmp_path / "locked.zip", {"secret.pdf": b"%PDF-1.7"})
    data = bytearray(locked.read_bytes())
    data[data.index(b"PK\x01\x02") + 8] |= 0x1  # the central directory marks it encrypted
    locked.write_bytes(bytes(data))
    (added,) = add_paths([locked], tmp_path / "raw")
    assert (added.status, added.note) == ("skipped", "protected by a password; add the file unpacked")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("attachments.zip", b"PK\x03\x04" + b"\0" * 64,
         "a damaged zip file: neither a readable Word (.docx) document nor an archive"),
        ("notes.txt", "请各单位于3月1日前报送。\n".encode(), "not a PDF, DOCX or HTML document (unknown content)"),
        ("empty.pdf", b"", "the file is empty (0 bytes)"),
        ("page.mht", b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
         b'\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n\r\n----b--\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n',
         "a web page saved as MHTML (.mht, .mhtml: the page in a MIME multipart/related message) is not read; "
         "save the page as HTML (.html) or fetch it with `catalog fetch`"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
         "a damaged old Office file (OLE2: .doc, .wps, .xls, .et): its directory cannot be read"),
    ],
)  # fmt: skip
def test_rawstore_refuses_what_is_not_a_notice(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (added,) = add_paths([_write(tmp_path / name, data)], tmp_path / "raw")
    assert (added.status, added.name, added.note) == ("refused", "", reason)
    assert list((tmp_path / "raw").iterdir()) == []  # nothing stored, no temporary file left


def test_rawstore_archive_member_that_is_not_a_notice_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"notice.html": b"<html><body>x</body></html>", "readme.txt": b"hello"})
    added = {a.origin: (a.status, a.note) for a in add_paths([archive], tmp_path / "raw")}
    assert added == {
        "a.zip!notice.html": ("added", ""),
        "a.zip!readme.txt": ("refused", "not a PDF, DOCX or HTML document (unknown content)"),
    }
    assert [p.name for p in (tmp_path / "raw").iterdir()] == ["notice.html"]


def test_rawstore_damaged_archive_adds_nothing(tmp_path: Path) -> None:
    cut = _zip(tmp_path / "cut.zip", {"a.html": b"<html>a</html>", "b.html": bytes(range(256)) * 400})
    data = bytearray(cut.read_bytes())
    data[data.index(b"PK\x03\x04", 4) + 500] ^= 0xFF  # damage b.html's deflated bytes
    cut.write_bytes(bytes(data))
    damaged = r"a damaged zip archive: cut.zip!b.html cannot be unpacked \("
    with pytest.raises(UnreadableDocument, match=damaged) as info:
        list(add_paths([cut], tmp_path / "raw"))
    assert info.value.file == "cut.zip"
    assert list((tmp_path / "raw").iterdir()) == []  # a.html, read before the damage, is removed again


def test_cli_add_reports_each_file_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw"
    archive = _zip(tmp_path / "a.zip", {"../x.html": b"<html>x</html>", "__MACOSX/._x.html": b"\0"})
    assert main(["add", str(RAW / "wuxi-2021-49.pdf"), str(archive), "--raw", str(raw)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"added: {RAW / 'wuxi-2021-49.pdf'} -> wuxi-2021-49.pdf",
        "added: a.zip!../x.html -> x.html (stored as x.html)",
        "skipped: a.zip!__MACOSX/._x.html -> - (folder metadata written by macOS or Windows, not a document)",
        f"catalog add: 2 file(s) in {raw}, 1 refused or skipped",
    ]
    assert main(["add", str(RAW / "wuxi-2021-49.pdf"), "--raw", str(raw)]) == 0
    assert "present: " in capsys.readouterr().out
    assert main(["add", str(tmp_path / "missing.pdf"), "--raw", str(raw)]) == 2
    assert "missing.pdf: no such file" in capsys.readouterr().out
