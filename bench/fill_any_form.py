"""Fill a form the user brought (found by labels) and the P.11 template: ours vs docxtpl.

Run: PYTHONPATH=src:. python bench/fill_any_form.py [RUNS]
"Any form": :func:`fill_form` does everything a fill does (sanitise the form, find its
fields, write the template, render in the sandbox, list what stayed empty); the direct side
renders the template it wrote with docxtpl and a plain jinja2 Environment. "P.11": the
shipped template through render_docx vs docxtpl direct, as bench/fill_form.py does for the
OSCE form. Measured in turns; goal: ratio <= 1.3.
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment
from tests.documents.formshapes import build_shapes_form
from tests.documents.sample import full_profile

from bench._timing import measure_interleaved
from secondment_desk.documents import build_context, render_docx
from secondment_desk.documents.formfill import clear_caches as clear_form_caches
from secondment_desk.documents.formfill import fill_form
from secondment_desk.documents.formmap import form_template_bytes
from secondment_desk.documents.render import clear_caches
from secondment_desk.documents.safety import read_sanitized_docx
from secondment_desk.documents.sandbox import EXTRA_FILTERS
from secondment_desk.models import Vacancy
from secondment_desk.resources import template_file


def _direct(template: Path | io.BytesIO, context: dict[str, Any]) -> None:
    env = Environment(autoescape=True)
    env.filters.update(EXTRA_FILTERS)
    doc = DocxTemplate(template)
    doc.render(context, jinja_env=env, autoescape=True)
    doc.save(io.BytesIO())


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 30
    profile = full_profile()
    vacancy = Vacancy(title="Politico-Military Officer", requisition_id="TAJ000394")
    context = build_context(profile, vacancy, today=date(2025, 1, 1))
    with tempfile.TemporaryDirectory() as tmp:
        form = build_shapes_form(Path(tmp) / "form.docx")
        data = read_sanitized_docx(form).data
        generated = form_template_bytes(data, form.name)
        out = Path(tmp) / "out.docx"
        p11 = template_file("un_personal_history_p11.docx")

        def ours_any() -> None:
            out.unlink(missing_ok=True)
            fill_form(form, profile, out, vacancy=vacancy, today=date(2025, 1, 1))

        def ours_any_cold() -> None:
            clear_form_caches()
            clear_caches()
            ours_any()

        found = measure_interleaved(
            {
                "docxtpl direct, the generated template": lambda: _direct(
                    io.BytesIO(generated), context
                ),
                "fill_form, first fill (caches cleared)": ours_any_cold,
                "fill_form, repeat fill (sanitise, map, render, empty list)": ours_any,
                "docxtpl direct, P.11": lambda: _direct(p11, context),
                "render_docx, P.11": lambda: render_docx(p11, context, io.BytesIO()),
            },
            runs,
        )
    for timing in found.values():
        print(timing.line())
    base_any, cold, any_form, base_p11, p11_ours = (t.median_ms for t in found.values())
    print(f"ratio any form, first fill (median): {cold / base_any:.2f} (goal <= 1.3)")
    print(f"ratio any form, repeat fill (median): {any_form / base_any:.2f} (goal <= 1.3)")
    print(f"ratio P.11 (median): {p11_ours / base_p11:.2f} (goal <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
