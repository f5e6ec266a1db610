"""Requirement facts as notices write them in four languages: years of experience in figures
and in words, "at least", "minimum", "no less than", "+", and education levels by their
national names; each read into the requirement's structured facts."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.vacancy import parse_text

HEAD = {
    lang: "\n".join(lines) + "\n\n" + heading + "\n"
    for lang, lines, heading in [
        ("en", ["Political Affairs Officer", "Duty Station: Vienna", "Closing date: 15 March 2025"],
         "Requirements"),
        ("fr", ["Chargé des affaires politiques", "Lieu d'affectation : Vienne",
                "Date limite de candidature : 15 mars 2025"], "Qualifications requises"),
        ("es", ["Oficial de Asuntos Políticos", "Lugar de destino: Viena",
                "Fecha límite: 15 de marzo de 2025"], "Requisitos"),
        ("ru", ["Сотрудник по политическим вопросам", "Место службы: Вена",
                "Срок подачи заявок: 15 марта 2025 г."], "Требования"),
    ]
}  # fmt: skip
YEARS = {
    "en": [
        ("at least five (5) years of professional experience", 5),
        ("a minimum of 7 years of relevant experience", 7),
        ("no less than three years of experience in political affairs", 3),
        ("7+ years of experience", 7),
        ("seven years or more of progressively responsible experience", 7),
        ("minimum 10 years' experience", 10),
        ("Ten (10) years of relevant work experience", 10),
        ("at least two years of work experience", 2),
        ("A minimum of fifteen years of professional experience", 15),
        ("over 5 years of experience", 5),
    ],
    "fr": [
        ("au moins 5 ans d'expérience professionnelle", 5),
        ("minimum 7 années d'expérience", 7),
        ("Au moins dix ans d'expérience", 10),
        ("une expérience d'au moins trois (3) ans", 3),
        ("cinq années d'expérience professionnelle au minimum", 5),
    ],
    "es": [
        ("al menos cinco años de experiencia", 5),
        ("mínimo de 3 años de experiencia profesional", 3),
        ("Un mínimo de siete (7) años de experiencia", 7),
        ("experiencia mínima de 2 años", 2),
        ("no menos de diez años de experiencia", 10),
    ],
    "ru": [
        ("не менее 5 лет опыта работы", 5),
        ("опыт работы не менее 8 лет", 8),
        ("Опыт работы от 3 лет", 3),
        ("≥ 7 лет опыта", 7),
        ("минимум пять лет опыта работы", 5),
    ],
}
EDU = {
    "en": [
        ("Advanced university degree (Master's or equivalent) in political science", "master"),
        ("Master's degree in law", "master"),
        ("First-level university degree (Bachelor's) in a relevant field", "bachelor"),
        ("Bachelor's degree in economics", "bachelor"),
        ("Completion of secondary education", "secondary"),
        ("PhD in international relations", "doctorate"),
        ("A university degree in law", "bachelor"),
    ],
    "fr": [
        ("Diplôme universitaire supérieur (master) en sciences politiques", "master"),
        ("Licence en droit", "bachelor"),
        ("Diplôme d'études secondaires", "secondary"),
        ("Doctorat en relations internationales", "doctorate"),
    ],
    "es": [
        ("Título universitario avanzado (maestría) en ciencias políticas", "master"),
        ("Licenciatura en derecho", "bachelor"),
        ("Educación secundaria completa", "secondary"),
        ("Doctorado en relaciones internacionales", "doctorate"),
    ],
    "ru": [
        ("Степень магистра в области политологии", "master"),
        ("Высшее образование (степень бакалавра)", "bachelor"),
        ("Среднее образование", "secondary"),
        ("Ученая степень кандидата наук", "doctorate"),
    ],
}


@pytest.mark.parametrize(
    ("lang", "phrase", "years"), [(g, p, y) for g, items in YEARS.items() for p, y in items]
)
def test_years_of_experience(lang: str, phrase: str, years: int) -> None:
    (vacancy,) = parse_text(HEAD[lang] + "- " + phrase + ".\n", "n.txt", today=date(2000, 1, 1))
    assert vacancy.min_years_experience == years


@pytest.mark.parametrize(
    ("lang", "phrase", "level"), [(g, p, v) for g, items in EDU.items() for p, v in items]
)
def test_education_level(lang: str, phrase: str, level: str) -> None:
    (vacancy,) = parse_text(HEAD[lang] + "- " + phrase + ".\n", "n.txt", today=date(2000, 1, 1))
    assert vacancy.education_level == level
