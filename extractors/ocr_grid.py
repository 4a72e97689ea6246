"""A scanned page's picture cleaned for OCR, and its ruled tables found from the picture.

    page_to_ink: RGB pixels → grayscale with red seals dropped out; despeckle: dust removed
    ink_to_skew → deskew: the angle of the table's ruling lines, undone
    ink_to_rulings → rulings_to_edges: ruling lines by morphology, as pdfplumber edges in points
    ink_to_lines: the running text's lines outside the tables, as pixel bands

The cell grid itself is pdfplumber's TableFinder, fed these edges (extractors/ocr.py), so a
merged cell covers grid positions exactly as it does in a text PDF. Coordinates: pixels of
the deskewed picture until `Frame.to_page` turns a box into points on the page as printed
(top-left origin, before the deskew).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from core.model import BBox
from extractors.pdfpage import Edge

Gray = npt.NDArray[np.uint8]
Pixels = tuple[int, int, int, int]  # x0, top, x1, bottom in the deskewed picture

# A seal is red ink: red well above both green and blue. There the red channel alone is kept,
# as a scanner's red drop-out does: the seal's ink is bright in it, black text under it stays dark.
RED_EXCESS = 40
RULE_GRAY = 200
RULING_INCHES = 1 / 4  # a run of ink this long in one pixel row (column) is a ruling, not a glyph stroke
RULING_STEP_INCHES = 0.01  # a slanted thin rule's steps, closed before its runs are measured
MIN_SKEW_RULING = 0.25  # of the page width: rulings that short say little about the angle
MAX_SKEW_DEGREES = 5.0  # a sheet turned more than this is not a slightly skewed scan: left as it is
SPECK_INCHES = 0.012  # ink blobs this small across are dust, not text (a full stop is ~0.02 in)
TABLE_MARGIN_INCHES = 0.03
LINE_GAP_INCHES = 0.0  # blank pixel rows that separate two lines of text: any (close lines of a blurred scan leave one)
MIN_LINE_SHARE = 0.5  # of the tallest line: a shorter band close to another is part of it
TALL_SHARE = 1.6  # of the running text's median line: a taller band is lines that touch


@dataclass(frozen=True)
class Frame:
    """How the deskewed picture maps back to the page as printed."""

    scale: float  # pixels per point
    inverse: npt.NDArray[np.float64]  # 2x3 affine: deskewed pixels → the picture as scanned

    def to_page(self, box: Pixels) -> BBox:
        """A box of the deskewed picture as points on the page as printed (the box around its corners)."""
        x0, top, x1, bottom = box
        corners = np.array([[x0, top, 1], [x1, top, 1], [x0, bottom, 1], [x1, bottom, 1]], dtype=np.float64)
        mapped = corners @ self.inverse.T / self.scale
        return (round(float(mapped[:, 0].min()), 2), round(float(mapped[:, 1].min()), 2),
                round(float(mapped[:, 0].max()), 2), round(float(mapped[:, 1].max()), 2))  # fmt: skip


def page_to_ink(rgb: npt.NDArray[np.uint8]) -> Gray:
    """Grayscale with red seal ink dropped out."""
    red = rgb[..., 0]
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    excess = red.astype(np.int16) - np.maximum(rgb[..., 1], rgb[..., 2]).astype(np.int16)
    return np.where(excess > RED_EXCESS, red, gray).astype(np.uint8)


def page_to_seal(rgb: npt.NDArray[np.uint8]) -> Gray:
    """Where red seal ink lies (255), dropped out of the page's ink by `page_to_ink`: text under it
    is read from what shows through, the same damaged strokes for every reading."""
    excess = rgb[..., 0].astype(np.int16) - np.maximum(rgb[..., 1], rgb[..., 2]).astype(np.int16)
    return np.where(excess > RED_EXCESS, np.uint8(255), np.uint8(0)).astype(np.uint8)


def despeckle(gray: Gray) -> Gray:
    """Dust specks removed (a 3x3 median: blobs of up to 4 pixels go, strokes stay)."""
    return np.asarray(cv2.medianBlur(gray, 3), dtype=np.uint8)


def rule_mask(gray: Gray) -> Gray:
    """Ink as 255 on 0 for finding rulings: any pixel darker than RULE_GRAY. A thin rule in a 1-bit
    scan, scaled up, is light gray where its staircase steps: Otsu's threshold would cut it to dashes."""
    return np.where(gray < RULE_GRAY, np.uint8(255), np.uint8(0)).astype(np.uint8)


def ink_mask(gray: Gray) -> Gray:
    """Ink as 255 on 0 (Otsu's threshold)."""
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return np.asarray(mask, dtype=np.uint8)


def ink_to_rulings(mask: Gray, dpi: float) -> tuple[Gray, Gray]:
    """Horizontal and vertical rulings: ink that runs on in one pixel row (column) for a third
    of an inch, longer than any glyph's stroke."""
    length = max(15, round(RULING_INCHES * dpi))
    # A thin rule scanned at a slant is a staircase: thickened across first, it runs on in one row.
    across = max(1, round(RULING_STEP_INCHES * dpi))
    rows = cv2.dilate(mask, np.ones((across, 1), np.uint8))
    columns = cv2.dilate(mask, np.ones((1, across), np.uint8))
    horizontal = cv2.morphologyEx(rows, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    vertical = cv2.morphologyEx(columns, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return np.asarray(horizontal, dtype=np.uint8), np.asarray(vertical, dtype=np.uint8)


def ink_to_skew(gray: Gray, dpi: float) -> float:
    """The turn (degrees, counter-clockwise as `deskew` takes it) that levels the page's long
    horizontal rulings; 0 without them. Each ruling is fitted with a line through its pixels;
    the median angle weighed by length wins."""
    horizontal, _ = ink_to_rulings(rule_mask(gray), dpi)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(horizontal, connectivity=8)
    angles: list[tuple[float, int]] = []
    for label in range(1, count):
        x, y, w, h = (int(v) for v in stats[label, :4])
        if w < MIN_SKEW_RULING * gray.shape[1]:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == label)
        slope = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)[0]
        angles.append((math.degrees(math.atan(slope)), w))
    if not angles:
        return 0.0
    angles.sort()
    half, total = sum(w for _, w in angles) / 2, 0
    for angle, weight in angles:
        total += weight
        if total >= half:
            return angle if abs(angle) <= MAX_SKEW_DEGREES else 0.0
    return 0.0


def deskew(gray: Gray, angle: float, scale: float) -> tuple[Gray, Frame]:
    """The picture turned by `angle` degrees (white fills the corners) and its way back to the page."""
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    frame = Frame(scale, np.asarray(cv2.invertAffineTransform(matrix), dtype=np.float64))
    if abs(angle) < 0.01:
        return gray, frame
    turned = cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderValue=255)
    return np.asarray(turned, dtype=np.uint8), frame


def rulings_to_edges(horizontal: Gray, vertical: Gray, scale: float) -> list[Edge]:
    """Each ruling's run of pixels as a pdfplumber-style edge in points: a horizontal one at its
    middle row, a vertical one at its middle column."""
    edges: list[Edge] = []
    for mask, orientation in ((horizontal, "h"), (vertical, "v")):
        count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for label in range(1, count):
            x, y, w, h = (float(v) for v in stats[label, :4])
            if orientation == "h":
                middle = (y + h / 2) / scale
                edges.append(Edge(x / scale, middle, (x + w) / scale, middle, "h", "line"))
            else:
                middle = (x + w / 2) / scale
                edges.append(Edge(middle, y / scale, middle, (y + h) / scale, "v", "line"))
    return edges


def erase_rulings(gray: Gray, horizontal: Gray, vertical: Gray) -> Gray:
    """The picture with its rulings painted white (a rule touching a glyph reads as "|" or "l")."""
    rules = cv2.dilate(horizontal | vertical, np.ones((5, 5), np.uint8))
    return np.where(rules > 0, np.uint8(255), gray).astype(np.uint8)


def has_text(mask: Gray, dpi: float) -> bool:
    """Whether a region holds ink bigger than dust."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    speck = SPECK_INCHES * dpi
    return any(stats[label, 2] > speck or stats[label, 3] > speck for label in range(1, count))


def ink_to_lines(mask: Gray, dpi: float, blanked: Sequence[Pixels] = (), within: Pixels | None = None) -> list[Pixels]:
    """Lines of text: bands of pixel rows with ink, each cut to its ink's width. On the page
    outside the `blanked` boxes (the tables), or `within` one box (a cell)."""
    x_off, y_off = (within[0], within[1]) if within else (0, 0)
    mask = mask[within[1] : within[3], within[0] : within[2]] if within else mask.copy()
    margin = round(TABLE_MARGIN_INCHES * dpi)  # a table's outer rule is thicker than the line through it
    for x0, top, x1, bottom in blanked:
        mask[max(top - margin, 0) : bottom + margin, max(x0 - margin, 0) : x1 + margin] = 0
    lines: list[Pixels] = []
    # In a cell every line has the cell's size: a band under half the tallest is a piece of one.
    # On the page, a title twice the body's size made every body line such a piece, and the
    # whole body was read as one line ("DO" for five lines of a notice): there the measure is the
    # median band, the body's lines.
    for top, bottom in _bands(mask, dpi, median=within is None):
        if not has_text(mask[top:bottom], dpi):
            continue
        cols = np.nonzero((mask[top:bottom] > 0).sum(axis=0))[0]
        lines.append((x_off + int(cols[0]), y_off + top, x_off + int(cols[-1]) + 1, y_off + bottom))
    return lines


def _bands(mask: Gray, dpi: float, median: bool = False) -> list[tuple[int, int]]:
    """Runs of pixel rows with ink, split at blank gaps; a band too short to be a line of its own
    (the upper stroke of 二, a dot: under MIN_LINE_SHARE of the reference band, or of the median
    one when `median`) joins its nearer neighbour."""
    inked = (mask > 0).sum(axis=1) > 0
    gap = max(1, round(LINE_GAP_INCHES * dpi))
    bands: list[list[int]] = []
    for y in np.nonzero(inked)[0]:
        if bands and y - bands[-1][1] <= gap:
            bands[-1][1] = int(y) + 1
        else:
            bands.append([int(y), int(y) + 1])
    heights = sorted(b - t for t, b in bands if not median or _line_like(mask[t:b], dpi))
    reference = (heights[len(heights) // 2] if median else heights[-1]) if heights else 0
    merged = [list(b) for b in bands]
    while True:
        short = [n for n, (t, b) in enumerate(merged) if b - t < MIN_LINE_SHARE * reference]
        gaps = [(merged[n][0] - merged[n - 1][1], n - 1) for n in short if n > 0]
        gaps += [(merged[n + 1][0] - merged[n][1], n) for n in short if n + 1 < len(merged)]
        if not gaps or min(gaps)[0] >= MIN_LINE_SHARE * reference:
            break
        _, upper = min(gaps)  # the closest pair with a short band in it becomes one band
        merged[upper : upper + 2] = [[merged[upper][0], merged[upper + 1][1]]]
    if median:  # lines of a paragraph set close may touch (no blank row): each read on its own
        lines = sorted(b - t for t, b in merged if _line_like(mask[t:b], dpi))
        line = lines[len(lines) // 2] if lines else 0
        merged = [part for band in merged for part in _split_tall(mask, band[0], band[1], line)]
    return [(t, b) for t, b in merged if b - t >= SPECK_INCHES * dpi * 2]


def _line_like(band: Gray, dpi: float) -> bool:
    """A band that may be a line of text: not dust (the page's noise makes many thin bands)."""
    return band.shape[0] >= SPECK_INCHES * dpi * 2 and has_text(band, dpi)


def _split_tall(mask: Gray, top: int, bottom: int, line: int) -> list[list[int]]:
    """A band more than TALL_SHARE lines high, cut at its least inked pixel row between lines
    (the first paragraph of a notice, two lines touching, was read as nothing), and so on."""
    if line <= 0 or bottom - top <= TALL_SHARE * line:
        return [[top, bottom]]
    low, high = top + round(0.6 * line), bottom - round(0.6 * line)
    ink = (mask[low:high] > 0).sum(axis=1)
    cut = low + int(np.argmin(ink))
    return _split_tall(mask, top, cut, line) + _split_tall(mask, cut, bottom, line)
