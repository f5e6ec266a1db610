"""EU vacancy pages that are not calls: EEAS and Commission delegation pages."""

from __future__ import annotations

from datetime import date

from secondment_desk.vacancy import parse_text


def test_a_function_group_is_a_contract_even_beside_a_word_on_secondment() -> None:
    text = (
        "Job opportunities at the European Commission\n"
        "Seconded national experts (SNE)\n"
        "SNEs are typically seconded from the civil services of EU Member States.\n"
        "Contract Agent Vacancies - Delegations\n"
        "ENTITY | Kosovo (Pristina) NEAR.D.4.DEL.Kosovo.001.95 - operation section |\n"
        "FUNCTION / GRADE | FG IV (Living-conditions allowance: 20%) |\n"
        "TITLE | Policy Officer - Trade |\n"
        "VACANCY NOTICE / JOB DESCRIPTION | 220894 |\n"
        "Deadline for applications: 12 March 2024\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2024, 1, 1))
    assert vacancy.organization == "EU"
    assert vacancy.grade == "FG IV"
    assert vacancy.requisition_id == "220894"
    assert vacancy.contract_type == "contracted"
