"""Build the checklist for one vacancy and one profile, and apply the candidate's decisions."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from secondment_desk import locale_format
from secondment_desk.checklist import assess as A
from secondment_desk.checklist import words as W
from secondment_desk.checklist.data import COMPETENCY_GROUPS, Competency, competency_model_for
from secondment_desk.checklist.eligibility import assess_eligibility
from secondment_desk.i18n import _, ngettext
from secondment_desk.models.application import RankedPost
from secondment_desk.models.checklist import ChecklistDecision, ChecklistItem, ItemKind
from secondment_desk.models.education import EducationLevel
from secondment_desk.models.profile import Profile
from secondment_desk.models.vacancy import Requirement, RequirementFacts, Vacancy, YearsFact
from secondment_desk.notice_status import NoticeState, notice_state
from secondment_desk.organisations.rules import post_rules
from secondment_desk.vacancy.facts import facts_of, named_competencies

Tone = Literal["blocked", "check", "ready"]

_KIND_ORDER: dict[str, int] = {"mandatory": 0, "desirable": 1, "competency": 2}


class Summary(BaseModel):
    """Readiness: what stops the application, what is weak, what to prepare."""

    blockers: list[ChecklistItem] = Field(
        default_factory=list, description="Mandatory items not met or only partly met."
    )
    to_check: list[ChecklistItem] = Field(
        default_factory=list, description="Mandatory items the candidate must judge."
    )
    desirable_gaps: list[ChecklistItem] = Field(
        default_factory=list, description="Desirable items not (yet) met."
    )
    competencies_without_story: list[ChecklistItem] = Field(default_factory=list)
    notice_problem: str | None = Field(
        default=None, description="Why no application can be made (cancelled, closed on ...)."
    )
    not_judged: str | None = Field(
        default=None, description="What a partial copy of the notice left unjudged."
    )
    warnings: list[str] = Field(
        default_factory=list, description="The parser's warnings about this copy."
    )

    @property
    def ready(self) -> bool:
        return self.tone == "ready"

    @property
    def tone(self) -> Tone:
        """How a face colours the headline: never 'ready' while anything is unjudged."""
        if self.blockers or self.notice_problem:
            return "blocked"
        if self.to_check or self.not_judged:
            return "check"
        return "ready"

    def headline(self) -> str:
        lead = f"{self.notice_problem} " if self.notice_problem else ""
        partial = f" {self.not_judged}" if self.not_judged else ""
        if self.blockers:
            n = len(self.blockers)
            if any(i.status == "partly" for i in self.blockers):
                said = ngettext(
                    "{n} mandatory requirement not fully met.",
                    "{n} mandatory requirements not fully met.",
                    n,
                )
            else:
                said = ngettext(
                    "{n} mandatory requirement not met.", "{n} mandatory requirements not met.", n
                )
            return f"{lead}{said.format(n=n)}{partial}"
        if self.to_check:
            n = len(self.to_check)
            said = ngettext(
                "No blocker found; {n} mandatory item to check yourself.",
                "No blocker found; {n} mandatory items to check yourself.",
                n,
            )
            return f"{lead}{said.format(n=n)}{partial}"
        if self.not_judged:
            return lead + _("No blocker found in what could be read.") + partial
        return lead + _("Every mandatory requirement is met.")


class Checklist(BaseModel):
    vacancy_key: str
    vacancy_title: str
    organization: str | None = None
    grade: str | None = None
    duty_station: str | None = None
    profile_id: str
    profile_name: str
    built_on: date
    competency_model: str | None = Field(default=None, description="Name of the model used.")
    management_reason: str | None = Field(
        default=None, description="Why managerial competencies apply; None when they do not."
    )
    regime: str | None = Field(default=None, description="How the post is filled, in words.")
    ranked_posts: list[str] = Field(
        default_factory=list,
        description="The call's posts this application ranks, in order ('1. GEO ZM 12 ...').",
    )
    how_to_apply: str | None = None
    items: list[ChecklistItem] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    unused_decisions: dict[str, ChecklistDecision] = Field(
        default_factory=dict,
        description="Decisions whose item is no longer in the notice (kept, not lost).",
    )

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def vacancy_title(vacancy: Vacancy) -> str:
    title = vacancy.title or vacancy.office or "Vacancy"
    bits = [b for b in (vacancy.grade, vacancy.requisition_id) if b]
    return f"{title} ({', '.join(bits)})" if bits else title


def build_checklist(
    vacancy: Vacancy,
    profile: Profile,
    decisions: dict[str, ChecklistDecision] | None = None,
    today: date | None = None,
    ranked_posts: list[RankedPost] | None = None,
) -> Checklist:
    """Every requirement and applicable competency, assessed against the profile.

    ``ranked_posts`` (the application's ranking of several posts of one call) is shown with
    the checklist; the items are those of ``vacancy``'s own post."""
    today = today or date.today()
    state = notice_state(vacancy, today)
    items = _notice_items(state) + _requirement_items(vacancy, profile, today)
    items.sort(key=lambda i: _KIND_ORDER[i.kind])  # stable: notice order within a kind
    model = competency_model_for(vacancy.organization)
    manager = A.management_post(vacancy)
    named = _named_in_notice(vacancy, model.competencies) if model is not None else set()
    if model is not None:
        for group in COMPETENCY_GROUPS:
            for comp in model.group(group):
                if group == "managerial" and manager is None and comp.id not in named:
                    continue
                found = A.assess_competency(comp, profile)
                # The model's words in the user's language (the catalogue holds the model).
                text = _(comp.name) + (f": {_(comp.summary)}" if comp.summary else "")
                reason = found.reason
                if comp.id not in named:
                    reason = (
                        _(
                            "From the {organisation} competency model; this copy of the "
                            "notice does not list it."
                        ).format(organisation=locale_format.organisation(model.organization))
                        + f" {reason}"
                    )
                items.append(
                    ChecklistItem(
                        id=comp.id,
                        text=text,
                        kind="competency",
                        category=_(model.group_titles.get(group, group)),
                        group=group,
                        status=found.status,
                        reason=reason,
                        evidence=found.evidence,
                        source="notice" if comp.id in named else "model",
                    )
                )
    unused = apply_decisions(items, decisions or {})
    post = post_rules(vacancy)
    return Checklist(
        vacancy_key=vacancy.key,
        vacancy_title=vacancy_title(vacancy),
        organization=vacancy.organization,
        grade=vacancy.grade,
        duty_station=vacancy.duty_station,
        profile_id=profile.id,
        profile_name=profile.name,
        built_on=today,
        competency_model=_(model.name) if model else None,
        management_reason=manager,
        regime=_(post.regime.label),
        ranked_posts=[p.line(i) for i, p in enumerate(ranked_posts or [], start=1)],
        how_to_apply=_(post.regime.how_to_apply),
        items=items,
        summary=summarize(items, state),
        unused_decisions=unused,
    )


def _notice_items(state: NoticeState) -> list[ChecklistItem]:
    """A cancelled or closed notice is a blocker of its own, first in the list."""
    problem = state.problem()
    if problem is None:
        return []
    item_id = "notice:cancelled" if state.cancelled else "notice:closed"
    text = (
        _("The opening is still open") if not state.cancelled else _("The opening is not cancelled")
    )
    return [
        ChecklistItem(
            id=item_id, text=text, kind="mandatory", category="notice", status="not_met",
            reason=problem,
        )
    ]  # fmt: skip


def _named_in_notice(vacancy: Vacancy, competencies: tuple[Competency, ...]) -> set[str]:
    """Ids of the model's competencies that the notice itself names (the parser reads the
    notice), so that only the others are marked as added from the model."""
    return named_competencies(vacancy.text, {c.id: c.name for c in competencies})


def apply_decisions(
    items: list[ChecklistItem], decisions: dict[str, ChecklistDecision]
) -> dict[str, ChecklistDecision]:
    """The candidate's word wins over the computed status; returns decisions with no item."""
    by_id = {item.id: item for item in items}
    unused: dict[str, ChecklistDecision] = {}
    for item_id, decision in decisions.items():
        item = by_id.get(item_id)
        if item is None:
            unused[item_id] = decision
            continue
        if decision.status is not None and decision.status != item.status:
            item.reason = _("You decided: {decided}. (Computed: {computed}. {reason})").format(
                decided=W.status_word(decision.status),
                computed=W.status_word(item.status),
                reason=item.reason,
            )
            item.status = decision.status
            item.decided_by = "candidate"
        elif decision.status is not None:
            item.decided_by = "candidate"
        known = {(e.kind, e.ref, e.text) for e in item.evidence}
        item.evidence += [e for e in decision.evidence if (e.kind, e.ref, e.text) not in known]
        item.note = decision.note
    return unused


def summarize(items: list[ChecklistItem], state: NoticeState | None = None) -> Summary:
    return Summary(
        notice_problem=state.problem() if state else None,
        not_judged=state.partial_sentence() if state else None,
        warnings=list(state.warnings) if state else [],
        blockers=[i for i in items if i.kind == "mandatory" and i.status in ("not_met", "partly")],
        to_check=[i for i in items if i.kind == "mandatory" and i.status == "unknown"],
        desirable_gaps=[i for i in items if i.kind == "desirable" and i.status != "met"],
        competencies_without_story=[
            i
            for i in items
            if i.kind == "competency" and not any(e.kind == "story" for e in i.evidence)
        ],
    )


# --- requirement items -----------------------------------------------------------------------


def _item(
    item_id: str, text: str, kind: ItemKind, category: str, found: A.Assessment
) -> ChecklistItem:
    return ChecklistItem(
        id=item_id,
        text=text,
        kind=kind,
        category=category,
        status=found.status,
        reason=found.reason,
        evidence=found.evidence,
    )


def _language_assessment(
    req: Requirement, vacancy: Vacancy, profile: Profile
) -> tuple[A.Assessment, list[str]]:
    """The languages the parser read in the requirement, each against the profile."""
    facts = facts_of(req)
    if not facts.languages:
        return (
            A.Assessment(
                "unknown",
                _(
                    "The application could not tell which language this asks for: judge it "
                    "against your language levels."
                ),
            ),
            [],
        )
    results = [
        (lang.language, A.assess_language(lang.language, lang.wording, profile, lang.cefr))
        for lang in facts.languages
    ]
    names = [lang.language for lang in facts.languages]
    return A.combine(results, any_of=facts.languages_any_of), names


def _requirement_items(vacancy: Vacancy, profile: Profile, today: date) -> list[ChecklistItem]:
    items: list[ChecklistItem] = []
    has_years = has_education = has_licence = has_eligibility = False
    covered_languages: set[tuple[str, str]] = set()
    for req in vacancy.requirements:
        found: A.Assessment | None = None
        facts = facts_of(req)
        if req.category == "experience":
            found = A.assess_experience(facts, vacancy, profile, today)
            has_years = has_years or found is not None
        elif req.category == "education":
            found = A.assess_education(facts, vacancy, profile, today)
            has_education = True
        elif req.category == "language":
            found, names = _language_assessment(req, vacancy, profile)
            covered_languages.update((req.kind, n.casefold()) for n in names)
        elif req.category == "licence":
            found = A.assess_licence(facts.manual_transmission, profile)
            has_licence = True
        elif req.category == "eligibility":
            found = assess_eligibility(vacancy, profile)
            has_eligibility = True
        elif req.category == "physical":
            found = A.Assessment(
                "unknown", _("Only you can confirm this one: mark it yourself once you have.")
            )
        if found is None:
            found = A.Assessment(
                "unknown",
                _(
                    "The application cannot judge this from your profile: link the jobs, "
                    "training or STAR story that show it, and mark it yourself."
                )
                + A.keyword_hint(profile, req.text),
            )
        items.append(_item(req.id, req.text, req.kind, req.category, found))

    synthesized: list[ChecklistItem] = []
    if not has_eligibility:
        text = _("Eligibility: nationality and permanent residence")
        if vacancy.ineligible_nationalities:
            text += " " + _("(nationals and permanent residents of {names} may not apply)").format(
                names=country_names(vacancy.ineligible_nationalities)
            )
        found = assess_eligibility(vacancy, profile)
        synthesized.append(_item("notice:eligibility", text, "mandatory", "eligibility", found))
    if not has_education and vacancy.education_level:
        level = vacancy.education_level
        text = _("Education level: {level}").format(level=W.level_name(level))
        subst = A.substitution_years(vacancy)
        if subst and level == EducationLevel.MASTER:
            text += " " + ngettext(
                "(or a first-level degree with {n} more year of experience)",
                "(or a first-level degree with {n} more years of experience)",
                subst,
            ).format(n=subst)
        found = A.assess_education(None, vacancy, profile, today)
        synthesized.append(_item("notice:education", text, "mandatory", "education", found))
    if not has_years and (vacancy.min_years_experience or vacancy.min_years_management):
        parts = []
        if vacancy.min_years_experience:
            parts.append(f"Minimum {vacancy.min_years_experience} years of relevant experience")
        if vacancy.min_years_management:
            parts.append(f"at least {vacancy.min_years_management} years at management level")
        text = ", including ".join(parts)
        text = text[0].upper() + text[1:]
        asked = []
        if vacancy.min_years_experience:
            asked.append(YearsFact(years=vacancy.min_years_experience, kind="relevant"))
        if vacancy.min_years_management:
            asked.append(YearsFact(years=vacancy.min_years_management, kind="management"))
        found = A.assess_experience(
            RequirementFacts(years=asked), vacancy, profile, today
        ) or A.Assessment("unknown", "")
        text = _experience_title(vacancy.min_years_experience, vacancy.min_years_management)
        synthesized.append(_item("notice:experience", text, "mandatory", "experience", found))
    for kind, name, wording in _notice_languages(vacancy):
        if (kind, name.casefold()) in covered_languages:
            continue
        covered_languages.add((kind, name.casefold()))
        text = f"{wording} {name}" if wording else f"{W.language_name(name)} ({W.kind_word(kind)})"
        found = A.assess_language(name, wording, profile)
        item_id = f"notice:language:{kind}:{name.casefold()}"
        synthesized.append(_item(item_id, text.strip(), kind, "language", found))
    if not has_licence and vacancy.driving_licence_required:
        text = "Valid driving licence"
        manual = any(facts_of(r).manual_transmission for r in vacancy.requirements)
        if manual:
            text += " and ability to drive with manual transmission"
        found = A.assess_licence(manual, profile)
        text = (
            _("Valid driving licence and ability to drive with manual transmission")
            if manual
            else _("Valid driving licence")
        )
        synthesized.append(_item("notice:licence", text, "mandatory", "licence", found))
    return synthesized + items


def _experience_title(years: int | None, management: int | None) -> str:
    """The synthesized experience item as the user reads it (the English is what is judged)."""
    parts = []
    if years:
        parts.append(
            ngettext(
                "Minimum {n} year of relevant experience",
                "Minimum {n} years of relevant experience",
                years,
            ).format(n=years)
        )
    if management:
        parts.append(
            ngettext(
                "at least {n} year at management level",
                "at least {n} years at management level",
                management,
            ).format(n=management)
        )
    text = _(", including ").join(parts)
    return text[0].upper() + text[1:]


def country_names(names: list[str]) -> str:
    """Country names as the user reads them, joined ("Kazakhstan, Norway"; in Russian too)."""
    from secondment_desk.countries import display_name

    return ", ".join(display_name(n) for n in names)


def _notice_languages(vacancy: Vacancy) -> list[tuple[ItemKind, str, str | None]]:

    out: list[tuple[ItemKind, str, str | None]] = []
    seen: set[tuple[str, str]] = set()
    for lr in vacancy.language_requirements:
        out.append((lr.kind, lr.language, lr.wording))
        seen.add((lr.kind, lr.language.casefold()))
    lists: tuple[tuple[ItemKind, list[str]], ...] = (
        ("mandatory", vacancy.languages_mandatory),
        ("desirable", vacancy.languages_desirable),
    )
    for kind, names in lists:
        for name in names:
            if (kind, name.casefold()) not in seen:
                out.append((kind, name, None))
    return out
