"""Documents: fill the application form, the cover letter and the checklist report from
sandboxed Jinja + .docx templates; PDF through LibreOffice; packages for the delegation.
"""

from secondment_desk.documents.analysis import TemplateReport, check_template
from secondment_desk.documents.context import (
    OSCE_COVER_LETTER_LIMIT,
    build_context,
    cover_letter_info,
    model_context,
)
from secondment_desk.documents.render import empty_fields, render_docx
from secondment_desk.documents.safety import check_docx

__all__ = [
    "OSCE_COVER_LETTER_LIMIT",
    "TemplateReport",
    "build_context",
    "check_docx",
    "check_template",
    "cover_letter_info",
    "empty_fields",
    "model_context",
    "render_docx",
]
