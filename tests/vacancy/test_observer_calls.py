"""Calls for OSCE/ODIHR election observers as national bodies publish them (Polish, Slovenian,
English): the country is the one whose elections are observed, not the seat of the office that
observes them (ODIHR, Warsaw); a body sending observers names itself as the office; a ban on
the host country's citizens is read as an ineligible nationality. Each rule is a wording seen
in several dev notices (corpus/dev/national_solidarityfund_*, national_govsi_*, ...)."""

from __future__ import annotations

import pytest

from secondment_desk import countries
from secondment_desk.vacancy import parse_text

_POLISH = (
    "Rekrutacja obserwatorów krótkoterminowych (STO) na wybory parlamentarne {where}\n\n"
    "{body}, działając w ramach zadania zleconego przez MSZ RP, ogłasza nabór na "
    "krótkoterminowych obserwatorów (STO) wyborów parlamentarnych {where} (20 czerwca 2021 r.) "
    "w ramach misji obserwacyjnej OBWE/ODIHR.\n\n"
    "Wymagania:\n"
    "  • ukończone 18 lat;\n"
    "  • Zarejestrowanie się w bazie obserwatorów OSCE/ODIHR. "
    "Link: https://electionexpert.odihr.pl/Home/HomeIndex.\n"
    "  • kandydatki/kandydaci muszą posiadać obywatelstwo polskie i nie mogą posiadać "
    "obywatelstwa {whose}.\n"
)


@pytest.mark.parametrize(
    ("where", "whose", "country"),
    [
        ("w Armenii", "Armenii", "Armenia"),
        ("na Białorusi", "Białorusi", "Belarus"),
        ("w Kirgistanie", "Kirgistanu", "Kyrgyzstan"),
        ("w Ukrainie", "ukraińskiego", "Ukraine"),
        ("w Gruzji", "Gruzji", "Georgia"),
    ],
)
def test_a_polish_observer_call_names_the_observed_country_and_bars_its_citizens(
    where: str, whose: str, country: str
) -> None:
    body = "Fundacja Solidarności Międzynarodowej"
    (vacancy,) = parse_text(_POLISH.format(where=where, whose=whose, body=body), "fsm.txt")
    assert vacancy.country == country  # not Poland, where ODIHR sits
    assert vacancy.ineligible_nationalities == [country]
    assert vacancy.office == "Fundacja Solidarności Międzynarodowej"


def test_the_sending_body_is_the_office_in_its_declined_form() -> None:
    text = (
        "Fundacji Solidarności Międzynarodowej informuje, że prowadzi nabór obserwatorów "
        "wyborów prezydenckich w Gruzji w ramach misji OBWE.\n\n"
        "Wymagania:\n- obywatelstwo polskie\n"
    )
    (vacancy,) = parse_text(text, "fsm.txt")
    assert vacancy.office == "Fundacja Solidarności Międzynarodowej"
    assert vacancy.country == "Georgia"


def test_a_slovenian_observer_call_names_the_observed_country() -> None:
    text = (
        "Interni natečaj za OVSE kratkoročno opazovanje parlamentarnih volitev v Moldaviji\n\n"
        "Kratkoročni opazovalci bodo prisotni v Kišinjevu od 20. do 27. februarja 2019.\n"
        "Pred oddajo prijave na spletni strani https://electionexpert.odihr.pl oblikujte "
        "profil.\n\nNotranji rok za prijavo je četrtek, 31. januar 2019 do 12. ure.\n"
    )
    (vacancy,) = parse_text(text, "mzz.txt")
    assert vacancy.country == "Moldova"


def test_an_english_observer_call_names_the_observed_country() -> None:
    text = (
        "Election observation mission in Ukraine\n\n"
        "The Ministry of Foreign Affairs announces recruitment of candidates for short-term "
        "observers during the OSCE/ODIHR election observation mission in Ukraine.\n\n"
        "Successful Candidates will meet the following criteria:\n"
        "  • be experienced in election observation;\n"
        "  • have an advanced knowledge of English;\n\n"
        "Deadline for applications: 7 September 2007.\n"
    )
    (vacancy,) = parse_text(text, "mfa.txt")
    assert vacancy.country == "Ukraine"


def test_elections_named_without_observers_give_no_country() -> None:
    """Only a call for observers is read this way: a post that merely mentions elections in a
    country keeps its own place (here none is stated)."""
    text = (
        "Programme Assistant\n\n"
        "The office follows the elections in Armenia closely.\n\n"
        "Tasks and Responsibilities\n- drafts reports\n\nDeadline for applications: 3 May 2024\n"
    )
    (vacancy,) = parse_text(text, "post.txt")
    assert vacancy.country != "Armenia"


def test_a_lower_case_word_after_the_election_is_no_country() -> None:
    text = (
        "Nabór obserwatorów wyborów w ramach misji OBWE/ODIHR na wybory parlamentarne "
        "w Armenii.\n\nWymagania:\n- obywatelstwo polskie\n"
    )
    (vacancy,) = parse_text(text, "fsm.txt")
    assert vacancy.country == "Armenia"  # 'w ramach' is skipped, the next election is read


def test_declined_country_names_are_aliases() -> None:
    for form, name in {
        "Białorusi": "Belarus",
        "Kirgistanie": "Kyrgyzstan",
        "Ukrajini": "Ukraine",
        "Azerbejdżanie": "Azerbaijan",
    }.items():
        assert countries.normalize(form) == name


def test_the_sending_body_is_found_below_a_pages_menus() -> None:
    """The publisher's reach is counted from the call's first announcement ('ogłasza
    nabór'), so a page's menus above it do not hide the body that names itself there."""
    menus = "".join(f"Menu item {i}\n" for i in range(120))  # ~1.4 KB of site furniture
    text = menus + _POLISH.format(
        where="w Armenii", whose="Armenii", body="Fundacja Solidarności Międzynarodowej"
    )
    (vacancy,) = parse_text(text, "fsm.txt")
    assert vacancy.office == "Fundacja Solidarności Międzynarodowej"
    no_call = text.replace("ogłasza nabór", "pisze")  # no announcement: only the top is read
    (vacancy,) = parse_text(no_call, "fsm.txt")
    assert vacancy.office != "Fundacja Solidarności Międzynarodowej"


def test_a_deployment_sentence_from_one_date_to_another_is_no_posting_period() -> None:
    """An observers' deployment 'od ... do ...' is a sentence, not an aggregator's glued
    'posted / deadline' line: it gives neither an issue nor a closing date."""
    text = _POLISH.format(
        where="w Kirgistanie", whose="Kirgistanu", body="Fundacja Solidarności Międzynarodowej"
    ).replace(
        "Wymagania:",
        "Wyjazd obserwatorów krótkoterminowych (STO) planowany jest orientacyjnie od 23 "
        "listopada 2021 r. do 2 grudnia 2021 r.\n\nWymagania:",
    )
    (vacancy,) = parse_text(text, "fsm.txt")
    assert vacancy.closing_date is None
    assert vacancy.issue_date is None


def test_an_aggregators_glued_dates_line_still_gives_both_dates() -> None:
    text = (
        "Senior Programme Officer\nOSCE Programme Office in Dushanbe\n"
        "October 2, 2025November 16, 2025DushanbeTajikistan\n\n"
        "The OSCE has a comprehensive approach to security.\n\n"
        "Tasks and Responsibilities\n- advises the Head of Office\n"
    )
    (vacancy,) = parse_text(text, "agg.txt")
    assert vacancy.closing_date is not None and vacancy.closing_date.isoformat() == "2025-11-16"


def test_an_english_observer_call_is_a_notice() -> None:
    """'announces recruitment of candidates' (the English of 'ogłasza nabór kandydatów') and
    'Successful Candidates will meet the following criteria' mark an observer call."""
    text = (
        "Election observation mission in Ukraine\n\n"
        "The Ministry of Foreign Affairs announces recruitment of candidates for short-term "
        "observers during OSCE/ODIHR election observation mission in Ukraine.\n\n"
        "Successful candidates will meet the following criteria:\n"
        "  • be citizens of Poland;\n  • be of excellent health;\n"
    )
    (vacancy,) = parse_text(text, "mfa.txt")
    assert vacancy.country == "Ukraine"


def test_the_term_for_accepting_applications_is_the_closing_date() -> None:
    """'Termin przyjmowania zgłoszeń upływa 25 sierpnia' (the term for accepting
    applications ends on 25 August): a Polish label of the deadline, its year the call's."""
    text = (
        "Fundacja Solidarności Międzynarodowej prowadzi nabór kandydatów na obserwatorów "
        "wyborów prezydenckich w Gruzji, które odbędą się 27 października 2013. Termin "
        "przyjmowania zgłoszeń upływa 25 sierpnia.\n\nWymagania:\n  • obywatelstwo polskie,\n"
    )
    (vacancy,) = parse_text(text, "fsm.txt")
    assert vacancy.closing_date is not None and vacancy.closing_date.isoformat() == "2013-08-25"
