"""Run properties set by a style (extractors/docx_styles.py): a word struck through, hidden or set
in capitals by a character style or a paragraph style is read as Word shows it, as it is when the
run sets it itself. The LibreOffice print of the same document is read to the same rows, so the
page, not only this reader's idea of Word, says what is shown."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.make_documents import has_soffice, soffice_to_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/make_docx.py is a plain module
from make_docx import soffice_convert  # noqa: E402

HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
# Each cell: runs of (text, character style or ""); a cell of one string is one plain run.
Cell = str | list[tuple[str, str]]
ROWS: list[list[Cell]] = [
    ["1", "Certified Welding Inspector", "注册焊接检验师", "美国焊接协会 (American Welding Society)", "工程师", "机械工程"],
    # a struck old title before the new one, by a character style based on another
    ["2", "Certified Food Scientist (CFS)", "注册食品科学家", "美国食品工艺学家学会 (Institute of Food Technologists)",
     [("助理工程师", "修订删除"), ("工程师", "")], "农业"],
    # capitals by a style whose base sets w:caps; the body's name typed in lower case
    ["3", [("certified reliability engineer", "英文大写")], "注册可靠性工程师",
     [("美国质量协会 (", ""), ("american society for quality", "英文大写"), (")", "")], "工程师", "工程"],
    # the style strikes, the run switches it off: read
    ["4", "Certified Quality Engineer", "注册质量工程师", [("美国质量协会 (ASQ)", "修订删除!")], "工程师", "工程"],
    # a row struck whole by the style: withdrawn, its 序号 with it
    [[("5", "修订删除")], [("Heat Treating Specialist", "修订删除")], [("热处理专家", "修订删除")],
     [("美国材料信息协会 (ASM International)", "修订删除")], [("工程师", "修订删除")], [("机械工程", "修订删除")]],
    ["6", "Project Management Professional", "项目管理专业人士", "美国项目管理协会 (Project Management Institute)",
     "经济师", "经济"],
]
EXPECTED = [
    ("1", "Certified Welding Inspector", "注册焊接检验师", "美国焊接协会 (American Welding Society)", "工程师", "机械工程"),
    ("2", "Certified Food Scientist (CFS)", "注册食品科学家", "美国食品工艺学家学会 (Institute of Food Technologists)",
     "工程师", "农业"),
    ("3", "CERTIFIED RELIABILITY ENGINEER", "注册可靠性工程师", "美国质量协会 (AMERICAN SOCIETY FOR QUALITY)", "工程师",
     "工程"),
    ("4", "Certified Quality Engineer", "注册质量工程师", "美国质量协会 (ASQ)", "工程师", "工程"),
    ("6", "Project Management Professional", "项目管理专业人士", "美国项目管理协会 (Project Management Institute)",
     "经济师", "经济"),
]  # fmt: skip


def _build(path: Path) -> Path:
    document = docx.Document()
    styles = document.styles
    base = styles.add_style("修订", WD_STYLE_TYPE.CHARACTER)
    base.font.strike = True
    struck = styles.add_style("修订删除", WD_STYLE_TYPE.CHARACTER)
    struck.base_style = base  # the strike comes from the base style
    caps_base = styles.add_style("英文", WD_STYLE_TYPE.CHARACTER)
    caps_base.font.all_caps = True
    caps = styles.add_style("英文大写", WD_STYLE_TYPE.CHARACTER)
    caps.base_style = caps_base
    hidden = styles.add_style("内部备注", WD_STYLE_TYPE.PARAGRAPH)
    hidden.font.hidden = True
    document.add_paragraph("附件")
    document.add_paragraph("某市国际职业资格比照认定职称目录（第一批）")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
    for r, row in enumerate(ROWS, start=1):
        for c, cell in enumerate(row):
            paragraph = table.cell(r, c).paragraphs[0]
            for text, style in [(cell, "")] if isinstance(cell, str) else cell:
                run = paragraph.add_run(text, style=style.rstrip("!") or None)
                if style.endswith("!"):
                    run.font.strike = False  # the run's own setting wins over its style's
    # a hidden paragraph (by its paragraph style) in a cell: Word neither shows nor prints it
    table.cell(1, 4).add_paragraph("内部：待核实", style="内部备注")
    document.save(str(path))
    return path


def _rows(path: Path) -> list[tuple[str, ...]]:
    catalog = document_to_catalog(read_document(path, file_to_source(path, path.parent)))
    return [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series) for r in catalog.rows]


@pytest.fixture(scope="module")
def styled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("styles") / "styled.docx")


def test_docx_properties_set_by_styles_are_read_as_shown(styled: Path) -> None:
    assert _rows(styled) == EXPECTED


def test_docx_a_row_struck_whole_by_a_style_is_withdrawn(styled: Path) -> None:
    catalog = document_to_catalog(read_document(styled, file_to_source(styled, styled.parent)))
    assert [(h.seq, h.withdrawn) for h in catalog.headings] == [("5", True)]


@pytest.mark.slow
@pytest.mark.skipif(not has_soffice(), reason="needs LibreOffice")
def test_docx_styles_read_as_libreoffice_saves_and_prints_them(styled: Path, tmp_path: Path) -> None:
    # LibreOffice keeps the character styles (w:rStyle) when it saves the document again, and its
    # print draws what they set: struck lines, capitals, no hidden paragraph
    saved = soffice_convert(styled, tmp_path, "docx:MS Word 2007 XML")
    assert _rows(saved) == EXPECTED
    assert _rows(soffice_to_pdf(styled, tmp_path / "pdf")) == EXPECTED
