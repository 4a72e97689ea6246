"""Regenerate tests/fixtures/unseen29: a blind probe round of Word documents and web pages as Word, WPS and editors really write them (markup inside cells).

    .venv/bin/python tests/make_unseen29.py              # every document (and README.txt)
    .venv/bin/python tests/make_unseen29.py benxi        # only these

Whole notices (文号, title with 第N批, addressees, intro, closing words, bureau, date, 附件, annex title, the
table and the words under it) in cities no earlier round used (盘锦, 朝阳, 葫芦岛, 本溪, 沈阳, 通化, 白山, 松原,
白城, 辽源, 黑河, 鹤岗), each a catalog in a ruled table whose cells carry ONE kind of markup that Word, WPS or a web
editor really writes; every body and qualification real (rows of the bundled notices come by `pick`; the
others are the bodies and qualifications tests/make_unseen23.py already uses, and 日商簿記検定1級 of 日本商工会議所
for the furigana). Every one is a catalog: published exactly as its truth, or held back loudly. The truth is
the text a reader of the displayed or printed notice takes from each cell: annotations over the text (ruby),
field codes, comments, note reference marks and layout elements are no characters of a cell.

    panjin-zhuyin.docx / -libreoffice.pdf    Word phonetic guides (w:ruby): pinyin (w:rt) over 译名 characters
                                (kuài over 会 in 会计师, tè xǔ over 特许, shěn jì over 审计, jīn róng over 金融),
                                furigana over a Japanese name (日商簿記検定1級, にっしょうぼきけんてい over 日商簿記検定).
                                Truth: the base text, no annotation.
    chaoyang-zhuyin.html / -chromium.pdf     <ruby>会<rp>(</rp><rt>kuài</rt><rp>)</rp>…</ruby> over 译名 words and a
                                body's name, furigana over 日商簿記検定1級, one ruby without <rp>. Truth: the base
                                text, no annotation, no brackets.
    huludao-yu.docx / -libreoffice.pdf       fields: 序号 as SEQ fields (complex w:fldChar begin / instrText /
                                separate / cached result / end, and w:fldSimple), a REF field repeating row 1's
                                bookmarked body in rows 2-3, HYPERLINK fields around bodies' English names, a
                                DOCVARIABLE field whose cached result 工程师 is what Word shows. Truth: the cached
                                results.
    benxi-zaxiang.docx / -libreoffice.pdf    what Word and WPS leave in runs: w:hyperlink around a name,
                                bookmarkStart/End (_GoBack, _Hlk…), proofErr, a smartTag, permStart/permEnd,
                                lastRenderedPageBreak, runs split mid-word by rsid, w:softHyphen and
                                w:noBreakHyphen inside German names, a w:tab inside a cell. Truth: the plain text
                                (a non-breaking hyphen is a hyphen, an optional hyphen nothing, the tab a space).
    shenyang-pizhu.docx / -libreoffice.pdf   a reviewer's comments anchored in cells (commentRangeStart/End,
                                commentReference, word/comments.xml: 请核实英文名称, 对应职称是否为助理工程师？, …);
                                LibreOffice prints no comments. Truth: the cells without the comments' text.
    tonghua-jiaozhu.docx / -libreoffice.pdf  w:footnoteReference after two 对应职称 and two bodies' names (notes at
                                the page foot, word/footnotes.xml) and w:endnoteReference after a name (the note
                                at the end). Truth: the cells without the reference marks; the notes no rows.
    baishan-strict.docx / -libreoffice.pdf   the catalog saved as Strict Open XML (ISO/IEC 29500 Strict:
                                purl.oclc.org namespaces and relationship types, w:conformance="strict").
                                Truth: the catalog (held back with a clear reason acceptable).
    songyuan-hong.docm / -libreoffice.pdf    a macro-enabled Word document (.docm, the macroEnabled main
                                content type; no macros saved in it). Truth: the catalog (held back with a
                                reason acceptable).
    baicheng-yemei.docx / -libreoffice.pdf   the catalog's header row as a one-row table in the page header
                                (word/header1.xml, repeated on each page), the body's table only data rows.
                                Truth: the rows under the header shown in the header (held back acceptable).
    liaoyuan-biaoji.html / -chromium.pdf     web-page markup in cells: <sup><a href="#fn1">1</a></sup> note
                                marks, <abbr title=…>, <wbr> and &shy; inside long names, aria-hidden icons, a
                                <template> and a <noscript> holding an old table, and the last rows in a closed
                                <details> (<summary>展开更多</summary>). Truth: see its why.
    heihe-wps.docx / -libreoffice.pdf        a WPS-written table: wpsCustomData extension elements in w:tblPr,
                                East Asian font settings, w:snapToGrid, w:kern, the series merged down in cells
                                with w:textDirection tbRlV (vertical), w:fitText and character scale w:w 80.
                                Truth: the plain text, the merged series for each of its rows.
    hegang-muban.dotx / -libreoffice.pdf     the catalog in a Word template (.dotx, the template main content
                                type), as a clerk saved it "as template". Truth: the catalog (held back with a
                                reason acceptable).

Rows beyond the bundled notices and tests/make_unseen23.py: 日商簿記検定1級 of 日本商工会議所 (the Japanese name
the furigana needs; its 译名 日本商工会议所簿记检定一级, 会计师 and 会计系列 are this round's own) in panjin and
chaoyang, and Certified Public Accountant (CPA) of the AICPA (printed in make_unseen9's and make_unseen12's
tables) in chaoyang. heihe's wpsCustomData element in w:tblPr follows WPS's extension namespace but is not
copied from a WPS file. huludao first had an IF field as the one whose cached result Word shows; LibreOffice
printed it empty, so a DOCVARIABLE field (LibreOffice prints its cached result) took its place.

DOCX packages written member by member here (document, styles, settings and each part this round needs;
zip dates pinned), printed by LibreOffice; pages printed by Chromium; every print pinned and packed
(tests/make_producers.py pack_pinned, qpdf). Beside each document and each print, <stem>.truth.json, written
before the pipeline ever read the document: {"header", "rows"} as tests/make_unseen9.py writes it, plus
"why" saying what the document shows and what is expected.
"""

from __future__ import annotations

import html
import re
import shutil
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import make_unseen24  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import CSS, Made, Row, T, W, html_page, pick  # noqa: E402
from make_unseen22 import CATALOG_HEADER  # noqa: E402
from make_unseen23 import (  # noqa: E402
    ACCA,
    AWS,
    CFA,
    CIMA,
    CPAA,
    GARP,
    IIA,
    IMA,
    IMECHE,
    IPMA,
    ISACA,
    NCEES,
    PMI,
    RICS,
    _truth,
)  # fmt: skip

OUT = ROOT / "tests" / "fixtures" / "unseen29"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here

ENG, ECO, ACC, AUD = "工程系列", "经济系列", "会计系列", "审计系列"
JCCI = "日本商工会议所 (The Japan Chamber of Commerce and Industry)"
ZIP_DATE = (2025, 5, 20, 8, 0, 0)
WIDTHS = (1.0, 4.4, 3.2, 4.2, 2.2, 2.0)  # cm, 17.0 = the text width of A4 with 2 cm margins

# --- DOCX written member by member -----------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAIN_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
MAIN_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{esc(text)}</w:t>'


def r(text: str, rpr: str = "") -> str:
    """A run of plain text (its w:rPr children given as markup)."""
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(inner: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


Cell = str  # a cell as given: plain text, or runs' markup when it starts with "<"


def _cell_xml(value: Cell, width_cm: float, tcpr: str = "", ppr: str = "") -> str:
    runs = value if value.startswith("<") else (r(value) if value else "")
    return (f'<w:tc><w:tcPr><w:tcW w:w="{round(width_cm * 567)}" w:type="dxa"/>{tcpr}'
            f'<w:vAlign w:val="center"/></w:tcPr>{para(runs, ppr)}</w:tc>')  # fmt: skip


BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip


def table_xml(rows: Sequence[Sequence[Cell]], widths: Sequence[float] = WIDTHS, tblpr_extra: str = "",
              tcpr: dict[tuple[int, int], str] | None = None, ppr: str = "", header_rows: int = 1,
              trpr: str = "") -> str:  # fmt: skip
    """A ruled table: every cell's value, widths in the grid and the cells, `tcpr` extra cell properties
    by (row, column) (vMerge, textDirection), no row split across pages, the first `header_rows` rows repeated
    as a header."""
    grid = "".join(f'<w:gridCol w:w="{round(w * 567)}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{round(sum(widths) * 567)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/>{tblpr_extra}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']  # fmt: skip
    for i, row in enumerate(rows):
        head = "<w:tblHeader/>" if i < header_rows else ""
        props = f"<w:trPr><w:cantSplit/>{head}{trpr}</w:trPr>"
        cells = "".join(_cell_xml(v, widths[c], (tcpr or {}).get((i, c), ""), ppr) for c, v in enumerate(row))
        out.append(f"<w:tr>{props}{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def body_xml(lines: Sequence[str], table: str, after: Sequence[str] = ()) -> str:
    """The notice's paragraphs (文号 and title centred, the title bold and larger, the bureau and date to the
    right), the table, the lines after it."""
    out = []
    for i, line in enumerate(lines):
        if i == 0 or line.startswith("关于"):
            out.append(para(r(line, '<w:b/><w:sz w:val="28"/>' if i else ""), '<w:jc w:val="center"/>'))
        elif line.endswith("人力资源和社会保障局") or re.fullmatch(r"\d{4}年\d+月\d+日", line):
            out.append(para(r(line), '<w:jc w:val="right"/>'))
        elif i == len(lines) - 1:
            out.append(para(r(line, "<w:b/>"), '<w:spacing w:after="120"/><w:jc w:val="center"/>'))
        else:
            out.append(para(r(line), '<w:ind w:firstLine="420"/>' if len(line) > 30 else ""))
    out.append(table)
    out.extend(para(r(line)) for line in after)
    return "".join(out)


SECT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:linePitch="312"/>')  # fmt: skip

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" '
          'w:eastAsia="Noto Serif CJK SC" w:cs="Liberation Serif"/><w:sz w:val="21"/><w:szCs w:val="21"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
          '<w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
          '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
          '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
          '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
          '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
          '</w:styles>')  # fmt: skip


def _settings(extra: str = "") -> str:
    """settings.xml; `extra` (w:footnotePr, w:endnotePr, w:docVars) put in the schema's place: the note
    properties before w:compat, the variables after it."""
    notes = "".join(re.findall(r"<w:(?:footnotePr|endnotePr)>.*?</w:(?:footnotePr|endnotePr)>", extra))
    rest = extra.replace(notes, "") if notes else extra
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W_NS}">'
            f'<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>{notes}'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            f'w:val="15"/></w:compat>{rest}<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')  # fmt: skip


def _core(title: str, author: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-05-20T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-05-20T08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')  # fmt: skip


def _app(application: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><Application>{esc(application)}</Application>'
            '<DocSecurity>0</DocSecurity><Pages>1</Pages></Properties>')  # fmt: skip


def write_docx(path: Path, body: str, *, title: str, parts: dict[str, tuple[str, str, str]] | None = None,
               sect_extra: str = "", settings_extra: str = "", main_type: str = MAIN_DOCX,
               root_attrs: str = "", application: str = "Microsoft Office Word", author: str = "人社局",
               links: Sequence[str] = ()) -> None:  # fmt: skip
    """A Word package: word/document.xml of `body` (and the section, `sect_extra` before its page size),
    styles, settings, the extra `parts` (member name → (content type, relationship type, xml)), the
    document's relationships (rId1 styles, rId2 settings, then the parts as rId3 … in order, the external
    `links` as rIdLink1 …), core and app
    properties; zip dates pinned."""
    parts = parts or {}
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
                f'xmlns:r="{R_NS}"{root_attrs}><w:body>{body}<w:sectPr>{sect_extra}{SECT}</w:sectPr>'
                '</w:body></w:document>')  # fmt: skip
    rels = [("rId1", f"{REL}/styles", "styles.xml"), ("rId2", f"{REL}/settings", "settings.xml")]
    rels += [(f"rId{i}", rel, name.removeprefix("word/")) for i, (name, (_, rel, _)) in enumerate(parts.items(), 3)]
    rels += [(f"rIdLink{i}", f"{REL}/hyperlink", f'{url}" TargetMode="External') for i, url in enumerate(links, 1)]
    overrides = [("/word/document.xml", main_type), ("/word/styles.xml", f"{WML}.styles+xml"),
                 ("/word/settings.xml", f"{WML}.settings+xml"),
                 *((f"/{name}", ctype) for name, (ctype, _, _) in parts.items()),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]  # fmt: skip
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
             'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides) + "</Types>")  # fmt: skip

    def relationships(items: Sequence[tuple[str, str, str]]) -> str:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                + "".join(f'<Relationship Id="{i}" Type="{ty}" Target="{tg}"/>' for i, ty, tg in items)
                + "</Relationships>")  # fmt: skip

    members = {
        "[Content_Types].xml": types,
        "_rels/.rels": relationships([("rId1", f"{REL}/officeDocument", "word/document.xml"),
                                      ("rId2", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
                                      ("rId3", f"{REL}/extended-properties", "docProps/app.xml")]),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": relationships(rels),
        "word/styles.xml": STYLES,
        "word/settings.xml": _settings(settings_extra),
        **{name: xml for name, (_, _, xml) in parts.items()},
        "docProps/core.xml": _core(title, author),
        "docProps/app.xml": _app(application),
    }
    write_zip(path, members)


def write_zip(path: Path, members: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            z.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def _print(src: Path, stem: str, tmp: Path) -> None:
    """The document's LibreOffice print, pinned and packed, at <stem>-libreoffice.pdf."""
    work = tmp / stem
    work.mkdir(exist_ok=True)
    copy = work / src.name
    shutil.copyfile(src, copy)
    pack_pinned(soffice_to_pdf(copy, work), OUT / f"{stem}-libreoffice.pdf")


def _notice(city: str, doc_no: str, batch: str, addressees: str, reason: str, date: str) -> list[str]:
    """A notice's lines above its catalog."""
    name = f"{city}国际职业资格比照认定职称目录（{batch}）"
    return [doc_no, f"关于公布{name}的通知", addressees,
            f"为{reason}，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅关于国际职业资格比照认定职称的"
            f"有关规定，我局研究制定了《{name}》，现予以公布，请遵照执行。",
            "特此通知。", f"{city}人力资源和社会保障局", date, "附件", name]  # fmt: skip


def _both(stem: str, truth: dict, print_stem: str) -> list[Made]:
    return [Made(stem, truth), Made(print_stem, truth)]


def _plain(rows: Sequence[Row]) -> list[list[Cell]]:
    return [list(row) for row in rows]


# --- 1. Word phonetic guides (w:ruby) ---------------------------------------------------------------

FINANCE: list[Row] = [
    ("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师", ECO),
    ("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师", ECO),
    ("Financial Risk Manager (FRM)", "金融风险管理师", GARP, "经济师", ECO),
    ("Member (ACCA)", "特许公认会计师", ACCA, "会计师", ACC),
    ("Fellow (FCCA)", "资深特许公认会计师", ACCA, "高级会计师", ACC),
    ("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", CIMA, "会计师", ACC),
    ("Certified Management Accountant (CMA)", "美国注册管理会计师", IMA, "会计师", ACC),
    ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", CPAA, "会计师", ACC),
    ("日商簿記検定1級", "日本商工会议所簿记检定一级", JCCI, "会计师", ACC),
    ("Certified Internal Auditor (CIA)", "国际注册内部审计师", IIA, "审计师", AUD),
    ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", ISACA, "审计师", AUD),
]  # fmt: skip

PINYIN = {"会": "kuài", "计": "jì", "特": "tè", "许": "xǔ", "审": "shěn", "金": "jīn", "融": "róng"}


def ruby_run(base: str, rt: str, lang: str = "zh-CN", hps: int = 10, raise_: int = 18) -> str:
    """One Word phonetic guide: the annotation `rt` over `base` (w:ruby in a run)."""
    return (f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="{hps}"/>'
            f'<w:hpsRaise w:val="{raise_}"/><w:hpsBaseText w:val="21"/><w:lid w:val="{lang}"/></w:rubyPr>'
            f'<w:rt><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="{hps}"/></w:rPr>{t(rt)}</w:r></w:rt>'
            f'<w:rubyBase><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>{t(base)}</w:r></w:rubyBase></w:ruby></w:r>')  # fmt: skip


def pinyin_over(text: str, words: Sequence[str]) -> str:
    """The text as runs, each character of the given words under its own pinyin guide (Word's 拼音指南
    writes one w:ruby per character)."""
    out, i = [], 0
    spans = sorted((text.index(w), w) for w in words)
    for start, word in spans:
        if start > i:
            out.append(r(text[i:start]))
        out.extend(ruby_run(ch, PINYIN[ch]) for ch in word)
        i = start + len(word)
    if i < len(text):
        out.append(r(text[i:]))
    return "".join(out)


def panjin(tmp: Path) -> list[Made]:
    """w:ruby: pinyin over 译名 characters (会计, 特许, 审计, 金融), furigana over a Japanese name."""
    rows = make_unseen9.numbered(FINANCE)
    cells = _plain(rows)
    cells[1][2] = pinyin_over(rows[1][2], ["特许", "金融"])
    cells[3][2] = pinyin_over(rows[3][2], ["特许", "会计"])
    cells[5][2] = pinyin_over(rows[5][2], ["会计"])
    cells[7][2] = pinyin_over(rows[7][2], ["会计"])
    cells[8][1] = ruby_run("日商簿記検定", "にっしょうぼきけんてい", "ja-JP", 10, 20) + r("1級", '<w:lang w:eastAsia="ja-JP"/>')
    cells[9][2] = pinyin_over(rows[9][2], ["审计"])
    cells[10][4] = pinyin_over(rows[10][4], ["审计"])
    lines = _notice("盘锦市", "盘人社发〔2025〕19号", "第一批",
                    "各县（区）人力资源和社会保障局，辽东湾新区、高新区人力资源管理部门，市直各单位，各有关企业：",
                    "服务我市现代金融和商贸服务业发展", "2025年6月18日")  # fmt: skip
    stem = "panjin-zhuyin"
    write_docx(OUT / f"{stem}.docx", body_xml(lines, table_xml([CATALOG_HEADER, *cells]), ["注：证书须在有效期内。"]),
               title=lines[1])  # fmt: skip
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("Word phonetic guides (拼音指南, w:ruby: the w:rt text set small over the w:rubyBase text): pinyin over "
           "each character of 特许 and 金融 in row 2's 译名, 特许 and 会计 (kuài jì) in row 4's, 会计 in rows 6 and 8, "
           "审计 in row 10's 译名 and row 11's 对应职称; furigana にっしょうぼきけんてい over 日商簿記検定 in row 9's name "
           "日商簿記検定1級. The print shows the annotations small above the characters. Expected: the base text only "
           "(特许金融分析师, 审计师, 日商簿記検定1級), the same for the DOCX and its print; never the pinyin or kana in "
           "a cell, before or after the characters (\"特tè许xǔ\", \"kuàijì\"), and no space where a guide starts or ends.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 2. <ruby> on a web page -------------------------------------------------------------------------

CHAOYANG: list[Row] = [*FINANCE[:8], FINANCE[8], FINANCE[9], FINANCE[10],
                       ("Certified Public Accountant (CPA)", "美国注册会计师",
                        "美国注册会计师协会 (American Institute of Certified Public Accountants)", "会计师", ACC)]  # fmt: skip


def _ruby(base: str, rt: str, rp: bool = True) -> str:
    if rp:
        return f"<ruby>{esc(base)}<rp>(</rp><rt>{esc(rt)}</rt><rp>)</rp></ruby>"
    return f"<ruby>{esc(base)}<rt>{esc(rt)}</rt></ruby>"


def _ruby_words(text: str, words: Sequence[str], rp: bool = True) -> str:
    out, i = [], 0
    for start, word in sorted((text.index(w), w) for w in words):
        out.append(esc(text[i:start]))
        out.append("".join(_ruby(ch, PINYIN[ch], rp) for ch in word))
        i = start + len(word)
    return "".join(out) + esc(text[i:])


def _page(stem: str, lines: Sequence[str], header: Sequence[str], body: Sequence[Sequence[str]], tmp: Path,
          after: Sequence[str] = (), css: str = CSS, extra_after_table: str = "", tbody_extra: str = "") -> None:  # fmt: skip
    """A web page of the notice's lines, a table whose body cells are given as markup, the lines after it;
    its Chromium print (<stem>-chromium.pdf)."""
    css += "td:nth-child(1){text-align:center}td:nth-child(5),td:nth-child(6){white-space:nowrap}"
    head = "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>\n"
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in body)
    table = f"<table>\n<thead>\n{head}</thead>\n<tbody>\n{rows}</tbody></table>\n{tbody_extra}"
    tail = "".join(f"<p>{esc(line)}</p>\n" for line in after)
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, [table, extra_after_table, tail], css), encoding="utf-8")
    chromium_pinned(src, OUT / f"{stem}-chromium.pdf", tmp)


def chaoyang(tmp: Path) -> list[Made]:
    """<ruby> with <rp>/<rt>: pinyin over 译名 and a body's words, furigana over a Japanese name."""
    rows = make_unseen9.numbered(CHAOYANG)
    body = [[esc(c) for c in row] for row in rows]
    body[1][2] = _ruby_words(rows[1][2], ["特许", "金融"])
    body[3][2] = _ruby_words(rows[3][2], ["会计"])
    body[4][3] = _ruby_words(rows[4][3], ["特许", "会计"])
    body[5][2] = _ruby_words(rows[5][2], ["会计"], rp=False)
    body[7][4] = _ruby_words(rows[7][4], ["会计"])
    body[8][1] = ("<ruby lang='ja'>日商簿記検定<rp>（</rp><rt>にっしょうぼきけんてい</rt><rp>）</rp></ruby>"
                  "<span lang='ja'>1級</span>")  # fmt: skip
    body[9][2] = _ruby_words(rows[9][2], ["审计"])
    body[11][2] = _ruby_words(rows[11][2], ["会计"])
    lines = _notice("朝阳市", "朝人社发〔2025〕31号", "第一批",
                    "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市现代服务业和民营经济发展", "2025年9月9日")  # fmt: skip
    css = CSS + "rt{font-size:55%}"
    stem = "chaoyang-zhuyin"
    _page(stem, lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"], css)
    why = ("a web page whose cells carry <ruby>: pinyin in <rt> over each character of words in 译名 (特许 and 金融 in "
           "row 2, 会计 kuài jì in rows 4, 6 (a ruby without <rp>) and 12, 审计 in row 10), over 特许 and 会计 in row "
           "5's body 英国特许公认会计师公会 and over 会计 in row 8's 对应职称 会计师, with <rp>(</rp> … <rp>)</rp> "
           "fallback brackets; furigana にっしょうぼきけんてい over 日商簿記検定 in row 9's name 日商簿記検定1級 "
           "(<rp>（</rp> … <rp>）</rp>). The page and the Chromium print show the annotations small above the "
           "characters and no brackets. Expected: the base text only (特许金融分析师, 会计师, 英国特许公认会计师公会 "
           "(The Association of Chartered Certified Accountants), 日商簿記検定1級), the same for the page and the "
           "print; never the <rt> or <rp> text in a cell (\"会(kuài)计(jì)师\", \"会kuài计jì师\").")
    return _both(stem, _truth(rows, why), f"{stem}-chromium")


# --- 3. fields: SEQ, REF, HYPERLINK, IF ---------------------------------------------------------------

HULUDAO = pick(W, 25, 26, 27, 28, 37, 38, 39, 40, 41, 42, 43, 44, 45)


def field(code: str, result_runs: str) -> str:
    """A complex field: begin, its code, separate, the cached result (runs), end."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{esc(code)}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def huludao(tmp: Path) -> list[Made]:
    """序号 as SEQ fields (complex and w:fldSimple), a REF to row 1's bookmarked body, HYPERLINK fields around
    bodies' English names, an IF field whose cached result is shown."""
    rows = make_unseen9.numbered(HULUDAO)
    cells = _plain(rows)
    for i, row in enumerate(rows):
        if i % 3 == 1:
            cells[i][0] = f'<w:fldSimple w:instr=" SEQ 序号 \\* ARABIC ">{r(row[0])}</w:fldSimple>'
        else:
            cells[i][0] = field(" SEQ 序号 \\* ARABIC ", r(row[0], "<w:noProof/>"))
    aws = rows[0][3]
    cells[0][3] = ('<w:bookmarkStart w:id="1" w:name="_Ref176512233"/>' + r("美国焊接协会 (")
                   + field(' HYPERLINK "https://www.aws.org/" ', r("American Welding Society", '<w:rStyle w:val="Hyperlink"/>'))
                   + r(")") + '<w:bookmarkEnd w:id="1"/>')  # fmt: skip
    for i in (1, 2):
        assert rows[i][3] == aws
        cells[i][3] = field(" REF _Ref176512233 \\h ", r(aws))
    for i in range(4, 11):
        zh, _, en = rows[i][3].partition(" (")
        cells[i][3] = r(zh + " (") + field(' HYPERLINK "https://www.asminternational.org/" ',
                                           r(en.removesuffix(")"), '<w:rStyle w:val="Hyperlink"/>')) + r(")")  # fmt: skip
    cells[11][3] = (r("美国国家勘察设计考试者理事会 (") + field(' HYPERLINK "https://ncees.org/" \\o "NCEES" ',
                    r("National Council of Examiners for Engineering and Surveying", '<w:rStyle w:val="Hyperlink"/>'))
                    + r(")"))  # fmt: skip
    assert rows[12][4] == "工程师"
    cells[12][4] = field(" DOCVARIABLE 职称13 \\* MERGEFORMAT ", r("工程师"))
    lines = _notice("葫芦岛市", "葫人社发〔2025〕12号", "第一批",
                    "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市泳装、有色金属和船舶配套产业发展", "2025年4月15日")  # fmt: skip
    stem = "huludao-yu"
    write_docx(OUT / f"{stem}.docx", body_xml(lines, table_xml([CATALOG_HEADER, *cells]), ["注：证书须在有效期内。"]),
               title=lines[1], settings_extra='<w:docVars><w:docVar w:name="职称13" w:val="工程师"/></w:docVars>')  # fmt: skip
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("cells made of Word fields, each showing its cached result: every 序号 a SEQ 序号 field (complex fields "
           "w:fldChar begin / w:instrText \" SEQ 序号 \\* ARABIC \" / separate / the number / end, and every third a "
           "w:fldSimple), row 1's body bookmarked (_Ref176512233) with a HYPERLINK field around American Welding "
           "Society, rows 2-3's bodies a REF _Ref176512233 \\h field whose result is the same body, rows 5-12's English "
           "body names inside HYPERLINK fields (\"https://www.asminternational.org/\", \"https://ncees.org/\" \\o "
           "\"NCEES\"), and row 13's 对应职称 a DOCVARIABLE 职称13 field whose cached result 工程师 is what Word shows (the "
           "document variable, in settings.xml, holds the same). The LibreOffice print shows the same results (an IF "
           "field was tried first: LibreOffice printed it empty, so none is used). Expected: the results (1-13, "
           "美国焊接协会 (American Welding Society), ASM International, 工程师); never a field code, a bookmark name or a "
           "URL in a cell.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 4. what Word and WPS leave in runs ---------------------------------------------------------------

BENXI = pick(T, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 52)


def benxi(tmp: Path) -> list[Made]:
    """w:hyperlink, bookmarks, proofErr, smartTag, permStart/End, lastRenderedPageBreak, runs split by rsid,
    w:softHyphen and w:noBreakHyphen in German names, a w:tab in a cell."""
    rows = make_unseen9.numbered(BENXI)
    cells = _plain(rows)

    def rs(text: str, rsid: str) -> str:
        return f'<w:r w:rsidR="{rsid}" w:rsidRPr="{rsid}"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>{t(text)}</w:r>'

    soft, nb = "<w:r><w:softHyphen/></w:r>", "<w:r><w:noBreakHyphen/></w:r>"
    # row 1: the name split by rsids mid-word, a proofErr around a German word, its hyphens non-breaking
    cells[0][1] = (rs("Elektroniker/", "00A41B2C") + nb + rs("in", "00A41B2C") + nb + rs("Maschinen", "00D3E4F5") + nb
                   + rs(" und ", "00D3E4F5") + '<w:proofErr w:type="spellStart"/>' + rs("Antriebs", "00D3E4F5")
                   + rs("technik", "006B7C8D") + '<w:proofErr w:type="spellEnd"/>')  # fmt: skip
    # row 1's body: a w:hyperlink around the German name
    cells[0][3] = (r("(德国工商大会, 简称 DIHK) ") + '<w:hyperlink r:id="rIdLink1" w:history="1">'
                   + r("Deutscher Industrie- und Handelskammertag", '<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>")
    # row 2: the _GoBack bookmark inside a word
    cells[1][1] = (r("Elektroniker/-in -Betriebs") + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
                   + r("stechnik"))
    # row 3: a permStart/permEnd (editable range) around the 译名
    cells[2][2] = ('<w:permStart w:id="1034" w:edGrp="everyone"/>' + r(rows[2][2]) + '<w:permEnd w:id="1034"/>')
    # row 4: a smartTag around the name
    cells[3][1] = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
                   + r("Industriemechaniker") + "</w:smartTag>" + r("/-in"))
    # row 5: a tab typed before the title
    cells[4][4] = "<w:r><w:tab/></w:r>" + r(rows[4][4])
    # row 6: soft hyphens inside Kraftfahrzeugmechatroniker
    cells[5][1] = r("Kraftfahrzeug") + soft + r("mechatroniker/-in")
    # row 7: _Hlk bookmark around the whole name, runs split by lang
    cells[6][1] = ('<w:bookmarkStart w:id="2" w:name="_Hlk167320911"/>' + r("Mechatroniker/-in ")
                   + r("für", '<w:lang w:val="de-DE"/>') + r(" Kältetechnik", '<w:lang w:val="de-DE"/>')
                   + '<w:bookmarkEnd w:id="2"/>')  # fmt: skip
    # row 8: soft hyphen in Konstruktionsmechaniker, proofErr grammar
    cells[7][1] = (r("Konstruktions") + soft + '<w:proofErr w:type="gramStart"/>' + r("mechaniker/-in")
                   + '<w:proofErr w:type="gramEnd"/>')  # fmt: skip
    # row 9: 译名 split mid-word by rsids, with a lastRenderedPageBreak
    cells[8][2] = rs("模具机械", "00A41B2C") + '<w:r><w:lastRenderedPageBreak/></w:r>' + rs("专业技术", "00F1E2D3") + rs("人员", "00F1E2D3")
    # row 10: hyperlink around the body DIHK (anchor to the abbreviation's explanation)
    cells[9][3] = '<w:hyperlink w:anchor="_DIHK" w:history="1">' + r("DIHK", '<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>"
    # row 11: soft hyphen in Süßwarentechnik
    cells[10][1] = r("Fachkraft für Süßwaren") + soft + r("technik")
    # row 12: a non-breaking hyphen before "in"
    cells[11][1] = r("Pharmakant/") + nb + r("in")
    # row 13: the series split by rsid
    cells[12][5] = rs("石油化工", "00A41B2C") + rs("工程", "00C5D6E7")
    lines = _notice("本溪市", "本人社发〔2025〕26号", "第一批",
                    "各县（区）人力资源和社会保障局，高新区人力资源管理部门，市直各单位，各有关企业：",
                    "服务我市生物医药和装备制造产业发展，畅通德国双元制职业资格人才职称评价渠道", "2025年7月22日")  # fmt: skip
    after = ['<w:bookmarkStart w:id="3" w:name="_DIHK"/>' + r("注：DIHK 为德国工商大会（Deutscher Industrie- und "
             "Handelskammertag）的简称；证书须在有效期内。") + '<w:bookmarkEnd w:id="3"/>']  # fmt: skip
    body = body_xml(lines, table_xml([CATALOG_HEADER, *cells], (0.9, 4.7, 2.8, 4.4, 2.2, 2.0)), ()) + para(after[0])
    stem = "benxi-zaxiang"
    write_docx(OUT / f"{stem}.docx", body, title=lines[1], links=["https://www.dihk.de/"])
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("cells carrying the elements Word and WPS leave in runs: row 1's name split into runs by rsid changes with "
           "its hyphens as w:noBreakHyphen and a proofErr pair around Antriebstechnik (itself split into two runs), "
           "row 1's body with a w:hyperlink (https://www.dihk.de/) around Deutscher Industrie- und Handelskammertag, "
           "the _GoBack bookmark inside row 2's Betriebsstechnik, a permStart/permEnd (editable range) around row 3's "
           "译名, a smartTag around Industriemechaniker, a w:tab before row 5's 助理工程师, optional hyphens "
           "(w:softHyphen) in Kraftfahrzeug|mechatroniker, Konstruktions|mechaniker and Süßwaren|technik, an _Hlk "
           "bookmark and de-DE runs in row 7's name, a w:lastRenderedPageBreak inside row 9's 译名, an internal "
           "w:hyperlink (anchor _DIHK) around row 10's body DIHK, a w:noBreakHyphen in Pharmakant/-in, row 13's "
           "series in two rsid runs. Expected: the plain text as printed (Elektroniker/-in-Maschinen- und "
           "Antriebstechnik, Kraftfahrzeugmechatroniker/-in, 助理工程师): a non-breaking hyphen is a hyphen "
           "(\"-\"), an optional hyphen is no character unless a line breaks at it (then the printed \"-\" at the "
           "line end is no character either), the tab at a cell's start no character, a bookmark, permission, "
           "smartTag, proofErr or hyperlink no text; the same for the print (which breaks row 1's name inside "
           "\"Maschinen\", the non-breaking hyphens leaving it no other place, and prints \"Kraftfahrzeug-\" and "
           "\"Konstruktions-\" at line ends where the optional hyphens break).")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 5. a reviewer's comments anchored in cells ------------------------------------------------------

SHENYANG = pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
COMMENTS = (  # (row, column, the comment's text, whether it spans the cell's text or is a point)
    (1, 3, "请核实英文名称", True),
    (2, 1, "与官网证书名称一致", True),
    (4, 4, "对应职称是否为助理工程师？", True),
    (7, 2, "建议译名统一为“美国绿色建筑认证专家”", False),
    (8, 3, "该学会中文名称为“英国皇家特许建造学会”，请核实", True),
    (11, 5, "所属系列已与职改办核对", False),
)


def comment_part(texts: Sequence[str], author: str, initials: str) -> str:
    items = "".join(f'<w:comment w:id="{i}" w:author="{esc(author)}" w:date="2025-03-{11 + i:02d}T09:30:00Z" '
                    f'w:initials="{esc(initials)}"><w:p><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:annotationRef/></w:r>{r(text)}</w:p></w:comment>' for i, text in enumerate(texts))  # fmt: skip
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">{items}</w:comments>'


def shenyang(tmp: Path) -> list[Made]:
    """Comments anchored in cells: commentRangeStart/End around a cell's text (or at a point) and the
    commentReference run; their text in word/comments.xml."""
    rows = make_unseen9.numbered(SHENYANG)
    cells = _plain(rows)
    for i, (row, col, _, spans) in enumerate(COMMENTS):
        text = rows[row - 1][col]
        ref = f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>'
        if spans:
            cells[row - 1][col] = f'<w:commentRangeStart w:id="{i}"/>{r(text)}<w:commentRangeEnd w:id="{i}"/>{ref}'
        else:
            cells[row - 1][col] = f"{r(text)}{ref}"
    lines = _notice("沈阳市", "沈人社发〔2025〕41号", "第一批",
                    "各区、县（市）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市建筑业和绿色低碳产业发展", "2025年3月20日")  # fmt: skip
    stem = "shenyang-pizhu"
    part = comment_part([c[2] for c in COMMENTS], "审核科 王敏", "王")
    write_docx(OUT / f"{stem}.docx", body_xml(lines, table_xml([CATALOG_HEADER, *cells]), ["注：证书须在有效期内。"]),
               title=lines[1], parts={"word/comments.xml": (f"{WML}.comments+xml", f"{REL}/comments", part)})  # fmt: skip
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("a reviewer's six comments (author 审核科 王敏) left in the notice's cells: w:commentRangeStart/End around "
           "row 1's body, row 2's name, row 4's title and row 8's body, each followed by its w:commentReference run, "
           "and two comments at a point (a reference after row 7's 译名 and after row 11's series); their text in "
           "word/comments.xml (请核实英文名称; 对应职称是否为助理工程师？; 该学会中文名称为“英国皇家特许建造学会”，请核实; …). "
           "Word shows them in the margin, LibreOffice's print shows none of them. Expected: the 12 rows as typed, "
           "the same for the DOCX and the print (row 9's body stays 英国皇家特许建造协会 (Chartered Institute of "
           "Building) as printed: a comment's suggestion is no correction); no comment text, author or mark in any "
           "cell, and no comment read as a row.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 6. footnotes and endnotes ------------------------------------------------------------------------

TONGHUA = pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17, 19)
FOOTNOTES = ("须取得证书满3年。", "即 The National Association of Boards of Pharmacy (NABP)。", "须取得证书满5年且从事相关工作。",
             "原名 American Society of Clinical Pathologists。")  # numbered in the order they appear, as Word does  # fmt: skip
ENDNOTE = "SAS 9 为软件版本，证书名称以颁证单位发放证书为准。"


def notes_part(kind: str, texts: Sequence[str]) -> str:
    """footnotes.xml or endnotes.xml as Word writes it: the separator and continuation separator (ids -1 and
    0), then the notes from id 1."""
    tag, style = kind, "FootnoteText"
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    items = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
             f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    items += "".join(f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr>'
                     f'<w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>{r(" " + text)}</w:p></w:{tag}>'
                     for i, text in enumerate(texts, 1))  # fmt: skip
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag}s xmlns:w="{W_NS}">{items}</w:{tag}s>'


def tonghua(tmp: Path) -> list[Made]:
    """w:footnoteReference after two titles and two bodies' names, w:endnoteReference after a name."""
    rows = make_unseen9.numbered(TONGHUA)
    cells = _plain(rows)

    def fn(i: int, kind: str = "footnote") -> str:
        style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
        return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Reference w:id="{i}"/></w:r>'

    cells[0][4] = r(rows[0][4]) + fn(1)
    cells[5][3] = r(rows[5][3]) + fn(2)
    cells[6][4] = r(rows[6][4]) + fn(3)
    zh, _, en = rows[10][3].partition(" (")
    cells[10][3] = r(zh) + fn(4) + r(" (" + en)
    cells[12][1] = r(rows[12][1]) + fn(1, "endnote")
    lines = _notice("通化市", "通人社发〔2025〕17号", "第一批",
                    "各县（市、区）人力资源和社会保障局，医药高新区人力资源管理部门，市直各单位，各有关企业：",
                    "服务我市医药健康产业发展", "2025年5月27日")  # fmt: skip
    stem = "tonghua-jiaozhu"
    notes = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
             '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
    write_docx(OUT / f"{stem}.docx", body_xml(lines, table_xml([CATALOG_HEADER, *cells]), ["注：证书须在有效期内。"]),
               title=lines[1], settings_extra=notes,
               parts={"word/footnotes.xml": (f"{WML}.footnotes+xml", f"{REL}/footnotes", notes_part("footnote", FOOTNOTES)),
                      "word/endnotes.xml": (f"{WML}.endnotes+xml", f"{REL}/endnotes", notes_part("endnote", [ENDNOTE]))})  # fmt: skip
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("Word footnotes and an endnote referenced from cells: w:footnoteReference marks, superscript 1-4 in the "
           "print, numbered in document order: 1 after row 1's title 工程师, 2 at the end of row 6's body (after "
           "\"(The National Association of Boards of Pharmacy)\"), 3 after row 7's title 工程师, 4 after row 11's body's "
           "Chinese name 美国临床病理学学会 (before its English name); a w:endnoteReference (superscript i in "
           "LibreOffice's print) after row 13's name; the footnotes' text at the foot of the page (1 须取得证书满3年。, "
           "…), the endnote's on a last page of its own. Expected: the 13 rows without the marks (工程师, 美国临床病理学学会 "
           "(American Society for Clinical Pathology), SAS Certified Clinical Trials Programmer Using SAS 9), the same "
           "for the DOCX and the print; never \"工程师1\", \"SAS 9i\" or a digit glued to a name or a bracket; the "
           "notes are no rows and no part of a cell.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 7. Strict Open XML ----------------------------------------------------------------------------------

BAISHAN = pick(W, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 57, 58, 59, 60)
STRICT = {
    W_NS: "http://purl.oclc.org/ooxml/wordprocessingml/main",
    R_NS: "http://purl.oclc.org/ooxml/officeDocument/relationships",  # the r: namespace and the relationship types
    f"{REL}/extended-properties": "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes":
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
}  # fmt: skip


def to_strict(src: Path, out: Path) -> None:
    """A transitional package rewritten as Word's "Strict Open XML Document" writes it: the Strict namespaces
    and relationship types (the package's own, core properties and content types unchanged, as in Strict),
    w:conformance="strict" on the document, the transitional-only forms replaced (w:jc right → end, the
    tables' left/right borders and cell margins → start/end, tblLook's w:val dropped)."""
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i).decode("utf-8") for i in z.infolist()}
    strict = {}
    for name, text in members.items():
        if name != "[Content_Types].xml":
            for old in sorted(STRICT, key=len, reverse=True):  # the longer (extended-properties) first
                text = text.replace(old, STRICT[old])
        if name == "word/document.xml":
            text = text.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
            text = text.replace('<w:jc w:val="right"/>', '<w:jc w:val="end"/>')
            text = re.sub(r'<w:tblLook w:val="[0-9A-F]+" ', "<w:tblLook ", text)
            text = re.sub(r"<w:left (w:(?:val|w)=)", r"<w:start \1", text)  # table borders and cell margins
            text = re.sub(r"<w:right (w:(?:val|w)=)", r"<w:end \1", text)
        strict[name] = text
    assert "schemas.openxmlformats.org/wordprocessingml" not in "".join(strict.values())
    write_zip(out, strict)


def baishan(tmp: Path) -> list[Made]:
    """The catalog in a Strict Open XML document."""
    rows = make_unseen9.numbered(BAISHAN)
    lines = _notice("白山市", "白山人社发〔2025〕9号", "第一批",
                    "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市矿产新材料、医药健康和数字经济产业发展", "2025年10月14日")  # fmt: skip
    stem = "baishan-strict"
    transitional = tmp / f"{stem}.transitional.docx"
    write_docx(transitional, body_xml(lines, table_xml([CATALOG_HEADER, *_plain(rows)]), ["注：证书须在有效期内。"]),
               title=lines[1])  # fmt: skip
    to_strict(transitional, OUT / f"{stem}.docx")
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("the notice saved as Word's \"Strict Open XML Document\" (ISO/IEC 29500 Strict): the same .docx extension "
           "and content types, but every part in the Strict namespaces (w: = http://purl.oclc.org/ooxml/"
           "wordprocessingml/main, r: = http://purl.oclc.org/ooxml/officeDocument/relationships), the document's "
           "relationships of the Strict types (…/purl.oclc.org/ooxml/officeDocument/relationships/officeDocument, "
           "styles, settings, extendedProperties), w:conformance=\"strict\" on w:document. A plain ruled table of 14 "
           "rows. LibreOffice opens it and prints the catalog. Expected: the 14 rows exactly; or the notice held "
           "back with a clear reason (a Strict document not read); never published empty or with rows missing.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 8. a macro-enabled document ------------------------------------------------------------------------

SONGYUAN = pick(W, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24)


def songyuan(tmp: Path) -> list[Made]:
    """The catalog in a .docm (the macro-enabled main content type)."""
    rows = make_unseen9.numbered(SONGYUAN)
    lines = _notice("松原市", "松人社发〔2025〕22号", "第一批",
                    "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市石油化工、新能源和现代建筑业发展", "2025年8月26日")  # fmt: skip
    stem = "songyuan-hong"
    write_docx(OUT / f"{stem}.docm", body_xml(lines, table_xml([CATALOG_HEADER, *_plain(rows)]), ["注：证书须在有效期内。"]),
               title=lines[1], main_type=MAIN_DOCM)  # fmt: skip
    _print(OUT / f"{stem}.docm", stem, tmp)
    why = ("the notice published as a macro-enabled Word document: named .docm, its main part of the content type "
           "application/vnd.ms-word.document.macroEnabled.main+xml (no vbaProject.bin: saved as .docm with no "
           "macros, as clerks' templates leave it), otherwise an ordinary WordprocessingML package with a plain "
           "ruled table of 12 rows; LibreOffice opens and prints it. Expected: the 12 rows exactly (a .docm's "
           "document is read like a .docx's, no macro is ever run); or the notice held back with a clear reason "
           "(a macro-enabled file not read); never published empty.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 9. the header row in the page header ----------------------------------------------------------------

BAICHENG = pick(T, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 46)


def baicheng(tmp: Path) -> list[Made]:
    """The annex in its own section whose page header holds 附件, the catalog title and the header row as a
    one-row table; the body's table only data rows."""
    rows = make_unseen9.numbered(BAICHENG)
    lines = _notice("白城市", "白人社发〔2025〕35号", "第一批",
                    "各县（市、区）人力资源和社会保障局，白城工业园区人力资源管理部门，市直各单位，各有关企业：",
                    "服务我市装备制造和新能源产业发展", "2025年11月11日")  # fmt: skip
    notice, annex, title = lines[:-2], lines[-2], lines[-1]
    # the date paragraph ends the notice's section (its w:sectPr: no header; the annex on a new page)
    body = body_xml(notice[:-1], "") + para(r(notice[-1]), f'<w:jc w:val="right"/><w:sectPr><w:type w:val="nextPage"/>{SECT}</w:sectPr>')
    body += table_xml(_plain(rows), header_rows=0) + para(r("注：证书须在有效期内。"))
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
              + para(r(annex), '<w:pStyle w:val="Header"/>')
              + para(r(title, "<w:b/>"), '<w:pStyle w:val="Header"/><w:spacing w:after="120"/><w:jc w:val="center"/>')
              + table_xml([CATALOG_HEADER]) + para("", '<w:pStyle w:val="Header"/><w:spacing w:line="20" w:lineRule="exact"/>')
              + "</w:hdr>")  # fmt: skip
    stem = "baicheng-yemei"
    write_docx(OUT / f"{stem}.docx", body, title=lines[1],
               sect_extra='<w:headerReference w:type="default" r:id="rId3"/>',
               parts={"word/header1.xml": (f"{WML}.header+xml", f"{REL}/header", header)})  # fmt: skip
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("the notice in one section; the annex in a second section (a new page) whose page header (word/header1.xml, "
           "the default header of that section) holds 附件, the catalog title 白城市国际职业资格比照认定职称目录（第一批） "
           "and the catalog's header row as a one-row ruled table (序号 | 职业资格名称 | 译名 | 颁证单位 | 对应职称 | 所属系列), "
           "so it repeats on every page; the body of that section is a table of the 14 data rows only (no header row) "
           "and the note. Printed, the header row sits at the top of page 2 directly above the rows, as one table "
           "to the eye. Expected: the 14 rows under that header; or the notice held back with a clear reason (a "
           "table without a header row in the body); never the rows published under a guessed header or the notice "
           "published empty.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 10. web-page markup in cells ---------------------------------------------------------------------------

LIAOYUAN = pick(T, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 20)
LIAOYUAN_SHOWN = 10  # the rows after these are inside a closed <details>
LINK_ICON = ("<svg class='ext' aria-hidden='true' width='9' height='9' viewBox='0 0 10 10'><path d='M4 1H1v8h8V6M6 1h3v3M9 1 "
             "4 6' fill='none' stroke='#1a5fb4' stroke-width='1.2'/></svg>")  # fmt: skip
OLD_TABLE = ("<table class='old'><tr><th>序号</th><th>职业资格名称</th><th>颁证单位</th><th>对应职称</th></tr>"
             "<tr><td>1</td><td>ACRP-PM</td><td>ACRP</td><td>助理工程师</td></tr>"
             "<tr><td>2</td><td>Licensed Pharmacist</td><td>NABP</td><td>助理工程师</td></tr></table>")  # fmt: skip


def liaoyuan(tmp: Path) -> list[Made]:
    """<sup><a href="#fn1"> note marks, <abbr title>, <wbr> and &shy; in long names, aria-hidden link icons, an
    old table in a <template> and in a <noscript>, the last rows inside a closed <details>."""
    rows = make_unseen9.numbered(LIAOYUAN)
    body = [[esc(c) for c in row] for row in rows]
    acrp = "<abbr title='Association of Clinical Research Professionals'>ACRP</abbr>"
    body[0][1] = f"{acrp}-PM ({acrp} Project Manager)"
    body[1][1] = f"{acrp}-MDP ({acrp} Medical Device Professional)"
    body[3][1] = f"{acrp}-CP ({acrp} Certified Professional)"
    body[0][4] = "工程师<sup><a href='#fn1' id='fnref1'>1</a></sup>"
    body[5][1] = "Licensed Pharmacist<sup><a href='#fn2' id='fnref2'>2</a></sup>"
    body[6][1] = "Diplomate of Certified Toxi&shy;cologist"
    body[7][1] = "International Technologist in Gyne<wbr>cology Cytology (<abbr title='American Society for Clinical Pathology'>ASCP</abbr>)"
    body[9][1] = "International Technologist in Molecular Bio<wbr>logy, MIB (ASCP)"
    body[10][1] = "International Medical Techno&shy;logist, MT (ASCP)"
    for i in (0, 5, 7, 12):
        zh, _, en = rows[i][3].partition(" (")
        body[i][3] = f"{esc(zh)} (<a href='#'>{esc(en.removesuffix(')'))}</a>{LINK_ICON})"
    body[12][1] = f"{esc(rows[12][1])}<sup><a href='#fn3' id='fnref3'>3</a></sup>"
    body[14][4] = "助理工程师<sup><a href='#fn1'>1</a></sup>"
    shown, folded = body[:LIAOYUAN_SHOWN], body[LIAOYUAN_SHOWN:]
    more = ("<details class='more'><summary>展开更多</summary>\n<table class='cont'><tbody>\n"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in folded)
            + "</tbody></table></details>\n"
            "<template id='row-tpl'>" + OLD_TABLE + "</template>\n"
            "<noscript><p>（旧版目录）</p>" + OLD_TABLE + "</noscript>\n"
            "<ol class='fn'><li id='fn1'>须取得证书满3年。<a href='#fnref1'>↩</a></li>"
            "<li id='fn2'>须在美国取得执业资格。<a href='#fnref2'>↩</a></li>"
            "<li id='fn3'>协会会员须提供年度会籍证明。<a href='#fnref3'>↩</a></li></ol>\n")  # fmt: skip
    lines = _notice("辽源市", "辽源人社发〔2025〕14号", "第一批",
                    "各县（区）人力资源和社会保障局，辽源经济开发区人力资源管理部门，市直各单位，各有关企业：",
                    "服务我市医药健康产业发展", "2025年6月3日")  # fmt: skip
    widths = (6, 28, 18, 26, 11, 11)
    css = (CSS + "table{table-layout:fixed}"
           + "".join(f"th:nth-child({i}),td:nth-child({i}){{width:{w}%}}" for i, w in enumerate(widths, 1)) +
           "table.cont td{border-top:0}abbr{text-decoration:underline dotted}sup{font-size:70%}svg.ext{margin-left:2px}"
           "summary{color:#1a5fb4;cursor:pointer;margin:4px 0}ol.fn{font-size:9pt}")  # fmt: skip
    stem = "liaoyuan-biaoji"
    _page(stem, lines, CATALOG_HEADER, shown, tmp, ["注：证书须在有效期内。"], css, more)
    why = ("a web page whose cells carry markup: <sup><a href=\"#fn1\">1</a></sup> note marks after row 1's and row "
           "15's title, row 6's name and row 13's name (the notes listed under the table), <abbr title=…> around ACRP "
           "and ASCP in names, <wbr> inside Gyne<wbr>cology and Bio<wbr>logy and &shy; inside Toxi&shy;cologist and "
           "Techno&shy;logist, bodies' English names as links followed by an aria-hidden SVG link icon (no text); "
           "an old two-row table inside a <template> and again inside a <noscript> (neither displayed); and rows "
           "11-15 inside a closed <details> whose <summary> reads 展开更多 (the reader clicks it to see them, in a "
           "second table of the same columns without a header). Expected for the page: all 15 rows as the reader "
           "sees them once expanded (工程师, Licensed Pharmacist, Diplomate of Certified Toxicologist, International "
           "Technologist in Gynecology Cytology (ASCP): no note digit, no abbr title, no soft hyphen, no icon), "
           "rows 11-15 being the catalog's as much as rows 1-10 (the folded part is the same table continued, "
           "序号 11-15); or the notice held back saying rows are folded. Never the <template> or <noscript> table's "
           "rows (ACRP-PM … 助理工程师) published, never the footnotes' text as a row.")
    why_print = ("Chromium's print of liaoyuan-biaoji.html: the <details> is closed, so the print shows rows 1-10, then "
                 "the summary line \"▶ 展开更多\" and nothing of rows 11-15; the note marks print as small raised digits "
                 "(工程师 with 1, Licensed Pharmacist with 2), the link icons as small pictures, the soft hyphens and "
                 "<wbr> only where a line breaks. The truth of the print is what it shows: rows 1-10 without the marks. "
                 "Holding the print back (the 展开更多 line says the table goes on) is as right; publishing rows that "
                 "are not in the print is not.")
    return [Made(stem, _truth(rows, why)), Made(f"{stem}-chromium", _truth(rows[:LIAOYUAN_SHOWN], why_print))]


# --- 11. a WPS-written table ---------------------------------------------------------------------------------

HEIHE_GROUPS = ((pick(T, 21, 22, 23, 24, 25)), pick(T, 47, 48, 49, 50, 51), pick(T, 1, 2, 3))
WPS_NS = ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
         'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="wpsCustomData"'
WPS_FONTS = ('<w:rFonts w:hint="eastAsia" w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" '
             'w:cs="Times New Roman"/>')  # fmt: skip


def heihe(tmp: Path) -> list[Made]:
    """WPS's table markup: wpsCustomData extension elements in w:tblPr, East Asian fonts, w:snapToGrid, w:kern,
    the series merged down in vertical cells (w:textDirection tbRlV), w:fitText on titles, w:w 80 on names."""
    rows = make_unseen9.numbered([row for group in HEIHE_GROUPS for row in group])
    cells = _plain(rows)
    tcpr: dict[tuple[int, int], str] = {}
    start = 1
    for group in HEIHE_GROUPS:
        for k in range(len(group)):
            merge = '<w:vMerge w:val="restart"/>' if k == 0 else "<w:vMerge/>"
            tcpr[(start + k, 5)] = f'{merge}<w:textDirection w:val="tbRlV"/>'
            if k:
                cells[start + k - 1][5] = ""
        start += len(group)

    def wps(text: str, extra: str = "") -> str:
        return r(text, f'{WPS_FONTS}<w:snapToGrid w:val="0"/>{extra}<w:kern w:val="0"/><w:sz w:val="18"/>'
                       '<w:szCs w:val="18"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>')  # fmt: skip

    for i, row in enumerate(rows):
        for c, text in enumerate(cells[i]):
            if not text:
                continue
            extra = ""
            if c == 4:  # the titles fitted to the width of 5 characters
                extra = f'<w:fitText w:val="900" w:id="{1431 + i}"/>'
            elif c in (1, 2) and len(text) > 24:  # long names condensed to 80 %
                extra = '<w:w w:val="80"/>'
            if "fitText" in extra:  # w:fitText comes after w:szCs in w:rPr
                cells[i][c] = r(text, f'{WPS_FONTS}<w:snapToGrid w:val="0"/><w:kern w:val="0"/><w:sz w:val="18"/>'
                                      f'<w:szCs w:val="18"/>{extra}<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')  # fmt: skip
            else:
                cells[i][c] = wps(text, extra)
    header = [r(h, f'{WPS_FONTS}<w:b/><w:snapToGrid w:val="0"/><w:kern w:val="0"/><w:sz w:val="18"/><w:szCs w:val="18"/>')
              for h in CATALOG_HEADER]
    ext = ('<wpsCustomData:tblPrExt wpsCustomData:tblAutoFit="0" wpsCustomData:tblStyleName="普通表格"/>')
    ppr = '<w:snapToGrid w:val="0"/><w:jc w:val="center"/>'
    lines = _notice("黑河市", "黑市人社发〔2025〕11号", "第一批",
                    "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市装备制造、石油化工和医药健康产业发展", "2025年9月23日")  # fmt: skip
    table = table_xml([header, *cells], (1.0, 4.4, 3.2, 4.2, 2.2, 2.0), ext, tcpr, ppr)
    stem = "heihe-wps"
    write_docx(OUT / f"{stem}.docx", body_xml(lines, table, ["注：证书须在有效期内。"]), title=lines[1],
               root_attrs=WPS_NS, application="WPS Office_12.1.0.17827_F1E327BC-269C-435d-A252-05ACC6BA0D61",
               author="Administrator")  # fmt: skip
    _print(OUT / f"{stem}.docx", stem, tmp)
    why = ("a table as WPS Office writes it: a wpsCustomData extension element in w:tblPr (the namespace "
           "http://www.wps.cn/officeDocument/2013/wpsCustomData, declared ignorable), every run with East Asian font "
           "settings (w:rFonts w:hint=\"eastAsia\", 仿宋_GB2312 / Times New Roman), w:snapToGrid off and w:kern 0, "
           "the table in 小五 (9 pt), each 对应职称 fitted to the width of five characters (w:fitText: Word spreads 工程师 "
           "over it; LibreOffice's print shows it as typed), names and 译名 longer than 24 characters condensed to 80 % "
           "(w:w), and 所属系列 merged down over each group (机械工程 "
           "rows 1-5, 石油化工工程 rows 6-10, 医药工程 rows 11-13) in cells of vertical text (w:textDirection tbRlV: the "
           "characters stacked top to bottom). Expected: the plain text of every cell, each row with the series of "
           "its merged cell (fitted or condensed text is the same characters, no spaces added between 工 程 师), "
           "the same for the print.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


# --- 12. the catalog in a Word template (.dotx) ------------------------------------------------------------

HEGANG: list[Row] = [
    ("IPMA Level D (Certified Project Management Associate)", "助理项目经理", IPMA, "助理经济师", ECO),
    ("IPMA Level C (Certified Project Manager)", "项目经理", IPMA, "经济师", ECO),
    ("IPMA Level B (Certified Senior Project Manager)", "高级项目经理", IPMA, "高级经济师", ECO),
    ("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师", ECO),
    ("Associate (AssocRICS)", "技术会员", RICS, "助理工程师", ENG),
    ("Member (MRICS)", "专业会员", RICS, "工程师", ENG),
    ("Fellow (FRICS)", "资深会员", RICS, "高级工程师", ENG),
    ("Incorporated Engineer (IEng)", "注册机械工程师", IMECHE, "助理工程师", ENG),
    ("Chartered Engineer (CEng)", "特许机械工程师", IMECHE, "工程师", ENG),
    ("Certified Welding Inspector", "注册焊接检验师", AWS, "工程师", ENG),
    ("PE Civil Structural", "美国注册土木结构工程师", NCEES, "工程师", ENG),
]  # fmt: skip


def hegang(tmp: Path) -> list[Made]:
    """The catalog in a Word template (.dotx, the template main content type)."""
    rows = make_unseen9.numbered(HEGANG)
    lines = _notice("鹤岗市", "鹤人社发〔2025〕16号", "第一批",
                    "各县（区）人力资源和社会保障局，市直各单位，各有关企业：",
                    "服务我市石墨新材料、煤电化工和现代服务业发展", "2025年7月8日")  # fmt: skip
    stem = "hegang-muban"
    write_docx(OUT / f"{stem}.dotx", body_xml(lines, table_xml([CATALOG_HEADER, *_plain(rows)]), ["注：证书须在有效期内。"]),
               title=lines[1], main_type=MAIN_DOTX)  # fmt: skip
    _print(OUT / f"{stem}.dotx", stem, tmp)
    why = ("the notice published as a Word template: named .dotx, its main part of the content type "
           "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml (a clerk saved the "
           "notice \"as template\" and uploaded that file), otherwise an ordinary WordprocessingML package with a "
           "plain ruled table of 11 rows; LibreOffice opens it (as a new document from the template) and prints it. "
           "Expected: the 11 rows exactly; or the notice held back with a clear reason (a template file not read); "
           "never published empty.")
    return _both(stem, _truth(rows, why), f"{stem}-libreoffice")


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    panjin, chaoyang, huludao, benxi, shenyang, tonghua, baishan, songyuan, baicheng, liaoyuan, heihe, hegang,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones), their truth files and README.txt."""
    code = make_unseen9.write_round(DOCUMENTS, sys.argv[1:])
    if not sys.argv[1:]:
        make_unseen24.write_readme(OUT, __doc__ or "")
    return code


if __name__ == "__main__":
    sys.exit(main())
