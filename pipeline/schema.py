"""The published tables' schema: one place that says each column's type, title and meaning.

Every format a portal reads is made from this: the Frictionless Table Schemas in
datapackage.json, the typed Parquet files, the SQLite column types, Datasette's metadata.yml
and the Excel headers. The CSV files stay text (their contract, README); the types say how
to read them. A table's columns must match its schema exactly (`check_columns`), so a column
added in code without a line here stops the publish instead of going out undescribed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from core.errors import PublishError

# Table Schema field types we use (https://specs.frictionlessdata.io/table-schema/#types-and-formats).
STRING, INTEGER, NUMBER, BOOLEAN, DATE = "string", "integer", "number", "boolean", "date"


@dataclass(frozen=True)
class Column:
    """One column: Table Schema type, Chinese title (Excel headers), English description."""

    name: str
    title_zh: str
    description: str
    type: str = STRING
    required: bool = False


@dataclass(frozen=True)
class ForeignKey:
    """`fields` of this table point at `reference_fields` of `reference_table`."""

    fields: tuple[str, ...]
    reference_table: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class TableSchema:
    """One published table. `open_columns`: further columns named by data (comparison's cities)."""

    name: str
    title_zh: str
    title_en: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    open_columns: str = ""  # description of data-named columns, "" = none allowed
    open_after: str = ""  # the column after which they stand

    def column(self, name: str) -> Column:
        """The named column; data-named columns (a city in comparison) are text."""
        for column in self.columns:
            if column.name == name:
                return column
        if self.open_columns:
            return Column(name, name, self.open_columns)
        raise KeyError(name)

    def columns_of(self, frame: pd.DataFrame) -> tuple[Column, ...]:
        """The frame's columns, in its order, as described here."""
        return tuple(self.column(str(name)) for name in frame.columns)


def _c(name: str, title_zh: str, description: str, type: str = STRING, required: bool = False) -> Column:
    return Column(name, title_zh, description, type, required)


_LINEAGE = (
    _c("source_file", "来源文件", "File in raw/ the row was read from (the PDF when the notice has one)", required=True),
    _c("source_sha256", "来源文件哈希", "SHA-256 of that file: raw/ is addressed by it", required=True),
    _c("source_page", "页码", "Page of the PDF (1-based); empty for DOCX and HTML", INTEGER),
    _c("source_table", "表格序号", "Table on the page or in the document (1-based)", INTEGER),
    _c("source_row", "行号", "Row in that table (1-based, header rows counted)", INTEGER),
    _c("source_bbox", "位置", "The row's box on the PDF page: x0,top,x1,bottom in points, top-left origin"),
)

ENTRIES = TableSchema(
    "entries", "比照认定目录条目", "Catalog entries",
    "One row per catalog row per notice: the qualification, its issuer, the professional title "
    "(职称) it is recognized as, and the page and row it was printed on.",
    (
        _c("entry_id", "条目编号", "Stable id of this entry (notice, part and 序号)", required=True),
        _c("notice_id", "通知编号", "The notice that lists it (notices.notice_id)", required=True),
        _c("doc_number", "文号", "The notice's document number as printed"),
        _c("city", "城市", "City whose bureau published the notice"),
        _c("batch", "批次", "Batch as printed (第一批)"),
        _c("part", "目录分册", "Which catalog of the notice (附件1, 附件2 …), 1 for most", INTEGER),
        _c("seq", "序号", "序号 as printed", INTEGER, required=True),
        _c("qualification", "职业资格名称", "Qualification name as printed", required=True),
        _c("qualification_zh", "译名", "Chinese name of the qualification as printed"),
        _c("issuer", "颁证单位", "Issuer as printed", required=True),
        _c("issuer_id", "颁证单位编号", "Normalized issuer (issuers.issuer_id)", required=True),
        _c("qualification_id", "职业资格编号", "Qualification across cities (qualifications.qualification_id)",
           required=True),
        _c("title", "对应职称", "Professional title (职称) the qualification is recognized as"),
        _c("series", "所属系列", "Title series (职称系列) as printed"),
        _c("country", "国家", "Issuer's country (ISO 3166 alpha-2) from the issuer registry"),
        _c("issuer_name_zh", "颁证单位中文名", "Issuer's Chinese name from the registry"),
        _c("issuer_name_en", "颁证单位英文名", "Issuer's English name from the registry"),
        _c("issuer_abbr", "颁证单位简称", "Issuer's abbreviation from the registry"),
        _c("issuer_match", "匹配方式", "How the printed issuer was matched (matched:alias, review:…)"),
        _c("issuer_match_score", "匹配分数", "Match score 0–100", NUMBER),
        *_LINEAGE,
        _c("continued_on", "续行", "Rows a page break split off (p5 t2 r2)"),
        _c("also_in", "其他格式", "The notice's other files (DOCX, HTML) that print the same row"),
        _c("extra", "其他列", "Printed columns without a canonical name (备注=…)"),
        _c("checks", "待核对", "Line breaks a PDF alone could not settle, for a steward to check"),
        _c("in_force", "现行有效", "false once a later notice of the city re-lists or withdraws it", BOOLEAN),
        _c("superseded_by", "被替代于", "Document number of that later notice"),
        _c("source_url", "来源网址", "URL source_file was downloaded from (catalog fetch); empty when added by hand"),
        _c("ocr_confidence", "识别置信度", "Read from a scan: the lowest OCR confidence of the row's cells, 0-100 (only "
           "certain rows are published); empty when read from text", NUMBER),
    ),
    primary_key=("entry_id",),
    foreign_keys=(
        ForeignKey(("notice_id",), "notices", ("notice_id",)),
        ForeignKey(("issuer_id",), "issuers", ("issuer_id",)),
        ForeignKey(("qualification_id",), "qualifications", ("qualification_id",)),
    ),
)

NOTICES = TableSchema(
    "notices", "通知", "Notices",
    "One row per published notice: its document number, city, office, title, dates and the files it came as.",
    (
        _c("notice_id", "通知编号", "Stable id of the notice", required=True),
        _c("doc_number", "文号", "Document number as printed (锡人社职〔2021〕49号)"),
        _c("city", "城市", "City whose bureau published it", required=True),
        _c("office", "发文单位", "Issuing office"),
        _c("title", "通知标题", "The notice's own title (关于…的通知)"),
        _c("issue_date", "发文日期", "Date of issue", DATE),
        _c("effective_date", "施行日期", "Date the catalog takes effect", DATE),
        _c("batch", "批次", "Batch (第一批)"),
        _c("catalog_title", "目录标题", "Title of the catalog as printed"),
        _c("entries", "条目数", "Entries published from this notice", INTEGER, required=True),
        _c("files", "文件", "Files in raw/ the notice came as, ';'-separated"),
        _c("formats", "格式", "Their formats (pdf;docx;html)"),
        _c("sha256", "文件哈希", "SHA-256 of each file, in the same order"),
        _c("replaces", "废止说明", "Sentence by which the notice retires the city's earlier catalogs"),
        _c("source_url", "来源网址", "The bureau page the notice was published on (catalog fetch); empty when added by hand"),
        _c("read_by", "读取方式", "How each file was read, in the order of files: text (its text layer or markup) "
           "or ocr (page images of a scan, each doubtful cell sent to review)"),
        _c("withdrawn", "撤销条目", "Rows the notice prints struck through whole, withdrawn by a revision (序号 and "
           "name, ';'-separated): not published as entries"),
    ),
    primary_key=("notice_id",),
)

ISSUERS = TableSchema(
    "issuers", "颁证单位", "Issuers",
    "One row per normalized issuer: its names, country and how each city printed it.",
    (
        _c("issuer_id", "颁证单位编号", "Stable issuer id (iss-… from the registry, issx-… provisional)",
           required=True),
        _c("status", "状态", "registry, or provisional while a steward has not decided"),
        _c("name_zh", "中文名", "Chinese name"),
        _c("name_en", "英文名", "English name"),
        _c("abbr", "简称", "Abbreviation"),
        _c("country", "国家", "Country (ISO 3166 alpha-2)"),
        _c("printed_as", "原文写法", "Every way the notices printed it, ';'-separated"),
        _c("cities", "城市", "Cities that list it, ';'-separated"),
        _c("entries", "条目数", "Entries that name it", INTEGER),
    ),
    primary_key=("issuer_id",),
)

QUALIFICATIONS = TableSchema(
    "qualifications", "职业资格", "Qualifications",
    "One row per qualification across cities: the same qualification of the same issuer has one id.",
    (
        _c("qualification_id", "职业资格编号", "Stable qualification id", required=True),
        _c("issuer_id", "颁证单位编号", "Its issuer (issuers.issuer_id)", required=True),
        _c("qualification", "职业资格名称", "Name as first printed"),
        _c("qualification_zh", "译名", "Chinese name as first printed"),
        _c("variants", "其他写法", "Every printed name, ';'-separated"),
        _c("cities", "城市", "Cities that list it, ';'-separated"),
        _c("entries", "条目数", "Entries of it", INTEGER),
    ),
    primary_key=("qualification_id",),
    foreign_keys=(ForeignKey(("issuer_id",), "issuers", ("issuer_id",)),),
)

COMPARISON = TableSchema(
    "comparison", "城市对比", "Comparison across cities",
    "One row per qualification in force: the title each city recognizes it as, side by side.",
    (
        _c("qualification_id", "职业资格编号", "Qualification id", required=True),
        _c("qualification", "职业资格名称", "Name"),
        _c("qualification_zh", "译名", "Chinese name"),
        _c("issuer_id", "颁证单位编号", "Issuer id"),
        _c("series", "所属系列", "Title series"),
        _c("conflict", "职称不一致", "true where the cities' titles differ", BOOLEAN),
        _c("cities", "城市数", "How many cities list it", INTEGER),
    ),
    primary_key=("qualification_id",),
    open_columns="Title this city recognizes the qualification as (empty: not listed)",
    open_after="series",
)

REJECTED = TableSchema(
    "rejected", "未发布", "Not published",
    "Every document not published and every problem that held back a notice, with the reason.",
    (
        _c("file", "文件", "File in raw/"),
        _c("sha256", "文件哈希", "Its SHA-256"),
        _c("format", "格式", "pdf, docx, html"),
        _c("step", "环节", "Where it stopped: read, extract, validate"),
        _c("reason", "原因", "What is wrong and what was done"),
        _c("notice", "通知", "Document number of the notice"),
        _c("seq", "序号", "序号 of the row, as printed (may be what failed)"),
        _c("page", "页码", "Page"),
        _c("row", "行号", "Row"),
        _c("rule", "规则", "The broken rule, as named in expectations/*.json"),
    ),
)

DISAGREEMENTS = TableSchema(
    "disagreements", "格式差异", "Format disagreements",
    "Fields on which a notice's PDF, DOCX and HTML read differently, and the value published.",
    (
        _c("notice_id", "通知编号", "The notice"),
        _c("seq", "序号", "序号 of the row; empty for a notice detail"),
        _c("field", "字段", "Field (notice.<name> for notice details)"),
        _c("values", "各格式取值", "What each format read"),
    ),
)

REVIEW = TableSchema(
    "review", "待审核", "Waiting for review",
    "Issuer matches, cells read from scans, line breaks a PDF left open and catalogs starting after 序号 1 or "
    "ending unseen, waiting for a steward's decision.",
    tuple(
        _c(name, zh, en, INTEGER if name == "occurrences" else STRING)
        for name, zh, en in (
            ("item_id", "审核编号", "Stable id of the item"),
            ("kind", "类型", "What is to be decided"),
            ("status", "状态", "pending or decided"),
            ("raw", "原文", "The text as printed"),
            ("name_zh", "中文名", "Chinese name read from it"),
            ("name_en", "英文名", "English name read from it"),
            ("abbr", "简称", "Abbreviation read from it"),
            ("country", "国家", "Country"),
            ("candidates", "候选", "Registry candidates with scores"),
            ("top_candidate", "最佳候选", "The best candidate"),
            ("provisional_id", "临时编号", "Id published meanwhile"),
            ("notice", "通知", "Notice it was printed in"),
            ("source_file", "来源文件", "File"),
            ("page", "页码", "Page"),
            ("row", "行号", "Row"),
            ("occurrences", "出现次数", "How many rows print it"),
            ("field", "字段", "ocr, text: the catalog field to check"),
            ("confidence", "置信度", "ocr: the reader's confidence, or why the value is doubtful; text: the breaks left open"),
            ("crop", "截图", "ocr, text: picture of the cell or row, in the version folder (review-crops/…png)"),
            ("former_names", "曾用名", "issuer: earlier names the cell prints (原…, formerly …), '; '-separated"),
            ("decision", "决定", "The steward's decision"),
            ("target_id", "目标编号", "The id decided on"),
            ("decided_by", "决定人", "Who decided"),
            ("note", "备注", "The steward's note"),
            ("corrected", "更正内容", "ocr, decision correct: the text as printed"),
        )
    ),
)

CHANGES = TableSchema(
    "changes", "版本变化", "Changes since the previous version",
    "What this version added, removed and changed against the version current before it.",
    (
        _c("change", "变化", "added, removed or changed"),
        _c("entry_id", "条目编号", "Entry"),
        _c("qualification_id", "职业资格编号", "Qualification"),
        _c("city", "城市", "City"),
        _c("notice", "通知", "Document number"),
        _c("seq", "序号", "序号"),
        _c("qualification", "职业资格名称", "Qualification name"),
        _c("fields", "变化字段", 'Changed fields as JSON: {"title": ["工程师", "高级工程师"]}'),
        _c("from_version", "原版本", "Version before"),
        _c("to_version", "新版本", "This version"),
    ),
)

REDIRECTS = TableSchema(
    "redirects", "编号变更", "Id redirects",
    "Every retired issuer or qualification id and the id that replaced it.",
    (
        _c("kind", "类型", "issuer or qualification"),
        _c("old_id", "原编号", "Retired id"),
        _c("new_id", "新编号", "Id that replaced it"),
        _c("since_version", "起始版本", "Version that retired it"),
    ),
)

SCHEMAS: dict[str, TableSchema] = {
    s.name: s
    for s in (ENTRIES, NOTICES, ISSUERS, QUALIFICATIONS, COMPARISON, REJECTED, DISAGREEMENTS, REVIEW, CHANGES,
              REDIRECTS)  # fmt: skip
}


def check_columns(tables: Mapping[str, pd.DataFrame]) -> None:
    """Every published table has exactly its schema's columns, in order (data-named ones where allowed)."""
    for name, frame in tables.items():
        schema = SCHEMAS.get(name)
        if schema is None:
            raise PublishError(f"table {name!r} has no schema in pipeline/schema.py")
        names = [str(c) for c in frame.columns]
        fixed = [c.name for c in schema.columns]
        if schema.open_columns:
            cut = fixed.index(schema.open_after) + 1
            extra = names[cut: len(names) - (len(fixed) - cut)]
            expected = fixed[:cut] + extra + fixed[cut:]
        else:
            expected = fixed
        if names != expected:
            raise PublishError(f"table {name!r} has columns {names}, its schema says {expected}",
                               hint="add the column to pipeline/schema.py and to README's contract log")  # fmt: skip


def typed_frame(frame: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """The frame with each column in its schema type (nullable; "" becomes null), for Parquet and SQLite.

    A value that does not parse as its type raises PublishError: a typed file must never
    quietly drop a value that the CSV holds."""
    out = {}
    for column in schema.columns_of(frame):
        text = frame[column.name].astype("string")
        empty = text.isna() | (text.str.strip() == "")
        try:
            out[column.name] = _convert(text.mask(empty), column.type)
        except (ValueError, TypeError) as exc:
            raise PublishError(f"{schema.name}.{column.name} holds a value that is not {column.type}: {exc}") from exc
    return pd.DataFrame(out)


def _convert(text: pd.Series, kind: str) -> pd.Series:
    if kind == INTEGER:
        return pd.to_numeric(text, errors="raise").astype("Int64")
    if kind == NUMBER:
        return pd.to_numeric(text, errors="raise").astype("Float64")
    if kind == BOOLEAN:
        bad = text.dropna()[~text.dropna().isin(["true", "false"])]
        if len(bad):
            raise ValueError(f"{bad.iloc[0]!r} is not true or false")
        return text.map({"true": True, "false": False}, na_action="ignore").astype("boolean")
    if kind == DATE:
        parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="raise")
        return parsed.dt.date.astype("object").where(text.notna(), None)
    return text
