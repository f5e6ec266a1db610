"""schema.org JobPosting data (JSON-LD) as notice text: what job boards put in every page.

Job boards and applicant-tracking sites (and Google for Jobs, which asks for it) describe each
posting in ``<script type="application/ld+json">``: title, hiring organisation, location,
``validThrough`` (the closing moment), identifier, and the notice itself as HTML in
``description``. A saved page whose visible text is only the site's frame, or that builds the
notice with its scripts, still holds it there. The posting becomes labelled lines the parser
reads like any notice header ("Closing Date: 2026-03-12"), then the description's text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

#: JSON-LD blocks one page may hold that are read, and their characters in all (a page has one
#: or two, of a few kilobytes; the text cap applies to the result as to any page).
MAX_BLOCKS = 20
MAX_JSON_CHARS = 2_000_000

# (label the parser knows, JobPosting property) in the order a notice's header has them.
_HEADER = (
    ("Job Title", "title"),
    ("Organization", "hiringOrganization"),
    ("Job ID", "identifier"),
    ("Duty Station", "jobLocation"),
    ("Type of contract", "employmentType"),
    ("Date Posted", "datePosted"),
    ("Closing Date", "validThrough"),
)
# Body properties with their own heading; their values are HTML or text.
_BODY = (
    ("Responsibilities", "responsibilities"),
    ("Qualifications", "qualifications"),
    ("Education", "educationRequirements"),
    ("Experience", "experienceRequirements"),
    ("Skills", "skills"),
)


def job_postings(blocks: list[str]) -> list[dict[str, Any]]:
    """The JobPosting objects in these JSON-LD blocks (a list, an ``@graph``, or one object);
    a block that is not valid JSON is skipped, as a browser skips it."""
    found: list[dict[str, Any]] = []
    used = 0
    for block in blocks[:MAX_BLOCKS]:
        used += len(block)
        if used > MAX_JSON_CHARS:
            break
        try:
            data = json.loads(block.strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue
        found.extend(_postings(data, 0))
    return found


def _postings(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _postings(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            yield data
        elif "@graph" in data:
            yield from _postings(data["@graph"], depth + 1)


def posting_text(posting: dict[str, Any], html_to_text: Callable[[str], str]) -> str:
    """The posting as notice text: labelled header lines, then the description and the
    body properties, their HTML turned to text by ``html_to_text``."""
    lines: list[str] = []
    title = _plain(posting.get("title"))
    if title:
        lines.append(title)
    for label, key in _HEADER:
        value = _value(key, posting.get(key))
        if value:
            lines.append(f"{label}: {value}")
    lines.append("")
    for key in ("description", *(key for _label, key in _BODY)):
        raw = posting.get(key)
        text = _prose(raw, html_to_text)
        if not text:
            continue
        heading = next((label for label, k in _BODY if k == key), "")
        if heading and not text.lower().startswith(heading.lower()):
            lines.append(heading + ":")
        lines.extend((text, ""))
    return "\n".join(lines).strip() + "\n"


def _prose(raw: Any, html_to_text: Callable[[str], str]) -> str:
    if isinstance(raw, list):
        return "\n".join(f"• {t}" for t in (_prose(r, html_to_text) for r in raw) if t)
    if isinstance(raw, dict):
        raw = raw.get("description") or raw.get("name") or ""
    if not isinstance(raw, str) or not raw.strip():
        return ""
    if "<" in raw and ">" in raw:
        return html_to_text(raw).strip()
    return raw.strip()


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _value(key: str, value: Any) -> str:
    """One header value as a person would write it."""
    if isinstance(value, list):
        return "; ".join(v for v in (_value(key, item) for item in value) if v)
    if isinstance(value, dict):
        if key == "jobLocation":
            return _place(value)
        if key == "identifier":
            return _plain(value.get("value")) or _plain(value.get("name"))
        return _plain(value.get("name"))
    text = _plain(value)
    if key == "employmentType":
        return text.replace("_", " ").lower()
    if key in ("validThrough", "datePosted"):
        return _moment(text)
    return text


def _moment(text: str) -> str:
    """ "2026-03-12T17:00:00+01:00" as "2026-03-12 17:00 (UTC+01:00)": the ISO date (no
    day/month order to guess), the time and offset when stated."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    out = moment.date().isoformat()
    if "T" in text and (moment.hour, moment.minute) != (0, 0):
        out += f" {moment:%H:%M}"
        offset = moment.strftime("%z")
        if offset:
            out += f" (UTC{offset[:3]}:{offset[3:]})"
    return out


def _place(location: dict[str, Any]) -> str:
    address = location.get("address", location)
    if isinstance(address, str):
        return _plain(address)
    if not isinstance(address, dict):
        return ""
    parts = [_plain(address.get(k)) for k in ("addressLocality", "addressRegion")]
    country = address.get("addressCountry")
    parts.append(_plain(country.get("name")) if isinstance(country, dict) else _plain(country))
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or _plain(location.get("name"))
