"""The issuer registry: reviewed data (normalize/data/issuers.toml) loaded into frozen records.

A broken registry is a configuration error, not a bad document: loading raises DataFileError
naming the file and line, so a run stops before it publishes ids from a half-read registry.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from core.errors import DataFileError

DEFAULT_PATH = Path(__file__).parent / "data" / "issuers.toml"
ID_PATTERN = re.compile(r"^iss-[a-z0-9]+(-[a-z0-9]+)*$")
PROVISIONAL_PREFIX = "issx-"
_FIELDS = {"id", "name_zh", "name_en", "abbr", "country", "former_names", "aliases", "not_same_as"}
_ACRONYM = re.compile(r"^(?=(?:[^A-ZА-ЯЁ]*[A-ZА-ЯЁ]){2})[A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё0-9&.\-]{1,11}$")


@lru_cache(maxsize=1 << 16)  # pure, and called for every registry name against every distinct cell
def name_key(text: str) -> str:
    """Exact-comparison key of a name: width/case folded, a leading 'The' and all punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    text = re.sub(r"^the\s+", "", text.strip())
    return "".join(ch for ch in text if ch.isalnum())


# A company's or association's legal form says nothing about who it is: 'CPA Australia Ltd' is
# CPA Australia, 'Deutscher Verband für Schweißen und verwandte Verfahren e. V.' is DVS,
# '公益社团法人日本技术士会' is 日本技术士会. Only a trailing form (or a leading Japanese
# corporate status) is dropped, never a word inside a name.
_LEGAL_FORM_EN = re.compile(
    r"(?:[\s,]+(?:Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|Corp\.?|Corporation|Co\.|"
    r"GmbH|gGmbH|mbH|AG|e\.\s?V\.?|eV|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|Pte\.?|Pty\.?|ULC))+$"
)
_LEGAL_FORM_ZH_LEAD = re.compile(r"^(?:公益|一般)?(?:社团|社団|财团|財団)法人|^独立行政法人")
_LEGAL_FORM_ZH_TAIL = re.compile(r"(?:(?:股份)?有限(?:责任)?)?公司$")  # 公司 alone renders Inc. (思科系统公司)


def without_legal_form(name: str) -> str:
    """The name without a trailing legal form (Inc., Ltd, GmbH, e.V., 有限公司) or a leading
    Japanese corporate status (公益社团法人); the name itself when nothing else would be left."""
    stripped = _LEGAL_FORM_ZH_TAIL.sub("", _LEGAL_FORM_ZH_LEAD.sub("", _LEGAL_FORM_EN.sub("", name.strip())))
    stripped = stripped.strip(" ,")
    return stripped if len(name_key(stripped)) >= 2 else name.strip()


def is_acronym(text: str) -> bool:
    """True for a token written like an abbreviation: no spaces, two or more capitals (IMechE, DIHK)."""
    return bool(_ACRONYM.match(text.strip()))


@dataclass(frozen=True)
class Issuer:
    """One organization that awards qualifications, with every name it is known by."""

    id: str
    name_zh: str
    name_en: str
    abbr: str = ""
    country: str = ""
    former_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    not_same_as: tuple[str, ...] = ()

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every full name (current, former, alias), abbreviations excluded; computed once (the
        matcher reads it for every cell against every issuer)."""
        every = (self.name_zh, self.name_en, *self.former_names, *self.aliases)
        full = [n for n in every if n and not is_acronym(n)]
        # each name also without its legal form ('Cisco Systems, Inc.' is also 'Cisco Systems')
        return tuple(dict.fromkeys([*full, *(without_legal_form(n) for n in full)]))

    @cached_property
    def abbrs(self) -> tuple[str, ...]:
        """The current abbreviation and any former or alias abbreviation; computed once, as `names`."""
        every = (self.abbr, *self.former_names, *self.aliases)
        return tuple(a for a in every if a and is_acronym(a))

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """`name_key` of every full name; computed once, as `names`."""
        return frozenset(name_key(n) for n in self.names)

    @cached_property
    def abbr_keys(self) -> frozenset[str]:
        """`name_key` of every abbreviation; computed once, as `names`."""
        return frozenset(name_key(a) for a in self.abbrs)


@dataclass(frozen=True)
class Registry:
    """All known issuers, with lookup indexes built once."""

    issuers: tuple[Issuer, ...]
    source: str = field(default="", compare=False)

    @cached_property
    def by_id(self) -> dict[str, Issuer]:
        """Issuers by id."""
        return {issuer.id: issuer for issuer in self.issuers}

    @cached_property
    def name_index(self) -> dict[str, frozenset[str]]:
        """name_key of every full name -> ids that carry it (one id unless the data is ambiguous)."""
        index: dict[str, set[str]] = {}
        for issuer in self.issuers:
            for name in issuer.names:
                index.setdefault(name_key(name), set()).add(issuer.id)
        return {key: frozenset(ids) for key, ids in index.items()}

    @cached_property
    def kept_apart(self) -> dict[str, frozenset[str]]:
        """id -> ids of look-alikes it must never be merged with (not_same_as, read both ways)."""
        index: dict[str, set[str]] = {issuer.id: set(issuer.not_same_as) for issuer in self.issuers}
        for issuer in self.issuers:
            for other in issuer.not_same_as:
                index.setdefault(other, set()).add(issuer.id)
        return {issuer_id: frozenset(ids) for issuer_id, ids in index.items()}

    @cached_property
    def abbr_index(self) -> dict[str, frozenset[str]]:
        """Case-folded abbreviation -> ids that use it (abbreviations do collide across fields)."""
        index: dict[str, set[str]] = {}
        for issuer in self.issuers:
            for abbr in issuer.abbrs:
                index.setdefault(name_key(abbr), set()).add(issuer.id)
        return {key: frozenset(ids) for key, ids in index.items()}


def _str_list(raw: dict[str, object], name: str, where: str) -> tuple[str, ...]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(where, f"'{name}' must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _issuer_from_table(raw: dict[str, object], where: str) -> Issuer:
    unknown = set(raw) - _FIELDS
    if unknown:
        raise _bad(where, f"unknown field(s) {sorted(unknown)}")
    strings = {}
    for name in ("id", "name_zh", "name_en", "abbr", "country"):
        value = raw.get(name, "")
        if not isinstance(value, str):
            raise _bad(where, f"'{name}' must be a string")
        strings[name] = value.strip()
    if not ID_PATTERN.match(strings["id"]):
        raise _bad(where, f"id {strings['id']!r} must look like 'iss-some-slug'")
    if not strings["name_zh"] and not strings["name_en"]:
        raise _bad(where, "an issuer needs name_zh or name_en")
    if strings["country"] and not re.fullmatch(r"[A-Z]{2}", strings["country"]):
        raise _bad(where, f"country must be an ISO 3166 alpha-2 code, got {strings['country']!r}")
    return Issuer(
        **strings,
        former_names=_str_list(raw, "former_names", where),
        aliases=_str_list(raw, "aliases", where),
        not_same_as=_str_list(raw, "not_same_as", where),
    )


def _table_lines(text: str) -> list[int]:
    """1-based line of each [[issuer]] header, so errors can point into the file."""
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[issuer]]"]


def _check_registry(issuers: list[Issuer], wheres: list[str]) -> None:
    seen: dict[str, str] = {}
    owners: dict[str, str] = {}
    for issuer, where in zip(issuers, wheres):
        if issuer.id in seen:
            raise _bad(where, f"duplicate id {issuer.id} (first at {seen[issuer.id]})")
        seen[issuer.id] = where
        for name in issuer.names:
            owner = owners.setdefault(name_key(name), issuer.id)
            if owner != issuer.id:
                raise _bad(where, f"name {name!r} already belongs to {owner}")
    for issuer, where in zip(issuers, wheres):
        missing = [other for other in issuer.not_same_as if other not in seen]
        if missing:
            raise _bad(where, f"not_same_as names unknown id(s) {missing}")


def _bad(where: str, message: str) -> DataFileError:
    file, _, line = where.rpartition(":")
    return DataFileError(message, file=file, line=int(line) if line.isdigit() else None)


def load_registry(path: Path | None = None) -> Registry:
    """Read and check the registry file (default normalize/data/issuers.toml)."""
    path = path or DEFAULT_PATH
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has the place only in its text: "… (at line 3, column 9)".
        place = re.search(r"^(?P<message>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$", str(exc))
        if place is None:
            raise DataFileError(str(exc), file=str(path)) from exc
        raise DataFileError(
            place["message"], file=str(path), line=int(place["line"]), column=place["column"]
        ) from exc
    tables = data.get("issuer", [])
    if not isinstance(tables, list) or not tables:
        raise DataFileError("no [[issuer]] tables", file=str(path))
    lines = _table_lines(text)
    wheres = [f"{path}:{lines[i] if i < len(lines) else '?'}" for i in range(len(tables))]
    issuers = [_issuer_from_table(raw, where) for raw, where in zip(tables, wheres)]
    _check_registry(issuers, wheres)
    return Registry(issuers=tuple(issuers), source=str(path))
