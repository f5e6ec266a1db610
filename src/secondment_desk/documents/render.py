"""Render a .docx template with a context, safely; and list the empty fields it asks for."""

from __future__ import annotations

import functools
import io
import marshal
import os
import re
import types
import zipfile
from collections import OrderedDict
from pathlib import Path
from threading import Lock
from typing import IO, Any, Literal

from docxtpl import DocxTemplate
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml.etree import LxmlError

from secondment_desk.documents import kept, prepared
from secondment_desk.documents.analysis import empty_paths_of
from secondment_desk.documents.prepared import is_shipped
from secondment_desk.documents.private_temp import open_private
from secondment_desk.documents.sandbox import make_environment
from secondment_desk.errors import TemplateError
from secondment_desk.i18n import _
from secondment_desk.isolation import Limits, run_limited

_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


#: What one render of a user's template may use in its child process (see isolation.py):
#: a real form renders in well under a second of processor time and 50 MB.
RENDER_LIMITS = Limits(cpu_seconds=4, memory_mb=256, wall_seconds=8.0)


def render_docx(
    template: Path,
    context: dict[str, Any],
    out: Path | IO[bytes],
    *,
    limits: Limits | Literal["auto"] | None = "auto",
) -> None:
    """Fill ``template`` with ``context`` into ``out`` (a path, written atomically, or a
    binary file). Any problem of the template raises :class:`TemplateError` naming it.

    The template is read and sanitised here; the render itself (the template's code) runs in
    a child process under ``limits`` (None: in this process), so a template the sandbox's
    bounds let through still cannot take the machine's processor or memory. "auto" renders
    the templates shipped with the application (our own code, like the rest of it) in this
    process and every other one (a user's template, a form the user brings) in a child
    under RENDER_LIMITS."""
    shipped = is_shipped(template)
    if isinstance(limits, str):  # "auto"
        limits = None if shipped else RENDER_LIMITS
    source = prepared.prepare(template)
    keep = shipped and limits is None
    if keep:  # what an earlier process derived from this template (see kept.py)
        _seed(source.kept())
    what = _("{name}: filling the template").format(name=template.name)
    data, learned = run_limited(
        functools.partial(_render_learning, source, template.name, context),
        limits,
        what,
        TemplateError,
    )
    if limits is not None:
        _remember(learned)
    elif keep and (learned[0] or learned[1]):
        source.keep(learned[0], {key: marshal.loads(blob) for key, blob in learned[1]})
    if isinstance(out, Path):
        tmp = out.with_name(f".{out.name}.part")
        tmp.unlink(missing_ok=True)  # a crash's leftover
        try:
            with open_private(tmp) as fh:
                fh.write(data)
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        out.write(data)


_Learned = tuple[dict[str, str], list[tuple[Any, bytes]]]


def _render_learning(
    source: prepared.PreparedTemplate, name: str, context: dict[str, Any]
) -> tuple[bytes, _Learned]:
    """The filled .docx, and what the caches learnt on the way (the patched XML and the
    compiled code of each part), so the parent keeps them for its next render."""
    from secondment_desk.documents import sandbox

    with _patch_lock:
        patched_before = set(_PATCHED)
    code_before = set(sandbox._CODE_CACHE)
    buf = io.BytesIO()
    _render_into(source, name, context, buf)
    with _patch_lock:
        patched = {k: v for k, v in _PATCHED.items() if k not in patched_before}
    code = [
        (key, marshal.dumps(value))
        for key, value in sandbox._CODE_CACHE.items()
        if key not in code_before and isinstance(value, types.CodeType)
    ]
    return buf.getvalue(), (patched, code)


def _remember(learned: _Learned) -> None:
    from secondment_desk.documents import sandbox

    patched, code = learned
    with _patch_lock:
        for src, result in patched.items():
            _PATCHED[src] = result
        while len(_PATCHED) > _PATCHED_SIZE:
            _PATCHED.popitem(last=False)
    for key, blob in code:
        if len(sandbox._CODE_CACHE) >= sandbox._CODE_CACHE_SIZE:
            sandbox._CODE_CACHE.pop(next(iter(sandbox._CODE_CACHE)))
        sandbox._CODE_CACHE[key] = marshal.loads(blob)


def _seed(found: kept.Kept) -> None:
    """Put what was kept for a template into this process's caches (where not there yet)."""
    from secondment_desk.documents import sandbox

    with _patch_lock:
        for src, result in found.patched.items():
            _PATCHED.setdefault(src, result)
    for key, code in found.code.items():
        if key not in sandbox._CODE_CACHE and len(sandbox._CODE_CACHE) < sandbox._CODE_CACHE_SIZE:
            sandbox._CODE_CACHE[key] = code


def _render_into(
    source: prepared.PreparedTemplate, name: str, context: dict[str, Any], out: IO[bytes]
) -> None:
    doc = _DocxTemplate(source.stream())
    try:
        doc.render(context, jinja_env=make_environment(), autoescape=True)
    except UndefinedError as err:
        raise TemplateError(_undefined_message(name, err)) from err
    except SecurityError as err:
        raise TemplateError(
            _("{name}: refused by the sandbox: {err}").format(name=name, err=err)
        ) from err
    except TemplateSyntaxError as err:
        near = " ".join(t.strip() for t in getattr(err, "docx_context", []) if t.strip())
        where = _(" (near: {text})").format(text=repr(near[:120])) if near else ""
        raise TemplateError(
            _(
                "{name}: syntax error: {err}{where}; `secondment-desk template check` shows the "
                "paragraph."
            ).format(name=name, err=err.message, where=where)
        ) from err
    except JinjaTemplateError as err:
        raise TemplateError(f"{name}: {err}") from err
    except RecursionError as err:
        raise TemplateError(
            _("{name}: the template recurses too deeply.").format(name=name)
        ) from err
    except (KeyError, ValueError, LxmlError, zipfile.BadZipFile) as err:
        raise TemplateError(
            _("{name} cannot be read as a Word template: {err}").format(name=name, err=err)
        ) from err
    doc.save(out)


def _undefined_message(name: str, err: UndefinedError) -> str:
    text = str(err.message or err)
    found = _UNDEFINED.search(text)
    field = next((g for g in found.groups() if g), text) if found else text
    return (
        f"{name} uses '{field}', which the data model does not have ({text}); "
        "`secondment-desk template check` shows where."
    )


def empty_fields(template: Path, context: dict[str, Any]) -> list[str]:
    """The fields the template reads that are empty in ``context``, e.g.
    ``profile.personal.middle_name`` or ``profile.employment[2].achievements``."""

    result: dict[str, None] = {}
    for uses in prepared.prepare(template).part_uses().values():
        result.update(dict.fromkeys(empty_paths_of(uses, context)))
    return list(result)


def fields_read(template: Path) -> set[str]:
    """The data paths the template reads, lists as ``[]``: ``profile.references.[].name``."""
    return {u.path for uses in prepared.prepare(template).part_uses().values() for u in uses}


class _DocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl, with its clean-up of the template XML done once per distinct XML.

    ``patch_xml`` (rejoining tags split across runs, unescaping inside tags) is a chain of
    regular expressions over the whole part and depends only on the template, yet docxtpl
    runs it on every render: the result is kept, keyed by the XML itself.
    """

    def patch_xml(self, src_xml: str) -> str:
        with _patch_lock:
            patched = _PATCHED.get(src_xml)
        if patched is None:
            patched = str(super().patch_xml(src_xml))
            with _patch_lock:
                _PATCHED[src_xml] = patched
                while len(_PATCHED) > _PATCHED_SIZE:
                    _PATCHED.popitem(last=False)
        return patched


_PATCHED: OrderedDict[str, str] = OrderedDict()
_PATCHED_SIZE = 48
_patch_lock = Lock()


def _fresh_lock() -> None:  # a thread may hold it at fork: the child gets its own
    global _patch_lock
    _patch_lock = Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


def clear_caches() -> None:
    """Forget everything kept between renders (for benchmarks of a first fill, and tests)."""
    from secondment_desk.documents import sandbox

    sandbox._CODE_CACHE.clear()
    prepared.clear()
    with _patch_lock:
        _PATCHED.clear()
