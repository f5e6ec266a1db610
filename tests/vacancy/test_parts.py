"""The parser's parts on small inputs: headings, dates, times, items, categories, places."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.vacancy import highlight_spans, parse_text
from secondment_desk.vacancy.dates import find_dates, find_time
from secondment_desk.vacancy.facts import languages_in, read_facts
from secondment_desk.vacancy.fields import key_values, tidy_title
from secondment_desk.vacancy.items import categorize, kind_of, split_items, states_no_requirement
from secondment_desk.vacancy.lexicon import canonical_city, city_country
from secondment_desk.vacancy.sections import find_sections, match_heading


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Tasks and Responsibilites", "tasks"),
        ("TASKS AND RESPONSIBILITIES:", "tasks"),
        ("3. Job Specific Tasks and Responsibilities", "tasks"),
        ("Duties and Responsibilities:", "tasks"),
        ("Mision Specific Requirements", "requirements"),
        ("General Minimum Requirements |", "requirements"),
        ("Level Of Professional Competence Requirements", "requirements"),
        ("Necessary qualifications:", "requirements"),
        ("A. Essential requirements", "requirements"),
        ("Who We’re Looking For:", "requirements"),
        ("Desirable:", "desirable"),
        ("7. Desirable Knowledge, Skills and Abilities", "desirable"),
        ("Educational Background:", "education"),
        ("Work Experience", "experience"),
        ("Languages", "languages"),
        ("Org. Setting and Reporting", "background"),
        ("Remuneration Package:", "skip"),
        ("United Nations Considerations", "skip"),
    ],
)
def test_headings_are_recognised_with_typos_and_rewordings(line: str, role: str) -> None:
    heading = match_heading(line)
    assert heading is not None and heading.role == role


@pytest.mark.parametrize(
    "line", ["Excellent physical condition", "The OSCE is committed to diversity.", "Vienna"]
)
def test_ordinary_lines_are_not_headings(line: str) -> None:
    assert match_heading(line) is None


def test_inline_heading_starts_its_body_after_the_colon() -> None:
    text = "Desirable: Working knowledge of Russian\nTasks and Responsibilities\nDoing things"
    sections = find_sections(text)
    assert [s.role for s in sections] == ["desirable", "tasks"]
    assert sections[0].body(text).strip() == "Working knowledge of Russian"


def test_glued_dates_and_formats() -> None:
    text = "December 24, 2025February 7, 2026AstanaKazakhstan; 2 November 2017; Friday 12 May 2017"
    assert [d.iso for d in find_dates(text)] == [
        "2025-12-24", "2026-02-07", "2017-11-02", "2017-05-12",
    ]  # fmt: skip
    assert [d.iso for d in find_dates("12.05.2017 and 2025-08-01 and Aug 1, 2025")] == [
        "2017-05-12", "2025-08-01", "2025-08-01",
    ]  # fmt: skip
    assert find_dates("31 February 2017 and 2025-13-45") == []


@pytest.mark.parametrize(
    ("text", "zone", "want"),
    [
        ("2 November 2017 - 23:59 Central European Time (CET/CEST)", "Europe/Vienna",
         "23:59 Europe/Vienna"),
        ("Friday 12 May 2017 at 17:00 (Brussels time)", "Europe/Brussels", "17:00 Europe/Brussels"),
        ("by 5.00 pm New York time", "Europe/Vienna", "17:00 America/New_York"),
        ("at 12:00 noon", "Europe/Vienna", "12:00"),
    ],
)  # fmt: skip
def test_closing_time_keeps_the_zone_the_notice_states(text: str, zone: str, want: str) -> None:
    found = find_time(text, 0, len(text), zone)
    assert found is not None and found.value == want


def test_key_values_run_together_on_one_line() -> None:
    text = "x\nIssued by: OSCE Mission to Serbia Requisition ID: SRB000123 Grade: S4\n"
    kv = key_values(text)
    assert kv["office"][0].value == "OSCE Mission to Serbia"
    assert kv["requisition_id"][0].value == "SRB000123"
    assert text[kv["grade"][0].start : kv["grade"][0].end] == "S4"


def test_key_values_reads_the_lexicons_inline_keys_as_a_notice_writes_them() -> None:
    text = (
        "Organisation: OSCE Mission to Skopje\nContract\nType: Seconded\nVacancy No.: VN 01\n"
        "Department / Office: DPPA\nDepartment: Political Affairs\n"
    )
    kv = key_values(text)
    assert kv["office"][0].value == "OSCE Mission to Skopje"  # an inline-only key
    assert kv["contract_type"][0].value == "Seconded"  # a key broken over two lines
    assert kv["requisition_id"][0].value == "VN 01"  # a closing full stop
    assert [h.value for h in kv["office"]] == ["OSCE Mission to Skopje", "DPPA"]  # not 'Department'


def test_prose_colon_is_not_a_key() -> None:
    kv = key_values("About the Organization: The OSCE Mission to Moldova works well.\n")
    assert "office" not in kv


def test_items_split_semicolons_glued_and_spaced_lists() -> None:
    text = (
        "Excellent physical condition Possession of a valid driving licence Ability to cope "
        "with physical hardship\nKnowledge of A; Experience in B (incl. C; D); Fluency in E"
    )
    items = [i.text for i in split_items(text, 0, len(text))]
    assert items == [
        "Excellent physical condition",
        "Possession of a valid driving licence",
        "Ability to cope with physical hardship",
        "Knowledge of A",
        "Experience in B (incl. C; D)",
        "Fluency in E",
    ]
    glued = "Excellent drafting skillsKnowledge of Russian"
    assert [i.text for i in split_items(glued, 0, len(glued))] == [
        "Excellent drafting skills",
        "Knowledge of Russian",
    ]


def test_hard_wrapped_lines_are_joined() -> None:
    text = (
        "A minimum of seven years of progressively responsible experience in human\n"
        "rights is required.\n- Next item"
    )
    assert [i.text for i in split_items(text, 0, len(text))] == [
        "A minimum of seven years of progressively responsible experience in human rights "
        "is required.",
        "Next item",
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Possession of a valid driving licence", "licence"),
        ("Excellent physical condition", "physical"),
        ("Candidates must be citizens of an EU Member State", "eligibility"),
        ("First-level university degree in law", "education"),
        ("Working knowledge of Russian would be an advantage", "language"),
        ("Minimum 6 years of relevant professional experience", "experience"),
        ("Ability to analyse information", "skill"),
        ("Willingness to travel", "other"),
    ],
)
def test_categories(text: str, category: str) -> None:
    assert categorize(text) == category


def test_desirable_wording_wins_over_the_section() -> None:
    assert kind_of("Knowledge of German would be an asset", "mandatory") == "desirable"
    assert kind_of("Experience in field missions", "mandatory") == "mandatory"


def test_language_wording_and_kind() -> None:
    text = "Professional fluency in English is mandatory; working knowledge of Russian desirable"
    first = languages_in(text, 0, 44, "mandatory", strict=False)
    second = languages_in(text, 46, len(text), "mandatory", strict=False)
    assert [(h.language, h.kind, h.wording) for h in first + second] == [
        ("English", "mandatory", "professional fluency"),
        ("Russian", "desirable", "working knowledge"),
    ]
    assert languages_in("the Russian Federation is required", 0, 34, "mandatory", True) == []


def test_years_words_and_study_length_is_not_experience() -> None:
    text = "university studies of at least 3 years; A minimum of six (6) years of experience"
    assert read_facts(text, "mandatory").min_years() == 6


def test_title_loses_its_grade_and_shouting() -> None:
    assert tidy_title("POLITICAL AFFAIRS OFFICER, P3") == ("Political Affairs Officer", "P3")
    assert tidy_title("Human Rights Officer (S2)") == ("Human Rights Officer", "S2")


def test_places_are_data_with_spellings() -> None:
    assert canonical_city("Dushnabe") == "Dushanbe"
    assert city_country("Kiev") == "Ukraine"
    assert city_country("NEW YORK") == "United States of America"


def test_parse_text_for_pasted_text_and_highlight_spans() -> None:
    pasted = (
        "Monitoring Officer (S2)\r\nOSCE Mission to Moldova\r\nRequirements:\r\n"
        "\u00a0Minimum 4 years of experience; fluency in English is required.\r\n"
        "Closing date: 3 March 2026\r\nPlease apply through your delegation."
    )
    (vacancy,) = parse_text(pasted)
    assert "\r" not in vacancy.text and "\u00a0" not in vacancy.text
    assert vacancy.title == "Monitoring Officer" and vacancy.grade == "S2"
    assert vacancy.closing_date == date(2026, 3, 3)
    assert vacancy.country == "Moldova"
    labels = [label for label, _ in highlight_spans(vacancy)]
    assert "closing_date" in labels and any(lb.startswith("requirement:") for lb in labels)
    for _, span in highlight_spans(vacancy):
        assert 0 <= span.start < span.end <= len(vacancy.text)


def test_call_table_flattened_onto_one_line() -> None:
    """PDF text of a CfC often runs the whole table together, markers and ASAP included."""
    text = (
        "Call for Contributions Organisation: EUMM Georgia Job Location: As indicated below "
        "Ref.: Name of the Post: Location: Availability: Seconded (2) GEO AD 04** Deputy Head "
        "of Mission Support Department Tbilisi 18 Sep 2017 GEO BS 03a BSE Policy Support "
        "Officer Brussels 11 Sep 2017 Seconded/Contracted (1) GEO MS 12 Mission Security "
        "Officer Tbilisi ASAP\n"
        "Deadline for Applications: Wednesday 26 July 2017 at 17:00 (Brussels time)\n"
        "A. Essential requirements\n"
        "Citizenship – The candidates must be citizens of a Member State of the EU.\n"
        "Experience – A minimum of 3 years of relevant professional experience.\n"
    )
    posts = parse_text(text)
    assert [(p.requisition_id, p.title, p.duty_station, p.contract_type) for p in posts] == [
        ("GEO AD 04", "Deputy Head of Mission Support Department", "Tbilisi", "seconded"),
        ("GEO BS 03a", "BSE Policy Support Officer", "Brussels", "seconded"),
        ("GEO MS 12", "Mission Security Officer", "Tbilisi", "seconded/contracted"),
    ]
    assert [p.country for p in posts] == ["Georgia", "Belgium", "Georgia"]
    assert {p.closing_time for p in posts} == {"17:00 Europe/Brussels"}
    assert all(p.min_years_experience == 3 for p in posts)


def test_list_introductions_are_dropped_but_items_about_the_following_stay() -> None:
    text = (
        "The general minimum requirements for working with the OSCE are:\n"
        "Member States are requested to ensure that the following essential requirements "
        "are strictly met.\n"
        "Knowledge of the following software: Excel, Word and Outlook\n"
    )
    assert [i.text for i in split_items(text, 0, len(text))] == [
        "Knowledge of the following software: Excel, Word and Outlook"
    ]


def test_headings_run_into_one_line_each_start_a_section() -> None:
    text = (
        "Mission Specific Requirements\n"
        "Mandatory: Professional fluency in English. Desirable: Working knowledge of Serbian.\n"
        "Education: A second-level university degree in law;Experience: Minimum six (6) years "
        "of relevant experience.\n"
    )
    roles = [s.role for s in find_sections(text)]
    assert roles == ["requirements", "mandatory", "desirable", "education", "experience"]
    (vacancy,) = parse_text("OSCE Mission to Serbia\nPolitical Officer\n" + text)
    assert vacancy.languages_mandatory == ["English"]
    assert vacancy.languages_desirable == ["Serbian"]
    assert vacancy.min_years_experience == 6


@pytest.mark.parametrize(
    ("raw", "title", "grade"),
    [
        ("POLITICAL AFFAIRS OFFICER, P4 [Cancelled]", "Political Affairs Officer", "P4"),
        ("Monitor (Re-advertisement)", "Monitor", None),
    ],
)
def test_title_loses_a_status_tag(raw: str, title: str, grade: str | None) -> None:
    assert tidy_title(raw) == (title, grade)


def test_grade_and_duty_station_stated_only_in_prose() -> None:
    (vacancy,) = parse_text(
        "POLITICAL AFFAIRS OFFICER\nApplication deadline: Wednesday 29 Mar 2023 at 23:59 UTC\n"
        "This is a P-4 contract. This position is located in the Branch of the Department "
        "(DPPA) at Headquarters in New York. Experience in research is required."
    )
    assert (vacancy.grade, vacancy.duty_station) == ("P-4", "New York")
    assert (vacancy.closing_date, vacancy.closing_time) == (date(2023, 3, 29), "23:59 UTC")


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("This educational foundation is crucial for understanding security.", True),
        ("These skills are essential to succeed in the role.", True),
        ("This experience should be in fields related to security sector reform.", False),
        ("This position requires fluency in English.", False),
        ("A minimum of six years of relevant experience is required.", False),
    ],
)
def test_items_that_ask_for_nothing_are_dropped(text: str, dropped: bool) -> None:
    assert states_no_requirement(text) is dropped


def test_title_is_inferred_from_the_opening_prose_only_for_the_post_itself() -> None:
    from secondment_desk.vacancy.fields import title_from_role_sentence

    text = (
        "The Border Management Unit is one of two units of the Office. "
        "The Head of Unit provides advice to the Head of Office on border issues.\n"
    )
    found = title_from_role_sentence(text, len(text))
    assert found is not None
    assert found[0] == "Head of the Border Management Unit"
    assert text[found[1].start : found[1].end] == "Head of Unit"
    # the Head of Office is the person the post advises, never the post
    supervisor = "The Head of Office leads the Office. Reports to the Head of Office.\n"
    assert title_from_role_sentence(supervisor, len(supervisor)) is None
    # no job noun, no title
    assert title_from_role_sentence("The Office provides support.\n", 40) is None


def test_flattened_cfc_table_groups_and_deadline_carry_to_every_post() -> None:
    """The real EUMM table, continued by a second regime group and the call's deadline."""
    from tests.conftest import FIXTURES

    table = FIXTURES / "vacancies" / "real" / "eu_cfc_eumm_georgia_2016_table.txt"
    text = table.read_text("utf-8") + (
        " Seconded/Contracted (2) GEO HR 03 Human Resources Officer Tbilisi 01 Oct 2016"
        " GEO MO 11 ** CIS Officer Mtskheta ASAP\n\n"
        "Deadline for applications: Monday 29 August 2016 at 17:00 Brussels time\n"
    )
    posts = parse_text(text, "call.txt")
    assert len(posts) == 42
    assert {p.closing_date for p in posts} == {date(2016, 8, 29)}
    assert {p.closing_time for p in posts} == {"17:00 Europe/Brussels"}
    by_ref = {p.requisition_id: p for p in posts}
    assert by_ref["GEO MM 02"].contract_type == "seconded"
    assert by_ref["GEO HR 03"].contract_type == "seconded/contracted"
    assert (by_ref["GEO MO 11"].title, by_ref["GEO MO 11"].duty_station) == (
        "CIS Officer",
        "Mtskheta",
    )
    # furniture between rows ("Job Titles/", "Vacancy", "Notice:") is in no title
    assert not any(w in (p.title or "") for p in posts for w in ("Job Titles", "Vacancy", "Notice"))
