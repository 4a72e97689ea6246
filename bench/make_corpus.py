"""Generate a corpus of N distinct notices for the scale benchmark (bench/bench_scale.py).

    .venv/bin/python bench/make_corpus.py N OUT_DIR [--seed 7] [--cache DIR]

Each notice is its own publication: a city (苏州, 南通, 扬州 …), a batch (第一批, 第二批 …,
in date order within the city), a unique document number (苏人社发〔2024〕17号), a title
(关于公布…国际职业资格比照认定职称目录（第N批）的通知), an addressee, a body, the bureau, the date,
then 附件, the catalog title and the catalog. Catalogs hold 5 to 400 rows drawn and re-ordered
from the truth files' rows (/work/shared/notices/*.truth.json), so a notice prints on 1 to
about 30 pages; a row drawn more than once in a catalog gets a specialty (" Structural") so
that no catalog lists a qualification twice. A later batch may repeat a qualification of the
city with another title, as cities do.

Even-numbered notices are kept as DOCX, odd-numbered ones as PDF. Every DOCX is printed to PDF
by headless LibreOffice in one call (a private profile); the PDFs of the DOCX half stay in
printed/ to count their pages. Written:

    OUT_DIR/raw/<city>-<year>-<number>.{docx,pdf}   the corpus, for `catalog run --raw`
    OUT_DIR/printed/<same>.pdf                      the DOCX half as printed (page counts only)
    OUT_DIR/manifest.json                           per notice: file, format, metadata, pages, rows

Notice i depends only on (seed, i), never on N: the first 10 notices of a 40-notice corpus are
the 10-notice corpus. Generated files are cached (by default in OUT_DIR/cache, keyed by the
generator's version) and reused: re-running with the same N and seed converts nothing.
DOCX bytes are deterministic (zip dates fixed); PDFs get LibreOffice's time stamps pinned and, from
qpdf when it is installed, an /ID derived from their content.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.make_documents import DocxLayout, write_catalog_docx  # noqa: E402

GENERATOR_VERSION = "2"
TRUTHS = Path(os.environ.get("CATALOG_BENCH_TRUTHS", "/work/shared/notices"))
# (city, pinyin, document-number prefix, first year)
CITIES = (
    ("苏州", "suzhou", "苏人社发", 2019), ("南通", "nantong", "通人社职", 2020), ("扬州", "yangzhou", "扬人社发", 2021),
    ("徐州", "xuzhou", "徐人社发", 2019), ("镇江", "zhenjiang", "镇人社发", 2020), ("常州", "changzhou", "常人社职", 2021),
    ("南京", "nanjing", "宁人社发", 2019), ("盐城", "yancheng", "盐人社发", 2020), ("淮安", "huaian", "淮人社发", 2021),
    ("连云港", "lianyungang", "连人社发", 2019), ("宿迁", "suqian", "宿人社发", 2020), ("杭州", "hangzhou", "杭人社发", 2021),
    ("宁波", "ningbo", "甬人社发", 2019), ("嘉兴", "jiaxing", "嘉人社发", 2020), ("湖州", "huzhou", "湖人社发", 2021),
    ("绍兴", "shaoxing", "绍市人社发", 2019),
)  # fmt: skip
SPECIALTIES = (("Structural", "结构"), ("Electrical", "电气"), ("Process", "工艺"), ("Quality", "质量"),
               ("Safety", "安全"), ("Offshore", "海洋"))  # fmt: skip
PROMOTED = {"技术员": "助理工程师", "助理工程师": "工程师", "工程师": "高级工程师", "高级工程师": "工程师"}
ADDRESSEES = ("各县（市、区）人力资源和社会保障局，市各有关单位：", "各区人力资源和社会保障局，市各有关部门（单位）：",
              "市各有关单位，各人才服务机构：")  # fmt: skip
MIN_ROWS, MAX_ROWS = 5, 400
CN_DIGITS = "零一二三四五六七八九"


@dataclass
class NoticeSpec:
    """One generated notice: what it says about itself and its catalog."""

    index: int
    city: str
    pinyin: str
    batch: str
    doc_number: str
    issue_date: str
    format: str
    header: list[str]
    rows: list[list[str]]
    text: str
    name: str = ""
    pages: int = 0
    key: str = field(default="", repr=False)


def batch_name(number: int) -> str:
    """第一批, 第十二批, 第二十批 … (Chinese numerals up to 99)."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else CN_DIGITS[tens] + "十"
    return f"第{head}{CN_DIGITS[units] if units or not head else ''}批"


def load_pool() -> tuple[list[list[str]], list[list[str]]]:
    """The truth files' headers and rows (序号 dropped: it is renumbered per catalog)."""
    headers, rows = [], []
    for path in sorted(TRUTHS.glob("*.truth.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        headers.append(list(data["header"]))
        rows += [list(r[1:]) for r in data["rows"]]
    if not rows:
        raise SystemExit(f"no truth files in {TRUTHS} (set CATALOG_BENCH_TRUTHS)")
    return headers, rows


def catalog_size(index: int, rng: random.Random) -> int:
    """Rows of notice `index`: one in ten is 400 rows (about 30 pages), one in ten 5, the rest log-uniform."""
    if index % 10 == 3:
        return MAX_ROWS
    if index % 10 == 8:
        return MIN_ROWS
    return round(math.exp(rng.uniform(math.log(MIN_ROWS), math.log(MAX_ROWS))))


def draw_rows(pool: list[list[str]], size: int, later_batch: bool, rng: random.Random) -> list[list[str]]:
    """`size` distinct catalog rows drawn from the pool in a new order, numbered from 1."""
    drawn: list[list[str]] = []
    for rep in range(-(-size // len(pool))):
        for row in rng.sample(pool, len(pool)):
            q, zh, issuer, title, series = row
            if rep:
                en_spec, zh_spec = SPECIALTIES[(rep - 1) % len(SPECIALTIES)]
                q, zh = f"{q} {en_spec}", f"{zh}（{zh_spec}方向）"  # plain words: a wrap is a space
            if later_batch and rng.random() < 0.15:
                title = PROMOTED.get(title, title)  # a later batch may list it with another title
            drawn.append([q, zh, issuer, title, series])
    chosen = rng.sample(drawn, size)
    return [[str(i), *r] for i, r in enumerate(chosen, start=1)]


def notice_text(city: str, doc_number: str, batch: str, issued: date, rng: random.Random) -> str:
    """The notice's running text down to the catalog title, laid out like the seeds."""
    bureau = f"{city}市人力资源和社会保障局"
    catalog = f"{city}市国际职业资格比照认定职称目录（{batch}）"
    body = [
        f"为深化职称制度改革，建立与国际接轨的引才用才制度，促进国际职业资格与专业技术资格的有效衔接，"
        f"根据《关于深化职称制度改革的意见》和省有关文件精神，结合我市产业发展需要，经研究，现将《{catalog}》予以公布。",
        "取得目录内国际职业资格证书、在我市从事相应专业技术工作的人员，可按规定申请比照认定相应职称，不受国籍、户籍限制。",
        "申请人应遵守我国宪法和法律，诚实守信，具有良好的职业道德和敬业精神。申报材料由所在单位核实后，按属地管理原则报送。",
        "目录实行动态调整，调整结果适时向社会公布。执行中有何问题，请及时与市人力资源和社会保障局职称管理部门联系。",
    ]
    if rng.random() < 0.5:
        body.append("本通知自发布之日起施行。")
    lines = [f"{bureau}文件", doc_number, f"关于公布{catalog}的通知", rng.choice(ADDRESSEES), *body,
             bureau, f"{issued.year}年{issued.month}月{issued.day}日", "附件", catalog]  # fmt: skip
    return "\n".join(lines)


def make_spec(index: int, seed: int, headers: list[list[str]], pool: list[list[str]]) -> NoticeSpec:
    """Notice `index` of the corpus for `seed` (independent of the corpus size)."""
    rng = random.Random(f"{seed}:{index}")
    city, pinyin, prefix, first_year = CITIES[index % len(CITIES)]
    number = index // len(CITIES) + 1
    issued = date(first_year, 3, 1) + timedelta(days=120 * (number - 1) + rng.randrange(90))
    doc_number = f"{prefix}〔{issued.year}〕{5 + 11 * number + rng.randrange(11)}号"  # unique per city
    batch = batch_name(number)
    spec = NoticeSpec(
        index=index, city=city, pinyin=pinyin, batch=batch, doc_number=doc_number, issue_date=issued.isoformat(),
        format="docx" if index % 2 == 0 else "pdf", header=rng.choice(headers),
        rows=draw_rows(pool, catalog_size(index, rng), number > 1, rng),
        text=notice_text(city, doc_number, batch, issued, rng),
    )  # fmt: skip
    spec.name = f"{pinyin}-{issued.year}-{doc_number.split('〕')[1].rstrip('号')}"
    spec.key = hashlib.sha256(json.dumps([GENERATOR_VERSION, asdict(spec)], ensure_ascii=False).encode()).hexdigest()
    return spec


def write_docx(spec: NoticeSpec, path: Path) -> Path:
    """The notice as Word (text, then the catalog table); same spec, same bytes."""
    write_catalog_docx(path, spec.header, spec.rows, DocxLayout(intro=spec.text))
    _set_core_properties(path)
    write_docx_zip_dates(path)
    return path


def _set_core_properties(path: Path) -> None:
    """python-docx stamps the creation time: pin it (and the author) so bytes are repeatable."""
    from docx import Document

    doc = Document(str(path))
    props = doc.core_properties
    props.author = props.last_modified_by = "catalog bench"
    props.created = props.modified = datetime(2024, 1, 1)
    props.revision = 1
    doc.save(str(path))


def docx_to_pdfs(docx_files: list[Path], outdir: Path) -> None:
    """Print many DOCX files to PDF in one LibreOffice call (a private profile; ~1 s per call)."""
    if not docx_files:
        return
    if shutil.which("soffice") is None:
        raise SystemExit("soffice (LibreOffice) is needed to print the PDFs")
    with tempfile.TemporaryDirectory(prefix="bench-soffice-") as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(outdir), *map(str, docx_files)],
            check=True, capture_output=True, timeout=60 + 10 * len(docx_files),
        )  # fmt: skip
    for docx in docx_files:
        pdf = outdir / (docx.stem + ".pdf")
        if not pdf.exists():
            raise RuntimeError(f"LibreOffice wrote no PDF for {docx}")
        _pin_pdf_stamps(pdf)


_STAMPS = ((re.compile(rb"/CreationDate\(D:\d{14}"), b"/CreationDate(D:20240101000000"),
           (re.compile(rb"/DocChecksum /[0-9A-F]{32}"), b"/DocChecksum /" + b"0" * 32),
           (re.compile(rb"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>"), None))  # fmt: skip


def _pin_pdf_stamps(pdf: Path) -> None:
    """LibreOffice stamps the time, a checksum and a random /ID: pin them (same length, so
    offsets stay valid), then let qpdf derive the /ID from the content, when it is installed."""
    data = pdf.read_bytes()
    for pattern, fixed in _STAMPS:
        data = pattern.sub(fixed or (lambda m: re.sub(rb"[0-9A-F]", b"0", m.group(0))), data)
    pdf.write_bytes(data)
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--deterministic-id", str(pdf), "--replace-input"], check=True, capture_output=True)


def page_count(pdf: Path) -> int:
    """Pages of a PDF (pypdfium2)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def ensure_cached(specs: list[NoticeSpec], cache: Path) -> None:
    """Write the DOCX and PDF of every notice whose cached files are missing or stale."""
    cache.mkdir(parents=True, exist_ok=True)
    stale = [s for s in specs if not _cached(s, cache)]
    for spec in stale:
        for suffix in (".docx", ".pdf", ".json"):
            (cache / f"{spec.name}{suffix}").unlink(missing_ok=True)
        write_docx(spec, cache / f"{spec.name}.docx")
    for start in range(0, len(stale), 50):  # one soffice call per 50 files
        docx_to_pdfs([cache / f"{s.name}.docx" for s in stale[start : start + 50]], cache)
    for spec in stale:
        record = {"key": spec.key, "pages": page_count(cache / f"{spec.name}.pdf")}
        (cache / f"{spec.name}.json").write_text(json.dumps(record), encoding="utf-8")
    for spec in specs:
        spec.pages = json.loads((cache / f"{spec.name}.json").read_text(encoding="utf-8"))["pages"]


def write_docx_zip_dates(path: Path) -> None:
    """Rewrite a DOCX with every zip entry dated 2024-01-01 (python-docx writes the current time)."""
    fixed = datetime(2024, 1, 1).timetuple()[:6]
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zout.writestr(zipfile.ZipInfo(name, fixed), data, zipfile.ZIP_DEFLATED)


def _cached(spec: NoticeSpec, cache: Path) -> bool:
    record = cache / f"{spec.name}.json"
    if not record.is_file() or not all((cache / f"{spec.name}{s}").is_file() for s in (".docx", ".pdf")):
        return False
    return bool(json.loads(record.read_text(encoding="utf-8")).get("key") == spec.key)


def _link(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def make_corpus(n: int, out_dir: Path, seed: int = 7, cache: Path | None = None) -> list[NoticeSpec]:
    """Generate (or reuse) the n-notice corpus in out_dir; return its notices."""
    headers, pool = load_pool()
    specs = [make_spec(i, seed, headers, pool) for i in range(n)]
    if len({s.doc_number for s in specs}) != n or len({s.name for s in specs}) != n:
        raise AssertionError("document numbers must be unique")
    cache = cache or out_dir / "cache"
    ensure_cached(specs, cache)
    raw, printed = out_dir / "raw", out_dir / "printed"
    for folder in (raw, printed):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for spec in specs:
        _link(cache / f"{spec.name}.{spec.format}", raw / f"{spec.name}.{spec.format}")
        _link(cache / f"{spec.name}.pdf", printed / f"{spec.name}.pdf")
    manifest = {"n": n, "seed": seed, "generator": GENERATOR_VERSION, "notices": [_manifest_row(s) for s in specs]}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return specs


def _manifest_row(spec: NoticeSpec) -> dict[str, object]:
    return {"file": f"{spec.name}.{spec.format}", "format": spec.format, "city": spec.city, "batch": spec.batch,
            "doc_number": spec.doc_number, "issue_date": spec.issue_date, "pages": spec.pages,
            "header": spec.header, "rows": spec.rows}  # fmt: skip


def main() -> None:
    """Generate the corpus and print one line about it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of notices")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cache", type=Path, default=None, help="where generated files are kept (default OUT_DIR/cache)"
    )
    args = parser.parse_args()
    specs = make_corpus(args.n, args.out_dir, args.seed, args.cache)
    pdf_pages = sum(s.pages for s in specs if s.format == "pdf")
    print(f"{len(specs)} notices in {args.out_dir / 'raw'}: {sum(s.format == 'docx' for s in specs)} DOCX, "
          f"{sum(s.format == 'pdf' for s in specs)} PDF; {sum(len(s.rows) for s in specs)} catalog rows; "
          f"{sum(s.pages for s in specs)} printed pages ({pdf_pages} in PDFs); cities "
          f"{len({s.city for s in specs})}")  # fmt: skip


if __name__ == "__main__":
    main()
