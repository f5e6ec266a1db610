"""Real pages about vacancies, missions or recruitment that hold no notice are refused.

Negative examples gathered from public pages (tests/fixtures/not_vacancies/sources.md): a
mission's jobs page with no opening, FAQs, an organisation's profile, general information for
applicants, news articles and press releases. Each gets the same one-line error as any text
with no vacancy signal; a real partial copy is never refused (tests/vacancy/test_robustness.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secondment_desk.errors import NotAVacancyError
from secondment_desk.vacancy import load_vacancies
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "not_vacancies"
# Still read as a notice: a list of document titles whose lines name posts ("... VISITING
# EXPERTS ...", "Chief of Staff ..."); a fact sheet whose lettered heading "A. EXPERTOS EN
# ASISTENCIA TÉCNICA" names a post as a consultancy title does ("Asistencia técnica ...").
# A FAQ asking about "un avis de vacance" and "a duty station" (an indefinite article also
# opens "the Mission has opened a call for applications", which announces one).
# Nothing in them tells a document from a first screen yet.
KNOWN_MISSES = {
    "careersdocbox_similar_documents_list.txt",
    "un_org_posibilidades_de_empleo_es.txt",
    "hr_un_faq_fr.txt",
}


def _texts() -> list[Path]:
    return sorted(FOLDER.glob("*.txt"))


def test_every_negative_example_has_its_source() -> None:
    listed = (FOLDER / "sources.md").read_text("utf-8")
    missing = [p.name for p in _texts() if p.name != "news_article.txt" and p.name not in listed]
    assert not missing
    assert len(_texts()) >= 10


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=pytest.mark.xfail(strict=True, reason="a known miss")
            if p.name in KNOWN_MISSES
            else (),
        )
        for p in _texts()
    ],
    ids=lambda p: p.name,
)
def test_a_page_without_a_notice_is_refused_in_one_sentence(path: Path) -> None:
    with pytest.raises(NotAVacancyError) as err:
        load_vacancies(path)
    message = str(err.value)
    assert "\n" not in message and message.endswith(".")
    assert "does not look like a vacancy notice" in message
