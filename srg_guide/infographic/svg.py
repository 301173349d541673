"""The infographic as one SVG: a traject box holding voorziening boxes holding activiteiten,
and an arrow to what CBS receives. Every text comes from the YAML; the layout is computed."""

from __future__ import annotations

from html import escape

from srg_guide.infographic.model import Infographic

WIDTH = 1100
MARGIN = 16
PROVISION_GAP = 14
CBS_WIDTH = 250
ACTIVITY_HEIGHT = 26
# Colours with at least 4.5:1 contrast for their text on white or on the fill.
COLOURS = {
    "traject": ("#f3f0fa", "#5b3f99"),
    "voorziening": ("#e6f0e6", "#1d6b2c"),
    "activiteit": ("#ffffff", "#6b4e00"),
    "cbs": ("#e8f0fa", "#1a4f8b"),
}
INK = "#1b1b1b"


def _text(x: float, y: float, text: str, size: int = 15, weight: str = "400", **extra: str) -> str:
    attributes = "".join(f' {key.replace("_", "-")}="{value}"' for key, value in extra.items())
    return (
        f'<text x="{x:.0f}" y="{y:.0f}" font-size="{size}" font-weight="{weight}"'
        f"{attributes}>{escape(text)}</text>"
    )


def _badge(level_delivered: bool) -> str:
    return "naar het CBS" if level_delivered else "niet naar het CBS"


def infographic_svg(infographic: Infographic) -> str:
    """The SVG markup, with <title> and <desc> holding the text alternative."""
    levels = infographic.levels
    traject, provision, activity = levels["traject"], levels["voorziening"], levels["activiteit"]
    count = len(infographic.example)
    inner_width = WIDTH - CBS_WIDTH - 3 * MARGIN - 40
    box_width = (inner_width - 2 * MARGIN - (count - 1) * PROVISION_GAP) / count
    most = max((len(p.activities) for p in infographic.example), default=0)
    box_height = 92 + most * (ACTIVITY_HEIGHT + 6)
    traject_height = box_height + 110
    height = traject_height + 2 * MARGIN + 30 + 18 * len(_wrap(infographic.summary, 150)) + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" class="infographic" role="img" aria-labelledby="ig-titel ig-tekst" '
        f'font-family="system-ui, sans-serif" fill="{INK}">',
        f'<title id="ig-titel">{escape(infographic.title)}</title>',
        f'<desc id="ig-tekst">{escape(infographic.as_text())}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    fill, stroke = COLOURS["traject"]
    parts += [
        f'<rect x="{MARGIN}" y="{MARGIN}" width="{inner_width}" height="{traject_height}" '
        f'rx="14" fill="{fill}" stroke="{stroke}" stroke-width="3"/>',
        _text(
            MARGIN + 16, MARGIN + 28, f"{traject.name}: {infographic.example_traject}", 18, "700"
        ),
        _text(MARGIN + 16, MARGIN + 50, f"{_badge(traject.delivered)}", 14, "600", fill=stroke),
    ]
    top = MARGIN + 66
    fill, stroke = COLOURS["voorziening"]
    afill, astroke = COLOURS["activiteit"]
    for index, item in enumerate(infographic.example):
        x = MARGIN + 16 + index * (box_width + PROVISION_GAP)
        parts += [
            f'<rect x="{x:.0f}" y="{top}" width="{box_width:.0f}" height="{box_height}" rx="10" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="2"/>',
            _text(x + 10, top + 22, provision.name, 13, "600", fill=stroke),
        ]
        for line_number, line in enumerate(_wrap(item.name, int(box_width / 8))[:2]):
            parts.append(_text(x + 10, top + 42 + line_number * 18, line, 13, "700"))
        for number, name in enumerate(item.activities):
            y = top + 86 + number * (ACTIVITY_HEIGHT + 6)
            parts += [
                f'<rect x="{x + 10:.0f}" y="{y}" width="{box_width - 20:.0f}" '
                f'height="{ACTIVITY_HEIGHT}" rx="6" fill="{afill}" stroke="{astroke}" '
                f'stroke-dasharray="4 3"/>',
                _text(x + 18, y + 18, f"{activity.name}: {name}", 12, fill=astroke),
            ]
    legend_y = MARGIN + traject_height - 16
    guess = " (aanname)" if activity.assumption else ""
    parts.append(
        _text(
            MARGIN + 16,
            legend_y,
            f"Stippellijn: {activity.name.lower()}, {_badge(activity.delivered)}{guess}",
            13,
            fill=COLOURS["activiteit"][1],
        )
    )
    parts += _cbs_box(infographic, inner_width, top)
    y = MARGIN + traject_height + 28
    for line in _wrap(infographic.summary, 150):
        parts.append(_text(MARGIN, y, line, 13))
        y += 18
    parts.append(_text(MARGIN, y + 4, "Bron: " + "; ".join(infographic.sources), 12))
    parts.append("</svg>")
    return "\n".join(parts)


def _cbs_box(infographic: Infographic, inner_width: float, top: int) -> list[str]:
    fill, stroke = COLOURS["cbs"]
    x = MARGIN + inner_width + 40 + MARGIN
    records = [_wrap(f"{n}. {item.name}", 30) for n, item in enumerate(infographic.example, 1)]
    record_lines = sum(len(lines) for lines in records)
    height = 90 + record_lines * 20 + len(infographic.cbs_fields) * 18
    arrow_y = top + 40
    parts = [
        f'<line x1="{MARGIN + inner_width:.0f}" y1="{arrow_y}" x2="{x - 6:.0f}" y2="{arrow_y}" '
        f'stroke="{stroke}" stroke-width="4"/>',
        f'<polygon points="{x - 4:.0f},{arrow_y} {x - 16:.0f},{arrow_y - 8} '
        f'{x - 16:.0f},{arrow_y + 8}" fill="{stroke}"/>',
        f'<rect x="{x:.0f}" y="{top - 40}" width="{CBS_WIDTH}" height="{height}" rx="10" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="3"/>',
        _text(x + 12, top - 14, infographic.cbs_name, 18, "700", fill=stroke),
        _text(x + 12, top + 8, infographic.cbs_record, 14, "600"),
    ]
    y = top + 32
    for lines in records:
        for number, line in enumerate(lines):
            parts.append(_text(x + 12 + (16 if number else 0), y, line, 13))
            y += 20
    fields_top = y + 8
    for number, field_name in enumerate(infographic.cbs_fields):
        parts.append(_text(x + 12, fields_top + number * 18, f"• {field_name}", 12))
    return parts


def _wrap(text: str, limit: int) -> list[str]:
    """Lines of at most ``limit`` characters (a longer word gets a line of its own)."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return lines
