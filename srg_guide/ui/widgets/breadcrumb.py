"""Breadcrumb: the step number and the answers given so far, newest last."""

from __future__ import annotations

from textual.widgets import Static

MAX_SHOWN = 3
MAX_LABEL = 28


class Breadcrumb(Static):
    """One line: ``Stap 4 · ... › Ja, de gemeente › Re-integratiebudget``."""

    def show(self, answers: list[str]) -> None:
        """Show the answers given so far (their labels)."""
        short = [_shorten(a) for a in answers[-MAX_SHOWN:]]
        if len(answers) > MAX_SHOWN:
            short.insert(0, "...")
        trail = " › ".join(short) if short else "begin"
        self.update(f"Stap {len(answers) + 1} · {trail}")


def _shorten(label: str) -> str:
    label = label.split(",")[0].strip()
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"
