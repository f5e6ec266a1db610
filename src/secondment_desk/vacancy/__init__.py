"""Vacancy intake: read a notice file in any common format and parse it into Vacancy objects.

Public API::

    load_vacancies(source)            # a path, or "-" for stdin -> list[Vacancy]
    parse_text(text, source_name)     # pasted text -> list[Vacancy]
    parse_many(sources)               # many files -> list[Vacancy], in order, one call
    output_many(sources)              # the same as JSON-ready dicts (the CLI's --json)

Both raise :class:`~secondment_desk.errors.InputError` (unreadable, binary, empty, too large,
corrupt) or :class:`~secondment_desk.errors.NotAVacancyError`. Every Vacancy keeps ``text``
(the exact string its spans point into), ``sources`` (field -> span), ``missing`` and
``warnings``; a Call for Contributions gives one Vacancy per post.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from secondment_desk.errors import InputError, NotAVacancyError
from secondment_desk.i18n import _
from secondment_desk.models.vacancy import Span, Vacancy
from secondment_desk.regex_cache import kept_compiled

# The parser's modules compile their patterns (from code and resources/ only) as they are
# imported: kept compiled between runs, like bytecode (~100 ms of every start otherwise).
with kept_compiled():
    from secondment_desk.vacancy.parser import normalize_text, parse_notice
    from secondment_desk.vacancy.readers import MAX_BYTES, check_text_size, read_source

__all__ = [
    "MAX_BYTES",
    "InputError",
    "NotAVacancyError",
    "highlight_spans",
    "load_vacancies",
    "normalize_text",
    "output_many",
    "output_many_json",
    "parse_many",
    "parse_text",
]


def parse_text(
    text: str, source_name: str | None = None, today: date | None = None
) -> list[Vacancy]:
    """Parse notice text (e.g. pasted into the window). Spans point into ``Vacancy.text``."""
    if len(text) > MAX_BYTES:
        raise InputError(_("The text is larger than 10 MB: paste only the vacancy notice."))
    check_text_size(text, _("The text"))
    normalized = normalize_text(text)
    if not normalized.strip():
        raise InputError(_("The text is empty: paste the vacancy notice."))
    return parse_notice(normalized, source_name, today)


def load_vacancies(source: str | Path, today: date | None = None) -> list[Vacancy]:
    """Read and parse one notice file, or standard input when ``source`` is "-".

    ``today`` is the day the status "closed" is judged on (default: today).
    """
    read = read_source(source)
    return parse_text(read.text, read.source_name, today)


T = TypeVar("T")

# Below this many files a process pool costs more than it saves.
PARALLEL_MIN_FILES = 100


def parse_many(sources: Iterable[str | Path], workers: int | None = None) -> list[Vacancy]:
    """Parse several files in order; the first bad file raises (its name is in the message).

    Large batches are shared among worker processes (one per core, at most 4); standard
    input ("-") is always read here.
    """
    return [v for batch in _map_files(load_vacancies, sources, workers) for v in batch]


def output_many(sources: Iterable[str | Path], workers: int | None = None) -> list[dict[str, Any]]:
    """Like :func:`parse_many`, but gives each vacancy's JSON-ready ``output_dict()``.

    Workers hand back plain dicts, which cross process boundaries far more cheaply than
    model objects: this is the path for ``vacancy parse --json`` over many files.
    """
    return [d for batch in _map_files(_load_dicts, sources, workers) for d in batch]


def output_many_json(sources: Iterable[str | Path], workers: int | None = None) -> list[str]:
    """Like :func:`output_many`, but each vacancy already encoded as compact JSON text.

    Encoding in the workers spares the calling process both unpickling and encoding.
    """
    return [j for batch in _map_files(_load_json, sources, workers) for j in batch]


def iter_many_json(sources: Iterable[str | Path], workers: int | None = None) -> Iterator[str]:
    """Like :func:`output_many_json`, one vacancy's JSON text at a time, in order, as the
    workers finish them: a batch of 10,000 files is written out as it goes, never held."""
    for batch in _iter_files(_load_json, sources, workers):
        yield from batch


def _iter_files(
    load: Callable[[str | Path], list[T]], sources: Iterable[str | Path], workers: int | None
) -> Iterator[list[T]]:
    paths = list(sources)
    count = workers if workers is not None else min(4, os.cpu_count() or 1)
    if count < 2 or len(paths) < PARALLEL_MIN_FILES or any(str(p) == "-" for p in paths):
        for source in paths:
            yield load(source)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(paths) // (count * 4)))
    with ProcessPoolExecutor(max_workers=count) as pool:
        yield from pool.map(load, paths, chunksize=chunk)


def _load_dicts(source: str | Path) -> list[dict[str, Any]]:
    return [v.output_dict() for v in load_vacancies(source)]


def _load_json(source: str | Path) -> list[str]:
    import json

    return [json.dumps(d, ensure_ascii=False) for d in _load_dicts(source)]


def _map_files(
    load: Callable[[str | Path], list[T]], sources: Iterable[str | Path], workers: int | None
) -> list[list[T]]:
    paths = list(sources)
    count = workers if workers is not None else min(4, os.cpu_count() or 1)
    if count < 2 or len(paths) < PARALLEL_MIN_FILES or any(str(p) == "-" for p in paths):
        return [load(source) for source in paths]
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, len(paths) // (count * 4))
    with ProcessPoolExecutor(max_workers=count) as pool:
        return list(pool.map(load, paths, chunksize=chunk))


def highlight_spans(vacancy: Vacancy) -> list[tuple[str, Span]]:
    """(label, span) pairs for the GUI to highlight: fields, requirements, languages."""
    pairs: list[tuple[str, Span]] = sorted(vacancy.sources.items(), key=lambda kv: kv[1].start)
    pairs.extend((f"requirement:{r.id}", r.span) for r in vacancy.requirements if r.span)
    pairs.extend(
        (f"language:{lr.language}", lr.span) for lr in vacancy.language_requirements if lr.span
    )
    return pairs
