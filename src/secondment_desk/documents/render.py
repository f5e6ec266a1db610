"""Render a .docx template with a context, safely; and list the empty fields it asks for."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import IO, Any

from docxtpl import DocxTemplate
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml.etree import LxmlError

from secondment_desk.documents.analysis import (
    empty_paths,
    read_paragraphs,
    template_source,
)
from secondment_desk.documents.safety import check_docx
from secondment_desk.documents.sandbox import make_environment
from secondment_desk.errors import TemplateError

_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


def render_docx(template: Path, context: dict[str, Any], out: Path | IO[bytes]) -> None:
    """Fill ``template`` with ``context`` into ``out`` (a path, written atomically, or a
    binary file). Any problem of the template raises :class:`TemplateError` naming it."""
    check_docx(template)
    doc = DocxTemplate(template)
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
        try:
            doc.save(tmp)
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

    paragraphs = read_paragraphs(template)
    result: dict[str, None] = {}
    for part in dict.fromkeys(p.part for p in paragraphs):
        source = template_source([p for p in paragraphs if p.part == part])
        try:
            tree = make_environment().parse_plain(source)
        except (TemplateSyntaxError, SecurityError) as err:
            raise TemplateError(f"{template.name}: {err}") from err
        result.update(dict.fromkeys(empty_paths(tree, context)))
    return list(result)
