"""Layouts and wordings added against the development corpus's misses (issue 10): numbered
title labels, French call headers, dated references, EU agent posts, prose duty stations,
translated country names, non-English post nouns, bracketed references, long headings."""

from __future__ import annotations

from secondment_desk import countries
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.organisations import recognition
from secondment_desk.vacancy import layout, parse_text

REQUIREMENTS = (
    "\nRequirements:\n- University degree in law\n- 5 years of professional experience\n"
    "- Fluency in English\n"
)
EXIGENCES = (
    "\nQualifications requises\n- Diplôme universitaire en droit\n"
    "- Au moins 5 ans d'expérience professionnelle\n- Maîtrise du français\n"
)


def _one(text: str) -> Vacancy:
    found = parse_text(text)
    assert found
    return found[0]


def test_a_numbered_title_label_is_a_title_label() -> None:
    pairs = layout.pairs("Informations\nPoste 1 : CHEF DE BUREAU, AFFAIRES POLITIQUES\n")
    assert [h.value for h in pairs["title"]] == ["CHEF DE BUREAU, AFFAIRES POLITIQUES"]
    pairs = layout.pairs("Titre du poste 2 : Juriste principal – Protection\n")
    assert [h.value for h in pairs["title"]] == ["Juriste principal – Protection"]
    assert "title" not in layout.pairs("Article 12 : Dispositions finales\n")


def test_a_value_too_long_for_its_line_is_not_replaced_by_the_next_line() -> None:
    long_value = "Spécialiste " + "de la santé " * 30
    pairs = layout.pairs(f"Poste 1 : {long_value}\nPour chaque enfant, une chance.\n")
    assert "title" not in pairs


def test_an_oif_call_header_in_french() -> None:
    text = (
        "APPEL A CANDIDATURES\n"
        "L’Organisation internationale de la Francophonie regroupe 54 Etats.\n"
        "Titre du poste : Spécialiste de programme « développement et coopération »\n"
        "Lieu actuel d’affectation : Libreville\n"
        "Statut et grade : Emploi à recrutement international / Niveau P3, grade P3-1\n"
        "Date limite d’envoi des candidatures : 07/10/2022\n"
        "Numéro de l’appel à candidatures : AC/SRH, N° 31/2022 du 16 septembre 2022\n" + EXIGENCES
    )
    v = _one(text)
    assert v.organization == "OIF"
    assert v.title == "Spécialiste de programme « développement et coopération »"
    assert v.grade == "P3"
    assert v.duty_station == "Libreville"
    assert v.requisition_id == "AC/SRH, N° 31/2022"
    assert v.issue_date is not None and v.issue_date.isoformat() == "2022-09-16"
    assert v.closing_date is not None and v.closing_date.isoformat() == "2022-10-07"


def test_the_oif_and_the_au_in_french_are_in_the_registry() -> None:
    assert "oif" in recognition.RECOGNISED_FAMILIES
    assert recognition.is_grade("OIF", "B4")
    au = recognition.family_recognition("au").recognition
    assert "UNION AFRICAINE" in au.substrings


def test_an_eu_contract_agent_post_is_contracted() -> None:
    text = (
        "EEAS Vacancy - Policy Officer - HQ Contract Agent FGIV - EEAS Headquarters job No 438866\n"
        "The position of Policy Officer contract agent FGIV is open in the EEAS.\n"
        "Deadline for applications: 12 March 2024\n" + REQUIREMENTS
    )
    v = _one(text)
    assert v.contract_type == "contracted"
    seconded = text.replace("HQ Contract Agent FGIV", "open for secondment only").replace(
        "contract agent FGIV", "seconded expert"
    )
    assert _one(seconded).contract_type == "seconded"


def test_translated_country_names_never_replace_english_ones() -> None:
    assert countries.normalize("Gambie") == "Gambia"
    assert countries.normalize("Etiopía") == "Ethiopia"
    assert countries.normalize("Эфиопия") == "Ethiopia"
    assert countries.normalize("Georgia") == "Georgia"
    assert countries.normalize("Chad") == "Chad"


def test_a_french_location_with_its_country_in_french() -> None:
    text = (
        "Intitulé du poste 1 : Juriste principal – Protection\n\nLieu : Banjul, Gambie\n"
        "Date limite de candidature : 09/05/2025\n" + EXIGENCES
    )
    v = _one(text)
    assert (v.duty_station, v.country) == ("Banjul", "Gambia")


def test_a_duty_station_stated_in_prose() -> None:
    text = (
        "PRINCIPAL HUMAN RIGHTS OFFICER\n"
        "The Principal Human Rights Officer will be based in Bangui, a non-family duty station.\n"
        "Deadline: 5 March 2021\n" + REQUIREMENTS
    )
    v = _one(text)
    assert (v.duty_station, v.country) == ("Bangui", "Central African Republic")
    text = (
        "Humanitarian Affairs Officer, P4\n"
        "This job opening is published for the position of Humanitarian Affairs Officer in "
        "Goma, with OCHA.\nDeadline: 5 March 2021\n" + REQUIREMENTS
    )
    assert _one(text).duty_station == "Goma"
    text = (
        "Poste 1 : AGENT DE DÉONTOLOGIE\nLe titulaire est basé à Bangui et relève du chef.\n"
        "Date limite : 05/03/2021\n" + EXIGENCES
    )
    assert _one(text).duty_station == "Bangui"


def test_a_un_mission_names_the_country_when_no_place_is_stated() -> None:
    text = (
        "Assistant Human Rights Officer\n"
        "The positions are in the Human Rights Service of the United Nations Assistance Mission "
        "(UNAMA).\nDeadline: 5 March 2021\n" + REQUIREMENTS
    )
    assert _one(text).country == "Afghanistan"


def test_a_long_labelled_french_title_with_a_french_post_noun() -> None:
    title = (
        "Fonctionnaire des Affaires politiques : Affaires humanitaires, réfugiés, rapatriés et "
        "personnes déplacées"
    )
    text = f"1. POSTE\nTitre du poste : {title}\nGrade : P2\nDate limite : 05/03/2021\n" + EXIGENCES
    assert _one(text).title == title


def test_a_bracketed_reference_after_a_heading_title() -> None:
    text = (
        "VACANCY ANNOUNCEMENT: REGIONAL DESK OFFICER (10001137)\n"
        "Grade: P2\nDuty Station: Addis Ababa\nDeadline: 5 March 2021\n" + REQUIREMENTS
    )
    v = _one(text)
    assert v.requisition_id == "10001137"
    assert v.title is not None and "10001137" not in v.title


def test_a_long_heading_over_header_labels_is_the_title() -> None:
    title = (
        "National consultant to coordinate youth engagement in local governance with UNICEF in "
        "Uzbekistan"
    )
    text = (
        f"{title}\nApply now\nJob no: 581234\nDuty Station: Tashkent\n"
        "Deadline: 5 March 2021\n" + REQUIREMENTS
    )
    assert _one(text).title == title
    prose = f"{title}\nThe programme is long.\nIt runs for years.\nIt has aims.\n" + REQUIREMENTS
    assert _one(prose).title != title


def test_a_title_named_before_position_in_prose() -> None:
    text = (
        "Background:\nThe National Political Officer position is assigned to the Office of the "
        "Head of Mission.\nDeadline: 5 March 2021\n" + REQUIREMENTS
    )
    assert _one(text).title == "National Political Officer"


def test_a_short_term_assignment_mark_is_not_part_of_the_title() -> None:
    from secondment_desk.vacancy import fields as fx

    title, _grade = fx.tidy_title("Chief, Policy and Programme Support Unit (STA)")
    assert title == "Chief, Policy and Programme Support Unit"
    assert fx.tidy_title("Officer (Statistics)")[0] == "Officer (Statistics)"


def test_a_seconded_national_expert_post_is_seconded() -> None:
    from secondment_desk.vacancy import fields as fx

    found = fx.contract_type_from_prose(
        "VACANCY NOTICE TO ESTABLISH A POSITION FOR A SECONDED NATIONAL EXPERT (SNE)"
    )
    assert found is not None and found.value == "seconded"
