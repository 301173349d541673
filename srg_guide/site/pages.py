"""Module pages as HTML: the shared markdown setup, with links rewritten for the site."""

from __future__ import annotations

from markdown_it.token import Token

from srg_guide.guidelines.citations import Citations
from srg_guide.guidelines.display import annotated_text
from srg_guide.guidelines.library import Library
from srg_guide.guidelines.links import classify
from srg_guide.guidelines.markdown import make_parser
from srg_guide.guidelines.model import Module

TREE_PAGE = "beslisboom.html"


def page_name(module_id: str) -> str:
    """File name of a module's page."""
    return f"{module_id}.html"


def site_href(href: str, module: Module, library: Library) -> str:
    """Where a module link points on the site (``code:22`` -> ``type-22.html``)."""
    link = classify(href, "", 0, module.id)
    anchor = f"#{link.anchor}" if link.anchor else ""
    if link.kind == "module":
        return (page_name(link.target) if link.target != module.id else "") + anchor
    if link.kind == "code":
        found = library.for_code(link.target)
        return page_name(found[0].id) if found else href
    if link.kind == "question":
        return f"{TREE_PAGE}#{link.target}"
    if link.kind == "infographic":
        return f"infographic-{link.target}.html"
    return href


def _rewrite_links(tokens: list[Token], module: Module, library: Library) -> None:
    for token in tokens:
        for child in token.children or ():
            if child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                child.attrs["href"] = site_href(href, module, library)
                if href.startswith("code:"):
                    child.attrs["class"] = "code-link"


def render_module(module: Module, library: Library, citations: Citations | None = None) -> str:
    """The module body as HTML (front matter dropped, links pointing at site pages).

    With ``citations`` each cited paragraph ends with the tree questions that cite it.
    """
    parser = make_parser()
    tokens = parser.parse(annotated_text(module, citations) if citations else module.text)
    _rewrite_links(tokens, module, library)
    html: str = parser.renderer.render(tokens, parser.options, {})
    return html
