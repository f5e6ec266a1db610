"""Template injection: each payload is refused with a TemplateError, quickly."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.documents import model_context, render_docx
from secondment_desk.documents.sandbox import make_environment
from secondment_desk.errors import TemplateError
from tests.documents.helpers import docx_text

PAYLOADS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ profile.__class__ }}",
    "{{ profile['__class__'] }}",
    "{{ profile|attr('__class__') }}",
    "{{ profile.personal.first_name.upper.__globals__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ cycler('a', 'b') }}",
    "{{ joiner() }}",
    "{{ lipsum() }}",
    "{{ namespace(a=1) }}",
    "{{ dict(a=1) }}",
    "{{ self }}",
    "{{ self.__dict__ }}",
    "{{ range(10**9) }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% for a in range(9999) %}{% for b in range(9999) %}{% endfor %}{% endfor %}",
    "{% set s = 'a' * 99999 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
    "{{ 'a' * 10**9 }}",
    "{{ [0] * 10**8 }}",
    "{{ 9**9**9 }}",
    "{{ '{0.__class__.__mro__}'.format(profile) }}",
    "{{ '{0.__init__.__globals__}'.format(profile.personal.first_name.upper) }}",
    "{{ 'x'.format_map(profile) }}{{ '{a.__class__}'.format_map({'a': profile}) }}",
    "{{ '%s'|format(profile) }}",
    "{{ 'x'|center(10**9) }}",
    "{{ profile.summary|safe }}",
    "{% include 'secret.docx' %}",
    "{% import 'x' as y %}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% extends 'base' %}",
    "{{ _desk_bounded }}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_refused(
    payload: str, tmp_path: Path, make_docx: Callable[[Path, list[str]], Path]
) -> None:
    template = make_docx(tmp_path / "evil.docx", ["Dear {{ profile.full_name }}", payload])
    out = tmp_path / "out.docx"
    start = time.monotonic()
    with pytest.raises(TemplateError):
        render_docx(template, model_context(), out)
    assert time.monotonic() - start < 2.0
    assert not out.exists()


def test_legitimate_use_of_range_and_methods_still_works(
    tmp_path: Path, make_docx: Callable[[Path, list[str]], Path]
) -> None:
    template = make_docx(
        tmp_path / "ok.docx",
        [
            "{% for i in range(3) %}[{{ i }}]{% endfor %}",
            "{{ profile.personal.family_name.upper() }} {{ 'ab' * 3 }} {{ 2 ** 10 }}",
            "{{ '{} and {}'.format('A', 'B') }} {{ checklist.items|length }}",
        ],
    )
    out = tmp_path / "out.docx"
    context = model_context()
    render_docx(template, context, out)
    text = docx_text(out)
    items = len(context["checklist"]["items"])
    assert items > 1
    assert "[0][1][2]" in text and "X ababab 1024" in text and f"A and B {items}" in text


def test_environment_has_no_dangerous_globals() -> None:
    env = make_environment()
    assert set(env.globals) == {"range", "_desk_bounded", "_desk_concat"}
    assert "safe" not in env.filters and "format" not in env.filters
    assert env.autoescape is True


def test_syntax_error_names_the_problem(
    tmp_path: Path, make_docx: Callable[[Path, list[str]], Path]
) -> None:
    template = make_docx(tmp_path / "bad.docx", ["a", "{% for x in profile.employment %}", "b"])
    with pytest.raises(TemplateError, match="syntax error"):
        render_docx(template, model_context(), tmp_path / "out.docx")


def test_checklist_items_key_wins_over_dict_method(
    tmp_path: Path, make_docx: Callable[[Path, list[str]], Path]
) -> None:
    ctx: dict[str, Any] = model_context()
    template = make_docx(
        tmp_path / "items.docx", ["{% for i in checklist.items %}<{{ i.text }}>{% endfor %}"]
    )
    render_docx(template, ctx, tmp_path / "out.docx")
    assert "<x>" in docx_text(tmp_path / "out.docx")


def test_compiled_code_cache_keeps_the_budgets(
    tmp_path: Path, make_docx: Callable[[Path, list[str]], Path]
) -> None:
    """The second render compiles nothing (cached code) yet the loop budget still holds."""
    bomb = "{% for a in range(9999) %}{% for b in range(9999) %}{% endfor %}{% endfor %}"
    template = make_docx(tmp_path / "bomb.docx", [bomb])
    for _ in range(2):
        with pytest.raises(TemplateError, match="loops more than"):
            render_docx(template, model_context(), tmp_path / "out.docx")
