"""The requirement and competency checklist: one vacancy against one profile.

``build_checklist`` lists every requirement of the notice (mandatory and desirable) and every
competency of the organisation's model that applies, judges each against the profile in words
(``reason``) with the profile entries used (``evidence``), applies the candidate's own
decisions, and sums up readiness. Renderers turn it into Markdown, .docx, plain template data
and the CLI's JSON.
"""

from secondment_desk.checklist.build import Checklist, Summary, build_checklist
from secondment_desk.checklist.data import (
    Competency,
    CompetencyModel,
    competency_model_for,
    level_for_wording,
    load_competency_model,
)
from secondment_desk.checklist.render import (
    checklist_context,
    checklist_json,
    render_docx,
    render_markdown,
)

__all__ = [
    "Checklist",
    "Competency",
    "CompetencyModel",
    "Summary",
    "build_checklist",
    "checklist_context",
    "checklist_json",
    "competency_model_for",
    "level_for_wording",
    "load_competency_model",
    "render_docx",
    "render_markdown",
]
