"""The draft a notice is read into, and the steps every layout shares.

A :class:`Draft` holds the values found so far, each with the span it was read from; the
single-notice parser (:mod:`.parser`) and the Call for Contributions reader (:mod:`.cfc`)
both fill one per post with these steps and turn it into a Vacancy with :func:`finish`.
Both import this module; it imports neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from secondment_desk.i18n import N_, _
from secondment_desk.models.vacancy import (
    CONTRACT_SCALAR_FIELDS,
    ReadField,
    Requirement,
    Span,
    Vacancy,
)
from secondment_desk.organisations import recognition
from secondment_desk.vacancy import facts as body
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy.items import (
    DESIRABLE_CUE,
    MANDATORY_CUE,
    categorize,
    category_is_language,
    kind_of,
    split_items,
    states_no_requirement,
)
from secondment_desk.vacancy.sections import REQUIREMENT_ROLES, Section

# Fields whose absence a candidate should hear about, with what to do.
MISSING_WARNINGS: dict[ReadField, str] = {
    "title": N_("post title not found: check the heading of the official notice"),
    "requisition_id": N_("reference number not stated in this copy: check the official notice"),
    "grade": N_("grade not stated in this copy: check the official notice"),
    "closing_date": N_("closing date not found: check the deadline in the official notice"),
    "duty_station": N_("duty station not found: check the official notice"),
    "education_level": N_("education level not found: read the education requirement yourself"),
    "min_years_experience": N_(
        "minimum years of experience not found: read the experience requirement yourself"
    ),
    "contract_type": N_("contract type (seconded or contracted) not stated in this copy"),
}


@dataclass
class Draft:
    """Values found so far, each with its span; becomes a Vacancy at the end."""

    text: str
    values: dict[ReadField, object] = field(default_factory=dict)
    spans: dict[ReadField, Span] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    extra_languages: list[body.LanguageHit] = field(default_factory=list)

    def has(self, name: ReadField) -> bool:
        return self.values.get(name) not in (None, [], "")

    def put(
        self, name: ReadField, value: object, hit: fx.Hit | None = None, force: bool = False
    ) -> None:
        if value in (None, "", []) or (self.has(name) and not force):
            return
        self.values[name] = value
        if hit is not None:
            self.spans[name] = span_of(hit.start, hit.end)


@lru_cache(maxsize=4096)
def span_of(start: int, end: int) -> Span:
    """The (frozen, validated) Span of these offsets, made once: a call's posts share most of
    theirs (its office, its deadline), and making a Span is dearer than looking one up."""
    return Span(start=start, end=end)


def _req_sections(sections: list[Section]) -> list[Section]:
    return [s for s in sections if s.role in REQUIREMENT_ROLES]


def _default_kind(section: Section, previous: str) -> str:
    if section.role == "desirable":
        return "desirable"
    if section.role in ("education", "experience", "languages"):
        return previous  # sub-headings of a Desirable block stay desirable
    return "mandatory"


@dataclass
class Extracted:
    requirements: list[Requirement]
    languages: list[body.LanguageHit]
    tasks: list[tuple[str, int, int]]


def extract_lists(text: str, sections: list[Section]) -> Extracted:
    """Requirements, languages and tasks from the requirement and task sections."""
    requirements: list[Requirement] = []
    langs: list[body.LanguageHit] = []
    tasks: list[tuple[str, int, int]] = []
    kind_state = "mandatory"
    for section in sections:
        if section.role in REQUIREMENT_ROLES:
            kind_state = _default_kind(section, kind_state)
            for item in split_items(text, section.body_start, section.body_end):
                if states_no_requirement(item.text):
                    continue
                kind = kind_of(item.text, kind_state)
                category = categorize(item.text)
                if section.role == "languages" and category in ("skill", "other"):
                    category = "language" if category_is_language(item.text) else category
                facts = body.read_facts(text[item.start : item.end], kind, item.start, section.role)
                category = body.category_from_facts(category, facts)
                if category == "language" and not facts.languages and not _has_cue(item.text):
                    continue  # "English and French are the working languages of ..."
                requirements.append(
                    Requirement(
                        text=item.text,
                        kind=kind,
                        category=category,
                        section=section.name,
                        span=Span(start=item.start, end=item.end),
                        facts=facts,
                    )
                )
        else:
            kind_state = "mandatory"
        if section.role == "tasks":
            for item in split_items(text, section.body_start, _task_end(text, section)):
                tasks.append((item.text, item.start, item.end))
    return Extracted(dedupe(requirements), langs, tasks)


def _has_cue(text: str) -> bool:
    return bool(DESIRABLE_CUE.search(text) or MANDATORY_CUE.search(text))


_BOILERPLATE = re.compile(
    r"^\s*(?:for more (?:detailed )?information|the osce is committed|please note|"
    r"if you wish to apply|the osce retains|candidates should|only those candidates|"
    r"please be aware|please apply|the osce is a non-career|the united nations|"
    r"this position is (?:open|funded)|applicants|the eu|seconded personnel)",
    re.I | re.M,
)


def _task_end(text: str, section: Section) -> int:
    m = _BOILERPLATE.search(text, section.body_start, section.body_end)
    return m.start() if m else section.body_end


def dedupe(requirements: list[Requirement]) -> list[Requirement]:
    seen: set[str] = set()
    out = []
    for r in requirements:
        if r.id in seen:
            continue
        seen.add(r.id)
        out.append(r)
    return out


def apply_lists(draft: Draft, text: str, extracted: Extracted, whole: tuple[int, int]) -> None:
    draft.put("requirements", extracted.requirements)
    draft.put("tasks", [t for t, _, _ in extracted.tasks])
    if extracted.tasks:
        draft.spans["tasks"] = Span(start=extracted.tasks[0][1], end=extracted.tasks[-1][2])
    draft.extra_languages = list(extracted.languages)


def apply_requirement_facts(
    draft: Draft, text: str, sections: list[Section], whole: tuple[int, int]
) -> None:
    """Education, years, languages, licence: derived from the requirements' facts."""
    reqs = draft.values.get("requirements")
    listed = [r for r in reqs if isinstance(r, Requirement)] if isinstance(reqs, list) else []
    ranges = [(s.role, s.body_start, s.body_end) for s in _req_sections(sections)]
    for v in body.vacancy_values(text, listed, ranges, whole, draft.extra_languages):
        hit = fx.Hit(str(v.value), v.start, v.end) if v.start is not None and v.end else None
        draft.put(v.name, v.value, hit)


def put_time(draft: Draft, text: str, start: int, end: int) -> None:
    org = draft.values.get("organization")
    cet_zone = recognition.cet_zone(org if isinstance(org, str) else None)  # registry data
    found = fx.closing_time(text, start, min(end, start + 100), cet_zone)
    if found:
        draft.put("closing_time", found.value, found)


def apply_eligibility(draft: Draft, text: str) -> None:
    country = draft.values.get("country")
    hits = fx.ineligible(text, country if isinstance(country, str) else None)
    names: list[str] = []
    for hit in hits:
        if hit.value not in names:
            names.append(hit.value)
    if hits:
        draft.put("ineligible_nationalities", names, hits[0])
    service = body.max_service_years(text)
    if service:
        years, start, end = service
        draft.put("max_service_years", years, fx.Hit(str(years), start, end))


def finish(draft: Draft, fmt: str, source_name: str | None) -> Vacancy:
    values: dict[str, object] = {name: value for name, value in draft.values.items()}
    values["format"] = fmt
    vacancy = Vacancy(
        **values,
        sources=dict(draft.spans),
        source_name=source_name,
        text=draft.text,
    )
    missing: list[str] = [name for name in CONTRACT_SCALAR_FIELDS if getattr(vacancy, name) is None]
    if not vacancy.requirements:
        missing.append("requirements")
    vacancy.missing = missing
    warnings = [*draft.warnings]
    warnings.extend(_(msg) for name, msg in MISSING_WARNINGS.items() if name in missing)
    if "requirements" in missing:
        warnings.append(_("no requirement list found: read the notice's qualifications yourself"))
    vacancy.warnings = warnings
    return vacancy
