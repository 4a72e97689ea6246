"""Versioned, atomic publishing of curated/."""

from pathlib import Path

import pandas as pd
import pytest

from catalog.errors import PublishLocked
from catalog.publish import current_version, publish, publish_lock, render


def tables(n: int) -> dict[str, pd.DataFrame]:
    frame = pd.DataFrame({"entry_id": [f"e{i}" for i in range(n)], "city": ["无锡"] * n}).astype("string")
    return {"entries": frame, "notices": pd.DataFrame({"notice_id": ["n1"]}).astype("string")}


def test_publish_first_version_links_current_and_stable_paths(tmp_path: Path) -> None:
    published = publish(render(tables(2)), {"entries": 2}, tmp_path)
    assert published.changed and current_version(tmp_path) == published.version
    data = (tmp_path / "entries.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    assert "无锡" in data.decode("utf-8-sig")
    assert pd.read_parquet(tmp_path / "entries.parquet")["entry_id"].tolist() == ["e0", "e1"]
    assert (tmp_path / "versions" / published.version / "manifest.json").exists()


def test_publish_same_input_publishes_nothing_new(tmp_path: Path) -> None:
    first = publish(render(tables(2)), {}, tmp_path)
    again = publish(render(tables(2)), {}, tmp_path)
    assert (again.version, again.changed) == (first.version, False)
    assert len(list((tmp_path / "versions").iterdir())) == 1
    assert len((tmp_path / "versions.csv").read_text(encoding="utf-8-sig").splitlines()) == 2


def test_publish_render_is_byte_identical(tmp_path: Path) -> None:
    assert render(tables(3)) == render(tables(3))


def test_publish_new_version_switches_and_keeps_old(tmp_path: Path) -> None:
    first = publish(render(tables(1)), {}, tmp_path)
    second = publish(render(tables(2)), {}, tmp_path)
    assert first.version != second.version and current_version(tmp_path) == second.version
    assert (tmp_path / "versions" / first.version / "entries.csv").exists()
    assert len(pd.read_csv(tmp_path / "entries.csv")) == 2


def test_publish_lock_second_holder_stops_with_message(tmp_path: Path) -> None:
    with publish_lock(tmp_path):
        with pytest.raises(PublishLocked, match="being published by pid"):
            with publish_lock(tmp_path, wait_seconds=0.3):
                pass
    with publish_lock(tmp_path):  # released: the next run gets it
        pass
