"""Copies of a notice in the shapes real copies come in, and how well the parser reads them.

A notice reaches a candidate as a page's first screen, as the one paragraph a PDF extraction
gives, with doubled line breaks, with its labels in capitals, as the cells of an HTML table or
definition list, under a site's navigation and cookie banner, or with mojibake in it. Each
``VARIANTS`` function turns a development notice's text into one of those shapes; ``measure``
parses every variant and compares it with the notice's hand-read expected values.

Only fields the parser reads right on the notice itself are counted (this measures robustness,
not accuracy), and in a cut copy only those whose source span lies in the kept text; a notice
the parser refuses as it stands has none and is left out. A variant
"has a vacancy signal" when it keeps the span of the title, reference, grade or closing date
read from the whole notice: such a copy must never be refused.

Used by ``tests/vacancy/test_robustness.py`` (thresholds) and ``bench/notice_robustness.py``
(the figures per variant).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import load_vacancies, normalize_text, parse_text
from secondment_desk.vacancy.readers import html_page, read_source

CORPUS_DEV = Path(__file__).resolve().parents[1] / "fixtures" / "vacancies" / "corpus" / "dev"

# Not compared: the requirement list depends on line structure a flattened copy has lost, the
# status on how much of the notice a copy holds, the format is the parser's own word.
SKIP_KEYS = frozenset({"notes", "requirements", "status", "format", "tasks"})
# A copy keeping one of these spans is recognisably a notice.
SIGNAL_FIELDS = ("title", "requisition_id", "grade", "closing_date")
_SLASH = re.compile(r" ?/ ?")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Variant:
    """A copy's text, the offset its kept part of the original ends at, and how it is read."""

    text: str
    cut: int | None = None  # the original's text[:cut] is kept (a first screen)
    html: bool = False  # read through the HTML reader, as a saved page would be


def _cut_at(text: str, share: float) -> Variant:
    at = int(len(text) * share)
    line = text.rfind("\n", 0, at)
    if line > at - 200:
        at = line
    else:
        space = text.rfind(" ", 0, at)
        at = space if space > 0 else at
    return Variant(text[:at], cut=at)


def first_quarter(text: str) -> Variant:
    return _cut_at(text, 0.25)


def first_half(text: str) -> Variant:
    return _cut_at(text, 0.5)


def flattened(text: str) -> Variant:
    """All whitespace one space: the one paragraph many PDF extractions give."""
    return Variant(" ".join(text.split()))


def doubled_breaks(text: str) -> Variant:
    return Variant(text.replace("\n", "\n\n"))


# "Duty Station: Vienna", "Closing date - 12 May 2024": a short label opening its line
_LABEL_LINE = re.compile(
    r"^(?P<lead>[ \t*•\-]*)(?P<label>[^\W\d_][^:\n|\d]{1,40}?)(?P<sep>[ \t]*:[ \t]*)"
    r"(?P<value>\S[^\n]*)$",
    re.M,
)


def upper_labels(text: str) -> Variant:
    return Variant(
        _LABEL_LINE.sub(lambda m: f"{m['lead']}{m['label'].upper()}{m['sep']}{m['value']}", text)
    )


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _markup(text: str, pair: Callable[[str, str], str], open_: str, close: str) -> str:
    out = ["<html><body>"]
    in_pairs = False
    for line in text.split("\n"):
        m = _LABEL_LINE.fullmatch(line)
        if m:
            if not in_pairs:
                out.append(open_)
                in_pairs = True
            out.append(pair(_escape(m["label"].strip()), _escape(m["value"].strip())))
            continue
        if in_pairs:
            out.append(close)
            in_pairs = False
        stripped = line.strip()
        if stripped.startswith(("-", "•", "*")):
            out.append(f"<ul><li>{_escape(stripped.lstrip('-•* '))}</li></ul>")
        elif stripped:
            out.append(f"<p>{_escape(stripped)}</p>")
    if in_pairs:
        out.append(close)
    out.append("</body></html>")
    return "\n".join(out)


def html_table(text: str) -> Variant:
    """Label lines as two-cell table rows (no colon, as most job pages print them)."""
    return Variant(
        _markup(text, lambda k, v: f"<tr><th>{k}</th><td>{v}</td></tr>", "<table>", "</table>"),
        html=True,
    )


def html_dl(text: str) -> Variant:
    return Variant(
        _markup(text, lambda k, v: f"<dt>{k}</dt><dd>{v}</dd>", "<dl>", "</dl>"), html=True
    )


# A job site's page around the notice: menus, a search box, a cookie banner, breadcrumbs.
BOILERPLATE = """Skip to main content
Home
About us
Find jobs
Job alerts
Employers
Post a job
Career advice
Sign in
Register
Search jobs by keyword, location or organisation
Search
We use cookies to improve your experience on our website, to personalise content and ads, and \
to analyse our traffic. We also share information about your use of our site with our social \
media, advertising and analytics partners. By clicking "Accept all cookies", you agree to the \
storing of cookies on your device.
Accept all cookies
Reject all
Cookie settings
Privacy policy
Home > Jobs > International organisations > Current openings
Share this page: Facebook Twitter LinkedIn Email Print
Back to search results
Subscribe to our newsletter and get the latest opportunities in your inbox every week. You can \
unsubscribe at any time by following the link at the bottom of every email.
Featured employers
Browse by category: Administration, Communications, Finance, Human rights, Humanitarian, \
Information technology, Legal, Logistics, Monitoring and evaluation, Political affairs, \
Programme management, Security, Rule of law
Browse by country: Afghanistan, Albania, Armenia, Austria, Belgium, Bosnia and Herzegovina, \
Georgia, Kenya, Kosovo, Moldova, Serbia, Somalia, Switzerland, Ukraine
Most viewed this week
Latest news and stories from the field
Contact us
Terms of use
Accessibility
Sitemap
Language: English | Français | Español | Русский
Log in to save this job and receive similar offers
Report this job
"""


def boilerplate(text: str) -> Variant:
    return Variant(BOILERPLATE + "\n" + text)


def _to_cp1252(m: re.Match[str]) -> str:
    try:
        return m.group().encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return m.group()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_APOSTROPHE_S = re.compile(r"(?<=[a-z])'(?=s\b)")
_AFTER_COLON = re.compile(r"(?<=:) (?=\S)")


def mojibake(text: str) -> Variant:
    """UTF-8 read as Windows-1252 ("â€™", "Ã©", "Â " for a no-break space) and as the Thai
    code page ("Serbiaโs"), as aggregator copies show them."""
    text = _APOSTROPHE_S.sub("\u2019", text)
    text = _AFTER_COLON.sub("\u00a0", text, count=8)
    broken = _NON_ASCII.sub(_to_cp1252, text)
    return Variant(broken.replace("â€™s", "โs", 3))


VARIANTS: dict[str, Callable[[str], Variant]] = {
    "first_25pct": first_quarter,
    "first_50pct": first_half,
    "flattened": flattened,
    "doubled_breaks": doubled_breaks,
    "upper_labels": upper_labels,
    "html_table": html_table,
    "html_dl": html_dl,
    "boilerplate": boilerplate,
    "mojibake": mojibake,
}


def norm(value: Any) -> Any:
    """As bench/notice_accuracy.py compares values, with curly quotes read as straight ones."""
    if isinstance(value, str):
        return _SLASH.sub("/", " ".join(value.translate(_QUOTES).split())).casefold()
    if isinstance(value, list):
        return frozenset(norm(v["text"] if isinstance(v, dict) else v) for v in value)
    return value


def _fields(vacancy: Vacancy) -> dict[str, Any]:
    got: dict[str, Any] = dict(vacancy.contract_dict())
    for name in ("min_years_management", "degree_substitution_years"):
        got[name] = getattr(vacancy, name, None)
    return got


def _stated(value: Any) -> bool:
    return value is not None and value != []


@dataclass
class Outcome:
    """One variant kind over the corpus."""

    copies: int = 0
    with_signal: int = 0
    refused_with_signal: list[str] = field(default_factory=list)
    present: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    per_notice: list[float] = field(default_factory=list)  # each copy's share (a call's
    # dozens of posts would otherwise outweigh every single-post notice)

    @property
    def share(self) -> float:
        return self.right / self.present if self.present else 1.0

    @property
    def notice_share(self) -> float:
        return sum(self.per_notice) / len(self.per_notice) if self.per_notice else 1.0


@dataclass(frozen=True)
class Baseline:
    """A dev notice and the fields the parser reads right on it, with their spans."""

    path: Path
    text: str
    posts: list[dict[str, Any]]  # per post: key -> expected value, only the ones read right
    spans: list[dict[str, int]]  # per post: key -> end of its source span


def baselines(paths: Iterable[Path] | None = None) -> list[Baseline]:
    out = []
    for path in paths or sorted(CORPUS_DEV.glob("*.txt")):
        stem = path.name.split(".")[0]
        expected = json.loads(path.with_name(stem + ".expected.json").read_text("utf-8"))
        wanted = expected if isinstance(expected, list) else [expected]
        try:
            vacancies = load_vacancies(path)
        except InputError:  # refused as it stands (bench/notice_accuracy.py counts it so):
            continue  # it has no fields read, so no copy of it has any to keep
        # A list page's posts each carry their own part of the page (vacancy/postlist.py),
        # a call's posts the whole call: spans are moved into the page's text.
        whole = vacancies[0].text
        if any(v.text != whole for v in vacancies):  # the text the posts were cut from
            whole = normalize_text(read_source(path).text)
        posts, spans = [], []
        for want, vacancy in zip(wanted, vacancies, strict=False):
            shift = max(whole.find(vacancy.text), 0)
            got = _fields(vacancy)
            right = {
                k: v
                for k, v in want.items()
                if k not in SKIP_KEYS and _stated(v) and norm(got.get(k)) == norm(v)
            }
            posts.append(right)
            spans.append({k: s.end + shift for k, s in vacancy.sources.items()})
        out.append(Baseline(path, whole, posts, spans))
    return out


def read_variant(variant: Variant, name: str) -> list[Vacancy]:
    if variant.html:
        read = html_page.read(variant.text.encode("utf-8"), name + ".html")
        return parse_text(read.text, read.source_name)
    return parse_text(variant.text, name)


def _kept_signal(spans: dict[str, int], cut: int) -> bool:
    return any(k in spans and spans[k] <= cut for k in SIGNAL_FIELDS)


def measure(kind: str, bases: Iterable[Baseline]) -> Outcome:
    make = VARIANTS[kind]
    outcome = Outcome()
    for base in bases:
        variant = make(base.text)
        outcome.copies += 1
        cut = variant.cut
        present: list[dict[str, Any]] = []
        for post, spans in zip(base.posts, base.spans, strict=True):
            if cut is None:
                present.append(post)
            elif _kept_signal(spans, cut):  # a post cut off before its title is not in the copy
                present.append({k: v for k, v in post.items() if k in spans and spans[k] <= cut})
            else:
                present.append({})
        has_signal = cut is None or any(_kept_signal(spans, cut) for spans in base.spans)
        outcome.with_signal += has_signal
        name = f"{base.path.stem}[{kind}]"
        try:
            parsed = [_fields(v) for v in read_variant(variant, name)]
        except InputError as err:
            parsed = []
            if has_signal:
                outcome.refused_with_signal.append(f"{name}: {err}")
        held = right = 0
        for i, want in enumerate(present):
            got = parsed[i] if i < len(parsed) else {}
            for key, value in want.items():
                held += 1
                if norm(got.get(key)) == norm(value):
                    right += 1
                else:
                    outcome.misses.append(f"{name}#{i} {key}: want {value!r}, got {got.get(key)!r}")
        outcome.present += held
        outcome.right += right
        if held:
            outcome.per_notice.append(right / held)
    return outcome
