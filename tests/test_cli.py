"""Top-level CLI behaviour: Dutch help, exit codes, no traceback on any failure."""

from __future__ import annotations

import subprocess
import sys

import pytest

from srg_guide import cli


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


HEAVY = ("polars", "openpyxl", "jinja2", "markdown_it", "srg_guide.guidelines")


def test_help_does_not_import_heavy_modules() -> None:
    """One fresh interpreter asks every --help in turn and names the first that loads too much."""
    helps = [["--help"], *([name, "--help"] for name in cli.COMMANDS)]
    code = (
        "import contextlib, io, sys\n"
        "from srg_guide.cli import main\n"
        f"for args in {helps!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "        with contextlib.suppress(SystemExit):\n"
        "            main(args)\n"
        "    assert out.getvalue().startswith('gebruik: srg-guide'), args\n"
        f"    heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))\n"
        "    if heavy:\n"
        "        sys.exit(f'{args} laadt {heavy[:3]}')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
