"""Tables of posts in Calls for Contributions: every shape a copied table comes in."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.cfc import table_words

HEAD = (
    "European Union Advisory Mission Ukraine (EUAM Ukraine)\nCall for Contributions\n"
    "Organisation: EUAM Ukraine\nJob Location: As indicated below\n"
    "Ref. | Name of the Post | Location | Availability\n"
)
TAIL = (
    "Deadline for applications: Friday 12 May 2020 at 1700 (Brussels time)\n"
    "Seconded Personnel\nFor seconded positions, only nominations through official channels.\n"
    "Education: university degree. Experience: minimum of 5 years of relevant experience.\n"
)


def _posts(rows: str) -> list[Vacancy]:
    return parse_text(HEAD + rows + TAIL, "call.txt", today=date(2020, 1, 1))


def _by_ref(posts: list[Vacancy]) -> dict[str | None, Vacancy]:
    return {p.requisition_id: p for p in posts}


def test_a_row_of_several_references_gives_each_and_a_clean_title() -> None:
    posts = _by_ref(
        _posts("UAC 22* UAC 23 UAC 24 Reporting Officer (3 posts) KYIV 01-Apr-20 ASAP\n")
    )
    assert set(posts) == {"UAC 22", "UAC 23", "UAC 24"}
    for post in posts.values():
        assert post.title == "Reporting Officer"
        assert post.duty_station == "Kyiv"
        assert post.number_of_posts == 1
        assert str(post.closing_date) == "2020-05-12"
        assert post.closing_time == "17:00 Europe/Brussels"


def test_one_post_with_a_choice_of_references_has_none() -> None:
    (post,) = _posts("MA 42* or MA 43* Human Resources Adviser – Gendarmerie (1 post) Kyiv ASAP\n")
    assert post.requisition_id is None
    assert post.title == "Human Resources Adviser – Gendarmerie"
    assert post.number_of_posts == 1
    assert any("MA 42, MA 43" in w for w in post.warnings)


@pytest.mark.parametrize(
    "rows",
    [
        "UAC 30 | Legal Adviser | Kyiv | ASAP\nUAC 31 | Press Officer | Kyiv | 01-Apr-20\n",
        "UAC 30 / Legal Adviser / Kyiv / ASAP\nUAC 31 / Press Officer / Kyiv / ASAP\n",
        "UAC 30\nLegal Adviser Kyiv ASAP\nUAC 31\nPress Officer Kyiv ASAP\n",
        "UAC 30\n\nLegal Adviser\n\nKyiv\n\nASAP\n\n"
        "UAC 31\n\nPress Officer\n\nKyiv\n\n01.04.2020\n",
        "UAC 30 Legal Adviser Kyiv ASAP UAC 31 Press Officer Kyiv 01 Apr 2020 ",
        "UAC 30 <br /> Legal Adviser<br /> Kyiv ASAP\nUAC 31 Press Officer <br/>Kyiv ASAP\n",
        "UAC 30 | UAC 31 | Legal Adviser | Kyiv | ASAP\n",
    ],
    ids=["pipes", "slashes", "break-after-ref", "cell-per-line", "not-split", "html-residue",
         "refs-in-cells"],
)  # fmt: skip
def test_row_shapes(rows: str) -> None:
    posts = _by_ref(_posts(rows))
    second = "Legal Adviser" if rows.startswith("UAC 30 | UAC 31") else "Press Officer"
    assert {k: (v.title, v.duty_station) for k, v in posts.items()} == {
        "UAC 30": ("Legal Adviser", "Kyiv"),
        "UAC 31": (second, "Kyiv"),
    }


def test_contract_type_from_the_grouping_of_rows() -> None:
    rows = (
        "Seconded\nNI 11 Legal Adviser Kyiv ASAP\nNI 12 Press Officer Kyiv ASAP\n"
        "Seconded/Contracted\nNI 24 Medical Adviser Kyiv ASAP\n"
        "Seconded (19 positions)\nNI 30 Trainer on Logistics Kyiv ASAP\n"
    )
    types = {p.requisition_id: p.contract_type for p in _posts(rows)}
    assert types == {
        "NI 11": "seconded",
        "NI 12": "seconded",
        "NI 24": "seconded/contracted",
        "NI 30": "seconded",
    }


def test_table_copied_column_by_column() -> None:
    rows = "UAC 30\nUAC 31\nLegal Adviser\nPress Officer\nKyiv\nOdesa\nASAP\nASAP\n"
    posts = _by_ref(_posts(rows))
    assert {k: v.title for k, v in posts.items()} == {
        "UAC 30": "Legal Adviser",
        "UAC 31": "Press Officer",
    }
    assert posts["UAC 30"].duty_station == "Kyiv"


def test_glued_references() -> None:
    posts = _by_ref(
        _posts(
            "Seconded (2)\nLIBHM15\nHead of Office\nKyiv\nASAP\n"
            "LIBOP26\nBorder Adviser\nKyiv\nASAP\n"
        )
    )
    assert {k: v.title for k, v in posts.items()} == {
        "LIBHM15": "Head of Office",
        "LIBOP26": "Border Adviser",
    }


def test_table_words_are_checked_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from secondment_desk.vacancy import cfc

    monkeypatch.setattr(cfc, "load_json_resource", lambda name: {"regimes": []})
    table_words.cache_clear()
    try:
        with pytest.raises(ValueError, match="regimes"):
            table_words()
    finally:
        table_words.cache_clear()


@pytest.mark.parametrize(
    ("line", "n"),
    [
        ("Number of positions: Nine (9)\n", 9),
        ("NUMBER OF POSTS: Two (2)\n", 2),
        ("# of Openings: 3\n", 3),
        ("The two (2) positions are located in the Human Rights Service.\n", 2),
    ],
)
def test_number_of_posts_of_a_single_notice(line: str, n: int) -> None:
    text = "Political Officer (P3)\nDuty Station: Kabul\n" + line + "Deadline: 12 May 2030\n"
    (vacancy,) = parse_text(text, "n.txt", today=date(2020, 1, 1))
    assert vacancy.number_of_posts == n


def test_number_of_posts_is_not_guessed() -> None:
    text = "Political Officer (P3)\nDuty Station: Kabul\nDeadline: 12 May 2030\n"
    (vacancy,) = parse_text(text, "n.txt", today=date(2020, 1, 1))
    assert vacancy.number_of_posts is None


def test_a_table_headed_otherwise() -> None:
    text = HEAD.replace(
        "Ref. | Name of the Post | Location | Availability", "Ref.\nPosition\nLocation"
    )
    posts = parse_text(
        text + "UAC 30 Legal Adviser Kyiv ASAP\n" + TAIL, "c.txt", today=date(2020, 1, 1)
    )
    assert [(p.requisition_id, p.title) for p in posts] == [("UAC 30", "Legal Adviser")]


def test_html_residue_and_count_columns() -> None:
    text = (
        "<strong>EUROPEAN UNION</strong> MISSION IN KOSOVO (EULEX KOSOVO)<br />\n"
        "Call for Contributions<br />\nOrganisation: EULEX KOSOVO<br />\n"
        "Seconded/Contracted<br />\n\n"
        "Ref. Name of the post Pending Confirmed<br />\nVacancies<br />\nTotal<br />\n"
        "Vacancies<br />\nAvailable<br />\non<br />\n"
        "EK 0101 Border Liaison Officer 0 1 1 asap<br />\n"
        "EK 0102 Close Protection Officer 0 12 12 asap<br />\n"
        "Seconded<br />\n\nRef. Name of the post Pending*<br />\n"
        "EK 0201<br />\nEK 0202<br />\nEK 0203<br />\n"
        "Finance and Accounting<br />\nOfficer<br />\nLogistics<br />\n"
        "Deadline for applications: 12 May 2020<br />\n"
    )
    posts = _by_ref(parse_text(text, "call.txt", today=date(2020, 1, 1)))
    assert set(posts) == {"EK 0101", "EK 0102", "EK 0201", "EK 0202", "EK 0203"}
    first, second = posts["EK 0101"], posts["EK 0102"]
    assert (first.title, first.number_of_posts) == ("Border Liaison Officer", 1)
    assert (second.title, second.number_of_posts) == ("Close Protection Officer", 12)
    assert first.contract_type == "seconded/contracted"
    assert first.office is not None and "<" not in first.office
    assert "<br />" in first.text  # the post keeps the text as given
    # a column of references whose titles run over several lines: no title, never a wrong one
    for ref in ("EK 0201", "EK 0202", "EK 0203"):
        assert posts[ref].title is None
        assert posts[ref].contract_type == "seconded"
        assert posts[ref].number_of_posts is None
    assert {p.closing_date for p in posts.values()} == {date(2020, 5, 12)}


def test_table_copied_without_its_reference_column() -> None:
    text = (
        "Annex 1\nEuropean Union Police Mission\n3-2016 Call for Contributions\n"
        "Job Location:\nAs indicated below\nName of the Post:\nSeconded (4)\n"
        "Strategic Adviser*\nLegal Adviser\n29 Mar 2017\nJob Titles/\nVacancy Notices:\n"
        "Police Adviser Training (2 positions)\n02 Apr 2017\nPage 1 of 41\n"
        "Seconded/Contracted (1)\nChief of Finance\n"
        "Deadline for\nE-mail Address\nto send the Job\nForm to:\n"
        "Friday 14 October 2016 at 17:00 hours (Brussels time)\n"
        "Seconded Personnel - For seconded positions, only nominations through official channels.\n"
    )
    posts = parse_text(text, "call.txt", today=date(2016, 1, 1))
    assert [(p.title, p.contract_type, p.number_of_posts) for p in posts] == [
        ("Strategic Adviser", "seconded", None),
        ("Legal Adviser", "seconded", None),
        ("Police Adviser Training", "seconded", 2),
        ("Chief of Finance", "seconded/contracted", None),
    ]
    for post in posts:
        assert post.requisition_id is None
        assert post.closing_date == date(2016, 10, 14)
        assert post.closing_time == "17:00 Europe/Brussels"


def test_a_news_list_of_posts_one_a_line() -> None:
    text = (
        "EU Monitoring Mission in Georgia (EUMM Georgia): la missione assume.\n"
        "Le assunzioni riguardano i seguenti posti distaccati internazionali:\n"
        "Relatore, Tbilisi (3 posti)\n"
        "Addetto stampa e informazione pubblica, Tbilisi\n"
        "Vice capo dell’ufficio sul campo, Mtskheta, Gori e Zugdidi (3 post)\n"
        "Monitor, Zugdidi\n"
    )
    posts = parse_text(text, "news.txt", today=date(2019, 1, 1))
    got = [(p.title, p.duty_station, p.number_of_posts, p.contract_type) for p in posts]
    assert got == [
        ("Relatore", "Tbilisi", 3, "seconded"),
        ("Addetto stampa e informazione pubblica", "Tbilisi", 1, "seconded"),
        ("Vice capo dell’ufficio sul campo", None, 3, "seconded"),  # three places: no one station
        ("Monitor", "Zugdidi", 1, "seconded"),
    ]


def test_a_sentence_listing_posts() -> None:
    text = (
        "The EU Partnership Mission in Moldova (EUPM Moldova) opens a call for applications.\n"
        "Nine positions are open: Security Assistant, Press and Public Information Assistant, "
        "CIS Technician (Helpdesk and Support), Interpreter/Translator (2 positions), "
        "Language Assistant (2 positions),\n\n"
        "Operations Assistant, and Project Officer.\nThe deadline for applications is 8 November.\n"
    )
    posts = parse_text(text, "release.txt", today=date(2023, 1, 1))
    assert [(p.title, p.number_of_posts) for p in posts] == [
        ("Security Assistant", 1),
        ("Press and Public Information Assistant", 1),
        ("CIS Technician (Helpdesk and Support)", 1),
        ("Interpreter/Translator", 2),
        ("Language Assistant", 2),
        ("Operations Assistant", 1),
        ("Project Officer", 1),
    ]


def test_regime_headings_in_other_languages_are_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from secondment_desk.vacancy import cfc

    assert cfc.regime_type("Détaché (3)") == "seconded"
    assert cfc.regime_type("Seconded/Contracted") == "seconded/contracted"
    assert cfc.regime_type("Contractuel") == "contracted"
    cfc._regime_types.cache_clear()
    monkeypatch.setattr(
        cfc, "load_json_resource", lambda _name: {"regime_types": {"Détaché": "lent"}}
    )
    with pytest.raises(ValueError, match="regime_types"):
        cfc.regime_type("Détaché")
    cfc._regime_types.cache_clear()


def test_a_flattened_header_and_count_columns_in_one_paragraph() -> None:
    text = (
        "Annex 1 Rule of Law Mission (EULEX KOSOVO) 1-2017 Call for Contributions "
        "Organisation: European Union Rule of Law Mission in Kosovo (EULEX KOSOVO) "
        "Job Location: Western Balkans Region (Kosovo) Employment Regime: Seconded "
        "Ref.: Name of the Post Pending Confirmed Vacancies Total Vacancies Availability "
        "Seconded EK 30001 Chief of Unit 0 1 1 ASAP "
        "EK 30002 Crime Investigation Officer 0 4 4 1 in Jun 2017 1 in Jul 2017 2 in Aug-2017 "
        "Seconded/Contracted EK 30005 Legal Officer 1 0 1 Sep 2017\n"
        "Deadline for applications: Friday 12 May 2017 at 17:00 (Brussels time)\n"
    )
    posts = _by_ref(parse_text(text, "call.txt", today=date(2017, 1, 1)))
    got = {r: (p.title, p.number_of_posts, p.contract_type) for r, p in posts.items()}
    assert got == {  # five-digit references; the Total column is the count, not a title word
        "EK 30001": ("Chief of Unit", 1, "seconded"),
        "EK 30002": ("Crime Investigation Officer", 4, "seconded"),
        "EK 30005": ("Legal Officer", 1, "seconded/contracted"),
    }
    for post in posts.values():
        assert post.office == "EULEX KOSOVO"  # the acronym the header gives in brackets
        assert post.country == "Kosovo"
        assert post.duty_station is None  # a region, not a city


def test_a_row_of_labels_is_not_read_as_values() -> None:
    text = (
        "Annex 1 EUCAP Sahel Niger Call for Contributions Organisation: Job Location: "
        "Availability: European Union CSDP Mission in Niger (EUCAP Sahel Niger) Niamey "
        "Ref.: Name of the Post: Location: Available on: Seconded NI 11 Press Officer Niamey ASAP "
        "NI 63 Head of Unit Niamey ASAP\nDeadline for Applications: 2 October 2015\n"
    )
    posts = parse_text(text, "call.txt", today=date(2015, 1, 1))
    assert [p.office for p in posts] == ["EUCAP Sahel Niger"] * 2


def test_a_row_of_references_with_one_place_each() -> None:
    posts = _by_ref(
        _posts(
            "NI 03 NI 04 Senior Defence Expert (2 positions) Agadez Niamey ASAP 01 Mar 2019\n"
            "NI 07 NI 08 Trainer (2 posts) Niamey 31 Dec 2018 ASAP\n"
        )
    )
    assert {r: (p.title, p.duty_station) for r, p in posts.items()} == {
        "NI 03": ("Senior Defence Expert", "Agadez"),
        "NI 04": ("Senior Defence Expert", "Niamey"),
        "NI 07": ("Trainer", "Niamey"),
        "NI 08": ("Trainer", "Niamey"),
    }


def test_a_regime_cell_and_a_cell_of_two_places() -> None:
    posts = _by_ref(
        _posts(
            "SOM 094 | Senior Legal Adviser | Mogadishu | Seconded | ASAP\n"
            "SOM 045 | Medical Adviser | Mogadishu / Nairobi | Seconded/Contracted | ASAP\n"
            "SOM 048 | Nurse | Garowe | Contracted | ASAP\n"
        )
    )
    got = {r: (p.title, p.duty_station, p.contract_type) for r, p in posts.items()}
    assert got == {
        "SOM 094": ("Senior Legal Adviser", "Mogadishu", "seconded"),
        "SOM 045": ("Medical Adviser", None, "seconded/contracted"),  # two places: none
        "SOM 048": ("Nurse", "Garowe", "contracted"),
    }


def test_a_two_column_copy_that_moved_titles_away_from_their_rows() -> None:
    text = (
        "Annex 1\nEULEX KOSOVO Call for Contributions\nOrganisation: EULEX KOSOVO\n"
        "Confirmed Total\nRef.: Name of the Post Pending Availability\nVacancies Vacancies\n"
        "Seconded\nSpecial Assistant to the Head\nEK 40003 0 1 1 Sep 2019\nof Mission\n"
        "EK 40026 Operations Officer 0 2 2 ASAP\n"
        "Deadline for applications: 12 May 2019\n"
    )
    posts = _by_ref(parse_text(text, "call.txt", today=date(2019, 1, 1)))
    assert {r: (p.title, p.number_of_posts, p.contract_type) for r, p in posts.items()} == {
        "EK 40003": (
            None,
            1,
            "seconded",
        ),  # its title is split around the row: none, not a wrong one
        "EK 40026": ("Operations Officer", 2, "seconded"),
    }


@pytest.mark.parametrize(
    "availability",
    ["Jun 2017", "September", "Q3 2020", "1 in Jun 2017, 2 in Jul 2017", "mid-September 2020"],
)
def test_availability_cells_besides_full_dates(availability: str) -> None:
    (post,) = _posts(f"UAC 23 Reporting Officer Kyiv {availability}\n")
    assert (post.title, post.duty_station) == ("Reporting Officer", "Kyiv")


def test_a_news_list_with_its_italian_deadline_above_it() -> None:
    text = (
        "EU Monitoring Mission in Georgia (EUMM Georgia): la missione assume.\n"
        "Termine per l’invio delle candidature: venerdì 28 giugno 2019 alle ore 17.00 "
        "(ora di Bruxelles). Le assunzioni riguardano i seguenti posti distaccati:\n"
        "Relatore, Tbilisi (3 posti)\nAddetto stampa, Tbilisi\nMonitor, Zugdidi (41 post)\n"
    )
    posts = parse_text(text, "news.txt", today=date(2019, 1, 1))
    assert len(posts) == 3
    for post in posts:
        assert post.closing_date == date(2019, 6, 28)
        assert post.closing_time == "17:00 Europe/Brussels"


@pytest.mark.parametrize(
    ("head", "office"),
    [
        (
            "Annex 1\nEuropean Union Police Mission in the Palestinian Territories\n"
            "3-2016 Call for Contributions\n",
            "European Union Police Mission in the Palestinian Territories",
        ),
        (
            "EU SPECIAL REPRESENTATIVE IN KOSOVO SUPPORT TEAM: Call for Contributions\n",
            "EU Special Representative in Kosovo Support Team",
        ),
        (
            "European Union Office in Kosovo\nEuropean Union Special Representative in Kosovo\n"
            "Call for Contributions\n",
            "European Union Special Representative in Kosovo",
        ),
        (
            "European Union Training Mission in Mali (EUTM Mali)\nCall for Contributions\n",
            "EUTM Mali",
        ),
        # a mission the registry names (organisations/eu/recognition.json), in the header
        ("Annex 1\nEUFOR ALTHEA 2-2020 Call for Contributions\n", "EUFOR ALTHEA"),
        # a sentence about a mission names no office
        (
            "EU Member States are invited to second staff to the Mission\nCall for Contributions\n",
            None,
        ),
    ],
)
def test_the_office_from_a_line_naming_the_body(head: str, office: str | None) -> None:
    rows = (
        "Ref. | Name of the Post | Location | Availability\nXY 01 | Legal Adviser | Kyiv | ASAP\n"
    )
    (post,) = parse_text(head + rows + TAIL, "call.txt", today=date(2020, 1, 1))
    assert post.office == office


def test_a_column_of_references_and_titles_broken_over_lines_cut_by_the_copy() -> None:
    text = (
        "EULEX KOSOVO Call for Contributions\nOrganisation: EULEX KOSOVO\n"
        "Deadline for applications: 12 May 2020\nSeconded\nRef. Name of the post Pending*\n"
        "EK 0201\nEK 0202\nEK 0203\nEK 0204\n"
        "WSU Finance and Accounting\nOfficer\nWSU Logistics, Supply and\nProcurement Officer\n"
        "Special Assistant to the Head\nof Mission\nWSU Safe Place Security Team"
    )
    posts = _by_ref(parse_text(text, "call.txt", today=date(2020, 1, 1)))
    assert {r: p.title for r, p in posts.items()} == {
        "EK 0201": "WSU Finance and Accounting Officer",
        "EK 0202": "WSU Logistics, Supply and Procurement Officer",
        "EK 0203": "Special Assistant to the Head of Mission",
        "EK 0204": None,  # its title is cut by the copy
    }
    # where the lines between the column and the table's end hold fewer titles than
    # references, and the copy goes on, none is paired (see test_html_residue_...)
    shorter = text.replace("WSU Safe Place Security Team", "Logistics\nSeconded Personnel\n")
    assert all(p.title is None for p in parse_text(shorter, "c.txt", today=date(2020, 1, 1)))


def test_a_post_with_its_own_deadline_keeps_it() -> None:
    listed = (
        "EU SPECIAL REPRESENTATIVE IN KOSOVO SUPPORT TEAM: Call for Contributions\n"
        "-\nSenior Political Adviser (VN 001/2025)\nSeconded– Expert Level\n1 position (Pristina)\n"
        "Deadline for applications: 12 May 2025 at 17:00 (Brussels time)\n"
        "-\nSpokesperson (VN 002/2025)\nSeconded– Expert Level\n1 position (Pristina)\n"
        "Deadline for applications: 30 May 2025 at 12:00 (Brussels time)\n"
        "Seconded Personnel – For seconded positions, only nominations through official channels.\n"
    )
    got = [
        (p.requisition_id, p.closing_date, p.closing_time)
        for p in parse_text(listed, "c.txt", today=date(2025, 1, 1))
    ]
    assert got == [
        ("VN 001/2025", date(2025, 5, 12), "17:00 Europe/Brussels"),
        ("VN 002/2025", date(2025, 5, 30), "12:00 Europe/Brussels"),
    ]
    described = (
        "Annex 1\nEUCAP Somalia Call for Contributions\nOrganisation: EUCAP Somalia\n"
        "Ref. | Name of the Post | Location | Availability\n"
        "SOM 01 | Legal Adviser | Mogadishu | ASAP\nSOM 02 | Nurse | Garowe | ASAP\n"
        "Deadline for applications: Thursday 16 July 2020 at 17:00 (Brussels time)\n"
        "Seconded Personnel - For seconded positions, only nominations.\n"
        "Position Name: Legal Adviser\nRef: SOM 01\nLocation: Mogadishu\n"
        "Deadline for applications: Thursday 30 July 2020 at 17:00 (Brussels time)\n"
        "Tasks: advise.\nPosition Name: Nurse\nRef: SOM 02\nLocation: Garowe\nTasks: nurse.\n"
    )
    posts = _by_ref(parse_text(described, "c.txt", today=date(2020, 1, 1)))
    assert posts["SOM 01"].closing_date == date(2020, 7, 30)  # its job description's own
    assert posts["SOM 02"].closing_date == date(2020, 7, 16)  # the call's


def test_the_last_row_of_a_table_whose_end_is_not_recognised() -> None:
    text = (
        "Annex 1\nEUCAP Somalia Call for Contributions\nOrganisation: EUCAP Somalia\n"
        "Ref. | Name of the Post | Location | Availability\n"
        "SOM 01 Legal Adviser Mogadishu ASAP\nSOM 02 Nurse Garowe 01 Mar 2020\n"
        "The Mission advises the authorities in Mogadishu, Garowe and Hargeisa since 2012.\n"
    )
    posts = _by_ref(parse_text(text, "c.txt", today=date(2020, 1, 1)))
    # the row is its line: the prose under it gives it no title words and no place
    assert {r: (p.title, p.duty_station) for r, p in posts.items()} == {
        "SOM 01": ("Legal Adviser", "Mogadishu"),
        "SOM 02": ("Nurse", "Garowe"),
    }


def test_a_job_description_is_found_by_its_reference_as_a_whole_word() -> None:
    from secondment_desk.vacancy.cfc import _word_at

    text = "XEK 0101 / EK 01012 / EK-0101 / EK 0101- / (EK 0101)"
    assert _word_at(text, "EK 0101", 0) == text.index("(EK 0101)") + 1
    assert _word_at(text, "EK 0101", len(text) - 3) == -1
    assert _word_at("EK 0101", "EK 0101", 0) == 0


def test_a_copy_starting_at_the_general_conditions_of_a_call_is_read() -> None:
    text = (
        "I. GENERAL CONDITIONS\n"
        "Citizenship – Citizen of a Member State of the European Union (EU).\n"
        "Integrity – The candidates must maintain the highest standards of integrity.\n"
        "Education – Candidates must have a recognised academic qualification under the "
        "European Qualifications Framework (EQF), at a level of at least 6 in the EQF.\n"
        "Language skills – Candidates must have full command of the English language.\n"
        "Driving licence – Candidates must hold a valid civilian driving licence (Category B).\n"
    )
    (vacancy,) = parse_text(text, "call.txt", today=date(2020, 1, 1))  # read, not refused
    assert any("partial" in w for w in vacancy.warnings)


def test_posts_listed_reference_first_by_a_national_call() -> None:
    text = (
        "Call for Experts to Work on Secondment with EUMM Georgia\n\n"
        "European Union Monitoring Mission in Georgia (Seconded Personnel positions)\n\n"
        "  • GEO HI 01 - Spokesperson/Chief of Press and Public Information Unit\n"
        "  • GEO OR 04 - Reporting Officer\n"
        "  • GEO GO 04 - Field Office Gori, Operations Officer\n\n"
        "Applications should be sent by e-mail on the official application form.\n"
    )
    posts = _by_ref(parse_text(text, "call.txt", today=date(2020, 1, 1)))
    assert {k: (v.title, v.duty_station, v.contract_type) for k, v in posts.items()} == {
        "GEO HI 01": ("Spokesperson/Chief of Press and Public Information Unit", None, "seconded"),
        "GEO OR 04": ("Reporting Officer", None, "seconded"),
        "GEO GO 04": ("Operations Officer", "Gori", "seconded"),
    }


def test_a_table_of_posts_is_split_where_the_copy_lost_the_call_s_name() -> None:
    rows = (
        "Ref. Post title Location Available on\n"
        "Seconded (3)\n"
        "KOS 01 Legal Officer Pristina ASAP\n"
        "KOS 02 Press Officer Pristina 01 Mar 2020\n"
        "KOS 03 Police Adviser Mitrovica ASAP\n"
    )
    posts = _by_ref(parse_text(rows, "call.txt", today=date(2020, 1, 1)))
    assert {k: (v.title, v.duty_station, v.contract_type) for k, v in posts.items()} == {
        "KOS 01": ("Legal Officer", "Pristina", "seconded"),
        "KOS 02": ("Press Officer", "Pristina", "seconded"),
        "KOS 03": ("Police Adviser", "Mitrovica", "seconded"),
    }


def test_a_place_after_a_preposition_belongs_to_the_title() -> None:
    rows = (
        "Seconded (3)\n"
        "UAC 40 Head of Regional Liaison Office in Belgrade Belgrade ASAP\n"
        "UAC 41 Head of Field Office in Lviv Lviv ASAP\n"
        "UAC 42 Liaison Officer to Tbilisi City Hall Kyiv ASAP\n"
    )
    posts = _by_ref(_posts(rows))
    assert {k: (v.title, v.duty_station) for k, v in posts.items()} == {
        "UAC 40": ("Head of Regional Liaison Office in Belgrade", "Belgrade"),
        "UAC 41": ("Head of Field Office in Lviv", "Lviv"),
        "UAC 42": ("Liaison Officer to Tbilisi City Hall", "Kyiv"),
    }


def test_places_joined_by_or_and_a_bracketed_unit_are_no_part_of_the_title() -> None:
    rows = (
        "Seconded (3)\n"
        "UAC 50 Press Officer Kyiv, Lviv or Kharkiv As soon as possible\n"
        "UAC 51 Finance Officer Brussels (BSE) Sept 2020\n"
        "UAC 52 Press Officer Kyiv HQ ASAP*\n"
    )
    posts = _by_ref(_posts(rows))
    assert {k: (v.title, v.duty_station) for k, v in posts.items()} == {
        "UAC 50": ("Press Officer", None),  # three places: no one duty station
        "UAC 51": ("Finance Officer", "Brussels"),
        "UAC 52": ("Press Officer", "Kyiv"),
    }


@pytest.mark.parametrize("sep", ["\n", " "], ids=["one-row-a-line", "flattened"])
def test_a_regime_column_copied_flat_gives_each_row_its_contract_type(sep: str) -> None:
    rows = sep.join(
        (
            "UAC 60 Legal Adviser Kyiv Seconded ASAP",
            "UAC 61 Press Officer Lviv Seconded/Contracted ASAP",
        )
    )
    posts = _by_ref(_posts(rows + "\n"))
    assert {k: (v.title, v.duty_station, v.contract_type) for k, v in posts.items()} == {
        "UAC 60": ("Legal Adviser", "Kyiv", "seconded"),
        "UAC 61": ("Press Officer", "Lviv", "seconded/contracted"),
    }


def test_a_grouping_heading_may_name_its_posts() -> None:
    rows = "Seconded positions\nUAC 70 Legal Adviser Kyiv ASAP\n"
    rows += "Seconded/Contracted positions\nUAC 71 Press Officer Lviv ASAP\n"
    types = {p.requisition_id: p.contract_type for p in _posts(rows)}
    assert types == {"UAC 70": "seconded", "UAC 71": "seconded/contracted"}


def test_a_call_s_deadline_in_a_submitted_by_sentence() -> None:
    text = HEAD + "UAC 80 | Legal Adviser | Kyiv | ASAP\n"
    text += "Applications must be submitted by 22 May 2023, 17:00 hrs Brussels time\n"
    (post,) = parse_text(text, "call.txt", today=date(2020, 1, 1))
    assert (str(post.closing_date), post.closing_time) == ("2023-05-22", "17:00 Europe/Brussels")


@pytest.mark.parametrize(
    "rows",
    [
        "• VN 001/2025 – Senior Political Adviser – Seconded – 1 position (Pristina)\n"
        "• VN 002/2025 – Head of Communication Section – Seconded – 1 position (Pristina)\n",
        "• Senior Political Adviser – VN 001/2025\n• Head of Communication Section – VN 002/2025\n",
        "VN 001/2025: Senior Political Adviser\nVN 002/2025: Head of Communication Section\n",
    ],
    ids=["reference-title-regime-place", "title-then-reference", "reference-colon-title"],
)
def test_posts_listed_a_line_each_in_other_orders(rows: str) -> None:
    text = "EU SPECIAL REPRESENTATIVE IN KOSOVO SUPPORT TEAM: Call for Contributions\n" + rows
    posts = _by_ref(parse_text(text + "Deadline: 12 August 2018\n", "call.txt"))
    assert {k: v.title for k, v in posts.items()} == {
        "VN 001/2025": "Senior Political Adviser",
        "VN 002/2025": "Head of Communication Section",
    }
    if "Pristina" in rows:
        assert {(v.duty_station, v.contract_type) for v in posts.values()} == {
            ("Pristina", "seconded")
        }


@pytest.mark.parametrize(
    ("office", "country"),
    [("EUTM Mozambique", "Mozambique"), ("EUFOR Althea", "Bosnia and Herzegovina"),
     ("EUTM Somalia", "Somalia")],
)  # fmt: skip
def test_a_call_s_posts_without_a_place_take_the_country_of_its_mission(
    office: str, country: str
) -> None:
    text = f"{office} Call for Contributions\nOrganisation: {office}\n"
    text += "Ref. Name of the Post Availability\nSeconded (2)\n"
    text += "TM 01 Legal Adviser ASAP\nTM 02 Press Officer ASAP\nDeadline: 12 May 2024\n"
    assert {p.country for p in parse_text(text, "call.txt")} == {country}
