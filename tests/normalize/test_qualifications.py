import pytest

from core.model import stable_id
from normalize.qualifications import (
    QualificationName,
    abbreviation_aliases,
    identity_name,
    identity_names,
    issuer_abbrs,
    name_to_parts,
    qualification_id,
    qualification_ids,
    qualification_key,
)

# (issuer, name as one city prints it, name as another city prints it): one qualification.
SAME_CASES = [
    ("iss-aiche", "AIChE member", "AICHE member"),  # both notices
    ("iss-aiche", "AIChE member", "Member of AIChE"),
    ("iss-aiche", "AIChE member", "AIChE Membership"),
    ("iss-imeche", "Chartered Engineer (CEng)", "Chartered Engineer"),  # abbreviation dropped
    ("iss-imeche", "Chartered Engineer (CEng)", "CEng (Chartered Engineer)"),
    ("iss-imeche", "Chartered Engineer (CEng)", "chartered  engineer （CEng）"),
    ("iss-imeche", "Incorporated Engineer", "Incorporated Engineer (IEng)"),  # abbreviation added
    ("iss-nace", "NACE CIP2", "NACE CIP Level 2"),
    ("iss-nace", "NACE CIP2", "NACE CIP II"),
    ("iss-nace", "NACE CIP3", "NACE CIP 3"),
    ("iss-nace", "NACE CIP3", "Level III NACE CIP"),
    ("iss-ncees", "PE Civil Structural", "PE Civil: Structural"),
    ("iss-ncees", "PE Mechanical: HVAC and Refrigeration", "PE Mechanical - HVAC & Refrigeration"),
    ("iss-dihk", "Mechatroniker/-in", "Mechatroniker/in"),
    ("iss-dihk", "Mechatroniker/-in", "Mechatroniker"),
    ("iss-dihk", "Mechatroniker/-in für Kältetechnik", "Mechatroniker/in für Kaltetechnik"),
    ("iss-asm", "Corrosion-Chemical & Elevated Temperature", "Corrosion Chemical and Elevated Temperature"),
    ("iss-usgbc", "LEED AP Building Design + Construction (LEED AP BD+C)", "LEED AP Building Design and Construction"),
    ("iss-ascp", "International Medical Technologist, MT (ASCP)", "International Medical Technologist"),
    ("iss-ascp", "International Technologist in Chemistry (ASCP)", "International Technologist in Chemistry"),
    ("iss-acrp", "ACRP-CP (ACRP Certified Professional)", "ACRP Certified Professional (ACRP-CP)"),
    ("iss-ieee-cs", "Professional Software Developer Certification", "Professional Software Developer"),
    ("iss-clarb", "CLARB Certification", "CLARB Certificate"),
    ("iss-acm", "Professional Members", "Professional Member"),
    ("iss-ads", "Ordinary Membership", "Ordinary Member"),
    ("iss-sdc", "Associateship (ASDC)", "Associateship（ASDC）"),
    ("iss-ime", "International Certified Mechanical Engineer (ICME)", "ICME (International Certified Mechanical Engineer)"),
    # The issuer's own name after of/der is no part of the qualification's identity.
    ("iss-rics", "Member (MRICS)", "Member of the Royal Institution of Chartered Surveyors (MRICS)"),
    ("iss-asm", "Fellow (FASM)", "Fellow of ASM International (FASM)"),
    ("iss-ciob", "Chartered Member (MCIOB)", "Chartered Member of the Chartered Institute of Building (MCIOB)"),
    # A word that only says "a credential", and a grade written in Chinese.
    ("iss-cfa-institute", "CFA charterholder", "CFA"),
    ("iss-acca", "ACCA Qualification", "ACCA"),
    ("iss-ipma", "IPMA Level B", "认证高级项目经理（IPMA B级）"),
    ("iss-twi", "Welding Inspector Level 2", "焊接检验员（二级，Welding Inspector）"),
    # a bracketed short form of the name's own words is an abbreviation, not more name
    ("iss-ibd", "Diploma in Brewing", "Diploma in Brewing (Dip Brew)"),
    # A Chinese translation printed beside the Latin name is the 译名 column's.
    ("iss-ncees", "FE", "FE 工程基础"),
    ("iss-ncees", "Fundamentals of Engineering (FE)", "Fundamentals of Engineering（基础工程）"),
    # the issuer's own member post-nominal beside a title: the title
    ("iss-ice", "Chartered Engineer (CEng)", "CEng MICE"),
    ("iss-iet", "CEng", "CEng MIET"),
    # a trademark sign, a spaced dash between abbreviation and name, L3 for Level 3
    ("iss-acrp", "Certified Clinical Research Coordinator (CCRC®)", "Certified Clinical Research Coordinator (CCRC)"),
    ("iss-pmi", "PMP® – Project Management Professional", "Project Management Professional (PMP)"),
    ("iss-rsb", "CBiol – Chartered Biologist", "Chartered Biologist (CBiol)"),
    ("iss-nace", "NACE CIP3", "NACE CIP L3"),
    # Class I is a level; Geprüfter is German for certified
    ("iss-jwes", "Certified Welding Coordination Engineer, Class I", "Welding Coordination Engineer Grade 1"),
    # an ordinal before a level word is that level; 'Charter' only says "a credential" (济南, 西安)
    ("iss-jsce", "First Grade Civil Engineer", "JSCE Grade 1 Civil Engineer"),
    ("iss-jsce", "1st Grade Civil Engineer", "Grade 1 Civil Engineer"),
    ("iss-cfa-institute", "CFA Charter", "CFA"),
    ("iss-dihk", "Geprüfter Industriemeister", "Industriemeister"),
    # the issuer's name in brackets; a short form whose capitals are initials ('FS Eng')
    ("iss-tuv-rheinland", "Functional Safety Engineer (TÜV Rheinland)", "Functional Safety Engineer (FS Eng)"),
    # the examination that awards it (合肥)
    ("iss-ipa-japan", "Applied Information Technology Engineer Examination", "Applied Information Technology Engineer"),
    ("iss-ncees", "PE Civil Exam", "PE Civil"),
]


@pytest.mark.parametrize(("issuer", "one", "other"), SAME_CASES)
def test_qualification_id_same_qualification(issuer: str, one: str, other: str) -> None:
    assert qualification_id(issuer, one) == qualification_id(issuer, other)


# Different qualifications of one issuer that look alike.
APART_CASES = [
    ("iss-nace", "NACE CIP2", "NACE CIP3"),
    ("iss-nace", "NACE CIP Level 1", "NACE CIP Level 2"),
    ("iss-ncees", "FE Mechanical", "PE Mechanical"),
    ("iss-ncees", "PE Civil Structural", "PE Civil Construction"),
    ("iss-ncees", "FE Electrical and Computer", "PE Electrical and Computer: Electrical and Electronics"),
    ("iss-ncees", "PE Mechanical: HVAC and Refrigeration", "PE Mechanical: Thermal and Fluids Systems"),
    ("iss-aacr", "Associate Member", "Active Member"),
    ("iss-dihk", "Mechatroniker/-in", "Mechatroniker/-in für Kältetechnik"),
    ("iss-dihk", "Mechatroniker/-in", "Kraftfahrzeugmechatroniker/-in"),
    ("iss-dihk", "Elektroniker/-in-Maschinen- und Antriebstechnik", "Elektroniker/-in -Betriebsstechnik"),
    ("iss-ti", "Associateship (CText ATI)", "Associateship (ATI)"),
    ("iss-ti", "Associateship (CText ATI)", "Fellowship (CText FTI)"),
    ("iss-ti", "Associateship (ASDC)", "Associateship (CText ATI)"),
    ("iss-rics", "Associate (AssocRICS)", "Member (MRICS)"),
    ("iss-imeche", "Chartered Engineer (CEng)", "Incorporated Engineer (IEng)"),
    ("iss-ime", "International Certified Mechanical Engineer (ICME)", "Junior International Certified Mechanical Engineer (JICME)"),
    ("iss-acrp", "ACRP-PM (ACRP Project Manager)", "ACRP-CP (ACRP Certified Professional)"),
    ("iss-usgbc", "LEED AP Building Design + Construction (LEED AP BD+C)", "LEED AP Interior Design + Construction (LEED AP ID+C)"),
    ("iss-acm", "Professional Members", "Member"),
    ("iss-rics", "Member of the Royal Institution of Chartered Surveyors (MRICS)", "Fellow (FRICS)"),
    ("iss-ncees", "FE 工程基础", "PE 工程基础"),
    ("iss-ipma", "IPMA Level B", "IPMA Level C"),
    ("iss-ipma", "IPMA Level A", "IPMA"),  # a letter grade is no stop word ("a")
    ("iss-ipma", "IPMA B级", "IPMA C级"),
    ("iss-twi", "焊接检验员（一级，Welding Inspector）", "Welding Inspector Level 2"),
    # an associate's or fellow's post-nominal is a grade of the title
    ("iss-ti", "CText ATI", "CText FTI"),
    # Hangul and kana are words of the name (they keyed as "" and met)
    ("iss-hrd-korea", "전기기사", "정보처리기사"),
    ("iss-ipa-japan", "システムアーキテクト試験", "ネットワークスペシャリスト試験"),
    # one word in brackets after an abbreviation is part of it (a discipline), not its full name
    ("iss-raps", "RAC (Drugs)", "RAC (Devices)"),
    ("iss-ncees", "PE (Civil)", "PE (Mechanical)"),
    ("iss-nace", "NACE CIP L2", "NACE CIP Level 3"),
    ("iss-jwes", "Welding Coordination Engineer, Class I", "Welding Coordination Engineer, Class II"),
]


@pytest.mark.parametrize(("issuer", "one", "other"), APART_CASES)
def test_qualification_id_different_qualifications(issuer: str, one: str, other: str) -> None:
    assert qualification_id(issuer, one) != qualification_id(issuer, other)


def test_qualification_id_depends_on_issuer() -> None:
    assert qualification_id("iss-sdc", "Associateship (ASDC)") != qualification_id("iss-ti", "Associateship (CText ATI)")
    assert qualification_id("iss-accp", "Member") != qualification_id("iss-acm", "Member")


def test_qualification_id_is_stable_across_versions() -> None:
    # Published rows cite this id: a change to the key rules that moves it must be deliberate.
    assert qualification_id("iss-aiche", "AIChE member") == stable_id("qual", "iss-aiche", "member")
    assert qualification_id("iss-aiche", "AIChE member") == "qual-1ca199351681"


def test_qualification_id_chinese_only_name() -> None:
    one = qualification_id("iss-dihk", "", "机电一体化专业技术人员")
    assert one == qualification_id("iss-dihk", " ", "机电一体化 专业技术人员")
    assert one != qualification_id("iss-dihk", "", "机械电子技术员-制冷方向")


@pytest.mark.parametrize(
    ("name", "full", "abbrs"),
    [
        ("Chartered Engineer (CEng)", "Chartered Engineer", ("CEng",)),
        ("CWI (Certified Welding Inspector)", "Certified Welding Inspector", ("CWI",)),
        ("International Medical Technologist, MT (ASCP)", "International Medical Technologist", ("MT", "ASCP")),
        ("MT (ASCP)", "", ("MT", "ASCP")),
        ("MRICS", "", ("MRICS",)),
        ("CT (IAC) Certified", "CT Certified", ("IAC",)),
        ("Mechatroniker/-in für Kältetechnik", "Mechatroniker für Kältetechnik", ()),
        ("Heat Treating", "Heat Treating", ()),
        ("NACE Coating Inspector Program Level 3 (CIP Level 3)", "NACE Coating Inspector Program Level 3", ("CIP Level 3",)),
        ("PMP 项目管理专业人士认证", "", ("PMP",)),
        ("Meisterbrief 手工业大师证书", "Meisterbrief", ()),
        ("RAC (Drugs)", "", ("RAC Drugs",)),
        ("CTFL – Certified Tester Foundation Level", "Certified Tester Foundation Level", ("CTFL",)),
        ("ACRP Certified Professional (ACRP-CP®)", "ACRP Certified Professional", ("ACRP-CP",)),
    ],
)
def test_name_to_parts_layouts(name: str, full: str, abbrs: tuple[str, ...]) -> None:
    parts = name_to_parts(name)
    assert (parts.full, parts.abbrs) == (full, abbrs)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("NACE CIP2", "cip 2"),
        ("Level 2 Coating Inspector", "coating inspector 2"),
        ("Associateship (CText ATI)", "associate ctext ati"),
        ("Chartered Engineer (CEng)", "chartered engineer"),
    ],
)
def test_qualification_key_folds(name: str, key: str) -> None:
    assert qualification_key(name, ("NACE",)) == key


def test_abbreviation_aliases_skip_shared_abbreviations() -> None:
    names = ["International Technologist in Chemistry (ASCP)", "International Medical Technologist, MT (ASCP)"]
    assert abbreviation_aliases("iss-ascp", names) == {"mt": "international medical technologist"}


def test_qualification_ids_maps_lone_abbreviation_to_full_name() -> None:
    entries = [("iss-rics", "Member (MRICS)"), ("iss-rics", "MRICS"), ("iss-imeche", "Chartered Engineer (CEng)"),
               ("iss-imeche", "CEng"), ("iss-ascp", "International Medical Technologist, MT (ASCP)"), ("iss-ascp", "MT (ASCP)")]
    ids = qualification_ids(entries)
    assert ids[("iss-rics", "MRICS")] == ids[("iss-rics", "Member (MRICS)")]
    assert ids[("iss-imeche", "CEng")] == ids[("iss-imeche", "Chartered Engineer (CEng)")]
    assert ids[("iss-ascp", "MT (ASCP)")] == ids[("iss-ascp", "International Medical Technologist, MT (ASCP)")]
    assert len(set(ids.values())) == 3


def test_qualification_ids_lone_abbreviation_without_full_name_keeps_own_id() -> None:
    ids = qualification_ids([("iss-rics", "MRICS"), ("iss-rics", "AssocRICS")])
    assert ids[("iss-rics", "MRICS")] == qualification_id("iss-rics", "MRICS")
    assert len(set(ids.values())) == 2


# A lone abbreviation, or a name written with abbreviated words, printed in a run that also holds
# the one full name it stands for (printed without an abbreviation of its own): one qualification.
@pytest.mark.parametrize(
    ("issuer", "short", "full"),
    [
        ("iss-ieee-comsoc", "IEEE WCET", "IEEE Wireless Communications Engineering Technologies Certification"),
        ("iss-usgbc", "LEED AP BD+C", "LEED Accredited Professional (Building Design + Construction)"),
        ("iss-usgbc", "LEED AP Building Design + Construction (LEED AP BD+C)",
         "LEED Accredited Professional (Building Design + Construction)"),
        ("iss-spe", "MSPE", "SPE Member"),  # M + the issuer's abbreviation: its membership
        ("iss-api", "API 510", "API 510 Pressure Vessel Inspector"),  # a code only one name carries
        ("iss-asme", "GD&T", "Geometric Dimensioning and Tolerancing"),
        # an abbreviation printed with the full name, and a code printed with it too
        ("iss-ipc", "IPC-A-610 CIT", "Certified IPC Trainer (CIT), IPC-A-610"),
        ("iss-ipc", "IPC-A-610 CIS", "Certified IPC Specialist (CIS) IPC-A-610"),
        # initials, then a word cut short
        ("iss-ausimm", "CP(Met)", "Chartered Professional (Metallurgy)"),
    ],
)
def test_qualification_ids_infers_what_an_abbreviation_stands_for(issuer: str, short: str, full: str) -> None:
    ids = qualification_ids([(issuer, short), (issuer, full)])
    assert ids[(issuer, short)] == ids[(issuer, full)]


@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        # PMP has the initials of Program Management Professional, but that name carries its own PgMP
        ("iss-pmi", ["PMP", "Program Management Professional (PgMP)"]),
        # two full names fit the initials: no guess
        ("iss-pmi", ["PMP", "Project Management Professional", "Program Management Professional"]),
        # M + own abbreviation with two memberships in the run: no guess
        ("iss-ciob", ["MCIOB", "Chartered Membership", "Associate Membership"]),
        # a code number two names carry
        ("iss-api", ["API 510", "API 510 Pressure Vessel Inspector", "API 510 Refresher"]),
        # letters that are not the words' initials
        ("iss-ieee-comsoc", ["IEEE WCET", "IEEE Wireless Communication Technology"]),
        # the code is printed with another full name than the abbreviation
        ("iss-ipc", ["IPC-A-610 CIS", "Certified IPC Specialist (CIS)", "Certified IPC Trainer (CIT), IPC-A-610"]),
        # the word cut short opens another discipline than the printed one's, or two of them
        ("iss-ausimm", ["CP(Min)", "Chartered Professional (Metallurgy)"]),
        ("iss-ausimm", ["CP(Me)", "Chartered Professional (Metallurgy)", "Chartered Professional (Mechanical)"]),
    ],
)
def test_qualification_ids_does_not_guess_an_unsure_abbreviation(issuer: str, names: list[str]) -> None:
    # the inference alone: the qualification reference knows PMP, MCIOB and API 510 by name
    ids = qualification_ids([(issuer, n) for n in names], reference=())
    assert len(set(ids.values())) == len(names)


@pytest.mark.parametrize(
    ("name", "translation", "known_by"),
    [
        ("特许工程师（新加坡）", "Chartered Engineer (Singapore)", "Chartered Engineer (Singapore)"),  # Chinese only: the 译名
        ("Chartered Engineer (CEng)", "特许工程师", "Chartered Engineer (CEng)"),  # a Latin name is the name
        ("英国皇家特许建造师（MCIOB）", "Chartered Construction Manager", "英国皇家特许建造师（MCIOB）"),  # its abbreviation is Latin
        ("注册焊接检验师", "注册焊接检验员", "注册焊接检验师"),  # no Latin anywhere: the name
    ],
)
def test_identity_name_reads_the_translation_of_a_chinese_only_name(name: str, translation: str, known_by: str) -> None:
    assert identity_name(name, translation) == known_by


def test_qualification_ids_meet_across_a_chinese_only_name() -> None:
    ids = qualification_ids([("iss-ies-singapore", identity_name("特许工程师（新加坡）", "Chartered Engineer (Singapore)")),
                             ("iss-ies-singapore", "Chartered Engineer (Singapore) (CEng)")])  # fmt: skip
    assert len(set(ids.values())) == 1


def test_qualification_ids_bare_one_word_name_is_the_one_printed_with_an_abbreviation() -> None:
    ids = qualification_ids([("iss-rics", "Member (MRICS)"), ("iss-rics", "Member of the Royal Institution of Chartered Surveyors"),
                             ("iss-rics", "Associate (AssocRICS)")])  # fmt: skip
    assert ids[("iss-rics", "Member (MRICS)")] == ids[("iss-rics", "Member of the Royal Institution of Chartered Surveyors")]
    assert len(set(ids.values())) == 2
    # two memberships printed with abbreviations: a bare "Member" is neither
    ids = qualification_ids([("iss-x", "Member (MX)"), ("iss-x", "Member (MXY)"), ("iss-x", "Member")])
    assert len(set(ids.values())) == 3


def test_identity_names_know_a_chinese_only_name_by_another_rows_translation() -> None:
    rows = [("iss-pmi", "Project Management Professional (PMP)", "项目管理专业人士"), ("iss-pmi", "项目管理专业人士", ""),
            ("iss-ipma", "项目管理专业人士", ""),  # another issuer: its own name
            ("iss-pmi", "注册专业工程师", "")]  # no row prints it as a 译名  # fmt: skip
    assert identity_names(rows) == ["Project Management Professional (PMP)", "Project Management Professional (PMP)",
                                    "项目管理专业人士", "注册专业工程师"]  # fmt: skip
    # two qualifications print the same 译名: no guess
    rows = [("iss-x", "Senior Engineer", "高级工程师"), ("iss-x", "Chief Engineer", "高级工程师"), ("iss-x", "高级工程师", "")]
    assert identity_names(rows)[2] == "高级工程师"


def test_qualification_ids_abbreviation_with_its_discipline_is_the_full_name() -> None:
    names = ["Regulatory Affairs Certification – Drugs (RAC-Drugs)", "RAC (Drugs)", "RAC-Devices"]
    ids = qualification_ids([("iss-raps", n) for n in names])
    assert ids[("iss-raps", names[0])] == ids[("iss-raps", names[1])] != ids[("iss-raps", names[2])]


@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        # an abbreviation the issuer spells out elsewhere ('Professional Engineer (PE) – Civil')
        ("iss-ncees", ["Professional Engineer (PE) – Civil", "PE Civil"]),
        # a grade word before or after the rest
        ("issx-optics", ["SPIE Fellow", "Fellow of SPIE", "Fellow, SPIE"]),
        ("issx-hea", ["Fellow of the Higher Education Academy (FHEA)", "HEA Fellow"]),
        # a leading word that names the issuer
        ("iss-cambridge-english", ["CELTA", "Cambridge CELTA"]),
        ("issx-motor", ["IMI Level 3 Diploma in Light Vehicle Maintenance and Repair",
                        "Level III Diploma in Light Vehicle Maintenance & Repair"]),
    ],
)
def test_qualification_ids_meet_across_variant_spellings(issuer: str, names: list[str]) -> None:
    ids = qualification_ids([(issuer, n) for n in names])
    assert len({ids[(issuer, n)] for n in names}) == 1


@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        ("iss-ncees", ["Professional Engineer (PE) – Civil", "PE Mechanical"]),
        ("issx-optics", ["SPIE Fellow", "Senior Member of SPIE"]),
        ("issx-hea", ["Fellow of the Higher Education Academy (FHEA)", "HEA Associate Fellow"]),
        ("issx-motor", ["IMI Level 3 Diploma in Light Vehicle Maintenance and Repair",
                        "Level 2 Diploma in Light Vehicle Maintenance and Repair"]),
        # a name two others reduce to joins neither to it, nor them to each other
        ("issx-board", ["PE Civil Structural", "FE Civil Structural", "Civil Structural"]),
    ],
)
def test_qualification_ids_variant_spellings_keep_look_alikes_apart(issuer: str, names: list[str]) -> None:
    ids = qualification_ids([(issuer, n) for n in names])
    assert len({ids[(issuer, n)] for n in names}) == len(names)


def test_identity_names_a_chinese_name_another_row_prints_as_its_translation_beats_its_own_latin_one() -> None:
    """'国际焊接工程师' with a German 译名 is the qualification whose 译名 is '国际焊接工程师' (济南)."""
    rows = [("iss-dvs", "International Welding Engineer (IWE)", "国际焊接工程师"),
            ("iss-dvs", "国际焊接工程师", "Internationaler Schweißfachingenieur"),
            ("iss-twi", "国际焊接工程师", "Internationaler Schweißfachingenieur")]  # another issuer: its own 译名  # fmt: skip
    assert identity_names(rows) == ["International Welding Engineer (IWE)", "International Welding Engineer (IWE)",
                                    "Internationaler Schweißfachingenieur"]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "translation", "known"),
    [
        # Chinese words around a code the 译名 prints too: the 译名 (济南)
        ("NAATI认证翻译（英译中）", "NAATI Certified Translator", "NAATI Certified Translator"),
        ("Part-66 B1 维修执照", "EASA Part-66 Cat. B1", "EASA Part-66 Cat. B1"),
        # a Latin word the 译名 does not print, or a 译名 with Chinese in it: the name as printed
        ("ACCA资深会员", "FCCA", "ACCA资深会员"),
        ("特许结构工程师（MIStructE）", "Chartered Structural Engineer", "特许结构工程师（MIStructE）"),
        ("CFA特许资格", "CFA 特许资格", "CFA特许资格"),
    ],
)
def test_identity_name_of_a_chinese_name_around_a_latin_code(name: str, translation: str, known: str) -> None:
    assert identity_name(name, translation) == known


def test_identity_names_read_a_latin_translation_the_issuer_prints_elsewhere() -> None:
    rows = [
        ("iss-dvs", "International Welding Engineer (IWE)", "国际焊接工程师"),
        ("iss-dvs", "Internationaler Schweißfachingenieur", "International Welding Engineer"),
        ("iss-dvs", "International Welding Technologist (IWT)", "国际焊接技术员"),
        ("iss-dvs", "Internationaler Schweißfachmann", "International Welding Specialist"),
    ]
    names = identity_names([*rows, rows[1]])  # a row printed twice is still the one printing
    assert names[1] == names[4] == "International Welding Engineer"
    assert names[3] == "Internationaler Schweißfachmann"  # no other row prints its 译名


# Thirteenth session (rules found in 深圳's misses; examples invented or other bodies' where possible).
@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        # a name-history note: the former or the current name is the same qualification
        ("issx-net", ["Network Expert Data Centre（原Network Expert Storage）", "Network Expert Storage"]),
        ("issx-sun", ["Solar Installer（现Solar Installation Professional）", "Solar Installation Professional"]),
        # an edition year, in brackets or after the name
        ("issx-pm", ["Agile Practitioner (2020 Edition)", "Agile Practitioner", "Agile Practitioner 2020 Syllabus"]),
        # a level after a comma is part of the name
        ("issx-ctl", ["Certified Instrument Technician, Level III", "Instrument Technician Level 3"]),
        # a final I is a level; Part I = Part 1
        ("issx-scrum", ["Professional Product Owner I (PPO I)", "PPO Level 1"]),
        ("issx-acc", ["Foundation Part I", "Foundation Part 1"]),
        # British and American spellings
        ("issx-pm", ["Programme Risk Professional", "Program Risk Professional"]),
        ("issx-org", ["Certified Organisation Analyst", "Certified Organization Analyst"]),
        # initials standing for a certification word the key leaves out
        ("issx-vendor", ["Vendor Certified Network Architect Security", "VCNA Security"]),
        # lone abbreviations in another order
        ("issx-ipc", ["CIT IPC-7711", "IPC-7711 CIT"]),
        # 'Board Certified' is a certification phrase
        ("issx-bp", ["Board Certified Nutrition Specialist", "Nutrition Specialist Certification"]),
        # a lone mixed-case abbreviation spells the one full name whose words its capitals open
        ("issx-ies", ["Chartered Engineer (Malaysia)", "CEng (Malaysia)"]),
    ],
)
def test_qualification_ids_thirteenth_session_spellings_meet(issuer: str, names: list[str]) -> None:
    ids = qualification_ids([(issuer, n) for n in names])
    assert len({ids[(issuer, n)] for n in names}) == 1


@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        # words in brackets after an abbreviation that begin with none of its letters are part of
        # the name: two disciplines stay two
        ("issx-board", ["PE (Electrical and Computer – Power)", "PE (Electrical and Computer – Electronics)"]),
        ("issx-scrum", ["Professional Product Owner I", "Professional Product Owner II"]),
        ("issx-acc", ["Foundation Part I", "Foundation Part II"]),
        # a bare year may be a product's version
        ("issx-vendor", ["Administrator: Server 2016", "Administrator: Server 2019"]),
        ("issx-vendor", ["Office Specialist (2016)", "Office Specialist (2019)"]),
        ("issx-ctl", ["Certified Instrument Technician, Level III", "Certified Instrument Technician, Level II"]),
        ("issx-ies", ["CEng (Malaysia)", "Chartered Engineer (Malaysia)", "Chartered Environmentalist (Malaysia)"][::2]),
    ],
)
def test_qualification_ids_thirteenth_session_look_alikes_stay_apart(issuer: str, names: list[str]) -> None:
    ids = qualification_ids([(issuer, n) for n in names])
    assert len({ids[(issuer, n)] for n in names}) == len(names)


def test_qualification_key_brackets_after_an_abbreviation() -> None:
    assert qualification_key("PE (Electrical and Computer – Power)") == "pe electrical computer power"
    # a full name that begins with one of the abbreviation's letters is its full name
    assert qualification_key("ASQ CQE (Certified Quality Engineer)", ("ASQ",)) == "quality engineer"


def test_identity_names_a_translation_with_chinese_in_it_is_no_latin_name() -> None:
    # 'ACCA资深会员' would key as the issuer's abbreviation alone and join the fellow to the member
    rows = [("issx-acc", "Fellow (FAB)", "AB资深会员"), ("issx-acc", "AB", "会员")]
    assert identity_names(rows)[0] == "Fellow (FAB)"


def test_a_bracketed_word_cut_short_with_a_stop_is_the_name_s_abbreviation() -> None:
    # Fourteenth session: the Québec engineer's title 'ing.' printed alone beside a Chinese name
    # had been read as a full name, so it never met 'Ingénieur (ing.)'; a cut word that opens none
    # of the name's words stays part of the name
    assert name_to_parts("Ingénieur (ing.)") == QualificationName("Ingénieur", ("ing.",))
    ids = qualification_ids([("iss-oiq", "魁北克注册工程师（ing.）"), ("iss-oiq", "Ingénieur (ing.)")])
    assert len(set(ids.values())) == 1, ids
    assert name_to_parts("Technician (Mech.)").full == "Technician Mech."


def test_a_name_whose_translation_is_another_row_s_printed_name_is_that_row_s() -> None:
    # Fourteenth session: a Korean qualification printed in Hangul with a Chinese 译名 on one row
    # and in Chinese with the Hangul as 译名 on another had been two qualifications
    rows = [("iss-hrd-korea", "기계기술사", "机械技术士（Professional Engineer, Machinery）"),
            ("iss-hrd-korea", "机械技术士", "기계기술사"),
            ("iss-hrd-korea", "电气技术士", "전기기술사")]  # its 译名 is no name the run prints
    names = identity_names(rows)
    ids = qualification_ids([(i, n) for (i, _, _), n in zip(rows, names)])
    assert ids[("iss-hrd-korea", names[0])] == ids[("iss-hrd-korea", names[1])]
    assert names[2] == "电气技术士"


def test_names_printed_with_one_post_nominal_are_one_grade() -> None:
    # Twentieth session (wuhan's misses): 'MIStructE' printed with two full names mapped nowhere;
    # a member's post-nominal of the issuer names one grade whatever the words beside it
    names = ["Chartered Member (MIStructE)", "Chartered Structural Engineer (MIStructE)", "MIStructE",
             "Associate Member (AMIStructE)"]
    ids = qualification_ids([("iss-istructe", n) for n in names])
    assert len({ids[("iss-istructe", n)] for n in names[:3]}) == 1
    assert ids[("iss-istructe", names[3])] != ids[("iss-istructe", names[0])]


def test_names_printed_with_one_abbreviation_are_one_when_its_words_complete_them() -> None:
    # 'RAC-Drugs' says the first name's missing word; a code or level tells two names apart
    ids = qualification_ids([("iss-raps", "Regulatory Affairs Certification (RAC-Drugs)"),
                             ("iss-raps", "Regulatory Affairs Certification – Drugs (RAC-Drugs)"),
                             ("iss-raps", "RAC (Drugs)")])
    assert len(set(ids.values())) == 1, ids
    ids = qualification_ids([("iss-ipc", "IPC-A-600 Certified IPC Specialist (CIS)"),
                             ("iss-ipc", "IPC-A-610 Certified IPC Specialist (CIS)")])
    assert len(set(ids.values())) == 2, ids


def test_authorized_category_and_a_named_level_fold() -> None:
    assert qualification_key("API 570 Authorized Piping Inspector") == qualification_key("API 570 Piping Inspector")
    assert qualification_key("EASA Part-66 Cat. B1") == qualification_key("EASA Part-66 Category B1") == \
        qualification_key("EASA Part-66 B1")
    assert qualification_key("GDTP Senior Level") == qualification_key("GDTP Senior")
    assert qualification_key("CIP Level 2") != qualification_key("CIP Level 3")  # a level with a value stays


def test_the_same_words_in_another_order_are_one_but_numbers_keep_their_order() -> None:
    ids = qualification_ids([("iss-easa", "Aircraft Maintenance Licence (Part-66) B1"),
                             ("iss-easa", "Part-66 Aircraft Maintenance Licence Category B1")])
    assert len(set(ids.values())) == 1, ids
    # dalian's CSWIP 3.2.1 had been merged with '焊接检验员（二级，CSWIP 3.1）' (keys '3 2 1', '3 1 2')
    names = ["CSWIP 3.2.1", "焊接检验员（二级，CSWIP 3.1）", "CSWIP 3.1 Welding Inspector"]
    ids = qualification_ids([("iss-twi", n) for n in names])
    assert ids[("iss-twi", names[0])] not in {ids[("iss-twi", names[1])], ids[("iss-twi", names[2])]}


def test_issuer_initials_are_its_abbreviations_in_a_name() -> None:
    # 'DipTrans IOL': IOL is the Institute of Linguists, the CIOL's former name
    assert "IOL" in issuer_abbrs("iss-ciol")
    ids = qualification_ids([("iss-ciol", "DipTrans IOL"), ("iss-ciol", "Diploma in Translation (DipTrans)")])
    assert len(set(ids.values())) == 1, ids


def test_a_bracketed_original_name_another_row_prints_is_that_row_s() -> None:
    # dalian: '一般机械工程师（일반기계기사）' | 'Engineer General Machinery' beside '일반기계기사'
    rows = [("iss-hrd-korea", "一般机械工程师（일반기계기사）", "Engineer General Machinery"),
            ("iss-hrd-korea", "일반기계기사", "一般机械技师"),
            ("iss-hrd-korea", "焊接检验员（三级）", "")]  # a level in brackets names nothing
    names = identity_names(rows)
    assert names[0] == names[1] == "일반기계기사"
    assert names[2] == "焊接检验员（三级）"


def test_a_bracketed_name_of_three_characters_is_a_name_unless_it_is_a_level() -> None:
    # changsha, blind: '日本专利代理人（弁理士）' | 'Benrishi (Patent Attorney)' beside '弁理士' | 'Patent Attorney'
    rows = [("iss-jpo", "日本专利代理人（弁理士）", "Benrishi (Patent Attorney)"), ("iss-jpo", "弁理士", "Patent Attorney"),
            ("iss-jpo", "技能士（高级工）", ""), ("iss-jpo", "高级工", "")]  # a level in brackets names nothing
    names = identity_names(rows)
    assert names[0] == names[1]
    assert names[2] == "技能士（高级工）"


def test_one_name_printed_in_japanese_or_simplified_forms_is_one_qualification() -> None:
    # changsha, blind: '色彩検定1級' | 'Color Coordination Test …, Grade 1' beside '色彩检定一级' | a 译名
    # in Japanese: the same printing once 検/級 read as simplified and 一级 as 1级
    rows = [("iss-x", "色彩検定1級", "Color Coordination Test (Shikisai Kentei), Grade 1"),
            ("iss-x", "色彩检定一级", "文部科学省後援 色彩検定 1級"),
            ("iss-x", "色彩检定二级", "文部科学省後援 色彩検定 2級")]  # another level stays apart
    names = identity_names(rows)
    assert names[0] == names[1] == "Color Coordination Test (Shikisai Kentei), Grade 1"
    assert names[2] == "色彩检定二级"
    # with no Latin name among them, both land on one of the printings
    names = identity_names([("iss-x", "色彩検定1級", "色彩検定"), ("iss-x", "色彩检定一级", "")])
    assert names[0] == names[1]
    # two Latin names sharing a printing are left as they are
    rows = [("iss-x", "弁理士", "Patent Attorney"), ("iss-x", "辨理士", "Benrishi")]
    assert identity_names(rows) == ["Patent Attorney", "Benrishi"]


def test_an_abbreviation_that_spells_one_name_makes_another_language_s_name_that_one() -> None:
    # dalian: 'International Welding Engineer' | '国际焊接工程师（IWE）' beside 'Internationaler
    # Schweißfachingenieur (IWE)': the 译名's abbreviation is the name's, and IWE spells the English
    rows = [("iss-dvs", "International Welding Engineer", "国际焊接工程师（IWE）"),
            ("iss-dvs", "Internationaler Schweißfachingenieur (IWE)", "国际焊接工程师")]
    names = identity_names(rows)
    assert names[0] == "International Welding Engineer (IWE)"
    ids = qualification_ids([(i, n) for (i, _, _), n in zip(rows, names)])
    assert len(set(ids.values())) == 1, ids
    # a narrower name printed with the abbreviation stays apart ('… – Civil' under PE)
    ids = qualification_ids([("iss-ncees", "Professional Engineer (PE)"), ("iss-ncees", "Professional Engineer (PE) – Civil")])
    assert len(set(ids.values())) == 2, ids


def test_a_word_or_level_only_the_abbreviation_prints_tells_two_names_apart() -> None:
    # Twenty-first session: the abbreviation beside a full name was dropped whole, so 'RAC-Drugs'
    # and 'RAC-Devices' under one full name had one id (and so had CIP Level 2 and Level 3)
    names = ["Regulatory Affairs Certification (RAC-Drugs)", "Regulatory Affairs Certification (RAC-Devices)"]
    ids = qualification_ids([("iss-raps", n) for n in names])
    assert len(set(ids.values())) == 2, ids
    names = ["Coating Inspector (CIP Level 2)", "Coating Inspector (CIP Level 3)"]
    ids = qualification_ids([("iss-ampp", n) for n in names])
    assert len(set(ids.values())) == 2, ids
    # what the abbreviation spells, or cuts from the name's words, adds nothing
    assert qualification_key("Diploma in Brewing (Dip Brew)") == qualification_key("Diploma in Brewing")
    assert qualification_key("Chartered Engineer (CEng)") == qualification_key("Chartered Engineer")
    assert qualification_key("API 510 Pressure Vessel Inspector (API 510)") == \
        qualification_key("API 510 Pressure Vessel Inspector")


def test_a_possessive_an_ampersand_abbreviation_and_a_type_number_fold() -> None:
    # xian2's misses: 'Manager's' = 'Manager', 'Type 3' is a level like 'Class III', and 'A&P'
    # is one abbreviation, not 'A and P' with the 'and' dropped and the 'A' a stop word
    assert qualification_key("First Class Mine Manager's Certificate of Competency (Coal)") == \
        qualification_key("First Class Mine Manager Certificate of Competency (Coal)")
    assert qualification_key("Electrical Chief Engineer (Type 3)") == qualification_key("Electrical Chief Engineer, Class III")
    assert qualification_key("A&P Mechanic") == "ap mechanic"
    assert qualification_key("A&P Mechanic") != qualification_key("P Mechanic")
