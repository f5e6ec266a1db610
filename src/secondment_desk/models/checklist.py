"""Checklist items: one requirement or competency, its status, who decided it and why."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ItemStatus = Literal["met", "partly", "not_met", "unknown"]
ItemKind = Literal["mandatory", "desirable", "competency"]
DecidedBy = Literal["computed", "candidate"]
ItemSource = Literal["notice", "model"]
EvidenceKind = Literal[
    "employment", "education", "language", "training", "story", "profile", "text"
]


class Evidence(BaseModel):
    """Something from the candidate's own record that backs an item."""

    kind: EvidenceKind
    ref: str | None = Field(default=None, description="Id of the profile entry or story.")
    text: str = ""


class ChecklistItem(BaseModel):
    id: str
    text: str
    kind: ItemKind
    category: str
    status: ItemStatus = "unknown"
    decided_by: DecidedBy = "computed"
    reason: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    note: str = ""
    group: str | None = Field(
        default=None, description="For competencies: 'core_values', 'core', 'managerial'."
    )
    source: ItemSource | None = Field(
        default=None,
        description="For competencies: 'notice' when the notice names it, 'model' when it is "
        "added from the organisation's competency model.",
    )


class ChecklistDecision(BaseModel):
    """What the candidate said about an item; kept in the store and re-applied after a re-parse."""

    status: ItemStatus | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    note: str = ""
