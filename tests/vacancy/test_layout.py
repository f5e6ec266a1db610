"""Layout first (issue 10, header half): label/value pairs in every shape, the label lexicon and
the organisation registry as validated data, values checked by their type."""

from __future__ import annotations

import json
from typing import Any

import pytest

from secondment_desk.organisations import recognition
from secondment_desk.resources import load_json_resource
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import labels, layout, parse_text
from secondment_desk.vacancy.parser import repair_mojibake

REQUIREMENTS = (
    "\nRequirements:\n- University degree in law\n- 5 years of professional experience\n"
    "- Fluency in English\n"
)


def _values(text: str) -> dict[str, list[str]]:
    return {name: [h.value for h in hits] for name, hits in layout.pairs(text).items()}


# --- the label lexicon --------------------------------------------------------------------


def test_shipped_labels_validate_and_cover_four_languages() -> None:
    lex = labels.lexicon()
    assert labels.field_of("Duty Station") == "location"
    assert labels.field_of("LIEU D'AFFECTATION") == "location"
    assert labels.field_of("Título del puesto") == "title"
    assert labels.field_of("Место службы") == "location"
    assert "tjo" in lex.title_noise


def test_a_label_given_to_two_fields_is_refused() -> None:
    data: dict[str, Any] = {
        "_about": "x",
        "fields": {"title": {"en": ["Post"]}, "office": {"en": ["post"]}},
    }
    with pytest.raises(labels.LabelsFileError, match="label of title and office"):
        labels.validate(data)


def test_an_unknown_field_or_language_is_refused() -> None:
    with pytest.raises(labels.LabelsFileError, match="unknown field"):
        labels.validate({"_about": "x", "fields": {"salary_band": {"en": ["Band"]}}})
    with pytest.raises(labels.LabelsFileError, match="unknown language"):
        labels.validate({"_about": "x", "fields": {"title": {"de": ["Titel"]}}})


def test_the_inline_keys_are_labels_of_the_lexicon_or_its_own_with_a_field() -> None:
    keys = labels.lexicon().inline_keys
    assert keys["vacancy no"] == "requisition_id"  # a label of 'fields': its field from there
    assert keys["organisation"] == "office"  # inline only: the layout reader does not know it
    assert labels.field_of("Organisation") is None
    assert "department" not in keys  # a label the layout reader alone reads


def test_an_inline_key_that_is_no_label_or_is_both_is_refused() -> None:
    base: dict[str, Any] = {"_about": "x", "fields": {"title": {"en": ["Job Title"]}}}
    with pytest.raises(labels.LabelsFileError, match="no label of 'fields'"):
        labels.validate({**base, "inline_keys": {"_about": "x", "labels": ["Post Title"]}})
    both = {"_about": "x", "labels": [], "inline_only": {"title": ["Job title"]}}
    with pytest.raises(labels.LabelsFileError, match="in 'fields'"):
        labels.validate({**base, "inline_keys": both})


# --- the organisation registry -------------------------------------------------------------


def test_every_family_has_a_valid_recognition_file() -> None:
    names = [entry.short_name for entry in recognition.registry()]
    assert names[:7] == ["OSCE", "EU", "UN", "NATO", "CoE", "OAS", "National"]
    assert "AU" in names


def test_a_broken_grade_pattern_is_refused() -> None:
    data = dict(load_json_resource("organisations/nato/recognition.json"))
    data["grade_patterns"] = ["G-?(\\d"]
    with pytest.raises(ValueError, match="grade pattern"):
        recognition.Recognition.model_validate(data)


def test_closing_zone_for_cet_comes_from_the_registry() -> None:
    assert recognition.cet_zone("EU") == "Europe/Brussels"
    assert recognition.cet_zone("OSCE") == "Europe/Vienna"
    assert recognition.cet_zone("CoE") == "Europe/Paris"
    assert recognition.cet_zone(None) == "Europe/Vienna"


@pytest.mark.parametrize(
    ("org", "value", "ok"),
    [
        ("EU", "FG III", True),
        ("EU", "FGIV", True),
        ("UN", "NPSA-7", True),
        ("UN", "Level 5", True),
        ("UN", "LICA 4", True),
        ("NATO", "B-4/G-10", True),
        ("CoE", "A1/A2", True),
        ("CoE", "Strasbourg", False),
        ("EU", "six years", False),
    ],
)
def test_grades_are_checked_against_the_organisations_scales(
    org: str, value: str, ok: bool
) -> None:
    assert recognition.is_grade(org, value) is ok


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The North Atlantic Treaty Organization (NATO) International Staff seeks a Policy "
         "Officer. NATO is ...", "NATO"),
        ("Council of Europe. Vacancy notice. The Council of Europe recruits ...", "CoE"),
        ("African Union Commission. The African Union invites applications", "AU"),
        ("Organisation des Nations Unies. Les Nations Unies recrutent ...", "UN"),
    ],
)  # fmt: skip
def test_organisations_are_recognised_from_registry_names(text: str, org: str) -> None:
    hit = fx.organization(text)
    assert hit is not None and hit.value == org


# --- label/value shapes --------------------------------------------------------------------


def test_same_line_and_next_line_pairs() -> None:
    text = "Closing Date: 10 March 2011\nLocation\nStrasbourg\nGrade:\nA1/A2\n"
    got = _values(text)
    assert got["closing_date"] == ["10 March 2011"]
    assert got["location"] == ["Strasbourg"]
    assert got["grade"] == ["A1/A2"]


def test_a_row_of_labels_over_a_row_of_values() -> None:
    text = "Post Title\tGrade\tDuty Station\nPolicy Officer\tP-4\tGeneva\n"
    got = _values(text)
    assert got["title"] == ["Policy Officer"]
    assert got["grade"] == ["P-4"]
    assert got["location"] == ["Geneva"]


def test_table_cells_label_then_value() -> None:
    got = _values("| Job Title | Legal Adviser |\n| Grade | S3 |\n")
    assert got["title"] == ["Legal Adviser"]
    assert got["grade"] == ["S3"]


def test_a_header_flattened_into_one_paragraph() -> None:
    got = _values("VACANCY Title: Human Rights Officer Grade: P-4 Duty Station: Geneva\n")
    assert got["title"] == ["Human Rights Officer"]
    assert got["grade"] == ["P-4"]
    assert got["location"] == ["Geneva"]


def test_a_label_run_into_its_value() -> None:
    got = _values("GradeNOA\n\nTarget Start Date2024-04-01\n")
    assert got["grade"] == ["NOA"]
    assert "title" not in got


def test_french_spanish_and_russian_labels() -> None:
    got = _values(
        "TITRE DU POSTE : Assistant administratif\nLOCACIÓN: Cusco\nМесто службы: Бишкек\n"
    )
    assert got["title"] == ["Assistant administratif"]
    assert got["location"] == ["Cusco", "Бишкек"]


def test_a_reference_label_without_colon() -> None:
    got = _values("Information Officer - EEAS Headquarters job n° 447664\n")
    assert got["requisition_id"] == ["447664"]


# --- values checked by type ------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Research Associate. Arolsen Archives, Bad Arolsen. Open until 15 May 2020",
        "Reporting Officer (3 posts)",
        "Fluency in English and French is required",
        "Brussels",
        "01-Apr-2020",
    ],
)
def test_values_that_are_not_titles(value: str) -> None:
    assert not fx.title_ok(value)


def test_titles_lose_what_a_system_appended() -> None:
    assert fx.tidy_title("Human Rights Officer [Temporary") == ("Human Rights Officer", None)
    assert fx.tidy_title("Senior Assistant (Recruitment) (2 posts)")[0] == (
        "Senior Assistant (Recruitment)"
    )
    title, grade = fx.tidy_title(
        "Humanitarian Affairs Officer (TJO), P4 (Temporary Job Opening) 86 views0 applications"
    )
    assert (title, grade) == ("Humanitarian Affairs Officer", "P4")
    assert fx.tidy_title("Deputy Head of Office (Grade A1/A2)") == (
        "Deputy Head of Office",
        "A1/A2",
    )
    assert fx.tidy_title("Protection Officer (Refugee)")[0] == "Protection Officer (Refugee)"


def test_a_city_naming_a_clock_is_not_the_duty_station() -> None:
    text = "Deadline: 3 May 2024 at 17:00 Brussels time. Cierre GMT-05:00 (Lima)."
    assert fx.place_in(text, 0, len(text)) is None
    assert fx.place_in("LOCACIÓN: Cusco", 0, 15) == fx.Hit("Cusco", 10, 15)


def test_brussels_time_gives_no_country() -> None:
    text = (
        "Vacancy notice\nPolicy Officer\nApplications must be received by 3 May 2024, "
        "17:00 Brussels time." + REQUIREMENTS
    )
    vacancy = parse_text(text)[0]
    assert vacancy.duty_station is None
    assert vacancy.country is None


def test_mojibake_is_repaired() -> None:
    assert repair_mojibake("the Serbiaโs mission") == "the Serbia’s mission"
    assert repair_mojibake("the worldâ€™s largest") == "the world’s largest"
    assert repair_mojibake("สวัสดีครับ โรงเรียน") == "สวัสดีครับ โรงเรียน"


# --- whole notices ---------------------------------------------------------------------------


def test_an_eeas_heading_of_parts() -> None:
    text = (
        "EEAS VACANCY NOTICE - CA FG III - Administrative assistant - EU Delegation UK - London\n"
        "\n18/09/2019 - 10:07\nContract agents\n\nThe closing date for applications is "
        "09/10/2019 at 18.00 (CET)." + REQUIREMENTS
    )
    vacancy = parse_text(text)[0]
    assert vacancy.organization == "EU"
    assert vacancy.title == "Administrative assistant"
    assert vacancy.grade == "FG III"
    assert vacancy.office == "EU Delegation UK"
    assert vacancy.duty_station == "London"
    assert vacancy.issue_date is not None and vacancy.issue_date.isoformat() == "2019-09-18"


def test_labels_and_values_on_separate_lines() -> None:
    text = (
        "Council of Europe\nVacancy Notice N° e33/2011\nAdministrator (Grade A1/A2)\n\n"
        "Closing Date: 10 March 2011\nLocation\nStrasbourg\n" + REQUIREMENTS
    )
    vacancy = parse_text(text)[0]
    assert vacancy.organization == "CoE"
    assert vacancy.title == "Administrator"
    assert vacancy.grade == "A1/A2"
    assert vacancy.requisition_id == "e33/2011"
    assert (vacancy.duty_station, vacancy.country) == ("Strasbourg", "France")


def test_labels_file_is_json_with_about() -> None:
    data = json.loads(json.dumps(load_json_resource("vacancy/labels.json")))
    assert data["_about"]


def test_an_address_line_whose_city_and_country_agree() -> None:
    from secondment_desk.vacancy.header import address_line

    found = address_line("Place of employment\nEEAS Headquarters, Brussels, Belgium\n")
    assert found is not None
    assert (found[0].value, found[1].value) == ("Brussels", "Belgium")
    assert address_line("Brussels, Austria\n") is None


def test_a_labelled_grade_beats_one_in_the_title_brackets() -> None:
    text = (
        "United Nations Educational, Scientific and Cultural Organization (UNESCO)\n"
        "RE-ADVERTISEMENT: National Project Officer (SB-5 MIN)\n\nDuty Station: Tajikistan, "
        "Dushanbe\nLevel : Level 5\nApplication Deadline: 20-OCT-2022\n" + REQUIREMENTS
    )
    vacancy = parse_text(text)[0]
    assert vacancy.organization == "UN"
    assert vacancy.title == "National Project Officer"
    assert vacancy.grade == "Level 5"
    assert (vacancy.duty_station, vacancy.country) == ("Dushanbe", "Tajikistan")


def test_a_country_label_and_a_taleo_location() -> None:
    text = (
        "NATO\nPrimary Location\nBelgium-BrusselsNATO Body\nInternational Military Staff\n"
        "TITLE: Senior Assistant (Recruitment) (2 posts)\nGRADE: B-4/G-10\n" + REQUIREMENTS
    )
    vacancy = parse_text(text)[0]
    assert vacancy.organization == "NATO"
    assert vacancy.title == "Senior Assistant (Recruitment)"
    assert vacancy.number_of_posts == 2
    assert vacancy.grade == "B-4/G-10"
    assert (vacancy.duty_station, vacancy.country) == ("Brussels", "Belgium")
    other = parse_text("Vacancy: Field Officer\nCountry: Iraq\n" + REQUIREMENTS)[0]
    assert other.country == "Iraq"


def test_a_label_alone_does_not_take_a_glued_label_below_as_its_value() -> None:
    text = "Residential location (if applicable)\n\nGradeNOA\n\nTarget Start Date\n2026-06-01\n"
    values = _values(text)
    assert values.get("grade") == ["NOA"]
    assert "NOA" not in str(values.get("other"))


@pytest.mark.parametrize(
    ("raw", "title", "grade"),
    [
        ("Head of Sub-Office P5 -Melkadida, Ethiopia", "Head of Sub-Office", "P5"),
        ("Political Adviser – Kyiv", "Political Adviser", None),
        ("Officer - Gender", "Officer - Gender", None),  # not a place: kept
        ("Humanitarian Affairs Officer (TJO), P3 (Temporary Job Opening)",
         "Humanitarian Affairs Officer", "P3"),
    ],
)  # fmt: skip
def test_a_title_loses_the_place_and_grade_written_after_it(
    raw: str, title: str, grade: str | None
) -> None:
    assert fx.tidy_title(raw) == (title, grade)


def test_posts_counted_and_named_in_the_opening_prose() -> None:
    text = (
        "Org. Setting and Reporting\nThis temporary job opening is being advertised for two (2) "
        "positions as Humanitarian Affairs Officer which are located in the Office for the "
        "Coordination of Humanitarian Affairs (OCHA) in Pemba, Mozambique.\nResponsibilities\n"
        "Within delegated authority, the Humanitarian Affairs Officer will be responsible for "
        "the following duties:\n• Monitors and reports on humanitarian developments.\n"
    )
    (vacancy,) = parse_text(text, "first_screen.txt")
    assert vacancy.title == "Humanitarian Affairs Officer"
    assert vacancy.number_of_posts == 2


def test_a_sites_language_menu_is_no_languages_section() -> None:
    from secondment_desk.vacancy.sections import find_sections

    text = "Language: English | Français | Español | Русский\nProject Officer\n"
    assert find_sections(text) == []
    assert [s.role for s in find_sections("Languages: English and French\n")] == ["languages"]


def test_a_notice_without_sections_under_a_sites_menus_keeps_its_head() -> None:
    menus = "".join(f"{item}\n" for item in ("Home", "Find jobs", "Job alerts", "Sign in") * 40)
    notice = (
        "ADMINISTRATIVE ASSISTANT\n\nUNRC - UN Resident Coordinator System\nDuty station Kyiv\n"
    )
    (vacancy,) = parse_text(menus + notice + "Application deadline: 6 Dec 2021\n", "page.txt")
    assert vacancy.title == "Administrative Assistant"
    assert vacancy.duty_station == "Kyiv"
