"""What the Russian demo-flow tests count as an English sentence left in the Russian UI.

Two nets, both failing the tests:

- :func:`secondment_desk.i18n.untranslated`: every sentence the core wrapped with ``_()`` and
  asked for while Russian was in effect but that the catalogue does not translate;
- :func:`english_runs`: three or more Latin-letter words in a row in what was shown (an
  unwrapped sentence, a label the .ts misses), unless the run is part of the notice's own text,
  the candidate's own data, or a proper name from the shipped data. The parser's warnings are
  the application's sentences like any other: they must be Russian too (no allowance).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tests.conftest import REPO

_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ /&-]+[A-Za-z][A-Za-z'’-]*){2,}")
_URL = re.compile(
    r"(?<!\S)[~/]\S+|\S+://\S+|\S+@\S+|\b[\w.-]+\.(?:org|int|com|no|de|eu|txt|pdf|docx|json)\b"
)


def fold(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def strings_of(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_of(item)


def allowed_corpus(*texts: str) -> str:
    """The folded text English may come from: the notices, the demo candidate, the States
    file (national bodies' names), and whatever the caller adds."""
    demo = REPO / "resources" / "demo"
    parts = [p.read_text(encoding="utf-8") for p in sorted(demo.glob("*.txt"))]
    parts += strings_of(json.loads((demo / "profile.json").read_text(encoding="utf-8")))
    parts += strings_of(json.loads((REPO / "resources" / "states.json").read_text("utf-8")))
    person = json.loads((demo / "profile.json").read_text("utf-8"))["profile"]["personal"]
    parts.append(" ".join(person.get(k, "") for k in ("first_name", "middle_name", "family_name")))
    for model in sorted((REPO / "resources" / "competencies").glob("*.json")):  # the ids only
        parts += [c["id"] for c in json.loads(model.read_text("utf-8"))["competencies"]]
    parts += texts

    return " | ".join(fold(p) for p in parts)


def english_runs(shown: Iterable[str], corpus: str) -> list[str]:
    """The runs of English words in ``shown`` that do not come from ``corpus``."""
    found: list[str] = []
    for text in shown:
        for run in _RUN.findall(_URL.sub(" ", text)):
            if fold(run) and fold(run) not in corpus:
                found.append(run)
    return sorted(set(found))


def notice_data(paths: Iterable[Path]) -> list[str]:
    """What the parser read out of the notices (a title inferred from the prose, the office):
    the notice's own words, not the application's. Its warnings are not in it: those are the
    application's sentences and must be in Russian."""
    from secondment_desk.vacancy import parse_many

    vacancies = parse_many([str(p) for p in paths])
    return [
        text
        for v in vacancies
        for text in strings_of(v.model_dump(mode="json", exclude={"warnings", "missing", "text"}))
    ]
