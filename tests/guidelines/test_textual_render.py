"""make_parser() feeds Textual's Markdown widget: every shipped module renders there."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Markdown

from srg_guide.guidelines import load_library, make_parser


class _Viewer(App[None]):
    def compose(self) -> ComposeResult:
        yield Markdown(parser_factory=make_parser)


async def test_every_module_renders_in_the_markdown_widget() -> None:
    library = load_library()
    app = _Viewer()
    async with app.run_test(size=(100, 40)) as pilot:
        viewer = app.query_one(Markdown)
        for module in library.modules.values():
            await viewer.update(module.text)
            await pilot.pause()
            headings = [entry[1] for entry in viewer.table_of_contents]
            assert module.title in headings, module.id
        await viewer.update(library.modules["type-lks-pw"].text)
        await pilot.pause()
        quotes = viewer.query("MarkdownBlockQuote")
        assert quotes, "the assumption admonition should render as a block quote"
