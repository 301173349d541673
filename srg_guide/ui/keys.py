"""The keys the help lists, all in Dutch.

Our own bindings carry Dutch descriptions. Textual's built-in ones (Tab, copy, cursor keys)
are English: those in DUTCH_ACTIONS get a Dutch description, the rest (text editing keys,
scrolling) are left out of the help.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.binding import ActiveBinding
    from textual.dom import DOMNode

DUTCH_ACTIONS = {
    "app.focus_next": "Naar het volgende onderdeel",
    "app.focus_previous": "Naar het vorige onderdeel",
    "screen.copy_text": "Geselecteerde tekst kopiëren",
    "copy": "Geselecteerde tekst kopiëren",
    "cut": "Geselecteerde tekst knippen",
    "paste": "Tekst plakken",
    "quit": "Stoppen",
    "cursor_up": "Omhoog",
    "cursor_down": "Omlaag",
    "page_up": "Pagina omhoog",
    "page_down": "Pagina omlaag",
    "select": "Kiezen",
    "select_cursor": "Kiezen",
    "submit": "Bevestigen",
    "press": "Knop indrukken",
    "next_button": "Volgende keuze",
    "previous_button": "Vorige keuze",
    "toggle_button": "Keuze aanzetten",
}


def help_keys(active: Mapping[str, ActiveBinding]) -> list[tuple[str, str]]:
    """(key, Dutch description) for the help: ours as declared, Textual's translated or left out."""
    keys = []
    for key, active_binding in active.items():
        binding = active_binding.binding
        description = _dutch(active_binding.node, binding)
        if description:
            keys.append((binding.key_display or key, description))
    return keys


def _dutch(node: DOMNode, binding: Binding) -> str:
    if _declared_by_textual(node, binding):
        return DUTCH_ACTIONS.get(binding.action, "")
    return binding.description


def _declared_by_textual(node: DOMNode, binding: Binding) -> bool:
    """True when the first class (in method order) declaring this binding is Textual's own."""
    for cls in type(node).__mro__:
        for declared in cls.__dict__.get("BINDINGS", ()):
            declared_binding = declared if isinstance(declared, Binding) else Binding(*declared)
            if (declared_binding.action, declared_binding.description) == (
                binding.action,
                binding.description,
            ):
                return cls.__module__.startswith("textual.")
    return True  # not found in any class: not one of ours
