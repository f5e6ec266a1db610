"""The checklist judges the facts the parser read: one reader of notice text (issue 11)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from secondment_desk.checklist import build_checklist
from secondment_desk.models import Requirement, Vacancy
from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.parser import normalize_text, parse_single
from tests.checklist.factories import job, person

TODAY = date(2026, 3, 1)
SRC = Path(__file__).resolve().parents[2] / "src" / "secondment_desk"

_NOTICE = """OSCE Mission to Serbia
Senior Legal Adviser
Requirements
A minimum of thirteen years of progressively responsible professional experience.
Second-level university degree in law. A first-level university degree in combination with
two additional years of qualifying experience may be accepted in lieu of the second-level
university degree.
Professional fluency in English is mandatory; working knowledge of Serbian desirable.
"""


def _experience_items(vacancy: Vacancy, jobs: list[dict[str, object]]) -> list[str]:
    checklist = build_checklist(vacancy, person(jobs=jobs), today=TODAY)
    return [i.status for i in checklist.items if i.category == "experience"]


def test_thirteen_in_words_is_one_experience_item() -> None:
    (vacancy,) = parse_text(_NOTICE)
    assert vacancy.min_years_experience == 13
    assert vacancy.degree_substitution_years == 2
    twelve = [job("2013-01", "2025-01", relevant=True)]
    fourteen = [job("2011-01", "2025-01", relevant=True)]
    assert _experience_items(vacancy, twelve) == ["not_met"]
    assert _experience_items(vacancy, fourteen) == ["met"]


def test_a_maximum_of_years_asks_no_minimum() -> None:
    vacancy = parse_single(
        normalize_text(
            "OSCE Mission to Serbia\nJunior Officer\nRequirements\n"
            "Professional experience of no more than three years in public administration.\n"
            "Willingness to commit to a tour of duty of no less than one year.\n"
        ),
        None,
        None,
        "osce_field",
    )
    assert vacancy.min_years_experience is None
    # the requirement stays for the candidate to judge; no minimum is invented from it
    assert _experience_items(vacancy, []) == ["unknown"]


def test_french_requirements_are_judged_from_their_facts() -> None:
    vacancy = parse_single(
        normalize_text(
            "Organisation internationale de la Francophonie\nSpécialiste de programme\n"
            "Formation\nDiplôme universitaire supérieur en sciences politiques.\n"
            "Expérience\nAu moins 10 ans d'expérience professionnelle pertinente.\n"
            "Compétences linguistiques\nMaîtrise du français et de l'anglais (niveau C1).\n"
        ),
        None,
        None,
        "un",
    )
    profile = person(
        jobs=[job("2012-01", "2025-01", relevant=True)],
        languages=[{"language": "French", "mother_tongue": True},
                   {"language": "English", "listening": "B2", "reading": "B2",
                    "spoken_interaction": "B2", "spoken_production": "B2", "writing": "B2"}],
    )  # fmt: skip
    checklist = build_checklist(vacancy, profile, today=TODAY)
    by_category = {i.category: i for i in checklist.items if i.kind == "mandatory"}
    assert by_category["education"].status == "met"
    assert by_category["experience"].status == "met"
    assert by_category["language"].status == "not_met"  # English B2 < C1
    assert "C1" in by_category["language"].reason


def test_a_requirement_built_without_facts_is_read_once_by_the_parser() -> None:
    req = Requirement(
        kind="mandatory", category="experience", text="At least 6 years of experience"
    )
    vacancy = Vacancy(title="Officer", requirements=[req])
    build_checklist(vacancy, person(jobs=[]), today=TODAY)
    assert req.facts is not None and req.facts.min_years() == 6


def test_nothing_outside_vacancy_reads_requirement_text_with_a_regex() -> None:
    """The checklist's modules never run a regex over a requirement's or notice's words."""
    offenders = []
    for path in sorted((SRC / "checklist").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            args = [*node.args, *(k.value for k in node.keywords)]
            for arg in args:
                if isinstance(arg, ast.Attribute) and arg.attr == "text":
                    inner = arg.value
                    name = getattr(inner, "id", getattr(inner, "attr", ""))
                    if name in ("req", "requirement", "vacancy", "r"):
                        func = ast.unparse(node.func)
                        methods = (".search", ".match", ".finditer", ".findall", ".split", ".sub")
                        if func.startswith("re.") or func.endswith(methods):
                            offenders.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    for name in ("experience_clause", "_NUMBER_WORDS", "_SUBSTITUTION", "_EDUCATION_IN_TEXT",
                 "languages_in", "level_of_text", "_sole_sentence"):  # fmt: skip
        for path in sorted((SRC / "checklist").glob("*.py")):
            if name in path.read_text(encoding="utf-8"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []
