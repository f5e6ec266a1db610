"""The only code that finds the shipped data folders: ui/, templates/ and resources/.

In an installed wheel they live inside the package as ``secondment_desk/_data/<name>``
(pyproject maps them there). In a source checkout (editable install, tests) they sit at the
repository root. Both are found the same way, through :func:`data_dir`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, Literal

DataFolder = Literal["ui", "templates", "resources"]


@cache
def data_dir(name: DataFolder) -> Path:
    """Return the folder holding the shipped `name` data, installed or in a checkout."""
    packaged = importlib_resources.files("secondment_desk") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"The application's '{name}' folder is missing: reinstall Secondment Desk."
    )


def ui_file(name: str) -> Path:
    """Path of a Qt Designer file in ui/, e.g. ``ui_file("main_window.ui")``."""
    return _existing(data_dir("ui") / name)


def template_file(name: str) -> Path:
    """Path of a shipped document template in templates/."""
    return _existing(data_dir("templates") / name)


def resource_file(name: str) -> Path:
    """Path of a data file in resources/ (may name a sub-folder: ``"demo/profile.json"``)."""
    return _existing(data_dir("resources") / name)


def load_json_resource(name: str) -> Any:
    """Parse a JSON file from resources/."""
    with resource_file(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def word_list(data: Mapping[str, Any], key: str, file: str, *, required: bool = True) -> list[str]:
    """``data[key]`` of the data file ``file`` (``"vacancy/posts.json"``): a list of non-empty
    strings (non-empty itself when ``required``), else ValueError naming the file and key."""
    value = data.get(key)
    if (
        not isinstance(value, list)
        or (required and not value)
        or not all(isinstance(w, str) and w.strip() for w in value)
    ):
        raise ValueError(f"resources/{file}: '{key}' must be a list of words")
    return value


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` once each, longest first, words of one length in alphabetical order: the same
    order in every process (a set's order changes with the hash seed, and a pattern built in
    another order would be compiled anew every run instead of kept; see regex_cache)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first (so "Deputy Head
    of Mission" is tried before "Head of Mission"), each word once."""
    return "|".join(re.escape(w) for w in longest_first(words))


def literal_trie(words: Iterable[str]) -> str:
    """The same as :func:`alternation` for a CASE-SENSITIVE pattern, shared prefixes
    factored out ("Bish(?:kek|...)"): each place in the text costs a few character tests
    instead of one per word (a city list of 800 spellings: 14x faster to search).

    It matches what the alternation matches, in the same order of preference: the words
    that match at one place are then prefixes of each other, and the trie tries the longer
    before the shorter, as the longest-first alternation does. Not for ``re.I``: two spellings
    that differ in case lie on different branches there."""
    ordered = sorted(set(words))
    return _kept_trie("literal", [[w] for w in ordered], lambda: _trie(ordered, 0, escape=True))


def token_trie(seqs: Iterable[Sequence[str]], tried_last: frozenset[str] = frozenset()) -> str:
    """A regex matching any of the token sequences (each token a regex piece), sharing
    prefixes; at each branch a longer sequence is tried before one that ends there, and the
    tokens in ``tried_last`` after the others."""
    unique = {tuple(s) for s in seqs}

    def build() -> str:
        ordered = sorted(unique, key=lambda s: [(t in tried_last, t) for t in s])
        return _trie(ordered, 0, escape=False)

    # The kept value's key: the sequences in plain order (a fast sort) and ``tried_last``.
    return _kept_trie("token", [*sorted(unique), sorted(tried_last)], build)


def _kept_trie(kind: str, seqs: Iterable[Sequence[str]], build: Callable[[], str]) -> str:
    """``build()``, kept between runs when the words come from the program's own data (the
    caller is inside ``regex_cache.kept_compiled``): the lexicons' tries cost ~9 ms a run."""
    from secondment_desk import derived_cache, regex_cache

    if not regex_cache.in_scope():
        return build()
    inputs = "\x01".join("\x00".join(seq) for seq in seqs).encode("utf-8", "surrogatepass")
    code = derived_cache.code_digest(sys.modules[__name__])
    return derived_cache.kept_value(f"trie-{kind}", code + inputs, build)


def _trie(seqs: Sequence[Sequence[str]], depth: int, escape: bool) -> str:
    """``seqs`` (sorted, sharing their first ``depth`` items: characters of a word, or regex
    tokens) as a trie whose edges are whole runs of shared items, one branch per place where
    the sequences part; escaped (words) or joined as they are (tokens)."""
    alts: list[str] = []
    ends = False
    i = 0
    while i < len(seqs):
        seq = seqs[i]
        if len(seq) == depth:  # sorted: the sequence that ends here comes first
            ends = True
            i += 1
            continue
        j = i + 1
        while j < len(seqs) and len(seqs[j]) > depth and seqs[j][depth] == seq[depth]:
            j += 1
        last, k = seqs[j - 1], depth + 1  # sorted: what the first and last share, all do
        while k < min(len(seq), len(last)) and seq[k] == last[k]:
            k += 1
        run = "".join(seq[depth:k])
        alts.append((re.escape(run) if escape else run) + _trie(seqs[i:j], k, escape))
        i = j
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if ends else body


def _existing(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"Shipped file not found: {path.name} (looked in {path.parent}).")
    return path
