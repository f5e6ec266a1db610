"""One notice header in every layout real copies give it (label: value lines, label over
value, a row of labels over a row of values split by tabs, bars or runs of spaces, a column of
labels over a column of values, one flattened paragraph, HTML tables, lists and divs), in four
languages: every field read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from secondment_desk.vacancy import load_vacancies, parse_text

WANT = {
    "title": "Political Affairs Officer",
    "grade": "P-4",
    "duty_station": "Tbilisi",
    "requisition_id": "VN/2025/0147",
    "closing_date": date(2025, 3, 15),
}
LABELS = {
    "en": ["Job Title", "Grade", "Duty Station", "Vacancy Number", "Closing Date"],
    "fr": ["Titre du poste", "Grade", "Lieu d'affectation", "Numéro de l'avis de vacance",
           "Date limite de candidature"],
    "es": ["Título del puesto", "Grado", "Lugar de destino", "Número de vacante", "Fecha límite"],
    "ru": ["Должность", "Класс", "Место службы", "Номер вакансии", "Срок подачи заявок"],
}  # fmt: skip
DATE = {"en": "15 March 2025", "fr": "15 mars 2025", "es": "15 de marzo de 2025",
        "ru": "15 марта 2025 г."}  # fmt: skip
BODY = {
    "en": ["Duties and responsibilities", "- Draft political reports.", "- Liaise with partners."],
    "fr": ["Fonctions", "- Rédiger des rapports politiques."],
    "es": ["Funciones", "- Redactar informes políticos."],
    "ru": ["Обязанности", "- Подготовка докладов."],
}

Pairs = list[tuple[str, str]]


def _text(head: str, lang: str) -> tuple[str, str]:
    return "txt", head + "\n\n" + "\n".join(BODY[lang]) + "\n"


def _html(head: str, lang: str) -> tuple[str, str]:
    body = "".join(f"<p>{p}</p>" for p in BODY[lang])
    return "html", f"<html><body>{head}{body}</body></html>"


LAYOUTS: dict[str, Callable[[Pairs, str], tuple[str, str]]] = {
    "colon lines": lambda p, g: _text("\n".join(f"{k}: {v}" for k, v in p), g),
    "label over value": lambda p, g: _text("\n".join(f"{k}\n{v}" for k, v in p), g),
    "tab pairs": lambda p, g: _text("\n".join(f"{k}\t{v}" for k, v in p), g),
    "tab row": lambda p, g: _text(
        "\t".join(k for k, _ in p) + "\n" + "\t".join(v for _, v in p), g
    ),
    "pipe row": lambda p, g: _text(
        "| " + " | ".join(k for k, _ in p) + " |\n| " + " | ".join(v for _, v in p) + " |", g
    ),
    "space columns": lambda p, g: _text(
        "   ".join(k for k, _ in p) + "\n" + "   ".join(v for _, v in p), g
    ),
    "labels column then values": lambda p, g: _text(
        "\n".join(f"{k}:" for k, _ in p) + "\n" + "\n".join(v for _, v in p), g
    ),
    "run without colons": lambda p, g: _text(" ".join(f"{k} {v}" for k, v in p), g),
    "flattened": lambda p, g: (
        "txt",
        " ".join(f"{k}: {v}" for k, v in p) + " " + " ".join(BODY[g]),
    ),
    "html vertical table": lambda p, g: _html(
        "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in p) + "</table>", g
    ),
    "html horizontal table": lambda p, g: _html(
        "<table><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in p)
        + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for _, v in p)
        + "</tr></table>",
        g,
    ),
    "html dl": lambda p, g: _html(
        "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in p) + "</dl>", g
    ),
    "html strong": lambda p, g: _html(
        "".join(f"<p><strong>{k}:</strong> {v}</p>" for k, v in p), g
    ),
    "html divs": lambda p, g: _html(
        "".join(f"<div><div class='label'>{k}</div><div>{v}</div></div>" for k, v in p), g
    ),
}


def _pairs(lang: str) -> Pairs:
    values = [str(WANT[k]) for k in WANT if k != "closing_date"] + [DATE[lang]]
    return list(zip(LABELS[lang], values, strict=True))


@pytest.mark.parametrize("lang", sorted(LABELS))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_field_in_every_layout(layout: str, lang: str, tmp_path: Path) -> None:
    kind, content = LAYOUTS[layout](_pairs(lang), lang)
    if kind == "txt":
        (vacancy,) = parse_text(content, "n.txt", today=date(2000, 1, 1))
    else:
        path = tmp_path / "n.html"
        path.write_text(content, encoding="utf-8")
        (vacancy,) = load_vacancies(path)
    assert {k: getattr(vacancy, k) for k in WANT} == WANT
