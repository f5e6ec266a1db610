"""Filling a form the user brought (any .docx): mapping, template, render, what stayed empty.

The mapping used is, in this order: the one given (the CLI's ``--mapping``, the GUI's
confirmed table), the one remembered for the form's layout, or the lexicon's proposal.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import hashlib
import json
import os
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from secondment_desk.documents.context import build_context
from secondment_desk.documents.formmap import (
    FormField,
    FormMap,
    analyse_bytes,
    template_from,
)
from secondment_desk.documents.formmemory import remembered
from secondment_desk.documents.gaps import EmptyGroup, group_empty_fields
from secondment_desk.documents.private_temp import open_private, private_tempdir
from secondment_desk.documents.render import empty_fields, render_docx
from secondment_desk.documents.safety import read_sanitized_docx
from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.models import Application, Profile, Vacancy

MappingSource = Literal["given", "remembered", "proposed"]


@dataclass
class FilledForm:
    out: Path
    form: FormMap
    source: MappingSource
    empty_fields: list[str] = field(default_factory=list)
    empty_groups: list[EmptyGroup] = field(default_factory=list)
    unmapped: list[FormField] = field(default_factory=list)

    def report_lines(self) -> list[str]:
        """What stayed empty, in words: the profile's gaps, then the form's unknown places."""
        lines = [group.line() for group in self.empty_groups]
        if self.unmapped:
            labels = ", ".join(f"“{f.label}”" for f in self.unmapped[:12])
            more = len(self.unmapped) - 12
            lines.append(
                _("Not filled (no profile field chosen): {labels}").format(labels=labels)
                + (_(" and {n} more").format(n=more) if more > 0 else "")
            )
        return lines


def read_form(path: Path) -> tuple[bytes, FormMap]:
    """The sanitised bytes of a user's form and what :func:`analyse_bytes` finds in them."""
    if path.suffix.lower() != ".docx":
        raise InputError(_("{name} is not a .docx form.").format(name=path.name))
    data = read_sanitized_docx(path, error=InputError).data
    return data, analyse_bytes(data, path.name)[0]


def choose_mapping(
    form: FormMap, given: dict[str, str | None] | None
) -> tuple[dict[str, str | None], MappingSource]:
    if given is not None:
        return given, "given"
    kept = remembered(form.fingerprint)
    if kept is not None:
        return kept, "remembered"
    return dict(form.mapping()), "proposed"


def fill_form(
    path: Path,
    profile: Profile,
    out: Path,
    *,
    vacancy: Vacancy | None = None,
    application: Application | None = None,
    mapping: dict[str, str | None] | None = None,
    today: date | None = None,
) -> FilledForm:
    """Fill the user's form at ``path`` into ``out`` (.docx) from the profile."""
    if path.suffix.lower() != ".docx":
        raise InputError(_("{name} is not a .docx form.").format(name=path.name))
    data = read_sanitized_docx(path, error=InputError).data
    form, template = _template(data, path.name, mapping)
    ctx = build_context(profile, vacancy or Vacancy(), application, today=today)
    tpl = _kept_template(template)
    render_docx(tpl, ctx, out)
    empty = empty_fields(tpl, ctx)
    result = FilledForm(
        out, form, form_source(form, mapping), empty, group_empty_fields(empty, ctx)
    )
    result.unmapped = [f for f in form.fields if not f.target and f.kind != "table"]
    return result


def form_source(form: FormMap, given: dict[str, str | None] | None) -> MappingSource:
    return choose_mapping(form, given)[1]


# The analysis and the template of a form depend only on its bytes and the mapping: kept, so
# filling the same form again (another candidate, a corrected profile) skips both.
_ANALYSED: OrderedDict[str, FormMap] = OrderedDict()
_TEMPLATES: OrderedDict[tuple[str, str], bytes] = OrderedDict()
_KEEP = 16


def _template(data: bytes, name: str, given: dict[str, str | None] | None) -> tuple[FormMap, bytes]:
    digest = hashlib.sha256(data).hexdigest()
    form = _ANALYSED.get(digest)
    fresh = None
    if form is None:
        fresh = analyse_bytes(data, name)
        form = copy.deepcopy(fresh[0])
        _remember(_ANALYSED, digest, form)
    form = copy.deepcopy(form)
    chosen, _source = choose_mapping(form, given)
    form.apply({**{k: None for k in _places(form)}, **chosen})
    confirmed = {k: v for k, v in chosen.items() if v}
    key = (digest, json.dumps(confirmed, sort_keys=True))
    template = _TEMPLATES.get(key)
    if template is None:
        template = template_from(*(fresh or analyse_bytes(data, name)), confirmed)
        _remember(_TEMPLATES, key, template)
    return form, template


def clear_caches() -> None:
    """Forget the kept analyses and templates (for a benchmark of a first fill)."""
    from secondment_desk.documents.formmap import _propose_table_cached, propose_field

    _ANALYSED.clear()
    _TEMPLATES.clear()
    propose_field.cache_clear()
    _propose_table_cached.cache_clear()


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > _KEEP:
        cache.popitem(last=False)


_stack = contextlib.ExitStack()
_folder: list[Path] = []


def _kept_template(template: bytes) -> Path:
    """The template as a file in this process's private folder, named by its hash (the same
    template is the same file, so its checks and parse are kept between fills); the folder
    goes when the process ends, or at the next start after a crash."""
    if not _folder:
        _folder.append(_stack.enter_context(private_tempdir("desk-forms-")))
        atexit.register(_stack.close)
    path = _folder[0] / f"form-{hashlib.sha256(template).hexdigest()[:32]}.docx"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        part.unlink(missing_ok=True)
        with open_private(part) as fh:
            fh.write(template)
        os.replace(part, path)
    return path


def _places(form: FormMap) -> list[str]:
    return [
        place
        for f in form.fields
        for place in [f.id, *(f"{f.id}/{i}" for i in range(len(f.columns)))]
    ]
