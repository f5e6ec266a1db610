"""The closing date read in every way notices write it: wordings of the label in four
languages (beyond the lexicon's own examples), dates in each language's usual forms, and the
label and its value on one line, on the next line, with or without a colon, in capitals,
after a bar, followed by a time. Plus the traps: a "deadline" in a sentence does not take the
next line's date of another label.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from secondment_desk.vacancy import parse_text

HEAD = (
    "Political Affairs Officer\nDuty Station: Vienna\nDate of issue: 1 March 2025\n\n"
    "Tasks and responsibilities\n- Draft reports on the political situation.\n"
    "- Liaise with partners.\n\n"
)
TAIL = "\n\nHow to apply\nSend the form to the address below.\n"

LABELS = {
    "en": [
        "Closing date", "Closing Date for Applications", "Deadline for applications",
        "Application deadline", "Deadline for submission", "Last date to apply",
        "Last day for applications", "Apply by", "Closing date for receipt of applications",
        "Vacancy closes", "Expiry date", "Deadline for nominations",
        "Deadline for receipt of nominations", "Deadline for receipt of applications",
    ],
    "fr": [
        "Date limite de candidature", "Date limite de dépôt des candidatures",
        "Date de clôture", "Clôture des candidatures", "Date de clôture des candidatures",
    ],
    "es": [
        "Fecha límite", "Fecha de cierre", "Fecha límite de postulación",
        "Plazo de presentación", "Cierre de la convocatoria",
    ],
    "ru": [
        "Срок подачи заявок", "Крайний срок", "Последний день подачи заявок", "Дата закрытия",
    ],
}  # fmt: skip
DATES = {
    "en": [
        "15 March 2025", "March 15, 2025", "15/03/2025", "15.03.2025", "2025-03-15",
        "15-Mar-2025", "Saturday, 15 March 2025", "15th March 2025", "March 15th, 2025",
    ],
    "fr": ["15 mars 2025", "15/03/2025", "samedi 15 mars 2025"],
    "es": ["15 de marzo de 2025", "15/03/2025", "sábado, 15 de marzo de 2025"],
    "ru": ["15 марта 2025 г.", "15.03.2025", "15 марта 2025 года"],
}  # fmt: skip
SHAPES = [
    "{l}: {d}", "{l}\n{d}", "{l} {d}", "{l} - {d}", "{l} | {d}", "{L}: {d}", "{l}:\n\n{d}",
    "{l}: {d}, 17:00",
]  # fmt: skip


def _cases() -> list[tuple[str, str]]:
    """Every label in every shape, the dates of its language taken in turn."""
    out = []
    for lang, labels in LABELS.items():
        forms = itertools.cycle(DATES[lang])
        for label, shape in itertools.product(labels, SHAPES):
            out.append((lang, shape.format(l=label, L=label.upper(), d=next(forms))))
    return out


@pytest.mark.parametrize(("lang", "line"), _cases())
def test_the_closing_date_in_every_shape(lang: str, line: str) -> None:
    (vacancy,) = parse_text(HEAD + line + TAIL, "n.txt", today=date(2000, 1, 1))
    assert vacancy.closing_date == date(2025, 3, 15), line


@pytest.mark.parametrize(
    "lines",
    [
        "Applications received after the deadline\nStarting date: 1 May 2025",
        "Please note the deadline.\n1 May 2025 is the expected start.",
        "Deadline for receipt of applications is the one stated by your delegation\n2 May 2025",
    ],
)
def test_a_deadline_in_a_sentence_does_not_take_the_next_lines_date(lines: str) -> None:
    (vacancy,) = parse_text(HEAD + lines + TAIL, "n.txt", today=date(2000, 1, 1))
    assert vacancy.closing_date is None
