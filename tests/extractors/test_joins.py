import pytest

from extractors.joins import (
    Join,
    Spacing,
    han_spaces,
    join_cell_lines,
    join_evidence,
    settle,
    spacing_of,
    text_to_join,
    texts_to_vocabulary,
)

VOCABULARY = texts_to_vocabulary(["American Society for Metals", "Technologist in Chemistry (ASCP)", "Industrie- und Handelskammertag"])


@pytest.mark.parametrize(
    ("cell", "join", "expected"),
    [
        ("National Council of Examinersfor Engineering", "Examiners|for", "National Council of Examiners for Engineering"),
        ("Deutscher Industrie- und Handelskammertag", "Handelskamm|ertag", "Deutscher Industrie- und Handelskammertag"),
        ("Professional Software", "Profession|al", "Professional Software"),
        ("Pharmakant/-in", "Pharmakant/-|in", "Pharmakant/-in"),  # a gender suffix, not a word
        ("Maschinen-und Antriebstechnik", "Maschinen-|und", "Maschinen- und Antriebstechnik"),  # suspended hyphen
        ("ACRP-MDP", "ACRP-|MDP", "ACRP-MDP"),
        ("Examiners for Engineering", "Examiners| for", "Examiners for Engineering"),  # already a space
        ("Computer:Electrical", "Computer:|Electrical", "Computer:Electrical"),  # capitals are not evidence here
    ],
)
def test_joins_settle_by_document_words(cell: str, join: str, expected: str) -> None:
    assert settle(cell, text_to_join(3, join), VOCABULARY) == expected


def test_joins_settle_records_the_separator_chosen() -> None:
    join = text_to_join(3, "Examiners|for")
    settle("Examinersfor Engineering", join, VOCABULARY)
    assert str(join) == "Examiners| for"


def test_joins_vocabulary_strips_brackets_and_punctuation() -> None:
    assert {"ASCP", "in", "und", "Industrie-"} <= texts_to_vocabulary(["Technologist in Chemistry (ASCP)", "Industrie- und"])


@pytest.mark.parametrize(
    ("cell", "join", "expected"),
    [
        # glued by the geometry: two English words, and the glued piece is none -> a space
        ("Examinersfor Engineering", Join(3, "Examiners", "", "for Engineering"), "Examiners for Engineering"),
        # a German word cut mid-way: nothing in the list -> stays glued
        ("Handelskammertag", Join(3, "Handelskamm", "", "ertag"), "Handelskammertag"),
        # a derived word not in the list itself ("associate" + "ship") -> stays glued
        ("Associateship (ASDC)", Join(1, "Associates", "", "hip (ASDC)"), "Associateship (ASDC)"),
        # read as a space by the geometry, but one word cut mid-way -> glued
        ("Certifi cation", Join(1, "Certifi", " ", "cation"), "Certification"),
        # two words stay two
        ("Welding Metallurgy", Join(1, "Welding", " ", "Metallurgy"), "Welding Metallurgy"),
    ],
)
def test_joins_english_word_list_settles_breaks(cell: str, join: Join, expected: str) -> None:
    assert settle(cell, join, frozenset()) == expected


def test_joins_word_list_is_the_vendored_scowl_list() -> None:
    from extractors.joins import english_words

    words = english_words()
    assert len(words) > 70_000 and {"examiners", "for", "certification", "society"} <= words


@pytest.mark.parametrize(
    ("join", "why"),
    [
        (Join(1, "Communicatio", "", "ns"), "word list"),  # glued: a word, its pieces are not
        (Join(1, "Examiners", " ", "for"), "word list"),  # a space: two words, glued no word
        (Join(1, "Society", " ", "of"), "document"),  # "of" stands as a word in the document
        (Join(1, "Operations", "", "+"), ""),  # nothing to weigh
        (Join(1, "国际纺织学会", " ", "(Textile"), ""),  # Latin next to CJK: no word evidence
        (Join(1, "Handelskamm", "", "ertag"), "word list"),  # "ertag" is no word of its own: a cut word
        (Join(1, "Mechatroniker", "", "für"), ""),  # "für" may stand alone: a space was possible
        (Join(1, "Handelskamm", "", "eRtag"), ""),  # not a lower-case piece: nothing to weigh
        (Join(1, "a", "", "b"), ""),  # one letter before the break: too little to weigh
        (Join(1, "Maschinen-", " ", "und"), "word list"),  # a conjunction after a hyphen: suspended
        (Join(1, "Corrosion-", "", "Chemical"), "hyphen"),  # a capital after a hyphen: bound
        (Join(1, "电子技术员-", "", "机械"), "hyphen"),
        (Join(1, "Maschinen-", "", "Und"), ""),  # a conjunction after a hyphen: glued has no support
        (Join(1, "Chemika", "", "nt/-in"), "word list"),  # "nt": the word list's abbreviations are no words here
        (Join(1, "Pharmak", "", "ant/-in"), "word list"),  # letters bound to a gender ending end a German noun
    ],
)
def test_join_evidence_names_what_supports_a_reading(join: Join, why: str) -> None:
    assert join_evidence(join, frozenset({"of"})) == why


SPACED = Spacing({((("汉", "(")), " "): 3, ((("a", "/")), ""): 5, ((("a", "/")), " "): 1})


@pytest.mark.parametrize(
    ("cell", "join", "expected", "why"),
    [
        # the document prints an ideograph and "(" with a space, always: the break follows it
        ("国际纺织学会(Textile Institute)", Join(3, "国际纺织学会", "", "(Textile"), "国际纺织学会 (Textile Institute)",
         "document spacing"),
        ("国际纺织学会 (Textile Institute)", Join(3, "国际纺织学会", " ", "(Textile"), "国际纺织学会 (Textile Institute)",
         "document spacing"),
        # a letter and "/" both ways in the document: no convention, the geometry's reading stands
        ("Mechatroniker/Elektroniker", Join(1, "Mechatroniker", "", "/Elektroniker"), "Mechatroniker/Elektroniker", ""),
        # a German gender ending binds to its noun whatever the document does elsewhere
        ("Mechatroniker/-in", Join(1, "Mechatroniker", "", "/-in"), "Mechatroniker/-in", "word list"),
        ("Elektroniker /-in", Join(1, "Elektroniker", " ", "/-in"), "Elektroniker/-in", "word list"),
        ("Mechaniker /-innen", Join(1, "Mechaniker", " ", "/-innen"), "Mechaniker/-innen", "word list"),
        ("Kraftfahrzeugmechatroniker/ -in", Join(1, "Kraftfahrzeugmechatroniker/", " ", "-in"),
         "Kraftfahrzeugmechatroniker/-in", "word list"),
        ("Werk /-intern", Join(1, "Werk", " ", "/-intern"), "Werk /-intern", ""),  # not an ending: a word goes on
        # never between two letters: words decide there
        ("Examinersfor", Join(3, "Examiners", "", "for"), "Examiners for", "word list"),
    ],
)  # fmt: skip
def test_joins_document_spacing_settles_breaks_next_to_other_kinds(cell: str, join: Join, expected: str, why: str) -> None:
    assert settle(cell, join, frozenset(), SPACED) == expected
    assert join_evidence(join, frozenset(), SPACED) == why


def test_joins_spacing_counts_distinct_cells_without_the_open_breaks() -> None:
    open_break = Join(3, "纺织学会", " ", "(Textile")
    cells = [("国际焊接学会 (IIW)", []), ("国际焊接学会 (IIW)", []), ("英国皇家学会 (RS)", []),
             ("国际纺织学会 (Textile Institute)", [open_break])]  # fmt: skip
    spacing = spacing_of(cells)
    # the repeated cell counts once and the open break not at all: two printings, too few
    assert spacing.counts[(("汉", "("), " ")] == 2 and spacing.convention("会", "(") is None
    spacing = spacing_of([*cells, ("美国焊接协会 (AWS)", [])])
    assert spacing.convention("会", "(") == " " and spacing.convention("会", "（") is None
    assert spacing_of([*cells, ("美国焊接协会 (AWS)", []), ("美国焊接协会(AWS)", [])]).convention("会", "(") is None


def test_joins_spacing_tells_a_dash_standing_alone_from_a_hyphen_in_a_word() -> None:
    # unseen34, first contact: a Chromium print glues hyphens to capitals in its codes ("IPC-A-610"),
    # and its "Architect -|Professional" (a dash standing alone, its space lost at the break) had
    # been settled glued by that convention, published without review
    cells = [("IPC-A-610", []), ("IPC-J-STD-001", []), ("ISO-IEC 17024", []), ("Solutions Architect - Associate", []),
             ("Solutions Architect -Professional", [Join(0, "-", "", "Professional")])]  # fmt: skip
    spacing = spacing_of(cells)
    assert spacing.convention("C-", "A") == ""  # a hyphen inside a word: the codes
    assert spacing.convention("-", "P") is None  # a dash alone: one printing spaced, too few
    join = Join(0, "-", "", "Professional")
    assert join_evidence(join, frozenset(), spacing) == ""  # undecided: the field waits for a steward


def test_joins_spacing_of_ideographs_next_to_latin_in_general_decides_a_rare_pair() -> None:
    # two printings of "学会 (" are too few alone; with "ACRP 认证" the document spaces ideographs
    # and Latin three times and never glues them (a narrow Chromium print, found by probing)
    spacing = spacing_of([("美国焊接协会 (AWS)", []), ("英国皇家学会 (RS)", []), ("ACRP 认证专业人员", [])])
    assert spacing.convention("会", "(") == " " and spacing.convention("P", "认") == " "
    # one glued printing anywhere: no convention
    spacing = spacing_of([("美国焊接协会 (AWS)", []), ("英国皇家学会 (RS)", []), ("ACRP 认证专业人员", []), ("IEEE计算机学会", [])])
    assert spacing.convention("会", "(") is None


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["Elektroniker", "/-in"], "Elektroniker/-in"),
        (["Elektroniker/", "-in"], "Elektroniker/-in"),
        (["Elektroniker/-", "in"], "Elektroniker/-in"),
        (["Kraftfahrzeug-", "mechatroniker/-in"], "Kraftfahrzeug-mechatroniker/-in"),
        (["Corrosion-", "Chemical"], "Corrosion-Chemical"),
        (["Maschinen-", "und Antriebstechnik"], "Maschinen- und Antriebstechnik"),  # a suspended hyphen
        (["Level 3 -", "Advanced"], "Level 3 - Advanced"),  # a hyphen standing alone
        (["美国焊接", "协会"], "美国焊接协会"),
        (["American Welding", "Society"], "American Welding Society"),
        (["", "ASM", ""], "ASM"),
    ],
)
def test_join_cell_lines_of_typed_breaks(lines: list[str], text: str) -> None:
    assert join_cell_lines(lines) == text


def test_han_spaces_names_each_space_between_two_chinese_characters() -> None:
    assert han_spaces("美国材料信息协 会 (ASM International)") == ["协 会"]
    assert han_spaces("石油化工工  程, 冶金 师") == ["工  程", "金 师"]
    # a space beside Latin, a digit or a full-width bracket is not one
    assert han_spaces("注册焊接检验师 (CWI)") == han_spaces("A 类") == han_spaces("协会 （ASM）") == []
