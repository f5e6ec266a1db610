"""The readable (non-JSON) summary of a parsed vacancy, for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondment_desk.models.vacancy import Vacancy

_LABELS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("organization", "Organisation"),
    ("office", "Office"),
    ("requisition_id", "Reference"),
    ("contract_type", "Contract"),
    ("grade", "Grade"),
    ("job_level", "Level"),
    ("job_field", "Field"),
    ("number_of_posts", "Posts"),
    ("duty_station", "Duty station"),
    ("country", "Country"),
    ("issue_date", "Issued"),
    ("closing_date", "Closing date"),
    ("closing_time", "Closing time"),
    ("education_level", "Education"),
    ("min_years_experience", "Experience (years)"),
    ("min_years_management", "  of which management"),
    ("degree_substitution_years", "  extra years in lieu of degree"),
    ("driving_licence_required", "Driving licence"),
    ("max_service_years", "Max. service (years)"),
)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "required" if value else "not required"
    return str(value)


def summary(vacancy: Vacancy) -> str:
    head = vacancy.title or "(untitled post)"
    where = vacancy.source_name or "text"
    lines = [f"{head}  [{where}, {vacancy.format or 'unknown layout'}]"]
    for name, label in _LABELS:
        value = getattr(vacancy, name)
        if value is None:
            if name in vacancy.missing and not name.startswith(("min_years_m", "degree")):
                lines.append(f"  {label + ':':<22} -- not found --")
            continue
        lines.append(f"  {label + ':':<22} {_show(value)}")
    for lr in vacancy.language_requirements:
        wording = f" ({lr.wording})" if lr.wording else ""
        lines.append(f"  {'Language:':<22} {lr.language}, {lr.kind}{wording}")
    if vacancy.ineligible_nationalities:
        lines.append(f"  {'Not eligible:':<22} {', '.join(vacancy.ineligible_nationalities)}")
    for kind in ("mandatory", "desirable"):
        reqs = [r for r in vacancy.requirements if r.kind == kind]
        if reqs:
            lines.append(f"  {kind.capitalize()} requirements:")
            lines.extend(f"    - [{r.category}] {r.text}" for r in reqs)
    if vacancy.tasks:
        lines.append(f"  Tasks: {len(vacancy.tasks)}")
    if vacancy.warnings:
        lines.append("  Check:")
        lines.extend(f"    ! {w}" for w in vacancy.warnings)
    return "\n".join(lines)


def posts_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    """A plain text table: columns as wide as their longest cell, a rule under the header."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(headers), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)]


_POST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("requisition_id", "Reference"),
    ("title", "Title"),
    ("duty_station", "Duty station"),
    ("grade", "Grade"),
    ("closing_date", "Closing"),
)


def call_summary(posts: list[Vacancy]) -> str:
    """A notice with several posts (a Call for Contributions): what they share, once, then
    the posts as a table and what each asks beyond the shared requirements."""
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
    lines[0] = f"{len(posts)} posts in this notice  [{first.source_name or 'text'}, " + (
        f"{first.format or 'unknown layout'}]"
    )
    columns = [
        (n, h)
        for n, h in _POST_COLUMNS
        if (shared.get(n) is None and any(getattr(p, n) for p in posts)) or n == "title"
    ]
    headers = ("#", *(h for _n, h in columns))
    rows = [
        (str(i), *(str(getattr(p, n) or "—") for n, _h in columns)) for i, p in enumerate(posts, 1)
    ]
    lines += ["", f"  The {len(posts)} posts:"]
    lines += [f"    {row}" for row in posts_table(headers, rows)]
    for i, post in enumerate(posts, 1):
        own = [r for r in post.requirements if r.id not in common_ids]
        if own:
            lines.append(f"  Post {i} also asks:")
            lines.extend(f"    - [{r.kind}, {r.category}] {r.text}" for r in own)
    lines.append("  (--json for every post in full)")
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
