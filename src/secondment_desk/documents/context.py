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
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from secondment_desk import locale_format
from secondment_desk.documents.letter import has_closing, has_salutation, stated_limit
from secondment_desk.i18n import translator
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
from secondment_desk.models.application import RankedPost
from secondment_desk.models.profile import (
    CEFR_ORDER,
    Address,
    Dependant,
    Education,
    Employment,
    LanguageSkill,
    Membership,
    MilitaryService,
    Personal,
    Phone,
    Publication,
    Reference,
    Relative,
    StarStory,
    Training,
)
from secondment_desk.models.vacancy import LanguageRequirement, Span
from secondment_desk.organisations.rules import addressee, cover_letter_limit, post_rules
from secondment_desk.ranking import ranked_lines

if TYPE_CHECKING:  # the checklist is imported when one is given: a form fill has none
    from secondment_desk.checklist import Checklist

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


def cover_letter_info(text: str, limit: int | None) -> dict[str, Any]:
    """The letter body, its paragraphs (each with its lines) and its length in characters with
    spaces, against ``limit`` (the organisation's, :func:`letter_limit`; None: the notice
    states its own). ``has_salutation``/``has_closing``: the user's text opens and closes the
    letter itself, so the template adds neither."""
    body = _XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    count = len(body)
    return {
        "text": body,
        "paragraphs": paragraphs,
        "blocks": [
            {"lines": [ln.strip() for ln in p.split("\n") if ln.strip()]} for p in paragraphs
        ],
        "has_salutation": has_salutation(paragraphs),
        "has_closing": has_closing(paragraphs),
        "characters": count,
        "limit": limit if limit is not None else "",
        "over_limit": limit is not None and count > limit,
        "over_by": max(0, count - limit) if limit is not None else 0,
    }


def letter_limit(vacancy: Vacancy | None) -> int | None:
    """The cover-letter limit: the one the call states in its text, else the organisation's
    (its rules.json: OSCE 3,000, UN 2,000; None where each call states its own)."""
    if vacancy is not None and vacancy.text:
        stated = stated_limit(vacancy.text)
        if stated is not None:
            return stated
    return cover_letter_limit(vacancy)


def organisation_context(
    vacancy: Vacancy,
    nominating_state: str | None,
    language: str = "en",
    ranked_posts: list[str] | None = None,
) -> dict[str, Any]:
    """What a template needs about how this post is filled: the regime, the addressee of the
    cover letter, the form the regime takes and the letter limit, from the rules."""
    post = post_rules(vacancy)
    org, regime = post.organisation, post.regime
    limit = letter_limit(vacancy)
    words = translator(language)

    def said(text: str) -> str:  # the rules' words in the letter's language
        return words.gettext(text) if text else text

    return {
        "family": org.family,
        "short_name": org.short_name,
        "name": org.name,
        "regime": regime.key,
        "regime_label": said(regime.label),
        "post_word": regime.post_word_ru if language == "ru" else regime.post_word,
        "nominated": regime.nominated,
        "nominated_by": regime.nominated_by or "",
        "how_to_apply": said(regime.how_to_apply),
        "addressee": addressee(vacancy, nominating_state, language),
        "form_template": regime.documents.form_template or "",
        "form_note": said(regime.documents.form_note),
        "letter_limit": limit if limit is not None else "",
        "letter_limit_note": org.cover_letter_limit_note,
        "ranked_posts_max": org.ranked_posts_max,
        "ranked_posts": list(ranked_posts or []),
    }


def p11_language(skill: LanguageSkill) -> dict[str, str]:
    """The UN P.11's four columns (read, write, speak, understand: "easily" / "not easily")
    from CEFR levels (``resources/forms/cefr_p11.json``); '' where no level is stated."""
    from secondment_desk.documents.formdata import cefr_p11

    words = cefr_p11()
    spoken = [lvl for lvl in (skill.spoken_interaction, skill.spoken_production) if lvl]
    columns = {
        "read": [skill.reading] if skill.reading else [],
        "write": [skill.writing] if skill.writing else [],
        "speak": spoken,
        "understand": [skill.listening] if skill.listening else [],
    }
    result: dict[str, str] = {}
    for column, levels in columns.items():
        if skill.mother_tongue:
            result[f"p11_{column}"] = words.easily
        elif not levels:
            result[f"p11_{column}"] = ""
        else:
            lowest = min(levels, key=CEFR_ORDER.index)
            easy = CEFR_ORDER.index(lowest) >= CEFR_ORDER.index(words.easily_from)
            result[f"p11_{column}"] = words.easily if easy else words.not_easily
    return result


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
    data["languages"] = [
        {**plain(s), "overall": s.overall() or "", **p11_language(s)} for s in profile.languages
    ]
    data["highest_education"] = profile.highest_education() or ""
    return data


_EMPTY_SUMMARY: dict[str, Any] = {
    "headline": "",
    "ready": False,
    "blockers": [],
    "to_check": [],
    "desirable_gaps": [],
    "competencies_without_story": [],
    "parts": [],
}


def _checklist(checklist: Checklist | list[ChecklistItem] | None) -> dict[str, Any]:
    """A Checklist (through the checklist's own template data), or a plain list of items."""
    plain_items: list[dict[str, Any]] = []
    summary = dict(_EMPTY_SUMMARY)
    if isinstance(checklist, list) and checklist:
        from secondment_desk.checklist.render import item_data

        plain_items = [item_data(item) for item in checklist]
    elif checklist is not None and not isinstance(checklist, list):
        from secondment_desk.checklist import checklist_context

        data = checklist_context(checklist)
        plain_items = data["items"]
        summary = data["summary"]
    for item in plain_items:
        item["status_fill"] = STATUS_FILLS.get(item["status"], "FFFFFF")
    counts = {s: 0 for s in ("met", "partly", "not_met", "unknown")}
    for item in plain_items:
        counts[item["status"]] += 1
    return {
        "items": plain_items,
        "counts": counts,
        "total": len(plain_items),
        "summary": summary,
        "mandatory": [i for i in plain_items if i["kind"] == "mandatory"],
        "desirable": [i for i in plain_items if i["kind"] == "desirable"],
        "competencies": [i for i in plain_items if i["kind"] == "competency"],
    }


def _application(application: Application | None, profile: Profile, vacancy: Vacancy) -> Any:
    if application is not None:
        from secondment_desk.applications import status_word

        data: dict[str, Any] = plain(application)
        data["status"] = str(application.status)
        data["status_label"] = status_word(application.status)  # in the user's language
    else:
        data = plain(Application(profile_id=profile.id, vacancy=vacancy))
        data.update(id="", created_at="", updated_at="", status="", status_label="")

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
    checklist: Checklist | list[ChecklistItem] | None = None,
    *,
    cover_letter: str | None = None,
    cover_letter_limit: int | None = None,
    today: date | None = None,
    letter_language: str = "en",
) -> dict[str, Any]:
    """Everything a template may use: ``profile``, ``vacancy``, ``application``,
    ``checklist``, ``cover_letter``, ``organisation``, ``today``.

    The cover letter text is ``cover_letter`` when given, else the application's; its limit
    is ``cover_letter_limit`` when given, else the organisation's.
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
        "cover_letter": cover_letter_info(
            letter, cover_letter_limit if cover_letter_limit is not None else letter_limit(vacancy)
        ),
        "organisation": organisation_context(
            vacancy,
            application.nominating_state if application else None,
            letter_language,
            ranked_lines(application) if application else None,
        ),
        "today": _today(today or date.today()),
    }


def letter_context(ctx: dict[str, Any], language: str) -> dict[str, Any]:
    """The context of a cover letter in ``language``: the app's own names in that language.

    The form keeps the organisation's language (English); a Russian letter names the
    organisation ("ОБСЕ", from the catalogue's "organisation" context) and the countries of
    the candidate's addresses (:func:`secondment_desk.countries.display_name`) in Russian.
    ``ctx`` (what :func:`build_context` made) is left as it is; English returns it unchanged.
    """
    if language == "en":
        return ctx
    from secondment_desk.countries import display_name

    out = dict(ctx)
    vacancy = dict(ctx.get("vacancy") or {})
    if vacancy.get("organization"):
        vacancy["organization"] = locale_format.organisation(str(vacancy["organization"]), language)
    out["vacancy"] = vacancy
    org = dict(ctx.get("organisation") or {})
    if org.get("short_name"):
        org["short_name"] = locale_format.organisation(str(org["short_name"]), language)
    out["organisation"] = org
    profile = dict(ctx.get("profile") or {})
    personal = dict(profile.get("personal") or {})
    personal["addresses"] = [
        {**a, "country": display_name(a["country"], language)} if a.get("country") else a
        for a in personal.get("addresses") or []
    ]
    for key in ("nationalities", "permanent_residences"):
        if personal.get(key):
            personal[key] = [display_name(str(c), language) for c in personal[key]]
    profile["personal"] = personal
    out["profile"] = profile
    return out


def model_context() -> dict[str, Any]:
    """A context with one entry in every list: the shape of the data model, for checks."""
    profile = Profile(
        personal=Personal(
            family_name="x",
            first_name="x",
            former_names=["x"],
            nationalities=["x"],
            permanent_residences=["x"],
            nationalities_at_birth=["x"],
            addresses=[Address()],
            phones=[Phone(number="1")],
            dependants=[Dependant(name="x")],
        ),
        relatives=[Relative(name="x")],
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
        ranked_posts=[RankedPost(reference="x")],
    )
    from secondment_desk.checklist import build_checklist

    checklist = build_checklist(vacancy, profile)
    checklist.items.append(item)  # an item with evidence, so the evidence's shape is known too
    return build_context(profile, vacancy, application, checklist, cover_letter="x")
