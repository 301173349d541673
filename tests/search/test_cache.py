"""The cached search index: the same answers, rebuilt when the guidelines change."""

from __future__ import annotations

import shutil
from pathlib import Path

from srg_guide.locations import data_dir, user_cache_dir
from srg_guide.search import cached_index


def _cached_files() -> list[Path]:
    return sorted((user_cache_dir() / "search").glob("index-*.pickle"))


def test_cached_index_gives_the_same_hits_as_a_fresh_one() -> None:
    fresh = cached_index()  # built now, then written to the cache
    assert len(_cached_files()) == 1
    again = cached_index()
    assert again is not fresh
    for query in ("jobcaoch", "participatieplaats 24 maanden", "SRG301"):
        expected = [hit.document.target for hit in fresh.search(query, 5)]
        assert expected
        assert [hit.document.target for hit in again.search(query, 5)] == expected


def test_changed_guidelines_build_a_new_index(tmp_path: Path) -> None:
    guidelines = tmp_path / "richtlijnen"
    shutil.copytree(data_dir("guidelines"), guidelines)
    cached_index(guidelines)
    before = _cached_files()
    module = next(guidelines.rglob("type-30*.md"))
    module.write_text(module.read_text(encoding="utf-8") + "\nZebrapad.\n", encoding="utf-8")
    hits = cached_index(guidelines).search("zebrapad", 3)
    assert [hit.document.target for hit in hits][:1] == ["type-30"]
    assert _cached_files() != before and len(_cached_files()) == 1


def test_unreadable_cache_is_rebuilt() -> None:
    cached_index()
    [path] = _cached_files()
    path.write_bytes(b"geen pickle")
    assert cached_index().search("jobcoach", 1)[0].document.target == "type-30"
    assert path.read_bytes() != b"geen pickle"
