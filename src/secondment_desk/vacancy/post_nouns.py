"""The nouns that name a post ("Officer", "Conseillère", "Asesora", "Специалист"): one list,
``title_nouns`` of ``resources/vacancy/signals.json`` (with ``title_lead_words``, "Deputy",
that name a post only before another), validated when first read.

Every reader of post nouns takes them from here: the vacancy signals, post lists and reflow
(:func:`line_nouns`: does a line name a job, may it be cut after a word), the title readers
(:func:`title_nouns`: does a value name a post) and the header's grade in brackets after a post
(:func:`post_words`). A new post noun is a data change.
"""

from __future__ import annotations

import re
from functools import cache

from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import load_json_resource, longest_first, token_trie, word_list

WHERE = "vacancy/signals.json"
_ANY_ENDING = "*"  # a Russian word the title readers take with any case ending


@cache
def _lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_json_resource(WHERE)
    nouns = tuple(word_list(data, "title_nouns", WHERE))
    leads = tuple(word_list(data, "title_lead_words", WHERE))
    for w in (*nouns, *leads):
        if not w.rstrip(_ANY_ENDING).strip() or _ANY_ENDING in w.rstrip(_ANY_ENDING):
            raise ValueError(f"resources/{WHERE}: '{w}': a '{_ANY_ENDING}' only ends a word")
    return nouns, leads


def _bare(word: str) -> str:
    return word.rstrip(_ANY_ENDING)


@cache
def line_nouns() -> frozenset[str]:
    """The post nouns as written (folded), lead words aside: a line holding one names a job,
    and a line may be cut after one (a title never ends on "Deputy")."""
    return frozenset(_bare(w).casefold() for w in _lists()[0])


@cache
def post_words() -> tuple[str, ...]:
    """Every post noun and lead word as written, in the data's order."""
    nouns, leads = _lists()
    return tuple(_bare(w) for w in (*nouns, *leads))


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` sharing their prefixes (a search tries a few characters at
    each place instead of every word); the words are folded, the pattern is ``re.I``."""
    return token_trie([re.escape(c) for c in w] for w in longest_first(words))


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def title_nouns() -> re.Pattern[str]:
    """A post noun or lead word as a whole word, in any case, with its plural ("Officers",
    "Directores"); a word marked for it with any ending ("Специалиста")."""
    nouns, leads = _lists()
    folded = {w.casefold() for w in (*nouns, *leads)}
    stems = {_bare(w) for w in folded if w.endswith(_ANY_ENDING)}
    whole = folded - {w + _ANY_ENDING for w in stems}
    pattern = r"\b(?:" + _trie(whole) + r")(?:e?s)?\b"
    if stems:
        pattern += r"|\b(?:" + _trie(stems) + r")\w*"
    return re.compile(pattern, re.I)
