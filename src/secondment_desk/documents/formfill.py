"""Filling a form the user brought (any .docx): mapping, template, render, what stayed empty.

The mapping used is, in this order: the one given (the CLI's ``--mapping``, the GUI's
confirmed table), the one remembered for the form's layout, or the lexicon's proposal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from secondment_desk.documents.context import build_context
from secondment_desk.documents.formmap import (
    FormField,
    FormMap,
    analyse_bytes,
    form_template_bytes,
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
    data, form = read_form(path)
    chosen, source = choose_mapping(form, mapping)
    form.apply({**{k: None for k in _places(form)}, **chosen})
    template = form_template_bytes(data, path.name, {k: v for k, v in chosen.items() if v})
    ctx = build_context(profile, vacancy or Vacancy(), application, today=today)
    with private_tempdir("desk-form-") as tmp:
        tpl = tmp / f"form-{form.fingerprint}.docx"
        with open_private(tpl) as fh:
            fh.write(template)
        render_docx(tpl, ctx, out)
        empty = empty_fields(tpl, ctx)
    result = FilledForm(out, form, source, empty, group_empty_fields(empty, ctx))
    result.unmapped = [f for f in form.fields if not f.target and f.kind != "table"]
    return result


def _places(form: FormMap) -> list[str]:
    return [
        place
        for f in form.fields
        for place in [f.id, *(f"{f.id}/{i}" for i in range(len(f.columns)))]
    ]
