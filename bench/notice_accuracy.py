"""How well the parser reads real published notices it was not tuned on (issue 10).

    PYTHONPATH=src python bench/notice_accuracy.py [--part dev|test|all] [--details]

Loads ``tests/fixtures/vacancies/corpus/<part>/``: each notice file beside its hand-read
``.expected.json`` (see that folder's README.md). Every notice is parsed with the project's own
API, exactly as ``tests/vacancy/test_fixtures.py`` does (``load_vacancies(path)``), and each key
the expected file holds is compared:

- a *stated* field is an expected value that is neither null nor an empty list; it is right
  when the parser gives the same value (strings compared case-insensitively with whitespace
  collapsed and none around a slash, lists as sets, requirements by their texts);
- an expected null (or ``[]``) is a field the notice does not state: the parser filling it is
  counted as "null fields wrongly filled";
- a multi-post call has an array of posts; each expected post is matched to a parsed post by
  its ``requisition_id``, else by position; an unmatched post has all its fields wrong;
- a notice the parser refuses (``InputError``) has all its stated fields wrong.

Printed per part, per family (osce, eu, un, other) and per language (detected from the text):
notices, refused, stated fields right / stated, null fields wrongly filled, closing dates right /
stated, and the parse median. ``--details`` lists the misses of the development part only; the
test part's misses are printed only with ``--show-test-misses`` (rules are written against the
development part, never against the test part). Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from secondment_desk.errors import InputError  # noqa: E402
from secondment_desk.models.vacancy import Vacancy  # noqa: E402
from secondment_desk.vacancy import load_vacancies  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "vacancies" / "corpus"
PARTS = ("dev", "test")
NOTICE_SUFFIXES = (".txt", ".html", ".pdf", ".docx")
FAMILIES = ("osce", "eu", "un")
# Keys of an expected file that are not compared field by field.
NOT_FIELDS = frozenset({"notes"})
# Keys beyond the contract that the parser carries on the model and fixtures may state.
EXTRA_FIELDS = ("status", "format", "min_years_management", "degree_substitution_years")

SLASH = re.compile(r" ?/ ?")  # "Officer/ Police" and "Officer / Police" read alike

FRENCH = frozenset(
    "le la les des du et est une pour avec dans sur au aux poste être vous".split()  # noqa: SIM905
)
SPANISH = frozenset(
    "el la los las del y es una para con en por al puesto años usted".split()  # noqa: SIM905
)
ENGLISH = frozenset(
    "the and of to in for with is are be on a an this that will post".split()  # noqa: SIM905
)


@dataclass
class Miss:
    notice: str
    key: str
    want: Any
    got: Any


@dataclass
class Tally:
    notices: int = 0
    refused: int = 0
    stated: int = 0
    right: int = 0
    nulls: int = 0
    null_filled: int = 0
    closing_stated: int = 0
    closing_right: int = 0
    times_ms: list[float] = field(default_factory=list)
    stated_by: Counter[str] = field(default_factory=Counter)
    right_by: Counter[str] = field(default_factory=Counter)
    posts_wrong: int = 0

    def add(self, other: Tally) -> None:
        self.stated_by.update(other.stated_by)
        self.right_by.update(other.right_by)
        self.posts_wrong += other.posts_wrong
        self.notices += other.notices
        self.refused += other.refused
        self.stated += other.stated
        self.right += other.right
        self.nulls += other.nulls
        self.null_filled += other.null_filled
        self.closing_stated += other.closing_stated
        self.closing_right += other.closing_right
        self.times_ms.extend(other.times_ms)

    def line(self, label: str) -> str:
        pct = f"{100 * self.right / self.stated:5.1f}%" if self.stated else "   -  "
        median = f"{statistics.median(self.times_ms):.2f} ms" if self.times_ms else "-"
        return (
            f"{label:<14} notices {self.notices:>3}  refused {self.refused:>2}  "
            f"fields {self.right:>4}/{self.stated:<4} {pct}  "
            f"nulls filled {self.null_filled:>3}/{self.nulls:<4}  "
            f"closing dates {self.closing_right:>2}/{self.closing_stated:<2}  "
            f"median {median}"
        )


@dataclass
class Scored:
    path: Path
    part: str
    family: str
    language: str
    tally: Tally
    misses: list[Miss]


def notices(part: str) -> list[Path]:
    """The notice files of one part that have an expected file beside them."""
    folder = CORPUS / part
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix in NOTICE_SUFFIXES and expected_path(p).exists()
    )


def expected_path(path: Path) -> Path:
    return path.with_name(path.name.split(".")[0] + ".expected.json")


def family_of(path: Path) -> str:
    prefix = path.name.split("_", 1)[0].casefold()
    return prefix if prefix in FAMILIES else "other"


def language_of(text: str) -> str:
    """A rough guess (enough to group the figures): Cyrillic letters, else stop-word counts."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters) > 0.3:
        return "ru"
    words = re.findall(r"[a-zà-ÿ]+", text.casefold())
    counts = {
        "en": sum(w in ENGLISH for w in words),
        "fr": sum(w in FRENCH for w in words),
        "es": sum(w in SPANISH for w in words),
    }
    return max(counts, key=lambda k: counts[k])


def norm(value: Any) -> Any:
    """The form two values are compared in."""
    if isinstance(value, str):
        return SLASH.sub("/", " ".join(value.split())).casefold()
    if isinstance(value, list):
        return frozenset(norm(v["text"] if isinstance(v, dict) else v) for v in value)
    return value


def is_stated(value: Any) -> bool:
    return value is not None and value != []


def got_fields(vacancy: Vacancy) -> dict[str, Any]:
    got: dict[str, Any] = dict(vacancy.contract_dict())
    for name in EXTRA_FIELDS:
        got[name] = getattr(vacancy, name, None)
    return got


def score_post(
    name: str, want: dict[str, Any], got: dict[str, Any] | None
) -> tuple[Tally, list[Miss]]:
    tally = Tally()
    misses: list[Miss] = []
    for key, value in want.items():
        if key in NOT_FIELDS:
            continue
        have = None if got is None else got.get(key)
        if is_stated(value):
            tally.stated += 1
            ok = got is not None and norm(have) == norm(value)
            tally.right += ok
            tally.stated_by[key] += 1
            tally.right_by[key] += ok
            if key == "closing_date":
                tally.closing_stated += 1
                tally.closing_right += ok
        else:
            tally.nulls += 1
            ok = got is not None and not is_stated(have)
            tally.null_filled += got is not None and not ok
        if not ok:
            misses.append(Miss(name, key, value, "(refused)" if got is None else have))
    return tally, misses


def match_posts(
    wanted: Sequence[dict[str, Any]], parsed: Sequence[dict[str, Any]]
) -> list[dict[str, Any] | None]:
    """For each expected post, the parsed post with its reference, else the one at its place."""
    used: set[int] = set()
    out: list[dict[str, Any] | None] = [None] * len(wanted)
    for i, want in enumerate(wanted):
        ref = want.get("requisition_id")
        if is_stated(ref):
            for j, got in enumerate(parsed):
                if j not in used and norm(got.get("requisition_id")) == norm(ref):
                    out[i] = got
                    used.add(j)
                    break
    for i in range(len(wanted)):
        if out[i] is None and i < len(parsed) and i not in used:
            out[i] = parsed[i]
            used.add(i)
    return out


def score(path: Path, part: str) -> Scored:
    raw = json.loads(expected_path(path).read_text("utf-8"))
    wanted: list[dict[str, Any]] = raw if isinstance(raw, list) else [raw]
    tally = Tally(notices=1)
    misses: list[Miss] = []
    start = time.perf_counter()
    try:
        vacancies = load_vacancies(path)
    except InputError as exc:
        vacancies = []
        tally.refused = 1
        misses.append(Miss(path.name, "(refused)", None, str(exc)))
    tally.times_ms.append((time.perf_counter() - start) * 1000)
    text = vacancies[0].text if vacancies else path.read_bytes().decode("utf-8", "replace")
    parsed = [got_fields(v) for v in vacancies]
    for i, (want, got) in enumerate(zip(wanted, match_posts(wanted, parsed), strict=True)):
        name = path.name if len(wanted) == 1 else f"{path.name}[{i}]"
        post_tally, post_misses = score_post(name, want, got)
        tally.add(post_tally)
        misses.extend(post_misses)
    if vacancies and len(parsed) != len(wanted):
        misses.append(Miss(path.name, "(posts)", len(wanted), len(parsed)))
        tally.posts_wrong = 1
    return Scored(path, part, family_of(path), language_of(text), tally, misses)


def warm_up(paths: Iterable[Path]) -> None:
    """Resources and regexes load once; do not charge that to the first notice."""
    for path in paths:
        try:
            load_vacancies(path)
        except InputError:
            continue
        return


def grouped(results: Sequence[Scored], key: str) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for r in results:
        out.setdefault(str(getattr(r, key)), Tally()).add(r.tally)
    return dict(sorted(out.items()))


def report(results: Sequence[Scored], label: str) -> None:
    total = Tally()
    for r in results:
        total.add(r.tally)
    print(f"== {label}")
    print(total.line("all"))
    for name, tally in grouped(results, "family").items():
        print(tally.line(f"family {name}"))
    for name, tally in grouped(results, "language").items():
        print(tally.line(f"lang {name}"))


def report_fields(results: Sequence[Scored], label: str) -> None:
    """Per field: right / stated over the part (figures only, no notice named), worst first."""
    total = Tally()
    for r in results:
        total.add(r.tally)
    print(f"== fields, {label} (notices whose post count is wrong: {total.posts_wrong})")
    keys = sorted(total.stated_by, key=lambda k: total.right_by[k] / total.stated_by[k])
    for key in keys:
        right, stated = total.right_by[key], total.stated_by[key]
        print(f"  {key:<28} {right:>4}/{stated:<4} {100 * right / stated:5.1f}%")


def print_misses(results: Sequence[Scored]) -> None:
    for r in results:
        for miss in r.misses:
            print(f"  {miss.notice}: {miss.key}: want {miss.want!r}, got {miss.got!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--details", action="store_true", help="list the dev part's misses")
    parser.add_argument(
        "--by-field", action="store_true", help="per part, each field's figure (no misses shown)"
    )
    parser.add_argument(
        "--show-test-misses", action="store_true", help="also list the test part's misses"
    )
    args = parser.parse_args(argv)
    parts = PARTS if args.part == "all" else (args.part,)
    paths = {part: notices(part) for part in parts}
    warm_up(p for part in parts for p in paths[part])
    results = {part: [score(p, part) for p in paths[part]] for part in parts}
    for part in parts:
        report(results[part], f"part {part}")
        if args.by_field:
            report_fields(results[part], f"part {part}")
    if len(parts) > 1:
        report([r for part in parts for r in results[part]], "all parts")
    if args.details and "dev" in results:
        print("== misses (dev)")
        print_misses(results["dev"])
    if args.show_test_misses and "test" in results:
        print("== misses (test: do not write rules against these)")
        print_misses(results["test"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
