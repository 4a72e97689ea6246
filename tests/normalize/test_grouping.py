"""Held-out cities: issuer and qualification grouping, scored by bench/grouping_report.py."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from normalize.registry import load_registry

# One work unit (`make test`: --dist loadgroup): the issuer matches of every labelled cell are
# computed once per process (bench/grouping_report.py, _MATCHED), so the per-city reports reuse the
# whole report's (14 s instead of 35 s), and no fixture is computed in both workers.
pytestmark = pytest.mark.xdist_group("grouping")

BENCH = Path(__file__).parents[2] / "bench" / "grouping_report.py"
HELDOUT = Path(__file__).parent / "heldout"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("grouping_report", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report_all(bench: ModuleType):  # type: ignore[no-untyped-def]
    return bench.evaluate()


def test_grouping_heldout_no_issuer_lands_on_a_wrong_id(report_all) -> None:  # type: ignore[no-untyped-def]
    registry = load_registry()
    for row, match in zip(report_all.rows, report_all.matches):
        if match.status == "matched":
            assert match.issuer_id == row.true_issuer, row.issuer_cell
        if row.true_issuer not in registry.by_id:
            assert match.status != "matched" and match.needs_review, row.issuer_cell


def test_grouping_heldout_rows_are_really_new_wording(bench: ModuleType) -> None:
    # The held-out set is only honest if its issuer cells are not the notices' own cells.
    rows = bench.labelled_rows()
    notice_cells = {r.issuer_cell for r in rows if not r.heldout}
    heldout = [r for r in rows if r.heldout]
    assert len(heldout) >= 30
    assert not ({r.issuer_cell for r in heldout} - {"DIHK"}) & notice_cells


def test_grouping_pairwise_counts(bench: ModuleType) -> None:
    score = bench.pairwise(["a", "a", "b", "c"], ["x", "y", "z", "z"], [True] * 4)
    assert (score.true_pairs, score.predicted_pairs, score.correct_pairs) == (1, 1, 0)
    assert (score.precision, score.recall) == (0.0, 0.0)


# Recall floors per held-out city, each with the notices (every held-out city is scored on its
# own). A matcher that merges less (a higher threshold, a tier switched off) falls below them.
# Raise these when recall improves; never lower them without saying why in the README.
RECALL_FLOORS = {
    # changzhou: the figures the thresholds were set against.
    # With the registry's aliases from general reference knowledge (2026-12-02, later; written by a
    # helper that read no held-out city): 0.972 / 0.929 / 0.943 / 0.922.
    # With qualification abbreviations inferred from their full names (initials, M + the issuer's
    # abbreviation, a code one name carries; 2026-12-02, fourth session): qualifications 0.986, 0.980.
    "changzhou": {"issuers": 0.971, "issuers held out": 0.928, "qualifications": 0.985, "qualifications held out": 0.979},
    # suzhou, written and labelled before the matcher was ever run on it. First measured on the
    # first run after suzhou-catalog.csv was committed: 0.906 / 0.784 / 0.866 / 0.769, with nothing
    # tuned on it. Then new bodies were grouped over a run (normalize/unknown.py, a general rule;
    # the figures after it are no longer blind): issuers 0.912, held out 0.799. With 96 reference
    # bodies in the registry and the matcher's look-alike rules (2026-12-02): issuers 0.920, held
    # out 0.816; qualifications 0.911, held out 0.846.
    # With the registry's aliases (2026-12-02, later): issuers 0.977, held out 0.948.
    # With 169 more reference bodies (2026-12-02, fourth session; their curator read no held-out
    # city) issuers fell to 0.962, held out 0.913: the registry now knows a second ASM (the
    # American Society for Microbiology), so a bare "ASM" names two bodies and goes to a steward,
    # as a bare "AWS" does. Right, though it costs recall.
    # A shared registry abbreviation no longer groups cells under one provisional id (a bare "ASM"
    # and "美国材料与金属学会（ASM）" had waited under one id by luck): issuers 0.961, held out 0.910.
    # Eleventh session: a Chinese name that differs from another body's in a word saying what the
    # body does no longer claims it ('加拿大工程师联合会（Engineers Canada）' is Engineers
    # Canada): issuers 0.961, held out 0.910.
    "suzhou": {"issuers": 0.96, "issuers held out": 0.909, "qualifications": 0.91, "qualifications held out": 0.845},
    # nanjing, written and labelled blind (tests/normalize/heldout/README.md). First measured with
    # the registry of the two notices: issuer precision 0.978 (one wrong merge: SPE, Society of
    # Plastics Engineers, onto the Society of Petroleum Engineers; fixed by a general rule),
    # held-out recall 0.820 / qualifications 0.552 (before its label words were mapped). With the
    # reference bodies and the look-alike rules: issuers 0.936, held out 0.846; qualifications
    # 0.882, held out 0.837.
    # With the registry's aliases and the rule that a Chinese name claims no issuer of another
    # country (2026-12-02, later): issuers 0.961, held out 0.906; qualifications 0.897, 0.857.
    # With the reference bodies and inferred qualification abbreviations (fourth session): issuers
    # 0.962, held out 0.910; qualifications 0.941, held out 0.918.
    # Twelfth session (rules from 武汉's misses and others'): 'Geprüfter Industriemeister' =
    # 'Industriemeister (IHK)': qualifications 0.956, held out 0.939.
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 1.000, held out 1.000; qualifications 0.985, held out 0.980.
    "nanjing": {"issuers": 0.995, "issuers held out": 0.995, "qualifications": 0.98, "qualifications held out": 0.975},
    # ningbo (宁波), written and labelled blind on 2026-12-02 (66 rows, 36 bodies, 12 of them not in
    # the registry). First measured with the registry and matcher of commit b0fbaaa: issuer
    # precision 0.994 (one wrong pair: two new bodies sharing "ASM" grouped under one provisional
    # id; fixed by a general rule in normalize/unknown.py), held-out recall 0.769; qualifications
    # 1.000 / 0.778 once its three label words were mapped (ningbo-qualification-labels.csv). With
    # the aliases (their writer saw no held-out city): issuers 0.923, held out 0.779.
    # Third session: its label MCIOB was mapped to the notices' "Chartered Membership" (as nanjing's
    # already was; the matcher had joined them, the label had called it a wrong merge), which adds
    # true pairs: qualifications 0.846, held out 0.700 before any change. With the reference bodies
    # and inferred abbreviations: issuers 0.928, held out 0.794; qualifications 0.872, held out 0.750.
    # Then two more label words were mapped (ASM Heat Treating Certificate, SPE Petroleum Engineering
    # Certification: the notices' Heat Treating and Petroleum Engineering Certification, which a
    # name read from the 译名 column joined), and a Chinese-only name is known by its 译名:
    # qualifications 0.857, held out 0.739.
    # Thirteenth session: 省 is a kind word (魁北克省工程师协会 is OIQ): issuers 0.925, held out 0.784.
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 0.975, held out 0.930; qualifications 0.881, held out 0.783.
    "ningbo": {"issuers": 0.97, "issuers held out": 0.925, "qualifications": 0.876, "qualifications held out": 0.778},
    # hangzhou (杭州), written and labelled blind on 2026-12-02 (75 rows, 45 bodies) by a writer who
    # read no registry, code or other city; its labels mapped to registry ids from its bodies list
    # (official names), not from its cells. First measured at the registry and matcher of this
    # commit, nothing tuned on it: issuer precision 1.000, recall 0.994, held out 0.982;
    # qualification precision 1.000 once four label words were mapped to the notices' (CWE, LEED AP
    # BD+C, MCIOB, MRICS: hangzhou-qualification-labels.csv), recall 0.868, held out 0.737.
    # Then, with names printed in Chinese only known by their 译名 and two more label words mapped
    # (CIP Level 3, CWI): qualifications 0.833, held out 0.696 (the mapped labels add true pairs).
    # With the qualification reference (2026-12-03, tenth session; its curator read no held-out
    # city): qualifications 0.905, held out 0.826.
    # Thirteenth session (rules from 深圳's misses): 'PeopleCert' printed like an abbreviation is
    # the body of that name; a lone mixed-case abbreviation spells a full name ('CEng (Singapore)'):
    # issuers 0.996, held out 0.988; qualifications 0.952, held out 0.913. A legal form after an
    # abbreviation ('ISC2, Inc.') leaves the abbreviation: issuers 0.998, held out 0.994.
    "hangzhou": {"issuers": 0.997, "issuers held out": 0.993, "qualifications": 0.951, "qualifications held out": 0.912},
    # xiamen (厦门), written and labelled blind on 2026-12-02 (79 rows, 44 bodies; a quarter of its
    # qualifications printed in Chinese with the English in 译名), labels mapped from its bodies
    # list. First measured at commit 76f3a23, nothing tuned on it: issuer precision 1.000, recall
    # 0.946, held out 0.811; qualification precision 1.000 once three label words were mapped
    # (CWI, MRICS, MCIOB), recall 0.468, held out 0.107. Then a Chinese-only name is known by its
    # 译名 (a rule planned from hangzhou's misses before xiamen was measured): 0.745, 0.571.
    # With the qualification reference (tenth session): qualifications 0.872, held out 0.786.
    # Eleventh session: 'CFA协会' keeps its abbreviation in the name: issuers 0.973, held out 0.905;
    # qualifications 0.894, held out 0.821.
    # Twelfth session: 'Class I' = 'Grade 1': qualifications 0.915, held out 0.857.
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 0.975, held out 0.912; qualifications 0.936, held out 0.893.
    # Fifteenth session: 247 reference bodies and 151 reference qualifications more (a curator who
    # read no held-out city): issuers 0.979, held out 0.926; qualifications 0.957, held out 0.929.
    "xiamen": {"issuers": 0.978, "issuers held out": 0.925, "qualifications": 0.956, "qualifications held out": 0.928},
    # qingdao (青岛), written and labelled blind on 2026-12-02, fifth session (83 rows, 54 bodies;
    # Qingdao's industries: marine, welding and NDT, petrochemicals, brewing, logistics), by a writer
    # who read no registry, code or other city; labels mapped from its bodies list. The registry's
    # fifth-session additions (179 bodies, 141 aliases) were written before it was mapped, by a
    # curator who read no held-out city. First measured with nothing tuned on it (the code of
    # cf484c4 with those registry additions): issuer precision 0.985 (two wrong ids: "国际公共管理协会（IPMA）", IPMA-HR, taken as
    # IPMA by its abbreviation, fixed by a general rule in the abbreviation tier; and
    # "英国焊接研究所（TWI）", labelled TWI Certification Ltd by its writer, mapped to iss-twi as
    # xiamen's TWI label is), held-out recall 0.879; qualification precision 1.000 once four label
    # words were mapped to the notices' (CWE, CWI, MRICS, CText FTI), recall 0.760, held out 0.613.
    # Then three general qualification rules (a bracketed short form of the name's words, "Dip
    # Brew"; a bare one-word name = the one one-word name printed with an abbreviation; a Chinese-
    # only name = the Latin name whose 译名 prints it): qualifications 0.840, held out 0.742. And a
    # body's unit after a comma ("Institution of Mechanical Engineers, Railway Division"): issuers
    # 0.973, held out 0.906.
    # Tenth session: the registry's 355 more bodies include four this city prints (SUT, IRSE, IBD,
    # AHLEI: Engineering Council institutions and the main brewing and hospitality bodies) and IPC
    # under its new name, and TWI Certification Ltd is a name of TWI; the matcher reads a bare IMA
    # by its printed country. Labels mapped from the bodies list: issuers 0.983, held out 0.940.
    # With the qualification reference: qualifications 0.920, held out 0.871.
    # Thirteenth session (rules from 深圳's misses): 'iNARTE（现属Exemplar Global）' no longer reads
    # 属Exemplar Global as a current name, and 'PeopleCert' printed like an abbreviation is that
    # body: issuers 0.985, held out 0.946; qualifications 0.940, held out 0.903.
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 0.992, held out 0.973; qualifications 0.980, held out 0.968.
    "qingdao": {"issuers": 0.987, "issuers held out": 0.968, "qualifications": 0.975, "qualifications held out": 0.963},
    # chengdu (成都, 73 rows, 42 bodies) and tianjin (天津, 71 rows, 42 bodies), written and
    # labelled blind on 2026-12-03 (tenth session) by a writer who read no registry, code or other
    # city; labels mapped to registry ids by a second reader of the registry, who ran nothing.
    # Measured first on the code before the tenth session's registry and qualification reference
    # (which were written without seeing them): chengdu issuers 0.986 / held out 0.880,
    # qualifications 0.702 / 0.500; tianjin 0.955 / 0.836, 0.714 / 0.591. With them (nothing tuned
    # on these two cities; two labels, IMA the mathematicians' and IPC, mapped to the bodies the
    # registry now holds): chengdu qualifications 0.766 / 0.607, tianjin 0.857 / 0.795; issuers
    # unchanged. Precision 1.000 on both, before and after. Then three parsing bugs found in
    # tianjin's misses (no longer blind for them): a Latin country in brackets read as an
    # abbreviation ("… Transport (UK)"), an English name before the Chinese one read as one
    # Chinese name ("CPA Australia 澳大利亚…"), Hangul keyed as "": tianjin issuers 0.957 / 0.843,
    # qualifications 0.873 / 0.818; no other city moved.
    # Eleventh session (rules from 广州's misses): 'CEng MIET' = CEng, 'IPC-A-610 CIT' = the
    # trainer's full name printed with CIT and the code: chengdu qualifications 0.830 / 0.714.
    # Twelfth session (rules from 武汉's misses, then others'): a Latin 译名 beside a Latin name is
    # the name the issuer's other rows print; an abbreviation of an English name's last words
    # (tianjin's …); the issuer's name in brackets dropped and 'FS Eng' read as initials (tianjin's
    # TÜV): chengdu qualifications 0.851 / 0.750; tianjin issuers 0.959 / 0.850, qualifications
    # 0.937 / 0.909.
    # Thirteenth session (rules from 深圳's misses): '(ISC)²' is ISC2, 资格/资质 are kind words
    # (国际软件测试资质认证委员会 is ISTQB), 'PeopleCert' and '公司' as a legal form: chengdu issuers
    # 0.991, held out 0.920; qualifications 0.894, held out 0.821.
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 0.993, held out 0.940; qualifications 0.915, held out 0.857.
    # Seventeenth session: 289 reference qualifications more (a curator who read no held-out city;
    # one of its 3 bodies, CG-ARTS, is a body chengdu prints, relabelled from lbl-cg-arts to the
    # registry's id): qualifications 0.957, held out 0.929.
    "chengdu": {"issuers": 0.99, "issuers held out": 0.935, "qualifications": 0.952, "qualifications held out": 0.924},
    # Thirteenth session: 委员会 and 理事会 are one word for Council or Board, with the body's own
    # country ('美国国家工程与测量考试理事会' is NCEES): tianjin issuers 0.998, held out 0.993;
    # qualifications 0.952, held out 0.932.
    "tianjin": {"issuers": 0.997, "issuers held out": 0.992, "qualifications": 0.951, "qualifications held out": 0.931},
    # guangzhou (广州, 85 rows, 65 bodies, 12 not in the registry), written and labelled blind on
    # 2026-12-04 (eleventh session) by a writer who read no registry, code or other city; labels
    # mapped from its bodies list, and four qualification label words to the notices', before
    # anything was run. First measured with nothing tuned on it (the code and registry of
    # 720585d): issuer precision 1.000, recall 0.984, held out 0.911; qualifications 1.000 /
    # 0.762 / 0.565. Then general rules, no registry data (tests/normalize/heldout/README.md):
    # a Chinese name claims another body only when it says what that body does; 'CFA协会' keeps
    # its abbreviation in the name; 'Worldchefs, World Association of …' is two names; Hangul
    # and kana are words of a qualification's key; the issuer's member post-nominal beside a
    # title ('CEng MIMechE') is dropped; a lone abbreviation with a code is the full name printed
    # with both. Final: issuers 0.993, held out 0.962; qualifications 0.881, held out 0.783.
    # Twelfth session: 'National Institute for Automotive Service Excellence' meets 'ASE' (the
    # initials of a name's last words): issuers 0.996, held out 0.975; qualifications 0.905,
    # held out 0.826.
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 1.000, held out 1.000; qualifications 0.929, held out 0.870.
    "guangzhou": {"issuers": 0.995, "issuers held out": 0.995, "qualifications": 0.924, "qualifications held out": 0.865},
    # wuhan (武汉, 89 rows, 23 bodies, 6 not in the registry), written and labelled blind on
    # 2026-12-04 (twelfth session) to stress qualification identity (25 qualifications printed
    # two to four times in other wordings, 18 look-alike traps), by a writer who read no registry,
    # code or other city; labels mapped from its bodies list, and four qualification label words
    # to the notices', before anything was run. First measured with nothing tuned on it (the code
    # and registry of 1d2727d): issuer precision 1.000, recall 0.918, held out 0.800;
    # qualifications 1.000 / 0.556 / 0.450 (given the true issuer 0.525). Then general rules, no
    # registry or reference data (tests/normalize/heldout/README.md): trademark signs, a spaced
    # dash like a comma, L3 = Level 3, 'RAC (Drugs)' one abbreviation; one issuer's names that
    # spell one another (an abbreviation its names spell out, a grade word before or after, a
    # leading word naming the issuer); a Latin 译名 the issuer's other rows print; 'SPIE – The
    # International Society …' read as abbreviation and name; a name-history note groups a new
    # body's cells; the initials of a name's last words; a board after a body's full name.
    # Final: issuers 0.956, held out 0.892; qualifications 0.859, held out 0.825 (given the true
    # issuer 0.838).
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 0.989, held out 0.973; qualifications 0.939, held out 0.925.
    "wuhan": {"issuers": 0.984, "issuers held out": 0.968, "qualifications": 0.934, "qualifications held out": 0.92},
    # shenzhen (深圳, 102 rows, 34 bodies, one not in the registry: SMTA), written and labelled blind
    # on 2026-12-04 (thirteenth session) to stress qualification identity again (36 qualifications
    # printed two to four times in other wordings: Chinese only, English only, abbreviation only,
    # grade and level words, an edition year, a British spelling, a former or current name in a
    # note, the issuer's abbreviation prefixed; 24 look-alikes printed once), by a writer who read
    # no registry, code or other city; labels mapped from its bodies list, and two qualification
    # label words to the notices', before anything was run. First measured with nothing tuned on
    # it (the code and registry of feb7452): issuer precision 1.000, recall 0.968, held out 0.904;
    # qualification precision 0.963 (one wrong merge: 'FCCA' | 'ACCA资深会员' read by its 译名 as
    # 'ACCA'), recall 0.732, held out 0.635 (given the true issuer 0.712). Then general rules, no
    # registry or reference data (tests/normalize/heldout/README.md). Final: issuers 0.989, held
    # out 0.968; qualifications 1.000 / 0.930 / 0.904 (given the true issuer 0.923).
    # Fourteenth session (general rules and reference names from the cities' misses; README):
    # issuers 0.996, held out 0.989; qualifications 0.958, held out 0.942.
    "shenzhen": {"issuers": 0.991, "issuers held out": 0.984, "qualifications": 0.953, "qualifications held out": 0.937},
    # xian (西安, 95 rows, 42 bodies, 13 not in the registry), written and labelled blind on
    # 2026-12-05 (fourteenth session): aerospace, semiconductors, power equipment, titanium,
    # heritage conservation and archaeology, tourism, agriculture, medicine, finance; 26
    # qualifications printed two or three times in other wordings, 16 look-alikes, 25 names in
    # Chinese, Japanese or Korean with the English in 译名; shared abbreviations SME, AIC, ASA. By a
    # writer who read no code and mapped labels from the registry before anything ran; one label
    # word (CWI) mapped to the notices' after the first measurement. First measured with nothing
    # tuned on it (the code and registry of 50318cd): issuer precision 1.000, recall 0.923, held
    # out 0.787; qualifications 1.000 / 0.623 / 0.480 (given the true issuer 0.620).
    # Then, blind still: the rules merged from the other cities' misses (h-rules): issuers 0.923 / 0.787,
    # qualifications 0.638 / 0.500. Then a rule from its own misses (no longer blind for it):
    # an abbreviation keeping a preposition in small letters (CIfA, IfA), an article before an
    # abbreviation ('The AusIMM'), a body's and its unit's abbreviations joined by a slash
    # ('IPA/JITEC'): issuers 0.940 / 0.834, qualifications 0.667 / 0.540; initials then a word cut
    # short ('CP(Met)'): qualifications 0.681 / 0.560 (given the true issuer 0.660).
    # Fifteenth session: the reference bodies and qualifications above: issuers 0.945 / 0.848,
    # qualifications 0.725 / 0.620; then five bodies the curator added from the examples of 西安's
    # misses in the README (NETA, Icon, NCCAOM, the Japan Tourism Agency, the Museums Association:
    # tuned on it, so no blind figure), their labels mapped: issuers 0.952 / 0.867,
    # qualifications 0.754 / 0.660.
    # Twentieth session (rules from the cities' misses, README): qualifications 0.783, held out 0.700.
    "xian": {"issuers": 0.951, "issuers held out": 0.866, "qualifications": 0.78, "qualifications held out": 0.698},
    # jinan (济南, 87 rows, 52 bodies, 7 not in the registry), written and labelled blind on
    # 2026-12-05 (fifteenth session) by a writer who read only the held-out README and two header
    # lines, then mapped labels from the registry before anything ran: less-known bodies from JP,
    # KR, MY, NZ, FR, IT, CH, IL, RU, IN, NL, SE; native-language names; typos; a body and its
    # certification company (DVS, DVS ZERT GmbH). First measured with nothing tuned on it (the code
    # and registry of f4ced5e): issuers precision 0.996, recall 0.992, held out precision 0.985,
    # recall 0.970 (one wrong merge: 'DVS ZERT GmbH' onto DVS); qualifications 0.846 / 0.800, held
    # out 0.758 / 0.694, of which every wrong pair was a label word (CWI, MCIOB, MRICS named as the
    # notices name them otherwise), mapped in jinan-qualification-labels.csv after the first
    # measurement as for the other cities: qualifications 1.000 / 0.825, held out 1.000 / 0.750.
    # Then general rules from its misses (no longer blind): a body's abbreviation and a word of its
    # own with a legal form is a company of its own ('DVS ZERT GmbH'): issuers 1.000 / 0.970 held
    # out; a Chinese name another row prints as its 译名; Chinese around a code the 译名 prints;
    # ordinal levels ('First Grade'); 'Charter': qualifications 0.889, held out 0.841. An
    # abbreviation the registry does not give a body, beside its own Chinese and English names
    # ('简称EA'), no longer contradicts them: issuers 0.994, held out 0.978.
    # Seventeenth session, 289 reference qualifications more: qualifications 0.905, held out 0.864.
    # Twentieth session ('Senior Level' = 'Senior', a body's initials 'IOL'): qualifications 0.937,
    # held out 0.909.
    "jinan": {"issuers": 0.993, "issuers held out": 0.977, "qualifications": 0.935, "qualifications held out": 0.905},
    # hefei (合肥, 2026-12-05, sixteenth session), written and labelled blind. First measured:
    # issuers 1.000 / 0.987, held out 1.000 / 0.938; qualifications 0.939 / 0.868, held out
    # 0.900 / 0.794. The three wrong pairs were label words (LEED AP BD+C, MRICS, MCIOB: the same
    # qualifications the notices name otherwise), mapped in hefei-qualification-labels.csv:
    # qualifications 1.000 / 0.875, held out 1.000 / 0.811. Then (no longer blind) the examination
    # that awards a qualification says only "a credential" ('… Specialist Test (L3)'): 0.893 / 0.838.
    "hefei": {"issuers": 0.986, "issuers held out": 0.937, "qualifications": 0.892, "qualifications held out": 0.837},
    # dalian (大连, 73 rows, 39 bodies, one not in the registry), written and labelled blind on
    # 2026-12-06 (twentieth session) by a writer who read only the held-out README and a header
    # line, then mapped labels from the registry before anything ran. First measured with nothing
    # tuned on it (the code of this session's other rules, which changed none of its figures):
    # issuers 1.000 / 0.977, held out 1.000 / 0.894; qualifications 0.868 / 0.836, held out
    # 0.794 / 0.750. The wrong pairs were label words (its writer mapped CEng and MRICS to the
    # qualification reference's words, not the notices'), mapped in dalian-qualification-labels.csv:
    # qualifications 1.000 / 0.855, held out 1.000 / 0.791. Then general rules from its misses (no
    # longer blind): a Latin word written onto a Chinese name is the name's ('LPI Linux专业协会'), a
    # board after a body's abbreviation ('ASCP Board of Certification'), an original-script name in
    # brackets another row prints whole ('一般机械工程师（일반기계기사）'), and a wrong merge found in
    # the all-cities run fixed ('CSWIP 3.2.1' = '3.1 level 2' by its digits): issuers 0.989 / 0.952,
    # qualifications 0.871 / 0.814. An abbreviation the 译名 prints is the name's, and one that spells
    # one of its names makes another language's name that one (IWE): 0.887 / 0.837.
    "dalian": {"issuers": 0.988, "issuers held out": 0.95, "qualifications": 0.885, "qualifications held out": 0.835},
    # xian2 (a second 西安, 78 rows, 42 bodies, six not in the registry), written and labelled blind
    # on 2026-12-06 (twenty-first session) like dalian. First measured with nothing tuned on it
    # (with this session's rule that a word only the abbreviation prints is kept, which changed no
    # city's figures): issuers 1.000 / 0.971, held out 1.000 / 0.721, one row on a wrong id (row 33,
    # '云原生计算基金会（CNCF，隶属Linux基金会）', labelled the Linux Foundation, a doubt its writer
    # noted before the measurement; relabelled CNCF, which the registry holds as its own body);
    # qualifications 1.000 / 0.725, held out 1.000 / 0.476 (0.762 given the true issuer: most misses
    # are bodies in review, an EASA printed in German, INCOSE and a Queensland board the registry
    # lacks). Then general rules from its misses (no longer blind): a possessive 's, 'A&P' one
    # abbreviation, 'Type 3' a level, a new body's words in another order ('Board of Examiners,
    # Queensland'): issuers 0.976, held out 0.762; qualifications 0.744, held out 0.500. With the
    # bodies' own-language official names in the registry (its curator read no held-out city; EASA
    # printed in German): issuers 0.981, held out 0.810; qualifications 0.769, held out 0.550.
    "xian2": {"issuers": 0.98, "issuers held out": 0.809, "qualifications": 0.765, "qualifications held out": 0.549},
    # changsha (长沙, 81 rows, 41 bodies, 18 not in the registry), written and labelled blind on
    # 2026-12-07 (twenty-seventh session) like xian2. First measured with nothing tuned on it: issuers
    # 1.000 / 0.962, held out 1.000 / 0.686; qualifications 1.000 / 0.718, held out 1.000 / 0.450
    # (0.750 given the true issuer: most misses are bodies the registry lacks, each printed in two or
    # three languages). Then two general rules from its misses (no longer blind): one printing in
    # Japanese or simplified forms is one name ('色彩検定1級' = '色彩检定一级'), and a bracketed
    # original name of three characters is a name ('日本专利代理人（弁理士）'): qualifications 0.769,
    # held out 0.550 (0.850 given the true issuer). A Cyrillic abbreviation ('НАКС') is one now; its
    # rows wait in review with the registry's body as the candidate, so the figures did not move.
    "changsha": {"issuers": 0.962, "issuers held out": 0.686, "qualifications": 0.769, "qualifications held out": 0.55},
}
# Fifth session: the registry's 179 more bodies name more abbreviations twice (API, AIC, CIPS, ACI,
# RINA …), and the abbreviation tier no longer takes a Chinese name a field word off the body's
# (IPMA-HR); a bare shared abbreviation, or such a name, now waits for a steward: issuer recall fell
# on suzhou (0.961 -> 0.945), ningbo (0.927 -> 0.923) and nanjing. Right, though it costs recall.
# Held-out issuer recall reaches the 0.95 target only on hangzhou; on qingdao, the latest blind
# city, it is 0.879. Qualification recall reaches it on changzhou only. Say so, do not tune to it.
# Eleventh session: on guangzhou, the latest blind city, held-out issuer recall was 0.911 first and
# 0.962 after general rules found in its misses (no longer blind); qualifications 0.565 -> 0.783.
# Twelfth session: on wuhan, written to stress qualification identity, held-out qualification
# recall was 0.450 first and 0.825 after general rules (no longer blind); issuers 0.800 -> 0.892.
# Thirteenth session: on shenzhen, held-out qualification recall was 0.635 first (precision 0.943)
# and 0.904 after general rules (no longer blind); issuers 0.904 -> 0.968.
# Fourteenth session: rules and reference names found in the twelve cities' misses (none of them
# blind now): all twelve together, held-out issuer recall 0.915 -> 0.952, qualifications 0.869 -> 0.910.
# Twentieth session: dalian, the latest blind city, held-out issuer recall 0.894 and qualification
# recall 0.791 first (precision 1.000 once two label words were mapped); 0.952 and 0.814 after
# general rules (no longer blind), 0.837 with the IWE rule. All sixteen together: issuers 0.956,
# qualifications 0.892.
# Twenty-first session: xian2, the latest blind city, held-out issuer recall 0.721 and
# qualification recall 0.476 first (0.762 given the true issuer); 0.762 and 0.500 after general
# rules, 0.810 and 0.550 with the registry's own-language names. All seventeen together: issuers
# 0.956, qualifications 0.882.
# Twenty-seventh session: changsha, the latest blind city, held-out issuer recall 0.686 and
# qualification recall 0.450 first (0.750 given the true issuer); qualifications 0.550 after two
# general rules (no longer blind). All eighteen together: issuers 0.955, qualifications 0.872.


@pytest.fixture(scope="module")
def city_reports(bench: ModuleType) -> dict[str, object]:
    return {city: bench.evaluate(catalogs=[HELDOUT / f"{city}-catalog.csv"]) for city in RECALL_FLOORS}


def _scores(report):  # type: ignore[no-untyped-def]
    return (report.issuer, report.issuer_heldout, report.qualification, report.qualification_heldout)


@pytest.mark.parametrize("city", sorted(RECALL_FLOORS))
def test_grouping_city_precision_is_exact(city: str, city_reports: dict[str, object]) -> None:
    assert [s.precision for s in _scores(city_reports[city])] == [1.0] * 4


@pytest.mark.parametrize("city", sorted(RECALL_FLOORS))
def test_grouping_city_recall_does_not_drop(city: str, city_reports: dict[str, object]) -> None:
    floors = RECALL_FLOORS[city]
    recall = dict(zip(floors, (s.recall for s in _scores(city_reports[city]))))
    assert all(recall[k] >= floor for k, floor in floors.items()), recall
