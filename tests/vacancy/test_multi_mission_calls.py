"""A Call for Contributions for several missions at once: the rows under each mission's
heading are that mission's posts (their office), whatever the table's separators."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.vacancy import parse_text

HEAD = (
    "CALL FOR CONTRIBUTIONS 2025/2\nCivilian CSDP Missions\n"
    "Deadline for applications: 12 May 2025 at 17:00 (Brussels time)\n\n"
)
MISSIONS = [
    ("EUCAP Sahel Mali", [("MA 01", "Head of Operations", "Bamako"),
                          ("MA 02", "Legal Adviser", "Bamako")]),
    ("EUAM Ukraine", [("UA 05", "Press Officer", "Kyiv")]),
    ("EULEX Kosovo", [("KOS 12", "Judge", "Pristina")]),
]  # fmt: skip
TAIL = "\nGeneral conditions\nCandidates must be nationals of a Member State.\n"


def _call(sep: str, missions: list[tuple[str, list[tuple[str, str, str]]]]) -> str:
    parts = [HEAD]
    for mission, rows in missions:
        parts.append(f"{mission}\n")
        parts.append(sep.join(("Ref.", "Name of the Post", "Location", "Availability")) + "\n")
        parts.append(f"Seconded ({len(rows)})\n")
        parts += [sep.join((ref, title, place, "ASAP")) + "\n" for ref, title, place in rows]
        parts.append("\n")
    return "".join(parts) + TAIL


@pytest.mark.parametrize("sep", [" ", " | ", "\t"])
def test_each_post_has_the_mission_it_stands_under(sep: str) -> None:
    posts = parse_text(_call(sep, MISSIONS), "call.txt", today=date(2000, 1, 1))
    got = {p.requisition_id: (p.office, p.title, p.duty_station) for p in posts}
    want = {ref: (m, t, place) for m, rows in MISSIONS for ref, t, place in rows}
    assert got == want


def test_a_call_for_one_mission_keeps_its_office() -> None:
    posts = parse_text(_call(" | ", MISSIONS[:1]), "call.txt", today=date(2000, 1, 1))
    assert {p.office for p in posts} == {"EUCAP Sahel Mali"} and len(posts) == 2
