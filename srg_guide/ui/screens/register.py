"""RegisterScreen: the voorzieningenregister with a filter, an entry's decision and rationale,
"beoordeel" (walk the tree, then save) and "opnieuw beoordelen" for stale entries."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from srg_guide.errors import SrgGuideError

if TYPE_CHECKING:
    from srg_guide.register import Entry, Register
    from srg_guide.tree import TreeSession
    from srg_guide.ui.app import SrgGuideApp
    from srg_guide.ui.resources import Resources

COLUMNS = ("Code", "Naam", "Status", "Telt mee", "Type", "Doel")


class RegisterScreen(Screen[None]):
    """Voorzieningenregister: one reasoned decision per local provision."""

    TITLE = "Voorzieningenregister"
    HELP = (
        "Het register bevat per lokale voorziening uit uw catalogus één beslissing: telt ze mee "
        "voor de SRG, met welk niveau, type en doel, en waarom.\n\n"
        "- Typ in het zoekveld om te filteren op code, naam of omschrijving.\n"
        "- Kies een voorziening in de tabel: rechts ziet u de beslissing en de onderbouwing.\n"
        "- **b** beoordeelt de voorziening: u doorloopt de beslisboom en de uitkomst wordt "
        "opgeslagen, met uw naam als u die invult.\n"
        "- **o** beoordeelt een voorziening opnieuw als de beslisboom of een richtlijn is "
        "veranderd; de oude antwoorden worden weer aangeboden.\n\n"
        "De catalogus leest u in met `srg-guide register import BESTAND`. Het register bevat "
        "geen gegevens van cliënten."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "assess", "Beoordeel"),
        Binding("o", "reassess", "Opnieuw beoordelen"),
        Binding("slash", "focus_filter", "Zoeken"),
        Binding("escape", "close", "Terug"),
    ]

    def __init__(self, resources: Resources, register: Register | None = None) -> None:
        super().__init__()
        self.resources = resources
        self._register = register
        self.entries: dict[str, Entry] = {}
        self.walking: tuple[Entry, TreeSession] | None = None

    @property
    def register(self) -> Register:
        """The register in the app's database (--db, SRG_GUIDE_DB or the user's SQLite file)."""
        if self._register is None:
            from srg_guide.register import Register

            self._register = Register.open(self.resources.options.db)
        return self._register

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="register"):
            with Horizontal(id="register-fields"):
                yield Input(placeholder="Zoek op code, naam of omschrijving", id="filter")
                yield Input(placeholder="Uw naam (optioneel)", id="decider")
            with Horizontal(id="register-body"):
                yield DataTable(id="entries", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="entry-detail"):
                    yield Static(id="detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#entries", DataTable)
        table.add_columns(*COLUMNS)
        try:
            self.load()
        except SrgGuideError as exc:
            self.srg_app.show_error(exc)
        table.focus()

    def load(self) -> None:
        """Fill the table with the entries matching the filter."""
        from srg_guide.register import with_stale_marks

        text = self.query_one("#filter", Input).value.strip()
        found = with_stale_marks(
            self.register,
            self.register.entries(text),
            self.resources.tree,
            self.resources.library,
        )
        self.entries = {e.lokale_code: e for e in found}
        table = self.query_one("#entries", DataTable)
        table.clear()
        for e in found:
            d = e.decision
            table.add_row(
                e.lokale_code,
                e.naam,
                e.status,
                d.counts_label if d else "",
                (d.type_code or "") if d else "",
                d.doel_label if d else "",
                key=e.lokale_code,
            )
        if not found:
            self.query_one("#detail", Static).update(
                "Geen voorzieningen. Lees de catalogus in met: srg-guide register import BESTAND"
                if not text
                else "Geen voorzieningen gevonden."
            )

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.load()

    @on(DataTable.RowHighlighted, "#entries")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        entry = self.entries.get(str(event.row_key.value))
        if entry is not None:
            self.query_one("#detail", Static).update(detail_text(entry))

    @property
    def selected(self) -> Entry | None:
        """The entry under the table cursor."""
        table = self.query_one("#entries", DataTable)
        if not self.entries or table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.entries.get(str(key))

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_assess(self) -> None:
        """Walk the tree for the selected entry (from its old answers when it has a decision)."""
        entry = self.selected
        if entry is not None:
            self._walk(entry)

    def action_reassess(self) -> None:
        entry = self.selected
        if entry is None:
            return
        if not entry.stale_reasons:
            self.notify("Deze beslissing hoeft niet opnieuw beoordeeld te worden.")
            return
        self._walk(entry)

    def _walk(self, entry: Entry) -> None:
        from srg_guide.register import changed_node_ids, resume_session
        from srg_guide.tree import TreeSession
        from srg_guide.ui.screens.question import QuestionScreen

        tree, library = self.resources.tree, self.resources.library
        old = entry.decision
        if old is None:
            session = TreeSession(tree)
        else:
            changed = changed_node_ids(self.register.basis([old.id])[old.id], tree, library)
            session = resume_session(tree, old.answers, changed)
        self.walking = (entry, session)
        self.app.push_screen(QuestionScreen(self.resources, session), self._walked)

    def _walked(self, _result: object = None) -> None:
        """Back from the tree: save the confirmed outcome, or say that nothing was saved."""
        from srg_guide.register import draft_from_session

        if self.walking is None:
            return
        entry, session = self.walking
        self.walking = None
        if session.verdict is None:
            self.notify("Niet opgeslagen: de beoordeling is niet afgerond.", severity="warning")
            return
        draft = draft_from_session(session, self.resources.codes, self.resources.library)
        name = self.query_one("#decider", Input).value.strip() or None
        try:
            decision = self.register.decide(
                entry.lokale_code, draft, expected_version=entry.version, decided_by=name
            )
        except SrgGuideError as exc:
            self.srg_app.show_error(exc)
        else:
            self.notify(f"Opgeslagen: {entry.lokale_code} – {decision.verdict}")
        self.load()

    def action_close(self) -> None:
        self.dismiss()

    @property
    def srg_app(self) -> SrgGuideApp:
        from srg_guide.ui.app import SrgGuideApp

        assert isinstance(self.app, SrgGuideApp)
        return self.app


def detail_text(entry: Entry) -> str:
    """An entry's status, decision and rationale as plain text."""
    from srg_guide.register.present import entry_lines

    lines = entry_lines(entry)
    if entry.decision is None:
        lines.append("Druk op b om te beoordelen.")
    return "\n".join(lines)
