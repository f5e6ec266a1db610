"""Spanish and French notices in the shapes the dev corpus shows (issue 10): the European
Parliament's 'Label : value' lines, an Official Journal heading of parts, an EPSO deadline in
words with '12.00 horas, hora de Bruselas', the Andean Community's consultancy code, a
flattened copy that opens with its title. Words are data (resources/vacancy/*.json,
resources/places.json, resources/organisations/); these tests hold the readings to them."""

from __future__ import annotations

import datetime as dt

import pytest

from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.fields import organization, tidy_title
from secondment_desk.vacancy.signals import signals

_EP_PAGE = """Lugar : {place}
{closing_label} : 04/02/2025 12:00
Servicio : 12-Dirección General de Innovación y Asistencia Tecnológica
Referencia : PE/321/2025/S/ITEC{ref_tail}

ANUNCIO DE CONTRATACIÓN PE/321/2025/S/ITEC

{regime}

Administrador/a legal (AD 7)

El Parlamento Europeo ha decidido iniciar el procedimiento de provisión de un puesto de agente
temporal de grado AD 7.
"""


def _ep(**kw: str) -> str:
    values = {
        "place": "Bruselas",
        "closing_label": "Fin de la publicación en el sitio externo",
        "ref_tail": "",
        "regime": "AGENTE TEMPORAL",
    }
    return _EP_PAGE.format(**{**values, **kw})


@pytest.mark.parametrize(
    "closing_label",
    ["Fin de la publicación en el sitio externo", "Publication end on external website"],
)
def test_a_parliament_page_reads_its_labels(closing_label: str) -> None:
    (v,) = parse_text(_ep(closing_label=closing_label), "ep.txt")
    assert (v.organization, v.requisition_id, v.contract_type) == (
        "EU",
        "PE/321/2025/S/ITEC",
        "contracted",
    )
    assert (v.closing_date, v.closing_time) == (dt.date(2025, 2, 4), "12:00")
    # the site's service number is not part of the directorate's name
    assert v.office == "Dirección General de Innovación y Asistencia Tecnológica"


@pytest.mark.parametrize(
    ("place", "country"), [("Bruselas", "Belgium"), ("Luxemburgo", "Luxembourg")]
)
def test_a_spanish_city_name_is_kept_and_gives_its_country(place: str, country: str) -> None:
    (v,) = parse_text(_ep(place=place), "ep.txt")
    assert (v.duty_station, v.country) == (place, country)


@pytest.mark.parametrize("regime", ["AGENTE TEMPORAL", "AGENTES TEMPORALES", "AGENT TEMPORAIRE"])
def test_a_staff_category_line_is_not_the_title(regime: str) -> None:
    (v,) = parse_text(_ep(regime=regime), "ep.txt")
    assert (v.title, v.grade) == ("Administrador/a legal", "AD 7")


def test_a_reference_ends_before_the_title_a_site_writes_after_it() -> None:
    (v,) = parse_text(_ep(ref_tail=" - Legal Administrator (AD 7)"), "ep.txt")
    assert v.requisition_id == "PE/321/2025/S/ITEC"


@pytest.mark.parametrize(
    ("raw", "title", "grade"),
    [
        (
            "Asistente técnico de edificación (AST 3) (ambos sexos)",
            "Asistente técnico de edificación",
            "AST 3",
        ),
        ("Policy Officer (m/f)", "Policy Officer", None),
        ("Chargé de mission (h/f)", "Chargé de mission", None),
        ("Jefe de proyecto (h/m)", "Jefe de proyecto", None),
        ("CHARGE(E)DE MISSION COOPERATION", "Charge(e) de Mission Cooperation", None),
        ("Chargé(e)s de mission", "Chargé(e)s de mission", None),
    ],
)
def test_a_gender_mark_leaves_the_title(raw: str, title: str, grade: str | None) -> None:
    assert tidy_title(raw) == (title, grade)


_OJ = (
    (
        "Anuncio de contratación PE/229/S – Agente temporal – "
        "Asistente técnico de edificación (AST 3) (ambos sexos)\n"
    )
    + """

22.11.2019

Diario Oficial de la Unión Europea

El Parlamento Europeo organiza un procedimiento de selección para constituir una lista de
aptitud destinada a proveer cuatro puestos de agente temporal.
"""
)


def test_an_official_journal_heading_gives_reference_title_and_grade() -> None:
    (v,) = parse_text(_OJ, "oj.txt")
    assert (v.organization, v.requisition_id, v.title, v.grade, v.contract_type) == (
        "EU",
        "PE/229/S",
        "Asistente técnico de edificación",
        "AST 3",
        "contracted",
    )


_EPSO = """Notice of open competition – EPSO/AST/153/22 – Heads of administration (AST 4)

CONVOCATORIA DE OPOSICIÓN GENERAL

EPSO/AST/153/22 — Jefes (h/m) de administración (AST 4) en las Delegaciones de la UE

Plazo para la presentación de candidaturas: 27 de septiembre de 2022 a las 12.00 horas, \
hora de Bruselas

La Oficina Europea de Selección de Personal (EPSO) organiza una oposición general.
"""


def test_an_epso_deadline_in_words_with_its_hour_and_zone() -> None:
    (v,) = parse_text(_EPSO, "epso.txt")
    assert (v.organization, v.requisition_id) == ("EU", "EPSO/AST/153/22")
    assert (v.closing_date, v.closing_time) == (dt.date(2022, 9, 27), "12:00 Europe/Brussels")
    # "hora de Bruselas" names a clock, not the duty station
    assert v.duty_station is None


_CAN = """CONSULTORÍA PARA LA ELABORACIÓN DE UNA ESTRATEGIA DE COMUNICACIÓN
DOCUMENTO DE CONVOCATORIA TÉRMINOS Y CONDICIONES
CÓDIGO DE CONVOCATORIA: SGCAN-C-2019-027
I. ANTECEDENTES:
La Secretaría General es el órgano ejecutivo de la Comunidad Andina (CAN).
"""


def test_an_andean_community_call_gives_its_code() -> None:
    (v,) = parse_text(_CAN, "can.txt")
    assert (v.organization, v.requisition_id) == ("CAN", "SGCAN-C-2019-027")


def test_a_flattened_code_does_not_run_on_into_the_next_heading() -> None:
    (v,) = parse_text(" ".join(_CAN.split()), "can.txt")
    assert v.requisition_id == "SGCAN-C-2019-027"


_UNV = (
    "Asistente de Protección (COI) UNV - United Nations Volunteers Details Mission and "
    "objectives The United Nations High Commissioner for Refugees is an intergovernmental "
    "organization with a mandate to protect refugees and stateless persons worldwide. Since "
    "1950, the agency has helped tens of millions of people restart their lives."
)


def test_a_flattened_copy_opening_with_its_title_is_a_notice() -> None:
    assert "flat_title" in signals(_UNV)
    (v,) = parse_text(_UNV, "unv.txt")
    assert v.organization == "UN"


@pytest.mark.parametrize(
    "opening",
    [
        # prose: lower-case words that are not a heading's small words
        "Cómo trabajar como Asociado de Protección en ACNUR - una entrevista con Rahma, que "
        "ha trabajado con refugiados durante cinco años en Grecia y en otros países, sobre la "
        "vida diaria de un trabajador de protección en el terreno y lo que hace falta.",
        # a heading naming no job
        "Madrid se convierte en una sede del PNUD (EFE) - Nueva York, 19 ene. Madrid se "
        "convierte en una de las sedes del Programa de las Naciones Unidas para el Desarrollo "
        "tras recibir una parte de los puestos trasladados desde sus oficinas centrales.",
    ],
)
def test_a_flattened_opening_of_prose_is_no_title(opening: str) -> None:
    assert "flat_title" not in signals(opening)


_LABELLED = """TÍTULO DEL PUESTO: Oficial de Programa
Lugar de destino: Ciudad de Panamá, Panamá
Fecha de cierre: 15 de marzo de 2024
Tipo de contrato: {contract}

Funciones principales
- Coordinar las actividades del programa.
"""


@pytest.mark.parametrize(
    ("contract", "kind"),
    [
        ("Nombramiento de plazo fijo", "contracted"),
        ("Acuerdo de Servicios Especiales (SSA)", "contracted"),
        ("En comisión de servicios", "seconded"),
        ("Détachement", "seconded"),
    ],
)
def test_a_spanish_or_french_contract_label_gives_its_type(contract: str, kind: str) -> None:
    (v,) = parse_text(_LABELLED.format(contract=contract), "es.txt")
    assert v.contract_type == kind


def test_a_consultancys_long_title_wrapped_on_a_joiner_is_read_whole() -> None:
    text = _CAN.replace(
        "CONSULTORÍA PARA LA ELABORACIÓN DE UNA ESTRATEGIA DE COMUNICACIÓN\n",
        "CONSULTORÍA PARA LA ELABORACIÓN DE LA “ESTRATEGIA DE COMUNICACIÓN PARA LA "
        "PARTICIPACIÓN Y EDUCACIÓN COMUNITARIA EN MATERIA DE GESTIÓN DEL RIESGO DE DESASTRES EN\n"
        "LA SUBREGION ANDINA”\n",
    )
    (v,) = parse_text(text, "can.txt")
    assert v.title is not None
    assert v.title.casefold().endswith("desastres en la subregion andina”")


def test_a_flattened_copy_gives_its_opening_title() -> None:
    (v,) = parse_text(_UNV, "unv.txt")
    assert v.title == "Asistente de Protección (COI)"


_IOM = """{word} 2024/009: {title} At International Organization for Migration

Annex 2 – TERMS OF REFERENCE

  1. Duty Station of the Consultancy: San Salvador, El Salvador
  2. Duration of Consultancy: Eight months
  3. Nature of the consultancy: Professional services for the review of the plan.
  4. Project Context and Scope:
"""


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("Consultancy", "Professional Services for the Review of the Strategic Plan"),
        ("Consultoría", "Servicios Profesionales para la Revisión del Plan Estratégico"),
    ],
)
def test_a_numbered_consultancy_heading_gives_number_title_and_contract(
    word: str, title: str
) -> None:
    (v,) = parse_text(_IOM.format(word=word, title=title), "iom.txt")
    assert (v.requisition_id, v.title, v.contract_type) == ("2024/009", title, "contracted")
    assert (v.duty_station, v.country) == ("San Salvador", "El Salvador")


def test_a_quoted_document_name_after_the_number_is_no_title() -> None:
    (v,) = parse_text(_IOM.format(word="Consulting", title="“ Recommendations ”"), "iom.txt")
    assert v.requisition_id == "2024/009"
    assert v.title != "“ Recommendations ”"


_EF = """Réf.
2025/CDSDLAC/13128
Type d'offre
Experts
Type de contrat
{contract}
Date limite de candidature
08/06/2025 23:55
Mis en ligne le : 07/05/2025
La mission de l’ETI comprend deux missions principales.
"""


@pytest.mark.parametrize("contract", ["CDDU", "Contrat de prestation de services"])
def test_a_label_over_value_french_page(contract: str) -> None:
    (v,) = parse_text(_EF.format(contract=contract), "ef.txt")
    assert (v.requisition_id, v.contract_type) == ("2025/CDSDLAC/13128", "contracted")
    assert (v.issue_date, v.closing_date, v.closing_time) == (
        dt.date(2025, 5, 7),
        dt.date(2025, 6, 8),
        "23:55",
    )
    assert v.title != "Experts"  # the offer's type, not the post


# a document site's text of a PDF: its first page as one line among the site's own lines
_TOR = (
    "Date post: 16-Apr-2020\nShare this document with a friend\n"
    "TÉRMINOS DE REFERENCIA {title} 1. Antecedentes y Justificación La Oficina de UNESCO "
    "Lima y la Fundación Auxilium suscribieron un convenio para implementar el Programa.\n"
    "Page 2\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "ASESOR/A PEDAGÓGICO/A Y DE GESTIÓN ESCOLAR PARA EL PROGRAMA HORIZONTES - EDUCACIÓN RURAL",
        "CONSULTORÍA INDIVIDUAL PARA LA ACTUALIZACIÓN DEL PLAN DE CAPACITACIÓN INSTITUCIONAL",
    ],
)
def test_a_one_line_terms_of_reference_heading_names_the_post(title: str) -> None:
    assert "tor_heading" in signals(_TOR.format(title=title))
    (v,) = parse_text(_TOR.format(title=title), "tor.txt")
    assert v.title is not None and v.title.casefold() == title.casefold()


def test_a_terms_of_reference_line_naming_no_post_is_no_title() -> None:
    text = _TOR.format(title="DEL PROYECTO REGIONAL DE AGUA Y SANEAMIENTO")
    assert "tor_heading" not in signals(text)


@pytest.mark.parametrize(
    ("label", "field", "value"),
    [
        ("Denominación del cargo", "title", "Oficial de Programa"),
        ("Lugar de prestación de servicios", "duty_station", "Lima"),
        ("Fecha y hora de cierre", "closing_date", dt.date(2024, 3, 15)),
        ("Modalidad de contrato", "contract_type", "contracted"),
        ("Cantidad de vacantes", "number_of_posts", 2),
        ("Vacante N°", "requisition_id", "VA/2024/015"),
    ],
)
def test_more_spanish_header_labels(label: str, field: str, value: object) -> None:
    values = {
        "title": "Oficial de Programa",
        "duty_station": "Lima",
        "closing_date": "15 de marzo de 2024 a las 12 horas",
        "contract_type": "Nombramiento de plazo fijo",
        "number_of_posts": "2",
        "requisition_id": "VA/2024/015",
    }
    text = (
        f"Convocatoria\n{label}: {values[field]}\nFecha de cierre: 15 de marzo de 2024\n\n"
        "Funciones principales\n- Coordinar las actividades del programa.\n"
    )
    (v,) = parse_text(text, "es.txt")
    assert getattr(v, field) == value


def test_an_hour_in_words_after_a_spanish_deadline() -> None:
    text = (
        "Oficial de Programa\nFecha de cierre: 15 de marzo de 2024 a las 12 horas\n\n"
        "Funciones principales\n- Coordinar las actividades del programa.\n"
    )
    (v,) = parse_text(text, "es.txt")
    assert (v.closing_date, v.closing_time) == (dt.date(2024, 3, 15), "12:00")


def test_a_flattened_pages_inline_reference() -> None:
    page = (
        "Postuler\n"
        + _EF.format(contract="CDDU")
        + (
            "Description de la mission\nDans le cadre du projet, Expertise France souhaite "
            "recruter "
            "un consultant national qui travaillera en collaboration avec l’expert résident. "
        )
        * 3
    )
    (v,) = parse_text(" ".join(page.split()), "ef.txt")
    assert v.requisition_id == "2025/CDSDLAC/13128"


def test_a_service_title_ends_at_the_quote_it_closes() -> None:
    text = (
        "CONSULTORÍA PARA LA ELABORACIÓN DEL “DOCUMENTO DE COMPILACIÓN DE EXPERIENCIAS” "
        "DOCUMENTO DE CONVOCATORIA TÉRMINOS Y CONDICIONES\n"
        "CÓDIGO DE CONVOCATORIA: SGCAN-C-2019-026\nI. ANTECEDENTES\n"
        "La Secretaría General es el órgano ejecutivo de la Comunidad Andina.\n"
    )
    (v,) = parse_text(text, "can.txt")
    assert v.title is not None
    assert v.title.casefold().endswith("compilación de experiencias”")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("La Organización Mundial de la Salud (OMS) busca un/a oficial", "UN"),
        ("L'Organisation internationale pour les migrations recrute un chargé de projet", "UN"),
        ("La CEPAL convoca a un concurso para un puesto de asistente", "UN"),
        ("La Organización para la Seguridad y la Cooperación en Europa busca un asesor", "OSCE"),
        ("L'OTAN recrute un analyste", "NATO"),
        ("El Parlamento Europeo organiza un procedimiento de selección", "EU"),
        ("Expertise France souhaite recruter un consultant national", "National"),
    ],
)
def test_an_organisation_named_in_spanish_or_french(text: str, org: str) -> None:
    found = organization(text)
    assert found is not None and found.value == org


@pytest.mark.parametrize(
    ("station", "country"),
    [("Cúcuta", "Colombia"), ("Santiago de Chile", "Chile"), ("Praia", "Cabo Verde")],
)
def test_latin_american_and_african_duty_stations(station: str, country: str) -> None:
    text = (
        f"Evaluador/a Nacional\nLugar de destino: {station}\nFecha de cierre: 15 de marzo de 2024"
        "\n\nFunciones principales\n- Coordinar la evaluación.\n"
    )
    (v,) = parse_text(text, "es.txt")
    assert (v.title, v.country) == ("Evaluador/a Nacional", country)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("ha decidido iniciar el procedimiento de provisión de un puesto de agente temporal", 1),
        ("para constituir una lista de aptitud destinada a proveer cuatro puestos de agente", 4),
        ("a décidé de lancer la procédure pour pourvoir deux postes d'agent temporaire", 2),
        ("has decided to launch the procedure for filling one post of temporary agent", 1),
    ],
)
def test_a_count_of_posts_in_words(sentence: str, count: int) -> None:
    text = f"Administrador/a legal (AD 7)\n\nEl Parlamento Europeo {sentence}.\n"
    (v,) = parse_text(text, "ep.txt")
    assert v.number_of_posts == count


def test_a_filling_verb_before_no_number_is_no_count() -> None:
    text = "Administrador/a legal (AD 7)\n\nEl Parlamento Europeo quiere cubrir el puesto.\n"
    (v,) = parse_text(text, "ep.txt")
    assert v.number_of_posts is None


@pytest.mark.parametrize(
    ("dateline", "issued"),
    [
        ("Santiago, 30 junio de 2015", dt.date(2015, 6, 30)),
        ("Bruxelles, le 3 mars 2024", dt.date(2024, 3, 3)),
    ],
)
def test_a_letters_place_and_date_is_its_issue_date(dateline: str, issued: dt.date) -> None:
    text = (
        f"INVITACIÓN A CONSULTORÍA\nFondo de las Naciones Unidas para la Infancia\n{dateline}\n"
        "UNICEF necesita los servicios de una consultoría. Las propuestas se recibirán a más "
        "tardar el día 15 de julio de 2025.\n"
    )
    (v,) = parse_text(text, "letter.txt")
    assert v.issue_date == issued


def test_a_place_of_work_in_a_sentence() -> None:
    text = (
        "Administrador/a legal (AD 7)\n\nEl Parlamento Europeo ha decidido iniciar el "
        "procedimiento de provisión de un puesto. El lugar de trabajo será Bruselas.\n"
    )
    (v,) = parse_text(text, "ep.txt")
    assert (v.duty_station, v.country) == ("Bruselas", "Belgium")


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("En Perú, la UNESCO cuenta con una Oficina Nacional.", "Peru"),
        (
            "En El Salvador, la Organización Internacional para las Migraciones (OIM) impulsa "
            "acciones clave.",
            "El Salvador",
        ),
        ("Au Mali, le PNUD appuie le gouvernement.", "Mali"),
    ],
)
def test_a_sentence_opening_on_the_country_of_the_agency(sentence: str, country: str) -> None:
    text = (
        f"Términos de referencia\nAntecedentes\n{sentence}\nSe requiere contratar un consultor.\n"
    )
    (v,) = parse_text(text, "tor.txt")
    assert v.country == country


def test_a_country_named_after_another_agency_sentence_is_not_read() -> None:
    text = (
        "Términos de referencia\nAntecedentes\nEn Perú, el Ministerio de Educación trabaja con "
        "escuelas rurales.\nSe requiere contratar un consultor.\n"
    )
    (v,) = parse_text(text, "tor.txt")
    assert v.country is None


def test_a_service_label_naming_the_work_is_no_office() -> None:
    text = (
        "Consultor/a Nacional\nServicio: Elaboración de un diagnóstico de género\n"
        "Lugar de destino: Lima\nFecha de cierre: 15 de marzo de 2024\n\n"
        "Funciones principales\n- Coordinar el diagnóstico.\n"
    )
    (v,) = parse_text(text, "es.txt")
    assert v.office != "Elaboración de un diagnóstico de género"


_MX_TABLE = """CONVOCATORIA PUBLICA Y ABIERTA dirigida a todo interesado que desee ingresar
al Sistema del Servicio Profesional de Carrera, a través de los siguientes puestos:
| Denominación del Puesto |
Dirección de Campañas Zoosanitarias |
| Grupo, Grado, Nivel |
M21 |
Número de Vacantes |
1 |
| Adscripción del Puesto |
Dirección General de Salud Animal |
Sede |
Ciudad de México |
| Funciones Principales |
1. Dirigir y supervisar las campañas zoosanitarias en el país.
"""


def test_a_mexican_career_service_table_one_cell_a_line() -> None:
    (v,) = parse_text(_MX_TABLE, "mx.txt")
    assert (v.title, v.grade, v.number_of_posts) == (
        "Dirección de Campañas Zoosanitarias",
        "M21",
        1,
    )
    assert (v.office, v.duty_station, v.country) == (
        "Dirección General de Salud Animal",
        "Ciudad de México",
        "Mexico",
    )
