"""Top-level CLI behaviour: Dutch help, exit codes, no traceback on any failure."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from srg_guide import cli, formats


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: srg-guide")
    assert "toon deze hulp en stop" in out


def test_unknown_command_exits_2_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["bestaat-niet"])
    assert info.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err


def test_internal_error_gives_dutch_message_not_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise ValueError("iets ging mis bij 123456782")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda command=None: parser)
    parser._subparsers._group_actions[0].choices["rules"].set_defaults(func=broken)  # type: ignore[union-attr]
    assert cli.main(["rules"]) == 70
    err = capsys.readouterr().err
    assert "interne fout" in err and "Traceback" not in err
    assert "123456782" not in err and "*******82" in err


def test_closed_pipe_ends_quietly() -> None:
    code = "import sys; from srg_guide.cli import main; sys.exit(main(['guidelines', 'list']))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait() == 141
    assert "Traceback" not in err


def test_command_table_matches_what_the_modules_register() -> None:
    parser = cli.build_parser()
    choices = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    registered = {action.dest: action.help for action in choices._choices_actions}
    assert registered == cli.COMMANDS


# What no --help may load: the libraries and the packages that pull them in.
HEAVY = (
    "polars",
    "openpyxl",
    "jinja2",
    "markdown_it",
    "yaml",
    "sqlalchemy",
    "textual",
    "srg_guide.guidelines",
    "srg_guide.reports",
    "srg_guide.checks",
    "srg_guide.tree",
    "srg_guide.search",
)
# The only srg_guide modules a --help needs: the parsers and the plain data they show.
HELP_MODULES = (
    "srg_guide",
    "srg_guide.cli",
    "srg_guide.commands",
    "srg_guide.formats",
    # The app's mode list (``app --start``) is kept in one place; it loads no textual.
    "srg_guide.ui",
    "srg_guide.ui.modes",
    "srg_guide.ui.options",
)
HELP_PACKAGE = "srg_guide.commands."


def _all_helps() -> list[list[str]]:
    """--help of the program, of every command and of every sub-command (tree diagram, ...)."""
    helps = [["--help"]]
    for name, command in _subcommands(cli.build_parser()).items():
        helps.append([name, "--help"])
        helps += [[name, sub, "--help"] for sub in _subcommands(command)]
    return helps


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    if parser._subparsers is None:
        return {}
    action = parser._subparsers._group_actions[0]
    assert isinstance(action, argparse._SubParsersAction)
    return dict(action.choices)


def test_every_help_is_listed() -> None:
    helps = _all_helps()
    assert ["check", "--help"] in helps and ["tree", "diagram", "--help"] in helps
    assert len(helps) > len(cli.COMMANDS) + 10


def test_help_imports_only_the_parsers() -> None:
    """One fresh interpreter asks every --help in turn and names the first that loads too much.

    Each command imports the core only when it runs: a --help that loads polars, yaml or a
    core package of srg_guide is slow for nothing (bench/startup_bench.py has the figures).
    """
    code = (
        "import contextlib, io, sys\n"
        "from srg_guide.cli import main\n"
        f"for args in {_all_helps()!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "        with contextlib.suppress(SystemExit):\n"
        "            main(args)\n"
        "    assert out.getvalue().startswith('gebruik: srg-guide'), args\n"
        f"    heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))\n"
        "    ours = sorted(m for m in sys.modules if m.startswith('srg_guide') and\n"
        f"        m not in {HELP_MODULES!r} and not m.startswith({HELP_PACKAGE!r}))\n"
        "    if heavy or ours:\n"
        "        sys.exit(f'{args} laadt {(heavy + ours)[:3]}')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_format_names_match_the_renderers() -> None:
    """The parsers offer the format names from srg_guide.formats; they must be the real ones."""
    from srg_guide.reports import FORMATS
    from srg_guide.tree.diagram import DIAGRAM_FORMATS

    assert formats.REPORT_FORMATS == FORMATS
    assert formats.DIAGRAM_FORMATS == DIAGRAM_FORMATS
