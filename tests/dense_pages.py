"""Pages drawn with thousands of vector paths, as maps, plans and charts in government documents
are: written by hand (a few objects and an xref), so that a test or a benchmark makes them in
milliseconds. Used by tests/extractors/test_dense_drawings.py and bench/bench_dense.py."""

from __future__ import annotations

import random
from pathlib import Path

WIDTH, HEIGHT = 595.0, 842.0


def drawing_operators(kind: str, n: int, seed: int = 1) -> list[str]:
    """Content-stream paths: `grid` (n x n cells, each side its own segment, as a CAD grid or a
    map's graticule is drawn), `rects` (n*n small filled rectangles: a map's buildings, a chart's
    marks) or `curves` (n*n short Bezier strokes: a map's roads and contours)."""
    rng = random.Random(seed)
    ops: list[str] = []
    if kind == "grid":
        sx, sy = (WIDTH - 40) / n, (HEIGHT - 40) / n
        for i in range(n + 1):
            for j in range(n):
                x, y0 = 20 + i * sx, 20 + j * sy
                ops.append(f"{x:.2f} {y0:.2f} m {x:.2f} {y0 + sy:.2f} l S")
                y, x0 = 20 + i * sy, 20 + j * sx
                ops.append(f"{x0:.2f} {y:.2f} m {x0 + sx:.2f} {y:.2f} l S")
    elif kind == "rects":
        for _ in range(n * n):
            x, y = rng.uniform(20, WIDTH - 20), rng.uniform(20, HEIGHT - 20)
            ops.append(f"{x:.2f} {y:.2f} {rng.uniform(0.3, 8):.2f} {rng.uniform(0.3, 8):.2f} re f")
    elif kind == "curves":
        for _ in range(n * n):
            x, y = rng.uniform(20, WIDTH - 20), rng.uniform(20, HEIGHT - 20)
            ops.append(f"{x:.2f} {y:.2f} m {x + 3:.2f} {y + 1:.2f} {x + 5:.2f} {y + 4:.2f} {x + 6:.2f} {y:.2f} c S")
    else:
        raise ValueError(kind)
    return ops


def write_drawing(path: Path, kind: str, n: int) -> int:
    """A one-page PDF of the drawing with a caption in Helvetica; the number of paths drawn."""
    ops = drawing_operators(kind, n)
    content = ("0.2 w\n" + "\n".join(ops) + "\nBT /F1 12 Tf 50 810 Td (Figure 1) Tj ET\n").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(pdf_of(objects))
    return len(ops)


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file of these objects, numbered from 1 (the first the catalog), with its xref table:
    written by hand, no PDF writer is installed (tests/extractors/test_pdf_layers.py uses it too)."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
