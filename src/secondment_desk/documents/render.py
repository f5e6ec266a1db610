"""Render a .docx template with a context, safely; and list the empty fields it asks for."""

from __future__ import annotations

import os
import re
import zipfile
from collections import OrderedDict
from pathlib import Path
from threading import Lock
from typing import IO, Any

from docxtpl import DocxTemplate
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml.etree import LxmlError

from secondment_desk.documents import prepared
from secondment_desk.documents.analysis import empty_paths_of
from secondment_desk.documents.private_temp import open_private
from secondment_desk.documents.sandbox import make_environment
from secondment_desk.errors import TemplateError

_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


def render_docx(template: Path, context: dict[str, Any], out: Path | IO[bytes]) -> None:
    """Fill ``template`` with ``context`` into ``out`` (a path, written atomically, or a
    binary file). Any problem of the template raises :class:`TemplateError` naming it."""
    doc = _DocxTemplate(prepared.prepare(template).stream())
    try:
        doc.render(context, jinja_env=make_environment(), autoescape=True)
    except UndefinedError as err:
        raise TemplateError(_undefined_message(template, err)) from err
    except SecurityError as err:
        raise TemplateError(f"{template.name}: refused by the sandbox: {err}") from err
    except TemplateSyntaxError as err:
        near = " ".join(t.strip() for t in getattr(err, "docx_context", []) if t.strip())
        raise TemplateError(
            f"{template.name}: syntax error: {err.message}"
            + (f" (near: {near[:120]!r})" if near else "")
            + "; `secondment-desk template check` shows the paragraph."
        ) from err
    except JinjaTemplateError as err:
        raise TemplateError(f"{template.name}: {err}") from err
    except RecursionError as err:
        raise TemplateError(f"{template.name}: the template recurses too deeply.") from err
    except (KeyError, ValueError, LxmlError, zipfile.BadZipFile) as err:
        raise TemplateError(f"{template.name} cannot be read as a Word template: {err}") from err
    if isinstance(out, Path):
        tmp = out.with_name(f".{out.name}.part")
        tmp.unlink(missing_ok=True)  # a crash's leftover
        try:
            with open_private(tmp) as fh:
                doc.save(fh)
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        doc.save(out)


def _undefined_message(template: Path, err: UndefinedError) -> str:
    text = str(err.message or err)
    found = _UNDEFINED.search(text)
    name = next((g for g in found.groups() if g), text) if found else text
    return (
        f"{template.name} uses '{name}', which the data model does not have ({text}); "
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


def clear_caches() -> None:
    """Forget everything kept between renders (for benchmarks of a first fill, and tests)."""
    from secondment_desk.documents import sandbox

    sandbox._CODE_CACHE.clear()
    prepared.clear()
    with _patch_lock:
        _PATCHED.clear()
