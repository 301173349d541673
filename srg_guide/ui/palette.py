"""Command palette provider: Ctrl+P searches guidelines, questions, type codes and rules."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from srg_guide.errors import SrgGuideError
from srg_guide.ui.modes import MODES

if TYPE_CHECKING:
    from srg_guide.ui.app import SrgGuideApp

KIND_NAMES = {"module": "Richtlijn", "code": "Type", "vraag": "Vraag", "regel": "Controle"}


class SearchProvider(Provider):
    """Everything findable, ranked by the core search index."""

    @property
    def srg_app(self) -> SrgGuideApp:
        from srg_guide.ui.app import SrgGuideApp

        assert isinstance(self.app, SrgGuideApp)
        return self.app

    async def startup(self) -> None:
        """Build the index off the UI thread the first time the palette opens."""
        resources = self.srg_app.resources
        try:
            await asyncio.to_thread(lambda: resources.search_index)
        except SrgGuideError as exc:
            self.app.notify(str(exc), title=exc.title, severity="error")

    async def discover(self) -> Hits:
        for mode in MODES:
            open_mode = partial(self.srg_app.open_mode, mode.id)
            yield DiscoveryHit(mode.title, open_mode, help=mode.summary)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for mode in MODES:
            score = matcher.match(mode.title)
            if score > 0:
                open_mode = partial(self.srg_app.open_mode, mode.id)
                yield Hit(score, matcher.highlight(mode.title), open_mode)
        try:
            hits = self.srg_app.resources.search(query, limit=15)
        except SrgGuideError:
            return  # already reported when the palette opened
        best = hits[0].score if hits else 1.0
        for hit in hits:
            document = hit.document
            kind = KIND_NAMES.get(document.kind, document.kind)
            yield Hit(
                min(hit.score / best, 1.0) * 0.99,
                f"{kind}: {document.title}",
                partial(self.srg_app.open_target, document.target, document.module_id),
                help=document.module_id and f"richtlijn {document.module_id}",
            )
