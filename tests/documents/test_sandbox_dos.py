"""Template denial of service: every payload ends quickly with one clear sentence.

The payloads are the classes an outside adversary found passing the sandbox (issue 12,
item 4): format widths (also folded at compile time), padding methods, doubling by ``~``,
``+``, ``extend`` and ``format``, replace chains, power towers, ``batch``, ``join``, output
floods and deep nesting (which used to give RecursionError / SyntaxError tracebacks, in
``template check`` too).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from secondment_desk.documents import check_template, model_context, render_docx
from secondment_desk.errors import TemplateError

MakeDocx = Callable[[Path, list[str]], Path]
DOUBLE = "{% set l = ['ab'] %}{% for i in range(60) %}{% set z = l.append(EXPR) %}{% endfor %}"
DOS = {
    "format-width": "{{ '{:>1000000000}'.format(1) }}",
    "format-nested-width": "{{ '{:>{w}}'.format(1, w=1000000000) }}",
    "format-precision": "{{ '{:.1000000000f}'.format(1.0) }}",
    "format-map-width": "{{ '{a:>1000000000}'.format_map({'a': 1}) }}",
    "percent-width": "{{ '%1000000000d' % 1 }}",
    "percent-precision": "{{ '%.1000000000f' % 1.5 }}",
    "percent-star": "{{ '%*d' % (1000000000, 1) }}",
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "rjust": "{{ 'x'.rjust(10**9) }}",
    "center": "{{ 'x'.center(10**9) }}",
    "zfill": "{{ '1'.zfill(10**9) }}",
    "expandtabs": "{{ '\t\t'.expandtabs(10**9) }}",
    "tilde-doubling": DOUBLE.replace("EXPR", "l[-1] ~ l[-1]"),
    "plus-doubling": DOUBLE.replace("EXPR", "l[-1] + l[-1]"),
    "format-doubling": DOUBLE.replace("EXPR", "'{0}{0}'.format(l[-1])"),
    "join-doubling": DOUBLE.replace("EXPR", "[l[-1], l[-1]]|join"),
    "extend-self": "{% set l = [1] %}{% for i in range(60) %}{% set z = l.extend(l) %}{% endfor %}",
    "list-plus": "{% set l = [[1]] %}{% for i in range(60) %}{% set z = l.append(l[-1] + l[-1]) %}"
    "{% endfor %}",
    "replace-chain": "{{ 'aaaaaaaaaa'" + "|replace('a', 'aaaaaaaaaa')" * 9 + " }}",
    "replace-method-chain": "{{ 'aaaaaaaaaa'" + ".replace('a', 'aaaaaaaaaa')" * 9 + " }}",
    "power-tower": "{% set l = [2] %}{% for i in range(40) %}{% set z = l.append(l[-1] ** 8) %}"
    "{% endfor %}",
    "squaring": "{% set l = [3] %}{% for i in range(40) %}{% set z = l.append(l[-1] * l[-1]) %}"
    "{% endfor %}",
    "float-overflow": "{{ 10.0 ** 60 ** 60 }}",
    "batch": "{{ [1]|batch(10**9, 0)|list }}",
    "join-of-repeats": "{{ (['x' * 100000] * 100000)|join }}",
    "sum-of-lists": "{{ ([[0] * 100000] * 1000)|sum(start=[]) }}",
    "output-flood": "{% for i in range(10000) %}{% for j in range(20) %}{{ 'x' * 100000 }}"
    "{% endfor %}{% endfor %}",
    "block-set-doubling": "{% set l = ['x' * 1000] %}{% for i in range(40) %}{% set s %}"
    "{{ l[-1] }}{{ l[-1] }}{% endset %}{% set z = l.append(s) %}{% endfor %}",
    "autoescape-off": "{% autoescape false %}{{ '<w:p/>' }}{% endautoescape %}",
}
NESTING = {
    "parentheses": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "brackets": "{{ " + "[" * 3000 + "]" * 3000 + " }}",
    "long-sum": "{{ " + "1 + " * 20000 + "1 }}",
    "not-chain": "{{ " + "not " * 5000 + "1 }}",
    "minus-chain": "{{ " + "- " * 5000 + "1 }}",
    "if-blocks": "{% if 1 %}" * 200 + "x" + "{% endif %}" * 200,
    "for-blocks": "{% for a in [1] %}" * 30 + "x" + "{% endfor %}" * 30,
    "filter-chain": "{{ 'x'" + "|upper" * 20000 + " }}",
}


def _refused_quickly(template: Path, out: Path) -> str:
    start = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render_docx(template, model_context(), out)
    assert time.monotonic() - start < 10.0
    assert not out.exists()
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("payload", DOS.values(), ids=DOS.keys())
def test_dos_payload_is_refused(payload: str, tmp_path: Path, make_docx: MakeDocx) -> None:
    template = make_docx(tmp_path / "evil.docx", ["Dear {{ profile.full_name }}", payload])
    message = _refused_quickly(template, tmp_path / "out.docx")
    assert "evil.docx" in message


@pytest.mark.parametrize("payload", NESTING.values(), ids=NESTING.keys())
def test_deep_nesting_is_one_sentence_in_render_and_check(
    payload: str, tmp_path: Path, make_docx: MakeDocx
) -> None:
    template = make_docx(tmp_path / "deep.docx", [payload])
    message = _refused_quickly(template, tmp_path / "out.docx")
    assert "RecursionError" not in message and "SyntaxError" not in message
    start = time.monotonic()
    report = check_template(template)
    assert time.monotonic() - start < 10.0
    assert [f.kind for f in report.problems] in (["unsafe"], ["syntax"]), report.problems
    assert "deep" in report.problems[0].message or "complex" in report.problems[0].message


def test_ordinary_sizes_still_work(tmp_path: Path, make_docx: MakeDocx) -> None:
    template = make_docx(
        tmp_path / "ok.docx",
        [
            "{{ '{:>8}|{:.2f}'.format('ab', 3.14159) }} {{ '%5d' % 42 }} {{ 'x'.ljust(4) }}|",
            "{{ ('ab' ~ 'cd') + 'ef' }} {{ 'a-b'|replace('-', '+') }} {{ 2 ** 10 }}",
            "{{ [1, 2, 3]|batch(2)|list|length }} {{ ['a', 'b']|join(',') }}",
            "{% set l = [1] %}{% set z = l.extend([2, 3]) %}{{ l|sum }}",
        ],
    )
    out = tmp_path / "out.docx"
    render_docx(template, model_context(), out)
    from tests.documents.helpers import docx_text

    text = docx_text(out)
    assert "      ab|3.14    42 x   |" in text
    assert "abcdef a+b 1024" in text and "2 a,b" in text and "\n6" in text


def test_a_refusal_is_in_the_users_language(tmp_path: Path, make_docx: MakeDocx) -> None:
    """A hostile template's refusal is a sentence like any other: Russian for a Russian user,
    with the limit written the Russian way (grouped digits), not English from the sandbox."""
    from secondment_desk import i18n

    template = make_docx(tmp_path / "evil.docx", [DOS["ljust"]])
    assert i18n.set_language("ru_RU.UTF-8") == "ru", "the Russian catalogue is not built"
    try:
        message = _refused_quickly(template, tmp_path / "out.docx")
    finally:
        i18n.set_language("en")
    assert "превышает предел" in message, message
    assert "above the limit" not in message and "1,000" not in message
