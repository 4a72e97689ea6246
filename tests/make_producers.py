"""Regenerate tests/fixtures/producers: catalogs of three unseen cities, printed by other PDF producers.

    .venv/bin/python tests/make_producers.py

Each city's catalog mixes and re-orders real rows of the two bundled notices, worded as another
city would (issuer forms, German names typed with hyphens, other header wording), inside a
notice's text (文号, title, bureau, date). Each catalog is printed by:

    wkhtmltopdf (Qt WebKit)     HTML with border-collapse tables
    weasyprint                  HTML
    chromium                    HTML (Skia)
    libreoffice-zenhei-*        DOCX, East Asian font WenQuanYi Zen Hei, narrow columns
    libreoffice-uming-*         DOCX, East Asian font AR PL UMing CN, narrow columns
    ghostscript                 the libreoffice-zenhei PDF re-distilled by gs pdfwrite

Next to each PDF: <name>.truth.json ({"header", "rows"}, every cell as printed); the HTML and
DOCX sources are kept. Dates, document ids and XMP uuids in the PDFs are pinned afterwards
(same-length byte edits, so xref offsets stay valid) to make reruns byte-stable where the
producer writes them uncompressed. Needs wkhtmltopdf, gs, soffice, chromium, and WeasyPrint in
the venv (not a project dependency: `.venv/bin/pip install weasyprint`).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from make_documents import DocxLayout, chromium_to_pdf, equal_runs, soffice_to_pdf, write_catalog_docx  # noqa: E402

from tests.notices import load_truth  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "producers"
EPOCH = "1678870800"  # 2023-03-15 09:00 UTC, for tools that honour SOURCE_DATE_EPOCH
# QT_HASH_SEED: wkhtmltopdf writes its fonts in QHash order, random per run otherwise.
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "QT_HASH_SEED": "0"}
PINNED_DATE = b"20230315090000"
PINNED_ISO = b"2023-03-15T09:00:00"

# A row picked from a bundled notice: (notice, 序号 there, {column index: new cell}).
Pick = tuple[str, int, Mapping[int, str]]
T, W = "taizhou-2022-30", "wuxi-2021-49"
DIHK = "德国工商大会 (DIHK)"


@dataclass(frozen=True)
class City:
    """One unseen city's notice: its wording, its catalog and how its pages look."""

    slug: str
    name: str
    doc_no: str
    bureau: str
    date: str
    header: tuple[str, ...]
    picks: tuple[Pick, ...]
    font: str  # HTML font family
    col_widths_pct: tuple[int, ...]
    landscape_html: bool = False
    break_before_annex: bool = True
    docx_widths_cm: tuple[float, ...] = (1.0, 3.0, 2.6, 3.8, 1.9, 2.2)
    zenhei_landscape: bool = False  # the UMing DOCX takes the other orientation
    issuer_forms: Mapping[str, str] = field(default_factory=dict)
    series_forms: Mapping[str, str] = field(default_factory=dict)
    rows: tuple[tuple[str, ...], ...] = ()  # rows written out, instead of picks (tests/make_scans.py's held-out scan)

    @property
    def title(self) -> str:
        return f"关于公布{self.name}国际职业资格比照认定职称目录（第一批）的通知"

    @property
    def annex(self) -> str:
        return f"{self.name}国际职业资格比照认定职称目录（第一批）"


SUZHOU = City(
    slug="suzhou", name="苏州市", doc_no="苏人社发〔2023〕12号", bureau="苏州市人力资源和社会保障局",
    date="2023年3月15日", header=("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"),
    picks=(
        (T, 21, {}), (T, 22, {}), (T, 29, {}), (T, 46, {}), (T, 23, {3: "American Society for Metals"}),
        (T, 30, {}), (T, 31, {}), (T, 26, {}), (T, 28, {}), (T, 33, {}),
        (T, 34, {1: "Elektroniker/-in für Maschinen- und Antriebstechnik"}),
        (T, 35, {1: "Elektroniker/-in für Betriebstechnik"}), (T, 36, {}), (T, 37, {}), (T, 38, {}),
        (T, 39, {1: "Kraftfahrzeug-mechatroniker/-in"}), (T, 40, {}), (T, 41, {}), (T, 42, {}),
        (W, 14, {5: "电子信息工程"}), (W, 57, {}), (W, 58, {}), (W, 59, {}), (W, 60, {}), (T, 52, {}),
    ),
    font="Noto Sans CJK SC", col_widths_pct=(6, 24, 17, 25, 12, 16),
    issuer_forms={"DIHK": DIHK, "(德国工商大会, 简称 DIHK) Deutscher Industrie- und Handelskammertag": DIHK},
)
NANTONG = City(
    slug="nantong", name="南通市", doc_no="通人社规〔2023〕5号", bureau="南通市人力资源和社会保障局",
    date="2023年6月28日",
    header=("序号", "职业资格名称", "译名", "颁证单位（国家）", "可认定专业技术资格", "所属系列（专业）"),
    picks=(
        (W, 4, {}), (W, 5, {}), (W, 6, {}), (W, 9, {}), (W, 18, {}), (W, 19, {}), (W, 10, {}), (W, 12, {}),
        (W, 37, {}), (W, 39, {}), (W, 41, {}), (W, 51, {}), (W, 52, {}), (W, 54, {}), (W, 55, {}), (W, 56, {}),
    ),
    font="Noto Serif CJK SC", col_widths_pct=(7, 22, 20, 25, 14, 12), break_before_annex=False,
    docx_widths_cm=(1.1, 3.2, 3.0, 3.6, 2.4, 2.0), zenhei_landscape=True,
    issuer_forms={
        "美国绿色建筑委员会 (U.S. Green Building Council)": "美国绿色建筑委员会（U.S. Green Building Council）",
        "英国皇家特许建造协会 (Chartered Institute of Building)": "英国皇家特许建造学会（CIOB）",
        "美国材料信息协会 (ASM International)": "美国材料信息学会（ASM International）",
    },
    series_forms={"建设工程": "建筑工程"},
)
HANGZHOU = City(
    slug="hangzhou", name="杭州市", doc_no="杭人社发〔2022〕88号", bureau="杭州市人力资源和社会保障局",
    date="2022年11月9日", header=("序号", "职业资格名称", "译名", "发证机构", "可评定职称", "职称系列"),
    picks=(
        (T, 1, {}), (T, 3, {}), (T, 4, {}), (T, 6, {}), (T, 7, {}), (T, 13, {}), (T, 15, {}),
        (T, 17, {}), (T, 19, {}), (T, 20, {}), (T, 47, {}), (T, 48, {}), (T, 49, {1: "AIChE Member"}),
    ),
    font="WenQuanYi Micro Hei", col_widths_pct=(6, 26, 16, 26, 12, 14), landscape_html=True,
    docx_widths_cm=(1.0, 3.4, 2.4, 3.4, 2.2, 2.0),
    issuer_forms={
        "美国临床研究专业协会 (Association of Clinical Research Professionals)": "美国临床研究专业协会（ACRP）",
        "美国临床病理学学会 (American Society for Clinical Pathology)": "美国临床病理学会（ASCP）",
        "美国国家药房联合会 (The National Association of Boards of Pharmacy)":
            "美国国家药房理事会协会 (National Association of Boards of Pharmacy)",
    },
    series_forms={"石油化工工程": "化学工程"},
)
CITIES = (SUZHOU, NANTONG, HANGZHOU)
# A catalog whose issuer, title and series cells are merged over runs of equal values (HTML
# rowspan), printed by Chromium only: a merged cell is drawn once, its text centred, without the
# rulings between the rows it covers, and some run over a page break. One issuer is left empty
# by the notice, just below a merged one: ruled off, it must stay empty.
YANGZHOU = City(
    slug="yangzhou", name="扬州市", doc_no="扬人社发〔2024〕9号", bureau="扬州市人力资源和社会保障局",
    date="2024年4月2日", header=("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"),
    picks=(
        (W, 4, {}), (W, 5, {}), (W, 6, {}), (W, 7, {}), (W, 8, {}), (W, 9, {}),
        (W, 10, {}), (W, 11, {}), (W, 12, {}), (W, 13, {}), (W, 14, {}), (W, 15, {}), (W, 16, {}), (W, 17, {}),
        (W, 18, {}), (W, 19, {}), (T, 1, {}), (T, 2, {}), (T, 3, {}), (T, 4, {}), (T, 5, {}), (W, 28, {3: ""}),
        (T, 11, {}), (T, 12, {}), (T, 13, {}), (T, 14, {}), (T, 15, {}),
        (W, 37, {}), (W, 38, {}), (W, 39, {}), (W, 40, {}), (W, 41, {}), (W, 42, {}), (W, 43, {}),
        (W, 25, {}), (W, 26, {}), (W, 27, {}),
    ),
    font="Noto Sans CJK SC", col_widths_pct=(6, 24, 17, 25, 12, 16),
)
ROWSPAN_COLUMNS = (3, 4, 5)


def city_to_rows(city: City) -> list[list[str]]:
    """The city's catalog rows: picked rows, renumbered, in the city's wording (or its own rows)."""
    if city.rows:
        return [list(row) for row in city.rows]
    sources = {name: {row[0]: row for row in load_truth(name)["rows"]} for name in (T, W)}
    rows = []
    for seq, (notice, old, changes) in enumerate(city.picks, start=1):
        row = list(sources[notice][str(old)])
        row[0] = str(seq)
        row[3] = city.issuer_forms.get(row[3], row[3])
        row[5] = city.series_forms.get(row[5], row[5])
        for column, cell in changes.items():
            row[column] = cell
        rows.append(row)
    return rows


def notice_paragraphs(city: City) -> list[str]:
    """The notice's text before the annex: addressees, body, attachment line, bureau, date."""
    return [
        "各县级市（区）人力资源和社会保障局，各有关单位：",
        f"为深入实施人才强市战略，畅通国际化人才职称评价渠道，根据省人力资源社会保障厅有关文件精神，"
        f"经研究，现将《{city.annex}》予以公布。取得目录内职业资格的专业技术人员，可按规定直接认定相应职称，"
        "并可作为参加高一级职称评审的条件。",
        "目录实行动态调整。各地、各单位在执行中遇到的问题，请及时向我局职称管理部门反映。",
        f"附件：{city.annex}",
        city.bureau,
        city.date,
    ]


def city_to_html(city: City, path: Path, merged: Sequence[int] = (), separate: bool = False) -> Path:
    """Write the notice as one HTML page: text, then the annex with the catalog table. In the
    `merged` columns a run of equal cells is printed as one cell (rowspan); empty cells never.
    `separate`: each cell drawn in its own box (border-collapse:separate), rows free to break."""
    head = "".join(f"<th style='width:{w}%'>{html.escape(h)}</th>" for h, w in zip(city.header, city.col_widths_pct))
    rows = city_to_rows(city)
    spans = {c: {start: end - start for start, end in equal_runs(rows, c) if rows[start][c]} for c in merged}
    covered = {(i, c) for c, runs in spans.items() for start, n in runs.items() for i in range(start + 1, start + n)}
    body = "".join(
        "<tr>" + "".join(
            (f"<td rowspan='{spans[c][i]}'>" if i in spans.get(c, {}) else "<td>") + f"{html.escape(cell)}</td>"
            for c, cell in enumerate(row) if (i, c) not in covered
        ) + "</tr>\n"
        for i, row in enumerate(rows)
    )  # fmt: skip
    text = notice_paragraphs(city)
    page = "A4 landscape" if city.landscape_html else "A4"
    style = (
        f"@page{{size:{page};margin:20mm}}"
        f"body{{font-family:'{city.font}',sans-serif;font-size:10.5pt;line-height:1.4}}"
        "h1{font-size:16pt;text-align:center;font-weight:bold}.no{text-align:center}.sign{text-align:right}"
        f"table{{border-collapse:{'separate' if separate else 'collapse'};width:100%;table-layout:fixed}}"
        "thead{display:table-header-group}" + ("" if separate else "tr{page-break-inside:avoid}") + "td,th{border:1px solid #000;padding:3px 4px;vertical-align:middle;"
        "word-wrap:break-word;overflow-wrap:break-word}th{text-align:center;font-weight:bold}"
        ".annex{" + ("page-break-before:always" if city.break_before_annex else "margin-top:2em") + "}"
    )
    paragraphs = "".join(f"<p>{html.escape(t)}</p>" for t in text[:-2])
    path.write_text(
        "<!doctype html>\n<html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<title>{html.escape(city.title)}</title><style>{style}</style></head><body>\n"
        f"<p class='no'>{html.escape(city.doc_no)}</p><h1>{html.escape(city.title)}</h1>\n{paragraphs}\n"
        f"<p class='sign'>{html.escape(text[-2])}</p><p class='sign'>{html.escape(text[-1])}</p>\n"
        f"<div class='annex'><p>附件</p><h2 style='text-align:center;font-size:14pt'>{html.escape(city.annex)}</h2>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table></div>\n</body></html>\n",
        encoding="utf-8",
    )
    return path


def city_to_docx(city: City, path: Path, east_asian_font: str, landscape: bool) -> Path:
    """Write the notice as DOCX: centered 文号 and title, text, the annex on a new page, the catalog."""
    intro = "\n".join([city.doc_no, city.title, *notice_paragraphs(city), "附件", city.annex])
    widths = city.docx_widths_cm
    if landscape:
        widths = tuple(round(w * 1.4, 1) for w in widths)
    layout = DocxLayout(landscape=landscape, font_pt=10.5, col_widths_cm=widths, intro=intro)
    write_catalog_docx(path, city.header, city_to_rows(city), layout)
    document = docx.Document(str(path))
    normal = document.styles["Normal"]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), east_asian_font)
    paragraphs = document.paragraphs
    for index in (0, 1, len(paragraphs) - 1):
        paragraphs[index].alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraphs[1].runs[0].bold = True
    for paragraph in paragraphs[6:8]:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraphs[8].paragraph_format.page_break_before = True
    document.core_properties.created = document.core_properties.modified = _fixed_datetime()
    document.core_properties.author = document.core_properties.last_modified_by = city.bureau
    document.save(str(path))
    _pin_zip(path)
    return path


def _pin_zip(path: Path) -> None:
    """Rewrite a zip with fixed entry dates, so the DOCX is byte-stable."""
    with zipfile.ZipFile(path) as old:
        entries = [(info.filename, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in entries:
            new.writestr(zipfile.ZipInfo(name, date_time=(2023, 3, 15, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _fixed_datetime() -> datetime:
    return datetime(2023, 3, 15, 9, 0, tzinfo=timezone.utc)


def _run(args: Sequence[str]) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=300, env=ENV)


def html_to_wkhtmltopdf(src: Path, out: Path, city: City) -> Path:
    """Print with wkhtmltopdf (Qt WebKit; this build's unpatched Qt always fits the page width)."""
    orientation = "Landscape" if city.landscape_html else "Portrait"
    _run(["wkhtmltopdf", "--quiet", "--encoding", "utf-8", "-s", "A4", "-O", orientation,
          "-T", "20mm", "-B", "20mm", "-L", "20mm", "-R", "20mm", str(src), str(out)])  # fmt: skip
    return out


def html_to_weasyprint(src: Path, out: Path, city: City) -> Path:
    """Print with WeasyPrint (pydyf)."""
    _run([sys.executable, "-m", "weasyprint", "--quiet", str(src), str(out)])
    return out


def html_to_chromium(src: Path, out: Path, city: City) -> Path:
    """Print with headless Chromium (Skia)."""
    return chromium_to_pdf(src, out)


def pdf_to_ghostscript(src: Path, out: Path) -> Path:
    """Re-distill a PDF with Ghostscript's pdfwrite."""
    _run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-o", str(out), str(src)])
    return out


def docx_to_libreoffice(src: Path, out: Path) -> Path:
    """Print a DOCX with LibreOffice (its own PDF writer)."""
    with tempfile.TemporaryDirectory() as tmp:
        made = soffice_to_pdf(src, Path(tmp))
        out.write_bytes(made.read_bytes())
    return out


def pin_pdf(path: Path) -> None:
    """Pin dates, /ID and XMP uuids written in the clear, keeping every byte offset."""
    data = path.read_bytes()
    seed = hashlib.sha256(path.name.encode()).hexdigest()
    data = re.sub(rb"D:\d{14}", b"D:" + PINNED_DATE, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", PINNED_ISO, data)
    data = re.sub(rb"(?i)uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  b"uuid:" + str(uuid.UUID(seed[:32])).encode(), data)  # fmt: skip

    data = re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: _pin_hex(m.group(0), seed.upper(), rb"/([0-9A-F]+)"), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>", lambda m: _pin_hex(m.group(0), seed), data)
    path.write_bytes(data)


def pack_pinned(pdf: Path, out: Path) -> Path:
    """A print pinned (dates, /ID, in the clear) and packed by qpdf with a deterministic /ID at `out`."""
    pin_pdf(pdf)
    subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", "--recompress-flate",
                    "--compression-level=9", str(pdf), str(out)], check=True)  # fmt: skip
    return out


def chromium_pinned(src: Path, out: Path, tmp: Path) -> Path:
    """Chromium's print of the page `src` at `out`, pinned and packed (`pack_pinned`); `tmp` holds the raw print."""
    raw = tmp / f"{out.stem}.raw.pdf"
    chromium_to_pdf(src, raw)
    return pack_pinned(raw, out)


def _pin_hex(text: bytes, seed: str, pattern: bytes = rb"<([0-9A-Fa-f]+)>") -> bytes:
    """Text with each hex string matched by pattern's group 1 replaced by one of the same length."""

    def pinned(match: re.Match[bytes]) -> bytes:
        start, end = match.span(1)
        whole = match.group(0)
        offset = match.start(0)
        return whole[: start - offset] + (seed * 4)[: end - start].encode() + whole[end - offset :]

    return re.sub(pattern, pinned, text)


def write_truth(path: Path, city: City) -> None:
    """The truth file next to a PDF, in the bundled notices' format."""
    data = {"header": list(city.header), "rows": city_to_rows(city)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


HtmlPrinter = Callable[[Path, Path, City], Path]
HTML_PRODUCERS: dict[str, HtmlPrinter] = {
    "wkhtmltopdf": html_to_wkhtmltopdf,
    "weasyprint": html_to_weasyprint,
    "chromium": html_to_chromium,
}


def city_to_pdfs(city: City) -> list[Path]:
    """Every producer's PDF of one city, each with its truth file; the sources stay beside them."""
    html_src = city_to_html(city, OUT / f"{city.slug}.html")
    made = [printer(html_src, OUT / f"{city.slug}-{name}.pdf", city) for name, printer in HTML_PRODUCERS.items()]
    zenhei_orientation = "landscape" if city.zenhei_landscape else "portrait"
    uming_orientation = "portrait" if city.zenhei_landscape else "landscape"
    for font, short, orientation in (("WenQuanYi Zen Hei", "zenhei", zenhei_orientation),
                                     ("AR PL UMing CN", "uming", uming_orientation)):  # fmt: skip
        stem = f"{city.slug}-libreoffice-{short}-{orientation}"
        src = city_to_docx(city, OUT / f"{stem}.docx", font, orientation == "landscape")
        made.append(docx_to_libreoffice(src, OUT / f"{stem}.pdf"))
    made.append(pdf_to_ghostscript(made[-2], OUT / f"{city.slug}-ghostscript.pdf"))
    for pdf in made:
        pin_pdf(pdf)
        write_truth(pdf.with_suffix(".truth.json"), city)
    return made


def rowspan_to_pdfs(city: City) -> list[Path]:
    """The city's catalog with merged cells (ROWSPAN_COLUMNS), printed by Chromium with collapsed
    borders and with each cell in its own box, each with its truth; the sources stay beside them."""
    made = []
    for suffix, separate in (("", False), ("-separate", True)):
        src = city_to_html(city, OUT / f"{city.slug}-rowspan{suffix}.html", ROWSPAN_COLUMNS, separate)
        pdf = html_to_chromium(src, OUT / f"{city.slug}-chromium-rowspan{suffix}.pdf", city)
        pin_pdf(pdf)
        write_truth(pdf.with_suffix(".truth.json"), city)
        made.append(pdf)
    return made


# The bundled DOCX notices with narrower columns (cm, per column), printed by LibreOffice: words
# longer than a column wrap mid-word, and rows split over page breaks inside a word. Found by
# probing; each was published wrong with exit 0 before: "(AssocRIC|S)", "Engineers(I|ME))",
# "PE Mechanical|: HVAC".
NARROW: dict[str, tuple[str, tuple[float, ...]]] = {
    "wuxi-libreoffice-narrow": ("wuxi-2021-49", (1, 2.2, 2, 3, 1.5, 1.5)),
    "wuxi-libreoffice-narrower": ("wuxi-2021-49", (0.9, 2.4, 2.4, 2.4, 1.2, 1.4)),
    "taizhou-libreoffice-narrow": ("taizhou-2022-30", (1, 2.2, 2, 3, 1.5, 1.5)),
}


def bundled_with_narrow_columns(stem: str, notice: str, widths: Sequence[float]) -> Path:
    """The bundled notice's DOCX with its table's columns set to `widths`, printed by LibreOffice."""
    from docx.shared import Cm

    document = docx.Document(str(ROOT / "raw" / f"{notice}.docx"))
    table = document.tables[0]
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(round(width * 567)))  # twentieths of a point
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        document.save(str(src))
        pdf = docx_to_libreoffice(src, OUT / f"{stem}.pdf")
    pin_pdf(pdf)
    truth = load_truth(notice)
    pdf.with_suffix(".truth.json").write_text(
        json.dumps({"header": truth["header"], "rows": truth["rows"]}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return pdf


def main() -> None:
    """Rebuild the whole folder."""
    OUT.mkdir(parents=True, exist_ok=True)
    slugs = tuple(f"{city.slug}-" for city in (*CITIES, YANGZHOU)) + tuple(f"{city.slug}." for city in CITIES)
    for old in OUT.iterdir():  # only what this script makes: documents added by hand stay
        if old.is_file() and old.name.startswith(slugs):
            old.unlink()
    for city in CITIES:
        for pdf in city_to_pdfs(city):
            print(f"{pdf.relative_to(ROOT)}  {pdf.stat().st_size // 1024} KiB")
    for pdf in rowspan_to_pdfs(YANGZHOU):
        print(f"{pdf.relative_to(ROOT)}  {pdf.stat().st_size // 1024} KiB")
    for stem, (notice, widths) in NARROW.items():
        pdf = bundled_with_narrow_columns(stem, notice, widths)
        print(f"{pdf.relative_to(ROOT)}  {pdf.stat().st_size // 1024} KiB")
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"total {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
