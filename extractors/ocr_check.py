"""A second, independent reading of a doubtful cell: evidence that does not rest on Tesseract's confidence.

Tesseract's confidence does not tell right Chinese cells from wrong ones (right cells often
score about 50). A cell is read a second time from another picture of the same ink: the line
cut out again, binarized by Otsu's threshold on the line alone (the first reading sees the
grayscale page) and scaled by SECOND_SCALE. Errors of the two readings are not independent
(one engine, one model), but a misreading that depends on the pixels rarely repeats exactly
on pixels made another way; a cell whose two readings agree exactly, after width folding, and
are each whole (`reading_whole`: every line of ink read as something), with no seal over it
(extractors/ocr.py: there every reading reads the same damaged strokes), is marked with the
evidence AGREED (RawRow.evidence). Measured on the
test scans and the held-out one, the agreements left that were wrong had lost a narrow space
between Latin words ("DiplomainBrewing", "PressureVessel"): the release (pipeline/ocr_review.py)
decides what that evidence, with the word and vocabulary checks, makes certain.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

import cv2
import numpy as np

from core.cells import clean_cell
from extractors.ocr_grid import Gray
from extractors.ocr_text import HAN_BEARING, SPACE_GAP, Line, Word, is_han

AGREED = "two readings"  # the evidence: a second reading of other pixels read the same text
WHOLE = "read whole"  # the evidence: every line of the cell's ink was read as something, and no seal lies over it
FIT_SLACK = 0.5  # ems a run of ideographs' ink may differ from their number (a dropped or doubled one is 1)
MIN_EM_RUN = 3  # ideographs in a run that measures the page's em
SECOND_SCALE = 1.5  # the second picture's size against the first's (another scale, another rendering of the strokes)


def second_picture(crop: Gray) -> Gray:
    """The line's ink for the second reading: Otsu's threshold on the line alone, scaled up."""
    if crop.size == 0:
        return crop
    _, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    size = (max(1, round(crop.shape[1] * SECOND_SCALE)), max(1, round(crop.shape[0] * SECOND_SCALE)))
    scaled = cv2.resize(np.asarray(bw, dtype=np.uint8), size, interpolation=cv2.INTER_LINEAR)
    _, out = cv2.threshold(scaled, 127, 255, cv2.THRESH_BINARY)
    return np.asarray(out, dtype=np.uint8)


def words_to_first_scale(words: Sequence[Word]) -> list[Word]:
    """Words of the second picture with their boxes in the first picture's pixels."""
    return [replace(w, left=round(w.left / SECOND_SCALE), top=round(w.top / SECOND_SCALE),
                    width=round(w.width / SECOND_SCALE), height=round(w.height / SECOND_SCALE))
            for w in words]  # fmt: skip


def reading_key(text: str) -> str:
    """What two readings must share to agree: the text width-folded (NFKC), whitespace as one space."""
    return clean_cell(unicodedata.normalize("NFKC", text))


def readings_agree(first: str, second: str) -> bool:
    """Two readings of a cell that say the same (and say something)."""
    key = reading_key(first)
    return bool(key) and key == reading_key(second)


def reading_whole(lines: Sequence[Line]) -> bool:
    """Every line of a cell's ink read as something (a line read as nothing is text lost)."""
    return bool(lines) and all(words for _, words in lines)


def ink_runs(mask: Gray, gap: float) -> list[tuple[int, int]]:
    """The runs of inked columns of a line's picture (ink > 0) that blanks `gap` pixels wide or
    more part: its words, where a space parts them."""
    inked = np.asarray((mask > 0).any(axis=0), dtype=bool)
    runs: list[tuple[int, int]] = []
    blank = 0
    for x, on in enumerate(inked):
        if not on:
            blank += 1
            continue
        if runs and blank < gap:
            runs[-1] = (runs[-1][0], x + 1)
        else:
            runs.append((x, x + 1))
        blank = 0
    return runs


def page_em(lines: Sequence[tuple[str, int]]) -> float:
    """An ideograph's advance on the page (pixels), from its lines read as one run of ideographs:
    (text, ink width); the median of width / (count - bearing); 0.0 when none was read."""
    sizes = sorted(width / (len(text) - HAN_BEARING) for text, width in lines
                   if len(text) >= MIN_EM_RUN and all(is_han(ch) for ch in text))  # fmt: skip
    return sizes[len(sizes) // 2] if sizes else 0.0


def line_fits(text: str, mask: Gray, em: float) -> bool:
    """Each run of ideographs a line was read as holds as many ideographs as its ink is wide
    (within FIT_SLACK ems): no ideograph dropped or doubled. The line's words (parted by
    spaces) are matched with its inked runs (parted by blanks a space wide); a line whose
    words and runs do not pair up does not fit. A line without ideographs fits."""
    words = text.split(" ")
    if not any(is_han(ch) for ch in text):
        return True
    if em <= 0:
        return False
    runs = ink_runs(mask, SPACE_GAP * em)
    if len(runs) != len(words):
        return False
    return all(abs((x1 - x0) / em + HAN_BEARING - len(word)) <= FIT_SLACK
               for word, (x0, x1) in zip(words, runs) if all(is_han(ch) for ch in word))  # fmt: skip
