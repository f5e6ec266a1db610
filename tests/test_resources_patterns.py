"""The shared pattern builders: a trie matches exactly what the longest-first alternation does."""

from __future__ import annotations

import random
import re

from secondment_desk.resources import (
    alternation,
    literal_trie,
    load_json_resource,
    longest_first,
    token_trie,
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


def _plain_trie(seqs: list[list[str]], tried_last: frozenset[str]) -> str:
    """The one-node-per-token trie token_trie was first written as: the reference."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for seq in seqs:
        node = root
        for tok in seq:
            node = node.setdefault(tok, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        order = sorted((t for t in node if t), key=lambda t: (t in tried_last, t))
        alts = [t + emit(node[t]) for t in order]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def test_token_trie_writes_the_same_pattern_as_a_node_per_token_trie() -> None:
    rng = random.Random(11)
    tails = frozenset({r"(?!\w)", r"\w*"})
    tokens = ["a", "b", "c", r"\s+", r"(?!\w)", r"\w*"]
    for _ in range(1000):
        seqs = [
            [rng.choice(tokens) for _ in range(rng.randint(0, 5))] for _ in range(rng.randint(1, 7))
        ]
        assert token_trie(seqs, tails) == _plain_trie(seqs, tails), seqs
