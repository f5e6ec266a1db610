"""The shipped data the checklist reads: competency models and the language-level wording.

Both live in ``resources/`` (``competencies/<org>.json``, ``language_levels.json``) so a user
or a maintainer can correct them without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from secondment_desk.models.profile import CEFR_ORDER
from secondment_desk.resources import load_json_resource

COMPETENCY_GROUPS: tuple[str, ...] = ("core_values", "core", "managerial")

# Organisation (as the parser writes it) -> competency model file in resources/competencies/.
_MODEL_FILES: dict[str, str] = {"osce": "osce", "un": "un"}


@dataclass(frozen=True)
class Competency:
    id: str  # "osce:communication": stable, used as the checklist item id
    name: str
    group: str  # one of COMPETENCY_GROUPS
    summary: str = ""
    confirmed: bool = True

    @property
    def local_id(self) -> str:
        return self.id.split(":", 1)[-1]


@dataclass(frozen=True)
class CompetencyModel:
    organization: str
    name: str
    source: str
    group_titles: dict[str, str]
    competencies: tuple[Competency, ...]

    def group(self, group: str) -> list[Competency]:
        return [c for c in self.competencies if c.group == group]


@cache
def load_competency_model(key: str) -> CompetencyModel:
    """The model in ``resources/competencies/<key>.json`` (``"osce"``, ``"un"``)."""
    data = load_json_resource(f"competencies/{key}.json")
    items = tuple(
        Competency(
            id=c["id"],
            name=c["name"],
            group=c["group"],
            summary=c.get("summary", ""),
            confirmed=bool(c.get("confirmed", True)),
        )
        for c in data["competencies"]
    )
    bad = [c.id for c in items if c.group not in COMPETENCY_GROUPS]
    if bad:
        raise ValueError(f"competencies/{key}.json: unknown group for {', '.join(bad)}")
    return CompetencyModel(
        organization=data["organization"],
        name=data["name"],
        source=data.get("source", ""),
        group_titles=dict(data.get("groups", {})),
        competencies=items,
    )


def competency_model_for(organization: str | None) -> CompetencyModel | None:
    """The model of the organisation that issued the notice, or None when we ship none."""
    if not organization:
        return None
    key = _MODEL_FILES.get(organization.strip().casefold())
    return load_competency_model(key) if key else None


@dataclass(frozen=True)
class LevelPhrase:
    phrase: str
    cefr: str
    pattern: re.Pattern[str]


@cache
def language_levels() -> tuple[LevelPhrase, ...]:
    """Wording -> CEFR from ``resources/language_levels.json``, longest phrase first."""
    data = load_json_resource("language_levels.json")
    out = []
    for phrase, level in data["levels"].items():
        if level not in CEFR_ORDER:
            raise ValueError(f"language_levels.json: '{level}' for '{phrase}' is not a CEFR level")
        words = r"\s+".join(re.escape(w) for w in phrase.split())
        out.append(LevelPhrase(phrase, level, re.compile(rf"\b{words}\b", re.IGNORECASE)))
    out.sort(key=lambda p: len(p.phrase), reverse=True)
    return tuple(out)


def level_for_wording(text: str | None) -> LevelPhrase | None:
    """The CEFR level the first (longest) known phrase in ``text`` stands for."""
    if not text:
        return None
    for entry in language_levels():
        if entry.pattern.search(text):
            return entry
    return None


def level_near(text: str, language: str | None = None) -> LevelPhrase | None:
    """The level wording in ``text`` that qualifies ``language`` (the nearest phrase to it).

    Overlapping phrases resolve to the longest ("professional fluency", not "fluency"); with
    several languages in one sentence each gets the wording closest to its own name.
    """
    found: list[tuple[int, int, LevelPhrase]] = []
    for entry in language_levels():
        for m in entry.pattern.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in found):
                found.append((m.start(), m.end(), entry))
    if not found:
        return None
    if not language:
        return min(found, key=lambda f: f[0])[2]
    where = [m.start() for m in re.finditer(rf"\b{re.escape(language)}\b", text, re.IGNORECASE)]
    if not where:
        return min(found, key=lambda f: f[0])[2]

    def distance(f: tuple[int, int, LevelPhrase]) -> int:
        return min(abs(f[0] - w) if f[0] >= w else abs(w - f[1]) for w in where)

    return min(found, key=distance)[2]
