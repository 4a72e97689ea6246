"""A second, independent reading of a doubtful cell: evidence that does not rest on Tesseract's confidence.

Tesseract's confidence does not tell right Chinese cells from wrong ones (right cells often
score about 50). A cell is read a second time from another picture of the same ink: the line
cut out again, binarized by Otsu's threshold on the line alone (the first reading sees the
grayscale page) and scaled by SECOND_SCALE. Errors of the two readings are not independent
(one engine, one model), but a misreading that depends on the pixels rarely repeats exactly
on pixels made another way; a cell whose two readings agree exactly, after width folding, is
marked with the evidence AGREED (RawRow.evidence). The release (pipeline/ocr_review.py)
decides what that evidence, with the vocabulary checks, makes certain.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

import cv2
import numpy as np

from core.cells import clean_cell
from extractors.ocr_grid import Gray
from extractors.ocr_text import Word

AGREED = "two readings"  # the evidence: a second reading of other pixels read the same text
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
