"""Who may apply for a post: the notice's exclusions and the organisation's rule per regime.

The rule itself (which States nominate, which grades a group may take, whether the
duty-station country is excluded) is data in ``resources/organisations/<family>/rules.json``;
the groups of States are in ``resources/countries.json``. Every reason names the rule used.
"""

from __future__ import annotations

from secondment_desk import countries
from secondment_desk.checklist.assess import Assessment, grade_parts
from secondment_desk.countries import Country, display_name, group_members
from secondment_desk.i18n import _, ngettext
from secondment_desk.models.checklist import Evidence, ItemStatus
from secondment_desk.models.profile import Profile
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.organisations.rules import (
    NOTICE_THIRD_STATES,
    NationalityGroup,
    Regime,
    open_to_third_states,
    post_rules,
)

# Best first: a post open under any of its regimes is open to the candidate.
_BEST: tuple[ItemStatus, ...] = ("met", "partly", "unknown", "not_met")


def _names(found: list[Country]) -> str:
    return ", ".join(display_name(c.name) for c in found)


def _is(found: list[Country], label: str) -> str:
    return ngettext("{names} is {label}", "{names} are each {label}", len(found)).format(
        names=_names(found), label=_(label)
    )


def _grade_ok(group: NationalityGroup, vacancy: Vacancy) -> bool | None:
    """Whether the post's grade is one the group may take (None: the grade is unknown)."""
    if not group.grades:
        return True
    parts = grade_parts(vacancy.grade)
    if parts is None or parts[1] is None:
        return None
    return f"{parts[0]}{parts[1]}" in group.grades


def _third_states(
    group: NationalityGroup, held: list[Country], vacancy: Vacancy, regime: Regime
) -> tuple[ItemStatus, str]:
    open_ = open_to_third_states(vacancy)
    if open_ is True:
        return (
            "unknown",
            _(
                "The call opens this post to contributing third States: check that {names} is "
                "one the call names ({rule})."
            ).format(names=_names(held), rule=_(regime.eligibility.rule)),
        )
    said = (
        _("the call does not open this post to contributing third States")
        if open_ is False
        else _("this copy of the call does not open the post to contributing third States")
    )
    return "not_met", said


def _judge_regime(regime: Regime, held: list[Country], vacancy: Vacancy) -> tuple[ItemStatus, str]:
    """Whether a candidate of nationalities ``held`` may apply under ``regime``."""
    rule = regime.eligibility
    if not rule.nationality_groups:
        who = f" ({_(regime.nominated_by)})" if regime.nominated and regime.nominated_by else ""
        return "met", _("{rule}: no nationality rule applies.").format(rule=_(rule.rule) + who)
    misses: list[str] = []
    unknown: str | None = None
    outside = list(held)
    for group in rule.nationality_groups:
        if group.group == NOTICE_THIRD_STATES:
            continue
        members = group_members(group.group)
        inside = [c for c in held if c.code in members]
        outside = [c for c in outside if c.code not in members]
        if not inside:
            continue
        ok = _grade_ok(group, vacancy)
        grades = "/".join(group.grades)
        if ok is True and group.grades:
            return "met", _(
                "{who}; its nationals may be nominated for {grades} posts, and this one is {grade}."
            ).format(who=_is(inside, group.label), grades=grades, grade=vacancy.grade)
        if ok is True:
            return "met", f"{_is(inside, group.label)}."
        if ok is None:
            unknown = _(
                "{who}; its nationals may be nominated for {grades} posts only, and the "
                "notice's grade could not be read: check it."
            ).format(who=_is(inside, group.label), grades=grades)
        else:
            misses.append(
                _(
                    "{who}; its nationals may be nominated for {grades} posts only, and this "
                    "one is {grade}"
                ).format(who=_is(inside, group.label), grades=grades, grade=vacancy.grade)
            )
    for group in rule.nationality_groups:
        if group.group == NOTICE_THIRD_STATES and outside:
            status, said = _third_states(group, outside, vacancy, regime)
            if status == "unknown":
                return status, said
            misses.append(said)
    if unknown is not None:
        return "unknown", unknown
    first = rule.nationality_groups[0]
    if outside and first.group != NOTICE_THIRD_STATES:
        said = ngettext("{names} is not {label}", "{names} are not {label}", len(outside))
        misses.insert(0, said.format(names=_names(outside), label=_(first.label)))
    return "not_met", _("Not eligible: {rule}; {misses}.").format(
        rule=_(rule.rule), misses="; ".join(misses)
    )


def assess_eligibility(vacancy: Vacancy, profile: Profile) -> Assessment:
    """Eligibility of the candidate for the post, under the notice and the organisation."""
    personal = profile.personal
    post = post_rules(vacancy)
    excluded = {
        c.code: c for c in (countries.lookup(n) for n in vacancy.ineligible_nationalities) if c
    }
    if not personal.nationalities:
        return Assessment(
            "unknown", _("Your profile lists no nationality: add every nationality you hold.")
        )
    held = [(n, countries.lookup(n)) for n in personal.nationalities]
    lived = [(n, countries.lookup(n)) for n in personal.permanent_residences]
    unknown_names = [n for n, c in (*held, *lived) if c is None]
    evidence = [
        Evidence(
            kind="profile",
            ref="personal.nationalities",
            text=_("Nationality: {names}").format(names=_shown(personal.nationalities)),
        )
    ]
    if personal.permanent_residences:
        evidence.append(
            Evidence(
                kind="profile",
                ref="personal.permanent_residences",
                text=_("Permanent residence: {names}").format(
                    names=_shown(personal.permanent_residences)
                ),
            )
        )
    duty = post.regime.eligibility
    station = countries.lookup(vacancy.country) if vacancy.country else None
    if duty.duty_station == "excluded" and station is not None and station.code not in excluded:
        excluded[station.code] = station
    bad_nat = [display_name(c.name) for _, c in held if c and c.code in excluded]
    bad_res = [display_name(c.name) for _, c in lived if c and c.code in excluded]
    if bad_nat or bad_res:
        why = []
        if bad_nat:
            if len(held) > 1:
                why.append(
                    _(
                        "you are a national of {names} (also when applying on another passport)"
                    ).format(names=", ".join(bad_nat))
                )
            else:
                why.append(_("you are a national of {names}").format(names=", ".join(bad_nat)))
        if bad_res:
            why.append(
                _("you are a permanent resident of {names}").format(names=", ".join(bad_res))
            )
        names = ", ".join(display_name(c.name) for c in excluded.values())
        return Assessment(
            "not_met",
            _(
                "Not eligible: nationals and permanent residents of {names} may not apply, and "
                "{why}."
            ).format(names=names, why=_(" and ").join(why)),
            evidence,
        )
    if unknown_names:
        return Assessment(
            "unknown",
            _(
                "The application does not recognise {names} as a country: correct the spelling "
                "in your profile."
            ).format(names=", ".join(repr(n) for n in unknown_names)),
            evidence,
        )
    parts: list[str] = []
    if excluded:
        names = ", ".join(display_name(c.name) for c in excluded.values())
        if personal.permanent_residences:
            parts.append(
                _(
                    "Nationals and permanent residents of {names} may not apply; your "
                    "nationalities ({held}) and permanent residence ({lived}) are not among them."
                ).format(
                    names=names,
                    held=_shown(personal.nationalities),
                    lived=_shown(personal.permanent_residences),
                )
            )
        else:
            parts.append(
                _(
                    "Nationals and permanent residents of {names} may not apply; your "
                    "nationalities ({held}) are not among them."
                ).format(names=names, held=_shown(personal.nationalities))
            )
            parts.append(
                _(
                    "Your profile lists no permanent residence: a permanent resident of {names} "
                    "is not eligible either."
                ).format(names=names)
            )
    elif vacancy.country:
        if duty.duty_station == "note" and duty.duty_station_note:
            parts.append(
                _("The notice names no excluded nationality; {note} ({country}).").format(
                    note=_(duty.duty_station_note), country=display_name(vacancy.country)
                )
            )
        else:
            parts.append(_("The notice names no excluded nationality."))
    countries_held = [c for _, c in held if c is not None]
    judged = [(regime, *_judge_regime(regime, countries_held, vacancy)) for regime in post.regimes]
    status = min((s for _, s, _ in judged), key=_BEST.index)
    several = len(judged) > 1
    for regime, _status, said in judged:
        parts.append(
            _("As an {regime}: {said}").format(regime=_(regime.label), said=said)
            if several
            else said
        )
        if regime.eligibility.exceptions_note and _status != "met":
            parts.append(_(regime.eligibility.exceptions_note))
    return Assessment(status, " ".join(parts), evidence)


def _shown(names: list[str]) -> str:
    """The profile's country names as the user reads them (in Russian too)."""
    return ", ".join(display_name(n) for n in names)
