"""The readable (non-JSON) summary of a parsed vacancy, for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from secondment_desk import locale_format
from secondment_desk.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from secondment_desk.models.vacancy import Vacancy

_LABELS: tuple[tuple[str, str], ...] = (
    ("title", N_("Title")),
    ("organization", N_("Organisation")),
    ("office", N_("Office")),
    ("requisition_id", N_("Reference")),
    ("contract_type", N_("Contract")),
    ("grade", N_("Grade")),
    ("job_level", N_("Level")),
    ("job_field", N_("Field")),
    ("number_of_posts", N_("Posts")),
    ("duty_station", N_("Duty station")),
    ("country", N_("Country")),
    ("issue_date", N_("Issued")),
    ("closing_date", N_("Closing date")),
    ("closing_time", N_("Closing time")),
    ("education_level", N_("Education")),
    ("min_years_experience", N_("Experience (years)")),
    ("min_years_management", N_("  of which management")),
    ("degree_substitution_years", N_("  extra years in lieu of degree")),
    ("driving_licence_required", N_("Driving licence")),
    ("max_service_years", N_("Max. service (years)")),
)


_LANGUAGE, _NOT_ELIGIBLE = N_("Language"), N_("Not eligible")


def _show(value: object) -> str:

    if isinstance(value, bool):
        return _("required") if value else _("not required")
    return str(getattr(value, "value", value))


_CONTRACTS: dict[str, str] = {
    "seconded": N_("seconded"),
    "contracted": N_("contracted"),
}


def _value(name: str, value: object) -> str:
    """A field's value as the user reads it: a degree level or contract type in words."""
    from secondment_desk.models.education import EducationLevel

    if name == "education_level" and isinstance(value, EducationLevel):
        from secondment_desk.checklist.words import level_name

        return level_name(value)
    if name == "contract_type" and isinstance(value, str) and value in _CONTRACTS:
        return _(_CONTRACTS[value])
    if name == "country" and isinstance(value, str):
        from secondment_desk.countries import display_name

        return display_name(value)
    return _show(value)


def _label(label: str) -> str:
    """A label padded for the column (the indent of a sub-label kept)."""
    return _(label) + ":"  # the catalogue keeps a sub-label's indent


def summary(vacancy: Vacancy) -> str:
    from secondment_desk.checklist.words import category_word, kind_word
    from secondment_desk.countries import display_name

    head = vacancy.title or _("(untitled post)")

    where = vacancy.source_name or _("text")
    layout = vacancy.format or _("unknown layout")
    lines = [f"{head}  [{where}, {layout}]"]
    for name, label in _LABELS:
        value = getattr(vacancy, name)
        if value is None:
            if name in vacancy.missing and not name.startswith(("min_years_m", "degree")):
                lines.append(f"  {_label(label):<22} " + _("-- not found --"))
            continue
        lines.append(f"  {_label(label):<22} {_value(name, value)}")
    for lr in vacancy.language_requirements:
        wording = f" ({lr.wording})" if lr.wording else ""
        shown = f"{locale_format.language(lr.language)}, {kind_word(lr.kind)}{wording}"
        lines.append(f"  {_label(_LANGUAGE):<22} {shown}")
    if vacancy.ineligible_nationalities:
        names = ", ".join(display_name(n) for n in vacancy.ineligible_nationalities)
        lines.append(f"  {_label(_NOT_ELIGIBLE):<22} {names}")
    titles = {"mandatory": _("Mandatory requirements:"), "desirable": _("Desirable requirements:")}
    for kind in ("mandatory", "desirable"):
        reqs = [r for r in vacancy.requirements if r.kind == kind]
        if reqs:
            lines.append(f"  {titles[kind]}")
            lines.extend(f"    - [{category_word(r.category)}] {r.text}" for r in reqs)
    if vacancy.tasks:
        lines.append("  " + _("Tasks: {n}").format(n=len(vacancy.tasks)))
    if vacancy.warnings:
        lines.append("  " + _("Check:"))
        lines.extend(f"    ! {w}" for w in vacancy.warnings)
    return "\n".join(lines)


def posts_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    """A plain text table: columns as wide as their longest cell, a rule under the header."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(headers), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)]


_POST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("requisition_id", N_("Reference")),
    ("title", N_("Title")),
    ("duty_station", N_("Duty station")),
    ("grade", N_("Grade")),
    ("closing_date", N_("Closing")),
)


def call_summary(posts: list[Vacancy]) -> str:
    """A notice with several posts (a Call for Contributions): what they share, once, then
    the posts as a table and what each asks beyond the shared requirements."""
    from secondment_desk.checklist.words import category_word, kind_word

    first = posts[0]
    shared: dict[str, object] = {}
    for name, _label in _LABELS:
        values = [getattr(p, name) for p in posts]
        shared[name] = values[0] if all(v == values[0] for v in values) else None
    common_ids = set.intersection(*({r.id for r in p.requirements} for p in posts))
    call = first.model_copy(
        update={
            **shared,
            "title": None,
            "requirements": [r for r in first.requirements if r.id in common_ids],
            "missing": [m for m in first.missing if all(m in p.missing for p in posts)],
            "warnings": sorted(set.intersection(*(set(p.warnings) for p in posts))),
            "tasks": [],
        }
    )
    lines = summary(call).splitlines()
    n = len(posts)
    lines[0] = ngettext("{n} post in this notice", "{n} posts in this notice", n).format(n=n)
    where, layout = first.source_name or _("text"), first.format or _("unknown layout")
    lines[0] += f"  [{where}, {layout}]"
    columns = [
        (n, h)
        for n, h in _POST_COLUMNS
        if (shared.get(n) is None and any(getattr(p, n) for p in posts)) or n == "title"
    ]
    headers = ("#", *(_(h) for _n, h in columns))
    rows = [
        (str(i), *(str(getattr(p, n) or "—") for n, _h in columns)) for i, p in enumerate(posts, 1)
    ]
    lines += ["", "  " + ngettext("The {n} post:", "The {n} posts:", n).format(n=n)]
    lines += [f"    {row}" for row in posts_table(headers, rows)]
    for i, post in enumerate(posts, 1):
        own = [r for r in post.requirements if r.id not in common_ids]
        if own:
            lines.append("  " + _("Post {i} also asks:").format(i=i))
            lines.extend(
                f"    - [{kind_word(r.kind)}, {category_word(r.category)}] {r.text}" for r in own
            )
    lines.append("  " + _("(--json for every post in full)"))
    return "\n".join(lines)


def summaries(vacancies: list[Vacancy]) -> str:
    """Each notice once: a single post in full, several posts as :func:`call_summary`."""
    groups: dict[tuple[str, str], list[Vacancy]] = {}
    for v in vacancies:
        groups.setdefault((v.source_name or "", v.text), []).append(v)
    parts = [
        summary(posts[0]) if len(posts) == 1 else call_summary(posts) for posts in groups.values()
    ]
    return "\n\n".join(parts)
