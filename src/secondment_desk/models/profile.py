"""A candidate's record: what the OSCE, UN P.11 and EU mission application forms ask.

Plain validated data (pydantic). Anything that breaks a rule raises a validation error whose
location names the field (``employment.2.end``); ``models.validation`` turns it into one
readable line. Dates of employment and education have month precision
(``"2019-03"``); an employment ``end`` of ``None`` means "present".
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from secondment_desk.i18n import _
from secondment_desk.models.education import EducationLevel, OptionalEducationLevel

_YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_year_month(value: str) -> str:
    if not _YEAR_MONTH.match(value):
        raise ValueError(
            _("'{value}' is not a month; write it as YYYY-MM, e.g. 2019-03").format(value=value)
        )
    return value


def _check_email(value: str) -> str:
    if value and not _EMAIL.match(value):
        raise ValueError(_("'{value}' is not an e-mail address").format(value=value))
    return value


YearMonth = Annotated[str, AfterValidator(_check_year_month)]
Email = Annotated[str, AfterValidator(_check_email)]
CEFR = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
CEFR_ORDER: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
Gender = Literal["female", "male", "other", ""]
MaritalStatus = Literal["", "single", "married", "partnership", "separated", "divorced", "widowed"]
MARITAL_STATUSES: tuple[str, ...] = (
    "single",
    "married",
    "partnership",
    "separated",
    "divorced",
    "widowed",
)
LANGUAGE_SKILLS: tuple[str, ...] = (
    "listening",
    "reading",
    "spoken_interaction",
    "spoken_production",
    "writing",
)


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def month_index(ym: str) -> int:
    """Months since year 0 for a ``YYYY-MM`` string (for interval arithmetic)."""
    year, month = ym.split("-")
    return int(year) * 12 + int(month) - 1


def today_year_month(today: date | None = None) -> str:
    d = today or date.today()
    return f"{d.year:04d}-{d.month:02d}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


class Address(_Model):
    kind: Literal["permanent", "current", "mailing", "other"] = "permanent"
    street: str = ""
    city: str = ""
    postal_code: str = ""
    region: str = ""
    country: str = ""


class Phone(_Model):
    kind: Literal["mobile", "home", "work", "other"] = "mobile"
    number: str


class Dependant(_Model):
    """A person the candidate supports (the P.11's "dependent children" and others)."""

    name: str = Field(min_length=1)
    relationship: str = Field(default="", description="'son', 'daughter', 'spouse'...")
    date_of_birth: date | None = None


class Relative(_Model):
    """A relative employed by an international organisation (the P.11 and OSCE forms ask)."""

    name: str = Field(min_length=1)
    relationship: str = ""
    organization: str = Field(default="", description="e.g. 'UNDP', 'OSCE Secretariat'.")
    position: str = ""


class SecurityClearance(_Model):
    """A national or NATO/EU security clearance (EU CSDP posts often require one)."""

    level: str = Field(default="", description="As issued: 'EU SECRET', 'NATO SECRET'.")
    authority: str = Field(default="", description="The issuing national security authority.")
    expiry: date | None = None


class Personal(_Model):
    family_name: str = Field(min_length=1, description="Latin script, as in the passport.")
    first_name: str = Field(default="", description="Empty for a person with one name.")
    middle_name: str = ""
    former_names: list[str] = Field(default_factory=list)
    gender: Gender = ""
    date_of_birth: date | None = None
    place_of_birth: str = ""
    country_of_birth: str = ""
    nationalities: list[str] = Field(
        default_factory=list, description="Present nationalities, English short names."
    )
    nationalities_at_birth: list[str] = Field(
        default_factory=list, description="Nationality at birth, where it differs (P.11)."
    )
    marital_status: MaritalStatus = ""
    dependants: list[Dependant] = Field(default_factory=list)
    permanent_residences: list[str] = Field(
        default_factory=list, description="Countries of permanent residence."
    )
    addresses: list[Address] = Field(default_factory=list)
    phones: list[Phone] = Field(default_factory=list)
    email: Email = ""
    website: str = ""
    driving_licence: bool | None = None
    manual_transmission: bool | None = None
    previous_io_service: bool | None = None
    previous_io_index_number: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.middle_name, self.family_name) if p)

    @model_validator(mode="after")
    def _manual_needs_licence(self) -> Personal:
        if self.manual_transmission and self.driving_licence is False:
            raise ValueError(_("manual_transmission needs a driving licence (driving_licence)"))
        return self


class Education(_Model):
    id: str = Field(default_factory=new_id)
    institution: str = Field(min_length=1)
    place: str = ""
    country: str = ""
    start: YearMonth | None = None
    end: YearMonth | None = None
    degree: str = Field(default="", description="As awarded: 'MA International Relations'.")
    field: str = ""
    level: OptionalEducationLevel = None

    @model_validator(mode="after")
    def _ordered(self) -> Education:
        _check_order(self.start, self.end)
        return self


class Training(_Model):
    id: str = Field(default_factory=new_id)
    title: str = Field(min_length=1)
    provider: str = ""
    date: YearMonth | None = None
    duration: str = ""
    certificate: bool = False


class LanguageSkill(_Model):
    language: str = Field(min_length=1, description="English name: 'Russian'.")
    mother_tongue: bool = False
    listening: CEFR | None = None
    reading: CEFR | None = None
    spoken_interaction: CEFR | None = None
    spoken_production: CEFR | None = None
    writing: CEFR | None = None
    certificates: list[str] = Field(default_factory=list)

    def levels(self) -> dict[str, str | None]:
        return {skill: getattr(self, skill) for skill in LANGUAGE_SKILLS}

    def overall(self) -> str | None:
        """The lowest stated level (a claim of 'B2' should hold for every skill); C2 if native."""
        if self.mother_tongue:
            return "C2"
        stated = [lvl for lvl in self.levels().values() if lvl]
        if not stated:
            return None
        return min(stated, key=CEFR_ORDER.index)


class Employment(_Model):
    id: str = Field(default_factory=new_id)
    start: YearMonth
    end: YearMonth | None = Field(default=None, description="None means 'present'.")
    title: str = Field(min_length=1, description="Exact title, with IO grade and step if any.")
    grade: str = ""
    employer: str = ""
    place: str = ""
    country: str = ""
    business_type: str = ""
    supervisor_name: str = ""
    supervisor_contact: str = ""
    staff_supervised: int = Field(default=0, ge=0)
    management: bool = False
    relevant: bool = True
    duties: str = ""
    achievements: str = ""
    reason_for_leaving: str = ""
    may_contact: bool | None = None
    salary_start: int | None = Field(default=None, ge=0, description="Gross per year.")
    salary_end: int | None = Field(default=None, ge=0, description="Gross per year.")
    salary_currency: str = Field(default="", description="ISO 4217: 'EUR', 'USD'.")
    civil_servant: bool | None = Field(default=None, description="A national civil servant.")
    un_common_system: bool | None = Field(
        default=None, description="With an organisation of the UN common system."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Employment:
        _check_order(self.start, self.end)
        return self

    def months(self, today: date | None = None) -> tuple[int, int]:
        """Half-open month interval ``[start, end+1)``; 'present' ends this month."""
        end = self.end or today_year_month(today)
        return month_index(self.start), month_index(end) + 1


class Reference(_Model):
    name: str = Field(min_length=1)
    relationship: str = ""
    position: str = ""
    organization: str = ""
    email: Email = ""
    phone: str = ""
    address: str = ""


class Membership(_Model):
    organization: str = Field(min_length=1)
    role: str = ""
    since: YearMonth | None = None


class Publication(_Model):
    title: str = Field(min_length=1)
    publisher: str = ""
    date: YearMonth | None = None
    url: str = ""
    authors: str = ""


class MilitaryService(_Model):
    country: str = ""
    branch: str = ""
    rank: str = ""
    start: YearMonth | None = None
    end: YearMonth | None = None
    details: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> MilitaryService:
        _check_order(self.start, self.end)
        return self


class Declarations(_Model):
    convicted: bool | None = None
    conviction_details: str = ""
    relatives_in_organisation: bool | None = None
    relatives_details: str = ""
    certified_true: bool = False
    consent_to_share: bool | None = Field(
        default=None,
        description="The candidate agrees that the application is shared with other posts "
        "or the seconding authority.",
    )


class Availability(_Model):
    earliest_start: date | None = None
    notice_period_weeks: int | None = Field(default=None, ge=0)
    shorter_assignment: bool | None = Field(
        default=None, description="Would accept an assignment shorter than the post's."
    )
    notes: str = ""


class StarStory(_Model):
    """Evidence for competencies: situation, task, action, result."""

    id: str = Field(default_factory=new_id)
    title: str = Field(min_length=1)
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    competencies: list[str] = Field(
        default_factory=list, description="Competency ids from the organisation's model."
    )
    employment_ids: list[str] = Field(default_factory=list)


class Profile(_Model):
    """One candidate."""

    id: str = Field(default_factory=new_id)
    personal: Personal
    summary: str = ""
    education: list[Education] = Field(default_factory=list)
    training: list[Training] = Field(default_factory=list)
    languages: list[LanguageSkill] = Field(default_factory=list)
    employment: list[Employment] = Field(default_factory=list, description="Newest first.")
    references: list[Reference] = Field(default_factory=list)
    computer_skills: list[str] = Field(default_factory=list)
    memberships: list[Membership] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    military_service: list[MilitaryService] = Field(default_factory=list)
    relatives: list[Relative] = Field(
        default_factory=list, description="Relatives in international organisations."
    )
    security_clearance: SecurityClearance = Field(default_factory=SecurityClearance)
    declarations: Declarations = Field(default_factory=Declarations)
    availability: Availability = Field(default_factory=Availability)
    stories: list[StarStory] = Field(default_factory=list)
    other_information: str = ""
    extras: dict[str, Any] = Field(
        default_factory=dict,
        description="What an imported file held that has no field here, by format "
        "('jsonresume': sections and keys JSON Resume has and we do not), so an export "
        "gives it back.",
    )

    @property
    def name(self) -> str:
        """The label a user picks the profile by."""
        return self.personal.full_name

    @model_validator(mode="after")
    def _links_exist(self) -> Profile:
        job_ids = {job.id for job in self.employment}
        for i, story in enumerate(self.stories):
            for ref in story.employment_ids:
                if ref not in job_ids:
                    raise ValueError(
                        _("stories.{i}.employment_ids: no employment entry has id '{ref}'").format(
                            i=i, ref=ref
                        )
                    )
        return self

    def sorted_employment(self) -> list[Employment]:
        """Employment newest first (by start, then end; 'present' first)."""
        return sorted(
            self.employment,
            key=lambda j: (j.end is None, j.end or "", j.start),
            reverse=True,
        )

    def experience_years(self, today: date | None = None, *, management: bool = False) -> float:
        """Years of relevant experience (or of management), overlapping jobs counted once."""
        intervals = [
            job.months(today)
            for job in self.employment
            if job.relevant and (job.management or not management)
        ]
        return _union_months(intervals) / 12

    def highest_education(self) -> EducationLevel | None:
        levels = [e.level for e in self.education if e.level]
        return max(levels, key=lambda level: level.rank) if levels else None

    def language(self, name: str) -> LanguageSkill | None:
        wanted = name.casefold()
        return next((s for s in self.languages if s.language.casefold() == wanted), None)


def _check_order(start: str | None, end: str | None) -> None:
    if start and end and month_index(end) < month_index(start):
        raise ValueError(_("ends ({end}) before it starts ({start})").format(end=end, start=start))


def _union_months(intervals: list[tuple[int, int]]) -> int:
    total = 0
    cur_start: int | None = None
    cur_end = 0
    for start, end in sorted(intervals):
        if cur_start is None or start > cur_end:
            if cur_start is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_start is not None:
        total += cur_end - cur_start
    return total


def profile_from_data(data: dict[str, Any]) -> Profile:
    """Validate a dict as a Profile, raising :class:`ValidationFailed` with field names."""
    from secondment_desk.errors import ValidationFailed
    from secondment_desk.models.validation import describe_validation_error

    try:
        return Profile.model_validate(data)
    except ValidationError as err:
        raise ValidationFailed(
            _("Invalid profile: {problems}").format(problems=describe_validation_error(err))
        ) from err
