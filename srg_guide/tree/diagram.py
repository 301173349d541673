"""Draw a tree as Mermaid or Graphviz DOT text.

"Weet ik niet" gets no edge of its own: the option it assumes is marked "(ook bij weet ik
niet)", and a comment says that the other questions escalate. An outcome that is only the
``otherwise`` of a grey-area answer gets a dashed edge.
"""

from __future__ import annotations

from srg_guide.tree.model import (
    OTHERWISE_LABEL,
    Node,
    Note,
    Option,
    Question,
    Tree,
    otherwise_outcomes,
    outgoing,
)

DIAGRAM_FORMATS = ("mermaid", "dot")
UNKNOWN_NOTE = (
    "Elke vraag heeft ook 'Weet ik niet': de boom gaat dan verder langs de keuze met "
    "'(ook bij weet ik niet)' en noteert een open punt; zonder zo'n keuze: uitkomst weet-ik-niet."
)


def _label(node: Node, option: Option) -> str:
    if isinstance(node, Question) and node.assumed_option == option:
        return f"{option.label} (ook bij weet ik niet)"
    return option.label


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("\n", " ")


def _mermaid_id(node_id: str) -> str:
    # Mermaid reserves a few words ("end") and dislikes dashes at the start; prefix every id.
    return "n_" + node_id.replace("-", "_")


def to_mermaid(tree: Tree) -> str:
    """A Mermaid flowchart (top-down)."""
    lines = [
        f"%% {tree.title} ({tree.id} {tree.version}, geldig vanaf {tree.valid_from.isoformat()})",
        f"%% {UNKNOWN_NOTE}",
        "flowchart TD",
    ]
    for node in tree.nodes.values():
        nid = _mermaid_id(node.id)
        if isinstance(node, Question):
            lines.append(f'    {nid}{{"{_mermaid_text(node.text)}"}}')
        elif isinstance(node, Note):
            lines.append(f'    {nid}[/"{_mermaid_text(node.text)}"/]')
        elif not node.is_escalation:
            lines.append(f'    {nid}(["{_mermaid_text(node.title)}"])')
            lines.append(f"    class {nid} {'telt' if node.counts else 'telt_niet'}")
    for node in tree.nodes.values():
        for option in outgoing(node):
            label = "" if isinstance(node, Note) else f'|"{_mermaid_text(_label(node, option))}"|'
            lines.append(f"    {_mermaid_id(node.id)} -->{label} {_mermaid_id(option.next)}")
    for question, option, outcome in otherwise_outcomes(tree):
        label = _mermaid_text(f"{option.label}: {OTHERWISE_LABEL.lower()}")
        lines.append(f'    {_mermaid_id(question.id)} -.->|"{label}"| {_mermaid_id(outcome.id)}')
    lines += [
        "    classDef telt fill:#d8f0d8,stroke:#2e7d32",
        "    classDef telt_niet fill:#f6dede,stroke:#b71c1c",
    ]
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def to_dot(tree: Tree) -> str:
    """A Graphviz digraph (render with ``dot -Tsvg``)."""
    lines = [
        f"// {tree.title} ({tree.id} {tree.version}, geldig vanaf {tree.valid_from.isoformat()})",
        f"// {UNKNOWN_NOTE}",
        f'digraph "{_dot_text(tree.id)}" {{',
        "    rankdir=TB;",
        '    node [fontname="Helvetica", fontsize=10];',
    ]
    for node in tree.nodes.values():
        if isinstance(node, Question):
            attrs = f'shape=box, style=rounded, label="{_dot_text(node.text)}"'
        elif isinstance(node, Note):
            attrs = f'shape=note, label="{_dot_text(node.text)}"'
        elif node.is_escalation:
            continue
        else:
            color = "#d8f0d8" if node.counts else "#f6dede"
            attrs = (
                f'shape=box, style="filled", fillcolor="{color}", label="{_dot_text(node.title)}"'
            )
        lines.append(f'    "{node.id}" [{attrs}];')
    for node in tree.nodes.values():
        for option in outgoing(node):
            text = _dot_text(_label(node, option))
            label = "" if isinstance(node, Note) else f' [label="{text}"]'
            lines.append(f'    "{node.id}" -> "{option.next}"{label};')
    for question, option, outcome in otherwise_outcomes(tree):
        text = _dot_text(f"{option.label}: {OTHERWISE_LABEL.lower()}")
        lines.append(f'    "{question.id}" -> "{outcome.id}" [label="{text}", style=dashed];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_diagram(tree: Tree, fmt: str) -> str:
    """Render in one of DIAGRAM_FORMATS."""
    return to_mermaid(tree) if fmt == "mermaid" else to_dot(tree)
