"""Regenerate tests/fixtures/scans: the bundled notices as a scanner would deliver them.

    .venv/bin/python tests/make_scans.py      (or: make scans)

Each bundled PDF (raw/wuxi-2021-49.pdf, raw/taizhou-2022-30.pdf) is rendered at 150, 200 and
300 dpi, stamped with a semi-transparent red seal (a ring, a star and text) over the signature
on page 1 and over table cells on a catalog page, turned slightly (as a sheet lies on the
glass), given mild noise (grain and specks), and saved as an image-only PDF: no text layer,
the pages that carry colour (the seal, a red letterhead) as colour JPEGs, the others as a
scanner's "black and white" mode writes them at 200 and 300 dpi (1 bit, CCITT G4) and as
grayscale JPEGs at 150 dpi.
The page size stays the original's (A4), so boxes in points compare with the text reader's.

Deterministic: fixed seeds, Pillow's own JPEG and PDF writers. The files are committed.

One held-out scan (HELDOUT): a catalog neither the registry nor the reader was built from, the
青岛 rows of tests/normalize/heldout/qingdao-catalog.csv (written blind; its 国别 and label
columns left out) in a notice printed by Chromium in Noto Serif CJK, with full-width brackets
where the rows have them, scanned the same way at 200 dpi; its truth is written beside the
bundled ones (tests/fixtures/qingdao-heldout.truth.json). Printing it needs Chromium.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "scans"
DPIS = (150, 200, 300)
JPEG_QUALITY = 40  # keeps the fixtures small; a scanner's default "document" setting looks alike
GRAY_MAX_DPI = 150  # at and under it, colourless pages are grayscale; above it, 1 bit
BILEVEL_THRESHOLD = 150
SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SEAL_RED = (214, 32, 40)
SEAL_STRENGTH = 0.7  # the ink's opacity: text under the seal shows through, as with a real stamp


@dataclass(frozen=True)
class Seal:
    """Where a seal is stamped: the page (1-based), its centre as fractions of the page, its text."""

    page: int
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class ScanPlan:
    """How one notice is scanned: the turn of the sheet (degrees, counter-clockwise) and its seals."""

    notice: str
    angle: float
    seals: tuple[Seal, ...]


PLANS = (
    # Wuxi: the seal over the bureau's name and the date on page 1, a second one over the
    # 对应职称 / 所属系列 cells of rows 14-16 (page 4).
    ScanPlan("wuxi-2021-49", 0.7, (Seal(1, 0.28, 0.38, "人事专用章"), Seal(4, 0.74, 0.47, "审核专用章"))),
    # Taizhou: turned the other way; a seal over its signature and one over the issuer column.
    ScanPlan("taizhou-2022-30", -0.6, (Seal(1, 0.70, 0.55, "人事专用章"), Seal(5, 0.55, 0.60, "审核专用章"))),
)


def stamp_seal(page: Image.Image, seal: Seal, dpi: int) -> Image.Image:
    """Multiply a red seal into the page: ink darkens what is under it and never hides black."""
    radius = round(0.75 * dpi)  # a 38 mm seal
    size = 2 * radius + 4
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    ring = max(2, round(dpi / 40))
    draw.ellipse((2, 2, size - 3, size - 3), outline=255, width=ring)
    star = _star(size / 2, size / 2 - radius * 0.2, radius * 0.28)
    draw.polygon(star, fill=255)
    font = ImageFont.truetype(SEAL_FONT, round(radius * 0.26))
    draw.text((size / 2, size / 2 + radius * 0.38), seal.text, font=font, fill=255, anchor="mm")
    cx, cy = round(seal.x * page.width), round(seal.y * page.height)
    box = (cx - size // 2, cy - size // 2)
    ink = np.asarray(mask, dtype=np.float32)[..., None] / 255.0 * SEAL_STRENGTH
    rgb = np.asarray(page.convert("RGB"), dtype=np.float32)
    x0, y0 = box
    region = rgb[y0 : y0 + size, x0 : x0 + size]
    tint = np.array(SEAL_RED, dtype=np.float32) / 255.0
    region *= 1.0 - ink * (1.0 - tint)
    return Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB")


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for k in range(10):
        angle = np.pi / 2 + k * np.pi / 5
        radius = r if k % 2 == 0 else r * 0.4
        points.append((cx + radius * np.cos(angle), cy - radius * np.sin(angle)))
    return points


def add_noise(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Scanner grain (a little Gaussian noise) and dust (sparse dark specks)."""
    data = np.asarray(page, dtype=np.float32)
    grain = rng.normal(0.0, 6.0, data.shape[:2]).astype(np.float32)
    data = data + (grain[..., None] if data.ndim == 3 else grain)
    specks = rng.random(data.shape[:2]) < 0.0004
    data[specks] = 40.0
    return Image.fromarray(data.clip(0, 255).astype(np.uint8), page.mode)


def _has_colour(page: Image.Image) -> bool:
    rgb = np.asarray(page.convert("RGB"), dtype=np.int16)
    return bool(((rgb[..., 0] - rgb[..., 1:].max(axis=2)) > 60).sum() > 200)


def scan_pages(pdf_path: Path, plan: ScanPlan, dpi: int) -> list[Image.Image]:
    """The notice's pages as scanned at `dpi`."""
    rng = np.random.default_rng(dpi * 1000 + len(plan.notice))
    pdf = pdfium.PdfDocument(pdf_path)
    pages: list[Image.Image] = []
    try:
        for number in range(1, len(pdf) + 1):
            image = pdf[number - 1].render(scale=dpi / 72).to_pil().convert("RGB")
            for seal in plan.seals:
                if seal.page == number:
                    image = stamp_seal(image, seal, dpi)
            image = image.rotate(plan.angle, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
            colour = _has_colour(image)
            image = add_noise(image if colour else image.convert("L"), rng)
            if not colour and dpi > GRAY_MAX_DPI:
                image = image.point(lambda v: 255 if v > BILEVEL_THRESHOLD else 0).convert("1")
            pages.append(image)
    finally:
        pdf.close()
    return pages


def save_image_pdf(pages: list[Image.Image], out: Path, dpi: int) -> None:
    """An image-only PDF, one image per page (JPEG, or G4 for 1 bit), the page size the image's at `dpi`.

    Pillow writes each page (its JPEG quality cannot go to a 1-bit page's G4 encoder in one call);
    pypdfium2 puts them together."""
    merged = pdfium.PdfDocument.new()
    try:
        for page in pages:
            single = io.BytesIO()
            quality = {} if page.mode == "1" else {"quality": JPEG_QUALITY}
            page.save(single, "PDF", resolution=float(dpi), **quality)
            part = pdfium.PdfDocument(single.getvalue())
            merged.import_pages(part)
            part.close()
        merged.save(out)
    finally:
        merged.close()
    _pin(out)


def _pin(out: Path) -> None:
    """Same bytes on every run: PDFium stamps the time and a random /ID (same-length edits)."""
    data = out.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20230315090000", data)
    fixed = hashlib.sha256(out.name.encode()).hexdigest()[:32].upper().encode()
    data = re.sub(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]", b"/ID[<" + fixed + b"><" + fixed + b">]", data)
    out.write_bytes(data)


HELDOUT = ScanPlan("qingdao-heldout", 0.5, (Seal(1, 0.70, 0.55, "人事专用章"), Seal(3, 0.60, 0.50, "审核专用章")))
HELDOUT_DPI = 200
HELDOUT_ROWS = ROOT / "tests" / "normalize" / "heldout" / "qingdao-catalog.csv"
HELDOUT_COLUMNS = (0, 1, 2, 3, 5, 6)  # 序号, 职业资格名称, 译名, 颁证单位, 对应职称, 所属系列


def print_heldout(folder: Path) -> Path:
    """The held-out catalog as a notice printed by Chromium; its truth file written beside the bundled ones."""
    import csv
    import json

    sys.path.insert(0, str(ROOT / "tests"))
    from make_documents import chromium_to_pdf
    from make_producers import City, city_to_html

    with HELDOUT_ROWS.open(encoding="utf-8") as file:
        table = [tuple(row[i] for i in HELDOUT_COLUMNS) for row in csv.reader(file)]
    city = City(slug="qingdao", name="青岛市", doc_no="青人社发〔2024〕21号", bureau="青岛市人力资源和社会保障局",
                date="2024年5月20日", header=table[0], picks=(), font="Noto Serif CJK SC",
                col_widths_pct=(6, 24, 18, 26, 12, 14), rows=tuple(table[1:]))  # fmt: skip
    truth = {"header": list(table[0]), "rows": [list(row) for row in table[1:]]}
    (ROOT / "tests" / "fixtures" / f"{HELDOUT.notice}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return chromium_to_pdf(city_to_html(city, folder / "qingdao.html"), folder / "qingdao.pdf")


def main() -> int:
    import tempfile

    OUT.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        for dpi in DPIS:
            out = OUT / f"{plan.notice}-{dpi}dpi.pdf"
            save_image_pdf(scan_pages(ROOT / "raw" / f"{plan.notice}.pdf", plan, dpi), out, dpi)
            print(f"{out.relative_to(ROOT)}: {out.stat().st_size // 1024} KiB")
    with tempfile.TemporaryDirectory() as folder:
        out = OUT / f"{HELDOUT.notice}-{HELDOUT_DPI}dpi.pdf"
        save_image_pdf(scan_pages(print_heldout(Path(folder)), HELDOUT, HELDOUT_DPI), out, HELDOUT_DPI)
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
