from pathlib import Path

import pytest

from core.errors import DataFileError
from normalize.registry import Issuer, Registry, is_acronym, load_registry, name_key, without_legal_form


def test_load_registry_default_file() -> None:
    registry = load_registry()
    assert len(registry.issuers) == len(registry.by_id) == 1087  # ids are unique
    assert registry.by_id["iss-asm"].former_names == ("American Society for Metals",)
    assert registry.name_index[name_key("The Institution of Mechanical Engineers")] == {"iss-imeche"}
    assert registry.abbr_index["ime"] == {"iss-ime"}
    assert registry.abbr_index["imeche"] == {"iss-imeche"}


def test_registry_every_id_is_a_registry_id() -> None:
    assert all(i.id.startswith("iss-") and not i.id.startswith("issx-") for i in load_registry().issuers)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[issuer]]\nid = "iss-a"\nname_zh = "甲"\n[[issuer]]\nid = "iss-a"\nname_zh = "乙"\n', r"\.toml:4: duplicate id iss-a"),
        ('[[issuer]]\nid = "a"\nname_zh = "甲"\n', r"\.toml:1: id 'a'"),
        ('[[issuer]]\nid = "iss-a"\nname_zh = "甲"\ncolour = "red"\n', r"unknown field"),
        ('[[issuer]]\nid = "iss-a"\nname_zh = "甲"\n[[issuer]]\nid = "iss-b"\nname_zh = "甲"\n', r"\.toml:4: name '甲' already belongs to iss-a"),
        ('[[issuer]]\nid = "iss-a"\nname_zh = "甲"\ncountry = "美国"\n', r"ISO 3166"),
        ('[[issuer]]\nid = "iss-a"\nname_zh = "甲"\nnot_same_as = ["iss-z"]\n', r"unknown id"),
        ('[[issuer]\nid = "iss-a"\n', r"\.toml:1: .* \(column 9\)"),
        ("version = 1\n", r"no \[\[issuer\]\]"),
    ],
)
def test_load_registry_broken_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "issuers.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_registry(path)


@pytest.mark.parametrize(("text", "expected"), [("IMechE", True), ("DIHK", True), ("ComSoc", True), ("Ltd", False), ("ASM International", False), ("协会", False),
                                               ("НАКС", True), ("Ассоциация", False)])  # Cyrillic capitals (changsha)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


def test_registry_is_hashable_and_frozen() -> None:
    registry = load_registry()
    assert isinstance(registry, Registry) and hash(registry) == hash(load_registry())


def test_registry_kept_apart_reads_not_same_as_both_ways(tmp_path: Path) -> None:
    path = tmp_path / "issuers.toml"
    text = '[[issuer]]\nid = "iss-a"\nname_zh = "甲"\nnot_same_as = ["iss-b"]\n[[issuer]]\nid = "iss-b"\nname_zh = "乙"\n'
    path.write_text(text + '[[issuer]]\nid = "iss-c"\nname_zh = "丙"\n', encoding="utf-8")
    assert load_registry(path).kept_apart == {"iss-a": {"iss-b"}, "iss-b": {"iss-a"}, "iss-c": set()}


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Cisco Systems, Inc.", "Cisco Systems"),
        ("Xyz Co., Ltd.", "Xyz"),
        ("TWI Ltd", "TWI"),
        ("Deutscher Industrie- und Handelskammertag e.V.", "Deutscher Industrie- und Handelskammertag"),
        ("TÜV Rheinland Industrie Service GmbH", "TÜV Rheinland Industrie Service"),
        ("公益社团法人日本技术士会", "日本技术士会"),
        ("亚马逊网络服务有限公司", "亚马逊网络服务"),
        ("Incorporated Engineer", "Incorporated Engineer"),  # a form only at the end
        ("Limited", "Limited"),  # nothing would be left
        ("Institute of Chartered Accountants", "Institute of Chartered Accountants"),
    ],
)
def test_without_legal_form(name: str, bare: str) -> None:
    assert without_legal_form(name) == bare


def test_issuer_names_include_each_name_without_its_legal_form() -> None:
    issuer = Issuer("iss-x", "某某有限公司", "Example Systems, Inc.", aliases=("Example Inc.",))
    assert issuer.names == ("某某有限公司", "Example Systems, Inc.", "Example Inc.", "某某", "Example Systems", "Example")
