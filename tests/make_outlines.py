"""Regenerate tests/fixtures/outlines: PDFs whose text is drawn as outlines, with no text layer.

    .venv/bin/python tests/make_outlines.py

Some bureaus publish notices "converted to curves" (转曲: every glyph a filled path, so the text
cannot be copied or edited), and print drivers such as Microsoft Print to PDF write web pages so
(found on real documents: a ministry's notice and a city government's page; they are not kept
here). Such a page has no characters at all: read as text, it is an empty page, and a catalog on
it was taken for "no catalog". Each file here is an earlier fixture's LibreOffice print drawn again
by Ghostscript with `-dNoOutputFonts` (text as paths), packed and pinned as tests/make_producers.py
does:

    xinxiang-outlines.pdf   unseen23's xinxiang catalog (columns in another order, 11 rows, the
                            last row split by the page break): a catalog, read by OCR (its truth is
                            the source's)
    changde-outlines.pdf    unseen17's changde look-alike (a 职称申报 checklist of papers): no catalog

Needs gs (Ghostscript) and qpdf.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_producers import pack_pinned  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OUT = FIXTURES / "outlines"
SOURCES = {
    "xinxiang-outlines": FIXTURES / "unseen23" / "xinxiang-liexu-libreoffice.pdf",
    "changde-outlines": FIXTURES / "unseen17" / "changde-libreoffice.pdf",
}


def outlined(src: Path, out: Path, tmp: Path) -> Path:
    """`src` drawn again by Ghostscript with every glyph as a path, pinned and packed at `out`."""
    raw = tmp / f"{out.stem}.raw.pdf"
    subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNoOutputFonts", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                    "-o", str(raw), str(src)], check=True)  # fmt: skip
    return pack_pinned(raw, out)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for stem, src in SOURCES.items():
            outlined(src, OUT / f"{stem}.pdf", Path(tmp))
            truth = json.loads(src.with_name(src.stem + ".truth.json").read_text(encoding="utf-8"))
            truth["why"] = (f"{src.parent.name}/{src.name} with its text drawn as outlines: " + truth.get("why", "the catalog as printed")).strip()
            (OUT / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(OUT / f"{stem}.pdf")


if __name__ == "__main__":
    main()
