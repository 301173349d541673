"""The decision tree as one SVG: layers by distance from the start, every node marked by id.

The webinar highlights the path so far by setting classes on ``data-node`` groups, so one
drawing serves every step. "Weet ik niet" edges are left out, as in ``tree diagram``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from srg_guide.tree.model import Note, Outcome, Question, Tree, outgoing

BOX_WIDTH = 150
BOX_HEIGHT = 44
GAP_X = 14
GAP_Y = 36
MARGIN = 10
LABEL_CHARS = 24
MAX_PER_ROW = 8  # a wider layer wraps onto more rows, so the drawing stays legible


@dataclass(frozen=True)
class Box:
    """Where one node is drawn."""

    node_id: str
    x: int
    y: int


def layers(tree: Tree) -> list[list[str]]:
    """Rows of node ids by breadth-first distance from the start; unreached nodes last."""
    seen = {tree.start}
    result = [[tree.start]]
    while True:
        following = []
        for node_id in result[-1]:
            for option in outgoing(tree.node(node_id)):
                if option.next not in seen and option.next in tree.nodes:
                    seen.add(option.next)
                    following.append(option.next)
        if not following:
            break
        result.append(following)
    rest = [node_id for node_id in tree.nodes if node_id not in seen]
    rows = [*result, rest] if rest else result
    return [row[i : i + MAX_PER_ROW] for row in rows for i in range(0, len(row), MAX_PER_ROW)]


def layout(tree: Tree) -> tuple[list[Box], int, int]:
    """Boxes for every node, and the drawing's width and height."""
    rows = layers(tree)
    widest = max(len(row) for row in rows)
    width = 2 * MARGIN + widest * BOX_WIDTH + (widest - 1) * GAP_X
    boxes = []
    for depth, row in enumerate(rows):
        row_width = len(row) * BOX_WIDTH + (len(row) - 1) * GAP_X
        left = (width - row_width) // 2
        y = MARGIN + depth * (BOX_HEIGHT + GAP_Y)
        boxes += [Box(node_id, left + i * (BOX_WIDTH + GAP_X), y) for i, node_id in enumerate(row)]
    height = 2 * MARGIN + len(rows) * BOX_HEIGHT + (len(rows) - 1) * GAP_Y
    return boxes, width, height


def _label(text: str) -> list[str]:
    """At most two short lines; the full text goes in the node's <title>."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > LABEL_CHARS and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], lines[1][: LABEL_CHARS - 1] + "…"]
    return lines


def _node_text(tree: Tree, node_id: str) -> tuple[str, str]:
    node = tree.node(node_id)
    if isinstance(node, Outcome):
        return node.title, "telt" if node.counts else ("telt-niet" if node.counts is False else "")
    kind = "notitie" if isinstance(node, Note) else "vraag"
    assert isinstance(node, Question | Note)
    return node.text, kind


def tree_svg(tree: Tree, title: str = "De beslisboom") -> str:
    """The SVG markup (inline, no external references)."""
    boxes, width, height = layout(tree)
    where = {box.node_id: box for box in boxes}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" '
        f'class="boom" role="img" aria-labelledby="boom-titel">',
        f'<title id="boom-titel">{escape(title)}</title>',
    ]
    for node_id, node in tree.nodes.items():
        start = where[node_id]
        for option in outgoing(node):
            end = where.get(option.next)
            if end is None:
                continue
            x1, y1 = start.x + BOX_WIDTH // 2, start.y + BOX_HEIGHT
            x2, y2 = end.x + BOX_WIDTH // 2, end.y
            parts.append(
                f'<line data-edge="{escape(node_id)}&gt;{escape(option.next)}" '
                f'x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'
            )
    for box in boxes:
        text, kind = _node_text(tree, box.node_id)
        lines = _label(text)
        parts.append(
            f'<g data-node="{escape(box.node_id)}" class="{kind}">'
            f"<title>{escape(text)}</title>"
            f'<rect x="{box.x}" y="{box.y}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="6"/>'
        )
        for index, line in enumerate(lines):
            y = box.y + (16 if len(lines) == 2 else 26) + index * 16
            parts.append(f'<text x="{box.x + 8}" y="{y}">{escape(line)}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts)
