"""OSCE institutions named in a call's prose: 'The OSCE Parliamentary Assembly International
Secretariat regularly engages ... Research Fellows' (dev: corpus/dev/osce_youthtimemag_*; a
university board's copy of the same call had it too) names the Assembly as the office, like
the other OSCE institutions."""

from __future__ import annotations

from secondment_desk.vacancy import parse_text


def test_the_parliamentary_assembly_named_in_prose_is_the_office() -> None:
    text = (
        "Research Fellowship\n\n"
        "The OSCE Parliamentary Assembly International Secretariat regularly engages graduate "
        "students as Research Fellows in Copenhagen or Vienna.\n\n"
        "Tasks are:\n  • conduct substantive research;\n  • prepare briefing reports;\n\n"
        "Excellent written and spoken English is required.\n\n"
        "Deadline for applications: 1 October 2024\n"
    )
    (vacancy,) = parse_text(text, "pa.txt")
    assert vacancy.organization == "OSCE"
    assert vacancy.office == "OSCE Parliamentary Assembly"


def test_a_mission_name_still_wins_over_the_assembly_named_later() -> None:
    text = (
        "Political Officer\n\nOSCE Mission to Skopje\n\n"
        "The incumbent briefs visiting delegations of the OSCE Parliamentary Assembly.\n\n"
        "Tasks and Responsibilities\n- reports\n\nDeadline for applications: 1 October 2024\n"
    )
    (vacancy,) = parse_text(text, "mission.txt")
    assert vacancy.office == "OSCE Mission to Skopje"
