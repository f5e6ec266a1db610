"""A vacancy notice as structured data (the JSON of ``docs/contracts/vacancy.md``).

The contract's keys are plain fields; extra keys carry where each value came from
(``sources``: field name -> span into ``text``), which fields were not found (``missing``),
the requirement list with categories, the language wording, and warnings.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from secondment_desk.models.dates import OptionalIsoDate
from secondment_desk.models.education import OptionalEducationLevel

RequirementKind = Literal["mandatory", "desirable"]
# The notice's own status (vacancy/status.py decides it): cancelled, closed, partial or open.
VacancyStatus = Literal["open", "cancelled", "closed", "partial"]
RequirementCategory = Literal[
    "education", "experience", "language", "licence", "physical", "eligibility", "skill", "other"
]

# The keys other tools rely on, in the contract's order.
ContractField = Literal[
    "organization",
    "office",
    "title",
    "requisition_id",
    "contract_type",
    "grade",
    "job_level",
    "job_field",
    "number_of_posts",
    "duty_station",
    "country",
    "issue_date",
    "closing_date",
    "closing_time",
    "education_level",
    "min_years_experience",
    "languages_mandatory",
    "languages_desirable",
    "driving_licence_required",
    "ineligible_nationalities",
    "max_service_years",
    "requirements",
]
CONTRACT_FIELDS: tuple[ContractField, ...] = get_args(ContractField)
# What the notice reader fills: the contract's keys and the few it reads beyond them (each
# one a field of Vacancy: tests/vacancy/test_draft.py holds them to it).
ReadField = (
    ContractField
    | Literal["min_years_management", "degree_substitution_years", "language_requirements", "tasks"]
)

# Of those, the ones that hold a list ([] when the notice states nothing) ...
CONTRACT_LIST_FIELDS: tuple[ContractField, ...] = (
    "languages_mandatory",
    "languages_desirable",
    "ineligible_nationalities",
    "requirements",
)
# ... and the ones that hold one value (null when the notice does not state it).
CONTRACT_SCALAR_FIELDS: tuple[ContractField, ...] = tuple(
    f for f in CONTRACT_FIELDS if f not in CONTRACT_LIST_FIELDS
)


class Span(BaseModel):
    """Character offsets ``[start, end)`` into the notice text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)


def stable_id(*parts: str) -> str:
    """A short id that stays the same when the same text is parsed again.

    Whitespace and case are folded so a re-copied notice keeps its ids (checklist decisions
    are keyed by them).
    """
    # split() and the regex \s agree on what whitespace is: a faster way to fold the runs
    norm = "\x1f".join(" ".join(p.split()).casefold() for p in parts)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


ExperienceKind = Literal[
    "general", "professional", "relevant", "international", "field", "management"
]
YearsBound = Literal["min", "max"]


class YearsFact(BaseModel):
    """A number of years of experience a requirement asks for ("at least 6 years of relevant
    experience": 6, min, relevant; "no more than three years": 3, max)."""

    model_config = ConfigDict(frozen=True)

    years: int = Field(ge=0, le=60)
    bound: YearsBound = "min"
    kind: ExperienceKind = "general"
    span: Span | None = None


class LanguageFact(BaseModel):
    """A language a requirement names, with the words for its level and the CEFR level where
    the notice states one (or its wording stands for one)."""

    model_config = ConfigDict(frozen=True)

    language: str
    kind: RequirementKind
    wording: str | None = None
    cefr: str | None = None
    span: Span | None = None


class RequirementFacts(BaseModel):
    """What one requirement asks, read once by the parser (``vacancy/facts.py``); the
    checklist judges these and never reads the requirement's words again."""

    years: list[YearsFact] = Field(default_factory=list)
    education_level: OptionalEducationLevel = None
    substitution_years: int | None = Field(
        default=None, description="Extra years that let a lower degree stand in for it."
    )
    substitution_level: OptionalEducationLevel = None
    fields_of_study: bool = Field(
        default=False, description="The education clause names fields of study."
    )
    languages: list[LanguageFact] = Field(default_factory=list)
    languages_any_of: bool = Field(
        default=False, description="One of the languages named is enough ('and/or', 'or')."
    )
    driving_licence: bool = False
    manual_transmission: bool = False

    def min_years(self, kind: str | None = None) -> int | None:
        """The first minimum of years asked (of one kind; without one, any but management)."""
        for fact in self.years:
            if fact.bound != "min":
                continue
            if (kind is None and fact.kind != "management") or fact.kind == kind:
                return fact.years
        return None


class Requirement(BaseModel):
    """One mandatory or desirable item of a notice."""

    id: str = ""
    text: str
    kind: RequirementKind
    category: RequirementCategory
    section: str | None = None
    span: Span | None = None
    facts: RequirementFacts | None = Field(
        default=None, description="What it asks, as read by the parser; None: not read yet."
    )

    def model_post_init(self, __context: Any) -> None:
        if not self.id:
            self.id = stable_id(self.kind, self.text)


class LanguageRequirement(BaseModel):
    """A language the notice asks for, with the words it uses for the level."""

    language: str
    kind: RequirementKind
    wording: str | None = None
    span: Span | None = None


class Vacancy(BaseModel):
    """One post. A Call for Contributions with several posts gives several of these."""

    model_config = ConfigDict(validate_assignment=True)

    organization: str | None = None
    office: str | None = None
    title: str | None = None
    requisition_id: str | None = None
    contract_type: str | None = None
    grade: str | None = None
    job_level: str | None = None
    job_field: str | None = None
    number_of_posts: int | None = None
    duty_station: str | None = None
    country: str | None = None
    issue_date: OptionalIsoDate = None
    closing_date: OptionalIsoDate = None
    closing_time: str | None = None
    education_level: OptionalEducationLevel = None
    min_years_experience: int | None = None
    languages_mandatory: list[str] = Field(default_factory=list)
    languages_desirable: list[str] = Field(default_factory=list)
    driving_licence_required: bool | None = None
    ineligible_nationalities: list[str] = Field(default_factory=list)
    max_service_years: int | None = None
    requirements: list[Requirement] = Field(default_factory=list)

    # Extras beyond the contract.
    format: str | None = Field(
        default=None, description="Which notice layout was recognised, e.g. 'osce_field'."
    )
    min_years_management: int | None = Field(
        default=None, description="Years of the experience that must be at management level."
    )
    degree_substitution_years: int | None = Field(
        default=None,
        description="Extra years of experience accepted with a first-level degree in lieu of "
        "the second-level degree asked for.",
    )
    status: VacancyStatus | None = Field(
        default=None,
        description="cancelled (the notice says so), closed (closing date past when parsed), "
        "partial (no requirement list or no closing date) or open; None when stored before "
        "the parser set it.",
    )
    language_requirements: list[LanguageRequirement] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list)
    sources: dict[str, Span] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    source_name: str | None = Field(default=None, description="File name or '-' for stdin.")
    text: str = Field(default="", description="The notice text that spans point into.")

    @property
    def key(self) -> str:
        """Identity of the post across re-parses: the reference, else a hash of the text."""
        if self.requisition_id:
            return stable_id(self.organization or "", self.requisition_id, self.title or "")
        return stable_id(self.text)

    @property
    def short_label(self) -> str:
        """The post in a few words: its title, else its reference or file name."""
        return self.title or self.requisition_id or self.source_name or "Untitled vacancy"

    @property
    def label(self) -> str:
        """The post as lists and calendars show it: "Title (OSCE, TAJ000394)"."""
        title = self.short_label
        parts = [p for p in (self.organization, self.requisition_id) if p and p != title]
        return f"{title} ({', '.join(parts)})" if parts else title

    def contract_dict(self) -> dict[str, Any]:
        """The contract's keys only, JSON-ready."""
        data = self.model_dump(mode="json", include=set[str](CONTRACT_FIELDS))
        data["requirements"] = [
            {"text": r.text, "kind": r.kind, "category": r.category} for r in self.requirements
        ]
        return {k: data[k] for k in CONTRACT_FIELDS}

    def output_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The contract's keys first, then the extras (the CLI's ``--json``)."""
        out = self.contract_dict()
        extra = self.model_dump(
            mode="json",
            exclude=set(CONTRACT_FIELDS) | (set() if include_text else {"text"}),
        )
        out["requirements"] = [r.model_dump(mode="json") for r in self.requirements]
        out.update(extra)
        return out
