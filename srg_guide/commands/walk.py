"""`srg-guide walk`: the tree as a plain line-by-line prompt (screen readers, logs, pipes).

Numbered options; ``t`` goes back, ``?`` shows the help, ``s`` stops. "Weet ik niet"
goes on and makes the outcome conditional. Before the verdict the whole path, the
open points and the warnings are shown for review. After a traject the walk offers a
walk for each part. Works when stdin is not a terminal and ends cleanly on end of
input. Exit 0 with a verdict, 1 when stopped without.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options

if TYPE_CHECKING:
    from srg_guide.tree.rationale import Rationale

HELP_LINE = "Typ het nummer van uw antwoord. t = terug, ? = uitleg, s = stoppen."


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the walk command."""
    parser = add_command(
        subparsers, "walk", "doorloop de beslisboom vraag voor vraag (gewone tekst, zonder app)"
    )
    add_data_options(parser, "trees", "guidelines", "tables")
    add_as_of_option(parser)
    parser.add_argument("--tree", type=Path, metavar="BESTAND", help="gebruik dit boombestand")
    parser.add_argument(
        "--export",
        type=Path,
        metavar="BESTAND",
        help="schrijf de onderbouwing hierheen (.md, .txt of .json)",
    )
    parser.add_argument(
        "--escalation",
        type=Path,
        metavar="BESTAND",
        help="schrijf de escalatienotitie hierheen als de uitkomst van open punten afhangt",
    )
    parser.add_argument("--note", metavar="TEKST", help="opmerking in de onderbouwing")
    parser.add_argument(
        "--case", metavar="KENMERK", help="dossierkenmerk in de onderbouwing (niet in de sessie)"
    )
    parser.add_argument("--resume", type=Path, metavar="BESTAND", help="ga verder met een sessie")
    parser.add_argument(
        "--save",
        type=Path,
        metavar="BESTAND",
        help="bewaar de sessie hier (zonder persoonsgegevens)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Walk the tree in force with stdin and stdout."""
    return Walker(args, sys.stdin, sys.stdout).walk()


class Walker:
    """The prompt loop; reads lines from ``stdin`` and writes to ``out``."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> None:
        from srg_guide.guidelines.library import load_library
        from srg_guide.tree import TreeSession, codes_for, load_session, open_tree

        self.args = args
        self.stdin = stdin
        self.out = out
        self.echo = not stdin.isatty()
        tree = open_tree(args.trees, args.as_of, args.tree)
        self.codes = codes_for(tree.path, args.trees, args.tables)
        self.library = load_library(args.guidelines, args.as_of)
        self.session = load_session(args.resume, tree) if args.resume else TreeSession(tree)

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def ask(self, prompt: str) -> str | None:
        """One line of input, stripped; None at end of input."""
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        if not line:
            self.say()
            return None
        if self.echo:
            self.out.write(line if line.endswith("\n") else line + "\n")
        return line.strip()

    def walk(self) -> int:
        from srg_guide.tree import Outcome

        tree = self.session.tree
        self.say(f"Beslisboom: {tree.title} ({tree.label})")
        self.say(HELP_LINE)
        while self.session.verdict is None:
            node = self.session.current
            keep_going = self.review() if isinstance(node, Outcome) else self.step()
            if not keep_going:
                return self.stop()
        return self.finish()

    def step(self) -> bool:
        """Show the current question or note and handle one reply; False to stop."""
        from srg_guide.tree import Note, Question

        node = self.session.current
        number = len(self.session.steps) + 1
        self.say()
        if isinstance(node, Note):
            self.say(f"Let op: {node.text}")
            reply = self.ask("Enter = verder, t = terug > ")
        else:
            assert isinstance(node, Question)
            self.say(f"Vraag {number}: {node.text}")
            for index, option in enumerate(node.choices, 1):
                self.say(f"  {index}. {option.label}")
            kept = self.session.kept_answer()
            hint = ""
            if kept is not None:
                kept_index = [o.id for o in node.choices].index(kept) + 1
                hint = f" (Enter = vorig antwoord {kept_index})"
            reply = self.ask(f"Uw keuze{hint} > ")
        if reply is None or reply.lower() in ("s", "stop"):
            return False
        lowered = reply.lower()
        if lowered in ("t", "terug"):
            if not self.session.steps:
                self.say("Dit is de eerste vraag.")
            self.session.back()
        elif lowered in ("?", "h", "help"):
            self.show_help()
        elif isinstance(node, Note):
            self.session.answer(node.choices[0].id)
        elif not reply and self.session.kept_answer() is not None:
            self.session.answer(self.session.kept_answer() or "")
        elif reply.isdigit() and 1 <= int(reply) <= len(node.choices):
            self.session.answer(node.choices[int(reply) - 1].id)
        else:
            self.say(f"Kies een nummer van 1 tot en met {len(node.choices)}, of t, ? of s.")
        return True

    def show_help(self) -> None:
        from srg_guide.tree import Outcome

        node = self.session.current
        if isinstance(node, Outcome):
            return
        self.say(node.help or "Bij deze vraag is geen extra uitleg.")
        if not node.guidelines:
            return
        first, *others = node.guidelines
        paragraph = self.library.paragraph(first)
        if paragraph is not None:
            self.say(f"Uit de richtlijn: {paragraph.title}")
            for line in paragraph.text.splitlines():
                self.say(f"  {line}" if line else "")
        else:
            others.insert(0, first)
        if others:
            self.say(f"Zie ook: {'; '.join(self.library.title_of(ref) for ref in others)}")

    def review(self) -> bool:
        """Show the whole path and the outcome; confirm, go back or change an answer."""
        outcome = self.session.outcome
        assert outcome is not None
        self.say()
        self.say("Uw antwoorden:")
        for index, step in enumerate(self.session.steps, 1):
            prefix = "(gelezen) " if step.is_note else ""
            self.say(f"  {index}. {prefix}{step.text} -> {step.answer}")
        self.say(f"Uitkomst: {outcome.title}")
        for point in self.session.open_points:
            self.say(f"  Open punt: {point.question} (mits {point.condition})")
        for warning in self.session.warnings:
            self.say(f"  Let op: {warning}")
        reply = self.ask(
            "Klopt dit? j = bevestigen, t = terug, w NUMMER = antwoord wijzigen, s = stoppen > "
        )
        if reply is None or reply.lower() in ("s", "stop"):
            return False
        lowered = reply.lower()
        if lowered in ("j", "ja", ""):
            self.session.confirm()
        elif lowered in ("t", "terug"):
            self.session.back()
        elif lowered.startswith("w") and lowered[1:].strip().isdigit():
            steps = self.session.steps
            index = int(lowered[1:].strip())
            if 1 <= index <= len(steps):
                self.session.change(steps[index - 1].node_id)
            else:
                self.say(f"Kies een antwoord van 1 tot en met {len(steps)}.")
        else:
            self.say("Typ j, t, w met een nummer (bijvoorbeeld w 2), of s.")
        return True

    def stop(self) -> int:
        self.say("Gestopt zonder uitkomst.")
        self.save_session()
        return 1

    def save_session(self) -> None:
        from srg_guide.errors import display_path

        if self.args.save:
            self.session.save(self.args.save)
            self.say(f"Sessie bewaard in {display_path(self.args.save)}.")

    def finish(self) -> int:
        from srg_guide.tree import (
            ACTION_WALK_PARTS,
            build_rationale,
            needs_escalation,
            render,
            render_escalation,
            to_text,
        )

        rationale = build_rationale(
            self.session,
            self.codes,
            case_reference=self.args.case,
            library=self.library,
            note=self.args.note,
        )
        self.say()
        self.out.write(to_text(rationale))
        self.save_session()
        self.export("Onderbouwing", self.args.export, render, rationale)
        if needs_escalation(rationale):
            self.export("Escalatienotitie", self.args.escalation, render_escalation, rationale)
        outcome = self.session.outcome
        if outcome is not None and outcome.action == ACTION_WALK_PARTS:
            reply = self.ask("Een onderdeel van het traject doorlopen? j = ja, Enter = klaar > ")
            if reply is not None and reply.lower() in ("j", "ja"):
                self.session = self.session.part_session()
                return self.walk()
        return 0

    def export(
        self,
        what: str,
        target: Path | None,
        renderer: Callable[[Rationale, str], str],
        rationale: Rationale,
    ) -> None:
        """Write the rationale or escalation note to ``target``, or ask for a file name."""
        from srg_guide.atomic import write_atomic
        from srg_guide.errors import display_path
        from srg_guide.tree import format_for

        if target is None:
            reply = self.ask(
                f"{what} opslaan? Typ een bestandsnaam (.md, .txt of .json) of Enter > "
            )
            target = Path(reply) if reply else None
        if target is not None:
            write_atomic(target, renderer(rationale, format_for(target)))
            self.say(f"{what} opgeslagen in {display_path(target)}.")
