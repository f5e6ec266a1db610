"""Notices of organisations outside the OSCE/EU/UN families, and OSCE notices in other shapes:
each rule is a wording or a layout (label lexicon, organisation registry), shown on a short
text in that shape (the dev corpus, tests/fixtures/vacancies/corpus/dev/, holds the real ones).
"""

from __future__ import annotations

from secondment_desk.organisations import recognition
from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.dates import find_time


def test_job_grade_label_ends_the_job_family_value_above_it() -> None:
    text = (
        "1. Job Title: Senior Policy Officer\n"
        "Location: Addis Ababa, Ethiopia\n"
        "Directorate/Department: Office of the Legal Counsel\n"
        "Job Family: Legal\n"
        "Job Grade: P3\n\n"
        "Main Functions\n- drafts opinions\n"
    )
    (vacancy,) = parse_text(text + "The African Union Commission recruits.\n", "au.txt")
    assert vacancy.organization == "AU"
    assert vacancy.job_field == "Legal"  # not "Legal Job"
    assert vacancy.grade == "P3"
    assert vacancy.office == "Office of the Legal Counsel"


def test_the_secretariat_and_institutions_sentence_is_no_office() -> None:
    """Every OSCE institution's notice says seconded staff 'in the OSCE Secretariat and
    Institutions' get no allowance: that names no office."""
    text = (
        "Senior Adviser (S)\n\nThis position is open for secondment only.\n"
        "Seconded staff members in the OSCE Secretariat and Institutions are not entitled to a "
        "Board and Lodging Allowance payable by the Organization.\n"
        "The Office of the OSCE Representative on Freedom of the Media (RFoM) was established "
        "in December 1997.\n\nTasks and Responsibilities:\n- advises\n"
    )
    (vacancy,) = parse_text(text, "rfom.txt")
    assert vacancy.office == "OSCE Representative on Freedom of the Media"
    assert vacancy.contract_type == "seconded"


def test_esa_is_a_registry_entry_with_its_grade_bands_and_paris_time() -> None:
    assert "esa" in recognition.RECOGNISED_FAMILIES
    text = (
        "Job Requisition ID: 19001\n"
        "Closing Date: 10 March 2025 23:59 CET/CEST\n"
        "Grade Band: A2 – A4\n"
        "Location\nESTEC, Noordwijk, Netherlands\n\n"
        "Our team and mission\nThe ESA Directorate of Science ...\n"
    )
    (vacancy,) = parse_text(text, "esa.txt")
    assert vacancy.organization == "ESA"
    assert vacancy.grade == "A2 – A4"
    assert vacancy.closing_time == "23:59 Europe/Paris"
    assert vacancy.duty_station == "Noordwijk"
    assert vacancy.country == "Netherlands"


def test_a_grade_in_a_classified_sentence() -> None:
    text = (
        "Project Scientist\n\nThis post is classified A2-A4 on the Coordinated Organisations' "
        "salary scale.\n\nESTEC, Noordwijk, The Netherlands\n\n"
        "Reporting to the Head of the ESA Science Support Office, the postholder will:\n- x\n"
    )
    (vacancy,) = parse_text(text, "esa.txt")
    assert vacancy.title == "Project Scientist"
    assert vacancy.grade == "A2-A4"
    assert vacancy.duty_station == "Noordwijk"


def test_nato_grades_with_a_dot_and_with_the_new_scale() -> None:
    assert recognition.is_grade("NATO", "A.4")
    assert recognition.is_grade("NATO", "A.2 / NATO Grade G15")
    assert recognition.is_grade("NATO", "NATO Grade G15-G17")  # a range on the new scale
    assert not recognition.is_grade("NATO", "A.9")
    text = (
        "Primary Location: Belgium-Brussels\n\nNATO Body: NATO International Staff (NATO IS)\n\n"
        "Grade A.4\n\nThe incumbent must:\n- possess a university degree;\n"
    )
    (vacancy,) = parse_text(text, "nato.txt")  # a header copy is a notice, not refused
    assert vacancy.organization == "NATO"
    assert vacancy.grade == "A.4"
    assert vacancy.duty_station == "Brussels"


def test_a_whole_hour_named_by_its_word_and_national_zone_words() -> None:
    slovenian = "do 12. ure po srednjeevropskem času."
    assert find_time(slovenian, 0, len(slovenian), "Europe/Vienna") is not None
    found = find_time(slovenian, 0, len(slovenian), "Europe/Vienna")
    assert found is not None and found.value == "12:00 Europe/Ljubljana"
    german = "bis 17 Uhr"
    assert getattr(find_time(german, 0, len(german), "Europe/Vienna"), "value", None) == "17:00"
    polish = "do godz.: 10:00 (czasu warszawskiego)"
    found = find_time(polish, 0, len(polish), "Europe/Vienna")
    assert found is not None and found.value == "10:00 Europe/Warsaw"
    assert find_time("12 hours of work", 0, 16, "Europe/Vienna") is None


def test_a_slovenian_ministry_call_is_read_with_its_deadline() -> None:
    text = (
        "Interni natečaj za OVSE kratkoročno opazovanje volitev\n\n"
        "Notranji rok za prijavo je četrtek, 31. januar 2019 do 12. ure po srednjeevropskem "
        "času.\n\nKandidati morajo imeti odlično znanje angleščine.\n"
    )
    (vacancy,) = parse_text(text, "mzz.txt")
    assert vacancy.closing_date is not None and vacancy.closing_date.isoformat() == "2019-01-31"
    assert vacancy.closing_time == "12:00 Europe/Ljubljana"


_FLAT_OSCE = (
    "Policy Support Officer\n\n"
    "Issued by OSCE Programme Office in Bishkek Vacancy number VNKYRS00123 Vacancy type "
    "International Seconded Field of expertise Political Affairs Grade S2 Number of posts 1 "
    "Duty station Bishkek Date of entry on duty ASAP Date of issue 5 March 2019 Deadline for "
    "application 27 September 2019 - 23:59 Central European Time (CET/CEST) Background The "
    "OSCE has a comprehensive approach to security.\n\nTasks and Responsibilities\n- advises\n"
)


def test_a_header_table_flattened_into_one_line_is_read_label_by_label() -> None:
    no_colon = _FLAT_OSCE.replace(" - 23:59 Central European Time (CET/CEST)", "")
    for text in (_FLAT_OSCE, _FLAT_OSCE.replace("Vacancy number", "VACANCY NUMBER"), no_colon):
        (vacancy,) = parse_text(text, "flat.txt")
        assert vacancy.office == "OSCE Programme Office in Bishkek"  # "Office in" is a value
        assert vacancy.requisition_id == "VNKYRS00123"
        assert vacancy.contract_type == "seconded"
        assert vacancy.job_field == "Political Affairs"
        assert vacancy.grade == "S2"
        assert vacancy.number_of_posts == 1
        assert vacancy.duty_station == "Bishkek"
        assert vacancy.issue_date is not None and vacancy.issue_date.isoformat() == "2019-03-05"
        assert vacancy.closing_date is not None
        assert vacancy.closing_date.isoformat() == "2019-09-27"
        assert vacancy.closing_time == (None if text is no_colon else "23:59 Europe/Vienna")


def test_prose_holding_two_label_words_is_no_label_run() -> None:
    from secondment_desk.vacancy import layout

    prose = "Grade S2 officers and Duty station Vienna staff are set by the Mission at arrival.\n"
    assert "grade" not in layout.pairs(prose)


def test_a_ministry_naming_itself_at_the_top_is_the_office_in_any_declined_form() -> None:
    calls = {
        "Departament Wschodni Ministerstwa Spraw Zagranicznych informuje, że rozpoczyna nabór "
        "na dwóch obserwatorów długoterminowych na misję OBWE/ODIHR.": (
            "Ministerstwo Spraw Zagranicznych"
        ),
        "Ministerstwo Spraw Zagranicznych RP ogłasza nabór kandydatów na obserwatorów.": (
            "Ministerstwo Spraw Zagranicznych RP"
        ),
        "Ministerstwo Spraw Zagranicznych – Biuro Kapitału Ludzkiego uprzejmie informuje.": (
            "Ministerstwo Spraw Zagranicznych"
        ),
    }
    for opening, office in calls.items():
        text = (
            f"{opening}\n\nWymagania:\n- doświadczenie w obserwacji wyborów\n\n"
            "Zgłoszenia należy przesyłać w nieprzekraczalnym terminie do 7 września 2025 r.\n"
        )
        (vacancy,) = parse_text(text, "msz.txt")
        assert vacancy.office == office, opening


def test_a_ministry_named_deep_in_another_organisations_notice_is_not_its_office() -> None:
    text = (
        "Senior Adviser\n\nThe OSCE Mission supports the host country.\n"
        + "Background. " * 80
        + "\nIt co-operates with the Ministerstwo Spraw Zagranicznych of Poland.\n\n"
        "Tasks and Responsibilities\n- advises\n"
    )
    (vacancy,) = parse_text(text, "osce.txt")
    assert vacancy.office != "Ministerstwo Spraw Zagranicznych"


def test_name_forms_must_give_a_name_of_the_registry() -> None:
    import pytest
    from pydantic import ValidationError

    data = dict(
        recognition.family_recognition("national").recognition.model_dump(by_alias=True),
        name_forms={"Ministerstwa Obrony": "Ministerstwo Obrony"},
    )
    with pytest.raises(ValidationError, match="not in 'names'"):
        recognition.Recognition.model_validate(data)


def test_an_organisations_reference_form_is_registry_data() -> None:
    eumetsat = (
        "VN 20/23 Information Management Coordinator\n\nEUMETSAT, Darmstadt.\n\nDUTIES\n- x\n"
    )
    (vacancy,) = parse_text(eumetsat, "eumetsat.txt")
    assert vacancy.requisition_id == "VN 20/23"
    coe = (
        "Administrator\n\nacancy Notice N° e33/2011\nAdministrator (Grade A1/A2)\n"
        "Closing Date: 10 March 2011\nCouncil of Europe\n\nKey Activities\n- organises\n"
    )
    (vacancy,) = parse_text(coe, "coe.txt")  # the copy lost the label's first letter
    assert vacancy.requisition_id == "e33/2011"
    assert recognition.find_reference("CoE", "see www.site.org/e33/2011", 0, 25) is None
    assert recognition.find_reference("NATO", "VN 20/23", 0, 8) is None  # not NATO's form


def test_a_total_length_of_employment_is_the_longest_service() -> None:
    text = (
        "Administrator (Grade A1/A2)\nCouncil of Europe\nClosing Date: 10 March 2011\n\n"
        "Fixed-term contract: the total length of employment under fixed-term contracts will "
        "not exceed five years.\n\nThe duration of each contract will not exceed six months.\n"
    )
    (vacancy,) = parse_text(text, "coe.txt")
    assert vacancy.max_service_years == 5


def test_a_header_tables_rows_without_their_separator_are_read_in_a_block() -> None:
    from secondment_desk.vacancy import layout

    rows = (
        "Issued by OSCE Programme Office in Bishkek\nVacancy number VNKYRS00123\n"
        "Vacancy type International Seconded\n\nField of expertise Political Affairs\n"
        "Grade S2\nDuty station Bishkek\n"
    )
    got = {k: [h.value for h in v] for k, v in layout.pairs(rows).items()}
    assert got["office"] == ["OSCE Programme Office in Bishkek"]
    assert got["contract_type"] == ["International Seconded"]
    assert got["job_field"] == ["Political Affairs"]
    assert got["grade"] == ["S2"]
    assert got["location"] == ["Bishkek"]
    # two such lines are no table; titles that start with a label's word are no rows
    assert layout.pairs("Duty station Bishkek\nField of expertise Political Affairs\n") == {}
    assert layout.pairs("Office Manager\nMission Director\nCountry Representative\n") == {}


def test_a_boards_words_in_another_script_are_no_part_of_a_latin_title() -> None:
    from secondment_desk.vacancy.fields import tidy_title

    assert tidy_title("프로그램 (초급) ASSOCIATE PROJECT OFFICER(교육), P-2 채용") == (
        "Associate Project Officer",
        "P-2",
    )
    assert tidy_title("项目助理") == ("项目助理", None)  # a title wholly in that script stays


def test_a_labelled_titles_bracket_broken_onto_the_next_line_is_kept() -> None:
    text = (
        "1. POST :\nJOB TITLE: Senior Policy Officer\n"
        "(Support to the meetings of the Permanent Representatives' Committee (PRC))\n"
        "GRADE: P3\nDUTY STATION: Addis Ababa\n\nThe African Union Commission.\n\n"
        "3. DUTIES AND RESPONSIBILITIES\n- ensures support\n"
    )
    (vacancy,) = parse_text(text, "au.txt")
    assert vacancy.title == (
        "Senior Policy Officer (Support to the meetings of the Permanent Representatives' "
        "Committee (PRC))"
    )
    assert vacancy.grade == "P3"


def test_an_oas_header_reads_its_dates_month_first_and_its_washington_dc() -> None:
    text = (
        "Specialist\n\nOrganization of American States\nPublication Date: 2/10/2023\n"
        "Closing Date:\n3/3/23\n# of Openings: 2\nLocation: Washington, D.C.\n\n"
        "DUTIES AND RESPONSIBILITIES:\n- coordinates\n"
    )
    (vacancy,) = parse_text(text, "oas.txt")
    assert vacancy.issue_date is not None and vacancy.issue_date.isoformat() == "2023-02-10"
    # the date under "Closing Date:" is that label's value, not the page's own date line
    assert vacancy.closing_date is not None and vacancy.closing_date.isoformat() == "2023-03-03"
    assert vacancy.number_of_posts == 2
    assert vacancy.duty_station == "Washington"
    assert vacancy.country == "United States of America"


def test_odihr_named_in_full_after_osce_is_the_office_whole() -> None:
    text = (
        "VACANCY NOTICE\n\nOSCE Office for Democratic Institutions and Human Rights\n"
        "Warsaw, Poland\n\nPOST TITLE: Election Adviser\nGRADE: P3\n"
        "DEADLINE: 15 March 2014\n\nBackground\n- x\n"
    )
    (vacancy,) = parse_text(text, "odihr.txt")
    assert vacancy.office == "OSCE Office for Democratic Institutions and Human Rights"
    assert vacancy.title == "Election Adviser"


def test_a_boards_place_after_the_title_is_no_part_of_it() -> None:
    from secondment_desk.vacancy.fields import tidy_title

    assert tidy_title("Political Affairs Officer, New York, United States")[0] == (
        "Political Affairs Officer"
    )
    assert tidy_title("Head of Office, Mitrovica")[0] == "Head of Office"
    assert tidy_title("Officer, Democratization")[0] == "Officer, Democratization"
    assert tidy_title("Commissioner, Education, Science and Technology")[0] == (
        "Commissioner, Education, Science and Technology"
    )


def test_a_polish_or_slovenian_call_states_its_languages() -> None:
    polish = (
        "Ministerstwo Spraw Zagranicznych informuje, że rozpoczyna nabór obserwatorów.\n\n"
        "Wymagania:\n"
        "• znajomość języków angielskiego i rosyjskiego w stopniu zaawansowanym (minimum B2),\n"
        "• bardzo dobry stan zdrowia.\n\n"
        "Zgłoszenia należy przesyłać w nieprzekraczalnym terminie do 7 września 2025 r.\n"
    )
    (vacancy,) = parse_text(polish, "msz.txt")
    assert set(vacancy.languages_mandatory) == {"English", "Russian"}
    slovenian = (
        "Interni natečaj za OVSE kratkoročno opazovanje volitev\n\n"
        "Notranji rok za prijavo je četrtek, 31. januar 2019 do 12. ure.\n\n"
        "Kandidati morajo imeti odlično znanje angleškega jezika.\n"
    )
    (vacancy,) = parse_text(slovenian, "mzz.txt")
    assert vacancy.languages_mandatory == ["English"]


def test_a_supervisors_grade_in_brackets_is_not_the_posts() -> None:
    base = (
        "Finance Assistant\n\nThe OSCE Support Programme for Ukraine.\n\n"
        "Tasks and Responsibilities:\n{}\n- processes payments\n"
    )
    supervisor = "The incumbent reports to the Administrative Officer (P3), who leads the unit."
    (vacancy,) = parse_text(base.format(supervisor), "osce.txt")
    assert vacancy.grade is None
    own = "The OSCE seeks a Finance Assistant (G5) for its office."
    (vacancy,) = parse_text(base.format(own), "osce.txt")
    assert vacancy.grade == "G5"


def test_a_vacancy_announcements_reference_after_a_dash() -> None:
    text = (
        "VACANCY ANNOUNCEMENTS : SENIOR POLICY OFFICER (SUPPORT TO THE PRC) - 30001200\n\n"
        "The African Union Commission invites applications.\n\n1. POST :\n"
        "JOB TITLE: Senior Policy Officer\nGRADE: P3\n\n3. DUTIES AND RESPONSIBILITIES\n- x\n"
    )
    (vacancy,) = parse_text(text, "au.txt")
    assert vacancy.requisition_id == "30001200"
    assert vacancy.grade == "P3"


def test_a_ministry_named_inside_a_sentence_of_an_other_notice_is_not_its_publisher() -> None:
    text = (
        "Junior Professional Officer\n\nThis Junior Professional Officer post is funded by the "
        "Federal Department of Foreign Affairs of Switzerland.\n\nUNDP works with the United "
        "Nations system.\n\n"
        "Duties and Responsibilities\n- supports the team\n"
    )
    (vacancy,) = parse_text(text, "undp.txt")
    assert vacancy.organization == "UN"
    assert vacancy.office != "Federal Department of Foreign Affairs"


_POOL_PAGE = (
    "Open posts funded by the Expert Pool\n\n"
    "10 LTO-Election Observers (PDF, 8 Pages, 278.3 kB, English)\n\n"
    "Please address your availability in your letter of motivation.\n"
    "The application period will be open until 16 February 2025\n\n"
    "Policy Advisor (PDF, 2 Pages, 137.4 kB, English)\n\nSecondment to the Council of Europe\n"
    "The application period will be open until 13 February 2025\n\n"
    "JPO in Political Affairs in New York\nClosing date: 17.02.2025\nRecruitment by cinfo\n\n"
    "Human Security Advisor in Beirut\nStart date: Summer 2025\n"
)


def test_a_pools_page_of_open_posts_is_one_post_per_heading() -> None:
    posts = parse_text(_POOL_PAGE, "pool.txt")
    assert [p.title for p in posts] == [
        "LTO-Election Observers",
        "Policy Advisor",
        "JPO in Political Affairs",
        "Human Security Advisor",
    ]
    assert posts[0].number_of_posts == 10
    assert [str(p.closing_date) for p in posts[:3]] == ["2025-02-16", "2025-02-13", "2025-02-17"]
    assert posts[1].contract_type == "seconded"
    assert posts[2].duty_station == "New York"
    assert posts[3].duty_station == "Beirut" and posts[3].closing_date is None


def test_a_notice_that_repeats_its_deadline_is_not_a_list() -> None:
    text = (
        "Project Officer\n\nDeadline for applications: 10 March 2025\n\nTasks\n- x\n\n"
        "Requirements\n- degree\n\nHow to apply\nApply by 10 March 2025.\n"
        "Closing date: 10 March 2025\n"
    )
    (vacancy,) = parse_text(text, "one.txt")
    assert vacancy.title == "Project Officer"
