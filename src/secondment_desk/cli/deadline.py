"""``secondment-desk deadline``: both deadlines of a vacancy for a nominating State.

secondment-desk deadline VACANCY_FILE --state STATE [--lead-days N] [--json] [--ics OUT]
secondment-desk deadline VACANCY_FILE --profile NAME [--state STATE] ...   # kept in the application
secondment-desk deadline --closing-date 2026-10-26 [--organization OSCE] --state Austria
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from secondment_desk import i18n, locale_format
from secondment_desk.cli._inputs import add_post_option, load_vacancies, parse_day, pick_post
from secondment_desk.i18n import _


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "deadline",
        help=_("the national delegation's and the organisation's deadline for a vacancy"),
        description=_(
            "Compute the organisation's closing moment and the date the nominating State's "
            "national body needs the application by (closing date minus the State's lead time in "
            "its working days, skipping weekends and public holidays)."
        ),
    )
    parser.add_argument(
        "vacancy",
        nargs="?",
        metavar="VACANCY_FILE",
        help=_("a vacancy notice (text, HTML, PDF, DOCX) or '-' for stdin"),
    )
    parser.add_argument(
        "--state",
        help=_("nominating State (name or ISO code); needed where a State nominates for the post"),
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help=_(
            "the candidate: the deadlines are kept in their application for this post (made on "
            "first use; its State is used when --state is not given)"
        ),
    )
    parser.add_argument(
        "--lead-days", type=int, metavar="N", help=_("working days the national body needs")
    )
    parser.add_argument(
        "--delegation-date",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help=_("the date the national body gave (wins over the computed one)"),
    )
    parser.add_argument(
        "--closing-date",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help=_("the organisation's closing date (instead of, or overriding, the notice's)"),
    )
    parser.add_argument(
        "--closing-time",
        metavar="'HH:MM ZONE'",
        help=_(
            "closing time as stated, e.g. '17:00 Europe/Brussels' (default: the organisation's)"
        ),
    )
    parser.add_argument(
        "--organization",
        "--organisation",
        dest="organization",
        metavar="ORG",
        help=_(
            "OSCE, EU, UN, NATO, CoE or OAS (sets the default closing time and zone, and whether "
            "a State nominates)"
        ),
    )
    add_post_option(
        parser, _("only this post of a Call for Contributions: its number or reference")
    )
    parser.add_argument(
        "--rank",
        action="append",
        metavar="REF",
        help=_(
            "with --post: a post of the same call this application ranks, most wanted first "
            "(repeat; an EU call takes up to three)"
        ),
    )
    parser.add_argument(
        "--today", type=parse_day, metavar="YYYY-MM-DD", help=_("count days left from this date")
    )
    parser.add_argument("--zone", metavar="TZ", help=_("show times in this zone (default: local)"))
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--ics", type=Path, metavar="OUT.ics", help=_("write a calendar file"))
    parser.set_defaults(handler=run_deadline)


def _vacancies(args: argparse.Namespace) -> list[Any]:
    from secondment_desk.errors import DeskError
    from secondment_desk.models.vacancy import Vacancy

    if args.vacancy is None:
        if args.closing_date is None:
            raise DeskError(_("Give a VACANCY_FILE or --closing-date YYYY-MM-DD."))
        return [Vacancy(organization=args.organization)]
    found = load_vacancies(args.vacancy)
    args.call_posts = list(found)
    if args.rank and args.post is None:
        raise DeskError(_("--rank ranks posts in the application for one post: add --post."))
    if args.post is not None:
        found = [pick_post(found, args.post)]
    for vacancy in found:
        if args.organization:
            vacancy.organization = args.organization
    return found


def run_deadline(args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from secondment_desk.deadlines import DeadlineError, export_ics, load_states
    from secondment_desk.models.application import Application
    from secondment_desk.models.vacancy import stable_id
    from secondment_desk.organisations.rules import post_rules

    zone = None
    if args.zone:
        try:
            zone = ZoneInfo(args.zone)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise DeadlineError(
                _("'{zone}' is not a known time zone.").format(zone=args.zone)
            ) from err
    if args.lead_days is not None and args.lead_days < 0:
        raise DeadlineError(_("--lead-days must be 0 or more."))
    registry = load_states()
    state = registry.get(args.state) if args.state else None
    today = args.today or date.today()
    results: list[dict[str, Any]] = []
    applications = []
    vacancies = _vacancies(args)
    stored = _stored_applications(args, vacancies, state.name if state else None)
    for vacancy in vacancies:
        if args.closing_date is not None:
            vacancy.closing_date = args.closing_date
        if args.closing_time is not None:
            vacancy.closing_time = args.closing_time
        if vacancy.closing_date is None:
            name = vacancy.title or vacancy.requisition_id or args.vacancy
            raise DeadlineError(
                _("The notice '{name}' gives no closing date; add --closing-date.").format(
                    name=name
                )
            )
        found = stored.get(vacancy.key)
        if found is not None:
            found.vacancy = vacancy  # with --closing-date / --closing-time as given
            applications.append(found)
            results.append(describe(found, today, zone, registry))
            continue
        if state is None and post_rules(vacancy).nominated:
            raise DeadlineError(
                _(
                    "A State nominates for this {regime}: give --state (the nominating State's "
                    "name or ISO code)."
                ).format(regime=_(post_rules(vacancy).regime.label))
            )
        app = Application(
            id=stable_id(
                "cli", vacancy.key, vacancy.closing_date.isoformat(), state.code if state else ""
            ),
            profile_id="",
            vacancy=vacancy,
            nominating_state=state.code if state else None,
            lead_working_days=args.lead_days,
            delegation_deadline=args.delegation_date,
        )
        if args.rank:
            from secondment_desk.ranking import set_ranked_posts

            set_ranked_posts(app, args.rank, getattr(args, "call_posts", None))
        applications.append(app)
        results.append(describe(app, today, zone, registry))
    if args.json:
        print(
            json.dumps(results[0] if len(results) == 1 else results, indent=2, ensure_ascii=False)
        )
    else:
        print(format_results(results))
    if args.ics is not None:
        path = export_ics(applications, args.ics, registry=registry)
        print(
            _("Calendar written to {path}").format(path=path),
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


def _stored_applications(
    args: argparse.Namespace, vacancies: list[Any], state: str | None
) -> dict[str, Any]:
    """With --profile: the candidate's application for each post (made on first use), holding
    the State, lead time, delegation date and ranking given, by vacancy key."""
    if not args.profile:
        return {}
    from secondment_desk.applications import open_application
    from secondment_desk.cli.application import print_opened
    from secondment_desk.deadlines import DeadlineError
    from secondment_desk.organisations.rules import post_rules
    from secondment_desk.store import open_store

    if args.vacancy is None:
        raise DeadlineError(
            _("--profile keeps the deadlines in an application: give VACANCY_FILE.")
        )
    out: dict[str, Any] = {}
    with open_store() as store:
        profile_id = store.profiles.resolve(args.profile)
        for vacancy in vacancies:

            def change(app: Any) -> None:
                if state:
                    app.nominating_state = state
                if args.lead_days is not None:
                    app.lead_working_days = args.lead_days
                if args.delegation_date is not None:
                    app.delegation_deadline = args.delegation_date
                if args.rank:
                    from secondment_desk.ranking import set_ranked_posts

                    set_ranked_posts(app, args.rank, getattr(args, "call_posts", None))

            opened = open_application(store.applications, profile_id, vacancy, change)
            app = opened.application
            print_opened(app, opened.created)
            if app.nominating_state is None and post_rules(vacancy).nominated:
                raise DeadlineError(
                    _(
                        "A State nominates for this {label}: give --state (the nominating "
                        "State's name or ISO code); it is kept in the application."
                    ).format(label=post_rules(vacancy).regime.label)
                )
            out[vacancy.key] = app
    return out


def describe(app: Any, today: date, zone: Any, registry: Any) -> dict[str, Any]:
    """The JSON object for one application (``--json``).

    Where no State nominates (the post's regime is applied for directly), the delegation's
    keys are null and ``how_to_apply`` says where to apply. A date that has passed gives
    ``closed_on`` and no negative count.
    """
    from datetime import timedelta

    from secondment_desk.deadlines import (
        DeadlineError,
        application_deadlines,
        to_user_zone,
        working_days_left,
    )
    from secondment_desk.deadlines.urgency import urgency_of
    from secondment_desk.deadlines.workdays import holiday_name
    from secondment_desk.notice_status import notice_state
    from secondment_desk.organisations.rules import cannot_nominate
    from secondment_desk.ranking import ranked_lines

    found = application_deadlines(app, registry=registry)
    closing, state, delegation = found.closing, found.state, found.delegation
    if closing is None:  # the caller ensured it
        raise DeadlineError(_("The deadlines cannot be computed without a closing date."))
    if found.nominated and (state is None or delegation is None):
        raise DeadlineError(_("A State nominates for this post: give --state."))
    local = to_user_zone(closing.at, zone)
    skipped = []
    if state is not None and delegation is not None:
        day = delegation + timedelta(days=1)
        while day <= closing.at.date():
            name = holiday_name(day, state.code, state.holiday_subdivision)
            if name:
                skipped.append({"date": day.isoformat(), "name": name})
            day += timedelta(days=1)
    level = urgency_of(app, found, today, zone)
    vacancy = app.vacancy
    notice = notice_state(vacancy, today)

    def left(deadline: date | None) -> int | None:
        if deadline is None or state is None or deadline < today:
            return None
        return working_days_left(deadline, today, state)

    closed_on = closing.at.date() if closing.at.date() < today else None
    return {
        "closing_at": closing.at.isoformat(timespec="minutes"),
        "nominated": found.nominated,
        "regime": found.regime,
        "how_to_apply": found.how_to_apply,
        "apply_url": found.apply_url,
        "delegation_deadline": delegation.isoformat() if delegation else None,
        "working_days_left": left(delegation),
        "delegation_closed_on": (
            delegation.isoformat() if delegation is not None and delegation < today else None
        ),
        "closed_on": closed_on.isoformat() if closed_on else None,
        "cancelled": notice.cancelled,
        "notice_problem": notice.problem(),
        "warnings": list(notice.warnings),
        "state": state.name if state else None,
        "state_code": state.code if state else None,
        "title": vacancy.title,
        "requisition_id": vacancy.requisition_id,
        "organisation": closing.organisation,
        "organisation_zone": closing.zone_name,
        "closing_time_source": closing.source,
        "closing_at_local": local.isoformat(timespec="minutes"),
        "local_zone": str(zone) if zone is not None else (local.tzname() or ""),
        "organisation_working_days_left": left(closing.at.date()),
        "delegation_deadline_source": found.delegation_source,
        "lead_working_days": found.lead_working_days,
        "holidays_skipped": skipped,
        "holidays_known": found.holidays_known,
        "today": today.isoformat(),
        "urgency": level.level,
        "days_left": level.days_left,
        "national_body": state.body if state else None,
        "website": state.website if state else None,
        "contact": state.contact if state else None,
        "delegations_url": state.delegations_url if state else None,
        "ignored_state": bool(app.nominating_state) and not found.nominated,
        "ranked_posts": ranked_lines(app),
        "state_cannot_nominate": cannot_nominate(vacancy, state.code) if state else None,
    }


def format_text(result: dict[str, Any]) -> str:
    """The human-readable lines for one result."""
    from secondment_desk.countries import display_name
    from secondment_desk.i18n import ngettext

    title = result["title"] or result["requisition_id"] or _("Vacancy")
    if result["requisition_id"] and result["title"]:
        title += f" ({result['requisition_id']})"
    source = (
        _("as the notice states") if result["closing_time_source"] == "notice" else _("default")
    )
    state = display_name(result["state"]) if result["state"] else ""
    organisation = locale_format.organisation(result["organisation"])
    rows: list[tuple[str, str]] = []
    if result["notice_problem"]:
        rows.append((_("NOT OPEN"), result["notice_problem"]))
    closes = _("{organisation} closed") if result["closed_on"] else _("{organisation} closes")
    rows += [
        (
            closes.format(organisation=organisation),
            f"{_moment(result['closing_at'])} ({result['organisation_zone']}, {source})",
        ),
        (_("in your zone"), f"{_moment(result['closing_at_local'])} ({result['local_zone']})"),
        (_("post"), result["regime"]),
    ]
    if result["nominated"]:
        n = result["lead_working_days"]
        how = (
            _("the date you entered")
            if result["delegation_deadline_source"] == "entered"
            else ngettext(
                "{n} working day before closing", "{n} working days before closing", n
            ).format(n=n)
        )
        n = result["working_days_left"] or 0
        left = (
            _("closed on {date}").format(date=result["delegation_closed_on"])
            if result["delegation_closed_on"]
            else ngettext("{n} working day left", "{n} working days left", n).format(n=n)
        )
        rows.append(
            (
                _("apply to {state} by").format(state=state),
                f"{_day(result['delegation_deadline'])} ({how}; {left})",
            )
        )
        if result["state_cannot_nominate"]:
            rows.append((_("WARNING"), f"{state}: {result['state_cannot_nominate']}"))
        if result["holidays_skipped"]:
            names = ", ".join(f"{h['date']} {h['name']}" for h in result["holidays_skipped"])
            rows.append((_("holidays skipped"), names))
        if not result["holidays_known"]:
            rows.append(
                (_("note"), _("public holidays unknown for this State: only weekends skipped"))
            )
        for label, key in ((_("national body"), "national_body"), (_("website"), "website")):
            if result[key]:
                rows.append((label, result[key]))
        if result["contact"]:
            rows.append((_("contact"), result["contact"]))
        rows.append((_("how to apply"), result["how_to_apply"]))
        if result["apply_url"]:
            rows.append((_("where"), result["apply_url"]))
    else:
        rows.append((_("how to apply"), result["how_to_apply"]))
        if result["apply_url"]:
            rows.append((_("where"), result["apply_url"]))
        if result["ignored_state"]:
            rows.append((_("note"), _("no State nominates for this post: --state is not used")))
    for i, line in enumerate(result["ranked_posts"]):
        rows.append((_("ranked posts") if i == 0 else "", line))
    if result["ranked_posts"]:
        rows.append(("", _("(one call, one deadline for every ranked post)")))
    for warning in result["warnings"]:
        rows.append((_("warning"), warning))
    width = max(len(label) for label, _ in rows) + 1
    return "\n".join(
        [title] + [f"  {(label + ':') if label else '':<{width}} {value}" for label, value in rows]
    )


def _moment(iso: str) -> str:
    """An ISO moment of the JSON as the user's language writes it (English: as it is)."""
    if i18n.current() == "en":
        return iso
    from datetime import datetime

    return locale_format.datetime(datetime.fromisoformat(iso))


def _day(iso: str | None) -> str:
    if not iso or i18n.current() == "en":
        return iso or ""
    return locale_format.date(date.fromisoformat(iso))


_POST_KEYS = ("title", "requisition_id")


def format_results(results: list[dict[str, Any]]) -> str:
    """Results that differ only by post (a Call for Contributions) once, the posts as a
    table; otherwise each result in full."""
    from secondment_desk.cli.vacancy_summary import posts_table

    def shared(result: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in result.items() if k not in _POST_KEYS}

    if len(results) > 1 and all(shared(r) == shared(results[0]) for r in results):
        from secondment_desk.i18n import ngettext

        n = len(results)
        head = dict(
            results[0],
            title=ngettext("{n} post of this notice", "{n} posts of this notice", n).format(n=n),
            requisition_id=None,
        )
        rows = [
            (str(i), r["requisition_id"] or "—", r["title"] or "—")
            for i, r in enumerate(results, 1)
        ]
        table = posts_table(("#", _("Reference"), _("Title")), rows)
        return "\n".join(
            [
                format_text(head),
                "  " + _("The same deadlines for every post:"),
                *(f"    {line}" for line in table),
            ]
        )
    return "\n\n".join(format_text(r) for r in results)
