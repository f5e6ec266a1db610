"""The data a document template sees: every field of the model, empty ones as '' or [].

``build_context`` dumps the Profile, Vacancy, Application and checklist to plain dicts and
lists (JSON values), with ``None`` turned into ``""`` so an empty field renders as an empty cell
and StrictUndefined only fires for a name the data model does not have. A few derived values
are added next to the data they come from (``profile.full_name``, ``language.overall``,
``job.number``); employment is sorted newest first, as the forms ask.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel

from secondment_desk.models import (
    Application,
    ChecklistItem,
    Evidence,
    Profile,
    Requirement,
    Status,
    StatusChange,
    Vacancy,
)
from secondment_desk.models.profile import (
    Address,
    Education,
    Employment,
    LanguageSkill,
    Membership,
    MilitaryService,
    Personal,
    Phone,
    Publication,
    Reference,
    StarStory,
    Training,
)
from secondment_desk.models.vacancy import LanguageRequirement, Span

OSCE_COVER_LETTER_LIMIT = 3_000
STATUS_FILLS = {"met": "C6EFCE", "partly": "FFEB9C", "not_met": "FFC7CE", "unknown": "EDEDED"}

# Characters XML 1.0 cannot carry (Word would call the file corrupt); tab and newline stay.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_MONTHS_RU = (
    *("января", "февраля", "марта", "апреля", "мая", "июня"),
    *("июля", "августа", "сентября", "октября", "ноября", "декабря"),
)


def plain(value: Any) -> Any:
    """JSON-like plain data: models, dataclasses, enums and dates become dicts and strings."""
    if value is None:
        return ""
    if isinstance(value, BaseModel):
        return plain(value.model_dump(mode="json"))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        return _XML_INVALID.sub("", value)
    if isinstance(value, bool | int | float):
        return value
    return _XML_INVALID.sub("", str(value))


def cover_letter_info(text: str, limit: int = OSCE_COVER_LETTER_LIMIT) -> dict[str, Any]:
    """The letter body, its paragraphs and its length in characters with spaces."""
    body = _XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    count = len(body)
    return {
        "text": body,
        "paragraphs": paragraphs,
        "characters": count,
        "limit": limit,
        "over_limit": count > limit,
        "over_by": max(0, count - limit),
    }


def _today(today: date) -> dict[str, str]:
    return {
        "iso": today.isoformat(),
        "dmy": today.strftime("%d.%m.%Y"),
        "en": f"{today.day} {_MONTHS_EN[today.month - 1]} {today.year}",
        "ru": f"{today.day} {_MONTHS_RU[today.month - 1]} {today.year} г.",
    }


def _profile(profile: Profile) -> dict[str, Any]:
    data: dict[str, Any] = plain(profile)
    data["full_name"] = profile.personal.full_name
    data["name"] = profile.name
    jobs = profile.sorted_employment()
    data["employment"] = [
        {**plain(job), "number": i, "is_current": job.end is None}
        for i, job in enumerate(jobs, start=1)
    ]
    data["languages"] = [{**plain(s), "overall": s.overall() or ""} for s in profile.languages]
    data["highest_education"] = profile.highest_education() or ""
    return data


def _checklist(checklist: Any) -> dict[str, Any]:
    """A Checklist (``.items``, ``.summary``) or a plain list of ChecklistItem."""
    if checklist is None:
        items: list[Any] = []
        summary: Any = {}
    elif isinstance(checklist, list):
        items, summary = checklist, {}
    else:
        items = list(getattr(checklist, "items", []))
        summary = getattr(checklist, "summary", {})
    plain_items = [plain(item) for item in items]
    for item in plain_items:
        item["status_fill"] = STATUS_FILLS.get(item.get("status", ""), "FFFFFF")
    counts = {s: 0 for s in ("met", "partly", "not_met", "unknown")}
    for item in plain_items:
        status = item.get("status", "unknown")
        counts[status] = counts.get(status, 0) + 1
    summary_data = plain(summary)
    return {
        "items": plain_items,
        "counts": counts,
        "total": len(plain_items),
        "summary": summary_data if isinstance(summary_data, dict) else {},
        "mandatory": [i for i in plain_items if i.get("kind") == "mandatory"],
        "desirable": [i for i in plain_items if i.get("kind") == "desirable"],
        "competencies": [i for i in plain_items if i.get("kind") == "competency"],
    }


def _application(application: Application | None, profile: Profile, vacancy: Vacancy) -> Any:
    if application is not None:
        data: dict[str, Any] = plain(application)
        data["status"] = str(application.status)
    else:
        data = plain(Application(profile_id=profile.id, vacancy=vacancy))
        data.update(id="", created_at="", updated_at="", status="")
    data.pop("vacancy", None)  # the top-level `vacancy` is the one templates use
    return data


def _vacancy(vacancy: Vacancy) -> dict[str, Any]:
    data: dict[str, Any] = plain(vacancy)
    data.pop("text", None)  # the whole notice does not belong in a form
    data["key"] = vacancy.key
    return data


def build_context(
    profile: Profile,
    vacancy: Vacancy,
    application: Application | None = None,
    checklist: Any = None,
    *,
    cover_letter: str | None = None,
    cover_letter_limit: int = OSCE_COVER_LETTER_LIMIT,
    today: date | None = None,
) -> dict[str, Any]:
    """Everything a template may use: ``profile``, ``vacancy``, ``application``,
    ``checklist``, ``cover_letter``, ``today``.

    The cover letter text is ``cover_letter`` when given, else the application's.
    """
    letter = (
        cover_letter
        if cover_letter is not None
        else (application.cover_letter if application else "")
    )
    return {
        "profile": _profile(profile),
        "vacancy": _vacancy(vacancy),
        "application": _application(application, profile, vacancy),
        "checklist": _checklist(checklist),
        "cover_letter": cover_letter_info(letter, cover_letter_limit),
        "today": _today(today or date.today()),
    }


def model_context() -> dict[str, Any]:
    """A context with one entry in every list: the shape of the data model, for checks."""
    profile = Profile(
        personal=Personal(
            family_name="x",
            first_name="x",
            former_names=["x"],
            nationalities=["x"],
            permanent_residences=["x"],
            addresses=[Address()],
            phones=[Phone(number="1")],
        ),
        education=[Education(institution="x")],
        training=[Training(title="x")],
        languages=[LanguageSkill(language="x", certificates=["x"])],
        employment=[Employment(start="2000-01", title="x")],
        references=[Reference(name="x")],
        computer_skills=["x"],
        memberships=[Membership(organization="x")],
        publications=[Publication(title="x")],
        military_service=[MilitaryService()],
        stories=[StarStory(title="x", competencies=["x"])],
    )
    span = Span(start=0, end=1)
    vacancy = Vacancy(
        languages_mandatory=["x"],
        languages_desirable=["x"],
        ineligible_nationalities=["x"],
        requirements=[Requirement(text="x", kind="mandatory", category="other", span=span)],
        language_requirements=[LanguageRequirement(language="x", kind="mandatory", span=span)],
        tasks=["x"],
        missing=["x"],
        warnings=["x"],
    )
    item = ChecklistItem(
        id="x", text="x", kind="mandatory", category="x", evidence=[Evidence(kind="text")]
    )
    application = Application(
        profile_id=profile.id,
        vacancy=vacancy,
        history=[StatusChange(status=Status.DRAFT, on=date(2000, 1, 1))],
    )
    return build_context(profile, vacancy, application, [item], cover_letter="x")
