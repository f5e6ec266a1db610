"""What the forms ask and JSON Resume has no field for, kept in JSON Resume under one key.

JSON Resume allows properties of its own beside the schema's; the profile's form-only facts
(nationality at birth, marital status, dependants, relatives in international organisations,
security clearance, consent to share, shorter assignments; per job: salaries, civil servant
and UN common system) travel under ``x-secondmentDesk`` in ``basics`` and in each ``work``
entry, so an export read back gives the same profile, and other tools ignore the key.
"""

from __future__ import annotations

from typing import Any

from secondment_desk.models.profile import Employment, Profile

EXT = "x-secondmentDesk"
Json = dict[str, Any]

_PERSONAL = ("nationalities_at_birth", "marital_status", "dependants")
_JOB = ("salary_start", "salary_end", "salary_currency", "civil_servant", "un_common_system")


def _pruned(data: Json) -> Json:
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def basics_out(profile: Profile) -> Json:
    """The extension object for ``basics`` (empty when the profile holds none of it)."""
    personal = profile.personal.model_dump(mode="json", include=set(_PERSONAL))
    return _pruned(
        {
            **_pruned(personal),
            "relatives": [r.model_dump(mode="json") for r in profile.relatives],
            "security_clearance": _pruned(profile.security_clearance.model_dump(mode="json")),
            "consent_to_share": profile.declarations.consent_to_share,
            "shorter_assignment": profile.availability.shorter_assignment,
        }
    )


def basics_in(basics: Json, model: Json) -> None:
    """Put the extension of ``basics`` (if any) into the model data being built."""
    ext = basics.get(EXT)
    if not isinstance(ext, dict):
        return
    personal = model.setdefault("personal", {})
    for key in _PERSONAL:
        if key in ext:
            personal[key] = ext[key]
    if "relatives" in ext:
        model["relatives"] = ext["relatives"]
    if "security_clearance" in ext:
        model["security_clearance"] = ext["security_clearance"]
    if "consent_to_share" in ext:
        model.setdefault("declarations", {})["consent_to_share"] = ext["consent_to_share"]
    if "shorter_assignment" in ext:
        model.setdefault("availability", {})["shorter_assignment"] = ext["shorter_assignment"]


def work_out(job: Employment) -> Json:
    return _pruned(job.model_dump(mode="json", include=set(_JOB)))


def work_in(entry: Json) -> Json:
    ext = entry.get(EXT)
    return {k: ext[k] for k in _JOB if k in ext} if isinstance(ext, dict) else {}
