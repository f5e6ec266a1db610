"""The readable (non-JSON) summary of a parsed vacancy, for the terminal."""

from __future__ import annotations

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
