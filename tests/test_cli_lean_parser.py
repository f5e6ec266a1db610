"""A command's parser holds only its own group (issue 16): the same help, choices and usage
as the whole parser's, and the whole parser wherever the command word is not plain."""

from __future__ import annotations

import argparse

import pytest

from secondment_desk import cli


def _groups(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no command groups")


def _helps(parser: argparse.ArgumentParser) -> list[str]:
    """The help of the parser and of every parser under it."""
    out = [parser.format_help()]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                out.extend(_helps(sub))
    return out


@pytest.mark.parametrize("module", cli.COMMAND_MODULES)
def test_a_group_parses_and_helps_as_in_the_whole_parser(module: str) -> None:
    word = module.rsplit(".", 1)[1]
    whole = cli.build_parser()
    lean = cli.build_parser(word)
    assert _helps(_groups(lean)[word]) == _helps(_groups(whole)[word])
    assert list(_groups(lean)) == [word]  # the other groups are not built
    assert len(_groups(whole)) == len(cli.COMMAND_MODULES)


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["form", "fill", "x.txt"], "form"),
        (["--lang", "ru", "form", "fill"], "form"),
        (["--lang=ru", "--store", "postgresql://h/db", "vacancy", "parse"], "vacancy"),
        (["--store=postgresql://h/db", "store", "status"], "store"),
        (["--lang", "form", "fill"], None),  # "form" is --lang's (bad) value: the whole parser
        (["--la", "ru", "form"], None),  # an abbreviated option: the whole parser decides
        (["--help"], None),
        (["--version"], None),
        (["formm", "fill"], None),  # a typo: the whole parser lists the choices
        ([], None),
    ],
)
def test_the_command_word(argv: list[str], word: str | None) -> None:
    assert cli.command_word(argv) == word


def test_an_unknown_command_is_told_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["formm", "fill"]) == cli.EXIT_BAD_INPUT
    assert "vacancy" in capsys.readouterr().err
