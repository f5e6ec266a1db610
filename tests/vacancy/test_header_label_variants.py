"""Header fields read in every way notices label them: wordings in four languages beyond the
lexicon's own examples, and the label and its value separated by a colon, a line break, a
tab, a bar or a dash, in capitals too. A title with a dash in it is not a label's value."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from secondment_desk.vacancy import parse_text

FIELDS = {
    "duty_station": ("Tbilisi", {
        "en": ["Duty Station", "Location", "Place of assignment", "Duty Location", "Place of work"],
        "fr": ["Lieu d'affectation", "Lieu de travail", "Poste d'affectation"],
        "es": ["Lugar de destino", "Ubicación", "Lugar de trabajo"],
        "ru": ["Место службы", "Место работы"],
    }),
    "grade": ("P-4", {
        "en": ["Grade", "Level", "Grade level", "Grade/Level", "Post level"],
        "fr": ["Grade", "Niveau", "Classe"],
        "es": ["Grado", "Nivel", "Categoría"],
        "ru": ["Класс", "Уровень", "Класс должности"],
    }),
    "requisition_id": ("VN/2025/0147", {
        "en": ["Vacancy Number", "Vacancy No.", "Reference", "Job ID", "Job Opening ID",
               "Vacancy notice number", "Post number", "Requisition ID", "Job Number"],
        "fr": ["Numéro de l'avis de vacance", "Référence", "N° de l'avis", "Numéro de poste"],
        "es": ["Número de vacante", "Referencia", "N° de vacante", "Código"],
        "ru": ["Номер вакансии", "Номер объявления"],
    }),
    "title": ("Political Affairs Officer", {
        "en": ["Job Title", "Post Title", "Position Title", "Title", "Position", "Vacancy title"],
        "fr": ["Titre du poste", "Intitulé du poste", "Poste", "Titre"],
        "es": ["Título del puesto", "Puesto", "Cargo"],
        "ru": ["Должность", "Название должности", "Наименование должности"],
    }),
}  # fmt: skip
SHAPES = ["{l}: {v}", "{l}\n{v}", "{L}: {v}", "{l} | {v}", "{l}:\t{v}", "{l} - {v}", "{l} – {v}"]
REST = {
    "en": "Closing date: 15 March 2025\n\nDuties and responsibilities\n- Draft political reports.",
    "fr": "Date limite de candidature : 15 mars 2025\n\nFonctions\n- Rédiger des rapports.",
    "es": "Fecha límite: 15 de marzo de 2025\n\nFunciones\n- Redactar informes políticos.",
    "ru": "Срок подачи заявок: 15 марта 2025 г.\n\nОбязанности\n- Подготовка докладов.",
}


def _cases() -> list[tuple[str, str, str, str]]:
    return [
        (name, value, lang, shape.format(l=label, L=label.upper(), v=value))
        for name, (value, by_lang) in FIELDS.items()
        for lang, labels in by_lang.items()
        for label, shape in itertools.product(labels, SHAPES)
    ]


@pytest.mark.parametrize(("name", "value", "lang", "line"), _cases())
def test_a_header_field_in_every_shape(name: str, value: str, lang: str, line: str) -> None:
    head = "" if name == "title" else "Political Affairs Officer\n"
    (vacancy,) = parse_text(f"{head}{line}\n{REST[lang]}\n", "n.txt", today=date(2000, 1, 1))
    assert getattr(vacancy, name) == value, line


def test_a_title_with_a_dash_is_not_a_labels_value() -> None:
    text = "Programme Officer – Gender Equality\nDuty Station: Tbilisi\n" + REST["en"] + "\n"
    (vacancy,) = parse_text(text, "n.txt", today=date(2000, 1, 1))
    assert vacancy.title == "Programme Officer – Gender Equality"
    assert vacancy.duty_station == "Tbilisi"
