"""Plain data of the domain. Imports nothing of ours but itself and :mod:`errors`."""

from secondment_desk.models.application import Application, Status, StatusChange
from secondment_desk.models.checklist import (
    ChecklistDecision,
    ChecklistItem,
    Evidence,
    ItemStatus,
)
from secondment_desk.models.profile import Profile, profile_from_data
from secondment_desk.models.vacancy import (
    LanguageRequirement,
    Requirement,
    Span,
    Vacancy,
)

__all__ = [
    "Application",
    "ChecklistDecision",
    "ChecklistItem",
    "Evidence",
    "ItemStatus",
    "LanguageRequirement",
    "Profile",
    "Requirement",
    "Span",
    "Status",
    "StatusChange",
    "Vacancy",
    "profile_from_data",
]
