"""extractors.html on the bundled notices and on pages of our own making."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from core.errors import DocumentTooLarge, UnreadableDocument
from core.model import Document, SourceFile
from extractors.html import bytes_to_text, read_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/make_docx.py is a plain module
from make_docx import catalog_html, catalog_html_expectation  # noqa: E402

from tests.notices import NOTICES, load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _read(path: Path) -> Document:
    data = path.read_bytes()
    return read_html(path, SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data)))


def _page(tmp_path: Path, data: bytes, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return _read(path)



def _cells(doc: Document, table: int = 0) -> list[list[str | None]]:
    return [list(row.cells) for row in doc.tables[table].rows]


@pytest.mark.parametrize("name", NOTICES)
def test_html_catalog_rows_equalload_truth(name: str) -> None:
    truth = load_truth(name)
    doc = _read(ROOT / "raw" / f"{name}.html")
    assert len(doc.tables) == 1
    rows = _cells(doc)
    assert rows[0] == truth["header"]
    assert rows[1:] == truth["rows"]


@pytest.mark.parametrize("name", NOTICES)
def test_html_lineage_points_at_table_and_row(name: str) -> None:
    path = ROOT / "raw" / f"{name}.html"
    doc = _read(path)
    refs = [row.ref for row in doc.tables[0].rows]
    assert [(r.table, r.row) for r in refs] == [(1, n) for n in range(1, len(refs) + 1)]
    assert {(r.file, r.sha256, r.page, r.bbox) for r in refs} == {(path.name, doc.source.sha256, None, None)}



def _word_wrapped(page: str, every: int = 9) -> str:
    """The page's source hard-wrapped as Word's "Save as Web Page" writes it: about every `every`
    characters of text a line break, inside a run of Chinese text or in place of a space between
    words (never inside a tag or a word, nor for a space printed between two Chinese characters)."""
    parts = []
    for part in re.split(r"(<[^>]*>)", page):
        if part.startswith("<"):
            parts.append(part)
            continue
        out, count = [], 0
        for i, ch in enumerate(part):
            count += 1
            if ch == " " and count >= every and not (_wide(part[i - 1]) and _wide(part[i + 1 : i + 2] or "a")):
                out.append("\r\n")
                count = 0
                continue
            out.append(ch)
            if count >= every and i + 1 < len(part) and _wide(ch) and _wide(part[i + 1]):
                out.append("\r\n")
                count = 0
        parts.append("".join(out))
    return "".join(parts)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("F", "W")


@pytest.mark.parametrize("name", NOTICES)
def test_html_source_wrapped_inside_chinese_text_reads_as_printed(tmp_path: Path, name: str) -> None:
    # A line break in the source between two Chinese characters is no space (CSS Text 3; Firefox
    # shows none): before, "美国材料\r\n信息协会" was read "美国材料 信息协会", and the title too.
    source = (ROOT / "raw" / f"{name}.html").read_bytes().decode("utf-8")
    wrapped = _word_wrapped(source)
    assert wrapped.count("\r\n") > 300  # the test wraps inside names, not only between tags
    doc = _page(tmp_path, wrapped.encode("utf-8"))
    truth = load_truth(name)
    assert _cells(doc) == [truth["header"], *truth["rows"]]
    assert doc.text == _read(ROOT / "raw" / f"{name}.html").text


def test_html_source_break_between_inline_tags_and_where_it_stays_a_space(tmp_path: Path) -> None:
    page = (
        "<html><body><p><span>关于印发《国际职业资格比照认定职称目录》的通\r\n</span><span>知</span></p>"
        "<table><tr><td>美国材料\n  信息协会（ASM\nInternational）</td><td>한국\n산업인력공단</td>"
        "<td>美国\nASM</td></tr></table><pre>序号\n名称</pre></body></html>"
    )
    doc = _page(tmp_path, page.encode("utf-8"))
    assert _cells(doc) == [["美国材料信息协会（ASM International）", "한국 산업인력공단", "美国 ASM"]]
    assert doc.text.split("\n") == ["关于印发《国际职业资格比照认定职称目录》的通知", "序号 名称"]  # <pre> keeps its break

def test_html_text_is_paragraphs_outside_tables() -> None:
    doc = _read(ROOT / "raw" / "taizhou-2022-30.html")
    lines = doc.text.split("\n")
    assert lines[:2] == ["泰州市专业技术人员职称(职业资格)工作领导小组办公室", "泰职办〔2022〕30号"]
    assert lines[-2:] == ["附件 1", "泰州市国际职业资格比照认定专业技术资格目录（第一批）"]
    assert "" not in lines and "ACRP" not in doc.text


@pytest.fixture(scope="module")
def gbk_catalog() -> tuple[bytes, list[list[str | None]]]:
    truth = load_truth("wuxi-2021-49")
    title = "苏州市国际职业资格比照认定专业技术资格目录（第二批）"
    page = catalog_html(truth["rows"], truth["header"], title, "gb2312").encode("gbk")
    return page, catalog_html_expectation(truth["rows"], truth["header"], title)


def test_html_gbk_page_with_spans_and_breaks(tmp_path: Path, gbk_catalog: tuple[bytes, list[list[str | None]]]) -> None:
    page, expected = gbk_catalog
    doc = _page(tmp_path, page)
    assert _cells(doc) == expected
    assert _cells(doc)[0][1:] == [None] * 5  # the title row's colspan
    assert doc.text == "附件\n苏州市国际职业资格比照认定专业技术资格目录（第二批）"  # no script, title or hidden text


def test_html_gbk_page_without_charset_falls_back_to_gb18030(
    tmp_path: Path, gbk_catalog: tuple[bytes, list[list[str | None]]]
) -> None:
    page, expected = gbk_catalog
    unlabelled = page.replace(b"charset=gb2312", b"")
    mislabelled = page.replace(b"charset=gb2312", b"charset=utf-8")
    assert _cells(_page(tmp_path, unlabelled, "a.html")) == expected
    assert _cells(_page(tmp_path, mislabelled, "b.html")) == expected


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("\ufeff<p>无锡市</p>".encode("utf-8"), "<p>无锡市</p>"),
        ("\ufeff<p>无锡市</p>".encode("utf-16"), "<p>无锡市</p>"),
        ("<meta charset='GBK'><p>锡人社职〔2021〕49号</p>".encode("gbk"), "<meta charset='GBK'><p>锡人社职〔2021〕49号</p>"),
        ("<meta charset='big5'><p>無錫市</p>".encode("big5"), "<meta charset='big5'><p>無錫市</p>"),
        ("<p>无锡市</p>".encode("utf-8"), "<p>无锡市</p>"),
        ("<p>\u4e02</p>".encode("gb18030"), "<p>\u4e02</p>"),  # a GBK-only character, no label
    ],
    ids=["utf8-bom", "utf16-bom", "meta-gbk", "meta-big5", "plain-utf8", "unlabelled-gbk"],
)
def test_html_bytes_to_text_encoding(data: bytes, text: str) -> None:
    assert bytes_to_text(data) == text


def test_html_page_without_table(tmp_path: Path) -> None:
    page = (
        "<html><head><title>标题</title><style>p {color: red}</style></head><body>"
        "<div class='nav'>首页 &gt; 通知公告</div><h1>关于做好2023年度职称评审工作的通知</h1>"
        "<div>各有关单位：<br>现将有关事项通知如下。</div><p>苏州市人力资源和社会保障局<br/>2023年5月6日</p>"
        "</body></html>"
    )
    doc = _page(tmp_path, page.encode("utf-8"))
    assert doc.tables == ()
    assert doc.text.split("\n") == [
        "首页 > 通知公告",
        "关于做好2023年度职称评审工作的通知",
        "各有关单位：",
        "现将有关事项通知如下。",
        "苏州市人力资源和社会保障局",
        "2023年5月6日",
    ]


def test_html_layout_frame_yields_inner_table(tmp_path: Path) -> None:
    page = (
        "<table><tr><td><p>正文标题</p>"
        "<table><tr><th>序号</th><th>职业资格名称</th></tr><tr><td>1</td><td><p>CFA</p><p>(Chartered)</p></td></tr></table>"
        "<p>落款</p></td></tr></table>"
    )
    doc = _page(tmp_path, page.encode("utf-8"))
    assert [_cells(doc, i) for i in range(len(doc.tables))] == [[["序号", "职业资格名称"], ["1", "CFA (Chartered)"]]]
    assert doc.text.split("\n") == ["正文标题", "落款"]


def test_html_spans_overlap_and_short_rows(tmp_path: Path) -> None:
    page = (
        "<table><thead><tr><th rowspan='2'>A</th><th colspan='2'>B</th></tr></thead>"
        "<tfoot><tr><td colspan='3'>注</td></tr></tfoot>"
        "<tbody><tr><td>b1</td><td rowspan='9'>b2</td></tr><tr><td>x</td></tr></tbody></table>"
    )
    # Rendered order: thead, tbody, tfoot. rowspan='9' is cut at the table's end; short rows pad "".
    assert _cells(_page(tmp_path, page.encode("utf-8"))) == [
        ["A", "B", None],
        [None, "b1", "b2"],
        ["x", "", None],
        ["注", None, None],
    ]
    # a colspan covers its own row (across); a rowspan the rows below it (down)
    assert [row.across for row in _page(tmp_path, page.encode("utf-8")).tables[0].rows] == [
        frozenset({2}), frozenset(), frozenset(), frozenset({1, 2}),
    ]


def test_html_huge_spans_are_too_large(tmp_path: Path) -> None:
    row = "<tr><td rowspan='65534' colspan='1000'>x</td></tr>"
    with pytest.raises(DocumentTooLarge, match="over 2000000 cells"):
        _page(tmp_path, ("<table>" + row * 3000 + "</table>").encode("utf-8"), "huge.html")


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02", b"   "], ids=["empty", "binary", "blank"])
def test_html_unparsable_page_is_unreadable(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UnreadableDocument):
        _page(tmp_path, data)


def test_html_a_catalog_cell_holding_a_small_table_keeps_the_catalog(tmp_path: Path) -> None:
    # Found by probing: a nested table in one issuer cell made the catalog a "layout frame".
    from extractors.tables import document_to_catalog

    head = "".join(f"<th>{h}</th>" for h in ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"))
    issuer = "<table><tr><td>英国机械工程师学会</td><td>(IMechE)</td></tr></table>"
    rows = (f"<tr><td>1</td><td>CEng</td><td>特许工程师</td><td>{issuer}</td><td>工程师</td><td>机械工程</td></tr>"
            "<tr><td>2</td><td>MRICS</td><td>特许测量师</td><td>RICS</td><td>工程师</td><td>建设工程</td></tr>")  # fmt: skip
    page = tmp_path / "nested.html"
    page.write_text(f"<html><body><table><tr>{head}</tr>{rows}</table></body></html>", encoding="utf-8")
    got = [(r.seq, r.issuer) for r in document_to_catalog(_read(page)).rows]
    assert got == [("1", "英国机械工程师学会 (IMechE)"), ("2", "RICS")]


ROW_LIST = ("<ul class='list'><li><span>序号</span><span>职业资格名称</span><span>颁证单位</span><span>对应职称</span></li>"
            "<li><span>1</span><span>Chartered <br>Engineer</span><span>Engineering Council</span><span>工程师</span></li>"
            "<li><span>2</span><span>CFA</span><span>CFA Institute</span><span>经济师</span></li></ul>")  # fmt: skip


def test_html_rows_of_cells_under_a_catalog_header_are_a_table(tmp_path: Path) -> None:
    """A CMS's catalog as a list of flex rows (unseen19): read as the table it shows."""
    doc = _page(tmp_path, f"<p>附件</p>{ROW_LIST}<p>落款</p>".encode())
    assert _cells(doc) == [["序号", "职业资格名称", "颁证单位", "对应职称"], ["1", "Chartered Engineer", "Engineering Council", "工程师"],
                           ["2", "CFA", "CFA Institute", "经济师"]]  # fmt: skip
    assert doc.text.split("\n") == ["附件", "落款"]


@pytest.mark.parametrize("page", [
    # no catalog header: a menu, a footer of link columns
    "<ul><li><a>首页</a><a>政务公开</a><a>办事服务</a></li><li><a>1</a><a>2</a><a>3</a></li><li><a>4</a><a>5</a><a>6</a></li></ul>",
    # rows of other lengths, text of a row outside its cells, a row holding a list
    ROW_LIST.replace("<span>CFA</span>", ""),
    ROW_LIST.replace("<li><span>2</span>", "<li>说明<span>2</span>"),
    ROW_LIST.replace("<span>CFA</span>", "<span><ul><li>CFA</li></ul></span>"),
])  # fmt: skip
def test_html_rows_that_are_no_catalog_stay_running_text(tmp_path: Path, page: str) -> None:
    doc = _page(tmp_path, page.encode())
    assert doc.tables == ()


def _cards(numbers: list[str], labels: tuple[str, ...] = ("职业资格名称", "颁证单位", "对应职称")) -> str:
    values = [("CFA", "CFA Institute", "经济师"), ("FRM", "GARP", "经济师"), ("PMP", "PMI", "工程师")]
    return "<div class='cards'>" + "".join(
        f"<div class='card'>{f'<span>{n}</span>' if n else ''}<dl>"
        + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in zip(labels, row)) + "</dl></div>"
        for n, row in zip(numbers, values)) + "</div>"  # fmt: skip


def test_html_cards_of_labels_and_values_are_a_table(tmp_path: Path) -> None:
    """A CMS's catalog as one <dl> card per entry (unseen19): the labels are the header; a badge
    numbering the cards 1, 2, 3 … is the 序号."""
    doc = _page(tmp_path, f"<p>附件</p>{_cards(['1', '2', '3'])}<p>落款</p>".encode())
    assert _cells(doc) == [["序号", "职业资格名称", "颁证单位", "对应职称"], ["1", "CFA", "CFA Institute", "经济师"],
                           ["2", "FRM", "GARP", "经济师"], ["3", "PMP", "PMI", "工程师"]]  # fmt: skip
    assert doc.text.split("\n") == ["附件", "落款"]
    assert _cells(_page(tmp_path, _cards(["", "", ""]).encode()))[0] == ["职业资格名称", "颁证单位", "对应职称"]


@pytest.mark.parametrize("page", [
    _cards(["1", "3", "4"]),  # badges that do not number the cards
    _cards(["1", "2", ""]),  # a card without its badge
    _cards(["1", "2", "3"], labels=("姓名", "工作单位", "职称")),  # no catalog header: people
    _cards(["1", "2", "3"]).replace("<dt>颁证单位</dt><dd>GARP</dd>", "<dt>发证机构</dt><dd>GARP</dd>"),  # labels differ
])  # fmt: skip
def test_html_cards_that_are_no_catalog_stay_running_text(tmp_path: Path, page: str) -> None:
    assert _page(tmp_path, page.encode()).tables == ()


def test_html_struck_through_text_is_not_read(tmp_path: Path) -> None:
    page = """<html><head><style>.gone { color: red; text-decoration: line-through }</style></head><body>
    <p>根据<del>旧的</del>规定</p><table>
    <tr><th>序号</th><th>职业资格名称</th><th>对应职称</th></tr>
    <tr><td>1</td><td><s>AICHE member</s> AIChE member</td><td><strike>助理工程师</strike>工程师</td></tr>
    <tr style="text-decoration: underline line-through"><td>2</td><td>Professional Members</td><td>工程师</td></tr>
    <tr><td>2</td><td>MSPE <span class="gone">(SPE)</span></td><td><u>工程师</u></td></tr>
    <tr><td>3</td><td><del><span style="text-decoration: none">CEng</span></del>IEng</td>
        <td style="text-decoration-line: line-through">工程师</td></tr>
    </table></body></html>"""
    doc = _page(tmp_path, page.encode())
    # a struck row prints nothing; the struck words of a cell are no part of it; an underline is no strike
    assert _cells(doc) == [["序号", "职业资格名称", "对应职称"], ["1", "AIChE member", "工程师"], ["", "", ""],
                           ["2", "MSPE", "工程师"], ["3", "IEng", ""]]  # fmt: skip
    assert "旧的" not in doc.text and "根据" in doc.text
    # the row struck whole keeps its struck text aside: it is withdrawn (tables: a heading, its 序号 counted)
    assert [row.struck for row in doc.tables[0].rows] == [(), (), ("2", "Professional Members", "工程师"), (), ()]


def test_html_text_transform_is_read_as_shown(tmp_path: Path) -> None:
    page = """<html><head><style>.caps { text-transform: uppercase } td.plain { text-transform: none }</style></head>
    <body><table><tr><th>序号</th><th>职业资格名称</th><th>颁证单位</th></tr>
    <tr><td>1</td><td class="caps">Chartered Engineer (CEng)</td><td>Engineering Council</td></tr>
    <tr><td>2</td><td style="text-transform: capitalize">certified clinical data manager (ccdm)</td>
        <td>(society for <span style="text-transform:lowercase">CLINICAL</span> data)</td></tr>
    <tr class="caps"><td>3</td><td>member</td><td class="plain">Society of Dyers</td></tr>
    </table></body></html>"""
    assert _cells(_page(tmp_path, page.encode()))[1:] == [
        ["1", "CHARTERED ENGINEER (CENG)", "Engineering Council"],
        ["2", "Certified Clinical Data Manager (Ccdm)", "(society for clinical data)"],
        ["3", "MEMBER", "Society of Dyers"],
    ]


_GRID_ROWS = [("序号", "职业资格名称", "颁证单位", "对应职称"), ("1", "Certified Welding Inspector", "美国焊接协会", "工程师"),
              ("2", "Applied General Metallurgy", "美国材料信息协会", "工程师")]


def _grid_page(columns: str, cell_style: str = "") -> bytes:
    cells = "".join(f"<div{cell_style}>{text}</div>" for row in _GRID_ROWS for text in row)
    return (f"<html><head><style>.g{{display:grid;grid-template-columns:{columns}}}</style></head><body>"
            f"<p>目录</p><div class='g'>{cells}</div><p>完</p></body></html>").encode()


@pytest.mark.parametrize("columns", ["6% 40% 34% 20%", "repeat(4, 1fr)", "minmax(2em, 1fr) 3fr 3fr 2fr"])
def test_html_css_grid_of_cells_is_read_as_its_table(tmp_path: Path, columns: str) -> None:
    # found by bench/probe_variants.py (html-div-grid): a CMS's catalog as a CSS grid was quarantined
    doc = _page(tmp_path, _grid_page(columns))
    assert _cells(doc) == [list(row) for row in _GRID_ROWS]


@pytest.mark.parametrize(("columns", "cell_style"), [("repeat(4, 1fr)", " style='grid-column: span 2'"),
                                                     ("repeat(auto-fill, 8em)", ""), ("repeat(5, 1fr)", "")])
def test_html_css_grid_not_laid_out_in_reading_order_is_no_table(tmp_path: Path, columns: str, cell_style: str) -> None:
    # cells placed elsewhere, tracks unknown, or a last row the cells do not fill: not read as a table
    assert _page(tmp_path, _grid_page(columns, cell_style)).tables == ()


def test_html_css_grid_hidden_cells_take_no_place_and_the_last_display_wins(tmp_path: Path) -> None:
    cells = "".join(f"<div>{text}</div>" for row in _GRID_ROWS for text in row)
    withdrawn = "<div style='display:none'>3</div>" * 4  # a CMS keeps a withdrawn row's cells hidden
    page = (f"<html><head><style>.g{{display:grid;grid-template-columns:repeat(4, 1fr)}}</style></head><body>"
            f"<div class='g'>{cells}{withdrawn}</div><div class='g' style='display:block'>{cells}</div></body></html>")
    doc = _page(tmp_path, page.encode())
    assert [_cells(doc, t) for t in range(len(doc.tables))] == [[list(row) for row in _GRID_ROWS]]
