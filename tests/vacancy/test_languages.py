"""Notices written in Spanish, French and Russian (issue 10): labels, organisations and dates
added against the development corpus's es/fr/ru notices. Each case is a wording seen in
several notices or sources, written here in a shortened form."""

from __future__ import annotations

import pytest

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.organisations import recognition
from secondment_desk.vacancy import dates, facts, layout, parse_text
from secondment_desk.vacancy import signals as vacancy_signals

TASKS = "\nTareas:\n- Redactar informes\n- Apoyar al equipo\n"


def _one(text: str) -> Vacancy:
    found = parse_text(text)
    assert found
    return found[0]


WTO_ES = (
    "7 March 2021\n\nLa política de contratación de la OMC está encaminada a atraer "
    "funcionarios.\n\nAviso de vacante Nº: EXT/F/21-6\n \nTítulo: Secretario\n \nGrado: 4\n"
    " \nTipo de contrato: De plazo fijo\n \nPublicado el: 8 febrero 2021\n \n"
    "Fecha de cierre (HEC): 8 marzo 2021\n \nDivisión:   Normas\n" + TASKS
)
WTO_FR = (
    "7 March 2021\n\nLa politique de recrutement de l'OMC vise à attirer des "
    "fonctionnaires.\n\nAvis de vacance n°: EXT/F/21-6\n \nTitre: Secrétaire\n \nClasse: 4\n"
    " \nPublié le: 8 février 2021\n \nDate de clôture (HEC): 8 mars 2021\n \n"
    "Division:   Règles\n" + TASKS
)


@pytest.mark.parametrize(
    ("text", "title", "office"),
    [(WTO_ES, "Secretario", "Normas"), (WTO_FR, "Secrétaire", "Règles")],
)
def test_a_wto_page_in_spanish_and_french(text: str, title: str, office: str) -> None:
    v = _one(text)
    assert v.organization == "WTO"
    assert (v.title, v.office, v.grade) == (title, office, "4")
    assert v.requisition_id == "EXT/F/21-6"
    # the labelled publication date, not the page's own date line at its top
    assert (str(v.issue_date), str(v.closing_date)) == ("2021-02-08", "2021-03-08")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("La Organización Internacional del Trabajo (OIT) busca un Oficial.", "UN"),
        ("El PNUD en Panamá contrata una consultoría individual.", "UN"),
        ("ПРООН объявляет конкурс на позицию консультанта.", "UN"),
        ("Le PAM recrute un chef de sous-bureau.", "UN"),
    ],
)
def test_un_agencies_named_in_spanish_french_and_russian(text: str, org: str) -> None:
    assert _one(text + TASKS).organization == org


def test_a_deadline_written_in_spanish_prose() -> None:
    v = _one(
        "AVISO DE ADQUISICIÓN PARA CONTRATACIÓN INDIVIDUAL\nFecha: 24 de agosto de 2016\n"
        "La propuesta debe hacerse llegar al correo electrónico abajo descrito a más tardar\n"
        "el 7 de septiembre de 2016 hasta las 23:59 (GMT -5), hora de la República de Panamá.\n"
        "Cualquier solicitud de aclaración deberá enviarse a más tardar hasta el día el 29 de "
        "agosto de 2016.\n" + TASKS
    )
    assert (str(v.issue_date), str(v.closing_date)) == ("2016-08-24", "2016-09-07")


def test_russian_reference_and_opening_date_labels() -> None:
    v = _one(
        "Вакансия №: 13-2018\nПОЗИЦИЯ: Охранник\nДАТА ОТКРЫТИЯ: 30 марта, 2018\n"
        "ДАТА ЗАКРЫТИЯ: 13 апреля, 2018\nОСНОВНЫЕ ФУНКЦИИ ПОЗИЦИИ\n"
        "Осуществляет охрану имущества.\n"
    )
    assert (v.requisition_id, v.title) == ("13-2018", "Охранник")
    assert (str(v.issue_date), str(v.closing_date)) == ("2018-03-30", "2018-04-13")


@pytest.mark.parametrize(
    ("zone_text", "zone"),
    [
        (" (GMT -5), hora de la República de Panamá.", "America/Panama"),  # a city, 2nd word
        (" heure normale d’Afrique de l’Ouest (N’Djamena)", "Africa/Ndjamena"),  # apostrophe
        ("-UTC+01:00 heure normale d’Afrique de l’Ouest (Kinshasa)", "Africa/Kinshasa"),
        (" (GMT-5), hora de Perú.", "America/Lima"),  # a country of one zone names it
        (" (GMT-5).", "Etc/GMT+5"),  # an offset is not Greenwich time
        (" UTC", "UTC"),
    ],
)
def test_the_zone_after_a_closing_time(zone_text: str, zone: str) -> None:
    found = dates.zone_of(zone_text, "Europe/Vienna")
    assert found is not None and found[0] == zone


def test_a_row_of_ticked_boxes_under_a_label_keeps_its_own_pair() -> None:
    kv = layout.pairs("Tipo de contrato\n\n  Internacional   Local: Cochabamba\n")
    assert [h.value for h in kv["location"]] == ["Cochabamba"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the line ends on a joining word
            "Descripción del Servicio:\nConsultor(a) en recopilación de datos sobre la "
            "igualdad de género en\nAdministración Pública.\nSupervisor:\nTeam Líder.\n",
            "Consultor(a) en recopilación de datos sobre la igualdad de género en "
            "Administración Pública",
        ),
        (  # a joining word carries the value over a blank line and a stray mark
            "Título: Consultor/a para el Diseño del Curso Desarrollo Económico Local y\n\n"
            ". Género en el Marco de la Agenda 2030.\n\nTipo de Contrato: IC\n",
            "Consultor/a para el Diseño del Curso Desarrollo Económico Local y Género en el "
            "Marco de la Agenda 2030",
        ),
        (  # a short line under a long one is the next heading, not the title's end
            "Poste 1 : Consultant national chargé d’évaluer la mise en œuvre de la Politique "
            "sectorielle\nResult of Service\nLes résultats suivants sont attendus.\n",
            "Consultant national chargé d’évaluer la mise en œuvre de la Politique sectorielle",
        ),
    ],
)
def test_a_title_wrapped_onto_the_next_line(text: str, title: str) -> None:
    kv = layout.pairs(text)
    assert kv["title"][0].value == title


def test_a_title_may_name_a_plan_by_its_years() -> None:
    v = _one(
        "NOTICE DE SELECTION\nIntitulé de la mission : Réalisation d’une Evaluation finale de "
        "l’UNDAF 2015-2019\nType de Contrat : Contrat Individuel\n"
        "Délai de réception des offres : 18 Avril 2019\n" + TASKS
    )
    assert v.title == "Réalisation d’une Evaluation finale de l’UNDAF 2015-2019"
    assert str(v.closing_date) == "2019-04-18"


PERU = (
    "Programa de las Naciones Unidas para el Desarrollo\n"
    "AVISO DE ADQUISICION PARA CONTRATACIÓN INDIVIDUAL\nFecha: 09 de diciembre de 2016\n"
    "PAÍS:\nPerú\nDESCRIPCIÓN DEL SERVICIO:\n"
    "Soporte metodológico de la construcción del Plan Nacional de Derechos\n"
    "Humanos 2017 – 2021, con énfasis en el sistema de monitoreo y\nevaluación.\n"
    "LUGAR DE DESTINO:\nLima: Ministerio de Justicia y Derechos Humanos\n"
    "La propuesta deberá remitirse en idioma español y debe hacerse llegar al correo "
    "electrónico abajo descrito\na más tardar el 21 de diciembre de 2016 hasta las 23:59 "
    "(GMT-5), hora de Perú.\n"
)


def test_a_undp_procurement_notice_for_an_individual_consultant() -> None:
    v = _one(PERU)  # not refused: an individual-contract notice with a deadline in prose
    assert v.organization == "UN"
    assert v.title == (
        "Soporte metodológico de la construcción del Plan Nacional de Derechos Humanos "
        "2017 – 2021, con énfasis en el sistema de monitoreo y evaluación"
    )
    assert (v.duty_station, v.country) == ("Lima", "Peru")
    assert (str(v.issue_date), str(v.closing_date)) == ("2016-12-09", "2016-12-21")
    assert v.closing_time == "23:59 America/Lima"  # "hora de Perú": Peru has one zone


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Health Specialist (Immunization), NOB, TA, 364 days, Abuja, Nigeria",
            "Health Specialist (Immunization)",
        ),
        (
            "POSTE 1 : Spécialiste de la santé auprès des adolescents, en charge de la "
            "vaccination systématique contre le VPH et de son intégration à la mobilisation "
            "sociale contre la polio, NOB, TA, 364 jours, Abuja, Nigeria",
            "Spécialiste de la santé auprès des adolescents, en charge de la vaccination "
            "systématique contre le VPH et de son intégration à la mobilisation sociale contre "
            "la polio",
        ),
    ],
)
def test_a_unicef_title_of_parts(heading: str, title: str) -> None:
    v = _one("UNICEF\n" + heading + "\nTâches:\n- Rédiger des rapports\n")
    assert (v.title, v.grade) == (title, "NOB")
    assert (v.duty_station, v.country) == ("Abuja", "Nigeria")


def test_a_title_with_commas_but_no_grade_is_kept_whole() -> None:
    v = _one("UNICEF\nTitle: Officer, Monitoring and Evaluation, Health Section\n" + TASKS)
    assert v.title == "Officer, Monitoring and Evaluation, Health Section"


@pytest.mark.parametrize(
    "text",
    [
        "Lugar de destino: Quito\nAlgo más sobre el proyecto.\n",  # a labels.json label
        "Место службы: Бишкек\nПрочая информация.\n",
        "Intitulé de l'offre : Assistant\nAutre texte.\n",
    ],
)
def test_a_french_spanish_or_russian_post_label_marks_a_notice(text: str) -> None:
    assert "post_label" in vacancy_signals.signals(text)


def test_every_closing_label_of_the_date_reader_marks_a_deadline() -> None:
    text = "Date de fin de l’offre d’emploi\n9 juin 2024\nLe HCR recrute.\n"
    assert "deadline_date" in vacancy_signals.signals(text)
    assert str(_one(text).closing_date) == "2024-06-09"


def test_a_spanish_consultancy_letter_is_a_notice_with_a_yearless_deadline() -> None:
    v = _one(
        "INVITACIÓN A CONSULTORÍA Fondo de las Naciones Unidas para la Infancia Santiago, "
        "30 junio de 2015 De nuestra consideración: UNICEF necesita los servicios de una "
        "consultoría. Las propuestas deberán ser remitidas a más tardar el día 15 de julio. "
        "El correo electrónico debe indicar el número de la vacante (#CLE-08/2015).\n"
    )
    assert str(v.closing_date) == "2015-07-15"
    assert v.requisition_id == "CLE-08/2015"  # "(#CLE-08/2015)" after its label


def test_a_heading_cut_by_an_ellipsis_is_not_a_sentence() -> None:
    found = vacancy_signals.signals(
        "Home > Documents\nTÉRMINOS DE REFERENCIA ASESOR/A PEDAGÓGICO/A Y DE GESTIÓN...\n"
    )
    assert "job_heading" in found


def test_a_french_primary_location_label_beats_the_seat_in_the_boilerplate() -> None:
    v = _one(
        "L’OMS est une agence spécialisée dont le siège se situe dans le canton de Genève.\n"
        "Poste 1 : CONSULTANT NATIONAL EN APPUI A LA SURVEILLANCE – (2209726)\n"
        "Grade: NO-B\nEmplacement principal : Kinshasa\n" + TASKS
    )
    assert (v.duty_station, v.grade) == ("Kinshasa", "NO-B")


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Высшее образование (степень магистра или эквивалент) в области права", "master"),
        ("University degree (master's degree preferred) in law", "bachelor"),  # a wish
        ("Bachiller universitario en Educación", "bachelor"),  # Peru's university degree
        ("Baccalauréat + 3 ans d'études universitaires", "bachelor"),
        ("Educación secundaria completa", "secondary"),
    ],
)
def test_the_education_level_a_requirement_names(line: str, level: str) -> None:
    assert facts.read_facts(line, "mandatory").education_level == level


@pytest.mark.parametrize(
    ("line", "mandatory", "desirable"),
    [
        ("Idiomas: Español (obligatorio), Inglés (deseable)", ["Spanish"], ["English"]),
        ("Знание языков: русский – свободно, английский – желательно", ["Russian"], ["English"]),
        ("English, French and Spanish desirable", [], ["English", "French", "Spanish"]),
        ("Excellent command of English, knowledge of French desirable", ["English"], ["French"]),
        ("Idiomas: Español e inglés", ["Spanish", "English"], []),  # a label states it
        ("Langue(s) : Français", ["French"], []),
        ("Langues requises : Français, Anglais", ["French", "English"], []),
    ],
)
def test_each_language_of_a_list_takes_its_own_cue(
    line: str, mandatory: list[str], desirable: list[str]
) -> None:
    found = facts.read_facts(line, "mandatory").languages
    assert [f.language for f in found if f.kind == "mandatory"] == mandatory
    assert [f.language for f in found if f.kind == "desirable"] == desirable


def test_a_languages_label_in_a_header_is_a_requirement() -> None:
    v = _one("ПРООН\nДолжность: Специалист\nМесто службы: Бишкек\nЯзыки: русский, английский\n")
    assert v.languages_mandatory == ["Russian", "English"]


@pytest.mark.parametrize(
    "line",
    [
        "3 to 5 years of experience",
        "Experiencia de 3 a 5 años en proyectos",
        "Entre 3 et 5 ans d'expérience",
        "Опыт работы от 3 до 5 лет",
    ],
)
def test_a_range_of_years_asks_for_its_lower_end(line: str) -> None:
    years = facts.read_facts(line, "mandatory", role="experience").years
    assert [(y.years, y.bound) for y in years] == [(3, "min")]


@pytest.mark.parametrize(
    ("line", "level", "years"),
    [
        ("Высшее юридическое образование", "bachelor", None),
        ("Наличие диплома о высшем образовании и опыт работы не менее 3-х лет", "bachelor", 3),
        ("Diplôme d'ingénieur en génie civil", "master", None),
        ("Profesional titulado en Ingeniería Civil", "bachelor", None),
    ],
)
def test_russian_inflections_and_professional_titles(
    line: str, level: str, years: int | None
) -> None:
    found = facts.read_facts(line, "mandatory")
    assert found.education_level == level
    assert (found.years[0].years if found.years else None) == years


def test_a_spanish_level_wording_names_the_language() -> None:
    found = facts.read_facts("Manejo del idioma inglés a nivel intermedio", "mandatory")
    assert [f.language for f in found.languages] == ["English"]


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("haciendo referencia al proceso 7057 PAN 2016 – Programa", "7057 PAN 2016"),
        ("haciendo referencia al proceso No. PNUD-IC-316/2016\n“Soporte", "PNUD-IC-316/2016"),
    ],
)
def test_the_reference_a_undp_procurement_notice_asks_to_quote(sentence: str, ref: str) -> None:
    kv = layout.pairs("La propuesta deberá remitirse " + sentence + "\n")
    assert [h.value for h in kv["requisition_id"]] == [ref]


def test_a_languages_label_over_its_value_states_them() -> None:
    v = _one(
        "ONU Mujeres\nTítulo de la contratación\n\nAsistencia técnica\n\nIdiomas requeridos\n\n"
        "Español\n\nTipo de contrato\n\nAcuerdo de Servicios Especiales\n" + TASKS
    )
    assert v.languages_mandatory == ["Spanish"]


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF\nNo. de puesto: 581234\nLugar de destino: Cusco\nPublicado: 10 mar 2026\n"
        "Cierre de la convocatoria: 26 mar 2026\n",
        "UNICEF\nN° de poste : 581234\nLieu d'affectation : Cusco\nPublié : 10 mars 2026\n"
        "Date de clôture : 26 mars 2026\n",
    ],
)
def test_a_unicef_header_in_spanish_and_french(text: str) -> None:
    v = _one(text)
    assert (v.requisition_id, v.duty_station) == ("581234", "Cusco")
    assert (str(v.issue_date), str(v.closing_date)) == ("2026-03-10", "2026-03-26")


def test_a_post_number_of_one_digit_is_no_reference() -> None:
    v = _one(
        "À PROPOS DU PAM\nTITRE DE LA POSITION 1 : Chef de sous bureau\nNOTE : NOB\n"
        "LIEU D’AFFECTATION : Mao, Tchad\nNUMÉRO DE POSTE : 1\n" + TASKS
    )
    assert v.title == "Chef de sous bureau"
    assert v.requisition_id is None


def test_a_month_whose_letters_a_pdf_spaced_out() -> None:
    found = dates.find_dates("a más tardar el día 29 de a g o s t o de 2016 a las 23:59")
    assert [d.iso for d in found] == ["2016-08-29"]
    assert dates.find_dates("page 3 a b c 2016") == []


def test_the_hour_of_a_deadline_on_the_next_line() -> None:
    v = _one(
        "AVISO DE ADQUISICIÓN PARA CONTRATACIÓN INDIVIDUAL\nLa propuesta deberá ser enviada "
        "a más tardar el día 29 de agosto de 2016 a las\n23:59 (GMT -5), hora de la República "
        "de Panamá. No se recibirán las propuestas tardías.\n" + TASKS
    )
    assert (str(v.closing_date), v.closing_time) == ("2016-08-29", "23:59 America/Panama")


def test_wfp_french_calls_the_grade_note() -> None:
    v = _one("À PROPOS DU PAM\nTITRE DE LA POSITION 1 : Chef de sous bureau\nNOTE : NOB\n" + TASKS)
    assert v.grade == "NOB"
    assert _one("UNICEF\nTitle: Officer\nNOTE: Only shortlisted candidates\n" + TASKS).grade is None


def test_an_oif_grade_written_with_its_step() -> None:
    found = recognition.find_grade(
        "OIF", "Emploi à recrutement international (niveau P, Grade P3-1 / P3-6)"
    )
    assert found is not None and found.group() == "P3"
    assert recognition.find_grade("UN", "Grade P-3") is not None
