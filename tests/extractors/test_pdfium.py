"""The pdfium page reader against the pdfplumber reference: the same catalog rows and running text
from every PDF we have, and the same error kinds from broken and encrypted files."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from make_documents import ROOT, MadePdf

from core.errors import EncryptedDocument, IngestError, NeedsOCR, UnreadableDocument, UnreadableTextLayer
from core.model import Document, SourceFile
from extractors.pdf import read_pdf
from extractors.tables import document_to_catalog
from tests.extractors.test_unseen33 import TIMING
from tests.read_once import read_pdf_once

SHARED = Path("/work/shared/notices")
# Every PDF the tests have, scans aside (they have no text layer: tests/extractors/test_ocr.py).
FILES = sorted(
    [*SHARED.glob("*.pdf"), *(ROOT / "raw").glob("*.pdf"),
     *(p for p in (ROOT / "tests" / "fixtures").rglob("*.pdf") if "scans" not in p.parts and p.name != TIMING)],
    key=lambda p: (p.parent.name, p.name),
)  # fmt: skip (unseen33's 99-page yearbook is its round's timing document: a minute of the suite here)
MADE = [("docx_pdfs", "landscape-merged"), ("docx_pdfs", "letter-narrow"),
        ("chromium_pdfs", "chromium-a4"), ("chromium_pdfs", "chromium-letter-narrow")]  # fmt: skip

# Lineage boxes are printed to 2 decimals. PDFium keeps a product of `cm` matrices in 32-bit
# floats (Chromium draws through .23999999 x 3.125, wkhtmltopdf .75 x .768691463, typst its own),
# where pdfminer multiplies doubles: the same coordinate can land on either side of a rounding
# (63.37 vs 63.38). So boxes may differ by one unit in the last place; nothing else may.
BOX_TOLERANCE = 0.0100001

# Where the pdfium reader does not give the reference's result beyond that, and why (measured
# 2026-12-04 with tests/extractors/test_pdfium.py's own comparison). strict: a document that
# becomes equal fails here, so this list only shrinks.
_WKHTML_TAILS = "wkhtmltopdf: a cell's last word is marked open (a page break may split it) by one reader only"
# The application form that ends Taizhou's notice (not its catalog) types its blank date as
# `年  月  日`: pdfminer reports each space glyph where it is drawn, PDFium's text page drops
# some and `_lost_spaces` puts them back at their text object's ends; between two ideographs only
# a drawn space is a space (extractors/pdf.IDEOGRAPH_GAP_EMS), so one reader reads `年月 日`.
_FORM_DATE_SPACES = "the application form's blank date: `年 月 日` vs `年月 日` (PDFium's dropped space glyphs)"
_TEXT_BOXES = "Chromium, rules between rows only: the header's and the table's boxes come from the text"
_CHROMIUM_LAST_RULING = "Chromium: the table's bottom ruling is read 0.07 pt lower (the last row's box)"
_WORD_RULES = "Word's rulings as 0.48 pt filled rectangles: a row's and the table's bottom differ by 0.24 pt (half a ruling)"
_CHROMIUM_TYPE3_CJK = "Chromium's Type3 CJK fonts: the condensed letterhead's glyphs placed elsewhere in the running text"
# (measured on unseen41's prints: the line `…目录（第一批）〉的通知》` reads `〉 的通知》` from PDFium's text page)
_CHROMIUM_ANGLE = f"{_CHROMIUM_TYPE3_CJK}; and PDFium's text page spaces the gap after 〉 (written U+232A), pdfminer does not"
KNOWN_DIFFERENT: dict[str, str] = {
    "notices/taizhou-2022-30.pdf": _FORM_DATE_SPACES,
    "raw/taizhou-2022-30.pdf": _FORM_DATE_SPACES,
    "producers/taizhou-libreoffice-narrow.pdf": _FORM_DATE_SPACES,
    "producers/taizhou-libreoffice-paragraphs.pdf": _FORM_DATE_SPACES,
    "producers/taizhou-qpdf-rotated.pdf": _FORM_DATE_SPACES,
    # unseen34 (the twenty-seventh session): Chromium 156 writes Noto CJK as Type3 fonts. Catalog rows are the same
    # (boxes within a rounding unit); the running text is not: PDFium places the glyphs of the letterhead, drawn
    # condensed (scaleX), elsewhere in the text (`新余市 资源和社会保障局 件` … `人力 文`) and reads a space before
    # digits and brackets the body sets tight (`9月 22日 （5个工作日 ）`)
    "unseen34/bozhou-gongshi.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen34/xinyu-chromium.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen34/xuancheng-chromium.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen35/rizhao-jigouqianzhi.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen35/yaan-xilieqianzhi.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen35/yangjiang-rencai.pdf": _CHROMIUM_TYPE3_CJK,
    # unseen36 and unseen37 (the twenty-eighth session): Chromium prints, the same letterhead (measured: the running
    # text differs there, and by ― for — and a space before 年 the body sets tight; rows or the reason the same)
    "unseen36/baiyin-jieduan.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen36/liuyang-weiwan.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen36/qingyang-fenlei.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen36/xilinhaote-manye.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen37/lingwu-dierpi.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen37/shenmu-tiaozhenghou.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen37/wafangdian-zhengqiu.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen38/dangyang-xilie.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen38/tongcheng-xubiao.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen39/jiangyou-tiaohao.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen40/qianan-pi1-mulu.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen40/renqiu-pi3-feizhi.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen41/chaozhou-shengting.pdf": _CHROMIUM_ANGLE,
    "unseen41/pingxiang-shuminghao.pdf": _CHROMIUM_ANGLE,
    "unseen41/yunfu-weifujian.pdf": _CHROMIUM_ANGLE,
    "unseen41/ziyang-zengbu.pdf": _CHROMIUM_ANGLE,
    "unseen42/fuqing-zhuanye.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen42/tongxiang-lingyu.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen42/wenling-guobie.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen43/ruzhou-fenxilie.pdf": f"{_CHROMIUM_TYPE3_CJK}; and in a body paragraph PDFium's text page loses the "
                                    "letters of `Certified Cost Professional` (reads ` fi l`) and spaces `项目 管理`",
    "unseen43/yidu-cailiao.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen43/zhuozhou-kongge.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen44/chongzhou-tixi.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen45/dexing-hebing-kuaye.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen45/leping-zhengchang.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen45/mingguang-guding-yejiao.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen45/yuanping-kuaye.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen44/huayin-bingpai-zong.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen44/xingyang-shuangbiaotou.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen44/yidu-juzhen-dunhao.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen39/laizhou-qianling.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen39/yingde-putong.pdf": _CHROMIUM_TYPE3_CJK,
    "unseen39/taishan-quanhao.pdf": "Chromium: PDFium reads a space before 、 in the running text from its glyph gaps; rows the same",
    "unseen38/haining-liexu.pdf": "Chromium: PDFium reads a space inside a word of the running text (`目 录`, `工作日 、`) "
                                  "from its glyph gaps; rows the same",
    "unseen35/haerbin-cengji.pdf": "LibreOffice: the same rows; one reader lists `Maschinen-| und` as a break the word list "
                                   "settles, the other reads the space glyph drawn at the line's end (a check, no value)",
    # unseen33 (the twenty-sixth session): ordinary documents, no catalog in either reading; their running text differs
    "unseen33/changzhi-guihua.pdf": "a map's small labels: one placed in another line of the running text",
    "unseen33/xinzhou-gongbao.pdf": "Chromium's text layer writes ― (U+2015) for the — typed between digits; PDFium's "
                                    "text page gives —",
        # unseen31 (the twenty-sixth session): producers no earlier round used. Catalog rows are the same; measured:
    "unseen31/chongzuo-calligra.pdf": "Calligra (Qt): " + _WKHTML_TAILS.split(": ", 1)[1],
    "unseen31/laibin-calligra.pdf": "Calligra (Qt): " + _WKHTML_TAILS.split(": ", 1)[1],
    "unseen31/fangchenggang-mupdf.pdf": _CHROMIUM_LAST_RULING + " (a print rewritten by mutool clean)",
    # unseen30 (the twenty-fifth session): PDFs as Word and WPS write them
    "unseen30/anshun-diwen.pdf": _WORD_RULES,
    "unseen30/lasa-yemei.pdf": _WORD_RULES,
    "unseen30/wuwei-actualtext.pdf": _WORD_RULES,
    "unseen30/zhangye-jianxi.pdf": "spaces only as TJ gaps: PDFium's loose box of a serif f runs 0.6 pt past its advance "
                                   "(the hook), so the gap before the next word reads too narrow and `Institute of| "
                                   "Mechanical` loses its space (the pdfplumber reader reads it exactly)",
    # unseen28 and unseen29 (the twenty-fourth session)
    "unseen28/suihua-dianziyinzhang.pdf": "an electronic seal's turned glyphs are read in another order in the running text",
    "unseen29/chaoyang-zhuyin-chromium.pdf": "Chromium: a box differs by 0.07 pt (a ruling's width)",
    "unseen29/liaoyuan-biaoji-chromium.pdf": "a misread table (held back): PDFium splits `Toxicologist` over the "
                                             "column it runs into (`ic ologist`)",
    "unseen9b/jingjiang-chromium.pdf": "the running header over the table's top: PDFium boxes its glyphs 1.3 pt lower "
                                       "(places where text is drawn over text; furniture, not counted)",
    "producers/nantong-wkhtmltopdf.pdf": _WKHTML_TAILS,
    "producers/taizhou-wkhtmltopdf-a5.pdf": _WKHTML_TAILS,
    "producers/wuxi-wkhtmltopdf-monospace.pdf": _WKHTML_TAILS,
    "producers/suzhou-wkhtmltopdf.pdf": _WKHTML_TAILS,
    "producers/taizhou-chromium-unruled.pdf": "Chromium, no rulings: row boxes from the text differ by up to 2 pt",
    # A header over a rule (extractors/unruled.find_banded): a row between two rules is their band, the
    # same from both readers, but the header's box, the table's and a row with a rule on one side only
    # come from the text, which the two readers place up to 2.5 pt apart.
    "rules/booktabs.pdf": _TEXT_BOXES,
    "rules/boxed-rows.pdf": _TEXT_BOXES,
    "rules/rules-above.pdf": _TEXT_BOXES,
    "rules/rules-under.pdf": _TEXT_BOXES,
    "rules/libreoffice-hrules.pdf": "LibreOffice, rules between rows only: PDFium's glyph gaps leave two more breaks "
                                    "before `und` undecided (`Maschinen-| und`, `Industrie-| und`: listed in checks)",
    "rules/stripes.pdf": "Chromium, zebra rows without rules: a box differs by 0.14 pt",
    # look-alikes (no catalog): the readers differ as on the catalogs above
    "unseen21/haikou-qingdan-chromium.pdf": "Chromium: a box differs by 0.07 pt (a ruling's width)",
    "unseen21/sanya-jinque-chromium.pdf": "Chromium: a box differs by 0.06 pt (a ruling's width)",
    "unseen22/xuchang-shenbao-chromium.pdf": "Chromium: a box differs by 0.07 pt (a ruling's width)",
    "unseen23/yulin-changbiao-chromium.pdf": "Chromium: a box differs by 0.06 pt (a ruling's width)",
    "unseen25/dandong-fanti-chromium.pdf": "Chromium: a box differs by 0.07 pt (a ruling's width)",
    "unseen26/luohe-banmawen-chromium.pdf": "Chromium, striped rows: a box differs by 0.05 pt (a ruling's width)",
    "unseen25/zaozhuang-bukejian-chromium.pdf": "Chromium, a BOM typed before 专业会员: PDFium reads `专 业会员` "
                                                "(the space between ideographs waits in review)",
    "fonts/arpl-two-parts-chromium.pdf": "Chromium, AR PL ZenKai, no rulings: row boxes from the text differ by 0.79 pt",
    "unseen10/yizheng-chromium.pdf": _TEXT_BOXES,
    "unseen19/xingtai-flexlist-chromium.pdf": _TEXT_BOXES,
    "unseen9/gongshi-chromium.pdf": _CHROMIUM_LAST_RULING,
    "chromium_pdfs/chromium-letter-narrow": _CHROMIUM_LAST_RULING,
    "unseen11/bizhao-chromium.pdf": "Chromium: a box differs by 0.06 pt (a ruling's width)",
    "unseen11/jingjiang-chromium.pdf": "Chromium's text layer prints 页 as the radical ⻚ (U+2EDA) in the running "
                                       "text; PDFium's text page gives 页 (cells fold radicals either way)",
    "unseen11/wenzhou-libreoffice.pdf": "LibreOffice, rows shaded in stripes without rules: a box differs by 0.32 pt",
    "unseen12/huangshan-chromium.pdf": "Chromium, zebra rows without rules: a box differs by 0.14 pt",
    "unseen12/weifang-chromium.pdf": "Chromium, 颁证单位 merged down by rowspan: a box differs by 0.09 pt",
    "unseen10/gaochun-cairo.pdf": "cairo: the space that ends a line is lost (`Institute ofMechanical`)",
    "unseen10/rudong-cairo.pdf": "cairo's Type1 CJK font: PDFium puts the baseline 0.93 em lower; the header row is lost",
    "unseen9/jiaxing-libreoffice.pdf": "LibreOffice: one more undecided line break (`Industrie-| und`)",
    "unseen16/fuzhou-cairo.pdf": "cairo's Type3 CJK glyphs: PDFium puts them on another baseline, so a cell's "
                                 "Chinese line is read after its first Latin line (`(Association of 美国…协会 Clinical`)",
    "unseen16/shaowu-stamped.pdf": "a print laid by qpdf as form XObjects: PDFium's gaps make a space at CJK line "
                                   "joins (`美国临床病理 学学会`) and before a comma (`Technologist , MT`)",
    "unseen17/zhuzhou-chromium.pdf": "Chromium: a box differs by 0.09 pt (a ruling's width)",
    "unseen18/foshan-wordhtml-chromium.pdf": "Chromium printing Word's HTML: pdfminer puts 文号 and date digits (another "
                                             "font) on a line of their own (`佛人社 发〔 〕 号` / `2025 15`); PDFium "
                                             "keeps a space glyph at a source line break (`目 录`)",
    "unseen18/qujing-wordhtml-chromium.pdf": "Chromium printing Word's HTML: PDFium keeps a space glyph before a "
                                             "full-width comma or bracket (`近日 ，`, `Society ）`)",
    "unseen19/handan-divtable-chromium.pdf": "Chromium, a catalog of display:table <div>s: a box differs by 0.07 pt",
}
_BOX_FIELDS = frozenset({"bbox", "boxes", "overprinted"})  # overprinted: places, as boxes are


def _read(path: Path, reader: str) -> Document:
    data = path.read_bytes()
    source = SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    if reader == "pdfplumber":  # the reference, as the probe rounds' row tests read it (tests/read_once.py)
        return read_pdf_once(path, source)
    return read_pdf(path, source, reader=reader)


def _outcome(path: Path, reader: str) -> tuple[object, ...]:
    """Everything the rest of the pipeline sees: running text, tables, catalog rows (or the error)."""
    try:
        doc = _read(path, reader)
    except IngestError as err:
        return ("error", type(err).__name__)
    try:
        rows: object = document_to_catalog(doc).rows
    except IngestError as err:
        rows = ("error", type(err).__name__)
    return doc.text, doc.tables, rows


def _without_boxes(value: object, boxes: list[float]) -> object:
    """`value` with every box taken out (into `boxes`, in order): what the boxes leave to compare."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name in _BOX_FIELDS:
                boxes.extend(_numbers(item))
                changes[field.name] = None
            else:
                changes[field.name] = _without_boxes(item, boxes)
        return type(value)(**changes)
    if isinstance(value, tuple):
        return tuple(_without_boxes(item, boxes) for item in value)
    return value


def _numbers(value: object) -> list[float]:
    if value is None:
        return [float("nan")]  # a box on one side only is a difference
    if isinstance(value, (int, float)):
        return [float(value)]
    return [n for item in value for n in _numbers(item)]  # type: ignore[attr-defined]


def _differences(reference: tuple[object, ...], fast: tuple[object, ...]) -> str:
    """What differs beyond the boxes' last printed place; "" when nothing does."""
    if fast == reference:
        return ""
    boxes_ref: list[float] = []
    boxes_fast: list[float] = []
    ref, quick = _without_boxes(reference, boxes_ref), _without_boxes(fast, boxes_fast)
    parts = ("running text", "raw tables", "catalog rows")
    different = [name for name, a, b in zip(parts, ref, quick, strict=False) if a != b] if len(ref) == len(quick) else ["outcome"]  # type: ignore[arg-type]
    if different:
        return ", ".join(different) + " differ"
    if len(boxes_ref) != len(boxes_fast):
        return "boxes differ in number"
    worst = max((abs(a - b) for a, b in zip(boxes_ref, boxes_fast, strict=True)), default=0.0)
    return "" if worst <= BOX_TOLERANCE else f"a box differs by {worst:.2f} pt"


def _assert_same(path: Path, key: str) -> None:
    differences = _differences(_outcome(path, "pdfplumber"), _outcome(path, "pdfium"))
    if key in KNOWN_DIFFERENT:
        assert differences, f"{key} now reads the same: take it off KNOWN_DIFFERENT"
        pytest.xfail(f"{KNOWN_DIFFERENT[key]} ({differences})")
    assert not differences, differences


def test_known_different_names_only_documents_we_have() -> None:
    keys = {f"{p.parent.name}/{p.name}" for p in FILES} | {f"{fixture}/{name}" for fixture, name in MADE}
    assert set(KNOWN_DIFFERENT) <= keys, set(KNOWN_DIFFERENT) - keys


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pdfium_same_rows_and_text_as_pdfplumber(path: Path) -> None:
    _assert_same(path, f"{path.parent.name}/{path.name}")


@pytest.mark.parametrize(("fixture", "name"), MADE, ids=[f"{f}/{n}" for f, n in MADE])
def test_pdfium_same_rows_on_made_pdfs(fixture: str, name: str, request: pytest.FixtureRequest) -> None:
    made: dict[str, MadePdf] = request.getfixturevalue(fixture)
    _assert_same(made[name].path, f"{fixture}/{name}")


def test_box_tolerance_is_one_printed_place() -> None:
    # The comparison must still see a wrong row, a lost box and a box off by more than rounding.
    row = (("1", "x"),)
    assert _differences(("t", (), row), ("t", (), (("1", "y"),))) == "catalog rows differ"
    ref = _outcome(ROOT / "raw" / "wuxi-2021-49.pdf", "pdfplumber")
    table = ref[1][0]  # type: ignore[index]
    moved = dataclasses.replace(table, bbox=tuple(v + 0.02 for v in table.bbox))
    assert _differences(ref, (ref[0], (moved, *ref[1][1:]), ref[2])).startswith("a box differs by 0.02")  # type: ignore[index]
    nudged = dataclasses.replace(table, bbox=tuple(v + 0.01 for v in table.bbox))
    assert _differences(ref, (ref[0], (nudged, *ref[1][1:]), ref[2])) == ""  # type: ignore[index]
    assert _differences(ref, (ref[0], (dataclasses.replace(table, bbox=None), *ref[1][1:]), ref[2]))  # type: ignore[index]


@pytest.mark.parametrize(
    ("case", "error"),
    [("truncated", UnreadableDocument), ("garbage", UnreadableDocument), ("real-password", EncryptedDocument),
     ("scan", NeedsOCR), ("garbled", UnreadableTextLayer)],
)  # fmt: skip
def test_pdfium_bad_file_raises_same_error(
    case: str, error: type[Exception], broken_pdfs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    if case not in broken_pdfs:
        pytest.skip(f"{case}: the tool that makes it is not installed")
    monkeypatch.setenv("CATALOG_TESSERACT", "/nonexistent/tesseract")  # without OCR (tests/extractors/test_ocr.py)
    for reader in ("pdfplumber", "pdfium"):
        with pytest.raises(error) as caught:
            _read(broken_pdfs[case], reader)
        assert type(caught.value) is error, reader
        assert caught.value.file == broken_pdfs[case].name
        assert str(caught.value).strip()


def test_pdfium_empty_user_password_is_read(broken_pdfs: dict[str, Path]) -> None:
    if "empty-password" not in broken_pdfs:
        pytest.skip("qpdf is not installed")
    assert _read(broken_pdfs["empty-password"], "pdfium").tables


def test_pdfium_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF reader"):
        _read(ROOT / "raw" / "wuxi-2021-49.pdf", "mupdf")
