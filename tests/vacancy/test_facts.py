"""The one reader of requirement facts, per language (wordings of real published notices)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from secondment_desk.models.education import EducationLevel
from secondment_desk.models.vacancy import RequirementFacts
from secondment_desk.resources import load_json_resource
from secondment_desk.vacancy import lexicon, parse_text
from secondment_desk.vacancy.facts import max_service_years, read_facts
from secondment_desk.vacancy.items import kind_of
from secondment_desk.vacancy.lexicon import body_lexicon, number_value
from secondment_desk.vacancy.parser import normalize_text, parse_single
from secondment_desk.vacancy.sections import find_sections


def facts(text: str, kind: str = "mandatory", role: str | None = None) -> RequirementFacts:
    return read_facts(text, kind, 0, role)


def years(text: str, role: str | None = None) -> list[tuple[int, str, str]]:
    return [(f.years, f.bound, f.kind) for f in facts(text, role=role).years]


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [("thirteen", 13), ("twenty-five", 25), ("dix", 10), ("cinq", 5), ("cinco", 5),
     ("quince", 15), ("восьми", 8), ("трёх", 3), ("6", 6), ("several", None), ("an", None)],
)  # fmt: skip
def test_numbers_in_words_en_fr_es_through_text2num_and_russian_from_data(
    words: str, value: int | None
) -> None:
    assert number_value(words) == value


# --- years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A minimum of thirteen years of progressively responsible experience.",
         [(13, "min", "general")]),
        ("Minimum six (6) years of relevant experience.", [(6, "min", "relevant")]),
        ("Minimum 6 years of relevant, diversified and progressively responsible professional "
         "experience including at least 3 years at the management level.",
         [(6, "min", "relevant"), (3, "min", "management")]),
        ("At least 7 years of international experience in field missions.",
         [(7, "min", "international")]),
        ("Professional experience of no more than three years in public administration.",
         [(3, "max", "professional")]),
        # French (EPSO / UN notices)
        ("Au moins 10 ans d'expérience professionnelle dans le domaine du droit.",
         [(10, "min", "professional")]),
        ("Au moins un an d'expérience dans une organisation internationale.",
         [(1, "min", "international")]),
        ("Les candidats doivent justifier d'au moins 15 années d'expérience professionnelle "
         "postuniversitaire.", [(15, "min", "professional")]),
        ("Au moins cinq années d'expérience acquises à un poste d'encadrement.",
         [(5, "min", "management")]),
        # Spanish
        ("Un mínimo de 5 años de experiencia profesional en temas de género.",
         [(5, "min", "professional")]),
        ("Experiencia profesional de 8 años como mínimo.", [(8, "min", "professional")]),
        ("Mínimo de cinco años de experiencia relevante.", [(5, "min", "relevant")]),
        ("Expérience professionnelle de moins de 5 ans.", [(5, "max", "professional")]),
        ("Pas moins de 5 ans d'expérience.", [(5, "min", "general")]),
        ("Experiencia profesional de no más de 2 años.", [(2, "max", "professional")]),
        ("No menos de 4 años de experiencia.", [(4, "min", "general")]),
        # Russian
        ("Опыт работы не менее 8 лет в области прав человека.", [(8, "min", "relevant")]),
        ("Опыт работы не более 3 лет.", [(3, "max", "professional")]),
        ("Опыт работы ≥ 7 лет.", [(7, "min", "professional")]),
        ("Опыт руководящей работы не менее трёх лет.", [(3, "min", "management")]),
    ],
)  # fmt: skip
def test_years_of_experience_their_bound_and_kind(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Willingness to commit to a tour of duty of no less than one year.",
        "University studies of at least 3 years.",
        "The contract is for a duration of two years.",
        "Durée du contrat: 12 mois, renouvelable pour au moins un an.",
        "This is a G-6 contract. It usually requires 6 years of experience.",
    ],
)
def test_years_that_are_not_experience_asked(text: str) -> None:
    assert facts(text).min_years() is None


def test_bare_years_under_an_experience_heading() -> None:
    text = "6 years (including 3 years in management) with second-level degree."
    assert years(text, role="experience") == [(6, "min", "general"), (3, "min", "management")]
    assert years("6 years with a second-level degree.") == []


# --- education and the substitution -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Advanced university degree (Master's degree or equivalent) in law.", "master"),
        ("First-level university degree in political science.", "bachelor"),
        ("Second-level university degree/certified training course in a relevant field.",
         "master"),
        ("PhD in economics is desirable.", "doctorate"),
        ("Diplôme universitaire supérieur (master ou équivalent) en droit.", "master"),
        ("Diplôme universitaire en sciences sociales.", "bachelor"),
        ("Educación secundaria completa.", "secondary"),
        ("Título universitario avanzado en ciencias sociales.", "master"),
        ("Licenciatura en derecho o ciencias políticas.", "bachelor"),
        ("Степень магистра в области права.", "master"),
        ("Высшее образование в области экономики.", "bachelor"),
        ("Образование: обязательно наличие степени магистр или кандидата наук.", "master"),
    ],
)  # fmt: skip
def test_education_level_in_one_vocabulary(text: str, level: str) -> None:
    assert facts(text).education_level == EducationLevel(level)


def test_ma_as_a_word_is_no_degree() -> None:
    assert facts("Ma connaissance du terrain.").education_level is None


@pytest.mark.parametrize(
    "text",
    [
        "Advanced university degree in law. A first-level university degree in combination "
        "with two additional years of qualifying experience may be accepted in lieu of the "
        "advanced university degree.",
        "Master's degree in law; a bachelor's degree with 2 additional years of experience may "
        "substitute.",
        "Diplôme universitaire supérieur en droit. Un diplôme universitaire de premier cycle "
        "assorti de deux années supplémentaires d'expérience peut en tenir lieu.",
    ],
)
def test_degree_substitution(text: str) -> None:
    f = facts(text)
    assert f.education_level == EducationLevel.MASTER
    assert f.substitution_years == 2
    assert f.substitution_level == EducationLevel.BACHELOR
    assert f.min_years() is None  # the two years are the substitution, not the minimum


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("Eight years of experience with a first-level degree or six years with a "
         "second-level degree.", 6),
        ("Bachelor degree with 5 years of relevant experience or Master degree with 3 years.",
         3),
        ("Licenciatura con 5 años de experiencia o maestría con 3 años de experiencia.", 3),
    ],
)  # fmt: skip
def test_years_per_degree_give_the_minimum_and_the_substitution(text: str, minimum: int) -> None:
    f = facts(text)
    assert f.education_level == EducationLevel.MASTER
    assert f.min_years() == minimum
    assert f.substitution_years == 2


def test_fields_of_study_named() -> None:
    assert facts("Second-level university degree in law or political science.").fields_of_study
    assert not facts("Second-level university degree.").fields_of_study


# --- languages --------------------------------------------------------------------------------


def lang(text: str, kind: str = "mandatory") -> list[tuple[str, str, str | None]]:
    return [(f.language, f.kind, f.cefr) for f in facts(text, kind).languages]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professional fluency in English is mandatory.", [("English", "mandatory", "C1")]),
        ("Working knowledge of Russian would be an advantage.",
         [("Russian", "desirable", "B2")]),
        ("English at level C1 is required.", [("English", "mandatory", "C1")]),
        ("Maîtrise du français et de l'anglais.",
         [("French", "mandatory", "C1"), ("English", "mandatory", "C1")]),
        ("Parfaite maîtrise du français; bonne connaissance de l'anglais.",
         [("French", "mandatory", "C2"), ("English", "mandatory", "B2")]),
        ("Свободное владение русским языком, хорошее знание английского.",
         [("Russian", "mandatory", "C1"), ("English", "mandatory", "B2")]),
        ("La connaissance du créole haïtien est un atout.",
         [("Haitian Creole", "desirable", None)]),
        ("Dominio del idioma español (nivel C1) es obligatorio; conocimiento de quechua "
         "deseable.", [("Spanish", "mandatory", "C1"), ("Quechua", "desirable", None)]),
        ("Обязательны кыргызский и русский языки.",
         [("Kyrgyz", "mandatory", None), ("Russian", "mandatory", None)]),
        ("Знание английского языка желательно.", [("English", "desirable", None)]),
        ("Languages required: English and Uzbek (Russian desired).",
         [("English", "mandatory", None), ("Uzbek", "mandatory", None),
          ("Russian", "desirable", None)]),
    ],
)  # fmt: skip
def test_languages_with_kind_and_cefr(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert lang(text) == expected


def test_languages_any_of() -> None:
    assert facts("Fluency in English and/or French is required.").languages_any_of
    assert facts("Dominio del inglés o francés.").languages_any_of
    assert not facts("Fluency in English and French is required.").languages_any_of


# --- licence and service ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "manual"),
    [
        ("Possession of a valid driving licence and ability to drive a manual transmission.",
         True),
        ("Permis de conduire valide.", False),
        ("Licencia de conducir vigente.", False),
        ("Наличие водительского удостоверения категории B.", False),
    ],
)  # fmt: skip
def test_driving_licence(text: str, manual: bool) -> None:
    f = facts(text)
    assert f.driving_licence
    assert f.manual_transmission is manual


def test_every_licence_phrase_passes_the_cheap_pretest() -> None:
    from secondment_desk.vacancy.facts import _LICENCE_STEMS

    words = load_json_resource("vacancy/requirements.json")["licence"]["words"]
    assert [w for w in words if not any(s in w.casefold() for s in _LICENCE_STEMS)] == []


def test_maximum_service_in_words() -> None:
    found = max_service_years("Contract up to a maximum duration of six years.")
    assert found is not None and found[0] == 6


# --- headings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Formation", "education"), ("Expérience", "experience"),
        ("Compétences linguistiques", "languages"), ("Educación", "education"),
        ("Experiencia", "experience"), ("Idiomas", "languages"), ("Образование", "education"),
        ("Опыт работы", "experience"), ("Знание языков", "languages"),
        ("Responsabilités", "tasks"), ("Funciones y responsabilidades", "tasks"),
        ("Обязанности", "tasks"), ("Compétences", "competencies"),
        ("Qualifications requises", "requirements"), ("Requisitos", "requirements"),
        ("Требования", "requirements"),
    ],
)  # fmt: skip
def test_body_headings_in_four_languages(heading: str, role: str) -> None:
    (section,) = find_sections(f"{heading}\nSome text.\n")
    assert section.role == role


def test_lexicon_is_validated_on_load() -> None:
    lex = body_lexicon()
    assert {h.lang for h in lex.headings} >= {"en", "fr", "es", "ru"}  # and a few more (pl)


# --- through the parser -----------------------------------------------------------------------

_RU = """Программа развития ООН
Консультант по мониторингу СМИ
Образование:
Степень магистра в области журналистики или коммуникаций.
Опыт работы:
Опыт работы не менее 8 лет в области мониторинга СМИ.
Знание языков:
Обязательны кыргызский и русский языки. Знание английского языка желательно.
"""

_FR = """Organisation internationale de la Francophonie
Spécialiste de programme
Qualifications requises
Formation
Diplôme universitaire supérieur en sciences politiques.
Expérience
Au moins 10 ans d'expérience professionnelle pertinente, dont 3 ans à un poste d'encadrement.
Compétences linguistiques
Maîtrise du français et de l'anglais. La connaissance du créole haïtien est un atout.
Permis de conduire obligatoire.
"""


def test_russian_notice_body_fields() -> None:
    # Whether such a notice is accepted is the header half's business: parse past that check.
    v = parse_single(normalize_text(_RU), None, None, "un")
    assert v.education_level == EducationLevel.MASTER
    assert v.min_years_experience == 8
    assert v.languages_mandatory == ["Kyrgyz", "Russian"]
    assert v.languages_desirable == ["English"]
    assert all(r.facts is not None for r in v.requirements)


def test_french_notice_body_fields() -> None:
    (v,) = parse_text(_FR)
    assert v.education_level == EducationLevel.MASTER
    assert v.min_years_experience == 10
    assert v.min_years_management == 3
    assert v.languages_mandatory == ["French", "English"]
    assert v.languages_desirable == ["Haitian Creole"]
    assert v.driving_licence_required is True
    categories = {r.category for r in v.requirements}
    assert {"education", "experience", "language", "licence"} <= categories


def _broken(monkeypatch: pytest.MonkeyPatch, change: Callable[[dict[str, Any]], None]) -> str:
    data = copy.deepcopy(load_json_resource("vacancy/requirements.json"))
    change(data)

    def load(name: str) -> Any:
        return data if name == "vacancy/requirements.json" else load_json_resource(name)

    monkeypatch.setattr(lexicon, "load_json_resource", load)
    with pytest.raises(lexicon.LexiconError) as caught:
        lexicon.body_lexicon.__wrapped__()
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_bad_lexicon_entry_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown_language(d: dict[str, Any]) -> None:
        d["languages"]["names"]["klingon"] = "Klingon"

    def bad_role(d: dict[str, Any]) -> None:
        d["headings"][0]["role"] = "nonsense"

    def empty_cues(d: dict[str, Any]) -> None:
        d["years"]["min_cues"] = []

    assert "Klingon" in _broken(monkeypatch, unknown_language)
    assert "heading #0" in _broken(monkeypatch, bad_role)
    assert "years.min_cues" in _broken(monkeypatch, empty_cues)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La connaissance de l'arabe serait un atout.", "desirable"),
        ("Experiencia en el sistema de Naciones Unidas es deseable.", "desirable"),
        ("Желательно знание английского языка.", "desirable"),
        ("A minimum of 2 years of experience, 1 year in the field strongly preferred.",
         "mandatory"),
    ],
)  # fmt: skip
def test_desirable_items_in_four_languages(text: str, kind: str) -> None:
    assert kind_of(text, "mandatory") == kind
