"""Candidate decisions win over the computed status and survive a re-parse of the notice."""

from __future__ import annotations

from datetime import date

from secondment_desk.checklist import build_checklist
from secondment_desk.checklist.decisions import record_decision, stored_decisions
from secondment_desk.models import Application, ChecklistDecision, Evidence, Requirement
from tests.checklist.factories import DUSHANBE_REQUIREMENTS, dushanbe, job, person

TODAY = date(2025, 8, 1)


class MemoryBook:
    """The store's ``applications`` interface, in memory (the real store has its own tests)."""

    def __init__(self) -> None:
        self.saved: dict[str, Application] = {}

    def find(self, profile_id: str, vacancy_key: str) -> Application | None:
        for app in self.saved.values():
            if app.profile_id == profile_id and app.vacancy.key == vacancy_key:
                return app.model_copy(deep=True)
        return None

    def save(self, application: Application) -> None:
        self.saved[application.id] = application.model_copy(deep=True)


def _reparsed() -> list[Requirement]:
    """The same notice copied again: other whitespace and case, same requirements."""
    return [
        Requirement(kind=k, category=c, text="  " + t.replace(" ", "  ").upper() + "\n")
        for k, c, t in DUSHANBE_REQUIREMENTS
    ]


def test_a_decision_survives_a_rebuild_from_a_reparsed_notice() -> None:
    profile = person(jobs=[job("2020-08", "2025-07")])  # 5 years: computed 'not met'
    first = build_checklist(dushanbe(), profile, today=TODAY)
    years = next(i for i in first.items if i.text.startswith("Minimum 6 years"))
    assert years.status == "not_met"
    decisions = {
        years.id: ChecklistDecision(
            status="met",
            note="Two years of military service count as relevant experience.",
            evidence=[Evidence(kind="text", text="Military service 2018-2020")],
        ),
        "osce:communication": ChecklistDecision(status="partly"),
    }
    again = build_checklist(dushanbe(requirements=_reparsed()), profile, decisions, today=TODAY)
    item = again.item(years.id)
    assert item.status == "met" and item.decided_by == "candidate"
    assert "Computed: not met" in item.reason  # the computed view stays visible
    assert item.note.startswith("Two years")
    assert item.evidence[-1].text == "Military service 2018-2020"
    assert any(e.kind == "employment" for e in item.evidence)
    assert again.item("osce:communication").status == "partly"
    assert item not in again.summary.blockers
    assert again.unused_decisions == {}


def test_a_decision_for_a_vanished_item_is_kept_not_lost() -> None:
    decisions = {"0123456789ab": ChecklistDecision(status="met", note="old item")}
    checklist = build_checklist(dushanbe(), person(), decisions, today=TODAY)
    assert "0123456789ab" in checklist.unused_decisions


def test_note_only_decision_keeps_the_computed_status() -> None:
    decisions = {"notice:eligibility": ChecklistDecision(note="Asked the delegation.")}
    item = build_checklist(dushanbe(), person(), decisions, today=TODAY).item("notice:eligibility")
    assert item.status == "met" and item.decided_by == "computed"
    assert item.note == "Asked the delegation."


def test_decisions_are_saved_with_the_application_and_read_back() -> None:
    book = MemoryBook()
    profile = person(jobs=[job("2020-08", "2025-07")])
    vacancy = dushanbe()
    record_decision(book, profile, vacancy, "osce:planning", "met", note="Budget cycle story")
    record_decision(book, profile, vacancy, "notice:eligibility", "unknown")
    assert len(book.saved) == 1  # one application for (profile, vacancy)
    app = next(iter(book.saved.values()))
    assert app.profile_id == profile.id and app.vacancy.key == vacancy.key
    assert set(app.decisions) == {"osce:planning", "notice:eligibility"}
    # Re-parsed notice: same key, so the same application and decisions are found.
    reparsed = dushanbe(requirements=_reparsed())
    decisions = stored_decisions(book, profile, reparsed)
    checklist = build_checklist(reparsed, profile, decisions, today=TODAY)
    assert checklist.item("osce:planning").status == "met"
    assert checklist.item("osce:planning").note == "Budget cycle story"
    assert stored_decisions(book, person(), vacancy) == {}  # another profile has none
