from pathlib import Path

import pytest

from core.errors import DataFileError
from normalize.registry import Registry, is_acronym, load_registry, name_key


def test_load_registry_default_file() -> None:
    registry = load_registry()
    assert len(registry.issuers) == len(registry.by_id) == 129  # ids are unique
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


@pytest.mark.parametrize(("text", "expected"), [("IMechE", True), ("DIHK", True), ("ComSoc", True), ("Ltd", False), ("ASM International", False), ("协会", False)])
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
