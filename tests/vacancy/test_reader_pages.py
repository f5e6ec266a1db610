"""HTML pages as real sites save them: schema.org JobPosting data, legacy charsets,
noscript and iframe copies of the notice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondment_desk.errors import InputError
from secondment_desk.vacancy import load_vacancies
from secondment_desk.vacancy.readers import read_source

DESCRIPTION = (
    "<p><strong>Background</strong></p><p>The OSCE Programme Office in Bishkek supports the "
    "host country in implementing OSCE principles and commitments.</p>"
    "<p><strong>Tasks and Responsibilities</strong></p><ul><li>Monitors political "
    "developments in the region and reports on them;</li><li>Drafts analytical reports "
    "for the Head of Office;</li></ul><p><strong>Necessary Qualifications</strong></p>"
    "<ul><li>First-level university degree in political science, international relations "
    "or law;</li><li>A minimum of six years of relevant professional experience;</li>"
    "<li>Professional fluency in English and Russian;</li></ul>"
)
POSTING = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Political Officer",
    "description": DESCRIPTION,
    "identifier": {"@type": "PropertyValue", "name": "OSCE", "value": "VNPOBS01234"},
    "datePosted": "2026-02-10",
    "validThrough": "2026-03-12T23:59:00+06:00",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {"@type": "Organization", "name": "OSCE Programme Office in Bishkek"},
    "jobLocation": {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressLocality": "Bishkek",
                    "addressCountry": "Kyrgyzstan"},
    },
}  # fmt: skip
FRAME = (
    "<header><nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a> <a href='/login'>Sign in</a>"
    "</nav></header>{body}<footer>© Job board 2026 · Privacy · Cookies</footer>"
)


def _page(tmp_path: Path, body: str, head: str = "", name: str = "job.html") -> Path:
    path = tmp_path / name
    html = f"<!DOCTYPE html><html><head>{head}</head><body>{FRAME.format(body=body)}</body></html>"
    path.write_text(html, encoding="utf-8")
    return path


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    "data",
    [
        POSTING,
        [POSTING],
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, POSTING]},
    ],
    ids=["object", "list", "graph"],
)
def test_a_job_board_page_built_by_scripts_is_read_from_its_jobposting(
    tmp_path: Path, data: object
) -> None:
    body = '<div id="app"></div><script src="/bundle.js"></script>'
    (vacancy,) = load_vacancies(_page(tmp_path, body, head=_ld(data)))
    assert vacancy.title == "Political Officer"
    assert str(vacancy.closing_date) == "2026-03-12"
    assert vacancy.duty_station == "Bishkek"
    assert vacancy.min_years_experience == 6
    assert "Drafts analytical reports" in vacancy.text
    assert "Sign in" not in vacancy.text  # the site's frame is not the notice


def test_a_page_that_shows_its_notice_keeps_its_own_text(tmp_path: Path) -> None:
    from secondment_desk.vacancy.readers.html_page import html_to_text

    body = f"<main><h1>Political Officer</h1>{DESCRIPTION}</main>"
    with_data = read_source(_page(tmp_path, body, head=_ld(POSTING))).text
    assert with_data == read_source(_page(tmp_path, body, name="plain.html")).text
    assert with_data.count("Drafts analytical reports") == 1
    assert "Drafts analytical reports" in html_to_text(body)


def test_broken_json_ld_is_skipped(tmp_path: Path) -> None:
    head = '<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'
    body = '<div id="root"></div><script src="/app.js"></script>'
    with pytest.raises(InputError, match="builds itself with JavaScript"):
        read_source(_page(tmp_path, body, head=head))


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("windows-1251", "Вакансия: юрист. Срок подачи — 12 мая 2026 г."),
        ("windows-1250", "Oglas: pravnik. Rok za prijavu — 12. svibnja 2026. Životopis."),
        ("iso-8859-1", "Offre d'emploi : juriste. Date limite — 12 mai 2026. Curriculum « vitæ »."),
        ("koi8-r", "Вакансия: юрист. Срок подачи заявлений 12 мая 2026 года."),
    ],
)
def test_a_page_in_its_declared_legacy_charset(tmp_path: Path, encoding: str, text: str) -> None:
    """A short page's bytes alone do not tell Windows-1251 from KOI8-R or -1250 from
    -1252: the page's own declaration does."""
    for head in (
        f'<meta charset="{encoding}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">',
    ):
        path = tmp_path / "legacy.html"
        path.write_bytes(
            f"<html><head>{head}</head><body><p>{text}</p></body></html>".encode(
                "cp1252" if encoding == "iso-8859-1" else encoding
            )
        )
        assert read_source(path).text.strip() == text


def test_a_utf8_page_with_an_old_charset_declaration_is_utf8(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    text = "Вакансия: юрист. Срок подачи — 12 мая 2026 г."
    path.write_bytes(f'<html><head><meta charset="windows-1251"></head><body><p>{text}</p>'
                     "</body></html>".encode())  # fmt: skip
    assert read_source(path).text.strip() == text


def test_noscript_copy_of_the_notice_is_read_when_the_page_shows_nothing_else(
    tmp_path: Path,
) -> None:
    body = f'<div id="root"></div><noscript><h1>Political Officer</h1>{DESCRIPTION}</noscript>'
    text = read_source(_page(tmp_path, body)).text
    assert "Monitors political developments" in text


def test_iframe_srcdoc_notice_is_read(tmp_path: Path) -> None:
    srcdoc = f"<h1>Political Officer</h1>{DESCRIPTION}".replace('"', "&quot;")
    text = read_source(_page(tmp_path, f'<iframe srcdoc="{srcdoc}"></iframe>')).text
    assert "Monitors political developments" in text


def test_a_page_that_only_frames_another_page_says_so(tmp_path: Path) -> None:
    path = tmp_path / "framed.html"
    path.write_text(
        '<html><body><iframe src="https://jobs.example.org/123"></iframe></body></html>'
    )
    with pytest.raises(InputError) as err:
        read_source(path)
    message = str(err.value)
    assert message.startswith("framed.html holds no notice text") and "frame" in message
    assert "\n" not in message


def test_a_definition_list_reads_as_labels_and_values() -> None:
    from secondment_desk.vacancy.readers.html_page import html_to_text

    page = (
        "<dl><dt>Número de la vacante</dt><dd>RAPS/3/2016/02</dd><dt>Grade:</dt><dd>P-3</dd>"
        "<dd>second value</dd></dl>"
    )
    lines = [line for line in html_to_text(page).splitlines() if line]
    assert lines == ["Número de la vacante: RAPS/3/2016/02", "Grade: P-3", "second value"]


def test_a_reference_in_the_next_table_cell_is_a_vacancy_signal() -> None:
    from secondment_desk.vacancy.signals import is_vacancy

    assert is_vacancy("Funcionario de documentos\n\nNúmero de la vacante | RAPS/3/2016/02\n")
