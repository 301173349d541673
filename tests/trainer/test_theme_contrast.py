"""Light theme: every text colour the app uses has >= 4.5:1 contrast on every background,
computed from the theme's own colours (WCAG 2.1 relative luminance)."""

from __future__ import annotations

import pytest
from textual.color import Color

from srg_guide.ui.app import LIGHT_THEME
from srg_guide.ui.theme import SRG_LIGHT

from .conftest import trainer_app

TEXT_COLOURS = ("text", "text-muted", "accent", "success", "primary", "error", "warning")
BACKGROUNDS = ("background", "surface", "panel")
FOOTER_KEY = "footer-key-foreground"


def luminance(colour: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(one: Color, other: Color) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def resolve(value: str, background: Color) -> Color:
    """A theme value as the colour seen on ``background`` ("auto 87%" is Textual's text)."""
    if value.startswith("auto"):
        alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 1.0
        return background.blend(background.get_contrast_text(1.0), alpha)
    return Color.parse(value)


def test_known_pairs() -> None:
    assert contrast(Color.parse("#000000"), Color.parse("#ffffff")) == pytest.approx(21)
    textual_light = Color.parse("#FEA62B"), Color.parse("#E0E0E0")
    assert contrast(*textual_light) < 2  # the orange heading of the issue: hard to read


@pytest.mark.parametrize("text", [*TEXT_COLOURS, FOOTER_KEY])
@pytest.mark.parametrize("ground", BACKGROUNDS)
def test_text_contrast_at_least_4_5(text: str, ground: str) -> None:
    variables = SRG_LIGHT.to_color_system().generate()
    variables.update(SRG_LIGHT.variables)
    background = Color.parse(variables[ground])
    ratio = contrast(resolve(variables[text], background), background)
    assert ratio >= 4.5, f"${text} op ${ground}: {ratio:.2f}:1"


async def test_app_uses_this_theme_as_light_theme() -> None:
    app = trainer_app()
    async with app.run_test() as pilot:
        await pilot.press("f2")
        assert app.theme == LIGHT_THEME == SRG_LIGHT.name
        assert app.current_theme.accent == SRG_LIGHT.accent
