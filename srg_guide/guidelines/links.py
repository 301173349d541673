"""The link syntax of guideline modules.

- ``[tekst](type-22.md)``, ``[tekst](type-22.md#voorbeelden)``: another module (or a paragraph)
- ``[tekst](#voorbeelden)``: a paragraph in the same module
- ``[tekst](vraag:inzet-gemeente)``: a question in the decision tree
- ``[tekst](code:22)``, ``[tekst](code:lks-pw)``: a type code or type id from trees/codes.yaml
- ``[tekst](infographic:traject-voorziening-activiteit)``: a drawing in guidelines/infographics/
- ``https://...`` and ``mailto:...``: outside links
"""

from __future__ import annotations

import re

from srg_guide.guidelines.model import Link

_MODULE = re.compile(r"^(?:\./)?(?P<id>[a-z0-9][a-z0-9-]*)\.md(?:#(?P<anchor>[a-z0-9-]+))?$")
_SAME_PAGE = re.compile(r"^#(?P<anchor>[a-z0-9-]+)$")
_QUESTION = re.compile(r"^vraag:(?P<id>[A-Za-z0-9_.-]+)$")
_CODE = re.compile(r"^code:(?P<code>[0-9A-Za-z][0-9A-Za-z-]{0,39})$")
_INFOGRAPHIC = re.compile(r"^infographic:(?P<id>[a-z0-9][a-z0-9-]*)$")


def classify(href: str, text: str, line: int, module_id: str) -> Link:
    """Turn an href into a Link with its kind and target."""
    if match := _MODULE.match(href):
        return Link(href, text, line, "module", match["id"], match["anchor"])
    if match := _SAME_PAGE.match(href):
        return Link(href, text, line, "module", module_id, match["anchor"])
    if match := _QUESTION.match(href):
        return Link(href, text, line, "question", match["id"])
    if match := _CODE.match(href):
        return Link(href, text, line, "code", match["code"])
    if match := _INFOGRAPHIC.match(href):
        return Link(href, text, line, "infographic", match["id"])
    if href.startswith(("https://", "http://", "mailto:")):
        return Link(href, text, line, "external", href)
    return Link(href, text, line, "unknown", href)


def split_reference(reference: str) -> tuple[str, str | None]:
    """``"type-22#voorbeelden"`` -> ``("type-22", "voorbeelden")``; also accepts ``type-22.md``."""
    module_id, _, anchor = reference.partition("#")
    module_id = module_id.removesuffix(".md")
    return module_id, anchor or None
