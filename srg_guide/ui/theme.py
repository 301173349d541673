"""The app's light theme: Textual's light theme with darker accents, so every text colour
has at least 4.5:1 contrast on every background the app uses (WCAG 2.1 AA)."""

from __future__ import annotations

from textual.theme import Theme

LIGHT_THEME_NAME = "srg-licht"

SRG_LIGHT = Theme(
    name=LIGHT_THEME_NAME,
    primary="#004578",
    secondary="#0159A0",
    accent="#9A4300",
    warning="#8A5500",
    error="#A3213F",
    success="#1D6B2C",
    background="#F2F2F2",
    surface="#EAEAEA",
    panel="#DEDEDE",
    dark=False,
    variables={"footer-key-foreground": "#0159A0"},
)
