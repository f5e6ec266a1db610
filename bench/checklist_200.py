"""Build and assess a checklist for 200 vacancies x 1 profile; print the median per checklist.

    PYTHONPATH=src python bench/checklist_200.py

The vacancies vary grade, years asked, languages, education and requirement lists the way
real OSCE field notices do; the profile has a full history (jobs, degrees, languages, stories).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._timing import measure
from secondment_desk.checklist import build_checklist, render_markdown
from secondment_desk.models import (
    LanguageRequirement,
    Profile,
    Requirement,
    Vacancy,
    profile_from_data,
)

TODAY = date(2025, 8, 1)
GRADES = ["S1", "S2", "S3", "S4", "S", "P3", "P4"]
COUNTRIES = ["Tajikistan", "Kyrgyzstan", "Serbia", "Moldova", "Ukraine", "Bosnia and Herzegovina"]
LANGS = ["Russian", "English", "French", "Serbian", "Romanian", "Ukrainian"]
WORDING = ["Working knowledge of", "Professional fluency in", "Basic knowledge of", "Fluency in"]
SKILLS = [
    "Experience in negotiations and liaison with governmental and military authorities",
    "Ability to compile and analyse information of a politico-military nature",
    "Knowledge of regional political and security developments",
    "Working experience in field missions",
    "Demonstrated gender awareness and sensitivity",
    "Computer literate with practical experience using Microsoft applications",
]


def vacancy(i: int, rng: random.Random) -> Vacancy:
    grade = rng.choice(GRADES)
    years = rng.choice([2, 4, 6, 8, 10])
    mgmt = rng.choice([None, 3, 5]) if years >= 6 else None
    langs = rng.sample(LANGS, 2)
    wording = rng.choice(WORDING)
    exp = f"Minimum {years} years of relevant professional experience" + (
        f" including at least {mgmt} years at the management level" if mgmt else ""
    )
    reqs = [
        Requirement(kind="mandatory", category="physical", text="Excellent physical condition"),
        Requirement(
            kind="mandatory",
            category="licence",
            text="Possession of a valid automobile driving license and ability to drive using "
            "manual transmission",
        ),
        Requirement(
            kind="mandatory",
            category="education",
            text="Second-level university degree in a relevant field. A first-level university "
            "degree in combination with two years of additional qualifying experience may be "
            "accepted in lieu of the second-level university degree.",
        ),
        Requirement(kind="mandatory", category="experience", text=exp),
        Requirement(
            kind="mandatory", category="language", text=f"{wording} {langs[0]} is required"
        ),
        Requirement(kind="desirable", category="language", text=f"Working knowledge of {langs[1]}"),
    ]
    reqs += [
        Requirement(kind=rng.choice(["mandatory", "desirable"]), category="skill", text=s)
        for s in rng.sample(SKILLS, 3)
    ]
    country = rng.choice(COUNTRIES)
    return Vacancy(
        organization="OSCE",
        title=f"Officer {i}",
        requisition_id=f"BEN{i:06d}",
        grade=grade,
        job_level="Middle Management" if grade in ("S3", "P4") else "Professional",
        country=country,
        ineligible_nationalities=[country],
        education_level="master",
        min_years_experience=years,
        min_years_management=mgmt,
        degree_substitution_years=2,
        driving_licence_required=True,
        language_requirements=[
            LanguageRequirement(language=langs[0], kind="mandatory", wording=wording),
            LanguageRequirement(language=langs[1], kind="desirable", wording="Working knowledge"),
        ],
        requirements=reqs,
    )


def profile() -> Profile:
    jobs = [
        {
            "id": f"job{k}",
            "title": f"Officer {k}",
            "employer": "Ministry",
            "start": f"{2005 + 2 * k}-01",
            "end": f"{2007 + 2 * k}-06" if k < 9 else None,
            "management": k > 6,
            "duties": "negotiations with governmental authorities; field missions; analysis",
        }
        for k in range(10)
    ]
    return profile_from_data(
        {
            "personal": {
                "family_name": "Bench",
                "first_name": "Candidate",
                "nationalities": ["Germany", "Japan"],
                "permanent_residences": ["Germany"],
                "driving_licence": True,
                "manual_transmission": True,
            },
            "education": [
                {"institution": "Uni", "degree": "BA", "level": "first-level"},
                {"institution": "Uni", "degree": "MA", "level": "second-level"},
            ],
            "employment": jobs,
            "languages": [
                {"language": "English", "mother_tongue": True},
                {"language": "Russian", "listening": "B2", "reading": "B2", "writing": "B1"},
                {"language": "French", "listening": "C1", "reading": "C1", "writing": "C1",
                 "spoken_interaction": "C1", "spoken_production": "C1"},
            ],
            "stories": [
                {"title": f"Story {n}", "competencies": [c], "employment_ids": ["job9"]}
                for n, c in enumerate(["osce:communication", "osce:planning", "osce:leadership"])
            ],
        }
    )  # fmt: skip


def main() -> None:
    rng = random.Random(4)
    vacancies = [vacancy(i, rng) for i in range(200)]
    person = profile()
    build_checklist(vacancies[0], person, today=TODAY)  # warm the data caches
    samples = []
    for v in vacancies:
        start = time.perf_counter()
        build_checklist(v, person, today=TODAY)
        samples.append(time.perf_counter() - start)
    median_ms = statistics.median(samples) * 1000
    print(
        f"build_checklist, 200 vacancies x 1 profile: median {median_ms:.2f} ms"
        f", max {max(samples) * 1000:.2f} ms, total {sum(samples):.2f} s"
    )
    print(
        measure(
            "build + render_markdown, all 200",
            lambda: [render_markdown(build_checklist(v, person, today=TODAY)) for v in vacancies],
            runs=5,
        ).line()
    )


if __name__ == "__main__":
    main()
