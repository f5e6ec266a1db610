"""The empty fields of a filled form, told the way a person reads the form.

:func:`~secondment_desk.documents.render.empty_fields` gives programs the raw paths
(``profile.employment[0].supervisor_name``). A candidate wants the form's sections and words:

    Personal data: date of birth, place of birth
    Employment record: supervisor's name and contact missing in 3 of 3 jobs; may-we-contact
        not answered in 3 of 3 jobs
    References: 2 given, the form asks for 3

:func:`group_empty_fields` makes those groups (for the CLI and the GUI); it never hides a
path it does not know, which lands under "Other" in words.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel

from secondment_desk.models import Profile
from secondment_desk.models.profile import LANGUAGE_SKILLS

REFERENCES_ASKED = 3  # the OSCE form (and UN P.11) ask for three references

# (path prefix, section) in the order of the form; the first match wins.
_SECTIONS: tuple[tuple[str, str], ...] = (
    ("vacancy", "Vacancy"),
    ("application.nominating_state", "Vacancy"),
    ("profile.personal.nationalities", "Nationality and residence"),
    ("profile.personal.nationalities_at_birth", "Nationality and residence"),
    ("profile.personal.permanent_residences", "Nationality and residence"),
    ("profile.personal.addresses", "Contact details"),
    ("profile.personal.phones", "Contact details"),
    ("profile.personal.email", "Contact details"),
    ("profile.personal.website", "Contact details"),
    ("profile.personal.driving_licence", "Eligibility questions"),
    ("profile.personal.manual_transmission", "Eligibility questions"),
    ("profile.personal.previous_io_service", "Eligibility questions"),
    ("profile.personal.previous_io_index_number", "Eligibility questions"),
    ("profile.declarations.certified_true", "Declaration"),
    ("profile.declarations", "Eligibility questions"),
    ("profile.availability", "Eligibility questions"),
    ("profile.relatives", "Eligibility questions"),
    ("profile.security_clearance", "Security clearance"),
    ("profile.personal", "Personal data"),
    ("profile.full_name", "Personal data"),
    ("profile.education", "Education"),
    ("profile.training", "Training and certificates"),
    ("profile.languages", "Languages"),
    ("profile.employment", "Employment record"),
    ("profile.references", "References"),
    ("profile.computer_skills", "Computer skills"),
    ("profile.summary", "Other information"),
    ("profile.memberships", "Other information"),
    ("profile.publications", "Other information"),
    ("profile.military_service", "Other information"),
    ("profile.other_information", "Other information"),
    ("cover_letter", "Cover letter"),
    ("checklist", "Checklist"),
    ("application", "Application"),
    ("today", "Declaration"),
)

_ORDER = (
    "Vacancy",
    "Personal data",
    "Nationality and residence",
    "Contact details",
    "Eligibility questions",
    "Security clearance",
    "Education",
    "Training and certificates",
    "Languages",
    "Employment record",
    "References",
    "Computer skills",
    "Other information",
    "Declaration",
    "Cover letter",
    "Checklist",
    "Application",
    "Other",
)

# Lists whose entries the form shows one by one: (singular, plural) of an entry.
_ENTRIES: dict[str, tuple[str, str]] = {
    "profile.employment": ("job", "jobs"),
    "profile.references": ("reference", "references"),
    "profile.education": ("entry", "entries"),
    "profile.training": ("course", "courses"),
    "profile.languages": ("language", "languages"),
    "profile.personal.addresses": ("address", "addresses"),
    "profile.personal.phones": ("number", "numbers"),
    "profile.memberships": ("membership", "memberships"),
    "profile.publications": ("publication", "publications"),
    "profile.military_service": ("period of service", "periods of service"),
    "profile.relatives": ("relative", "relatives"),
    "profile.personal.dependants": ("dependant", "dependants"),
}
# A list that is a whole section: when it is empty, the section says "none given".
_WHOLE_SECTION_LISTS = frozenset(
    {
        "profile.education",
        "profile.training",
        "profile.languages",
        "profile.employment",
        "profile.references",
        "profile.computer_skills",
    }
)

_LABELS: dict[str, str] = {
    "requisition_id": "requisition ID",
    "nominating_state": "nominating State",
    "office": "mission or institution",
    "former_names": "former names",
    "permanent_residences": "countries of permanent residence",
    "phones": "telephone",
    "phone": "telephone",
    "email": "e-mail",
    "driving_licence": "driving licence",
    "manual_transmission": "manual transmission",
    "previous_io_service": "previous international service",
    "previous_io_index_number": "index number",
    "convicted": "criminal convictions",
    "conviction_details": "details of the conviction",
    "relatives_in_organisation": "relatives in the organisation",
    "relatives_details": "details of the relatives",
    "earliest_start": "earliest start date",
    "notice_period_weeks": "notice period",
    "notes": "remarks on availability",
    "business_type": "type of business",
    "supervisor_name": "supervisor's name",
    "supervisor_contact": "supervisor's contact",
    "staff_supervised": "staff supervised",
    "may_contact": "may-we-contact",
    "reason_for_leaving": "reason for leaving",
    "organization": "organisation",
    "summary": "professional summary",
    "other_information": "anything else to add",
    "certified_true": "certification that the statements are true",
    "paragraphs": "text",
    "mandatory": "mandatory requirements",
    "desirable": "desirable requirements",
    "start": "from",
    "end": "to",
    "spoken_interaction": "spoken interaction",
    "spoken_production": "spoken production",
    "mother_tongue": "mother tongue",
    "nationalities_at_birth": "nationality at birth",
    "marital_status": "marital status",
    "salary_start": "salary at start",
    "salary_end": "salary at end",
    "salary_currency": "currency of the salary",
    "civil_servant": "civil servant",
    "un_common_system": "UN common system",
    "consent_to_share": "consent to share the application",
    "shorter_assignment": "shorter assignment accepted",
    "level": "level",
    "authority": "issuing authority",
    "expiry": "expiry date",
}

# A detail the form asks for only when its question was answered yes.
_ONLY_IF_YES: dict[str, str] = {
    "profile.declarations.conviction_details": "profile.declarations.convicted",
    "profile.declarations.relatives_details": "profile.declarations.relatives_in_organisation",
    "profile.personal.previous_io_index_number": "profile.personal.previous_io_service",
    "profile.personal.manual_transmission": "profile.personal.driving_licence",
}

_ITEM = re.compile(r"^(?P<list>.+?)\[(?P<index>\d+)\](?:\.(?P<rest>.+))?$")


@dataclass
class EmptyGroup:
    """One section of the form and what is missing in it, in words."""

    section: str
    items: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # the raw paths, for a link to the field

    def line(self) -> str:
        return f"{self.section}: {'; '.join(self.items)}"


def group_empty_fields(
    paths: Iterable[str],
    context: dict[str, Any],
    *,
    references_asked: int | None = None,
) -> list[EmptyGroup]:
    """Group the raw empty paths of ``empty_fields`` by form section, in words.

    ``context`` is the one the form was filled with (for "in 2 of 3 jobs" and for skipping a
    detail whose question was answered no). ``references_asked``: how many references the form
    asks for (``REFERENCES_ASKED`` for the OSCE form), or None when it does not count them.
    """
    paths = list(paths)
    first: dict[str, list[str]] = {}  # section -> "none given", "2 given, ..."
    labels: dict[str, list[str]] = {}  # section -> bare field labels
    unanswered: dict[str, list[str]] = {}  # section -> yes/no questions left open
    # list path -> field label -> (kind, indexes), in order of first appearance
    per_entry: dict[str, dict[str, tuple[str, list[int]]]] = {}

    if references_asked:
        refs = _value(context, "profile.references")
        if isinstance(refs, list) and len(refs) < references_asked:
            given = f"{len(refs)} given" if refs else "none given"
            first.setdefault("References", []).append(
                f"{given}, the form asks for {references_asked}"
            )
    for path in paths:
        if _not_asked(path, context):
            continue
        section = _section(path)
        item = _ITEM.match(path)
        if item and item["rest"]:
            label = _label(item["rest"].rsplit(".", 1)[-1])
            kind = "not answered" if _is_yes_no(item["rest"]) else "missing"
            entries = per_entry.setdefault(item["list"], {})
            entries.setdefault(label, (kind, []))[1].append(int(item["index"]))
        elif path in _WHOLE_SECTION_LISTS:
            if not (path == "profile.references" and references_asked):  # said above
                first.setdefault(section, []).append("none given")
        else:
            target = unanswered if _is_yes_no(path) else labels
            target.setdefault(section, []).append(_label(path.rsplit(".", 1)[-1]))
    phrases: dict[str, list[str]] = {}
    for list_path, fields in per_entry.items():
        total = _value(context, list_path)
        count = len(total) if isinstance(total, list) else 0
        phrases.setdefault(_section(list_path), []).extend(_entry_phrases(list_path, fields, count))
    raw: dict[str, list[str]] = {}
    for path in paths:
        if not _not_asked(path, context):
            raw.setdefault(_section(path), []).append(path)
    groups = []
    for section in _ORDER:
        items = list(first.get(section, []))
        if section in labels:
            items.append(_join_labels(list(dict.fromkeys(labels[section]))))
        if section in unanswered:
            items.append(f"{_join_labels(unanswered[section])} not answered")
        items.extend(phrases.get(section, []))
        if items:
            groups.append(EmptyGroup(section, items, raw.get(section, [])))
    return groups


def describe_empty_fields(
    paths: Iterable[str], context: dict[str, Any], *, references_asked: int | None = None
) -> list[str]:
    """:func:`group_empty_fields` as lines, e.g. ``Personal data: date of birth, gender``."""
    return [g.line() for g in group_empty_fields(paths, context, references_asked=references_asked)]


def report_lines(groups: list[EmptyGroup]) -> list[str]:
    """A heading and one indented line per section (what ``form fill`` prints), or none."""
    if not groups:
        return []
    return [
        "the form has empty fields (they stay blank; fill them in the profile to complete it):",
        *(f"  {g.line()}" for g in groups),
    ]


# -- helpers ---------------------------------------------------------------------------------
def _section(path: str) -> str:
    for prefix, section in _SECTIONS:
        if path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")):
            return section
    return "Other"


def _label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " "))


def _value(context: dict[str, Any], path: str) -> Any:
    value: Any = context
    for step in path.split("."):
        if not isinstance(value, dict) or step not in value:
            return None
        value = value[step]
    return value


def _not_asked(path: str, context: dict[str, Any]) -> bool:
    """A detail of a question answered no, the reason for leaving the current job, or the
    per-skill levels of a mother tongue."""
    question = _ONLY_IF_YES.get(path)
    if question is not None:
        return _value(context, question) is not True
    item = _ITEM.match(path)
    if item is None:
        return False
    if item["list"] == "profile.employment" and item["rest"] in ("reason_for_leaving", "end"):
        return bool(_entry(context, item["list"], int(item["index"])).get("is_current"))
    if item["list"] == "profile.languages" and item["rest"] in LANGUAGE_SKILLS:
        return bool(_entry(context, item["list"], int(item["index"])).get("mother_tongue"))
    return False


def _entry(context: dict[str, Any], list_path: str, index: int) -> dict[str, Any]:
    entries = _value(context, list_path)
    entry = entries[index] if isinstance(entries, list) and index < len(entries) else None
    return entry if isinstance(entry, dict) else {}


@cache
def _yes_no_names() -> frozenset[str]:
    """Names of the profile's fields that are yes/no questions (``bool | None``)."""
    names: set[str] = set()
    seen: set[type[BaseModel]] = set()
    todo: list[type[BaseModel]] = [Profile]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            args = typing.get_args(info.annotation)
            if info.annotation is bool or (bool in args and type(None) in args):
                names.add(name)
            for arg in (info.annotation, *args, *(a for x in args for a in typing.get_args(x))):
                if isinstance(arg, type) and issubclass(arg, BaseModel):
                    todo.append(arg)
    return frozenset(names)


def _is_yes_no(path: str) -> bool:
    return path.rsplit(".", 1)[-1] in _yes_no_names()


def _entry_phrases(
    list_path: str, fields: dict[str, tuple[str, list[int]]], count: int
) -> list[str]:
    """``supervisor's name and contact missing in 3 of 3 jobs`` and the like: fields missing
    in the same entries are told together."""
    one, many = _ENTRIES.get(list_path, ("entry", "entries"))
    together: dict[tuple[str, tuple[int, ...]], list[str]] = {}
    for label, (kind, found) in fields.items():
        together.setdefault((kind, tuple(sorted(set(found)))), []).append(label)
    phrases = []
    for (kind, entries), labels in together.items():
        total = max(count, len(entries))
        where = f"in {len(entries)} of {total} {one if total == 1 else many}"
        if len(entries) < total:
            where += f" (no. {', '.join(str(i + 1) for i in entries)})"
        phrases.append(f"{_join_labels(labels)} {kind} {where}")
    return phrases


def _join_labels(labels: list[str]) -> str:
    """Labels joined with commas; neighbours with one possessive head are told together:
    ``supervisor's name``, ``supervisor's contact`` -> ``supervisor's name and contact``."""
    units: list[list[str]] = []
    for label in labels:
        head, _, rest = label.partition(" ")
        last = units[-1][0].partition(" ")[0] if units else None
        if rest and head.endswith("'s") and head == last:
            units[-1].append(rest)
        else:
            units.append([label])
    return ", ".join(" and ".join(unit) for unit in units)


__all__ = [
    "REFERENCES_ASKED",
    "EmptyGroup",
    "describe_empty_fields",
    "group_empty_fields",
    "report_lines",
]
