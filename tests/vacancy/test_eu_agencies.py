"""The EU's decentralised agencies post calls for Seconded National Experts in their own shapes:
the agency named by its acronym or its full name is the EU (registry data,
resources/organisations/eu/recognition.json), its acronym the office; 'Title of function:',
'Post:' and 'Post (business title):' label the post's title (resources/vacancy/labels.json)."""

from __future__ import annotations

import pytest

from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.fields import is_generic_org

_CALL = """Call for an expression of interest for a Seconded National Expert (SNE) in the {name}

REF.: {ref}

{label}: Data Protection Expert

Duration: 1 year (renewable)

The SNE will work in the agency's headquarters. Deadline for applications: 12 August 2024.
"""


@pytest.mark.parametrize(
    ("name", "office", "ref"),
    [
        ("European Asylum Support Office (EASO)", "EASO", "EASO/2024/SNE/003"),
        ("European Union Agency for Asylum (EUAA)", "EUAA", "EUAA/2024/SNE/004"),
        ("European Maritime Safety Agency (EMSA)", "EMSA", "EMSA/SNE/2024/01"),
        ("European Union Satellite Centre (SatCen)", "SatCen", "SatCen/SNE/2024/02"),
    ],
)
@pytest.mark.parametrize("label", ["Title of function", "Post", "Post (business title)"])
def test_an_agencys_sne_call_is_the_eus_with_its_title(
    name: str, office: str, ref: str, label: str
) -> None:
    (v,) = parse_text(_CALL.format(name=name, ref=ref, label=label), "call.txt")
    assert (v.organization, v.office, v.title) == ("EU", office, "Data Protection Expert")


def test_an_unknown_agency_is_not_the_eu() -> None:
    text = _CALL.format(name="Agency for Imaginary Affairs (AIA)", ref="AIA/2024/1", label="Post")
    assert all(v.organization != "EU" for v in parse_text(text, "call.txt"))


@pytest.mark.parametrize("ref", ["eu-LISA/24/SNE/1.1", "EMSA/SNE/2024/01", "2024-017"])
def test_a_ref_line_without_a_colon_gives_the_reference(ref: str) -> None:
    text = _CALL.replace("REF.: {ref}", "Ref. {ref}").format(
        name="European Maritime Safety Agency (EMSA)", ref=ref, label="Post"
    )
    (v,) = parse_text(text, "call.txt")
    assert v.requisition_id == ref


@pytest.mark.parametrize(
    ("value", "generic"),
    [
        ("eu-LISA", False),  # an agency whose acronym opens with 'eu-': an office
        ("EU", True),
        ("EU - European Union", True),
        ("OSCE – Organization for Security and Co-operation in Europe", True),
        ("European Union (EU)", True),
    ],
)
def test_an_agency_named_eu_dash_is_no_bare_organisation(value: str, generic: bool) -> None:
    assert is_generic_org(value) is generic


def test_eu_lisa_is_the_office_of_its_call() -> None:
    text = _CALL.format(name="agency. We are eu-LISA, the EU agency", ref="x", label="Post")
    (v,) = parse_text(text.replace("REF.: x", "Ref. eu-LISA/24/SNE/1.1"), "call.txt")
    assert (v.organization, v.office) == ("EU", "eu-LISA")


def test_a_column_of_labels_over_a_column_of_values_pairs_them_in_order() -> None:
    text = (
        "CALL FOR AN EXPRESSION OF INTEREST FOR A SECONDED NATIONAL EXPERT\n"
        "Ref. EMSA/SNE/2024/01\nPost:\nData Protection Expert\n"
        "Status:\nLocation:\nSeconded National Expert (SNE)\nLisbon, PORTUGAL\n"
        "Closing date for applications\n12 August 2024\n"
        "The European Maritime Safety Agency (EMSA) ...\n"
    )
    (v,) = parse_text(text, "call.txt")
    assert (v.duty_station, v.country) == ("Lisbon", "Portugal")
