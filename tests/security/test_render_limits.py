"""The child-process wall behind the template sandbox: CPU time, memory, wall clock.

The payloads here pass every bound of the sandbox (each value they build is small enough) yet
would take the machine's processor or memory in a plain render: ``s.count('xy')`` over a
million characters two hundred thousand times (minutes of CPU), and ninety 4 MB strings
(360 MB). Only the child process's limits stop them, each with one sentence.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secondment_desk import isolation
from secondment_desk.documents import model_context, render_docx
from secondment_desk.documents import render as render_module
from secondment_desk.errors import TemplateError
from secondment_desk.isolation import CAN_ISOLATE, Limits
from tests.documents.conftest import _make_docx
from tests.documents.helpers import docx_text

pytestmark = pytest.mark.skipif(not CAN_ISOLATE, reason="no fork/resource on this platform")

CPU_BURNER = (
    "{% set s = 'x' * 1000000 %}{% for i in range(10000) %}{% for j in range(20) %}"
    "{{ s.count('xy') }}{% endfor %}{% endfor %}"
)
MEMORY_EATER = (
    "{% set l = [] %}{% for i in range(90) %}{% set z = l.append('\U0001f600' * 1000000) %}"
    "{% endfor %}{{ l|length }}"
)
MB = 1024 * 1024


def _one_line(err: pytest.ExceptionInfo[TemplateError]) -> str:
    message = str(err.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def _rerun_alone(request: pytest.FixtureRequest) -> bool:
    """Run this test again in a fresh interpreter, as the CLI renders (True: it was run there).

    The memory limit bounds the forked child's growth in address space. After a long pytest
    run the parent holds freed heap that the child reuses without growing, so the figures of
    the child are measured from a parent of the application's size, not the test runner's.
    """
    if os.environ.get("DESK_RENDER_ALONE") == "1":
        return False
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", request.node.nodeid],
        env={**os.environ, "DESK_RENDER_ALONE": "1"},
        cwd=request.config.rootpath,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    return True


def _no_child_left() -> None:
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_the_sandbox_lets_the_cpu_burner_through_in_small(tmp_path: Path) -> None:
    """The payload's shape is legal: two rounds render in-process (so only the CPU limit can
    stop the full one)."""
    small = CPU_BURNER.replace("range(10000)", "range(1)").replace("range(20)", "range(2)")
    template = _make_docx(tmp_path / "small.docx", [small])
    out = tmp_path / "out.docx"
    render_docx(template, model_context(), out, limits=None)
    assert "00" in docx_text(out)


def test_cpu_limit_stops_a_template_the_sandbox_allows(tmp_path: Path) -> None:
    template = _make_docx(tmp_path / "burn.docx", [CPU_BURNER])
    out = tmp_path / "out.docx"
    start = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render_docx(template, model_context(), out, limits=Limits(cpu_seconds=2))
    assert time.monotonic() - start < 10.0
    message = _one_line(caught)
    assert message.startswith("burn.docx: filling the template used more than 2 seconds")
    assert "processor time" in message
    assert not out.exists()
    _no_child_left()


def test_the_default_limits_stop_the_cpu_burner_within_10_s(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if _rerun_alone(request):
        return
    template = _make_docx(tmp_path / "burn.docx", [CPU_BURNER])
    start = time.monotonic()
    # "processor time", or on a loaded machine the wall clock, whichever comes first
    with pytest.raises(TemplateError, match=r"processor time|did not finish within 8 seconds"):
        render_docx(template, model_context(), io.BytesIO())
    assert time.monotonic() - start < 10.0
    assert isolation.last_usage.ru_maxrss * 1024 < 500 * MB


def test_memory_limit_stops_a_template_the_sandbox_allows(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if _rerun_alone(request):
        return
    template = _make_docx(tmp_path / "eat.docx", [MEMORY_EATER])
    out = tmp_path / "out.docx"
    start = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render_docx(template, model_context(), out, limits=Limits(memory_mb=100))
    assert time.monotonic() - start < 10.0
    message = _one_line(caught)
    assert message == (
        "eat.docx: filling the template needed more than 100 MB of memory and was stopped."
    )
    assert not out.exists()
    _no_child_left()


def test_the_default_memory_limit_keeps_the_child_under_500_mb(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Twice the memory eater: 720 MB if nothing stopped it."""
    if _rerun_alone(request):
        return
    eater = MEMORY_EATER.replace("range(90)", "range(180)").replace("* 1000000", "* 500000")
    eater = eater.replace("'\U0001f600'", "'\U0001f600\U0001f600\U0001f600\U0001f600'")
    template = _make_docx(tmp_path / "eat.docx", [eater])
    with pytest.raises(TemplateError) as caught:
        render_docx(template, model_context(), io.BytesIO())
    message = _one_line(caught)
    assert "MB of memory" in message or "refused by the sandbox" in message
    assert isolation.last_usage.ru_maxrss * 1024 < 500 * MB


def test_wall_clock_stops_a_slow_render(tmp_path: Path) -> None:
    template = _make_docx(tmp_path / "slow.docx", [CPU_BURNER])
    start = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render_docx(
            template, model_context(), io.BytesIO(), limits=Limits(cpu_seconds=30, wall_seconds=1)
        )
    assert time.monotonic() - start < 5.0
    assert _one_line(caught) == (
        "slow.docx: filling the template did not finish within 1 seconds and was stopped."
    )
    _no_child_left()


def test_the_render_runs_in_another_process_and_gives_the_same_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = _make_docx(tmp_path / "ok.docx", ["Dear {{ profile.full_name }}", "{{ 6 * 7 }}"])
    pids: list[int] = []
    real = render_module._render_into

    def spy(*args: object, **kwargs: object) -> None:
        (tmp_path / "pid").write_text(str(os.getpid()))
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(render_module, "_render_into", spy)
    isolated, inline = tmp_path / "isolated.docx", tmp_path / "inline.docx"
    render_docx(template, model_context(), isolated)
    pids.append(int((tmp_path / "pid").read_text()))
    render_docx(template, model_context(), inline, limits=None)
    pids.append(int((tmp_path / "pid").read_text()))
    assert pids[0] != os.getpid() and pids[1] == os.getpid()
    assert docx_text(isolated) == docx_text(inline)
    assert "42" in docx_text(isolated)
    _no_child_left()


def test_an_error_inside_the_child_comes_back_as_it_was(tmp_path: Path) -> None:
    template = _make_docx(tmp_path / "bad.docx", ["{{ profile.no_such_field }}"])
    with pytest.raises(TemplateError) as caught:
        render_docx(template, model_context(), io.BytesIO())
    assert "no_such_field" in _one_line(caught)


def test_the_parent_keeps_what_the_child_compiled(tmp_path: Path) -> None:
    """The child's compiled code and patched XML come back, so a repeat fill is warm."""
    from secondment_desk.documents import sandbox

    render_module.clear_caches()
    template = _make_docx(tmp_path / "warm.docx", ["{{ profile.full_name }}"])
    render_docx(template, model_context(), io.BytesIO())
    assert sandbox._CODE_CACHE and render_module._PATCHED


def test_shipped_templates_render_in_process_and_user_copies_in_a_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped templates are the application's own code; a copy of one in any other
    folder is a user's template and renders in the child."""
    import shutil

    from secondment_desk.documents.prepared import is_shipped
    from secondment_desk.resources import template_file

    shipped = template_file("checklist_report.docx")
    user_copy = tmp_path / "checklist_report.docx"
    shutil.copyfile(shipped, user_copy)
    assert is_shipped(shipped) and not is_shipped(user_copy)
    pids: list[int] = []
    real = render_module._render_into

    def spy(*args: object, **kwargs: object) -> None:
        (tmp_path / "pid").write_text(str(os.getpid()))
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(render_module, "_render_into", spy)
    for template in (shipped, user_copy):
        render_docx(template, model_context(), io.BytesIO())
        pids.append(int((tmp_path / "pid").read_text()))
    assert pids[0] == os.getpid() and pids[1] != os.getpid()
