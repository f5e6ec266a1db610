"""The cover letter's own parts: does the user's text open with a salutation and end with a
closing (then the template adds neither), and what limit the call states for it.

The words are data (``resources/forms/letter.json``), validated on load.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, field_validator

from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import load_json_resource

#: A closing is looked for in the last few paragraphs (a signature block may follow it).
_CLOSING_WINDOW = 3


class LetterWords(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    salutations: tuple[str, ...]
    closings: tuple[str, ...]
    stated_limit: tuple[str, ...]

    @field_validator("salutations", "closings", "stated_limit")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            re.compile(pattern)
        return patterns


@cache
@kept_compiled()  # shipped patterns, checked on load: compiled once, kept
def letter_words() -> LetterWords:
    return LetterWords.model_validate(load_json_resource("forms/letter.json"))


@cache
@kept_compiled()
def _compiled(kind: str) -> tuple[re.Pattern[str], ...]:
    words = letter_words()
    patterns: tuple[str, ...] = getattr(words, kind)
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def has_salutation(paragraphs: list[str]) -> bool:
    """The first paragraph opens the letter ("Dear Ms Novak,", "Уважаемые коллеги!")."""
    return bool(paragraphs) and any(p.search(paragraphs[0]) for p in _compiled("salutations"))


def has_closing(paragraphs: list[str]) -> bool:
    """One of the last paragraphs closes it ("Yours sincerely,", "С уважением,")."""
    tail = [line.strip() for p in paragraphs[-_CLOSING_WINDOW:] for line in p.splitlines()]
    return any(pattern.search(line) for line in tail for pattern in _compiled("closings"))


def stated_limit(notice_text: str) -> int | None:
    """The character limit a call states for the motivation letter, if it states one."""
    for pattern in _compiled("stated_limit"):
        found = pattern.search(notice_text or "")
        if found:
            digits = re.sub(r"\D", "", found.group(1))
            if digits and 100 <= int(digits) <= 100_000:
                return int(digits)
    return None
