"""Judging one requirement against a profile, in words.

Each ``assess_*`` function returns an :class:`Assessment`: a status, a reason a candidate can
read, and the profile entries it used. Where the text or the profile does not allow a
decision the status is "unknown" and the reason says what the candidate must check; nothing
is marked "met" without saying why, and no evidence is invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from secondment_desk.checklist import words as W
from secondment_desk.checklist.data import Competency, LevelPhrase, level_near
from secondment_desk.i18n import N_, _, ngettext
from secondment_desk.models.checklist import Evidence, ItemStatus
from secondment_desk.models.education import EducationLevel
from secondment_desk.models.profile import (
    CEFR_ORDER,
    LANGUAGE_SKILLS,
    Education,
    Employment,
    LanguageSkill,
    Profile,
)
from secondment_desk.models.vacancy import RequirementFacts, Vacancy
from secondment_desk.vacancy.facts import facts_of


@dataclass
class Assessment:
    status: ItemStatus
    reason: str
    evidence: list[Evidence] = field(default_factory=list)


# --- numbers, grades, wording ---------------------------------------------------------------

_GRADE = re.compile(r"^\s*([SPD])\s*-?\s*(\d)?\b", re.I)

LEVEL_NAMES: dict[EducationLevel, str] = {
    EducationLevel.DOCTORATE: "a doctorate",
    EducationLevel.MASTER: "a second-level (master's) degree",
    EducationLevel.BACHELOR: "a first-level (bachelor's) degree",
    EducationLevel.SECONDARY: "secondary education",
}
_NO_PATTERN = re.compile(r"(?!)")
_STATUS_ORDER: tuple[ItemStatus, ...] = ("not_met", "partly", "unknown", "met")


def years_text(years: float) -> str:
    """7.0 -> '7 years'; 6.42 -> '6 years 5 months'; 0.5 -> '6 months'."""
    months = round(years * 12)
    y, m = divmod(months, 12)
    parts = []
    if y:
        parts.append(ngettext("{n} year", "{n} years", y).format(n=y))
    if m or not y:
        parts.append(ngettext("{n} month", "{n} months", m).format(n=m))
    return " ".join(parts)


def substitution_years(vacancy: Vacancy, facts: RequirementFacts | None = None) -> int | None:
    """Extra years that let a first-level degree stand in for the second-level one: the
    requirement's own fact, else the vacancy's (both read by the parser)."""
    if facts is not None and facts.substitution_years is not None:
        return facts.substitution_years
    return vacancy.degree_substitution_years


def grade_parts(grade: str | None) -> tuple[str, int | None] | None:
    """'S3' -> ('S', 3); 'P-4' -> ('P', 4); 'S' -> ('S', None); 'NPO' -> None."""
    if not grade:
        return None
    m = _GRADE.match(grade)
    if not m:
        return None
    return m.group(1).upper(), int(m.group(2)) if m.group(2) else None


def management_post(vacancy: Vacancy) -> str | None:
    """Why the post is a management post (for the managerial competencies), or None."""
    parts = grade_parts(vacancy.grade)
    if parts:
        letter, step = parts
        if letter == "D":
            return _("the grade is {grade}").format(grade=vacancy.grade)
        if step is not None and ((letter == "S" and step >= 3) or (letter == "P" and step >= 4)):
            return _("the grade is {grade}").format(grade=vacancy.grade)
    if vacancy.job_level and re.search(r"manag", vacancy.job_level, re.I):
        return _("the job level is '{level}'").format(level=vacancy.job_level)
    if vacancy.min_years_management:
        n = vacancy.min_years_management
        return ngettext(
            "the notice asks {n} year at management level",
            "the notice asks {n} years at management level",
            n,
        ).format(n=n)
    for req in vacancy.requirements:
        if req.category == "experience" and facts_of(req).min_years("management"):
            return _("the experience clause asks years at management level")
    return None


# --- profile helpers -------------------------------------------------------------------------


def _job_label(job: Employment) -> str:
    end = job.end or _("present")
    if job.employer:
        return _("{title} at {employer} ({start} to {end})").format(
            title=job.title, employer=job.employer, start=job.start, end=end
        )
    return _("{title} ({start} to {end})").format(title=job.title, start=job.start, end=end)


def _education_label(e: Education) -> str:
    return f"{e.degree or e.field or _('degree')} ({e.institution})"


def _job_evidence(jobs: Iterable[Employment]) -> list[Evidence]:
    return [Evidence(kind="employment", ref=j.id, text=_job_label(j)) for j in jobs]


_STOP = frozenset(
    (
        "about",
        "above",
        "after",
        "again",
        "against",
        "other",
        "their",
        "there",
        "these",
        "those",
        "which",
        "while",
        "would",
        "could",
        "should",
        "within",
        "without",
        "experience",
        "knowledge",
        "ability",
        "skills",
        "working",
        "work",
        "including",
        "level",
        "relevant",
        "demonstrated",
        "proven",
        "strong",
        "excellent",
        "advantage",
        "asset",
        "desirable",
        "mandatory",
        "required",
        "minimum",
        "years",
        "candidate",
        "related",
        "field",
        "fields",
        "areas",
    )
)


def keyword_hint(profile: Profile, text: str, limit: int = 3) -> str:
    """Name employment entries that share words with the text (a hint, never evidence)."""
    words = {w for w in re.findall(r"[a-z][a-z-]{4,}", text.casefold()) if w not in _STOP}
    if not words:
        return ""
    scored = []
    for job in profile.sorted_employment():
        blob = " ".join(
            (job.title, job.employer, job.business_type, job.duties, job.achievements)
        ).casefold()
        common = sorted(w for w in words if re.search(rf"\b{re.escape(w)}", blob))
        if common:
            scored.append((len(common), job, common))
    scored.sort(key=lambda s: -s[0])
    if not scored:
        return ""
    shown = "; ".join(f"{_job_label(j)} ({', '.join(c[:4])})" for _, j, c in scored[:limit])
    return " " + _("Entries of your profile that use the same words: {shown}.").format(shown=shown)


# --- assessors -------------------------------------------------------------------------------


def assess_experience(
    facts: RequirementFacts, vacancy: Vacancy, profile: Profile, today: date
) -> Assessment | None:
    """The years asked; None when the requirement asks no number of years (a subject-matter
    item). Only minimums are judged: "no more than three years" asks no minimum."""
    total, management = facts.min_years(), facts.min_years("management")
    if total is None and management is None:
        return None
    if total is not None and management is None and total == vacancy.min_years_experience:
        management = vacancy.min_years_management
    relevant = [j for j in profile.sorted_employment() if j.relevant]
    if not relevant:
        return Assessment(
            "unknown",
            _(
                "Your profile lists no relevant employment yet: add your jobs (and mark "
                "management ones) to compare them with the years asked."
            ),
        )
    have = profile.experience_years(today)
    have_mgmt = profile.experience_years(today, management=True)
    asked = []
    if total is not None:
        asked.append(
            ngettext(
                "at least {n} year of relevant experience",
                "at least {n} years of relevant experience",
                total,
            ).format(n=total)
        )
    if management is not None:
        asked.append(
            ngettext(
                "at least {n} year at management level",
                "at least {n} years at management level",
                management,
            ).format(n=management)
        )
    reason = _(
        "You have {have} of relevant experience (overlapping jobs counted once), {mgmt} of it "
        "in jobs marked as management; the notice asks {asked}."
    ).format(have=years_text(have), mgmt=years_text(have_mgmt), asked=_(" including ").join(asked))
    skipped = len(profile.employment) - len(relevant)
    if skipped:
        reason += " " + ngettext(
            "{n} job marked not relevant was left out.",
            "{n} jobs marked not relevant were left out.",
            skipped,
        ).format(n=skipped)
    short_total = total is not None and have < total
    short_mgmt = management is not None and have_mgmt < management
    if short_total:
        status: ItemStatus = "not_met"
        reason += " " + _("You are {gap} short.").format(gap=years_text(total - have))  # type: ignore[operator]
    elif short_mgmt:
        status = "partly"
        reason += " " + _(
            "The total is enough but management experience is {gap} short: mark every job "
            "where you managed people or a unit as management."
        ).format(gap=years_text(management - have_mgmt))  # type: ignore[operator]
    else:
        status = "met"
    subst = substitution_years(vacancy)
    highest = profile.highest_education()
    asked_level = vacancy.education_level
    if (
        subst
        and total is not None
        and asked_level == EducationLevel.MASTER
        and highest == EducationLevel.BACHELOR
    ):
        reason += " " + ngettext(
            "With a first-level degree the notice asks {n} more year ({all} in all) in lieu of "
            "the second-level degree: see the education item.",
            "With a first-level degree the notice asks {n} more years ({all} in all) in lieu of "
            "the second-level degree: see the education item.",
            subst,
        ).format(n=subst, all=total + subst)
    used = [j for j in relevant if j.management] if management and not total else relevant
    return Assessment(status, reason, _job_evidence(used))


def assess_education(
    facts: RequirementFacts | None, vacancy: Vacancy, profile: Profile, today: date
) -> Assessment:
    """The level asked (with its substitution) against the profile's degrees; ``facts`` None:
    an item made from the notice's Education Level field."""
    asked = vacancy.education_level if facts is None else facts.education_level
    if asked is None:
        return Assessment(
            "unknown",
            _(
                "These words name no degree level the application can read: check your "
                "education against them yourself."
            ),
        )
    if not profile.education:
        return Assessment(
            "unknown", _("Your profile lists no education yet: add your degrees with their level.")
        )
    levelled = [e for e in profile.education if e.level]
    if not levelled:
        return Assessment(
            "unknown",
            _(
                "None of your education entries says its level (first-level, second-level, "
                "doctorate): set it to compare with the notice."
            ),
        )

    def rank(level: EducationLevel | None) -> int:
        return (level or EducationLevel.SECONDARY).rank

    highest = max(levelled, key=lambda e: rank(e.level))
    top = highest.level or EducationLevel.SECONDARY
    mine = _education_label(highest)

    field_note = ""
    if facts is not None and facts.fields_of_study:
        field_note = " " + _(
            "The notice also names fields of study: check that yours is among them."
        )
    if rank(top) >= rank(asked):
        good = [e for e in levelled if rank(e.level) >= rank(asked)]
        return Assessment(
            "met",
            _("Your {mine} is {top}; the notice asks for {asked}.").format(
                mine=mine, top=W.level_name(top), asked=W.level_name(asked)
            )
            + field_note,
            [Evidence(kind="education", ref=e.id, text=_education_label(e)) for e in good],
        )
    subst = substitution_years(vacancy, facts)
    if asked == EducationLevel.MASTER and top == EducationLevel.BACHELOR and subst:
        base = (facts.min_years() if facts else None) or vacancy.min_years_experience
        if base is None:
            return Assessment(
                "unknown",
                ngettext(
                    "Your highest degree is {top}. The notice accepts one with {n} more year of "
                    "qualifying experience in lieu of the second-level degree, but the "
                    "application could not read the base number of years: check it yourself.",
                    "Your highest degree is {top}. The notice accepts one with {n} more years of "
                    "qualifying experience in lieu of the second-level degree, but the "
                    "application could not read the base number of years: check it yourself.",
                    subst,
                ).format(top=W.level_name(top), n=subst),
                [Evidence(kind="education", ref=highest.id, text=_education_label(highest))],
            )
        need = base + subst
        have = profile.experience_years(today)
        evidence = [Evidence(kind="education", ref=highest.id, text=_education_label(highest))]
        evidence += _job_evidence(j for j in profile.sorted_employment() if j.relevant)
        if have >= need:
            return Assessment(
                "met",
                ngettext(
                    "Met through the substitution: your {mine} is {top}, and the notice accepts "
                    "it with {n} more year of qualifying experience ({base} + {n} = {need}) in "
                    "lieu of the second-level degree; you have {have}.",
                    "Met through the substitution: your {mine} is {top}, and the notice accepts "
                    "it with {n} more years of qualifying experience ({base} + {n} = {need}) in "
                    "lieu of the second-level degree; you have {have}.",
                    subst,
                ).format(
                    mine=mine,
                    top=W.level_name(top),
                    n=subst,
                    base=base,
                    need=need,
                    have=years_text(have),
                )
                + field_note,
                evidence,
            )
        return Assessment(
            "not_met",
            ngettext(
                "Your highest degree is {top} ({mine}). The notice asks {asked}, or a first-level "
                "degree with {base} + {subst} = {n} year of qualifying experience; you have "
                "{have}.",
                "Your highest degree is {top} ({mine}). The notice asks {asked}, or a first-level "
                "degree with {base} + {subst} = {n} years of qualifying experience; you have "
                "{have}.",
                need,
            ).format(
                top=W.level_name(top),
                mine=mine,
                asked=W.level_name(asked),
                base=base,
                subst=subst,
                n=need,
                have=years_text(have),
            ),
            evidence,
        )
    return Assessment(
        "not_met",
        (
            _(
                "Your highest degree is {top} ({mine}); the notice asks for {asked} and accepts "
                "no substitution the application could read."
            )
            if asked != top
            else _("Your highest degree is {top} ({mine}); the notice asks for {asked}.")
        ).format(top=W.level_name(top), mine=mine, asked=W.level_name(asked)),
        [Evidence(kind="education", ref=highest.id, text=_education_label(highest))],
    )


def assess_language(
    language: str, wording: str | None, profile: Profile, cefr: str | None = None
) -> Assessment:
    """One language against the profile's CEFR levels: ``cefr`` where the notice states it,
    else the level its wording (as the parser read it) stands for in language_levels.json."""
    skill = profile.language(language)
    phrase = level_near(wording, language) if wording else None
    if cefr is not None:
        phrase = LevelPhrase(cefr if phrase is None else phrase.phrase, cefr, _NO_PATTERN)
    shown = W.language_name(language)
    if skill is None:
        return Assessment(
            "not_met",
            _(
                "Your profile lists no {language}: add it with your CEFR levels if you speak it."
            ).format(language=shown),
        )
    evidence = [
        Evidence(
            kind="language",
            ref=skill.language,
            text=f"{W.language_name(skill.language)}: {_levels_text(skill)}",
        )
    ]
    if phrase is None:
        said = f" ('{wording.strip()}')" if wording else ""
        return Assessment(
            "unknown",
            _(
                "The notice asks for {language}{said} without wording the application maps to "
                "a CEFR level; your {language}: {levels}. Judge it yourself (or add the wording "
                "to language_levels.json)."
            ).format(language=shown, said=said, levels=_levels_text(skill)),
            evidence,
        )
    need = phrase.cefr
    asked = f"'{phrase.phrase}' ≈ {need}"
    if skill.mother_tongue:
        return Assessment(
            "met",
            _("{asked}; {language} is your mother tongue.").format(asked=asked, language=shown),
            evidence,
        )
    levels = skill.levels()
    stated = {k: v for k, v in levels.items() if v}
    if not stated:
        return Assessment(
            "unknown",
            _(
                "{asked}; your profile lists {language} without levels: add your CEFR level "
                "for each skill."
            ).format(asked=asked, language=shown),
            evidence,
        )
    short = [k for k, v in stated.items() if CEFR_ORDER.index(v) < CEFR_ORDER.index(need)]
    missing = [k for k in LANGUAGE_SKILLS if not levels[k]]
    mine = _("your {language}: {levels}").format(language=shown, levels=_levels_text(skill))
    if short and len(short) == len(stated):
        return Assessment(
            "not_met",
            _("{asked}; {mine}: every skill is below {need}.").format(
                asked=asked, mine=mine, need=need
            ),
            evidence,
        )
    if short:
        return Assessment(
            "partly",
            _("{asked}; {mine}. Below {need}: {skills}.").format(
                asked=asked, mine=mine, need=need, skills=", ".join(_skill(s) for s in short)
            ),
            evidence,
        )
    if missing:
        return Assessment(
            "unknown",
            _(
                "{asked}; {mine}. The skills stated reach {need}; add your level for {skills}."
            ).format(
                asked=asked, mine=mine, need=need, skills=", ".join(_skill(s) for s in missing)
            ),
            evidence,
        )
    return Assessment(
        "met",
        _("{asked}; {mine}: every skill reaches {need}.").format(asked=asked, mine=mine, need=need),
        evidence,
    )


_SKILLS: dict[str, str] = {
    "listening": N_("listening"),
    "reading": N_("reading"),
    "spoken_interaction": N_("spoken interaction"),
    "spoken_production": N_("spoken production"),
    "writing": N_("writing"),
}


def _skill(name: str) -> str:
    return _(_SKILLS[name]) if name in _SKILLS else name.replace("_", " ")


def _levels_text(skill: LanguageSkill) -> str:
    if skill.mother_tongue:
        return _("mother tongue")
    stated = [f"{_skill(k)} {v}" for k, v in skill.levels().items() if v]
    return ", ".join(stated) if stated else _("no levels stated")


def combine(results: list[tuple[str, Assessment]], any_of: bool) -> Assessment:
    """One item over several languages: 'and/or' needs one of them, 'and' needs all."""
    statuses = [a.status for _, a in results]
    if any_of:
        status = max(statuses, key=_STATUS_ORDER.index)
        if status != "met" and "met" not in statuses and "partly" in statuses:
            status = "partly"
    else:
        status = min(statuses, key=_STATUS_ORDER.index)
    joiner = _("One of these is enough.") + " " if any_of and len(results) > 1 else ""
    reason = joiner + " ".join(f"{W.language_name(name)}: {a.reason}" for name, a in results)
    evidence = [e for _, a in results for e in a.evidence]
    return Assessment(status, reason, evidence)


def assess_licence(manual: bool, profile: Profile) -> Assessment:
    """A driving licence (and driving with manual transmission when ``manual``)."""
    personal = profile.personal
    if personal.driving_licence is None:
        return Assessment(
            "unknown",
            _(
                "Your profile does not say whether you hold a driving licence: set it (and "
                "whether you can drive a manual car)."
            )
            if manual
            else _("Your profile does not say whether you hold a driving licence: set it."),
        )
    if personal.driving_licence is False:
        return Assessment("not_met", _("Your profile says you hold no driving licence."))
    evidence = [Evidence(kind="profile", ref="personal.driving_licence", text=_("Driving licence"))]
    if not manual:
        return Assessment("met", _("You hold a driving licence."), evidence)
    if personal.manual_transmission is None:
        return Assessment(
            "unknown",
            _(
                "You hold a driving licence; the notice also asks for driving with manual "
                "transmission, which your profile does not state."
            ),
            evidence,
        )
    if personal.manual_transmission is False:
        return Assessment(
            "not_met",
            _(
                "You hold a driving licence but your profile says you do not drive with manual "
                "transmission, which the notice asks."
            ),
            evidence,
        )
    evidence.append(
        Evidence(kind="profile", ref="personal.manual_transmission", text=_("Manual transmission"))
    )
    return Assessment(
        "met", _("You hold a driving licence and drive with manual transmission."), evidence
    )


def assess_competency(competency: Competency, profile: Profile) -> Assessment:
    wanted = {competency.id.casefold(), competency.local_id.casefold(), competency.name.casefold()}
    stories = [
        s for s in profile.stories if any(t.strip().casefold() in wanted for t in s.competencies)
    ]
    if not stories:
        return Assessment(
            "unknown",
            _(
                "No STAR story in your profile is tagged '{id}': prepare one (situation, task, "
                "action, result) for the competency-based interview."
            ).format(id=competency.id),
        )
    titles = "; ".join(f"'{s.title}'" for s in stories)
    return Assessment(
        "met",
        ngettext(
            "{n} STAR story tagged with it: {titles}.",
            "{n} STAR stories tagged with it: {titles}.",
            len(stories),
        ).format(n=len(stories), titles=titles),
        [Evidence(kind="story", ref=s.id, text=s.title) for s in stories],
    )
