"""The cached search index: the same answers, rebuilt when the guidelines change."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from srg_guide.locations import data_dir, user_cache_dir
from srg_guide.search import cached_index


def _cached_files() -> list[Path]:
    return sorted((user_cache_dir() / "search").glob("index*"))


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
    before = _cached_files()[0].read_bytes()
    module = next(guidelines.rglob("type-30*.md"))
    module.write_text(module.read_text(encoding="utf-8") + "\nZebrapad.\n", encoding="utf-8")
    hits = cached_index(guidelines).search("zebrapad", 3)
    assert [hit.document.target for hit in hits][:1] == ["type-30"]
    assert len(_cached_files()) == 1 and _cached_files()[0].read_bytes() != before


def test_same_size_edit_builds_a_new_index(tmp_path: Path) -> None:
    """An edit that keeps the file's size and time stamp is still seen: data is checksummed."""
    guidelines = tmp_path / "richtlijnen"
    shutil.copytree(data_dir("guidelines"), guidelines)
    module = next(guidelines.rglob("type-30*.md"))
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("Jobcoach", "Zebrapad", 1), encoding="utf-8")
    stamp = module.stat()
    assert cached_index(guidelines).search("zebrapad", 3)[0].document.target == "type-30"
    module.write_text(text.replace("Jobcoach", "Okapiwol", 1), encoding="utf-8")
    os.utime(module, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    hits = cached_index(guidelines).search("okapiwol", 3)
    assert [hit.document.target for hit in hits][:1] == ["type-30"]
    assert cached_index(guidelines).search("zebrapad", 3) == []


def test_search_from_the_command_line_sees_an_edit(tmp_path: Path) -> None:
    """`srg-guide search` on a copy of the guidelines finds a word added after the first search."""
    guidelines = tmp_path / "richtlijnen"
    shutil.copytree(data_dir("guidelines"), guidelines)
    command = [sys.executable, "-m", "srg_guide", "search", "--guidelines", str(guidelines)]
    assert subprocess.run([*command, "zebrapad"], capture_output=True).returncode == 1
    module = next(guidelines.rglob("type-30*.md"))
    module.write_text(module.read_text(encoding="utf-8") + "\nZebrapad.\n", encoding="utf-8")
    found = subprocess.run([*command, "zebrapad"], capture_output=True, text=True)
    assert found.returncode == 0 and "(type-30)" in found.stdout.splitlines()[0]


def test_unreadable_cache_is_rebuilt() -> None:
    cached_index()
    [path] = _cached_files()
    path.write_bytes(b"geen index")
    assert cached_index().search("jobcoach", 1)[0].document.target == "type-30"
    assert path.read_bytes() != b"geen index"


def test_cache_is_kept_in_the_user_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without SRG_GUIDE_CACHE the index goes where locations.user_cache_dir() points."""
    monkeypatch.delenv("SRG_GUIDE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    cached_index()
    assert _cached_files() and _cached_files()[0].is_relative_to(tmp_path)


# What a search answered from the cache must not load: the data loaders and the parser.
NOT_FOR_A_CACHED_SEARCH = (
    "yaml",
    "polars",
    "jinja2",
    "markdown_it",
    "sqlalchemy",
    "argparse",
    "dataclasses",
    "srg_guide.guidelines",
    "srg_guide.checks",
    "srg_guide.tree",
    "srg_guide.locations",
    "srg_guide.errors",
    "srg_guide.search.sources",
)


def test_search_from_the_cache_loads_no_data_library() -> None:
    """`srg-guide search WORD` with a current cache reads only the cache (bench/ has times)."""
    cached_index()  # fills the cache this subprocess reads (SRG_GUIDE_CACHE is inherited)
    code = (
        "import sys\n"
        "from srg_guide.cli import main\n"
        "code = main(['search', 'jobcoach'])\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({NOT_FOR_A_CACHED_SEARCH!r}))\n"
        "print('geladen:', loaded)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "(type-30)" in result.stdout.splitlines()[0]
    assert result.stdout.splitlines()[-1] == "geladen: []"


def test_organisation_codes_build_a_new_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organisation's type-codes.yaml (tables folder) names the types: a new one is seen."""
    sample = data_dir("tables") / "samples" / "voorbeeld-tabellen" / "type-codes.yaml"

    def lks_titles() -> list[str]:
        hits = cached_index().search("loonkostensubsidie participatiewet", 12)
        return [hit.document.title for hit in hits if hit.document.target.startswith("code:")]

    tables = tmp_path / "tabellen"
    tables.mkdir()
    monkeypatch.setenv("SRG_GUIDE_TABLES", str(tables))
    assert not any(title.startswith("11 ") for title in lks_titles())
    (tables / "type-codes.yaml").write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    assert any(title.startswith("11 ") for title in lks_titles()), lks_titles()


def test_plain_search_prints_what_the_parser_would() -> None:
    """`search WORD...` skips argparse; with an option it goes through it: same lines."""
    command = [sys.executable, "-m", "srg_guide", "search"]
    plain = subprocess.run([*command, "participatie", "plaats"], capture_output=True, text=True)
    parsed = subprocess.run(
        [*command, "-n", "10", "participatie", "plaats"], capture_output=True, text=True
    )
    assert plain.returncode == parsed.returncode == 0, plain.stderr + parsed.stderr
    assert plain.stdout == parsed.stdout and len(plain.stdout.splitlines()) == 10
