"""Setting one field of a profile by its path, from text (``profile set`` in the CLI).

``security_clearance.level``, ``personal.marital_status``, ``employment.0.salary_end``,
``declarations.consent_to_share``: the value is read as the field's type (yes/no for a
question, a number, a date ``YYYY-MM-DD``, a list as JSON or comma-separated) and the whole
profile is validated again, so a wrong value is refused with the field named.
"""

from __future__ import annotations

import json
from typing import Any

from secondment_desk.errors import ValidationFailed
from secondment_desk.i18n import _
from secondment_desk.models.profile import Profile, profile_from_data

_YES = {"yes", "y", "true", "1", "да", "oui"}
_NO = {"no", "n", "false", "0", "нет", "non"}
_NONE = {"", "none", "null", "-"}


def _convert(old: Any, text: str) -> Any:
    stripped = text.strip()
    if stripped.startswith(("[", "{")):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:
            pass
    lowered = stripped.casefold()
    if isinstance(old, bool) or (old is None and lowered in _YES | _NO):
        if lowered in _YES:
            return True
        if lowered in _NO:
            return False
    if old is None and lowered in _NONE:
        return None
    if isinstance(old, list):
        return [part.strip() for part in stripped.split(",") if part.strip()]
    if old is None or (isinstance(old, int) and not isinstance(old, bool)):
        try:
            return int(stripped.replace(",", "").replace(" ", ""))
        except ValueError:
            return stripped  # a date or a word; the model says whether it fits
    return stripped


def set_field(profile: Profile, path: str, text: str) -> Profile:
    """A copy of ``profile`` with the field at ``path`` set from ``text``, validated."""
    data: Any = profile.model_dump(mode="json")
    steps = [s for s in path.replace("[", ".").replace("]", "").split(".") if s]
    if not steps:
        raise ValidationFailed(_("Name the field to set, e.g. security_clearance.level."))
    holder: Any = data
    for step in steps[:-1]:
        holder = _step(holder, step, path)
    last = steps[-1]
    if isinstance(holder, list):
        index = _index(holder, last, path)
        holder[index] = _convert(holder[index], text)
    elif isinstance(holder, dict) and last in holder:
        holder[last] = _convert(holder[last], text)
    else:
        raise ValidationFailed(_("The profile has no field '{path}'.").format(path=path))
    return profile_from_data(data)


def _step(holder: Any, step: str, path: str) -> Any:
    if isinstance(holder, list):
        return holder[_index(holder, step, path)]
    if isinstance(holder, dict) and step in holder:
        return holder[step]
    raise ValidationFailed(_("The profile has no field '{path}'.").format(path=path))


def _index(holder: list[Any], step: str, path: str) -> int:
    if not step.isdigit() or int(step) >= len(holder):
        raise ValidationFailed(
            _("'{path}': there is no entry {step} (the list has {count}).").format(
                path=path, step=step, count=len(holder)
            )
        )
    return int(step)
