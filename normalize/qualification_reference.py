"""The qualification reference: well-known international qualifications and the names they go by.

Reviewed data (normalize/data/qualifications.toml), like the issuer registry. Each entry names
one qualification of one or more issuers (ids of the registry), its English name, its
abbreviations and the other names in use, Chinese renderings included. Cities print one
qualification in several ways (Chinese only, English, an abbreviation, the scheme code with a
Chinese name); the list says which of those are one qualification, and only the list does: a
name no entry holds is keyed from its own words (normalize/qualifications.py).

Names are compared in two ways: by the comparison key of normalize/qualifications.py (Latin
names), and as a bag of tokens (`name_to_bag`), which reads any script and order: Latin words,
numbers and Han characters, with level spellings folded (Level 3 = III级 = 三级 = 3级 = 3) and
the words that only say "certificate" dropped. A level, grade or scheme code is a token, so
CSWIP 3.1 and 3.2, or CIP 1 and 2, never compare equal.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.errors import DataFileError
from normalize.registry import Registry

DEFAULT_PATH = Path(__file__).parent / "data" / "qualifications.toml"
_FIELDS = {"id", "issuers", "name_en", "abbrs", "aliases", "key_name"}
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class ReferenceQualification:
    """One well-known qualification: who awards it and every name it goes by."""

    id: str
    issuers: tuple[str, ...]
    name_en: str
    abbrs: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    key_name: str = ""  # the wording whose key its ids already carry, when not the display name

    @property
    def display(self) -> str:
        """The name its canonical key is read from, unless key_name says otherwise: 'Project
        Management Professional (PMP)'."""
        if self.key_name:
            return self.key_name
        return f"{self.name_en} ({self.abbrs[0]})" if self.abbrs else self.name_en

    @property
    def forms(self) -> tuple[str, ...]:
        """Every name it goes by, the display name first."""
        return (self.display, self.name_en, *self.abbrs, *self.aliases)


# Level spellings: a level word before, or 级 after, a number, a Roman numeral or a letter grade.
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
_ZH_NUMBER = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}
_LEVEL_BEFORE = re.compile(r"\b(?:level|lvl|grade|stufe)\s*([0-9]+(?:\.[0-9]+)*|iv|v|i{1,3}|[a-e])\b")
_LEVEL_AFTER = re.compile(r"(?<![a-z0-9.])([0-9]+(?:\.[0-9]+)*|iv|v|i{1,3}|[a-e]|[一二三四五])\s*级")
# Words that say "this is a credential" and nothing about which (as in normalize/qualifications.py).
_NOISE_ZH = re.compile(r"资格证书|认证证书|资格认证|资格|认证|证书")
_NOISE_EN = {"the", "of", "in", "and", "for", "a", "an", "certified", "certificate", "certification",
             "qualification", "designation", "credential", "exam", "examination"}
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)*|[a-z]+|[\u3400-\u9fff]|[\uac00-\ud7af]+|[\u3040-\u30ff]")


def _level(value: str) -> str:
    return _ROMAN.get(value, _ZH_NUMBER.get(value, value))


def name_to_bag(name: str, drop: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A name as a sorted bag of tokens, any script and order (see the module docstring);
    `drop`: case-folded words to leave out (the issuer's own abbreviations)."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ").replace("+", " and ")
    text = _LEVEL_BEFORE.sub(lambda m: f" {_level(m.group(1))} ", text)
    text = _LEVEL_AFTER.sub(lambda m: f" {_level(m.group(1))} ", text)
    text = _NOISE_ZH.sub(" ", text)
    tokens = [t for t in _TOKEN.findall(text) if t not in _NOISE_EN and t not in drop]
    return tuple(sorted(tokens))


def without_issuer_prefix(name: str, issuer_names: tuple[str, ...]) -> str:
    """'英国皇家特许测量师学会会员' → '会员': a Chinese name that opens with its issuer's name."""
    text = unicodedata.normalize("NFKC", name).strip()
    for issuer_name in sorted((n for n in issuer_names if re.search(r"[\u3400-\u9fff]", n)), key=len, reverse=True):
        if text.startswith(issuer_name) and len(text) > len(issuer_name):
            return text[len(issuer_name):].strip()
    return text


def _strings(raw: dict[str, object], name: str, where: str) -> tuple[str, ...]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(where, f"'{name}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _entry(raw: dict[str, object], where: str, registry: Registry | None) -> ReferenceQualification:
    unknown = set(raw) - _FIELDS
    if unknown:
        raise _bad(where, f"unknown field(s) {sorted(unknown)}")
    ref_id, name_en = raw.get("id", ""), raw.get("name_en", "")
    if not isinstance(ref_id, str) or not _ID.match(ref_id):
        raise _bad(where, f"id {ref_id!r} must be a lower-case slug")
    if not isinstance(name_en, str) or not name_en.strip():
        raise _bad(where, "name_en must be a non-empty string")
    issuers = _strings(raw, "issuers", where)
    if not issuers:
        raise _bad(where, "issuers must name at least one registry id")
    missing = [i for i in issuers if registry is not None and i not in registry.by_id]
    if missing:
        raise _bad(where, f"issuers not in the registry: {missing}")
    key_name = raw.get("key_name", "")
    if not isinstance(key_name, str):
        raise _bad(where, "key_name must be a string")
    return ReferenceQualification(ref_id, issuers, name_en.strip(), _strings(raw, "abbrs", where),
                                  _strings(raw, "aliases", where), key_name.strip())


def _bad(where: str, message: str) -> DataFileError:
    file, _, line = where.rpartition(":")
    return DataFileError(message, file=file, line=int(line) if line.isdigit() else None)


def load_reference(path: Path | None = None, registry: Registry | None = None) -> tuple[ReferenceQualification, ...]:
    """Read and check the reference file (default normalize/data/qualifications.toml); with a
    registry, every issuer id must be one of its ids."""
    path = path or DEFAULT_PATH
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(str(exc), file=str(path)) from exc
    tables = data.get("qualification", [])
    if not isinstance(tables, list):
        raise DataFileError("[[qualification]] tables expected", file=str(path))
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[qualification]]"]
    entries = [_entry(raw, f"{path}:{lines[i] if i < len(lines) else '?'}", registry) for i, raw in enumerate(tables)]
    seen: set[str] = set()
    for entry, line in zip(entries, lines):
        if entry.id in seen:
            raise _bad(f"{path}:{line}", f"duplicate id {entry.id}")
        seen.add(entry.id)
    return tuple(entries)


@lru_cache(maxsize=1)
def default_reference() -> tuple[ReferenceQualification, ...]:
    """The bundled reference, read once."""
    return load_reference()


def name_to_level_key(name: str) -> str:
    """A name's tokens in order with level spellings folded (焊接检验员三级 = 焊接检验员3级 =
    焊接检验员 Level III): two names of one issuer with the same level key are one name."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _LEVEL_BEFORE.sub(lambda m: f" {_level(m.group(1))} ", text)
    text = _LEVEL_AFTER.sub(lambda m: f" {_level(m.group(1))} ", text)
    return " ".join(_TOKEN.findall(text))
