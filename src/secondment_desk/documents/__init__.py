"""Documents: fill the application form, the cover letter and the checklist report from
sandboxed Jinja + .docx templates; PDF through LibreOffice; packages for the delegation.
"""

from secondment_desk.documents.analysis import TemplateReport, check_template
from secondment_desk.documents.context import (
    build_context,
    cover_letter_info,
    letter_limit,
    model_context,
)
from secondment_desk.documents.package import render_checklist_report
from secondment_desk.documents.render import empty_fields, render_docx
from secondment_desk.documents.safety import check_docx

__all__ = [
    "TemplateReport",
    "build_context",
    "check_docx",
    "check_template",
    "cover_letter_info",
    "empty_fields",
    "letter_limit",
    "model_context",
    "render_checklist_report",
    "render_docx",
]
