"""What an import leaves to the user: the same person already stored, the facts the forms and
the checklist still need, and jobs that look like management experience.

Nothing here changes a profile silently: duplicates are reported for the face to ask (update,
keep both, cancel), management is *proposed* (:func:`management_proposals`) and set only by
:func:`confirm_management`. The words that signal management and a reference's relation are
data (``resources/profile/import_review.json``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

from secondment_desk.i18n import _
from secondment_desk.models.profile import Profile
from secondment_desk.regex_cache import kept_compiled

if TYPE_CHECKING:
    from secondment_desk.store import Store

OnDuplicate = Literal["update", "new", "fail"]
ON_DUPLICATE: tuple[OnDuplicate, ...] = ("update", "new", "fail")


class _Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comment: str = ""
    management_titles: list[str]
    management_text: list[str]
    reference_relation: str

    @field_validator("management_titles", "management_text")
    @classmethod
    def _compile_all(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            re.compile(pattern)
        return patterns

    @field_validator("reference_relation")
    @classmethod
    def _compile_one(cls, pattern: str) -> str:
        re.compile(pattern)
        return pattern


@dataclass(frozen=True)
class _Compiled:
    titles: list[re.Pattern[str]]
    text: list[re.Pattern[str]]
    relation: re.Pattern[str]


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _lexicon() -> _Compiled:
    from secondment_desk.resources import load_json_resource

    raw = dict(load_json_resource("profile/import_review.json"))
    raw["comment"] = raw.pop("_comment", "")
    lex = _Lexicon.model_validate(raw)
    flags = re.IGNORECASE
    return _Compiled(
        [re.compile(p, flags) for p in lex.management_titles],
        [re.compile(p, flags) for p in lex.management_text],
        re.compile(lex.reference_relation, flags),
    )


# --- the same person ---------------------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_person(a: Profile, b: Profile) -> bool:
    """Same e-mail, or same name and birth date (two profiles without a birth date and with
    the same name count as the same person: nothing tells them apart)."""
    pb = b.personal
    return _same(
        a.name, a.personal.email, a.personal.date_of_birth, b.name, pb.email, pb.date_of_birth
    )


def _same(
    name: str,
    email: str,
    birth: date | None,
    other: str,
    other_email: str,
    other_birth: date | None,
) -> bool:
    if email and other_email and email.casefold() == other_email.casefold():
        return True
    return _fold(name) == _fold(other) and birth == other_birth


def find_duplicates(store: Store, profile: Profile) -> list[Profile]:
    """The stored profiles of the same person as ``profile`` (not itself), matched on the
    sealed summaries (name, e-mail, birth date): only a match is decoded (and one whose
    summary predates e-mail and birth date)."""
    personal = profile.personal
    out = []
    for summary in store.profiles.list():
        if summary.id == profile.id:
            continue
        known = summary.identity
        if known is not None and not _same(
            summary.name, known.email, known.date_of_birth,
            profile.name, personal.email, personal.date_of_birth,
        ):  # fmt: skip
            continue
        stored = store.profiles.get(summary.id)
        if same_person(stored, profile):
            out.append(stored)
    return out


def merge_into(existing: Profile, imported: Profile) -> Profile:
    """``existing`` updated from ``imported``: what the file states wins, what it leaves empty
    keeps the stored value (a nationality entered in the app survives a re-import); the id
    stays, so the candidate's applications stay theirs."""
    old = existing.model_dump(mode="json")
    new = imported.model_dump(mode="json")
    merged: dict[str, Any] = {}
    for key, value in old.items():
        incoming = new.get(key)
        if key == "employment" and incoming:
            merged[key] = _merge_jobs(value, incoming)
        elif key == "id":
            merged[key] = value
        elif isinstance(value, dict) and isinstance(incoming, dict) and key != "extras":
            merged[key] = {
                k: (incoming.get(k) if incoming.get(k) not in (None, "", []) else v)
                for k, v in value.items()
            }
        elif key == "extras":
            merged[key] = {**value, **(incoming or {})}
        else:
            merged[key] = incoming if incoming not in (None, "", []) else value
    jobs = {job["id"] for job in merged.get("employment", [])}
    for story in merged.get("stories", []):  # a story keeps only the jobs still there
        story["employment_ids"] = [i for i in story.get("employment_ids", []) if i in jobs]
    return Profile.model_validate(merged)


def _merge_jobs(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The file's jobs; one already stored (same title and start) keeps its id and what the
    user set on it (management, staff, relevance) where the file says nothing."""
    stored = {(_fold(j["title"]), j["start"]): j for j in old}
    out = []
    for job in new:
        twin = stored.get((_fold(job["title"]), job["start"]))
        if twin is None:
            out.append(job)
            continue
        kept = dict(twin)
        for k, v in job.items():
            if k != "id" and v not in (None, "", [], 0, False):
                kept[k] = v
        out.append(kept)
    return out


# --- what the forms and the checklist still need ------------------------------------------


def missing_facts(profile: Profile) -> list[str]:
    """The facts every form and the eligibility check need that the profile does not hold,
    in a few words each."""
    p = profile.personal
    checks = [
        (not p.nationalities, _("nationality")),
        (p.date_of_birth is None, _("date of birth")),
        (not p.gender, _("gender")),
        (not p.place_of_birth, _("place of birth")),
        (not p.email, _("e-mail")),
        (not p.phones, _("phone")),
        (not p.addresses, _("address")),
        (not any(lang.mother_tongue for lang in profile.languages), _("mother tongue")),
        (not profile.languages, _("languages")),
        (not profile.education, _("education")),
        (not profile.employment, _("employment")),
        (not profile.references, _("references")),
    ]
    return [words for lacking, words in checks if lacking]


# --- management experience, proposed -------------------------------------------------------


@dataclass(frozen=True)
class ManagementProposal:
    number: int  # 1-based, in the profile's employment order, for the faces to name
    job_id: str
    title: str
    employer: str
    period: str
    because: str  # the words that suggest it
    staff: int | None  # people managed, when the text says

    def line(self) -> str:
        where = f", {self.employer}" if self.employer else ""
        staff = " " + _("({n} people)").format(n=self.staff) if self.staff else ""
        return f"{self.number}. {self.title}{where} ({self.period}): “{self.because}”{staff}"


def management_proposals(profile: Profile) -> list[ManagementProposal]:
    """Jobs not marked as management whose title or description says the person managed
    people or a team; for the user to confirm, never set here."""
    lex = _lexicon()
    out = []
    for number, job in enumerate(profile.employment, start=1):
        if job.management:
            continue
        because, staff = "", None
        for pattern in lex.titles:
            if match := pattern.search(job.title):
                because = job.title
                break
        for text in (job.duties, job.achievements, job.business_type):
            for pattern in lex.text:
                match = pattern.search(text)
                if match is None:
                    continue
                if not because:
                    because = match.group(0)
                found = match.groupdict().get("staff")
                if found and staff is None:
                    staff = int(found)
                    if because == job.title:
                        because = f"{job.title}; {match.group(0)}"
        if because:
            period = f"{job.start} – {job.end or _('present')}"
            out.append(
                ManagementProposal(
                    number, job.id, job.title, job.employer, period, because.strip(), staff
                )
            )
    return out


def confirm_management(profile: Profile, job_ids: Iterable[str]) -> list[str]:
    """Mark these jobs as management (with the number of people the text gave, where the
    profile has none); returns the titles changed."""
    wanted = set(job_ids)
    staff = {p.job_id: p.staff for p in management_proposals(profile)}
    changed = []
    for job in profile.employment:
        if job.id in wanted and not job.management:
            job.management = True
            if not job.staff_supervised and staff.get(job.id):
                job.staff_supervised = staff[job.id] or 0
            changed.append(job.title)
    return changed


# --- a reference's relation -----------------------------------------------------------------


def reference_relation(text: str) -> tuple[str, str] | None:
    """("Former supervisor", "UNDP") from "Former supervisor at UNDP"; None when the text is
    not a short statement of the relation (a testimonial, say)."""
    text = " ".join(text.split())
    if not text or len(text) > 120:
        return None
    match = _lexicon().relation.match(text)
    if match is None:
        return None
    relation = match.group("relation")
    return relation[0].upper() + relation[1:], (match.group("organization") or "").strip()
