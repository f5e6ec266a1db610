"""What a fill of a shipped template derives from the template alone is kept between runs
(documents/kept.py): used by the next process, never for a user's template, rebuilt when the
file is damaged, and the same document either way."""

from __future__ import annotations

import io
import shutil
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from secondment_desk.documents import build_context, empty_fields, kept, render_docx, sandbox
from secondment_desk.documents.render import clear_caches
from secondment_desk.models import Vacancy
from secondment_desk.resources import template_file
from tests.documents.sample import full_profile

FORM = "osce_offline_application_form.docx"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SECONDMENT_DESK_CACHE", str(folder))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    clear_caches()
    return folder


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    seen: list[str | None] = []
    real = sandbox.DeskSandbox._compile_guarded

    def counting(self: sandbox.DeskSandbox, source: object, *args: object) -> object:
        seen.append(type(source).__name__)
        return real(self, source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(sandbox.DeskSandbox, "_compile_guarded", counting)
    return seen


def _fill(template: Path) -> tuple[bytes, list[str]]:
    ctx = build_context(full_profile(), Vacancy(title="Officer & <co>"), today=date(2025, 1, 1))
    ctx["profile"]["personal"]["middle_name"] = ""
    out = io.BytesIO()
    render_docx(template, ctx, out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        return archive.read("word/document.xml"), empty_fields(template, ctx)


def test_a_later_process_fills_the_shipped_form_without_compiling_it(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = Path(str(template_file(FORM)))
    first, first_empty = _fill(form)
    assert len(list(cache.glob("template-*.marshal"))) == 1
    clear_caches()  # as a new process: nothing in memory, only the kept file
    compiles = _compiles(monkeypatch)
    second, second_empty = _fill(form)
    assert compiles == []
    assert second == first and second_empty == first_empty
    assert "profile.personal.middle_name" in second_empty


def test_a_later_process_uses_the_kept_sanitised_form(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondment_desk.documents import prepared

    form = Path(str(template_file(FORM)))
    first = prepared.prepare(form).data
    assert kept.load(prepared.prepare(form).digest).sanitized == first
    clear_caches()  # as a new process
    sanitised: list[Path] = []
    from secondment_desk.documents.safety import read_sanitized_docx as real

    def counting(path: Path, *args: object, **kwargs: object) -> object:
        sanitised.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(prepared, "read_sanitized_docx", counting)
    again = prepared.prepare(form)
    assert sanitised == [] and again.data == first and again.removed == ()
    document, _empty = _fill(form)
    assert b"Officer &amp; &lt;co&gt;" in document


def test_a_users_template_is_never_kept(cache: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine" / FORM
    mine.parent.mkdir()
    shutil.copy(Path(str(template_file(FORM))), mine)
    _fill(mine)
    assert list(cache.glob("template-*")) == []


def test_a_damaged_kept_file_is_ignored_and_rewritten(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = Path(str(template_file(FORM)))
    good, _ = _fill(form)
    (path,) = cache.glob("template-*.marshal")
    path.write_bytes(b"\x00not marshal" * 10)
    clear_caches()
    compiles = _compiles(monkeypatch)
    again, _ = _fill(form)
    assert again == good and compiles  # compiled afresh
    clear_caches()
    compiles.clear()
    assert _fill(form)[0] == good and compiles == []  # and kept again


def test_nothing_is_written_when_bytecode_writing_is_off(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _fill(Path(str(template_file(FORM))))
    assert list(cache.glob("template-*")) == []


def test_entries_of_the_wrong_shape_are_dropped() -> None:
    checked = kept._checked({"patched": {"a": 1}, "code": {("k", None, None): "not code"}})
    assert checked.patched == {} and checked.code == {} and checked.uses is None
    assert kept._checked([1, 2]).patched == {}
