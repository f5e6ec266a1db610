"""The shipped data: language wording to CEFR, and the competency models."""

from __future__ import annotations

import pytest

from secondment_desk.checklist import competency_model_for, level_for_wording, load_competency_model
from secondment_desk.checklist.data import level_near


@pytest.mark.parametrize(
    ("wording", "cefr"),
    [
        ("Professional fluency in English", "C1"),
        ("Fluency in English", "C1"),
        ("fluent French", "C1"),
        ("Excellent oral and written English", "C1"),
        ("Working knowledge of Russian", "B2"),
        ("good command of German", "B2"),
        ("Basic Albanian", "A2"),
        ("native speaker", "C2"),
    ],
)
def test_notice_wording_maps_to_cefr(wording: str, cefr: str) -> None:
    found = level_for_wording(wording)
    assert found is not None and found.cefr == cefr


def test_unmapped_wording_gives_none() -> None:
    assert level_for_wording("Knowledge of Russian") is None
    assert level_for_wording("") is None


def test_each_language_gets_the_wording_nearest_to_it() -> None:
    text = "Professional fluency in English; working knowledge of Russian is required."
    english, russian = level_near(text, "English"), level_near(text, "Russian")
    assert english is not None and english.phrase == "professional fluency"
    assert russian is not None and russian.cefr == "B2"


def test_competency_models_have_unique_stable_ids_in_known_groups() -> None:
    for key in ("osce", "un"):
        model = load_competency_model(key)
        ids = [c.id for c in model.competencies]
        assert len(ids) == len(set(ids))
        assert all(i.startswith(f"{key}:") for i in ids)
        assert {c.group for c in model.competencies} == {"core_values", "core", "managerial"}
    osce = load_competency_model("osce")
    assert [c.name for c in osce.group("core_values")] == [
        "Commitment", "Diversity", "Integrity", "Accountability",
    ]  # fmt: skip
    assert [c.name for c in osce.group("core")] == [
        "Communication", "Collaboration", "Planning", "Analysis and decision-making",
        "Initiative-taking", "Flexibility",
    ]  # fmt: skip
    assert all(c.summary or not c.confirmed for c in osce.competencies)


def test_model_is_chosen_by_organisation() -> None:
    osce = competency_model_for(" osce ")
    assert osce is not None and osce.organization == "OSCE"
    assert competency_model_for("EU") is None
    assert competency_model_for(None) is None
