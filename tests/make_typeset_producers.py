"""Regenerate tests/fixtures/typeset: the producer corpus's three cities, typeset by Typst and ReportLab.

    .venv/bin/python tests/make_typeset_producers.py

Browsers and LibreOffice lay a table out as HTML/DOCX engines do; these two producers typeset it
themselves, so glyph runs, spacing, line breaks and rulings come out differently:

    typst-portrait      Typst (the `typst` PyPI binding), A4 portrait, 10.5pt, Latin in
                        Libertinus Serif with CJK falling back to Noto Serif/Sans CJK SC, default
                        stroked grid, table.header repeated on each page, narrow columns
    typst-landscape     the same, A4 landscape, 10pt, Noto Sans CJK SC for all text
    reportlab           ReportLab platypus Table of Paragraph cells (wordWrap="CJK": lines break
                        between any two characters, Latin words too, and a closing bracket that
                        may not start a line hangs past the cell's rule), GRID style,
                        repeatRows=1, WenQuanYi Zen Hei (TTC, subfont 0), A4 portrait 10.5pt
    reportlab-split     splitInRow=1 with splitByRow=0 (in-row splits tried first), 12pt text,
                        VALIGN TOP, the table at 70% of the text width: rows are split across
                        page breaks (part of a row at the foot of one page, the rest under the
                        repeated header of the next). Cells wrap with ReportLab's default
                        wrapping (splitLongWords cuts a word wider than its column anywhere,
                        even "2|5" in the 序号 column): with wordWrap="CJK", ReportLab 4.4.10
                        re-wraps the carried-over half of a split cell without the spaces at
                        its line ends ("Examinersfor Engineeringand"), printing text that is
                        not the cell's, so the split variant does not use it.

Each city's rows and truth are make_producers.py's (city_to_rows, write_truth); next to each PDF:
<name>.truth.json ({"header", "rows"}, every cell as printed). Dates are pinned (Typst's
timestamp, ReportLab's invariant mode), so reruns are byte-stable.

Not project dependencies: `.venv/bin/pip install typst==0.15.2 reportlab==4.4.10`, and the
TrueType CJK font `apt-get install -y fonts-wqy-zenhei` (ReportLab cannot embed the OTF/CFF Noto
CJK fonts).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from make_producers import CITIES, City, city_to_rows, notice_paragraphs, write_truth  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "typeset"
NOTO = Path("/usr/share/fonts/opentype/noto")
ZENHEI_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
)
PINNED = _dt.datetime(2023, 3, 15, 9, 0, tzinfo=_dt.timezone.utc)


# ---------------------------------------------------------------- Typst


def _typ_str(text: str) -> str:
    """A Typst string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def city_to_typst_source(city: City, landscape: bool) -> str:
    """The notice in Typst markup: 文号, title, text, bureau, date, then the annex with the table."""
    text = notice_paragraphs(city)
    rows = city_to_rows(city)
    if landscape:
        fonts, size, widths = '("Noto Sans CJK SC",)', "10pt", city.col_widths_pct
    else:
        fonts, size = '("Libertinus Serif", "Noto Serif CJK SC")', "10.5pt"
        widths = city.col_widths_pct
    columns = ", ".join(f"{w}%" for w in widths)
    header = ", ".join(
        f'table.cell(align: center + horizon)[#text(weight: "bold", {_typ_str(h)})]' for h in city.header
    )
    body = ",\n  ".join(", ".join(_typ_str(c) for c in row) for row in rows)
    paragraphs = "\n\n".join(f"#{_typ_str(t)}" for t in text[:-2])
    return f"""#set document(title: {_typ_str(city.title)}, author: {_typ_str(city.bureau)})
#set page(paper: "a4", flipped: {"true" if landscape else "false"}, margin: 20mm,
  footer: context align(center)[— #counter(page).display() —])
#set text(font: {fonts}, size: {size}, lang: "zh", region: "cn")
#set par(leading: 0.7em, first-line-indent: (amount: 2em, all: true))

#align(center)[#{_typ_str(city.doc_no)}]
#align(center)[#text(size: 16pt, weight: "bold", {_typ_str(city.title)})]

{paragraphs}

#align(right)[#{_typ_str(text[-2])}]
#align(right)[#{_typ_str(text[-1])}]

#pagebreak()
#par(first-line-indent: 0em)[附件]
#align(center)[#text(size: 14pt, weight: "bold", {_typ_str(city.annex)})]

#set par(first-line-indent: 0em)
#table(
  columns: ({columns}),
  inset: (x: 4pt, y: 5pt),
  align: (x, y) => if x in (1, 2, 3) {{ left + horizon }} else {{ center + horizon }},
  table.header({header}),
  {body},
)
"""


def typst_pdf(city: City, landscape: bool) -> Path:
    import typst

    out = OUT / f"{city.slug}-typst-{'landscape' if landscape else 'portrait'}.pdf"
    src = out.with_suffix(".typ")
    src.write_text(city_to_typst_source(city, landscape), encoding="utf-8")
    pdf = typst.compile(str(src), font_paths=[str(NOTO)], timestamp=int(PINNED.timestamp()))
    out.write_bytes(pdf)
    return out


# ---------------------------------------------------------------- ReportLab

_FONT = "CJK"


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT in pdfmetrics.getRegisteredFontNames():
        return
    for path in ZENHEI_CANDIDATES:
        if path.exists():
            pdfmetrics.registerFont(TTFont(_FONT, str(path), subfontIndex=0))
            return
    raise SystemExit("no TrueType CJK font: apt-get install -y fonts-wqy-zenhei")


def reportlab_pdf(city: City, split: bool) -> Path:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_font()
    out = OUT / f"{city.slug}-reportlab{'-split' if split else ''}.pdf"
    size = 12.0 if split else 10.5
    body = ParagraphStyle("body", fontName=_FONT, fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=21)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    title = ParagraphStyle("title", parent=center, fontSize=16, leading=24)
    annex = ParagraphStyle("annex", parent=center, fontSize=14, leading=20, spaceAfter=8)
    cell = ParagraphStyle(
        "cell",
        fontName=_FONT,
        fontSize=size,
        leading=size * 1.3,
        wordWrap=None if split else "CJK",
        allowOrphans=1,
        allowWidows=1,
    )
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)

    text = notice_paragraphs(city)
    story = [Paragraph(escape(city.doc_no), center), Spacer(1, 6), Paragraph(escape(city.title), title), Spacer(1, 10)]
    story += [Paragraph(escape(t), body) for t in text[:-2]]
    story += [Spacer(1, 12), Paragraph(escape(text[-2]), right), Paragraph(escape(text[-1]), right), PageBreak()]
    story += [
        Paragraph("附件", ParagraphStyle("a", parent=body, firstLineIndent=0)),
        Paragraph(escape(city.annex), annex),
    ]

    usable = A4[0] - 40 * mm
    pct = city.col_widths_pct
    if split:  # narrower: the table takes 70% of the text width (chosen so each city has rows split at a page break), cells wrap more and rows grow tall
        usable *= 0.7
    widths = [usable * p / sum(pct) for p in pct]

    def para(textcell: str, column: int) -> Paragraph:
        return Paragraph(escape(textcell), cell if column in (1, 2, 3) else cell_c)

    data = [[Paragraph(f"<b>{escape(h)}</b>", cell_c) for h in city.header]]
    data += [[para(c, i) for i, c in enumerate(row)] for row in city_to_rows(city)]
    kwargs = {"splitInRow": 1, "splitByRow": 0} if split else {}
    table = Table(data, colWidths=widths, repeatRows=1, **kwargs)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP" if split else "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    story.append(table)

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(_FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
        title=city.title, author=city.bureau, creator="ReportLab", invariant=1,
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out


# ---------------------------------------------------------------- main


def city_to_pdfs(city: City) -> list[Path]:
    made = [typst_pdf(city, landscape=False), typst_pdf(city, landscape=True),
            reportlab_pdf(city, split=False), reportlab_pdf(city, split=True)]  # fmt: skip
    for pdf in made:
        write_truth(pdf.with_suffix(".truth.json"), city)
    return made


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    slugs = tuple(f"{city.slug}-" for city in CITIES)
    for old in OUT.iterdir():
        if old.is_file() and old.name.startswith(slugs):
            old.unlink()
    for city in CITIES:
        for pdf in city_to_pdfs(city):
            print(f"{pdf.relative_to(ROOT)}  {pdf.stat().st_size // 1024} KiB")
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"total {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
