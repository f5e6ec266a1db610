"""How each organisation family fills its posts, as data (``resources/organisations/*/rules.json``).

One file per family (osce, eu, un, nato, coe, oas, national), validated here when first read:
who applies and how (the regimes: seconded posts nominated by a State, contracted or
Secretariat posts applied for directly), who is eligible under each regime, which form and
cover-letter addressee each regime takes, the competency model, the cover-letter limit and
the closing time used when a notice states only a date. The checklist, the deadlines, the
documents and both faces ask this module; none of them holds these facts itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time as dtime
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from secondment_desk import locale_format
from secondment_desk.countries import COUNTRY_GROUPS, group_members
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.models.validation import describe_validation_error
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import data_dir, load_json_resource

FAMILIES: tuple[str, ...] = ("osce", "eu", "un", "nato", "coe", "oas", "national")
# A nationality group that the notice, not countries.json, supplies.
NOTICE_THIRD_STATES = "notice:contributing_third_states"

Applies = Literal["nominated", "direct"]
DutyStationRule = Literal["excluded", "note"]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Closing(_Strict):
    """The organisation's closing moment when a notice states only the date."""

    time: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    zone: str

    @field_validator("zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError(f"'{value}' is not a known time zone") from err
        return value

    @property
    def closing_time(self) -> dtime:
        hours, minutes = self.time.split(":")
        return dtime(int(hours), int(minutes))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)


class NationalityGroup(_Strict):
    """Nationals of these States may apply (under a regime), optionally for some grades only."""

    group: str
    label: str
    grades: tuple[str, ...] = ()

    @field_validator("group")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in (*COUNTRY_GROUPS, NOTICE_THIRD_STATES):
            known = ", ".join((*COUNTRY_GROUPS, NOTICE_THIRD_STATES))
            raise ValueError(f"unknown group '{value}' (known: {known})")
        return value


class Eligibility(_Strict):
    rule: str = Field(min_length=1, description="The rule's name, quoted in every reason.")
    nationality_groups: tuple[NationalityGroup, ...] = Field(
        description="Nationals of any group may apply; empty: any nationality."
    )
    duty_station: DutyStationRule | None = None
    duty_station_note: str = ""
    exceptions_note: str = ""


class Documents(_Strict):
    form_template: str | None = Field(
        description="The shipped form template this regime takes, or null when none is shipped."
    )
    form_note: str
    addressee: str = Field(
        description="Cover-letter addressee; {state}, {office} and {organisation} filled in."
    )
    addressee_without_state: str
    addressee_ru: str
    addressee_without_state_ru: str

    def addressee_for(self, language: str, with_state: bool) -> str:
        if language == "ru":
            return self.addressee_ru if with_state else self.addressee_without_state_ru
        return self.addressee if with_state else self.addressee_without_state


class Regime(_Strict):
    """One way a post is filled: who applies, to whom, with which documents."""

    key: str = Field(pattern=r"^[a-z_]+$")
    label: str
    post_word: str
    post_word_ru: str
    match: tuple[str, ...] = Field(description="Patterns for the notice's contract type.")
    text_match: tuple[str, ...] = Field(
        default=(), description="Patterns for the notice text when it states no contract type."
    )
    applies: Applies
    nominated_by: str | None = None
    how_to_apply: str
    apply_url: str | None = None
    eligibility: Eligibility
    documents: Documents

    @field_validator("match", "text_match")
    @classmethod
    def _patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            re.compile(pattern)
        return value

    @property
    def nominated(self) -> bool:
        return self.applies == "nominated"


class OrganisationRules(_Strict):
    about: str = Field(alias="_about", description="What the file says and where from.")
    family: str
    short_name: str = Field(description="As Vacancy.organization writes it: 'OSCE', 'EU', ...")
    name: str
    default_for_unknown: bool = False
    closing: Closing
    competency_model: str | None = Field(description="A file in resources/competencies/.")
    cover_letter_limit: int | None = Field(ge=100, description="Characters with spaces.")
    cover_letter_limit_note: str
    ranked_posts_max: int = Field(ge=1, le=10)
    contributing_third_states_wording: str | None = None
    regimes: tuple[Regime, ...] = Field(min_length=1)

    @field_validator("contributing_third_states_wording")
    @classmethod
    def _wording(cls, value: str | None) -> str | None:
        if value is not None and re.compile(value).groups != 1:
            raise ValueError("the wording needs exactly one group (Yes|No)")
        return value

    def regime(self, key: str) -> Regime:
        for regime in self.regimes:
            if regime.key == key:
                return regime
        raise KeyError(f"{self.short_name} has no regime '{key}'")


class RulesFileError(ValueError):
    """A shipped rules.json is broken (a packaging bug)."""


def _check(rules: OrganisationRules, family: str) -> None:
    where = f"organisations/{family}/rules.json"
    if rules.family != family:
        raise RulesFileError(f"{where}: family is '{rules.family}', not '{family}'")
    keys = [r.key for r in rules.regimes]
    if len(set(keys)) != len(keys):
        raise RulesFileError(f"{where}: a regime key appears twice")
    if rules.competency_model is not None:
        path = data_dir("resources") / "competencies" / f"{rules.competency_model}.json"
        if not path.is_file():
            raise RulesFileError(f"{where}: no competency model '{rules.competency_model}'")
    for regime in rules.regimes:
        form = regime.documents.form_template
        if form is not None and not (data_dir("templates") / form).is_file():
            raise RulesFileError(f"{where}: regime {regime.key}: no template '{form}'")


@cache
@kept_compiled()  # the rules' patterns are shipped data: compiled once, kept
def family_rules(family: str) -> OrganisationRules:
    """The rules of one family, validated (a broken shipped file raises RulesFileError)."""
    if family not in FAMILIES:
        raise KeyError(f"Unknown organisation family '{family}'; known: {', '.join(FAMILIES)}.")
    try:
        rules = OrganisationRules.model_validate(
            load_json_resource(f"organisations/{family}/rules.json")
        )
    except ValidationError as err:
        raise RulesFileError(
            f"organisations/{family}/rules.json: {describe_validation_error(err)}"
        ) from err
    _check(rules, family)
    return rules


@cache
def all_rules() -> tuple[OrganisationRules, ...]:
    found = tuple(family_rules(f) for f in FAMILIES)
    defaults = [r.family for r in found if r.default_for_unknown]
    if len(defaults) != 1:
        raise RulesFileError(f"exactly one family must be default_for_unknown, not {defaults}")
    names = [r.short_name.casefold() for r in found]
    if len(set(names)) != len(names):
        raise RulesFileError("two families share a short_name")
    return found


def rules_for(organization: str | None) -> OrganisationRules:
    """The rules for an organisation as ``Vacancy.organization`` names it.

    A notice that names no organisation (or one we have no rules for) gets the default
    family's rules, as the application did before it knew several organisations.
    """
    wanted = (organization or "").strip().casefold()
    for rules in all_rules():
        if wanted and rules.short_name.casefold() == wanted:
            return rules
    return next(r for r in all_rules() if r.default_for_unknown)


@dataclass(frozen=True)
class PostRules:
    """The rules that apply to one post: its organisation and its regime(s).

    ``regimes`` holds every regime the notice offers, in the notice's order (an EU post
    "Seconded/Contracted" has two); ``regime`` is the first, the one deadlines and documents
    follow. ``stated`` says whether the notice named the regime or it is the family default.
    """

    organisation: OrganisationRules
    regimes: tuple[Regime, ...]
    stated: bool

    @property
    def regime(self) -> Regime:
        return self.regimes[0]

    @property
    def nominated(self) -> bool:
        return self.regime.nominated


def _matches(patterns: tuple[str, ...], text: str) -> int | None:
    """Where the first of ``patterns`` occurs in ``text`` (None: none does)."""
    hits = [m.start() for p in patterns if (m := re.search(p, text, re.IGNORECASE))]
    return min(hits) if hits else None


def post_rules(vacancy: Vacancy) -> PostRules:
    """The organisation's rules and the regime(s) of ``vacancy``'s post."""
    org = rules_for(vacancy.organization)
    found: list[tuple[int, Regime]] = []
    if vacancy.contract_type:
        for regime in org.regimes:
            at = _matches(regime.match, vacancy.contract_type)
            if at is not None:
                found.append((at, regime))
    if not found:
        text = f"{vacancy.title or ''}\n{vacancy.text}"
        for regime in org.regimes:
            at = _matches(regime.text_match, text)
            if at is not None:
                found.append((at, regime))
    if not found:
        return PostRules(org, (org.regimes[0],), stated=False)
    found.sort(key=lambda f: f[0])
    return PostRules(org, tuple(dict.fromkeys(r for _, r in found)), stated=True)


def regime_of(organization: str | None, key: str) -> Regime:
    """The regime named ``key`` in the organisation's rules (what an application's summary
    keeps of :func:`post_rules`); the family default when the rules no longer have it."""
    org = rules_for(organization)
    return next((r for r in org.regimes if r.key == key), org.regimes[0])


def open_to_third_states(vacancy: Vacancy) -> bool | None:
    """What the post's own description says ("Open to Contributing Third States: Yes/No").

    A call's text holds every post; the answer read is the first after the post's last
    mention of its reference (its own description follows the call's table). None when the
    call does not say.
    """
    wording = rules_for(vacancy.organization).contributing_third_states_wording
    if not wording:
        return None
    text = vacancy.text
    start = 0
    if vacancy.requisition_id:
        start = max(0, text.rfind(vacancy.requisition_id))
    pattern = re.compile(wording, re.IGNORECASE)
    m = pattern.search(text, start) or pattern.search(text)
    return None if m is None else m.group(1).casefold() == "yes"


def addressee(vacancy: Vacancy, state: str | None, language: str = "en") -> str:
    """The cover letter's addressee for the post's regime (``state``: the nominating State,
    used only where a State nominates)."""
    post = post_rules(vacancy)
    org = post.organisation.short_name
    state = state if post.nominated else None
    template = post.regime.documents.addressee_for(language, with_state=bool(state))
    from secondment_desk.countries import display_name

    # The application keeps the State's code ("KG"); the letter names it, and the
    # organisation, as the letter's language writes them.
    named = display_name(state, language) if state else ""
    org = locale_format.organisation(org, language)
    return template.format(state=named, office=vacancy.office or org, organisation=org)


def cover_letter_limit(vacancy: Vacancy | None) -> int | None:
    """Characters with spaces the organisation takes (None: the notice states its own)."""
    return rules_for(vacancy.organization if vacancy else None).cover_letter_limit


def foreign_form(vacancy: Vacancy, template_name: str) -> str | None:
    """Why filling ``template_name`` for this post needs the user's explicit choice, or None.

    A form that a regime of another organisation takes (the OSCE offline form) is not the
    form of this post's organisation.
    """
    own = post_rules(vacancy)
    name = template_name.replace("\\", "/").rsplit("/", 1)[-1]
    name = name if name.lower().endswith(".docx") else f"{name}.docx"
    for org in all_rules():
        for regime in org.regimes:
            if regime.documents.form_template != name:
                continue
            if org.family == own.organisation.family:
                return None
            return (
                f"'{name}' is the form of an {regime.label}; this is an "
                f"{own.regime.label}, which takes {own.regime.documents.form_note}."
            )
    return None


def cannot_nominate(vacancy: Vacancy, state_code: str) -> str | None:
    """Why the State ``state_code`` cannot nominate for this post, or None when it can (or
    the rule needs a fact we do not have, such as the call's list of third States)."""
    regime = post_rules(vacancy).regime
    groups = regime.eligibility.nationality_groups
    if not regime.nominated or not groups:
        return None
    if any(g.group == NOTICE_THIRD_STATES for g in groups) and open_to_third_states(vacancy):
        return None
    if any(g.group != NOTICE_THIRD_STATES and state_code in group_members(g.group) for g in groups):
        return None
    return f"this State cannot nominate: {regime.eligibility.rule}"
