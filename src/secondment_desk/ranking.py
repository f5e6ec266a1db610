"""Ranking several posts of one call in one application (as an EU CSDP call allows: three).

How many posts one application may rank is the organisation's rule (``ranked_posts_max`` in
its rules.json); the posts must be posts of the same call, which is re-read from the text the
application keeps. Every face calls :func:`set_ranked_posts` and shows :func:`ranked_lines`.
"""

from __future__ import annotations

from secondment_desk.errors import InputError, NotFoundError
from secondment_desk.i18n import _
from secondment_desk.models.application import Application, RankedPost
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.organisations.rules import rules_for


def call_posts(vacancy: Vacancy) -> list[Vacancy]:
    """Every post of the call ``vacancy`` came from (itself alone when it has no text)."""
    if not vacancy.text.strip():
        return [vacancy]
    from secondment_desk.vacancy import parse_text

    posts = [p for p in parse_text(vacancy.text, vacancy.source_name) if p.requisition_id]
    return posts or [vacancy]


def _fold(reference: str) -> str:
    return " ".join(reference.split()).casefold()


def set_ranked_posts(
    application: Application, references: list[str], posts: list[Vacancy] | None = None
) -> list[RankedPost]:
    """Rank ``references`` (posts of the application's call, most wanted first).

    An empty list clears the ranking. Raises InputError beyond the organisation's maximum,
    for a reference named twice, or when the application's own post is not among them;
    NotFoundError for a reference that is not a post of the call (naming the ones that are).
    """
    vacancy = application.vacancy
    org = rules_for(vacancy.organization)
    wanted = [r.strip() for r in references if r.strip()]
    if not wanted:
        application.ranked_posts = []
        return []
    if len(wanted) > org.ranked_posts_max:
        allowed = (
            _("one post per application")
            if org.ranked_posts_max == 1
            else _("at most {n} posts of the same call").format(n=org.ranked_posts_max)
        )
        raise InputError(
            _("An {organisation} application ranks {allowed}; you named {n}.").format(
                organisation=org.short_name, allowed=allowed, n=len(wanted)
            )
        )
    if len({_fold(r) for r in wanted}) != len(wanted):
        raise InputError(_("A post is named twice in the ranking."))
    by_ref = {_fold(p.requisition_id or ""): p for p in posts or call_posts(vacancy)}
    ranked: list[RankedPost] = []
    for ref in wanted:
        post = by_ref.get(_fold(ref))
        if post is None:
            known = ", ".join(p.requisition_id or "" for p in by_ref.values())
            raise NotFoundError(
                _("'{ref}' is not a post of this call; its posts are: {known}.").format(
                    ref=ref, known=known
                )
            )
        ranked.append(
            RankedPost(
                reference=post.requisition_id or ref,
                title=post.title or "",
                location=post.duty_station or "",
            )
        )
    own = _fold(vacancy.requisition_id or "")
    if own not in {_fold(r.reference) for r in ranked}:
        raise InputError(
            _("The ranking must include this application's own post ({ref}).").format(
                ref=vacancy.requisition_id
            )
        )
    application.ranked_posts = ranked
    return ranked


def ranked_lines(application: Application) -> list[str]:
    """'1. GEO ZM 12 Monitor, Zugdidi' ... in order of preference (empty: none ranked)."""
    return [post.line(i) for i, post in enumerate(application.ranked_posts, start=1)]
