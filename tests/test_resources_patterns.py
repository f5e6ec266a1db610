"""The shared pattern builders: a trie matches exactly what the longest-first alternation does."""

from __future__ import annotations

import random
import re

from secondment_desk.resources import (
    alternation,
    literal_trie,
    load_json_resource,
    longest_first,
)


def _spans(pattern: str, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(pattern, text)]


def test_literal_trie_matches_as_the_alternation_with_look_arounds() -> None:
    rng = random.Random(7)
    alphabet = "abAB -."
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(8)]
        words = [w for w in words if w.strip()]
        text = "".join(rng.choice(alphabet) for _ in range(60))
        for wrap in ("(?:{})", r"(?<![a-z])({})(?![a-z])", r"\b({})\b(?!\s+b)"):
            plain = wrap.format(alternation(words))
            trie = wrap.format(literal_trie(words))
            assert _spans(trie, text) == _spans(plain, text), (words, text, wrap)


def test_the_city_list_reads_the_same_through_its_trie() -> None:
    data = load_json_resource("places.json")
    spellings = {*data["places"], *data["aliases"]}
    spellings |= {s.upper() for s in spellings if len(s) > 3}
    text = " ".join(sorted(spellings)[::7]) + " NEW YORK, AstanaKazakhstan, border, Bishkekian"
    wrap = r"(?<![A-Za-z])({})(?![a-z])"
    found = _spans(wrap.format(alternation(spellings)), text)
    assert _spans(wrap.format(literal_trie(spellings)), text) == found
    assert len(found) > 50


def test_longest_first_breaks_ties_alphabetically() -> None:
    assert longest_first(["bb", "a", "ccc", "aa", "bb"]) == ["ccc", "aa", "bb", "a"]
