"""The checklist's small words in the user's language: statuses, kinds, degree levels, languages.

The judges (assess.py, eligibility.py) compare English; what they name for the person goes
through here, so one place turns ``"partly"`` into "partly met" / "выполнено частично".
"""

from __future__ import annotations

from secondment_desk import locale_format
from secondment_desk.i18n import N_, NC_, _, pgettext
from secondment_desk.models.education import EducationLevel

_STATUS: dict[str, str] = {
    "met": N_("met"),
    "partly": N_("partly met"),
    "not_met": N_("not met"),
    "unknown": N_("to check"),
}
_KIND: dict[str, str] = {
    "mandatory": N_("mandatory"),
    "desirable": N_("desirable"),
    "competency": N_("competency"),
}
_LEVEL: dict[EducationLevel, str] = {
    EducationLevel.DOCTORATE: N_("a doctorate"),
    EducationLevel.MASTER: N_("a second-level (master's) degree"),
    EducationLevel.BACHELOR: N_("a first-level (bachelor's) degree"),
    EducationLevel.SECONDARY: N_("secondary education"),
}


def status_word(status: str) -> str:
    """``"partly"`` -> "partly met" (lower case, for inside a sentence)."""
    return _(_STATUS[status]) if status in _STATUS else status.replace("_", " ")


def kind_word(kind: str) -> str:
    return _(_KIND[kind]) if kind in _KIND else kind


def level_name(level: EducationLevel) -> str:
    """``EducationLevel.MASTER`` -> "a second-level (master's) degree"."""
    return _(_LEVEL[level])


def language_name(name: str) -> str:
    """A language the notice names in English ("Russian") in the user's language."""
    return locale_format.language(name)


# Requirement categories as the vacancy model names them (RequirementCategory), for the faces.
_CATEGORY = "requirement category"
CATEGORIES: tuple[str, ...] = (
    NC_("requirement category", "education"),
    NC_("requirement category", "experience"),
    NC_("requirement category", "language"),
    NC_("requirement category", "licence"),
    NC_("requirement category", "physical"),
    NC_("requirement category", "eligibility"),
    NC_("requirement category", "skill"),
    NC_("requirement category", "other"),
    NC_("requirement category", "notice"),
)


def category_word(category: str) -> str:
    """A requirement's category ("experience") in the user's language."""
    return pgettext(_CATEGORY, category) if category else category
