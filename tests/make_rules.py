"""Regenerate tests/fixtures/rules: one catalog printed by Chromium with the table's rules drawn five
ways, none of them a full grid (tests/extractors/test_rules.py reads them).

    .venv/bin/python tests/make_rules.py              # every document
    .venv/bin/python tests/make_rules.py booktabs     # only these

Each is a web page of a notice (wording of a city no other fixture has), its catalog 20 rows of the
bundled Taizhou notice renumbered, printed with headless Chromium over two pages, then pinned
(make_producers.chromium_pinned). Cells hold long issuers that wrap over three or four lines.

    rules-under.pdf   a rule under every cell, no column rules; every cell's text centred
                      vertically; the 序号 heading wraps (序 over 号) while the other headings stand
                      one line high, level with the middle of it; <thead> repeats on page 2.
    rules-above.pdf   a rule over every cell and none under the last row; the header's own rule
                      under it; no <thead>, so page 2 starts with a row whose rule page 1 drew.
    boxed-rows.pdf    every row a box of its own (border-spacing: rows 4 px apart, side rules
                      only at the table's two ends): pdfplumber finds one-column tables.
    booktabs.pdf      a heavy rule over the header, a light one under it, a heavy one under the
                      table; nothing between rows; cells top-aligned.
    stripes.pdf       no rules at all: every other row on a grey background, cells centred; row 11
                      split by the page break.

A paragraph (抄送) stands close under each table: it is not a row.

    libreoffice-hrules.docx/.pdf  a Word table with horizontal borders only (top, bottom, insideH;
                      no left, right or insideV), cells centred vertically, 24 rows of the
                      Taizhou notice (21 to 44) in narrow columns, printed by LibreOffice: the
                      German names are cut mid-word, one of them over a page break
                      (Werkzeugm|echaniker/-in, which must wait for a steward).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from make_producers import chromium_pinned, docx_to_libreoffice, pin_pdf  # noqa: E402
from make_unseen9 import Made, T, catalog_truth, numbered, pick  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "rules"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
SEQS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
HEADS = ("序号", "职业资格名称", "中文译名", "颁证机构", "对应职称", "所属系列")
BASE = (
    "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:14px;margin:0 36px}"
    "p{margin:6px 0;line-height:1.6}"
    "table{width:100%;font-size:12.5px;margin-top:8px}"
    "th,td{padding:7px 5px}"
    ".c1{width:5%;text-align:center}.c2{width:22%}.c3{width:17%}.c4{width:30%}"
    ".c5{width:13%;text-align:center}.c6{width:13%;text-align:center}"
)
LAYOUTS: dict[str, str] = {
    "rules-under": "table{border-collapse:collapse}th,td{border-bottom:1px solid #333;vertical-align:middle}"
                   "th{border-bottom:1.5px solid #000}th.c1{width:3%}",
    "rules-above": "table{border-collapse:collapse}td{border-top:1px solid #555;vertical-align:middle}"
                   "th{border-top:1.5px solid #000;border-bottom:1.5px solid #000;vertical-align:middle}",
    "boxed-rows": "table{border-collapse:separate;border-spacing:0 4px}"
                  "th,td{border-top:1px solid #444;border-bottom:1px solid #444;vertical-align:middle}"
                  "th:first-child,td:first-child{border-left:1px solid #444}"
                  "th:last-child,td:last-child{border-right:1px solid #444}",
    "booktabs": "table{border-collapse:collapse;border-top:2px solid #000;border-bottom:2px solid #000}"
                "th{border-bottom:1px solid #000}td{vertical-align:top}",
    "stripes": "table{border-collapse:collapse}td,th{vertical-align:middle}"
               "tbody tr:nth-child(odd){background:#e4e4e4}th{background:#c8c8c8}",
}  # fmt: skip
REPEATS_HEADER = {"rules-under", "boxed-rows", "booktabs", "stripes"}  # a <thead>: Chromium prints it on every page


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def page(layout: str, rows: Sequence[Sequence[str]]) -> str:
    lines = make_unseen9.notice_lines(
        "衢州市", "衢人社发〔2025〕21号", "2025年6月16日", "衢州市国际职业资格比照认定职称目录（第一批）"
    )
    head = "<tr>" + "".join(f'<th class="c{i + 1}">{_esc(h)}</th>' for i, h in enumerate(HEADS)) + "</tr>"
    body = "".join("<tr>" + "".join(f'<td class="c{i + 1}">{_esc(c)}</td>' for i, c in enumerate(r)) + "</tr>\n"
                   for r in rows)  # fmt: skip
    table = (f"<table><thead>{head}</thead><tbody>{body}</tbody></table>" if layout in REPEATS_HEADER
             else f"<table><tbody>{head}{body}</tbody></table>")  # fmt: skip
    text = "".join(f"<p>{_esc(x)}</p>\n" for x in lines[:6])
    annex = f"<p>{_esc(lines[6])}</p>\n<p style='text-align:center;font-weight:bold'>{_esc(lines[7])}</p>\n"
    cc = "<p style='margin-top:4px'>抄送：省人力资源和社会保障厅专业技术人员管理处。</p>"
    return (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{_esc(lines[1])}</title>"
            f"<style>{BASE}{LAYOUTS[layout]}</style></head><body>\n{text}{annex}{table}\n{cc}</body></html>\n")  # fmt: skip


def _maker(layout: str) -> Callable[[Path], list[Made]]:
    def make(tmp: Path) -> list[Made]:
        rows = numbered(pick(T, *SEQS))
        src = tmp / f"{layout}.html"
        src.write_text(page(layout, rows), encoding="utf-8")
        chromium_pinned(src, OUT / f"{layout}.pdf", tmp)
        return [Made(layout, catalog_truth(rows))]

    make.__name__ = layout.replace("-", "_")
    return make


HRULES = ('<w:top w:val="single" w:sz="12" w:color="000000"/><w:bottom w:val="single" w:sz="12" w:color="000000"/>'
          '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:left w:val="nil"/><w:right w:val="nil"/>'
          '<w:insideV w:val="nil"/>')  # fmt: skip


def libreoffice_hrules(tmp: Path) -> list[Made]:
    rows = numbered(pick(T, *range(21, 45)))
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Noto Sans CJK SC", Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    lines = make_unseen9.notice_lines(
        "温州市", "温人社发〔2024〕7号", "2024年3月8日", "温州市国际职业资格比照认定职称目录（第二批）"
    )
    for text in lines:
        doc.add_paragraph(text)
    heads = ("序号", "国际职业资格名称", "中文名称", "发证机构", "可认定职称", "职称系列")
    widths = (Cm(1.1), Cm(4.0), Cm(3.0), Cm(4.6), Cm(1.9), Cm(1.9))
    table = doc.add_table(rows=1 + len(rows), cols=6)
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{HRULES}</w:tblBorders>"))
    for i, row in enumerate([heads, *rows]):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            cell.width, cell.text, cell.vertical_alignment = widths[j], text, WD_ALIGN_VERTICAL.CENTER
    src = OUT / "libreoffice-hrules.docx"
    doc.save(str(src))
    pdf = docx_to_libreoffice(src, OUT / "libreoffice-hrules.pdf")
    pin_pdf(pdf)
    truth = catalog_truth(rows)
    return [Made("libreoffice-hrules", truth)]


DOCUMENTS = (*(_maker(layout) for layout in LAYOUTS), libreoffice_hrules)


def main() -> int:
    """Write every document (or the named ones) and its truth file."""
    return make_unseen9.write_round(DOCUMENTS, [name.replace("-", "_") for name in sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
