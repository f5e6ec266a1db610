"""JSON Resume (https://jsonresume.org/schema) to and from :class:`Profile`.

Every JSON Resume field survives a round trip. What maps onto the model goes there; the rest
is kept in ``profile.extras["jsonresume"]``:

- ``top``: top-level keys with no home (``meta``, ``$schema``, anything unknown);
- ``basics`` and each list section: per entry, the keys the model has no place for
  (``extra``) and, where the model holds a value in another form (a day-precise date, a
  name split in parts, a country code), the original next to the form it was mapped to
  (``guard``). On export the original comes back only while the model still holds the mapped
  form, so an edit made in the app wins over the imported text;
- sections with no home at all (``volunteer``, ``awards``, ``interests``, ``projects``,
  skills other than computer skills) are kept whole, in their place in the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from pydantic import BaseModel

from secondment_desk import countries
from secondment_desk.errors import InputError, ValidationFailed
from secondment_desk.i18n import _
from secondment_desk.models.education import EducationLevel
from secondment_desk.models.profile import (
    Education,
    Employment,
    LanguageSkill,
    Profile,
    Publication,
    Reference,
    Training,
    new_id,
    profile_from_data,
)
from secondment_desk.profile import desk_extension

RESIDUE = "jsonresume"
SECTIONS = (
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
)
COMPUTER_SKILLS_NAMES = ("computer skills", "it skills", "digital skills", "computer")
COMPUTER_SKILLS_LABEL = "Computer skills"
_CEFR = re.compile(r"\b([ABC][12])\b", re.IGNORECASE)

Json = dict[str, Any]


def looks_like_jsonresume(data: object) -> bool:
    return isinstance(data, dict) and (
        isinstance(data.get("basics"), dict) or any(isinstance(data.get(s), list) for s in SECTIONS)
    )


# --- small conversions ---------------------------------------------------------------------


def _ym(value: object) -> object:
    """A JSON Resume date (YYYY, YYYY-MM, YYYY-MM-DD) as the model's YYYY-MM."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01"
    match = re.fullmatch(r"(\d{4}-\d{2})(-\d{2})?(T.*)?", text)
    return match.group(1) if match else text


_DATE_KEYS = ("startDate", "endDate", "date", "releaseDate")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?")


def _is_date(value: object) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD (a time may follow), naming a real month and day."""
    if not isinstance(value, str):
        return False
    match = _DATE.fullmatch(value.strip())
    if match is None:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def bad_dates(data: Json) -> list[str]:
    """Where the resume's sections hold a date that is not one ("2019-13-45"), as
    ``work[0].startDate '2019-13-45'``; empty when every date reads."""
    found = []
    for section in SECTIONS:
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            for key in _DATE_KEYS:
                value = entry.get(key)
                if value not in (None, "") and not _is_date(value):
                    found.append(f"{section}[{i}].{key} {str(value)[:30]!r}")
    return found


def _prune(data: Json) -> Json:
    """Leave out empty values: the export says only what the profile holds."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _level_of(study_type: str) -> EducationLevel | None:
    text = study_type.casefold()
    if re.search(r"ph\.?d|doctor|dphil", text):
        return EducationLevel.DOCTORATE
    if re.search(r"master|\bm\.?a\b|\bm\.?sc?\b|mba|\bllm\b|magist|diplom", text):
        return EducationLevel.MASTER
    if re.search(r"bachelor|\bb\.?a\b|\bb\.?sc?\b|licen|\bllb\b", text):
        return EducationLevel.BACHELOR
    if re.search(r"secondary|high school|baccalaur|a-level|matura", text):
        return EducationLevel.SECONDARY
    return None


def split_name(name: str) -> dict[str, str]:
    """First, middle and family name; a person with one name ("Sukarno") has it as the
    family name alone, as the forms allow."""
    tokens = name.split()
    if not tokens:
        raise ValidationFailed(_("basics.name: the resume gives no name; import it with --name."))
    if len(tokens) == 1:
        return {"first_name": "", "middle_name": "", "family_name": tokens[0]}
    return {
        "first_name": tokens[0],
        "middle_name": " ".join(tokens[1:-1]),
        "family_name": tokens[-1],
    }


# --- entries: JSON Resume dict -> model data, model entry -> JSON Resume dict ---------------


def _work_in(e: Json) -> Json | None:
    if not e.get("position") or not e.get("startDate"):
        return None
    highlights = e.get("highlights")
    return {
        "title": e.get("position"),
        "employer": e.get("name") or "",
        "place": e.get("location") or "",
        "business_type": e.get("description") or "",
        "start": _ym(e.get("startDate")),
        "end": _ym(e["endDate"]) if e.get("endDate") else None,
        "duties": e.get("summary") or "",
        "achievements": "\n".join(highlights) if isinstance(highlights, list) else "",
        **desk_extension.work_in(e),
    }


def _work_out(m: Employment) -> Json:
    return _prune(
        {
            "name": m.employer,
            "position": m.title,
            "location": m.place,
            "description": m.business_type,
            "startDate": m.start,
            "endDate": m.end,
            "summary": m.duties,
            "highlights": m.achievements.split("\n") if m.achievements else [],
            desk_extension.EXT: desk_extension.work_out(m),
        }
    )


def _education_in(e: Json) -> Json | None:
    if not e.get("institution"):
        return None
    study = e.get("studyType") or ""
    return {
        "institution": e["institution"],
        "field": e.get("area") or "",
        "degree": study,
        "start": _ym(e["startDate"]) if e.get("startDate") else None,
        "end": _ym(e["endDate"]) if e.get("endDate") else None,
        "level": _level_of(study) if isinstance(study, str) else None,
    }


def _education_out(m: Education) -> Json:
    return _prune(
        {
            "institution": m.institution,
            "area": m.field,
            "studyType": m.degree,
            "startDate": m.start,
            "endDate": m.end,
        }
    )


def _certificate_in(e: Json) -> Json | None:
    if not e.get("name"):
        return None
    return {
        "title": e["name"],
        "provider": e.get("issuer") or "",
        "date": _ym(e["date"]) if e.get("date") else None,
        "certificate": True,
    }


def _certificate_out(m: Training) -> Json:
    return _prune({"name": m.title, "issuer": m.provider, "date": m.date})


def _publication_in(e: Json) -> Json | None:
    if not e.get("name"):
        return None
    return {
        "title": e["name"],
        "publisher": e.get("publisher") or "",
        "date": _ym(e["releaseDate"]) if e.get("releaseDate") else None,
        "url": e.get("url") or "",
    }


def _publication_out(m: Publication) -> Json:
    return _prune({"name": m.title, "publisher": m.publisher, "releaseDate": m.date, "url": m.url})


def _language_in(e: Json) -> Json | None:
    if not e.get("language"):
        return None
    fluency = e.get("fluency") or ""
    data: Json = {"language": e["language"]}
    if isinstance(fluency, str):
        if re.search(r"native|mother", fluency, re.IGNORECASE):
            data["mother_tongue"] = True
        elif match := _CEFR.search(fluency):
            level = match.group(1).upper()
            for skill in (
                "listening",
                "reading",
                "spoken_interaction",
                "spoken_production",
                "writing",
            ):
                data[skill] = level
    return data


def _language_out(m: LanguageSkill) -> Json:
    fluency = "Native speaker" if m.mother_tongue else (m.overall() or "")
    return _prune({"language": m.language, "fluency": fluency})


def _reference_in(e: Json) -> Json | None:
    """The name; and the relation and organisation where the reference's text is a short
    statement of them ("Former supervisor at UNDP"); a testimonial stays in the residue."""
    if not e.get("name"):
        return None
    data: Json = {"name": e["name"]}
    text = e.get("reference")
    if isinstance(text, str):
        from secondment_desk.profile.review import reference_relation

        found = reference_relation(text)
        if found is not None:
            data["relationship"], organization = found
            if organization:
                data["organization"] = organization
    return data


def _reference_out(m: Reference) -> Json:
    return _prune({"name": m.name})


class _Section:
    def __init__(
        self,
        field: str,
        read: Callable[[Json], Json | None],
        write: Callable[[Any], Json],
        keyed: bool,
    ) -> None:
        self.field = field
        self.read = read
        self.write = write
        self.keyed = keyed  # the model entries carry an id


MAPPED: dict[str, _Section] = {
    "work": _Section("employment", _work_in, _work_out, True),
    "education": _Section("education", _education_in, _education_out, True),
    "certificates": _Section("training", _certificate_in, _certificate_out, True),
    "publications": _Section("publications", _publication_in, _publication_out, False),
    "languages": _Section("languages", _language_in, _language_out, False),
    "references": _Section("references", _reference_in, _reference_out, False),
}


# --- residue: what the model did not keep as it was -----------------------------------------


def _diff(original: Json, exported: Json) -> Json:
    """What :func:`_apply` needs to turn ``exported`` back into ``original``."""
    extra = {k: v for k, v in original.items() if k not in exported}
    guard: Json = {}
    for key, value in exported.items():
        if key not in original:
            guard[key] = {"as": value}
        elif original[key] != value:
            guard[key] = {"as": value, "orig": original[key]}
    return {k: v for k, v in (("extra", extra), ("guard", guard)) if v}


def _apply(exported: Json, residue: Json) -> Json:
    out = dict(exported)
    for key, g in residue.get("guard", {}).items():
        if key in out and out[key] == g.get("as"):
            if "orig" in g:
                out[key] = g["orig"]
            else:
                del out[key]
    for key, value in residue.get("extra", {}).items():
        out.setdefault(key, value)
    return out


# --- basics ----------------------------------------------------------------------------------


def _location_in(loc: object) -> list[Json]:
    if not isinstance(loc, dict):
        return []
    code = loc.get("countryCode") or ""
    country = (countries.normalize(code) or code) if isinstance(code, str) else ""
    address = {
        "kind": "current",
        "street": loc.get("address") or "",
        "postal_code": loc.get("postalCode") or "",
        "city": loc.get("city") or "",
        "region": loc.get("region") or "",
        "country": country,
    }
    return [address] if any(v for k, v in address.items() if k != "kind") else []


def _basics_out(p: Profile) -> Json:
    pers = p.personal
    location: Json = {}
    if pers.addresses:
        a = next((x for x in pers.addresses if x.kind == "current"), pers.addresses[0])
        found = countries.lookup(a.country) if a.country else None
        location = _prune(
            {
                "address": a.street,
                "postalCode": a.postal_code,
                "city": a.city,
                "countryCode": found.code if found else a.country,
                "region": a.region,
            }
        )
    return _prune(
        {
            "name": pers.full_name,
            "email": pers.email,
            "phone": pers.phones[0].number if pers.phones else "",
            "url": pers.website,
            "summary": p.summary,
            "location": location,
            desk_extension.EXT: desk_extension.basics_out(p),
        }
    )


# --- import / export -------------------------------------------------------------------------


def import_jsonresume(data: Json, name: str | None = None) -> Profile:
    """A profile from a parsed JSON Resume document; ``name`` overrides ``basics.name``."""
    if not looks_like_jsonresume(data):
        raise InputError(_("This JSON is not a JSON Resume (no 'basics' and no resume sections)."))
    basics = data.get("basics") or {}
    if not isinstance(basics, dict):
        raise InputError(_("The JSON Resume's 'basics' is not an object."))
    full_name = name or basics.get("name")
    if not isinstance(full_name, str) or not full_name.strip():
        raise ValidationFailed(_("basics.name: the resume gives no name; import it with --name."))
    wrong = bad_dates(data)
    if wrong:
        dates = ", ".join(wrong[:3])
        if len(wrong) > 3:
            dates = _("{dates} and {n} more").format(dates=dates, n=len(wrong) - 3)
        raise InputError(
            _(
                "The JSON Resume has dates that are not dates: {dates}; write YYYY, YYYY-MM or "
                "YYYY-MM-DD and import again (nothing was imported)."
            ).format(dates=dates)
        )
    personal: Json = {**split_name(full_name)}
    if basics.get("email"):
        personal["email"] = basics["email"]
    if basics.get("phone"):
        personal["phones"] = [{"kind": "mobile", "number": basics["phone"]}]
    if basics.get("url"):
        personal["website"] = basics["url"]
    personal["addresses"] = _location_in(basics.get("location"))
    model: Json = {"personal": personal, "summary": basics.get("summary") or ""}
    desk_extension.basics_in(basics, model)

    pending: dict[str, list[tuple[str, Any, Json | None]]] = {}
    for section in SECTIONS:
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise InputError(
                _("The JSON Resume's '{section}' is not a list.").format(section=section)
            )
        plan: list[tuple[str, Any, Json | None]] = []
        for entry in entries:
            mapped: Json | None = None
            if isinstance(entry, dict):
                if section in MAPPED:
                    mapped = MAPPED[section].read(entry)
                elif section == "skills" and _is_computer_skills(entry):
                    model["computer_skills"] = [str(k) for k in entry.get("keywords") or []]
                    plan.append(("computer", entry, None))
                    continue
            if mapped is None:
                plan.append(("raw", entry, None))
                continue
            if MAPPED[section].keyed:
                mapped["id"] = new_id()
            model.setdefault(MAPPED[section].field, []).append(mapped)
            plan.append(("mapped", entry, mapped))
        pending[section] = plan

    profile = profile_from_data(model)

    residue: Json = {
        "top": {k: v for k, v in data.items() if k != "basics" and k not in SECTIONS},
        "sections": {},
    }
    if "basics" in data:
        residue["basics"] = _diff(basics, _basics_out(profile))
        if name:  # a name given on import is the user's word, not the file's
            residue["basics"].get("guard", {}).pop("name", None)
    for section, plan in pending.items():
        items: list[Json] = []
        built = iter(getattr(profile, MAPPED[section].field)) if section in MAPPED else iter(())
        for kind, entry, _mapped in plan:
            if kind == "raw":
                items.append({"raw": entry})
            elif kind == "computer":
                items.append({"computer": True, **_diff(entry, _computer_out(profile) or {})})
            else:
                spec = MAPPED[section]
                obj = next(built)  # the model keeps the order it was given
                exported = spec.write(obj)
                kept = _diff(entry, exported)
                if spec.keyed:
                    kept["id"] = obj.id
                else:
                    kept["form"] = exported
                items.append(kept)
        residue["sections"][section] = items
    profile.extras = {**profile.extras, RESIDUE: residue}
    return profile


def _is_computer_skills(entry: Json) -> bool:
    name = entry.get("name")
    return isinstance(name, str) and name.strip().casefold() in COMPUTER_SKILLS_NAMES


def _computer_out(p: Profile) -> Json | None:
    if not p.computer_skills:
        return None
    return {"name": COMPUTER_SKILLS_LABEL, "keywords": list(p.computer_skills)}


def export_jsonresume(profile: Profile) -> Json:
    """The profile as a JSON Resume document (what the model holds, plus the kept residue)."""
    residue: Json = profile.extras.get(RESIDUE) or {}
    out: Json = dict(residue.get("top") or {})
    out["basics"] = _apply(_basics_out(profile), residue.get("basics") or {})
    kept: Json = residue.get("sections") or {}
    for section in SECTIONS:
        items: list[Any] = []
        seen = False
        plan = kept.get(section)
        if section in MAPPED:
            spec = MAPPED[section]
            models: list[BaseModel] = list(getattr(profile, spec.field))
            used: set[int] = set()
            for item in plan or []:
                if "raw" in item:
                    items.append(item["raw"])
                    continue
                index = _match(models, used, item, spec)
                if index is None:
                    continue  # deleted in the app
                used.add(index)
                items.append(_apply(spec.write(models[index]), item))
            items += [spec.write(m) for i, m in enumerate(models) if i not in used]
        else:
            for item in plan or []:
                if "raw" in item:
                    items.append(item["raw"])
                elif item.get("computer"):
                    computer = _computer_out(profile)
                    if computer is not None:
                        items.append(_apply(computer, item))
                        seen = True
            if section == "skills" and not seen and (computer := _computer_out(profile)):
                items.append(computer)
        if items or plan is not None:
            out[section] = items
    return out


def _match(models: list[BaseModel], used: set[int], item: Json, spec: _Section) -> int | None:
    for i, m in enumerate(models):
        if i in used:
            continue
        if spec.keyed and getattr(m, "id", None) == item.get("id"):
            return i
        if not spec.keyed and spec.write(m) == item.get("form"):
            return i
    return None
