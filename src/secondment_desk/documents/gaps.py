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

from secondment_desk.i18n import N_, NP_, _, ngettext
from secondment_desk.models import Profile
from secondment_desk.models.profile import LANGUAGE_SKILLS

REFERENCES_ASKED = 3  # the OSCE form (and UN P.11) ask for three references

# (path prefix, section) in the order of the form; the first match wins.
_SECTIONS: tuple[tuple[str, str], ...] = (
    ("vacancy", N_("Vacancy")),
    ("application.nominating_state", N_("Vacancy")),
    ("profile.personal.nationalities", N_("Nationality and residence")),
    ("profile.personal.nationalities_at_birth", N_("Nationality and residence")),
    ("profile.personal.permanent_residences", N_("Nationality and residence")),
    ("profile.personal.addresses", N_("Contact details")),
    ("profile.personal.phones", N_("Contact details")),
    ("profile.personal.email", N_("Contact details")),
    ("profile.personal.website", N_("Contact details")),
    ("profile.personal.driving_licence", N_("Eligibility questions")),
    ("profile.personal.manual_transmission", N_("Eligibility questions")),
    ("profile.personal.previous_io_service", N_("Eligibility questions")),
    ("profile.personal.previous_io_index_number", N_("Eligibility questions")),
    ("profile.declarations.certified_true", N_("Declaration")),
    ("profile.declarations", N_("Eligibility questions")),
    ("profile.availability", N_("Eligibility questions")),
    ("profile.relatives", N_("Eligibility questions")),
    ("profile.security_clearance", N_("Security clearance")),
    ("profile.personal", N_("Personal data")),
    ("profile.full_name", N_("Personal data")),
    ("profile.education", N_("Education")),
    ("profile.training", N_("Training and certificates")),
    ("profile.languages", N_("Languages")),
    ("profile.employment", N_("Employment record")),
    ("profile.references", N_("References")),
    ("profile.computer_skills", N_("Computer skills")),
    ("profile.summary", N_("Other information")),
    ("profile.memberships", N_("Other information")),
    ("profile.publications", N_("Other information")),
    ("profile.military_service", N_("Other information")),
    ("profile.other_information", N_("Other information")),
    ("cover_letter", N_("Cover letter")),
    ("checklist", N_("Checklist")),
    ("application", N_("Application")),
    ("today", N_("Declaration")),
)

_ORDER = (
    N_("Vacancy"),
    N_("Personal data"),
    N_("Nationality and residence"),
    N_("Contact details"),
    N_("Eligibility questions"),
    N_("Security clearance"),
    N_("Education"),
    N_("Training and certificates"),
    N_("Languages"),
    N_("Employment record"),
    N_("References"),
    N_("Computer skills"),
    N_("Other information"),
    N_("Declaration"),
    N_("Cover letter"),
    N_("Checklist"),
    N_("Application"),
    N_("Other"),
)

# Lists whose entries the form shows one by one: (singular, plural) of an entry.
_ENTRIES: dict[str, tuple[str, str]] = {
    "profile.employment": NP_("job", "jobs"),
    "profile.references": NP_("reference", "references"),
    "profile.education": NP_("entry", "entries"),
    "profile.training": NP_("course", "courses"),
    "profile.languages": NP_("language", "languages"),
    "profile.personal.addresses": NP_("address", "addresses"),
    "profile.personal.phones": NP_("number", "numbers"),
    "profile.memberships": NP_("membership", "memberships"),
    "profile.publications": NP_("publication", "publications"),
    "profile.military_service": NP_("period of service", "periods of service"),
    "profile.relatives": NP_("relative", "relatives"),
    "profile.personal.dependants": NP_("dependant", "dependants"),
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
    # Fields whose English label is their own name: listed so the catalogue translates them.
    "grade": N_("grade"),
    "region": N_("region"),
    "certificates": N_("certificates"),
    "achievements": N_("achievements"),
    "url": N_("URL"),
    "military_service": N_("military service"),
    "requisition_id": N_("requisition ID"),
    "nominating_state": N_("nominating State"),
    "office": N_("mission or institution"),
    "former_names": N_("former names"),
    "permanent_residences": N_("countries of permanent residence"),
    "phones": N_("telephone"),
    "phone": N_("telephone"),
    "email": N_("e-mail"),
    "driving_licence": N_("driving licence"),
    "manual_transmission": N_("manual transmission"),
    "previous_io_service": N_("previous international service"),
    "previous_io_index_number": N_("index number"),
    "convicted": N_("criminal convictions"),
    "conviction_details": N_("details of the conviction"),
    "relatives_in_organisation": N_("relatives in the organisation"),
    "relatives_details": N_("details of the relatives"),
    "earliest_start": N_("earliest start date"),
    "notice_period_weeks": N_("notice period"),
    "notes": N_("remarks on availability"),
    "business_type": N_("type of business"),
    "supervisor_name": N_("supervisor's name"),
    "supervisor_contact": N_("supervisor's contact"),
    "staff_supervised": N_("staff supervised"),
    "may_contact": N_("may-we-contact"),
    "reason_for_leaving": N_("reason for leaving"),
    "organization": N_("organisation"),
    "summary": N_("professional summary"),
    "other_information": N_("anything else to add"),
    "certified_true": N_("certification that the statements are true"),
    "paragraphs": N_("text"),
    "mandatory": N_("mandatory requirements"),
    "desirable": N_("desirable requirements"),
    "start": N_("from"),
    "end": N_("to"),
    "spoken_interaction": N_("spoken interaction"),
    "spoken_production": N_("spoken production"),
    "mother_tongue": N_("mother tongue"),
    "nationalities_at_birth": N_("nationality at birth"),
    "marital_status": N_("marital status"),
    "salary_start": N_("salary at start"),
    "salary_end": N_("salary at end"),
    "salary_currency": N_("currency of the salary"),
    "civil_servant": N_("civil servant"),
    "un_common_system": N_("UN common system"),
    "consent_to_share": N_("consent to share the application"),
    "shorter_assignment": N_("shorter assignment accepted"),
    "level": N_("level"),
    "authority": N_("issuing authority"),
    "expiry": N_("expiry date"),
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

    @property
    def title(self) -> str:
        """The section's name in the language in effect."""
        return _(self.section)

    def line(self) -> str:
        return f"{self.title}: {'; '.join(self.items)}"


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
            given = (
                ngettext("{n} given", "{n} given", len(refs)).format(n=len(refs))
                if refs
                else _("none given")
            )
            first.setdefault("References", []).append(
                _("{given}, the form asks for {n}").format(given=given, n=references_asked)
            )
    for path in paths:
        if _not_asked(path, context):
            continue
        section = _section(path)
        item = _ITEM.match(path)
        if item and item["rest"]:
            label = _label(item["rest"].rsplit(".", 1)[-1])
            kind = N_("not answered") if _is_yes_no(item["rest"]) else N_("missing")
            entries = per_entry.setdefault(item["list"], {})
            entries.setdefault(label, (kind, []))[1].append(int(item["index"]))
        elif path in _WHOLE_SECTION_LISTS:
            if not (path == "profile.references" and references_asked):  # said above
                first.setdefault(section, []).append(_("none given"))
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
            items.append(
                _("{fields} not answered").format(fields=_join_labels(unanswered[section]))
            )
        items.extend(phrases.get(section, []))
        if items:
            groups.append(EmptyGroup(section, items, raw.get(section, [])))
    return groups


def describe_empty_fields(
    paths: Iterable[str], context: dict[str, Any], *, references_asked: int | None = None
) -> list[str]:
    """:func:`group_empty_fields` as lines, e.g. ``Personal data: date of birth, gender``."""
    return [g.line() for g in group_empty_fields(paths, context, references_asked=references_asked)]


def empty_heading() -> str:
    """The Documents screen's heading above the groups."""
    return _("Still empty in the form (fill them in the profile):")


def report_lines(groups: list[EmptyGroup]) -> list[str]:
    """A heading and one indented line per section (what ``form fill`` prints), or none."""
    if not groups:
        return []
    return [
        _("the form has empty fields (they stay blank; fill them in the profile to complete it):"),
        *(f"  {g.line()}" for g in groups),
    ]


# -- helpers ---------------------------------------------------------------------------------
def _section(path: str) -> str:
    for prefix, section in _SECTIONS:
        if path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")):
            return section
    return N_("Other")


def _label(name: str) -> str:
    return _(_LABELS.get(name, name.replace("_", " ")))


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
    one, many = _ENTRIES.get(list_path, NP_("entry", "entries"))
    together: dict[tuple[str, tuple[int, ...]], list[str]] = {}
    for label, (kind, found) in fields.items():
        together.setdefault((kind, tuple(sorted(set(found)))), []).append(label)
    phrases = []
    for (kind, entries), labels in together.items():
        total = max(count, len(entries))
        things = ngettext(one, many, total)
        where = _("in {n} of {total} {things}").format(n=len(entries), total=total, things=things)
        if len(entries) < total:
            where += " " + _("(no. {numbers})").format(
                numbers=", ".join(str(i + 1) for i in entries)
            )
        phrases.append(
            _("{fields} {state} {where}").format(
                fields=_join_labels(labels), state=_(kind), where=where
            )
        )
    return phrases


def _join_labels(labels: list[str]) -> str:
    """Labels joined with commas; neighbours with one possessive head are told together:
    ``supervisor's name``, ``supervisor's contact`` -> ``supervisor's name and contact``."""
    units: list[list[str]] = []
    for label in labels:
        head, _sep, rest = label.partition(" ")

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
