"""Read a scanned PDF (or one whose text layer does not decode) by OCR: Tesseract, cell by cell.

    render (pypdfium2, 300 dpi) → page_to_ink (seals dropped out) → deskew (ruling lines)
    → rulings → pdfplumber's TableFinder (the cell grid, merged cells as in a text PDF)
    → each cell's lines, and each line of running text, cut out → one Tesseract run a page
    → RawTables whose RawRows carry each cell's confidence and box

Cells are recognized one by one, never as a page: Tesseract's page layout, run on a whole
table, read 委员会 as "BARB" and lost the header row. A cell is cut into its lines here, and
each line is a page of its own (--psm 7) in one multi-page TIFF handed to one Tesseract
process, so the model is loaded once a page (Tesseract's own line finding in a cell dropped a
lone ideograph on the last line: "专业人|员"). Lines with a doubtful Latin word are read once
more by chi_sim alone (see ocr_text.merge_readings).

The Tesseract binary is called directly (not through pytesseract): pytesseract starts one
process per image, and loading chi_sim+eng costs ~0.7 s each time, a minute a page.
$CATALOG_TESSERACT names another binary.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder, TableSettings
from PIL import Image

from core.cells import clean_cell
from core.errors import UnreadableDocument
from core.model import BBox, Document, RawRow, RawTable, SourceFile, SourceRef
from extractors.grid import boxes_across
from extractors.headers import missing_required, row_to_columns
from extractors.ocr_check import (
    AGREED,
    WHOLE,
    line_fits,
    page_em,
    reading_whole,
    readings_agree,
    second_picture,
    words_to_first_scale,
)
from extractors.ocr_grid import (
    Frame,
    Gray,
    Pixels,
    deskew,
    despeckle,
    erase_rulings,
    ink_mask,
    ink_to_lines,
    ink_to_rulings,
    ink_to_skew,
    page_to_ink,
    page_to_seal,
    rule_mask,
    rulings_to_edges,
)
from extractors.ocr_text import (
    HALF_BRACKETS,
    Line,
    Word,
    checked,
    doubtful_latin,
    han_em,
    line_text,
    lines_to_cell,
    merge_readings,
    opening_brackets_half_width,
    tsv_to_words,
    with_gaps,
    words_to_line,
)
from extractors.pdfpage import Edge

OCR_DPI = 300
# Read doubtful cells a second time (extractors/ocr_check.py): two readings of other pixels that
# agree, each whole, are evidence (pipeline/ocr_review.py says for which fields, with which checks).
# Measured on a loaded machine: the second reading takes about as long as the first over the
# doubtful cells (see README "Scanned notices").
SECOND_READING = True
OCR_CONFIDENT = 90.0  # a cell read with less (0-100, Tesseract's word confidence) is uncertain
MIN_SCAN_DPI = 140  # page images coarser than this are not read: OCR was measured from 150 dpi
LANGUAGES = "chi_sim+eng"
CHINESE = "chi_sim"  # the second reading of doubtful Latin words: Chinese alone never reads 委员会 as "BAS"
TESSERACT_ENV = "CATALOG_TESSERACT"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
TESSERACT_TIMEOUT = 600  # seconds for one page
PAD = 24  # white pixels around a cut-out cell: Tesseract misreads glyphs that touch the image edge
INSET = 3  # pixels inside a cell's rulings that still belong to the rule
SEAL_PIXELS = 50  # red pixels over a line of a cell (at OCR_DPI) that say a seal lies over its text
HEADER_ROWS = 3  # rows of the first table searched for the catalog's header (as extractors.tables does)
TABLE_SETTINGS = TableSettings(vertical_strategy="lines", horizontal_strategy="lines")
Reading = tuple[str, float, tuple[str, ...]]  # a cell's text, confidence and undecided line joins
BLANK: Reading = ("", 100.0, ())  # a cell without ink: certainly empty
Cell = tuple[int, int, int]  # table, row, column of a found table


def tesseract_binary() -> str:
    """The Tesseract command: $CATALOG_TESSERACT, else `tesseract` on the PATH ("" if none)."""
    return os.environ.get(TESSERACT_ENV) or shutil.which("tesseract") or ""


def ocr_missing() -> str:
    """Why OCR cannot run here ("" when it can): Tesseract or its Chinese model is not installed."""
    return _missing(tesseract_binary())


@cache
def _missing(binary: str) -> str:
    if not binary or (os.sep in binary and not Path(binary).exists()):
        return "Tesseract is not installed"
    try:
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return f"Tesseract ({binary}) cannot be run"
    languages = set(listed.stdout.decode("utf-8", "replace").split())
    absent = [lang for lang in LANGUAGES.split("+") if lang not in languages]
    return f"Tesseract has no {' or '.join(absent)} model" if absent else ""


def engine_version() -> str:
    """The OCR engine as it decides what is read: Tesseract's version line and the sha256 of each
    model file it loads ("" without Tesseract). Part of the reader's version (pipeline/cache.py):
    another build or model reads other text."""
    return _engine_version(tesseract_binary())


@cache
def _engine_version(binary: str) -> str:
    if _missing(binary):
        return ""
    try:
        version = subprocess.run([binary, "--version"], capture_output=True, timeout=60, check=False)
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    first = (version.stdout or version.stderr).decode("utf-8", "replace").strip().splitlines()[:1]
    found = re.search(r'"([^"]+)"', listed.stdout.decode("utf-8", "replace").split("\n", 1)[0])
    models = []
    for lang in LANGUAGES.split("+"):
        path = Path(found[1] if found else "") / f"{lang}.traineddata"
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16] if found and path.is_file() else "?"
        models.append(f"{lang}={digest}")
    return "; ".join([*(first or ["tesseract ?"]), *models])


def scan_resolution(path: Path, lock: AbstractContextManager[object] | None = None) -> float | None:
    """The coarsest resolution (dpi) of the largest picture on each page; None without pictures."""
    with lock or nullcontext():
        pdf = pdfium.PdfDocument(path)
        try:
            found = [d for page in pdf if (d := _page_resolution(page)) is not None]
        finally:
            pdf.close()
    return min(found) if found else None


def _page_resolution(page: pdfium.PdfPage) -> float | None:
    best: tuple[float, float] | None = None
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = image.get_bounds()
        width_px, _ = image.get_px_size()
        area = (right - left) * (top - bottom)
        if right > left and (best is None or area > best[0]):
            best = (area, width_px / ((right - left) / 72))
    page.close()
    return best[1] if best else None


def read_scanned_pdf(path: Path, source: SourceFile, *, lock: AbstractContextManager[object] | None = None) -> Document:
    """Read every page of a PDF from its picture: ruled tables cell by cell, and the running text.

    `lock` is held while PDFium renders (it may not run in two threads at once)."""
    tables: list[RawTable] = []
    texts: list[str] = []
    count = 0
    for number, rgb, size in _render_pages(path, lock or nullcontext()):
        count = number
        page_tables, text = page_to_tables(rgb, size, number, source, first_index=len(tables) + 1)
        tables.extend(page_tables)
        texts.append(text)
    return Document(source=source, format="pdf", text="\n".join(t for t in texts if t),
                    tables=tuple(repeat_headers(tables)), pages=count)  # fmt: skip


def repeat_headers(tables: Sequence[RawTable]) -> list[RawTable]:
    """Tables whose first row repeats the catalog's header, read so.

    A header repeated on each page is the same print: where a later page's first row agrees with
    the header in most cells and differs only in cells read without conviction, it is the
    header, misread ("所属系列(专业)" as "asia!"), and takes the header's reading. Else the page
    would not be chained to the catalog, and a row split by its page break would look complete."""
    header: RawRow | None = None
    out: list[RawTable] = []
    for table in tables:
        if header is None:
            header = next((row for row in table.rows[:HEADER_ROWS] if _is_header(row)), None)
        elif table.rows and _misread_repeat(table.rows[0], header):
            first = replace(table.rows[0], cells=header.cells)
            table = replace(table, rows=(first, *table.rows[1:]))
        out.append(table)
    return out


def _is_header(row: RawRow) -> bool:
    columns = row_to_columns(row.cells)
    return columns is not None and not missing_required(columns)


def _misread_repeat(row: RawRow, header: RawRow) -> bool:
    if len(row.cells) != len(header.cells) or row.cells == header.cells:
        return False
    pairs = list(zip(row.cells, header.cells, row.confidence or (None,) * len(row.cells)))
    same = sum(1 for got, want, _ in pairs if got == want)
    unsure = all(got == want or (conf is not None and conf < OCR_CONFIDENT) for got, want, conf in pairs)
    return unsure and 2 * same > len(pairs)


def _render_pages(path: Path, lock: AbstractContextManager[object]) -> Iterator[tuple[int, np.ndarray, tuple[float, float]]]:
    """Each page as RGB pixels at OCR_DPI, with its size in points; one page in memory at a time."""
    with lock:
        pdf = pdfium.PdfDocument(path)
        total = len(pdf)
    try:
        for number in range(1, total + 1):
            with lock:
                page = pdf[number - 1]
                size = page.get_size()
                bitmap = page.render(scale=OCR_DPI / 72, rev_byteorder=True)
                rgb = np.array(bitmap.to_numpy()[..., :3])
                bitmap.close()
                page.close()
            yield number, rgb, size
    finally:
        with lock:
            pdf.close()


@dataclass(frozen=True)
class _Crop:
    """A line of text handed to Tesseract: in a cell (table, row, column), or of the running text."""

    box: Pixels
    cell: tuple[int, int, int] | None = None


def page_to_tables(
    rgb: np.ndarray, size: tuple[float, float], number: int, source: SourceFile, *, first_index: int = 1
) -> tuple[list[RawTable], str]:
    """One page's ruled tables (cells read by OCR, with confidences and boxes) and its running text."""
    scale = OCR_DPI / 72
    gray = page_to_ink(rgb)
    angle = ink_to_skew(gray, OCR_DPI)
    gray, frame = deskew(gray, angle, scale)
    seal = 255 - deskew(255 - page_to_seal(rgb), angle, scale)[0]  # turned as the ink (white fills the corners)
    horizontal, vertical = ink_to_rulings(rule_mask(gray), OCR_DPI)
    found = _find_tables(rulings_to_edges(horizontal, vertical, scale), size)
    clean = despeckle(erase_rulings(gray, horizontal, vertical))
    clean_mask = ink_mask(clean)
    crops: list[_Crop] = []
    for t, table in enumerate(found):
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                if cell is not None:
                    crops += [_Crop(line, (t, r, c)) for line in ink_to_lines(clean_mask, OCR_DPI, within=_inner(cell, scale))]
    table_boxes = [_pixels(table.bbox, scale) for table in found]
    crops += [_Crop(box) for box in ink_to_lines(clean_mask, OCR_DPI, table_boxes)]
    words = _read_lines(clean, clean_mask, [c.box for c in crops], source.path)
    lines: dict[tuple[int, int, int], list[Line]] = {}
    for i, crop in enumerate(crops):
        if crop.cell is not None:
            lines.setdefault(crop.cell, []).append((crop.box, words.get(i, [])))
    pads = _paddings(found, lines, scale)
    right = {key: _inner(found[t].rows[r].cells[c], scale)[2] - pads[t] for key in lines for t, r, c in [key]}
    read = {key: lines_to_cell(cell_lines, right[key]) for key, cell_lines in lines.items()}
    texts = {box: clean_cell(line_text(sorted(ws, key=lambda w: w.left))) for cell_lines in lines.values() for box, ws in cell_lines}
    fit_em = page_em([(text, box[2] - box[0]) for box, text in texts.items()])
    whole = {key for key, cell_lines in lines.items() if reading_whole(cell_lines) and not _sealed(seal, cell_lines)
             and all(line_fits(texts[box], clean_mask[box[1] : box[3], box[0] : box[2]], fit_em) for box, _ in cell_lines)}
    markers: dict[Cell, list[str]] = {key: [WHOLE] for key in whole}
    again = _read_again(clean, clean_mask, lines, read, right, source.path, whole) if SECOND_READING else {}
    em = han_em(list(words.values()))
    for key, seen in [*again.items(), *_brackets_told(clean_mask, lines, read, em).items()]:
        markers.setdefault(key, []).append(seen)
    evidence = {key: "; ".join(seen) for key, seen in markers.items()}
    text = "\n".join(line for i, c in enumerate(crops) if c.cell is None and (line := words_to_line(words.get(i, []))))
    tables = [_raw_table(table, t, read, evidence, frame, scale, number, source, first_index + t, size[1])
              for t, table in enumerate(found)]  # fmt: skip
    return tables, text



def _brackets_told(mask: Gray, lines: dict[Cell, list[Line]], read: dict[Cell, Reading], em: float) -> dict[Cell, str]:
    """HALF_BRACKETS for each cell read with brackets whose every opening bracket its picture
    tells half-width (extractors.ocr_text.opening_brackets_half_width) and was read after a
    space, each closed once."""
    told: dict[Cell, str] = {}
    for key, cell_lines in lines.items():
        text = read[key][0]
        opening = sum(text.count(ch) for ch in "(（")
        if not opening or opening != sum(text.count(ch) for ch in ")）") or opening != text.count(" ("):
            continue
        with_brackets = [(box, words) for box, words in cell_lines if any(ch in w.text for w in words for ch in "(（")]
        if all(opening_brackets_half_width(words, mask[top:bottom, x0:x1], em) for (x0, top, x1, bottom), words in with_brackets):
            told[key] = HALF_BRACKETS
    return told


def _sealed(seal: Gray, cell_lines: Sequence[Line]) -> bool:
    """A seal's red ink lies over one of the cell's lines (more than specks): every reading reads
    the strokes that show through it, so readings agreeing there prove nothing."""
    return any(int((seal[top:bottom, x0:x1] > 127).sum()) > SEAL_PIXELS for (x0, top, x1, bottom), _ in cell_lines)


def _read_again(gray: Gray, mask: Gray, lines: dict[Cell, list[Line]], read: dict[Cell, Reading],
                right: dict[Cell, int], file: str, whole: AbstractSet[Cell]) -> dict[Cell, str]:  # fmt: skip
    """The evidence for each doubtful cell (read with less than OCR_CONFIDENT) read whole (`whole`)
    whose second reading, of another picture of its lines (extractors.ocr_check), reads the same
    text, every line as something."""
    doubtful = [key for key, (text, conf, _) in read.items() if text and conf < OCR_CONFIDENT and key in whole]
    owners = [key for key in doubtful for _ in lines[key]]
    boxes = [box for key in doubtful for box, _ in lines[key]]
    words = _read_lines(gray, mask, boxes, file, second=True)
    again: dict[Cell, list[Line]] = {}
    for n, (key, box) in enumerate(zip(owners, boxes)):
        again.setdefault(key, []).append((box, words.get(n, [])))
    return {key: AGREED for key in doubtful if reading_whole(again.get(key, []))
            and readings_agree(read[key][0], lines_to_cell(again.get(key, []), right[key])[0])}  # fmt: skip


def _paddings(found: Sequence[Any], lines: dict[tuple[int, int, int], list[Line]], scale: float) -> dict[int, int]:
    """Each table's inner padding: the smallest left inset of a cell's text (text is set flush
    left against it, and tables pad both sides alike), to know where a cell's text may reach."""
    pads: dict[int, int] = {}
    for (t, r, c), cell_lines in lines.items():
        inset = min(box[0] for box, _ in cell_lines) - _inner(found[t].rows[r].cells[c], scale)[0]
        pads[t] = min(pads.get(t, inset), inset)
    return pads


def _read_lines(gray: Gray, mask: Gray, boxes: Sequence[Pixels], file: str, *, second: bool = False) -> dict[int, list[Word]]:
    """Tesseract's words for each line box: chi_sim+eng, and where that reads a Latin word
    without conviction, chi_sim alone over the same line (see `merge_readings`); each word with
    the blank before its ink measured on the page (`mask`), and checked (see `checked`).
    `second`: read from the second picture of each line (extractors.ocr_check.second_picture).

    (Measured and left out: reading weak lines again in black and white gained one row at
    150 dpi, lost two at 300 and cost a quarter more time.)"""
    words = _recognize(gray, boxes, file, LANGUAGES, second)
    again = [i for i in range(len(boxes)) if doubtful_latin(words.get(i, []))]
    second_words = _recognize(gray, [boxes[i] for i in again], file, CHINESE, second)
    for n, i in enumerate(again):
        words[i] = merge_readings(words.get(i, []), second_words.get(n, []))
    return {i: checked(with_gaps(line, mask[boxes[i][1] : boxes[i][3], boxes[i][0] : boxes[i][2]]))
            for i, line in words.items()}  # fmt: skip


class _EdgePage:
    """The slice of a pdfplumber Page that TableFinder's "lines" strategy reads."""

    def __init__(self, edges: Sequence[Edge], size: tuple[float, float]) -> None:
        self.bbox = (0.0, 0.0, size[0], size[1])
        self.chars: list[object] = []
        self.edges = [
            {"x0": e.x0, "x1": e.x1, "top": e.top, "bottom": e.bottom, "doctop": e.top, "width": e.x1 - e.x0,
             "height": e.bottom - e.top, "orientation": e.orientation, "object_type": e.kind}
            for e in edges
        ]  # fmt: skip


def _find_tables(edges: Sequence[Edge], size: tuple[float, float]) -> list:  # type: ignore[type-arg]
    finder = TableFinder(_EdgePage(edges, size), TABLE_SETTINGS)  # type: ignore[arg-type]
    return [t for t in finder.tables if len(t.rows) >= 1 and len(t.rows[0].cells) >= 2]


def _pixels(box: Sequence[float], scale: float) -> Pixels:
    return (round(box[0] * scale), round(box[1] * scale), round(box[2] * scale), round(box[3] * scale))


def _inner(cell: Sequence[float], scale: float) -> Pixels:
    x0, top, x1, bottom = _pixels(cell, scale)
    return (x0 + INSET, top + INSET, max(x0 + INSET + 1, x1 - INSET), max(top + INSET + 1, bottom - INSET))


def _recognize(gray: Gray, boxes: Sequence[Pixels], file: str, languages: str, second: bool = False) -> dict[int, list[Word]]:
    """Tesseract's words for each box (by its position in `boxes`), in one run over a multi-page
    TIFF; `second`: of each box's second picture, the words' boxes in the first one's pixels."""
    if not boxes:
        return {}
    images = []
    for x0, top, x1, bottom in boxes:
        crop = second_picture(gray[top:bottom, x0:x1]) if second else gray[top:bottom, x0:x1]
        padded = np.full((crop.shape[0] + 2 * PAD, crop.shape[1] + 2 * PAD), 255, dtype=np.uint8)
        padded[PAD : PAD + crop.shape[0], PAD : PAD + crop.shape[1]] = crop
        images.append(Image.fromarray(padded, "L"))
    data = io.BytesIO()
    images[0].save(data, "TIFF", save_all=True, append_images=images[1:], dpi=(OCR_DPI, OCR_DPI))
    command = [tesseract_binary(), "stdin", "stdout", "-l", languages, "--psm", "7", "--dpi", str(OCR_DPI), "tsv"]
    try:
        done = subprocess.run(command, input=data.getvalue(), capture_output=True, timeout=TESSERACT_TIMEOUT,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False)  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        raise UnreadableDocument(f"OCR failed: Tesseract could not run ({type(exc).__name__}: {exc})"[:300],
                                 file=file) from exc  # fmt: skip
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise UnreadableDocument(f"OCR failed: Tesseract exited with {done.returncode} ({error[0]})"[:300], file=file)
    words = tsv_to_words(done.stdout.decode("utf-8", "replace"), PAD)
    return {i: words_to_first_scale(ws) for i, ws in words.items()} if second else words


def _raw_table(table: Any, t: int, read: dict[Cell, Reading], evidence: dict[Cell, str], frame: Frame,
               scale: float, number: int, source: SourceFile, index: int, page_height: float) -> RawTable:  # fmt: skip
    """A found table as a RawTable: cell texts, confidences, evidence and boxes (None where merged), with lineage."""
    rows: list[RawRow] = []
    across = boxes_across([row.cells for row in table.rows])
    for r, row in enumerate(table.rows):
        cells: list[str | None] = []
        confidence: list[float | None] = []
        boxes: list[BBox | None] = []
        seen: list[str] = []
        undecided: list[tuple[int, str]] = []
        for c, cell in enumerate(row.cells):
            if cell is None:
                cells.append(None)
                confidence.append(None)
                boxes.append(None)
                seen.append("")
                continue
            text, conf, joins = read.get((t, r, c), BLANK)
            cells.append(text)
            confidence.append(round(conf, 1))
            boxes.append(frame.to_page(_pixels(cell, scale)))
            seen.append(evidence.get((t, r, c), ""))
            undecided.extend((c, join) for join in joins)
        real = [b for b in boxes if b is not None]
        # A row's own band: a merged cell would stretch it over the rows it covers.
        band = (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), min(b[3] for b in real))
        ref = SourceRef(file=source.path, sha256=source.sha256, table=index, row=r + 1, page=number, bbox=band)
        rows.append(RawRow(cells=tuple(cells), ref=ref, undecided=tuple(undecided), confidence=tuple(confidence),
                           boxes=tuple(boxes), evidence=tuple(seen) if any(seen) else (), across=across[r]))  # fmt: skip
    bbox = frame.to_page(_pixels(table.bbox, scale))
    return RawTable(index=index, rows=tuple(rows), page=number, bbox=bbox, page_height=page_height)
