"""The level of a degree: one vocabulary for the notice, the profile, the checklist, importers.

The values are the vacancy contract's words (docs/contracts/vacancy.md): ``secondary``,
``bachelor``, ``master``, ``doctorate``. The OSCE's "first-level" and "second-level" university
degree (the words profiles were stored with before) are read as ``bachelor`` and ``master``.
Compare levels with :attr:`EducationLevel.rank`, never as strings.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator

from secondment_desk.i18n import _


class EducationLevel(StrEnum):
    SECONDARY = "secondary"
    BACHELOR = "bachelor"  # the OSCE's first-level university degree
    MASTER = "master"  # the OSCE's second-level university degree
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        """0 for secondary up to 3 for a doctorate."""
        return EDUCATION_ORDER.index(self)

    @classmethod
    def read(cls, text: str) -> EducationLevel:
        """A level from its name or an alias ("second-level", "Master's"); ValueError if none."""
        key = " ".join(text.replace("_", " ").replace("'", "").split()).casefold()
        found = _ALIASES.get(key)
        if found is None:
            names = ", ".join(level.value for level in cls)
            raise ValueError(
                _("'{text}' is not an education level; use one of {names}").format(
                    text=text, names=names
                )
            )
        return found


EDUCATION_ORDER: tuple[EducationLevel, ...] = tuple(EducationLevel)

_ALIASES: dict[str, EducationLevel] = {
    **{level.value: level for level in EducationLevel},
    "first-level": EducationLevel.BACHELOR,
    "first level": EducationLevel.BACHELOR,
    "bachelors": EducationLevel.BACHELOR,
    "second-level": EducationLevel.MASTER,
    "second level": EducationLevel.MASTER,
    "masters": EducationLevel.MASTER,
    "third-level": EducationLevel.DOCTORATE,
    "phd": EducationLevel.DOCTORATE,
}


def _coerce(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, EducationLevel):
        return EducationLevel.read(value) if value.strip() else None
    return value


# A model field holding a level, or None; reads the aliases (so profiles stored with
# "first-level" still open) and writes the one vocabulary.
OptionalEducationLevel = Annotated[EducationLevel | None, BeforeValidator(_coerce)]
