"""Lists of several posts outside the EU Call-for-Contributions table (vacancy/postlist.py).

An OSCE field operation's or the Secretariat's list of vacancies, a ministry's page of OSCE, UN
and EU secondment posts, an agency's list of openings: one line, one numbered or bulleted item,
or one heading with its own labelled lines per post. Generated here in ten shapes with OSCE, UN
and national references, 2 to 8 posts each: every post must come back as its own vacancy with
its title, reference, grade, duty station and closing date. A single post written in the same
shapes must stay one post.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from secondment_desk.vacancy.parser import normalize_text, parse_notice

TODAY = date(2025, 1, 1)


@dataclass(frozen=True)
class P:
    ref: str
    title: str
    grade: str
    city: str
    closing: date


_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

OSCE = [
    P("VNKOSS01234", "Human Rights Officer", "S2", "Pristina", date(2025, 5, 12)),
    P("VNSKPS00441", "Senior Monitoring Officer", "S3", "Skopje", date(2025, 5, 14)),
    P("VNBAHS00808", "Executive Officer", "S1", "Sarajevo", date(2025, 6, 2)),
    P("VNSECS01268", "Policy Support Officer", "P3", "Vienna", date(2025, 6, 9)),
    P("VNSRBS00512", "Rule of Law Adviser", "S2", "Belgrade", date(2025, 6, 30)),
    P("VNPOAS00210", "Political Affairs Officer", "S2", "Tirana", date(2025, 7, 1)),
    P("VNMOLS00133", "Military Officer", "S1", "Chisinau", date(2025, 7, 15)),
    P("VNODIS00902", "Election Adviser", "S3", "Warsaw", date(2025, 8, 4)),
]
UN = [
    P("25-HRI-OHCHR-256789-R-GENEVA", "Human Rights Officer", "P-3", "Geneva", date(2025, 3, 3)),
    P("25-PGM-UNDP-250111-R-NAIROBI", "Programme Specialist", "P-4", "Nairobi", date(2025, 3, 10)),
    P(
        "25-ADM-UNHQ-245002-R-NEW YORK",
        "Administrative Officer",
        "P-2",
        "New York",
        date(2025, 4, 1),
    ),
    P("25-LEG-OLA-247310-R-VIENNA", "Legal Officer", "P-3", "Vienna", date(2025, 4, 20)),
    P("25-PAO-DPPA-240977-R-AMMAN", "Political Affairs Officer", "P-4", "Amman", date(2025, 5, 5)),
    P("25-SEC-DSS-249001-R-JUBA", "Security Coordination Officer", "P-3", "Juba", date(2025, 5, 9)),
    P(
        "25-ECO-ESCAP-251004-R-BANGKOK",
        "Economic Affairs Officer",
        "P-2",
        "Bangkok",
        date(2025, 6, 1),
    ),
    P("25-PGM-UNHCR-248800-R-ERBIL", "Protection Officer", "NO-B", "Erbil", date(2025, 6, 16)),
]
NATIONAL = [
    P("MFA/SEC/2025/014", "Political Officer", "S2", "Tbilisi", date(2025, 2, 14)),
    P("MFA/SEC/2025/015", "Monitoring Officer", "S1", "Kyiv", date(2025, 2, 21)),
    P("MFA/SEC/2025/017", "Gender Adviser", "S2", "Dushanbe", date(2025, 3, 1)),
    P("MFA/SEC/2025/021", "Border Management Officer", "S3", "Bishkek", date(2025, 3, 7)),
    P("MFA/SEC/2025/022", "Legal Adviser", "P-4", "The Hague", date(2025, 3, 28)),
    P("MFA/SEC/2025/030", "Project Manager", "S2", "Podgorica", date(2025, 4, 11)),
    P("MFA/SEC/2025/031", "Mission Security Officer", "S3", "Tashkent", date(2025, 4, 18)),
    P("MFA/SEC/2025/040", "Reporting Officer", "S1", "Yerevan", date(2025, 5, 2)),
]
FAMILIES = {"osce": OSCE, "un": UN, "national": NATIONAL}
INTRO = {
    "osce": "OSCE Mission in Kosovo - current vacancies\n\nThe following seconded positions are "
    "open. Nominations are made by the participating State.\n\n",
    "un": "United Nations - current job openings\n\nThe posts below are open to external "
    "candidates.\n\n",
    "national": "Ministry of Foreign Affairs - Secondment to the OSCE and the EU\n\nThe Ministry "
    "seeks candidates for the following seconded posts.\n\n",
}
OUTRO = "\n\nApplications received after the deadline will not be considered.\n"


def long_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def dotted(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def us_date(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def spaced_columns(posts: list[P]) -> str:
    return "\n".join(
        f"{p.ref}  {p.title}  {p.grade}  {p.city}  Deadline {long_date(p.closing)}" for p in posts
    )


def bar_table(posts: list[P]) -> str:
    head = "Reference | Post | Grade | Duty station | Deadline"
    rows = [f"{p.ref} | {p.title} | {p.grade} | {p.city} | {dotted(p.closing)}" for p in posts]
    return "\n".join([head, *rows])


def numbered_dashes(posts: list[P]) -> str:
    return "\n".join(
        f"{n}. {p.title} ({p.grade}) – {p.city} – {p.ref} – {long_date(p.closing)}"
        for n, p in enumerate(posts, 1)
    )


def bullets(posts: list[P]) -> str:
    return "\n".join(
        f"• {p.title} ({p.grade}) - {p.city} - Ref. {p.ref} - Closing date: {us_date(p.closing)}"
        for p in posts
    )


def post_headings(posts: list[P]) -> str:
    return "\n\n".join(
        f"Post {n}: {p.title}\nGrade: {p.grade}\nDuty station: {p.city}\nReference: {p.ref}\n"
        f"Deadline: {long_date(p.closing)}"
        for n, p in enumerate(posts, 1)
    )


def title_blocks(posts: list[P]) -> str:
    return "\n\n".join(
        f"{p.title}\nVacancy number: {p.ref}\nGrade: {p.grade}\nLocation: {p.city}\n"
        f"Closing date: {p.closing.isoformat()}"
        for p in posts
    )


def cell_lines(posts: list[P]) -> str:
    """A web table copied cell by cell: every cell on its own line."""
    return "\n\n".join(
        f"{p.ref}\n{p.title}\n{p.grade}\n{p.city}\n{long_date(p.closing)}" for p in posts
    )


def tabbed(posts: list[P]) -> str:
    head = "Vacancy No.\tTitle\tGrade\tDuty Station\tDeadline"
    rows = [f"{p.ref}\t{p.title}\t{p.grade}\t{p.city}\t{long_date(p.closing)}" for p in posts]
    return "\n".join([head, *rows])


def labelled_cells(posts: list[P]) -> str:
    return "\n".join(
        f"{p.title} ({p.grade}) | {p.city} | Ref: {p.ref} | Deadline: {dotted(p.closing)}"
        for p in posts
    )


def numbered_blocks(posts: list[P]) -> str:
    return "\n".join(
        f"{n}) {p.title}\n   Grade: {p.grade}\n   Duty station: {p.city}\n"
        f"   Vacancy No.: {p.ref}\n   Application deadline: {us_date(p.closing)}"
        for n, p in enumerate(posts, 1)
    )


SHAPES: dict[str, Callable[[list[P]], str]] = {
    "spaced_columns": spaced_columns,
    "bar_table": bar_table,
    "numbered_dashes": numbered_dashes,
    "bullets": bullets,
    "post_headings": post_headings,
    "title_blocks": title_blocks,
    "cell_lines": cell_lines,
    "tabbed": tabbed,
    "labelled_cells": labelled_cells,
    "numbered_blocks": numbered_blocks,
}
COUNTS = (2, 3, 5, 8)


def _page(family: str, shape: str, n: int) -> tuple[str, list[P]]:
    posts = FAMILIES[family][:n]
    return INTRO[family] + SHAPES[shape](posts) + OUTRO, posts


def _grade(written: str | None) -> str | None:
    return written.replace("-", "") if written else None


@pytest.mark.parametrize("n", COUNTS)
@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_listed_post_is_its_own_vacancy(shape: str, family: str, n: int) -> None:
    text, posts = _page(family, shape, n)
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert len(vacancies) == n, [v.title for v in vacancies]
    for v, p in zip(vacancies, posts, strict=True):
        assert v.title == p.title
        assert v.requisition_id == p.ref
        assert _grade(v.grade) == _grade(p.grade)
        assert v.duty_station == p.city
        assert v.closing_date == p.closing


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_listed_post_keeps_the_page_organisation(shape: str) -> None:
    text, _posts = _page("osce", shape, 3)
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert [v.organization for v in vacancies] == ["OSCE"] * 3


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_one_post_in_a_list_shape_stays_one(shape: str, family: str) -> None:
    text, posts = _page(family, shape, 1)
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert len(vacancies) == 1
    assert vacancies[0].title == posts[0].title
    if family != "national":  # a bare national code alone is too weak to be read as the reference
        assert vacancies[0].requisition_id == posts[0].ref


def test_a_notice_naming_its_post_twice_stays_one() -> None:
    """A heading and a closing line that repeat the one post's title, reference and grade."""
    text = (
        "OSCE Mission to Skopje\n"
        "VNSKPS00441  Senior Monitoring Officer  S3  Skopje  Deadline 14 May 2025\n\n"
        "Tasks and Responsibilities:\nUnder the supervision of the Head of Unit, the incumbent "
        "monitors developments and reports on them.\n\n"
        "Please quote: VNSKPS00441  Senior Monitoring Officer  S3  Skopje  "
        "Deadline 14 May 2025\n"
    )
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert len(vacancies) == 1
    assert vacancies[0].requisition_id == "VNSKPS00441"


def test_a_numbered_task_list_is_no_list_of_posts() -> None:
    """Numbered duties that name jobs and places are one notice's tasks, not posts."""
    text = (
        "Human Rights Officer (S2)\nOSCE Mission in Kosovo, Pristina\n"
        "Vacancy number: VNKOSS01234\nDeadline for applications: 12 May 2025\n\n"
        "Tasks and Responsibilities:\n"
        "1. Supervises the Field Assistant (G5) in Prizren and reports to the Head of Office.\n"
        "2. Advises the Senior Human Rights Officer (S3) in Pristina on monitoring plans.\n"
        "3. Drafts weekly reports for the Deputy Head of Mission.\n"
    )
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert len(vacancies) == 1
    assert vacancies[0].title == "Human Rights Officer"


# --- a PDF table flattened into one paragraph, and a call's contents --------------------------

UNITS = [
    ("Joint Technical Secretariat", "Vienna", "(A)", "Project Officer", 2, "AJTS"),
    ("Joint Technical Secretariat", "Vienna", "(A)", "Financial Officer", 1, "BJTS"),
    ("Branch office", "Tbilisi", "(GE)", "Coordinator of the Branch Office", 1, "CTBS"),
    ("Branch office", "Tbilisi", "(GE)", "Assistant to the Coordinator", 3, "DTBS"),
    ("Liaison office", "Skopje", "(MK)", "Liaison Officer", 1, "ESKP"),
    ("Liaison office", "Skopje", "(MK)", "Communication Officer", 1, "FSKP"),
]


@pytest.mark.parametrize("n", (3, 4, 6))
def test_a_flattened_table_gives_a_post_per_row(n: int) -> None:
    rows = " ".join(f"{u} {c}{code} {t} {k} ({ref})" for u, c, code, t, k, ref in UNITS[:n])
    text = (
        "PUBLIC NOTICE for the recruitment of the staff of the Programme. A selection is launched "
        "for the following profiles: Structure Location Job description n. of positions Ref. "
        f"{rows} Only one application per profile can be presented.\n\nRequirements:\n"
        "- a university degree\n- five years of relevant professional experience\n\n"
        "Deadline for applications: 12 May 2025\n"
    )
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert len(vacancies) == n
    for v, (unit, city, _code, title, k, ref) in zip(vacancies, UNITS, strict=False):
        assert (v.title, v.requisition_id, v.duty_station) == (title, ref, city)
        assert (v.number_of_posts, v.office) == (k, unit)


@pytest.mark.parametrize("n", (2, 3, 5))
def test_a_calls_contents_gives_a_post_per_entry(n: int) -> None:
    entries = [
        ("Private Sector Expert - Business Development Division", "4-6"),
        ("Gender Equality Expert - Social and Civil\nAffairs Division", "7-9"),
        ("Urban Development Expert - Transport Division", "10-11"),
        ("Legal Adviser - Office of the Secretary General", "12-13"),
        ("Project Manager - Energy Division", "14-15"),
    ][:n]
    body = "\n".join(f"{e}{'.' * 40}\n{pages}" for e, pages in entries)
    text = (
        "Call for secondments\nSecretariat\n\nINTRODUCTION" + "." * 40 + "\n2\n"
        f"JOB DESCRIPTION{'.' * 40}\n4-17\n{body}\nAPPLICATION PROCEDURE{'.' * 40} 18\n"
    )
    vacancies = parse_notice(normalize_text(text), today=TODAY)
    assert [v.title for v in vacancies] == [e.split(" - ")[0] for e, _ in entries]
    assert {v.contract_type for v in vacancies} == {"seconded"}


def test_every_grade_of_a_list_opens_with_a_capital() -> None:
    """The grade token's lookahead (a capital) skips other places: no grade may open
    otherwise, or it would go unseen."""
    # the parsed form tells which characters a pattern opens with
    import re._parser as sre  # type: ignore[import-not-found]

    from secondment_desk.organisations import recognition

    def openers(items: list[tuple[object, object]]) -> list[int]:
        op, arg = items[0]
        if op == sre.LITERAL:
            return [int(arg)]  # type: ignore[call-overload]
        if op == sre.BRANCH:
            return [c for branch in arg[1] for c in openers(list(branch))]  # type: ignore[index]
        if op == sre.SUBPATTERN:
            return openers(list(arg[-1]))  # type: ignore[index]
        if op == sre.IN:  # "S|P" parses as a set: each of its letters and ranges
            out: list[int] = []
            for item_op, item in arg:  # type: ignore[attr-defined]
                if item_op == sre.LITERAL:
                    out.append(item)
                elif item_op == sre.RANGE:
                    out.extend(range(item[0], item[1] + 1))
                else:
                    raise AssertionError(f"a grade opens with {item_op}")
            return out
        raise AssertionError(f"a grade opens with {op}")

    for name in ("OSCE", "UN", "EU"):
        entry = recognition.by_short_name(name)
        assert entry is not None and entry.grade is not None
        first = openers(list(sre.parse(entry.grade.pattern)))
        assert first and all(chr(c).isupper() and chr(c).isascii() for c in first), name
