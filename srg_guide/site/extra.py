"""Site pages beyond the modules: "Wat is er veranderd" and the infographics."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from srg_guide.changes.report import whats_new_markdown
from srg_guide.guidelines.library import Library
from srg_guide.guidelines.markdown import make_parser
from srg_guide.infographic import Infographic
from srg_guide.infographic.svg import infographic_svg
from srg_guide.locations import data_dir
from srg_guide.tree.loader import load_trees
from srg_guide.tree.scenario import load_scenarios

CHANGES_PAGE = "wat-is-er-veranderd.html"
_EMBED = re.compile(r'<p><a href="infographic-(?P<id>[a-z0-9-]+)\.html">[^<]*</a></p>')


def infographic_page(infographic_id: str) -> str:
    """File name of an infographic's page."""
    return f"infographic-{infographic_id}.html"


def text_version(infographic: Infographic) -> str:
    """The text alternative as HTML: paragraphs, and lists for the "- " lines."""
    parts = []
    for block in infographic.as_text().split("\n\n")[1:]:
        lines = block.splitlines()
        items = [f"<li>{escape(line[2:])}</li>" for line in lines if line.startswith("- ")]
        parts += [f"<p>{escape(line)}</p>" for line in lines if not line.startswith("- ")]
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
    return "".join(parts)


def figure(infographic: Infographic) -> str:
    """The SVG in a figure, with the text version under it."""
    text = text_version(infographic)
    return (
        f'<figure class="infographic">{infographic_svg(infographic)}'
        f"<figcaption>{escape(infographic.title)}</figcaption></figure>"
        f'<details class="tekstversie"><summary>Tekstversie van de infographic</summary>'
        f"{text}</details>"
    )


def embed_infographics(html: str, infographics: dict[str, Infographic]) -> str:
    """Replace a paragraph holding only an infographic link by the figure itself."""

    def replace(match: re.Match[str]) -> str:
        found = infographics.get(match["id"])
        return figure(found) if found else match[0]

    return _EMBED.sub(replace, html)


def changes_html(library: Library, trees_dir: Path) -> str:
    """The "Wat is er veranderd" body, from the dated versions and the scenario folder."""
    trees = load_trees(trees_dir).trees
    scenarios = load_scenarios(data_dir("scenarios"))[0]
    markdown = whats_new_markdown(library.all_versions, trees, scenarios)
    html: str = make_parser().render(markdown)
    return html
