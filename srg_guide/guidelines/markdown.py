"""The one markdown-it setup, shared by the app's Markdown widget and the HTML export."""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

# Admonition kinds a module may use: `!!! lezing "Onze lezing"` marks srg-guide's own reading.
ADMONITION_KINDS = ("lezing", "aanname", "let-op", "bron")


def slugify(text: str) -> str:
    """Heading anchor: lower case, accents dropped, words joined by hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _admonitions_as_blockquotes(state: StateCore) -> None:
    """Turn admonitions into blockquotes so every renderer (Textual's too) knows them."""
    for token in state.tokens:
        if token.type == "admonition_open":
            token.type, token.tag = "blockquote_open", "blockquote"
        elif token.type == "admonition_close":
            token.type, token.tag = "blockquote_close", "blockquote"
        elif token.type == "admonition_title_open":
            token.type = "paragraph_open"
        elif token.type == "admonition_title_close":
            token.type = "paragraph_close"


def make_parser() -> MarkdownIt:
    """A MarkdownIt with front matter, tables, heading anchors and admonitions."""
    parser = (
        MarkdownIt("commonmark", {"html": False})
        .enable("table")
        .enable("strikethrough")
        .use(front_matter_plugin)
        .use(admon_plugin)
        .use(anchors_plugin, min_level=1, max_level=3, slug_func=slugify)
    )
    parser.core.ruler.push("admonitions_as_blockquotes", _admonitions_as_blockquotes)
    return parser


def plain_text(inline: Token) -> str:
    """The text of an inline token without markup: "**alle** [drie](x.md)" -> "alle drie"."""
    parts = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()
