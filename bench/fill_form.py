"""Fill the OSCE form 100 times: our sandboxed render vs docxtpl called directly.

Run: PYTHONPATH=src:. python bench/fill_form.py [RUNS]
Both sides render the same template with the same context and save to memory; the direct
side uses a plain jinja2 Environment with the same filters (no sandbox, no pre-checks).
Goal: ratio <= 1.3.
"""

from __future__ import annotations

import io
import sys
from datetime import date
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment

from bench._timing import measure
from secondment_desk.documents import build_context, render_docx, sandbox
from secondment_desk.documents.sandbox import EXTRA_FILTERS
from secondment_desk.models import Profile, Vacancy
from secondment_desk.models.profile import Employment, LanguageSkill, Personal, Reference
from secondment_desk.resources import template_file


def _profile() -> Profile:
    jobs = [
        Employment(
            start=f"{2000 + i}-01",
            end=f"{2000 + i}-12",
            title=f"Officer {i} & <co>",
            employer=f"Employer {i}",
            duties="Drafted reports; " * 20,
            supervisor_name="Zoë Ørsted",
        )
        for i in range(12)
    ]
    return Profile(
        personal=Personal(family_name="Kovalenko", first_name="Łucja", nationalities=["Poland"]),
        employment=jobs,
        languages=[LanguageSkill(language=n, reading="B2") for n in ("English", "Russian")],
        references=[Reference(name=f"Ref {i}") for i in range(3)],
    )


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 100
    template = template_file("osce_offline_application_form.docx")
    vacancy = Vacancy(title="Politico-Military Officer", requisition_id="TAJ000394")
    context: dict[str, Any] = build_context(_profile(), vacancy, today=date(2025, 1, 1))

    def ours() -> None:
        render_docx(template, context, io.BytesIO())

    def ours_cold() -> None:
        sandbox._CODE_CACHE.clear()
        render_docx(template, context, io.BytesIO())

    def direct() -> None:
        env = Environment(autoescape=True)
        env.filters.update(EXTRA_FILTERS)
        doc = DocxTemplate(template)
        doc.render(context, jinja_env=env, autoescape=True)
        doc.save(io.BytesIO())

    base = measure("docxtpl direct", direct, runs)
    mine = measure("render_docx (sandbox + checks)", ours, runs)
    cold = measure("render_docx, compile cache cleared each run", ours_cold, max(10, runs // 5))
    print(base.line())
    print(mine.line())
    print(cold.line())
    print(f"ratio cold (median): {cold.median_ms / base.median_ms:.2f}")
    print(f"ratio (median): {mine.median_ms / base.median_ms:.2f} (goal <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
