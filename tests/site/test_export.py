"""The static site: every module a page, links that resolve, two-way links, atomic output."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from srg_guide.errors import InputFileError
from srg_guide.guidelines import load_library
from srg_guide.site import export_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "site"
    export_site(out)
    return out


def test_every_module_has_a_page_and_the_index_lists_it(site: Path) -> None:
    index = (site / "index.html").read_text()
    for module_id in load_library().modules:
        assert (site / f"{module_id}.html").is_file()
        assert f'href="{module_id}.html"' in index


def test_every_local_link_and_anchor_resolves(site: Path) -> None:
    for page in site.glob("*.html"):
        for href in re.findall(r'href="([^"#:]+\.(?:html|css))(?:#([^"]*))?"', page.read_text()):
            target, anchor = href
            assert (site / target).is_file(), (page.name, target)
            if anchor and target != "beslisboom.html":
                assert f'id="{anchor}"' in (site / target).read_text(), (page.name, href)


def test_no_markdown_or_scheme_links_left(site: Path) -> None:
    for page in site.glob("*.html"):
        assert not re.search(r'href="[^"]*\.md', page.read_text()), page.name
        assert 'href="code:' not in page.read_text() and 'href="vraag:' not in page.read_text()


def test_no_outside_resources(site: Path) -> None:
    for page in site.glob("*.html"):
        assert not re.search(r'(src|href)="(https?:)?//', page.read_text()), page.name


def test_module_page_names_each_question_at_the_paragraph_it_cites(site: Path) -> None:
    page = (site / "criterium-inzet.html").read_text()
    cited_here = page.index('<a href="beslisboom.html#inzet-betrokken">')
    assert "<em>Gebruikt in vraag:</em>" in page[cited_here - 40 : cited_here]
    assert page.index('id="wat-is-het"') < cited_here < page.index('id="voorbeelden"')
    assert page.index('id="echte-inzet-of-gewone-dienstverlening"') < page.index(
        'href="beslisboom.html#coaching-of-monitoring"'
    )


def test_module_page_lists_whole_module_citations_at_the_end(site: Path) -> None:
    page = (site / "criterium-inzet.html").read_text()
    closing = page.index("<h2>Gebruikt in de beslisboom</h2>")
    assert closing < page.index('href="beslisboom.html#niet-srg-inzet"')
    assert 'href="beslisboom.html#inzet-betrokken"' not in page[closing:]


def test_module_page_lists_the_check_rules_that_point_at_it(site: Path) -> None:
    assert "SRG303" in (site / "signaal-lks-loonwaarde.html").read_text()


def test_tree_data_carries_cited_paragraphs(site: Path) -> None:
    data = (site / "data.js").read_text()
    assert data.startswith("window.SRG_TREE = {")
    assert '"href":"criterium-inzet.html#wat-is-het"' in data
    assert "window.SRG_SEARCH = " in data


def test_export_replaces_its_own_earlier_site(site: Path) -> None:
    (site / "oud.html").write_text("weg")
    export_site(site)
    assert not (site / "oud.html").exists()
    assert not [p for p in site.parent.iterdir() if p.name.startswith(".site.")]


def test_export_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "eigen.txt").write_text("niet wissen")
    with pytest.raises(InputFileError, match="niet eerder door srg-guide gemaakt"):
        export_site(tmp_path)
    assert (tmp_path / "eigen.txt").read_text() == "niet wissen"


def test_cli_export_site(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "export", "site", str(tmp_path / "web")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "pagina's geschreven" in result.stdout
    assert (tmp_path / "web" / "beslisboom.html").is_file()
