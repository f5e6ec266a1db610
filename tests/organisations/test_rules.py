"""The organisation rule set (resources/organisations/*/rules.json) and its use everywhere,
with real notices: an EU CSDP call (EUMM Georgia), UN Secretariat job openings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.checklist import build_checklist, checklist_json
from secondment_desk.deadlines import application_deadlines, urgency
from secondment_desk.documents.context import build_context
from secondment_desk.documents.package import fill_documents
from secondment_desk.errors import InputError, NotFoundError
from secondment_desk.models import Application, Vacancy
from secondment_desk.notice_status import notice_state
from secondment_desk.organisations.rules import (
    FAMILIES,
    OrganisationRules,
    all_rules,
    family_rules,
    post_rules,
    rules_for,
)
from secondment_desk.ranking import set_ranked_posts
from secondment_desk.resources import load_json_resource
from secondment_desk.vacancy import load_vacancies
from tests.checklist.factories import person
from tests.conftest import FIXTURES

VACANCIES = FIXTURES / "vacancies"
EU_CALL = VACANCIES / "eu_cfc_eumm_georgia_3posts.txt"  # closes 12 May 2017, 17:00 Brussels
UN_CANCELLED = VACANCIES / "real" / "un_careers_political_affairs_officer_p4.txt"  # [Cancelled]
UN_OPENING = VACANCIES / "real" / "un_aggregator_untalent_pao_p4.txt"  # closes 29 March 2023
BEFORE_EU = date(2017, 4, 3)
BEFORE_UN = date(2023, 3, 1)


def _post(path: Path, ref: str | None = None) -> Vacancy:
    posts = load_vacancies(path)
    return next(p for p in posts if p.requisition_id == ref) if ref else posts[0]


def _eligibility(vacancy: Vacancy, nationality: str, today: date) -> Any:
    checklist = build_checklist(vacancy, person(nationalities=[nationality]), today=today)
    return next(i for i in checklist.items if i.category == "eligibility")


# --- the rule files ---------------------------------------------------------------------------


def test_every_family_has_a_valid_rules_file_and_one_default() -> None:
    found = all_rules()
    assert [r.family for r in found] == list(FAMILIES)
    assert [r.short_name for r in found if r.default_for_unknown] == ["OSCE"]
    assert family_rules("osce").cover_letter_limit == 3000
    assert family_rules("un").cover_letter_limit == 2000
    assert family_rules("eu").cover_letter_limit is None  # the call states its own
    assert family_rules("eu").ranked_posts_max == 3


def test_a_broken_rules_file_is_refused_with_the_field_named() -> None:
    data = load_json_resource("organisations/eu/rules.json")
    data["regimes"][0]["applies"] = "sometimes"
    with pytest.raises(ValueError, match="applies"):
        OrganisationRules.model_validate(data)
    data = load_json_resource("organisations/eu/rules.json")
    data["regimes"][0]["eligibility"]["nationality_groups"][0]["group"] = "eu_members"
    with pytest.raises(ValueError, match="unknown group 'eu_members'"):
        OrganisationRules.model_validate(data)


def test_closing_times_live_only_in_the_rules() -> None:
    assert "organisations" not in load_json_resource("deadlines.json")
    assert family_rules("eu").closing.time == "17:00"
    root = Path(__file__).resolve().parents[2] / "src" / "secondment_desk"
    code = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    for literal in ("3_000", "OSCE_COVER_LETTER_LIMIT", "S1/S2 posts only", "To the Delegation of"):
        assert literal not in code, literal


def test_regimes_follow_the_notice() -> None:
    regimes = {
        p.requisition_id: [r.key for r in post_rules(p).regimes] for p in load_vacancies(EU_CALL)
    }
    assert regimes == {
        "GEO ZM 12": ["seconded"],
        "GEO HQ 05": ["seconded"],
        "GEO AR 11": ["seconded", "contracted"],  # "Seconded/Contracted"
    }
    un = post_rules(_post(UN_OPENING))
    assert (un.regime.key, un.nominated) == ("secretariat", False)
    assert post_rules(Vacancy(organization="NATO")).nominated is False
    assert rules_for(None).short_name == "OSCE"


# --- eligibility ------------------------------------------------------------------------------


def test_kyrgyz_national_is_not_eligible_for_an_eu_seconded_post() -> None:
    item = _eligibility(_post(EU_CALL, "GEO ZM 12"), "Kyrgyzstan", BEFORE_EU)
    assert item.status == "not_met"
    assert "EU CSDP seconded posts take nominations only from EU Member States" in item.reason
    assert "Kyrgyzstan is not an EU Member State" in item.reason
    assert "does not open this post to contributing third States" in item.reason


def test_a_post_open_to_contributing_third_states_leaves_the_call_list_to_check() -> None:
    item = _eligibility(_post(EU_CALL, "GEO HQ 05"), "Kyrgyzstan", BEFORE_EU)
    assert item.status == "unknown"
    assert "opens this post to contributing third States" in item.reason


def test_eu_national_is_eligible_for_a_contracted_post() -> None:
    contracted = Vacancy(organization="EU", contract_type="Contracted", title="Legal Adviser")
    item = _eligibility(contracted, "France", BEFORE_EU)
    assert item.status == "met" and "France is an EU Member State" in item.reason
    other = _eligibility(contracted, "Kyrgyzstan", BEFORE_EU)
    assert other.status == "not_met"
    assert "EU CSDP contracted posts are open to nationals of EU Member States" in other.reason
    both = _eligibility(_post(EU_CALL, "GEO AR 11"), "Germany", BEFORE_EU)
    assert both.status == "met" and "As an EU CSDP contracted post" in both.reason


def test_osce_partner_rule_still_applies_and_names_the_rule() -> None:
    s3 = Vacancy(organization="OSCE", contract_type="Seconded", grade="S3", country="Georgia")
    item = _eligibility(s3, "Japan", BEFORE_EU)
    assert item.status == "not_met" and "Partners for Co-operation: S1/S2" in item.reason
    assert "duty-station country (Georgia)" in item.reason


def test_un_secretariat_takes_any_nationality() -> None:
    item = _eligibility(_post(UN_OPENING), "Kyrgyzstan", BEFORE_UN)
    assert item.status == "met" and "UN Secretariat job openings" in item.reason


# --- competencies -----------------------------------------------------------------------------


def test_competencies_the_notice_names_are_its_own_the_rest_are_marked_as_the_models() -> None:
    checklist = build_checklist(_post(UN_CANCELLED), person(), today=date(2022, 9, 1))
    comps = {i.text: i for i in checklist.items if i.kind == "competency"}
    named = {t for t, i in comps.items() if i.source == "notice"}
    assert named == {"Integrity", "Professionalism", "Respect for diversity"}
    added = comps["Teamwork"]
    assert added.source == "model"
    assert added.reason.startswith(
        "From the UN competency model; this copy of the notice does not list it."
    )
    assert not any(i.kind == "competency" for i in checklist.summary.blockers)


# --- honest readiness -------------------------------------------------------------------------


def test_a_cancelled_notice_is_a_blocker_and_never_ready() -> None:
    vacancy = _post(UN_CANCELLED)
    assert notice_state(vacancy, date(2022, 9, 1)).cancelled
    checklist = build_checklist(vacancy, person(), today=date(2022, 9, 1))
    summary = checklist.summary
    assert checklist.items[0].id == "notice:cancelled" and checklist.items[0].status == "not_met"
    assert summary.tone == "blocked" and not summary.ready
    assert summary.headline().startswith("The notice says this opening is cancelled")
    data = checklist_json(checklist)
    assert data["summary"]["ready"] is False and data["summary"]["tone"] == "blocked"
    assert "notice:cancelled" in data["summary"]["blockers"]
    app = Application(profile_id="p", vacancy=vacancy)
    level = urgency(app, date(2022, 9, 1))
    assert level.level == "cancelled" and level.shows_colour and level.colour != "#2e7d32"


def test_a_closed_notice_is_a_blocker_with_its_date_and_no_negative_count() -> None:
    vacancy = _post(EU_CALL)
    today = date(2026, 12, 2)
    checklist = build_checklist(vacancy, person(nationalities=["France"]), today=today)
    closed = checklist.item("notice:closed")
    assert closed.status == "not_met" and closed.reason == "The notice closed on 2017-05-12."
    assert closed in checklist.summary.blockers and checklist.summary.tone == "blocked"
    app = Application(profile_id="p", vacancy=vacancy, nominating_state="FR")
    level = urgency(app, today)
    assert "ago" not in level.message and "2017-04-" in level.message
    assert level.days_text.startswith("closed on 2017-04-")
    assert level.level == "overdue"


def test_a_partial_notice_says_what_could_not_be_judged() -> None:
    checklist = build_checklist(_post(UN_OPENING), person(), today=BEFORE_UN)
    summary = checklist.summary
    assert summary.tone == "check" and not summary.ready
    assert "no requirement list" in summary.headline()
    assert "education, experience, languages could not be judged" in summary.headline()
    assert "no requirement list found: read the notice's qualifications yourself" in (
        summary.warnings
    )


# --- deadlines --------------------------------------------------------------------------------


def test_un_secretariat_opening_has_no_nomination_and_no_delegation_deadline() -> None:
    app = Application(profile_id="p", vacancy=_post(UN_OPENING), nominating_state="KZ")
    found = application_deadlines(app)
    assert found.nominated is False
    assert found.state is None and found.delegation is None and found.lead_working_days is None
    assert "careers.un.org" in found.how_to_apply
    level = urgency(app, BEFORE_UN)
    assert level.which == "organisation"
    assert level.message.startswith("Apply directly: the organisation closes in 28 days")


def test_eu_seconded_post_keeps_the_nominating_state_step() -> None:
    app = Application(profile_id="p", vacancy=_post(EU_CALL), nominating_state="France")
    found = application_deadlines(app)
    assert found.nominated and found.delegation is not None
    assert found.delegation < date(2017, 5, 12)


# --- documents --------------------------------------------------------------------------------


def test_cover_letter_addressee_and_limit_follow_the_regime() -> None:
    profile = person()
    eu = _post(EU_CALL)
    ctx = build_context(
        profile, eu, Application(profile_id=profile.id, vacancy=eu, nominating_state="France")
    )
    assert ctx["organisation"]["addressee"] == "To the seconding authority of France"
    by_code = Application(profile_id=profile.id, vacancy=eu, nominating_state="KG")
    assert build_context(profile, eu, by_code)["organisation"]["addressee"] == (
        "To the seconding authority of Kyrgyzstan"  # the GUI stores the State's code
    )
    assert ctx["cover_letter"]["limit"] == ""  # the call states its own
    un = _post(UN_CANCELLED)
    ctx = build_context(
        profile, un, Application(profile_id=profile.id, vacancy=un, nominating_state="Kyrgyzstan")
    )
    assert (
        ctx["organisation"]["addressee"] == "To the Hiring Manager, Department of Peace Operations"
    )
    assert ctx["cover_letter"]["limit"] == 2000
    osce = Vacancy(organization="OSCE", contract_type="Seconded")
    app = Application(profile_id=profile.id, vacancy=osce, nominating_state="Kyrgyzstan")
    ru = build_context(profile, osce, app, letter_language="ru")
    assert ru["organisation"]["addressee"] == "В делегацию при ОБСЕ: Киргизия"
    assert build_context(profile, osce, app)["cover_letter"]["limit"] == 3000


def test_the_osce_form_for_a_un_post_needs_an_explicit_choice(tmp_path: Path) -> None:
    profile = person()
    un = _post(UN_OPENING)
    with pytest.raises(InputError, match=r"OSCE seconded post.*explicit choice"):
        fill_documents(profile, un, tmp_path, pdf=False, with_report=False)
    filled = fill_documents(
        profile, un, tmp_path, pdf=False, with_report=False, other_organisation_form=True
    )
    assert any(w.startswith("Filled by your choice:") for w in filled.warnings)
    osce = Vacancy(organization="OSCE", contract_type="Seconded")
    ok = fill_documents(profile, osce, tmp_path / "osce", pdf=False, with_report=False)
    assert not any("your choice" in w for w in ok.warnings)


# --- EU post ranking --------------------------------------------------------------------------


def test_an_eu_application_ranks_up_to_three_posts_of_its_call() -> None:
    posts = load_vacancies(EU_CALL)
    app = Application(profile_id="p", vacancy=posts[0])
    ranked = set_ranked_posts(app, ["GEO HQ 05", "geo zm 12", "GEO AR 11"], posts)
    assert [p.reference for p in ranked] == ["GEO HQ 05", "GEO ZM 12", "GEO AR 11"]
    stored = Application.model_validate_json(app.model_dump_json())  # as the store keeps it
    assert stored.ranked_posts == ranked
    with pytest.raises(InputError, match="at most 3 posts"):
        set_ranked_posts(app, ["GEO HQ 05", "GEO ZM 12", "GEO AR 11", "GEO XX 1"], posts)
    with pytest.raises(NotFoundError, match="posts are: GEO ZM 12, GEO HQ 05, GEO AR 11"):
        set_ranked_posts(app, ["GEO ZM 12", "GEO XX 1"], posts)
    with pytest.raises(InputError, match="own post"):
        set_ranked_posts(app, ["GEO HQ 05"], posts)
    checklist = build_checklist(
        posts[0], person(), today=BEFORE_EU, ranked_posts=stored.ranked_posts
    )
    assert (
        checklist_json(checklist)["ranked_posts"][0]
        == "1. GEO HQ 05 Mission Security Officer, Tbilisi"
    )


def test_an_osce_application_ranks_one_post() -> None:
    app = Application(profile_id="p", vacancy=Vacancy(organization="OSCE", requisition_id="A1"))
    with pytest.raises(InputError, match="one post per application"):
        set_ranked_posts(app, ["A1", "A2"], [app.vacancy])


# --- the CLI ----------------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from secondment_desk.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_deadline_for_a_un_opening_gives_direct_guidance(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _cli(
        capsys, "deadline", str(UN_OPENING), "--state", "Kazakhstan", "--today", "2023-03-01"
    )
    assert code == 0, err
    assert "apply to Kazakhstan" not in out and "delegation" not in out.casefold()
    assert "careers.un.org" in out and "--state is not used" in out
    code, out, err = _cli(capsys, "deadline", str(UN_OPENING), "--json", "--today", "2023-03-01")
    data = json.loads(out)
    assert (data["nominated"], data["delegation_deadline"], data["working_days_left"]) == (
        False, None, None,
    )  # fmt: skip


def test_cli_deadline_of_a_closed_call_says_closed_on(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(
        capsys,
        "deadline",
        str(EU_CALL),
        "--post",
        "1",
        "--state",
        "France",
        "--today",
        "2026-12-02",
    )
    assert code == 0, err
    assert "NOT OPEN:" in out and "The notice closed on 2017-05-12." in out
    assert "EU closed:" in out and "closed on 2017-04-" in out
    assert "-" + "2" not in out.split("working days")[0][-6:]  # no negative count before it
    code, out, _ = _cli(
        capsys, "deadline", str(EU_CALL), "--post", "1", "--state", "France", "--json",
        "--today", "2026-12-02",
    )  # fmt: skip
    data = json.loads(out)
    assert data["closed_on"] == "2017-05-12" and data["working_days_left"] is None
    assert data["organisation_working_days_left"] is None


def test_cli_checklist_of_a_cancelled_notice_is_not_green(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    profile_file = tmp_path / "profile.json"
    profile_file.write_text(person().model_dump_json(), encoding="utf-8")
    code, out, err = _cli(
        capsys, "checklist", str(UN_CANCELLED), "--profile-file", str(profile_file), "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["summary"]["ready"] is False
    assert data["summary"]["notice_problem"].startswith("The notice says this opening is cancelled")
    code, out, _ = _cli(capsys, "checklist", str(UN_CANCELLED), "--profile-file", str(profile_file))
    assert "cancelled" in out.split("## Readiness", 1)[1].splitlines()[2]
    assert "Every mandatory requirement is met" not in out
