"""A candidate with every field filled (12 jobs, 4 languages) and a vacancy, for the tests."""

from __future__ import annotations

from datetime import date

from secondment_desk.models import (
    Application,
    ChecklistItem,
    Evidence,
    Profile,
    Requirement,
    Vacancy,
)
from secondment_desk.models.profile import (
    Address,
    Availability,
    Declarations,
    Education,
    Employment,
    LanguageSkill,
    Membership,
    MilitaryService,
    Personal,
    Phone,
    Publication,
    Reference,
    StarStory,
    Training,
)

HOSTILE_TEXT = "Smith & Sons <Ltd> \"quoted\" 'single' {{ not.a.tag }} {% raw %}"


def full_profile() -> Profile:
    jobs = []
    for i in range(12):
        start_year = 2001 + i * 2
        jobs.append(
            Employment(
                start=f"{start_year}-0{1 + i % 9}",
                end=None if i == 11 else f"{start_year + 1}-1{i % 3}",
                title=f"Job title {i:02d} Political Affairs Officer",
                grade=f"S{1 + i % 4} step {i}",
                employer=f"Employer {i:02d} Ministry of Foreign Affairs",
                place=f"Place {i:02d} Šiauliai",
                country=f"Country {i:02d}",
                business_type=f"Business {i:02d} public administration",
                supervisor_name=f"Supervisor {i:02d} Zoë Ørsted",
                supervisor_contact=f"supervisor{i:02d}@example.org",
                staff_supervised=i + 100,
                management=i % 2 == 0,
                relevant=True,
                duties=f'Duties {i:02d}: drafted reports & briefed <delegations> on "OSCE".',
                achievements=f"Achievements {i:02d}: ceasefire monitoring plan adopted.",
                reason_for_leaving=f"Reason {i:02d}: end of contract",
                may_contact=i % 3 != 0,
            )
        )
    languages = [
        LanguageSkill(
            language="English",
            mother_tongue=False,
            listening="C2",
            reading="C2",
            spoken_interaction="C1",
            spoken_production="C1",
            writing="C1",
            certificates=["IELTS 8.0"],
        ),
        LanguageSkill(
            language="Russian",
            mother_tongue=True,
            listening="C2",
            reading="C2",
            spoken_interaction="C2",
            spoken_production="C2",
            writing="C2",
            certificates=["ТРКИ-4"],
        ),
        LanguageSkill(
            language="French",
            listening="B2",
            reading="B2",
            spoken_interaction="B1",
            spoken_production="B1",
            writing="A2",
            certificates=["DELF B2"],
        ),
        LanguageSkill(
            language="German",
            listening="A2",
            reading="B1",
            spoken_interaction="A2",
            spoken_production="A1",
            writing="A1",
            certificates=["Goethe A2"],
        ),
    ]
    personal = Personal(
        family_name="Kovalenko-Müller",
        first_name="Łucja",
        middle_name="Анна",
        former_names=["Łucja Nowak", "Люся Новак"],
        gender="female",
        date_of_birth=date(1979, 4, 12),
        place_of_birth="Kraków",
        country_of_birth="Poland",
        nationalities=["Poland", "Ukraine"],
        permanent_residences=["Austria"],
        addresses=[
            Address(
                kind="permanent",
                street="Ulica Długa 5 & 7",
                city="Gdańsk",
                postal_code="80-827",
                region="Pomorskie",
                country="Poland",
            ),
            Address(
                kind="current",
                street="Wallnerstraße 6",
                city="Wien",
                postal_code="1010",
                region="Wien",
                country="Austria",
            ),
        ],
        phones=[
            Phone(kind="mobile", number="+43 660 123 4567"),
            Phone(kind="home", number="+48 58 555 0101"),
        ],
        email="lucja.kovalenko@example.org",
        website="https://lucja.example.org/cv?a=1&b=2",
        driving_licence=True,
        manual_transmission=True,
        previous_io_service=True,
        previous_io_index_number="IDX-448812",
    )
    return Profile(
        personal=personal,
        summary="Summary: fifteen years of political reporting <OSCE> & EU missions.",
        education=[
            Education(
                institution="Jagiellonian University",
                place="Kraków",
                country="Poland",
                start="1998-10",
                end="2003-06",
                degree="MA International Relations",
                field="Security studies",
                level="second-level",
            ),
            Education(
                institution="Université Libre de Bruxelles",
                place="Bruxelles",
                country="Belgium",
                start="2004-09",
                end="2005-07",
                degree="LL.M. European Law",
                field="Human rights",
                level="second-level",
            ),
        ],
        training=[
            Training(
                title="HEAT course (hostile environment)",
                provider="ZIF Berlin",
                date="2019-05",
                duration="5 days",
                certificate=True,
            ),
            Training(
                title="Election observation core course",
                provider="ODIHR",
                date="2016-02",
                duration="2 weeks",
                certificate=False,
            ),
        ],
        languages=languages,
        employment=jobs,
        references=[
            Reference(
                name=f"Referee {n} Ödön Þór",
                relationship=f"Relationship {n}",
                position=f"Position {n}",
                organization=f"Organisation {n} & Co",
                email=f"referee{n}@example.org",
                phone=f"+1 555 010{n}",
                address=f"Address {n}, Vienna",
            )
            for n in (1, 2, 3)
        ],
        computer_skills=["MS Office", "SPSS", "QGIS <3.28>"],
        memberships=[
            Membership(
                organization="Polish Institute of International Affairs",
                role="Associate fellow",
                since="2012-01",
            )
        ],
        publications=[
            Publication(
                title="Ceasefire monitoring in practice",
                publisher="SIPRI",
                date="2020-11",
                url="https://example.org/pub?id=1&x=2",
                authors="Ł. Kovalenko; J. Doe",
            )
        ],
        military_service=[
            MilitaryService(
                country="Poland",
                branch="Land Forces",
                rank="Lieutenant",
                start="2003-07",
                end="2004-06",
                details="Reserve officer training",
            )
        ],
        declarations=Declarations(
            convicted=False,
            conviction_details="Conviction details: none",
            relatives_in_organisation=True,
            relatives_details="Relatives: brother, Border Management Unit",
            certified_true=True,
        ),
        availability=Availability(
            earliest_start=date(2026, 3, 1), notice_period_weeks=6, notes="Availability notes"
        ),
        stories=[
            StarStory(
                title="Story",
                situation="s",
                task="t",
                action="a",
                result="r",
                competencies=["analysis"],
                employment_ids=[jobs[0].id],
            )
        ],
        other_information="Other info: " + HOSTILE_TEXT,
    )


def vacancy() -> Vacancy:
    return Vacancy(
        organization="OSCE",
        office="OSCE Programme Office in Dushanbe",
        title="Politico-Military Officer",
        requisition_id="TAJ000394",
        contract_type="seconded",
        grade="S3",
        duty_station="Dushanbe",
        country="Tajikistan",
        closing_date="2025-08-01",
        requirements=[
            Requirement(
                text="Second-level university degree", kind="mandatory", category="education"
            ),
        ],
        text="the notice text",
    )


def application(profile: Profile, vac: Vacancy, letter: str = "") -> Application:
    return Application(
        profile_id=profile.id, vacancy=vac, nominating_state="Poland", cover_letter=letter
    )


def checklist_items() -> list[ChecklistItem]:
    return [
        ChecklistItem(
            id="a1",
            text="Second-level university degree",
            kind="mandatory",
            category="education",
            status="met",
            reason="MA 2003",
            evidence=[Evidence(kind="education", text="MA International Relations")],
        ),
        ChecklistItem(
            id="a2",
            text="Six years of relevant experience",
            kind="mandatory",
            category="experience",
            status="partly",
            reason="5.5 years counted",
            note="Check the 2009 post",
        ),
        ChecklistItem(
            id="a3",
            text="Knowledge of Tajik",
            kind="desirable",
            category="language",
            status="not_met",
            reason="Not in profile",
        ),
        ChecklistItem(
            id="c1",
            text="Analysis and decision-making",
            kind="competency",
            category="competency",
            status="unknown",
            group="core",
        ),
    ]


LETTER = (
    "I am applying for the post of Politico-Military Officer with the OSCE Programme Office "
    "in Dushanbe & its field offices.\n\nFor fifteen years I have worked on <security> "
    'questions in "hard" places.\n\nЯ свободно владею русским языком; Zoë and Ødegård '
    "were my colleagues."
)
