"""Geometry for the small inline SVG bar charts of the spiegel; templates draw them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from srg_guide.checks.report import Mirror
from srg_guide.reports.view import doel_label
from srg_guide.reports.words import format_int

LABEL_WIDTH = 180  # the least room for labels; a longer label widens the chart instead of being cut
CHAR_WIDTH = 7.2  # a generous average for 12px system-ui, so a label always fits
NOTE_WIDTH = 96
ROW_HEIGHT = 22
BAR_HEIGHT = 14
TOP = 6
PLOT = 216


@dataclass(frozen=True)
class Segment:
    """One coloured piece of a bar, in pixels."""

    x: float
    width: float
    css: str


@dataclass(frozen=True)
class Bar:
    """One row of a chart: label, segments, optional marker and a note on the right."""

    label: str
    y: float
    segments: list[Segment]
    note: str
    marker: float | None = None


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart ready to draw."""

    key: str
    title: str
    description: str
    bars: list[Bar]
    legend: list[tuple[str, str]]
    zero_x: float | None = None
    label_width: int = LABEL_WIDTH

    @property
    def height(self) -> int:
        """Pixel height of the whole chart."""
        return TOP * 2 + ROW_HEIGHT * len(self.bars)

    @property
    def width(self) -> int:
        """Pixel width of the whole chart."""
        return self.label_width + PLOT + NOTE_WIDTH

    @property
    def wide(self) -> bool:
        """True when long labels need the whole width of the page to stay readable."""
        return self.label_width > LABEL_WIDTH + 40

    @property
    def label_x(self) -> int:
        """Right edge of the labels."""
        return self.label_width - 8

    @property
    def note_x(self) -> int:
        """Left edge of the notes."""
        return self.label_width + PLOT + 6


def label_width(labels: Sequence[str]) -> int:
    """Room for the longest label in full, at least LABEL_WIDTH."""
    longest = max((len(label) for label in labels), default=0)
    return max(LABEL_WIDTH, int(longest * CHAR_WIDTH) + 16)


def _moved(segments: list[Segment], offset: int) -> list[Segment]:
    return [Segment(s.x + offset, s.width, s.css) for s in segments]


def _fit(chart: Chart) -> Chart:
    """The chart with its label column widened to the longest label; bars move along."""
    width = label_width([bar.label for bar in chart.bars])
    offset = width - LABEL_WIDTH
    if offset == 0:
        return chart
    bars = [
        Bar(
            b.label,
            b.y,
            _moved(b.segments, offset),
            b.note,
            None if b.marker is None else b.marker + offset,
        )
        for b in chart.bars
    ]
    zero = None if chart.zero_x is None else chart.zero_x + offset
    return Chart(chart.key, chart.title, chart.description, bars, chart.legend, zero, width)


def _scale(values: list[int]) -> float:
    peak = max([*values, 1])
    return PLOT / peak


def _y(index: int) -> float:
    return TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2


def count_chart(
    key: str, title: str, description: str, items: Sequence[tuple[str, int, int | None]]
) -> Chart:
    """Bars of (label, count, previous count or None); the previous count is a marker."""
    scale = _scale([v for _, v, _ in items] + [p for _, _, p in items if p is not None])
    bars = [
        Bar(
            label=label,
            y=_y(i),
            segments=[Segment(LABEL_WIDTH, value * scale, "bar")],
            note=format_int(value),
            marker=None if previous is None else LABEL_WIDTH + previous * scale,
        )
        for i, (label, value, previous) in enumerate(items)
    ]
    has_previous = any(p is not None for _, _, p in items)
    legend = [("bar", "deze levering")] + ([("marker", "vorige levering")] if has_previous else [])
    return _fit(Chart(key, title, description, bars, legend))


def mirror_charts(mirror: Mirror) -> list[Chart]:
    """The spiegel charts that have data: types, doel, flow, durations, change."""
    charts: list[Chart] = []
    if mirror.types:
        items = [(f"{t.code} {t.name}", t.total, t.previous_total) for t in mirror.types]
        charts.append(
            count_chart("types", "Per type voorziening", "Aantal voorzieningen per type.", items)
        )
    if mirror.per_doel:
        items = [(doel_label(mirror, k), v, None) for k, v in mirror.per_doel.items()]
        charts.append(count_chart("doel", "Per doel inzet", "Aantal per doel inzet.", items))
    if mirror.started is not None and mirror.ended is not None and mirror.running is not None:
        flow = [("Gestart", mirror.started, None), ("Gestopt", mirror.ended, None)]
        flow.append(("Lopend", mirror.running, None))
        charts.append(
            count_chart("flow", "Deze maand", "Gestarte, gestopte en lopende voorzieningen.", flow)
        )
    if mirror.duration_months:
        items = [(f"{k} mnd", v, None) for k, v in mirror.duration_months.items()]
        charts.append(
            count_chart("spans", "Looptijd", "Lopende voorzieningen naar looptijd.", items)
        )
    durations = _duration_chart(mirror)
    if durations:
        charts.append(durations)
    change = _change_chart(mirror)
    if change:
        charts.append(change)
    return charts


def _duration_chart(mirror: Mirror) -> Chart | None:
    """Running provisions per type split into within and over the maximum duration."""
    # A type without a maximum, or counts that need an unreadable verslagmaand, stay out.
    counted = [
        (t, t.running, t.over_max)
        for t in mirror.types
        if t.max_months is not None and t.running is not None and t.over_max is not None
    ]
    if not counted:
        return None
    scale = _scale([running for _, running, _ in counted])
    bars = []
    for i, (t, running, over_max) in enumerate(counted):
        over = min(over_max, running)
        within = running - over
        segments = [Segment(LABEL_WIDTH, within * scale, "bar")]
        segments.append(Segment(LABEL_WIDTH + within * scale, over * scale, "over"))
        note = f"{format_int(over)} > {t.max_months} mnd"
        bars.append(Bar(f"{t.code} {t.name}", _y(i), segments, note))
    legend = [("bar", "binnen de maximale duur"), ("over", "langer dan de maximale duur")]
    description = "Lopende voorzieningen per type, binnen en boven de maximale duur."
    return _fit(Chart("durations", "Looptijd tegen maximum", description, bars, legend))


def _change_chart(mirror: Mirror) -> Chart | None:
    """Change in count per type against the previous delivery, around a zero line."""
    types = [t for t in mirror.types if t.previous_total is not None]
    if not types:
        return None
    changes = [t.total - (t.previous_total or 0) for t in types]
    half = PLOT / 2
    # A full half-bar means a change of half the largest type, so small changes look small.
    largest = max(max(t.total, t.previous_total or 0) for t in types)
    scale = half / max([*(abs(c) for c in changes), largest / 2, 1])
    zero = LABEL_WIDTH + half
    bars = []
    for i, (t, change) in enumerate(zip(types, changes, strict=True)):
        length = abs(change) * scale
        x = zero if change >= 0 else zero - length
        css = "up" if change >= 0 else "down"
        note = f"{change:+d}"
        if t.previous_total:
            note += f" ({change * 100 / t.previous_total:+.0f}%)"
        bars.append(Bar(f"{t.code} {t.name}", _y(i), [Segment(x, length, css)], note))
    legend = [("up", "meer dan vorige levering"), ("down", "minder dan vorige levering")]
    description = "Verschil in aantal per type met de vorige levering."
    return _fit(Chart("change", "Verschil met vorige levering", description, bars, legend, zero))
