"""Cell text as published: whitespace collapsed, control characters and invisible ones gone, and
what a typist's input mode changed folded."""

import pytest

from core.cells import clean_cell, fold_typing, is_seq_like, seq_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Certified\u3000Safety\n Professional ", "Certified Safety Professional"),
        ("美国\x0b安全\x0c工程师协会", "美国 安全 工程师协会"),  # vertical tab, form feed: whitespace
        ("ASM\x01 International\x1b\x7f", "ASM International"),  # controls no name means
        ("\x00", ""),
        (None, ""),
        ("Industrie\u200bmechaniker\ufeff", "Industriemechaniker"),  # zero-width space, BOM: no space
        ("Werkzeug\u00admechaniker/-in", "Werkzeugmechaniker/-in"),  # a soft hyphen prints nothing mid-line
    ],
)
def test_clean_cell(raw: str | None, clean: str) -> None:
    assert clean_cell(raw) == clean


@pytest.mark.parametrize(
    ("printed", "number"),
    [("12", "12"), ("１２", "12"), ("12.", "12"), ("12、", "12"), ("１２．", "12"), (" 3 ", "3"),
     ("1-2", "1-2"), ("一", "一"), ("12.5", "12.5"), ("", ""), ("12345", "12345"),
     ("（3）", "3"), ("(12)", "12"), ("（１２）", "12"), ("（3", "（3"), ("3）", "3）"), ("（3）.", "（3）."),
     ("①", "1"), ("⑳", "20"), ("㉑", "21"), ("①②", "①②"), ("²", "²")],  # circled numbers (unseen39); ² is no 序号
)  # fmt: skip
def test_cells_seq_text_reads_the_number_a_seq_prints(printed: str, number: str) -> None:
    assert seq_text(printed) == number
    assert is_seq_like(printed) == (printed.strip() == "" or number.isdecimal() and len(number) <= 4)


@pytest.mark.parametrize(
    ("typed", "published"),
    [
        ("美国材料信息协会 （ＡＳＭ\u3000Ｉｎｔｅｒｎａｔｉｏｎａｌ）", "美国材料信息协会 (ASM International)"),
        ("Ｃｏｒｒｏｓｉｏｎ－Ｃｈｅｍｉｃａｌ ＆ Ｅｌｅｖａｔｅｄ Ｔｅｍｐｅｒａｔｕｒｅ", "Corrosion-Chemical & Elevated Temperature"),
        ("ＮＡＣＥ 二级涂装检验师", "NACE 二级涂装检验师"),
        ("Non\u2010Ferrous", "Non-Ferrous"), ("ACRP\u2212CP", "ACRP-CP"), ("电子技术员－机械", "电子技术员-机械"),
        ("Non\u2013Ferrous", "Non-Ferrous"), ("Mechatroniker／-in", "Mechatroniker/-in"),
        # as printed: brackets round Chinese or ASCII text, a spaced dash, a solidus before a country
        ("英国皇家特许测量师学会（RICS）会员资格", "英国皇家特许测量师学会（RICS）会员资格"),
        ("（ＡＳＭ会员）", "（ASM会员）"), ("Designer – Advanced", "Designer – Advanced"),
        ("(U.S. Green Building Council)／美国", "(U.S. Green Building Council)／美国"), ("（试行）", "（试行）"),
    ],
)  # fmt: skip
def test_cells_fold_typing_undoes_the_input_mode_only(typed: str, published: str) -> None:
    assert fold_typing(typed) == published
